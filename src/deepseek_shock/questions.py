"""The course's graded questions: one block per assignment (``exercises/<chapter>.ipynb``).

Each question is registered with :func:`deepseek_shock.check.register` under an id that doubles as the
nbgrader ``grade_id``. Its expected value is *computed* from the library and ``data/`` when a check runs,
so a corrected data file corrects the key too; nothing here is a typed-in answer. The feedback engine
that judges answers is :mod:`deepseek_shock.check`; this module only says what each question asks.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from . import claims, costs, distill, market
from . import export_controls as ec
from . import timeline as tl
from .check import Question, register
from .data import load, one_row
from .verdicts import VERDICTS, number_verdict

__all__ = ["EXAMPLE_LOGITS"]


def _data(name: str) -> pd.DataFrame:
    return load(name)


def _close_on(ticker: str, date: str) -> float:
    return market.close_on(_data("prices"), ticker, date)


def _timeline_questions() -> None:
    def gap(first: str, second: str) -> int:
        events = _data("events")
        return tl.days_between(tl.event_date(events, first), tl.event_date(events, second))

    weekdays = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    register(Question(
        "tl-single-source", lambda: int((_data("events")["confidence"] == "1").sum()),
        kind="integer", unit="events",
        hint="count the rows whose confidence column equals the text '1' (a string, not the number)."))
    register(Question(
        "tl-rule-to-r1", lambda: gap("rule_2022_10", "r1_release"), kind="integer", unit="days",
        hint="look both events up with timeline.event_date and subtract with timeline.days_between "
             "(earlier first)."))
    register(Question(
        "tl-stargate-weekday", lambda: tl.weekday(tl.event_date(_data("events"), "stargate")),
        kind="choice", choices=weekdays,
        hint="timeline.weekday gives the name of the day of any date."))
    register(Question(
        "tl-reported-verdict",
        lambda: tl.timing_verdict(gap("r1_release", "app_store_reported"), 2, 4),
        kind="choice", choices=VERDICTS,
        hint="measure the gap from R1's release to the news reports, then grade it with "
             "timeline.timing_verdict(gap, 2, 4)."))
    register(Question(
        "tl-regulation-widget",
        lambda: len(tl.select(_data("events"), ["regulation"], "2025-01-01", "2025-02-28")),
        kind="integer", unit="events",
        hint="in the widget, keep only 'Regulation & bans' and set the months to Jan 2025 – Feb 2025; "
             "the count is printed beside the categories."))
    register(Question(
        "tl-nvidia-fall",
        lambda: (_close_on("NVDA", "2025-01-27") - _close_on("NVDA", "2025-01-06"))
        / _close_on("NVDA", "2025-01-06"),
        unit="a fraction: -0.1 for a 10 % fall", rel_tol=1e-3,
        hint="(after − before) / before, with the closes of 6 and 27 January 2025 from prices."))


def _market_questions() -> None:
    def close(date: str) -> float:
        return _close_on("NVDA", date)

    def one_day() -> float:
        return market.pct_change(close("2025-01-24"), close("2025-01-27"))

    def vendor_shares() -> float:
        shares = _data("shares")
        rows = shares[(shares["ticker"] == "NVDA") & (shares["kind"] == "vendor_figure")]
        if len(rows) != 1:
            raise ValueError(f"shares: expected one NVDA vendor_figure row, found {len(rows)}")
        return float(rows["shares"].iloc[0])

    def index_change(index: str) -> float:
        levels = _data("index_levels").set_index(["index", "date"])["level_points"]
        return market.pct_change(levels[(index, pd.Timestamp("2025-01-24"))],
                                   levels[(index, pd.Timestamp("2025-01-27"))])

    def back_above():
        found = market.first_close_at_or_above(_data("prices"), "NVDA", close("2025-01-24"), "2025-01-27")
        if found is None:
            raise ValueError("prices: no NVDA close at or above the 24 January close after 27 January")
        return found[0]

    register(Question(
        "mk-one-day", one_day, unit="a fraction: -0.1 for a 10 % fall", rel_tol=5e-3,
        hint="market.pct_change(before, after) with the closes of 24 and 27 January 2025, before first."))
    register(Question(
        "mk-recovery", lambda: market.recovery_needed(-one_day()), unit="a positive fraction",
        rel_tol=5e-3,
        hint="market.recovery_needed takes the size of the loss as a positive fraction: "
             "-pct_change(...)."))
    register(Question(
        "mk-cap-loss",
        lambda: market.value_lost(close("2025-01-24"), close("2025-01-27"), vendor_shares()),
        unit="USD", rel_tol=5e-3,
        hint="market_cap(price before, shares) − market_cap(price after, shares), with the share count "
             "of the vendor_figure row, in plain dollars."))
    register(Question(
        "mk-back-above", back_above, kind="date",
        hint="keep the NVDA closes after 27 January that are ≥ the 24 January close, and take the "
             "earliest date."))
    register(Question(
        # The fall whose recovery needs a gain of 50 %: 1/(1 − x) − 1 = 0.5, so x = 1 − 1/1.5.
        "mk-widget-half", lambda: 100 * (1 - 1 / (1 + 0.5)), unit="percent (as the slider shows it)",
        percent=True, rel_tol=5e-3,
        hint="move the fall slider until the gain needed reads 50.0 %, and give the fall in % as the "
             "slider shows it."))
    register(Question(
        "mk-sp500", lambda: index_change("S&P 500"), unit="a fraction: -0.1 for a 10 % fall",
        rel_tol=5e-3, hint="market.pct_change with the S&P 500 levels of 24 and 27 January 2025."))


def _run(run_id: str) -> pd.Series:
    return one_row(_data("training_runs"), "run_id", run_id, what="training runs")


def _costs_questions() -> None:
    def v3_flops() -> float:
        row = _run("v3_pretrain")
        return costs.training_flops(row["params_active"], row["tokens"])

    def h800_peak() -> float:
        return costs.peak_flop_per_s(_data("gpu_specs"), "H800 SXM", "bf16")

    register(Question(
        "tc-v3-flops", v3_flops, unit="FLOP", rel_tol=5e-3,
        hint="6 × active parameters × training tokens, from the v3_pretrain row (costs.training_flops)."))
    register(Question(
        "tc-v3-rent",
        lambda: costs.rental_cost(costs.model_gpu_hours(_data("training_runs"), "DeepSeek-V3"),
                                    float(_run("v3_pretrain")["assumed_usd_per_gpu_hour"])),
        unit="USD", rel_tol=5e-3,
        hint="add the GPU-hours of every DeepSeek-V3 stage, then multiply by the report's assumed price "
             "(costs.rental_cost)."))
    register(Question(
        "tc-v3-mfu",
        lambda: costs.mfu(v3_flops(), float(_run("v3_pretrain")["gpu_hours"]), h800_peak()),
        unit="a fraction between 0 and 1", rel_tol=5e-3,
        hint="costs.mfu(flops, gpu_hours, peak_flop_per_s): the peak in FLOP per second, the GPU-hours "
             "of pre-training only."))
    register(Question(
        "tc-llama-ratio",
        lambda: costs.model_gpu_hours(_data("training_runs"), "Llama 3.1 405B")
        / costs.model_gpu_hours(_data("training_runs"), "DeepSeek-V3"),
        unit="a ratio (times)", rel_tol=5e-3,
        hint="Llama's GPU-hours divided by the GPU-hours of all three DeepSeek-V3 stages."))
    register(Question(
        "tc-widget-days",
        lambda: costs.wall_clock_days(costs.gpu_hours_needed(v3_flops(), h800_peak(), 0.40),
                                        float(_run("v3_pretrain")["num_gpus"])),
        unit="days", rel_tol=1e-3, abs_tol=0.051,
        hint="set the calculator's utilisation to 0.40 and its GPUs to the v3_pretrain row's num_gpus, "
             "with the H800 SXM and its BF16 peak, then read the wall-clock line."))


#: Small inputs for the distillation assignment: logits of a teacher and a student for three images of
#: handwritten digits (ten classes, 0–9), and the true digit of each. Inputs, not answers: the notebook
#: prints them.
EXAMPLE_LOGITS = {
    "teacher": ((-1.0, 0.5, 1.0, 2.0, -0.5, 0.0, -2.0, 6.0, 0.5, 2.5),
                (0.0, -1.0, 1.5, 5.0, -1.5, 3.5, -1.0, 0.5, 2.0, 1.0),
                (1.0, -2.0, 0.5, 0.0, 2.0, 0.5, 5.5, -1.0, 1.5, 0.0)),
    "student": ((0.0, 0.5, 0.5, 1.0, 0.0, 0.0, -0.5, 2.0, 0.5, 1.0),
                (0.5, 0.0, 1.0, 1.5, 0.0, 1.5, 0.0, 0.5, 1.0, 0.5),
                (0.5, -0.5, 0.5, 0.0, 1.0, 0.5, 1.0, 0.0, 0.5, 0.0)),
    "labels": (7, 3, 6),
}


def _distill_questions() -> None:
    teacher = np.array(EXAMPLE_LOGITS["teacher"])
    student = np.array(EXAMPLE_LOGITS["student"])
    labels = np.array(EXAMPLE_LOGITS["labels"])

    register(Question(
        "ds-top-t1", lambda: float(distill.softmax(teacher[0], 1.0).max()),
        unit="a probability between 0 and 1", rel_tol=5e-3,
        hint="distill.softmax(teacher_logits[0], temperature=1.0), then its largest value."))
    register(Question(
        "ds-top-t4", lambda: float(distill.softmax(teacher[0], 4.0).max()),
        unit="a probability between 0 and 1", rel_tol=5e-3,
        hint="the same, with temperature=4.0."))
    register(Question(
        "ds-kl",
        lambda: float(distill.kl_divergence(distill.softmax(teacher[0], 4.0),
                                              distill.softmax(student[0], 4.0))),
        unit="nats", rel_tol=5e-3,
        hint="KL(p ‖ q) with p the teacher's and q the student's softened probabilities, in that order."))
    register(Question(
        "ds-loss",
        lambda: distill.distillation_loss(student, teacher, labels, distill.DEFAULT_TEMPERATURE,
                                            distill.DEFAULT_ALPHA),
        unit="nats", rel_tol=5e-3,
        hint="distill.distillation_loss(student_logits, teacher_logits, labels, temperature, alpha), "
             "student first, with the chapter's default temperature and alpha."))
    register(Question(
        "ds-loss-hard",
        lambda: distill.distillation_loss(student, teacher, labels, distill.DEFAULT_TEMPERATURE, 0.0),
        unit="nats", rel_tol=5e-3,
        hint="the same call with alpha=0: only the hard labels count."))
    register(Question(
        "ds-widget-entropy", lambda: float(distill.entropy(distill.softmax(teacher[0], 10.0))),
        unit="nats", rel_tol=1e-3, abs_tol=0.0051,
        hint="set the slider to T = 10.00 and read the entropy it prints (two decimals are enough)."))


def _export_controls_questions() -> None:
    def chip(name: str) -> pd.Series:
        return one_row(_data("chips"), "name", name, what="chips")

    def tpp_of(name: str) -> float:
        return ec.tpp(chip(name)["dense_tops"], chip(name)["bit_length"])

    def classify(name: str, rule: str):
        return ec.classify_chip(chip(name), rule)

    def newly_controlled() -> int:
        table = ec.chip_table(_data("chips"))
        return int(((table["eccn_2022"] == "none")
                    & ~table["eccn_2023"].isin(["none", "undetermined"])).sum())

    eccns = tuple(e or "none" for e in ec.ECCNS)
    register(Question(
        "ec-mi300x-tpp", lambda: tpp_of("MI300X"), unit="TPP (TOPS × bits)", rel_tol=1e-3,
        hint="export_controls.tpp(dense_tops, bit_length) with the MI300X's row of chips: its operations "
             "are 16-bit."))
    register(Question(
        "ec-l4-density", lambda: ec.performance_density(tpp_of("L4"), chip("L4")["die_area_mm2"]),
        unit="TPP per mm²", rel_tol=2e-3,
        hint="the L4's TPP divided by its die_area_mm2 (export_controls.performance_density)."))
    register(Question(
        "ec-h800-2022", lambda: classify("H800 SXM", "2022-10").controlled, kind="bool",
        hint="export_controls.classify(tpp, io_gb_s=…, rule='2022-10'): the 2022 rule has two tests."))
    register(Question(
        "ec-h800-2023",
        lambda: classify("H800 SXM", "2023-10").eccn or "none", kind="choice", choices=eccns,
        hint="export_controls.classify(tpp, die_area_mm2=…, rule='2023-10').eccn; write 'none' when "
             "it is None."))
    register(Question(
        "ec-newly-controlled", newly_controlled, kind="integer", unit="chips",
        hint="export_controls.chip_table(chips) has eccn_2022 and eccn_2023: count the chips that are "
             "'none' in 2022 and have an ECCN in 2023 ('undetermined' is not an ECCN)."))
    register(Question(
        "ec-widget-bound", lambda: ec.largest_uncontrolled_tpp(814.0), unit="TPP", rel_tol=0.03,
        hint="with bit length 8, a die of 814 mm², a datacenter design and the 2023 rule, raise the TOPS "
             "until the status changes; the TPP just before is close enough."))


def _claims_questions() -> None:
    def headline() -> float:
        return costs.headline_cost(_data("training_runs"), "DeepSeek-V3")

    def ledger_row(claim_id: str) -> pd.Series:
        return one_row(claims.ledger(), "claim_id", claim_id, what="claims")

    def changed_if_close(close_usd: float) -> int:
        c = claims
        prices = _data("prices")
        prices.loc[(prices["ticker"] == "NVDA") & (prices["date"] == pd.Timestamp("2025-01-27")),
                   "close_usd"] = close_usd
        before, after = c.ledger(), c.ledger(c.Data({"prices": prices}))
        return int((before["verdict"] != after["verdict"]).sum())

    def stargate_strict() -> str:
        events = _data("events")
        gap = tl.days_between(tl.event_date(events, "inauguration"), tl.event_date(events, "stargate"))
        return tl.timing_verdict(gap, 0, 0, slack_days=0)

    register(Question(
        "cl-five-and-half", lambda: number_verdict(headline(), 5.5e6), kind="choice",
        choices=VERDICTS,
        hint="claims.number_verdict(actual, claimed): actual is V3's headline cost "
             "(costs.headline_cost), claimed the 5.5 million dollars said on air, both in USD."))
    register(Question(
        "cl-distance", lambda: abs(headline() - 5.5e6) / 5.5e6, unit="a fraction (0.01 for 1 %)",
        rel_tol=5e-3, hint="|actual − claimed| / |claimed|, both in US dollars."))
    register(Question(
        "cl-stargate-strict", stargate_strict, kind="choice", choices=VERDICTS,
        hint="timeline.timing_verdict(gap, 0, 0, slack_days=0) with the gap from the inauguration to "
             "Stargate."))
    register(Question(
        "cl-share-accurate",
        lambda: float((claims.ledger()["verdict"] == "accurate").mean()),
        unit="a fraction between 0 and 1", rel_tol=5e-3,
        hint="the share of rows of claims.ledger() whose verdict is 'accurate' (a mean of True/False)."))
    register(Question(
        "cl-browser-verdict", lambda: ledger_row("twenty_times")["verdict"], kind="choice",
        choices=VERDICTS, hint="pick the claim said at 01:56 in the browser and read its verdict."))
    register(Question(
        "cl-what-if", lambda: changed_if_close(130.0), kind="integer", unit="claims",
        hint="copy prices, set Nvidia's 27 January close to 130.00, run claims.ledger(claims.Data("
             "{'prices': prices})) and count the verdicts that differ from the real ledger's."))


_timeline_questions()
_market_questions()
_costs_questions()
_distill_questions()
_export_controls_questions()
_claims_questions()
