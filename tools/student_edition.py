"""Write the student edition of the chapters: plain notebooks that read cleanly in JupyterLab, Notebook 7,
Colab and VS Code, with exercises that answer back and solutions out of view.

usage: python tools/student_edition.py [--chapters chapters] [--executed _build/jupyter_execute/chapters]
                                       [--out student/chapters]

Needs the book built first (``make book``): the values glued into the prose are read from the executed
notebooks' glue files (``<executed>/<name>.glue.json``, written by myst-nb), so each number reads exactly
as in the book. ``make student`` runs this after ``tools/make_student.py``.

What changes, cell by cell (the book's source stays the one master; the edition is generated, never
committed, and the same inputs always give byte-identical notebooks):

- Markdown: ``{glue:…}`` roles become their value, formatted as in the book; admonitions become a
  quote with the title in bold; ``{term}`` becomes the word, ``{cite}`` "(Author, Year)" linked to the
  source's URL (from ``references.bib``), ``{numref}`` the figure's number and ``{ref}`` the section's
  name; MyST targets and comments go; maths stays; a ``$`` that MyST does not read as maths is escaped
  (``\\$``), so that JupyterLab does not typeset "$500 billion … $4" as a formula.
- Code: a ``remove-cell`` cell loses its glue statements; if nothing it still defines is used by a later
  cell it goes, otherwise it stays with its source collapsed (``jupyter.source_hidden``). ``hide-input``
  and ``remove-input`` cells are collapsed; outputs are cleared (students run the notebook); a figure's
  caption (``mystnb.figure.caption``) follows its cell.
- Exercises (sphinx-exercise's ``{exercise-start}``/``{solution-start}`` forms): the question, then for
  each answer registered in ``deepseek_shock.questions.EXERCISES`` an answer cell starting as ``None``
  and a ``check(...)`` cell; the solution moves to a "Solutions" section at the end, inside a folded
  ``<details>`` element (one click to open, in JupyterLab and in Colab alike; it never runs by itself).
- A first cell sets the course up on Google Colab (and does nothing elsewhere), from ``repository.url``
  in ``_config.yml``.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import copy
import json
import os
import re
import subprocess
import sys
import tempfile
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from markdown_it import MarkdownIt
from mdit_py_plugins.dollarmath import dollarmath_plugin
from myst_nb.core.variables import format_plain_text
from pybtex.database import parse_file

from deepseek_shock import i18n
from deepseek_shock.check import QUESTIONS
from deepseek_shock.i18n import tr
from deepseek_shock.questions import EXERCISES

sys.path.insert(0, str(Path(__file__).resolve().parent))
from catalogue import TARGET, Translator, catalogue_path, load_catalogue  # noqa: E402  (a sibling tool, not a package)

ROOT = Path(__file__).resolve().parents[1]
CHAPTER_GLOB = "[0-9][0-9]_*.ipynb"

#: Words that leave a notebook unconverted: none of them may survive in a student Markdown cell.
RAW_MYST = (
    "{glue",
    "{cite",
    "{term",
    "{numref",
    "{ref}",
    "{exercise",
    "{solution",
    ":::",
    "```{",
    ":class:",
    ":label:",
)

ADMONITIONS = {
    "admonition",
    "note",
    "tip",
    "important",
    "warning",
    "caution",
    "attention",
    "danger",
    "error",
    "hint",
    "seealso",
}
GLUE_FUNCTIONS = {"glue", "glue_text", "glue_value", "glue_texts"}
BOOK_ONLY_MODULES = {"myst_nb"}


class EditionError(ValueError):
    """The chapter uses something the converter cannot turn into plain Markdown; the message says where."""


# ---- references ------------------------------------------------------------------------------------


def _plain(text: str) -> str:
    return re.sub(r"[{}]", "", text).replace("\\&", "&").replace("\\%", "%").strip()


def _authors(entry) -> str:
    people = entry.persons.get("author") or entry.persons.get("editor") or []
    names = [_plain(" ".join(p.prelast_names + p.last_names) or str(p)) for p in people]
    if not names:
        return _plain(entry.fields.get("organization", entry.fields.get("title", "Anonymous")))
    if len(names) == 1:
        return names[0]
    if len(names) == 2 and names[1] != "others":  # BibTeX's "and others" is "et al."
        return f"{names[0]} and {names[1]}"
    return f"{names[0]} et al."


def load_references(path: Path) -> dict[str, tuple[str, str, str]]:
    """key → (authors as cited, year, URL) from a BibTeX file."""
    data = parse_file(str(path), bib_format="bibtex")
    refs = {}
    for key, entry in data.entries.items():
        year = entry.fields.get("year") or str(entry.fields.get("date", ""))[:4] or "n.d."
        refs[key] = (_authors(entry), _plain(year), entry.fields.get("url", "").strip())
    return refs


# ---- Markdown --------------------------------------------------------------------------------------


@dataclass
class Context:
    """What the conversion of one notebook needs to know."""

    name: str
    glue: dict = field(default_factory=dict)
    references: dict = field(default_factory=dict)
    figures: dict = field(default_factory=dict)  # figure name → number
    sections: dict = field(default_factory=dict)  # target label → section title
    language: str = "en"
    translator: Translator | None = None  # the page's catalogue, for a language other than English


_ROLE = re.compile(r"\{(?P<role>[a-zA-Z][\w:\-]*)\}`(?P<text>[^`]*)`")
_FENCE = re.compile(
    r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})(?P<info>[^\n]*)\n.*?^(?P=indent)(?P=fence)[ \t]*$",
    re.M | re.S,
)
_CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)", re.S)
_DIRECTIVE_OPEN = re.compile(r"^(?P<fence>:{3,}|`{3,})\{(?P<name>[\w\-:]+)\}[ \t]*(?P<arg>[^\n]*)$")

BLOCK = "\x01"  # marks a code block set aside while a cell is converted (inline text uses "\x00")
_DOLLARMATH = MarkdownIt("commonmark").use(
    dollarmath_plugin, allow_labels=True, allow_space=True, allow_digits=True, double_inline=False
)


def _mask(text: str, pattern: re.Pattern, store: list[str], mark: str = "\x00") -> str:
    def keep(match: re.Match) -> str:
        store.append(match.group(0))
        return f"{mark}{len(store) - 1}{mark}"

    return pattern.sub(keep, text)


def _unmask(text: str, store: list[str], mark: str = "\x00") -> str:
    pattern = re.compile(f"{mark}(\\d+){mark}")
    while pattern.search(text):
        text = pattern.sub(lambda m: store[int(m.group(1))], text)
    return text


def escape_dollars(text: str) -> str:
    """Escape every ``$`` that MyST's dollarmath would not read as maths (in text without code)."""
    maths, search_from = [], 0
    for token in _DOLLARMATH.parse(text):
        for t in [token, *(token.children or [])]:
            if t.type.startswith("math_block"):
                start = _unescaped(text, "$$", search_from)
                end = _unescaped(text, "$$", start + 2) if start != -1 else -1
            elif t.type.startswith("math_inline"):
                delim = "$$" if t.type == "math_inline_double" else "$"
                start = _unescaped(text, delim + t.content + delim, search_from)
                end = start + len(delim) + len(t.content) if start != -1 else -1
            else:
                continue
            if start == -1 or end == -1:
                raise EditionError(f"could not locate the maths {t.content!r} in {text[:60]!r}")
            maths.append((start, end + (2 if t.type.startswith("math_block") else len(delim))))
            search_from = maths[-1][1]
    out, i = [], 0
    for start, end in maths:
        out += [_escape_plain_dollars(text[i:start]), text[start:end]]
        i = end
    out.append(_escape_plain_dollars(text[i:]))
    return "".join(out)


