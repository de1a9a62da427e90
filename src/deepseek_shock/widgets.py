"""Shared plumbing for the course's widgets.

Every widget has two faces (CONTRIBUTING.md, "A widget, live and static"). The *live* face is an
ipywidgets control over a library function, redrawing one figure in place. The *static* face works in
the HTML book with no kernel: a slider linked in the browser (``jslink``) to a ``Stack`` of pre-rendered
frames, so moving it swaps the picture. Frames are ``HTML`` widgets holding an ``<img alt=…>``, because
``Image`` widgets have no alt text.

Both faces render a figure the same way: once, with Agg, at the figure's DPI, into a PNG encoded at zlib
level 1 (:data:`PNG_COMPRESS_LEVEL`), inlined in an ``<img>``. A live widget shows its figure in an
``HTML`` widget (:func:`show_figure`), never by ``display()`` inside an ``Output`` widget: see
:func:`show_figure` for why (a notebook stall under nbclient, issue 17).
"""

from __future__ import annotations

import base64
import contextlib
import functools
import gc
import html
import io
import math
import struct
import zlib
from collections.abc import Callable, Iterator, Sequence

import ipywidgets as W
import matplotlib as mpl
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.text import Text

from . import i18n
from .i18n import tr

__all__ = [
    "figure_to_img_html",
    "figure_png",
    "precomputed_slider",
    "render_frames",
    "show_figure",
    "clear_figure",
    "Frame",
    "MovingArtists",
    "LeftMargin",
    "live_update",
    "PNG_COMPRESS_LEVEL",
    "NUMBER_SLIDERS",
    "align_descriptions",
    "readout",
]

#: zlib level of every PNG the widgets make. At level 1 a save takes about half as long as at
#: matplotlib's default (6), and for these flat-coloured charts the file is within 1 % of the
#: same size (issue 17). Rows are stored unfiltered (see :func:`_encode_png`).
PNG_COMPRESS_LEVEL = 1


