"""Tests of tools/catalogue.py: MyST Markdown cut into the messages Sphinx's gettext writes."""

from __future__ import annotations

import doctest
import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("catalogue", ROOT / "tools" / "catalogue.py")
catalogue = importlib.util.module_from_spec(_spec)
sys.modules["catalogue"] = catalogue  # its dataclass looks its module up while it is made
_spec.loader.exec_module(catalogue)


def test_the_docstring_examples_hold():
    result = doctest.testmod(catalogue)
    assert result.attempted > 0 and result.failed == 0


def test_markup_around_each_message_is_kept():
    t = catalogue.Translator(
        {"Note title": "Titre", "Body text.": "Corps.", "a": "un", "b": "deux", "Quoted.": "Cité."}
    )
    text = "\n".join(
        [
            ":::{note} Note title",
            ":class: dropdown",
            "Body text.",
            ":::",
            "",
            "| a | b |",
            "|---|---|",
            "| a | b |",
            "",
            "> Quoted.",
            "",
            "```python",
            "a = 1  # code is never translated",
            "```",
        ]
    )
    assert t.markdown(text).split("\n") == [
        ":::{note} Titre",
        ":class: dropdown",
        "Corps.",
        ":::",
        "",
        "| un | deux |",
        "|---|---|",
        "| un | deux |",
        "",
        "> Cité.",
        "",
        "```python",
        "a = 1  # code is never translated",
        "```",
    ]
    assert t.missing == []


@pytest.mark.parametrize("path", sorted((ROOT / "chapters").glob("[0-9][0-9]_*.ipynb")), ids=lambda p: p.stem)
def test_every_passage_of_a_chapter_is_a_message_of_its_catalogue(path):
    """The cutting agrees with Sphinx's: each unit found in the chapter's .po (msgids only)."""
    po = catalogue.catalogue_path(ROOT / "locales", "fr", path)
    with po.open("rb") as handle:
        ids = {m.id: m.id for m in catalogue.read_po(handle) if m.id}
    t = catalogue.Translator(ids, path.name)
    for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
        if cell["cell_type"] == "markdown":
            t.markdown("".join(cell["source"]))
        caption = cell.get("metadata", {}).get("mystnb", {}).get("figure", {}).get("caption")
        if caption:
            t.text(caption)
    assert t.missing == []
