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
- ``"unanswered"``: ``None``, ``...``, NaN or an empty string: "not answered yet".

How the answers stay hidden: the student notebook never contains an expected value. Each question is
registered here by id with a function that *computes* its expected value, at check time, from the
course library and ``data/`` (so a corrected data file corrects the key as well), and no feedback
message ever prints that value. The messages describe the student's answer and the unit or method
expected, never the number. (A student who re-implements the computation finds the value; that is
the exercise.)

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

import numpy as np
import pandas as pd
from IPython.display import display

from .data import one_row

__all__ = ["Feedback", "Question", "QUESTIONS", "STATUSES", "KINDS", "register", "check",
           "questions", "expected_answer", "EXAMPLE_LOGITS", "GRADING_VARIABLE"]

#: Every kind of feedback, from best to "not answered yet".
STATUSES = ("right", "wrong", "wrong-unit", "wrong-type", "unanswered")

#: The kinds of answer a question can ask for.
KINDS = ("number", "integer", "date", "choice", "bool")

_ID = re.compile(r"^[a-z0-9][a-z0-9\-]*$")
_ICON = {"right": "✔", "wrong": "✘", "wrong-unit": "⚠", "wrong-type": "⚠", "unanswered": "…"}
_TITLE = {"right": "Right", "wrong": "Not yet right", "wrong-unit": "Check the unit",
          "wrong-type": "Check the type of your answer", "unanswered": "Not answered yet"}
_COLOUR = {"right": "#009E73", "wrong": "#D55E00", "wrong-unit": "#E69F00", "wrong-type": "#E69F00",
           "unanswered": "#56B4E9"}

# Factors that betray a unit slip, and how to name them. ×100 is handled apart (percent/fraction).
_SCALES = ((1e3, "a thousand", "thousands"), (1e6, "a million", "millions"),
           (1e9, "a billion", "billions"), (1e12, "a trillion", "trillions"))


@dataclass(frozen=True)
class Feedback:
    """The verdict on one answer. ``bool(feedback)`` is True only when the answer is right."""

    question: str
    status: str
    message: str

    def __bool__(self) -> bool:
        return self.status == "right"

    @property
    def passed(self) -> bool:
        return self.status == "right"

    def __str__(self) -> str:
        return f"{_ICON[self.status]} {_TITLE[self.status]} ({self.question}): {self.message}"

    __repr__ = __str__

    def _repr_html_(self) -> str:
        colour = _COLOUR[self.status]
        return (f'<div role="status" style="border-left:4px solid {colour};padding:0.3em 0.7em;'
                f'margin:0.3em 0"><strong>{_ICON[self.status]} {html.escape(_TITLE[self.status])}'
                f'</strong> <code>{html.escape(self.question)}</code>: {html.escape(self.message)}</div>')


@dataclass(frozen=True)
class Question:
    """One question of an assignment.

    ``expected`` computes the expected answer from the library and the data, when a check runs.
    ``unit`` says in words what the answer is measured in ("days", "a fraction: −0.25 for a 25 % fall",
    "USD", "FLOP"); it is shown in feedback. ``rel_tol``/``abs_tol`` bound how far a number may be from
    the expected value and still count as right (either suffices). ``choices`` lists the allowed words
    of a ``"choice"`` question. ``hint`` is shown with a wrong answer: a method, never a value.
    """

    qid: str
    expected: Callable[[], object]
    kind: str = "number"
    unit: str = ""
    hint: str = ""
    rel_tol: float = 1e-3
    abs_tol: float = 0.0
    choices: tuple[str, ...] = ()
    percent: bool = False  # True when the answer is asked as a percentage rather than a fraction

    def __post_init__(self):
        if not _ID.match(self.qid):
            raise ValueError(f"qid={self.qid!r}: expected lower-case letters, digits and hyphens "
                             "(it doubles as an nbgrader grade_id)")
        if self.kind not in KINDS:
            raise ValueError(f"kind={self.kind!r}: expected one of {', '.join(KINDS)}")
        if self.rel_tol < 0 or self.abs_tol < 0:
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


