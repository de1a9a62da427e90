"""Translated notebooks: glue inside translated prose, numbers the edition's way, omitted passages.

Three things go wrong when Sphinx translates a notebook's prose, and this extension fixes them.

**Glue roles inside a translated message render as nothing.** Sphinx parses each translated message
in a new, small document (``SphinxI18nReader``, during the ``Locale`` transform at priority 20).
myst-nb's glue roles look for ``document["nb_renderer"]``, which myst-nb sets only while it parses the
notebook, then pops; so every ``{glue}`` of a French sentence warns "No key … found in glue data for
this document" and shows nothing. The fix:

- keep the renderer when myst-nb pops it (a wrapper around the notebook parser's ``parse``);
- lend it to every document ``SphinxI18nReader`` creates while that notebook is read (a wrapper
  around its ``new_document``);
- take it back after the ``Locale`` transform (:class:`ReturnRenderer`, priority 21), so that the
  doctree can still be pickled: translated nodes keep a reference to the document they were parsed in.

**A glued number comes out in English** ("16.97"). In a build whose ``language`` is not English,
``{glue:text}`key:spec``` and the cross-document glue go through
:func:`deepseek_shock.i18n.format_spec`, which writes "16,97", "17,0 %" or "lundi 27 janvier". What
the library glues as text (``{glue:md}``) is already in the kernel's language: the French build runs
its kernels with ``DEEPSEEK_SHOCK_LANGUAGE=fr``.

**A translated equation or literal block shows "::".** For a literal-type node (display maths, a
literal block) Sphinx prefixes the translation with reST's literal-block marker, ``"::\n\n"`` and an
indent, and parses it; MyST reads that as a paragraph "::", which then replaces the equation. A wrapper
around ``sphinx.transforms.i18n.publish_msgstr`` (:func:`_literal_translations`) gives such a message
back as the literal block it stands for, its text the translation itself.

**A catalogue cannot remove a paragraph.** The English book follows each French quote of the
broadcast with its English rendering; the French edition quotes the original alone. A translation
equal to :data:`deepseek_shock.i18n.OMITTED` marks such a paragraph, and :class:`DropOmitted` (after
the ``Locale`` transform) removes it, as the student edition does (``tools/catalogue.py``).
"""

from __future__ import annotations

import ast
import textwrap
from typing import Any

import myst_nb.ext.glue.crossref as glue_crossref
import myst_nb.ext.glue.roles as glue_roles
import sphinx.transforms.i18n as sphinx_i18n
from docutils import nodes
from myst_nb.core.variables import format_plain_text as english_plain_text
from myst_nb.sphinx_ import Parser as NotebookParser
from sphinx.application import Sphinx
from sphinx.io import SphinxI18nReader
from sphinx.transforms import SphinxTransform

from deepseek_shock import i18n

# Where the renderer of the notebook being read waits, and the translated documents it was lent to.
_KEPT = "glue_i18n_renderer"
_LENT = "glue_i18n_lent_to"


class _RememberPops(dict):
    """A document's attributes that remember the renderer myst-nb pops at the end of its parse."""

    renderer: Any = None

    def pop(self, key: str, *default: Any) -> Any:
        value = super().pop(key, *default)
        if key == "nb_renderer":
            self.renderer = value
        return value


def _parse_keeping_the_renderer(original):
    def parse(self: NotebookParser, inputstring: str, document: nodes.document) -> None:
        attributes = _RememberPops(document.attributes)
        document.attributes = attributes
        try:
            original(self, inputstring, document)
        finally:
            document.attributes = dict(attributes)
        env = getattr(document.settings, "env", None)
        if attributes.renderer is not None and env is not None:
            env.temp_data[_KEPT] = attributes.renderer

    return parse


def _new_document_with_the_renderer(original):
    def new_document(self: SphinxI18nReader) -> nodes.document:
        document = original(self)
        env = getattr(self.settings, "env", None)
        renderer = env.temp_data.get(_KEPT) if env is not None else None
        if renderer is not None:
            document["nb_renderer"] = renderer
            env.temp_data.setdefault(_LENT, []).append(document)
        return document

    return new_document


class ReturnRenderer(SphinxTransform):
    """After the Locale transform: the translated documents give the renderer back."""

    default_priority = 21

    def apply(self, **kwargs: Any) -> None:
        for document in self.env.temp_data.pop(_LENT, []):
            document.attributes.pop("nb_renderer", None)
        self.env.temp_data.pop(_KEPT, None)


class DropOmitted(SphinxTransform):
    """After the Locale transform: remove the paragraphs whose translation is :data:`i18n.OMITTED`."""

    default_priority = 22

    def apply(self, **kwargs: Any) -> None:
        for paragraph in list(self.document.findall(nodes.paragraph)):
            if paragraph.astext().strip() == i18n.OMITTED:
                paragraph.parent.remove(paragraph)


def plain_text_in(language: str):
    """myst-nb's ``format_plain_text`` (a glued value, formatted by a role's spec) in ``language``."""

    def format_plain_text(text: str, fmt_spec: str) -> str:
        try:
            value = ast.literal_eval(text)
        except (SyntaxError, ValueError):
            value = text
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return i18n.format_spec(value, fmt_spec, language)
        return english_plain_text(text, fmt_spec)

    return format_plain_text


#: What Sphinx puts before the translation of a literal-type node (reST's literal-block marker).
LITERAL_MARK = "::\n\n"


def _literal_translations(original):
    def publish(app, source: str, *args: Any, **kwargs: Any):
        if source.startswith(LITERAL_MARK):
            text = textwrap.dedent(source[len(LITERAL_MARK) :])
            return nodes.literal_block(text, text)
        return original(app, source, *args, **kwargs)

    publish.keeps_literals = True
    return publish


def _use_the_language(app: Sphinx) -> None:
    language = app.config.language or i18n.LANGUAGES[0]
    formatter = english_plain_text if language == i18n.LANGUAGES[0] else plain_text_in(language)
    glue_roles.format_plain_text = formatter
    glue_crossref.format_plain_text = formatter


def setup(app: Sphinx) -> dict:
    if not getattr(NotebookParser.parse, "keeps_the_renderer", False):
        NotebookParser.parse = _parse_keeping_the_renderer(NotebookParser.parse)
        NotebookParser.parse.keeps_the_renderer = True
        SphinxI18nReader.new_document = _new_document_with_the_renderer(SphinxI18nReader.new_document)
    if not getattr(sphinx_i18n.publish_msgstr, "keeps_literals", False):
        sphinx_i18n.publish_msgstr = _literal_translations(sphinx_i18n.publish_msgstr)
    app.add_transform(ReturnRenderer)
    app.add_transform(DropOmitted)
    app.connect("builder-inited", _use_the_language)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
