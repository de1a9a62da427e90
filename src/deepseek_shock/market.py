"""Chapter 2 — Market-cap arithmetic: price × shares, dollars versus percent.

Units: prices in USD per share, share counts in shares (not billions), market values in USD unless a
name says ``_bn`` (billions of USD) or ``_pct`` (per cent). Changes are *fractions* (−0.1697 is a fall of
16.97%) unless the name says ``_pct``. Every function checks its arguments and raises ``ValueError``
naming the argument and the allowed range.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import ipywidgets as W
import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import matplotlib.transforms as mtransforms
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, Rectangle
from matplotlib.text import Annotation, Text

from . import i18n, style, widgets
from .arguments import DateLike, Numbers

# The argument checks under the names this module has always used (one home: arguments.py).
from .arguments import finite_result as _finite
from .arguments import first_bad as _first_bad
from .arguments import non_negative_numbers as _non_negative
from .arguments import numbers as _values
from .arguments import positive_numbers as _positive
from .cache import cached
from .i18n import format_spec, tr
from .style import CYCLE, MARKERS, PALETTE
from .verdicts import VERDICTS, Evidence, number_verdict

__all__ = [
    "market_cap",
    "pct_change",
    "recovery_needed",
    "value_lost",
    "implied_shares",
    "implied_shares_bounds",
    "index_contribution",
    "share_of_index_move",
    "weight_after",
    "rest_of_index_move",
    "implied_cap_before",
    "close_on",
    "first_close_at_or_above",
    "loss_reports",
    "record_table",
    "series_table",
    "normalised_paths",
    "plot_paths",
    "plot_drop",
    "drop_summary",
    "drop_frames",
    "drop_slider",
    "money_short",
    "billions_md",
    "LINES",
    "line",
    "DROP_FRAME_PCTS",
    "plot_day",
    "plot_records",
    "plot_two_prints",
    "plot_recovery_path",
    "HUNDREDS_OF_BILLIONS",
    "check_market_claims",
    "press_share_count",
    "SECTOR_SHAKEN_PCT",
    "check_sector_claim",
    "leader_table",
    "RANKING_EDITIONS",
    "check_leader_claim",
    "DropExplorer",
    "PathPicker",
    "drop_explorer",
    "path_picker",
    "share_count_band",
    "ordinal",
    "describe_paths",
    "describe_day",
    "describe_records",
    "describe_two_prints",
    "describe_recovery_path",
]


# --- numbers written in the figure's language ------------------------------------------------------


def _num(value: float, spec: str, language: str) -> str:
    """``format(value, spec)`` in ``language`` (English exactly as Python writes it)."""
    return format_spec(float(value), spec, language)


def _pct(value_pct: float, decimals: int, language: str, *, sign: bool = False) -> str:
    """``16.97%`` (``16,97 %``) from a value in percent; ``sign``: ``+`` before a rise or zero."""
    if language == i18n.LANGUAGES[0]:
        return f"{value_pct:+.{decimals}f}%" if sign else f"{value_pct:.{decimals}f}%"
    text = i18n.format_percent(float(value_pct), decimals, language)
    return ("+" + text) if sign and not text.startswith("-") else text


def _usd_bn(value_bn: float, spec: str, language: str) -> str:
    """``$593B`` (``593 Md$``): billions of dollars, written short for a figure."""
    return tr("${value}B", language).format(value=_num(value_bn, spec, language))


def money_short(value_usd: float, *, language: str | None = None) -> str:
    """A round amount of dollars written short, as a figure label: ``$4T`` (``4 000 Md$``), ``$593B``.

    >>> money_short(4e12, language="en"), money_short(4e12, language="fr")
    ('$4T', '4\u202f000\u202fMd$')
    """
    language = i18n.language(language)
    if abs(value_usd) >= 1e12 and language == i18n.LANGUAGES[0]:
        return f"${value_usd / 1e12:g}T"
    return _usd_bn(value_usd / 1e9, ",.0f", language)


def billions_md(value_bn: float, *, language: str | None = None) -> str:
    """Billions of dollars in words, as Markdown for the prose: ``\\$593 billion`` (the ``$`` escaped for
    MyST), ``593 milliards de dollars`` in French.

    >>> billions_md(593, language="en"), billions_md(593, language="fr")
    ('\\\\$593 billion', '593 milliards de dollars')
    """
    language = i18n.language(language)
    if language == i18n.LANGUAGES[0]:
        return f"\\${value_bn:.0f} billion"
    return _money_bn(value_bn, language)


#: The lines chapter 2 prints, by name: English templates whose fields carry their format
#: (``{before:.2f}``; a date field takes a strftime format, ``{day:%d %b %Y}``).
LINES = {
    "closes": "Close on Fri 24 Jan: ${before:.2f}   close on Mon 27 Jan: ${after:.2f}",
    "shares": "{shares_bn:.2f} billion shares",
    "change": "change: {change:.4f} = {change_pct:.2f}%",
    "lost_official": "value lost, official close ${price:.2f}: ${lost_bn:.1f}B",
    "lost_early": "value lost, early print  ${price:.2f}: ${lost_bn:.1f}B",
    "needed": "gain needed to undo {fall_pct:.2f}%: {needed_pct:.1f}%",
    "rebound": "28 Jan: {rebound_pct:+.2f}% to ${close:.2f}, still {below_pct:.2f}% below 24 Jan",
    "back_above": "first known close ≥ ${level:.2f}: {day:%d %b %Y} at ${close:.2f}",
    "four_t": "$4T needed ${price:.2f} a share on {day:%d %b %Y}; the close gave ${cap_t:.2f}T",
    "five_t": "$5T needed ${price:.2f} a share on {day:%d %b %Y}",
    "sp500": (
        "S&P 500: {move_pct:.2f}%; Nvidia's contribution: {points:.2f} points = {share_pct:.0f}% of the fall"
    ),
    "rest": "the other stocks together: {rest_pct:.2f}%",
    "weight_after": "Nvidia's weight after the day: {computed_pct:.2f}% (reported: {reported_pct:.2f}%)",
    # the solutions of the chapter's exercises
    "two_prints": "official: {official_bn:.1f}B, early: {early_bn:.1f}B",
    "shares_for_600": "shares for exactly $600B: {shares_bn:.2f}B",
    "closest_count": "{kind} {shares_bn:.3f}B",
    "meta_at_nvidia": "Meta at Nvidia's fall: ${lost_bn:.0f}B",
    "nvidia_at_meta": "Nvidia at Meta's fall: ${lost_bn:.0f}B",
    "fall_for_600": "fall for $600B: {fall_pct:.2f}%, gain to undo it: {gain_pct:.1f}%",
    "check_600": "check: ${lost_bn:.1f}B lost",
    "half_fall": "a 50% fall needs a gain of {gain_pct:.0f}%",
    "without_nvidia": "without Nvidia's fall the index would have moved {move_pct:.2f}%",
    "three_pct_weight": "with a 3% weight: index {move_pct:.2f}%, Nvidia's share {share_pct:.0f}%",
    "price_for_4t": "with {shares_bn:.2f}B shares: ${price:.2f}; reported: ${reported:.2f}",
    "count_change": "share count change: {change_pct:.2f}%",
    # the evidence a reader builds in chapter 6's exercise on « leader »
    "worth": (
        "Nvidia was worth ${nvidia_24:.2f} trillion at the close of 24 January and "
        "${nvidia_27:.2f} trillion at the close of 27 January; Apple about ${apple:.2f} trillion."
    ),
    "worth_method": "close × the share count the press used, against Apple's value in daily_moves.csv",
}


def line(name: str, *, language: str | None = None, **values: float | str | pd.Timestamp) -> str:
    """The line :data:`LINES` names ``name``, its fields filled with ``values`` and written in ``language``
    (:func:`deepseek_shock.i18n.fill`).

    >>> line("shares", shares_bn=24.5, language="en"), line("shares", shares_bn=24.5, language="fr")
    ('24.50 billion shares', "24,50 milliards d'actions")
    """
    return i18n.named_line(LINES, name, values, language)


# --- the public API: market value, change, recovery -----------------------------------------------


def market_cap(price: Numbers, shares: Numbers) -> Numbers:
    """Market capitalisation in USD: price (USD per share) × shares outstanding.

    Works on numbers, numpy arrays and pandas objects (the result has the same shape).
    """
    _non_negative(price, "price", "a price (USD per share)")
    _non_negative(shares, "shares", "a number of shares")
    return _finite(lambda: price * shares, "the market value", price=price, shares=shares)


def pct_change(before: Numbers, after: Numbers) -> Numbers:
    """Change from ``before`` to ``after`` as a fraction: (after − before) / before.

    −0.1697 for Nvidia's closes 142.62 → 118.42 USD. Both are prices or index levels: ``before`` must
    be > 0 (a change from zero has no percentage) and ``after`` ≥ 0.
    """
    _positive(before, "before", "a base price or level (a percentage change from 0 is undefined)")
    _non_negative(after, "after", "a price or level")
    return _finite(lambda: (after - before) / before, "the change", before=before, after=after)


def recovery_needed(fraction_lost: Numbers) -> Numbers:
    """The gain, as a fraction, that undoes a loss of ``fraction_lost``: 1 / (1 − loss) − 1.

    ``fraction_lost`` is the size of the fall as a positive fraction (0.1697 for −16.97%), in [0, 1): a
    loss of 100% or more can never be recovered.
    """
    arr = _values(fraction_lost, "fraction_lost")
    if (arr < 0).any():
        raise ValueError(
            f"fraction_lost={_first_bad(arr, arr < 0):g}: expected the size of the loss as a "
            "fraction in [0, 1), e.g. 0.17 for a 17% fall (pass -pct_change(...) for a fall)"
        )
    if (arr >= 1).any():
        raise ValueError(
            f"fraction_lost={_first_bad(arr, arr >= 1):g}: expected a fraction in [0, 1); "
            "a loss of 100% or more cannot be recovered"
        )
    return _finite(lambda: 1 / (1 - fraction_lost) - 1, "the gain", fraction_lost=fraction_lost)


# --- dollars lost and the share count --------------------------------------------------------------


def value_lost(price_before: Numbers, price_after: Numbers, shares: Numbers) -> Numbers:
    """Market value lost, USD: (price_before − price_after) × shares (negative when the price rose)."""
    return market_cap(price_before, shares) - market_cap(price_after, shares)


def implied_shares(value_lost_usd: Numbers, price_before: Numbers, price_after: Numbers) -> Numbers:
    """The share count a reported loss implies: value lost (USD) ÷ fall in price (USD per share)."""
    _positive(value_lost_usd, "value_lost_usd", "a loss of market value in USD")
    _positive(price_before, "price_before", "a price (USD per share)")
    _non_negative(price_after, "price_after", "a price (USD per share)")
    fall = np.asarray(price_before, dtype=float) - np.asarray(price_after, dtype=float)
    if (fall <= 0).any():
        raise ValueError(
            f"price_after={price_after!r}: expected a price below price_before={price_before!r} "
            "(a loss needs a fall)"
        )
    return _finite(
        lambda: value_lost_usd / (price_before - price_after),
        "the share count",
        value_lost_usd=value_lost_usd,
        price_before=price_before,
        price_after=price_after,
    )


def implied_shares_bounds(
    value_lost_usd: Numbers,
    price_before: Numbers,
    price_after: Numbers,
    rounded_to_usd: float = 1e9,
) -> tuple[Numbers, Numbers]:
    """Smallest and largest share counts consistent with a loss printed rounded to ``rounded_to_usd``.

    "$593 billion" means anything from 592.5 to 593.5 billion, so the count lies between
    (value − half a unit) / fall and (value + half a unit) / fall. Returns ``(low, high)``.
    """
    _positive(rounded_to_usd, "rounded_to_usd", "a rounding unit in USD")
    _positive(value_lost_usd, "value_lost_usd", "a loss of market value in USD")
    half = rounded_to_usd / 2
    if value_lost_usd - half <= 0:
        raise ValueError(
            f"value_lost_usd={value_lost_usd!r}: expected a loss larger than half the rounding "
            f"unit ({half:g} USD)"
        )
    return (
        implied_shares(value_lost_usd - half, price_before, price_after),
        implied_shares(value_lost_usd + half, price_before, price_after),
    )


# --- a stock inside an index ---------------------------------------------------------------------


def _weight(weight) -> None:
    arr = _values(weight, "weight")
    bad = (arr < 0) | (arr > 1)
    if bad.any():
        raise ValueError(
            f"weight={_first_bad(arr, bad):g}: expected a fraction of the index in [0, 1] (0.0696 for 6.96%)"
        )


def _move(value, name: str) -> None:
    arr = _values(value, name)
    if (arr <= -1).any():
        raise ValueError(
            f"{name}={_first_bad(arr, arr <= -1):g}: expected a change as a fraction > -1 "
            "(-0.1697 for a fall of 16.97%)"
        )


def index_contribution(weight: Numbers, stock_move: Numbers) -> Numbers:
    """How much of a market-value-weighted index's move one stock explains, as a fraction of the index.

    weight × stock_move: a stock worth 6.96% of the index that falls 16.97% pulls the index down by
    0.0696 × 0.1697 ≈ 0.0118, i.e. 1.18 percentage points. ``weight`` is the stock's share of the index
    before the move, in [0, 1]; ``stock_move`` a fraction > −1.
    """
    _weight(weight)
    _move(stock_move, "stock_move")
    return weight * stock_move


def share_of_index_move(weight: Numbers, stock_move: Numbers, index_move: Numbers) -> Numbers:
    """The fraction of the index's move that one stock explains: weight × stock_move ÷ index_move."""
    _move(index_move, "index_move")
    if np.any(np.asarray(index_move, dtype=float) == 0):
        raise ValueError("index_move=0: expected a non-zero index move (the share of no move is undefined)")
    contribution = index_contribution(weight, stock_move)
    return _finite(
        lambda: contribution / index_move,
        "the share",
        weight=weight,
        stock_move=stock_move,
        index_move=index_move,
    )


