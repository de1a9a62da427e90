"""Chapter 3 — Training-cost accounting: GPU-hours × price, 6·N·D, utilisation, ownership, waterfall.

Units are in the names: ``gpu_hours`` (GPU-hours), ``usd_per_gpu_hour``, ``flops`` (floating-point
operations, a count), ``peak_flop_per_s`` (FLOP per second per GPU), ``usd`` (US dollars). Every
function checks its arguments and raises ``ValueError`` naming the argument and the allowed range.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import ipywidgets as W
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from . import i18n, style, widgets

# The argument checks under the names this module has always used (one home: arguments.py).
from .arguments import finite_result as _finite
from .arguments import non_negative as _non_negative
from .arguments import number as _number
from .arguments import positive as _positive
from .cache import cached
from .data import one_row
from .i18n import tr
from .verdicts import Evidence, number_verdict

__all__ = [
    "SECONDS_PER_HOUR",
    "dollars",
    "million_dollars",
    "billion_dollars",
    "power_of_ten",
    "thousand_dollars",
    "dollars_range",
    "low_end_dollars",
    "million_dollars_range",
    "step_name",
    "number",
    "in_words",
    "setting_name",
    "settings_in_words",
    "HOURS_PER_YEAR",
    "FLOP_PER_PARAM_PER_TOKEN",
    "training_flops",
    "rental_cost",
    "mfu",
    "gpu_hours_needed",
    "wall_clock_days",
    "amortised_cost_per_gpu_hour",
    "ownership_cost",
    "peak_flop_per_s",
    "same_peak_gpus",
    "same_peak_note",
    "run_table",
    "model_gpu_hours",
    "headline_cost",
    "Step",
    "ASSUMPTIONS",
    "waterfall_inputs",
    "cost_waterfall",
    "floor_utilisation",
    "utilisation_note",
    "waterfall_total",
    "plot_waterfall",
    "describe_waterfall",
    "plot_headline_cost",
    "describe_headline_cost",
    "price_frames",
    "price_label",
    "price_slider",
    "PRICE_GRID",
    "CostCalculator",
    "cost_calculator",
    "ComputeCalculator",
    "compute_calculator",
    "price_ratios",
    "plot_api_prices",
    "plot_estimates",
    "estimate_range",
    "ratio_verdict",
    "check_cost_claims",
    "COST_CLAIMS",
    "check_rd_not_counted",
    "compute_and_price_ratios",
    "COMPARED_RUNS",
    "compute_summary",
    "plot_compute_comparison",
    "CAPEX_READINGS",
    "WATERFALL_SETTINGS",
    "waterfall_settings",
    "waterfall_range",
    "waterfall_sensitivity",
    "LINES",
    "line",
    "step_line",
    "stage_name",
    "stage_costs",
    "flop_ratio_split",
    "ratio_table",
    "describe_api_prices",
    "describe_estimates",
    "describe_compute_comparison",
]

SECONDS_PER_HOUR = 3600
#: 365 days of 24 hours.
HOURS_PER_YEAR = 8760
#: Kaplan et al. (2020): about 2 FLOP per parameter per token forward and 4 backward.
FLOP_PER_PARAM_PER_TOKEN = 6


def _tex(text: str) -> str:
    """Escape dollar signs so that matplotlib does not read them as maths."""
    return text.replace("$", r"\$")


def _num(value: float, spec: str, language: str) -> str:
    """``format(value, spec)`` written ``language``'s way (``i18n.format_spec``)."""
    return i18n.format_spec(float(value), spec, language)


def _signed(value: float, language: str) -> str:
    """A change in millions with its sign, one decimal: ``+5.6``, ``-1.2``."""
    if language == i18n.LANGUAGES[0]:
        return f"{value:+,.1f}"
    return ("+" if value >= 0 else "") + i18n.format_number(value, 1, language)


def _usd(value: float, spec: str, language: str) -> str:
    """Dollars: ``$2.00`` in English, ``2,00 $`` in French (``spec`` formats the number)."""
    return tr("${amount}", language).format(amount=_num(value, spec, language))


def _musd(usd: float, spec: str, language: str) -> str:
    """Millions of dollars, tight (figures, tables): ``$5.58M`` in English, ``5,58 M$`` in French."""
    return tr("${amount}M", language).format(amount=_num(usd / 1e6, spec, language))


# --- What the chapter's cells print ----------------------------------------------------------------

#: The lines chapter 3's cells print, by name: English templates whose fields keep Python's formats
#: (the French table holds their French; :func:`line` fills them).
LINES = {
    "total": "Total: {hours:,.0f} GPU-hours × ${price:.2f} = ${usd:,.0f}",
    "per_trillion": "GPU-hours per trillion tokens: {hours:,.0f}",
    "days_per_trillion": "days per trillion tokens on {gpus:,} GPUs: {days:.2f}",
    "training_days": "pre-training: {pre_days:.1f} days; all stages: {all_days:.1f} days",
    "gpus_alone": "{gpus:,} GPUs alone at ${low:,.0f}–{high:,.0f}: ${low_m:.0f}–{high_m:.0f} million",
    "server_cost": (
        "server cost per GPU (SemiAnalysis capex ÷ GPUs): ${capex:,.0f}; "
        "running cost per GPU-year: ${opex:,.0f}"
    ),
    "owner_rate": "owner's cost per useful GPU-hour over 4 years at utilisation {u:.0%}: ${rate:.2f}",
    "r1_stage": (
        "{stage:<24} {n} GPUs × {hours:.0f} h = {gpu_hours:>7,.0f} GPU-hours (reported {reported:,.0f})"
    ),
    # the solutions of the chapter's exercises
    "as_trained": "as trained             {hours_m:6.2f}M GPU-hours   ${usd_m:6.1f}M",
    "twice_the_tokens": "(a) twice the tokens   {hours_m:6.2f}M GPU-hours   ${usd_m:6.1f}M",
    "dense": "(b) dense              {hours_m:6.2f}M GPU-hours   ${usd_m:6.1f}M",
    "mfu": "{precision} {mfu:.1%}",
    "gpus_days": "{n_gpus:>6,} GPUs: {days:5.1f} days, bill ${bill_m:.3f}M",
    "break_even": "${price:.3f} per GPU-hour",
    "step": "{label:<36} {usd_m:>8.1f} M$  ({status})",
    "own_total": "total {total_m:.0f} M$, {times:.0f} × the headline",
}


def line(name: str, *, language: str | None = None, **values: Any) -> str:
    """The line :data:`LINES` names ``name``, its fields filled with ``values``, in ``language`` (the
    kernel's by default): English exactly as the f-string would print it, French with its separators.

    >>> line("break_even", price=2.152, language="en"), line("break_even", price=2.152, language="fr")
    ('$2.152 per GPU-hour', '2,152\xa0$ par heure-GPU')
    """
    return i18n.named_line(LINES, name, values, language)


def step_line(step: Step, *, language: str | None = None) -> str:
    """One step of the waterfall as a line: its label, its amount in millions of dollars, its status."""
    return line(
        "step",
        label=step_name(step, language=language),
        usd_m=step.usd / 1e6,
        status=tr(step.status, language),
        language=language,
    )


def stage_name(run: pd.Series, *, language: str | None = None) -> str:
    """The stage of a row of training_runs.csv in ``language``: ``stage``, or ``stage_fr`` in French."""
    return str(run["stage"] if i18n.language(language) == i18n.LANGUAGES[0] else run["stage_fr"])


def stage_costs(runs: pd.DataFrame, usd_per_gpu_hour: float, *, language: str | None = None) -> pd.DataFrame:
    """Each run of ``runs`` (rows of training_runs.csv): its stage, GPU-hours and rental cost (USD) at
    ``usd_per_gpu_hour``; English columns ``stage``, ``gpu_hours``, ``usd``, French headers and stage
    names in French."""
    table = runs[["stage", "gpu_hours"]].assign(
        usd=[rental_cost(h, usd_per_gpu_hour) for h in runs["gpu_hours"]]
    )
    if i18n.language(language) == i18n.LANGUAGES[0]:
        return table
    table = table.assign(stage=[stage_name(r, language=language) for _, r in runs.iterrows()])
    return table.rename(columns={c: tr(c, language) for c in ("stage", "gpu_hours", "usd")})


# --- Amounts as the chapter writes them ----------------------------------------------------------


def dollars(usd: float, spec: str = ".2f", *, language: str | None = None) -> str:
    """An amount in dollars for the prose: ``$2.00`` (``2,00 $`` in French); ``spec`` formats the number.

    >>> dollars(2, language="en"), dollars(2, language="fr")
    ('$2.00', '2,00 $')
    """
    return _usd(usd, spec, i18n.language(language))


def million_dollars(usd: float, spec: str = ".3f", *, language: str | None = None) -> str:
    """``usd`` in millions of dollars for the prose: ``$5.576 million`` (``5,576 millions de dollars``).

    >>> million_dollars(5_576_000, language="fr")
    '5,576 millions de dollars'
    """
    language = i18n.language(language)
    return _scaled(usd / 1e6, spec, language, "${amount} million")


#: The words of a scale for an amount under two, which French writes in the singular
#: (« 1,6 milliard »): each key's entry with " (under two)" is its singular form.
_UNDER_TWO = {
    "${amount} million": "${amount} million (under two)",
    "${amount} billion": "${amount} billion (under two)",
    "{amount} million": "{amount} million (under two)",
    "{amount} billion": "{amount} billion (under two)",
}


def _scaled(amount: float, spec: str, language: str, words: str) -> str:
    """``amount`` (already divided by its scale) in ``words``, the singular ones below two."""
    text = _num(amount, spec, language)
    if language != i18n.LANGUAGES[0] and abs(float(format(amount, spec.replace(",", "")))) < 2:
        words = _UNDER_TWO.get(words, words)
    return tr(words, language).format(amount=text)


def thousand_dollars(usd: float, *, language: str | None = None) -> str:
    """``usd`` in thousands of dollars, whole: ``$294K`` (``294 k$`` in French)."""
    language = i18n.language(language)
    return tr("${amount}K", language).format(amount=_num(usd / 1e3, ",.0f", language))


def low_end_dollars(usd: float, spec: str = ".0f", *, language: str | None = None) -> str:
    """The low end of a range of dollars whose high end is written with its unit (``$51``–``$61
    million``): the dollar sign goes before the number in English, after the high end in French
    (``51``–``61 millions de dollars``)."""
    language = i18n.language(language)
    return _usd(usd, spec, language) if language == i18n.LANGUAGES[0] else _num(usd, spec, language)


def dollars_range(low: float, high: float, spec: str = ".2f", *, language: str | None = None) -> str:
    """A range of dollars: ``$7.88–8.22`` (``7,88–8,22 $`` in French)."""
    language = i18n.language(language)
    return tr("${low}–{high}", language).format(
        low=_num(low, spec, language), high=_num(high, spec, language)
    )


