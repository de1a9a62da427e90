"""check: the students' checker says right / wrong with a hint / wrong type / wrong unit / not answered
yet, within tolerance, and never shows the expected value."""

from __future__ import annotations

import html
import math
import re
import shutil

import numpy as np
import pandas as pd
import pytest

from deepseek_shock import check as C
from deepseek_shock.check import Question, check
from deepseek_shock.strings_fr import FRENCH
from french import english_words, kernel_language


@pytest.fixture
def ask():
    """ask(expected, **question options) -> the id of a temporary question (removed afterwards)."""
    made = []

    def make(expected, **options):
        qid = f"test-q{len(made)}"
        C.register(Question(qid, lambda: expected, **options))
        made.append(qid)
        return qid

    yield make
    for qid in made:
        C.QUESTIONS.pop(qid, None)


def spellings(value: float) -> list[str]:
    """Ways a number could be printed: rounded to 2–6 significant digits, as a fraction or percent."""
    out = set()
    for v in (value, value * 100, abs(value), abs(value) * 100):
        for digits in range(2, 7):
            out.add(f"{v:.{digits}g}")
        out.add(f"{v:.2f}")
    return sorted(out)


# ---- right -------------------------------------------------------------------------------------


def test_right_within_relative_tolerance(ask):
    qid = ask(-0.20752, unit="a fraction", rel_tol=1e-3)
    for answer in (-0.20752, -0.2075, np.float32(-0.2075), pd.Series([-0.2075]), np.array([-0.2075])):
        feedback = check(qid, answer)
        assert feedback.status == "right" and feedback and feedback.passed, answer
    assert check(qid, -0.2075, strict=True).status == "right"


def test_absolute_tolerance_counts_near_zero(ask):
    qid = ask(0.0, abs_tol=1e-6)
    assert check(qid, 5e-7).status == "right"
    assert check(qid, 5e-6).status == "wrong"


def test_integer_needs_the_exact_whole_number(ask):
    qid = ask(836, kind="integer", unit="days")
    assert check(qid, 836).status == "right"
    assert check(qid, 836.0).status == "right"
    assert check(qid, np.int64(836)).status == "right"
    assert check(qid, 837).status == "wrong"
    assert check(qid, 836.5).status == "wrong-type"


def test_choice_ignores_case_and_spaces(ask):
    qid = ask("approximately right", kind="choice", choices=("accurate", "approximately right", "wrong"))
    assert check(qid, "  Approximately   RIGHT ").status == "right"


def test_date_accepts_text_and_timestamps(ask):
    qid = ask(pd.Timestamp("2025-01-27"), kind="date")
    for answer in ("2025-01-27", pd.Timestamp("2025-01-27 15:00"), np.datetime64("2025-01-27")):
        assert check(qid, answer).status == "right", answer
    assert check(qid, "2025-01-28").status == "wrong"


def test_bool(ask):
    qid = ask(True, kind="bool")
    assert check(qid, True).status == "right" and check(qid, np.bool_(True)).status == "right"
    assert check(qid, False).status == "wrong"
    assert check(qid, "True").status == "wrong-type"


# ---- wrong, with a hint ------------------------------------------------------------------------


def test_wrong_answer_gets_the_hint_and_strict_mode_fails(ask):
    qid = ask(0.4321, hint="divide the loss by the price before the fall.")
    feedback = check(qid, 0.9)
    assert feedback.status == "wrong" and not feedback
    assert "Hint: divide the loss by the price before the fall." in feedback.message
    with pytest.raises(AssertionError, match="Hint: divide the loss"):
        check(qid, 0.9, strict=True)


def test_wrong_sign_and_near_miss_are_named(ask):
    qid = ask(-0.4321, rel_tol=1e-3)
    assert "sign" in check(qid, 0.4321).message
    near = check(qid, -0.44)  # within 2 % but outside 0.1 %
    assert near.status == "wrong" and "close" in near.message


def test_wrong_choice(ask):
    qid = ask("wrong", kind="choice", choices=("accurate", "wrong"))
    feedback = check(qid, "accurate")
    assert feedback.status == "wrong" and "'accurate' is not the expected answer" in feedback.message