def rest_of_index_move(weight: Numbers, stock_move: Numbers, index_move: Numbers) -> Numbers:
    """How the rest of the index moved, without the stock: (index_move − w·stock_move) ÷ (1 − w)."""
    _move(index_move, "index_move")
    _weight(weight)
    if np.any(np.asarray(weight, dtype=float) >= 1):
        raise ValueError(f"weight={weight!r}: expected a fraction < 1 (the index must hold something else)")
    contribution = index_contribution(weight, stock_move)
    return _finite(
        lambda: (index_move - contribution) / (1 - weight),
        "the rest's move",
        weight=weight,
        stock_move=stock_move,
        index_move=index_move,
    )


def weight_after(weight: Numbers, stock_move: Numbers, index_move: Numbers) -> Numbers:
    """The stock's weight after the move: w × (1 + stock_move) ÷ (1 + index_move)."""
    _move(index_move, "index_move")
    contribution = index_contribution(weight, stock_move)
    return _finite(
        lambda: (weight + contribution) / (1 + index_move),
        "the weight after",
        weight=weight,
        stock_move=stock_move,
        index_move=index_move,
    )


# --- records ---------------------------------------------------------------------------------------


def implied_cap_before(value_lost_usd: Numbers, move: Numbers) -> Numbers:
    """Market value before a fall that lost ``value_lost_usd`` on a move of ``move`` (fraction < 0)."""
    _positive(value_lost_usd, "value_lost_usd", "a loss of market value")
    arr = _values(move, "move")
    bad = (arr >= 0) | (arr <= -1)
    if bad.any():
        raise ValueError(f"move={_first_bad(arr, bad):g}: expected a fall as a fraction in (-1, 0)")
    return _finite(
        lambda: value_lost_usd / -move, "the market value before", value_lost_usd=value_lost_usd, move=move
    )


def loss_reports(
    record_losses: pd.DataFrame,
    ticker: str = "NVDA",
    date: DateLike = "2025-01-27",
) -> pd.DataFrame:
    """The reported losses of one company on one day, with the share count each one implies."""
    rows = record_losses[
        (record_losses["ticker"] == ticker) & (record_losses["date"] == pd.Timestamp(date))
    ].copy()
    if rows.empty:
        raise ValueError(f"ticker={ticker!r}, date={date!r}: no reported loss in record_losses")
    usable = rows["price_before_usd"].notna() & rows["price_after_usd"].notna()
    rows["implied_shares"] = np.nan
    rows.loc[usable, "implied_shares"] = implied_shares(
        rows.loc[usable, "value_lost_usd_bn"] * 1e9,
        rows.loc[usable, "price_before_usd"],
        rows.loc[usable, "price_after_usd"],
    )
    return rows.reset_index(drop=True)


def press_share_count(
    record_losses: pd.DataFrame,
    ticker: str = "NVDA",
    date: DateLike = "2025-01-27",
) -> float:
    """The share count the press used that day: the mean of the counts its reported losses imply,
    rounded to 0.01 billion (the reports are rounded to the billion, so no finer digit is meaningful)."""
    implied = loss_reports(record_losses, ticker, date)["implied_shares"].dropna()
    if implied.empty:
        raise ValueError(
            f"ticker={ticker!r}, date={date!r}: no reported loss with both prices in record_losses"
        )
    return float(round(implied.mean(), -7))


def share_count_band(
    record_losses: pd.DataFrame, ticker: str = "NVDA", date: DateLike = "2025-01-27"
) -> tuple[float, float]:
    """``(low, high)``: the share counts consistent with *every* reported loss of that day at once.

    Each report (a loss rounded to the billion, and the two prices it used) pins the count to a band
    (:func:`implied_shares_bounds`); the answer is where all the bands overlap.
    """
    reports = loss_reports(record_losses, ticker, date).dropna(subset=["price_before_usd", "price_after_usd"])
    if reports.empty:
        raise ValueError(
            f"ticker={ticker!r}, date={date!r}: no reported loss with both prices in record_losses"
        )
    bands = [
        implied_shares_bounds(r["value_lost_usd_bn"] * 1e9, r["price_before_usd"], r["price_after_usd"])
        for _, r in reports.iterrows()
    ]
    low, high = max(b[0] for b in bands), min(b[1] for b in bands)
    if low > high:
        raise ValueError(
            f"ticker={ticker!r}, date={date!r}: the reported losses imply share counts that do "
            f"not overlap ({low:,.0f} > {high:,.0f}); expected reports of the same day's loss"
        )
    return float(low), float(high)