def million_dollars_range(low: float, high: float, spec: str = ",.0f", *, language: str | None = None) -> str:
    """A range in millions of dollars: ``$37–41 million`` (``37–41 millions de dollars`` in French)."""
    language = i18n.language(language)
    return tr("${low}–{high} million", language).format(
        low=_num(low / 1e6, spec, language), high=_num(high / 1e6, spec, language)
    )


def billion_dollars(usd: float, spec: str = ".1f", *, language: str | None = None) -> str:
    """``usd`` in billions of dollars for the prose: ``$1.6 billion`` (``1,6 milliard de dollars``)."""
    language = i18n.language(language)
    return _scaled(usd / 1e9, spec, language, "${amount} billion")


def number(value: Any, spec: str, *, language: str | None = None) -> str:
    """``format(value, spec)`` for the prose, written ``language``'s way (NumPy numbers included).

    >>> number(2048, ",", language="fr"), number(0.955, ".0%", language="fr")
    ('2\\u202f048', '96\\u202f%')
    """
    if isinstance(value, np.generic):
        value = value.item()
    return i18n.format_spec(value, spec, language)


#: The scales :func:`in_words` writes: power of ten and the words (English, looked up in the table).
_SCALES = {
    "million": (6, "{amount} million"),
    "billion": (9, "{amount} billion"),
    "trillion": (12, "{amount} trillion"),
}


def in_words(value: float, scale: str, spec: str = ",.0f", *, language: str | None = None) -> str:
    """A count in words: ``671 billion``, ``14.8 trillion`` (``671 milliards``, ``14 800 milliards`` in
    French, where a trillion is written as thousands of milliards); ``spec`` formats the number.

    >>> in_words(14.8e12, "trillion", ".1f", language="fr")
    '14\\u202f800 milliards'
    """
    language = i18n.language(language)
    if scale not in _SCALES:
        raise ValueError(f"scale={scale!r}: expected one of {', '.join(_SCALES)}")
    if scale == "trillion" and language != i18n.LANGUAGES[0]:
        digits = int(spec.rpartition(".")[2].rstrip("f") or 0)
        return _scaled(value / 1e9, f",.{max(digits - 3, 0)}f", language, "{amount} billion")
    power, words = _SCALES[scale]
    return _scaled(value / 10**power, spec, language, words)


def step_name(step: Step, *, language: str | None = None) -> str:
    """The label of a step of the waterfall in ``language`` (the kernel's by default)."""
    return tr(step.label, language)


#: Each setting of :data:`WATERFALL_SETTINGS` in words (its name without underscores).
_SETTING_WORDS = {
    "gpu_hours": "gpu hours",
    "usd_per_gpu_hour": "usd per gpu hour",
    "r1_gpu_hours": "r1 gpu hours",
    "research_multiplier": "research multiplier",
    "cluster_size": "cluster size",
    "capex_usd_per_gpu": "capex usd per gpu",
    "opex_usd_per_gpu_year": "opex usd per gpu year",
    "amortisation_years": "amortisation years",
    "utilisation": "utilisation",
    "years_held": "years held",
    "staff_multiplier": "staff multiplier",
}


def setting_name(setting: str, *, language: str | None = None) -> str:
    """A setting of the waterfall (a key of :data:`WATERFALL_SETTINGS`) in words: ``research multiplier``."""
    if setting not in _SETTING_WORDS:
        raise ValueError(f"setting={setting!r}: expected one of {sorted(_SETTING_WORDS)}")
    return tr(_SETTING_WORDS[setting], language)


def settings_in_words(settings: Sequence[str], *, language: str | None = None) -> str:
    """Settings of the waterfall joined in words (``utilisation and years held``), or ``none of them``."""
    language = i18n.language(language)
    if not settings:
        return tr("none of them", language)
    return tr(" and ", language).join(setting_name(s, language=language) for s in settings)


_SUPERSCRIPTS = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")


def power_of_ten(value: float, decimals: int = 2, *, language: str | None = None) -> str:
    """``value`` as ``3.29 × 10²⁴`` (``3,29 × 10²⁴`` in French), ``decimals`` digits after the point.

    >>> power_of_ten(3.2856e24, language="fr")
    '3,29 × 10²⁴'
    """
    mantissa, _, exponent = f"{value:.{decimals}e}".partition("e")
    return f"{_num(float(mantissa), f'.{decimals}f', i18n.language(language))} × 10" + str(
        int(exponent)
    ).translate(_SUPERSCRIPTS)


# --- Checking arguments ----------------------------------------------------------------------------


def _fraction(value, argument: str) -> float:
    number = _number(value, argument)
    if not 0 < number <= 1:
        raise ValueError(f"{argument}={value!r}: expected a utilisation in (0, 1], e.g. 0.4 for 40%")
    return number


# --- The three formulas of the public API ------------------------------------------------------


def training_flops(active_params: float, tokens: float) -> float:
    """Training compute by the 6·N·D rule, in FLOP: 6 × active parameters × training tokens.

    For a mixture-of-experts model, ``active_params`` is the number of parameters used per token
    (37e9 for DeepSeek-V3), not the total. The rule ignores attention's sequence-length term.
    """
    n = _non_negative(active_params, "active_params", "a number of parameters")
    d = _non_negative(tokens, "tokens", "a number of tokens")
    return _finite(
        lambda: FLOP_PER_PARAM_PER_TOKEN * n * d,
        "the training compute 6·N·D",
        active_params=active_params,
        tokens=tokens,
    )


def rental_cost(gpu_hours: float, usd_per_gpu_hour: float) -> float:
    """Cost of renting ``gpu_hours`` at ``usd_per_gpu_hour``, in USD."""
    hours = _non_negative(gpu_hours, "gpu_hours", "a number of GPU-hours")
    price = _non_negative(usd_per_gpu_hour, "usd_per_gpu_hour", "a price (USD per GPU-hour)")
    return _finite(lambda: hours * price, "the cost", gpu_hours=gpu_hours, usd_per_gpu_hour=usd_per_gpu_hour)


def mfu(flops: float, gpu_hours: float, peak_flop_per_s: float) -> float:
    """Model FLOP utilisation: flops / (gpu_hours × 3600 × peak_flop_per_s), a fraction.

    The share of the GPUs' peak arithmetic that went into the model's own FLOP.
    """
    work = _non_negative(flops, "flops", "a number of FLOP")
    hours = _positive(gpu_hours, "gpu_hours", "a number of GPU-hours")
    peak = _positive(peak_flop_per_s, "peak_flop_per_s", "a peak throughput (FLOP per second)")
    return _finite(
        lambda: work / (hours * SECONDS_PER_HOUR * peak),
        "the utilisation",
        flops=flops,
        gpu_hours=gpu_hours,
        peak_flop_per_s=peak_flop_per_s,
    )


# --- More arithmetic -------------------------------------------------------------------------------


def gpu_hours_needed(flops: float, peak_flop_per_s: float, utilisation: float) -> float:
    """GPU-hours to perform ``flops`` on GPUs of ``peak_flop_per_s`` used at ``utilisation`` (0–1]."""
    work = _non_negative(flops, "flops", "a number of FLOP")
    peak = _positive(peak_flop_per_s, "peak_flop_per_s", "a peak throughput (FLOP per second)")
    u = _fraction(utilisation, "utilisation")
    return _finite(
        lambda: work / (peak * u * SECONDS_PER_HOUR),
        "the number of GPU-hours",
        flops=flops,
        peak_flop_per_s=peak_flop_per_s,
        utilisation=utilisation,
    )


def wall_clock_days(gpu_hours: float, num_gpus: float) -> float:
    """Days a job of ``gpu_hours`` takes on ``num_gpus`` GPUs working in parallel."""
    hours = _non_negative(gpu_hours, "gpu_hours", "a number of GPU-hours")
    gpus = _positive(num_gpus, "num_gpus", "a number of GPUs")
    return _finite(lambda: hours / gpus / 24, "the number of days", gpu_hours=gpu_hours, num_gpus=num_gpus)


def amortised_cost_per_gpu_hour(
    capex_usd_per_gpu: float,
    amortisation_years: float,
    utilisation: float = 1.0,
    opex_usd_per_gpu_year: float = 0.0,
) -> float:
    """What one *useful* GPU-hour costs an owner, in USD.

    The purchase price (GPU and its share of the server) is spread evenly over
    ``amortisation_years``; yearly running costs (power, data centre, network) are added; the sum is
    divided by the hours in the period that do useful work (``utilisation`` of all hours).
    """
    capex = _non_negative(capex_usd_per_gpu, "capex_usd_per_gpu", "a price (USD per GPU)")
    years = _positive(amortisation_years, "amortisation_years", "a number of years")
    u = _fraction(utilisation, "utilisation")
    opex = _non_negative(opex_usd_per_gpu_year, "opex_usd_per_gpu_year", "a cost (USD per GPU per year)")
    return _finite(
        lambda: (capex / years + opex) / (HOURS_PER_YEAR * u),
        "the cost per GPU-hour",
        capex_usd_per_gpu=capex_usd_per_gpu,
        amortisation_years=amortisation_years,
        utilisation=utilisation,
        opex_usd_per_gpu_year=opex_usd_per_gpu_year,
    )


def ownership_cost(
    num_gpus: float,
    capex_usd_per_gpu: float,
    amortisation_years: float,
    years_held: float = 1.0,
    opex_usd_per_gpu_year: float = 0.0,
) -> float:
    """USD of owning ``num_gpus`` for ``years_held``: amortised purchase plus running costs."""
    gpus = _non_negative(num_gpus, "num_gpus", "a number of GPUs")
    capex = _non_negative(capex_usd_per_gpu, "capex_usd_per_gpu", "a price (USD per GPU)")
    years = _positive(amortisation_years, "amortisation_years", "a number of years")
    held = _non_negative(years_held, "years_held", "a number of years")
    opex = _non_negative(opex_usd_per_gpu_year, "opex_usd_per_gpu_year", "a cost (USD per GPU per year)")
    return _finite(
        lambda: gpus * (capex / years + opex) * held,
        "the ownership cost",
        num_gpus=num_gpus,
        capex_usd_per_gpu=capex_usd_per_gpu,
        amortisation_years=amortisation_years,
        years_held=years_held,
        opex_usd_per_gpu_year=opex_usd_per_gpu_year,
    )


# --- Reading the data sets -------------------------------------------------------------------------


def peak_flop_per_s(gpu_specs: pd.DataFrame, gpu: str, precision: str = "bf16") -> float:
    """Dense peak of ``gpu`` at ``precision`` from ``gpu_specs.csv``, in FLOP per second."""
    rows = gpu_specs[(gpu_specs["gpu"] == gpu) & (gpu_specs["precision"] == precision)]
    if len(rows) != 1:
        known = sorted(set(zip(gpu_specs["gpu"], gpu_specs["precision"])))
        raise ValueError(f"gpu={gpu!r}, precision={precision!r}: not in gpu_specs; expected one of {known}")
    return float(rows["dense_tflop_per_s"].iloc[0]) * 1e12


