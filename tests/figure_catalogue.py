"""Every figure the course library draws, built as the chapters build them (same data, same calls).

Used by tests/test_figures.py (legibility) and tools/figure_report.py (the table of smallest text
sizes). Each entry is a function returning a matplotlib Figure; the chapter 5 experiment runs with
fewer seeds and a smaller grid than the chapter (same figure code, same kinds of labels).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import matplotlib

matplotlib.use("Agg")

from matplotlib.figure import Figure  # noqa: E402

from deepseek_shock import claims, costs, distill, load, market, style, timeline  # noqa: E402
from deepseek_shock import export_controls as ec  # noqa: E402

style.apply()


@cache
def _data(name: str):
    return load(name)


def _timeline_all() -> Figure:
    return timeline.plot_timeline(_data("events"), _data("prices"))[0]


def _timeline_week() -> Figure:
    lo, hi = timeline.WINDOWS["19–31 Jan 2025"]
    return timeline.plot_timeline(_data("events"), _data("prices"), start=lo, end=hi)[0]


def _before_after():
    prices = _data("prices")
    return market.close_on(prices, "NVDA", "2025-01-24"), market.close_on(prices, "NVDA", "2025-01-27")


def _press_shares() -> float:
    return market.press_share_count(_data("record_losses"))


def _two_prints() -> Figure:
    reports = market.loss_reports(_data("record_losses"), "NVDA", "2025-01-27")
    return market.plot_two_prints(reports, _press_shares())[0]


def _drop() -> Figure:
    before, after = _before_after()
    return market.plot_drop(-100 * market.pct_change(before, after), before, _press_shares())[0]


def _recovery() -> Figure:
    before, _ = _before_after()
    events = _data("events").set_index("event_id")
    later = _data("shares")
    later = later[later["kind"] == "implied_by_threshold"].set_index("as_of")["shares"]
    four, five = events.loc["nvidia_4t"], events.loc["nvidia_5t"]
    milestones = [
        (four["date"], 4e12 / later[four["date"]], "$4T"),
        (five["date"], 5e12 / later[five["date"]], "$5T"),
    ]
    return market.plot_recovery_path(_data("prices"), before, milestones)[0]


def _day() -> Figure:
    moves = _data("daily_moves")
    return market.plot_day(moves[moves["date"] == "2025-01-27"])[0]


def _paths() -> Figure:
    paths = market.normalised_paths(
        _data("prices"), _data("index_levels"), base_date="2025-01-24", start="2025-01-20", end="2025-02-07"
    )
    return market.plot_paths(paths)[0]


def _records() -> Figure:
    return market.plot_records(market.record_table(_data("record_losses")))[0]


def _runs_price():
    runs = _data("training_runs")
    price = costs.run_table(runs, "DeepSeek-V3")["assumed_usd_per_gpu_hour"].iloc[0]
    return runs, price


def _headline_cost() -> Figure:
    runs, price = _runs_price()
    return costs.plot_headline_cost(runs, price)[0]


def _compute_comparison() -> Figure:
    summary = costs.compute_summary(_data("training_runs"), _data("gpu_specs"))
    return costs.plot_compute_comparison(summary)[0]


def _estimates() -> Figure:
    headline = costs.headline_cost(_data("training_runs"), "DeepSeek-V3")
    return costs.plot_estimates(_data("cost_estimates"), headline)[0]


def _waterfall() -> Figure:
    args = dict(costs.waterfall_inputs(_data("training_runs"), _data("cost_estimates")))
    steps = costs.cost_waterfall(args.pop("gpu_hours"), args.pop("usd_per_gpu_hour"), **args)
    return costs.plot_waterfall(steps)[0]


def _api_prices() -> Figure:
    return costs.plot_api_prices(_data("api_prices"))[0]


def _rule_map() -> Figure:
    return ec.plot_rule_map(_data("chips"))[0]


def _compare_chips() -> Figure:
    return ec.plot_compare(_data("chips"))[0]


@cache
def _distillation():
    split = distill.load_digits_split(seed=0)
    teacher = distill.train_teacher(split.X_train, split.y_train, seed=0)
    return split, teacher


def _soft_targets() -> Figure:
    split, teacher = _distillation()
    i = distill.example_image(split, teacher)
    return distill.plot_soft_targets(teacher.logits(split.X_test[i]), (1, 4, 20), image=split.X_test[i])[0]


def _experiment() -> Figure:
    split, teacher = _distillation()
    results = distill.run_experiment(split, teacher, seeds=distill.SEEDS[:2])
    return distill.plot_experiment(results, teacher_accuracy=teacher.accuracy(split.X_test, split.y_test))[0]


def _grid() -> Figure:
    split, teacher = _distillation()
    return distill.plot_grid(distill.accuracy_grid(split, teacher))[0]


def _r1_distilled() -> Figure:
    return distill.plot_r1_distilled(_data("r1_distilled"))[0]


def _rl_vs_distillation() -> Figure:
    return distill.plot_rl_vs_distillation(_data("r1_distilled"), size_b=32)[0]


def _scorecard() -> Figure:
    return claims.plot_scorecard(claims.ledger())[0]


#: The chapters' figures by name (the figure's label in the book where it has one).
FIGURES: dict[str, Callable[[], Figure]] = {
    "fig-timeline-all": _timeline_all,
    "fig-timeline-week": _timeline_week,
    "fig-market-two-prints": _two_prints,
    "fig-market-drop": _drop,
    "fig-market-recovery": _recovery,
    "fig-market-day": _day,
    "fig-market-paths": _paths,
    "fig-market-records": _records,
    "fig-costs-headline": _headline_cost,
    "fig-costs-compare": _compute_comparison,
    "fig-costs-estimates": _estimates,
    "fig-costs-waterfall": _waterfall,
    "fig-costs-api": _api_prices,
    "fig-export-map": _rule_map,
    "fig-export-compare": _compare_chips,
    "fig-distillation-soft-targets": _soft_targets,
    "fig-distillation-experiment": _experiment,
    "fig-distillation-grid": _grid,
    "fig-distillation-r1": _r1_distilled,
    "fig-distillation-rl-vs-distill": _rl_vs_distillation,
    "fig-claims-scorecard": _scorecard,
}
