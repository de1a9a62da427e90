"""tools/grade.py: a folder of planted submissions (right, wrong, crashing, check cell edited, renamed,
unreadable, and three hostile ones) is graded into grades.csv, one clear row each, and nothing outside
each submission's own temporary folder changes."""

from __future__ import annotations

import asyncio
import csv
import hashlib
import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("grade", ROOT / "tools" / "grade.py")
grade = importlib.util.module_from_spec(_spec)
sys.modules["grade"] = grade  # dataclasses look their module up
_spec.loader.exec_module(grade)
ms = grade.ms

ASSIGNMENT = "01_timeline"
SOURCE = json.loads((ROOT / "exercises" / f"{ASSIGNMENT}.ipynb").read_text(encoding="utf-8"))
CHECKS = [r["grade_id"] for r in ms.questions_of(SOURCE) if r["question"]]
AUTO_POINTS = sum(r["points"] for r in ms.questions_of(SOURCE) if r["question"])
SANDBOXED = grade.sandboxed()


def answer_cells(nb: dict) -> list[dict]:
    return [c for c in nb["cells"] if c["cell_type"] == "code" and ms.nbgrader(c).get("solution")]


def handed_in(answers: dict[str, str] | None = None, right: bool = True) -> dict:
    """A student's notebook: the released version, with the solutions pasted in (``right``) or each
    answer set to a wrong value, then ``answers`` (grade_id -> code) put in their cells."""
    nb = ms.student_version(SOURCE)
    solutions = grade.grade_ids(SOURCE)
    for cell in answer_cells(nb):
        gid = ms.nbgrader(cell)["grade_id"]
        if right:
            cell["source"] = (
                ms.source(solutions[gid])
                .replace(ms.BEGIN_SOLUTION + "\n", "")
                .replace("\n" + ms.END_SOLUTION, "")
            )
        else:
            name = re.search(r"^(\w+) = None$", ms.source(cell), re.M).group(1)
            cell["source"] = f"{name} = 123456"
    for cell in answer_cells(nb):
        gid = ms.nbgrader(cell)["grade_id"]
        if answers and gid in answers:
            cell["source"] = answers[gid]
    return nb


def tree_hash(folder: Path, skip: set[Path] = frozenset()) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file() and path not in skip and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(folder)).encode() + path.read_bytes())
    return digest.hexdigest()


FIRST = "tl-single-source"  # the first answer cell of the assignment


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    subs = tmp_path_factory.mktemp("submissions")
    alice = subs / "alice" / f"{ASSIGNMENT}.ipynb"
    plants = {
        "alice": handed_in(),
        "bob": handed_in(right=False),
        "carol": handed_in({FIRST: 'raise RuntimeError("my code crashed")'}),
        "erin": handed_in(),
    }
    edited = handed_in({FIRST: "n_single_source = 0"})
    check_cell = grade.grade_ids(edited)[f"{FIRST}-check"]
    check_cell["source"] = 'print("Right!")'
    plants["dave"] = edited
    if SANDBOXED:
        plants["gina"] = handed_in({"tl-rule-to-r1": "while True:\n    pass"})
        plants["hank"] = handed_in(
            {
                FIRST: (
                    f"open({str(ROOT / 'data' / 'events.csv')!r}, 'w').write('overwritten')\n"
                    "n_single_source = 3"
                )
            }
        )
        plants["hank2"] = handed_in(
            {
                FIRST: (
                    "from deepseek_shock.data import data_dir\n"
                    "open(data_dir() / 'events.csv', 'w').write('overwritten')"
                )
            }
        )
        plants["jane"] = handed_in({FIRST: "hog = bytearray(2 * 2**30)\nn_single_source = 3"})
        plants["ivan"] = handed_in({FIRST: f"n_single_source = len(open({str(alice)!r}).read())"})
    for student, nb in plants.items():
        name = "Copy of 01_timeline.ipynb" if student == "erin" else f"{ASSIGNMENT}.ipynb"
        (subs / student).mkdir()
        (subs / student / name).write_text(json.dumps(nb, indent=1), encoding="utf-8")
    (subs / "frank").mkdir()
    (subs / "frank" / f"{ASSIGNMENT}.ipynb").write_text("{ not json", encoding="utf-8")
    guarded = {"data": ROOT / "data", "src": ROOT / "src", "exercises": ROOT / "exercises"}
    before = {k: tree_hash(p) for k, p in guarded.items()}
    subs_before = tree_hash(subs)
    out = subs / "grades.csv"
    assert grade.main([str(subs), "--cell-timeout", "8", "--timeout", "60", "--memory-mb", "1500"]) == 0
    with out.open(encoding="utf-8") as f:
        rows = {row["student"]: row for row in csv.DictReader(f)}
    after = {k: tree_hash(p) for k, p in guarded.items()}
    return {
        "rows": rows,
        "before": before,
        "after": after,
        "subs_before": subs_before,
        "subs_after": tree_hash(subs, {out}),
        "header": out.read_text().split("\n")[0],
    }


