"""Glue for the notebooks as the book shows them: put computed values into the prose.

A chapter computes a number in a (hidden) code cell and *glues* it under a name; the prose then shows it
with a MyST role, so that no number in the text is typed by hand:

- ``glue_text("v3_price", "$2.00")`` for ``{glue:md}`v3_price``` (formatted text, shown as Markdown);
- ``glue_value("n_events", 67)`` for ``{glue:}`n_events``` or ``{glue:text}`n_events:,```
  (a raw value, which the role may format).

Outside the book build (a student's kernel, Colab without myst-nb) glued values are kept in
:data:`GLUED` instead, so the same cell runs everywhere and shows nothing.

>>> glue_text("example_cost", "$5.576 million")
>>> GLUED["example_cost"]
'$5.576 million'
"""

from __future__ import annotations

from typing import Any

from IPython.display import Markdown

try:  # myst-nb comes with the book's requirements; a bare Jupyter may not have it
    from myst_nb import glue as _myst_glue
except ImportError:  # pragma: no cover - exercised only where myst-nb is absent
    _myst_glue = None

__all__ = ["GLUED", "glue_text", "glue_value", "glue_texts"]

#: Every value glued in this kernel, by name (the last one wins, as in myst-nb).
GLUED: dict[str, Any] = {}


def _glue(name: str, value: Any, shown: Any) -> None:
    """Record ``value`` under ``name`` and hand ``shown`` (what the role displays) to myst-nb."""
    if not isinstance(name, str) or not name.isidentifier():
        raise ValueError(f"name={name!r}: expected a glue key made of letters, digits and underscores")
    GLUED[name] = value
    if _myst_glue is not None:
        _myst_glue(name, shown, display=False)


def glue_text(name: str, text: str) -> None:
    """Glue ``text`` (already formatted, with its unit) under ``name``, for ``{glue:md}`name```."""
    if not isinstance(text, str):
        raise TypeError(
            f"glue_text({name!r}, {text!r}): expected formatted text (str); "
            "use glue_value for a number the role formats"
        )
    _glue(name, text, Markdown(text))


def glue_value(name: str, value: Any) -> None:
    """Glue a raw ``value`` under ``name``, for ``{glue:}`name``` or ``{glue:text}`name:format```."""
    _glue(name, value, value)


def glue_texts(**texts: str) -> None:
    """Glue several formatted texts at once: ``glue_texts(v3_price="$2.00", v3_gpus="2,048")``."""
    for name, text in texts.items():
        glue_text(name, text)