def ordinal(n: int, *, language: str | None = None) -> str:
    """``1`` → ``"1st"``, ``2`` → ``"2nd"``, ``11`` → ``"11th"``, ``23`` → ``"23rd"``: a rank in words.

    In French: ``1`` → ``"1er"``, ``7`` → ``"7e"``.
    """
    if isinstance(n, bool) or int(n) != n or n < 1:
        raise ValueError(f"n={n!r}: expected a rank, a whole number of at least 1")
    n = int(n)
    if i18n.language(language) != i18n.LANGUAGES[0]:
        return tr("{n}st" if n == 1 else "{n}th", language).format(n=n)
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def record_table(record_losses: pd.DataFrame) -> pd.DataFrame:
    """One row per company-day (early prints dropped), ranked by dollars lost and, where known, by %.

    Adds ``rank_usd``, ``rank_pct`` (among rows with a reported move) and ``implied_cap_before_usd_bn``
    (value lost ÷ size of the fall: how big the company was that morning).
    """
    table = record_losses[record_losses["basis"] != "early print"].copy()
    table = table.sort_values("value_lost_usd_bn", ascending=False).reset_index(drop=True)
    table["rank_usd"] = np.arange(1, len(table) + 1)
    known = table["move_pct"].notna() & (table["move_pct"] < 0)
    table["rank_pct"] = pd.array([pd.NA] * len(table), dtype="Int64")
    table.loc[known, "rank_pct"] = table.loc[known, "move_pct"].rank(method="min").astype(int).to_numpy()
    table["implied_cap_before_usd_bn"] = np.nan
    table.loc[known, "implied_cap_before_usd_bn"] = implied_cap_before(
        table.loc[known, "value_lost_usd_bn"], table.loc[known, "move_pct"] / 100
    )
    return table[
        [
            "rank_usd",
            "company",
            "date",
            "value_lost_usd_bn",
            "move_pct",
            "rank_pct",
            "implied_cap_before_usd_bn",
            "reported_by",
            "confidence",
        ]
    ]


# --- prices and paths ------------------------------------------------------------------------------


def close_on(prices: pd.DataFrame, ticker: str, date: DateLike) -> float:
    """The close of ``ticker`` on ``date`` from prices.csv; ``ValueError`` if the file does not have it."""
    day = pd.Timestamp(date)
    row = prices[(prices["ticker"] == ticker) & (prices["date"] == day)]
    if row.empty:
        have = ", ".join(f"{d:%Y-%m-%d}" for d in prices.loc[prices["ticker"] == ticker, "date"])
        raise ValueError(
            f"date={day:%Y-%m-%d}: no {ticker} close in prices.csv (missing, not estimated); "
            f"closes known on: {have or 'none'}"
        )
    return float(row["close_usd"].iloc[0])


def first_close_at_or_above(
    prices: pd.DataFrame,
    ticker: str,
    level: float,
    after: DateLike,
) -> tuple[pd.Timestamp, float] | None:
    """The first (date, close) after ``after`` whose close is ≥ ``level``; ``None`` if the data have none.

    Only closes in prices.csv count: with gaps in the file this is the first *known* such close.
    """
    _positive(level, "level", "a price (USD per share)")
    rows = prices[
        (prices["ticker"] == ticker) & (prices["date"] > pd.Timestamp(after)) & (prices["close_usd"] >= level)
    ].sort_values("date")
    if rows.empty:
        return None
    return rows["date"].iloc[0], float(rows["close_usd"].iloc[0])


def series_table(prices: pd.DataFrame, index_levels: pd.DataFrame) -> pd.DataFrame:
    """Stocks' closes and index levels in one long table: ``series``, ``date``, ``value``, ``unit``."""
    stocks = prices.rename(columns={"ticker": "series", "close_usd": "value"})[["series", "date", "value"]]
    stocks = stocks.assign(unit="USD per share")
    indices = index_levels.rename(columns={"index": "series", "level_points": "value"})[
        ["series", "date", "value"]
    ]
    indices = indices.assign(unit="index points")
    return pd.concat([stocks, indices], ignore_index=True).sort_values(["series", "date"], ignore_index=True)


def normalised_paths(
    prices: pd.DataFrame,
    index_levels: pd.DataFrame,
    base_date: DateLike = "2025-01-24",
    start: DateLike | None = None,
    end: DateLike | None = None,
    series: Sequence[str] | None = None,
) -> pd.DataFrame:
    """Each series divided by its value on ``base_date``, × 100 (so every path starts at 100).

    Only series with a value on the base date and at least one other date in [start, end] are kept
    (no close is ever filled in). Adds the column ``normalised`` (base = 100).
    """
    base = pd.Timestamp(base_date)
    table = series_table(prices, index_levels)
    if start is not None:
        table = table[table["date"] >= pd.Timestamp(start)]
    if end is not None:
        table = table[table["date"] <= pd.Timestamp(end)]
    if series is not None:
        unknown = sorted(set(series) - set(table["series"]))
        if unknown:
            raise ValueError(
                f"series={list(series)!r}: no data for {unknown}; "
                f"expected some of {sorted(set(table['series']))}"
            )
        table = table[table["series"].isin(series)]
    parts = []
    for _, group in table.groupby("series", sort=True):
        at_base = group.loc[group["date"] == base, "value"]
        if at_base.empty or len(group) < 2:
            continue
        parts.append(group.assign(normalised=100 * group["value"] / float(at_base.iloc[0])))
    if not parts:
        raise ValueError(
            f"base_date={base:%Y-%m-%d}: no series has a value on that day and another in the window"
        )
    return pd.concat(parts, ignore_index=True)


def _gap_days(a: pd.Timestamp, b: pd.Timestamp) -> int:
    """Trading days (weekdays) strictly between two dates."""
    return max(int(np.busday_count(a.date(), b.date())) - 1, 0)


def plot_paths(
    paths: pd.DataFrame,
    series: Sequence[str] | None = None,
    ax: Axes | None = None,
    *,
    language: str | None = None,
) -> tuple[Figure, Axes]:
    """Normalised paths (base = 100), one colour and marker per series, labelled in ``language``.

    Consecutive trading days are joined by a solid line; where closes are missing in between, the line
    is dotted, so a reader sees that nothing is known there. ``series``: the ones drawn (all by
    default), coloured in that order; the scale is that of every series of ``paths``, so that a series
    keeps its place whichever others are drawn. The live picker draws every series once
    (:func:`_draw_paths`) and then shows some of them (:func:`_show_paths`). Returns ``(fig, ax)``.
    """
    language = i18n.language(language)
    fig, ax = style.figure_and_axes(ax, figsize=style.figsize(4.2))
    names = sorted(paths["series"].unique()) if series is None else list(series)
    _show_paths(_draw_paths(paths, ax, language), names)
    fig.tight_layout()
    return fig, ax


@dataclass
class _PathArtists:
    """What :func:`_show_paths` shows or hides, by series, in the axes of :func:`plot_paths`."""

    ax: Axes
    paths: pd.DataFrame
    language: str
    series: dict  # name -> (its segments, its markers, its last value): a list of Line2D, a Line2D, a Text
    base: Line2D  # the line at 100, drawn over the paths


def _draw_paths(paths: pd.DataFrame, ax: Axes, language: str) -> _PathArtists:
    """Draw every series of ``paths`` (its segments, its markers, its last value), the line at 100, the
    labels and the scales; :func:`_show_paths` then chooses which series show, in which colours."""
    drawn = {}
    for name, group in paths.sort_values("date").groupby("series", sort=True):
        dates, values = list(group["date"]), list(group["normalised"])
        segments = [
            ax.plot([d0, d1], [v0, v1], linestyle=":" if _gap_days(d0, d1) else "-", lw=1.6)[0]
            for (d0, v0), (d1, v1) in zip(zip(dates, values), zip(dates[1:], values[1:]))
        ]
        (markers,) = ax.plot(dates, values, linestyle="none", label=name, ms=6)
        value = ax.annotate(
            _num(values[-1], ".1f", language),
            (dates[-1], values[-1]),
            xytext=(5, 0),
            textcoords="offset points",
            va="center",
            fontsize=style.SMALL_PT,
        )
        drawn[name] = (segments, markers, value)
    base = ax.axhline(100, color=PALETTE["black"], lw=0.8, alpha=0.6)
    ax.set_ylabel(tr("Close ÷ close on the base day × 100", language))
    ax.set_xlabel(tr("Trading day, 2025 (dotted: closes missing in between)", language))
    ax.xaxis.set_major_locator(mdates.WeekdayLocator(byweekday=(mdates.MO, mdates.WE, mdates.FR)))
    ax.xaxis.set_major_formatter(style.date_formatter("%-d %b", language))
    style.number_ticks(ax.yaxis, language)
    return _PathArtists(ax, paths, language, drawn, base)


def _show_paths(drawn: _PathArtists, names: Sequence[str]) -> None:
    """Show the series ``names`` of :func:`_draw_paths`, the i-th in the i-th colour and marker, with
    their legend and the figure's alt text; hide the others."""
    ax = drawn.ax
    for name, (segments, markers, value) in drawn.series.items():
        shown = name in names
        if shown:
            i = list(names).index(name)
            colour, marker = CYCLE[i % len(CYCLE)], MARKERS[i % len(MARKERS)]
            for line in segments:
                line.set_color(colour)
            markers.set_color(colour)
            markers.set_marker(marker)
            value.set_color(colour)
        for artist in (*segments, markers, value):
            artist.set_visible(shown)
    handles = [drawn.series[name][1] for name in names if name in drawn.series]
    if handles:
        ax.legend(
            handles,
            [h.get_label() for h in handles],
            loc="upper left",
            bbox_to_anchor=(1.0, 1.0),
            fontsize=style.SMALL_PT,
        )
    elif ax.get_legend() is not None:
        ax.get_legend().remove()
    style.set_alt(ax.figure, describe_paths(drawn.paths, names, language=drawn.language))


