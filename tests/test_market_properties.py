"""Property tests (hypothesis) of the arithmetic in deepseek_shock.market.

Over each function's valid range: finite results of the right shape (scalars, numpy arrays and pandas
Series) that satisfy the function's defining identity. Outside it: a ValueError naming the argument.
Magnitudes are those a student can reach (prices up to 1e6 USD, share counts up to 1e13), so a product
never overflows a float.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import FAST, any_positive, any_valid, finite_or_clear, raises_naming
from deepseek_shock import market as m

price = st.just(0.0) | st.floats(1e-4, 1e6, allow_nan=False, allow_infinity=False)
pos_price = st.floats(1e-4, 1e6, allow_nan=False, allow_infinity=False)
shares = st.just(0.0) | st.floats(1, 1e13, allow_nan=False, allow_infinity=False)
loss = st.floats(0, 1, exclude_max=True, allow_nan=False)
weight = st.floats(0, 1, allow_nan=False)
move = st.floats(-1, 10, exclude_min=True, allow_nan=False)
nonzero_move = move.filter(lambda x: abs(x) > 1e-9)
fall = st.floats(-1, 0, exclude_min=True, exclude_max=True, allow_nan=False).filter(lambda x: x < -1e-9)
bad_number = st.sampled_from(
    [float("nan"), float("inf"), float("-inf"), "abc", "17", None, pd.Series(["1", "2"]), np.array(["17"])]
)


def _vectors(draw, strategy, n):
    return np.array([draw(strategy) for _ in range(n)])


@st.composite
def kinds(draw, *strategies):
    """The same arguments as a scalar, a numpy array or a pandas Series (one shape for all)."""
    kind = draw(st.sampled_from(["scalar", "array", "series"]))
    if kind == "scalar":
        return kind, [draw(s) for s in strategies]
    n = draw(st.integers(1, 6))
    cols = [_vectors(draw, s, n) for s in strategies]
    if kind == "series":
        cols = [pd.Series(c, index=range(10, 10 + n)) for c in cols]
    return kind, cols


def _check_shape(kind, result, like):
    if kind == "scalar":
        assert np.ndim(result) == 0
        assert math.isfinite(float(result))
    elif kind == "array":
        assert isinstance(result, np.ndarray) and result.shape == like.shape
        assert np.isfinite(result).all()
    else:
        assert isinstance(result, pd.Series) and result.index.equals(like.index)
        assert np.isfinite(result.to_numpy(dtype=float)).all()


# --- market_cap ---------------------------------------------------------------------------------


@FAST
@given(kinds(price, shares))
def test_market_cap_is_price_times_shares(case):
    kind, (p, s) = case
    cap = m.market_cap(p, s)
    _check_shape(kind, cap, p)
    np.testing.assert_array_equal(np.asarray(cap), np.asarray(p * s))
    assert (np.asarray(cap) >= 0).all()


@FAST
@given(price, shares, st.floats(0.1, 10))
def test_market_cap_scales_linearly(p, s, k):
    assert m.market_cap(p * k, s) == pytest.approx(k * m.market_cap(p, s), rel=1e-12, abs=1e-300)


@FAST
@given(st.floats(max_value=0, exclude_max=True, allow_nan=False, allow_infinity=False) | bad_number, shares)
def test_market_cap_rejects_bad_price(bad, s):
    raises_naming("price", m.market_cap, bad, s)


@FAST
@given(price, st.floats(max_value=0, exclude_max=True, allow_nan=False, allow_infinity=False) | bad_number)
def test_market_cap_rejects_bad_shares(p, bad):
    raises_naming("shares", m.market_cap, p, bad)


def test_market_cap_names_the_bad_entry_of_a_series():
    message = raises_naming("shares", m.market_cap, 10.0, pd.Series([1.0, -3.0, 2.0]))
    assert "-3" in message


# --- pct_change ---------------------------------------------------------------------------------


@FAST
@given(kinds(pos_price, price))
def test_pct_change_applied_recovers_after(case):
    kind, (before, after) = case
    change = m.pct_change(before, after)
    _check_shape(kind, change, before)
    np.testing.assert_allclose(np.asarray(before * (1 + change)), np.asarray(after), rtol=1e-9, atol=1e-9)
    assert (np.asarray(change) >= -1).all()


@FAST
@given(pos_price)
def test_pct_change_of_no_move_is_zero(p):
    assert m.pct_change(p, p) == 0


@FAST
@given(st.floats(max_value=0, allow_nan=False, allow_infinity=False) | bad_number, price)
def test_pct_change_rejects_bad_before(bad, after):
    raises_naming("before", m.pct_change, bad, after)


@FAST
@given(
    pos_price, st.floats(max_value=0, exclude_max=True, allow_nan=False, allow_infinity=False) | bad_number
)
def test_pct_change_rejects_bad_after(before, bad):
    raises_naming("after", m.pct_change, before, bad)


# --- recovery_needed ----------------------------------------------------------------------------


@FAST
@given(kinds(loss))
def test_recovery_undoes_the_loss(case):
    kind, (lost,) = case
    gain = m.recovery_needed(lost)
    _check_shape(kind, gain, lost)
    np.testing.assert_allclose(np.asarray((1 - lost) * (1 + gain)), 1.0, rtol=1e-9)
    assert (np.asarray(gain) >= np.asarray(lost) - 1e-15).all()  # a gain never smaller than the loss


@FAST
@given(loss, loss)
def test_recovery_is_monotone(a, b):
    lo, hi = sorted((a, b))
    assert m.recovery_needed(lo) <= m.recovery_needed(hi)


@FAST
@given(
    st.floats(1, 1e6, allow_nan=False)
    | st.floats(max_value=0, exclude_max=True, allow_nan=False, allow_infinity=False)
    | bad_number
)
def test_recovery_rejects_losses_outside_0_1(bad):
    raises_naming("fraction_lost", m.recovery_needed, bad)


def test_recovery_of_a_whole_loss_says_why():
    assert "cannot be recovered" in raises_naming("fraction_lost", m.recovery_needed, 1.0)
    assert "-pct_change" in raises_naming("fraction_lost", m.recovery_needed, -0.1697)


# --- value_lost and the share count ---------------------------------------------------------------


@FAST
@given(kinds(price, price, shares))
def test_value_lost_is_cap_before_minus_cap_after(case):
    kind, (before, after, s) = case
    lost = m.value_lost(before, after, s)
    _check_shape(kind, lost, before)
    np.testing.assert_allclose(np.asarray(lost), np.asarray(m.market_cap(before, s) - m.market_cap(after, s)))
    # a fall loses value, a rise gains it (rounding of before × shares and after × shares keeps the order)
    assert (np.asarray(lost)[np.asarray(before >= after)] >= 0).all()
    assert (np.asarray(lost)[np.asarray(before <= after)] <= 0).all()


@FAST
@given(st.floats(1e6, 1e13), pos_price, st.floats(0.01, 0.99))
def test_implied_shares_inverts_value_lost(lost_usd, before, kept):
    after = before * kept
    s = m.implied_shares(lost_usd, before, after)
    assert math.isfinite(s) and s > 0
    assert m.value_lost(before, after, s) == pytest.approx(lost_usd, rel=1e-9)


@FAST
@given(st.floats(1e10, 1e13), pos_price, st.floats(0.01, 0.99), st.sampled_from([1e6, 1e8, 1e9]))
def test_implied_shares_bounds_bracket_the_count(lost_usd, before, kept, unit):
    after = before * kept
    low, high = m.implied_shares_bounds(lost_usd, before, after, unit)
    assert math.isfinite(low) and math.isfinite(high)
    assert low < m.implied_shares(lost_usd, before, after) < high
    assert (high - low) * (before - after) == pytest.approx(unit, rel=1e-6)


@FAST
@given(pos_price, st.floats(1, 2))
def test_implied_shares_needs_a_fall(before, up):
    assert "price_after" in raises_naming("price_after", m.implied_shares, 1e9, before, before * up)


@FAST
@given(st.floats(max_value=0, allow_nan=False, allow_infinity=False) | bad_number)
def test_implied_shares_rejects_bad_value(bad):
    raises_naming("value_lost_usd", m.implied_shares, bad, 100.0, 90.0)
    raises_naming("value_lost_usd", m.implied_shares_bounds, bad, 100.0, 90.0)


def test_implied_shares_bounds_rejects_bad_unit_and_tiny_loss():
    raises_naming("rounded_to_usd", m.implied_shares_bounds, 5e11, 100.0, 90.0, 0)
    raises_naming("value_lost_usd", m.implied_shares_bounds, 4e8, 100.0, 90.0, 1e9)


# --- a stock inside an index ---------------------------------------------------------------------


@FAST
@given(kinds(weight, move))
def test_index_contribution_is_weight_times_move(case):
    kind, (w, s) = case
    c = m.index_contribution(w, s)
    _check_shape(kind, c, w)
    np.testing.assert_array_equal(np.asarray(c), np.asarray(w * s))


@FAST
@given(weight, move, nonzero_move)
def test_share_of_index_move_times_index_move_is_contribution(w, s, i):
    share = m.share_of_index_move(w, s, i)
    assert math.isfinite(share)
    assert share * i == pytest.approx(m.index_contribution(w, s), rel=1e-9, abs=1e-12)


@FAST
@given(st.floats(0, 0.99), move, move)
def test_rest_of_index_recombines_into_the_index(w, s, i):
    rest = m.rest_of_index_move(w, s, i)
    assert math.isfinite(rest)
    # the index is the weighted mix of the stock and the rest
    assert w * s + (1 - w) * rest == pytest.approx(i, rel=1e-9, abs=1e-9)


@FAST
@given(weight, move, move)
def test_weight_after_is_the_stocks_new_share(w, s, i):
    after = m.weight_after(w, s, i)
    assert math.isfinite(after) and after >= 0
    assert after * (1 + i) == pytest.approx(w * (1 + s), rel=1e-9, abs=1e-12)


@FAST
@given(move)
def test_weight_after_is_one_when_the_stock_is_the_index(i):
    assert m.weight_after(1.0, i, i) == pytest.approx(1.0)


@FAST
@given(
    st.floats(1, 100)
    | st.floats(max_value=0, exclude_max=True, allow_nan=False, allow_infinity=False)
    | bad_number
)
def test_index_functions_reject_bad_weight(bad):
    if isinstance(bad, float) and bad == 1:
        bad = 1.5
    for func in (m.index_contribution, m.weight_after):
        args = (bad, -0.1) if func is m.index_contribution else (bad, -0.1, -0.02)
        raises_naming("weight", func, *args)
    raises_naming("weight", m.rest_of_index_move, bad, -0.1, -0.02)


@FAST
@given(st.floats(max_value=-1, allow_nan=False, allow_infinity=False) | bad_number)
def test_index_functions_reject_bad_moves(bad):
    raises_naming("stock_move", m.index_contribution, 0.5, bad)
    for func in (m.share_of_index_move, m.rest_of_index_move, m.weight_after):
        raises_naming("index_move", func, 0.5, -0.1, bad)


def test_share_of_no_index_move_is_refused():
    raises_naming("index_move", m.share_of_index_move, 0.07, -0.17, 0.0)


# --- records ---------------------------------------------------------------------------------------


@FAST
@given(kinds(st.floats(1e6, 1e13), fall))
def test_implied_cap_before_times_the_fall_is_the_loss(case):
    kind, (lost, mv) = case
    cap = m.implied_cap_before(lost, mv)
    _check_shape(kind, cap, lost)
    np.testing.assert_allclose(np.asarray(cap * -mv), np.asarray(lost), rtol=1e-12)
    assert (np.asarray(cap) >= np.asarray(lost)).all()


@FAST
@given(st.floats(0, 100) | st.floats(max_value=-1, allow_nan=False, allow_infinity=False) | bad_number)
def test_implied_cap_before_rejects_a_move_that_is_not_a_fall(bad):
    raises_naming("move", m.implied_cap_before, 5e11, bad)


# --- the drop widget's arithmetic ------------------------------------------------------------------


@FAST
@given(st.floats(0, 100, exclude_max=True), pos_price, shares)
def test_drop_summary_is_consistent(drop, before, s):
    r = m.drop_summary(drop, before, s)
    assert all(math.isfinite(float(v)) for v in r.values())
    assert r["value_lost"] == pytest.approx(r["cap_before"] - r["cap_after"], rel=1e-9, abs=1e-6)
    assert r["price_after"] == pytest.approx(before * (1 - drop / 100), rel=1e-12)
    assert (1 - drop / 100) * (1 + r["recovery"]) == pytest.approx(1.0, rel=1e-9)


@FAST
@given(st.floats(100, 1e6) | st.floats(max_value=0, exclude_max=True, allow_nan=False, allow_infinity=False))
def test_drop_summary_rejects_drops_outside_0_100(bad):
    raises_naming("drop_pct", m.drop_summary, bad, 142.62, 24.5e9)


# --- lookups in the price table -------------------------------------------------------------------


@FAST
@given(st.floats(1e-3, 1e4))
def test_first_close_at_or_above_meets_the_level(prices, level):
    found = m.first_close_at_or_above(prices, "NVDA", level, "2025-01-27")
    rows = prices[(prices["ticker"] == "NVDA") & (prices["date"] > pd.Timestamp("2025-01-27"))]
    if found is None:
        assert (rows["close_usd"] < level).all()
    else:
        date, close = found
        assert close >= level and math.isfinite(close)
        assert (rows.loc[rows["date"] < date, "close_usd"] < level).all()


@FAST
@given(st.floats(max_value=0, allow_nan=False, allow_infinity=False) | bad_number)
def test_first_close_at_or_above_rejects_bad_level(prices, bad):
    raises_naming("level", m.first_close_at_or_above, prices, "NVDA", bad, "2025-01-27")


def test_close_on_a_missing_day_names_the_date(prices):
    raises_naming("date", m.close_on, prices, "NVDA", "2025-01-25")  # a Saturday


@FAST
@given(st.floats(0, 100) | st.floats(max_value=0, allow_nan=False, allow_infinity=False))
def test_check_sector_claim_threshold(threshold):
    moves = __import__("deepseek_shock").load("daily_moves")
    if threshold < 0:
        out = m.check_sector_claim(moves, threshold_pct=threshold)
        assert out["verdict"] in ("accurate", "wrong") and out["finding"]
    else:
        raises_naming("threshold_pct", m.check_sector_claim, moves, threshold_pct=threshold)


# --- the whole float range: finite, or a clear ValueError; never inf or NaN ------------------------

any_move = st.floats(-1, exclude_min=True, allow_nan=False, allow_infinity=False)


@FAST
@given(any_valid, any_valid, any_valid, st.booleans())
def test_price_arithmetic_never_returns_inf(a, b, s, as_array):
    if as_array:
        a, b, s = np.array([a, 1.0]), np.array([b, 1.0]), np.array([s, 1.0])
    finite_or_clear(m.market_cap, ("price", "shares"), a, s)
    finite_or_clear(m.pct_change, ("before", "after"), a, b)
    finite_or_clear(m.value_lost, ("price_before", "price_after", "shares", "price"), a, b, s)
    finite_or_clear(m.recovery_needed, ("fraction_lost",), a / (1 + a))


@FAST
@given(any_positive, any_positive, any_valid)
def test_loss_arithmetic_never_returns_inf(lost, before, after):
    finite_or_clear(m.implied_shares, ("value_lost_usd", "price_before", "price_after"), lost, before, after)
    finite_or_clear(m.implied_cap_before, ("value_lost_usd", "move"), lost, -before / (1 + before))


@FAST
@given(weight, any_move, any_move)
def test_index_arithmetic_never_returns_inf(w, s, i):
    names = ("weight", "stock_move", "index_move")
    finite_or_clear(m.index_contribution, names, w, s)
    finite_or_clear(m.share_of_index_move, names, w, s, i)
    finite_or_clear(m.rest_of_index_move, names, w, s, i)
    finite_or_clear(m.weight_after, names, w, s, i)


# --- functions over the data sets -------------------------------------------------------------------


@pytest.fixture(scope="module")
def index_levels():
    from deepseek_shock import load

    return load("index_levels")


@pytest.fixture(scope="module")
def record_losses():
    from deepseek_shock import load

    return load("record_losses")


@FAST
@given(st.data())
def test_normalised_paths_start_at_100_on_the_base_day(prices, index_levels, data):
    table = m.series_table(prices, index_levels)
    assert len(table) == len(prices) + len(index_levels)
    assert table["value"].map(math.isfinite).all() and (table["value"] > 0).all()
    base = data.draw(st.sampled_from(sorted(table["date"].unique())))
    names = sorted(table["series"].unique())
    chosen = data.draw(st.none() | st.lists(st.sampled_from(names), min_size=1, unique=True))
    try:
        paths = m.normalised_paths(prices, index_levels, base_date=base, series=chosen)
    except ValueError as exc:  # no chosen series has the base day and another day
        assert "base_date" in str(exc)
        return
    assert paths["normalised"].map(math.isfinite).all()
    for name, group in paths.groupby("series"):
        assert chosen is None or name in chosen
        assert len(group) >= 2
        on_base = group.loc[group["date"] == base, "normalised"]
        assert len(on_base) == 1 and on_base.iloc[0] == pytest.approx(100)
        base_value = group.loc[group["date"] == base, "value"].iloc[0]
        np.testing.assert_allclose(group["normalised"], 100 * group["value"] / base_value, rtol=1e-12)


@FAST
@given(st.text(min_size=1, max_size=12))
def test_normalised_paths_names_an_unknown_series(prices, index_levels, name):
    if name in set(prices["ticker"]) | set(index_levels["index"]):
        return
    raises_naming("series", m.normalised_paths, prices, index_levels, series=[name])


def test_normalised_paths_names_a_base_day_without_data(prices, index_levels):
    raises_naming("base_date", m.normalised_paths, prices, index_levels, base_date="2025-01-25")


def test_record_table_ranks_and_implied_caps(record_losses):
    table = m.record_table(record_losses)
    assert list(table["rank_usd"]) == list(range(1, len(table) + 1))
    assert table["value_lost_usd_bn"].is_monotonic_decreasing
    known = table["implied_cap_before_usd_bn"].notna()
    assert known.any()
    assert (table.loc[known, "implied_cap_before_usd_bn"] >= table.loc[known, "value_lost_usd_bn"]).all()
    assert table.loc[known, "implied_cap_before_usd_bn"].map(math.isfinite).all()


def test_loss_reports_and_share_count(record_losses):
    reports = m.loss_reports(record_losses)
    usable = reports["implied_shares"].dropna()
    assert len(usable) and usable.map(math.isfinite).all() and (usable > 0).all()
    count = m.press_share_count(record_losses)
    assert math.isfinite(count) and usable.min() - 1e7 <= count <= usable.max() + 1e7
    raises_naming("ticker", m.loss_reports, record_losses, "NOPE")


@FAST
@given(st.floats(0.1, 99), st.floats(1, 5000))
def test_check_market_claims_grades_any_claim(prices, record_losses, fall, loss_bn):
    from deepseek_shock.claims import VERDICTS

    table = m.check_market_claims(prices, record_losses, claimed_fall_pct=fall, claimed_loss_usd_bn=loss_bn)
    assert len(table) == 3 and set(table["verdict"]) <= set(VERDICTS)
    assert table.loc[0, "computed"] == pytest.approx(16.97, abs=0.01)


@settings(max_examples=8, deadline=None)
@given(st.floats(0, 100, exclude_max=True), st.floats(1, 1e4), st.floats(1e6, 1e11))
def test_plot_drop_draws_any_fall(drop, before, s):
    fig, axes = m.plot_drop(drop, before, s)
    r = m.drop_summary(drop, before, s)
    texts = [t.get_text() for ax in axes for t in ax.texts]
    assert f"−${r['value_lost'] / 1e9:,.0f}B" in texts
    assert f"fall {drop:.2f}% → gain {100 * r['recovery']:.1f}%" in texts
    assert all("nan" not in t and "inf" not in t for t in texts)


@FAST
@given(st.sampled_from(["17", None, [10.0], float("nan")]))
def test_drop_summary_rejects_a_drop_that_is_not_a_number(bad):
    raises_naming("drop_pct", m.drop_summary, bad, 142.62, 24.5e9)


@FAST
@given(st.floats(max_value=0, exclude_max=True, allow_nan=False, allow_infinity=False))
def test_drop_summary_rejects_bad_price_and_shares(bad):
    raises_naming("price", m.drop_summary, 10.0, bad, 24.5e9)
    raises_naming("shares", m.drop_summary, 10.0, 142.62, bad)
