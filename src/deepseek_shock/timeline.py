"""Chapter 1 — Timeline: selecting dated events, measuring the days between them, and drawing them.

Dates are pandas Timestamps (day precision). Gaps are whole calendar days.
"""

from __future__ import annotations

from collections.abc import Iterable

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd

from . import style
from .data import EVENT_CATEGORIES, one_row

__all__ = [
    "CATEGORY_LABELS", "WINDOWS", "select", "find_event", "event_date", "days_between",
    "weekday", "timing_verdict", "plot_timeline", "describe_timeline", "timeline_frames",
    "TimelineExplorer", "explorer", "check_timing_claims",
]

#: How each category is named in figures and legends.
CATEGORY_LABELS = {
    "company": "DeepSeek & AI labs",
    "politics": "Politics",
    "markets": "Markets",
    "app": "The app",
    "regulation": "Regulation & bans",
    "export_controls": "Export controls",
}

#: Named date windows (inclusive) used by the chapter's figures and widgets.
WINDOWS = {
    "2016–2025": ("2016-01-01", "2025-12-31"),
    "2022–2025": ("2022-01-01", "2025-12-31"),
    "Dec 2024–Feb 2025": ("2024-12-15", "2025-02-10"),
    "19–31 Jan 2025": ("2025-01-19", "2025-01-31"),
}

#: Windows at most this long get the titles of their headline events written in …
LABEL_WINDOW_DAYS = 62
#: … these ones, the events the broadcast's story turns on.
HEADLINE_EVENTS = ("v3_release", "inauguration", "r1_release", "stargate", "app_store_no1",
                   "nvidia_selloff", "nvidia_rebound", "openai_distillation", "italy_block")

_LANE = {cat: i for i, cat in enumerate(EVENT_CATEGORIES)}
_COLOUR = dict(zip(EVENT_CATEGORIES, style.CYCLE))
_MARKER = dict(zip(EVENT_CATEGORIES, style.MARKERS))


def _timestamp(value, argument: str) -> pd.Timestamp:
    try:
        stamp = pd.Timestamp(value)
    except (ValueError, TypeError):
        raise ValueError(f"{argument}={value!r}: expected a date such as '2025-01-27'") from None
    if pd.isna(stamp):
        raise ValueError(f"{argument}={value!r}: expected a date such as '2025-01-27'")
    return stamp.normalize()


def select(events: pd.DataFrame, categories: Iterable[str] | None = None,
           start=None, end=None) -> pd.DataFrame:
    """Events whose category is in ``categories`` and whose date lies in [start, end] (inclusive).

    ``None`` means no restriction. Unknown categories raise ``ValueError`` listing the valid ones.
    """
    mask = pd.Series(True, index=events.index)
    if categories is not None:
        categories = list(categories)
        unknown = [c for c in categories if c not in EVENT_CATEGORIES]
        if unknown:
            raise ValueError(f"categories={unknown!r}: unknown; expected some of {list(EVENT_CATEGORIES)}")
        mask &= events["category"].isin(categories)
    lo = _timestamp(start, "start") if start is not None else None
    hi = _timestamp(end, "end") if end is not None else None
    if lo is not None and hi is not None and lo > hi:
        raise ValueError(f"start={start!r} is after end={end!r}: expected start ≤ end")
    if lo is not None:
        mask &= events["date"] >= lo
    if hi is not None:
        mask &= events["date"] <= hi
    return events[mask]


def find_event(events: pd.DataFrame, event_id: str) -> pd.Series:
    """The one event whose ``event_id`` is given (e.g. ``"stargate"``); ``ValueError`` if there is none."""
    return one_row(events, "event_id", event_id, what="events")


def event_date(events: pd.DataFrame, event_id: str) -> pd.Timestamp:
    """The date of the event with this ``event_id``."""
    return find_event(events, event_id)["date"]


def days_between(earlier, later) -> int:
    """Whole calendar days from ``earlier`` to ``later`` (negative if ``later`` comes first)."""
    return int((_timestamp(later, "later") - _timestamp(earlier, "earlier")).days)


