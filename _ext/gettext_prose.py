"""Only the prose goes into the French catalogues: what code cells print is translated by the library.

``make po`` extracts the messages of every page with Sphinx's gettext builder, notebooks executed
(from the book's cache), because a figure's caption (``mystnb.figure.caption`` in a code cell's
metadata) reaches the doctree only with the cell's outputs. Everything else a code cell shows — a
table, a sentence written by the library — is already French in the French build (the kernel runs
with ``DEEPSEEK_SHOCK_LANGUAGE=fr``), so it must not become a message: translators would translate
it twice, and the catalogue would change whenever the data did. This extension, active only under the
gettext builder, empties each code cell's output, keeping the captions of its figures.
"""

from __future__ import annotations

from docutils import nodes
from sphinx.application import Sphinx


def keep_only_captions(app: Sphinx, doctree: nodes.document) -> None:
    """In a gettext build, replace each cell output by the captions of its figures (if any)."""
    if app.builder.name != "gettext":
        return
    for output in list(doctree.findall(nodes.container)):
        if output.get("nb_element") != "cell_code_output":
            continue
        captions = [caption.deepcopy() for caption in output.findall(nodes.caption)]
        output.children = []
        for caption in captions:
            figure = nodes.figure()
            figure += caption
            output += figure


def setup(app: Sphinx) -> dict:
    app.connect("doctree-read", keep_only_captions)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
