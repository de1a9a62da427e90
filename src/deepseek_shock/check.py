"""Immediate, kind feedback on assignment answers, without giving the answers away.

A student writes an answer into a variable and calls::

    from deepseek_shock.check import check
    check("tl-single-source", n_single_source)

and sees one of five kinds of feedback (``Feedback.status``):

- ``"right"``: within the question's tolerance;
- ``"wrong"``: with the question's hint (and a word when the answer is close, or has the wrong sign);
- ``"wrong-unit"``: the answer is off by a factor that betrays a unit slip: ×100 (a percentage where a
  fraction is expected, or the reverse) or ×1000, ×10⁶, ×10⁹, ×10¹² (thousands, millions, billions…);
- ``"wrong-type"``: text where a number is expected, a whole column instead of one value, a time span
  instead of a number of days, a word that is not one of the allowed choices…;
- ``"unanswered"``: ``None``, ``...`` or an empty string: "not answered yet" (for a question whose
  answer may legitimately be ``None``, such as the ECCN of an uncontrolled chip, only ``...`` and an
  empty string are; ``None`` is then an answer). NaN is "unanswered" too, with its own message: a
  computation gave no value.

One tolerance rule per kind of answer:

- ``"integer"``: exactly the expected whole number;
- ``"number"``: right when it agrees with the expected value to three significant figures, that is
  within half a unit of its third significant figure (so the exact value, or the value rounded to three
  or more significant figures, passes; 24.50 billion shares where 24.55 billion are asked does not). A
  question whose value is *read off a widget* states an absolute tolerance instead (``abs_tol``: what
  the widget's readout can show);
- ``"date"``: the same calendar day; ``"choice"``: the same word, ignoring case and spaces;
  ``"bool"``: the same truth value.

A close miss gets "keep full precision" only when the answer *is* a rounded form of the expected value;
otherwise it is pointed at the method (the order of a KL divergence, which rows to add…). A ×100 slip is
called a percentage/fraction mix-up only for questions that ask for a fraction or a percentage.

How the answers stay hidden: the student notebook never contains an expected value. Each question is
registered here by id with a function that *computes* its expected value, at check time, from the
course library and ``data/`` (so a corrected data file corrects the key as well), and no feedback
message ever prints that value. The messages describe the student's answer and the unit or method
expected, never the number. (A student who re-implements the computation finds the value; that is
the exercise.)

The questions themselves live in :mod:`deepseek_shock.questions` (registered when the package is
imported); this module is the engine that judges an answer against a question.

Autograding: ``check(..., strict=True)`` raises ``AssertionError`` with the same kind message unless the
answer is right, so an nbgrader test cell fails exactly when the feedback is not "right". While nbgrader
validates or autogrades a notebook it sets ``NBGRADER_EXECUTION`` in the kernel; then every check is
strict (a wrong answer fails its check cell, and *Validate* says so, with the same message), and a plain
``check(...)`` displays its feedback and returns ``None``, so that the cell's result is nothing nbgrader
could read as partial credit. In JupyterLab, Colab or a hub, without that variable, a check never
raises: an unanswered or partly answered notebook runs top to bottom and shows every feedback.
"""

from __future__ import annotations

import datetime as _dt
import difflib
import html
import math
import numbers
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
from IPython.display import display

from . import i18n
from .i18n import tr

__all__ = [
    "Feedback",
    "Question",
    "QUESTIONS",
    "STATUSES",
    "KINDS",
    "register",
    "check",
    "questions",
    "GRADING_VARIABLE",
]

#: Every kind of feedback, from best to "not answered yet".
STATUSES = ("right", "wrong", "wrong-unit", "wrong-type", "unanswered")

#: The kinds of answer a question can ask for.
KINDS = ("number", "integer", "date", "choice", "bool")

_ID = re.compile(r"^[a-z0-9][a-z0-9\-]*$")
_ICON = {"right": "✔", "wrong": "✘", "wrong-unit": "⚠", "wrong-type": "⚠", "unanswered": "…"}
_TITLE = {
    "right": "Right",
    "wrong": "Not yet right",
    "wrong-unit": "Check the unit",
    "wrong-type": "Check the type of your answer",
    "unanswered": "Not answered yet",
}
_COLOUR = {
    "right": "#009E73",
    "wrong": "#D55E00",
    "wrong-unit": "#E69F00",
    "wrong-type": "#E69F00",
    "unanswered": "#56B4E9",
}

