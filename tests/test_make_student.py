"""tools/make_student.py: student versions keep every question but no solution or hidden test, the
nbgrader metadata is well formed, keys carry the computed answers, and an unanswered student version
runs to the end with every check saying "not answered yet"."""

from __future__ import annotations

import copy
import importlib.util
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXERCISES = sorted((ROOT / "exercises").glob("*.ipynb"))
IDS = [p.name for p in EXERCISES]

_spec = importlib.util.spec_from_file_location("make_student", ROOT / "tools" / "make_student.py")
ms = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ms)


def read(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("student")
    assert ms.main(["--out", str(out)]) == 0
    return out


def region_lines(nb: dict, begin: str, end: str, *, exact: bool) -> tuple[set[str], set[str]]:
    """(stripped non-blank lines inside the regions, those outside) over the whole notebook."""
    inside, outside = set(), set()
    for cell in nb["cells"]:
        rest, regions = ms.split_regions(ms.source(cell), begin, end, exact=exact)
        inside |= {line.strip() for region in regions for line in region if line.strip()}
        outside |= {line.strip() for line in rest if line.strip()}
    return inside, outside


def all_lines(nb: dict) -> set[str]:
    return {line.strip() for cell in nb["cells"] for line in ms.source(cell).split("\n") if line.strip()}


def test_there_are_assignments():
    assert EXERCISES, "exercises/ holds no assignment notebook"


@pytest.mark.parametrize("path", EXERCISES, ids=IDS)
def test_authored_notebook_is_well_formed_nbgrader(path):
    nb = read(path)
    assert ms.validate(nb, path.name) == []
    metas = [ms.nbgrader(c) for c in nb["cells"] if ms.nbgrader(c)]
    assert all(m["schema_version"] == 3 for m in metas)
    assert nb["metadata"]["kernelspec"]["name"] == "python3"


@pytest.mark.parametrize("path", EXERCISES, ids=IDS)
def test_no_solution_or_hidden_test_line_survives(path, generated):
    authored, student = read(path), read(generated / "assignments" / path.name)
    student_lines = all_lines(student)
    for begin, end, exact in (
        (ms.BEGIN_SOLUTION, ms.END_SOLUTION, True),
        (ms.BEGIN_HIDDEN, ms.END_HIDDEN, False),
    ):
        inside, outside = region_lines(authored, begin, end, exact=exact)
        assert inside, f"{path.name}: no {begin} region at all"
        survivors = sorted((inside - outside) & student_lines)
        assert not survivors, f"{path.name}: lines of {begin} regions in the student version: {survivors}"
    text = json.dumps(student)
    for marker in ("BEGIN SOLUTION", "END SOLUTION", "HIDDEN TESTS", "MARK SCHEME", "strict=True"):
        assert marker not in text, f"{path.name}: {marker!r} left in the student version"


@pytest.mark.parametrize("path", EXERCISES, ids=IDS)
def test_every_stub_matches_a_solution_region(path, generated):
    """Same cells, types, metadata and grade ids; a stub exactly where each solution region was; every
    other cell unchanged."""
    authored, student = read(path), read(generated / "assignments" / path.name)
    assert len(authored["cells"]) == len(student["cells"])
    for a, s in zip(authored["cells"], student["cells"]):
        assert a["cell_type"] == s["cell_type"] and a["metadata"] == s["metadata"]
        _, regions = ms.split_regions(ms.source(a), ms.BEGIN_SOLUTION, ms.END_SOLUTION, exact=True)
        stub = ms.CODE_STUB if a["cell_type"] == "code" else ms.TEXT_STUB
        if regions:
            assert ms.source(s).split("\n").count(stub) == len(regions), ms.source(s)
            before = ms.source(a).split(ms.BEGIN_SOLUTION)[0].rstrip("\n")
            assert ms.source(s).startswith(before), "text above a solution region must stay"
        elif not ms.nbgrader(a).get("grade"):
            assert ms.source(s) == ms.source(a)
    grade_ids = [[ms.nbgrader(c).get("grade_id") for c in nb["cells"]] for nb in (authored, student)]
    assert grade_ids[0] == grade_ids[1]


@pytest.mark.parametrize("path", EXERCISES, ids=IDS)
def test_student_version_does_not_state_expected_numbers(path, generated):
    from deepseek_shock import check

    text = json.dumps(read(generated / "assignments" / path.name), ensure_ascii=False)
    for row in ms.questions_of(read(path)):
        if not row["question"] or check.QUESTIONS[row["question"]].kind not in ("number", "integer"):
            continue
        value = float(check._expected_answer(row["question"]))
        scaled = [value * f for f in (1, 100, 1e-3, 1e-6, 1e-9, 1e-12)]
        candidates = {f"{v:.{d}g}" for s in scaled for v in (s, abs(s)) for d in (3, 4, 5)}
        shown = [
            c
            for c in candidates
            if len(re.sub(r"[^1-9]", "", c)) >= 3 and re.search(rf"(?<![\d.]){re.escape(c)}(?![\d])", text)
        ]
        assert not shown, f"{path.name}: {row['question']} expected value appears as {shown}"


@pytest.mark.parametrize("path", EXERCISES, ids=IDS)
def test_assignment_shape(path):
    """5+ graded questions mixing checked computations, written answers and a widget; the points in
    each question's heading add up to its graded cells; the intro states time and objectives."""
    from deepseek_shock import check

    nb = read(path)
    rows = ms.questions_of(nb)
    checked = [r for r in rows if r["question"]]
    written = [c for c in nb["cells"] if c["cell_type"] == "markdown" and ms.nbgrader(c).get("grade")]
    assert len(rows) >= 5 and checked and written
    assert all(r["question"] in check.QUESTIONS for r in checked)
    assert any("widget" in ms.source(c) for c in nb["cells"] if c["cell_type"] == "code")
    intro = ms.source(nb["cells"][0])
    assert "Estimated time" in intro and "Learning objectives" in intro
    declared_total = int(re.search(r"\*\*Points:\*\* (\d+)", intro).group(1))
    assert declared_total == sum(r["points"] for r in rows)
    heading = re.compile(r"^## Question \d+ .*\((\d+) points?,", re.M)
    claimed, graded = None, 0
    for cell in nb["cells"] + [{"cell_type": "markdown", "source": "## Question 0 — end (0 points, -)"}]:
        found = heading.search(ms.source(cell)) if cell["cell_type"] == "markdown" else None
        if found or ms.source(cell).startswith("## Before you hand in"):
            if claimed is not None:
                assert graded == claimed, f"{path.name}: a question claims {claimed} points, grades {graded}"
            claimed, graded = (int(found.group(1)) if found else None), 0
        elif ms.nbgrader(cell).get("grade"):
            graded += ms.nbgrader(cell)["points"]


@pytest.mark.parametrize("path", EXERCISES, ids=IDS)
def test_key_carries_the_computed_answers(path, generated):
    from deepseek_shock import check

    key = read(generated / "keys" / path.name)
    table = ms.source(key["cells"][0])
    assert "instructors only" in table
    for row in ms.questions_of(read(path)):
        assert f"`{row['grade_id']}`" in table
        if row["question"]:
            assert ms._format(check._expected_answer(row["question"])) in table
    authored = read(path)["cells"]
    assert [ms.source(c) for c in key["cells"][1:]] == [ms.source(c) for c in authored]
    assert all(c["outputs"] == [] for c in key["cells"] if c["cell_type"] == "code")
    assert (generated / "keys" / "ANSWERS.md").read_text(encoding="utf-8").count("| grade id |") == len(
        EXERCISES
    )


@pytest.mark.parametrize("path", EXERCISES, ids=IDS)
def test_unanswered_student_version_runs_and_says_not_answered_yet(path, generated):
    nbclient = pytest.importorskip("nbclient")
    import nbformat

    nb = nbformat.read(generated / "assignments" / path.name, as_version=4)
    nbclient.NotebookClient(
        nb,
        timeout=120,
        kernel_name="python3",
        resources={"metadata": {"path": str(generated / "assignments")}},
    ).execute()
    checks = [c for c in nb.cells if c.cell_type == "code" and ms.nbgrader(c).get("grade")]
    assert checks
    for cell in checks:
        shown = json.dumps(cell.outputs)
        assert "Not answered yet" in shown, f"{ms.nbgrader(cell)['grade_id']}: {shown[:300]}"


# ---- the validator refuses what nbgrader (or a student run) would trip on ------------------------


def _base() -> dict:
    return read(EXERCISES[0])


def _cell(nb: dict, grade_id: str) -> dict:
    return next(c for c in nb["cells"] if ms.nbgrader(c).get("grade_id") == grade_id)


def _first(nb: dict, **flags) -> dict:
    return next(
        c
        for c in nb["cells"]
        if ms.nbgrader(c)
        and all(ms.nbgrader(c).get(k) == v for k, v in flags.items())
        and c["cell_type"] == "code"
    )


@pytest.mark.parametrize(
    "breakage, message",
    [
        ("duplicate", "duplicate grade_id"),
        ("no_points", "needs points"),
        ("bad_schema", "schema_version 4"),
        ("unlocked_test", "must be locked"),
        ("unbalanced", "without a matching"),
        ("region_outside", "not marked as a solution cell"),
        ("undeclared", "only a solution defines"),
        ("bad_id", "must be letters, digits"),
    ],
)
def test_validator_refuses_broken_assignments(breakage, message):
    nb = copy.deepcopy(_base())
    solution, test = _first(nb, solution=True), _first(nb, grade=True, solution=False)
    if breakage == "duplicate":
        ms.nbgrader(test)["grade_id"] = ms.nbgrader(solution)["grade_id"]
    elif breakage == "no_points":
        del ms.nbgrader(test)["points"]
    elif breakage == "bad_schema":
        ms.nbgrader(test)["schema_version"] = 4
    elif breakage == "unlocked_test":
        ms.nbgrader(test)["locked"] = False
    elif breakage == "unbalanced":
        solution["source"] = ms.source(solution).replace(ms.END_SOLUTION, "")
    elif breakage == "region_outside":
        del solution["metadata"]["nbgrader"]
    elif breakage == "undeclared":
        solution["source"] = "\n".join(
            line for line in ms.source(solution).split("\n") if not line.rstrip().endswith("= None")
        )
    elif breakage == "bad_id":
        ms.nbgrader(test)["grade_id"] = "has a space"
    problems = ms.validate(nb, "broken.ipynb")
    assert any(message in p for p in problems), problems


def test_student_version_of_a_markdown_answer_is_the_text_stub():
    cell = {
        "cell_type": "markdown",
        "metadata": {},
        "source": "Intro\n### BEGIN SOLUTION\nsecret\n### END SOLUTION\nAfter",
    }
    out = ms.student_version({"cells": [cell]})["cells"][0]["source"]
    assert out == "Intro\nYOUR ANSWER HERE\nAfter"