def _unescaped(text: str, needle: str, start: int) -> int:
    found = text.find(needle, start)
    while found > 0 and text[found - 1] == "\\":
        found = text.find(needle, found + 1)
    return found


def _escape_plain_dollars(text: str) -> str:
    return re.sub(r"(?<!\\)\$", r"\\$", text)


def _cite(keys: str, ctx: Context, where: str) -> str:
    parts = []
    for key in [k.strip() for k in keys.split(",") if k.strip()]:
        if key not in ctx.references:
            raise EditionError(f"{where}: {{cite}} of {key!r}, which references.bib does not hold")
        authors, year, url = ctx.references[key]
        if ctx.language == "fr":
            authors = authors.replace(" and ", " et ")
        parts.append(f"[{authors}, {year}]({url})" if url else f"{authors}, {year}")
    return "(" + "; ".join(parts) + ")"


def _labelled(text: str) -> tuple[str | None, str]:
    """``title <target>`` → (title, target); ``target`` → (None, target)."""
    found = re.fullmatch(r"(?s)(.*?)\s*<([^<>]+)>", text.strip())
    return (found.group(1).strip(), found.group(2).strip()) if found else (None, text.strip())


def _glue(role: str, text: str, ctx: Context, where: str) -> str:
    key, fmt = (text.rsplit(":", 1) + [""])[:2] if ":" in text else (text, "")
    key = key.strip()
    if key not in ctx.glue:
        raise EditionError(
            f"{where}: {{{role}}}`{text}`: no value glued under {key!r} in the executed "
            "notebook (run `make book` first)"
        )
    data = ctx.glue[key].get("data", {})
    kind = role.split(":", 1)[1] if ":" in role else ""
    if kind == "md" or (kind in ("", "any") and "text/markdown" in data):
        if "text/markdown" not in data:
            raise EditionError(f"{where}: {{glue:md}}`{key}` has no Markdown value")
        return convert_inline(data["text/markdown"], ctx, where)
    if "text/plain" not in data:
        raise EditionError(f"{where}: {{{role}}}`{text}` has no text value")
    fmt = fmt if kind == "text" else ""
    shown = format_plain_text(data["text/plain"], fmt)
    if ctx.language != "en" and fmt:  # the number written the language's way, as the book does
        # a value that is not a literal is shown as it is, by myst-nb and by us
        with contextlib.suppress(ValueError, SyntaxError):
            shown = i18n.format_spec(ast.literal_eval(data["text/plain"]), fmt, ctx.language)
    return _escape_plain_dollars(shown)