# Factors that betray a unit slip, and how to name them (in English; ``tr`` translates each name).
# ×100 is handled apart (percent/fraction).
_SCALES = (
    (1e3, "a thousand", "thousands", "a thousand times"),
    (1e6, "a million", "millions", "a million times"),
    (1e9, "a billion", "billions", "a billion times"),
    (1e12, "a trillion", "trillions", "a trillion times"),
)


@dataclass(frozen=True)
class Feedback:
    """The verdict on one answer. ``bool(feedback)`` is True only when the answer is right.

    ``message`` is written in ``language`` (``"en"`` or ``"fr"``), and so is the title shown with it:

    >>> print(Feedback("tl-rule-to-r1", "right", "bravo.", "fr"))
    ✔ Juste (tl-rule-to-r1): bravo.
    """

    question: str
    status: str
    message: str
    language: str = "en"

    def __bool__(self) -> bool:
        return self.status == "right"

    @property
    def passed(self) -> bool:
        return self.status == "right"

    def __str__(self) -> str:
        return f"{_ICON[self.status]} {self._title()} ({self.question}): {self.message}"

    __repr__ = __str__

    def _title(self) -> str:
        return tr(_TITLE[self.status], self.language)

    def _repr_html_(self) -> str:
        colour = _COLOUR[self.status]
        return (
            f'<div role="status" style="border-left:4px solid {colour};padding:0.3em 0.7em;'
            f'margin:0.3em 0"><strong>{_ICON[self.status]} {html.escape(self._title())}'
            f"</strong> <code>{html.escape(self.question)}</code>: {html.escape(self.message)}</div>"
        )


@dataclass(frozen=True)
class Question:
    """One question of an assignment.

    ``expected`` computes the expected answer from the library and the data, when a check runs.
    ``unit`` says in words what the answer is measured in ("days", "a fraction: −0.25 for a 25 % fall",
    "USD", "FLOP"); it is shown in feedback. A number is right within the module's rule (three
    significant figures); ``abs_tol`` widens that for a value read off a widget, and ``rel_tol``, when
    set, replaces the rule (no question of the course sets it: one rule per kind). ``choices`` lists the
    allowed words of a ``"choice"`` question. ``hint`` is shown with a wrong answer: a method, never a
    value. ``prompt`` says in a few words what the answer cell asks for (the student edition shows it).
    ``none_is_answer``: ``None`` is a legitimate answer (for a ``"choice"``, the word ``"none"``), so
    only ``...`` means "not answered yet".
    """

    qid: str
    expected: Callable[[], object]
    kind: str = "number"
    unit: str = ""
    hint: str = ""
    rel_tol: float | None = None
    abs_tol: float = 0.0
    choices: tuple[str, ...] = ()
    percent: bool = False  # True when the answer is asked as a percentage rather than a fraction
    prompt: str = ""
    none_is_answer: bool = False

    def __post_init__(self):
        if not _ID.match(self.qid):
            raise ValueError(
                f"qid={self.qid!r}: expected lower-case letters, digits and hyphens "
                "(it doubles as an nbgrader grade_id)"
            )
        if self.kind not in KINDS:
            raise ValueError(f"kind={self.kind!r}: expected one of {', '.join(KINDS)}")
        if (self.rel_tol is not None and self.rel_tol < 0) or self.abs_tol < 0:
            raise ValueError(f"rel_tol={self.rel_tol}, abs_tol={self.abs_tol}: expected tolerances ≥ 0")
        if self.kind == "choice" and not self.choices:
            raise ValueError(f"question {self.qid!r}: a 'choice' question needs its choices")


#: Every registered question, by id.
QUESTIONS: dict[str, Question] = {}


def register(question: Question) -> Question:
    """Add ``question`` to :data:`QUESTIONS`; an id can be registered once only."""
    if question.qid in QUESTIONS:
        raise ValueError(f"question id {question.qid!r} is already registered")
    QUESTIONS[question.qid] = question
    return question


def questions(prefix: str = "") -> list[str]:
    """The ids of the registered questions that start with ``prefix`` (e.g. ``"tl-"``), sorted."""
    return sorted(q for q in QUESTIONS if q.startswith(prefix))