def _question(qid: str) -> Question:
    if not isinstance(qid, str) or qid not in QUESTIONS:
        close = difflib.get_close_matches(str(qid), list(QUESTIONS), n=3)
        maybe = f" Did you mean {', '.join(repr(c) for c in close)}?" if close else ""
        raise ValueError(f"check(question={qid!r}): unknown question id.{maybe} "
                         f"The {len(QUESTIONS)} known ids are listed by deepseek_shock.check.questions().")
    return QUESTIONS[qid]


def expected_answer(qid: str):
    """The expected answer of question ``qid``, computed now. For answer keys: student notebooks
    never call it, and :func:`check` never shows it."""
    question = _question(qid)
    try:
        return question.expected()
    except Exception as exc:  # the course itself is broken: say so, not "wrong"
        raise RuntimeError(f"question {qid!r}: the expected answer could not be computed from the "
                           f"library and data ({type(exc).__name__}: {exc})") from exc


#: Set by nbgrader in the kernel while it validates (``"validate"``) or autogrades (``"autograde"``).
GRADING_VARIABLE = "NBGRADER_EXECUTION"


def check(question: str, answer, *, strict: bool = False) -> Feedback | None:
    """Compare ``answer`` with the expected answer of ``question`` and say how it fares.

    Returns a :class:`Feedback` (shown nicely in a notebook). With ``strict=True`` an answer that is
    not right raises ``AssertionError`` carrying the same message (for autograder test cells).
    Under nbgrader (``NBGRADER_EXECUTION`` set) every check is strict, and without ``strict=True`` the
    feedback is displayed and ``None`` returned (a test cell's result would count as partial credit).
    Unknown ids raise ``ValueError``.
    """
    __tracebackhide__ = True  # a failing check shows its message, not this function's code
    grading = bool(os.environ.get(GRADING_VARIABLE))
    q = _question(question)
    if _unanswered(answer):
        feedback = Feedback(q.qid, "unanswered",
                            "give your answer in the cell above (replace None), run it, then run this "
                            "cell again.")
    else:
        feedback = _JUDGES[q.kind](q, answer, expected_answer(q.qid))
    if (strict or grading) and not feedback:
        raise AssertionError(str(feedback))
    if grading and not strict:
        display(feedback)
        return None
    return feedback


# ----------------------------------------------------------------------------------------------------
# Judging answers. Messages speak about the student's answer and the expected *kind* of answer only.

def _unanswered(answer) -> bool:
    if answer is None or answer is Ellipsis:
        return True
    if isinstance(answer, str):
        return answer.strip() == ""
    try:
        return bool(pd.isna(answer)) if np.ndim(answer) == 0 else False
    except (TypeError, ValueError):
        return False


def _describe(answer) -> str:
    """A short description of what the student gave (type, and the value when it is short)."""
    if isinstance(answer, str):
        shown = answer if len(answer) <= 30 else answer[:27] + "…"
        return f"the text {shown!r}"
    if isinstance(answer, pd.DataFrame):
        return f"a table (DataFrame) of {len(answer)} rows"
    if isinstance(answer, (pd.Series, np.ndarray, list, tuple, set)):
        return f"a {type(answer).__name__} of {len(answer)} values"
    if isinstance(answer, pd.Timedelta | _dt.timedelta):
        return "a time span (Timedelta)"
    return f"{type(answer).__name__} {answer!r}" if len(repr(answer)) <= 40 else type(answer).__name__


def _single(answer):
    """Unwrap a one-value Series/array/list; return (value, None) or (None, why it is not one value)."""
    if isinstance(answer, pd.DataFrame):
        return None, (f"you gave {_describe(answer)}; this question expects one value. Pick it out, "
                      "for example with .iloc[0] or .loc[…], or sum/count the rows.")
    if isinstance(answer, (pd.Series, np.ndarray, list, tuple, set)):
        values = list(answer.ravel()) if isinstance(answer, np.ndarray) else list(answer)
        if len(values) == 1:
            return values[0], None
        return None, (f"you gave {_describe(answer)}; this question expects one value. Pick one out "
                      "(for example with .iloc[0]) or reduce them (len, sum, max…).")
    return answer, None


