"""Every library figure is legible at the size the book shows it: drawn no wider than the content
column, its smallest text at least style.MIN_TEXT_PX CSS px, no two texts overlapping, none cut off.
Measured from matplotlib's own text extents (style.drawn_texts). Each figure is checked in both
editions, since French labels are longer; the French one must show no English word."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pytest

from deepseek_shock import style
from deepseek_shock.i18n import LANGUAGES
from figure_catalogue import FIGURES
from french import english_words, figure_texts, in_language


@pytest.fixture(
    params=[(name, language) for name in sorted(FIGURES) for language in LANGUAGES],
    ids=lambda p: f"{p[0]}-{p[1]}",
    scope="module",
)
def figure(request):
    name, language = request.param
    fig = in_language(language, FIGURES[name])
    yield f"{name} ({language})", fig
    plt.close(fig)


@pytest.mark.parametrize("name", sorted(FIGURES))
def test_the_french_figure_shows_no_english(name):
    fig = in_language("fr", FIGURES[name])
    try:
        assert english_words(*figure_texts(fig)) == [], f"{name}: English in the French figure"
    finally:
        plt.close(fig)


def test_drawn_at_the_column_width_or_less(figure):
    name, fig = figure
    assert fig.get_figwidth() * fig.dpi <= style.COLUMN_PX + 0.5, f"{name} is shrunk to fit the column"


def test_smallest_text_is_legible(figure):
    name, fig = figure
    small = [(text, round(px, 1)) for text, px in style.text_sizes_px(fig) if px < style.MIN_TEXT_PX]
    assert not small, f"{name}: text under {style.MIN_TEXT_PX} px in the book: {small[:5]}"


def test_no_two_texts_overlap(figure):
    name, fig = figure
    assert style.overlapping_texts(fig) == [], f"{name}: overlapping labels"


def test_no_text_is_cut_off(figure):
    name, fig = figure
    assert style.texts_outside(fig) == [], f"{name}: text outside the figure"


# --- the measures themselves, on planted figures: each must be able to fail ---------------------


def test_a_wide_figure_shrinks_its_text():
    fig, ax = plt.subplots(figsize=(14, 3), dpi=style.DPI)
    ax.set_title("small once shrunk", fontsize=10)
    assert style.scale_in_column(fig) == pytest.approx(style.COLUMN_PX / 1400)
    assert style.smallest_text_px(fig) < style.MIN_TEXT_PX
    plt.close(fig)


def test_overlapping_labels_are_found():
    fig, ax = plt.subplots(figsize=style.figsize(3))
    ax.text(0.5, 0.5, "one label", fontsize=12)
    ax.text(0.51, 0.5, "another label", fontsize=12)
    assert ("one label", "another label") in style.overlapping_texts(fig)
    plt.close(fig)


def test_hidden_and_off_view_texts_do_not_count():
    fig, ax = plt.subplots(figsize=style.figsize(3))
    ax.text(0.5, 0.5, "hidden", fontsize=3).set_visible(False)
    ax.set_xticks([0, 0.5, 1, 5], ["0", "0.5", "1", "off view"])
    ax.set_xlim(0, 1)  # after the ticks, which would otherwise widen the view
    texts = [t.get_text() for t in style.drawn_texts(fig)]
    assert "hidden" not in texts and "off view" not in texts and "0.5" in texts
    plt.close(fig)


def test_text_outside_the_figure_is_found():
    fig, ax = plt.subplots(figsize=style.figsize(3))
    ax.text(1.3, 0.5, "past the right edge", transform=ax.transAxes)
    assert style.texts_outside(fig) == ["past the right edge"]
    plt.close(fig)


def test_figsize_refuses_a_figure_wider_than_the_column():
    with pytest.raises(ValueError, match="width_in=9: expected a width in inches in"):
        style.figsize(3, 9)