def col(gid: str) -> str:
    return f"{ASSIGNMENT}/{gid}"


def test_one_column_per_question_and_totals(graded):
    header = graded["header"].split(",")
    questions = [col(r["grade_id"]) for r in ms.questions_of(SOURCE)]
    assert header == ["student", *questions, f"{ASSIGNMENT} total", "total", "max", "notes"]


def test_right_gets_every_automatic_point_wrong_gets_none(graded):
    alice, bob = graded["rows"]["alice"], graded["rows"]["bob"]
    assert float(alice["total"]) == AUTO_POINTS and alice["notes"] == "ok", alice["notes"]
    assert all(float(bob[col(g)]) == 0 for g in CHECKS) and float(bob["total"]) == 0
    assert alice[col("tl-sources-disagree")] == ""  # written answers: marked by hand
    assert float(alice["max"]) == sum(r["points"] for r in ms.questions_of(SOURCE))


def test_a_crashing_answer_costs_its_question_only(graded):
    carol = graded["rows"]["carol"]
    assert float(carol[col(f"{FIRST}-check")]) == 0
    points = {r["grade_id"]: r["points"] for r in ms.questions_of(SOURCE)}
    assert float(carol["total"]) == AUTO_POINTS - points[f"{FIRST}-check"]
    assert f"error in {FIRST}: RuntimeError: my code crashed" in carol["notes"]


def test_an_edited_check_cell_is_reported_and_graded_with_the_original(graded):
    dave = graded["rows"]["dave"]
    assert f"locked cell {FIRST}-check edited: graded with the original" in dave["notes"]
    assert float(dave[col(f"{FIRST}-check")]) == 0  # its wrong answer still fails the real check


def test_renamed_and_unreadable_notebooks_get_clear_rows(graded):
    erin, frank = graded["rows"]["erin"], graded["rows"]["frank"]
    assert "renamed: Copy of 01_timeline.ipynb graded as 01_timeline.ipynb" in erin["notes"]
    assert float(erin["total"]) == AUTO_POINTS
    assert "not a readable notebook" in frank["notes"] and float(frank["total"]) == 0


@pytest.mark.skipif(not SANDBOXED, reason="hostile submissions are planted only as root (own uid)")
def test_hostile_submissions_get_clear_rows(graded):
    rows = graded["rows"]
    gina = rows["gina"]
    assert "timeout: tl-rule-to-r1 ran longer than" in gina["notes"]
    assert float(gina[col(f"{FIRST}-check")]) == 1 and float(gina[col("tl-rule-to-r1-check")]) == 0
    assert float(gina["total"]) == 1  # cells after the loop never ran
    for student in ("hank", "hank2", "ivan"):
        assert f"error in {FIRST}: PermissionError" in rows[student]["notes"], rows[student]["notes"]
        assert float(rows[student][col(f"{FIRST}-check")]) == 0
    assert f"error in {FIRST}: MemoryError" in rows["jane"]["notes"]  # the memory limit holds
    assert float(rows["jane"]["total"]) == AUTO_POINTS - 1


def flaky_python(tmp_path: Path, failures: int) -> tuple[Path, Path]:
    """A stand-in for the kernels' Python that fails to start ``failures`` times (saying why on
    stderr), then starts the real one; and the file counting its starts."""
    count = tmp_path / "starts"
    script = tmp_path / "python"
    script.write_text(
        "#!/bin/sh\n"
        f"echo started >> {count}\n"
        f'if [ "$(wc -l < {count})" -le {failures} ]; then echo "boom: no kernel today" >&2; exit 1; fi\n'
        f'exec {sys.executable} "$@"\n'
    )
    script.chmod(0o755)
    return script, count