# --- the drop: dollars lost and recovery needed ---------------------------------------------------

#: Drops (in %) pre-rendered for the static slider, the 27 January fall included.
DROP_FRAME_PCTS = (0.0, 2.5, 5.0, 7.5, 10.0, 12.5, 15.0, 16.97, 20.0, 25.0, 30.0, 35.0, 40.0, 50.0, 60.0)


def drop_summary(drop_pct: float, price_before: float, shares: float) -> dict:
    """Everything the drop widget shows, for a fall of ``drop_pct`` % from ``price_before``."""
    if np.ndim(_values(drop_pct, "drop_pct")) or not 0 <= drop_pct < 100:
        raise ValueError(f"drop_pct={drop_pct!r}: expected a fall in % in [0, 100)")
    after = price_before * (1 - drop_pct / 100)
    lost = value_lost(price_before, after, shares)
    return {
        "drop_pct": drop_pct,
        "price_after": after,
        "cap_before": market_cap(price_before, shares),
        "cap_after": market_cap(after, shares),
        "value_lost": lost,
        "recovery": recovery_needed(drop_pct / 100),
    }


def plot_drop(
    drop_pct: float,
    price_before: float,
    shares: float,
    axes: Sequence[Axes] | None = None,
    *,
    language: str | None = None,
) -> tuple[Figure, Sequence[Axes]]:
    """Two panels: market value before/after (USD trillions) and the gain that undoes the fall.

    Returns ``(fig, axes)``. With ``axes`` given, draws into them (cleared first). ``language``: of the
    labels (``None``: the kernel's). The live widget draws the same artists once (:func:`_draw_drop`)
    and then only moves them (:func:`_set_drop`).
    """
    language = i18n.language(language)
    drop_summary(drop_pct, price_before, shares)  # checks the arguments before anything is drawn
    if axes is None:
        fig, axes = plt.subplots(1, 2, figsize=style.figsize(3.8), gridspec_kw={"width_ratios": [1, 1.4]})
    else:
        fig = axes[0].figure
        for ax in axes:
            ax.clear()
    _set_drop(_draw_drop(axes, language), drop_pct, price_before, shares)
    fig.tight_layout()
    return fig, axes


@dataclass
class _DropArtists:
    """What :func:`_set_drop` moves in the two panels of :func:`plot_drop`."""

    left: Axes
    right: Axes
    language: str
    before: Rectangle
    after: Rectangle
    lost: Rectangle
    lost_text: Text
    marker: Line2D
    note: Annotation


def _draw_drop(axes: Sequence[Axes], language: str) -> _DropArtists:
    """Draw what :func:`plot_drop` shows whatever the drop (the curves, the labels, the legends) and the
    artists :func:`_set_drop` puts where a drop says (the bars, their label, the marker, its note)."""
    left, right = axes
    (before,) = left.bar([0], [0], color=PALETTE["blue"], width=0.6)
    (after,) = left.bar([1], [0], color=PALETTE["sky_blue"], width=0.6)
    (lost,) = left.bar(
        [1],
        [0],
        bottom=[0],
        color="white",
        edgecolor=PALETTE["vermillion"],
        hatch="///",
        width=0.6,
        label=tr("value lost", language),
    )
    lost_text = left.text(
        1,
        0,
        "",
        ha="center",
        va="center",
        fontsize=10,
        fontweight="bold",
        color=PALETTE["black"],
        bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.85, "pad": 1},
    )
    left.set_ylabel(tr("Market value (USD trillions)", language))
    style.number_ticks(left.yaxis, language)
    left.legend(loc="upper right")
    left.grid(axis="x", visible=False)

    grid = np.linspace(0, 60, 241)
    right.plot(
        grid,
        100 * recovery_needed(grid / 100),
        color=PALETTE["vermillion"],
        lw=2,
        label=tr("gain needed to undo the fall", language),
    )
    right.plot(
        grid,
        grid,
        color=PALETTE["black"],
        lw=1,
        linestyle="--",
        label=tr("same size as the fall", language),
    )
    (marker,) = right.plot(
        [0],
        [0],
        marker="o",
        ms=9,
        color=PALETTE["vermillion"],
        markeredgecolor=PALETTE["black"],
        linestyle="none",
    )
    note = right.annotate(
        "",
        (0, 0),
        xytext=(-10, 30),
        textcoords="offset points",
        fontsize=9.5,
        arrowprops={"arrowstyle": "-", "color": PALETTE["black"], "lw": 0.8},
    )
    right.set_xlim(0, 60)
    right.set_ylim(0, 155)
    right.set_xlabel(tr("Fall in the share price (%)", language))
    right.set_ylabel(tr("Gain needed to get back (%)", language))
    style.number_ticks(right.xaxis, language)
    style.number_ticks(right.yaxis, language)
    right.legend(loc="upper left")
    return _DropArtists(left, right, language, before, after, lost, lost_text, marker, note)


def _set_drop(drawn: _DropArtists, drop_pct: float, price_before: float, shares: float) -> None:
    """Put the bars, their label, the marker and its note of :func:`_draw_drop` where a fall of
    ``drop_pct`` % from ``price_before`` with ``shares`` says; the left panel's scale and ticks follow,
    and the figure's alt text."""
    language, left = drawn.language, drawn.left
    d = drop_summary(drop_pct, price_before, shares)
    before_t, after_t, lost_t = d["cap_before"] / 1e12, d["cap_after"] / 1e12, d["value_lost"] / 1e12
    drawn.before.set_height(before_t)
    drawn.after.set_height(after_t)
    drawn.lost.set_y(after_t)
    drawn.lost.set_height(lost_t)
    drawn.lost_text.set_position((1, after_t + lost_t / 2))
    drawn.lost_text.set_text("−" + _usd_bn(d["value_lost"] / 1e9, ",.0f", language))
    left.set_xticks(
        [0, 1],
        [
            tr("before\n${price}", language).format(price=_num(price_before, ".2f", language)),
            tr("after\n${price}", language).format(price=_num(d["price_after"], ".2f", language)),
        ],
    )
    left.set_ylim(0, max(before_t * 1.15, 0.1))
    gain_pct = 100 * d["recovery"]
    drawn.marker.set_data([drop_pct], [gain_pct])
    drawn.note.xy = (drop_pct, gain_pct)
    drawn.note.set_text(
        tr("fall {fall} → gain {gain}", language).format(
            fall=_pct(drop_pct, 2, language), gain=_pct(gain_pct, 1, language)
        )
    )
    drawn.note.set_horizontalalignment("right" if drop_pct > 20 else "left")
    style.set_alt(left.figure, _drop_alt(drop_pct, price_before, shares, language))


def _drop_alt(drop_pct: float, price_before: float, shares: float, language: str) -> str:
    d = drop_summary(drop_pct, price_before, shares)
    return tr(
        "Left: market value falls from {before} to {after} trillion dollars, a loss of {lost} billion, "
        "for a {fall} fall from ${price}. Right: a curve rising ever faster shows the gain needed to "
        "undo a fall; for this fall it is {gain}, above the dashed line where gain equals fall.",
        language,
    ).format(
        before=_num(d["cap_before"] / 1e12, ".2f", language),
        after=_num(d["cap_after"] / 1e12, ".2f", language),
        lost=_num(d["value_lost"] / 1e9, ",.0f", language),
        fall=_pct(drop_pct, 2, language),
        price=_num(price_before, ".2f", language),
        gain=_pct(100 * d["recovery"], 1, language),
    )


@cached
def drop_frames(
    price_before: float,
    shares: float,
    drops_pct: Sequence[float] = DROP_FRAME_PCTS,
    *,
    language: str | None = None,
) -> list[widgets.Frame]:
    """Pre-rendered ``(label, <img> HTML)`` frames of :func:`plot_drop` for the static slider."""
    language = i18n.language(language)
    labels = [_drop_label(p, language) for p in drops_pct]
    by_label = dict(zip(labels, drops_pct))

    def draw(label):
        fig, _ = plot_drop(by_label[label], price_before, shares, language=language)
        return fig, _drop_alt(by_label[label], price_before, shares, language)

    return widgets.render_frames(labels, draw)


#: The drop of 27 January 2025 (%), which the static slider names and starts at.
_JANUARY_27_PCT = 16.97


def _drop_label(drop_pct: float, language: str) -> str:
    """``2.5%`` (``2,5 %``), and ``16.97% (27 Jan)`` for the fall of 27 January."""
    if language == i18n.LANGUAGES[0]:
        text = f"{drop_pct:g}%"
    else:
        digits = f"{drop_pct:g}".partition(".")[2]
        text = _pct(drop_pct, len(digits), language)
    return tr("{pct} (27 Jan)", language).format(pct=text) if drop_pct == _JANUARY_27_PCT else text


