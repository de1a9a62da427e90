"""Write student versions and answer keys of the assignments, without nbgrader.

usage: python tools/make_student.py [--source exercises] [--out student]

(The chapters' student edition is written by tools/student_edition.py; ``make student`` runs both.)

For every ``exercises/*.ipynb`` (authored once, with solutions, in nbgrader's format) this writes

- ``student/assignments/<name>.ipynb``: solution regions (``### BEGIN SOLUTION`` … ``### END SOLUTION``)
  replaced by ``# YOUR CODE HERE`` in code and ``YOUR ANSWER HERE`` in Markdown, hidden tests
  (``### BEGIN HIDDEN TESTS`` … ``### END HIDDEN TESTS``) and mark schemes removed, outputs cleared.
  Unlike nbgrader's stub, no ``raise NotImplementedError()`` is added: each answer cell declares its
  answer (``answer = None``) above the solution region, so an unanswered notebook still runs to the end
  and every check says "not answered yet";
- ``student/keys/<name>.ipynb``: the full notebook with solutions and hidden tests, headed by a table of
  the expected answers computed now by the course library (``deepseek_shock.check``), and
  ``student/keys/ANSWERS.md`` with every table, for marking by hand.

Before writing anything it checks each notebook: nbgrader cell metadata (schema version 3), unique
grade ids, balanced markers, solution regions only in solution cells, hidden tests only in grade cells,
and that no name a later cell uses is defined only inside a solution region. Any problem stops it with
a message naming the notebook and the cell. ``student/`` is ignored by git; never edit it by hand.
"""

from __future__ import annotations

import argparse
import ast
import copy
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BEGIN_SOLUTION, END_SOLUTION = "### BEGIN SOLUTION", "### END SOLUTION"
BEGIN_HIDDEN, END_HIDDEN = "### BEGIN HIDDEN TESTS", "### END HIDDEN TESTS"
BEGIN_SCHEME, END_SCHEME = "BEGIN MARK SCHEME", "END MARK SCHEME"
CODE_STUB = "# YOUR CODE HERE"
TEXT_STUB = "YOUR ANSWER HERE"
NBGRADER_KEYS = {
    "schema_version",
    "grade",
    "locked",
    "solution",
    "task",
    "grade_id",
    "points",
    "checksum",
    "cell_type",
}
GRADE_ID = re.compile(r"^[a-zA-Z0-9_\-]+$")
CHECK_CALL = re.compile(r"""\bcheck\(\s*["']([^"']+)["']""")


class AssignmentError(ValueError):
    """An assignment notebook breaks the authoring rules; the message names notebook and cell."""


def source(cell: dict) -> str:
    text = cell.get("source", "")
    return "".join(text) if isinstance(text, list) else text


def nbgrader(cell: dict) -> dict:
    return cell.get("metadata", {}).get("nbgrader", {})


def split_regions(text: str, begin: str, end: str, *, exact: bool) -> tuple[list[str], list[list[str]]]:
    """(lines outside regions, list of regions' inner lines). ``exact``: marker is the whole stripped
    line (nbgrader's rule for solutions); otherwise a substring (its rule for hidden tests, schemes)."""
    outside, regions, current = [], [], None
    for number, line in enumerate(text.split("\n"), 1):
        is_begin = line.strip() == begin if exact else begin in line
        is_end = line.strip() == end if exact else end in line
        if is_begin:
            if current is not None:
                raise AssertionError(f"line {number}: {begin!r} inside another region")
            current = []
        elif is_end:
            if current is None:
                raise AssertionError(f"line {number}: {end!r} without {begin!r}")
            regions.append(current)
            current = None
        elif current is not None:
            current.append(line)
        else:
            outside.append(line)
    if current is not None:
        raise AssertionError(f"{begin!r} without a matching {end!r}")
    return outside, regions


def replace_regions(text: str, begin: str, end: str, stub: str | None, *, exact: bool) -> str:
    """Replace each region (markers included) by ``stub`` at the marker's indentation, or drop it."""
    out, inside = [], False
    for line in text.split("\n"):
        is_begin = line.strip() == begin if exact else begin in line
        is_end = line.strip() == end if exact else end in line
        if is_begin:
            inside = True
            if stub is not None:
                indent = line[: len(line) - len(line.lstrip())]
                out.extend(indent + s for s in stub.split("\n"))
        elif is_end:
            inside = False
        elif not inside:
            out.append(line)
    while out and out[-1].strip() == "":
        out.pop()
    return "\n".join(out)


def _where(name: str, index: int, cell: dict) -> str:
    gid = nbgrader(cell).get("grade_id")
    return f"{name}, cell {index}" + (f" (grade_id {gid!r})" if gid else "")


