"""The course's time budget, read from the notebooks: chapter and assignment times, the questions'
points and difficulty, and a syllabus whose sessions are checked to fit their hours.

The instructors' page (``chapters/instructors.md``) shows these tables; ``tests/test_syllabus.py``
fails when a chapter or an assignment grows past its session. What is read, and from where:

- a chapter's time: ``**Time:** about N minutes`` in its first cells (``chapters/NN_name.ipynb``);
- an assignment's time: ``**Estimated time:** N minutes`` in its first cell (``exercises/NN_name.ipynb``);
- each question's heading: ``## Question N — title (P points, kind, ★★☆ level)``, whose level is one
  of :data:`LEVELS` (``tests/test_make_student.py`` checks that its points add up to the graded cells
  below it).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from deepseek_shock import i18n
from deepseek_shock.i18n import tr

sys.path.insert(0, str(Path(__file__).resolve().parent))
from catalogue import catalogue_path, load_catalogue  # noqa: E402  (a sibling tool, not a package)

ROOT = Path(__file__).resolve().parents[1]

#: One session of the module, in minutes (the syllabus plans sessions of two hours).
SESSION_MINUTES = 120
#: Class time kept for the day's discussion question, in minutes.
DISCUSSION_MINUTES = 15
#: The most homework a session may leave (the part of its assignment not done in class), in minutes.
HOMEWORK_LIMIT_MINUTES = 60

#: The difficulty scale of the questions, easiest first: stars, then the word that says what they mean.
LEVELS = {
    "★☆☆ routine": "one lookup or one library call, as shown in the chapter",
    "★★☆ multi-step": "several steps to combine, or the row, method or unit to choose, or a widget to "
    "set to a target",
    "★★★ judgement": "an argument from the data: weigh sources, readings or evidence (the written answers)",
}

#: Each session's discussion question (day → question); the take-home's is :data:`TAKE_HOME_QUESTION`.
DISCUSSION_QUESTIONS = {
    1: "Which date would you print, and why?",
    2: 'Is "the biggest loss in history" a fair headline?',
    3: "What does a training cost leave out?",
    4: "Did the controls fail, or work as written?",
    5: 'What can "distillation" prove, and what not?',
}
TAKE_HOME_QUESTION = "Which claim would you correct on air, and how?"

#: The one-week module: the chapters read in each session, then the assignment started in class and
#: finished at home. Chapter 6 and its assignment are the closing take-home (:data:`TAKE_HOME`).
WEEK = (("01",), ("02",), ("03",), ("04",), ("05",))
TAKE_HOME = "06"

_CHAPTER_TIME = re.compile(r"\*\*Time:\*\* about (\d+) minutes\.")
_ASSIGNMENT_TIME = re.compile(r"\*\*Estimated time:\*\* (\d+) minutes\.")
_QUESTION = re.compile(r"^## Question (\d+) — (.+) \((\d+) points?, ([a-z ]+), (.+)\)$")


@dataclass(frozen=True)
class Question:
    """One question of an assignment, as its heading states it."""

    number: int
    title: str
    points: int
    kind: str
    level: str


def _cells(path: Path) -> list[dict]:
    try:
        return json.loads(path.read_text(encoding="utf-8"))["cells"]
    except (OSError, ValueError, KeyError) as exc:
        raise ValueError(f"{path}: cannot read the notebook's cells ({exc})") from exc


def _text(cell: dict) -> str:
    return "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]


def _intro(path: Path) -> str:
    return "\n".join(_text(c) for c in _cells(path)[:3] if c["cell_type"] == "markdown")


def _minutes(path: Path, pattern: re.Pattern, what: str) -> int:
    found = pattern.search(_intro(path))
    if not found:
        raise ValueError(
            f"{path}: no {what} in its first cells (expected {pattern.pattern.replace(chr(92), '')!r})"
        )
    return int(found.group(1))


def chapter_minutes(path: Path) -> int:
    """Minutes to read and run a chapter, from ``**Time:** about N minutes.``"""
    return _minutes(path, _CHAPTER_TIME, "chapter time")


def assignment_minutes(path: Path) -> int:
    """Minutes an assignment takes, from ``**Estimated time:** N minutes.``"""
    return _minutes(path, _ASSIGNMENT_TIME, "estimated time")


def title(path: Path, language: str = "en", root: Path = ROOT) -> str:
    """The short title of a chapter: its first heading, up to a colon; in another language, the
    heading's translation from the chapter's catalogue (``locales/<language>/LC_MESSAGES/chapters/``)."""
    found = re.search(r"^# (.+)$", _intro(path), re.M)
    if not found:
        raise ValueError(f"{path}: no '# Title' heading in its first cells")
    heading = found.group(1).strip()
    if i18n.language(language) != "en":
        po = catalogue_path(root / "locales", language, path)
        translated = load_catalogue(po).get(heading) if po.exists() else None
        if not translated:
            raise ValueError(f"{po}: no translation of the heading {heading!r}")
        heading = translated
    return heading.split(":")[0].strip()


def questions(path: Path) -> list[Question]:
    """Every question of an assignment, in order."""
    found: list[Question] = []
    for index, cell in enumerate(_cells(path)):
        first = _text(cell).split("\n", 1)[0]
        if cell["cell_type"] == "markdown" and first.startswith("## Question"):
            match = _QUESTION.match(first)
            if not match:
                raise ValueError(
                    f"{path}, cell {index}: heading {first!r}; expected "
                    "'## Question N — title (P points, kind, ★★☆ level)'"
                )
            number, name, points, kind, level = match.groups()
            if level not in LEVELS:
                raise ValueError(
                    f"{path}, cell {index}: difficulty {level!r}; expected one of {', '.join(LEVELS)}"
                )
            found.append(Question(int(number), name, int(points), kind, level))
    return found


def notebook(folder: str, number: str, root: Path = ROOT) -> Path:
    """The notebook ``NN_*.ipynb`` of ``folder`` (``chapters`` or ``exercises``)."""
    matches = sorted((root / folder).glob(f"{number}_*.ipynb"))
    if len(matches) != 1:
        raise ValueError(f"{folder}/{number}_*.ipynb: expected one notebook, found {len(matches)}")
    return matches[0]


def schedule(root: Path = ROOT, week=WEEK, language: str = "en") -> list[dict]:
    """One row per session: its chapters (titles in ``language``) and their minutes, the discussion,
    the class time left for the assignment (whose number is the last chapter's), and the homework
    that remains."""
    rows = []
    for day, chapters in enumerate(week, 1):
        paths = [notebook("chapters", n, root) for n in chapters]
        reading = sum(chapter_minutes(p) for p in paths)
        assignment = notebook("exercises", chapters[-1], root)
        in_class = reading + DISCUSSION_MINUTES
        left = max(SESSION_MINUTES - in_class, 0)
        rows.append(
            {
                "day": day,
                "chapters": [title(p, language, root) for p in paths],
                "reading": reading,
                "in_class": in_class,
                "assignment": int(chapters[-1]),
                "assignment_minutes": assignment_minutes(assignment),
                "left_in_class": left,
                "homework": max(assignment_minutes(assignment) - left, 0),
            }
        )
    return rows


def problems(rows: list[dict]) -> list[str]:
    """Each session that does not fit: class time over :data:`SESSION_MINUTES`, or homework over
    :data:`HOMEWORK_LIMIT_MINUTES`."""
    found = []
    for row in rows:
        if row["in_class"] > SESSION_MINUTES:
            found.append(
                f"day {row['day']}: {row['reading']} minutes of chapters and "
                f"{DISCUSSION_MINUTES} of discussion exceed a {SESSION_MINUTES}-minute session"
            )
        if row["homework"] > HOMEWORK_LIMIT_MINUTES:
            found.append(
                f"day {row['day']}: {row['homework']} minutes of homework exceed {HOMEWORK_LIMIT_MINUTES}"
            )
    return found


# ---- the tables of the instructors' page ----------------------------------------------------------


def _table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return "\n".join(lines + ["| " + " | ".join(str(c) for c in row) + " |" for row in rows])


def overview_table(root: Path = ROOT, language: str | None = None) -> str:
    """Markdown: one row per chapter, with its time, its assignment's time, points and difficulties."""
    lang = i18n.language(language)
    minutes = tr("{n} minutes", lang)
    rows = []
    for chapter in sorted((root / "chapters").glob("[0-9][0-9]_*.ipynb")):
        number = chapter.name[:2]
        assignment = notebook("exercises", number, root)
        found = questions(assignment)
        total = sum(q.points for q in found)
        written = sum(q.points for q in found if "written" in q.kind)
        levels = Counter(q.level for q in found)
        rows.append(
            [
                f"{int(number)}. {title(chapter, lang, root)}",
                minutes.format(n=chapter_minutes(chapter)),
                f"`exercises/{assignment.name}`",
                minutes.format(n=assignment_minutes(assignment)),
                f"{total} ({total - written} / {written})",
                ", ".join(f"{levels[level]} {level.split()[0]}" for level in LEVELS),
            ]
        )
    header = [
        tr("chapter", lang),
        tr("time to read and run", lang),
        tr("assignment", lang),
        tr("estimated time", lang),
        tr("points (checked / written)", lang),
        tr("questions by difficulty", lang),
    ]
    return _table(header, rows)


def levels_table(language: str | None = None) -> str:
    """Markdown: the difficulty scale, each level with what it asks."""
    lang = i18n.language(language)
    rows = [[tr(level, lang), tr(meaning, lang)] for level, meaning in LEVELS.items()]
    return _table([tr("difficulty", lang), tr("what the question asks", lang)], rows)


def schedule_table(root: Path = ROOT, language: str | None = None) -> str:
    """Markdown: the one-week module, a row per session and the take-home; checked to fit first."""
    lang = i18n.language(language)
    plan = schedule(root, language=lang)
    found = problems(plan)
    if found:
        raise ValueError("the syllabus does not fit its sessions: " + "; ".join(found))
    header = [
        tr("day", lang),
        tr("in class (session of {n} minutes)", lang).format(n=SESSION_MINUTES),
        tr("chapter, minutes", lang),
        tr("assignment, minutes", lang),
        tr("of which in class", lang),
        tr("at home", lang),
        tr("discussion question ({n} minutes)", lang).format(n=DISCUSSION_MINUTES),
    ]
    chapter, assignment = tr("Chapter {n}", lang), tr("Assignment {n}", lang)
    rows = []
    for row in plan:
        rows.append(
            [
                row["day"],
                f"{chapter.format(n=row['assignment'])}, *{', '.join(row['chapters'])}*",
                row["reading"],
                f"{assignment.format(n=row['assignment'])}, {row['assignment_minutes']}",
                row["assignment_minutes"] - row["homework"],
                row["homework"],
                tr(DISCUSSION_QUESTIONS[row["day"]], lang),
            ]
        )
    last = TAKE_HOME
    reading = chapter_minutes(notebook("chapters", last, root))
    work = assignment_minutes(notebook("exercises", last, root))
    rows.append(
        [
            tr("take-home", lang),
            "—",
            f"{chapter.format(n=int(last))}, *{title(notebook('chapters', last, root), lang, root)}*, "
            f"{reading}",
            f"{assignment.format(n=int(last))}, {work}",
            "—",
            reading + work,
            tr(TAKE_HOME_QUESTION, lang),
        ]
    )
    return _table(header, rows)