def _agg_canvas(fig: Figure) -> FigureCanvasAgg | None:
    """The figure's Agg canvas, kept for its life; ``None`` if an interactive non-Agg window shows it.

    A figure closed with ``plt.close`` (as every live widget's is, so that the inline backend does not
    show it twice) falls back to a bare canvas, on which every ``savefig`` or ``tight_layout`` builds a
    new Agg canvas and renderer. One attached Agg canvas keeps its renderer from update to update.
    """
    if isinstance(fig.canvas, FigureCanvasAgg):
        return fig.canvas
    if fig.canvas.manager is not None:
        return None
    return FigureCanvasAgg(fig)  # attaches itself as fig.canvas


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _encode_png(canvas: FigureCanvasAgg) -> bytes:
    """The canvas' RGBA pixels as a PNG, every row unfiltered (filter type 0), zlib at
    :data:`PNG_COMPRESS_LEVEL`.

    Pillow chooses a filter for every row by trying them all, which costs more than the compression
    itself; on these flat-coloured charts no filter gives a file of about the same size (within a few
    %) in less than half the time (issue 17).
    """
    width, height = canvas.get_width_height(physical=True)
    pixels = np.asarray(canvas.buffer_rgba()).reshape(height, 4 * width)
    rows = np.zeros((height, 1 + 4 * width), dtype=np.uint8)  # each row: its filter type (0), its pixels
    rows[:, 1:] = pixels
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8 bits a channel, RGBA
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", zlib.compress(rows.tobytes(), PNG_COMPRESS_LEVEL))
        + _png_chunk(b"IEND", b"")
    )


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for the block (a render, an update), then resume it if
    it ran.

    A render allocates and frees tens of thousands of short-lived objects; reference counting frees
    them all, but while they live the collector keeps starting, and now and then one of its runs is a
    full pass over every object of the kernel (50–150 ms with pandas and matplotlib loaded) in the
    middle of an update (issue 17). Paused, it runs later, on the few objects the block left.
    """
    running = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if running:
            gc.enable()


def live_update(update: Callable) -> Callable:
    """Decorate a live widget's ``update`` method so that it runs with the collector paused
    (:func:`_collector_paused`): a full pass of Python's cyclic garbage collector over a notebook's heap
    takes 50–150 ms, and without the pause one falls now and then inside an update, at a moment set by
    what the kernel did before (building the widget's figure, say), not by the update (issue 17)."""

    @functools.wraps(update)
    def paused(*args, **kwargs):
        with _collector_paused():
            return update(*args, **kwargs)

    return paused


def figure_png(fig: Figure) -> bytes:
    """``fig`` as PNG bytes: one Agg render at the figure's DPI, fast zlib level, no second layout pass.

    Figures arrive laid out (``tight_layout``); ``bbox_inches="tight"`` would render them twice.
    """
    canvas = _agg_canvas(fig)
    if canvas is None:
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", pil_kwargs={"compress_level": PNG_COMPRESS_LEVEL})
        return buffer.getvalue()
    with _collector_paused():
        canvas.draw()
        return _encode_png(canvas)


class MovingArtists:
    """Renders a figure of which only a few artists change: the rest is drawn once and kept as pixels.

    ``artists`` are whole axes, or direct children of an axes (a line, a collection, a bar, a text, one
    of its axes' ``xaxis``/``yaxis``, the axes' title or its legend). They are marked *animated*: the
    first :meth:`png` draws the figure without them and keeps that background; every :meth:`png` pastes
    the background and draws only them on top (blitting), so an update costs a few artists and a PNG
    encoding instead of the whole figure. Anything else changed (limits, ticks, labels of a static
    artist, the layout) needs :meth:`invalidate` first. Moving artists are drawn above the rest, in the
    order given.

    ``above``: static artists that the figure draws above moving ones (a legend over bars). They stay in
    the background, and are drawn again on top only in a render where a moving patch, line or text
    reaches their box (there, drawn twice, their antialiased edges come out a shade darker).
    """

    def __init__(self, figure: Figure, artists: Sequence[Artist], *, above: Sequence[Artist] = ()):
        if _agg_canvas(figure) is None:
            FigureCanvasAgg(figure)  # rendered by Agg whatever the notebook's backend
        self.figure, self.artists, self.above = figure, list(artists), list(above)
        for artist in self.artists:
            artist.set_animated(True)
        self._background = None
        self._above_boxes: list = []

    def set_artists(self, artists: Sequence[Artist]) -> None:
        """Draw ``artists`` from now on instead of the former moving artists (a legend made anew)."""
        self.artists = list(artists)
        for artist in self.artists:
            artist.set_animated(True)

    def invalidate(self) -> None:
        """Draw the whole figure again at the next :meth:`png` (after a change outside the artists)."""
        self._background = None

    def png(self) -> bytes:
        with _collector_paused():
            return self._png()

    def _png(self) -> bytes:
        canvas = self.figure.canvas
        if self._background is None:
            canvas.draw()  # everything but the animated artists
            self._background = canvas.copy_from_bbox(self.figure.bbox)
            renderer = canvas.get_renderer()
            self._above_boxes = [artist.get_window_extent(renderer) for artist in self.above]
        else:
            canvas.restore_region(self._background)
        for artist in self.artists:
            if artist.axes is not None:
                artist.axes.viewLim  # noqa: B018 - settles limits an autoscale left pending, as Axes.draw does
            self.figure.draw_artist(artist)
        if self.above:
            renderer = canvas.get_renderer()
            boxes = [
                artist.get_window_extent(renderer)
                for artist in self.artists
                if isinstance(artist, (Patch, Line2D, Text)) and artist.get_visible()
            ]
            for artist, box in zip(self.above, self._above_boxes):
                if any(box.overlaps(other) for other in boxes):
                    self.figure.draw_artist(artist)
        return _encode_png(canvas)


class LeftMargin:
    """Keeps the y axis of ``ax`` (its numbers and its label) inside a live figure laid out once, whose
    scale's numbers can grow wider than the margin laid out for them.

    Before each render, :meth:`fit` looks at the numbers the axis will show: only when they are longer
    than any shown so far does it measure the axis, and if its label then reaches past the figure's
    left edge it widens the left margin, leaving the pad ``tight_layout`` leaves (1.08 font sizes). The
    margin never shrinks back, so this happens at most a few times.
    """

    def __init__(self, ax: Axes):
        self.ax = ax
        self._longest = self._longest_number()

    def _longest_number(self) -> int:
        axis = self.ax.yaxis
        return max(map(len, axis.get_major_formatter().format_ticks(axis.get_majorticklocs())), default=0)

    def fit(self) -> bool:
        """Widen the margin if the axis now needs it; ``True`` if it did (the figure has moved: it must
        be drawn again whole, :meth:`MovingArtists.invalidate`)."""
        longest = self._longest_number()
        if longest <= self._longest:
            return False
        self._longest = longest
        fig = self.ax.figure
        overflow_px = -self.ax.yaxis.get_tightbbox(fig.canvas.get_renderer()).x0
        if overflow_px <= 0:
            return False
        pad_px = 1.08 * mpl.rcParams["font.size"] / 72 * fig.dpi
        fig.subplots_adjust(
            left=fig.subplotpars.left + (overflow_px + pad_px) / (fig.get_figwidth() * fig.dpi)
        )
        return True


def figure_to_img_html(
    fig: Figure, alt: str, *, close: bool = True, render: MovingArtists | None = None
) -> str:
    """Render a matplotlib figure to an ``<img>`` tag with the PNG inlined and ``alt`` as its text.

    With ``render``, the figure is rendered through it (only its moving artists are drawn again).
    """
    if not alt or not alt.strip():
        raise ValueError("figure_to_img_html(alt=…): alt text must be a non-empty description")
    png = figure_png(fig) if render is None else render.png()
    if close:
        plt.close(fig)
    data = base64.b64encode(png).decode("ascii")
    return (
        f'<img src="data:image/png;base64,{data}" alt="{html.escape(alt, quote=True)}" '
        f'style="max-width:100%;height:auto">'
    )


Frame = tuple[str, str]  # (label shown on the slider, HTML shown for it)


#: What the label of a slider that works in the book with no kernel says (tests/test_browser.py and
#: tools/make_pdf.py find such sliders by it).
STATIC_MARK = "works without Python"


def static_label(label: str, language: str | None = None) -> str:
    """The label of a static slider: ``label`` and :data:`STATIC_MARK`, in ``language``.

    >>> static_label("Temperature", "en")
    'Temperature (works without Python)'
    >>> static_label("Temperature", "fr")
    'Température (fonctionne sans Python)'
    """
    return f"{tr(label, language)} ({tr(STATIC_MARK, language)})"


def precomputed_slider(
    frames: Sequence[Frame], description: str, *, value: str | None = None, caption: str = ""
) -> W.VBox:
    """A slider over ``frames`` whose chosen frame is shown even without a kernel.

    ``frames`` is a sequence of ``(label, html)``; the slider shows the labels and the Stack below it
    the matching HTML. The two are joined with ``jslink`` so the browser swaps frames by itself.
    """
    if not frames:
        raise ValueError("precomputed_slider(frames=…): needs at least one (label, html) frame")
    labels = [label for label, _ in frames]
    if len(set(labels)) != len(labels):
        raise ValueError("precomputed_slider(frames=…): frame labels must be unique")
    if value is not None and value not in labels:
        raise ValueError(f"precomputed_slider(value={value!r}): not one of the frame labels {labels}")
    slider = W.SelectionSlider(
        options=labels,
        value=value or labels[0],
        description=description,
        continuous_update=True,
        style={"description_width": "initial"},
        layout=W.Layout(width="95%"),
    )
    stack = W.Stack([W.HTML(body) for _, body in frames], selected_index=slider.index)
    link = W.jslink((slider, "index"), (stack, "selected_index"))
    parts = [slider, stack]
    if caption:
        parts.append(W.HTML(f"<p><em>{html.escape(caption)}</em></p>"))
    box = W.VBox(parts)
    box.link = link  # kept so that tests (and readers) can see what is joined to what
    return box


def render_frames(
    labels: Sequence[str],
    draw: Callable[[str], tuple[Figure, str]],
    *,
    close: bool = True,
    render: MovingArtists | None = None,
) -> list[Frame]:
    """Make frames by calling ``draw(label) -> (figure, alt text)`` for each label.

    With ``close=False`` the figures are left open: ``draw`` may then return the same figure each time,
    changing only its artists (much faster than a new figure per frame); the caller closes it. With
    ``render`` (a :class:`MovingArtists` over that figure) only the changed artists are drawn again.
    """
    return [(label, figure_to_img_html(*draw(label), close=close, render=render)) for label in labels]


#: The sliders whose readout :func:`readout` writes in the widget's language.
NUMBER_SLIDERS = (W.FloatSlider, W.FloatLogSlider, W.IntSlider)

#: Width of a description, in em, per character of its text (a little more than the average of the
#: theme's sans-serif, so that a label of capitals and wide letters is not cut either).
EM_PER_CHARACTER = 0.58


def align_descriptions(controls: Sequence[W.Widget]) -> str:
    """Give ``controls`` one description width, wide enough for the longest description (French
    labels are longer than English ones: a fixed width cut them with an ellipsis). Returns the width.

    >>> import ipywidgets as W
    >>> controls = [W.FloatSlider(description="Cluster size (GPUs)"), W.IntSlider(description="Amortisation")]
    >>> align_descriptions(controls), controls[1].style.description_width
    ('12em', '12em')
    """
    longest = max((len(c.description) for c in controls), default=0)
    width = f"{math.ceil(EM_PER_CHARACTER * longest)}em"
    for control in controls:
        control.style.description_width = width
    return width


def readout(control: W.Widget, language: str | None = None) -> W.Widget:
    """``control`` as a widget shows it in ``language``: a slider with its value written that language's way.

    ipywidgets writes a slider's readout with d3-format, in English only (``2.50``). In English the
    slider is given back as it is, with its own readout (which a student may also type into). In another
    language its readout is hidden and a label beside it shows the value with the language's decimal
    comma (``2,50``), kept up to date as the value changes. Anything but a slider is given back as it is.
    The layout that set the slider's width is given to the box holding both.

    >>> import ipywidgets as W
    >>> slider = W.FloatSlider(value=2.5, readout_format=".2f")
    >>> readout(slider, "en") is slider
    True
    >>> box = readout(slider, "fr")
    >>> slider.readout, box.children[1].value
    (False, '2,50')
    >>> slider.value = 12.25
    >>> box.children[1].value
    '12,25'
    """
    if not isinstance(control, NUMBER_SLIDERS):
        return control
    if i18n.language(language) == i18n.LANGUAGES[0]:
        return control
    spec = ",d" if control.readout_format == "d" else control.readout_format
    shown = W.Label(layout=W.Layout(min_width="5em"))

    def write(_change=None) -> None:
        shown.value = i18n.format_spec(control.value, spec, language)

    write()
    control.readout = False
    control.observe(write, names="value")
    box = W.HBox([control, shown], layout=control.layout)
    control.layout = W.Layout(flex="1 1 auto", width="auto")
    return box


def show_figure(output: W.HTML, figure: Figure, alt: str, render: MovingArtists | None = None) -> None:
    """Replace what ``output`` (an ``HTML`` widget) shows with ``figure``, as an ``<img>`` with ``alt`` text.

    The live widgets' one way of redrawing in place. It sets one trait, so a kernel sends one small
    ``comm_msg`` and no ``display_data``. An ``Output`` widget with ``display()`` would instead make
    nbclient (which the book build and ``make soak`` use) mimic the Output widget and send a
    ``comm_msg`` back on the shell channel while it is waiting for the cell's ``execute_reply`` on that
    same channel; now and then the reply is then missed until the cell timeout, and the cell stalls for
    exactly the timeout before going on without an error (jupyter/nbclient#312; issue 17).
    With ``render`` (a :class:`MovingArtists`), only the artists that move are drawn again.
    """
    output.value = figure_to_img_html(figure, alt, close=False, render=render)


def clear_figure(output: W.HTML) -> None:
    """Show no figure in ``output`` (when the inputs are invalid, rather than a stale figure)."""
    output.value = ""