def same_peak_gpus(gpu_specs: pd.DataFrame, gpu: str, precision: str = "bf16") -> list[str]:
    """The other GPUs of ``gpu_specs.csv`` with exactly ``gpu``'s dense peak at ``precision``, sorted.

    Between these, a calculation that uses only the peak gives the same numbers.
    """
    peak = peak_flop_per_s(gpu_specs, gpu, precision)
    rows = gpu_specs[(gpu_specs["precision"] == precision) & (gpu_specs["gpu"] != gpu)]
    return sorted(
        str(g) for g, tflops in zip(rows["gpu"], rows["dense_tflop_per_s"]) if tflops * 1e12 == peak
    )


def same_peak_note(
    gpu_specs: pd.DataFrame, gpu: str, precision: str = "bf16", *, language: str | None = None
) -> str:
    """A sentence for the compute calculator when the GPU choice changes nothing (else ``""``), in
    ``language`` (the kernel's by default)."""
    language = i18n.language(language)
    twins = same_peak_gpus(gpu_specs, gpu, precision)
    if not twins:
        return ""
    peak = peak_flop_per_s(gpu_specs, gpu, precision) / 1e12
    return tr(
        "The {gpu} and the {twins} have the same dense {precision} peak, {peak} TFLOP/s, so choosing "
        "between them changes nothing here: this calculation uses only the peak.",
        language,
    ).format(
        gpu=gpu,
        twins=tr(" and the ", language).join(twins),
        precision=precision.upper(),
        peak=_num(peak, ",.1f", language),
    )


def run_table(runs: pd.DataFrame, model_prefix: str) -> pd.DataFrame:
    """The rows of ``training_runs`` whose model starts with ``model_prefix`` (e.g. "DeepSeek-V3")."""
    rows = runs[runs["model"].str.startswith(model_prefix)]
    if rows.empty:
        raise ValueError(
            f"model_prefix={model_prefix!r}: no run in training_runs; models are "
            f"{sorted(runs['model'].unique())}"
        )
    return rows


def model_gpu_hours(runs: pd.DataFrame, model_prefix: str) -> float:
    """Total GPU-hours of every stage of a model."""
    return float(run_table(runs, model_prefix)["gpu_hours"].sum())


def headline_cost(
    runs: pd.DataFrame,
    model_prefix: str = "DeepSeek-V3",
    usd_per_gpu_hour: float | None = None,
) -> float:
    """GPU-hours of a model's stages × price (the source's own assumed price by default), USD."""
    rows = run_table(runs, model_prefix)
    if usd_per_gpu_hour is None:
        prices = rows["assumed_usd_per_gpu_hour"].dropna().unique()
        if len(prices) != 1:
            raise ValueError(
                f"usd_per_gpu_hour=None: the runs of {model_prefix!r} state no single price; "
                "pass one (USD per GPU-hour)"
            )
        usd_per_gpu_hour = float(prices[0])
    return rental_cost(rows["gpu_hours"].sum(), usd_per_gpu_hour)


def estimate_range(estimates: pd.DataFrame, estimate_id: str) -> tuple[float, float, float]:
    """``(low, central, high)`` of an estimate; a missing end takes the central value (or NaN)."""
    row = one_row(estimates, "estimate_id", estimate_id, what="estimates")
    central = row["value"]
    low = row["low"] if pd.notna(row["low"]) else central
    high = row["high"] if pd.notna(row["high"]) else central
    return float(low), float(central), float(high)


# --- Assumptions and the waterfall -----------------------------------------------------------------


@dataclass(frozen=True)
class Step:
    """One bar of the cost waterfall: a label, a change in USD, and where the number comes from.

    ``status`` is ``"sourced"`` (a published figure), ``"derived"`` (arithmetic on published
    figures) or ``"assumption"`` (a choice of ours, to be varied and argued about).
    """

    label: str
    usd: float
    status: str
    basis: str

    def __post_init__(self):
        if self.status not in ("sourced", "derived", "assumption"):
            raise ValueError(f"status={self.status!r}: expected 'sourced', 'derived' or 'assumption'")


#: Our assumptions, with the reason for each default. No source states these numbers.
ASSUMPTIONS = {
    "research_multiplier": (
        1.0,
        "Compute for research, ablations and failed runs, as a multiple of the "
        "final runs' compute. Nobody has published it; 1 means 'as much again'.",
    ),
    "utilisation": (
        1.0,
        "Share of an owned cluster's hours doing useful work. 1 (never idle) is the most "
        "favourable choice: real clusters idle, fail and wait.",
    ),
    "years_held": (1.0, "An owned cluster is paid for at least one year, even if the runs take two months."),
}


#: Two readings of SemiAnalysis's server capex, each divided by its 50,000 Hopper GPUs: the $1.6B total
#: (the course's first reading), and the $1.4B a critic finds for the Hopper servers alone once the
#: 10,000 A100s are taken out. Reading name → ``estimate_id`` in ``cost_estimates.csv``.
CAPEX_READINGS = {
    "$1.6B ÷ 50,000 Hoppers (the total read as Hopper spending)": "fleet_server_capex",
    "$1.4B ÷ 50,000 Hoppers (Hopper-only capex, the critic's reading)": "fleet_server_capex_hoppers",
}


def waterfall_inputs(
    runs: pd.DataFrame, estimates: pd.DataFrame, capex_estimate: str = "fleet_server_capex"
) -> dict:
    """Default inputs of :func:`cost_waterfall`, each computed from the data sets.

    Server price and running cost per GPU come from SemiAnalysis's fleet estimate (capex ÷ GPUs,
    4-year operating cost ÷ 4 ÷ GPUs); ``capex_estimate`` picks which capex row is divided (one of
    :data:`CAPEX_READINGS`' values). The staff multiplier is the low end of Cottier et al.'s staff
    share divided by the high end of their hardware share.
    """
    if capex_estimate not in CAPEX_READINGS.values():
        raise ValueError(
            f"capex_estimate={capex_estimate!r}: expected one of {sorted(CAPEX_READINGS.values())}"
        )
    v3 = run_table(runs, "DeepSeek-V3")
    _, gpus, _ = estimate_range(estimates, "fleet_gpus")
    _, capex, _ = estimate_range(estimates, capex_estimate)
    _, opex_4y, _ = estimate_range(estimates, "fleet_operating_4y")
    staff_low, _, _ = estimate_range(estimates, "staff_share")
    _, _, hardware_high = estimate_range(estimates, "hardware_share")
    r1 = runs[runs["model"].str.startswith("DeepSeek-R1")]
    return {
        "gpu_hours": float(v3["gpu_hours"].sum()),
        "usd_per_gpu_hour": float(v3["assumed_usd_per_gpu_hour"].iloc[0]),
        "r1_gpu_hours": float(r1["gpu_hours"].sum()),
        "research_multiplier": ASSUMPTIONS["research_multiplier"][0],
        "cluster_size": int(v3["num_gpus"].dropna().iloc[0]),
        "capex_usd_per_gpu": capex / gpus,
        "opex_usd_per_gpu_year": opex_4y / 4 / gpus,
        "amortisation_years": 4.0,
        "utilisation": ASSUMPTIONS["utilisation"][0],
        "staff_multiplier": staff_low / hardware_high,
    }


def cost_waterfall(
    gpu_hours: float,
    usd_per_gpu_hour: float,
    *,
    r1_gpu_hours: float = 0.0,
    research_multiplier: float = 1.0,
    cluster_size: float = 2048,
    capex_usd_per_gpu: float = 32_000.0,
    opex_usd_per_gpu_year: float = 0.0,
    amortisation_years: float = 4.0,
    utilisation: float = 1.0,
    staff_multiplier: float = 0.0,
) -> list[Step]:
    """From the headline to a fuller cost, as labelled steps (USD).

    1. the final run's GPU-hours at the rental price (the headline); 2. R1's stages at the same
    price; 3. research, ablations and failed runs = ``research_multiplier`` × (1 + 2);
    4. owning a cluster of ``cluster_size`` GPUs instead of renting: at least a year of amortised
    purchase and running costs, longer if the work needs more than a year of the cluster at
    ``utilisation``, minus the rental counted in 1–3 (negative if owning is cheaper);
    5. staff = ``staff_multiplier`` × the compute cost so far.
    """
    hours = _non_negative(gpu_hours, "gpu_hours", "a number of GPU-hours")
    price = _non_negative(usd_per_gpu_hour, "usd_per_gpu_hour", "a price (USD per GPU-hour)")
    r1_hours = _non_negative(r1_gpu_hours, "r1_gpu_hours", "a number of GPU-hours")
    research = _non_negative(research_multiplier, "research_multiplier", "a multiplier")
    size = _positive(cluster_size, "cluster_size", "a number of GPUs")
    u = _fraction(utilisation, "utilisation")
    staff = _non_negative(staff_multiplier, "staff_multiplier", "a multiplier")

    final = rental_cost(hours, price)
    r1 = rental_cost(r1_hours, price)
    extra = research * (final + r1)
    rented = final + r1 + extra
    work_hours = (hours + r1_hours) * (1 + research)
    capacity_per_year = size * HOURS_PER_YEAR * u
    years = max(
        ASSUMPTIONS["years_held"][0],
        _finite(
            lambda: work_hours / capacity_per_year,
            "the years the work needs on the cluster",
            gpu_hours=gpu_hours,
            r1_gpu_hours=r1_gpu_hours,
            research_multiplier=research_multiplier,
            cluster_size=cluster_size,
            utilisation=utilisation,
        ),
    )
    owned = ownership_cost(size, capex_usd_per_gpu, amortisation_years, years, opex_usd_per_gpu_year)
    people = staff * owned
    steps = [
        Step(
            "V3 final run, rented",
            final,
            "sourced",
            f"{hours:,.0f} GPU-hours × ${price:.2f} (DeepSeek-V3 report, Table 1)",
        ),
        Step(
            "R1 reinforcement learning",
            r1,
            "sourced",
            f"{r1_hours:,.0f} GPU-hours × ${price:.2f} (Nature 2025 supplement)",
        ),
        Step(
            "Research, ablations, failed runs",
            extra,
            "assumption",
            f"{research:g} × the final runs' compute (excluded by the report; size unknown)",
        ),
        Step(
            "Own the cluster instead of renting",
            owned - rented,
            "derived",
            f"{size:,.0f} GPUs × (${capex_usd_per_gpu:,.0f}/{amortisation_years:g} y + "
            f"${opex_usd_per_gpu_year:,.0f}/y) × {years:.2f} y, minus the rent above",
        ),
        Step(
            "Staff",
            people,
            "assumption",
            f"{staff:.2f} × hardware cost (Cottier et al.'s shares give 0.43–1.04)",
        ),
    ]
    if not all(math.isfinite(s.usd) for s in steps) or not math.isfinite(sum(s.usd for s in steps)):
        raise ValueError(
            f"gpu_hours={gpu_hours!r}, usd_per_gpu_hour={usd_per_gpu_hour!r}, "
            f"r1_gpu_hours={r1_gpu_hours!r}, research_multiplier={research_multiplier!r}, "
            f"staff_multiplier={staff_multiplier!r}: "
            "the waterfall's costs are beyond what a float can hold (about 1.8e308); "
            "expected arguments of realistic size"
        )
    return steps


