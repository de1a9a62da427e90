"""widgets: the static slider is linked in the browser to its frames; alt text is required."""

from __future__ import annotations

import gc
import io

import ipywidgets as W
import matplotlib.pyplot as plt
import numpy as np
import pytest
from PIL import Image

from deepseek_shock.widgets import (
    LeftMargin,
    MovingArtists,
    clear_figure,
    figure_png,
    figure_to_img_html,
    live_update,
    precomputed_slider,
    show_figure,
)


def test_precomputed_slider_links_slider_to_stack():
    box = precomputed_slider([("a", "<p>A</p>"), ("b", "<p>B</p>")], "Pick", value="b")
    slider, stack = box.children[0], box.children[1]
    assert isinstance(slider, W.SelectionSlider) and isinstance(stack, W.Stack)
    assert stack.selected_index == 1
    assert [child.value for child in stack.children] == ["<p>A</p>", "<p>B</p>"]
    assert box.link.source == (slider, "index")
    assert box.link.target == (stack, "selected_index")
    # The link lives in the browser: it is a widget model of its own, saved with the page's state.
    assert box.link.model_id and box.link.get_state()["_model_name"] == "LinkModel"


@pytest.mark.parametrize(
    "frames, kwargs, message",
    [
        ([], {}, "needs at least one"),
        ([("a", "x"), ("a", "y")], {}, "must be unique"),
        ([("a", "x")], {"value": "z"}, "not one of the frame labels"),
    ],
)
def test_precomputed_slider_rejects_bad_frames(frames, kwargs, message):
    with pytest.raises(ValueError, match=message):
        precomputed_slider(frames, "Pick", **kwargs)


def test_show_figure_sets_an_img_with_alt_text_and_clear_figure_removes_it():
    fig, ax = plt.subplots()
    ax.plot([0, 1], [0, 1])
    output = W.HTML()
    show_figure(output, fig, "a rising line")
    assert (
        output.value.startswith('<img src="data:image/png;base64,') and 'alt="a rising line"' in output.value
    )
    assert plt.fignum_exists(fig.number), "the live widget keeps its figure open to redraw it"
    clear_figure(output)
    assert output.value == ""
    plt.close(fig)


def test_figure_png_is_one_render_at_the_figures_size():
    fig, _ = plt.subplots(figsize=(4, 2))
    png = figure_png(fig)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    assert (width, height) == (round(4 * fig.dpi), round(2 * fig.dpi)), (
        "no tight bounding box: the figure's own size"
    )
    plt.close(fig)  # a closed figure (as a live widget's is) renders the same, on an Agg canvas of its own
    assert figure_png(fig) == png


def test_figure_to_img_html_needs_alt_text_and_escapes_it():
    fig, ax = plt.subplots()
    ax.plot([0, 1], [0, 1])
    html = figure_to_img_html(fig, 'a "line" <rising>')
    assert 'alt="a &quot;line&quot; &lt;rising&gt;"' in html
    fig2, _ = plt.subplots()
    with pytest.raises(ValueError, match="alt text must be a non-empty"):
        figure_to_img_html(fig2, "  ")