_BOOK_PAGE_LINK = re.compile(r"\[(?P<text>[^\]]+)\]\((?P<target>(?!https?:)[\w\-./]+\.md)(?:#[\w\-]*)?\)")


def convert_inline(text: str, ctx: Context, where: str) -> str:
    """Roles → plain Markdown (dollars in the result escaped where MyST would not read maths)."""
    store: list[str] = []

    def keep(value: str) -> str:  # role values are stored, so that their dollars pair with nothing
        store.append(value)
        return f"\x00{len(store) - 1}\x00"

    def role(match: re.Match) -> str:
        name, body = match.group("role"), match.group("text")
        if name == "glue" or name.startswith("glue:"):
            return keep(_glue(name, body, ctx, where))
        if name == "term":
            title, target = _labelled(body)
            return keep(title or target)
        if name in ("cite", "cite:p", "cite:t", "cite:ps"):
            return keep(_cite(body, ctx, where))
        if name == "numref":
            title, target = _labelled(body)
            if target not in ctx.figures:
                raise EditionError(f"{where}: {{numref}} to {target!r}, which is no figure of this notebook")
            number = ctx.figures[target]
            if title and "%s" in title:
                return keep(title.replace("%s", number))
            return keep(title or tr("Figure {number}", ctx.language).format(number=number))
        if name == "ref":
            title, target = _labelled(body)
            if not title and target not in ctx.sections:
                raise EditionError(f"{where}: {{ref}} to {target!r}, which is no section of this notebook")
            return keep(title or ctx.sections[target])
        if name == "math":
            return keep(f"${body}$")
        raise EditionError(f"{where}: the role {{{name}}} has no plain-Markdown form yet")

    masked = _ROLE.sub(role, text)
    masked = _mask(masked, _CODE_SPAN, store)  # never touch code
    # a link to another page of the book (the bibliography, the glossary) has no notebook to open
    page = tr("{text} (a page of the book)", ctx.language)
    masked = _BOOK_PAGE_LINK.sub(lambda m: page.format(text=m.group("text")), masked)
    return _unmask(escape_dollars(masked), store)


def _directive_body(lines: list[str], start: int, fence: str, where: str) -> tuple[dict, list[str], int]:
    """Options and body lines of the directive opened at ``start``; returns the index after its close."""
    options, body, i = {}, [], start + 1
    while i < len(lines) and re.match(r"^:[\w\-]+:", lines[i]):
        key, _, value = lines[i][1:].partition(":")
        options[key.strip()] = value.strip()
        i += 1
    depth = 0
    while i < len(lines):
        line = lines[i]
        opened = _DIRECTIVE_OPEN.match(line.strip())
        if opened and opened.group("fence") == fence:
            depth += 1
        elif line.strip() == fence:
            if depth == 0:
                return options, body, i + 1
            depth -= 1
        body.append(line)
        i += 1
    raise EditionError(f"{where}: directive opened with {fence!r} is never closed")