def floor_utilisation(
    gpu_hours: float,
    *,
    r1_gpu_hours: float = 0.0,
    research_multiplier: float = 1.0,
    cluster_size: float = 2048,
) -> float:
    """The utilisation at and above which :func:`cost_waterfall` no longer depends on it (a fraction).

    Utilisation enters the waterfall only through the years the owned cluster is held: the work's
    GPU-hours ÷ (``cluster_size`` × hours a year × utilisation), but never less than the floor
    ``ASSUMPTIONS["years_held"]`` (one year). From the utilisation returned here up, the work fits in
    the floor and the floor holds the total. Above 1, no utilisation reaches the floor.
    """
    hours = _non_negative(gpu_hours, "gpu_hours", "a number of GPU-hours")
    r1_hours = _non_negative(r1_gpu_hours, "r1_gpu_hours", "a number of GPU-hours")
    research = _non_negative(research_multiplier, "research_multiplier", "a multiplier")
    size = _positive(cluster_size, "cluster_size", "a number of GPUs")
    work_hours = (hours + r1_hours) * (1 + research)
    return _finite(
        lambda: work_hours / (size * HOURS_PER_YEAR * ASSUMPTIONS["years_held"][0]),
        "the utilisation at the floor",
        gpu_hours=gpu_hours,
        r1_gpu_hours=r1_gpu_hours,
        research_multiplier=research_multiplier,
        cluster_size=cluster_size,
    )


def utilisation_note(
    utilisation: float, floor_at: float, total_usd: float, *, language: str | None = None
) -> str:
    """A sentence for the cost calculator while its utilisation changes nothing (else ``""``).

    ``floor_at`` is :func:`floor_utilisation` for the current inputs; ``total_usd`` the waterfall's
    total, which the floor holds. Written in ``language`` (the kernel's by default).
    """
    language = i18n.language(language)
    u = _fraction(utilisation, "utilisation")
    if u < floor_at:
        return ""
    years = ASSUMPTIONS["years_held"][0]
    return tr(
        "No effect now: from a utilisation of {floor} up, the work fits in {years} year of the "
        "cluster, and an owned cluster is paid for at least {years} year, so the total stays at "
        "{total}. Below {floor}, utilisation counts.",
        language,
    ).format(
        floor=_num(floor_at, ".2f", language),
        years=f"{years:g}",
        total=_musd(total_usd, ",.1f", language),
    )


def waterfall_total(steps: list[Step]) -> float:
    """Sum of the steps, USD."""
    return float(sum(step.usd for step in steps))


#: Every setting of :func:`cost_waterfall` (the keys of :func:`waterfall_inputs`, plus the minimum
#: holding time): where its default comes from, and its unit. Assumptions take their reason from
#: :data:`ASSUMPTIONS`, the one home of those choices.
WATERFALL_SETTINGS = {
    "gpu_hours": ("sourced", "GPU-hours", "V3's three stages, DeepSeek-V3 report (training_runs.csv)"),
    "usd_per_gpu_hour": ("sourced", "USD per GPU-hour", "the rent DeepSeek's report assumes"),
    "r1_gpu_hours": ("sourced", "GPU-hours", "R1's stages, Nature 2025 supplement (training_runs.csv)"),
    "research_multiplier": ("assumption", "× final runs", None),
    "cluster_size": ("sourced", "GPUs", "V3's cluster, DeepSeek-V3 report"),
    "capex_usd_per_gpu": (
        "derived",
        "USD per GPU",
        "SemiAnalysis's server capex ÷ its 50,000 Hopper GPUs (cost_estimates.csv)",
    ),
    "opex_usd_per_gpu_year": (
        "derived",
        "USD per GPU per year",
        "SemiAnalysis's 4-year operating cost ÷ 4 ÷ 50,000 GPUs",
    ),
    "amortisation_years": ("assumption", "years", "the 4-year ownership window of SemiAnalysis's cost table"),
    "utilisation": ("assumption", "fraction of hours", None),
    "years_held": ("assumption", "years", None),
    "staff_multiplier": (
        "derived",
        "× hardware cost",
        "low end of Cottier et al.'s staff share ÷ high end of their hardware share",
    ),
}


def waterfall_settings(inputs: dict, *, language: str | None = None) -> pd.DataFrame:
    """One row per setting of the waterfall: its value in ``inputs``, unit, status and where it comes
    from; headers and words in ``language`` (the kernel's by default; the settings keep their names)."""
    language = i18n.language(language)
    missing = sorted(set(WATERFALL_SETTINGS) - {"years_held"} - set(inputs))
    if missing:
        raise ValueError(f"inputs: missing {missing}; expected the keys of waterfall_inputs()")
    rows = []
    for name, (status, unit, why) in WATERFALL_SETTINGS.items():
        value = ASSUMPTIONS[name][0] if name == "years_held" else inputs[name]
        rows.append(
            {
                tr("setting", language): name,
                tr("value", language): value,
                tr("unit", language): tr(unit, language),
                tr("status", language): tr(status, language),
                tr("where it comes from", language): tr(
                    why if why is not None else ASSUMPTIONS[name][1], language
                ),
            }
        )
    return pd.DataFrame(rows)


def _total(inputs: dict) -> float:
    args = dict(inputs)
    return waterfall_total(cost_waterfall(args.pop("gpu_hours"), args.pop("usd_per_gpu_hour"), **args))


def waterfall_range(runs: pd.DataFrame, estimates: pd.DataFrame, **changes: float) -> dict[str, float]:
    """The waterfall's total (USD) under each reading of :data:`CAPEX_READINGS`, other inputs at their
    defaults unless ``changes`` overrides them (e.g. ``cluster_size=50_000``)."""
    return {
        reading: _total({**waterfall_inputs(runs, estimates, estimate_id), **changes})
        for reading, estimate_id in CAPEX_READINGS.items()
    }


def waterfall_sensitivity(inputs: dict, changes: dict) -> pd.DataFrame:
    """Change one setting at a time from ``inputs`` to its value in ``changes``; the others stay.

    One row per changed setting, with the new total (USD) and its change from the base total, the
    largest move first. This is what "which assumption moves it most" means, measured.
    """
    unknown = sorted(set(changes) - set(inputs))
    if unknown:
        raise ValueError(f"changes: unknown settings {unknown}; expected some of {sorted(inputs)}")
    base = _total(inputs)
    rows = [
        {
            "setting": name,
            "from": inputs[name],
            "to": value,
            "total_usd": (total := _total({**inputs, name: value})),
            "change_usd": total - base,
        }
        for name, value in changes.items()
    ]
    table = pd.DataFrame(rows, columns=["setting", "from", "to", "total_usd", "change_usd"])
    return table.reindex(table["change_usd"].abs().sort_values(ascending=False).index).reset_index(drop=True)


_STATUS_STYLE = {
    "sourced": (style.PALETTE["blue"], ""),
    "derived": (style.PALETTE["bluish_green"], "//"),
    "assumption": (style.PALETTE["orange"], "xx"),
}


def _g(value: float, language: str) -> str:
    """``value`` with the digits ``:g`` would show (``6``, ``5.5``), written ``language``'s way."""
    return _num(value, f".{len(f'{value:g}'.partition('.')[2])}f", language)


def plot_waterfall(
    steps: list[Step],
    ax: Axes | None = None,
    *,
    reference_usd: float | None = 6e6,
    language: str | None = None,
) -> tuple[Figure, Axes]:
    """Draw the waterfall: one floating bar per step, a total bar, and a line at ``reference_usd``.

    Colour *and* hatching say whether a step is sourced, derived or an assumption. Labels in
    ``language`` (the kernel's by default). The live calculator draws the same artists once
    (:func:`_draw_waterfall`) and then only moves them (:func:`_set_waterfall`).
    """
    language = i18n.language(language)
    fig, ax = style.figure_and_axes(ax, figsize=style.figsize(4.4))
    _set_waterfall(_draw_waterfall(steps, ax, reference_usd, language), steps)
    fig.tight_layout()
    return fig, ax


@dataclass
class _WaterfallArtists:
    """What :func:`_set_waterfall` moves in the axes of :func:`plot_waterfall`."""

    ax: Axes
    language: str
    bars: list  # one Rectangle per step, then the total's
    values: list  # one Annotation per step, then the total's
    joins: list  # the Line2D from each step's level to the next bar
    reference: list  # the line at the reference and its label (none without a reference)


def _draw_waterfall(
    steps: list[Step], ax: Axes, reference_usd: float | None, language: str
) -> _WaterfallArtists:
    """Draw what :func:`plot_waterfall` shows whatever the steps' amounts (the steps' labels, their
    colours and hatching, the reference, the legend) and the artists :func:`_set_waterfall` puts where
    the amounts say (the bars, their values, the lines joining them)."""
    bars, values, joins = [], [], []
    for i, step in enumerate(steps):
        colour, hatch = _STATUS_STYLE[step.status]
        (bar,) = ax.bar(i, 0, bottom=0, color=colour, hatch=hatch, edgecolor="white", width=0.65)
        bars.append(bar)
        values.append(
            ax.annotate(
                "", (i, 0), xytext=(0, 3), textcoords="offset points", ha="center", fontsize=style.SMALL_PT
            )
        )
        if i:
            joins += ax.plot([i - 1.33, i - 0.67], [0, 0], color="#555555", lw=0.8)
    total = len(steps)
    bars += ax.bar(total, 0, color=style.PALETTE["black"], width=0.65).patches
    values.append(
        ax.annotate(
            "",
            (total, 0),
            xytext=(0, 3),
            textcoords="offset points",
            ha="center",
            fontsize=style.SMALL_PT,
            fontweight="bold",
        )
    )
    reference = []
    if reference_usd is not None:
        reference.append(ax.axhline(reference_usd / 1e6, color=style.PALETTE["vermillion"], lw=1.2, ls="--"))
        reference.append(
            ax.annotate(
                _tex(
                    "« moins de 6 millions » ("
                    + tr("${amount}M", language).format(amount=_g(reference_usd / 1e6, language))
                    + ")"
                ),
                (1.6, reference_usd / 1e6),
                xytext=(0, -11),
                textcoords="offset points",
                fontsize=style.SMALL_PT,
                color=style.PALETTE["vermillion"],
            )
        )
    labels = [style.wrap_label(tr(s.label, language), 16) for s in steps] + [tr("Total", language)]
    ax.set_xticks(range(total + 1), labels, fontsize=style.TINY_PT)
    lines = max(label.count("\n") + 1 for label in labels)
    style.stagger_tick_labels(ax.xaxis, offset_pt=3 + 1.2 * style.TINY_PT * lines)
    ax.set_ylabel(tr("Cost (million USD)", language))
    style.number_ticks(ax.yaxis, language)
    ax.grid(axis="x", alpha=0)
    handles = [
        Patch(facecolor=c, hatch=h, edgecolor="white", label=tr(k, language))
        for k, (c, h) in _STATUS_STYLE.items()
    ]
    ax.legend(
        handles=handles,
        loc="upper left",
        fontsize=style.SMALL_PT,
        title=tr("Each step is", language),
        title_fontsize=style.SMALL_PT,
    )
    return _WaterfallArtists(ax, language, bars, values, joins, reference)


