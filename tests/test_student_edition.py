"""tools/student_edition.py: each MyST construct becomes plain Markdown, set-up cells go or stay
collapsed, exercises answer back with solutions folded, the edition is deterministic, every chapter
exercise's question tells right from wrong, no default output of a student notebook answers one of its
graded questions, and ``make publish-notebooks`` writes a branch without touching the work tree."""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from deepseek_shock import check as C
from deepseek_shock.questions import EXERCISES

ROOT = Path(__file__).resolve().parents[1]
EXECUTED = ROOT / "_build" / "jupyter_execute" / "chapters"
CHAPTERS = sorted((ROOT / "chapters").glob("[0-9][0-9]_*.ipynb"))

_spec = importlib.util.spec_from_file_location("student_edition", ROOT / "tools" / "student_edition.py")
se = importlib.util.module_from_spec(_spec)
sys.modules["student_edition"] = se  # dataclasses look their module up
_spec.loader.exec_module(se)

REFS = {
    "smith2020": ("Smith and Jones", "2020", "https://example.org/a"),
    "org2024": ("Reuters", "2024", "https://example.org/b"),
}
GLUE = {
    "n": {"data": {"text/plain": "67"}},
    "share": {"data": {"text/plain": "0.16974"}},
    "price": {"data": {"text/plain": "<Markdown>", "text/markdown": "$2.00"}},
    "day": {"data": {"text/plain": "'Monday'"}},
}


def ctx() -> se.Context:
    return se.Context("07_test.ipynb", dict(GLUE), dict(REFS))


def md(text: str) -> str:
    return se.convert_markdown(text, ctx(), "test")


def source(cell: dict) -> str:
    text = cell["source"]
    return "".join(text) if isinstance(text, list) else text


# ---- each construct --------------------------------------------------------------------------------


def test_glue_roles_give_the_value_formatted_as_in_the_book():
    assert md("{glue:}`n` events") == "67 events"
    assert md("a fall of {glue:text}`share:.2%`") == "a fall of 16.97%"
    assert md("{glue:text}`share:.3f` and {glue:}`day`") == "0.170 and Monday"
    assert md("at {glue:md}`price` an hour") == r"at \$2.00 an hour"


def test_unknown_glue_key_is_an_error_naming_it():
    with pytest.raises(se.EditionError, match="'missing'.*make book"):
        md("{glue:}`missing`")


def test_admonition_becomes_a_quote_with_a_bold_title():
    out = md(":::{admonition} In this chapter\n:class: tip\n**Time:** 40 minutes.\n\n- one\n- two\n:::")
    assert out == "> **In this chapter**\n>\n> **Time:** 40 minutes.\n>\n> - one\n> - two"
    assert md("```{note}\nBe careful.\n```") == "> **Note**\n>\n> Be careful."


def test_term_and_cite():
    assert (
        md("a {term}`mixture of experts` and {term}`controls <export control>`")
        == "a mixture of experts and controls"
    )
    assert (
        md("as reported {cite}`smith2020,org2024`")
        == "as reported ([Smith and Jones, 2020](https://example.org/a); [Reuters, 2024](https://example.org/b))"
    )
    with pytest.raises(se.EditionError, match="nobody2000"):
        md("{cite}`nobody2000`")


def test_authors_as_cited_from_references_bib():
    refs = se.load_references(ROOT / "references.bib")
    assert refs["deepseek2024v3"] == ("DeepSeek-AI", "2024", "https://arxiv.org/abs/2412.19437")
    assert all(url.startswith("http") for _, _, url in refs.values())


