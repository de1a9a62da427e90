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

import html
import json
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


#: A dotted name (module.function, file.csv) or a snake_case name: code a reader types, not prose.
CODE_NAME = re.compile(r"\b\w+(?:\.\w+)+\b|\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b")


def english_prose_words(text: str) -> list[str]:
    """The English words of :data:`ENGLISH_WORDS` in ``text`` once its code names (:data:`CODE_NAME`) are
    left out, sorted, each once.

    >>> english_prose_words("market.pct_change of prices.csv, gpu_hours")
    ['of']
    """
    return sorted({word for word, _ in english_words(CODE_NAME.sub(" ", text))})


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


# What a reader of an executed notebook sees, output by output: the book shows the richest kind of each
# output (myst-nb's order: a widget, HTML, an image, Markdown, plain text), the streams (stdout and
# stderr), and the values glued into the prose, even those of removed cells.
# An image's texts are checked where the figure is drawn (tests/test_figures.py), so it shows nothing here.
_SHOWN_FIRST = (
    "application/vnd.jupyter.widget-view+json",
    "text/html",
    "image/png",
    "image/svg+xml",
    "text/markdown",
    "text/plain",
)
_GLUED = "application/papermill.record/"
_HIDDEN = {"remove-cell", "remove-output"}
_ALT = re.compile(r"""<img\b[^>]*?\balt=(?:"([^"]*)"|'([^']*)')""", re.I)
_MODEL = re.compile(r"IPY_MODEL_([0-9a-f]+)")


def html_texts(markup: str) -> list[str]:
    """The texts of an HTML output a reader sees: the alt texts of its images and its text without the
    tags (nor the contents of <style> and <script>, nor data: addresses)."""
    markup = re.sub(r"<(style|script)\b.*?</\1>", " ", markup, flags=re.S | re.I)
    alts = [html.unescape(a or b) for a, b in _ALT.findall(markup)]
    text = re.sub(r"<[^>]+>|data:[^\"')\s]+", " ", markup)
    return [*alts, html.unescape(text)]


def _widget_state_texts(states: dict, model_id: str, seen: set[str]) -> list[str]:
    """The texts of the widget ``model_id`` of a notebook's saved widget state and of those inside it."""
    if model_id in seen or model_id not in states:
        return []
    seen.add(model_id)
    state = states[model_id].get("state", {})
    texts: list[str] = []
    for name in ("description", "placeholder", "tooltip", "value", "_options_labels"):
        value = state.get(name)
        if isinstance(value, str) and not _MODEL.fullmatch(value):
            texts.extend(html_texts(value))
        elif isinstance(value, list) and name == "_options_labels":
            texts.extend(str(v) for v in value)
    for child in _MODEL.findall(json.dumps(state.get("children", []))):
        texts.extend(_widget_state_texts(states, child, seen))
    return texts


def _output_texts(output: dict, states: dict) -> list[str]:
    if output.get("output_type") == "stream":
        return [output.get("text", "")]
    if output.get("output_type") == "error":
        return [output.get("ename", ""), output.get("evalue", "")]
    data = output.get("data", {})
    glued = {k.removeprefix(_GLUED): v for k, v in data.items() if k.startswith(_GLUED)}
    data = glued or data
    for kind in _SHOWN_FIRST:
        if kind not in data:
            continue
        value = data[kind]
        if kind.startswith("application/"):
            return _widget_state_texts(states, value.get("model_id", ""), set())
        if kind.startswith("image/"):
            return []
        value = "".join(value) if isinstance(value, list) else value
        return html_texts(value) if kind == "text/html" else [value]
    return []


def notebook_output_texts(nb: dict) -> list[tuple[int, str]]:
    """(cell index, text) for every text an executed notebook shows its reader in its outputs: what the
    visible cells print and display (widgets from the saved widget state), and every glued value."""
    states = nb.get("metadata", {}).get("widgets", {}).get("application/vnd.jupyter.widget-state+json", {})
    states = states.get("state", {})
    found: list[tuple[int, str]] = []
    for index, cell in enumerate(nb["cells"]):
        if cell["cell_type"] != "code":
            continue
        hidden = bool(_HIDDEN & set(cell.get("metadata", {}).get("tags", [])))
        for output in cell.get("outputs", []):
            if hidden and not any(k.startswith(_GLUED) for k in output.get("data", {})):
                continue
            found.extend((index, text) for text in _output_texts(output, states))
    return found
