"""Chapter 1 — Timeline: selecting dated events, measuring the days between them, and drawing them.

Dates are pandas Timestamps (day precision). Gaps are whole calendar days.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import ipywidgets as W
import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import matplotlib.transforms as mtransforms
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from . import i18n, style, widgets
from .arguments import DateLike
from .cache import cached
from .data import EVENT_CATEGORIES, one_row
from .i18n import format_spec, tr
from .verdicts import Evidence, evidence_in, number_verdict

__all__ = [
    "CATEGORY_LABELS",
    "category_label",
    "event_title",
    "WINDOWS",
    "select",
    "find_event",
    "event_date",
    "days_between",
    "days_text",
    "key_dates",
    "gap_line",
    "first_ban_texts",
    "weekday",
    "timing_verdict",
    "price_line",
    "plot_timeline",
    "describe_timeline",
    "timeline_frames",
    "window_slider",
    "TimelineExplorer",
    "explorer",
    "TIMING_CLAIMS",
    "check_timing_claims",
    "timing_evidence",
    "BROADCAST_AFTER",
    "SUPPORT_EVENTS",
    "check_inauguration_day",
    "check_same_moment",
    "check_wake_up_call",
    "check_beijing_supports",
    "announced_amounts_usd_bn",
    "check_stargate_amount",
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


def category_label(category: str, language: str | None = None) -> str:
    """How ``category`` is named in figures and legends, in ``language`` (e.g. ``"Marchés"``)."""
    return tr(CATEGORY_LABELS[category], language)


def event_title(event: pd.Series, language: str | None = None) -> str:
    """The headline of ``event`` (a row of events.csv): ``title``, or ``title_fr`` in French."""
    return event["title" if i18n.language(language) == i18n.LANGUAGES[0] else "title_fr"]


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
HEADLINE_EVENTS = (
    "v3_release",
    "inauguration",
    "r1_release",
    "stargate",
    "app_store_no1",
    "nvidia_selloff",
    "nvidia_rebound",
    "openai_distillation",
    "italy_block",
)

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


def select(
    events: pd.DataFrame,
    categories: Iterable[str] | None = None,
    start: DateLike | None = None,
    end: DateLike | None = None,
) -> pd.DataFrame:
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


def days_between(earlier: DateLike, later: DateLike) -> int:
    """Whole calendar days from ``earlier`` to ``later`` (negative if ``later`` comes first)."""
    return int((_timestamp(later, "later") - _timestamp(earlier, "earlier")).days)


def days_text(days: int, *, language: str | None = None) -> str:
    """A number of days in words: ``"1 day"``, ``"8 days"`` (``"1 jour"``, ``"8 jours"``)."""
    text = tr("{n} day", language) if abs(days) == 1 else tr("{n} days", language)
    return text.format(n=days)


#: The key dates the chapter prints: (label, event id, the event the gap is counted from, or None).
KEY_DATES = (
    ("Inauguration", "inauguration", None),
    ("Stargate", "stargate", "inauguration"),
    ("R1 released", "r1_release", None),
    ("App Store #1", "app_store_no1", "r1_release"),
)


def key_dates(events: pd.DataFrame, *, language: str | None = None) -> str:
    """The :data:`KEY_DATES`, one a line: label, weekday and date, and the gap in days where one is
    counted (``Stargate:     Tuesday 21 January 2025  (1 day later)``), in ``language``."""
    language = i18n.language(language)
    labels = [tr("{label}:", language).format(label=tr(label, language)) for label, _, _ in KEY_DATES]
    width = max(map(len, labels)) + 1
    lines = []
    for label, (_, event_id, since) in zip(labels, KEY_DATES):
        day = event_date(events, event_id)
        line = f"{label:<{width}}{format_spec(day, '%A %d %B %Y', language)}"
        if since is not None:
            gap = days_between(event_date(events, since), day)
            line += "  " + tr("({days} later)", language).format(days=days_text(gap, language=language))
        lines.append(line)
    return "\n".join(lines)


def gap_line(events: pd.DataFrame, from_id: str, to_id: str, *, language: str | None = None) -> str:
    """``"v3_release → r1_release: 25 days"``: the gap between two events, named by their ids."""
    days = days_between(event_date(events, from_id), event_date(events, to_id))
    return f"{from_id} → {to_id}: {days_text(days, language=language)}"


def first_ban_texts(
    regulation: pd.DataFrame, acting: pd.DataFrame, since: DateLike, *, language: str | None = None
) -> dict[str, str]:
    """The texts the chapter glues about the first bans, in ``language``.

    ``regulation``: the regulation events after the sell-off, sorted by date; ``acting``: those of them
    that restrict DeepSeek; ``since``: the day the gap is counted from (the sell-off). Keys:
    ``ban_asked`` and ``ban_asked_day`` (the first regulation event, its day), ``ban_first_day``,
    ``ban_gap``, ``ban_first`` (the titles of the first acting events, joined) and ``ban_tie``.
    """
    language = i18n.language(language)
    if regulation.empty or acting.empty:
        raise ValueError("regulation=…, acting=…: expected at least one event in each")
    asked, first = regulation.iloc[0], acting.iloc[0]
    same_day = acting[acting["date"] == first["date"]]
    titles = [event_title(row, language) for _, row in same_day.iterrows()]
    return {
        "ban_asked": event_title(asked, language),
        "ban_asked_day": format_spec(asked["date"], "%-d %B", language),
        "ban_first_day": format_spec(first["date"], "%-d %B", language),
        "ban_gap": days_text(days_between(since, first["date"]), language=language),
        "ban_first": tr(" and ", language).join(titles),
        "ban_tie": tr("a tie", language) if len(titles) > 1 else tr("alone", language),
    }


#: The days of the week, Monday first (English; their French names are in the French table).
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def weekday(date: DateLike, *, language: str | None = None) -> str:
    """The name of the day of the week of ``date`` in ``language`` (the kernel's by default):
    ``"Monday"``, ``"lundi"`` in French.

    >>> weekday("2025-01-27", language="en"), weekday("2025-01-27", language="fr")
    ('Monday', 'lundi')
    """
    return tr(WEEKDAYS[_timestamp(date, "date").day_of_week], language)


def timing_verdict(
    actual_days: int, claimed_min_days: int, claimed_max_days: int, slack_days: int = 1
) -> str:
    """Grade a claim about how many days separate two events.

    The claim allows a gap in [claimed_min_days, claimed_max_days]. Inside it: ``"accurate"``;
    within ``slack_days`` of it: ``"approximately right"``; further: ``"wrong"``.
    """
    if claimed_min_days > claimed_max_days:
        raise ValueError(
            f"claimed_min_days={claimed_min_days} > claimed_max_days={claimed_max_days}: expected min ≤ max"
        )
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


#: The overview (a window of more than OVERVIEW_DAYS) is drawn in panels split at these dates, so that
#: the long story and the shock weeks each get a readable share of the width.
OVERVIEW_SPLITS = ("2024-12-01", "2025-02-16")
OVERVIEW_DAYS = 400
#: Closes further apart than this (in calendar days) are not joined: the line shows a gap where the
#: data have no close (a weekend is 3 days, a long weekend 4).
PRICE_GAP_DAYS = 4


def price_line(closes: pd.DataFrame, max_gap_days: int = PRICE_GAP_DAYS) -> pd.DataFrame:
    """``closes`` (sorted by date) with a row of NaN inserted wherever two closes are more than
    ``max_gap_days`` apart, so that a plotted line breaks there instead of bridging missing data.

    >>> c = pd.DataFrame({"date": pd.to_datetime(["2025-01-24", "2025-01-27", "2025-02-10"]),
    ...                   "close_usd": [142.62, 118.42, 133.57]})
    >>> price_line(c)["close_usd"].isna().tolist()
    [False, False, True, False]
    """
    if max_gap_days < 1:
        raise ValueError(f"max_gap_days={max_gap_days!r}: expected a whole number of days ≥ 1")
    closes = closes.sort_values("date").reset_index(drop=True)
    gaps = closes["date"].diff().dt.days > max_gap_days
    breaks = closes.loc[gaps, ["date"]].assign(
        date=lambda d: d["date"] - pd.Timedelta(days=1), close_usd=float("nan")
    )
    return (
        pd.concat([closes[["date", "close_usd"]], breaks])
        .sort_values("date", kind="stable")
        .reset_index(drop=True)
    )


def _panels(lo: pd.Timestamp, hi: pd.Timestamp) -> list[tuple[pd.Timestamp, pd.Timestamp]]:
    """The date range of each panel: one for a short window, up to three for the overview."""
    if (hi - lo).days <= OVERVIEW_DAYS:
        return [(lo, hi)]
    cuts = [pd.Timestamp(c) for c in OVERVIEW_SPLITS if lo < pd.Timestamp(c) < hi]
    edges = [lo, *cuts, hi + pd.Timedelta(days=1)]
    return [(edges[i], edges[i + 1] - pd.Timedelta(days=1)) for i in range(len(edges) - 1)]


#: Relative widths of the overview's panels: the long story, the shock weeks, what came after.
OVERVIEW_WIDTHS = (1.25, 1.35, 1.0)
_PLOT_HEIGHT_IN = 2.7  # the panels
_LEGEND_ROW_IN = 0.25  # one row of the legend under them
#: The legend under the panels takes four columns (two rows) while its labels, the longest of each
#: column added up, are at most this many characters; else three columns (three rows).
_LEGEND_CHARS = 72
_KEY_ROW_IN = 0.17  # one line of the key of numbered events


def plot_timeline(
    events: pd.DataFrame,
    prices: pd.DataFrame | None = None,
    *,
    start: DateLike | None = None,
    end: DateLike | None = None,
    categories: Iterable[str] | None = None,
    ticker: str = "NVDA",
    ax: Axes | None = None,
    label_events: bool | None = None,
    figure: Figure | None = None,
    language: str | None = None,
) -> tuple[Figure, Axes]:
    """Draw events as markers in one lane per category, with ``ticker``'s close on a second axis.

    Returns ``(figure, axes)``, ``axes`` being the (first) panel of the events. A window longer than
    ``OVERVIEW_DAYS`` is drawn in panels split at ``OVERVIEW_SPLITS`` (the long story, the shock
    weeks, what came after), unless ``ax`` is given. Events on the same day in the same lane are
    spread a little vertically so that none hides another. ``label_events=None`` numbers the
    ``HEADLINE_EVENTS`` when the window is at most ``LABEL_WINDOW_DAYS`` long, with their titles in a
    key under the plot. The price line breaks where the data have no close for more than
    ``PRICE_GAP_DAYS`` days. ``figure``: draw into this figure (cleared first) instead of a new one.
    ``language``: the language of the labels (``None``: the kernel's, see :mod:`deepseek_shock.i18n`).

    The live widget builds the axes once per structure (:func:`_timeline_axes`) and on each update
    draws only their content again (:func:`_clear_timeline`, :func:`_draw_timeline`).
    """
    plan = _timeline_plan(events, prices, start, end, categories, ticker, label_events, language)
    drawn = _timeline_axes(plan, ax=ax, figure=figure)
    _draw_timeline(drawn, plan)
    if drawn.foot is None:
        drawn.figure.tight_layout()
    return drawn.figure, drawn.axes[0]


@dataclass
class _TimelinePlan:
    """What :func:`plot_timeline` draws for one choice of window and categories, worked out before any
    drawing: the events, their panels, the key of numbered events and the legend's size."""

    events: pd.DataFrame
    prices: pd.DataFrame | None
    start: DateLike | None
    end: DateLike | None
    categories: list[str] | None
    ticker: str
    language: str
    chosen: pd.DataFrame
    key: pd.DataFrame
    number: dict
    key_rows: int
    columns: int
    legend_in: float  # inches
    panels: list[tuple[pd.Timestamp, pd.Timestamp]]
    closes: pd.DataFrame | None

    @property
    def priced(self) -> bool:
        """Whether the window has closes of the ticker (a price axis twinned with every panel)."""
        return self.closes is not None and len(self.closes) > 0

    @property
    def structure(self) -> tuple:
        """What the axes are built from: the panel count, the foot's height (inches), the price axes.
        Two plans of the same structure draw into the same axes."""
        return (len(self.panels), round(self.legend_in + _KEY_ROW_IN * self.key_rows, 6), self.priced)


def _timeline_plan(events, prices, start, end, categories, ticker, label_events, language) -> _TimelinePlan:
    """The :class:`_TimelinePlan` of :func:`plot_timeline`'s arguments."""
    language = i18n.language(language)
    chosen = select(events, categories, start, end)
    categories = None if categories is None else list(categories)
    lo = _timestamp(start, "start") if start is not None else events["date"].min()
    hi = _timestamp(end, "end") if end is not None else events["date"].max()
    if label_events is None:
        label_events = (hi - lo).days <= LABEL_WINDOW_DAYS
    key = (
        chosen[chosen["event_id"].isin(HEADLINE_EVENTS)].sort_values("date")
        if label_events
        else chosen.iloc[0:0]
    )
    legend_labels = [category_label(c, language) for c in _shown_categories(categories)]
    if prices is not None:
        legend_labels.append(tr("{ticker} close (USD, right axis)", language).format(ticker=ticker))
    columns = _legend_columns(legend_labels)
    return _TimelinePlan(
        events=events,
        prices=prices,
        start=start,
        end=end,
        categories=categories,
        ticker=ticker,
        language=language,
        chosen=chosen,
        key=key,
        number={row_id: i + 1 for i, row_id in enumerate(key.index)},
        key_rows=(len(key) + 1) // 2,
        columns=columns,
        legend_in=_LEGEND_ROW_IN * max(2, -(-len(legend_labels) // columns)),
        panels=_panels(lo, hi),
        closes=_prices_in(prices, ticker, lo, hi),
    )


def _shown_categories(categories: list[str] | None) -> list[str]:
    return [c for c in EVENT_CATEGORIES if categories is None or c in set(categories)]


@dataclass
class _TimelineAxes:
    """The axes of :func:`plot_timeline`: the panels of events, their price axes, the foot (legend and
    key; ``None`` when drawn into a given axes)."""

    figure: Figure
    axes: list[Axes]
    twins: list[Axes]
    foot: Axes | None


def _timeline_axes(plan: _TimelinePlan, *, ax: Axes | None = None, figure: Figure | None = None):
    """Build the axes of ``plan``'s structure and what they show whatever the window: the lanes and
    their labels, the grid, the price axes' labels. ``figure`` is cleared first."""
    language, ticker = plan.language, plan.ticker
    if ax is not None:
        fig, axes, foot = ax.figure, [ax], None
        panels = 1
    else:
        panels = len(plan.panels)
        foot_in = plan.legend_in + _KEY_ROW_IN * plan.key_rows
        size = style.figsize(_PLOT_HEIGHT_IN + foot_in)
        if figure is None:
            fig = plt.figure(figsize=size, layout="constrained")
        else:
            fig = figure
            fig.clear()
            fig.set_size_inches(size)
            fig.set_layout_engine("constrained")
        widths = OVERVIEW_WIDTHS[:panels] if panels > 1 else (1,)
        grid = fig.add_gridspec(2, panels, height_ratios=(_PLOT_HEIGHT_IN, foot_in), width_ratios=widths)
        axes = [fig.add_subplot(grid[0, 0])]
        axes += [fig.add_subplot(grid[0, i], sharey=axes[0]) for i in range(1, panels)]
        foot = fig.add_subplot(grid[1, :])
        foot.axis("off")
    twins = []
    for i, a in enumerate(axes):
        a.grid(axis="x", alpha=0.25)
        a.grid(axis="y", alpha=0.0)
        a.tick_params(axis="x", labelsize=style.SMALL_PT)
        if i:
            a.tick_params(axis="y", left=False, labelleft=False)
            a.spines["left"].set_visible(False)
        if plan.priced:
            twin = a.twinx()
            twins.append(twin)
            a.set_zorder(twin.get_zorder() + 1)  # events drawn above the price line
            a.patch.set_visible(False)
            twin.grid(False)
            twin.tick_params(axis="y", labelsize=style.SMALL_PT)
            style.number_ticks(twin.yaxis, language)
            if i < len(axes) - 1:
                twin.tick_params(axis="y", right=False, labelright=False)
            else:
                twin.set_ylabel(
                    tr("{ticker} close (USD per share)", language).format(ticker=ticker),
                    fontsize=style.SMALL_PT,
                )
                twin.spines["right"].set_visible(True)
    main = axes[0]
    main.set_yticks(
        range(len(EVENT_CATEGORIES)),
        [style.wrap_label(category_label(c, language), 18) for c in EVENT_CATEGORIES],
        fontsize=style.SMALL_PT,
    )
    main.set_ylim(-0.7, len(EVENT_CATEGORIES) - 0.3)
    axes[len(axes) // 2].set_xlabel(tr("Date", language), fontsize=style.SMALL_PT)
    return _TimelineAxes(fig, axes, twins, foot)


def _clear_timeline(drawn: _TimelineAxes) -> None:
    """Remove what :func:`_draw_timeline` drew (markers, numbers, price lines, legend, key), leaving the
    axes; the price axes scale themselves anew."""
    artists = [*(child for a in drawn.axes for child in (*a.collections, *a.texts))]
    artists += [line for twin in drawn.twins for line in twin.lines]
    if drawn.foot is not None:
        artists += [*drawn.foot.texts, *filter(None, [drawn.foot.get_legend()])]
    for artist in artists:
        artist.remove()
    for twin in drawn.twins:
        twin.relim()
        twin.set_autoscaley_on(True)


def _draw_timeline(drawn: _TimelineAxes, plan: _TimelinePlan) -> list:
    """Draw ``plan``'s content into the axes of :func:`_timeline_axes` (of the same structure): the
    markers, the numbers, the price lines and their scale, the dates, the panels' titles, the legend and
    the key; and the figure's alt text. Returns the artists drawn (those that move from update to
    update, with the axes' x axes, titles and the price axes' y axes)."""
    language, ticker, number, chosen = plan.language, plan.ticker, plan.number, plan.chosen
    fig, axes, twins, foot = drawn.figure, drawn.axes, drawn.twins, drawn.foot
    panels = plan.panels if foot is not None else [(plan.panels[0][0], plan.panels[-1][1])]
    lane_y = _lane_positions(chosen)
    closes = plan.closes
    moving = []
    for i, (a, (p_lo, p_hi)) in enumerate(zip(axes, panels)):
        in_panel = chosen[(chosen["date"] >= p_lo) & (chosen["date"] <= p_hi)]
        if twins:
            segment = price_line(closes[(closes["date"] >= p_lo) & (closes["date"] <= p_hi)])
            (line,) = twins[i].plot(
                segment["date"],
                segment["close_usd"],
                color="#555555",
                lw=1.3,
                alpha=0.8,
                marker=".",
                ms=5,
                zorder=1,
                label=tr("{ticker} close (USD, right axis)", language).format(ticker=ticker),
            )
            moving += [line, twins[i].yaxis]
        moving += [a.xaxis, a.title]
        for cat in _shown_categories(plan.categories):
            rows = in_panel[in_panel["category"] == cat]
            moving.append(
                a.scatter(
                    rows["date"],
                    lane_y[rows.index],
                    s=40,
                    color=_COLOUR[cat],
                    marker=_MARKER[cat],
                    edgecolor="white",
                    linewidth=0.6,
                    zorder=3,
                    label=category_label(cat, language),
                )
            )
        for row_id in in_panel.index.intersection(list(number)):
            moving.append(
                a.annotate(
                    str(number[row_id]),
                    (in_panel.at[row_id, "date"], lane_y[row_id]),
                    xytext=(4, 3),
                    textcoords="offset points",
                    fontsize=style.SMALL_PT,
                    fontweight="bold",
                    color="#222222",
                    zorder=4,
                )
            )
        pad = (p_hi - p_lo) * 0.03 + pd.Timedelta(days=1)
        a.set_xlim(p_lo - pad, p_hi + pad)
        _date_ticks(a.xaxis, p_lo, p_hi, narrow=len(panels) > 1, language=language)
        if len(panels) > 1:
            span = f"{format_spec(p_lo, '%b %Y', language)} – {format_spec(p_hi, '%b %Y', language)}"
            a.set_title(span, fontsize=style.SMALL_PT)
    with_data = [t for t in twins if np.isfinite(t.get_lines()[0].get_ydata().astype(float)).any()]
    if len(twins) > 1 and with_data:  # one price scale across the panels
        low = min(t.get_ylim()[0] for t in with_data)
        high = max(t.get_ylim()[1] for t in with_data)
        for t in twins:
            t.set_ylim(low, high)
    main = axes[0]
    handles, labels = main.get_legend_handles_labels()
    if twins:
        h2, l2 = twins[0].get_legend_handles_labels()
        handles, labels = handles + h2, labels + l2
    alt = _alt(plan.events, plan.prices, plan.start, plan.end, plan.categories, ticker, language)
    style.set_alt(fig, alt)
    if foot is None:
        if handles:
            main.legend(
                handles,
                labels,
                loc="upper center",
                bbox_to_anchor=(0.5, -0.2),
                fontsize=style.SMALL_PT,
                ncol=3,
            )
        return moving
    across = mtransforms.blended_transform_factory(fig.transFigure, foot.transAxes)
    if handles:
        # Centred on the figure, not on the foot (which the lanes' labels push right), and left out of
        # the layout: its width is bounded by _legend_columns, and the layout does not move it.
        legend = foot.legend(
            handles,
            labels,
            loc="upper center",
            bbox_to_anchor=(0.5, 1.0),
            bbox_transform=across,
            ncol=plan.columns,
            fontsize=style.SMALL_PT,
            handletextpad=0.3,
            columnspacing=1.0,
            borderaxespad=0,
        )
        legend.set_in_layout(False)
        moving.append(legend)
    if len(plan.key):
        key, key_rows = plan.key, plan.key_rows
        lines = [f"{number[r]}  {_short(event_title(key.loc[r], language), 50)}" for r in key.index]
        top = 1 - plan.legend_in / (plan.legend_in + _KEY_ROW_IN * key_rows)
        for col, chunk in enumerate((lines[:key_rows], lines[key_rows:])):
            moving.append(
                foot.text(
                    0.01 + 0.5 * col,
                    top,
                    "\n".join(chunk),
                    transform=across,
                    va="top",
                    ha="left",
                    fontsize=style.TINY_PT,
                    color="#222222",
                    linespacing=1.3,
                )
            )
    return moving


def _legend_columns(labels: list[str]) -> int:
    """4 columns if the labels fit the width in them (see ``_LEGEND_CHARS``), else 3."""
    per_column = max(1, -(-len(labels) // 4))  # matplotlib fills the columns one after the other
    widths = [max(map(len, labels[i : i + per_column])) for i in range(0, len(labels), per_column)]
    return 4 if sum(widths) <= _LEGEND_CHARS else 3


def _alt(events, prices, start, end, categories, ticker, language) -> str:
    return describe_timeline(
        events, prices, start=start, end=end, categories=categories, ticker=ticker, language=language
    )


def _date_ticks(axis, lo: pd.Timestamp, hi: pd.Timestamp, narrow: bool, language: str) -> None:
    """Few, short date labels on a narrow panel (years, or month names); matplotlib's concise
    labels on a full-width one; month names in ``language``."""
    days = (hi - lo).days
    if not narrow:
        locator = mdates.AutoDateLocator()
        axis.set_major_locator(locator)
        axis.set_major_formatter(style.concise_date_formatter(locator, language))
    elif days > 3 * 365:
        axis.set_major_locator(mdates.YearLocator(base=max(1, -(-days // 365 // 3))))
        axis.set_major_formatter(style.date_formatter("%Y", language))
    else:
        axis.set_major_locator(mdates.MonthLocator(interval=1 if days <= 120 else 3))
        axis.set_major_formatter(style.date_formatter("%b", language))


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _lane_positions(chosen: pd.DataFrame) -> pd.Series:
    """y of each event: its category's lane, spread by ±0.12 per extra event on the same day and lane."""
    lane = chosen["category"].map(_LANE).astype(float)
    group = chosen.groupby([chosen["date"], chosen["category"]], sort=False)
    rank, size = group.cumcount(), group["category"].transform("size")
    return lane + (rank - (size - 1) / 2) * 0.24


def describe_timeline(
    events: pd.DataFrame,
    prices: pd.DataFrame | None = None,
    *,
    start: DateLike | None = None,
    end: DateLike | None = None,
    categories: Iterable[str] | None = None,
    ticker: str = "NVDA",
    language: str | None = None,
) -> str:
    """A one-sentence description of what :func:`plot_timeline` draws, for alt text, in ``language``."""
    language = i18n.language(language)
    chosen = select(events, categories, start, end)
    lo = _timestamp(start, "start") if start is not None else events["date"].min()
    hi = _timestamp(end, "end") if end is not None else events["date"].max()
    counts = chosen["category"].value_counts()
    english = language == i18n.LANGUAGES[0]
    parts = ", ".join(
        tr("{count} {category}", language).format(
            count=counts[c], category=CATEGORY_LABELS[c].lower() if english else category_label(c, language)
        )
        for c in EVENT_CATEGORIES
        if c in counts
    )
    text = (
        tr("Timeline of {n} events from {start} to {end}", language).format(
            n=len(chosen), start=_day(lo, language), end=_day(hi, language)
        )
        + (f" ({parts})" if parts else "")
        + "."
    )
    closes = _prices_in(prices, ticker, lo, hi)
    if closes is not None and len(closes) >= 2:
        first, last = closes.iloc[0], closes.iloc[-1]
        low = closes.loc[closes["close_usd"].idxmin()]
        text += tr(
            " {ticker}'s close goes from {first} USD on {first_day} to {last} USD on {last_day}, "
            "lowest {low} USD on {low_day}.",
            language,
        ).format(
            ticker=ticker,
            first=format_spec(float(first["close_usd"]), ".2f", language),
            first_day=_day(first["date"], language),
            last=format_spec(float(last["close_usd"]), ".2f", language),
            last_day=_day(last["date"], language),
            low=format_spec(float(low["close_usd"]), ".2f", language),
            low_day=_day(low["date"], language),
        )
    return text


def _day(date: pd.Timestamp, language: str) -> str:
    """``27 Jan 2025`` (``27 janv. 2025``): a date as the alt texts write it."""
    return format_spec(date, "%d %b %Y", language)


@cached
def timeline_frames(
    events: pd.DataFrame,
    prices: pd.DataFrame | None = None,
    windows: dict[str, tuple[str, str]] | None = None,
    *,
    language: str | None = None,
) -> list[tuple[str, str]]:
    """Pre-rendered ``(window name, <img> HTML)`` frames for the static widget, one per window.

    The names of :data:`WINDOWS` are written in ``language``; other windows' names are shown as given.
    """
    language = i18n.language(language)
    windows = WINDOWS if windows is None else windows
    names = {(tr(name, language) if name in WINDOWS else name): name for name in windows}

    def draw(label):
        lo, hi = windows[names[label]]
        fig, _ = plot_timeline(events, prices, start=lo, end=hi, language=language)
        return fig, describe_timeline(events, prices, start=lo, end=hi, language=language)

    return widgets.render_frames(list(names), draw)


def window_slider(
    events: pd.DataFrame, prices: pd.DataFrame | None = None, *, language: str | None = None
) -> W.VBox:
    """The static widget of the chapter: a slider over :func:`timeline_frames`, labelled in ``language``."""
    language = i18n.language(language)
    return widgets.precomputed_slider(
        timeline_frames(events, prices, language=language),
        widgets.static_label("Window", language),
        caption=tr("Each frame shows the events and Nvidia's close in one window of time.", language),
    )


class TimelineExplorer:
    """The chapter's live widget: pick categories and a date window, see the timeline redrawn.

    A thin layer over :func:`select` and :func:`plot_timeline`. ``explorer.widget`` is what the
    notebook displays; ``explorer.shown`` holds the events currently drawn (tests read it).
    """

    def __init__(
        self,
        events: pd.DataFrame,
        prices: pd.DataFrame | None = None,
        ticker: str = "NVDA",
        *,
        language: str | None = None,
    ):
        self.events, self.prices, self.ticker = events, prices, ticker
        self.language = language = i18n.language(language)
        months = pd.date_range(
            events["date"].min().to_period("M").to_timestamp(),
            events["date"].max().to_period("M").to_timestamp() + pd.offsets.MonthEnd(0),
            freq="MS",
        )
        options = [(format_spec(m, "%b %Y", language), m) for m in months]
        self.categories = W.SelectMultiple(
            options=[(category_label(c, language), c) for c in EVENT_CATEGORIES],
            value=tuple(EVENT_CATEGORIES),
            rows=len(EVENT_CATEGORIES),
            description=tr("Categories", language),
            style={"description_width": "initial"},
        )
        self.window = W.SelectionRangeSlider(
            options=options,
            index=(0, len(options) - 1),
            description=tr("Months", language),
            continuous_update=False,
            layout=W.Layout(width="95%"),
            style={"description_width": "initial"},
        )
        self.summary = W.HTML()
        self.output = W.HTML()
        self.figure = None
        # The axes of each structure shown so far (panel count, foot, price axes: a few), and their
        # renderer.
        self._built: dict[tuple, tuple[_TimelineAxes, widgets.MovingArtists]] = {}
        self.shown = events.iloc[0:0]
        self.categories.observe(self.update, names="value")
        self.window.observe(self.update, names="value")
        self.widget = W.VBox([W.HBox([self.categories, self.summary]), self.window, self.output])
        self.update()

    @widgets.live_update
    def update(self, change=None) -> None:
        start, end_month = self.window.value
        end = end_month + pd.offsets.MonthEnd(0)
        cats = list(self.categories.value)
        self.shown = select(self.events, cats, start, end)
        plan = _timeline_plan(self.events, self.prices, start, end, cats, self.ticker, None, self.language)
        if plan.structure not in self._built:
            # New axes in a figure of their own, laid out (constrained) once, at its first full draw;
            # kept, so that coming back to a window of this structure only draws the content again.
            figure = plt.figure()
            plt.close(figure)  # shown as an <img> below, never by the inline backend
            drawn = _timeline_axes(plan, figure=figure)
            render = widgets.MovingArtists(figure, _draw_timeline(drawn, plan))
            self._built[plan.structure] = drawn, render
        else:  # the same axes: only their content is drawn again, over the kept background
            drawn, render = self._built[plan.structure]
            _clear_timeline(drawn)
            render.set_artists(_draw_timeline(drawn, plan))
        self.figure = drawn.figure
        self.summary.value = tr("<p><b>{n}</b> events shown, {start} – {end}.</p>", self.language).format(
            n=len(self.shown),
            start=format_spec(start, "%b %Y", self.language),
            end=format_spec(end, "%b %Y", self.language),
        )
        # An <img> with the alt text _draw_timeline gave the figure, so that screen readers hear it too.
        widgets.show_figure(self.output, self.figure, style.alt_text(self.figure), render)


def explorer(
    events: pd.DataFrame,
    prices: pd.DataFrame | None = None,
    ticker: str = "NVDA",
    *,
    language: str | None = None,
) -> W.Box:
    """Build the live timeline widget (see :class:`TimelineExplorer`) in ``language`` and return its box."""
    return TimelineExplorer(events, prices, ticker, language=language).widget


#: The broadcast's timing claims, as gaps between two events of ``data/events.csv``, with their ids in
#: ``data/claims.csv``. The allowed gap is our reading of the French words, stated so that a reader can
#: disagree with it.
TIMING_CLAIMS = (
    {
        "claim_id": "stargate_timing",
        "claim": "Stargate was announced « dans la foulée » of the 20 January inauguration",
        "from_id": "inauguration",
        "to_id": "stargate",
        "min_days": 0,
        "max_days": 1,
        "reading": "« dans la foulée » means right after, in the wake of: the same day or the next",
    },
    {
        "claim_id": "app_store",
        "claim": "« Quelques jours après » its release, R1's app topped the US App Store",
        "from_id": "r1_release",
        "to_id": "app_store_no1",
        "min_days": 2,
        "max_days": 7,
        "reading": "« quelques jours » read as two to seven days",
    },
    {
        "claim_id": "monday_27",
        "claim": "« Lundi 27 janvier », Nvidia's share price fell",
        "from_id": "nvidia_selloff",
        "to_id": "nvidia_selloff",
        "min_days": 0,
        "max_days": 0,
        "reading": "the sell-off must fall on Monday 27 January 2025",
        "expect_date": "2025-01-27",
        "expect_weekday": "Monday",
    },
)


def check_timing_claims(
    events: pd.DataFrame, claims: Sequence[dict] = TIMING_CLAIMS, *, language: str | None = None
) -> pd.DataFrame:
    """One row per timing claim: its id, the two events' dates, the gap in days, the computed verdict,
    a one-sentence ``finding`` and the ``method`` (the reading of the words).

    ``language`` (the kernel's by default): of the texts, the ``finding`` and the ``method`` included; the
    ``claim`` and the ``reading`` of :data:`TIMING_CLAIMS` are translated, other claims' are shown as
    given. The ``verdict`` is a word of the scale, the same in every language.
    """
    language = i18n.language(language)
    english = language == i18n.LANGUAGES[0]

    known = {claim[key] for claim in TIMING_CLAIMS for key in ("claim", "reading")}

    def shown(text: str) -> str:  # the course's own claims are translated, others shown as given
        return tr(text, language) if not english and text in known else text

    rows = []
    for claim in claims:
        first, second = event_date(events, claim["from_id"]), event_date(events, claim["to_id"])
        gap = days_between(first, second)
        verdict = timing_verdict(gap, claim["min_days"], claim["max_days"])
        from_title = event_title(find_event(events, claim["from_id"]), language)
        to_title = event_title(find_event(events, claim["to_id"]), language)
        reading = shown(claim["reading"])
        if "expect_date" in claim:
            on_day = second == _timestamp(claim["expect_date"], "expect_date")
            on_weekday = weekday(second, language="en") == claim["expect_weekday"]
            verdict = "accurate" if on_day and on_weekday else "wrong"
            finding = i18n.fill(
                "events.csv dates '{title}' {day:%A %d %B %Y}", {"title": to_title, "day": second}, language
            )
            method = i18n.fill(
                "date and weekday of event '{event_id}' ({reading})",
                {"event_id": claim["to_id"], "reading": reading},
                language,
            )
        else:
            finding = i18n.fill(
                "'{to_title}' came {gap} after '{from_title}', on {day:%A %d %B %Y}",
                {
                    "to_title": to_title,
                    "gap": days_text(gap, language=language),
                    "from_title": from_title,
                    "day": second,
                },
                language,
            )
            method = i18n.fill(
                "gap in days, graded by timing_verdict: {low}–{high} days accurate, "
                "one day more or less approximately right ({reading})",
                {
                    "low": claim["min_days"],
                    # French writes the unit after the largest gap, singular below two (« 0 à 1 jour »)
                    "high": claim["max_days"] if english else days_text(claim["max_days"], language=language),
                    "reading": reading,
                },
                language,
            )
        rows.append(
            {
                "claim_id": claim["claim_id"],
                "claim": shown(claim["claim"]),
                "reading": reading,
                "from_event": from_title,
                "from_date": first,
                "to_event": to_title,
                "to_date": second,
                "weekday": weekday(second, language=language),
                "gap_days": gap,
                "verdict": verdict,
                "finding": finding,
                "method": method,
            }
        )
    return pd.DataFrame(rows)


def timing_evidence(events: pd.DataFrame, claim_id: str, *, language: str | None = None) -> Evidence:
    """The :class:`~deepseek_shock.verdicts.Evidence` of one timing claim, looked up by its id; its finding
    and method in ``language`` (the kernel's by default)."""
    return evidence_in(check_timing_claims(events, language=language), claim_id)


# --- The other dated claims of the broadcast ---------------------------------------------------------

#: The broadcast reports this event (« OpenAI … a accusé dernièrement »), so it was made after it.
BROADCAST_AFTER = "openai_distillation"

#: Events that show Beijing's support for DeepSeek, for « Pékin soutient son secteur de l'IA ».
SUPPORT_EVENTS = ("li_qiang_symposium", "xi_symposium")


def check_inauguration_day(
    events: pd.DataFrame, claimed: DateLike = "2025-01-20", *, language: str | None = None
) -> Evidence:
    """« Le 20 janvier dernier … l'investiture de Donald Trump »: the date of event 'inauguration'.
    Finding and method in ``language`` (the kernel's by default)."""
    language = i18n.language(language)
    day, said = event_date(events, "inauguration"), _timestamp(claimed, "claimed")
    return Evidence(
        i18n.fill("events.csv dates the inauguration {day:%A %d %B %Y}.", {"day": day}, language),
        "accurate" if day == said else "wrong",
        i18n.fill(
            "date of event 'inauguration' compared with {claimed:%d %B %Y}", {"claimed": said}, language
        ),
    )


def check_same_moment(events: pd.DataFrame, *, language: str | None = None) -> Evidence:
    """« Au même moment, une petite start-up chinoise sort de l'ombre »: R1 on inauguration day?

    Same day → "approximately right", not "accurate": the lab was known to specialists before (V2).
    Finding and method in ``language`` (the kernel's by default).
    """
    language = i18n.language(language)
    r1, inauguration = event_date(events, "r1_release"), event_date(events, "inauguration")
    v2 = event_date(events, "v2_release")
    same_day = r1 == inauguration
    finding = i18n.fill(
        "R1 was released on {r1:%d %B %Y}, {when} the inauguration; "
        "DeepSeek-V2 had come out {days} days earlier.",
        {
            "r1": r1,
            "when": tr("the same day as", language) if same_day else tr("not the day of", language),
            "days": days_between(v2, r1),
        },
        language,
    )
    return Evidence(
        finding,
        "approximately right" if same_day else "wrong",
        tr("same day → 'approximately right' (not 'accurate': the lab was known before)", language),
    )


def check_wake_up_call(events: pd.DataFrame, *, language: str | None = None) -> Evidence:
    """« Donald Trump [parle] de rappel à l'ordre »: the 'wake-up call' event exists and precedes
    the broadcast. Finding and method in ``language`` (the kernel's by default)."""
    language = i18n.language(language)
    day = event_date(events, "trump_wake_up_call")
    before_broadcast = day <= event_date(events, BROADCAST_AFTER)
    return Evidence(
        i18n.fill("Trump called DeepSeek a 'wake-up call' on {day:%d %B %Y}.", {"day": day}, language),
        "accurate" if before_broadcast else "wrong",
        tr("the event exists and precedes the broadcast (which reports the 29 January accusation)", language),
    )


def check_beijing_supports(
    events: pd.DataFrame, support: Sequence[str] = SUPPORT_EVENTS, *, language: str | None = None
) -> Evidence:
    """« Pékin soutient son secteur de l'intelligence artificielle », from the signs the broadcast could know.

    Only events dated no later than :data:`BROADCAST_AFTER` count. At least one such sign →
    "approximately right" (judgement of the course authors: a meeting at the top is a sign of support,
    not a measure of it); none → "unverifiable". Later events are reported but do not count. Finding and
    method in ``language`` (the kernel's by default).
    """
    language = i18n.language(language)
    cutoff = event_date(events, BROADCAST_AFTER)
    before, after = [], []
    for event_id in support:
        row = find_event(events, event_id)
        text = i18n.fill(
            "{title} ({date:%d %B %Y}, confidence {confidence})",
            {"title": event_title(row, language), "date": row["date"], "confidence": row["confidence"]},
            language,
        )
        (before if row["date"] <= cutoff else after).append(text)
    separator = tr("; ", language)
    finding = tr("Before the broadcast: {events}.", language).format(
        events=separator.join(before) if before else tr("no such event in events.csv", language)
    )
    if after:
        finding += tr(" After it, and not counted: {events}.", language).format(events=separator.join(after))
    return Evidence(
        finding,
        "approximately right" if before else "unverifiable",
        tr(
            "events of {events} dated no later than event '{after}' (the broadcast reports it); judgement "
            "of the course authors: a meeting at the top is a sign of support, not a measure of it",
            language,
        ).format(events=", ".join(support), after=BROADCAST_AFTER),
    )


_AMOUNT = re.compile(r"\$(\d+(?:\.\d+)?)B")


def announced_amounts_usd_bn(events: pd.DataFrame, event_id: str = "stargate") -> list[float]:
    """The dollar amounts (billions) written in an event's description,
    e.g. ``[100.0, 500.0]`` for Stargate."""
    description = find_event(events, event_id)["description"]
    amounts = [float(a) for a in _AMOUNT.findall(description)]
    if not amounts:
        raise ValueError(
            f"event_id={event_id!r}: its description in events.csv gives no amount such as '$100B'"
        )
    return amounts


def check_stargate_amount(
    events: pd.DataFrame, claimed_usd_bn: float = 500, *, language: str | None = None
) -> Evidence:
    """« Stargate, 500 milliards d'investissement »: the amount said against the amounts announced.

    The claimed figure equal to the first commitment → "accurate"; equal to the announced ceiling (the
    largest amount) while the first commitment is smaller → "approximately right": the broadcast repeats
    the headline of the announcement, a ceiling over years, as if it were the sum invested; neither →
    graded by number_verdict against the ceiling. Finding and method in ``language`` (the kernel's by
    default).
    """
    language = i18n.language(language)
    amounts = announced_amounts_usd_bn(events)
    first, ceiling = amounts[0], max(amounts)
    if number_verdict(first, claimed_usd_bn) == "accurate":
        verdict = "accurate"
    elif number_verdict(ceiling, claimed_usd_bn) == "accurate":
        verdict = "approximately right"
    else:
        verdict = number_verdict(ceiling, claimed_usd_bn)
    return Evidence(
        i18n.fill(
            "The announcement: ${first:,.0f}B to start, up to ${ceiling:,.0f}B over four years, for a "
            "private venture (SoftBank, OpenAI, Oracle, MGX) that the president announced.",
            {"first": first, "ceiling": ceiling},
            language,
        ),
        verdict,
        i18n.fill(
            "${claimed:,.0f}B said against the amounts in the 'stargate' event: the first commitment "
            "→ accurate; the announced ceiling → approximately right (a ceiling said as the sum invested)",
            {"claimed": claimed_usd_bn},
            language,
        ),
    )
