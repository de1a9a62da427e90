"""Code that fits the page: every code cell of chapters/ and exercises/ stays within 88 characters a line.

The book's content column shows about 88 characters of code at 1280 px; a longer line scrolls sideways
or is cut. Lines are counted in characters (a "²" or "≥" is one), the way a reader sees them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MAX_CODE_LINE_CHARS = 88
NOTEBOOKS = sorted(
    p
    for folder in ("chapters", "exercises")
    for p in (ROOT / folder).rglob("*.ipynb")
    if ".ipynb_checkpoints" not in p.parts
)


def long_code_lines(notebook: dict, limit: int = MAX_CODE_LINE_CHARS) -> list[tuple[int, int, int]]:
    """(cell index, line number from 1, length) of every code-cell line longer than ``limit``."""
    found = []
    for index, cell in enumerate(notebook["cells"]):
        if cell["cell_type"] != "code":
            continue
        for number, line in enumerate("".join(cell["source"]).split("\n"), start=1):
            if len(line) > limit:
                found.append((index, number, len(line)))
    return found


def test_long_code_lines_finds_a_long_line_and_only_it():
    cell = {"cell_type": "code", "source": ["x = 1\n", "y = '" + "a" * 90 + "'\n", "z = 3"]}
    markdown = {"cell_type": "markdown", "source": ["b" * 200]}
    assert long_code_lines({"cells": [markdown, cell]}) == [(1, 2, 96)]
    assert long_code_lines({"cells": [markdown, cell]}, limit=96) == []


def test_there_are_notebooks_to_check():
    assert {p.parent.name for p in NOTEBOOKS} == {"chapters", "exercises"}


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: str(p.relative_to(ROOT)))
def test_code_lines_fit_the_column(path):
    notebook = json.loads(path.read_text(encoding="utf-8"))
    found = long_code_lines(notebook)
    where = [
        f"cell {cell} (counting from 0), line {line}: {length} characters" for cell, line, length in found
    ]
    assert not found, (
        f"{path.relative_to(ROOT)}: code lines over {MAX_CODE_LINE_CHARS} characters:\n  "
        + "\n  ".join(where)
    )