def drop_slider(price_before: float, shares: float, *, language: str | None = None) -> W.VBox:
    """The chapter's static drop widget: a slider over :func:`drop_frames`, starting at 27 January's fall,
    with its description and caption in ``language``."""
    language = i18n.language(language)
    return widgets.precomputed_slider(
        drop_frames(price_before, shares, language=language),
        widgets.static_label("Fall in the share price", language),
        value=_drop_label(_JANUARY_27_PCT, language),
        caption=tr("Each frame uses a price of ${price} and {shares} billion shares.", language).format(
            price=_num(price_before, ".2f", language), shares=_num(shares / 1e9, ".2f", language)
        ),
    )


class DropExplorer:
    """Live widget: a drop slider and a share-count box; shows dollars lost and the recovery needed.

    Controls: ``drop`` (fall in %), ``shares_bn`` (billions of shares). State a test can read:
    ``result`` (the dict of :func:`drop_summary`, or ``None`` when the input is invalid) and
    ``message`` (the text shown). ``widget`` is what the notebook displays.
    """

    def __init__(
        self,
        price_before: float = 142.62,
        shares: float = 24.5e9,
        drop_pct: float = 10.0,
        *,
        language: str | None = None,
    ):
        _positive(price_before, "price_before", "a price (USD per share)")
        self.price_before = price_before
        self.language = language = i18n.language(language)
        self.drop = W.FloatSlider(
            value=drop_pct,
            min=0,
            max=60,
            step=0.01,
            description=tr("Fall (%)", language),
            continuous_update=False,
            readout_format=".2f",
            style={"description_width": "initial"},
            layout=W.Layout(width="60%"),
        )
        self.shares_bn = W.BoundedFloatText(
            value=shares / 1e9,
            min=-1000,
            max=1000,
            step=0.01,
            description=tr("Shares (billions)", language),
            style={"description_width": "initial"},
        )
        self.summary = W.HTML()
        self.output = W.HTML()  # the figure, as an <img> (widgets.show_figure)
        self.figure, self.axes = plt.subplots(
            1, 2, figsize=style.figsize(3.8), gridspec_kw={"width_ratios": [1, 1.4]}
        )
        plt.close(self.figure)  # shown as an <img> in self.output, never by the inline backend
        self._drawn: _DropArtists | None = None  # drawn at the first valid input, then only moved
        self.result = None
        self.message = ""
        self.drop.observe(self.update, names="value")
        self.shares_bn.observe(self.update, names="value")
        self.widget = W.VBox(
            [W.HBox([widgets.readout(self.drop, language), self.shares_bn]), self.summary, self.output]
        )
        self.update()

    @widgets.live_update
    def update(self, change=None) -> None:
        try:
            shares = self.shares_bn.value * 1e9
            market_cap(self.price_before, shares)  # validates the share count
            self.result = drop_summary(self.drop.value, self.price_before, shares)
        except ValueError as exc:
            self.result = None
            self.message = tr("Cannot compute: {error}", self.language).format(error=exc)
            self.summary.value = f"<p><b>{self.message}</b></p>"
            widgets.clear_figure(
                self.output
            )  # no figure rather than the last valid one, which would be stale
            return
        r, language = self.result, self.language
        self.message = tr(
            "A {fall} fall from ${price} with {shares}B shares loses {lost}; "
            "undoing it needs a gain of {gain}.",
            language,
        ).format(
            fall=_pct(r["drop_pct"], 2, language),
            price=_num(self.price_before, ".2f", language),
            shares=_num(self.shares_bn.value, ".2f", language),
            lost=_usd_bn(r["value_lost"] / 1e9, ",.1f", language),
            gain=_pct(100 * r["recovery"], 1, language),
        )
        self.summary.value = f"<p>{self.message}</p>"
        if self._drawn is None:  # the figure plot_drop draws, laid out once; each update moves its artists
            self._drawn = _draw_drop(self.axes, language)
            _set_drop(self._drawn, self.drop.value, self.price_before, shares)
            self.figure.tight_layout()
            # The left panel (bars, scale, ticks) and the right one's marker and note are drawn again; the
            # right panel's curves, labels and legend are kept as pixels.
            self._render = widgets.MovingArtists(
                self.figure, [self.axes[0], self._drawn.marker, self._drawn.note]
            )
        else:
            _set_drop(self._drawn, self.drop.value, self.price_before, shares)
        widgets.show_figure(self.output, self.figure, style.alt_text(self.figure), self._render)


def drop_explorer(
    price_before: float = 142.62, shares: float = 24.5e9, *, language: str | None = None
) -> W.Box:
    """Build the live drop widget (see :class:`DropExplorer`) in ``language`` and return its box."""
    return DropExplorer(price_before, shares, language=language).widget


class PathPicker:
    """Live widget: pick series (Nvidia, indices) and see their paths normalised to the base day.

    Only series with data on the base day are offered. ``picker`` is the control; ``shown`` the list of
    series drawn (tests read it).
    """

    def __init__(
        self,
        prices: pd.DataFrame,
        index_levels: pd.DataFrame,
        base_date="2025-01-24",
        start="2025-01-20",
        end="2025-02-07",
        *,
        language: str | None = None,
    ):
        self.language = i18n.language(language)
        self.paths = normalised_paths(prices, index_levels, base_date, start, end)
        options = sorted(self.paths["series"].unique())
        self.picker = W.SelectMultiple(
            options=options,
            value=tuple(options),
            rows=len(options),
            description=tr("Series", self.language),
            style={"description_width": "initial"},
        )
        self.summary = W.HTML()
        self.output = W.HTML()  # the figure, as an <img> (widgets.show_figure)
        self.figure, self.ax = plt.subplots(figsize=style.figsize(4.2))
        plt.close(self.figure)
        # The figure plot_paths draws, every series drawn once and laid out once (with all of them in
        # the legend); each update shows some of them. The scales and labels are kept as pixels.
        self._drawn = _draw_paths(self.paths, self.ax, self.language)
        _show_paths(self._drawn, options)
        self.figure.tight_layout()
        self._render = widgets.MovingArtists(self.figure, self._moving())
        self.shown: list[str] = []
        self.picker.observe(self.update, names="value")
        self.widget = W.VBox([W.HBox([self.picker, self.summary]), self.output])
        self.update()

    def _moving(self) -> list:
        """The artists drawn again at each update, in the order the figure draws them."""
        lines = [
            line for segments, markers, _ in self._drawn.series.values() for line in (*segments, markers)
        ]
        values = [value for *_, value in self._drawn.series.values()]
        legend = [self.ax.get_legend()] if self.ax.get_legend() is not None else []
        return [*lines, self._drawn.base, *values, *legend]

    @widgets.live_update
    def update(self, change=None) -> None:
        self.shown = list(self.picker.value)
        language = self.language
        _show_paths(self._drawn, self.shown)
        self._render.set_artists(self._moving())  # the legend is a new one
        if self.shown:
            last = (
                self.paths[self.paths["series"].isin(self.shown)].sort_values("date").groupby("series").last()
            )
            values = [
                (name, _num(row["normalised"], ".1f", language), format_spec(row["date"], "%d %b", language))
                for name, row in last.iterrows()
            ]
            item = tr("<li>{name}: {value} on {day}</li>", language)
            items = "".join(item.format(name=name, value=value, day=day) for name, value, day in values)
            self.summary.value = (
                tr("<p>Last known value (base day = 100):</p>", language) + f"<ul>{items}</ul>"
            )
            end = tr("{name} ends at {value} on {day}", language)
            alt = (
                tr(
                    "Closes divided by the close on the base day, times 100, trading day by trading day. ",
                    language,
                )
                + "; ".join(end.format(name=name, value=value, day=day) for name, value, day in values)
                + "."
            )
        else:
            self.summary.value = tr("<p>Pick at least one series.</p>", language)
            alt = tr("Empty chart: no series is picked.", language)
        widgets.show_figure(self.output, self.figure, alt, self._render)


def path_picker(
    prices: pd.DataFrame,
    index_levels: pd.DataFrame,
    base_date: DateLike = "2025-01-24",
    *,
    language: str | None = None,
) -> W.Box:
    """Build the live path picker (see :class:`PathPicker`) in ``language`` and return its box."""
    return PathPicker(prices, index_levels, base_date, language=language).widget


# --- static figures --------------------------------------------------------------------------------

_GROUP_COLOUR = {
    "chips": "blue",
    "data centres": "reddish_purple",
    "power": "orange",
    "big tech": "bluish_green",
    "index": "black",
}


def _in_language(row: pd.Series, column: str, language: str) -> str:
    """``row[column]``, or in French ``row[column + "_fr"]`` (the data's French column)."""
    return row[column if language == i18n.LANGUAGES[0] else f"{column}_fr"]


