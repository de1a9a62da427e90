"""What the French edition must not show: English words, in a figure's texts or a widget's labels.

Used by tests/test_figures.py (every library figure, drawn in French) and by the widget tests of each
chapter module. The list is short on purpose: common English words that are not also French words and
that no proper name of the course (a model, a company, a rule) contains (so not *million* or
*billion*: French words too, as in the broadcast's « 6 millions de dollars »). A hit names the word and
the text it was found in, so the fix is one entry of ``src/deepseek_shock/strings_fr.py`` away.

>>> english_words("Cours de l'action (USD), 27 janv. 2025")
[]
>>> english_words("Share price of Nvidia")
[('share', 'Share price of Nvidia'), ('price', 'Share price of Nvidia'), ('of', 'Share price of Nvidia')]
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

import ipywidgets as W
from matplotlib.figure import Figure

from deepseek_shock import i18n, style

ENGLISH_WORDS: frozenset[str] = frozenset(
    """
    the and of with from to per which what how when this that these those
    day days week weeks month year years
    share shares price prices cost costs market value loss losses drop close
    trillion
    training teacher student students accuracy rule rules chip chips
    before after between since until
    january february april june july august october november december
    monday tuesday wednesday thursday friday saturday sunday
    """.split()  # noqa: SIM905 - a list of words reads best as words
)
_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")

T = TypeVar("T")


def english_words(*texts: str) -> list[tuple[str, str]]:
    """(word, text) for each English word of :data:`ENGLISH_WORDS` found in ``texts`` (any case)."""
    return [
        (word.lower(), text)
        for text in texts
        for word in _WORD.findall(text)
        if word.lower() in ENGLISH_WORDS
    ]


@contextmanager
def kernel_language(language: str) -> Iterator[None]:
    """Run the block as a kernel of the French build runs: ``DEEPSEEK_SHOCK_LANGUAGE`` set."""
    before = os.environ.get(i18n.ENVIRONMENT_VARIABLE)
    os.environ[i18n.ENVIRONMENT_VARIABLE] = language
    try:
        yield
    finally:
        if before is None:
            del os.environ[i18n.ENVIRONMENT_VARIABLE]
        else:
            os.environ[i18n.ENVIRONMENT_VARIABLE] = before


def in_language(language: str, build: Callable[[], T]) -> T:
    """``build()`` run in a kernel whose language is ``language``."""
    with kernel_language(language):
        return build()


def figure_texts(fig: Figure) -> list[str]:
    """Every text a reader of ``fig`` sees: the drawn texts and the alt text."""
    return [t.get_text() for t in style.drawn_texts(fig)] + [style.alt_text(fig) or ""]


def widget_texts(widget: W.Widget) -> list[str]:
    """Every label, option, placeholder and HTML value of ``widget`` and the widgets inside it."""
    texts: list[str] = []
    for name in ("description", "placeholder", "tooltip", "value", "options", "_options_labels"):
        value = getattr(widget, name, None)
        if isinstance(value, str):
            texts.append(re.sub(r"<[^>]+>|data:[^\"')]+", " ", value))
        elif isinstance(value, Iterable) and name != "value":
            texts.extend(str(v[0] if isinstance(v, tuple) else v) for v in value)
    for child in getattr(widget, "children", ()):
        texts.extend(widget_texts(child))
    return texts