def test_numref_and_ref_and_targets():
    nb = {
        "cells": [
            {
                "cell_type": "markdown",
                "id": "a",
                "metadata": {},
                "source": "(sec-gap)=\n## Measuring a gap\n\nSee {numref}`fig-b` and {ref}`sec-gap`; "
                "{numref}`Plot %s <fig-a>`.",
            },
            {
                "cell_type": "code",
                "id": "b",
                "metadata": {"mystnb": {"figure": {"name": "fig-a", "caption": "A."}}},
                "source": "1",
                "outputs": [],
            },
            {
                "cell_type": "code",
                "id": "c",
                "metadata": {"mystnb": {"figure": {"name": "fig-b", "caption": "B."}}},
                "source": "2",
                "outputs": [],
            },
        ]
    }
    out = se.student_notebook(nb, ctx())
    text = source(out["cells"][1])
    assert text == "## Measuring a gap\n\nSee Figure 7.2 and Measuring a gap; Plot 7.1."
    captions = [source(c) for c in out["cells"] if c["id"].endswith("-caption")]
    assert captions == ["**Figure 7.1.** A.", "**Figure 7.2.** B."]


def test_maths_stays_and_money_is_escaped():
    assert md("The gain is $1/(1-\\ell)$, about $x^2$.") == "The gain is $1/(1-\\ell)$, about $x^2$."
    assert md("$$\na = b\n$$") == "$$\na = b\n$$"
    assert md("The $500 billion.\n\nThen $4 trillion.") == "The \\$500 billion.\n\nThen \\$4 trillion."
    # as in the book (MyST's dollarmath), a $ … $ pair in one paragraph is maths, and stays maths
    assert md("$4 and $") == "$4 and $"
    assert md(r"already \$600 billion") == r"already \$600 billion"
    assert md("code `$HOME` stays") == "code `$HOME` stays"


def test_unknown_roles_and_directives_are_refused():
    with pytest.raises(se.EditionError, match="role"):
        md("{download}`file.csv`")
    with pytest.raises(se.EditionError, match="directive"):
        md(":::{figure} a.png\n:::")


def test_book_page_links_lose_their_dead_target():
    assert md("see the [bibliography](bibliography.md)") == "see the bibliography (a page of the book)"


# ---- cells -----------------------------------------------------------------------------------------


def code(cid: str, text: str, *tags: str) -> dict:
    return {
        "cell_type": "code",
        "id": cid,
        "metadata": {"tags": list(tags)} if tags else {},
        "source": text,
        "outputs": [],
        "execution_count": 3,
    }


def test_glue_cells_go_and_state_cells_stay_collapsed():
    nb = {
        "cells": [
            code(
                "setup",
                "from myst_nb import glue\nfrom deepseek_shock import style\nstyle.apply()",
                "remove-cell",
            ),
            code(
                "state",
                "x = 2\nglue('x', x, display=False)\n"
                "def say(name, text):\n    glue(name, text)\nsay('y', 'z')",
                "remove-cell",
            ),
            code("glue-only", "for k in 'ab':\n    glue(k, 1, display=False)\nsay('w', 'v')", "remove-cell"),
            code("uses", "print(x)"),
            code("hidden", "print(1)", "hide-input"),
        ]
    }
    cells = {c["id"]: c for c in se.student_notebook(nb, ctx())["cells"]}
    assert "setup" not in cells and "glue-only" not in cells
    assert source(cells["state"]) == "x = 2"
    assert cells["state"]["metadata"]["jupyter"]["source_hidden"] is True
    assert "remove-cell" not in cells["state"]["metadata"].get("tags", [])
    assert cells["hidden"]["metadata"]["jupyter"]["source_hidden"] is True
    assert cells["uses"]["outputs"] == [] and cells["uses"]["execution_count"] is None
    assert list(cells)[0] == "colab-setup"


def test_colab_cell_installs_from_the_repository_url_only_on_colab():
    with_url = source(se.colab_cell("https://github.com/org/deepseek-shock"))
    assert '"google.colab" in sys.modules' in with_url
    assert "https://github.com/org/deepseek-shock" in with_url and "pip" in with_url
    without = source(se.colab_cell(""))
    assert "repository.url" in without and "git" not in without.split("sys.modules:")[1].split("print")[0]
    namespace: dict = {}
    exec(compile(with_url, "colab", "exec"), namespace)  # outside Colab it does nothing, quickly