def plot_day(
    moves: pd.DataFrame, ax: Axes | None = None, *, language: str | None = None
) -> tuple[Figure, Axes]:
    """Horizontal bars of the reported moves of one day, grouped by colour, hatch and a text label.

    Names and groups are written in ``language`` (``name_fr`` of daily_moves.csv in French).
    """
    language = i18n.language(language)
    fig, ax = style.figure_and_axes(ax, figsize=style.figsize(5.6))
    table = moves.sort_values("move_pct", ascending=False).reset_index(drop=True)
    hatches = {"chips": "", "data centres": "..", "power": "xx", "big tech": "//", "index": ""}
    for i, row in table.iterrows():
        colour = PALETTE[_GROUP_COLOUR[row["group"]]]
        ax.barh(
            i,
            row["move_pct"],
            color=colour,
            hatch=hatches[row["group"]],
            edgecolor="white",
            alpha=0.55 if row["group"] == "index" else 0.9,
        )
        ax.text(
            row["move_pct"] + (0.4 if row["move_pct"] >= 0 else -0.4),
            i,
            _pct(row["move_pct"], 1, language, sign=True),
            va="center",
            ha="left" if row["move_pct"] >= 0 else "right",
            fontsize=style.SMALL_PT,
        )
    ax.set_yticks(
        range(len(table)),
        [
            f"{_in_language(row, 'name', language)} [{tr(row['group'], language)}]"
            for _, row in table.iterrows()
        ],
        fontsize=style.SMALL_PT,
    )
    ax.invert_yaxis()
    ax.axvline(0, color=PALETTE["black"], lw=0.8)
    ax.set_xlim(min(table["move_pct"].min() - 6, -10), max(table["move_pct"].max() + 4, 4))
    ax.set_xlabel(tr("Reported change on the day (%)", language))
    style.number_ticks(ax.xaxis, language)
    ax.grid(axis="y", visible=False)
    fig.tight_layout()
    style.set_alt(fig, describe_day(moves, language=language))
    return fig, ax


def plot_records(
    table: pd.DataFrame, axes: Sequence[Axes] | None = None, *, language: str | None = None
) -> tuple[Figure, Sequence[Axes]]:
    """Left: records ranked by dollars lost; right: the same days' % moves (where reported)."""
    language = i18n.language(language)
    if axes is None:
        fig, axes = plt.subplots(
            1, 2, figsize=style.figsize(4.8), sharey=True, gridspec_kw={"width_ratios": [1.3, 1]}
        )
    else:
        fig = axes[0].figure
    left, right = axes
    labels = [f"{c} {format_spec(d, '%d %b %Y', language)}" for c, d in zip(table["company"], table["date"])]
    y = np.arange(len(table))
    recent = table["date"] >= pd.Timestamp("2024-01-01")
    colours = [PALETTE["blue"] if r else PALETTE["orange"] for r in recent]
    for yi, v, c, r in zip(y, table["value_lost_usd_bn"], colours, recent):
        left.barh(yi, v, color=c, hatch="" if r else "//", edgecolor="white")
    values = [_usd_bn(v, ".0f", language) for v in table["value_lost_usd_bn"]]
    for yi, v, text in zip(y, table["value_lost_usd_bn"], values):
        left.text(v + 5, yi, text, va="center", fontsize=style.SMALL_PT)
    left.set_yticks(y, labels, fontsize=style.SMALL_PT)
    left.invert_yaxis()
    left.set_xlabel(tr("Value lost in a day (USD billions)", language), fontsize=style.SMALL_PT)
    style.number_ticks(left.xaxis, language)
    # room right of the bars for their labels ("$593B"), and more for longer ones ("593 Md$")
    room = 1.2 + 0.05 * max(0, max(map(len, values), default=0) - 5)
    left.set_xlim(0, table["value_lost_usd_bn"].max() * room)
    moves = table["move_pct"]
    for yi, m, r in zip(y, moves, recent):
        if pd.isna(m):
            right.text(
                0.5,
                yi,
                tr("% not reported", language),
                va="center",
                fontsize=style.SMALL_PT,
                style="italic",
                color="0.35",
            )
        else:
            right.barh(
                yi,
                -m,
                color=PALETTE["blue"] if r else PALETTE["orange"],
                hatch="" if r else "//",
                edgecolor="white",
            )
            right.text(-m + 0.5, yi, "−" + _pct(-m, 1, language), va="center", fontsize=style.SMALL_PT)
    right.set_xlabel(tr("Fall in the share price (%)", language), fontsize=style.SMALL_PT)
    style.number_ticks(right.xaxis, language)
    right.set_xlim(0, 32)
    for ax in axes:
        ax.grid(axis="y", visible=False)
    left.legend(
        handles=[
            Patch(color=PALETTE["blue"], label=tr("2024 or later", language)),
            Patch(
                facecolor=PALETTE["orange"], hatch="//", edgecolor="white", label=tr("before 2024", language)
            ),
        ],
        loc="lower right",
    )
    fig.tight_layout()
    style.set_alt(fig, describe_records(table, language=language))
    return fig, axes


def plot_two_prints(
    reports: pd.DataFrame, shares: float, ax: Axes | None = None, *, language: str | None = None
) -> tuple[Figure, Axes]:
    """Bars: the loss computed from each price print with ``shares``; markers: what outlets printed.

    Outlets are written in ``language`` (``reported_by_fr`` of record_losses.csv in French).
    """
    language = i18n.language(language)
    fig, ax = style.figure_and_axes(ax, figsize=style.figsize(3.6))
    rows = reports.dropna(subset=["price_after_usd"]).reset_index(drop=True)
    computed = value_lost(rows["price_before_usd"], rows["price_after_usd"], shares) / 1e9
    y = np.arange(len(rows))
    with_shares = tr("computed with {shares}B shares", language).format(
        shares=_num(shares / 1e9, ".2f", language)
    )
    ax.barh(y, computed, color=PALETTE["sky_blue"], height=0.5, label=with_shares)
    ax.plot(
        rows["value_lost_usd_bn"],
        y,
        linestyle="none",
        marker="D",
        ms=9,
        color=PALETTE["vermillion"],
        markeredgecolor=PALETTE["black"],
        label=tr("figure the outlets printed", language),
    )
    for yi, c in zip(y, computed):
        ax.text(
            c - 2,
            yi,
            _usd_bn(c, ".1f", language),
            ha="right",
            va="center",
            fontsize=style.SMALL_PT,
            bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.85, "pad": 1},
        )
    ax.axvline(600, color=PALETTE["black"], linestyle="--", lw=1)
    ax.text(
        600,
        1.01,
        "« 600 milliards »",
        fontsize=style.SMALL_PT,
        ha="center",
        va="bottom",
        transform=mtransforms.blended_transform_factory(ax.transData, ax.transAxes),
    )
    ax.set_yticks(
        y,
        [
            tr("{basis}: ${price}\n({outlet})", language).format(
                basis=tr(row["basis"], language),
                price=_num(row["price_after_usd"], ".2f", language),
                outlet=_in_language(row, "reported_by", language),
            )
            for _, row in rows.iterrows()
        ],
        fontsize=style.SMALL_PT,
    )
    ax.set_xlim(560, 610)
    ax.set_xlabel(tr("Nvidia's market value lost on 27 January 2025 (USD billions)", language))
    style.number_ticks(ax.xaxis, language)
    ax.legend(loc="upper left", bbox_to_anchor=(0.0, -0.2), ncol=1, fontsize=style.SMALL_PT)
    ax.grid(axis="y", visible=False)
    fig.tight_layout()
    style.set_alt(fig, describe_two_prints(reports, shares, language=language))
    return fig, ax


def plot_recovery_path(
    prices: pd.DataFrame,
    level: float,
    milestones: Sequence[tuple] = (),
    ticker: str = "NVDA",
    start: DateLike = "2025-01-01",
    end: DateLike = "2025-12-31",
    ax: Axes | None = None,
    *,
    language: str | None = None,
) -> tuple[Figure, Axes]:
    """The known closes of ``ticker`` against the pre-shock ``level``; ``milestones`` are
    ``(date, price, label)`` points such as the price a $4T value needed (labels as given, e.g.
    :func:`money_short`). Gaps are drawn dotted."""
    language = i18n.language(language)
    fig, ax = style.figure_and_axes(ax, figsize=style.figsize(4.2))
    rows = prices[
        (prices["ticker"] == ticker) & prices["date"].between(pd.Timestamp(start), pd.Timestamp(end))
    ]
    rows = rows.sort_values("date")
    dates, closes = list(rows["date"]), list(rows["close_usd"])
    for (d0, v0), (d1, v1) in zip(zip(dates, closes), zip(dates[1:], closes[1:])):
        ax.plot(
            [d0, d1], [v0, v1], color=PALETTE["blue"], linestyle=":" if _gap_days(d0, d1) else "-", lw=1.5
        )
    ax.plot(
        dates,
        closes,
        linestyle="none",
        marker="o",
        color=PALETTE["blue"],
        label=tr("{ticker} close (known days)", language).format(ticker=ticker),
    )
    ax.axhline(level, color=PALETTE["vermillion"], linestyle="--", lw=1.2)
    ax.text(
        0.99,
        level + 1.5,
        tr("pre-shock close ${price}", language).format(price=_num(level, ".2f", language)),
        color=PALETTE["vermillion"],
        fontsize=style.SMALL_PT,
        ha="right",
        va="bottom",
        transform=mtransforms.blended_transform_factory(ax.transAxes, ax.transData),
    )
    for i, (date, price, label) in enumerate(milestones):
        ax.plot(
            [pd.Timestamp(date)],
            [price],
            marker="*",
            ms=13,
            color=PALETTE["orange"],
            markeredgecolor=PALETTE["black"],
            linestyle="none",
            label=tr("price a milestone needed", language) if i == 0 else None,
        )
        ax.annotate(
            label,
            (pd.Timestamp(date), price),
            xytext=(-8, 8),
            textcoords="offset points",
            ha="right",
            fontsize=style.SMALL_PT,
        )
    ax.set_ylabel(tr("Share price (USD)", language))
    ax.set_xlabel(tr("2025 (dotted: closes missing in between)", language))
    ax.xaxis.set_major_formatter(style.date_formatter("%b", language))
    style.number_ticks(ax.yaxis, language)
    ax.legend(loc="upper left")
    fig.tight_layout()
    style.set_alt(
        fig, describe_recovery_path(prices, level, milestones, ticker, start, end, language=language)
    )
    return fig, ax


