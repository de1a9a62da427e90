"""costs: the three formulas against the published figures, bad input, the waterfall, widgets, verdicts."""

from __future__ import annotations

import html
import inspect
import re

import pandas as pd
import pytest

import french
from conftest import figure_state
from deepseek_shock import costs, style

# --- the three formulas, by hand -----------------------------------------------------------------


def test_training_flops_is_six_n_d():
    assert costs.training_flops(37e9, 14.8e12) == pytest.approx(3.2856e24)
    assert costs.training_flops(1, 1) == 6
    assert costs.training_flops(0, 1e12) == 0


def test_rental_cost_reproduces_table_1():
    assert costs.rental_cost(2_664_000, 2) == 5_328_000
    assert costs.rental_cost(119_000, 2) == 238_000
    assert costs.rental_cost(2_788_000, 2) == 5_576_000


def test_mfu_of_v3_against_bf16_and_fp8_peaks():
    flops = costs.training_flops(37e9, 14.8e12)
    assert costs.mfu(flops, 2_664_000, 989.4e12) == pytest.approx(0.3463, abs=5e-4)
    assert costs.mfu(flops, 2_664_000, 1978.9e12) == pytest.approx(0.1731, abs=5e-4)
    # DeepSeek's own 250 GFLOP per token gives the 39% of the ISCA-2025 paper.
    assert costs.mfu(250e9 * 14.8e12, 2_664_000, 989.4e12) == pytest.approx(0.390, abs=5e-4)


def test_gpu_hours_needed_inverts_mfu():
    flops = 3.3e24
    hours = costs.gpu_hours_needed(flops, 989.4e12, 0.35)
    assert costs.mfu(flops, hours, 989.4e12) == pytest.approx(0.35)


def test_wall_clock_days_of_v3():
    assert costs.wall_clock_days(180_000, 2048) == pytest.approx(3.66, abs=0.005)
    assert costs.wall_clock_days(2_664_000, 2048) == pytest.approx(54.2, abs=0.05)


def test_amortised_cost_per_gpu_hour():
    # $70M of hardware for 2,048 GPUs over 4 years of 24/7 use ≈ $0.98 per GPU-hour (chapter 3).
    assert costs.amortised_cost_per_gpu_hour(70e6 / 2048, 4) == pytest.approx(0.975, abs=0.005)
    # Half the hours idle doubles the cost of each useful hour.
    assert costs.amortised_cost_per_gpu_hour(70e6 / 2048, 4, 0.5) == pytest.approx(1.95, abs=0.01)
    assert costs.amortised_cost_per_gpu_hour(0, 1, 1, 8760) == pytest.approx(1.0)


def test_ownership_cost():
    assert costs.ownership_cost(2048, 32_000, 4, 1, 4_720) == pytest.approx(2048 * 12_720)
    assert costs.ownership_cost(10, 1000, 2, years_held=0.5) == pytest.approx(2500)