# ---- wrong type --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "answer, says",
    [
        ("-20.75%", "without the % sign"),
        ("about a fifth", "expects a number"),
        (pd.Series([1.0, 2.0, 3.0]), "Series of 3 values"),
        (pd.DataFrame({"a": [1, 2]}), "table (DataFrame) of 2 rows"),
        (True, "expects a number"),
        (pd.Timestamp("2025-01-27"), "expects a number"),
    ],
)
def test_wrong_type_for_a_number(ask, answer, says):
    feedback = check(ask(-0.2075, unit="a fraction"), answer)
    assert feedback.status == "wrong-type" and says in feedback.message


def test_time_span_where_days_are_expected(ask):
    feedback = check(ask(6, kind="integer", unit="days"), pd.Timedelta(days=6))
    assert feedback.status == "wrong-type" and ".days" in feedback.message


def test_choice_outside_the_allowed_words_or_not_text(ask):
    qid = ask("Tuesday", kind="choice", choices=("Monday", "Tuesday"))
    outside = check(qid, "Mardi")
    assert outside.status == "wrong-type" and "'Monday', 'Tuesday'" in outside.message
    assert check(qid, 2).status == "wrong-type"


def test_not_a_date(ask):
    qid = ask(pd.Timestamp("2025-01-27"), kind="date")
    assert check(qid, "next Monday").status == "wrong-type"
    assert check(qid, 27).status == "wrong-type"


# ---- wrong unit --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "factor, says",
    [
        (100, "100 times too large: it looks like a percentage"),
        (-100, "100 times too large and has the wrong sign"),
        (1e3, "a thousand times too large"),
        (1e9, "a billion times too large"),
        (1e-9, "a billion times too small"),
        (1e-12, "a trillion times too small"),
    ],
)
def test_unit_slips_are_detected(ask, factor, says):
    feedback = check(ask(-0.2075, unit="a fraction"), -0.2075 * factor)
    assert feedback.status == "wrong-unit" and says in feedback.message


def test_fraction_where_a_percentage_is_asked(ask):
    feedback = check(ask(16.97, percent=True, unit="percent"), 0.1697)
    assert feedback.status == "wrong-unit" and "looks like a fraction" in feedback.message


def test_billions_slip_in_dollars(ask):
    feedback = check(ask(5.93e11, unit="USD"), 593.0)
    assert feedback.status == "wrong-unit" and "a billion times too small" in feedback.message


# ---- not answered yet --------------------------------------------------------------------------


@pytest.mark.parametrize("answer", [None, ..., float("nan"), np.nan, pd.NA, pd.NaT, "", "   "])
def test_missing_answers_are_not_answered_yet(ask, answer):
    feedback = check(ask(1.5), answer)
    assert feedback.status == "unanswered" and not feedback
    assert "Not answered yet" in str(feedback) and "Not answered yet" in feedback._repr_html_()
    with pytest.raises(AssertionError, match="Not answered yet"):
        check(ask(2.5), answer, strict=True)


# ---- unknown ids and bad questions ---------------------------------------------------------------


def test_unknown_question_id_names_close_matches():
    with pytest.raises(ValueError, match=r"unknown question id\. Did you mean 'tl-single-source'"):
        check("tl-single-sourse", 3)
    with pytest.raises(ValueError, match="unknown question id"):
        check("no-such-question", 3)


@pytest.mark.parametrize(
    "options, message",
    [
        ({"qid": "Has Spaces"}, "qid='Has Spaces'"),
        ({"kind": "colour"}, "kind='colour'"),
        ({"kind": "choice"}, "needs its choices"),
        ({"rel_tol": -1}, "tolerances ≥ 0"),
    ],
)
def test_bad_questions_are_refused(options, message):
    with pytest.raises(ValueError, match=message):
        Question(**{"qid": "ok-id", "expected": lambda: 1, **options})


def test_an_id_is_registered_once(ask):
    qid = ask(1.0)
    with pytest.raises(ValueError, match="already registered"):
        C.register(Question(qid, lambda: 2.0))