# --- the claims ------------------------------------------------------------------------------------

#: « Des centaines de milliards » read as 200 to 999 billion USD (several hundreds, less than a trillion).
HUNDREDS_OF_BILLIONS = (200, 1000)


def check_market_claims(
    prices: pd.DataFrame,
    record_losses: pd.DataFrame,
    *,
    claimed_fall_pct: float = 17,
    claimed_loss_usd_bn: float = 600,
    ticker: str = "NVDA",
    before: DateLike = "2025-01-24",
    after: DateLike = "2025-01-27",
    shares: pd.DataFrame | None = None,
    language: str | None = None,
) -> pd.DataFrame:
    """Grade « 17 % », « 600 milliards » and « des centaines de milliards » against the data.

    The one place these three claims are graded (the ledger of chapter 6 reads this table by
    ``claim_id``). The fall is computed from the two closes in prices.csv and graded by number_verdict.
    The loss is graded against every figure for that day: each one the press reported
    (record_losses.csv, official close and early print) and the one computed from the closes with the
    share count the press used (:func:`press_share_count`); when they get different grades the weaker one
    is kept. « Des centaines de milliards » asks that every one of those figures lie in
    :data:`HUNDREDS_OF_BILLIONS`. With ``shares`` (shares.csv), the loss with the latest vendor share
    count is added to the finding as a cross-check (it does not grade). The findings, methods and units
    are written in ``language`` (the kernel's by default).
    """
    fill = lambda template, **values: i18n.fill(template, values, language)  # noqa: E731
    price_before, price_after = close_on(prices, ticker, before), close_on(prices, ticker, after)
    fall_pct = -100 * pct_change(price_before, price_after)
    reports = loss_reports(record_losses, ticker, after)
    count = press_share_count(record_losses, ticker, after)
    computed_bn = value_lost(price_before, price_after, count) / 1e9
    losses = list(reports["value_lost_usd_bn"]) + [computed_bn]
    grades = [number_verdict(v, claimed_loss_usd_bn) for v in losses]
    loss_verdict = max(grades, key=VERDICTS.index)
    hundreds = all(HUNDREDS_OF_BILLIONS[0] <= v < HUNDREDS_OF_BILLIONS[1] for v in losses)
    span = f"{min(losses):.0f}–{max(losses):.0f}"
    by = reports["reported_by" if i18n.language(language) == "en" else "reported_by_fr"]
    reported = ", ".join(
        fill("${v:.0f} billion ({who})", v=v, who=who) for v, who in zip(reports["value_lost_usd_bn"], by)
    )
    cross = ""
    if shares is not None:
        vendor = shares[
            (shares["ticker"] == ticker)
            & (shares["kind"] == "vendor_figure")
            & (shares["as_of"] <= pd.Timestamp(after))
        ].sort_values("as_of")
        if len(vendor):
            vendor_count = float(vendor.iloc[-1]["shares"])
            cross = fill(
                "; with the {count_bn:.2f} billion shares of a data vendor: ${lost_bn:.0f} billion",
                count_bn=vendor_count / 1e9,
                lost_bn=value_lost(price_before, price_after, vendor_count) / 1e9,
            )
    computation = fill(
        "({before:.2f} − {after:.2f}) USD × {count_bn:.2f} billion shares = ${lost_bn:.0f} billion",
        before=price_before,
        after=price_after,
        count_bn=count / 1e9,
        lost_bn=computed_bn,
    )
    return pd.DataFrame(
        [
            {
                "claim_id": "seventeen_percent",
                "claim": "« chute brutalement de 17 % »",
                "claimed": claimed_fall_pct,
                "computed": round(fall_pct, 2),
                "unit": tr("% fall", language),
                "verdict": number_verdict(fall_pct, claimed_fall_pct),
                "finding": fill(
                    "from the closes {before:.2f} → {after:.2f} USD, the fall is {fall_pct:.2f}%",
                    before=price_before,
                    after=price_after,
                    fall_pct=fall_pct,
                ),
                "method": fill(
                    "market.pct_change of the two closes in prices.csv, "
                    "graded by number_verdict against {claimed:g}",
                    claimed=claimed_fall_pct,
                ),
            },
            {
                "claim_id": "six_hundred_billion",
                "claim": "« 600 milliards de dollars … s'évaporent »",
                "claimed": claimed_loss_usd_bn,
                "computed": span,
                "unit": tr("USD billions", language),
                "verdict": loss_verdict,
                "finding": tr("{computation}; the press reported {reported}{cross}", language).format(
                    computation=computation, reported=reported, cross=cross
                ),
                "method": fill(
                    "market.value_lost with the closes in prices.csv and the share count "
                    "the press used (market.press_share_count), and each reported loss, "
                    "graded by number_verdict against {claimed:g}; the weakest grade is kept",
                    claimed=claimed_loss_usd_bn,
                ),
            },
            {
                "claim_id": "hundreds_of_billions",
                "claim": "« des centaines de milliards de dollars … en quelques heures »",
                "claimed": f"{HUNDREDS_OF_BILLIONS[0]}–{HUNDREDS_OF_BILLIONS[1] - 1}",
                "computed": span,
                "unit": tr("USD billions (Nvidia alone)", language),
                "verdict": "accurate" if hundreds else "wrong",
                "finding": tr(
                    "Nvidia alone lost ${span} billion of market value that day (computed and reported)",
                    language,
                ).format(span=span),
                "method": tr(
                    "every loss figure of the day between {low} and {high} billion USD "
                    "('hundreds of billions', less than a trillion)",
                    language,
                ).format(low=HUNDREDS_OF_BILLIONS[0], high=HUNDREDS_OF_BILLIONS[1] - 1),
            },
        ]
    )


#: « Tout le secteur … ébranlé » read as: the semiconductor index fell by at least this much (%) that day.
SECTOR_SHAKEN_PCT = -5.0


def check_sector_claim(
    moves: pd.DataFrame,
    date: DateLike = "2025-01-27",
    index_ticker: str = "SOX",
    threshold_pct: float = SECTOR_SHAKEN_PCT,
    *,
    language: str | None = None,
) -> dict:
    """Grade « c'est tout le secteur … qui est ébranlé » from daily_moves.csv.

    "accurate" when the chip index fell by at least ``threshold_pct`` and most chip stocks in the file
    fell too; returns ``{"claim_id", "finding", "verdict", "method"}``, the finding and the method in
    ``language`` (the kernel's by default).
    """
    language = i18n.language(language)
    if threshold_pct >= 0:
        raise ValueError(f"threshold_pct={threshold_pct!r}: expected a fall, i.e. a negative % (< 0)")
    day = moves[moves["date"] == pd.Timestamp(date)]
    index_row = day[day["ticker"] == index_ticker]
    if index_row.empty:
        raise ValueError(
            f"index_ticker={index_ticker!r}: no move on {pd.Timestamp(date):%Y-%m-%d} in daily_moves"
        )
    index_move = float(index_row["move_pct"].iloc[0])
    chips = day[(day["group"] == "chips") & (day["kind"] == "stock")]
    falling = int((chips["move_pct"] < 0).sum())
    shaken = index_move <= threshold_pct and falling > len(chips) / 2
    finding = tr(
        "The {index} moved {move} and {falling} of the {chips} chip stocks in the data fell (worst {worst})",
        language,
    ).format(
        index=_in_language(index_row.iloc[0], "name", language),
        move=_pct(index_move, 1, language, sign=True),
        falling=falling,
        chips=len(chips),
        worst=_pct(chips["move_pct"].min(), 1, language, sign=True),
    )
    method = i18n.fill(
        "market.check_sector_claim on daily_moves.csv (the {index} at most {threshold:.0f}% "
        "and most chip stocks in the file down)",
        {"index": index_ticker, "threshold": threshold_pct},
        language,
    )
    return {
        "claim_id": "sector_shaken",
        "finding": finding,
        "verdict": "accurate" if shaken else "wrong",
        "method": method,
    }


def leader_table(rankings: pd.DataFrame, vendor: str = "NVIDIA") -> pd.DataFrame:
    """``vendor``'s place in every ranking of chip_rankings.csv: one row per (publisher, published,
    revenue_year) with its rank, its revenue and the leader's."""
    rows = []
    for (publisher, published, year), ranking in rankings.groupby(["publisher", "published", "revenue_year"]):
        mine = ranking[ranking["vendor"] == vendor]
        leader = ranking.sort_values("rank").iloc[0]
        rows.append(
            {
                "publisher": publisher,
                "published": published,
                "revenue_year": int(year),
                "rank": int(mine["rank"].iloc[0]) if len(mine) else pd.NA,
                "revenue_usd_bn": float(mine["revenue_usd_bn"].iloc[0]) if len(mine) else float("nan"),
                "leader": leader["vendor"],
                "leader_revenue_usd_bn": float(leader["revenue_usd_bn"]),
            }
        )
    if not rows or all(pd.isna(r["rank"]) for r in rows):
        raise ValueError(f"vendor={vendor!r}: not ranked in chip_rankings")
    return pd.DataFrame(rows).sort_values(["revenue_year", "published"]).reset_index(drop=True)