EXERCISE_NB = {
    "cells": [
        {
            "cell_type": "markdown",
            "id": "m",
            "metadata": {},
            "source": "## Exercises\n\n```{exercise-start}\n:label: timeline-ex-v3\n```\n\n"
            "How many days, {glue:}`n`?\n\n"
            "```{exercise-end}\n```\n\n```{solution-start} timeline-ex-v3\n:class: dropdown\n```",
        },
        code("sol", "secret = 41 + 1\nprint(secret)"),
        {
            "cell_type": "markdown",
            "id": "m2",
            "metadata": {},
            "source": "Because.\n\n```{solution-end}\n```\n\n## Sources\n\nThe data.",
        },
    ]
}


def test_an_exercise_becomes_question_answer_and_check_with_the_solution_folded_at_the_end():
    cells = se.student_notebook(EXERCISE_NB, ctx())["cells"]
    texts = [source(c) for c in cells]
    assert texts[1] == "## Exercises"
    assert texts[2] == "from deepseek_shock.check import check  # immediate feedback on your answers"
    assert texts[3] == "### Exercise 7.1\n\nHow many days, 67?"
    answers = [a.name for a in EXERCISES["timeline-ex-v3"]]
    assert texts[4].endswith(f"{answers[0]} = None") and texts[5] == f'check("ch1-v3-to-r1", {answers[0]})'
    assert "## Sources" in texts[8]
    assert texts[9].startswith("## Solutions")
    assert texts[10].startswith("<details>\n<summary>Solution to exercise 7.1")
    assert "secret = 41 + 1" in texts[10] and "Because." in texts[10] and texts[10].endswith("</details>")
    assert not any("secret" in t for t in texts[:10])
    assert all(c["cell_type"] == "markdown" for c in cells[9:])  # solutions never run by themselves


def test_an_answer_that_may_be_none_starts_as_ellipsis():
    nb = {
        "cells": [
            {
                "cell_type": "markdown",
                "id": "m",
                "metadata": {},
                "source": (
                    "```{exercise-start}\n:label: export-ex-l40\n```\n\nClassify.\n\n```{exercise-end}\n```"
                ),
            }
        ]
    }
    texts = [source(c) for c in se.student_notebook(nb, ctx())["cells"]]
    assert any(t.splitlines()[-1].startswith("l40_eccn = ...") for t in texts)


# ---- the chapters ----------------------------------------------------------------------------------

needs_book = pytest.mark.skipif(
    not (EXECUTED / "01_timeline.glue.json").exists(),
    reason="run `make book` first: the edition reads the glued values",
)


@pytest.fixture(scope="module")
def edition(tmp_path_factory) -> Path:
    if not (EXECUTED / "01_timeline.glue.json").exists():
        pytest.skip("run `make book` first: the edition reads the glued values")
    out = tmp_path_factory.mktemp("edition")
    assert se.main(["--out", str(out)]) == 0
    return out


def test_every_chapter_has_an_edition_and_it_is_deterministic(edition, tmp_path):
    assert sorted(p.name for p in edition.glob("*.ipynb")) == [p.name for p in CHAPTERS]
    assert se.main(["--out", str(tmp_path)]) == 0
    for path in edition.glob("*.ipynb"):
        assert path.read_bytes() == (tmp_path / path.name).read_bytes(), path.name


@pytest.fixture(scope="module")
def french_edition(tmp_path_factory) -> Path:
    if not (se.EXECUTED["fr"] / "01_timeline.glue.json").exists():
        pytest.skip("run `make book` first: the French edition reads the French build's glued values")
    out = tmp_path_factory.mktemp("edition-fr")
    assert se.main(["--language", "fr", "--out", str(out)]) == 0  # fails on any untranslated passage
    return out


@pytest.fixture(params=["en", "fr"])
def any_edition(request) -> Path:
    return request.getfixturevalue("edition" if request.param == "en" else "french_edition")


PROPER_NAMES = ("Bureau of Industry and Security",)