def _as_number(q: Question, answer):
    """(float, None) or (None, Feedback saying why the answer is not a number)."""
    value, problem = _single(answer)
    if problem:
        return None, Feedback(q.qid, "wrong-type", problem)
    if isinstance(value, pd.Timedelta | _dt.timedelta):
        return None, Feedback(q.qid, "wrong-type", (
            "you gave a time span (Timedelta); this question expects a plain number"
            + (f" of {q.unit}" if q.unit else "") + ". Take its .days, or use timeline.days_between."))
    if isinstance(value, str):
        text = value.strip()
        looks_numeric = re.fullmatch(r"[-+−]?[\d.,\s]+%?", text) is not None
        extra = (" Write the number itself, without quotes" + (" and without the % sign" if "%" in text
                 else "") + ".") if looks_numeric else ""
        return None, Feedback(q.qid, "wrong-type",
                              f"you gave {_describe(value)}, but this question expects a number"
                              + (f" ({q.unit})" if q.unit else "") + "." + extra)
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Real):
        return None, Feedback(q.qid, "wrong-type", f"you gave {_describe(value)}, but this question "
                              "expects a number" + (f" ({q.unit})" if q.unit else "") + ".")
    number = float(value)
    if math.isnan(number):
        return None, Feedback(q.qid, "unanswered", "your answer is NaN (not a number): give a value.")
    if math.isinf(number):
        return None, Feedback(q.qid, "wrong", "your answer is infinite: check for a division by zero.")
    return number, None


def _close(a: float, b: float, rel_tol: float, abs_tol: float) -> bool:
    return abs(a - b) <= max(rel_tol * abs(b), abs_tol)


def _wrong(q: Question, message: str) -> Feedback:
    hint = f" Hint: {q.hint}" if q.hint else ""
    return Feedback(q.qid, "wrong", message + hint)


def _unit_slip(q: Question, number: float, expected: float) -> Feedback | None:
    if expected == 0:
        return None
    tol = max(q.rel_tol, 1e-9)
    for sign in (1.0, -1.0):
        if _close(number, sign * 100 * expected, tol, q.abs_tol * 100):
            what = ("it looks like a percentage. This question asks for a fraction: write 0.25 "
                    "for 25 %, -0.1 for a 10 % fall." if not q.percent else
                    "check the unit asked for" + (f" ({q.unit})" if q.unit else "") + ".")
            return Feedback(q.qid, "wrong-unit", "your answer is 100 times too large" + (
                " and has the wrong sign" if sign < 0 else "") + f": {what}")
        if _close(number, sign * expected / 100, tol, q.abs_tol / 100):
            what = ("it looks like a fraction. This question asks for a percentage: write 25 for "
                    "25 %." if q.percent else
                    "check the unit asked for" + (f" ({q.unit})" if q.unit else "") + ".")
            return Feedback(q.qid, "wrong-unit", "your answer is 100 times too small" + (
                " and has the wrong sign" if sign < 0 else "") + f": {what}")
        for factor, once, many in _SCALES:
            unit = f" ({q.unit})" if q.unit else ""
            if _close(number, sign * factor * expected, tol, q.abs_tol * factor):
                return Feedback(q.qid, "wrong-unit", (
                    f"your answer is {once} times too large" + (" and has the wrong sign" if sign < 0
                                                                else "")
                    + f": check the unit{unit}. Did you convert to a smaller unit, or multiply by "
                      f"{once} too many?"))
            if _close(number, sign * expected / factor, tol, q.abs_tol / factor):
                return Feedback(q.qid, "wrong-unit", (
                    f"your answer is {once} times too small" + (" and has the wrong sign" if sign < 0
                                                                else "")
                    + f": it looks like a count in {many}. Give the plain number{unit}: write 2.5e9, "
                      "not 2.5, for 2.5 billion."))
    return None