def _pixels(png: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGBA"))


def _marker_figure(x):
    fig, ax = plt.subplots(figsize=(3, 2))
    ax.plot([0, 1], [0, 1])
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    (marker,) = ax.plot([x], [0.5], marker="o", ms=10, zorder=5)
    return fig, marker


def test_moving_artists_draws_the_same_pixels_as_a_full_render():
    fig, marker = _marker_figure(0.2)
    render = MovingArtists(fig, [marker])
    first = render.png()
    marker.set_data([0.7], [0.5])
    moved = render.png()  # the background pasted, the marker drawn again
    assert not np.array_equal(_pixels(first), _pixels(moved))
    full, _ = _marker_figure(0.7)
    full.canvas.draw()
    np.testing.assert_array_equal(_pixels(moved), np.asarray(full.canvas.buffer_rgba()))
    plt.close(fig)
    plt.close(full)


def test_moving_artists_invalidate_draws_a_changed_background():
    fig, marker = _marker_figure(0.2)
    render = MovingArtists(fig, [marker])
    before = _pixels(render.png())
    fig.axes[0].lines[0].set_color("black")  # outside the moving artists: stale unless invalidated
    assert np.array_equal(_pixels(render.png()), before)
    render.invalidate()
    assert not np.array_equal(_pixels(render.png()), before)
    plt.close(fig)


def test_the_png_holds_the_canvas_pixels_exactly():
    fig, ax = plt.subplots(figsize=(3, 2))
    ax.plot([0, 1], [0, 1], lw=3)
    ax.set_title("pixels")
    png = figure_png(fig)
    np.testing.assert_array_equal(_pixels(png), np.asarray(fig.canvas.buffer_rgba()))
    plt.close(fig)


@pytest.fixture
def matplotlib_defaults():
    """matplotlib's own style, whatever other tests set (the course's grid would be drawn over the bars
    by the static x axis, a case these pixel comparisons are not about)."""
    with plt.style.context("default"):
        yield


def _bars_figure(height, ylim):
    fig, (left, right) = plt.subplots(1, 2, figsize=(4, 2))
    (bar,) = left.bar([0], [height])
    left.set_ylim(0, ylim)
    right.plot([0, 1], [1, 0])
    fig.tight_layout()
    return fig, left, bar


@pytest.mark.usefixtures("matplotlib_defaults")
def test_moving_artists_redraw_a_whole_axes_or_one_of_its_axis():
    # In the order the axes draws them: the bar, the axis (ticks and numbers), the frame.
    for moving in (lambda ax: [ax], lambda ax: [ax.patches[0], ax.yaxis, *ax.spines.values()]):
        fig, left, bar = _bars_figure(1.0, 2.0)
        render = MovingArtists(fig, moving(left))
        render.png()
        bar.set_height(30.0)
        left.set_ylim(0, 40)  # new ticks: drawn again with the moving axis
        moved = _pixels(render.png())
        full, full_left, full_bar = _bars_figure(1.0, 2.0)  # laid out as the first, then changed alike
        full_bar.set_height(30.0)
        full_left.set_ylim(0, 40)
        full.canvas.draw()
        np.testing.assert_array_equal(moved, np.asarray(full.canvas.buffer_rgba()))
        plt.close(fig)
        plt.close(full)


def _legend_figure(height):
    fig, ax = plt.subplots(figsize=(3, 2))
    (bar,) = ax.bar([0], [height], color="gold", width=2)
    ax.plot([0], [0], color="red", label="a long legend label")
    ax.set_xlim(-1, 1)
    ax.set_ylim(0, 1)
    ax.legend(loc="upper left", frameon=False)
    return fig, ax, bar


@pytest.mark.usefixtures("matplotlib_defaults")
def test_a_static_artist_above_is_drawn_again_over_a_moving_one_that_reaches_it():
    full, ax, _ = _legend_figure(0.95)
    full.canvas.draw()
    box = ax.get_legend().get_window_extent(full.canvas.get_renderer())
    rows = slice(int(full.bbox.height - box.y1), int(full.bbox.height - box.y0))
    cols = slice(int(box.x0), int(box.x1))
    expected = np.asarray(full.canvas.buffer_rgba())[rows, cols].astype(int)

    def legend_pixels(above):
        fig, ax, bar = _legend_figure(0.1)
        render = MovingArtists(fig, [bar], above=[ax.get_legend()] if above else [])
        render.png()
        bar.set_height(0.95)  # up into the legend
        pixels = _pixels(render.png())[rows, cols].astype(int)
        plt.close(fig)
        return pixels

    hidden, shown = legend_pixels(above=False), legend_pixels(above=True)
    assert np.abs(hidden - expected).mean() > 1, "without it, the bar covers the legend"
    assert np.abs(shown - expected).mean() < 0.1 * np.abs(hidden - expected).mean()
    plt.close(full)


def test_left_margin_widens_for_longer_numbers_only():
    fig, ax = plt.subplots(figsize=(3, 2))
    ax.set_ylabel("a label")
    ax.set_ylim(0, 1)
    fig.tight_layout()
    fig.canvas.draw()
    margin = LeftMargin(ax)
    left = fig.subplotpars.left
    ax.set_ylim(0, 0.5)  # numbers no longer than before: nothing to measure
    assert not margin.fit() and fig.subplotpars.left == left
    ax.set_ylim(-90_000, 90_000)  # much longer numbers: the label would leave the figure
    assert margin.fit() and fig.subplotpars.left > left
    fig.canvas.draw()
    assert ax.yaxis.label.get_window_extent().x0 >= 0
    plt.close(fig)


def test_a_live_update_runs_with_the_collector_paused():
    seen = []

    @live_update
    def update():
        seen.append(gc.isenabled())
        return "done"

    assert gc.isenabled()
    assert update() == "done" and seen == [False] and gc.isenabled()
    gc.disable()
    try:
        update()
        assert not gc.isenabled(), "a collector paused by the caller stays paused"
    finally:
        gc.enable()