def _set_waterfall(drawn: _WaterfallArtists, steps: list[Step]) -> None:
    """Put the bars, values and joining lines of :func:`_draw_waterfall` where the amounts of ``steps``
    (the same steps, in the same order, as drawn) say; the scale follows, and the figure's alt text."""
    ax, language = drawn.ax, drawn.language
    level = 0.0
    for i, (step, bar, value) in enumerate(zip(steps, drawn.bars, drawn.values)):
        bottom = level if step.usd >= 0 else level + step.usd
        bar.set_y(bottom / 1e6)
        bar.set_height(abs(step.usd) / 1e6)
        bar.sticky_edges.y[:] = [bottom / 1e6]  # as ax.bar sets it: no margin below a bar's foot
        value.set_text(_signed(step.usd / 1e6, language))
        value.xy = (i, (level + max(step.usd, 0)) / 1e6)
        if i:
            drawn.joins[i - 1].set_ydata([level / 1e6] * 2)
        level += step.usd
    drawn.bars[-1].set_height(level / 1e6)
    drawn.values[-1].set_text(_num(level / 1e6, ",.1f", language))
    drawn.values[-1].xy = (len(steps), level / 1e6)
    ax.relim()
    ax.set_autoscaley_on(True)
    ax.autoscale_view()
    ax.set_ylim(min(0, ax.get_ylim()[0]), ax.get_ylim()[1] * 1.08)
    style.set_alt(ax.figure, describe_waterfall(steps, language=language))


def describe_waterfall(steps: list[Step], *, language: str | None = None) -> str:
    """Alt text for :func:`plot_waterfall`, in ``language`` (the kernel's by default)."""
    language = i18n.language(language)
    part = tr("{label} {change} million USD ({status})", language)
    parts = "; ".join(
        part.format(
            label=tr(s.label, language), change=_signed(s.usd / 1e6, language), status=tr(s.status, language)
        )
        for s in steps
    )
    return tr("A cost waterfall: {parts}; total {total} million USD.", language).format(
        parts=parts, total=_num(waterfall_total(steps) / 1e6, ",.1f", language)
    )


# --- The headline, price by price (static slider) --------------------------------------------------

#: Rental prices for the static slider, USD per GPU-hour (what-if values, not market quotes).
PRICE_GRID = tuple(np.round(np.arange(1.0, 4.01, 0.25), 2)) + (6.0, 8.0)


def plot_headline_cost(
    runs: pd.DataFrame,
    usd_per_gpu_hour: float,
    ax: Axes | None = None,
    *,
    claim_usd: float = 6e6,
    language: str | None = None,
) -> tuple[Figure, Axes]:
    """The V3 report's three stages at ``usd_per_gpu_hour``, stacked, against the $6M of the claim;
    labels in ``language`` (the kernel's by default)."""
    language = i18n.language(language)
    price = _non_negative(usd_per_gpu_hour, "usd_per_gpu_hour", "a price (USD per GPU-hour)")
    rows = run_table(runs, "DeepSeek-V3")
    fig, ax = style.figure_and_axes(ax, figsize=style.figsize(2.9))
    left = 0.0
    for k, (usd, label) in enumerate(_headline_stages(rows, price, language)):
        ax.barh(
            0,
            usd,
            left=left,
            height=0.7,
            color=style.CYCLE[k],
            hatch=["", "//", "xx"][k % 3],
            edgecolor="white",
            label=label,
        )
        left += usd
    ax.axvline(claim_usd / 1e6, color=style.PALETTE["black"], ls="--", lw=1.2)
    ax.annotate(
        _tex(tr("${amount}M", language).format(amount=_g(claim_usd / 1e6, language))),
        (claim_usd / 1e6, 0.55),
        xytext=(4, 0),
        textcoords="offset points",
        fontsize=style.SMALL_PT,
    )
    ax.text(
        0.99,
        0.97,
        _headline_total(left, price, language),
        transform=ax.transAxes,
        ha="right",
        va="top",
        fontsize=9.5,
        fontweight="bold",
    )
    ax.set_xlim(0, max(rental_cost(rows["gpu_hours"].sum(), max(PRICE_GRID)) / 1e6, claim_usd / 1e6) * 1.05)
    ax.set_ylim(-0.5, 0.75)
    ax.set_yticks([])
    ax.set_xlabel(tr("Cost of the V3 run's GPU-hours (million USD)", language))
    style.number_ticks(ax.xaxis, language)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.45), fontsize=style.SMALL_PT, ncol=1)
    fig.tight_layout()
    style.set_alt(fig, describe_headline_cost(runs, usd_per_gpu_hour, language=language))
    return fig, ax


def _headline_stages(rows: pd.DataFrame, price: float, language: str) -> list[tuple[float, str]]:
    """(cost in million USD, legend label) of each stage of the V3 run at ``price`` USD per GPU-hour."""
    stage = "stage" if language == i18n.LANGUAGES[0] else f"stage_{language}"
    label = tr("{stage}: {hours}K GPU-h → {cost}", language)
    return [
        (
            usd,
            _tex(
                label.format(
                    stage=row[stage],
                    hours=_num(row["gpu_hours"] / 1e3, ",.0f", language),
                    cost=tr("${amount}M", language).format(amount=_num(usd, ",.2f", language)),
                )
            ),
        )
        for _, row in rows.iterrows()
        for usd in [rental_cost(row["gpu_hours"], price) / 1e6]
    ]


def _headline_total(total_musd: float, price: float, language: str) -> str:
    return _tex(
        tr("total {total} at {price}/GPU-hour", language).format(
            total=tr("${amount}M", language).format(amount=_num(total_musd, ",.2f", language)),
            price=_usd(price, ".2f", language),
        )
    )


def describe_headline_cost(
    runs: pd.DataFrame, usd_per_gpu_hour: float, *, language: str | None = None
) -> str:
    """Alt text for :func:`plot_headline_cost`, in ``language`` (the kernel's by default)."""
    language = i18n.language(language)
    total = headline_cost(runs, "DeepSeek-V3", usd_per_gpu_hour)
    return tr(
        "A horizontal bar of the V3 run's three stages priced at {price} USD per GPU-hour: {total} "
        "million USD in all, {side} the dashed line at 6 million.",
        language,
    ).format(
        price=_num(usd_per_gpu_hour, ".2f", language),
        total=_num(total / 1e6, ".2f", language),
        side=tr("below" if total < 6e6 else "above", language),
    )


def price_label(usd_per_gpu_hour: float, *, language: str | None = None) -> str:
    """The static slider's label of a rental price: ``"$2.00/h"`` (``"2,00 $/h"`` in French)."""
    return tr("{price}/h", i18n.language(language)).format(price=_usd(usd_per_gpu_hour, ".2f", language))


@cached
def price_frames(
    runs: pd.DataFrame, prices: Sequence[float] = PRICE_GRID, *, language: str | None = None
) -> list[tuple[str, str]]:
    """Frames for the static rental-price slider: one ``("$2.00/h", <img>)`` per price, labels and
    figure in ``language`` (the kernel's by default)."""
    language = i18n.language(language)
    labels = [price_label(p, language=language) for p in prices]
    by_label = dict(zip(labels, prices))

    # One figure for all frames: each frame moves the bars and rewrites the legend and the total (the
    # axes' scale is fixed for the whole grid), so a frame costs one render, not a figure and a layout.
    fig, ax = plot_headline_cost(runs, by_label[labels[0]], language=language)
    rows = run_table(runs, "DeepSeek-V3")
    bars = [container.patches[0] for container in ax.containers]
    legend_texts = ax.get_legend().get_texts()
    (total_text,) = [
        t
        for t in ax.texts
        if t.get_text() == _headline_total(sum(b.get_width() for b in bars), by_label[labels[0]], language)
    ]

    def draw(label):
        price = by_label[label]
        left = 0.0
        for bar, text, (usd, name) in zip(bars, legend_texts, _headline_stages(rows, price, language)):
            bar.set_x(left)
            bar.set_width(usd)
            text.set_text(name)
            left += usd
        total_text.set_text(_headline_total(left, price, language))
        return fig, describe_headline_cost(runs, price, language=language)

    try:
        return widgets.render_frames(labels, draw, close=False)
    finally:
        plt.close(fig)


def price_slider(runs: pd.DataFrame, usd_per_gpu_hour: float = 2.0, *, language: str | None = None) -> W.VBox:
    """The chapter's static rental-price slider over :func:`price_frames`, set at ``usd_per_gpu_hour``
    (one of :data:`PRICE_GRID`), with its description and caption in ``language``."""
    language = i18n.language(language)
    return widgets.precomputed_slider(
        price_frames(runs, language=language),
        widgets.static_label("Rental price, USD per GPU-hour", language),
        value=price_label(usd_per_gpu_hour, language=language),
        caption=tr("Each frame prices the V3 report's GPU-hours at one rental price.", language),
    )


# --- Live widgets ----------------------------------------------------------------------------------