def _judge_number(q: Question, answer, expected) -> Feedback:
    number, problem = _as_number(q, answer)
    if problem is not None:
        return problem
    expected = float(expected)
    if q.kind == "integer":
        if number != int(number):
            return Feedback(q.qid, "wrong-type", f"you gave {number!r}; this question expects a whole "
                            "number" + (f" of {q.unit}" if q.unit else "") + ".")
        if number == expected:
            return Feedback(q.qid, "right", "well done.")
    elif _close(number, expected, q.rel_tol, q.abs_tol):
        return Feedback(q.qid, "right", "well done.")
    slip = _unit_slip(q, number, expected)
    if slip is not None:
        return slip
    if expected != 0 and _close(number, -expected, q.rel_tol, q.abs_tol):
        return _wrong(q, "the size is right but the sign is not: check which value comes first "
                         "(after − before, later − earlier).")
    if q.kind == "number" and _close(number, expected, max(20 * q.rel_tol, 0.02), 20 * q.abs_tol):
        return _wrong(q, "close, but outside the tolerance: keep full precision (do not round "
                         "intermediate results) and check the inputs you used.")
    return _wrong(q, "not the expected value.")


def _judge_date(q: Question, answer, expected) -> Feedback:
    value, problem = _single(answer)
    if problem:
        return Feedback(q.qid, "wrong-type", problem)
    if isinstance(value, (bool, numbers.Number)) and not isinstance(value, np.datetime64):
        return Feedback(q.qid, "wrong-type", f"you gave {_describe(value)}; this question expects a "
                        "date, such as '2025-01-27' or a pandas Timestamp.")
    try:
        stamp = pd.Timestamp(value)
    except (TypeError, ValueError):
        return Feedback(q.qid, "wrong-type", f"you gave {_describe(value)}, which is not a date; "
                        "write one as '2025-01-27' or take it from the data.")
    if pd.Timestamp(stamp).normalize() == pd.Timestamp(expected).normalize():
        return Feedback(q.qid, "right", "well done.")
    return _wrong(q, "not the expected date.")


def _normalise_word(text: str) -> str:
    return " ".join(text.strip().lower().split())


def _judge_choice(q: Question, answer, expected) -> Feedback:
    value, problem = _single(answer)
    if problem:
        return Feedback(q.qid, "wrong-type", problem)
    options = ", ".join(repr(c) for c in q.choices)
    if not isinstance(value, str):
        return Feedback(q.qid, "wrong-type", f"you gave {_describe(value)}; this question expects one "
                        f"of the words {options} (as a string, in quotes).")
    word = _normalise_word(value)
    allowed = {_normalise_word(c): c for c in q.choices}
    if word not in allowed:
        return Feedback(q.qid, "wrong-type", f"{value!r} is not one of the allowed answers: {options}.")
    if word == _normalise_word(str(expected)):
        return Feedback(q.qid, "right", "well done.")
    return _wrong(q, f"{allowed[word]!r} is not the expected answer.")


def _judge_bool(q: Question, answer, expected) -> Feedback:
    value, problem = _single(answer)
    if problem:
        return Feedback(q.qid, "wrong-type", problem)
    if isinstance(value, str):
        return Feedback(q.qid, "wrong-type", f"you gave {_describe(value)}; write True or False, "
                        "without quotes.")
    if not isinstance(value, (bool, np.bool_)):
        return Feedback(q.qid, "wrong-type", f"you gave {_describe(value)}; this question expects "
                        "True or False.")
    if bool(value) == bool(expected):
        return Feedback(q.qid, "right", "well done.")
    return _wrong(q, "not the expected answer.")


_JUDGES = {"number": _judge_number, "integer": _judge_number, "date": _judge_date,
           "choice": _judge_choice, "bool": _judge_bool}


# ----------------------------------------------------------------------------------------------------
# The course's questions, one block per assignment (exercises/<chapter>.ipynb). Each expected value is
# computed from the library and data/ when a check runs; nothing here is a typed-in answer.

def _data(name: str) -> pd.DataFrame:
    from .data import load
    return load(name)