# --- Bad input --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda: costs.training_flops(-1, 1e12), r"active_params=-1: expected a number of parameters ≥ 0"),
        (lambda: costs.training_flops(37e9, -5), r"tokens=-5: expected a number of tokens ≥ 0"),
        (lambda: costs.training_flops("many", 1), r"active_params='many': expected a number"),
        (lambda: costs.rental_cost(-10, 2), r"gpu_hours=-10: expected a number of GPU-hours ≥ 0"),
        (lambda: costs.rental_cost(10, -2), r"usd_per_gpu_hour=-2: expected a price"),
        (lambda: costs.rental_cost(float("nan"), 2), r"gpu_hours=nan: expected a finite number"),
        (lambda: costs.mfu(-1, 10, 1e12), r"flops=-1: expected a number of FLOP ≥ 0"),
        (lambda: costs.mfu(1e20, 0, 1e12), r"gpu_hours=0: expected a number of GPU-hours > 0"),
        (lambda: costs.mfu(1e20, 10, 0), r"peak_flop_per_s=0: expected a peak throughput"),
        (lambda: costs.gpu_hours_needed(1e20, 1e12, 0), r"utilisation=0: expected a utilisation in \(0, 1\]"),
        (
            lambda: costs.gpu_hours_needed(1e20, 1e12, 1.2),
            r"utilisation=1.2: expected a utilisation in \(0, 1\]",
        ),
        (lambda: costs.amortised_cost_per_gpu_hour(30_000, 4, -0.1), r"utilisation=-0.1"),
        (lambda: costs.amortised_cost_per_gpu_hour(-1, 4), r"capex_usd_per_gpu=-1: expected a price"),
        (
            lambda: costs.amortised_cost_per_gpu_hour(30_000, 0),
            r"amortisation_years=0: expected a number of years > 0",
        ),
        (lambda: costs.wall_clock_days(100, 0), r"num_gpus=0: expected a number of GPUs > 0"),
        (lambda: costs.cost_waterfall(1e6, 2, research_multiplier=-1), r"research_multiplier=-1"),
        (lambda: costs.cost_waterfall(1e6, 2, utilisation=0), r"utilisation=0"),
        (lambda: costs.cost_waterfall(1e6, 2, cluster_size=0), r"cluster_size=0"),
        (lambda: costs.cost_waterfall(1e6, 2, staff_multiplier=-0.5), r"staff_multiplier=-0.5"),
        (lambda: costs.cost_waterfall(-1e6, 2), r"gpu_hours=-1000000.0"),
    ],
)
def test_bad_input_names_the_argument(call, message):
    with pytest.raises(ValueError, match=message):
        call()


def test_unknown_gpu_lists_the_known_ones(specs):
    with pytest.raises(ValueError, match=r"gpu='A100', precision='bf16': not in gpu_specs.*H800 SXM"):
        costs.peak_flop_per_s(specs, "A100")


# --- The data -----------------------------------------------------------------------------------------


def test_v3_headline_and_stages_match_the_report(runs):
    v3 = costs.run_table(runs, "DeepSeek-V3")
    assert costs.model_gpu_hours(runs, "DeepSeek-V3") == 2_788_000
    assert costs.headline_cost(runs) == pytest.approx(5_576_000)
    assert costs.headline_cost(runs) == pytest.approx(v3["reported_cost_usd"].sum())
    # Every stage: GPU-hours × the assumed price = the reported cost.
    for _, row in costs.run_table(runs, "DeepSeek-R").iterrows():
        assert (
            costs.rental_cost(row["gpu_hours"], row["assumed_usd_per_gpu_hour"]) == row["reported_cost_usd"]
        )


def test_r1_gpu_count_512_fits_the_gpu_hours_and_648_does_not(runs):
    r1 = runs.set_index("run_id")
    for stage in ("r1_zero_rl", "r1_rl"):
        hours = r1.at[stage, "gpu_hours"]
        assert 512 * r1.at[stage, "wall_clock_hours"] == pytest.approx(hours, rel=0.01)
        assert 648 * r1.at[stage, "wall_clock_hours"] > hours * 1.2
    assert costs.model_gpu_hours(runs, "DeepSeek-R1") == 147_000
    assert costs.headline_cost(runs, "DeepSeek-R1") == 294_000


def test_h800_peak_equals_h100_peak(specs):
    for precision in ("bf16", "fp8"):
        assert costs.peak_flop_per_s(specs, "H800 SXM", precision) == costs.peak_flop_per_s(
            specs, "H100 SXM", precision
        )
    assert costs.peak_flop_per_s(specs, "H800 SXM", "bf16") == 989.4e12


def test_compute_summary(runs, specs):
    summary = costs.compute_summary(runs, specs)
    assert summary.at["v3_pretrain", "mfu_bf16_6nd"] == pytest.approx(0.346, abs=0.001)
    assert summary.at["v3_pretrain", "mfu_bf16_per_token"] == pytest.approx(0.390, abs=0.001)
    assert summary.at["llama31_405b", "flops_6nd"] == pytest.approx(3.8e25, rel=0.01)
    ratio = summary.at["llama31_405b", "gpu_hours"] / costs.model_gpu_hours(runs, "DeepSeek-V3")
    assert ratio == pytest.approx(11.06, abs=0.01)