def _question(qid: str, language: str | None = None) -> Question:
    if not isinstance(qid, str) or qid not in QUESTIONS:
        close = difflib.get_close_matches(str(qid), list(QUESTIONS), n=3)
        maybe = (
            tr(" Did you mean {ids}?", language).format(ids=", ".join(repr(c) for c in close))
            if close
            else ""
        )
        raise ValueError(
            tr(
                "check(question={qid}): unknown question id.{maybe} "
                "The {n} known ids are listed by deepseek_shock.check.questions().",
                language,
            ).format(qid=repr(qid), maybe=maybe, n=len(QUESTIONS))
        )
    return QUESTIONS[qid]


def _expected_answer(qid: str) -> Any:
    """The expected answer of question ``qid``, computed now. Internal (answer keys and tests use it):
    it is not part of the public API, student notebooks never call it, and :func:`check` never shows
    it."""
    question = _question(qid)
    try:
        return question.expected()
    except Exception as exc:  # the course itself is broken: say so, not "wrong"
        raise RuntimeError(
            f"question {qid!r}: the expected answer could not be computed from the "
            f"library and data ({type(exc).__name__}: {exc})"
        ) from exc


#: Set by nbgrader in the kernel while it validates (``"validate"``) or autogrades (``"autograde"``).
GRADING_VARIABLE = "NBGRADER_EXECUTION"


def check(
    question: str, answer: Any, *, strict: bool = False, language: str | None = None
) -> Feedback | None:
    """Compare ``answer`` with the expected answer of ``question`` and say how it fares.

    The feedback is written in ``language`` (default: the kernel's, ``DEEPSEEK_SHOCK_LANGUAGE``).

    Returns a :class:`Feedback` (shown nicely in a notebook). With ``strict=True`` an answer that is
    not right raises ``AssertionError`` carrying the same message (for autograder test cells).
    Under nbgrader (``NBGRADER_EXECUTION`` set) every check is strict, and without ``strict=True`` the
    feedback is displayed and ``None`` returned (a test cell's result would count as partial credit).
    Unknown ids raise ``ValueError``.
    """
    __tracebackhide__ = True  # a failing check shows its message, not this function's code
    grading = bool(os.environ.get(GRADING_VARIABLE))
    chosen = i18n.language(language)
    q = _question(question, chosen)
    if _unanswered(answer, q):
        feedback = Feedback(
            q.qid,
            "unanswered",
            tr(
                "give your answer in the cell above (replace None), run it, then run this cell again.",
                chosen,
            ),
            chosen,
        )
    else:
        feedback = _JUDGES[q.kind](q, answer, _expected_answer(q.qid), chosen)
    if (strict or grading) and not feedback:
        raise AssertionError(str(feedback))
    if grading and not strict:
        display(feedback)
        return None
    return feedback


# ----------------------------------------------------------------------------------------------------
# Judging answers. Messages speak about the student's answer and the expected *kind* of answer only.


def _unanswered(answer, question: Question | None = None) -> bool:
    """``...``, an empty string, or ``None`` unless ``None`` is a legitimate answer of ``question``.
    (NaN is judged by each kind, which says that a computation gave no value.)"""
    if answer is Ellipsis:
        return True
    if answer is None:
        return not (question is not None and question.none_is_answer)
    if isinstance(answer, str):
        return answer.strip() == ""
    return False


def _is_nan(value) -> bool:
    try:
        return np.ndim(value) == 0 and not isinstance(value, str) and bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _nan(q: Question, language: str) -> Feedback:
    return Feedback(
        q.qid,
        "unanswered",
        tr(
            "your answer is NaN (not a number, or NaT for a date): the "
            "computation gave no value. Look for a missing row (a lookup that found nothing), a "
            "0/0 or an empty selection, then give a value.",
            language,
        ),
        language,
    )


def _unit(q: Question, language: str) -> str:
    """The question's unit in ``language`` ("" when it has none)."""
    return tr(q.unit, language) if q.unit else ""


def _expects(q: Question, language: str) -> str:
    """What a number question asks for, in words: 'a number of days', 'a number (USD)'."""
    if not q.unit:
        return tr("a plain number", language)
    if re.fullmatch(r"[a-zA-Z\- ]+", q.unit) and not q.unit.startswith(("a ", "an ")):
        return tr("a plain number of {unit}", language).format(unit=_unit(q, language))
    return tr("a plain number ({unit})", language).format(unit=_unit(q, language))


def _is_share(q: Question) -> bool:
    """True when the answer is a fraction or a percentage (where ×100 means percent vs fraction)."""
    return q.percent or any(w in q.unit.lower() for w in ("fraction", "probability", "percent"))