def _close_on(ticker: str, date: str) -> float:
    prices = _data("prices")
    rows = prices[(prices["ticker"] == ticker) & (prices["date"] == pd.Timestamp(date))]
    if len(rows) != 1:
        raise ValueError(f"prices: expected one {ticker} close on {date}, found {len(rows)}")
    return float(rows["close_usd"].iloc[0])


def _timeline_questions() -> None:
    from . import timeline as tl

    def gap(first: str, second: str) -> int:
        events = _data("events")
        return tl.days_between(tl.event_date(events, first), tl.event_date(events, second))

    weekdays = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    from .claims import VERDICTS
    register(Question(
        "tl-single-source", lambda: int((_data("events")["confidence"] == "1").sum()),
        kind="integer", unit="events",
        hint="count the rows whose confidence column equals the text '1' (a string, not the number)."))
    register(Question(
        "tl-rule-to-r1", lambda: gap("rule_2022_10", "r1_release"), kind="integer", unit="days",
        hint="look both events up with timeline.event_date and subtract with timeline.days_between "
             "(earlier first)."))
    register(Question(
        "tl-stargate-weekday", lambda: tl.weekday(tl.event_date(_data("events"), "stargate")),
        kind="choice", choices=weekdays,
        hint="timeline.weekday gives the name of the day of any date."))
    register(Question(
        "tl-reported-verdict",
        lambda: tl.timing_verdict(gap("r1_release", "app_store_reported"), 2, 4),
        kind="choice", choices=VERDICTS,
        hint="measure the gap from R1's release to the news reports, then grade it with "
             "timeline.timing_verdict(gap, 2, 4)."))
    register(Question(
        "tl-regulation-widget",
        lambda: len(tl.select(_data("events"), ["regulation"], "2025-01-01", "2025-02-28")),
        kind="integer", unit="events",
        hint="in the widget, keep only 'Regulation & bans' and set the months to Jan 2025 – Feb 2025; "
             "the count is printed beside the categories."))
    register(Question(
        "tl-nvidia-fall",
        lambda: (_close_on("NVDA", "2025-01-27") - _close_on("NVDA", "2025-01-06"))
        / _close_on("NVDA", "2025-01-06"),
        unit="a fraction: -0.1 for a 10 % fall", rel_tol=1e-3,
        hint="(after − before) / before, with the closes of 6 and 27 January 2025 from prices."))


def _market_questions() -> None:
    def market():
        from . import market as module
        return module

    def close(date: str) -> float:
        return market().close_on(_data("prices"), "NVDA", date)

    def one_day() -> float:
        return market().pct_change(close("2025-01-24"), close("2025-01-27"))

    def vendor_shares() -> float:
        shares = _data("shares")
        rows = shares[(shares["ticker"] == "NVDA") & (shares["kind"] == "vendor_figure")]
        if len(rows) != 1:
            raise ValueError(f"shares: expected one NVDA vendor_figure row, found {len(rows)}")
        return float(rows["shares"].iloc[0])

    def index_change(index: str) -> float:
        levels = _data("index_levels").set_index(["index", "date"])["level_points"]
        return market().pct_change(levels[(index, pd.Timestamp("2025-01-24"))],
                                   levels[(index, pd.Timestamp("2025-01-27"))])

    def back_above():
        found = market().first_close_at_or_above(_data("prices"), "NVDA", close("2025-01-24"), "2025-01-27")
        if found is None:
            raise ValueError("prices: no NVDA close at or above the 24 January close after 27 January")
        return found[0]

    register(Question(
        "mk-one-day", one_day, unit="a fraction: -0.1 for a 10 % fall", rel_tol=5e-3,
        hint="market.pct_change(before, after) with the closes of 24 and 27 January 2025, before first."))
    register(Question(
        "mk-recovery", lambda: market().recovery_needed(-one_day()), unit="a positive fraction",
        rel_tol=5e-3,
        hint="market.recovery_needed takes the size of the loss as a positive fraction: "
             "-pct_change(...)."))
    register(Question(
        "mk-cap-loss",
        lambda: market().value_lost(close("2025-01-24"), close("2025-01-27"), vendor_shares()),
        unit="USD", rel_tol=5e-3,
        hint="market_cap(price before, shares) − market_cap(price after, shares), with the share count "
             "of the vendor_figure row, in plain dollars."))
    register(Question(
        "mk-back-above", back_above, kind="date",
        hint="keep the NVDA closes after 27 January that are ≥ the 24 January close, and take the "
             "earliest date."))
    register(Question(
        # The fall whose recovery needs a gain of 50 %: 1/(1 − x) − 1 = 0.5, so x = 1 − 1/1.5.
        "mk-widget-half", lambda: 100 * (1 - 1 / (1 + 0.5)), unit="percent (as the slider shows it)",
        percent=True, rel_tol=5e-3,
        hint="move the fall slider until the gain needed reads 50.0 %, and give the fall in % as the "
             "slider shows it."))
    register(Question(
        "mk-sp500", lambda: index_change("S&P 500"), unit="a fraction: -0.1 for a 10 % fall",
        rel_tol=5e-3, hint="market.pct_change with the S&P 500 levels of 24 and 27 January 2025."))