class CostCalculator:
    """Live cost calculator: sliders for the waterfall's inputs; the figure is redrawn in place.

    ``calc.widget`` is displayed; ``calc.steps`` and ``calc.total_usd`` hold what is shown. Labels,
    sentences and the figure are in ``language`` (the kernel's by default).
    """

    def __init__(self, inputs: dict, *, language: str | None = None):
        self.inputs = dict(inputs)
        self.language = language = i18n.language(language)
        style_ = {"description_width": "16em"}
        layout = W.Layout(width="95%")

        def slider(cls, description, value, **kw):
            return cls(
                value=value,
                description=tr(description, language),
                continuous_update=False,
                style=style_,
                layout=layout,
                **kw,
            )

        self.gpu_hours = slider(
            W.FloatSlider,
            "Final-run GPU-hours (millions)",
            inputs["gpu_hours"] / 1e6,
            min=0.5,
            max=40,
            step=0.001,
            readout_format=".3f",
        )
        self.price = slider(
            W.FloatSlider,
            "Rental price (USD per GPU-hour)",
            inputs["usd_per_gpu_hour"],
            min=0.5,
            max=12,
            step=0.05,
        )
        self.research = slider(
            W.FloatSlider, "Research multiplier (×)", inputs["research_multiplier"], min=0, max=10, step=0.1
        )
        self.cluster = slider(
            W.IntSlider, "Cluster size (GPUs)", inputs["cluster_size"], min=256, max=60_000, step=256
        )
        self.years = slider(
            W.FloatSlider, "Amortisation (years)", inputs["amortisation_years"], min=1, max=8, step=0.5
        )
        self.utilisation = slider(
            W.FloatSlider, "Cluster utilisation (0–1]", inputs["utilisation"], min=0.05, max=1, step=0.05
        )
        self.staff = slider(
            W.FloatSlider,
            "Staff multiplier (× hardware)",
            inputs["staff_multiplier"],
            min=0,
            max=2,
            step=0.01,
        )
        self.controls = [
            self.gpu_hours,
            self.price,
            self.research,
            self.cluster,
            self.years,
            self.utilisation,
            self.staff,
        ]
        widgets.align_descriptions(self.controls)
        self.summary = W.HTML()
        # Under the utilisation slider while the one-year floor makes it change nothing.
        self.utilisation_note = W.HTML(layout=W.Layout(display="none"))
        self.output = W.HTML()  # the figure, as an <img> (widgets.show_figure)
        self.figure = None
        for control in self.controls:
            control.observe(self.update, names="value")
        boxes = [widgets.readout(control, language) for control in self.controls]
        boxes.insert(self.controls.index(self.utilisation) + 1, self.utilisation_note)
        self.widget = W.VBox(boxes + [self.summary, self.output])
        self.update()

    def compute(self) -> list[Step]:
        """The waterfall for the controls' current values."""
        return cost_waterfall(
            self.gpu_hours.value * 1e6,
            self.price.value,
            r1_gpu_hours=self.inputs["r1_gpu_hours"],
            research_multiplier=self.research.value,
            cluster_size=self.cluster.value,
            capex_usd_per_gpu=self.inputs["capex_usd_per_gpu"],
            opex_usd_per_gpu_year=self.inputs["opex_usd_per_gpu_year"],
            amortisation_years=self.years.value,
            utilisation=self.utilisation.value,
            staff_multiplier=self.staff.value,
        )

    @widgets.live_update
    def update(self, change=None) -> None:
        self.steps = self.compute()
        self.total_usd = waterfall_total(self.steps)
        language = self.language
        if self.figure is None:  # the figure plot_waterfall draws, laid out once; each update moves it
            self.figure = plt.figure(figsize=style.figsize(4.4))
            plt.close(self.figure)  # shown as an <img> in self.output, never by the inline backend
            self._drawn = _draw_waterfall(self.steps, self.figure.add_subplot(), 6e6, language)
            _set_waterfall(self._drawn, self.steps)
            self.figure.tight_layout()
            ax = self._drawn.ax
            # Drawn again at each update, in the order of their z: the bars, the scale (ticks and grid),
            # the lines, the axis line under the bars, the values. Kept as pixels: the steps' names under
            # the axis and the legend (drawn again over a bar that reaches it).
            self._render = widgets.MovingArtists(
                self.figure,
                [
                    *self._drawn.bars,
                    ax.yaxis,
                    *self._drawn.joins,
                    *self._drawn.reference[:1],
                    ax.spines["bottom"],
                    *self._drawn.values,
                    *self._drawn.reference[1:],
                ],
                above=[ax.get_legend()],
            )
            self._margin = widgets.LeftMargin(ax)
        else:
            _set_waterfall(self._drawn, self.steps)
            if self._margin.fit():  # the scale's numbers grew wider than the margin laid out for them
                self._render.invalidate()
        self.summary.value = (
            "<p>"
            + tr(
                "Headline <b>{headline}</b> → total <b>{total}</b> ({ratio} × the headline).", language
            ).format(
                headline=_musd(self.steps[0].usd, ",.2f", language),
                total=_musd(self.total_usd, ",.1f", language),
                ratio=_num(self.total_usd / self.steps[0].usd, ",.1f", language),
            )
            + "</p>"
        )
        floor_at = floor_utilisation(
            self.gpu_hours.value * 1e6,
            r1_gpu_hours=self.inputs["r1_gpu_hours"],
            research_multiplier=self.research.value,
            cluster_size=self.cluster.value,
        )
        note = utilisation_note(self.utilisation.value, floor_at, self.total_usd, language=language)
        self.utilisation_note.value = f"<small><em>{note}</em></small>" if note else ""
        self.utilisation_note.layout.display = None if note else "none"
        widgets.show_figure(self.output, self.figure, style.alt_text(self.figure), self._render)


def cost_calculator(inputs: dict, *, language: str | None = None) -> W.Box:
    """Build the live cost calculator (see :class:`CostCalculator`) in ``language`` (the kernel's by
    default) and return its box."""
    return CostCalculator(inputs, language=language).widget


class ComputeCalculator:
    """Live compute calculator: parameters, tokens, GPU, precision, utilisation → FLOP, GPU-hours.

    ``calc.result`` holds the numbers shown (FLOP, GPU-hours, days on the cluster, rental USD). Labels
    and the table are in ``language`` (the kernel's by default).
    """

    def __init__(
        self,
        gpu_specs: pd.DataFrame,
        *,
        active_params=37e9,
        tokens=10e12,
        num_gpus=2048,
        utilisation=0.35,
        usd_per_gpu_hour=2.0,
        language: str | None = None,
    ):
        self.gpu_specs = gpu_specs
        self.language = language = i18n.language(language)
        self.price = usd_per_gpu_hour
        st = {"description_width": "16em"}
        lay = W.Layout(width="95%")
        self.params = W.FloatLogSlider(
            value=active_params / 1e9,
            base=10,
            min=0,
            max=3.5,
            step=0.01,
            description=tr("Active parameters (billions)", language),
            style=st,
            layout=lay,
            continuous_update=False,
            readout_format=".1f",
        )
        self.tokens = W.FloatSlider(
            value=tokens / 1e12,
            min=0.1,
            max=40,
            step=0.1,
            description=tr("Training tokens (trillions)", language),
            style=st,
            layout=lay,
            continuous_update=False,
        )
        self.gpu = W.Dropdown(
            options=sorted(gpu_specs["gpu"].unique()), value="H800 SXM", description="GPU", style=st
        )
        self.precision = W.Dropdown(
            options=[(tr("BF16 peak", language), "bf16"), (tr("FP8 peak", language), "fp8")],
            value="bf16",
            description=tr("Peak used", language),
            style=st,
        )
        self.utilisation = W.FloatSlider(
            value=utilisation,
            min=0.05,
            max=1,
            step=0.01,
            description=tr("Utilisation (MFU, 0–1]", language),
            style=st,
            layout=lay,
            continuous_update=False,
        )
        self.num_gpus = W.IntSlider(
            value=num_gpus,
            min=8,
            max=32_768,
            step=8,
            description=tr("GPUs in parallel", language),
            style=st,
            layout=lay,
            continuous_update=False,
        )
        self.controls = [self.params, self.tokens, self.gpu, self.precision, self.utilisation, self.num_gpus]
        widgets.align_descriptions(self.controls)
        self.output = W.HTML()
        # Next to the GPU choice while another GPU has the same peak (see same_peak_note).
        self.gpu_note = W.HTML(layout=W.Layout(display="none"))
        for control in self.controls:
            control.observe(self.update, names="value")
        boxes = [widgets.readout(control, language) for control in self.controls]
        boxes.insert(self.controls.index(self.precision) + 1, self.gpu_note)
        self.widget = W.VBox(boxes + [self.output])
        self.update()

    @widgets.live_update
    def update(self, change=None) -> None:
        flops = training_flops(self.params.value * 1e9, self.tokens.value * 1e12)
        peak = peak_flop_per_s(self.gpu_specs, self.gpu.value, self.precision.value)
        hours = gpu_hours_needed(flops, peak, self.utilisation.value)
        self.result = {
            "flops": flops,
            "gpu_hours": hours,
            "days": wall_clock_days(hours, self.num_gpus.value),
            "rental_usd": rental_cost(hours, self.price),
        }
        r = self.result
        language = self.language
        note = same_peak_note(self.gpu_specs, self.gpu.value, self.precision.value, language=language)
        self.gpu_note.value = f"<small><em>{note}</em></small>" if note else ""
        self.gpu_note.layout.display = None if note else "none"
        gpu = self.gpu.value
        rows = [
            (
                tr("Training compute (6·N·D)", language),
                tr("{value} FLOP", language),
                _three_figures(r["flops"], language),
            ),
            (
                tr("Peak of one {gpu} ({precision}, dense)", language),
                tr("{value} TFLOP/s", language),
                _num(peak / 1e12, ",.1f", language),
            ),
            (
                tr("{gpu} GPU-hours at this utilisation", language),
                tr("{value} million", language),
                _num(r["gpu_hours"] / 1e6, ",.3f", language),
            ),
            (
                tr("Wall-clock on {gpus} {gpu} GPUs", language),
                tr("{value} days", language),
                _num(r["days"], ",.1f", language),
            ),
            (tr("Rental at {price}/GPU-hour", language), "{value}", _musd(r["rental_usd"], ",.2f", language)),
        ]
        fields = {
            "gpu": gpu,
            "precision": self.precision.value.upper(),
            "gpus": i18n.format_spec(self.num_gpus.value, ",", language),
            "price": _usd(self.price, ".2f", language),
        }
        self.output.value = (
            "<table>"
            + "".join(
                f"<tr><td>{name.format(**fields)}</td><td><b>{value.format(value=v)}</b></td></tr>"
                for name, value, v in rows
            )
            + "</table>"
        )


def _three_figures(value: float, language: str) -> str:
    """``value`` to three significant figures as ``:.3g`` writes it (``3.33e+24``), in ``language``'s
    way (``3,33e+24``)."""
    text = f"{value:.3g}"
    if language == i18n.LANGUAGES[0]:
        return text
    mantissa, e, exponent = text.partition("e")
    return _num(float(mantissa), f".{len(mantissa.partition('.')[2])}f", language) + e + exponent


def compute_calculator(gpu_specs: pd.DataFrame, **kwargs: Any) -> W.Box:
    """Build the live compute calculator (see :class:`ComputeCalculator`; ``language=`` among its
    keyword arguments) and return its box."""
    return ComputeCalculator(gpu_specs, **kwargs).widget


# --- Prices to users -------------------------------------------------------------------------------

_PRICE_COLUMNS = {
    "input_cache_hit_usd_per_mtok": "input, cache hit",
    "input_usd_per_mtok": "input",
    "output_usd_per_mtok": "output",
}


def _price_row(api_prices: pd.DataFrame, model: str) -> pd.Series:
    return one_row(api_prices, "model", model, what="rows of api_prices")


