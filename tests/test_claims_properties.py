"""claims: property tests (hypothesis). number_verdict stays on the scale for every finite input and
refuses what has no verdict; the ledger's verdicts stay on the scale when the closes are perturbed."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import assume, given, settings, strategies as st

from deepseek_shock import claims, load

finite = st.floats(allow_nan=False, allow_infinity=False)
non_zero = finite.filter(lambda x: x != 0)


@given(actual=finite, claimed=non_zero)
@settings(max_examples=300)
def test_number_verdict_is_on_the_scale_for_every_finite_input(actual, claimed):
    verdict = claims.number_verdict(actual, claimed)
    assert verdict in ("accurate", "approximately right", "wrong")
    assert claims.check_verdict(verdict) == verdict


@given(claimed=non_zero)
def test_the_number_itself_is_accurate(claimed):
    assert claims.number_verdict(claimed, claimed) == "accurate"


@given(claimed=st.floats(1e-300, 1e300) | st.floats(-1e300, -1e-300),
       distance=st.floats(0, 10))
def test_verdict_follows_the_relative_distance(claimed, distance):
    """The verdict depends on |actual − claimed| / |claimed| only, with the thresholds of the module."""
    actual = claimed * (1 + distance)
    measured = abs(actual - claimed) / abs(claimed)
    # keep clear of the thresholds, where the rounding of the multiplication decides
    assume(all(abs(measured - edge) > 1e-9 for edge in (claims.ACCURATE_WITHIN, claims.APPROXIMATE_WITHIN)))
    expected = ("accurate" if measured <= claims.ACCURATE_WITHIN else
                "approximately right" if measured <= claims.APPROXIMATE_WITHIN else "wrong")
    assert claims.number_verdict(actual, claimed) == expected
    # and it is the same on the other side of the claim, and for the opposite signs
    mirror = claimed * (1 - distance)
    assert claims.number_verdict(-actual, -claimed) == expected
    if distance <= claims.APPROXIMATE_WITHIN:
        assert claims.number_verdict(mirror, claimed) in ("accurate", "approximately right")


@given(a=finite, b=finite)
def test_worse_distance_never_gives_a_better_verdict(a, b):
    claimed = 100.0
    ranks = {v: i for i, v in enumerate(claims.VERDICTS)}
    near, far = sorted((a, b), key=lambda x: abs(x - claimed))
    assert ranks[claims.number_verdict(near, claimed)] <= ranks[claims.number_verdict(far, claimed)]


@given(actual=finite)
def test_zero_or_nan_claims_are_refused(actual):
    with pytest.raises(ValueError, match="claimed=0"):
        claims.number_verdict(actual, 0.0)
    with pytest.raises(ValueError, match="not NaN"):
        claims.number_verdict(math.nan, 1.0 if actual == 0 else actual)
    if actual != 0:
        with pytest.raises(ValueError, match="not NaN"):
            claims.number_verdict(actual, math.nan)


@given(word=st.text(max_size=20))
def test_check_verdict_accepts_the_scale_only(word):
    if word in claims.VERDICTS:
        assert claims.check_verdict(word) == word
    else:
        with pytest.raises(ValueError, match="expected one of accurate"):
            claims.check_verdict(word)


# --- the ledger under perturbed closes -----------------------------------------------------------

_PRICES = load("prices")


@given(seed=st.integers(0, 2**32 - 1), spread=st.floats(0.0, 0.9))
@settings(max_examples=25)
def test_ledger_verdicts_stay_on_the_scale_when_the_closes_move(seed, spread):
    """Every close multiplied by a random factor in [1 − spread, 1 + spread]: the ledger still builds,
    each verdict is on the scale and each claim keeps a finding."""
    rng = np.random.default_rng(seed)
    prices = _PRICES.copy()
    prices["close_usd"] = prices["close_usd"] * rng.uniform(1 - spread, 1 + spread, size=len(prices))
    table = claims.ledger(claims.Data({"prices": prices}))
    assert len(table) == len(load("claims"))
    assert table["verdict"].isin(claims.VERDICTS).all()
    assert table["finding"].map(lambda s: isinstance(s, str) and s.strip() != "").all()
    assert not table["finding"].str.contains(r"(?<![A-Za-z])(?:nan|inf)(?![a-z])", regex=True).any()


def test_the_perturbation_reaches_the_ledger():
    """A close changed enough changes a finding: the property above tests the ledger, not a cache."""
    prices = _PRICES.copy()
    prices["close_usd"] = prices["close_usd"] * 0.5
    before = claims.ledger()
    after = claims.ledger(claims.Data({"prices": prices}))
    assert (before["finding"] != after["finding"]).any()