def validate(nb: dict, name: str = "notebook") -> list[str]:
    """Every problem with an authored assignment (empty list: it is well formed)."""
    problems: list[str] = []
    seen: set[str] = set()
    graded = 0
    for i, cell in enumerate(nb.get("cells", [])):
        where = _where(name, i, cell)
        text = source(cell)
        meta = nbgrader(cell)
        try:
            _, solutions = split_regions(text, BEGIN_SOLUTION, END_SOLUTION, exact=True)
            _, hidden = split_regions(text, BEGIN_HIDDEN, END_HIDDEN, exact=False)
            _, schemes = split_regions(text, BEGIN_SCHEME, END_SCHEME, exact=False)
        except AssertionError as exc:
            problems.append(f"{where}: unbalanced markers: {exc}")
            continue
        if meta:
            unknown = set(meta) - NBGRADER_KEYS
            missing = {"schema_version", "grade", "solution", "locked"} - set(meta)
            if unknown or missing:
                problems.append(
                    f"{where}: nbgrader metadata has unknown keys {sorted(unknown)} or lacks "
                    f"{sorted(missing)}"
                )
                continue
            if meta["schema_version"] != 3:
                problems.append(f"{where}: nbgrader schema_version {meta['schema_version']!r}; expected 3")
            if not all(isinstance(meta[k], bool) for k in ("grade", "solution", "locked")):
                problems.append(f"{where}: grade, solution and locked must be true or false")
            if meta["grade"] or meta["solution"] or meta["locked"]:
                gid = meta.get("grade_id", "")
                if not GRADE_ID.match(gid):
                    problems.append(f"{where}: grade_id {gid!r} must be letters, digits, '_' or '-'")
                elif gid in seen:
                    problems.append(f"{where}: duplicate grade_id {gid!r}")
                seen.add(gid)
            if meta["grade"]:
                graded += 1
                points = meta.get("points")
                if not isinstance(points, (int, float)) or isinstance(points, bool) or points <= 0:
                    problems.append(f"{where}: a grade cell needs points > 0, got {points!r}")
            elif "points" in meta:
                problems.append(f"{where}: points on a cell that is not graded")
            if cell["cell_type"] == "markdown" and meta["grade"] != meta["solution"]:
                problems.append(f"{where}: a Markdown answer must be both grade and solution")
            if meta["solution"] and meta["locked"]:
                problems.append(f"{where}: a solution cell cannot be locked (students write in it)")
            if cell["cell_type"] == "code" and meta["grade"] and not meta["solution"] and not meta["locked"]:
                problems.append(f"{where}: an autograded test cell must be locked")
        is_solution = bool(meta.get("solution"))
        if solutions and not is_solution:
            problems.append(f"{where}: solution region in a cell not marked as a solution cell")
        if is_solution and not solutions:
            problems.append(f"{where}: solution cell without a {BEGIN_SOLUTION} … {END_SOLUTION} region")
        if hidden and not (meta.get("grade") and not meta.get("solution")):
            problems.append(f"{where}: hidden tests in a cell that is not an autograded test cell")
        if schemes and not meta.get("task"):
            problems.append(f"{where}: mark scheme in a cell that is not a task cell")
        if any(not "".join(region).strip() for region in solutions + hidden):
            problems.append(f"{where}: empty solution or hidden-test region")
    if graded == 0:
        problems.append(f"{name}: no graded cell (an assignment needs points)")
    if not problems:
        problems += _undeclared_answers(nb, name)
    return problems


def _names(code: str, context: ast.expr_context) -> set[str]:
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return set()
    return {
        node.id for node in ast.walk(tree) if isinstance(node, ast.Name) and isinstance(node.ctx, context)
    }


def _undeclared_answers(nb: dict, name: str) -> list[str]:
    """Names assigned only inside solution regions but used outside them: the student version would
    stop on a NameError there, instead of the check saying "not answered yet"."""
    inside, outside_store, outside_load = set(), set(), {}
    for i, cell in enumerate(nb["cells"]):
        if cell["cell_type"] != "code":
            continue
        text = replace_regions(source(cell), BEGIN_HIDDEN, END_HIDDEN, None, exact=False)
        rest, regions = split_regions(text, BEGIN_SOLUTION, END_SOLUTION, exact=True)
        for region in regions:
            inside |= _names("\n".join(region), ast.Store)
        outside_store |= _names("\n".join(rest), ast.Store)
        for used in _names("\n".join(rest), ast.Load):
            outside_load.setdefault(used, i)
    return [
        f"{name}, cell {outside_load[n]}: uses {n!r}, which only a solution defines; declare it "
        f"(e.g. `{n} = None`) above the solution region"
        for n in sorted(inside - outside_store)
        if n in outside_load
    ]


def student_version(nb: dict) -> dict:
    """The notebook a student gets: no solutions, hidden tests, mark schemes or outputs."""
    out = copy.deepcopy(nb)
    for cell in out["cells"]:
        text = source(cell)
        stub = CODE_STUB if cell["cell_type"] == "code" else TEXT_STUB
        text = replace_regions(text, BEGIN_SOLUTION, END_SOLUTION, stub, exact=True)
        text = replace_regions(text, BEGIN_HIDDEN, END_HIDDEN, None, exact=False)
        text = replace_regions(text, BEGIN_SCHEME, END_SCHEME, None, exact=False)
        cell["source"] = text
        if cell["cell_type"] == "code":
            cell["outputs"], cell["execution_count"] = [], None
    return out


