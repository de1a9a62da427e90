"""A language switch on every page: a link to the same page in the other edition.

The English book is ``_build/html/``; the French one is built on its own and copied into
``_build/html/fr/`` (``make book``). Both have the same page names, so the other edition's page is a
relative link: ``chapters/01_timeline.html`` ↔ ``fr/chapters/01_timeline.html``. Relative links work
offline, from a server and as ``file://``. The switch sits at the top of the article, in the other
language (``lang`` and ``hreflang`` set, so a screen reader reads it in French); the page's ``<head>``
names its other edition with ``<link rel="alternate" hreflang>``. Printing leaves it out (print.css).
"""

from __future__ import annotations

import html
from typing import Any

from sphinx.application import Sphinx

#: Each edition's folder, relative to the English book, and the switch's words in its own language.
EDITIONS: dict[str, tuple[str, str]] = {
    "en": ("", "Read this page in English"),
    "fr": ("fr/", "Lire cette page en français"),
}


def other_edition(language: str) -> str:
    """The language the switch of a ``language`` page leads to."""
    if language not in EDITIONS:
        raise ValueError(f"language={language!r}: expected one of {', '.join(EDITIONS)}")
    return next(other for other in EDITIONS if other != language)


def switch_href(pagename: str, language: str) -> str:
    """The relative link from page ``pagename`` of the ``language`` edition to the same page in the other.

    >>> switch_href("chapters/01_timeline", "en")
    '../fr/chapters/01_timeline.html'
    >>> switch_href("index", "fr")
    '../index.html'
    """
    other = other_edition(language)
    up = "../" * pagename.count("/") + ("../" if EDITIONS[language][0] else "")
    return f"{up}{EDITIONS[other][0]}{pagename}.html"


def switch_html(pagename: str, language: str) -> str:
    """The switch itself: a small navigation landmark with one link, in the other language."""
    other = other_edition(language)
    href = html.escape(switch_href(pagename, language))
    label = html.escape(EDITIONS[other][1])
    return (
        f'<nav class="language-switch" lang="{other}" aria-label="{label}">'
        f'<a href="{href}" hreflang="{other}">{label}</a></nav>'
    )


def add_switch(app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree) -> None:
    """Put the switch at the top of the page's body, and name the other edition in ``<head>``."""
    if "body" not in context or app.builder.format != "html":
        return
    language = app.config.language or "en"
    if language not in EDITIONS:
        return
    context["body"] = switch_html(pagename, language) + context["body"]
    other = other_edition(language)
    context["metatags"] = context.get("metatags", "") + (
        f'\n<link rel="alternate" hreflang="{other}" href="{html.escape(switch_href(pagename, language))}">'
    )


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("html-page-context", add_switch)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
