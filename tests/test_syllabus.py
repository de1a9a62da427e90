"""tools/syllabus.py: the time budget read from the notebooks, and a syllabus whose days fit."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
import syllabus  # noqa: E402

CHAPTERS = sorted((ROOT / "chapters").glob("[0-9][0-9]_*.ipynb"))
ASSIGNMENTS = sorted((ROOT / "exercises").glob("[0-9][0-9]_*.ipynb"))


def write(path: Path, *cells: tuple[str, str, dict]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        json.dumps(
            {"cells": [{"cell_type": kind, "source": text, "metadata": meta} for kind, text, meta in cells]}
        ),
        encoding="utf-8",
    )
    return path


def test_every_session_fits_its_hours():
    rows = syllabus.schedule()
    assert syllabus.problems(rows) == []
    assert [r["day"] for r in rows] == [1, 2, 3, 4, 5]


def test_every_chapter_and_assignment_is_planned_once():
    planned = [n for day in syllabus.WEEK for n in day] + [syllabus.TAKE_HOME]
    assert sorted(planned) == [p.name[:2] for p in CHAPTERS] == [p.name[:2] for p in ASSIGNMENTS]


def test_take_home_fits_a_homework_evening_and_a_half():
    minutes = syllabus.chapter_minutes(
        syllabus.notebook("chapters", syllabus.TAKE_HOME)
    ) + syllabus.assignment_minutes(syllabus.notebook("exercises", syllabus.TAKE_HOME))
    assert minutes <= 2 * syllabus.HOMEWORK_LIMIT_MINUTES


@pytest.mark.parametrize("path", CHAPTERS, ids=lambda p: p.name)
def test_each_chapter_states_its_time(path):
    assert 10 <= syllabus.chapter_minutes(path) <= syllabus.SESSION_MINUTES


@pytest.mark.parametrize("path", ASSIGNMENTS, ids=lambda p: p.name)
def test_each_question_has_a_difficulty(path):
    found = syllabus.questions(path)
    assert [q.number for q in found] == list(range(1, len(found) + 1))
    assert all(q.level in syllabus.LEVELS for q in found)
    assert {q.level for q in found} == set(syllabus.LEVELS), f"{path.name} uses only part of the scale"
    assert syllabus.assignment_minutes(path) <= syllabus.SESSION_MINUTES


def test_a_session_that_overflows_is_reported(tmp_path):
    write(
        tmp_path / "chapters" / "01_long.ipynb", ("markdown", "# Long: x\n**Time:** about 110 minutes.", {})
    )
    write(tmp_path / "exercises" / "01_long.ipynb", ("markdown", "# A\n**Estimated time:** 90 minutes.", {}))
    rows = syllabus.schedule(tmp_path, week=(("01",),))
    assert rows[0]["in_class"] == 110 + syllabus.DISCUSSION_MINUTES
    assert rows[0]["left_in_class"] == 0 and rows[0]["homework"] == 90
    reported = syllabus.problems(rows)
    assert len(reported) == 2 and reported[0].startswith("day 1: 110 minutes of chapters")


def test_missing_time_names_the_file(tmp_path):
    path = write(tmp_path / "chapters" / "01_x.ipynb", ("markdown", "# X\nNo time here.", {}))
    with pytest.raises(ValueError, match=r"01_x.ipynb: no chapter time"):
        syllabus.chapter_minutes(path)


def test_bad_heading_and_unknown_level_name_the_cell(tmp_path):
    bad = write(tmp_path / "a.ipynb", ("markdown", "## Question 1 — X (2 points)", {}))
    with pytest.raises(ValueError, match=r"a.ipynb, cell 0: heading"):
        syllabus.questions(bad)
    unknown = write(tmp_path / "b.ipynb", ("markdown", "## Question 1 — X (2 points, written, hard)", {}))
    with pytest.raises(ValueError, match=r"b.ipynb, cell 0: difficulty 'hard'"):
        syllabus.questions(unknown)


def test_headings_are_parsed(tmp_path):
    path = write(
        tmp_path / "a.ipynb",
        ("markdown", "## Question 1 — A: b (1 point, computation, ★☆☆ routine)\ntext", {}),
        ("code", "## Question 9 — in code (1 point, x, ★☆☆ routine)", {}),
        ("markdown", "## Question 2 — B (3 points, computation and written, ★★★ judgement)", {}),
        ("markdown", "## Before you hand in", {}),
    )
    assert [(q.number, q.title, q.points, q.kind, q.level) for q in syllabus.questions(path)] == [
        (1, "A: b", 1, "computation", "★☆☆ routine"),
        (2, "B", 3, "computation and written", "★★★ judgement"),
    ]


def test_notebook_needs_exactly_one_match(tmp_path):
    with pytest.raises(ValueError, match=r"chapters/07_\*.ipynb: expected one notebook, found 0"):
        syllabus.notebook("chapters", "07", tmp_path)


def test_the_instructors_tables_have_a_row_per_chapter_and_session():
    overview = syllabus.overview_table().splitlines()
    chapters = sorted((syllabus.ROOT / "chapters").glob("[0-9][0-9]_*.ipynb"))
    assert len(overview) == 2 + len(chapters) and overview[0].startswith("| chapter |")
    schedule = syllabus.schedule_table().splitlines()
    assert len(schedule) == 2 + len(syllabus.WEEK) + 1 and schedule[-1].startswith("| take-home |")


def test_the_tables_speak_french_in_the_french_edition():
    levels = syllabus.levels_table("fr")
    assert levels.startswith("| difficulté | ce que demande la question |")
    assert "routine" in levels and "what the question asks" not in levels and "several steps" not in levels