def run_one(monkeypatch, tmp_path: Path, python: Path) -> tuple[dict, set[int], list[str]]:
    monkeypatch.setattr(grade, "kernel_interpreter", lambda: (str(python), []))
    nb = {
        "cells": [
            {
                "cell_type": "code",
                "metadata": {},
                "source": "print(6 * 7)",
                "outputs": [],
                "execution_count": None,
            }
        ],
        "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    folder = tmp_path / "sub"
    folder.mkdir()
    grade.prepare_folder(folder, None)
    try:
        return asyncio.run(grade.run_notebook(nb, folder, None, grade.Limits(cell_timeout_s=30)))
    finally:
        grade.remove(folder)


def test_a_kernel_that_fails_to_start_once_is_started_again(monkeypatch, tmp_path):
    python, count = flaky_python(tmp_path, failures=1)
    executed, ran, notes = run_one(monkeypatch, tmp_path, python)
    assert notes == [] and ran == {0}
    assert executed["cells"][0]["outputs"][0]["text"] == "42\n"
    assert count.read_text().count("started") == 2


def test_a_kernel_that_never_starts_is_reported_with_what_it_said(monkeypatch, tmp_path):
    monkeypatch.setattr(grade, "START_ATTEMPTS", 2)  # each failed start costs about 2 s
    python, count = flaky_python(tmp_path, failures=99)
    _, ran, notes = run_one(monkeypatch, tmp_path, python)
    assert ran == set() and count.read_text().count("started") == grade.START_ATTEMPTS
    assert len(notes) == 1 and notes[0].startswith(
        f"could not run: the kernel did not start ({grade.START_ATTEMPTS} tries)"
    )
    assert notes[0].endswith("it said: boom: no kernel today"), notes


def test_kernel_command_drops_privileges_only_with_a_uid():
    limits = grade.Limits(memory_mb=512, notebook_timeout_s=60)
    plain, switched = grade.kernel_prefix(None, limits), grade.kernel_prefix(61234, limits)
    assert plain[0] == "prlimit" and f"--as={512 * 2**20}" in plain and "--cpu=65" in plain
    assert switched[:4] == ["setpriv", "--reuid=61234", "--regid=61234", "--clear-groups"]
    assert switched[switched.index("--") + 1 :] == plain


def test_nothing_outside_a_submissions_folder_changes(graded):
    assert graded["before"] == graded["after"], "the course's data, library or exercises changed"
    assert graded["subs_before"] == graded["subs_after"], "a submission changed"


# ---- the pieces, without kernels ------------------------------------------------------------------


def test_merge_takes_answers_by_grade_id_and_locked_cells_from_the_source():
    submitted = handed_in(right=False)
    submitted["cells"].reverse()  # order does not matter, grade ids do
    del submitted["cells"][0]  # the last cell ("Before you hand in") has no grade id
    merged, notes = grade.merge(SOURCE, submitted)
    assert notes == []
    assert [c["metadata"] for c in merged["cells"]] == [c["metadata"] for c in SOURCE["cells"]]
    for gid, cell in grade.grade_ids(merged).items():
        if ms.nbgrader(cell).get("locked"):
            assert cell["source"] == ms.source(grade.grade_ids(SOURCE)[gid])  # hidden tests back in
        elif cell["cell_type"] == "code":
            assert cell["source"].endswith("= 123456")


def test_merge_reports_missing_answer_and_deleted_check():
    submitted = handed_in()
    submitted["cells"] = [
        c for c in submitted["cells"] if ms.nbgrader(c).get("grade_id") not in (FIRST, "tl-nvidia-fall-check")
    ]
    merged, notes = grade.merge(SOURCE, submitted)
    assert notes == [
        f"answer cell {FIRST} missing: graded as unanswered",
        "locked cell tl-nvidia-fall-check deleted: restored from the source",
    ]
    assert "None" in grade.grade_ids(merged)[FIRST]["source"]


def test_score_cell_follows_nbgrader():
    cell = {
        "cell_type": "code",
        "metadata": {"nbgrader": {"grade": True, "points": 2, "grade_id": "x"}},
        "outputs": [],
    }
    assert grade.score_cell(cell) == 2
    cell["outputs"] = [{"output_type": "display_data", "data": {"text/plain": "Right"}}]
    assert grade.score_cell(cell) == 2
    cell["outputs"] = [{"output_type": "stream", "name": "stderr", "text": "warning"}]
    assert grade.score_cell(cell) == 0
    cell["outputs"] = [{"output_type": "error", "ename": "AssertionError", "evalue": "", "traceback": []}]
    assert grade.score_cell(cell) == 0
    cell["outputs"] = [{"output_type": "execute_result", "data": {"text/plain": "1.5"}}]
    assert grade.score_cell(cell) == 1.5


def test_bad_folder_is_a_clear_error(tmp_path, capsys):
    assert grade.main([str(tmp_path / "nowhere")]) == 2
    assert "not a folder" in capsys.readouterr().err


def test_table_prefers_the_notebook_under_its_own_name_and_lists_what_is_missing():
    own = grade.Result("zoe", ASSIGNMENT, points={g: 1.0 for g in CHECKS})
    copy = grade.Result(
        "zoe",
        ASSIGNMENT,
        points={g: 0.0 for g in CHECKS},
        renamed=True,
        notes=["renamed: Copy.ipynb graded as 01_timeline.ipynb (matched by its cells)"],
    )
    other = grade.Result("amy", "02_market", points={})
    sources = {
        ASSIGNMENT: SOURCE,
        "02_market": json.loads((ROOT / "exercises" / "02_market.ipynb").read_text(encoding="utf-8")),
    }
    for results in ([own, copy, other], [copy, own, other]):
        header, rows = grade.table(results, sources)
        assert [r["student"] for r in rows] == ["amy", "zoe"]
        zoe = rows[1]
        assert zoe[f"{ASSIGNMENT} total"] == str(len(CHECKS)) and "handed in twice" in zoe["notes"]
        assert "02_market: not handed in" in zoe["notes"] and zoe["02_market total"] == "0"
        assert f"{ASSIGNMENT}: not handed in" in rows[0]["notes"]
