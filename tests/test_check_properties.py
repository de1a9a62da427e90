"""check: property tests (hypothesis). The checker never raises on any answer of any type, never puts the
expected value in its feedback, and accepts every right answer within the question's tolerance."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deepseek_shock import check as checker

QIDS = checker.questions()
EXPECTED = {qid: checker._expected_answer(qid) for qid in QIDS}  # computed once (the key is deterministic)


@pytest.fixture(autouse=True, scope="module")
def _cached_keys():
    """Questions whose expected answer is the one computed above: the same key, without recomputing it."""
    with pytest.MonkeyPatch.context() as mp:
        for qid in QIDS:
            q = checker.QUESTIONS[qid]
            mp.setitem(checker.QUESTIONS, qid, dataclasses.replace(q, expected=lambda v=EXPECTED[qid]: v))
        yield


def by_kind(*kinds):
    return [qid for qid in QIDS if checker.QUESTIONS[qid].kind in kinds]


scalars = st.one_of(
    st.none(),
    st.just(Ellipsis),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.complex_numbers(),
    st.text(max_size=40),
    st.binary(max_size=10),
    st.dates(),
    st.datetimes(),
    st.timedeltas(),
    st.fractions(),
    st.decimals(),
    st.just(pd.NaT),
    st.just(pd.NA),
    st.just(np.nan),
    st.just(-np.inf),
    st.integers(-(2**63), 2**63 - 1).map(np.int64),
    st.floats(width=32).map(np.float32),
    st.booleans().map(np.bool_),
    st.sampled_from(
        [
            "3A090.a.1",
            "Tuesday",
            "wrong",
            "  UNVERIFIABLE ",
            "2025-01-27",
            "12 %",
            "-0.17",
            "1,234.5",
            "True",
            "nan",
            "inf",
            "2025-13-45",
            "9999-99-99",
        ]
    ),
    st.builds(object),
    st.sampled_from([int, float, print, checker]),
)
answers = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.tuples(inner, inner),
        st.dictionaries(st.text(max_size=3), inner, max_size=2),
        st.lists(st.floats(), max_size=3).map(np.array),
        st.lists(st.floats(), max_size=3).map(pd.Series),
        st.lists(st.integers(-5, 5), min_size=1, max_size=3).map(lambda v: pd.DataFrame({"a": v})),
        st.lists(st.floats(), min_size=1, max_size=4).map(lambda v: np.array(v).reshape(1, -1)),
        st.frozensets(st.integers(), max_size=3),
    ),
    max_leaves=5,
)


@given(qid=st.sampled_from(QIDS), answer=answers)
@settings(max_examples=400)
def test_check_never_raises_on_any_answer(qid, answer):
    feedback = checker.check(qid, answer)
    assert feedback.status in checker.STATUSES
    assert isinstance(feedback.message, str) and feedback.message.strip()
    assert str(feedback) and feedback._repr_html_().startswith("<div")
    # strict mode raises AssertionError exactly when the answer is not right, and nothing else
    if feedback:
        assert checker.check(qid, answer, strict=True).status == "right"
    else:
        with pytest.raises(AssertionError):
            checker.check(qid, answer, strict=True)


def _forms(value) -> set[str]:
    """The ways a message could spell the expected value (only forms precise enough to give it away)."""
    if isinstance(value, (bool, np.bool_, str)):
        return set()  # True/False and choice words are judged separately below
    if isinstance(value, (pd.Timestamp, dt.date, np.datetime64)):
        t = pd.Timestamp(value)
        return {f"{t:%Y-%m-%d}", f"{t:%d %B %Y}", f"{t:%d/%m/%Y}", f"{t:%B %d}"}
    x = float(value)
    forms = {
        repr(x),
        str(x),
        f"{x:g}",
        f"{x:.2f}",
        f"{x:,.2f}",
        f"{x:,.0f}",
        f"{x:.3g}",
        f"{x:.4g}",
        f"{100 * x:.1f}",
        f"{100 * x:.2f}",
        f"{x:.1%}",
        f"{x:.2%}",
    }
    if x == int(x):
        forms.add(str(int(x)))
    # short forms ("2", "0.30") could stand in any sentence: keep the ones with ≥ 3 significant digits
    return {f for f in forms if len(re.sub(r"[^1-9]", "", f.lstrip("-0.,"))) >= 2 and len(f) >= 3}


@given(qid=st.sampled_from(QIDS), answer=answers)
@settings(max_examples=300)
def test_feedback_never_gives_the_expected_value_away(qid, answer):
    expected = EXPECTED[qid]
    feedback = checker.check(qid, answer)
    # What the student typed may be echoed back: take it out before looking for the expected value.
    message = feedback.message
    for echoed in {repr(answer), str(answer)}:
        if len(echoed) >= 3:
            message = message.replace(echoed, "")
    for form in _forms(expected):
        assert form not in message, f"{qid}: feedback {feedback.message!r} spells the expected {form!r}"
    q = checker.QUESTIONS[qid]
    if q.kind == "choice" and not feedback:
        # A choice question may list all its allowed words, never single out the expected one.
        listed = all(repr(c) in message for c in q.choices)
        assert listed or repr(expected) not in message.replace(repr(str(answer).strip()), "")


def test_feedback_is_the_same_whatever_the_expected_value():
    """A wrong answer gets the same words whether the key is x or a slightly different x′: the message
    depends on the answer's relation to the key, not on the key's digits."""
    for qid in by_kind("number"):
        q, x = checker.QUESTIONS[qid], float(EXPECTED[qid])
        nudged = dataclasses.replace(q, expected=lambda x=x: x * (1 + 1e-7) + 1e-12)
        for answer in (
            x * 3.7 + 1,
            -x,
            x * 100,
            x / 1e6,
            x * (1 + 10 * checker._tolerance(q, x) / max(abs(x), 1e-300)),
            "oops",
            [x, x],
        ):
            a = checker._JUDGES[q.kind](q, answer, q.expected())
            b = checker._JUDGES[q.kind](nudged, answer, nudged.expected())
            assert (a.status, a.message) == (b.status, b.message), qid


# --- right answers within tolerance are accepted ------------------------------------------------


@given(qid=st.sampled_from(by_kind("number")), u=st.floats(-0.99, 0.99), wrap=st.sampled_from(range(4)))
@settings(max_examples=200)
def test_numbers_within_tolerance_are_right(qid, u, wrap):
    q, x = checker.QUESTIONS[qid], float(EXPECTED[qid])
    answer = x + u * checker._tolerance(q, x)
    answer = [answer, (answer,), np.array([answer]), pd.Series([answer])][wrap] if wrap else answer
    assert checker.check(qid, answer).status == "right", (qid, answer)


@given(qid=st.sampled_from(by_kind("number")), u=st.floats(1.5, 1e6))
@settings(max_examples=100)
def test_numbers_well_outside_tolerance_are_not_right(qid, u):
    q, x = checker.QUESTIONS[qid], float(EXPECTED[qid])
    answer = x + u * max(checker._tolerance(q, x), 1e-12)
    assert checker.check(qid, answer).status != "right"


@given(
    qid=st.sampled_from(by_kind("integer")),
    form=st.sampled_from([int, float, np.int64, np.float64, lambda v: [v]]),
)
def test_integers_in_any_numeric_form_are_right(qid, form):
    assert checker.check(qid, form(int(EXPECTED[qid]))).status == "right"
    assert checker.check(qid, form(int(EXPECTED[qid]) + 1)).status != "right"


@given(
    qid=st.sampled_from(by_kind("date")) if by_kind("date") else st.nothing(),
    form=st.sampled_from(
        [str, pd.Timestamp, lambda t: t.date(), lambda t: t.to_datetime64(), lambda t: f"{t:%Y-%m-%d} 15:30"]
    ),
)
def test_dates_in_any_form_are_right(qid, form):
    stamp = pd.Timestamp(EXPECTED[qid])
    assert checker.check(qid, form(stamp)).status == "right"
    assert checker.check(qid, form(stamp + pd.Timedelta(days=1))).status != "right"


@given(qid=st.sampled_from(by_kind("choice")), upper=st.booleans(), pad=st.text(" \t", max_size=3))
def test_choice_words_in_any_case_and_spacing_are_right(qid, upper, pad):
    word = str(EXPECTED[qid])
    answer = pad + (word.upper() if upper else word) + pad
    assert checker.check(qid, answer).status == "right"
    for other in checker.QUESTIONS[qid].choices:
        if other.lower() != word.lower():
            assert checker.check(qid, other).status == "wrong"


@pytest.mark.parametrize("qid", by_kind("bool"))
def test_booleans_are_right_as_bool_or_numpy_bool(qid):
    value = bool(EXPECTED[qid])
    assert checker.check(qid, value).status == "right"
    assert checker.check(qid, np.bool_(value)).status == "right"
    assert checker.check(qid, not value).status == "wrong"


def test_every_kind_is_exercised():
    assert all(by_kind(kind) for kind in ("number", "integer", "date", "choice", "bool"))


@given(
    qid=st.one_of(
        st.text(max_size=30), st.integers(), st.none(), st.floats(), st.lists(st.text(max_size=3), max_size=2)
    ),
    answer=answers,
)
@settings(max_examples=100)
def test_unknown_question_ids_get_a_clear_value_error(qid, answer):
    if isinstance(qid, str) and qid in checker.QUESTIONS:
        return
    with pytest.raises(ValueError, match="unknown question id"):
        checker.check(qid, answer)