def test_price_ratios(api):
    ratios = costs.price_ratios(api)
    assert ratios["input"] == pytest.approx(27.3, abs=0.05)
    assert ratios["output"] == pytest.approx(27.4, abs=0.05)
    assert ratios["input, cache hit"] == pytest.approx(53.6, abs=0.05)
    with pytest.raises(
        ValueError, match=r"model='Gemini': found 0 rows of api_prices in the table; expected exactly one"
    ):
        costs.price_ratios(api, "Gemini")


def test_estimate_range(estimates):
    assert costs.estimate_range(estimates, "fleet_server_capex") == (1.3e9, 1.6e9, 1.6e9)
    low, value, high = costs.estimate_range(estimates, "h100_unit_price")
    assert (low, high) == (25_000, 30_000) and value != value  # no central figure: NaN
    with pytest.raises(ValueError, match="estimate_id='nope'"):
        costs.estimate_range(estimates, "nope")


# --- The waterfall --------------------------------------------------------------------------------------


def _default_steps(runs, estimates, **changes):
    inputs = {**costs.waterfall_inputs(runs, estimates), **changes}
    return costs.cost_waterfall(inputs.pop("gpu_hours"), inputs.pop("usd_per_gpu_hour"), **inputs)


def test_waterfall_inputs_come_from_the_data(runs, estimates):
    inputs = costs.waterfall_inputs(runs, estimates)
    assert inputs["gpu_hours"] == 2_788_000 and inputs["usd_per_gpu_hour"] == 2
    assert inputs["r1_gpu_hours"] == 147_000 and inputs["cluster_size"] == 2048
    assert inputs["capex_usd_per_gpu"] == pytest.approx(32_000)
    assert inputs["opex_usd_per_gpu_year"] == pytest.approx(4_720)
    assert inputs["staff_multiplier"] == pytest.approx(0.29 / 0.67)


def test_waterfall_steps_by_hand(runs, estimates):
    steps = _default_steps(runs, estimates, research_multiplier=1.0, staff_multiplier=0.5)
    assert [s.status for s in steps] == ["sourced", "sourced", "assumption", "derived", "assumption"]
    assert steps[0].usd == 5_576_000 and steps[1].usd == 294_000
    assert steps[2].usd == pytest.approx(5_870_000)
    owned = 2048 * (32_000 / 4 + 4_720)
    assert steps[3].usd == pytest.approx(owned - 2 * 5_870_000)
    assert steps[4].usd == pytest.approx(0.5 * owned)
    assert costs.waterfall_total(steps) == pytest.approx(1.5 * owned)


def test_a_small_cluster_is_held_longer(runs, estimates):
    """If the work needs more than a year of the cluster, the owner pays for more than a year."""
    big = _default_steps(runs, estimates, cluster_size=2048, research_multiplier=0, staff_multiplier=0)
    small = _default_steps(runs, estimates, cluster_size=256, research_multiplier=0, staff_multiplier=0)
    years_small = 2_935_000 / (256 * 8760)
    assert costs.waterfall_total(small) == pytest.approx(256 * 12_720 * years_small)
    assert costs.waterfall_total(big) == pytest.approx(2048 * 12_720)


def test_step_rejects_unknown_status():
    with pytest.raises(ValueError, match="status='guess'"):
        costs.Step("x", 1.0, "guess", "")


# --- Figures and widgets --------------------------------------------------------------------------------


def test_figures_have_axis_labels(runs, specs, api, estimates):
    steps = _default_steps(runs, estimates)
    for _fig, ax in (
        costs.plot_waterfall(steps),
        costs.plot_headline_cost(runs, 2.0),
        costs.plot_api_prices(api),
        costs.plot_estimates(estimates, 5.576e6),
    ):
        assert ax.get_xlabel() or ax.get_ylabel()
    fig, axes = costs.plot_compute_comparison(costs.compute_summary(runs, specs))
    assert all(a.get_ylabel() for a in axes)


def test_price_frames(runs):
    frames = costs.price_frames(runs, prices=(2.0, 2.25))
    assert [label for label, _ in frames] == ["$2.00/h", "$2.25/h"]
    assert "below the dashed line" in frames[0][1] and "above the dashed line" in frames[1][1]
    assert len(costs.PRICE_GRID) <= 25