def weekday(date) -> str:
    """The English name of the day of the week of ``date``, e.g. ``"Monday"``."""
    return _timestamp(date, "date").day_name()


def timing_verdict(actual_days: int, claimed_min_days: int, claimed_max_days: int,
                   slack_days: int = 1) -> str:
    """Grade a claim about how many days separate two events.

    The claim allows a gap in [claimed_min_days, claimed_max_days]. Inside it: ``"accurate"``;
    within ``slack_days`` of it: ``"approximately right"``; further: ``"wrong"``.
    """
    if claimed_min_days > claimed_max_days:
        raise ValueError(f"claimed_min_days={claimed_min_days} > claimed_max_days={claimed_max_days}: "
                         "expected min ≤ max")
    if slack_days < 0:
        raise ValueError(f"slack_days={slack_days}: expected a number of days ≥ 0")
    if claimed_min_days <= actual_days <= claimed_max_days:
        return "accurate"
    if claimed_min_days - slack_days <= actual_days <= claimed_max_days + slack_days:
        return "approximately right"
    return "wrong"


def _prices_in(prices: pd.DataFrame | None, ticker: str, lo, hi) -> pd.DataFrame:
    if prices is None:
        return prices
    rows = prices[(prices["ticker"] == ticker) & (prices["date"] >= lo) & (prices["date"] <= hi)]
    return rows.sort_values("date")


def plot_timeline(events: pd.DataFrame, prices: pd.DataFrame | None = None, *, start=None, end=None,
                  categories: Iterable[str] | None = None, ticker: str = "NVDA", ax=None,
                  label_events: bool | None = None):
    """Draw events as markers in one lane per category, with ``ticker``'s close on a second axis.

    Returns ``(figure, axes)``. Events on the same day in the same lane are spread a little
    vertically so that none hides another. ``label_events=None`` writes the titles of the
    ``HEADLINE_EVENTS`` when the window is at most ``LABEL_WINDOW_DAYS`` long.
    """
    chosen = select(events, categories, start, end)
    lo = _timestamp(start, "start") if start is not None else events["date"].min()
    hi = _timestamp(end, "end") if end is not None else events["date"].max()
    fig, ax = style.figure_and_axes(ax, figsize=(9, 4.6))
    shown_categories = [c for c in EVENT_CATEGORIES if categories is None or c in set(categories)]
    lane_y = _lane_positions(chosen)
    for cat in shown_categories:
        rows = chosen[chosen["category"] == cat]
        ax.scatter(rows["date"], lane_y[rows.index], s=46, color=_COLOUR[cat],
                   marker=_MARKER[cat], edgecolor="white", linewidth=0.6, zorder=3,
                   label=CATEGORY_LABELS[cat])
    if label_events is None:
        label_events = (hi - lo).days <= LABEL_WINDOW_DAYS
    if label_events:
        key = chosen[chosen["event_id"].isin(HEADLINE_EVENTS)]
        middle = lo + (hi - lo) / 2
        in_lane: dict[str, int] = {}
        for row_id, row in key.sort_values("date").iterrows():
            k = in_lane[row["category"]] = in_lane.get(row["category"], -1) + 1  # alternate within a lane
            # Titles point away from the nearer edge so that none runs off the plot.
            right_half = row["date"] > middle
            ax.annotate(row["title"], (row["date"], lane_y[row_id]), fontsize=7,
                        xytext=(-5 if right_half else 5, 6 if k % 2 == 0 else -10),
                        textcoords="offset points", ha="right" if right_half else "left",
                        color="#222222", zorder=4,
                        bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.8})
    ax.set_yticks(range(len(EVENT_CATEGORIES)), [CATEGORY_LABELS[c] for c in EVENT_CATEGORIES])
    ax.set_ylim(-0.7, len(EVENT_CATEGORIES) - 0.3)
    pad = (hi - lo) * 0.02 + pd.Timedelta(days=1)
    ax.set_xlim(lo - pad, hi + pad)
    ax.set_xlabel("Date")
    ax.grid(axis="x", alpha=0.25)
    ax.grid(axis="y", alpha=0.0)
    closes = _prices_in(prices, ticker, lo, hi)
    if closes is not None and len(closes):
        twin = ax.twinx()
        twin.plot(closes["date"], closes["close_usd"], color="#555555", lw=1.3, alpha=0.8,
                  marker=".", ms=5, zorder=1, label=f"{ticker} close (USD, right axis)")
        ax.set_zorder(twin.get_zorder() + 1)  # events drawn above the price line
        ax.patch.set_visible(False)
        twin.set_ylabel(f"{ticker} closing price (USD per share)")
        twin.spines["right"].set_visible(True)
        twin.grid(False)
        handles, labels = ax.get_legend_handles_labels()
        h2, l2 = twin.get_legend_handles_labels()
        ax.legend(handles + h2, labels + l2, loc="upper center", bbox_to_anchor=(0.5, -0.2),
                  fontsize=8, ncol=4)
    elif len(chosen):
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.2), fontsize=8, ncol=4)
    locator = mdates.AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    fig.tight_layout()
    return fig, ax