def test_the_french_edition_is_deterministic_and_speaks_french(french_edition, tmp_path):
    assert sorted(p.name for p in french_edition.glob("*.ipynb")) == [p.name for p in CHAPTERS]
    assert se.main(["--language", "fr", "--out", str(tmp_path)]) == 0
    for path in french_edition.glob("*.ipynb"):
        assert path.read_bytes() == (tmp_path / path.name).read_bytes(), path.name
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        assert cells[1]["id"] == "language" and "DEEPSEEK_SHOCK_LANGUAGE=fr" in source(cells[1])
        prose = " ".join(source(c) for c in cells if c["cell_type"] == "markdown")
        # code (fenced or inline), links and the proper names of English-speaking bodies are not prose
        prose = re.sub(r"(?s)```.*?```|`[^`]*`|\(http[^)]*\)|" + "|".join(PROPER_NAMES), "", prose)
        for english in (" the ", " and ", " of the ", "Exercise ", "Solution to"):
            assert english not in prose, (path.name, english)


@pytest.mark.parametrize("chapter", CHAPTERS, ids=[p.stem for p in CHAPTERS])
def test_no_raw_myst_and_no_solution_in_view(chapter, any_edition):
    edition = any_edition
    nb = json.loads((edition / chapter.name).read_text(encoding="utf-8"))
    markdown = [source(c) for c in nb["cells"] if c["cell_type"] == "markdown"]
    for text in markdown:
        outside = re.sub(r"(?s)```.*?```|`[^`]*`", "", text)
        raw = [r for r in se.RAW_MYST if r in outside]
        assert not raw, f"{chapter.name}: {raw} in {text[:200]!r}"
    book = json.loads(chapter.read_text(encoding="utf-8"))["cells"]
    flags = se._solution_flags(book)
    solution_lines = {
        line.strip()
        for cell, inside in zip(book, flags)
        if inside and cell["cell_type"] == "code"
        for line in source(cell).splitlines()
        if len(line.strip()) > 12
    }
    assert solution_lines, f"{chapter.name}: no solution found"
    visible = {
        line.strip()
        for c in nb["cells"]
        if not source(c).startswith("<details>")
        for line in source(c).splitlines()
    }
    shown = sorted(solution_lines & visible)
    assert not shown, f"{chapter.name}: solution lines outside the folded section: {shown[:3]}"


def test_every_chapter_exercise_is_registered_and_every_registration_is_used():
    labels = set()
    for path in CHAPTERS:
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        labels |= {label for c in cells for label in re.findall(r":label: (\S+)", source(c))}
    exercises = {label for label in labels if "-ex-" in label}
    assert set(EXERCISES) <= exercises, set(EXERCISES) - exercises
    unchecked = sorted(exercises - set(EXERCISES))
    # written exercises (a rewritten sentence, a judgement without data) have no single checkable value
    assert unchecked == ["ledger-ex-left-out", "ledger-ex-rewrite"], unchecked
    chapter_questions = set(C.questions("ch"))
    assert chapter_questions == {a.qid for answers in EXERCISES.values() for a in answers}


# ---- every chapter exercise's question, right and wrong ---------------------------------------------

CHAPTER_QUESTIONS = sorted({a.qid for answers in EXERCISES.values() for a in answers})


def _wrong_answers(q: C.Question, expected) -> list:
    if q.kind == "integer":
        return [int(expected) + 1, int(expected) - 3]
    if q.kind == "number":
        return [float(expected) * 1.1 + 1, -float(expected) - 1]
    if q.kind == "bool":
        return [not expected]
    if q.kind == "choice":
        word = expected if expected is not None else "none"
        return [c for c in q.choices if c.lower() != str(word).lower()][:2]
    raise AssertionError(q.kind)


@pytest.mark.parametrize("qid", CHAPTER_QUESTIONS)
def test_chapter_question_right_wrong_and_blank(qid):
    q = C.QUESTIONS[qid]
    expected = C._expected_answer(qid)
    assert C.check(qid, expected).status == "right"
    for wrong in _wrong_answers(q, expected):
        feedback = C.check(qid, wrong)
        assert feedback.status in ("wrong", "wrong-unit"), (qid, wrong, feedback)
    assert C.check(qid, ... if q.none_is_answer else None).status == "unanswered"
    assert C.check(qid, "some text").status in ("wrong-type", "wrong")


