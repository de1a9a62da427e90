"""The course's graded questions: one block per assignment (``exercises/<chapter>.ipynb``), and one block
per chapter for the exercises at the end of each chapter (ids ``ch1-…`` to ``ch6-…``).

Each question is registered with :func:`deepseek_shock.check.register` under an id that doubles as the
nbgrader ``grade_id``. Its expected value is *computed* from the library and ``data/`` when a check runs,
so a corrected data file corrects the key too; nothing here is a typed-in answer. The feedback engine
that judges answers is :mod:`deepseek_shock.check`; this module only says what each question asks.

:data:`EXERCISES` maps each chapter exercise (its sphinx-exercise ``:label:``) to the answers its student
edition asks for: the variable the student fills in, the question that checks it, and what to give.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np
import pandas as pd

from . import claims, costs, distill, market
from . import export_controls as ec
from . import timeline as tl
from .check import Question, register
from .data import load, one_row
from .verdicts import VERDICTS, number_verdict

__all__ = ["EXAMPLE_LOGITS", "EXERCISES", "ExerciseAnswer"]


def _data(name: str) -> pd.DataFrame:
    return load(name)


def _close_on(ticker: str, date: str) -> float:
    return market.close_on(_data("prices"), ticker, date)


def _timeline_questions() -> None:
    def gap(first: str, second: str) -> int:
        events = _data("events")
        return tl.days_between(tl.event_date(events, first), tl.event_date(events, second))

    register(
        Question(
            "tl-single-source",
            lambda: int((_data("events")["confidence"] == "1").sum()),
            kind="integer",
            unit="events",
            hint="count the rows whose confidence column equals the text '1' (a string, not the number).",
        )
    )
    register(
        Question(
            "tl-rule-to-r1",
            lambda: gap("rule_2022_10", "r1_release"),
            kind="integer",
            unit="days",
            hint="look both events up with timeline.event_date and subtract with timeline.days_between "
            "(earlier first).",
        )
    )
    register(
        Question(
            "tl-stargate-weekday",
            lambda: tl.weekday(tl.event_date(_data("events"), "stargate"), language="en"),
            kind="choice",
            choices=tl.WEEKDAYS,
            hint="timeline.weekday gives the name of the day of any date.",
        )
    )
    register(
        Question(
            "tl-reported-verdict",
            lambda: tl.timing_verdict(gap("r1_release", "app_store_reported"), 2, 4),
            kind="choice",
            choices=VERDICTS,
            hint="measure the gap from R1's release to the news reports, then grade it with "
            "timeline.timing_verdict(gap, 2, 4).",
        )
    )
    register(
        Question(
            "tl-regulation-widget",
            lambda: len(tl.select(_data("events"), ["regulation"], "2025-01-01", "2025-02-28")),
            kind="integer",
            unit="events",
            hint="in the widget, keep only 'Regulation & bans' and set the months to Jan 2025 – Feb 2025; "
            "the count is printed beside the categories.",
        )
    )
    register(
        Question(
            "tl-nvidia-fall",
            lambda: (
                (_close_on("NVDA", "2025-01-27") - _close_on("NVDA", "2025-01-06"))
                / _close_on("NVDA", "2025-01-06")
            ),
            unit="a fraction: -0.1 for a 10 % fall",
            hint="(after − before) / before, with the closes of 6 and 27 January 2025 from prices.",
        )
    )


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
        return market.pct_change(
            levels[(index, pd.Timestamp("2025-01-24"))], levels[(index, pd.Timestamp("2025-01-27"))]
        )

    def back_above():
        found = market.first_close_at_or_above(_data("prices"), "NVDA", close("2025-01-24"), "2025-01-27")
        if found is None:
            raise ValueError("prices: no NVDA close at or above the 24 January close after 27 January")
        return found[0]

    register(
        Question(
            "mk-one-day",
            one_day,
            unit="a fraction: -0.1 for a 10 % fall",
            hint="market.pct_change(before, after) with the closes of 24 and 27 January 2025, before first.",
        )
    )
    register(
        Question(
            "mk-recovery",
            lambda: market.recovery_needed(-one_day()),
            unit="a positive fraction",
            hint="market.recovery_needed takes the size of the loss as a positive fraction: "
            "-pct_change(...).",
        )
    )
    register(
        Question(
            "mk-cap-loss",
            lambda: market.value_lost(close("2025-01-24"), close("2025-01-27"), vendor_shares()),
            unit="USD",
            hint="market_cap(price before, shares) − market_cap(price after, shares), with the share count "
            "of the vendor_figure row, in plain dollars.",
        )
    )
    register(
        Question(
            "mk-back-above",
            back_above,
            kind="date",
            hint="keep the NVDA closes after 27 January that are ≥ the 24 January close, and take the "
            "earliest date.",
        )
    )
    register(
        Question(
            # The fall whose recovery needs a gain of 50 %: 1/(1 − x) − 1 = 0.5, so x = 1 − 1/1.5.
            "mk-widget-half",
            lambda: 100 * (1 - 1 / (1 + 0.5)),
            unit="percent (as the slider shows it)",
            percent=True,
            hint="move the fall slider until the gain needed reads 50.0 %, and give the fall in % as the "
            "slider shows it.",
        )
    )
    register(
        Question(
            "mk-sp500",
            lambda: index_change("S&P 500"),
            unit="a fraction: -0.1 for a 10 % fall",
            hint="market.pct_change with the S&P 500 levels of 24 and 27 January 2025.",
        )
    )


def _run(run_id: str) -> pd.Series:
    return one_row(_data("training_runs"), "run_id", run_id, what="training runs")


def _costs_questions() -> None:
    def v3_flops() -> float:
        row = _run("v3_pretrain")
        return costs.training_flops(row["params_active"], row["tokens"])

    def h800_peak() -> float:
        return costs.peak_flop_per_s(_data("gpu_specs"), "H800 SXM", "bf16")

    register(
        Question(
            "tc-v3-flops",
            v3_flops,
            unit="FLOP",
            hint="6 × active parameters × training tokens, from the v3_pretrain row (costs.training_flops).",
        )
    )
    register(
        Question(
            "tc-v3-rent",
            lambda: costs.rental_cost(
                costs.model_gpu_hours(_data("training_runs"), "DeepSeek-V3"),
                float(_run("v3_pretrain")["assumed_usd_per_gpu_hour"]),
            ),
            unit="USD",
            hint="add the GPU-hours of every DeepSeek-V3 stage, then multiply by the report's assumed price "
            "(costs.rental_cost).",
        )
    )
    register(
        Question(
            "tc-v3-mfu",
            lambda: costs.mfu(v3_flops(), float(_run("v3_pretrain")["gpu_hours"]), h800_peak()),
            unit="a fraction between 0 and 1",
            hint="costs.mfu(flops, gpu_hours, peak_flop_per_s): the peak in FLOP per second, the GPU-hours "
            "of pre-training only.",
        )
    )
    register(
        Question(
            "tc-llama-ratio",
            lambda: (
                costs.model_gpu_hours(_data("training_runs"), "Llama 3.1 405B")
                / costs.model_gpu_hours(_data("training_runs"), "DeepSeek-V3")
            ),
            unit="a ratio (times)",
            hint="Llama's GPU-hours divided by the GPU-hours of all three DeepSeek-V3 stages.",
        )
    )
    register(
        Question(
            "tc-widget-days",
            lambda: costs.wall_clock_days(
                costs.gpu_hours_needed(v3_flops(), h800_peak(), 0.40), float(_run("v3_pretrain")["num_gpus"])
            ),
            unit="days",
            abs_tol=0.051,
            hint="set the calculator's tokens, utilisation (0.40) and GPUs to the v3_pretrain row's "
            "tokens and num_gpus, with the H800 SXM and its BF16 peak, then read the wall-clock line.",
        )
    )


#: Small inputs for the distillation assignment: logits of a teacher and a student for three images of
#: handwritten digits (ten classes, 0–9), and the true digit of each. Inputs, not answers: the notebook
#: prints them.
EXAMPLE_LOGITS = {
    "teacher": (
        (-1.0, 0.5, 1.0, 2.0, -0.5, 0.0, -2.0, 6.0, 0.5, 2.5),
        (0.0, -1.0, 1.5, 5.0, -1.5, 3.5, -1.0, 0.5, 2.0, 1.0),
        (1.0, -2.0, 0.5, 0.0, 2.0, 0.5, 5.5, -1.0, 1.5, 0.0),
    ),
    "student": (
        (0.0, 0.5, 0.5, 1.0, 0.0, 0.0, -0.5, 2.0, 0.5, 1.0),
        (0.5, 0.0, 1.0, 1.5, 0.0, 1.5, 0.0, 0.5, 1.0, 0.5),
        (0.5, -0.5, 0.5, 0.0, 1.0, 0.5, 1.0, 0.0, 0.5, 0.0),
    ),
    "labels": (7, 3, 6),
}


def _distill_questions() -> None:
    teacher = np.array(EXAMPLE_LOGITS["teacher"])
    student = np.array(EXAMPLE_LOGITS["student"])
    labels = np.array(EXAMPLE_LOGITS["labels"])

    register(
        Question(
            "ds-top-t1",
            lambda: float(distill.softmax(teacher[0], 1.0).max()),
            unit="a probability between 0 and 1",
            hint="distill.softmax(teacher_logits[0], temperature=1.0), then its largest value.",
        )
    )
    register(
        Question(
            "ds-top-t4",
            lambda: float(distill.softmax(teacher[0], 4.0).max()),
            unit="a probability between 0 and 1",
            hint="the same, with temperature=4.0.",
        )
    )
    register(
        Question(
            "ds-kl",
            lambda: float(
                distill.kl_divergence(distill.softmax(teacher[0], 4.0), distill.softmax(student[0], 4.0))
            ),
            unit="nats",
            hint="KL(p ‖ q) with p the teacher's and q the student's softened probabilities, in that order.",
        )
    )
    register(
        Question(
            "ds-loss",
            lambda: distill.distillation_loss(
                student, teacher, labels, distill.DEFAULT_TEMPERATURE, distill.DEFAULT_ALPHA
            ),
            unit="nats",
            hint="distill.distillation_loss(student_logits, teacher_logits, labels, temperature, alpha), "
            "student first, with the chapter's default temperature and alpha.",
        )
    )
    register(
        Question(
            "ds-loss-hard",
            lambda: distill.distillation_loss(student, teacher, labels, distill.DEFAULT_TEMPERATURE, 0.0),
            unit="nats",
            hint="the same call with alpha=0: only the hard labels count.",
        )
    )
    register(
        Question(
            "ds-widget-entropy",
            lambda: float(distill.entropy(distill.softmax(teacher[0], 10.0))),
            unit="nats",
            abs_tol=0.0051,
            hint="set the slider to T = 10.00 and read the entropy it prints (two decimals are enough).",
        )
    )


def _export_controls_questions() -> None:
    def chip(name: str) -> pd.Series:
        return one_row(_data("chips"), "name", name, what="chips")

    def tpp_of(name: str) -> float:
        return ec.tpp(chip(name)["dense_tops"], chip(name)["bit_length"])

    def classify(name: str, rule: str):
        return ec.classify_chip(chip(name), rule)

    def newly_controlled() -> int:
        table = ec.chip_table(_data("chips"))
        return int(
            ((table["eccn_2022"] == "none") & ~table["eccn_2023"].isin(["none", "undetermined"])).sum()
        )

    eccns = tuple(e or "none" for e in ec.ECCNS)
    register(
        Question(
            "ec-mi300x-tpp",
            lambda: tpp_of("MI300X"),
            unit="TPP (TOPS × bits)",
            hint="export_controls.tpp(dense_tops, bit_length) with the MI300X's row of chips: its operations "
            "are 16-bit.",
        )
    )
    register(
        Question(
            "ec-l4-density",
            lambda: ec.performance_density(tpp_of("L4"), chip("L4")["die_area_mm2"]),
            unit="TPP per mm²",
            hint="the L4's TPP divided by its die_area_mm2 (export_controls.performance_density).",
        )
    )
    register(
        Question(
            "ec-h800-2022",
            lambda: classify("H800 SXM", "2022-10").controlled,
            kind="bool",
            hint="export_controls.classify(tpp, io_gb_s=…, rule='2022-10'): the 2022 rule has two tests.",
        )
    )
    register(
        Question(
            "ec-h800-2023",
            lambda: classify("H800 SXM", "2023-10").eccn,
            kind="choice",
            choices=eccns,
            none_is_answer=True,
            hint="export_controls.classify(tpp, die_area_mm2=…, rule='2023-10').eccn (None, or 'none', "
            "when the chip is not controlled).",
        )
    )
    register(
        Question(
            "ec-newly-controlled",
            newly_controlled,
            kind="integer",
            unit="chips",
            hint="export_controls.chip_table(chips) has eccn_2022 and eccn_2023: count the chips that are "
            "'none' in 2022 and have an ECCN in 2023 ('undetermined' is not an ECCN).",
        )
    )
    register(
        Question(
            # abs_tol: 3 % of the bound, as the TOPS slider moves in steps
            "ec-widget-bound",
            lambda: ec.largest_uncontrolled_tpp(814.0),
            unit="TPP",
            abs_tol=72.0,
            hint="with bit length 8, a die of 814 mm², a datacenter design and the 2023 rule, raise the TOPS "
            "until the status changes; the TPP just before is close enough.",
        )
    )


def _claims_questions() -> None:
    def headline() -> float:
        return costs.headline_cost(_data("training_runs"), "DeepSeek-V3")

    def ledger_row(claim_id: str) -> pd.Series:
        return one_row(claims.ledger(), "claim_id", claim_id, what="claims")

    def changed_if_close(close_usd: float) -> int:
        c = claims
        prices = _data("prices")
        prices.loc[
            (prices["ticker"] == "NVDA") & (prices["date"] == pd.Timestamp("2025-01-27")), "close_usd"
        ] = close_usd
        before, after = c.ledger(), c.ledger(c.Data({"prices": prices}))
        return int((before["verdict"] != after["verdict"]).sum())

    def stargate_strict() -> str:
        events = _data("events")
        gap = tl.days_between(tl.event_date(events, "inauguration"), tl.event_date(events, "stargate"))
        return tl.timing_verdict(gap, 0, 0, slack_days=0)

    register(
        Question(
            "cl-five-and-half",
            lambda: number_verdict(headline(), 5.5e6),
            kind="choice",
            choices=VERDICTS,
            hint="claims.number_verdict(actual, claimed): actual is V3's headline cost "
            "(costs.headline_cost), claimed the 5.5 million dollars said on air, both in USD.",
        )
    )
    register(
        Question(
            "cl-distance",
            lambda: abs(headline() - 5.5e6) / 5.5e6,
            unit="a fraction (0.01 for 1 %)",
            hint="|actual − claimed| / |claimed|, both in US dollars.",
        )
    )
    register(
        Question(
            "cl-stargate-strict",
            stargate_strict,
            kind="choice",
            choices=VERDICTS,
            hint="timeline.timing_verdict(gap, 0, 0, slack_days=0) with the gap from the inauguration to "
            "Stargate.",
        )
    )
    register(
        Question(
            "cl-share-accurate",
            lambda: float((claims.ledger()["verdict"] == "accurate").mean()),
            unit="a fraction between 0 and 1",
            hint="the share of rows of claims.ledger() whose verdict is 'accurate' (a mean of True/False).",
        )
    )
    register(
        Question(
            "cl-browser-verdict",
            lambda: ledger_row("twenty_times")["verdict"],
            kind="choice",
            choices=VERDICTS,
            hint="pick the claim said at 01:56 in the browser and read its verdict.",
        )
    )
    register(
        Question(
            "cl-what-if",
            lambda: changed_if_close(130.0),
            kind="integer",
            unit="claims",
            hint="copy prices, set Nvidia's 27 January close to 130.00, run claims.ledger(claims.Data("
            "{'prices': prices})) and count the verdicts that differ from the real ledger's.",
        )
    )


@dataclass(frozen=True)
class ExerciseAnswer:
    """One answer a chapter exercise asks for: ``name = None`` in the answer cell, then
    ``check(qid, name)``. ``prompt`` says what to give, in words, never the value."""

    name: str
    qid: str
    prompt: str


#: Chapter exercise label → the answers its student edition asks for (tools/student_edition.py).
EXERCISES: dict[str, tuple[ExerciseAnswer, ...]] = {}


def _exercise(label: str, *answers: tuple[str, Question]) -> None:
    """Register each question of exercise ``label`` and record which variable answers it."""
    if label in EXERCISES:
        raise ValueError(f"exercise {label!r} is already registered")
    rows = []
    for name, question in answers:
        register(question)
        rows.append(ExerciseAnswer(name, question.qid, question.prompt or question.unit))
    EXERCISES[label] = tuple(rows)


FRACTION = "a fraction: -0.1 for a 10 % fall"


def _ch1_exercises() -> None:
    def gap(first: str, second: str) -> int:
        events = _data("events")
        return tl.days_between(tl.event_date(events, first), tl.event_date(events, second))

    def first_ban_gap() -> int:
        events = _data("events")
        bans = tl.select(events, ["regulation"], "2025-01-27", "2025-02-28").sort_values("date")
        return tl.days_between(tl.event_date(events, "nvidia_selloff"), bans["date"].iloc[0])

    def weekend_events() -> int:
        events = _data("events")
        return int(((events["date_precision"] == "day") & (events["date"].dt.day_of_week >= 5)).sum())

    _exercise(
        "timeline-ex-v3",
        (
            "v3_to_r1",
            Question(
                "ch1-v3-to-r1",
                lambda: gap("v3_release", "r1_release"),
                kind="integer",
                unit="days",
                prompt="days from V3's release to R1's (a whole number)",
                hint="timeline.days_between(earlier, later) with the two event dates.",
            ),
        ),
        (
            "r1_to_selloff",
            Question(
                "ch1-r1-to-selloff",
                lambda: gap("r1_release", "nvidia_selloff"),
                kind="integer",
                unit="days",
                prompt="days from R1's release to Nvidia's sell-off",
                hint="the same, from r1_release to nvidia_selloff.",
            ),
        ),
    )
    _exercise(
        "timeline-ex-bans",
        (
            "first_ban_days",
            Question(
                "ch1-first-ban",
                first_ban_gap,
                kind="integer",
                unit="days",
                prompt="days from the sell-off to the first regulation event",
                hint="sort the selected events by date and take the first; "
                "count from the nvidia_selloff event.",
            ),
        ),
    )
    _exercise(
        "timeline-ex-disagree",
        (
            "reported_verdict",
            Question(
                "ch1-reported-verdict",
                lambda: tl.timing_verdict(gap("r1_release", "app_store_reported"), 2, 7),
                kind="choice",
                choices=VERDICTS,
                prompt="the verdict of « quelques jours » read as 2 to 7 days, dated by the reports",
                hint="timeline.timing_verdict(gap, 2, 7) with the gap from r1_release to app_store_reported.",
            ),
        ),
    )
    _exercise(
        "timeline-ex-weekday",
        (
            "weekend_count",
            Question(
                "ch1-weekend-events",
                weekend_events,
                kind="integer",
                unit="events",
                prompt="how many events known to the day fell on a Saturday or a Sunday",
                hint="keep the rows whose date_precision is 'day', then those whose "
                "date.dt.day_of_week is 5 or 6.",
            ),
        ),
    )


def _ch2_exercises() -> None:
    def nvda(date: str) -> float:
        return market.close_on(_data("prices"), "NVDA", date)

    def shares() -> float:
        return market.press_share_count(_data("record_losses"))

    def change() -> float:
        return market.pct_change(nvda("2025-01-24"), nvda("2025-01-27"))

    def meta_at_nvidia_fall() -> float:
        records = market.record_table(_data("record_losses"))
        meta = records[records["company"] == "Meta Platforms"].iloc[0]
        cap = market.implied_cap_before(meta["value_lost_usd_bn"] * 1e9, meta["move_pct"] / 100)
        return float(cap * -change())

    def sp_without_nvidia() -> float:
        w = _data("index_weights").iloc[0]["weight_before_pct"] / 100
        sp = _data("index_levels").set_index(["index", "date"])["level_points"]
        sp_move = market.pct_change(
            sp[("S&P 500", pd.Timestamp("2025-01-24"))], sp[("S&P 500", pd.Timestamp("2025-01-27"))]
        )
        return float((1 - w) * market.rest_of_index_move(w, change(), sp_move))

    _exercise(
        "market-ex-593",
        (
            "shares_for_600bn",
            Question(
                "ch2-shares-for-600bn",
                lambda: market.implied_shares(600e9, nvda("2025-01-24"), nvda("2025-01-27")),
                unit="shares",
                prompt="the number of shares that makes the loss exactly 600 billion dollars",
                hint="market.implied_shares(600e9, close before, close after), in plain shares.",
            ),
        ),
    )
    _exercise(
        "market-ex-records",
        (
            "meta_at_nvidia_fall",
            Question(
                "ch2-meta-at-nvidia-fall",
                meta_at_nvidia_fall,
                unit="USD",
                prompt="Meta's dollar loss with Nvidia's fall of 27 January 2025, in USD",
                hint="Meta's size that morning (market.implied_cap_before with its loss and its "
                "move as a fraction) times the size of Nvidia's fall.",
            ),
        ),
    )
    _exercise(
        "market-ex-widget",
        (
            "fall_for_600bn",
            Question(
                "ch2-fall-for-600bn",
                lambda: 600e9 / market.market_cap(nvda("2025-01-24"), shares()),
                unit="a positive fraction: 0.1 for a 10 % fall",
                prompt="the fall that erases exactly 600 billion dollars, as a positive fraction",
                hint="600e9 divided by the market value on 24 January (close × the press's share count).",
            ),
        ),
    )
    _exercise(
        "market-ex-index",
        (
            "sp_without_nvidia",
            Question(
                "ch2-sp-without-nvidia",
                sp_without_nvidia,
                unit=FRACTION,
                prompt="the S&P 500's move had Nvidia closed unchanged, as a fraction",
                hint="(1 − w) × market.rest_of_index_move(w, Nvidia's move, the index's move).",
            ),
        ),
    )

    def share_count_change() -> float:
        events, counts = _data("events"), _data("shares")
        four_t = events.set_index("event_id").loc["nvidia_4t", "date"]
        later = counts[counts["kind"] == "implied_by_threshold"].set_index("as_of")["shares"]
        return market.pct_change(shares(), later[four_t])

    _exercise(
        "market-ex-buyback",
        (
            "share_count_change",
            Question(
                "ch2-share-count-change",
                share_count_change,
                unit=FRACTION,
                prompt="the change in the share count from January to July 2025, as a fraction",
                hint="market.pct_change(January count, the count implied by the $4T threshold).",
            ),
        ),
    )


def _ch3_exercises() -> None:
    def runs() -> pd.DataFrame:
        return _data("training_runs")

    def v3_hours() -> float:
        return costs.model_gpu_hours(runs(), "DeepSeek-V3")

    def matches_reported() -> bool:
        v3 = runs()[runs()["model"] == "DeepSeek-V3"]
        mine = sum(costs.rental_cost(h, p) for h, p in zip(v3["gpu_hours"], v3["assumed_usd_per_gpu_hour"]))
        return bool(np.isclose(mine, v3["reported_cost_usd"].sum(), rtol=1e-9))

    def mfu_ratio() -> float:
        row, specs = _run("v3_pretrain"), _data("gpu_specs")
        flops = costs.training_flops(row["params_active"], row["tokens"])
        return costs.mfu(
            flops, row["gpu_hours"], costs.peak_flop_per_s(specs, "H800 SXM", "bf16")
        ) / costs.mfu(flops, row["gpu_hours"], costs.peak_flop_per_s(specs, "H800 SXM", "fp8"))

    def above_break_even() -> int:
        estimates = _data("cost_estimates")
        rents = estimates[estimates["unit"] == "usd_per_gpu_hour"]
        return int((rents["value"] > 6e6 / v3_hours()).sum())

    def own_total() -> float:
        mine = dict(
            costs.waterfall_inputs(runs(), _data("cost_estimates")),
            research_multiplier=3,
            cluster_size=10_000,
            utilisation=0.7,
            staff_multiplier=1.0,
        )
        steps = costs.cost_waterfall(mine.pop("gpu_hours"), mine.pop("usd_per_gpu_hour"), **mine)
        return costs.waterfall_total(steps)

    _exercise(
        "costs-ex-headline",
        (
            "matches_reported",
            Question(
                "ch3-matches-reported",
                matches_reported,
                kind="bool",
                prompt="True if your total equals the sum of reported_cost_usd, else False",
                hint="compare your sum of costs.rental_cost over the three stages with "
                "v3_rows['reported_cost_usd'].sum().",
            ),
        ),
    )
    _exercise(
        "costs-ex-mfu",
        (
            "mfu_ratio",
            Question(
                "ch3-mfu-ratio",
                mfu_ratio,
                unit="a ratio (times)",
                prompt="your BF16 MFU divided by your FP8 MFU",
                hint="costs.mfu(flops, pre-training GPU-hours, peak) once with the 'bf16' peak and once "
                "with the 'fp8' peak of the H800 SXM.",
            ),
        ),
    )
    _exercise(
        "costs-ex-days",
        (
            "gpu_days",
            Question(
                "ch3-gpu-days",
                lambda: v3_hours() / 24,
                unit="GPU-days",
                prompt="V3's GPU-hours (all three stages) in GPU-days",
                hint="costs.model_gpu_hours(runs, 'DeepSeek-V3') divided by 24.",
            ),
        ),
    )
    _exercise(
        "costs-ex-break-even",
        (
            "n_above",
            Question(
                "ch3-prices-above-break-even",
                above_break_even,
                kind="integer",
                unit="prices",
                prompt="how many usd_per_gpu_hour prices lie above the break-even price",
                hint="break-even = 6e6 / V3's GPU-hours; count the rows of cost_estimates with unit "
                "usd_per_gpu_hour and a larger value.",
            ),
        ),
    )
    _exercise(
        "costs-ex-own",
        (
            "my_total",
            Question(
                "ch3-own-total",
                own_total,
                unit="USD",
                prompt="the total of the waterfall with the four example assumptions, in USD",
                hint="costs.cost_waterfall with research_multiplier=3, cluster_size=10_000, "
                "utilisation=0.7, staff_multiplier=1.0 and the other inputs of "
                "costs.waterfall_inputs, then costs.waterfall_total.",
            ),
        ),
    )


def _ch4_exercises() -> None:
    eccns = tuple(e or "none" for e in ec.ECCNS)
    l40 = ec.tpp(362, 8)  # the exercise's figures: 362 dense FP8 TFLOPS on 608.5 mm²

    def h800(rule: str) -> bool:
        return ec.classify(ec.tpp(1978.9, 8), die_area_mm2=814, io_gb_s=400, rule=rule).controlled

    def magazine_ratio() -> float:
        row = one_row(_data("chips"), "name", "RTX 4090", what="chips")
        return 10570 / ec.tpp(row["dense_tops"], row["bit_length"])

    _exercise(
        "export-ex-l40",
        (
            "l40_eccn",
            Question(
                "ch4-l40-eccn",
                lambda: ec.classify(l40, die_area_mm2=608.5).eccn,
                kind="choice",
                choices=eccns,
                none_is_answer=True,
                prompt="the L40's ECCN under the 2023 rule ('none', or None, if it is not controlled)",
                hint="ec.classify(ec.tpp(362, 8), die_area_mm2=608.5).eccn",
            ),
        ),
        (
            "l40_controlled_2022",
            Question(
                "ch4-l40-2022",
                lambda: ec.classify(l40, io_gb_s=64, rule="2022-10").controlled,
                kind="bool",
                prompt="True if the 2022 rule controlled the L40, else False",
                hint="ec.classify(tpp, io_gb_s=64, rule='2022-10').controlled",
            ),
        ),
    )
    _exercise(
        "export-ex-814",
        (
            "bound_814",
            Question(
                "ch4-bound-814",
                lambda: ec.largest_uncontrolled_tpp(814),
                unit="TPP",
                prompt="the TPP at which a datacenter chip on 814 mm² becomes controlled",
                hint="walk the 2023 tiers for an 814 mm² die, or ec.largest_uncontrolled_tpp(814).",
            ),
        ),
        (
            "h20_margin",
            Question(
                "ch4-h20-margin",
                lambda: ec.largest_uncontrolled_tpp(814) - ec.tpp(296, 8),
                unit="TPP",
                prompt="how far the H20's TPP is below that line",
                hint="the bound minus ec.tpp(296, 8).",
            ),
        ),
    )
    _exercise(
        "export-ex-h800",
        (
            "h800_controlled_2022",
            Question(
                "ch4-h800-2022",
                lambda: h800("2022-10"),
                kind="bool",
                prompt="True if the 2022 rule controlled the H800, else False",
                hint="ec.classify(tpp, die_area_mm2=814, io_gb_s=400, rule='2022-10').controlled",
            ),
        ),
        (
            "h800_controlled_2023",
            Question(
                "ch4-h800-2023",
                lambda: h800("2023-10"),
                kind="bool",
                prompt="True if the 2023 rule controls the H800, else False",
                hint="the same call with rule='2023-10'.",
            ),
        ),
    )
    _exercise(
        "export-ex-error",
        (
            "magazine_ratio",
            Question(
                "ch4-magazine-ratio",
                magazine_ratio,
                unit="a ratio (times)",
                prompt="the magazine's RTX 4090 TPP divided by the right one",
                hint="10570 divided by ec.tpp(dense_tops, bit_length) of the RTX 4090's row of chips.",
            ),
        ),
    )
    _exercise(
        "export-ex-l20",
        (
            "l20_max_area",
            Question(
                "ch4-l20-max-area",
                lambda: ec.tpp(239, 8) / ec.DENSITY_B2,
                unit="mm²",
                prompt="the largest die area, in mm², that puts the L20 in tier b.2",
                hint="density = TPP / area, so the area is the L20's TPP divided by ec.DENSITY_B2.",
            ),
        ),
    )


@functools.lru_cache(maxsize=1)
def _digits_teacher():
    split = distill.load_digits_split(seed=0)
    return split, distill.train_teacher(split.X_train, split.y_train, seed=0)


def _ch5_exercises() -> None:
    z = np.array([2.0, 1.0, 0.0])  # the exercise's logits

    def temperature_matters() -> bool:
        s, t = np.array(EXAMPLE_LOGITS["student"]), np.array(EXAMPLE_LOGITS["teacher"])
        y = np.array(EXAMPLE_LOGITS["labels"])
        return not np.isclose(
            distill.distillation_loss(s, t, y, 1.0, 0.0), distill.distillation_loss(s, t, y, 10.0, 0.0)
        )

    def gain_points() -> float:
        split, teacher = _digits_teacher()
        table = distill.summarise(
            distill.run_experiment(split, teacher, seeds=range(10, 20), temperature=2.0)
        )
        return float(100 * (table.loc["soft", "mean"] - table.loc["hard", "mean"]))

    def beats_on_gpqa() -> int:
        r1 = _data("r1_distilled")
        gpt4o = r1.set_index("model").loc["GPT-4o-0513", "gpqa_diamond_pass1_pct"]
        distilled = r1[r1["training"] == "distilled"]
        return int((distilled["gpqa_diamond_pass1_pct"] > gpt4o).sum())

    _exercise(
        "distillation-ex-by-hand",
        (
            "entropy_t2",
            Question(
                "ch5-entropy-t2",
                lambda: float(distill.entropy(distill.softmax(z, 2.0))),
                unit="nats",
                prompt="the entropy of the probabilities at T = 2, in nats",
                hint="−Σ q log q with the natural logarithm, or distill.entropy(distill.softmax(z, 2)).",
            ),
        ),
    )
    _exercise(
        "distillation-ex-loss",
        (
            "temperature_matters",
            Question(
                "ch5-temperature-matters",
                temperature_matters,
                kind="bool",
                prompt="True if, with alpha=0, the temperature changes the loss, else False",
                hint="compare your loss at alpha=0 for T=1 and for T=10 on the same logits.",
            ),
        ),
    )
    _exercise(
        "distillation-ex-rerun",
        (
            "gain_points",
            Question(
                "ch5-gain-at-t2",
                gain_points,
                unit="percentage points (soft − hard mean accuracy)",
                percent=True,
                prompt="soft targets' gain over hard labels at T = 2, seeds 10 to 19, in points",
                hint="distill.run_experiment(split, teacher, seeds=range(10, 20), temperature=2.0), "
                "summarise it, and take 100 × (soft mean − hard mean).",
            ),
        ),
    )
    _exercise(
        "distillation-ex-r1-table",
        (
            "beats_on_gpqa",
            Question(
                "ch5-beats-gpt4o-gpqa",
                beats_on_gpqa,
                kind="integer",
                unit="models",
                prompt="how many distilled models beat GPT-4o-0513 on GPQA Diamond",
                hint="compare each distilled row's gpqa_diamond_pass1_pct with GPT-4o-0513's.",
            ),
        ),
    )


def _ch6_exercises() -> None:
    def early_verdict() -> str:
        reports = market.loss_reports(_data("record_losses"), "NVDA", "2025-01-27")
        print_usd = float(reports.loc[reports["basis"] == "early print", "price_after_usd"].iloc[0])
        early = _data("prices").copy()
        early.loc[(early["ticker"] == "NVDA") & (early["date"] == "2025-01-27"), "close_usd"] = print_usd
        return claims.evidence_for("six_hundred_billion", claims.Data({"prices": early})).verdict

    _exercise(
        "ledger-ex-second-source",
        (
            "verdict_with_early_print",
            Question(
                "ch6-verdict-early-print",
                early_verdict,
                kind="choice",
                choices=VERDICTS,
                prompt="the verdict of the 600 billion claim with the early price print",
                hint="set Nvidia's 27 January close to the early print (record_losses.csv) in a copy "
                "of prices and call "
                "claims.evidence_for('six_hundred_billion', claims.Data({'prices': prices})).",
            ),
        ),
    )


_timeline_questions()
_market_questions()
_costs_questions()
_distill_questions()
_export_controls_questions()
_claims_questions()
_ch1_exercises()
_ch2_exercises()
_ch3_exercises()
_ch4_exercises()
_ch5_exercises()
_ch6_exercises()
