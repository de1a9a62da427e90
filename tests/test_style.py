"""style: the tick formatters in the figure's language (numbers and dates through i18n)."""

from __future__ import annotations

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd

from deepseek_shock import style


def _labels(axis) -> list[str]:
    axis.figure.canvas.draw()
    return [t.get_text() for t in axis.get_ticklabels() if t.get_text()]


def test_date_ticks_in_french_and_unchanged_in_english():
    fig, ax = plt.subplots()
    ax.plot(pd.date_range("2025-01-20", "2025-02-03"), range(15))
    ax.xaxis.set_major_locator(mdates.WeekdayLocator(byweekday=mdates.MO))
    ax.xaxis.set_major_formatter(style.date_formatter("%-d %b", "fr"))
    assert _labels(ax.xaxis) == ["20 janv.", "27 janv.", "3 févr."]
    english = style.date_formatter("%-d %b", "en")
    assert isinstance(english, mdates.DateFormatter)  # matplotlib's own, so English figures do not change
    ax.xaxis.set_major_formatter(english)
    assert _labels(ax.xaxis) == ["20 Jan", "27 Jan", "3 Feb"]


def test_concise_dates_name_the_months_in_french():
    fig, ax = plt.subplots()
    ax.plot(pd.date_range("2025-01-19", "2025-02-05"), range(18))
    locator = mdates.AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(style.concise_date_formatter(locator, "fr"))
    labels = _labels(ax.xaxis)
    assert "févr." in labels and not {"Jan", "Feb"} & set(labels)
    assert ax.xaxis.get_offset_text().get_text() == "févr. 2025"


def test_number_ticks_take_a_decimal_comma_in_french_only():
    fig, ax = plt.subplots()
    ax.plot([0, 1], [90, 102.5])
    ax.set_yticks([90, 92.5, 95, 1000])
    ax.set_ylim(89, 1001)
    style.number_ticks(ax.yaxis, "fr")
    assert _labels(ax.yaxis) == ["90,0", "92,5", "95,0", "1\u202f000,0"]
    fig2, ax2 = plt.subplots()
    ax2.plot([0, 1], [-2, 2])
    ax2.set_yticks([-2, 0, 2])
    style.number_ticks(ax2.yaxis, "fr")
    assert _labels(ax2.yaxis) == ["\u22122", "0", "2"]  # matplotlib's minus sign, as in English
    formatter = ax2.yaxis.get_major_formatter()
    style.number_ticks(ax2.yaxis, "en")
    assert ax2.yaxis.get_major_formatter() is formatter  # English leaves the axis alone