def convert_markdown(text: str, ctx: Context, where: str) -> str:
    """A Markdown cell (or part of one) in MyST → plain Markdown."""
    store: list[str] = []
    masked = _mask(text, _FENCE, store, BLOCK)  # code blocks and ```{directive} blocks, restored below
    blocks = []
    for index, block in enumerate(store):
        info = re.match(r"[ \t]*(`{3,}|~{3,})(.*)", block).group(2).strip()
        if info.startswith("{"):
            blocks.append((index, block))
    for index, block in blocks:  # backtick directives: convert them like colon fences
        store[index] = convert_markdown(
            re.sub(r"^([ \t]*)`{3,}", lambda m: m.group(1) + ":::", block, flags=re.M), ctx, where
        )
    lines = masked.split("\n")
    out, i = [], 0
    paragraph: list[str] = []

    def flush():
        if paragraph:
            out.append(convert_inline("\n".join(paragraph), ctx, where))
            paragraph.clear()

    while i < len(lines):
        line = lines[i]
        opened = _DIRECTIVE_OPEN.match(line.strip())
        if opened:
            flush()
            name, arg, fence = opened.group("name"), opened.group("arg").strip(), opened.group("fence")
            options, body, i = _directive_body(lines, i, fence, where)
            if name in ADMONITIONS:
                title = arg if name == "admonition" else (arg or name.capitalize())
                inner = convert_markdown("\n".join(body), ctx, where)
                quoted = [f"> **{convert_inline(title, ctx, where)}**", ">"] + [
                    ("> " + row).rstrip() for row in inner.split("\n")
                ]
                out.append("\n".join(quoted))
            else:
                raise EditionError(f"{where}: the directive {{{name}}} has no plain-Markdown form yet")
            continue
        if TARGET.match(line.strip()) or re.match(r"^%(?!%)", line):
            flush()
            i += 1
            continue
        if line.strip() == "":
            flush()
            out.append("")
        else:
            paragraph.append(line)
        i += 1
    flush()
    result = "\n".join(out)
    result = re.sub(r"\n{3,}", "\n\n", result).strip("\n")
    return _unmask(result, store, BLOCK)


# ---- code cells ------------------------------------------------------------------------------------


def _call_name(node: ast.AST) -> str | None:
    if isinstance(node, ast.Call):
        func = node.func
        return (
            func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
        )
    return None


def _is_glue(statement: ast.stmt, glue_names: set[str]) -> bool:
    """A statement that only glues values for the book (a call, a loop or a condition of such calls)."""
    if isinstance(statement, ast.Expr):
        return _call_name(statement.value) in glue_names
    if isinstance(statement, (ast.For, ast.If, ast.With)):
        return all(_is_glue(s, glue_names) for s in statement.body + getattr(statement, "orelse", []))
    if isinstance(statement, (ast.Import, ast.ImportFrom)):
        module = statement.module if isinstance(statement, ast.ImportFrom) else statement.names[0].name
        return (module or "").split(".")[0] in BOOK_ONLY_MODULES
    return False


def _glue_helpers(tree: ast.Module, glue_names: set[str]) -> set[str]:
    """Functions defined only to glue (e.g. ``def say(name, text): glue(name, Markdown(text))``)."""
    found = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            body = [
                s for s in node.body if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))
            ]
            if body and all(_is_glue(s, glue_names | {node.name}) for s in body):
                found.add(node.name)
    return found


def _stored(statements: list[ast.stmt]) -> set[str]:
    names = set()
    for statement in statements:
        for node in ast.walk(statement):
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                names.add(node.id)
            elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                names.add(node.name)
            elif isinstance(node, (ast.Import, ast.ImportFrom)):
                names |= {(a.asname or a.name).split(".")[0] for a in node.names}
    return names


def _loaded(code: str) -> set[str]:
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return set()
    return {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}


def strip_glue(code: str, glue_names: set[str]) -> tuple[str, set[str], set[str]]:
    """(code without its glue statements, names the rest defines, glue helpers it defines)."""
    tree = ast.parse(code)
    helpers = _glue_helpers(tree, glue_names)
    names = glue_names | helpers
    lines = code.split("\n")
    keep, kept_nodes = [True] * len(lines), []
    for statement in tree.body:
        drop = _is_glue(statement, names) or (
            isinstance(statement, ast.FunctionDef) and statement.name in helpers
        )
        if drop:
            for n in range(statement.lineno - 1, statement.end_lineno):
                keep[n] = False
        else:
            kept_nodes.append(statement)
    rest = "\n".join(line for line, k in zip(lines, keep) if k).strip("\n")
    return rest, _stored(kept_nodes), helpers


# ---- exercises -------------------------------------------------------------------------------------

_GATE = re.compile(
    r"^(`{3,}|:{3,})\{(?P<kind>exercise|solution)-(?P<end>start|end)\}[ \t]*(?P<arg>[^\n]*)\n"
    r"(?P<options>(?::[\w\-]+:[^\n]*\n)*)\1[ \t]*$",
    re.M,
)