def test_cost_calculator_follows_its_controls(runs, estimates):
    calc = costs.CostCalculator(costs.waterfall_inputs(runs, estimates))
    assert calc.steps[0].usd == pytest.approx(5_576_000)
    calc.price.value = 3.0
    assert calc.steps[0].usd == pytest.approx(2_788_000 * 3.0)
    before = calc.total_usd
    calc.staff.value = calc.staff.value + 0.5
    assert calc.total_usd > before
    calc.cluster.value = 50_176
    assert calc.total_usd > 100 * calc.steps[0].usd
    assert "total" in calc.summary.value


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_cost_calculator_shows_the_figure_plot_waterfall_draws(runs, estimates, language):
    """Updated in place (bars, values and scale moved, not drawn anew), the live figure is the one
    plot_waterfall draws from scratch for the same steps: texts, alt text, scale, bars and lines."""
    calc = costs.CostCalculator(costs.waterfall_inputs(runs, estimates), language=language)
    changes = [
        ("price", 3.0),
        ("research", 0.0),
        ("cluster", 256),  # owning is cheaper than renting: a step below zero
        ("gpu_hours", 40.0),
        ("cluster", 60_000),  # a total hundreds of times the headline: a much larger scale
        ("staff", 2.0),
        ("utilisation", 0.05),
    ]
    for control, value in changes:
        getattr(calc, control).value = value
        fresh, _ = costs.plot_waterfall(calc.steps, language=language)
        assert figure_state(calc.figure) == figure_state(fresh), (control, value)
        assert f'alt="{html.escape(style.alt_text(fresh), quote=True)}"' in calc.output.value
        assert style.texts_outside(calc.figure) == [], (control, value)


def test_compute_calculator_follows_its_controls(specs):
    calc = costs.ComputeCalculator(specs, utilisation=0.35)
    assert calc.result["flops"] == pytest.approx(6 * 37e9 * 10e12)  # 10 T tokens, not V3's 14.8 T (an answer)
    hours_bf16 = calc.result["gpu_hours"]
    calc.precision.value = "fp8"
    assert calc.result["gpu_hours"] == pytest.approx(hours_bf16 / 2, rel=1e-3)  # 1,978.9 ≈ 2 × 989.4
    calc.num_gpus.value = 4096
    assert calc.result["days"] == pytest.approx(calc.result["gpu_hours"] / 4096 / 24)


def test_floor_utilisation_is_where_the_waterfall_stops_depending_on_utilisation(runs, estimates):
    inputs = costs.waterfall_inputs(runs, estimates)
    args = {k: inputs[k] for k in ("r1_gpu_hours", "research_multiplier", "cluster_size")}
    floor_at = costs.floor_utilisation(inputs["gpu_hours"], **args)
    # By hand: (2,788,000 + R1's GPU-hours) × (1 + 1) ÷ (2,048 GPUs × 8,760 h × 1 year).
    assert floor_at == pytest.approx((inputs["gpu_hours"] + inputs["r1_gpu_hours"]) * 2 / (2048 * 8760))
    assert 0.3 < floor_at < 0.35

    def total(u):
        rest = {k: v for k, v in inputs.items() if k not in ("gpu_hours", "usd_per_gpu_hour", "utilisation")}
        return costs.waterfall_total(
            costs.cost_waterfall(inputs["gpu_hours"], inputs["usd_per_gpu_hour"], utilisation=u, **rest)
        )

    at_floor = total(floor_at)
    assert total(1.0) == pytest.approx(at_floor) and total(floor_at + 0.01) == pytest.approx(at_floor)
    assert total(floor_at - 0.01) > at_floor * 1.001  # below it, utilisation counts
    assert costs.floor_utilisation(inputs["gpu_hours"], **dict(args, cluster_size=256)) > 1  # never reached


def test_utilisation_note():
    assert costs.utilisation_note(0.3, 0.33, 37.3e6) == ""
    note = costs.utilisation_note(0.5, 0.33, 37.3e6)
    assert "0.33" in note and "$37.3M" in note and "1 year" in note
    with pytest.raises(ValueError, match="utilisation"):
        costs.utilisation_note(1.5, 0.33, 37.3e6)