def _describe(answer, language: str) -> str:
    """A short description of what the student gave (type, and the value when it is short)."""
    if isinstance(answer, str):
        shown = answer if len(answer) <= 30 else answer[:27] + "…"
        return tr("the text {shown}", language).format(shown=repr(shown))
    if isinstance(answer, pd.DataFrame):
        rows = i18n.format_number(len(answer), language=language, grouping=False)
        return tr("a table (DataFrame) of {n} rows", language).format(n=rows)
    if isinstance(answer, (pd.Series, np.ndarray, list, tuple, set)):
        count = i18n.format_number(len(answer), language=language, grouping=False)
        return tr("a {kind} of {n} values", language).format(kind=type(answer).__name__, n=count)
    if isinstance(answer, pd.Timedelta | _dt.timedelta):
        return tr("a time span (Timedelta)", language)
    return f"{type(answer).__name__} {answer!r}" if len(repr(answer)) <= 40 else type(answer).__name__


def _single(answer, language: str):
    """Unwrap a one-value Series/array/list; return (value, None) or (None, why it is not one value)."""
    if isinstance(answer, pd.DataFrame):
        return None, tr(
            "you gave {what}; this question expects one value. Pick it out, "
            "for example with .iloc[0] or .loc[…], or sum/count the rows.",
            language,
        ).format(what=_describe(answer, language))
    if isinstance(answer, (pd.Series, np.ndarray, list, tuple, set)):
        values = list(answer.ravel()) if isinstance(answer, np.ndarray) else list(answer)
        if len(values) == 1:
            return values[0], None
        return None, tr(
            "you gave {what}; this question expects one value. Pick one out "
            "(for example with .iloc[0]) or reduce them (len, sum, max…).",
            language,
        ).format(what=_describe(answer, language))
    return answer, None


def _as_number(q: Question, answer, language: str):
    """(float, None) or (None, Feedback saying why the answer is not a number)."""
    value, problem = _single(answer, language)
    if problem:
        return None, Feedback(q.qid, "wrong-type", problem, language)
    if _is_nan(value):
        return None, _nan(q, language)
    unit = f" ({_unit(q, language)})" if q.unit else ""
    if isinstance(value, pd.Timedelta | _dt.timedelta):
        in_days = q.unit.strip().lower() == "days"
        advice = (
            " Take its .days, or use timeline.days_between."
            if in_days
            else " A time span is not what it asks for: check which quantity the question wants."
        )
        return None, Feedback(
            q.qid,
            "wrong-type",
            tr("you gave a time span (Timedelta); this question expects {expects}.", language).format(
                expects=_expects(q, language)
            )
            + tr(advice, language),
            language,
        )
    if isinstance(value, str):
        text = value.strip()
        looks_numeric = re.fullmatch(r"[-+−]?[\d.,\s]+%?", text) is not None
        extra = ""
        if looks_numeric:
            extra = tr(
                " Write the number itself, without quotes and without the % sign."
                if "%" in text
                else " Write the number itself, without quotes.",
                language,
            )
        return None, Feedback(
            q.qid,
            "wrong-type",
            tr("you gave {what}, but this question expects a number{unit}.", language).format(
                what=_describe(value, language), unit=unit
            )
            + extra,
            language,
        )
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Real):
        return None, _mistyped(
            q,
            "you gave {what}, but this question expects a number{unit}.",
            language,
            what=_describe(value, language),
            unit=unit,
        )
    number = float(value)
    if math.isinf(number):
        return None, Feedback(
            q.qid,
            "wrong",
            tr("your answer is infinite: check for a division by zero.", language),
            language,
        )
    return number, None


def _close(a: float, b: float, rel_tol: float, abs_tol: float) -> bool:
    return abs(a - b) <= max(rel_tol * abs(b), abs_tol)


#: Significant figures a "number" answer must agree on (the module's one rule for numbers).
SIGNIFICANT_FIGURES = 3


def _tolerance(q: Question, expected: float) -> float:
    """How far a "number" answer may be from ``expected`` and still be right (see the module doc)."""
    if q.rel_tol is not None:
        return max(q.rel_tol * abs(expected), q.abs_tol)
    if expected == 0 or not math.isfinite(expected):
        return q.abs_tol
    unit = 10.0 ** (math.floor(math.log10(abs(expected))) - (SIGNIFICANT_FIGURES - 1))
    return max(0.5 * unit * (1 + 1e-9), q.abs_tol)