def _segments(text: str) -> list[tuple[str, str]]:
    """Split a Markdown cell at sphinx-exercise's gated markers: [('text'|'exercise-start:<label>'|
    'exercise-end'|'solution-start:<label>'|'solution-end', text)]."""
    out, i = [], 0
    for match in _GATE.finditer(text + "\n"):
        out.append(("text", text[i : match.start()]))
        label = re.search(r":label:\s*(\S+)", match.group("options") or "")
        tag = f"{match.group('kind')}-{match.group('end')}"
        if match.group("end") == "start":
            tag += ":" + (
                label.group(1) if match.group("kind") == "exercise" and label else match.group("arg").strip()
            )
        out.append((tag, ""))
        i = match.end()
    out.append(("text", text[i:]))
    return [(t, s) for t, s in out if t != "text" or s.strip()]


def language_cell(language: str) -> dict:
    """The cell after the set-up in an edition not in English: the kernel speaks ``language``."""
    source = (
        tr("# The language of the course's figures, widgets and check()'s feedback.", language)
        + f"\n%env {i18n.ENVIRONMENT_VARIABLE}={language}"
    )
    return _code("language", source, tags=["language"])


def colab_cell(repository_url: str, language: str = "en") -> dict:
    """The first cell: on Colab, fetch and install the course; anywhere else, nothing."""
    url = repository_url.strip()
    if url:
        body = (
            f'    repository = "{url}"\n'
            '    here = "/content/" + repository.rstrip("/").rsplit("/", 1)[-1]\n'
            "    if not os.path.isdir(here):\n"
            '        subprocess.run(["git", "clone", "--depth", "1", repository, here], check=True)\n'
            '    subprocess.run([sys.executable, "-m", "pip", "install", '
            '"--quiet", "-e", here], check=True)\n'
            '    sys.path.insert(0, os.path.join(here, "src"))\n'
            '    os.environ["DEEPSEEK_SHOCK_DATA"] = os.path.join(here, "data")\n'
            "    from google.colab import output\n"
            "    output.enable_custom_widget_manager()  # the chapters' widgets\n"
        )
    else:
        message = tr(
            "This notebook needs the course library (deepseek_shock) and its data. The course's "
            "repository address was not set when this edition was made: upload the course folder, "
            "then run `pip install -e <folder>`; or ask your instructor (who sets repository.url "
            "in _config.yml and runs `make student`).",
            language,
        )
        pieces = [f"{piece} " for piece in textwrap.wrap(message, 72)]
        pieces[-1] = pieces[-1].rstrip()
        body = "    print(\n" + "".join(f"        {piece!r}\n" for piece in pieces) + "    )\n"
    source = (
        tr(
            "# Set-up for Google Colab; it does nothing anywhere else (JupyterLab, Binder, a JupyterHub).",
            language,
        )
        + "\nimport os, subprocess, sys\n\n"
        'if "google.colab" in sys.modules:\n' + body
    )
    return {
        "cell_type": "code",
        "execution_count": None,
        "id": "colab-setup",
        "metadata": {"jupyter": {"source_hidden": True}, "tags": ["colab-setup"]},
        "outputs": [],
        "source": source.rstrip("\n"),
    }


def _markdown(cell_id: str, text: str, **metadata) -> dict:
    return {"cell_type": "markdown", "id": cell_id, "metadata": metadata, "source": text}


def _code(cell_id: str, text: str, **metadata) -> dict:
    return {
        "cell_type": "code",
        "execution_count": None,
        "id": cell_id,
        "metadata": metadata,
        "outputs": [],
        "source": text,
    }


def _answer_cells(label: str, number: str, base_id: str, language: str = "en") -> list[dict]:
    cells = []
    for k, answer in enumerate(EXERCISES.get(label, ())):
        blank = (
            tr("...  # None can be an answer here, so the cell starts with ...", language)
            if QUESTIONS[answer.qid].none_is_answer
            else "None"
        )
        heading = tr("# Exercise {number}: {prompt}", language).format(
            number=number, prompt=tr(answer.prompt, language)
        )
        cells.append(
            _code(
                f"{base_id}-answer-{k}",
                f"{heading}\n{answer.name} = {blank}",
                tags=["answer"],
            )
        )
        cells.append(
            _code(
                f"{base_id}-check-{k}",
                f'check("{answer.qid}", {answer.name})',
                tags=["check"],
                editable=False,
            )
        )
    return cells


# ---- one notebook ----------------------------------------------------------------------------------


def _chapter_number(name: str) -> str:
    found = re.match(r"(\d+)_", name)
    return str(int(found.group(1))) if found else ""


