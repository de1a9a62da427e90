"""verdicts: property tests (hypothesis). number_verdict stays on the scale for every finite input and
refuses what has no verdict."""

from __future__ import annotations

import math

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from deepseek_shock import verdicts

finite = st.floats(allow_nan=False, allow_infinity=False)
non_zero = finite.filter(lambda x: x != 0)


@given(actual=finite, claimed=non_zero)
@settings(max_examples=300)
def test_number_verdict_is_on_the_scale_for_every_finite_input(actual, claimed):
    verdict = verdicts.number_verdict(actual, claimed)
    assert verdict in ("accurate", "approximately right", "wrong")
    assert verdicts.check_verdict(verdict) == verdict


@given(claimed=non_zero)
def test_the_number_itself_is_accurate(claimed):
    assert verdicts.number_verdict(claimed, claimed) == "accurate"


@given(claimed=st.floats(1e-300, 1e300) | st.floats(-1e300, -1e-300), distance=st.floats(0, 10))
def test_verdict_follows_the_relative_distance(claimed, distance):
    """The verdict depends on |actual − claimed| / |claimed| only, with the thresholds of the module."""
    actual = claimed * (1 + distance)
    measured = abs(actual - claimed) / abs(claimed)
    # keep clear of the thresholds, where the rounding of the multiplication decides
    assume(
        all(abs(measured - edge) > 1e-9 for edge in (verdicts.ACCURATE_WITHIN, verdicts.APPROXIMATE_WITHIN))
    )
    expected = (
        "accurate"
        if measured <= verdicts.ACCURATE_WITHIN
        else "approximately right"
        if measured <= verdicts.APPROXIMATE_WITHIN
        else "wrong"
    )
    assert verdicts.number_verdict(actual, claimed) == expected
    # and it is the same on the other side of the claim, and for the opposite signs
    mirror = claimed * (1 - distance)
    assert verdicts.number_verdict(-actual, -claimed) == expected
    if distance <= verdicts.APPROXIMATE_WITHIN:
        assert verdicts.number_verdict(mirror, claimed) in ("accurate", "approximately right")


@given(a=finite, b=finite)
def test_worse_distance_never_gives_a_better_verdict(a, b):
    claimed = 100.0
    ranks = {v: i for i, v in enumerate(verdicts.VERDICTS)}
    near, far = sorted((a, b), key=lambda x: abs(x - claimed))
    assert ranks[verdicts.number_verdict(near, claimed)] <= ranks[verdicts.number_verdict(far, claimed)]


@given(actual=finite)
def test_zero_or_nan_claims_are_refused(actual):
    with pytest.raises(ValueError, match="claimed=0"):
        verdicts.number_verdict(actual, 0.0)
    with pytest.raises(ValueError, match="not NaN"):
        verdicts.number_verdict(math.nan, 1.0 if actual == 0 else actual)
    if actual != 0:
        with pytest.raises(ValueError, match="not NaN"):
            verdicts.number_verdict(actual, math.nan)


@given(word=st.text(max_size=20))
def test_check_verdict_accepts_the_scale_only(word):
    if word in verdicts.VERDICTS:
        assert verdicts.check_verdict(word) == word
    else:
        with pytest.raises(ValueError, match="expected one of accurate"):
            verdicts.check_verdict(word)
