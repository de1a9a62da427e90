"""Property tests (hypothesis) of deepseek_shock.export_controls.

tpp = dense TOPS × bits; performance_density × area = tpp; classify never leaves ECCNS, always gives a
one-sentence reason, is monotone in TPP at a fixed density (or die area, or I/O), and puts every threshold
on the side the rule says (≥, never >). Outside the valid range: a ValueError naming the argument.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import FAST as SHARED_FAST
from conftest import any_positive, dataset, raises_naming
from deepseek_shock import export_controls as ec

FAST = settings(SHARED_FAST, max_examples=80)  # more examples than most: the rules have many branches

tops = st.floats(1e-3, 1e6, allow_nan=False)
bits = st.sampled_from([1, 2, 4, 8, 16, 32, 64]) | st.floats(0.5, 128)
tpp_values = st.floats(1, 1e6, allow_nan=False)
area = st.floats(1, 1e5, allow_nan=False)
io = st.floats(1, 1e5, allow_nan=False)
density = st.floats(0.01, 100, allow_nan=False)
not_positive = st.floats(max_value=0, allow_nan=False, allow_infinity=False)
not_a_number = st.sampled_from([float("nan"), float("inf"), float("-inf"), "148", None, True, [148.0]])


def _severity(result: ec.Classification) -> int:
    """0 not controlled, 1 controlled with License Exception NAC/ACA, 2 licence required."""
    if result.eccn is None:
        return 0
    return 1 if result.licence_exception else 2


def _check_result(result: ec.Classification, tpp_value, rule):
    assert isinstance(result, ec.Classification)
    assert result.eccn in ec.ECCNS
    assert result.rule == rule and result.tpp == tpp_value and math.isfinite(result.tpp)
    assert result.controlled == (result.eccn is not None)
    assert isinstance(result.reason, str) and len(result.reason) > 20
    assert result.reason[0].isupper() or result.reason[0].isdigit()
    assert result.reason.endswith(".") and "nan" not in result.reason.lower() and "inf" not in result.reason
    assert result.label and (result.label == "not controlled") == (result.eccn is None)
    if rule == "2022-10":
        assert result.eccn in ("3A090.a", None)
    else:
        assert result.eccn != "3A090.a"
    if result.performance_density is not None:
        assert math.isfinite(result.performance_density)


# --- tpp and performance_density -----------------------------------------------------------------


@FAST
@given(tops, bits)
def test_tpp_is_tops_times_bits(t, b):
    value = ec.tpp(t, b)
    assert isinstance(value, float) and math.isfinite(value) and value > 0
    assert value == t * b
    assert ec.tpp(np.float64(t), np.int64(b) if float(b).is_integer() else b) == pytest.approx(value)


@FAST
@given(tpp_values, area)
def test_density_times_area_is_tpp(t, a):
    d = ec.performance_density(t, a)
    assert isinstance(d, float) and math.isfinite(d) and d > 0
    assert d * a == pytest.approx(t, rel=1e-12)


@FAST
@given(not_positive | not_a_number)
def test_tpp_and_density_reject_bad_arguments(bad):
    raises_naming("dense_tops", ec.tpp, bad, 8)
    raises_naming("bit_length", ec.tpp, 148, bad)
    raises_naming("tpp", ec.performance_density, bad, 814)
    raises_naming("die_area_mm2", ec.performance_density, 2368, bad)


# --- classify: results always well formed --------------------------------------------------------


@FAST
@given(tpp_values, st.none() | area, io, st.booleans())
def test_classify_2023_is_well_formed(t, a, i, dc):
    try:
        result = ec.classify(t, die_area_mm2=a, io_gb_s=i, datacenter=dc)
    except ValueError as exc:  # only when the density decides and the die area is missing
        assert a is None and dc and ec.TPP_FLOOR <= t < ec.TPP_LICENCE
        assert "die_area_mm2" in str(exc)
        return
    _check_result(result, t, "2023-10")
    if a is not None:
        assert result.performance_density == pytest.approx(t / a)


@FAST
@given(tpp_values, st.none() | area, io, st.booleans())
def test_classify_2022_is_the_two_tests(t, a, i, dc):
    result = ec.classify(t, die_area_mm2=a, io_gb_s=i, datacenter=dc, rule="2022-10")
    _check_result(result, t, "2022-10")
    assert result.controlled == (t >= ec.TPP_LICENCE and i >= ec.IO_LICENCE_GB_S)


@FAST
@given(tpp_values)
def test_classify_2022_needs_io(t):
    raises_naming("io_gb_s", ec.classify, t, rule="2022-10")


@FAST
@given(tpp_values, area, io, st.booleans())
def test_classify_2023_follows_the_tiers(t, a, i, dc):
    """The tiers as the rule states them (a.1, a.2, b.1, b.2 in order; Note 2 for non-datacenter chips)."""
    result = ec.classify(t, die_area_mm2=a, io_gb_s=i, datacenter=dc)
    d = result.performance_density
    if not dc:
        expected = "3A090.a.1" if t >= 4800 else None
    elif t >= 4800:
        expected = "3A090.a.1"
    elif t < 1600:
        expected = None
    elif d >= 5.92:
        expected = "3A090.a.2"
    elif t >= 2400 and d >= 1.6:
        expected = "3A090.b.1"
    elif d >= 3.2:
        expected = "3A090.b.2"
    else:
        expected = None
    assert result.eccn == expected
    assert result.licence_exception == (
        expected in ("3A090.b.1", "3A090.b.2") or (expected is not None and not dc)
    )


# --- classify: monotone in TPP ---------------------------------------------------------------------


@FAST
@given(tpp_values, tpp_values, density, st.booleans())
def test_classify_is_monotone_in_tpp_at_fixed_density(t1, t2, d, dc):
    lo, hi = sorted((t1, t2))
    a_lo, a_hi = lo / d, hi / d  # same density, bigger chip
    r_lo = ec.classify(lo, die_area_mm2=a_lo, datacenter=dc)
    r_hi = ec.classify(hi, die_area_mm2=a_hi, datacenter=dc)
    assert _severity(r_lo) <= _severity(r_hi), (r_lo, r_hi)


@FAST
@given(tpp_values, tpp_values, area, st.booleans())
def test_classify_is_monotone_in_tpp_at_fixed_area(t1, t2, a, dc):
    lo, hi = sorted((t1, t2))
    assert (
        ec.classify(lo, die_area_mm2=a, datacenter=dc).controlled
        <= ec.classify(hi, die_area_mm2=a, datacenter=dc).controlled
    )


@FAST
@given(tpp_values, tpp_values, io, io)
def test_classify_2022_is_monotone_in_tpp_and_io(t1, t2, i1, i2):
    (lo, hi), (io_lo, io_hi) = sorted((t1, t2)), sorted((i1, i2))
    assert _severity(ec.classify(lo, io_gb_s=io_lo, rule="2022-10")) <= _severity(
        ec.classify(hi, io_gb_s=io_hi, rule="2022-10")
    )


# --- classify: every threshold is "at or above" ----------------------------------------------------


def _below(x):
    return float(np.nextafter(x, 0))


@pytest.mark.parametrize("datacenter", [True, False])
def test_tpp_licence_line_is_inclusive(datacenter):
    assert ec.classify(4800.0, die_area_mm2=1e5, datacenter=datacenter).eccn == "3A090.a.1"
    below = ec.classify(_below(4800.0), die_area_mm2=1e5, datacenter=datacenter).eccn
    assert below != "3A090.a.1"


def test_tpp_floor_is_inclusive():
    assert ec.classify(1600.0, die_area_mm2=1.0).eccn == "3A090.a.2"  # density 1600
    assert ec.classify(_below(1600.0), die_area_mm2=1.0).eccn is None


def test_tpp_b1_floor_is_inclusive():
    assert ec.classify(2400.0, die_area_mm2=1200.0).eccn == "3A090.b.1"  # density 2 < 3.2
    assert ec.classify(_below(2400.0), die_area_mm2=1200.0).eccn is None


def test_density_a2_is_inclusive():
    assert ec.performance_density(2960.0, 500.0) == ec.DENSITY_A2
    assert ec.classify(2960.0, die_area_mm2=500.0).eccn == "3A090.a.2"
    assert ec.classify(2960.0, die_area_mm2=float(np.nextafter(500.0, 1e9))).eccn == "3A090.b.1"


def test_density_b1_is_inclusive():
    assert ec.performance_density(2400.0, 1500.0) == ec.DENSITY_B1
    assert ec.classify(2400.0, die_area_mm2=1500.0).eccn == "3A090.b.1"
    assert ec.classify(2400.0, die_area_mm2=float(np.nextafter(1500.0, 1e9))).eccn is None


def test_density_b2_is_inclusive():
    assert ec.performance_density(1600.0, 500.0) == ec.DENSITY_B2
    assert ec.classify(1600.0, die_area_mm2=500.0).eccn == "3A090.b.2"
    assert ec.classify(1600.0, die_area_mm2=float(np.nextafter(500.0, 1e9))).eccn is None


def test_io_line_of_2022_is_inclusive():
    assert ec.classify(4800.0, io_gb_s=600.0, rule="2022-10").eccn == "3A090.a"
    assert ec.classify(4800.0, io_gb_s=_below(600.0), rule="2022-10").eccn is None
    assert ec.classify(_below(4800.0), io_gb_s=600.0, rule="2022-10").eccn is None


# --- classify: bad input -----------------------------------------------------------------------------


@FAST
@given(not_positive | not_a_number)
def test_classify_rejects_bad_numbers(bad):
    raises_naming("tpp", ec.classify, bad, die_area_mm2=814)
    raises_naming("die_area_mm2", ec.classify, 2368.0, die_area_mm2=bad)
    raises_naming("io_gb_s", ec.classify, 2368.0, io_gb_s=bad, rule="2022-10")


@FAST
@given(st.text(max_size=10).filter(lambda r: r not in ec.RULES))
def test_classify_rejects_unknown_rules(rule):
    message = raises_naming("rule", ec.classify, 2368.0, die_area_mm2=814, rule=rule)
    assert "2023-10" in message and "2022-10" in message


@FAST
@given(st.sampled_from([0, 1, "yes", None, "True", 1.0]))
def test_classify_rejects_a_datacenter_flag_that_is_not_a_bool(flag):
    raises_naming("datacenter", ec.classify, 2368.0, die_area_mm2=814, datacenter=flag)


# --- largest_uncontrolled_tpp ---------------------------------------------------------------------


@FAST
@given(area, st.floats(0, 1, exclude_max=True))
def test_largest_uncontrolled_tpp_is_the_bound(a, fraction):
    bound = ec.largest_uncontrolled_tpp(a)
    assert math.isfinite(bound) and ec.TPP_FLOOR <= bound <= ec.TPP_LICENCE
    assert ec.classify(bound, die_area_mm2=a).controlled  # the bound itself is controlled
    below = max(fraction * bound, 1e-3)
    assert not ec.classify(below, die_area_mm2=a).controlled  # everything under it is not
    assert not ec.classify(_below(bound), die_area_mm2=a).controlled


@FAST
@given(not_positive | not_a_number)
def test_largest_uncontrolled_tpp_rejects_bad_area(bad):
    raises_naming("die_area_mm2", ec.largest_uncontrolled_tpp, bad)


# --- the whole float range: finite, or a clear ValueError; never inf or NaN ------------------------


@FAST
@given(any_positive, any_positive, any_positive, st.booleans(), st.sampled_from(list(ec.RULES)))
def test_whole_range_gives_a_finite_answer_or_a_clear_error(x, y, z, dc, rule):
    for func, args, names in (
        (ec.tpp, (x, y), ("dense_tops", "bit_length")),
        (ec.performance_density, (x, y), ("tpp", "die_area_mm2")),
        (ec.largest_uncontrolled_tpp, (x,), ("die_area_mm2",)),
    ):
        try:
            value = func(*args)
        except ValueError as exc:
            assert any(n in str(exc) for n in names), str(exc)
        else:
            assert math.isfinite(value), f"{func.__name__}{args} = {value}"
    try:
        result = ec.classify(x, die_area_mm2=y, io_gb_s=z, datacenter=dc, rule=rule)
    except ValueError as exc:
        assert any(n in str(exc) for n in ("tpp", "die_area_mm2", "io_gb_s")), str(exc)
    else:
        _check_result(result, x, rule)


# --- tables and claims over the real chips ----------------------------------------------------------


@pytest.fixture(scope="module")
def chips():
    return dataset("chips")


def test_chip_table_computes_tpp_density_and_eccns(chips):
    table = ec.chip_table(chips)
    np.testing.assert_array_equal(table["tpp"], chips["dense_tops"] * chips["bit_length"])
    known = chips["die_area_mm2"].notna()
    np.testing.assert_allclose(
        table.loc[known, "density"] * chips.loc[known, "die_area_mm2"], table.loc[known, "tpp"], rtol=1e-12
    )
    assert table.loc[~known, "density"].isna().all()
    allowed = {e for e in ec.ECCNS if e} | {"none", "undetermined"}
    assert set(table["eccn_2022"]) <= allowed and set(table["eccn_2023"]) <= allowed
    shown = ec.status_table(chips)
    assert len(shown) == len(chips) and not shown["Oct 2023 rule"].isna().any()


@FAST
@given(st.floats(600, 60000), st.floats(0.8, 40))
def test_describe_rule_map_labels_any_design(t, dens):
    text = ec.describe_rule_map(None, (t, dens))
    label = ec.classify(t, die_area_mm2=t / dens).label
    assert text.endswith(f"{label}.") and "nan" not in text


@FAST
@given(st.data())
def test_claims_grade_any_pair_of_chips(chips, data):
    from deepseek_shock.claims import VERDICTS

    names = list(chips["name"])
    used = data.draw(st.sampled_from(names))
    reference = data.draw(st.sampled_from(names))
    for claim in (ec.deprived_claim, ec.weaker_chips_claim):
        evidence = claim(chips, used, reference)
        assert evidence.verdict in VERDICTS and evidence.finding and "nan" not in evidence.finding
    raises_naming("name", ec.deprived_claim, chips, "H900", reference)