def test_cost_calculator_says_when_utilisation_changes_nothing(runs, estimates):
    calc = costs.CostCalculator(costs.waterfall_inputs(runs, estimates))
    note = calc.utilisation_note
    assert calc.utilisation.value == 1.0 and "No effect now" in note.value and note.layout.display != "none"
    assert f"${calc.total_usd / 1e6:,.1f}M" in note.value
    calc.utilisation.value = 0.5
    assert "No effect now" in note.value
    calc.utilisation.value = 0.3  # below the floor: utilisation counts
    assert note.value == "" and note.layout.display == "none"
    calc.cluster.value = 256  # a smaller cluster: the floor is out of reach
    calc.utilisation.value = 1.0
    assert note.value == ""


def test_same_peak_gpus(specs):
    assert costs.same_peak_gpus(specs, "H800 SXM") == ["H100 SXM"]
    assert costs.same_peak_gpus(specs, "H100 SXM", "fp8") == ["H800 SXM"]
    other = specs.copy()
    other.loc[other["gpu"] == "H800 SXM", "dense_tflop_per_s"] *= 0.5
    assert costs.same_peak_gpus(other, "H800 SXM") == [] and costs.same_peak_note(other, "H800 SXM") == ""
    note = costs.same_peak_note(specs, "H800 SXM")
    assert "H100 SXM" in note and "989.4 TFLOP/s" in note and "changes nothing" in note


def test_compute_calculator_names_the_gpu_and_says_the_choice_changes_nothing(specs):
    calc = costs.ComputeCalculator(specs)
    hours = calc.result["gpu_hours"]
    assert "H800 SXM GPU-hours" in calc.output.value and "H100 SXM" in calc.gpu_note.value
    calc.gpu.value = "H100 SXM"
    assert calc.result["gpu_hours"] == hours
    assert "H100 SXM GPU-hours" in calc.output.value and "H800 SXM" in calc.gpu_note.value
    assert calc.gpu_note.layout.display != "none"


# --- Verdicts ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "ratios, expected",
    [
        ([20.5, 19.8], "accurate"),
        ([18, 23], "approximately right"),
        ([11, 12], "wrong"),
        ([30, 40], "wrong"),
        ([11, 27], "unverifiable"),
    ],
)
def test_ratio_verdict(ratios, expected):
    assert costs.ratio_verdict(ratios, 20) == expected


def test_cost_claim_verdicts(runs, api, estimates):
    checks = costs.check_cost_claims(runs, api, estimates).set_index("claim_id")
    assert checks.at["under_six_million", "verdict"] == "misleading"
    assert checks.at["twenty_times", "verdict"] == "unverifiable"
    assert checks.at["five_and_half_million", "verdict"] == "approximately right"


def test_verdicts_follow_the_data(runs, api, estimates):
    # If the full cost were below $6M too, "moins de 6 millions" would be accurate.
    checks = costs.check_cost_claims(runs, api, estimates, full_cost_usd=5.9e6).set_index("claim_id")
    assert checks.at["under_six_million", "verdict"] == "accurate"
    # At $2.20 per GPU-hour the headline passes $6M: the claim becomes wrong, and 5.5M too.
    dearer = runs.copy()
    dearer["assumed_usd_per_gpu_hour"] = 2.2
    checks = costs.check_cost_claims(dearer, api, estimates).set_index("claim_id")
    assert checks.at["under_six_million", "verdict"] == "wrong"
    assert checks.at["five_and_half_million", "verdict"] == "wrong"
    # If Llama had used 20x V3's compute and o1 cost 20x R1, "20 fois plus" would hold.
    bigger = runs.copy()
    bigger.loc[bigger["run_id"] == "llama31_405b", ["gpu_hours", "reported_flop"]] = [
        20 * 2_788_000,
        20 * 3.2856e24,
    ]
    cheaper = api.copy()
    cheaper.loc[cheaper["model"] == "OpenAI o1", ["input_usd_per_mtok", "output_usd_per_mtok"]] = [11.0, 43.8]
    checks = costs.check_cost_claims(bigger, cheaper, estimates).set_index("claim_id")
    assert checks.at["twenty_times", "verdict"] == "accurate"


def test_rd_not_counted_reads_the_source_notes(runs):
    assert costs.check_rd_not_counted(runs).verdict == "accurate"
    silent = runs.copy()
    silent["source_note"] = ""
    assert costs.check_rd_not_counted(silent).verdict == "unverifiable"