def _run(run_id: str) -> pd.Series:
    return one_row(_data("training_runs"), "run_id", run_id, what="training runs")


def _costs_questions() -> None:
    # The library module is imported when a check runs, so that this file never depends on its state.
    def costs():
        from . import costs as module
        return module

    def v3_flops() -> float:
        row = _run("v3_pretrain")
        return costs().training_flops(row["params_active"], row["tokens"])

    def h800_peak() -> float:
        return costs().peak_flop_per_s(_data("gpu_specs"), "H800 SXM", "bf16")

    register(Question(
        "tc-v3-flops", v3_flops, unit="FLOP", rel_tol=5e-3,
        hint="6 × active parameters × training tokens, from the v3_pretrain row (costs.training_flops)."))
    register(Question(
        "tc-v3-rent",
        lambda: costs().rental_cost(costs().model_gpu_hours(_data("training_runs"), "DeepSeek-V3"),
                                    float(_run("v3_pretrain")["assumed_usd_per_gpu_hour"])),
        unit="USD", rel_tol=5e-3,
        hint="add the GPU-hours of every DeepSeek-V3 stage, then multiply by the report's assumed price "
             "(costs.rental_cost)."))
    register(Question(
        "tc-v3-mfu",
        lambda: costs().mfu(v3_flops(), float(_run("v3_pretrain")["gpu_hours"]), h800_peak()),
        unit="a fraction between 0 and 1", rel_tol=5e-3,
        hint="costs.mfu(flops, gpu_hours, peak_flop_per_s): the peak in FLOP per second, the GPU-hours "
             "of pre-training only."))
    register(Question(
        "tc-llama-ratio",
        lambda: costs().model_gpu_hours(_data("training_runs"), "Llama 3.1 405B")
        / costs().model_gpu_hours(_data("training_runs"), "DeepSeek-V3"),
        unit="a ratio (times)", rel_tol=5e-3,
        hint="Llama's GPU-hours divided by the GPU-hours of all three DeepSeek-V3 stages."))
    register(Question(
        "tc-widget-days",
        lambda: costs().wall_clock_days(costs().gpu_hours_needed(v3_flops(), h800_peak(), 0.40),
                                        float(_run("v3_pretrain")["num_gpus"])),
        unit="days", rel_tol=1e-3, abs_tol=0.051,
        hint="set the calculator's utilisation to 0.40 and its GPUs to the v3_pretrain row's num_gpus, "
             "with the H800 SXM and its BF16 peak, then read the wall-clock line."))


#: Small inputs for the distillation assignment: logits of a teacher and a student for three images of
#: handwritten digits (ten classes, 0–9), and the true digit of each. Inputs, not answers: the notebook
#: prints them.
EXAMPLE_LOGITS = {
    "teacher": ((-1.0, 0.5, 1.0, 2.0, -0.5, 0.0, -2.0, 6.0, 0.5, 2.5),
                (0.0, -1.0, 1.5, 5.0, -1.5, 3.5, -1.0, 0.5, 2.0, 1.0),
                (1.0, -2.0, 0.5, 0.0, 2.0, 0.5, 5.5, -1.0, 1.5, 0.0)),
    "student": ((0.0, 0.5, 0.5, 1.0, 0.0, 0.0, -0.5, 2.0, 0.5, 1.0),
                (0.5, 0.0, 1.0, 1.5, 0.0, 1.5, 0.0, 0.5, 1.0, 0.5),
                (0.5, -0.5, 0.5, 0.0, 1.0, 0.5, 1.0, 0.0, 0.5, 0.0)),
    "labels": (7, 3, 6),
}