def _sections(nb: dict) -> dict[str, str]:
    labels, pending = {}, None
    for cell in nb["cells"]:
        if cell["cell_type"] != "markdown":
            continue
        for line in _source(cell).split("\n"):
            target = TARGET.match(line.strip())
            if target:
                pending = target.group(1)
            elif pending and re.match(r"^#{1,6} ", line):
                labels[pending] = re.sub(r"^#{1,6} ", "", line).strip()
                pending = None
    return labels


def _source(cell: dict) -> str:
    text = cell.get("source", "")
    return "".join(text) if isinstance(text, list) else text


def _kept_code(cells: list[dict]) -> dict[int, str | None]:
    """For each ``remove-cell`` code cell: its code without glue, or None when no later cell the student
    runs needs what it defines (then it goes). Solutions are not counted: students do not run them."""
    glue_names, stripped = set(GLUE_FUNCTIONS), {}
    in_solution = _solution_flags(cells)
    for i, cell in enumerate(cells):
        if cell["cell_type"] == "code" and "remove-cell" in cell.get("metadata", {}).get("tags", []):
            rest, defined, helpers = strip_glue(_source(cell), glue_names)
            glue_names |= helpers
            stripped[i] = (rest, defined)
    kept, needed = {}, set()
    for i in range(len(cells) - 1, -1, -1):
        cell = cells[i]
        if cell["cell_type"] != "code" or in_solution[i]:
            continue
        if i in stripped:
            rest, defined = stripped[i]
            kept[i] = rest if defined & needed else None
            if kept[i] is not None:
                needed = (needed - defined) | _loaded(rest)
        else:
            needed |= _loaded(_source(cell))
    return kept


def _solution_flags(cells: list[dict]) -> list[bool]:
    """Whether each cell lies inside a gated solution (``{solution-start}`` … ``{solution-end}``)."""
    flags, inside = [], False
    for cell in cells:
        if cell["cell_type"] == "markdown":
            for tag, _ in _segments(_source(cell)):
                if tag.startswith("solution-start"):
                    inside = True
                elif tag == "solution-end":
                    inside = False
        flags.append(inside)
    return flags


def student_notebook(nb: dict, ctx: Context, repository_url: str = "") -> dict:
    """The student edition of one chapter notebook (``nb`` is the book's source, outputs or not)."""
    chapter = _chapter_number(ctx.name)
    figures = [
        c["metadata"]["mystnb"]["figure"]
        for c in nb["cells"]
        if c["cell_type"] == "code" and "figure" in c["metadata"].get("mystnb", {})
    ]
    ctx.figures = {
        f["name"]: f"{chapter + '.' if chapter else ''}{n}" for n, f in enumerate(figures, 1) if f.get("name")
    }
    ctx.sections = _sections(nb)
    cells = nb["cells"]
    kept_code = _kept_code(cells)

    out = [colab_cell(repository_url, ctx.language)]
    if ctx.language != "en":
        out.append(language_cell(ctx.language))
    solutions: list[dict] = []
    state, label, number, exercise_count, figure_count = "text", None, "", 0, 0
    solution_parts: list[str] = []
    check_imported = False
    for i, cell in enumerate(cells):
        where = f"{ctx.name}, cell {i} ({cell.get('id', '?')})"
        meta = {k: v for k, v in cell.get("metadata", {}).items() if k not in ("mystnb",)}
        tags = set(meta.get("tags", []))
        if cell["cell_type"] == "markdown":
            source = _source(cell)
            if ctx.translator is not None:
                ctx.translator.where = where
                source = ctx.translator.markdown(source)
            for tag, text in _segments(source):
                if tag == "text":
                    converted = convert_markdown(text, ctx, where)
                    if state == "solution":
                        solution_parts.append(converted)
                    else:
                        heading = (
                            tr("### Exercise {number}", ctx.language).format(number=number) + "\n\n"
                            if state == "exercise"
                            else ""
                        )
                        if heading:
                            state = "exercise-body"
                        out.append(_markdown(f"{cell.get('id', i)}-{len(out)}", heading + converted))
                elif tag.startswith("exercise-start"):
                    exercise_count += 1
                    label = tag.split(":", 1)[1]
                    number = f"{chapter}.{exercise_count}" if chapter else str(exercise_count)
                    state = "exercise"
                    if not check_imported:
                        out.append(
                            _code(
                                "import-check",
                                "from deepseek_shock.check import check  "
                                + tr("# immediate feedback on your answers", ctx.language),
                            )
                        )
                        check_imported = True
                elif tag == "exercise-end":
                    out.extend(_answer_cells(label, number, f"ex-{label}", ctx.language))
                    state = "text"
                elif tag.startswith("solution-start"):
                    state, solution_parts = "solution", []
                elif tag == "solution-end":
                    body = "\n\n".join(p for p in solution_parts if p.strip())
                    solutions.append(
                        _markdown(
                            f"solution-{label}",
                            "<details>\n<summary>"
                            + tr("Solution to exercise {number} (click to open)", ctx.language).format(
                                number=number
                            )
                            + f"</summary>\n\n{body}\n\n</details>",
                        )
                    )
                    state = "text"
            continue
        code = _source(cell)
        if state == "solution":
            solution_parts.append(f"```python\n{code.rstrip()}\n```")
            continue
        if "remove-cell" in tags:
            if kept_code[i] is None:
                continue
            code = kept_code[i]
            meta.setdefault("jupyter", {})["source_hidden"] = True
            tags.discard("remove-cell")
        if tags & {"hide-input", "remove-input"}:
            meta.setdefault("jupyter", {})["source_hidden"] = True
        if tags & {"hide-output"}:
            meta.setdefault("jupyter", {})["outputs_hidden"] = True
        if tags:
            meta["tags"] = sorted(tags)
        else:
            meta.pop("tags", None)
        out.append(_code(cell.get("id", f"cell-{i}"), code, **meta))
        figure = cell.get("metadata", {}).get("mystnb", {}).get("figure")
        if figure:
            figure_count += 1
            caption = figure.get("caption", "")
            if ctx.translator is not None and caption.strip():
                caption = ctx.translator.text(caption)
            caption = convert_inline(caption, ctx, where)
            shown = ctx.figures.get(figure.get("name"), f"{chapter + '.' if chapter else ''}{figure_count}")
            label_text = tr("**Figure {number}.**", ctx.language).format(number=shown)
            out.append(_markdown(f"{cell.get('id', i)}-caption", f"{label_text} {caption}"))
    if state != "text":
        raise EditionError(f"{ctx.name}: an exercise or solution is never closed")
    if solutions:
        out.append(
            _markdown(
                "solutions",
                tr("## Solutions", ctx.language)
                + "\n\n"
                + tr(
                    "Try each exercise before you open its solution: click a title to unfold it.",
                    ctx.language,
                ),
            )
        )
        out.extend(solutions)
    edition = {
        "cells": out,
        "metadata": copy.deepcopy(nb.get("metadata", {})),
        "nbformat": nb.get("nbformat", 4),
        "nbformat_minor": max(nb.get("nbformat_minor", 5), 5),
    }
    edition["metadata"].pop("mystnb", None)
    edition["metadata"].pop("widgets", None)
    return edition