def price_ratios(
    api_prices: pd.DataFrame, expensive: str = "OpenAI o1", cheap: str = "DeepSeek-R1"
) -> pd.Series:
    """How many times ``expensive`` costs ``cheap``, per kind of token (a Series by token kind)."""
    hi, lo = _price_row(api_prices, expensive), _price_row(api_prices, cheap)
    return pd.Series({label: float(hi[col]) / float(lo[col]) for col, label in _PRICE_COLUMNS.items()})


def plot_api_prices(
    api_prices: pd.DataFrame,
    models: Sequence[str] = ("DeepSeek-R1", "OpenAI o1"),
    ax: Axes | None = None,
    *,
    language: str | None = None,
) -> tuple[Figure, Axes]:
    """Grouped bars (log scale) of each model's prices per million tokens, with the ratio written above;
    labels in ``language`` (the kernel's by default)."""
    language = i18n.language(language)
    fig, ax = style.figure_and_axes(ax, figsize=style.figsize(3.8))
    x = np.arange(len(_PRICE_COLUMNS))
    width = 0.38
    for k, model in enumerate(models):
        row = _price_row(api_prices, model)
        values = [float(row[c]) for c in _PRICE_COLUMNS]
        bars = ax.bar(
            x + (k - 0.5) * width,
            values,
            width,
            color=style.CYCLE[k],
            hatch=["", "//"][k % 2],
            edgecolor="white",
            label=f"{model} ({i18n.format_spec(row['in_effect_on'], '%d %b %Y', language)})",
        )
        labels = [_tex(tr("${amount}", language).format(amount=_g(v, language))) for v in values]
        ax.bar_label(bars, labels=labels, fontsize=style.SMALL_PT, padding=2)
    ratios = price_ratios(api_prices, models[1], models[0])
    for i, r in enumerate(ratios):
        ax.annotate(
            tr("{model} costs × {ratio}", language).format(model=models[1], ratio=_num(r, ".1f", language)),
            (x[i], 180),
            ha="center",
            fontsize=style.SMALL_PT,
            fontweight="bold",
        )
    ax.set_yscale("log")
    ax.set_ylim(0.05, 400)
    ax.set_xticks(x, [tr(label, language) for label in _PRICE_COLUMNS.values()])
    ax.set_ylabel(tr("USD per million tokens (log scale)", language))
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.12), fontsize=style.SMALL_PT, ncol=2)
    ax.grid(axis="x", alpha=0)
    fig.tight_layout()
    style.set_alt(fig, describe_api_prices(api_prices, models, language=language))
    return fig, ax


# --- Published estimates ---------------------------------------------------------------------------


def _estimate_words(row: Any, language: str) -> dict[str, str]:
    """The subject, quantity, estimator and period of a row of ``cost_estimates``, in ``language``: the
    French columns for French, a period that is an ISO date written as a date."""
    if language == i18n.LANGUAGES[0]:
        return {k: row[k] for k in ("subject", "quantity", "estimator", "period")}
    period = row["period"]
    if re.fullmatch(r"\d{4}-\d\d-\d\d", str(period)):
        period = i18n.format_date(period, "short", language)
    else:
        period = row[f"period_{language}"]
    words = {k: row[f"{k}_{language}"] for k in ("subject", "quantity", "estimator")}
    return {**words, "period": period}


#: The longest line of an estimate's label on the figure, in characters (the English ones all fit).
_ESTIMATE_LABEL_WIDTH = 70


def _wrap_lines(text: str) -> str:
    """Each line of ``text`` wrapped at :data:`_ESTIMATE_LABEL_WIDTH` characters."""
    return "\n".join(style.wrap_label(line, _ESTIMATE_LABEL_WIDTH) for line in text.split("\n"))


def plot_estimates(
    estimates: pd.DataFrame,
    headline_usd: float,
    ids: Sequence[str] | None = None,
    ax: Axes | None = None,
    *,
    language: str | None = None,
) -> tuple[Figure, Axes]:
    """Dollar estimates (unit ``usd``) on a log axis: a dot for a central figure, a bar for a range,
    an arrow for a lower bound; a dashed line at ``headline_usd``. Labels in ``language`` (the kernel's
    by default; French from the ``*_fr`` columns)."""
    language = i18n.language(language)
    rows = estimates[estimates["unit"] == "usd"]
    if ids is not None:
        rows = rows.set_index("estimate_id").loc[list(ids)].reset_index()
    fig, ax = style.figure_and_axes(ax, figsize=style.figsize(0.5 * len(rows) + 1.6))
    for y, (_, row) in enumerate(rows.iloc[::-1].iterrows()):
        low, value, high = row["low"], row["value"], row["high"]
        if pd.notna(low) and pd.notna(high) and low != high:
            ax.plot([low, high], [y, y], color=style.PALETTE["blue"], lw=5, alpha=0.5, solid_capstyle="butt")
        if pd.notna(value):
            ax.plot(value, y, "o", color=style.PALETTE["blue"], ms=7)
        if pd.notna(low) and pd.isna(high) and pd.isna(value):
            ax.annotate(
                "",
                xy=(low * 3, y),
                xytext=(low, y),
                arrowprops={"arrowstyle": "->", "color": style.PALETTE["vermillion"], "lw": 1.6},
            )
            ax.plot(low, y, "|", color=style.PALETTE["vermillion"], ms=12, mew=2)
    ax.axvline(headline_usd, color=style.PALETTE["black"], ls="--", lw=1.2)
    ax.annotate(
        _tex(tr("V3 headline {amount}", language).format(amount=_musd(headline_usd, ".3f", language))),
        (headline_usd, len(rows) - 0.5),
        xytext=(-4, 0),
        textcoords="offset points",
        ha="right",
        fontsize=style.SMALL_PT,
    )
    ax.set_xscale("log")
    label = tr("{subject}: {quantity}\n({estimator}, {period})", language)
    ax.set_yticks(
        range(len(rows)),
        [_wrap_lines(label.format(**_estimate_words(r, language))) for _, r in rows.iloc[::-1].iterrows()],
        fontsize=style.SMALL_PT,
    )
    ax.set_xlabel(tr("US dollars (log scale)", language))
    ax.set_ylim(-0.6, len(rows) - 0.2)
    ax.grid(axis="y", alpha=0)
    fig.tight_layout()
    style.set_alt(fig, describe_estimates(rows, headline_usd, language=language))
    return fig, ax


# --- Checking the broadcast's cost claims ----------------------------------------------------------


def ratio_verdict(ratios: Sequence[float] | pd.Series, claimed: float, tolerance: float = 0.05) -> str:
    """Grade "X times more" against several measured ratios.

    All within ``tolerance`` (relative) of ``claimed`` → "accurate"; all within 25% → "approximately
    right"; all above or all below → "wrong" (the claim misses every measure); measures on both
    sides → "unverifiable": the answer depends on what is compared, and no measure is the claim's own.
    """
    values = [_positive(r, "ratios", "a ratio") for r in ratios]
    claimed = _positive(claimed, "claimed", "a ratio")
    if not values:
        raise ValueError("ratios=[]: expected at least one measured ratio")
    distances = [abs(v - claimed) / claimed for v in values]
    if max(distances) <= tolerance:
        return "accurate"
    if max(distances) <= 0.25:
        return "approximately right"
    if all(v < claimed for v in values) or all(v > claimed for v in values):
        return "wrong"
    return "unverifiable"


#: The broadcast's cost claims, with their ids in data/claims.csv.
COST_CLAIMS = {
    "under_six_million": ("« il aurait suffi de moins de 6 millions de dollars »", 6e6),
    "twenty_times": ("« qui dépenserait 20 fois plus qu'elle pour arriver au même résultat »", 20.0),
    "five_and_half_million": ("« le miracle à 5,5 millions de dollars »", 5.5e6),
}


def check_cost_claims(
    runs: pd.DataFrame,
    api_prices: pd.DataFrame,
    estimates: pd.DataFrame,
    full_cost_usd: float | None = None,
    *,
    language: str | None = None,
) -> pd.DataFrame:
    """One row per claim of :data:`COST_CLAIMS`: what the data give, and the computed verdict.

    ``full_cost_usd`` is a fuller cost (the default waterfall's total unless given). The findings are
    written in ``language`` (the kernel's by default).
    """
    language = i18n.language(language)
    headline = headline_cost(runs, "DeepSeek-V3")
    if full_cost_usd is None:
        inputs = waterfall_inputs(runs, estimates)
        full_cost_usd = waterfall_total(
            cost_waterfall(inputs.pop("gpu_hours"), inputs.pop("usd_per_gpu_hour"), **inputs)
        )
    rows = []

    claim, limit = COST_CLAIMS["under_six_million"]
    if headline >= limit:
        verdict = "wrong"
    elif full_cost_usd < limit:
        verdict = "accurate"
    else:
        verdict = "misleading"
    rows.append(
        {
            "claim_id": "under_six_million",
            "claim": claim,
            "finding": tr("the final run's rent is {headline}; a fuller cost is {full}", language).format(
                headline=_musd(headline, ".3f", language), full=_musd(full_cost_usd, ",.1f", language)
            ),
            "verdict": verdict,
        }
    )

    ratios = compute_and_price_ratios(runs, api_prices)
    claim, times = COST_CLAIMS["twenty_times"]
    rows.append(
        {
            "claim_id": "twenty_times",
            "claim": claim,
            "finding": tr("; ", language).join(
                f"{tr(k, language)} × {_num(v, '.1f', language)}" for k, v in ratios.items()
            ),
            "verdict": ratio_verdict(ratios.values(), times),
        }
    )

    claim, number = COST_CLAIMS["five_and_half_million"]
    rows.append(
        {
            "claim_id": "five_and_half_million",
            "claim": claim,
            "finding": tr("the report's figure is {headline}", language).format(
                headline=_musd(headline, ".3f", language)
            ),
            "verdict": number_verdict(headline, number),
        }
    )
    return pd.DataFrame(rows)


def check_rd_not_counted(runs: pd.DataFrame, *, language: str | None = None) -> Evidence:
    """« L'entreprise n'aurait pas intégré les coûts de recherche et de développement »:
    what V3's cost covers.

    "accurate" when the source notes of the V3 rows of training_runs.csv record that prior research and
    ablations are excluded; "unverifiable" when the data do not say what the figure leaves out. Finding
    and method in ``language`` (the kernel's by default).
    """
    language = i18n.language(language)
    rows = run_table(runs, "DeepSeek-V3")
    notes = " ".join(rows["source_note"].fillna(""))
    excluded = "exclud" in notes.lower()
    covers = tr("The V3 report's cost covers {n} stages of the final run ({hours}M GPU-hours); ", language)
    return Evidence(
        covers.format(n=len(rows), hours=_num(rows["gpu_hours"].sum() / 1e6, ".3f", language))
        + (
            tr("its notes record that prior research and ablations are excluded.", language)
            if excluded
            else tr("the data do not record what it excludes.", language)
        ),
        "accurate" if excluded else "unverifiable",
        tr("the V3 rows of training_runs.csv and what their source notes say is excluded", language),
    )