def _distill_questions() -> None:
    def distill():
        from . import distill as module
        return module

    teacher = np.array(EXAMPLE_LOGITS["teacher"])
    student = np.array(EXAMPLE_LOGITS["student"])
    labels = np.array(EXAMPLE_LOGITS["labels"])

    register(Question(
        "ds-top-t1", lambda: float(distill().softmax(teacher[0], 1.0).max()),
        unit="a probability between 0 and 1", rel_tol=5e-3,
        hint="distill.softmax(teacher_logits[0], temperature=1.0), then its largest value."))
    register(Question(
        "ds-top-t4", lambda: float(distill().softmax(teacher[0], 4.0).max()),
        unit="a probability between 0 and 1", rel_tol=5e-3,
        hint="the same, with temperature=4.0."))
    register(Question(
        "ds-kl",
        lambda: float(distill().kl_divergence(distill().softmax(teacher[0], 4.0),
                                              distill().softmax(student[0], 4.0))),
        unit="nats", rel_tol=5e-3,
        hint="KL(p ‖ q) with p the teacher's and q the student's softened probabilities, in that order."))
    register(Question(
        "ds-loss",
        lambda: distill().distillation_loss(student, teacher, labels, distill().DEFAULT_TEMPERATURE,
                                            distill().DEFAULT_ALPHA),
        unit="nats", rel_tol=5e-3,
        hint="distill.distillation_loss(student_logits, teacher_logits, labels, temperature, alpha), "
             "student first, with the chapter's default temperature and alpha."))
    register(Question(
        "ds-loss-hard",
        lambda: distill().distillation_loss(student, teacher, labels, distill().DEFAULT_TEMPERATURE, 0.0),
        unit="nats", rel_tol=5e-3,
        hint="the same call with alpha=0: only the hard labels count."))
    register(Question(
        "ds-widget-entropy", lambda: float(distill().entropy(distill().softmax(teacher[0], 10.0))),
        unit="nats", rel_tol=1e-3, abs_tol=0.0051,
        hint="set the slider to T = 10.00 and read the entropy it prints (two decimals are enough)."))


def _export_controls_questions() -> None:
    def ec():
        from . import export_controls as module
        return module

    def chip(name: str) -> pd.Series:
        return one_row(_data("chips"), "name", name, what="chips")

    def tpp_of(name: str) -> float:
        return ec().tpp(chip(name)["dense_tops"], chip(name)["bit_length"])

    def classify(name: str, rule: str):
        row = chip(name)
        area = None if pd.isna(row["die_area_mm2"]) else float(row["die_area_mm2"])
        return ec().classify(tpp_of(name), die_area_mm2=area, io_gb_s=float(row["io_gb_s"]),
                             datacenter=bool(row["datacenter"]), rule=rule)

    def newly_controlled() -> int:
        table = ec().chip_table(_data("chips"))
        return int(((table["eccn_2022"] == "none")
                    & ~table["eccn_2023"].isin(["none", "undetermined"])).sum())

    eccns = ("3A090.a", "3A090.a.1", "3A090.a.2", "3A090.b.1", "3A090.b.2", "none")
    register(Question(
        "ec-mi300x-tpp", lambda: tpp_of("MI300X"), unit="TPP (TOPS × bits)", rel_tol=1e-3,
        hint="export_controls.tpp(dense_tops, bit_length) with the MI300X's row of chips: its operations "
             "are 16-bit."))
    register(Question(
        "ec-l4-density", lambda: ec().performance_density(tpp_of("L4"), chip("L4")["die_area_mm2"]),
        unit="TPP per mm²", rel_tol=2e-3,
        hint="the L4's TPP divided by its die_area_mm2 (export_controls.performance_density)."))
    register(Question(
        "ec-h800-2022", lambda: classify("H800 SXM", "2022-10").controlled, kind="bool",
        hint="export_controls.classify(tpp, io_gb_s=…, rule='2022-10'): the 2022 rule has two tests."))
    register(Question(
        "ec-h800-2023",
        lambda: classify("H800 SXM", "2023-10").eccn or "none", kind="choice", choices=eccns,
        hint="export_controls.classify(tpp, die_area_mm2=…, rule='2023-10').eccn; write 'none' when "
             "it is None."))
    register(Question(
        "ec-newly-controlled", newly_controlled, kind="integer", unit="chips",
        hint="export_controls.chip_table(chips) has eccn_2022 and eccn_2023: count the chips that are "
             "'none' in 2022 and have an ECCN in 2023 ('undetermined' is not an ECCN)."))
    register(Question(
        "ec-widget-bound", lambda: ec().largest_uncontrolled_tpp(814.0), unit="TPP", rel_tol=0.03,
        hint="with bit length 8, a die of 814 mm², a datacenter design and the 2023 rule, raise the TOPS "
             "until the status changes; the TPP just before is close enough."))


