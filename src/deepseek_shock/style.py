"""One look for every figure of the course: a colour-blind-safe palette and readable defaults.

The palette is Okabe & Ito's (2008), distinguishable under the common forms of colour blindness.
Figures should still not rely on colour alone: pair colours with markers or labels.
"""

from __future__ import annotations

import base64
import datetime as _dt
import html
import io
import itertools
import re
import textwrap

import matplotlib as mpl
import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import matplotlib.ticker as mticker
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text

from . import i18n

try:  # the HTML view of figures is registered only inside IPython
    # Importing the inline backend sets up IPython's figure formatters, dropping any Figure printer
    # registered before; matplotlib imports it only when the first figure is made, which would drop
    # the HTML view that apply() registers. Imported here, it does so before (a no-op outside a kernel).
    import matplotlib_inline.backend_inline  # noqa: F401
    from IPython import get_ipython
except ImportError:  # pragma: no cover
    get_ipython = None

#: Okabe–Ito colours, by name.
PALETTE = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
}

#: The order in which series take colours (yellow last: it has poor contrast on white).
CYCLE = [
    PALETTE[k]
    for k in ("blue", "vermillion", "bluish_green", "orange", "reddish_purple", "sky_blue", "black", "yellow")
]

#: Markers that go with CYCLE, so that series differ in shape as well as colour.
MARKERS = ["o", "s", "^", "D", "v", "P", "X", "*"]


# --- Sizes: one place ----------------------------------------------------------------------------
# Figures are drawn at the size the book shows them, so that nothing is shrunk: a PNG of
# ``WIDTH_IN × DPI`` pixels fills the content column exactly, and a point of font is DPI/72 CSS px.

#: Width of the book's content column in CSS px: pydata-sphinx-theme at a 1280 px window shows images
#: up to about 684 px wide (measured in chromium); a little less, so that nothing is ever shrunk.
COLUMN_PX = 680
#: Pixels per inch of every figure the course draws (notebook PNGs, widget frames, the book).
DPI = 100
#: The full width of a figure, in inches: the content column.
WIDTH_IN = COLUMN_PX / DPI
#: The smallest text a reader should meet, in CSS px once the figure sits in the column.
MIN_TEXT_PX = 9.0
#: Font sizes in points: body text, small (ticks, legends), smallest (dense labels). At DPI 100 the
#: smallest is 7.5 pt × 100/72 ≈ 10.4 px, above MIN_TEXT_PX.
FONT_PT = 10.5
SMALL_PT = 9.0
TINY_PT = 7.5


def figsize(height_in: float, width_in: float = WIDTH_IN) -> tuple[float, float]:
    """``(width, height)`` in inches for a new figure: the column's width unless told otherwise.

    >>> figsize(3.5)
    (6.8, 3.5)
    """
    if not 0 < width_in <= WIDTH_IN:
        raise ValueError(
            f"width_in={width_in!r}: expected a width in inches in (0, {WIDTH_IN}] "
            "(wider figures are shrunk in the column, and their text with them)"
        )
    if not height_in > 0:
        raise ValueError(f"height_in={height_in!r}: expected a height in inches > 0")
    return (float(width_in), float(height_in))


def stagger_tick_labels(axis: mpl.axis.Axis, offset_pt: float = 11.0) -> None:
    """Put every other tick label of ``axis`` further from the axis, so that long neighbours never
    collide (two rows of labels instead of one)."""
    for i, tick in enumerate(axis.get_major_ticks()):
        tick.set_pad(mpl.rcParams["xtick.major.pad"] + (offset_pt if i % 2 else 0.0))


def wrap_label(text: str, width: int = 14) -> str:
    """``text`` broken into lines of at most ``width`` characters (at spaces), for tick labels.

    >>> wrap_label("Research, ablations, failed runs", 12)
    'Research,\\nablations,\\nfailed runs'
    """
    return textwrap.fill(text, width=width, break_long_words=False)


# --- Tick labels in the figure's language: numbers and dates through i18n.format_* -----------------


def date_formatter(spec: str, language: str | None = None) -> mticker.Formatter:
    """Date tick labels written with the strftime ``spec`` (``"%-d %b"``, ``"%b"``, ``"%Y"``) in ``language``.

    English keeps matplotlib's own ``DateFormatter``; another language writes each date through
    :func:`deepseek_shock.i18n.format_spec` (``"27 janv."``).
    """
    chosen = i18n.language(language)
    if chosen == i18n.LANGUAGES[0]:
        return mdates.DateFormatter(spec)

    def label(x: float, pos: int | None = None) -> str:
        return i18n.format_spec(mdates.num2date(x).replace(tzinfo=None), spec, chosen)

    return mticker.FuncFormatter(label)


