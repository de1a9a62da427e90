"""claims: property tests (hypothesis). The ledger's verdicts stay on the scale when the closes are
perturbed."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import dataset
from deepseek_shock import claims

# --- the ledger under perturbed closes -----------------------------------------------------------

_PRICES = dataset("prices")


@given(seed=st.integers(0, 2**32 - 1), spread=st.floats(0.0, 0.9))
@settings(max_examples=25)
def test_ledger_verdicts_stay_on_the_scale_when_the_closes_move(seed, spread):
    """Every close multiplied by a random factor in [1 − spread, 1 + spread]: the ledger still builds,
    each verdict is on the scale and each claim keeps a finding."""
    rng = np.random.default_rng(seed)
    prices = _PRICES.copy()
    prices["close_usd"] = prices["close_usd"] * rng.uniform(1 - spread, 1 + spread, size=len(prices))
    table = claims.ledger(claims.Data({"prices": prices}))
    assert len(table) == len(dataset("claims"))
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
