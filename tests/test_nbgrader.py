"""Real nbgrader 0.9.6 (installed by `make test-nbgrader` into _build/nbgrader-venv) on every assignment,
in a throwaway course: generate_assignment; validate passes the source; validate --invert finds no
passing check in the unanswered release (and reads no cell result as partial credit); validate fails
a wrong submission on each wrong check cell, with the checker's kind message and never the expected
value; autograde gives a right submission every automatic point and a partly wrong one only the
points it earned."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from deepseek_shock import check

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
import make_student as ms  # noqa: E402

pytestmark = pytest.mark.nbgrader
VENV = Path(os.environ.get("NBGRADER_VENV", ROOT / "_build" / "nbgrader-venv"))
# NBGRADER_ASSIGNMENTS="01_timeline 03_costs" runs a few (each takes about a minute); CI runs all six.
EXERCISES = sorted(
    p
    for p in (ROOT / "exercises").glob("*.ipynb")
    if p.stem in os.environ.get("NBGRADER_ASSIGNMENTS", p.stem).split()
)
NAMES = [p.stem for p in EXERCISES]
CONFIG = """c = get_config()
c.CourseDirectory.root = {root!r}
c.CourseDirectory.course_id = "deepseek"
c.CourseDirectory.db_url = "sqlite:///{root}/gradebook.db"
c.ClearSolutions.code_stub = {{"python": "# YOUR CODE HERE"}}
c.ExecutePreprocessor.timeout = 120
"""
GRADEBOOK = """import json, sys
from nbgrader.api import Gradebook
url, assignment, notebook = sys.argv[1:]
with Gradebook(url) as gb:
    out = {}
    for student in ("right", "wrong"):
        sub = gb.find_submission_notebook(notebook, assignment, student)
        out[student] = {g.name: [g.auto_score, g.max_score, g.cell.cell_type] for g in sub.grades}
print(json.dumps(out))
"""


def nbgrader(course: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NBGRADER")}
    env["PATH"] = f"{VENV / 'bin'}{os.pathsep}{env.get('PATH', '')}"  # nbgrader runs `alembic`
    return subprocess.run(
        [str(VENV / "bin" / "nbgrader"), *args],
        cwd=course,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def answered(released: dict, source: dict, right_ids: set[str] | None = None) -> dict:
    """The released notebook with, in each answer cell, the solution (if its grade id is in
    ``right_ids``, or always when it is None) or a wrong value."""
    nb = json.loads(json.dumps(released))
    solutions = {ms.nbgrader(c)["grade_id"]: ms.source(c) for c in source["cells"] if ms.nbgrader(c)}
    for cell in nb["cells"]:
        meta = ms.nbgrader(cell)
        if cell["cell_type"] != "code" or not meta.get("solution"):
            continue
        gid = meta["grade_id"]
        if right_ids is None or gid in right_ids:
            cell["source"] = "\n".join(
                line
                for line in solutions[gid].split("\n")
                if line.strip() not in (ms.BEGIN_SOLUTION, ms.END_SOLUTION)
            )
        else:
            names = re.findall(r"^(\w+) = None$", ms.source(cell), re.M)
            cell["source"] = "\n".join(f"{n} = 123456" for n in names)
    return nb


def spellings(value) -> set[str]:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or float(value).is_integer():
        return set()
    return {f"{value:.5g}", f"{100 * value:.4g}"}


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    if not (VENV / "bin" / "nbgrader").exists():
        pytest.fail(f"{VENV}/bin/nbgrader is missing: run `make test-nbgrader`, which installs it")
    root = tmp_path_factory.mktemp("nbgrader-course")
    (root / "nbgrader_config.py").write_text(CONFIG.format(root=str(root)), encoding="utf-8")
    for path in EXERCISES:
        (root / "source" / path.stem).mkdir(parents=True)
        (root / "source" / path.stem / path.name).write_bytes(path.read_bytes())
    for student in ("right", "wrong"):
        assert nbgrader(root, "db", "student", "add", student).returncode == 0
    return root


@pytest.mark.parametrize("name", NAMES)
def test_nbgrader_generates_validates_and_autogrades(course, name):
    run = nbgrader(course, "generate_assignment", name, "--force")
    assert run.returncode == 0, run.stdout + run.stderr
    source_nb = course / "source" / name / f"{name}.ipynb"
    released_nb = course / "release" / "deepseek" / name / f"{name}.ipynb"
    if not released_nb.exists():
        released_nb = course / "release" / name / f"{name}.ipynb"
    assert released_nb.exists(), run.stdout + run.stderr

    run = nbgrader(course, "validate", str(source_nb))
    assert "Success! Your notebook passes all the tests." in run.stdout, run.stdout + run.stderr

    # The handed-out notebook, unanswered: no check passes, and no check's result reads as a grade.
    run = nbgrader(course, "validate", "--invert", str(released_nb))
    assert "Success! The notebook does not pass any tests." in run.stdout, run.stdout + run.stderr
    assert "cannot be converted to a float" not in run.stdout + run.stderr

    source, released = (json.loads(p.read_text(encoding="utf-8")) for p in (source_nb, released_nb))
    answers = [
        ms.nbgrader(c)["grade_id"]
        for c in source["cells"]
        if c["cell_type"] == "code" and ms.nbgrader(c).get("solution")
    ]
    checks = [r for r in ms.questions_of(source) if r["question"]]
    first = answers[0]
    for student, nb in (
        ("right", answered(released, source)),
        ("wrong", answered(released, source, {first})),
    ):
        folder = course / "submitted" / student / name
        folder.mkdir(parents=True)
        (folder / f"{name}.ipynb").write_text(json.dumps(nb, indent=1), encoding="utf-8")

    # Validate, as a student who presses the button: each wrong check fails, with the kind message.
    run = nbgrader(course, "validate", str(course / "submitted" / "wrong" / name / f"{name}.ipynb"))
    failed = run.stdout.split("The following cell failed:")[1:]
    failed_qids = {q for block in failed for q in re.findall(r'check\("([^"]+)"', block.split("\n\n")[1])}
    wrong_qids = {r["question"] for r in checks} - {checks[0]["question"]}
    assert failed_qids >= wrong_qids, run.stdout
    assert checks[0]["question"] not in failed_qids, "the right answer failed validate"
    assert "Not yet right" in run.stdout or "Check the" in run.stdout, run.stdout
    assert "cannot be converted to a float" not in run.stdout + run.stderr
    for row in checks:
        leaked = [s for s in spellings(check._expected_answer(row["question"])) if s in run.stdout]
        assert not leaked, f"validate shows the expected value of {row['question']}: {leaked}"

    run = nbgrader(course, "autograde", name, "--force")
    assert run.returncode == 0, run.stdout + run.stderr
    scores = json.loads(
        subprocess.run(
            [str(VENV / "bin" / "python"), "-c", GRADEBOOK, f"sqlite:///{course}/gradebook.db", name, name],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    auto = {r["grade_id"]: r["points"] for r in checks}
    right = {g: s for g, s in scores["right"].items() if g in auto}
    wrong = {g: s for g, s in scores["wrong"].items() if g in auto}
    assert right == {g: [p, p, "code"] for g, p in auto.items()}, scores["right"]
    assert wrong[checks[0]["grade_id"]][0] == checks[0]["points"]
    assert all(wrong[r["grade_id"]][0] == 0 for r in checks[1:]), scores["wrong"]
    assert 0 < sum(s[0] for s in wrong.values()) < sum(auto.values())