def questions_of(nb: dict) -> list[dict]:
    """One row per graded cell: grade_id, points, the checker's question id (autograded) or None."""
    rows = []
    for cell in nb["cells"]:
        meta = nbgrader(cell)
        if meta.get("grade"):
            found = CHECK_CALL.findall(source(cell)) if cell["cell_type"] == "code" else []
            rows.append(
                {
                    "grade_id": meta["grade_id"],
                    "points": meta["points"],
                    "question": found[0] if found else None,
                }
            )
    return rows


def _format(value) -> str:
    if isinstance(value, float):
        return f"{value:.6g}"
    if hasattr(value, "strftime"):
        return value.strftime("%Y-%m-%d")
    return str(value)


def answer_table(nb: dict) -> str:
    """A Markdown table of the expected answers, computed now from the library and data."""
    from deepseek_shock import check

    lines = ["| grade id | points | checker question | expected answer | unit |", "|---|---|---|---|---|"]
    for row in questions_of(nb):
        if row["question"]:
            q = check.QUESTIONS.get(row["question"])
            if q is None:
                raise AssertionError(
                    f"test cell {row['grade_id']!r} checks unknown question {row['question']!r}"
                )
            expected, unit = _format(check._expected_answer(q.qid)), q.unit
        else:
            expected, unit = "written: see the model answer and marking guide in the notebook", ""
        lines.append(
            f"| `{row['grade_id']}` | {row['points']} | {row['question'] or '—'} | {expected} | {unit} |"
        )
    total = sum(r["points"] for r in questions_of(nb))
    return "\n".join(lines) + f"\n\nTotal: {total} points."


def key_version(nb: dict, title: str) -> dict:
    """The instructor's key: the authored notebook, outputs cleared, headed by the answer table."""
    out = copy.deepcopy(nb)
    for cell in out["cells"]:
        if cell["cell_type"] == "code":
            cell["outputs"], cell["execution_count"] = [], None
    head = {
        "cell_type": "markdown",
        "id": "answer-key",
        "metadata": {},
        "source": f"# Answer key: {title} (instructors only, do not distribute)\n\n"
        "Expected answers as computed by the course library from `data/` when the key was "
        "made (`make student`).\n\n" + answer_table(nb),
    }
    out["cells"].insert(0, head)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, default=ROOT / "exercises")
    parser.add_argument("--out", type=Path, default=ROOT / "student")
    args = parser.parse_args(argv)
    notebooks = sorted(p for p in args.source.glob("*.ipynb"))
    if not notebooks:
        print(f"make_student: no notebooks in {args.source}", file=sys.stderr)
        return 1
    loaded, problems = {}, []
    for path in notebooks:
        nb = json.loads(path.read_text(encoding="utf-8"))
        problems += validate(nb, path.name)
        loaded[path] = nb
    if problems:
        print(
            "make_student: the assignments break the authoring rules:\n  " + "\n  ".join(problems),
            file=sys.stderr,
        )
        return 1
    keys, assignments = args.out / "keys", args.out / "assignments"
    keys.mkdir(parents=True, exist_ok=True)
    assignments.mkdir(parents=True, exist_ok=True)
    # stale notebooks (an assignment renamed), and those of the old layout (student/*.ipynb)
    for stale in [*args.out.glob("*.ipynb"), *assignments.glob("*.ipynb"), *keys.glob("*.ipynb")]:
        stale.unlink()
    summary = ["# Answer keys (instructors only, do not distribute)", ""]
    for path, nb in loaded.items():
        title = path.stem
        write(assignments / path.name, student_version(nb))
        key = key_version(nb, title)
        write(keys / path.name, key)
        summary += [f"## {title}", "", answer_table(nb), ""]
        print(f"make_student: {args.out.name}/assignments/{path.name} and {args.out.name}/keys/{path.name}")
    (keys / "ANSWERS.md").write_text("\n".join(summary), encoding="utf-8")
    # nbval over student/ runs the student versions only; the keys are the exercises themselves.
    (args.out / "conftest.py").write_text(
        '"""Written by tools/make_student.py: pytest (nbval) skips the answer keys."""\n'
        'collect_ignore = ["keys"]\n',
        encoding="utf-8",
    )
    (args.out / "README.md").write_text(
        "Generated by `make student`; do not edit. `chapters/` is the student edition of the chapters "
        "(from `chapters/`), `assignments/` the assignments to hand out (from `exercises/`): give students "
        "these two folders. `keys/` holds the answer keys (instructors only).\n",
        encoding="utf-8",
    )
    return 0


def write(path: Path, nb: dict) -> None:
    path.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
