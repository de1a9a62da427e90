"""widgets: the static slider is linked in the browser to its frames; alt text is required."""

from __future__ import annotations

import ipywidgets as W
import matplotlib.pyplot as plt
import pytest

from deepseek_shock.widgets import figure_to_img_html, precomputed_slider


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


@pytest.mark.parametrize("frames, kwargs, message", [
    ([], {}, "needs at least one"),
    ([("a", "x"), ("a", "y")], {}, "must be unique"),
    ([("a", "x")], {"value": "z"}, "not one of the frame labels"),
])
def test_precomputed_slider_rejects_bad_frames(frames, kwargs, message):
    with pytest.raises(ValueError, match=message):
        precomputed_slider(frames, "Pick", **kwargs)


def test_figure_to_img_html_needs_alt_text_and_escapes_it():
    fig, ax = plt.subplots()
    ax.plot([0, 1], [0, 1])
    html = figure_to_img_html(fig, 'a "line" <rising>')
    assert 'alt="a &quot;line&quot; &lt;rising&gt;"' in html
    fig2, _ = plt.subplots()
    with pytest.raises(ValueError, match="alt text must be a non-empty"):
        figure_to_img_html(fig2, "  ")
