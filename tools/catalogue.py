"""Translate a notebook's MyST Markdown with the book's gettext catalogues, the way Sphinx does.

The French book is built by Sphinx from the English notebooks and ``locales/fr/LC_MESSAGES/<page>.po``:
each paragraph, heading, list item, table cell, admonition title and figure caption is one message,
whose ``msgid`` is its MyST source with its lines joined by spaces. The French *student edition* is
made from the same notebooks and the same catalogues (tools/student_edition.py ``--language fr``), so
this module splits a Markdown cell into those same units, looks each one up and puts its ``msgstr``
back in its place, keeping the markup around it (``#``, ``- ``, ``|``, ``:::{note}``, ``> ``).

A unit missing from the catalogue is an error, not English left in silence: ``Translator.missing``
lists them, and the student edition refuses to write a notebook that has any.

>>> t = Translator({"Hello, *world*.": "Bonjour, *le monde*.", "Title": "Titre", "a b": "a, b"})
>>> t.markdown("# Title\\n\\nHello,\\n*world*.\\n\\n- a\\n  b")
'# Titre\\n\\nBonjour, *le monde*.\\n\\n- a, b'
>>> t.missing
[]
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from babel.messages.pofile import read_po

from deepseek_shock.i18n import OMITTED

_FENCE_OPEN = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})(?P<info>.*)$")
_DIRECTIVE = re.compile(r"^(?P<fence>:{3,})\{(?P<name>[\w\-:]+)\}[ \t]*(?P<arg>.*)$")
_HEADING = re.compile(r"^(?P<mark>#{1,6}[ \t]+)(?P<text>.*?)[ \t]*$")
_ITEM = re.compile(r"^(?P<mark>[ \t]*(?:[-*+]|\d+[.)])[ \t]+)(?P<text>.*)$")
_OPTION = re.compile(r"^:[\w\-]+:")
#: A MyST target line, ``(label)=``: no message (tools/student_edition.py drops it too).
TARGET = re.compile(r"^\((?P<label>[\w\-:.]+)\)=[ \t]*$")
_RULE = re.compile(r"^\|?[ \t]*:?-{3,}:?[ \t]*(\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$")


def catalogue_path(locales: Path, language: str, notebook: Path) -> Path:
    """The .po file of a chapter: ``<locales>/<language>/LC_MESSAGES/chapters/<name>.po``."""
    return locales / language / "LC_MESSAGES" / "chapters" / f"{notebook.stem}.po"


@functools.cache
def load_catalogue(path: Path) -> dict[str, str]:
    """``msgid → msgstr`` of one .po file, translated and not fuzzy messages only (read once)."""
    with path.open("rb") as handle:
        catalogue = read_po(handle)
    return {m.id: m.string for m in catalogue if m.id and m.string and not m.fuzzy}


@dataclass
class Translator:
    """Looks up each unit of MyST Markdown in ``messages``; records what it could not find."""

    messages: dict[str, str]
    where: str = ""
    missing: list[str] = field(default_factory=list)

    def text(self, unit: str) -> str:
        """One message: its lines joined by spaces, as Sphinx writes the ``msgid``."""
        key = " ".join(line.strip() for line in unit.strip().split("\n"))
        if not key or not re.search(r"[A-Za-z]", key):
            return unit.strip()
        if key in self.messages:
            translated = self.messages[key]
            return "" if translated == OMITTED else translated
        self.missing.append(f"{self.where}: {key[:90]!r}")
        return key

    def markdown(self, text: str) -> str:
        """A whole cell (or a directive's body) of MyST Markdown, translated unit by unit."""
        lines = text.split("\n")
        out: list[str] = []
        i = 0
        while i < len(lines):
            line = lines[i]
            stripped = line.strip()
            fence = _FENCE_OPEN.match(line)
            if fence and not fence["info"].strip().startswith("{"):  # code: never translated
                close = fence["fence"]
                j = i + 1
                while j < len(lines) and lines[j].strip() != close:
                    j += 1
                out.extend(lines[i : j + 1])
                i = j + 1
                continue
            directive = _DIRECTIVE.match(stripped) or (
                fence and re.match(r"^\{(?P<name>[\w\-:]+)\}[ \t]*(?P<arg>.*)$", fence["info"].strip())
            )
            if directive:
                opener = directive.group(0) if not fence else line
                close = directive["fence"] if not fence else fence["fence"]
                arg = directive["arg"].strip()
                head = opener[: len(opener) - len(arg)] if arg else opener
                # a title is a message; a label (solution-start's "costs-ex-headline") or a path is not
                is_title = arg in self.messages or (" " in arg and not arg.startswith(("chapters/", "../")))
                translated_arg = self.text(arg) if is_title else arg
                out.append(head + translated_arg if arg else opener)
                j = i + 1
                while j < len(lines) and _OPTION.match(lines[j].strip()):
                    out.append(lines[j])
                    j += 1
                depth, body = 0, []
                while j < len(lines):
                    inner = lines[j].strip()
                    if inner.startswith(close) and re.match(r"^[:`~]{3,}\{", inner):
                        depth += 1
                    elif inner == close:
                        if depth == 0:
                            break
                        depth -= 1
                    body.append(lines[j])
                    j += 1
                if body:
                    out.append(self.markdown("\n".join(body)))
                out.append(lines[j] if j < len(lines) else close)
                i = j + 1
                continue
            if stripped.startswith("$$"):  # display maths: a message of its own ("\n<maths>\n")
                j = i
                if not (stripped.endswith("$$") and len(stripped) > 2):
                    j = i + 1
                    while j < len(lines) and not lines[j].strip().endswith("$$"):
                        j += 1
                block = "\n".join(lines[i : j + 1])
                inner = block.strip()[2:-2]
                out.append("$$" + self.messages.get(inner, inner) + "$$")
                i = j + 1
                continue
            if not stripped or TARGET.match(stripped) or re.match(r"^%(?!%)", stripped):
                out.append(line)
                i += 1
                continue
            heading = _HEADING.match(line)
            if heading:
                out.append(heading["mark"] + self.text(heading["text"]))
                i += 1
                continue
            if stripped.startswith(">"):
                j = i
                while j < len(lines) and lines[j].strip().startswith(">"):
                    j += 1
                quoted = [re.sub(r"^[ \t]*> ?", "", row) for row in lines[i:j]]
                out.extend(("> " + row).rstrip() for row in self.markdown("\n".join(quoted)).split("\n"))
                i = j
                continue
            if stripped.startswith("|"):
                j = i
                while j < len(lines) and lines[j].strip().startswith("|"):
                    row = lines[j]
                    if _RULE.match(row.strip()):
                        out.append(row)
                    else:
                        cells = row.strip().strip("|").split("|")
                        out.append("| " + " | ".join(self.text(c) for c in cells) + " |")
                    j += 1
                i = j
                continue
            item = _ITEM.match(line)
            if item:
                indent = len(item["mark"])
                j, unit = i + 1, [item["text"]]
                while (
                    j < len(lines)
                    and lines[j].strip()
                    and not _ITEM.match(lines[j])
                    and len(lines[j]) - len(lines[j].lstrip()) >= min(indent, 2)
                ):
                    unit.append(lines[j])
                    j += 1
                out.append(item["mark"] + self.text("\n".join(unit)))
                i = j
                continue
            j = i
            while j < len(lines) and lines[j].strip() and not self._starts_block(lines[j]):
                j += 1
            j = max(j, i + 1)
            out.append(self.text("\n".join(lines[i:j])))
            i = j
        return "\n".join(out)

    @staticmethod
    def _starts_block(line: str) -> bool:
        stripped = line.strip()
        return bool(
            _HEADING.match(line)
            or _ITEM.match(line)
            or _FENCE_OPEN.match(line)
            or _DIRECTIVE.match(stripped)
            or stripped.startswith(("|", ">", "$$"))
        )