def _lane_positions(chosen: pd.DataFrame) -> pd.Series:
    """y of each event: its category's lane, spread by ±0.12 per extra event on the same day and lane."""
    lane = chosen["category"].map(_LANE).astype(float)
    group = chosen.groupby([chosen["date"], chosen["category"]], sort=False)
    rank, size = group.cumcount(), group["category"].transform("size")
    return lane + (rank - (size - 1) / 2) * 0.24


def describe_timeline(events: pd.DataFrame, prices: pd.DataFrame | None = None, *, start=None,
                      end=None, categories: Iterable[str] | None = None, ticker: str = "NVDA") -> str:
    """A one-sentence description of what :func:`plot_timeline` draws, for alt text."""
    chosen = select(events, categories, start, end)
    lo = _timestamp(start, "start") if start is not None else events["date"].min()
    hi = _timestamp(end, "end") if end is not None else events["date"].max()
    counts = chosen["category"].value_counts()
    parts = ", ".join(f"{counts[c]} {CATEGORY_LABELS[c].lower()}" for c in EVENT_CATEGORIES if c in counts)
    text = (f"Timeline of {len(chosen)} events from {lo:%d %b %Y} to {hi:%d %b %Y}"
            + (f" ({parts})" if parts else "") + ".")
    closes = _prices_in(prices, ticker, lo, hi)
    if closes is not None and len(closes) >= 2:
        first, last = closes.iloc[0], closes.iloc[-1]
        low = closes.loc[closes["close_usd"].idxmin()]
        text += (f" {ticker}'s close goes from {first['close_usd']:.2f} USD on {first['date']:%d %b %Y} to "
                 f"{last['close_usd']:.2f} USD on {last['date']:%d %b %Y}, lowest {low['close_usd']:.2f} USD "
                 f"on {low['date']:%d %b %Y}.")
    return text


def timeline_frames(events: pd.DataFrame, prices: pd.DataFrame | None = None,
                    windows: dict[str, tuple[str, str]] | None = None) -> list[tuple[str, str]]:
    """Pre-rendered ``(window name, <img> HTML)`` frames for the static widget, one per window."""
    from .widgets import render_frames

    windows = WINDOWS if windows is None else windows

    def draw(name):
        lo, hi = windows[name]
        fig, _ = plot_timeline(events, prices, start=lo, end=hi)
        return fig, describe_timeline(events, prices, start=lo, end=hi)

    return render_frames(list(windows), draw)


