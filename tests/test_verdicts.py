"""verdicts: the fixed scale, the number rule and its boundaries, Evidence."""

from __future__ import annotations

import pytest

from deepseek_shock import verdicts


def test_scale_is_fixed_and_checked():
    assert verdicts.VERDICTS == (
        "accurate",
        "approximately right",
        "misleading",
        "wrong",
        "unverifiable",
        "opinion",
    )
    assert verdicts.check_verdict("wrong") == "wrong"
    with pytest.raises(ValueError, match="verdict='true': expected one of accurate"):
        verdicts.check_verdict("true")


@pytest.mark.parametrize(
    "actual, claimed, expected",
    [
        (16.97, 17, "accurate"),
        (593, 600, "approximately right"),
        (5.576, 5.5, "approximately right"),
        (17.0, 17, "accurate"),
        (15.0, 17, "wrong"),
        (-16.97, -17, "accurate"),
    ],
)
def test_number_verdict(actual, claimed, expected):
    assert verdicts.number_verdict(actual, claimed) == expected


def test_number_verdict_boundaries_are_inclusive():
    assert verdicts.number_verdict(100 * (1 + verdicts.ACCURATE_WITHIN), 100) == "accurate"
    assert verdicts.number_verdict(100 * (1 + verdicts.APPROXIMATE_WITHIN), 100) == "approximately right"
    assert verdicts.number_verdict(100 * (1 + verdicts.APPROXIMATE_WITHIN) + 0.01, 100) == "wrong"


@pytest.mark.parametrize(
    "actual, claimed, message",
    [
        (1.0, 0, "claimed=0"),
        (float("nan"), 1.0, "not NaN"),
    ],
)
def test_number_verdict_rejects_bad_input(actual, claimed, message):
    with pytest.raises(ValueError, match=message):
        verdicts.number_verdict(actual, claimed)


def test_evidence_rejects_verdicts_off_the_scale():
    with pytest.raises(ValueError, match="verdict='mostly true'"):
        verdicts.Evidence("x", "mostly true", "y")


def test_sentence_and_evidence_in():
    assert verdicts.sentence("the fall is 16.97%.") == "The fall is 16.97%."
    rows = [
        {"claim_id": "a", "finding": "x", "verdict": "accurate", "method": "m"},
        {"claim_id": "b", "finding": "y", "verdict": "wrong"},
    ]
    assert verdicts.evidence_in(rows, "a") == verdicts.Evidence("X.", "accurate", "m")
    assert verdicts.evidence_in(rows, "b", method="given").method == "given"
    with pytest.raises(
        ValueError, match=r"claim_id='c': expected exactly one row with this id, found 0 \(ids: a, b\)"
    ):
        verdicts.evidence_in(rows, "c")
    with pytest.raises(ValueError, match=r"verdict='maybe'"):
        verdicts.evidence_in([{"claim_id": "a", "finding": "x", "verdict": "maybe", "method": "m"}], "a")


def test_verdict_names_follow_the_language_and_refuse_words_off_the_scale():
    assert [verdicts.verdict_name(v, "en") for v in verdicts.VERDICTS] == list(verdicts.VERDICTS)
    assert [verdicts.verdict_name(v, "fr") for v in verdicts.VERDICTS] == [
        "exact",
        "approximativement juste",
        "trompeur",
        "faux",
        "invérifiable",
        "opinion",
    ]
    with pytest.raises(ValueError, match=r"verdict='true': expected one of accurate"):
        verdicts.verdict_name("true", "fr")