def test_the_l40_eccn_may_be_given_as_none_or_as_the_word():
    expected = C._expected_answer("ch4-l40-eccn")
    assert C.check("ch4-l40-eccn", expected).passed
    assert C.check("ec-h800-2023", None).status == "wrong"  # an answer now, not "not answered yet"


# ---- no default output answers a graded question -----------------------------------------------------


def _spellings(value: float) -> set[str]:
    """How a value can be printed (3 to 5 significant figures, as is, as a percentage, in billions…),
    keeping spellings with at least three significant digits, which do not appear by chance."""
    out = set()
    for scaled in (value, 100 * value, value / 1e3, value / 1e6, value / 1e9, value / 1e12):
        for v in (scaled, abs(scaled)):
            for digits in (3, 4, 5):
                text = f"{v:.{digits}g}"
                if "e" not in text and len(re.sub(r"[^1-9]", "", text)) >= 3:
                    out.add(text)
                    if abs(v) >= 1000:
                        out.add(f"{v:,.0f}")
    return out


def _graded_questions(nb: dict) -> list[str]:
    found = []
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            found += re.findall(r"""\bcheck\(\s*["']([^"']+)["']""", source(cell))
    return sorted(set(found))


def _outputs_text(nb) -> str:
    """Every text a student sees in the outputs and widget states (images left out: their base64 bytes
    would contain any three digits by chance)."""
    parts = []
    for cell in nb.cells:
        for output in cell.get("outputs", []) if cell.cell_type == "code" else []:
            parts.append(output.get("text", ""))
            parts += [str(v) for k, v in output.get("data", {}).items() if not k.startswith("image/")]
    parts.append(json.dumps(nb.metadata.get("widgets", {}), ensure_ascii=False))
    text = re.sub(r"[A-Za-z0-9+/=]{80,}", " ", "\n".join(parts))
    return re.sub(r"[0-9a-f]{32}", " ", text)  # widget model ids: random hex, not something a student reads


def _executed(path: Path):
    nbclient = pytest.importorskip("nbclient")
    import nbformat

    nb = nbformat.read(path, as_version=4)
    nbclient.NotebookClient(
        nb,
        timeout=180,
        kernel_name="python3",
        store_widget_state=True,
        resources={"metadata": {"path": str(path.parent)}},
    ).execute()
    return nb


@pytest.mark.parametrize("chapter", CHAPTERS, ids=[p.stem for p in CHAPTERS])
def test_no_default_output_answers_a_graded_question(chapter, edition):
    """Run the student chapter as a student opens it (answers blank, widgets at their defaults): no
    output, table or widget state shows the value of a question the notebook checks."""
    nb = _executed(edition / chapter.name)
    text = _outputs_text(nb)
    assert "Not answered yet" in text
    for qid in _graded_questions(nb):
        q = C.QUESTIONS[qid]
        if q.kind not in ("number", "integer"):
            continue
        shown = [
            s
            for s in _spellings(float(C._expected_answer(qid)))
            if re.search(rf"(?<![\w.]){re.escape(s)}(?![\w])", text)
        ]
        assert not shown, f"{chapter.name}: the default outputs show {qid}'s answer as {shown}"


ASSIGNMENTS = sorted((ROOT / "exercises").glob("*.ipynb"))


@pytest.fixture(scope="module")
def assignments(tmp_path_factory) -> Path:
    spec = importlib.util.spec_from_file_location("make_student", ROOT / "tools" / "make_student.py")
    ms = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ms)
    out = tmp_path_factory.mktemp("student")
    assert ms.main(["--out", str(out)]) == 0
    return out / "assignments"


@pytest.mark.parametrize("path", ASSIGNMENTS, ids=[p.stem for p in ASSIGNMENTS])
def test_no_widget_of_an_assignment_starts_at_an_answer(path, assignments):
    nb = _executed(assignments / path.name)
    text = _outputs_text(nb)
    for qid in _graded_questions(nb):
        q = C.QUESTIONS[qid]
        if q.kind not in ("number", "integer"):
            continue
        shown = [
            s
            for s in _spellings(float(C._expected_answer(qid)))
            if re.search(rf"(?<![\w.]){re.escape(s)}(?![\w])", text)
        ]
        assert not shown, f"{path.name}: the default outputs show {qid}'s answer as {shown}"