# --- Two readings of the capex, every setting listed, one change at a time -----------------------------


def test_capex_readings_give_32k_and_28k_per_gpu(runs, estimates):
    per_gpu = {
        reading: costs.waterfall_inputs(runs, estimates, estimate_id)["capex_usd_per_gpu"]
        for reading, estimate_id in costs.CAPEX_READINGS.items()
    }
    assert sorted(per_gpu.values()) == pytest.approx([28_000, 32_000])
    with pytest.raises(ValueError, match="capex_estimate='fleet_gpus': expected one of"):
        costs.waterfall_inputs(runs, estimates, "fleet_gpus")


def test_waterfall_range_brackets_the_default_total(runs, estimates):
    totals = costs.waterfall_range(runs, estimates)
    default = costs.waterfall_total(_default_steps(runs, estimates))
    assert max(totals.values()) == pytest.approx(default)
    assert min(totals.values()) < default
    # the Hopper-only reading saves 2,048 × $4,000 a year of amortised capex ÷ 4 years, nothing else
    assert default - min(totals.values()) == pytest.approx(2048 * 4_000 / 4 * (1 + 0.29 / 0.67))
    fleet = costs.waterfall_range(runs, estimates, cluster_size=50_000)
    assert min(fleet.values()) > max(totals.values())


def test_waterfall_settings_list_every_argument_of_the_waterfall(runs, estimates):
    table = costs.waterfall_settings(costs.waterfall_inputs(runs, estimates))
    arguments = set(inspect.signature(costs.cost_waterfall).parameters)
    assert arguments <= set(table["setting"])
    assert set(table["setting"]) - arguments == {"years_held"}
    assert set(table["status"]) == {"sourced", "derived", "assumption"}
    assert table["where it comes from"].str.len().min() > 10
    with pytest.raises(ValueError, match=r"inputs: missing \['utilisation'\]"):
        costs.waterfall_settings(
            {k: v for k, v in costs.waterfall_inputs(runs, estimates).items() if k != "utilisation"}
        )


def test_sensitivity_changes_one_setting_at_a_time(runs, estimates):
    inputs = costs.waterfall_inputs(runs, estimates)
    table = costs.waterfall_sensitivity(inputs, {"staff_multiplier": 1.0, "cluster_size": 10_000})
    assert list(table["setting"]) == ["cluster_size", "staff_multiplier"]  # largest move first
    base = costs.waterfall_total(_default_steps(runs, estimates))
    alone = costs.waterfall_total(_default_steps(runs, estimates, staff_multiplier=1.0))
    assert table.set_index("setting").at["staff_multiplier", "change_usd"] == pytest.approx(alone - base)
    with pytest.raises(ValueError, match=r"changes: unknown settings \['gpus'\]"):
        costs.waterfall_sensitivity(inputs, {"gpus": 3})


def test_flop_ratio_split_multiplies_to_the_compute_ratio(runs, api):
    split = costs.flop_ratio_split(runs)
    assert split["active parameters"] == pytest.approx(405 / 37)
    assert split["tokens"] == pytest.approx(15.6 / 14.8)
    assert split["active parameters"] * split["tokens"] * split["reported ÷ 6·N·D"] == pytest.approx(
        split["total"]
    )
    ratios = costs.compute_and_price_ratios(runs, api)
    assert split["total"] == pytest.approx(ratios["training FLOP, Llama 3.1 405B / V3"])


# --- The French edition -----------------------------------------------------------------------------------


def _alt(html: str) -> str:
    """The alt text of the one image in ``html`` (a widget's figure)."""
    (alt,) = re.findall(r'alt="([^"]*)"', html)
    return alt