def test_a_broken_expected_value_is_a_course_error_not_a_wrong_answer():
    C.register(Question("test-broken", lambda: 1 / 0))
    try:
        with pytest.raises(RuntimeError, match="could not be computed.*ZeroDivisionError"):
            check("test-broken", 1.0)
    finally:
        C.QUESTIONS.pop("test-broken")


# ---- the course's own questions -------------------------------------------------------------------

COURSE_QUESTIONS = C.questions()


@pytest.mark.parametrize("qid", COURSE_QUESTIONS)
def test_every_course_question_is_answerable(qid):
    expected = C._expected_answer(qid)
    assert check(qid, expected).status == "right"
    blank = ... if C.QUESTIONS[qid].none_is_answer else None  # the answer cell's starting value
    assert check(qid, blank).status == "unanswered"


@pytest.mark.parametrize("qid", [q for q in COURSE_QUESTIONS if C.QUESTIONS[q].kind in ("number", "integer")])
def test_feedback_never_prints_the_expected_value(qid):
    expected = float(C._expected_answer(qid))
    q = C.QUESTIONS[qid]
    near = expected + 3 * max(C._tolerance(q, expected), 1e-9)  # just outside the tolerance
    wrong = [
        expected * 1.5 + 1,
        expected * 100,
        expected * 1e9,
        -expected,
        near,
        "17%",
        pd.Series([expected, expected]),
        None,
    ]
    shown = [str(s) for s in spellings(expected) if len(s.strip("-0.")) >= 2]
    for answer in wrong:
        feedback = check(qid, answer)
        assert not feedback
        text = feedback.message + feedback._repr_html_()
        leaked = [s for s in shown if s in text and s not in repr(answer)]
        assert not leaked, f"{qid}: feedback on {answer!r} shows {leaked}"


def test_expected_values_are_computed_from_the_data_at_check_time(tmp_path, monkeypatch):
    """Change the 27 January close in a copy of data/: the same answer turns from right to wrong."""
    from deepseek_shock.data import data_dir

    right = C._expected_answer("tl-nvidia-fall")
    assert check("tl-nvidia-fall", right).status == "right"
    copy = tmp_path / "data"
    shutil.copytree(data_dir(), copy)
    prices = pd.read_csv(copy / "prices.csv", dtype=str, keep_default_na=False)
    row = (prices["ticker"] == "NVDA") & (prices["date"] == "2025-01-27")
    assert row.sum() == 1
    prices.loc[row, "close_usd"] = "100.00"
    prices.to_csv(copy / "prices.csv", index=False)
    monkeypatch.setenv("DEEPSEEK_SHOCK_DATA", str(copy))
    assert check("tl-nvidia-fall", right).status == "wrong"
    assert not math.isclose(C._expected_answer("tl-nvidia-fall"), right)


# ---- under nbgrader (NBGRADER_EXECUTION set while it validates or autogrades) --------------------


@pytest.mark.parametrize("mode", ["validate", "autograde"])
def test_under_nbgrader_every_check_is_strict_and_returns_nothing(ask, monkeypatch, capsys, mode):
    """Validate fails a wrong or missing answer with the same kind message (never the expected value);
    a right answer's feedback is displayed, and the cell's result is None (no partial credit)."""
    qid = ask(-0.20752, unit="a fraction", rel_tol=1e-3)
    quiet = {answer: str(check(qid, answer)) for answer in (0.9, -20.752, "0.2", None)}
    monkeypatch.setenv(C.GRADING_VARIABLE, mode)
    for answer, message in quiet.items():
        with pytest.raises(AssertionError) as failed:
            check(qid, answer)
        assert str(failed.value) == message
        assert not any(s in message for s in ("0.2075", "20.75", "-0.208"))
    assert check(qid, -0.2075) is None
    assert "Right" in capsys.readouterr().out
    assert check(qid, -0.2075, strict=True).status == "right"  # hidden tests: assert check(…, strict=True)


def test_outside_nbgrader_a_check_never_raises(ask, monkeypatch):
    qid = ask(3, kind="integer")
    monkeypatch.delenv(C.GRADING_VARIABLE, raising=False)
    assert check(qid, 4).status == "wrong" and check(qid, None).status == "unanswered"
    monkeypatch.setenv(C.GRADING_VARIABLE, "")  # set but empty: not grading
    assert check(qid, 4).status == "wrong"