def _within(q: Question, number: float, expected: float) -> bool:
    return abs(number - expected) <= _tolerance(q, expected)


def _is_rounded_form(number: float, expected: float) -> bool:
    """True when ``number`` is ``expected`` rounded to some significant figures or decimal places."""
    if expected == 0 or number == expected:
        return False
    for figures in range(1, 16):
        magnitude = math.floor(math.log10(abs(expected)))
        rounded = round(expected, figures - 1 - magnitude)
        if math.isclose(number, rounded, rel_tol=1e-12, abs_tol=1e-15):
            return True
        for digits in range(0, 10):
            if math.isclose(number, round(expected, digits), rel_tol=1e-12, abs_tol=1e-15):
                return True
    return False


def _right(q: Question, language: str) -> Feedback:
    return Feedback(q.qid, "right", tr("well done.", language), language)


def _wrong(q: Question, message: str, language: str) -> Feedback:
    """A "wrong" feedback: ``message`` (already in ``language``), then the question's hint."""
    hint = tr(" Hint: {hint}", language).format(hint=tr(q.hint, language)) if q.hint else ""
    return Feedback(q.qid, "wrong", message + hint, language)


def _mistyped(q: Question, template: str, language: str, **fields: object) -> Feedback:
    """A "wrong-type" feedback: the English ``template`` in ``language``, its ``fields`` filled in."""
    return Feedback(q.qid, "wrong-type", tr(template, language).format(**fields), language)


def _unit_slip(q: Question, number: float, expected: float, language: str) -> Feedback | None:
    if expected == 0:
        return None
    unit = f" ({_unit(q, language)})" if q.unit else ""

    def near(target: float) -> bool:
        return abs(number - target) <= max(_tolerance(q, target), 1e-9 * abs(target))

    def slip(template: str, **fields: str) -> Feedback:
        return Feedback(q.qid, "wrong-unit", tr(template, language).format(**fields), language)

    for sign in (1.0, -1.0):
        wrong_sign = tr(" and has the wrong sign", language) if sign < 0 else ""
        if near(sign * 100 * expected):
            what = (
                tr(
                    "it looks like a percentage. This question asks for a fraction: write 0.25 for "
                    "25 %, -0.1 for a 10 % fall.",
                    language,
                )
                if _is_share(q) and not q.percent
                else tr("check the unit asked for{unit}.", language).format(unit=unit)
            )
            return slip(
                "your answer is 100 times too large{wrong_sign}: {what}", wrong_sign=wrong_sign, what=what
            )
        if near(sign * expected / 100):
            what = (
                tr(
                    "it looks like a fraction. This question asks for a percentage: write 25 for 25 %.",
                    language,
                )
                if q.percent
                else tr("check the unit asked for{unit}.", language).format(unit=unit)
            )
            return slip(
                "your answer is 100 times too small{wrong_sign}: {what}", wrong_sign=wrong_sign, what=what
            )
        for factor, once, many, times in _SCALES:
            if near(sign * factor * expected):
                return slip(
                    "your answer is {times} too large{wrong_sign}: check the unit{unit}. Did you "
                    "convert to a smaller unit, or multiply by {once} too many?",
                    times=tr(times, language),
                    wrong_sign=wrong_sign,
                    unit=unit,
                    once=tr(once, language),
                )
            if near(sign * expected / factor):
                return slip(
                    "your answer is {times} too small{wrong_sign}: it looks like a count in {many}. "
                    "Give the plain number{unit}: write 2.5e9, not 2.5, for 2.5 billion.",
                    times=tr(times, language),
                    wrong_sign=wrong_sign,
                    many=tr(many, language),
                    unit=unit,
                )
    return None