def test_the_french_cost_calculator_shows_no_english(runs, estimates):
    calc = costs.CostCalculator(costs.waterfall_inputs(runs, estimates), language="fr")
    assert calc.gpu_hours.description == "Heures-GPU, cycle final (millions)"
    for control, value in [
        ("price", 3.0),
        ("research", 2.5),
        ("staff", 0.8),
        ("years", 6.0),
        ("utilisation", 0.5),  # above the floor: the note shows
        ("cluster", 50_176),
        ("utilisation", 0.3),
    ]:
        getattr(calc, control).value = value
        texts = french.widget_texts(calc.widget) + [_alt(calc.output.value)]
        assert french.english_words(*texts) == [], (control, value, texts)
    calc.price.value, calc.cluster.value, calc.utilisation.value = 2.0, 2048, 1.0
    assert "Sans effet pour l'instant" in calc.utilisation_note.value
    assert f"{costs.i18n.format_number(calc.total_usd / 1e6, 1, 'fr')} M$" in calc.utilisation_note.value
    assert "Chiffre affiché <b>5,58 M$</b>" in calc.summary.value  # the headline, the French way


def test_the_french_compute_calculator_shows_no_english(specs):
    calc = costs.ComputeCalculator(specs, language="fr")
    assert (
        "Heures-GPU de H800 SXM" in calc.output.value and "Le H800 SXM et le H100 SXM" in calc.gpu_note.value
    )
    for control, value in [("precision", "fp8"), ("gpu", "H100 SXM"), ("num_gpus", 4096), ("params", 100.0)]:
        getattr(calc, control).value = value
        assert french.english_words(*french.widget_texts(calc.widget)) == [], (control, value)
    assert "4\u202f096" in calc.output.value and "e+" in calc.output.value  # 6·N·D in FLOP, 3 figures


def test_the_calculators_speak_the_kernels_language(runs, specs, estimates):
    with french.kernel_language("fr"):
        boxes = [
            costs.cost_calculator(costs.waterfall_inputs(runs, estimates)),
            costs.compute_calculator(specs, usd_per_gpu_hour=2.0),
            costs.price_slider(runs),
        ]
    for box in boxes:
        assert french.english_words(*french.widget_texts(box)) == []
    slider = boxes[2].children[0]
    assert slider.value == "2,00 $/h" and slider.description.startswith("Prix de location")
    english = costs.price_slider(runs, language="en").children[0]
    assert english.value == "$2.00/h" and "works without Python" in english.description


def test_the_french_sentences_and_tables(runs, specs, api, estimates):
    frames = costs.price_frames(runs, prices=(2.0, 2.25), language="fr")
    assert [label for label, _ in frames] == ["2,00 $/h", "2,25 $/h"]
    assert "sous la ligne pointillée" in frames[0][1] and "au-dessus de la ligne" in frames[1][1]
    checks = costs.check_cost_claims(runs, api, estimates, language="fr")
    assert french.english_words(*checks["finding"]) == []
    assert "5,576 M$" in checks.set_index("claim_id").at["five_and_half_million", "finding"]
    assert list(checks["verdict"]) == list(costs.check_cost_claims(runs, api, estimates)["verdict"])
    evidence = costs.check_rd_not_counted(runs, language="fr")
    method = evidence.method.replace("training_runs.csv", "")  # a file's name is not English prose
    assert french.english_words(evidence.finding, method) == [] and "2,788" in evidence.finding
    note = costs.utilisation_note(0.5, 0.33, 37.3e6, language="fr")
    assert "0,33" in note and "37,3 M$" in note and "1 an" in note
    assert "989,4 TFLOP/s" in costs.same_peak_note(specs, "H800 SXM", language="fr")


def test_the_prose_amounts_in_each_language():
    assert costs.million_dollars(5_576_000, language="en") == "$5.576 million"
    assert costs.million_dollars(5_576_000, language="fr") == "5,576 millions de dollars"
    assert costs.billion_dollars(1.6e9, language="en") == "$1.6 billion"
    assert costs.billion_dollars(1.6e9, language="fr") == "1,6 milliard de dollars"  # singular under two
    assert costs.billion_dollars(2.1e9, language="fr") == "2,1 milliards de dollars"
    assert costs.dollars_range(1.34, 1.45, language="fr") == "1,34–1,45 $"
    assert costs.million_dollars_range(34e6, 37e6, language="en") == "$34–37 million"
    assert costs.thousand_dollars(294_000, language="fr") == "294 k$"
    assert costs.in_words(14.8e12, "trillion", ".1f", language="en") == "14.8 trillion"
    assert costs.in_words(14.8e12, "trillion", ".1f", language="fr") == "14\u202f800 milliards"
    assert costs.power_of_ten(3.8e25, 1, language="fr") == "3,8 × 10²⁵"
    assert costs.number(2048, ",", language="fr") == "2\u202f048"
    assert (
        costs.low_end_dollars(51, language="en") == "$51" and costs.low_end_dollars(51, language="fr") == "51"
    )
    with french.kernel_language("fr"):
        assert costs.dollars(2) == "2,00 $"  # the kernel's language by default