# ---- in French (a kernel of the French build: DEEPSEEK_SHOCK_LANGUAGE=fr) ----------------------------


# What French feedback keeps as it is: code (calls with their arguments, dotted or snake_case names,
# attributes, keyword arguments) and quoted values (the student's answer, the allowed words, a table's
# name such as 'prices'; a quote opens after no letter, so that « l'unité » stays prose).
_CODE = re.compile(
    r"\w+(?:\.\w+)*\((?:[^()]|\([^()]*\))*\)(?:\.\w+)*|\w+(?:[._]\w+)+|\.\w+|\w+=|(?<!\w)'[^']*'"
)


def _prose(*texts: str) -> list[str]:
    """``texts`` without their code and quoted values."""
    return [_CODE.sub(" ", text) for text in texts]


def _shown(feedback) -> list[str]:
    """The prose a student reads of ``feedback`` (the printed line and the HTML without its tags), but
    the question's id (a code name too, which may contain English: ``tl-rule-to-r1``)."""
    texts = (str(feedback), re.sub(r"<[^>]+>", " ", html.unescape(feedback._repr_html_())))
    return _prose(*(text.replace(feedback.question, " ") for text in texts))


# One course question per kind of feedback, with an answer that gets it, and the French title it shows.
FRENCH_CASES = [
    ("right", "tl-single-source", lambda e: e, "Juste"),
    ("wrong", "tl-single-source", lambda e: e + 4, "Pas encore juste"),
    ("wrong", "tl-nvidia-fall", lambda e: round(e, 1), "Pas encore juste"),  # rounded too much
    ("wrong", "tl-nvidia-fall", lambda e: -e, "Pas encore juste"),  # the wrong sign
    ("wrong", "tl-nvidia-fall", lambda e: math.inf, "Pas encore juste"),
    ("wrong", "tl-reported-verdict", lambda e: "opinion" if e != "opinion" else "wrong", "Pas encore juste"),
    ("wrong-unit", "tl-nvidia-fall", lambda e: 100 * e, "Vérifiez l'unité"),
    ("wrong-unit", "mk-cap-loss", lambda e: e / 1e9, "Vérifiez l'unité"),
    ("wrong-unit", "mk-cap-loss", lambda e: -1e3 * e, "Vérifiez l'unité"),
    ("wrong-type", "tl-nvidia-fall", lambda e: "17%", "Vérifiez le type de votre réponse"),
    ("wrong-type", "tl-nvidia-fall", lambda e: pd.Series([e, e]), "Vérifiez le type de votre réponse"),
    (
        "wrong-type",
        "tl-nvidia-fall",
        lambda e: pd.DataFrame({"x": [e, e]}),
        "Vérifiez le type de votre réponse",
    ),
    ("wrong-type", "tl-rule-to-r1", lambda e: pd.Timedelta(days=e), "Vérifiez le type de votre réponse"),
    ("wrong-type", "tl-rule-to-r1", lambda e: e + 0.5, "Vérifiez le type de votre réponse"),
    ("wrong-type", "tl-reported-verdict", lambda e: "perhaps", "Vérifiez le type de votre réponse"),
    ("wrong-type", "tl-reported-verdict", lambda e: 3, "Vérifiez le type de votre réponse"),
    ("wrong-type", "mk-back-above", lambda e: 27, "Vérifiez le type de votre réponse"),
    ("wrong-type", "ec-h800-2022", lambda e: "True", "Vérifiez le type de votre réponse"),
    ("unanswered", "tl-single-source", lambda e: None, "Pas encore de réponse"),
    ("unanswered", "tl-nvidia-fall", lambda e: math.nan, "Pas encore de réponse"),
]


def test_the_prose_of_english_feedback_is_found_english():
    """The detector the French tests rely on sees the English feedback (so they can fail)."""
    for status, qid, answer_for, _ in FRENCH_CASES:
        if status != "right":
            english = check(qid, answer_for(C._expected_answer(qid)), language="en")
            found = english_words(*_shown(english))
            assert found or "infinite" in english.message, english