#: The editions of a ranking that chip_rankings.csv writes in brackets after its publisher ("Gartner
#: (final)"); the French edition names them in French.
RANKING_EDITIONS = ("final", "preliminary")


def _publisher(publisher: str, language: str) -> str:
    """``publisher`` of chip_rankings.csv with its edition (:data:`RANKING_EDITIONS`) in ``language``:
    « Gartner (définitif) » in French; an edition the course does not know is shown as given."""
    if language == i18n.LANGUAGES[0]:
        return publisher
    for edition in RANKING_EDITIONS:
        if publisher.endswith(f" ({edition})"):
            return publisher.removesuffix(f" ({edition})") + f" ({tr(edition, language)})"
    return publisher


def check_leader_claim(
    rankings: pd.DataFrame, vendor: str = "NVIDIA", *, language: str | None = None
) -> Evidence:
    """« NVIDIA, leader mondial des puces électroniques », read as first by semiconductor revenue.

    Only the rankings of the latest year ranked count: first in all of them → "accurate"; in some →
    "approximately right" (the sources disagree, and the finding says how); in none → "wrong". Finding
    and method in ``language`` (the kernel's by default).
    """
    language = i18n.language(language)
    table = leader_table(rankings, vendor)
    latest = table[table["revenue_year"] == table["revenue_year"].max()]
    first = latest["rank"].eq(1).fillna(False).astype(bool)
    verdict = "accurate" if first.all() else "approximately right" if first.any() else "wrong"
    parts = []
    for r in table.itertuples():
        ranked = pd.notna(r.rank)
        parts.append(
            i18n.fill(
                "{publisher} of {published:%-d %B %Y}, {year}: ",
                {
                    "publisher": _publisher(r.publisher, language),
                    "published": r.published,
                    "year": r.revenue_year,
                },
                language,
            )
            + (
                i18n.fill(
                    "No. {rank} with ${revenue:.1f}B", {"rank": r.rank, "revenue": r.revenue_usd_bn}, language
                )
                if ranked
                else tr("not in the ranking", language)
            )
            + (
                ""
                if ranked and r.rank == 1
                else i18n.fill(
                    " (No. 1: {leader}, ${revenue:.1f}B)",
                    {"leader": r.leader, "revenue": r.leader_revenue_usd_bn},
                    language,
                )
            )
        )
    return Evidence(
        tr("By semiconductor revenue, {vendor} ranks: {parts}.", language).format(
            vendor=vendor, parts=tr("; ", language).join(parts)
        ),
        verdict,
        i18n.fill(
            "market.check_leader_claim on chip_rankings.csv: first in every ranking of the latest year "
            "({year}) → accurate, in some → approximately right, in none → wrong; 'leader' read as "
            "revenue (market value is another reading: exercise 6.1)",
            {"year": int(table["revenue_year"].max())},
            language,
        ),
    )


# --- Alt text: what each figure shows, computed from its data --------------------------------------


def _money_bn(value_bn: float, language: str) -> str:
    return tr("{value} billion dollars", language).format(value=_num(value_bn, ",.0f", language))


def describe_paths(
    paths: pd.DataFrame, series: Sequence[str] | None = None, *, language: str | None = None
) -> str:
    """Alt text for :func:`plot_paths`: the base, each series' last value and the lowest point."""
    language = i18n.language(language)
    names = sorted(paths["series"].unique()) if series is None else list(series)
    shown = paths[paths["series"].isin(names)].sort_values("date")
    if shown.empty:
        return tr("An empty chart: no series to draw.", language)
    last = shown.groupby("series").tail(1)
    low = shown.loc[shown["normalised"].idxmin()]
    end = tr("{series} {value} on {day}", language)
    ends = "; ".join(
        end.format(
            series=r.series,
            value=_num(r.normalised, ".1f", language),
            day=format_spec(r.date, "%d %b", language),
        )
        for r in last.itertuples()
    )
    return tr(
        "Closes of {n} series rebased to 100 from {start} to {end}, dotted where closes are missing. "
        "Last values: {ends}. Lowest point: {series} at {value} on {day}.",
        language,
    ).format(
        n=len(names),
        start=format_spec(shown["date"].min(), "%d %b", language),
        end=format_spec(shown["date"].max(), "%d %b %Y", language),
        ends=ends,
        series=low["series"],
        value=_num(low["normalised"], ".1f", language),
        day=format_spec(low["date"], "%d %b", language),
    )


def describe_day(moves: pd.DataFrame, *, language: str | None = None) -> str:
    """Alt text for :func:`plot_day`: the range of the day's moves, with the best and worst."""
    language = i18n.language(language)
    table = moves.sort_values("move_pct", ascending=False)
    best, worst = table.iloc[0], table.iloc[-1]
    falls = int((table["move_pct"] < 0).sum())
    return tr(
        "Horizontal bars of {n} reported moves on one day, from {best} {best_move} at the top to "
        "{worst} {worst_move} at the bottom; {falls} of them fell.",
        language,
    ).format(
        n=len(table),
        best=_in_language(best, "name", language),
        best_move=_pct(best["move_pct"], 1, language, sign=True),
        worst=_in_language(worst, "name", language),
        worst_move=_pct(worst["move_pct"], 1, language, sign=True),
        falls=falls,
    )


def describe_records(table: pd.DataFrame, *, language: str | None = None) -> str:
    """Alt text for :func:`plot_records`: the top of the ranking in dollars and the largest % fall."""
    language = i18n.language(language)
    ranked = table.sort_values("value_lost_usd_bn", ascending=False)
    record = tr("{company} on {day}, {lost}", language)
    top = "; ".join(
        record.format(
            company=r.company,
            day=format_spec(r.date, "%d %b %Y", language),
            lost=_money_bn(r.value_lost_usd_bn, language),
        )
        for r in ranked.head(3).itertuples()
    )
    text = tr("Left, {n} record one-day losses of market value, largest first: {top}.", language).format(
        n=len(table), top=top
    )
    moves = table.dropna(subset=["move_pct"])
    if len(moves):
        worst = moves.loc[moves["move_pct"].idxmin()]
        text += tr(
            " Right, the same days' falls in percent; the largest is {company}'s {fall} on {day}.", language
        ).format(
            company=worst["company"],
            fall=_pct(-worst["move_pct"], 1, language),
            day=format_spec(worst["date"], "%d %b %Y", language),
        )
    return text


def describe_two_prints(reports: pd.DataFrame, shares: float, *, language: str | None = None) -> str:
    """Alt text for :func:`plot_two_prints`: the loss computed from each price print."""
    language = i18n.language(language)
    rows = reports.dropna(subset=["price_after_usd"])
    part = tr(
        "with the {basis} of {price} dollars the computed loss is {lost} ({outlet} printed {printed})",
        language,
    )
    parts = [
        part.format(
            basis=tr(row["basis"], language),
            price=_num(row["price_after_usd"], ".2f", language),
            lost=_money_bn(
                value_lost(row["price_before_usd"], row["price_after_usd"], shares) / 1e9, language
            ),
            outlet=_in_language(row, "reported_by", language),
            printed=_num(row["value_lost_usd_bn"], ",.0f", language),
        )
        for _, row in rows.iterrows()
    ]
    return (
        tr("Horizontal bars, with {shares} billion shares: ", language).format(
            shares=_num(shares / 1e9, ".2f", language)
        )
        + "; ".join(parts)
        + tr(". A dashed line marks the broadcast's 600 billion.", language)
    )


def describe_recovery_path(
    prices: pd.DataFrame,
    level: float,
    milestones: Sequence[tuple] = (),
    ticker: str = "NVDA",
    start: DateLike = "2025-01-01",
    end: DateLike = "2025-12-31",
    *,
    language: str | None = None,
) -> str:
    """Alt text for :func:`plot_recovery_path`: the known closes, the low, and when the level is regained."""
    language = i18n.language(language)
    closes = prices[
        (prices["ticker"] == ticker)
        & (prices["date"] >= pd.Timestamp(start))
        & (prices["date"] <= pd.Timestamp(end))
    ].sort_values("date")
    low = closes.loc[closes["close_usd"].idxmin()]
    text = tr(
        "Dots for {n} known closes of {ticker} from {start} to {end}; the lowest is {low} dollars on "
        "{low_day}. A dashed line marks the pre-shock close of {level}.",
        language,
    ).format(
        n=len(closes),
        ticker=ticker,
        start=format_spec(closes["date"].min(), "%d %b %Y", language),
        end=format_spec(closes["date"].max(), "%d %b %Y", language),
        low=_num(low["close_usd"], ".2f", language),
        low_day=format_spec(low["date"], "%d %b %Y", language),
        level=_num(level, ".2f", language),
    )
    after = closes[(closes["date"] > low["date"]) & (closes["close_usd"] >= level)]
    if len(after):
        text += tr(" The first known close at or above it is {close} on {day}.", language).format(
            close=_num(after.iloc[0]["close_usd"], ".2f", language),
            day=format_spec(after.iloc[0]["date"], "%d %b %Y", language),
        )
    star = tr(" A star marks {label} at {price} dollars on {day}.", language)
    for date, price, label in milestones:
        text += star.format(
            label=label,
            price=_num(price, ".2f", language),
            day=format_spec(pd.Timestamp(date), "%d %b %Y", language),
        )
    return text