def _claims_questions() -> None:
    def claims():
        from . import claims as module
        return module

    def headline() -> float:
        from .costs import headline_cost
        return headline_cost(_data("training_runs"), "DeepSeek-V3")

    def ledger_row(claim_id: str) -> pd.Series:
        return one_row(claims().ledger(), "claim_id", claim_id, what="claims")

    def changed_if_close(close_usd: float) -> int:
        c = claims()
        prices = _data("prices")
        prices.loc[(prices["ticker"] == "NVDA") & (prices["date"] == pd.Timestamp("2025-01-27")),
                   "close_usd"] = close_usd
        before, after = c.ledger(), c.ledger(c.Data({"prices": prices}))
        return int((before["verdict"] != after["verdict"]).sum())

    def stargate_strict() -> str:
        from . import timeline as tl
        events = _data("events")
        gap = tl.days_between(tl.event_date(events, "inauguration"), tl.event_date(events, "stargate"))
        return tl.timing_verdict(gap, 0, 0, slack_days=0)

    from .claims import VERDICTS
    register(Question(
        "cl-five-and-half", lambda: claims().number_verdict(headline(), 5.5e6), kind="choice",
        choices=VERDICTS,
        hint="claims.number_verdict(actual, claimed): actual is V3's headline cost "
             "(costs.headline_cost), claimed the 5.5 million dollars said on air, both in USD."))
    register(Question(
        "cl-distance", lambda: abs(headline() - 5.5e6) / 5.5e6, unit="a fraction (0.01 for 1 %)",
        rel_tol=5e-3, hint="|actual − claimed| / |claimed|, both in US dollars."))
    register(Question(
        "cl-stargate-strict", stargate_strict, kind="choice", choices=VERDICTS,
        hint="timeline.timing_verdict(gap, 0, 0, slack_days=0) with the gap from the inauguration to "
             "Stargate."))
    register(Question(
        "cl-share-accurate",
        lambda: float((claims().ledger()["verdict"] == "accurate").mean()),
        unit="a fraction between 0 and 1", rel_tol=5e-3,
        hint="the share of rows of claims.ledger() whose verdict is 'accurate' (a mean of True/False)."))
    register(Question(
        "cl-browser-verdict", lambda: ledger_row("twenty_times")["verdict"], kind="choice",
        choices=VERDICTS, hint="pick the claim said at 01:56 in the browser and read its verdict."))
    register(Question(
        "cl-what-if", lambda: changed_if_close(130.0), kind="integer", unit="claims",
        hint="copy prices, set Nvidia's 27 January close to 130.00, run claims.ledger(claims.Data("
             "{'prices': prices})) and count the verdicts that differ from the real ledger's."))


_timeline_questions()
_market_questions()
_costs_questions()
_distill_questions()
_export_controls_questions()
_claims_questions()