class TimelineExplorer:
    """The chapter's live widget: pick categories and a date window, see the timeline redrawn.

    A thin layer over :func:`select` and :func:`plot_timeline`. ``explorer.widget`` is what the
    notebook displays; ``explorer.shown`` holds the events currently drawn (tests read it).
    """

    def __init__(self, events: pd.DataFrame, prices: pd.DataFrame | None = None, ticker: str = "NVDA"):
        import ipywidgets as W

        self.events, self.prices, self.ticker = events, prices, ticker
        months = pd.date_range(events["date"].min().to_period("M").to_timestamp(),
                               events["date"].max().to_period("M").to_timestamp() + pd.offsets.MonthEnd(0),
                               freq="MS")
        options = [(f"{m:%b %Y}", m) for m in months]
        self.categories = W.SelectMultiple(
            options=[(CATEGORY_LABELS[c], c) for c in EVENT_CATEGORIES], value=tuple(EVENT_CATEGORIES),
            rows=len(EVENT_CATEGORIES), description="Categories", style={"description_width": "initial"})
        self.window = W.SelectionRangeSlider(
            options=options, index=(0, len(options) - 1), description="Months",
            continuous_update=False, layout=W.Layout(width="95%"), style={"description_width": "initial"})
        self.summary = W.HTML()
        self.output = W.HTML()
        self.figure = None
        self.shown = events.iloc[0:0]
        self.categories.observe(self.update, names="value")
        self.window.observe(self.update, names="value")
        self.widget = W.VBox([W.HBox([self.categories, self.summary]), self.window, self.output])
        self.update()

    def update(self, change=None) -> None:
        from .widgets import show_figure

        start, end_month = self.window.value
        end = end_month + pd.offsets.MonthEnd(0)
        cats = list(self.categories.value)
        self.shown = select(self.events, cats, start, end)
        if self.figure is None:
            self.figure = plt.figure(figsize=(9, 4.6))
            plt.close(self.figure)  # shown as an <img> below, never by the inline backend
        self.figure.clear()
        plot_timeline(self.events, self.prices, start=start, end=end, categories=cats,
                      ticker=self.ticker, ax=self.figure.add_subplot())
        self.summary.value = (f"<p><b>{len(self.shown)}</b> events shown, "
                              f"{start:%b %Y} – {end:%b %Y}.</p>")
        # An <img> with alt text, so the live figure is described to screen readers too.
        alt = describe_timeline(self.events, self.prices, start=start, end=end, categories=cats,
                                ticker=self.ticker)
        show_figure(self.output, self.figure, alt)


def explorer(events: pd.DataFrame, prices: pd.DataFrame | None = None, ticker: str = "NVDA"):
    """Build the live timeline widget (see :class:`TimelineExplorer`) and return its box."""
    return TimelineExplorer(events, prices, ticker).widget


#: The broadcast's timing claims, as gaps between two events of ``data/events.csv``. The allowed gap
#: is our reading of the French words, stated so that a reader can disagree with it.
TIMING_CLAIMS = (
    {"claim": "Stargate was announced « dans la foulée » of the 20 January inauguration",
     "from_id": "inauguration", "to_id": "stargate", "min_days": 0, "max_days": 0,
     "reading": "« dans la foulée », right after a dated sentence, reads as the same day"},
    {"claim": "« Quelques jours après » its release, R1's app topped the US App Store",
     "from_id": "r1_release", "to_id": "app_store_no1", "min_days": 2, "max_days": 7,
     "reading": "« quelques jours » read as two to seven days"},
    {"claim": "« Lundi 27 janvier », Nvidia's share price fell",
     "from_id": "nvidia_selloff", "to_id": "nvidia_selloff", "min_days": 0, "max_days": 0,
     "reading": "the sell-off must fall on Monday 27 January 2025",
     "expect_date": "2025-01-27", "expect_weekday": "Monday"},
)


def check_timing_claims(events: pd.DataFrame, claims=TIMING_CLAIMS) -> pd.DataFrame:
    """One row per timing claim: the two events' dates, the gap in days and the computed verdict."""
    rows = []
    for claim in claims:
        first, second = event_date(events, claim["from_id"]), event_date(events, claim["to_id"])
        gap = days_between(first, second)
        verdict = timing_verdict(gap, claim["min_days"], claim["max_days"])
        if "expect_date" in claim:
            on_day = second == _timestamp(claim["expect_date"], "expect_date")
            on_weekday = weekday(second) == claim["expect_weekday"]
            verdict = "accurate" if on_day and on_weekday else "wrong"
        rows.append({
            "claim": claim["claim"], "reading": claim["reading"],
            "from_event": find_event(events, claim["from_id"])["title"], "from_date": first,
            "to_event": find_event(events, claim["to_id"])["title"], "to_date": second,
            "weekday": weekday(second), "gap_days": gap, "verdict": verdict,
        })
    return pd.DataFrame(rows)
