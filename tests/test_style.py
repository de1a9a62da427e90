"""style: the tick formatters in the figure's language (numbers and dates through i18n)."""

from __future__ import annotations

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import nbformat
import pandas as pd
from IPython.core.formatters import DisplayFormatter
from nbclient import NotebookClient

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


def _formatters_with_a_png_printer() -> dict:
    formatters = DisplayFormatter().formatters
    formatters["image/png"].for_type(plt.Figure, lambda fig: b"png of " + str(id(fig)).encode())
    return formatters


def test_a_described_figure_is_shown_once_as_an_image_with_its_alt_text():
    formatters = _formatters_with_a_png_printer()
    style.show_figures_with_alt_text(formatters)
    style.show_figures_with_alt_text(formatters)  # a second call changes nothing
    described, plain = plt.figure(), plt.figure()
    style.set_alt(described, "A rising line")
    try:
        assert formatters["image/png"](described) is None
        assert 'alt="A rising line"' in formatters["text/html"](described)
        assert formatters["image/png"](plain) == b"png of " + str(id(plain)).encode()
        assert formatters["text/html"](plain) is None
    finally:
        plt.close(described)
        plt.close(plain)


def test_in_a_kernel_a_library_figure_shows_its_alt_text_and_a_students_figure_its_png():
    """The inline backend resets IPython's figure printers when it is first loaded, after
    ``style.apply()`` unless style loaded it first (the alt text was lost that way)."""
    cells = [
        "from deepseek_shock import style\nstyle.apply()",
        "import matplotlib.pyplot as plt\nfig = plt.figure()\n_ = style.set_alt(fig, 'A described figure')",
        "plt.plot([1, 2])",
    ]
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in cells])
    NotebookClient(nb, kernel_name="python3", timeout=60).execute()
    (library,) = nb.cells[1].outputs
    assert "image/png" not in library.data
    assert 'alt="A described figure"' in library.data["text/html"]
    student = [o for o in nb.cells[2].outputs if o.output_type == "display_data"]
    assert len(student) == 1 and "image/png" in student[0].data and "text/html" not in student[0].data