def compute_and_price_ratios(runs: pd.DataFrame, api_prices: pd.DataFrame) -> dict[str, float]:
    """The measurable "times more" between DeepSeek and a US rival.

    Llama 3.1 405B ÷ V3 GPU-hours; Llama's reported FLOP ÷ V3's 6·N·D; o1 ÷ R1 API prices
    (input and output). The first two are compute of one final run, the last two are prices.
    """
    llama = run_table(runs, "Llama 3.1 405B").iloc[0]
    v3 = run_table(runs, "DeepSeek-V3")
    pre = v3[v3["run_id"] == "v3_pretrain"].iloc[0]
    v3_flops = training_flops(pre["params_active"], pre["tokens"])
    prices = price_ratios(api_prices)
    return {
        "GPU-hours, Llama 3.1 405B / V3": llama["gpu_hours"] / v3["gpu_hours"].sum(),
        "training FLOP, Llama 3.1 405B / V3": llama["reported_flop"] / v3_flops,
        "API input price, o1 / R1": float(prices["input"]),
        "API output price, o1 / R1": float(prices["output"]),
    }


def ratio_table(ratios: dict[str, float], *, language: str | None = None) -> pd.DataFrame:
    """:func:`compute_and_price_ratios` as a table for the reader: one row per measure, the ratio
    rounded to one decimal, in a column "times more"; words in ``language`` (the kernel's by default)."""
    language = i18n.language(language)
    series = pd.Series(
        {tr(what, language): ratio for what, ratio in ratios.items()}, name=tr("times more", language)
    )
    return series.round(1).to_frame()


def flop_ratio_split(
    runs: pd.DataFrame, rival: str = "llama31_405b", run: str = "v3_pretrain"
) -> dict[str, float]:
    """Where the rival's ÷ V3's training compute comes from, as factors that multiply to the whole.

    By 6·N·D the ratio is (active parameters ratio) × (tokens ratio); the rival's *reported* FLOP adds a
    third factor, reported ÷ its own 6·N·D. Number formats (FP8, BF16) do not appear: they change how
    fast a GPU does the arithmetic, not how much arithmetic there is.
    """
    a = one_row(runs, "run_id", rival, what="training runs")
    b = one_row(runs, "run_id", run, what="training runs")
    params = a["params_active"] / b["params_active"]
    tokens = a["tokens"] / b["tokens"]
    reported = (
        a["reported_flop"] / training_flops(a["params_active"], a["tokens"])
        if pd.notna(a["reported_flop"])
        else 1.0
    )
    return {
        "active parameters": float(params),
        "tokens": float(tokens),
        "reported ÷ 6·N·D": float(reported),
        "total": float(params * tokens * reported),
    }


# --- Compute side by side --------------------------------------------------------------------------

#: The pre-training run of each model compared in the chapter (V3's pre-training; Llama's card total).
COMPARED_RUNS = ("v3_pretrain", "llama31_405b")


def compute_summary(
    runs: pd.DataFrame,
    gpu_specs: pd.DataFrame,
    run_ids: Sequence[str] = COMPARED_RUNS,
) -> pd.DataFrame:
    """One row per run: GPU-hours, 6·N·D FLOP, FLOP from the reported per-token figure, and MFU
    against the GPU's dense BF16 and FP8 peaks (6·N·D and per-token versions)."""
    rows = []
    for run_id in run_ids:
        run = one_row(runs, "run_id", run_id, what="training runs")
        flops = training_flops(run["params_active"], run["tokens"])
        per_token = (
            run["reported_gflop_per_token"] * 1e9 * run["tokens"]
            if pd.notna(run["reported_gflop_per_token"])
            else float("nan")
        )
        bf16 = peak_flop_per_s(gpu_specs, run["gpu_type"], "bf16")
        fp8 = peak_flop_per_s(gpu_specs, run["gpu_type"], "fp8")
        rows.append(
            {
                "run_id": run_id,
                "model": run["model"],
                "gpu_type": run["gpu_type"],
                "gpu_hours": run["gpu_hours"],
                "tokens": run["tokens"],
                "params_active": run["params_active"],
                "flops_6nd": flops,
                "flops_per_token_figure": per_token,
                "flops_reported": run["reported_flop"],
                "mfu_bf16_6nd": mfu(flops, run["gpu_hours"], bf16),
                "mfu_bf16_per_token": mfu(per_token, run["gpu_hours"], bf16)
                if per_token == per_token
                else float("nan"),
                "mfu_fp8_6nd": mfu(flops, run["gpu_hours"], fp8),
            }
        )
    return pd.DataFrame(rows).set_index("run_id")


def plot_compute_comparison(
    summary: pd.DataFrame, *, language: str | None = None
) -> tuple[Figure, Sequence[Axes]]:
    """Three panels side by side: GPU-hours, training FLOP (6·N·D) and MFU (BF16 and FP8 peaks);
    labels in ``language`` (the kernel's by default)."""
    language = i18n.language(language)
    fig, axes = plt.subplots(1, 3, figsize=style.figsize(3.8))
    names = [m.replace(" 405B", "\n405B") for m in summary["model"]]
    colours = [style.CYCLE[k] for k in range(len(summary))]
    hatches = ["", "//", "xx", ".."][: len(summary)]
    x = np.arange(len(summary))
    for ax, column, scale, label in (
        (axes[0], "gpu_hours", 1e6, tr("GPU-hours (millions)", language)),
        (axes[1], "flops_6nd", 1e24, tr("Training compute, 6·N·D (10²⁴ FLOP)", language)),
    ):
        values = summary[column] / scale
        bars = ax.bar(x, values, color=colours, hatch=hatches, edgecolor="white", width=0.6)
        ax.bar_label(
            bars, labels=[_num(v, ",.2f", language) for v in values], fontsize=style.SMALL_PT, padding=2
        )
        ax.set_xticks(x, names, fontsize=style.SMALL_PT)
        ax.set_ylabel(label)
        ax.set_ylim(0, values.max() * 1.15)
        style.number_ticks(ax.yaxis, language)
        ax.grid(axis="x", alpha=0)
    ax = axes[2]
    width = 0.36
    peaks = (("mfu_bf16_6nd", tr("vs BF16 peak", language)), ("mfu_fp8_6nd", tr("vs FP8 peak", language)))
    for k, (column, name) in enumerate(peaks):
        values = summary[column] * 100
        bars = ax.bar(
            x + (k - 0.5) * width,
            values,
            width,
            color=style.CYCLE[k + 2],
            hatch=["", "//"][k],
            edgecolor="white",
            label=name,
        )
        ax.bar_label(bars, labels=[_percent(v, language) for v in values], fontsize=style.SMALL_PT, padding=2)
    ax.set_xticks(x, names, fontsize=style.SMALL_PT)
    ax.set_ylabel(tr("Model FLOP utilisation (%)", language))
    style.number_ticks(ax.yaxis, language)
    ax.set_ylim(0, 50)
    ax.legend(fontsize=style.SMALL_PT, loc="upper right")
    ax.grid(axis="x", alpha=0)
    fig.tight_layout()
    style.set_alt(fig, describe_compute_comparison(summary, language=language))
    return fig, axes


# --- Alt text for the figures that had none --------------------------------------------------------


def describe_api_prices(
    api_prices: pd.DataFrame,
    models: Sequence[str] = ("DeepSeek-R1", "OpenAI o1"),
    *,
    language: str | None = None,
) -> str:
    """Alt text for :func:`plot_api_prices`: each kind of token, both prices and their ratio, in
    ``language`` (the kernel's by default)."""
    language = i18n.language(language)
    first, second = (_price_row(api_prices, m) for m in models)
    ratios = price_ratios(api_prices, models[1], models[0])
    part = tr(
        "{kind}: {cheap} {cheap_price} dollars against {price} for {expensive}, {ratio} times more", language
    )
    parts = [
        part.format(
            kind=tr(label, language),
            cheap=models[0],
            cheap_price=_g(float(first[c]), language),
            price=_g(float(second[c]), language),
            expensive=models[1],
            ratio=_num(ratios[label], ".1f", language),
        )
        for c, label in _PRICE_COLUMNS.items()
    ]
    return tr("Grouped bars on a log scale of prices per million tokens. ", language) + "; ".join(parts) + "."


def describe_estimates(estimates: pd.DataFrame, headline_usd: float, *, language: str | None = None) -> str:
    """Alt text for :func:`plot_estimates`: each dollar estimate, against the V3 headline, in ``language``
    (the kernel's by default)."""
    language = i18n.language(language)
    rows = estimates[estimates["unit"] == "usd"]

    def amount(row) -> str:
        low, value, high = row["low"], row["value"], row["high"]
        if pd.notna(value) and pd.notna(low) and pd.notna(high) and low != high:
            return tr("about {value} (range {low} to {high})", language).format(
                value=_millions(value, language), low=_millions(low, language), high=_millions(high, language)
            )
        if pd.notna(value):
            return tr("about {value}", language).format(value=_millions(value, language))
        return tr("at least {value}", language).format(value=_millions(low, language))

    part = tr("{subject}, {quantity} ({estimator}): {amount}", language)
    parts = [part.format(**_estimate_words(r, language), amount=amount(r)) for _, r in rows.iterrows()]
    return (
        tr(
            "Dollar estimates on a log scale against a dashed line at V3's headline {headline}. ", language
        ).format(headline=_millions(headline_usd, language))
        + "; ".join(parts)
        + "."
    )


def _millions(usd: float, language: str) -> str:
    if usd >= 1e9:
        return tr("{amount} billion dollars", language).format(amount=_num(usd / 1e9, ",.2f", language))
    return tr("{amount} million dollars", language).format(amount=_num(usd / 1e6, ",.1f", language))


def describe_compute_comparison(summary: pd.DataFrame, *, language: str | None = None) -> str:
    """Alt text for :func:`plot_compute_comparison`: GPU-hours, compute and MFU of each run, in
    ``language`` (the kernel's by default)."""
    language = i18n.language(language)
    part = tr(
        "{model}: {hours} million GPU-hours, {flops} × 10²⁴ FLOP, MFU {bf16} of the BF16 peak and "
        "{fp8} of the FP8 peak",
        language,
    )
    parts = [
        part.format(
            model=r.model,
            hours=_num(r.gpu_hours / 1e6, ",.2f", language),
            flops=_num(r.flops_6nd / 1e24, ",.1f", language),
            bf16=_percent(100 * r.mfu_bf16_6nd, language),
            fp8=_percent(100 * r.mfu_fp8_6nd, language),
        )
        for r in summary.itertuples()
    ]
    return tr("Three bar charts side by side. ", language) + "; ".join(parts) + "."


def _percent(value_pct: float, language: str) -> str:
    """A percentage given in percent points, one decimal: ``38.2%`` (``38,2 %`` in French)."""
    return (
        f"{value_pct:.1f}%" if language == i18n.LANGUAGES[0] else i18n.format_percent(value_pct, 1, language)
    )