def test_every_setting_has_its_words():
    assert set(costs._SETTING_WORDS) == set(costs.WATERFALL_SETTINGS)
    assert costs.setting_name("cluster_size", language="en") == "cluster size"
    assert costs.settings_in_words(["cluster_size", "utilisation"], language="fr") == (
        "taille de la grappe et utilisation"
    )
    assert costs.settings_in_words([], language="fr") == "aucun d'eux"
    with pytest.raises(ValueError, match="setting='gpus'"):
        costs.setting_name("gpus")


def test_the_waterfall_settings_in_french(runs, estimates):
    inputs = costs.waterfall_inputs(runs, estimates)
    table = costs.waterfall_settings(inputs, language="fr")
    assert list(table.columns) == ["réglage", "valeur", "unité", "statut", "d'où il vient"]
    assert list(table["réglage"]) == list(costs.waterfall_settings(inputs, language="en")["setting"])
    words = [
        str(v).replace("training_runs.csv", "").replace("cost_estimates.csv", "")
        for v in table.iloc[:, 2:].to_numpy().ravel()
    ]
    assert french.english_words(*words) == []


def test_the_ratio_table_in_each_language(runs, api):
    ratios = costs.compute_and_price_ratios(runs, api)
    english = costs.ratio_table(ratios, language="en")
    assert english.equals(pd.Series(ratios, name="times more").round(1).to_frame())
    french_table = costs.ratio_table(ratios, language="fr")
    assert (
        list(french_table.columns) == ["fois plus"]
        and "heures-GPU, Llama 3.1 405B / V3" in french_table.index
    )
    assert french.english_words(*french_table.index) == []


def test_the_printed_lines_read_as_the_f_strings_in_english_and_in_french_in_french():
    assert costs.line("total", hours=2788000.0, price=2.0, usd=5576000.0, language="en") == (
        "Total: 2,788,000 GPU-hours × $2.00 = $5,576,000"
    )
    french_line = costs.line("total", hours=2788000.0, price=2.0, usd=5576000.0, language="fr")
    assert french_line == "Total : 2\u202f788\u202f000 heures-GPU × 2,00\u00a0$ = 5\u202f576\u202f000\u00a0$"
    assert costs.line("as_trained", hours_m=2.66, usd_m=5.3, language="en") == (
        f"{'as trained':<22} {2.66:6.2f}M GPU-hours   ${5.3:6.1f}M"
    )
    with pytest.raises(ValueError, match=r"name='nope': expected one of total"):
        costs.line("nope")
    samples = {
        "precision": "bf16",
        "stage": "x",
        "label": "x",
        "status": "x",
        **{f: 1.5 for t in costs.LINES.values() for f in re.findall(r"\{(\w+)", t)},
    }
    for name, template in costs.LINES.items():
        values = {f: samples[f] for f in re.findall(r"\{(\w+)", template)}
        assert french.english_words(costs.line(name, language="fr", **values)) == [], name


def test_stage_costs_and_step_lines_in_each_language(runs):
    v3 = costs.run_table(runs, "DeepSeek-V3")
    english = costs.stage_costs(v3, 2.0, language="en")
    assert list(english.columns) == ["stage", "gpu_hours", "usd"]
    assert english["usd"].sum() == pytest.approx(2.0 * v3["gpu_hours"].sum())
    shown = costs.stage_costs(v3, 2.0, language="fr")
    assert list(shown.columns) == ["étape", "heures-GPU", "USD"]
    assert list(shown["étape"]) == list(v3["stage_fr"])
    step = costs.Step("Staff", 127.2e6, "assumption", "")
    assert costs.step_line(step, language="en") == f"{'Staff':<36} {127.2:>8.1f} M$  (assumption)"
    assert costs.step_line(step, language="fr").split() == ["Personnel", "127,2", "M$", "(hypothèse)"]
