"""Tests of deepseek_shock.i18n and its French table (deepseek_shock.strings_fr)."""

from __future__ import annotations

import ast
import functools
import re
import string
from pathlib import Path

import pandas as pd
import pytest

from deepseek_shock import i18n
from deepseek_shock.questions import EXERCISES
from deepseek_shock.strings_fr import FRENCH

SRC = Path(i18n.__file__).parent


@functools.cache
def _code() -> dict[Path, tuple[str, ast.Module]]:
    """The library's and the tools' files, each read and parsed once: path → (text, tree)."""
    paths = sorted(SRC.glob("*.py")) + sorted((SRC.parents[1] / "tools").glob("*.py"))
    texts = {path: path.read_text(encoding="utf-8") for path in paths}
    return {path: (text, ast.parse(text)) for path, text in texts.items()}


#: The functions that translate one of their arguments with ``tr``: name → that argument's position.
TRANSLATING = {"tr": 0, "_mistyped": 1}


def _translated_literals() -> dict[str, list[str]]:
    """Every string literal the library passes to ``tr`` (or to a function of :data:`TRANSLATING`,
    which hands it to ``tr``), with where it is."""
    found: dict[str, list[str]] = {}
    for path, (text, tree) in _code().items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            at = TRANSLATING.get(getattr(node.func, "id", None) or getattr(node.func, "attr", None))
            if (
                at is not None
                and len(node.args) > at
                and isinstance(node.args[at], ast.Constant)
                and isinstance(node.args[at].value, str)
            ):
                found.setdefault(node.args[at].value, []).append(f"{path.name}:{node.lineno}")
        # the docstring examples (doctests run them) count as uses too
        for match in re.finditer(r'>>> .*?\btr\("([^"]+)"', text):
            found.setdefault(match[1], []).append(f"{path.name} (docstring example)")
    return found


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_every_string_the_library_translates_has_a_french_entry():
    missing = {text: where for text, where in _translated_literals().items() if text not in FRENCH}
    assert not missing, f"add these to strings_fr.FRENCH: {missing}"


def _exercise_prompts() -> set[str]:
    """The prompts of the chapters' exercises: the student edition translates them with ``tr``."""
    return {answer.prompt for answers in EXERCISES.values() for answer in answers}


def test_every_exercise_prompt_has_a_french_entry():
    missing = sorted(_exercise_prompts() - set(FRENCH))
    assert not missing, f"add these exercise prompts to strings_fr.FRENCH: {missing}"


def _string_constants() -> set[str]:
    """Every string constant of the library and the tools, but the French table's own (an entry is
    used when its English text is still somewhere in the code: a ``tr`` argument, a table of levels)."""
    found: set[str] = set()
    for path, (_, tree) in _code().items():
        if path.name.startswith("strings_"):
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.add(node.value)
    return found | set(_translated_literals())


def test_every_french_entry_is_used_and_keeps_its_fields():
    unused = sorted(set(FRENCH) - _string_constants())
    assert not unused, f"entries of strings_fr.FRENCH whose English is nowhere in the code: {unused}"
    changed = {k: v for k, v in FRENCH.items() if _fields(k) != _fields(v)}
    assert not changed, f"translations whose {{fields}} differ from the English: {changed}"


def test_the_language_comes_from_the_environment(monkeypatch):
    monkeypatch.setenv(i18n.ENVIRONMENT_VARIABLE, "fr")
    assert i18n.language() == "fr"
    assert i18n.tr("Share price (USD)") == "Cours de l'action (USD)"
    monkeypatch.setenv(i18n.ENVIRONMENT_VARIABLE, "")
    assert i18n.language() == "en"
    monkeypatch.setenv(i18n.ENVIRONMENT_VARIABLE, "es")
    with pytest.raises(ValueError, match=r"DEEPSEEK_SHOCK_LANGUAGE='es': expected one of 'en', 'fr'"):
        i18n.language()


def test_a_missing_translation_names_the_text_and_the_table():
    with pytest.raises(KeyError, match=r"no 'fr' translation of 'Not in any table'.*strings_fr\.py"):
        i18n.tr("Not in any table", "fr")


@pytest.mark.parametrize(
    "value, spec, english, french",
    [
        (16.971, ".2f", "16.97", "16,97"),
        (593.2, ",.0f", "593", "593"),
        (5576000, ",", "5,576,000", "5\u202f576\u202f000"),
        (2025, "d", "2025", "2025"),
        (0.1697, ".1%", "17.0%", "17,0\u202f%"),
        (pd.Timestamp("2025-01-27"), "%A %d %B %Y", "Monday 27 January 2025", "lundi 27 janvier 2025"),
        ("text", "", "text", "text"),
    ],
)
def test_format_spec_writes_each_language_its_way(value, spec, english, french):
    assert i18n.format_spec(value, spec, "en") == english
    assert i18n.format_spec(value, spec, "fr") == french


def test_bad_arguments_get_clear_errors():
    with pytest.raises(ValueError, match=r"decimals=-1: expected a whole number of digits"):
        i18n.format_number(1.0, -1, "fr")
    with pytest.raises(ValueError, match=r"style='iso': expected one of"):
        i18n.format_date("2025-01-27", "iso", "fr")


def test_fill_writes_english_as_python_and_french_with_its_separators_and_widths():
    template = "{n_gpus:>6,} GPUs: {days:5.1f} days, bill ${bill_m:.3f}M"
    values = {"n_gpus": 16595, "days": 7.0, "bill_m": 5.576}
    assert i18n.fill(template, values, "en") == template.format(**values)
    assert i18n.fill(template, values, "fr") == "16\u202f595 GPU :   7,0 jours, facture 5,576\u202fM$"
    with pytest.raises(ValueError, match=r"expected values for bill_m, days"):
        i18n.fill(template, {"n_gpus": 1}, "fr")


def test_text_table_prints_the_language_decimal_mark():
    frame = pd.DataFrame({"stage": ["a"], "hours": [2664000.0]})
    assert i18n.text_table(frame, "en") == frame.to_string(index=False)
    assert i18n.text_table(frame, "fr").splitlines()[1].split() == ["a", "2664000,0"]