class _ConciseDates(mdates.ConciseDateFormatter):
    """matplotlib's concise date labels, with the month names of ``language`` (Babel's)."""

    def __init__(self, locator, language: str):
        super().__init__(
            locator,
            offset_formats=["", "%Y", "%b %Y", "%d %b %Y", "%d %b %Y", "%d %b %Y %H:%M"],
        )
        months = [_dt.date(2025, m, 1) for m in range(1, 13)]
        pairs = [
            (format(d, code), i18n.format_spec(d, code, language)) for d in months for code in ("%B", "%b")
        ]
        self._months = dict(pairs)
        self._pattern = re.compile(r"\b(" + "|".join(sorted(self._months, key=len, reverse=True)) + r")\b")

    def _translate(self, text: str) -> str:
        return self._pattern.sub(lambda m: self._months[m[1]], text)

    def format_ticks(self, values):
        labels = super().format_ticks(values)
        self._offset_string = self._translate(self._offset_string)
        return [self._translate(label) for label in labels]


def concise_date_formatter(locator: mdates.DateLocator, language: str | None = None) -> mticker.Formatter:
    """matplotlib's ``ConciseDateFormatter`` over ``locator``, its month names in ``language``."""
    chosen = i18n.language(language)
    if chosen == i18n.LANGUAGES[0]:
        return mdates.ConciseDateFormatter(locator)
    return _ConciseDates(locator, chosen)


class _Numbers(mticker.Formatter):
    """Numbers written the language's way, with as many decimals as the ticks need (no more)."""

    def __init__(self, language: str):
        self.language = language
        self._ticks: list[float] = []

    def set_locs(self, locs) -> None:
        self._ticks = [float(v) for v in locs]

    def __call__(self, x: float, pos: int | None = None) -> str:
        locs = self._ticks or [float(x)]
        decimals = next((d for d in range(7) if all(abs(round(v, d) - v) < 1e-9 for v in locs)), 6)
        return i18n.format_number(float(x), decimals, self.language).replace("-", "\u2212")


def number_ticks(axis: mpl.axis.Axis, language: str | None = None) -> None:
    """Write ``axis``'s numbers the language's way (``92,5``, ``1 000``); English keeps matplotlib's."""
    chosen = i18n.language(language)
    if chosen != i18n.LANGUAGES[0]:
        axis.set_major_formatter(_Numbers(chosen))


def figure_and_axes(
    ax: Axes | None = None,
    figsize: tuple[float, float] | None = None,
) -> tuple[Figure, Axes]:
    """``(figure, axes)``: the figure of ``ax`` when one is given, else a new figure of ``figsize``."""
    if ax is None:
        return plt.subplots(figsize=figsize)
    return ax.figure, ax


# --- Alt text: every library figure carries a description computed from its data -------------------

_ALT = "_deepseek_shock_alt"


def set_alt(fig: Figure, text: str) -> Figure:
    """Attach the alt text ``text`` (computed by the module's ``describe_*`` function) to ``fig``."""
    if not isinstance(text, str) or not text.strip():
        raise ValueError(f"alt text {text!r}: expected a non-empty description of the figure")
    setattr(fig, _ALT, text.strip())
    return fig


def alt_text(fig: Figure) -> str | None:
    """The alt text attached with :func:`set_alt`, or ``None``."""
    return getattr(fig, _ALT, None)


def figure_html(fig: Figure) -> str | None:
    """``fig`` as an ``<img>`` with its alt text, for notebooks and the book (``None`` without alt
    text, so that IPython shows its plain PNG instead)."""
    alt = alt_text(fig)
    if alt is None:
        return None
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=DPI)
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    return (
        f'<img src="data:image/png;base64,{data}" alt="{html.escape(alt, quote=True)}" '
        f'width="{round(fig.get_figwidth() * DPI)}" style="max-width:100%;height:auto">'
    )


def apply() -> None:
    """Set matplotlib defaults for the course (palette, sizes, no top/right spines, SVG-friendly fonts)."""
    mpl.rcParams.update(
        {
            "axes.prop_cycle": mpl.cycler(color=CYCLE),
            "figure.figsize": (8.0, 4.2),
            "figure.dpi": DPI,
            "savefig.dpi": DPI,
            "axes.spines.top": False,
            "axes.spines.right": False,
            "axes.grid": True,
            "grid.alpha": 0.3,
            "font.size": 10.5,
            "axes.titlesize": 11,
            "legend.frameon": False,
            "svg.fonttype": "none",
        }
    )
    shell = get_ipython() if get_ipython is not None else None
    if shell is not None:
        show_figures_with_alt_text(shell.display_formatter.formatters)


