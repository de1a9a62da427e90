"""Property tests (hypothesis) of deepseek_shock.costs.

Over each function's valid range: a finite result that satisfies the function's defining identity
(6·N·D, GPU-hours × price, flops = mfu × GPU-hours × 3600 × peak, …). Outside it: a ValueError naming
the argument. The costs functions take numbers (not arrays); every finite non-negative float is a valid
input, so the last tests sweep the whole float range and ask for a finite answer or a clear ValueError.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import FAST, any_positive, any_valid, finite_or_clear, raises_naming
from deepseek_shock import costs as c

#: Magnitudes of the chapter and well beyond (parameters to 1e13, tokens to 1e15, prices to 1e4 USD).
count = st.floats(0, 1e15, allow_nan=False)
pos_count = st.floats(1e-3, 1e15, allow_nan=False)
price = st.floats(0, 1e4, allow_nan=False)
peak = st.floats(1e9, 1e17, allow_nan=False)
utilisation = st.floats(0, 1, exclude_min=True, allow_nan=False).filter(lambda u: u > 1e-6)
years = st.floats(0.1, 50, allow_nan=False)
not_a_number = st.sampled_from([float("nan"), float("inf"), float("-inf"), "abc", None, [1.0]])
negative = st.floats(max_value=0, exclude_max=True, allow_nan=False, allow_infinity=False)
non_positive = st.floats(max_value=0, allow_nan=False, allow_infinity=False)


# --- the three formulas of the public API ------------------------------------------------------


@FAST
@given(count, count)
def test_training_flops_is_six_n_d(n, d):
    flops = c.training_flops(n, d)
    assert isinstance(flops, float) and math.isfinite(flops)
    assert flops == 6 * n * d
    assert c.training_flops(d, n) == pytest.approx(flops, rel=1e-15)


@FAST
@given(negative | not_a_number)
def test_training_flops_rejects_bad_arguments(bad):
    raises_naming("active_params", c.training_flops, bad, 1e12)
    raises_naming("tokens", c.training_flops, 37e9, bad)


@FAST
@given(count, count, price, st.floats(0, 100))
def test_rental_cost_is_linear_in_both_arguments(h1, h2, p, k):
    cost = c.rental_cost(h1, p)
    assert math.isfinite(cost) and cost == h1 * p
    assert c.rental_cost(h1 + h2, p) == pytest.approx(cost + c.rental_cost(h2, p), rel=1e-12, abs=1e-300)
    assert c.rental_cost(k * h1, p) == pytest.approx(k * cost, rel=1e-12, abs=1e-300)
    assert c.rental_cost(h1, k * p) == pytest.approx(k * cost, rel=1e-12, abs=1e-300)


@FAST
@given(negative | not_a_number)
def test_rental_cost_rejects_bad_arguments(bad):
    raises_naming("gpu_hours", c.rental_cost, bad, 2.0)
    raises_naming("usd_per_gpu_hour", c.rental_cost, 2.788e6, bad)


@FAST
@given(st.just(0.0) | st.floats(1, 1e30), pos_count, peak)
def test_mfu_times_capacity_is_the_flops(flops, hours, pk):
    u = c.mfu(flops, hours, pk)
    assert math.isfinite(u) and u >= 0
    assert u * hours * 3600 * pk == pytest.approx(flops, rel=1e-12, abs=1e-300)


@FAST
@given(non_positive | not_a_number)
def test_mfu_rejects_bad_arguments(bad):
    if not (isinstance(bad, float) and bad == 0):
        raises_naming("flops", c.mfu, bad, 1e6, 1e15)
    raises_naming("gpu_hours", c.mfu, 1e24, bad, 1e15)
    raises_naming("peak_flop_per_s", c.mfu, 1e24, 1e6, bad)


# --- more arithmetic ------------------------------------------------------------------------------


@FAST
@given(pos_count, peak, utilisation)
def test_gpu_hours_needed_inverts_mfu(flops, pk, u):
    hours = c.gpu_hours_needed(flops, pk, u)
    assert math.isfinite(hours) and hours > 0
    assert c.mfu(flops, hours, pk) == pytest.approx(u, rel=1e-12)


@FAST
@given(st.floats(1.0001, 100) | non_positive | not_a_number)
def test_gpu_hours_needed_rejects_bad_utilisation(bad):
    raises_naming("utilisation", c.gpu_hours_needed, 1e24, 1e15, bad)


@FAST
@given(count, st.floats(1, 1e6))
def test_wall_clock_days_times_gpus_is_the_gpu_hours(hours, gpus):
    days = c.wall_clock_days(hours, gpus)
    assert math.isfinite(days) and days >= 0
    assert days * 24 * gpus == pytest.approx(hours, rel=1e-12, abs=1e-300)


@FAST
@given(non_positive | not_a_number)
def test_wall_clock_days_rejects_bad_gpu_count(bad):
    raises_naming("num_gpus", c.wall_clock_days, 2.788e6, bad)


@FAST
@given(st.floats(0, 1e6), years, utilisation, st.floats(0, 1e5))
def test_amortised_cost_spreads_the_yearly_cost_over_useful_hours(capex, yrs, u, opex):
    hourly = c.amortised_cost_per_gpu_hour(capex, yrs, u, opex)
    assert math.isfinite(hourly) and hourly >= 0
    assert hourly * c.HOURS_PER_YEAR * u == pytest.approx(capex / yrs + opex, rel=1e-12, abs=1e-300)
    # idle hours only make a useful hour dearer
    assert c.amortised_cost_per_gpu_hour(capex, yrs, 1.0, opex) <= hourly * (1 + 1e-12)


@FAST
@given(st.floats(0, 1e6), st.floats(0, 1e6), years, st.floats(0, 20), st.floats(0, 1e5))
def test_ownership_cost_is_linear_in_gpus_and_years_held(gpus, capex, yrs, held, opex):
    cost = c.ownership_cost(gpus, capex, yrs, held, opex)
    assert math.isfinite(cost) and cost >= 0
    hourly = c.amortised_cost_per_gpu_hour(capex, yrs, 1.0, opex)
    assert cost == pytest.approx(gpus * hourly * c.HOURS_PER_YEAR * held, rel=1e-9, abs=1e-6)
    assert c.ownership_cost(2 * gpus, capex, yrs, held, opex) == pytest.approx(2 * cost, rel=1e-12)


@FAST
@given(negative | not_a_number)
def test_ownership_functions_reject_bad_arguments(bad):
    raises_naming("capex_usd_per_gpu", c.amortised_cost_per_gpu_hour, bad, 4)
    raises_naming("opex_usd_per_gpu_year", c.amortised_cost_per_gpu_hour, 3e4, 4, 1.0, bad)
    raises_naming("num_gpus", c.ownership_cost, bad, 3e4, 4)
    raises_naming("years_held", c.ownership_cost, 2048, 3e4, 4, bad)
    raises_naming("amortisation_years", c.ownership_cost, 2048, 3e4, bad)
    raises_naming("amortisation_years", c.amortised_cost_per_gpu_hour, 3e4, 0)


# --- the waterfall ---------------------------------------------------------------------------------


@FAST
@given(
    st.floats(0, 1e8),
    st.floats(0, 20),
    st.floats(0, 1e7),
    st.floats(0, 10),
    st.integers(1, 100_000),
    st.floats(0, 1e6),
    st.floats(0, 1e5),
    years,
    utilisation,
    st.floats(0, 3),
)
def test_cost_waterfall_adds_up_to_owning_plus_staff(
    hours, p, r1, research, size, capex, opex, yrs, u, staff
):
    steps = c.cost_waterfall(
        hours,
        p,
        r1_gpu_hours=r1,
        research_multiplier=research,
        cluster_size=size,
        capex_usd_per_gpu=capex,
        opex_usd_per_gpu_year=opex,
        amortisation_years=yrs,
        utilisation=u,
        staff_multiplier=staff,
    )
    assert len(steps) == 5 and all(isinstance(s, c.Step) for s in steps)
    assert all(math.isfinite(s.usd) and s.basis and s.label for s in steps)
    assert steps[0].usd == c.rental_cost(hours, p) and steps[1].usd == c.rental_cost(r1, p)
    # headline + R1 + research + (owned − rented) + staff = owned × (1 + staff)
    work = (hours + r1) * (1 + research)
    held = max(1.0, work / (size * c.HOURS_PER_YEAR * u))
    owned = c.ownership_cost(size, capex, yrs, held, opex)
    total = c.waterfall_total(steps)
    assert total == pytest.approx(owned * (1 + staff), rel=1e-9, abs=1e-3)
    assert "million USD" in c.describe_waterfall(steps)


@FAST
@given(negative | not_a_number)
def test_cost_waterfall_rejects_bad_arguments(bad):
    raises_naming("gpu_hours", c.cost_waterfall, bad, 2.0)
    raises_naming("usd_per_gpu_hour", c.cost_waterfall, 2.788e6, bad)
    raises_naming("r1_gpu_hours", c.cost_waterfall, 2.788e6, 2.0, r1_gpu_hours=bad)
    raises_naming("research_multiplier", c.cost_waterfall, 2.788e6, 2.0, research_multiplier=bad)
    raises_naming("cluster_size", c.cost_waterfall, 2.788e6, 2.0, cluster_size=bad)
    raises_naming("staff_multiplier", c.cost_waterfall, 2.788e6, 2.0, staff_multiplier=bad)
    raises_naming("utilisation", c.cost_waterfall, 2.788e6, 2.0, utilisation=bad)


@FAST
@given(st.text(max_size=12).filter(lambda s: s not in ("sourced", "derived", "assumption")))
def test_step_rejects_an_unknown_status(status):
    raises_naming("status", c.Step, "x", 1.0, status, "basis")


# --- grading "X times more" ------------------------------------------------------------------------

VERDICTS = ("accurate", "approximately right", "wrong", "unverifiable")


@FAST
@given(
    st.lists(st.floats(1e-3, 1e4), min_size=1, max_size=6),
    st.floats(1e-3, 1e4),
    st.sampled_from([0.25, 0.5, 2.0, 4.0]),
)
def test_ratio_verdict_is_one_of_four_and_scale_free(ratios, claimed, k):
    verdict = c.ratio_verdict(ratios, claimed)
    assert verdict in VERDICTS
    assert c.ratio_verdict([k * r for r in ratios], k * claimed) == verdict  # powers of 2: exact
    if all(abs(r - claimed) / claimed <= 0.05 for r in ratios):
        assert verdict == "accurate"
    if all(r > 1.3 * claimed for r in ratios) or all(r < 0.7 * claimed for r in ratios):
        assert verdict == "wrong"


@FAST
@given(st.floats(1e-3, 1e4))
def test_ratio_verdict_of_the_claim_itself_is_accurate(claimed):
    assert c.ratio_verdict([claimed], claimed) == "accurate"


@FAST
@given(non_positive | not_a_number)
def test_ratio_verdict_rejects_bad_ratios(bad):
    if bad is None or isinstance(bad, list):
        bad = float("nan")  # a list item must be a number; None or a list is not one either
    raises_naming("ratios", c.ratio_verdict, [20.0, bad], 20)
    raises_naming("claimed", c.ratio_verdict, [20.0], bad)


def test_ratio_verdict_needs_a_ratio():
    raises_naming("ratios", c.ratio_verdict, [], 20)


# --- functions over the data sets -------------------------------------------------------------------


@FAST
@given(st.floats(0, 1e3), st.floats(0, 1e3))
def test_headline_cost_is_linear_in_the_price(runs, p, q):
    a, b = c.headline_cost(runs, "DeepSeek-V3", p), c.headline_cost(runs, "DeepSeek-V3", q)
    assert math.isfinite(a) and math.isfinite(b)
    assert a == pytest.approx(c.model_gpu_hours(runs, "DeepSeek-V3") * p, rel=1e-12, abs=1e-300)
    assert c.headline_cost(runs, "DeepSeek-V3", p + q) == pytest.approx(a + b, rel=1e-12, abs=1e-300)


@FAST
@given(st.text(min_size=1, max_size=20))
def test_run_table_keeps_only_the_prefix(runs, prefix):
    if (runs["model"].str.startswith(prefix)).any():
        rows = c.run_table(runs, prefix)
        assert rows["model"].str.startswith(prefix).all()
        assert math.isfinite(c.model_gpu_hours(runs, prefix)) and c.model_gpu_hours(runs, prefix) > 0
    else:
        raises_naming("model_prefix", c.run_table, runs, prefix)


def test_every_model_prefix_has_positive_gpu_hours(runs):
    for model in runs["model"].unique():
        assert c.model_gpu_hours(runs, model) > 0


@FAST
@given(st.data())
def test_peak_flop_per_s_reads_the_dense_figure(specs, data):
    i = data.draw(st.integers(0, len(specs) - 1))
    row = specs.iloc[i]
    pk = c.peak_flop_per_s(specs, row["gpu"], row["precision"])
    assert math.isfinite(pk) and pk == row["dense_tflop_per_s"] * 1e12
    unknown = data.draw(st.text(max_size=10).filter(lambda g: g not in set(specs["gpu"])))
    raises_naming("gpu", c.peak_flop_per_s, specs, unknown, row["precision"])


@FAST
@given(st.data())
def test_estimate_range_returns_three_numbers(estimates, data):
    i = data.draw(st.integers(0, len(estimates) - 1))
    low, central, high = c.estimate_range(estimates, estimates["estimate_id"].iloc[i])
    assert all(isinstance(v, float) for v in (low, central, high))
    present = [v for v in (low, central, high) if not math.isnan(v)]
    assert present and all(math.isfinite(v) and v >= 0 for v in present)
    if not math.isnan(central):
        assert not math.isnan(low) and not math.isnan(high)  # a missing end takes the central value
    unknown = data.draw(st.text(max_size=10).filter(lambda e: e not in set(estimates["estimate_id"])))
    raises_naming("estimate_id", c.estimate_range, estimates, unknown)


def test_price_and_compute_ratios_are_finite_and_positive(runs, api, specs, estimates):
    ratios = c.compute_and_price_ratios(runs, api)
    assert ratios and all(math.isfinite(v) and v > 0 for v in ratios.values())
    assert all(math.isfinite(v) and v > 0 for v in c.price_ratios(api))
    summary = c.compute_summary(runs, specs)
    for column in ("gpu_hours", "flops_6nd", "mfu_bf16_6nd", "mfu_fp8_6nd"):
        assert summary[column].map(math.isfinite).all() and (summary[column] > 0).all()
    assert ((summary["mfu_bf16_6nd"] > 0) & (summary["mfu_bf16_6nd"] <= 1)).all()
    inputs = c.waterfall_inputs(runs, estimates)
    assert all(math.isfinite(v) for v in inputs.values())
    table = c.check_cost_claims(runs, api, estimates)
    assert set(table["claim_id"]) == set(c.COST_CLAIMS) and table["verdict"].map(bool).all()


# --- the whole float range: finite, or a clear ValueError; never inf or NaN ------------------------


@FAST
@given(any_valid, any_valid)
def test_two_argument_formulas_never_return_inf(a, b):
    finite_or_clear(c.training_flops, ("active_params", "tokens"), a, b)
    finite_or_clear(c.rental_cost, ("gpu_hours", "usd_per_gpu_hour"), a, b)


@FAST
@given(any_valid, any_positive, any_positive, st.floats(0, 1, exclude_min=True))
def test_divisions_never_return_inf(flops, hours, pk, u):
    finite_or_clear(c.mfu, ("flops", "gpu_hours", "peak_flop_per_s"), flops, hours, pk)
    finite_or_clear(c.gpu_hours_needed, ("flops", "peak_flop_per_s", "utilisation"), flops, pk, u)
    finite_or_clear(c.wall_clock_days, ("gpu_hours", "num_gpus"), flops, hours)
    finite_or_clear(
        c.amortised_cost_per_gpu_hour,
        ("capex_usd_per_gpu", "amortisation_years", "utilisation", "opex_usd_per_gpu_year"),
        flops,
        hours,
        u,
        pk,
    )
    finite_or_clear(
        c.ownership_cost,
        ("num_gpus", "capex_usd_per_gpu", "amortisation_years", "years_held", "opex_usd_per_gpu_year"),
        flops,
        pk,
        hours,
        flops,
        pk,
    )


@FAST
@given(any_valid, any_valid, any_valid, any_valid, any_positive, any_valid)
def test_cost_waterfall_never_returns_inf(hours, p, r1, research, size, staff):
    names = (
        "gpu_hours",
        "usd_per_gpu_hour",
        "r1_gpu_hours",
        "research_multiplier",
        "cluster_size",
        "staff_multiplier",
        "capex_usd_per_gpu",
        "amortisation_years",
        "years_held",
        "num_gpus",
    )
    try:
        steps = c.cost_waterfall(
            hours, p, r1_gpu_hours=r1, research_multiplier=research, cluster_size=size, staff_multiplier=staff
        )
    except ValueError as exc:
        assert any(name in str(exc) for name in names), str(exc)
        return
    assert all(math.isfinite(s.usd) for s in steps) and math.isfinite(c.waterfall_total(steps))


# --- figures and their alt text over any valid input ------------------------------------------------


@FAST
@given(st.floats(0, 1e3))
def test_describe_headline_cost_states_the_total(runs, p):
    text = c.describe_headline_cost(runs, p)
    total = c.headline_cost(runs, "DeepSeek-V3", p)
    assert f"{total / 1e6:.2f} million USD" in text
    assert ("below" in text) == (total < 6e6) and "nan" not in text and "inf" not in text


@settings(max_examples=6, deadline=None)
@given(st.floats(0, 12), st.floats(0, 10), st.floats(0, 2))
def test_figures_draw_any_valid_input(runs, p, research, staff):
    fig, ax = c.plot_headline_cost(runs, p)
    assert ax.get_xlim()[1] > 0 and all("nan" not in t.get_text() for t in ax.texts)
    steps = c.cost_waterfall(
        2.788e6, p, r1_gpu_hours=1.47e5, research_multiplier=research, staff_multiplier=staff
    )
    fig, ax = c.plot_waterfall(steps)
    assert len(ax.patches) >= len(steps) + 1
    assert all(math.isfinite(v) for v in ax.get_ylim())


@FAST
@given(negative | not_a_number)
def test_plot_headline_cost_rejects_a_bad_price(runs, bad):
    raises_naming("usd_per_gpu_hour", c.plot_headline_cost, runs, bad)