# ---- publishing --------------------------------------------------------------------------------------


def test_publish_writes_a_branch_without_touching_the_work_tree(tmp_path):
    repo = tmp_path / "repo"
    subprocess.run(["git", "init", "-q", str(repo)], check=True)

    def run(*a):
        return subprocess.run(
            ["git", "-C", str(repo), *a], check=True, capture_output=True, text=True
        ).stdout.strip()

    (repo / "chapters").mkdir()
    (repo / "exercises").mkdir()
    (repo / "chapters" / "01_a.ipynb").write_text("book source\n")
    (repo / "exercises" / "01_a.ipynb").write_text("solutions\n")
    (repo / "README.md").write_text("readme\n")
    run("add", "-A")
    run("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "init")
    student = tmp_path / "student"
    (student / "chapters").mkdir(parents=True)
    (student / "assignments").mkdir()
    (student / "chapters" / "01_a.ipynb").write_text("edition\n")
    (student / "assignments" / "01_a.ipynb").write_text("assignment\n")
    env_commit = se.publish(repo, student, "student-edition")
    assert run("rev-parse", "student-edition") == env_commit
    files = set(run("ls-tree", "-r", "--name-only", "student-edition").splitlines())
    assert files == {"README.md", "chapters/01_a.ipynb", "assignments/01_a.ipynb"}
    assert run("show", "student-edition:chapters/01_a.ipynb") == "edition"
    assert (repo / "chapters" / "01_a.ipynb").read_text() == "book source\n"
    assert run("status", "--porcelain") == "" and run("branch", "--show-current") in ("master", "main")
    assert se.publish(repo, student, "student-edition") == env_commit  # unchanged: no new commit


# ---- the French edition ----------------------------------------------------------------------------

FRENCH_MESSAGES = {
    "Exercises": "Exercices",
    "How many days, {glue:}`n`?": "Combien de jours, {glue:}`n` ?",
    "Because.": "Parce que.",
    "Sources": "Sources",
    "The data.": "Les données.",
}


def french_ctx(messages: dict[str, str]) -> se.Context:
    c = se.Context("07_test.ipynb", dict(GLUE), dict(REFS), language="fr")
    c.translator = se.Translator(dict(messages))
    return c


def test_the_french_edition_takes_its_prose_from_the_catalogue_and_its_words_from_the_table():
    c = french_ctx(FRENCH_MESSAGES)
    cells = se.student_notebook(EXERCISE_NB, c)["cells"]
    texts = [source(cell) for cell in cells]
    assert texts[1].endswith("\n%env DEEPSEEK_SHOCK_LANGUAGE=fr")  # the kernel speaks French
    assert texts[2] == "## Exercices"
    assert texts[3].endswith("# un retour immédiat sur vos réponses")
    assert texts[4] == "### Exercice 7.1\n\nCombien de jours, 67 ?"
    assert texts[5].startswith("# Exercice 7.1 : nombre de jours entre la sortie de V3")
    assert texts[10].startswith("## Solutions\n\nCherchez chaque exercice")
    assert texts[11].startswith("<details>\n<summary>Solution de l'exercice 7.1 (cliquer pour ouvrir)")
    assert "Parce que." in texts[11] and "secret = 41 + 1" in texts[11]
    assert c.translator.missing == []


def test_a_passage_missing_from_the_catalogue_is_reported_not_left_in_english_silently():
    c = french_ctx({k: v for k, v in FRENCH_MESSAGES.items() if k != "Because."})
    se.student_notebook(EXERCISE_NB, c)
    assert len(c.translator.missing) == 1 and "'Because.'" in c.translator.missing[0]


def test_french_glue_numbers_are_written_the_french_way():
    c = french_ctx({"Share {glue:text}`share:.2f`%.": "Part {glue:text}`share:.2f` %."})
    c.glue["share"] = {"data": {"text/plain": "16.971"}}
    assert se.convert_markdown(c.translator.markdown("Share {glue:text}`share:.2f`%."), c, "t") == (
        "Part 16,97 %."
    )