def show_figures_with_alt_text(formatters: dict) -> None:
    """Have IPython show a figure that has alt text as :func:`figure_html` alone, others as before.

    ``formatters`` is an IPython shell's ``display_formatter.formatters``. A figure with alt text gets
    the ``text/html`` view (an ``<img>`` with its description) and no ``image/png`` view, so it is
    rendered once; a figure without (a student's own) keeps IPython's PNG. Calling it again changes
    nothing.
    """
    formatters["text/html"].for_type(Figure, figure_html)
    png = formatters["image/png"]
    printer = png.lookup_by_type(Figure) if Figure in png else None
    if printer is None or getattr(printer, "skips_alt_text", False):
        return

    def png_without_alt_text(fig: Figure):
        return None if alt_text(fig) is not None else printer(fig)

    png_without_alt_text.skips_alt_text = True
    png.for_type(Figure, png_without_alt_text)


# --- Legibility: measured from matplotlib's own text extents ---------------------------------------


def drawn_texts(fig: Figure) -> list[Text]:
    """Every text artist the figure actually draws: visible (with all its parents), non-empty, and for
    tick labels on a tick inside the axis' view. Draws the figure once to settle its layout."""
    _renderer(fig)
    found: list[Text] = []

    def walk(artist) -> None:
        if not artist.get_visible():
            return
        if isinstance(artist, Text):
            if artist.get_text().strip():
                found.append(artist)
            return
        if isinstance(artist, mpl.axis.Axis):
            if not artist.axes.axison:  # ax.axis("off") hides the axes' ticks and labels
                return
            for tick in artist._update_ticks():  # the ticks matplotlib draws (inside the view)
                for label in (tick.label1, tick.label2):
                    walk(label)
            walk(artist.label)
            walk(artist.offsetText)
            return
        for child in artist.get_children():
            walk(child)

    walk(fig)
    unique: dict[int, Text] = {}
    for text in found:
        unique.setdefault(id(text), text)
    return list(unique.values())


def _renderer(fig: Figure):
    """Draw ``fig`` with Agg (attaching an Agg canvas if it has none that renders) and return the
    renderer, so that text extents are those of the PNG the course shows."""
    if not hasattr(fig.canvas, "get_renderer"):
        FigureCanvasAgg(fig)
    fig.canvas.draw()
    return fig.canvas.get_renderer()


def scale_in_column(fig: Figure, column_px: float = COLUMN_PX) -> float:
    """How much the book shrinks the figure to fit the column (1.0 when it fits as drawn)."""
    width_px = fig.get_figwidth() * fig.dpi
    return min(1.0, column_px / width_px)


def text_sizes_px(fig: Figure, column_px: float = COLUMN_PX) -> list[tuple[str, float]]:
    """``(text, height of its font in CSS px)`` for each drawn text, once the figure is in the column."""
    factor = fig.dpi / 72 * scale_in_column(fig, column_px)
    return [(t.get_text(), t.get_fontsize() * factor) for t in drawn_texts(fig)]


def smallest_text_px(fig: Figure, column_px: float = COLUMN_PX) -> float:
    """The size of the smallest drawn text in CSS px (``inf`` for a figure with no text)."""
    return min((size for _, size in text_sizes_px(fig, column_px)), default=float("inf"))


def overlapping_texts(fig: Figure, tolerance_px: float = 1.0) -> list[tuple[str, str]]:
    """Pairs of drawn texts whose boxes overlap by more than ``tolerance_px`` in both directions."""
    renderer = _renderer(fig)
    boxes = [(t.get_text(), t.get_window_extent(renderer)) for t in drawn_texts(fig)]
    pairs = []
    for (a, box_a), (b, box_b) in itertools.combinations(boxes, 2):
        dx = min(box_a.x1, box_b.x1) - max(box_a.x0, box_b.x0)
        dy = min(box_a.y1, box_b.y1) - max(box_a.y0, box_b.y0)
        if dx > tolerance_px and dy > tolerance_px:
            pairs.append((a, b))
    return pairs


def texts_outside(fig: Figure, tolerance_px: float = 1.0) -> list[str]:
    """Drawn texts that stick out of the figure (cut off in the PNG)."""
    renderer = _renderer(fig)
    width, height = fig.canvas.get_width_height()
    out = []
    for text in drawn_texts(fig):
        box = text.get_window_extent(renderer)
        if (
            box.x0 < -tolerance_px
            or box.y0 < -tolerance_px
            or box.x1 > width + tolerance_px
            or box.y1 > height + tolerance_px
        ):
            out.append(text.get_text())
    return out