def _judge_number(q: Question, answer, expected, language: str = "en") -> Feedback:
    number, problem = _as_number(q, answer, language)
    if problem is not None:
        return problem
    expected = float(expected)
    if q.kind == "integer":
        if number != int(number):
            of_unit = tr(" of {unit}", language).format(unit=_unit(q, language)) if q.unit else ""
            return _mistyped(
                q,
                "you gave {number}; this question expects a whole number{unit}.",
                language,
                number=repr(number),
                unit=of_unit,
            )
        if number == expected:
            return _right(q, language)
    elif _within(q, number, expected):
        return _right(q, language)
    slip = _unit_slip(q, number, expected, language)
    if slip is not None:
        return slip
    if expected != 0 and _within(q, -number, expected):
        message = (
            "the size is right but the sign is not: check which value comes first "
            "(after − before, later − earlier)."
        )
    elif q.kind == "number" and _is_rounded_form(number, expected):
        message = (
            "close: your answer looks rounded too much. Keep full precision (do not round "
            "the result or intermediate values) and give at least three significant figures."
        )
    elif q.kind == "number" and _close(number, expected, 0.05, 20 * q.abs_tol):
        message = (
            "close, but not right: the method or an input differs from the one asked "
            "(which rows, which stage, which order of the arguments)."
        )
    else:
        message = "not the expected value."
    return _wrong(q, tr(message, language), language)


def _judge_date(q: Question, answer, expected, language: str = "en") -> Feedback:
    value, problem = _single(answer, language)
    if problem:
        return Feedback(q.qid, "wrong-type", problem, language)
    if _is_nan(value):
        return _nan(q, language)
    if isinstance(value, (bool, numbers.Number)) and not isinstance(value, np.datetime64):
        return _mistyped(
            q,
            "you gave {what}; this question expects a date, such as '2025-01-27' or a pandas Timestamp.",
            language,
            what=_describe(value, language),
        )
    try:
        stamp = pd.Timestamp(value)
    except (TypeError, ValueError):
        return _mistyped(
            q,
            "you gave {what}, which is not a date; write one as '2025-01-27' or take it from the data.",
            language,
            what=_describe(value, language),
        )
    if pd.Timestamp(stamp).normalize() == pd.Timestamp(expected).normalize():
        return _right(q, language)
    return _wrong(q, tr("not the expected date.", language), language)


def _normalise_word(text: str) -> str:
    return " ".join(text.strip().lower().split())


def _judge_choice(q: Question, answer, expected, language: str = "en") -> Feedback:
    value, problem = _single(answer, language)
    if problem:
        return Feedback(q.qid, "wrong-type", problem, language)
    if value is None and q.none_is_answer:
        value = "none"
    if expected is None and q.none_is_answer:
        expected = "none"
    if _is_nan(value):
        return _nan(q, language)
    shown = _choice_names(q, language)
    options = ", ".join(repr(name) for name in shown.values())
    if not isinstance(value, str):
        return _mistyped(
            q,
            "you gave {what}; this question expects one of the words {options} (as a string, in quotes).",
            language,
            what=_describe(value, language),
            options=options,
        )
    word = _normalise_word(value)
    allowed = {_normalise_word(c): c for c in q.choices}
    for choice, name in shown.items():  # its name in the kernel's language is the same choice
        allowed.setdefault(_normalise_word(name), choice)
    if word not in allowed:
        return _mistyped(
            q,
            "{answer} is not one of the allowed answers: {options}.",
            language,
            answer=repr(value),
            options=options,
        )
    if allowed[word] == allowed.get(_normalise_word(str(expected)), expected):
        return _right(q, language)
    return _wrong(
        q,
        tr("{answer} is not the expected answer.", language).format(answer=repr(shown[allowed[word]])),
        language,
    )


def _choice_names(q: Question, language: str) -> dict[str, str]:
    """Each choice of ``q`` → its name in ``language``: the French table's entry for it (« mardi » for
    "Tuesday"), or the choice itself where the table has none (a code such as an ECCN). A student may
    answer with either; feedback names the choices in ``language``."""
    table = i18n.TABLES.get(language, {})
    return {choice: table.get(choice, choice) for choice in q.choices}


def _judge_bool(q: Question, answer, expected, language: str = "en") -> Feedback:
    value, problem = _single(answer, language)
    if problem:
        return Feedback(q.qid, "wrong-type", problem, language)
    if _is_nan(value):
        return _nan(q, language)
    if isinstance(value, str):
        template = "you gave {what}; write True or False, without quotes."
    elif not isinstance(value, (bool, np.bool_)):
        template = "you gave {what}; this question expects True or False."
    else:
        if bool(value) == bool(expected):
            return _right(q, language)
        return _wrong(q, tr("not the expected answer.", language), language)
    return _mistyped(q, template, language, what=_describe(value, language))


_JUDGES = {
    "number": _judge_number,
    "integer": _judge_number,
    "date": _judge_date,
    "choice": _judge_choice,
    "bool": _judge_bool,
}