#: Where each language's book build leaves its executed notebooks (and their glue files).
EXECUTED = {
    "en": ROOT / "_build" / "jupyter_execute" / "chapters",
    "fr": ROOT / "_build" / "fr" / "_build" / "jupyter_execute" / "chapters",
}


def existing_catalogue(locales: Path, language: str, notebook: Path) -> Path:
    """The chapter's .po file (tools/catalogue.py says where), which must exist."""
    path = catalogue_path(locales, language, notebook)
    if not path.exists():
        raise EditionError(f"{path}: missing; `make po` writes the catalogues of every page")
    return path


def load_glue(executed: Path, name: str) -> dict:
    path = executed / f"{Path(name).stem}.glue.json"
    if not path.exists():
        raise EditionError(
            f"{path}: missing; build the book first (`make book`), which writes the values "
            "glued into each chapter"
        )
    return json.loads(path.read_text(encoding="utf-8"))


def repository_url(config: Path) -> str:
    settings = yaml.safe_load(config.read_text(encoding="utf-8")) or {}
    return str((settings.get("repository") or {}).get("url") or "")


def write(path: Path, nb: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(nb, indent=1, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")


def _git(root: Path, *args: str, env: dict | None = None, data: bytes | None = None) -> str:
    done = subprocess.run(
        ["git", "-C", str(root), *args],
        check=True,
        capture_output=True,
        input=data,
        env={**os.environ, **(env or {})},
    )
    return done.stdout.decode().strip()


def publish(root: Path, student: Path, branch: str) -> str:
    """Commit the edition to ``branch`` of the repository at ``root``, without touching the work tree,
    the index or the current branch, and without pushing. The branch holds the committed tree of HEAD
    with ``chapters/<name>.ipynb`` replaced by the student edition, ``assignments/`` added from
    ``student/assignments`` and ``exercises/`` (which holds the solutions) left out. Returns the commit."""
    notebooks = sorted((student / "chapters").glob("*.ipynb"))
    if not notebooks:
        raise EditionError(f"{student / 'chapters'}: no student edition to publish; run `make student`")
    with tempfile.TemporaryDirectory() as tmp:
        env = {"GIT_INDEX_FILE": str(Path(tmp) / "index")}
        _git(root, "read-tree", "HEAD", env=env)
        _git(root, "rm", "-r", "--cached", "--quiet", "--ignore-unmatch", "exercises", env=env)
        files = [(f"chapters/{p.name}", p) for p in notebooks]
        files += [(f"assignments/{p.name}", p) for p in sorted((student / "assignments").glob("*.ipynb"))]
        for target, path in files:
            blob = _git(root, "hash-object", "-w", "--stdin", data=path.read_bytes())
            _git(root, "update-index", "--add", "--cacheinfo", f"100644,{blob},{target}", env=env)
        tree = _git(root, "write-tree", env=env)
    parent = subprocess.run(
        ["git", "-C", str(root), "rev-parse", "--quiet", "--verify", f"refs/heads/{branch}"],
        capture_output=True,
        text=True,
    ).stdout.strip()
    if parent and _git(root, "rev-parse", f"{parent}^{{tree}}") == tree:
        return parent  # nothing changed: no empty commit
    source = _git(root, "rev-parse", "--short", "HEAD")
    message = f"Student edition of {source} (written by `make publish-notebooks`; do not edit by hand)"
    named = subprocess.run(
        ["git", "-C", str(root), "config", "user.email"], capture_output=True
    ).stdout.strip()
    who = (
        {}
        if named
        else {
            "GIT_AUTHOR_NAME": "make publish-notebooks",
            "GIT_COMMITTER_NAME": "make publish-notebooks",
            "GIT_AUTHOR_EMAIL": "student-edition@localhost",
            "GIT_COMMITTER_EMAIL": "student-edition@localhost",
        }
    )
    commit = _git(root, "commit-tree", tree, *(["-p", parent] if parent else []), "-m", message, env=who)
    _git(root, "update-ref", f"refs/heads/{branch}", commit)
    return commit


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--chapters", type=Path, default=ROOT / "chapters")
    parser.add_argument(
        "--language",
        default="en",
        choices=i18n.LANGUAGES,
        help="the edition's language; not English: prose from locales/<language>/, glue from its build",
    )
    parser.add_argument("--executed", type=Path, help=f"default: {EXECUTED['en']} (English)")
    parser.add_argument(
        "--out", type=Path, help="default: student/chapters (English), student/<language>/chapters"
    )
    parser.add_argument("--locales", type=Path, default=ROOT / "locales")
    parser.add_argument("--config", type=Path, default=ROOT / "_config.yml")
    parser.add_argument("--bib", type=Path, default=ROOT / "references.bib")
    parser.add_argument(
        "--keep-others",
        action="store_true",
        help="leave other notebooks in --out alone (the book's _sources/ folder)",
    )
    parser.add_argument(
        "--publish",
        metavar="BRANCH",
        help="commit the edition already in student/ to BRANCH (never pushed) and stop",
    )
    args = parser.parse_args(argv)
    language = args.language
    args.executed = args.executed or EXECUTED.get(language) or EXECUTED["en"]
    args.out = args.out or ROOT / "student" / ("chapters" if language == "en" else f"{language}/chapters")
    if args.publish:
        commit = publish(ROOT, args.out.parent, args.publish)
        print(
            f"student_edition: branch {args.publish} at {commit[:12]}; publish it with "
            f"`git push origin {args.publish}`"
        )
        return 0
    references = load_references(args.bib)
    url = repository_url(args.config)
    paths = sorted(args.chapters.glob(CHAPTER_GLOB))
    if not paths:
        print(f"student_edition: no chapter notebooks in {args.chapters}", file=sys.stderr)
        return 1
    try:
        editions = {}
        for path in paths:
            nb = json.loads(path.read_text(encoding="utf-8"))
            ctx = Context(path.name, load_glue(args.executed, path.name), references, language=language)
            if language != "en":
                po = existing_catalogue(args.locales, language, path)
                ctx.translator = Translator(load_catalogue(po))
            editions[path.name] = student_notebook(nb, ctx, url)
            if ctx.translator is not None and ctx.translator.missing:
                raise EditionError(
                    f"{path.name}: {len(ctx.translator.missing)} passages have no {language!r} "
                    f"translation in {po} (run `make po`, "
                    "then translate them):\n  " + "\n  ".join(ctx.translator.missing[:20])
                )
    except EditionError as exc:
        print(f"student_edition: {exc}", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    for stale in [] if args.keep_others else args.out.glob("*.ipynb"):
        if stale.name not in editions:
            stale.unlink()
    for name, edition in editions.items():
        write(args.out / name, edition)
        print(f"student_edition: {args.out / name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