@pytest.mark.parametrize("status, qid, answer_for, title", FRENCH_CASES)
def test_french_feedback_shows_no_english(status, qid, answer_for, title):
    answer = answer_for(C._expected_answer(qid))
    feedback = check(qid, answer, language="fr")
    assert feedback.status == status, feedback
    assert title in str(feedback) and title in html.unescape(feedback._repr_html_())
    assert not english_words(*_shown(feedback)), feedback
    with kernel_language("fr"):  # the kernel's language, as the French build sets it
        in_kernel = check(qid, answer)
    assert _shown(in_kernel) == _shown(feedback)
    english = check(qid, answer, language="en")
    assert english.status == status and english.message != feedback.message


def test_a_strict_french_check_raises_the_french_feedback():
    with (
        kernel_language("fr"),
        pytest.raises(AssertionError, match=r"^✘ Pas encore juste \(tl-single-source\)"),
    ):
        check("tl-single-source", -1, strict=True)


def test_the_english_feedback_is_unchanged():
    """The English edition shows the same words as before the French one was added."""
    with kernel_language("en"):
        assert str(check("tl-single-source", -1)) == (
            "✘ Not yet right (tl-single-source): not the expected value. Hint: count the rows whose "
            "confidence column equals the text '1' (a string, not the number)."
        )
        assert str(check("tl-nvidia-fall", "17%")) == (
            "⚠ Check the type of your answer (tl-nvidia-fall): you gave the text '17%', but this question "
            "expects a number (a fraction: -0.1 for a 10 % fall). Write the number itself, without quotes "
            "and without the % sign."
        )
        assert str(check("tl-single-source", None)) == (
            "… Not answered yet (tl-single-source): give your answer in the cell above (replace None), "
            "run it, then run this cell again."
        )


@pytest.mark.parametrize("qid", COURSE_QUESTIONS)
def test_every_hint_and_unit_has_a_french_entry(qid):
    q = C.QUESTIONS[qid]
    missing = [text for text in (q.hint, q.unit) if text and text not in FRENCH]
    assert not missing, f"{qid}: add to the questions section of strings_fr.FRENCH: {missing}"


@pytest.mark.parametrize("qid", COURSE_QUESTIONS)
def test_every_french_hint_and_unit_is_french_but_for_its_code(qid):
    q = C.QUESTIONS[qid]
    texts = _prose(*(FRENCH[text] for text in (q.hint, q.unit) if text))
    assert not english_words(*texts), f"{qid}: {texts}"
    wrong = check(qid, ..., language="fr")
    assert wrong.status == "unanswered" and not english_words(*_shown(wrong))


def test_a_choice_is_right_in_the_kernels_language_and_in_english(ask):
    """A French student's timeline.weekday answers « mardi »: the same choice as "Tuesday"."""
    qid = ask("Tuesday", kind="choice", choices=("Monday", "Tuesday"))
    for answer in ("mardi", "Mardi", "Tuesday"):
        assert check(qid, answer, language="fr").status == "right", answer
    wrong = check(qid, "lundi", language="fr")
    assert wrong.status == "wrong" and "'lundi'" in wrong.message
    outside = check(qid, "jeudi", language="fr")
    assert outside.status == "wrong-type" and "'lundi', 'mardi'" in outside.message
    assert check(qid, "mardi", language="en").status == "wrong-type"  # English: English words only


def test_the_stargate_weekday_question_takes_the_day_in_either_language():
    from deepseek_shock import load, timeline

    day = timeline.weekday(timeline.event_date(load("events"), "stargate"), language="fr")
    assert check("tl-stargate-weekday", day, language="fr").status == "right"
    english = timeline.weekday(timeline.event_date(load("events"), "stargate"), language="en")
    assert check("tl-stargate-weekday", english, language="fr").status == "right"


def test_an_unknown_question_id_is_named_in_the_kernels_language():
    with pytest.raises(ValueError, match=r"identifiant de question inconnu\. Vouliez-vous dire 'tl-single"):
        check("tl-single-sourse", 3, language="fr")
    with kernel_language("fr"), pytest.raises(ValueError, match=r"check\(question='zz'\) : identifiant"):
        check("zz", 3)
