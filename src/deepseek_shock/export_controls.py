"""Chapter 4 — Export controls as code: TPP, performance density and ECCN 3A090 (2022 and 2023 rules).

The US rules on AI chips (Export Control Classification Number 3A090) test a chip's *total processing
performance* (TPP), its *performance density* (TPP per mm² of die) and, in the October 2022 version,
its chip-to-chip input/output bandwidth. This module writes those tests as code.

Units: ``dense_tops`` is a datasheet throughput in tera-operations per second (TOPS or TFLOPS, dense,
not sparse); ``bit_length`` in bits; ``die_area_mm2`` in square millimetres; ``io_gb_s`` in gigabytes
per second, aggregate and bidirectional. TPP and performance density are the rules' own unitless
numbers (TPP is "bit-TOPS"; density is TPP per mm²).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import ipywidgets as W
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from . import i18n, style, widgets
from .arguments import finite_positive as _positive
from .arguments import finite_result
from .cache import cached
from .data import ECCN_3A090, one_row
from .i18n import tr
from .verdicts import Evidence

__all__ = [
    "LINES",
    "line",
    "describe_compare",
    "RULES",
    "TPP_LICENCE",
    "IO_LICENCE_GB_S",
    "TPP_FLOOR",
    "TPP_B1_FLOOR",
    "DENSITY_A2",
    "DENSITY_B1",
    "DENSITY_B2",
    "ECCNS",
    "tpp",
    "performance_density",
    "Classification",
    "classify",
    "largest_uncontrolled_tpp",
    "DESIGN_INPUTS",
    "inert_controls",
    "chip_table",
    "status_table",
    "plot_rule_map",
    "describe_rule_map",
    "density_frames",
    "density_slider",
    "no_area_finding",
    "plot_compare",
    "ChipDesigner",
    "designer",
    "deprived_claim",
    "weaker_chips_claim",
    "CLUSTER_RUNS",
    "innovated_claim",
    "SAME_COMPUTE_SHARE",
    "MUCH_LESS_SHARE",
    "format_number",
    "DESIGNER_START",
    "DENSITY_FRAME_TOPS",
]

#: The two versions of ECCN 3A090 that ``classify`` implements, with the date each was announced.
RULES = {"2022-10": "7 October 2022 rule", "2023-10": "17 October 2023 rule"}

# --- Thresholds (the single place they are written; the chapter glues its numbers from here) ------

#: TPP at or above which a chip is controlled (2022: with the I/O test; 2023: tier a.1).
TPP_LICENCE = 4800
#: 2022 rule only: aggregate bidirectional chip-to-chip I/O at or above which the TPP test applies, GB/s.
IO_LICENCE_GB_S = 600
#: 2023 rule: below this TPP a chip is never in 3A090, whatever its density.
TPP_FLOOR = 1600
#: 2023 rule: lower TPP bound of tier b.1.
TPP_B1_FLOOR = 2400
#: 2023 rule: density at or above which a chip with TPP ≥ TPP_FLOOR is in tier a.2.
DENSITY_A2 = 5.92
#: 2023 rule: lower density bound of tier b.1 (with 2400 ≤ TPP < 4800).
DENSITY_B1 = 1.6
#: 2023 rule: lower density bound of tier b.2 (with TPP ≥ 1600).
DENSITY_B2 = 3.2

#: Every classification ``classify`` can return (``None`` means outside 3A090).
ECCNS = (*ECCN_3A090["2022-10"], *ECCN_3A090["2023-10"], None)


def tpp(dense_tops: float, bit_length: float) -> float:
    """Total processing performance: datasheet dense TOPS (or TFLOPS) × bit length of the operation.

    The datasheet figure already counts a multiply-accumulate as two operations, which is the rule's
    "2 × MacTOPS", so it is not doubled again. Use the dense (not sparse) figure, and the precision
    that gives the highest product.
    """
    dense_tops = _positive(dense_tops, "dense_tops", "dense tera-operations per second from a datasheet")
    bit_length = _positive(bit_length, "bit_length", "bits per operand, e.g. 8 or 16")
    return finite_result(
        lambda: dense_tops * bit_length, "the TPP", dense_tops=dense_tops, bit_length=bit_length
    )


def performance_density(tpp: float, die_area_mm2: float) -> float:
    """Performance density: TPP divided by the applicable die area in mm² (all non-planar logic dies)."""
    tpp = _positive(tpp, "tpp", "total processing performance, TOPS × bits")
    die_area_mm2 = _positive(die_area_mm2, "die_area_mm2", "applicable logic die area in mm²")
    return finite_result(lambda: tpp / die_area_mm2, "the density", tpp=tpp, die_area_mm2=die_area_mm2)


@dataclass(frozen=True)
class Classification:
    """The result of :func:`classify`.

    ``eccn`` is one of :data:`ECCNS` (``None``: outside 3A090); ``reason`` says why in one sentence.
    ``licence_exception`` is True when the chip is controlled but can go under License Exception
    NAC/ACA (2023 rule: the b tiers, and a.1 chips not designed or marketed for datacenters).
    ``language`` is the language ``reason`` and :attr:`label` are written in.
    """

    eccn: str | None
    reason: str
    rule: str
    tpp: float
    performance_density: float | None = None
    licence_exception: bool = False
    language: str = field(default="en", compare=False)

    @property
    def controlled(self) -> bool:
        """True when the chip falls in ECCN 3A090 under the rule."""
        return self.eccn is not None

    @property
    def label(self) -> str:
        """A short status for tables: the ECCN, a note on NAC/ACA, or 'not controlled'."""
        if self.eccn is None:
            return tr("not controlled", self.language)
        return f"{self.eccn} (NAC/ACA)" if self.licence_exception else self.eccn


def _fmt(x: float, language: str) -> str:
    return format_number(x, 0 if abs(x) >= 100 else 2, language=language)


def _plain(value: float, language: str) -> str:
    """A threshold as the rule writes it (``5.92``, ``4800``: its own digits, no grouping), in
    ``language``'s way."""
    decimals = len(f"{value:g}".partition(".")[2])
    return i18n.format_spec(float(value), f".{decimals}f", language)


def format_number(
    value: float, decimals: int = 0, *, percent: bool = False, language: str | None = None
) -> str:
    """The chapter's one way to print a number: thousands separators, ``decimals`` places, a percent sign
    with ``percent=True`` (``value`` is then a fraction), written ``language``'s way (the kernel's by
    default). ``format_number(15831.2)`` → ``"15,831"``; ``format_number(0.1496, percent=True)`` →
    ``"15%"``; in French ``"15 831"`` and ``"15 %"``.

    >>> format_number(15831.2, language="fr"), format_number(0.1496, percent=True, language="fr")
    ('15\\u202f831', '15\\u202f%')
    """
    if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)):
        raise TypeError(f"value={value!r}: expected a number")
    if not isinstance(decimals, (int, np.integer)) or isinstance(decimals, bool) or decimals < 0:
        raise ValueError(f"decimals={decimals!r}: expected a whole number of decimal places, 0 or more")
    if not math.isfinite(value):
        raise ValueError(f"value={value!r}: expected a finite number")
    return i18n.format_spec(float(value), f",.{int(decimals)}{'%' if percent else 'f'}", language)


#: The lines chapter 4's cells print, by name: English templates whose fields keep Python's formats
#: (the French table holds their French; :func:`line` fills them).
LINES = {
    "a100_8": "A100 at 8 bits:  {tpp:,.0f}",
    "a100_16": "A100 at 16 bits: {tpp:,.0f}",
    "bis_example": "BIS's example:   {int8:,.0f} = {fp16:,.0f}",
    "mi250x": "MI250X, INT8 vs FP16: {int8:,.0f} vs {fp16:,.0f} → the FP16 figure counts",
    "h100_right": "H100, right (dense tensor FP8):    {tpp:,.0f}",
    "h100_sparse": "H100, sparse figure used:          {tpp:,.0f}",
    "h100_vector": "H100, vector (non-tensor) FP16:    {tpp:,.0f}",
    "rtx_right": "RTX 4090, right:                   {tpp:,.0f}",
    "rtx_doubled": "RTX 4090, datasheet doubled again: {tpp:,.0f}",
    "chip_density": "{chip:9} TPP {tpp:8,.0f}  die {area:6.1f} mm²  density {density:5.2f}",
    # the solutions of the chapter's exercises
    "l40": "TPP = {tops:g} × {bits} = {tpp:,.0f}; density = {tpp:,.0f} / {area} = {density:.2f}",
    "the_line": "the line: {line:,.0f} | largest uncontrolled whole TPP in the scan: {largest:,.0f}",
    "at_the_line": "at the line itself: {label} | density there: {density:,.2f}",
    "under_the_line": "H20 is {gap:,.0f} TPP under it",
    "published": "{chip}: published {published:,.0f}, right {right:,.0f}, ratio {ratio:.2f}",
    "right_status": "   status with the right figure:  {label}",
    "b2_start": "b.2 starts at density {density}: die area ≤ {limit:.1f} mm² ({smaller:.1%} smaller)",
    "area_status": "{area:6.1f} mm²: {label}",
}


def line(name: str, *, language: str | None = None, **values: object) -> str:
    """The line :data:`LINES` names ``name``, its fields filled with ``values``, in ``language`` (the
    kernel's by default): English exactly as the f-string would print it, French with its separators.

    >>> line("a100_8", tpp=4992, language="en"), line("a100_8", tpp=4992, language="fr")
    ('A100 at 8 bits:  4,992', 'A100 en 8 bits :  4\u202f992')
    """
    return i18n.named_line(LINES, name, values, language)


def classify(
    tpp: float,
    *,
    die_area_mm2: float | None = None,
    io_gb_s: float | None = None,
    datacenter: bool = True,
    rule: str = "2023-10",
    language: str | None = None,
) -> Classification:
    """Classify a chip under ECCN 3A090 as written in the October 2022 or October 2023 rule.

    ``rule="2022-10"``: controlled ("3A090.a") if TPP ≥ 4800 AND ``io_gb_s`` ≥ 600; ``io_gb_s``
    (aggregate bidirectional chip-to-chip I/O, GB/s) is required.
    ``rule="2023-10"``: tiers tested in the order a.1, a.2, b.1, b.2; ``die_area_mm2`` is needed only
    when density decides (a datacenter chip with 1600 ≤ TPP < 4800). A chip not designed or marketed
    for datacenters (``datacenter=False``) is outside 3A090 below TPP 4800 (Note 2) and 3A090.a.1,
    eligible for License Exception NAC/ACA, at or above it. The reason (and the result's label) is
    written in ``language`` (the kernel's by default).

    >>> classify(5000, language="fr").reason
    'TPP 5\\u202f000 ≥ 4800 : licence requise quelle que soit la densité.'
    """
    language = i18n.language(language)
    if rule not in RULES:
        raise ValueError(f"rule={rule!r}: unknown; expected one of {', '.join(repr(r) for r in RULES)}")
    tpp = _positive(tpp, "tpp", "total processing performance, TOPS × bits")
    if not isinstance(datacenter, (bool, np.bool_)):
        raise ValueError(
            f"datacenter={datacenter!r}: expected True (designed or marketed for datacenters) "
            "or False (e.g. a gaming card)"
        )
    area = (
        None
        if die_area_mm2 is None
        else _positive(die_area_mm2, "die_area_mm2", "applicable logic die area in mm²")
    )
    io = (
        None
        if io_gb_s is None
        else _positive(io_gb_s, "io_gb_s", "aggregate bidirectional chip-to-chip I/O in GB/s")
    )
    density = performance_density(tpp, area) if area is not None else None
    # the numbers of the reasons, in the language: the chip's own, and the rule's thresholds
    n = {
        "t": _fmt(tpp, language),
        "io": _fmt(io, language) if io is not None else "",
        "d": i18n.format_spec(density, ".2f", language) if density is not None else "",
        "licence": _plain(TPP_LICENCE, language),
        "io_licence": _plain(IO_LICENCE_GB_S, language),
        "floor": _plain(TPP_FLOOR, language),
        "b1_floor": _plain(TPP_B1_FLOOR, language),
        "a2": _plain(DENSITY_A2, language),
        "b1": _plain(DENSITY_B1, language),
        "b2": _plain(DENSITY_B2, language),
    }

    def result(eccn: str | None, reason: str, licence_exception: bool = False) -> Classification:
        return Classification(
            eccn, tr(reason, language).format(**n), rule, tpp, density, licence_exception, language
        )

    if rule == "2022-10":
        if io is None:
            raise ValueError(
                "io_gb_s is missing: the 2022 rule controls a chip only if its aggregate "
                f"bidirectional chip-to-chip I/O is ≥ {IO_LICENCE_GB_S} GB/s as well as its "
                f"TPP ≥ {TPP_LICENCE}, so give io_gb_s (GB/s)"
            )
        if tpp >= TPP_LICENCE and io >= IO_LICENCE_GB_S:
            return result(
                "3A090.a",
                "TPP {t} ≥ {licence} and chip-to-chip I/O {io} GB/s ≥ {io_licence} GB/s: both tests "
                "of the 2022 rule are met.",
            )
        if tpp >= TPP_LICENCE:
            why = "its chip-to-chip I/O {io} GB/s is below {io_licence} GB/s"
        elif io >= IO_LICENCE_GB_S:
            why = "its TPP {t} is below {licence}"
        else:
            why = "its TPP {t} is below {licence} and its I/O {io} GB/s below {io_licence} GB/s"
        n["why"] = tr(why, language).format(**n)
        return result(None, "Not controlled: the 2022 rule needs both tests and {why}.")

    # --- 17 October 2023 rule ---
    if not datacenter:
        if tpp >= TPP_LICENCE:
            return result(
                "3A090.a.1",
                "TPP {t} ≥ {licence}; as the chip is not designed or marketed for datacenters it may "
                "go under License Exception NAC/ACA.",
                licence_exception=True,
            )
        return result(
            None,
            "Not controlled (Note 2): not a datacenter chip and TPP {t} < {licence}, so density does "
            "not matter.",
        )
    if tpp >= TPP_LICENCE:
        return result("3A090.a.1", "TPP {t} ≥ {licence}: licence required whatever the density.")
    if tpp < TPP_FLOOR:
        return result(None, "Not controlled: TPP {t} < {floor}, below every tier whatever the density.")
    if density is None:
        raise ValueError(
            tr(
                "die_area_mm2 is missing: a datacenter chip with TPP {t} (between {floor} and "
                "{licence}) is classified by its performance density (TPP / die area), so give "
                "die_area_mm2 (applicable logic die area, mm²)",
                language,
            ).format(**n)
        )
    if density >= DENSITY_A2:
        return result("3A090.a.2", "TPP {t} ≥ {floor} and density {d} ≥ {a2}: licence required.")
    if tpp >= TPP_B1_FLOOR and density >= DENSITY_B1:
        return result(
            "3A090.b.1",
            "{b1_floor} ≤ TPP {t} < {licence} and {b1} ≤ density {d} < {a2}: licence, but NAC/ACA-eligible.",
            licence_exception=True,
        )
    if density >= DENSITY_B2:
        return result(
            "3A090.b.2",
            "TPP {t} ≥ {floor} and {b2} ≤ density {d} < {a2}: licence, but NAC/ACA-eligible.",
            licence_exception=True,
        )
    if tpp >= TPP_B1_FLOOR:
        why = "density {d} < {b1}"
    else:
        why = "TPP {t} < {b1_floor} rules out b.1 and density {d} < {b2} rules out b.2"
    n["why"] = tr(why, language).format(**n)
    return result(None, "Not controlled: it misses every tier ({why}).")


def largest_uncontrolled_tpp(die_area_mm2: float) -> float:
    """The TPP a datacenter chip on ``die_area_mm2`` must stay *below* to be outside 3A090 (2023 rule).

    Every TPP strictly below the returned bound is uncontrolled, and the bound itself is not.
    Derived from the tiers: below 1600 always; up to min(2400, 3.2 × area) (missing b.2 and b.1);
    up to min(4800, 1.6 × area) when that exceeds 2400 (missing b.1 by a low density).
    """
    area = _positive(die_area_mm2, "die_area_mm2", "applicable logic die area in mm²")
    bound = float(TPP_FLOOR)
    if DENSITY_B2 * area > TPP_FLOOR:
        bound = max(bound, min(TPP_B1_FLOOR, DENSITY_B2 * area, DENSITY_A2 * area))
    if DENSITY_B1 * area > TPP_B1_FLOOR and bound >= TPP_B1_FLOOR:
        bound = max(bound, min(TPP_LICENCE, DENSITY_B1 * area))
    return bound


#: The inputs of :func:`classify` that :func:`inert_controls` can report (``"tpp"`` stands for the
#: throughput and the bit length together).
DESIGN_INPUTS = ("tpp", "die_area_mm2", "io_gb_s", "datacenter")


def inert_controls(
    tpp: float,
    *,
    die_area_mm2: float,
    io_gb_s: float,
    datacenter: bool = True,
    rule: str = "2023-10",
    language: str | None = None,
) -> dict[str, str]:
    """Which inputs of :func:`classify` cannot change the result from this design, and why.

    Returns ``{input: reason}`` for each input in :data:`DESIGN_INPUTS` that, changed alone to any
    positive value (or, for ``datacenter``, to the other kind of chip), leaves the ECCN and the licence
    exception as they are; an input absent from the dict can change them. The reason is a sentence
    for a reader, in ``language`` (the kernel's by default).
    """
    language = i18n.language(language)
    result = classify(
        tpp, die_area_mm2=die_area_mm2, io_gb_s=io_gb_s, datacenter=datacenter, rule=rule, language=language
    )
    n = {
        "t": _fmt(result.tpp, language),
        "io": _fmt(io_gb_s, language),
        "licence": _plain(TPP_LICENCE, language),
        "io_licence": _plain(IO_LICENCE_GB_S, language),
        "floor": _plain(TPP_FLOOR, language),
    }
    inert: dict[str, str] = {}
    if rule == "2022-10":
        inert["die_area_mm2"] = "No effect under the 2022 rule: it has no density test."
        inert["datacenter"] = "No effect under the 2022 rule: it does not ask what the chip is designed for."
        if result.tpp < TPP_LICENCE:
            inert["io_gb_s"] = (
                "No effect now: the 2022 rule also needs TPP ≥ {licence}, and this chip's TPP is {t}, "
                "so no I/O makes it controlled."
            )
        if io_gb_s < IO_LICENCE_GB_S:
            inert["tpp"] = (
                "No effect on the status now: the 2022 rule also needs chip-to-chip I/O ≥ {io_licence} "
                "GB/s, and this chip has {io} GB/s, so no TPP makes it controlled."
            )
    else:
        inert["io_gb_s"] = "No effect under the 2023 rule: it has no I/O test (the 2022 rule had one)."
        if not datacenter:
            inert["die_area_mm2"] = (
                "No effect now: a chip not designed for datacenters is judged by its TPP alone."
            )
        elif result.tpp >= TPP_LICENCE:
            inert["die_area_mm2"] = "No effect now: TPP {t} ≥ {licence} is controlled whatever the density."
        elif result.tpp < TPP_FLOOR:
            inert["die_area_mm2"] = (
                "No effect now: TPP {t} < {floor} is below every tier whatever the density."
            )
        if result.tpp < TPP_FLOOR:
            inert["datacenter"] = "No effect now: below TPP {floor} no chip of either kind is controlled."
        elif result.tpp < TPP_LICENCE and classify(tpp, die_area_mm2=die_area_mm2, rule=rule).eccn is None:
            n["d"] = i18n.format_spec(performance_density(result.tpp, die_area_mm2), ".2f", language)
            inert["datacenter"] = (
                "No effect now: at TPP {t} and density {d} not even a datacenter chip is controlled."
            )
    return {name: tr(reason, language).format(**n) for name, reason in inert.items()}


# --- Tables over data/chips.csv ------------------------------------------------------------------


def _area(value) -> float | None:
    return None if value is None or pd.isna(value) else float(value)


def classify_chip(row: pd.Series, rule: str, *, language: str | None = None) -> Classification | None:
    """:func:`classify` one row of ``chips.csv`` under ``rule`` (its reason in ``language``); ``None``
    when the data cannot decide (a die area that was never published)."""
    try:
        return classify(
            tpp(row["dense_tops"], row["bit_length"]),
            die_area_mm2=_area(row["die_area_mm2"]),
            io_gb_s=float(row["io_gb_s"]),
            datacenter=bool(row["datacenter"]),
            rule=rule,
            language=language,
        )
    except ValueError:
        return None  # not decidable from the data (a die area that was never published)


def chip_table(chips: pd.DataFrame, *, language: str | None = None) -> pd.DataFrame:
    """``chips`` with computed ``tpp``, ``density``, each rule's ECCN (``eccn_2022``, ``eccn_2023``:
    ``"none"`` = not controlled, as in the CSV's expected columns; ``"undetermined"`` when the die area
    needed is unknown) and a readable ``status_2022`` / ``status_2023`` (in ``language``, the kernel's
    by default)."""
    language = i18n.language(language)
    out = chips.copy()
    out["tpp"] = [tpp(t, b) for t, b in zip(out["dense_tops"], out["bit_length"])]
    out["density"] = [
        out.at[i, "tpp"] / a if a is not None else np.nan
        for i, a in ((i, _area(out.at[i, "die_area_mm2"])) for i in out.index)
    ]
    for rule, col in (("2022-10", "eccn_2022"), ("2023-10", "eccn_2023")):
        results = [classify_chip(row, rule, language=language) for _, row in out.iterrows()]
        out[col] = [
            ("none" if r.eccn is None else r.eccn) if r is not None else "undetermined" for r in results
        ]
        out[f"status_{rule[:4]}"] = [
            r.label if r is not None else tr("undetermined (no die area)", language) for r in results
        ]
    return out


def no_area_finding(chips: pd.DataFrame, *, language: str | None = None) -> str:
    """What the chips without a published die area mean for the 2023 rule, in words: none of them
    needs it (each above the a.1 line on TPP alone), or how many cannot be classified without it."""
    language = i18n.language(language)
    undecided = int((chip_table(chips, language=language)["eccn_2023"] == "undetermined").sum())
    if undecided == 0:
        return tr("none of them needs it: each is above the a.1 line on TPP alone", language)
    return tr("{n} of them cannot be classified without it", language).format(n=undecided)


def status_table(chips: pd.DataFrame, *, language: str | None = None) -> pd.DataFrame:
    """A reader's table: chip, TPP, density, and the computed status under each rule; its headers and
    words in ``language`` (the kernel's by default)."""
    language = i18n.language(language)
    t = chip_table(chips, language=language)
    shown = pd.DataFrame(
        {
            tr("chip", language): t["name"],
            tr("vendor", language): t["vendor"],
            "TPP": t["tpp"].round(0).astype(int),
            tr("density (TPP/mm²)", language): t["density"].round(2),
            tr("chip-to-chip I/O (GB/s)", language): t["io_gb_s"].round(0).astype(int),
            tr("datacenter", language): t["datacenter"].map(
                {True: tr("yes", language), False: tr("no", language)}
            ),
            tr("Oct 2022 rule", language): t["status_2022"],
            tr("Oct 2023 rule", language): t["status_2023"],
        }
    )
    return shown.reset_index(drop=True)


# --- The map of the 2023 rule -------------------------------------------------------------------

_TPP_RANGE = (600, 60000)
_DENSITY_RANGE = (0.8, 40)
_LICENCE_COLOUR = style.PALETTE["vermillion"]
_NAC_COLOUR = style.PALETTE["sky_blue"]
_VENDOR_STYLE = {
    "NVIDIA": (style.PALETTE["bluish_green"], "o"),
    "AMD": (style.PALETTE["vermillion"], "s"),
    "Intel": (style.PALETTE["blue"], "^"),
    "Huawei": (style.PALETTE["reddish_purple"], "D"),
}
_DESIGN_COLOUR = style.PALETTE["black"]
#: Label offsets (points) for chips whose labels would otherwise collide; others go up and right.
_LABEL_OFFSETS = {
    "MI250": (-5, -10),
    "RTX 4090": (-5, 4),
    "RTX 4090D": (-5, 4),
    "H100 / H800 / H200": (-5, 5),
    "A100 / A800": (5, -9),
    "L2": (-4, 4),
}


def _shade_2023(ax, language: str) -> None:
    """Shade the tiers of the 2023 rule for datacenter chips, with a text label in each."""
    x0, x1 = _TPP_RANGE
    y0, y1 = _DENSITY_RANGE
    licence = dict(color=_LICENCE_COLOUR, alpha=0.22, lw=0)
    nac = dict(color=_NAC_COLOUR, alpha=0.30, lw=0)
    ax.fill_between([TPP_LICENCE, x1], y0, y1, **licence)  # a.1
    ax.fill_between([TPP_FLOOR, TPP_LICENCE], DENSITY_A2, y1, **licence)  # a.2
    ax.fill_between([TPP_B1_FLOOR, TPP_LICENCE], DENSITY_B1, DENSITY_A2, **nac)  # b.1
    ax.fill_between([TPP_FLOOR, TPP_B1_FLOOR], DENSITY_B2, DENSITY_A2, **nac)  # b.2
    for x in (TPP_FLOOR, TPP_B1_FLOOR, TPP_LICENCE):
        ax.axvline(x, color="#555555", lw=0.7, ls=":")
    for y in (DENSITY_B1, DENSITY_B2, DENSITY_A2):
        ax.axhline(y, color="#555555", lw=0.7, ls=":")
    text = dict(fontsize=style.SMALL_PT, color="#222222", ha="center", va="center", weight="bold")
    ax.text(np.sqrt(TPP_LICENCE * 13000), 30, tr("a.1: licence", language), **text)
    ax.text(np.sqrt(TPP_FLOOR * TPP_LICENCE), 12, tr("a.2:\nlicence", language), **text)
    ax.text(np.sqrt(TPP_B1_FLOOR * TPP_LICENCE), 2.2, tr("b.1:\nNAC/ACA", language), **text)
    ax.text(np.sqrt(TPP_FLOOR * TPP_B1_FLOOR), 4.3, "b.2", **text)
    ax.text(950, 1.4, tr("not\ncontrolled", language), **{**text, "weight": "normal"})


def plot_rule_map(
    chips: pd.DataFrame | None = None,
    *,
    design: tuple[float, float] | None = None,
    design_label: str | None = None,
    ax: Axes | None = None,
    language: str | None = None,
) -> tuple[Figure, Axes]:
    """TPP (x, log) against performance density (y, log) with the 2023 tiers shaded; chips placed.

    Chips without a die area are drawn as ticks under the axis at their TPP. Chips on the same spot
    share one label. ``design=(tpp, density)`` adds a black star, labelled ``design_label`` ("your
    chip" by default). Labels in ``language`` (the kernel's by default). Returns ``(figure, axes)``.
    """
    language = i18n.language(language)
    design_label = tr("your chip", language) if design_label is None else design_label
    fig, ax = style.figure_and_axes(ax, figsize=style.figsize(5.6))
    _shade_2023(ax, language)
    if chips is not None:
        t = chip_table(chips, language=language)
        placed = t[t["density"].notna()]
        for (vendor, dc), group in placed.groupby(["vendor", "datacenter"]):
            colour, marker = _VENDOR_STYLE.get(vendor, (style.PALETTE["black"], "o"))
            if dc:
                ax.scatter(
                    group["tpp"],
                    group["density"],
                    s=44,
                    color=colour,
                    marker=marker,
                    edgecolor="black",
                    linewidth=0.6,
                    zorder=4,
                    label=tr("{vendor} (datacenter)", language).format(vendor=vendor),
                )
            else:  # hollow: the shaded tiers are for datacenter chips; Note 2 applies below 4800
                ax.scatter(
                    group["tpp"],
                    group["density"],
                    s=44,
                    facecolor="white",
                    edgecolor=colour,
                    marker=marker,
                    linewidth=1.8,
                    zorder=4,
                    label=tr("{vendor} (consumer: uncontrolled below TPP {tpp})", language).format(
                        vendor=vendor, tpp=i18n.format_number(TPP_LICENCE, language=language)
                    ),
                )
        for (x, y), group in placed.groupby([placed["tpp"].round(0), placed["density"].round(2)]):
            names = " / ".join(group["name"].str.replace(" SXM", "", regex=False))
            dx, dy = _LABEL_OFFSETS.get(names, (5, 4))
            ax.annotate(
                names,
                (x, y),
                xytext=(dx, dy),
                textcoords="offset points",
                fontsize=style.TINY_PT,
                zorder=5,
                ha="right" if dx < 0 else "left",
                bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.75},
            )
        missing = t[t["density"].isna()]
        if len(missing):
            ax.scatter(
                missing["tpp"],
                [_DENSITY_RANGE[0] * 1.06] * len(missing),
                marker="|",
                s=160,
                color="#444444",
                zorder=4,
                label=tr("die area not published (TPP only)", language),
            )
            for _, r in missing.iterrows():
                ax.annotate(
                    r["name"],
                    (r["tpp"], _DENSITY_RANGE[0] * 1.06),
                    xytext=(3, 6),
                    textcoords="offset points",
                    fontsize=style.TINY_PT,
                    rotation=90,
                    va="bottom",
                )
    if design is not None:
        ax.scatter(
            [design[0]],
            [design[1]],
            marker="*",
            s=260,
            color=_DESIGN_COLOUR,
            edgecolor="white",
            linewidth=0.8,
            zorder=6,
            label=design_label,
        )
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlim(*_TPP_RANGE)
    ax.set_ylim(*_DENSITY_RANGE)
    ticks = [1000, TPP_FLOOR, TPP_B1_FLOOR, TPP_LICENCE, 10000, 20000, 40000]
    # French groups digits from five up (« 1600 », « 10 000 »): the close thresholds stay legible
    grouped = [language == i18n.LANGUAGES[0] or v >= 10000 for v in ticks]
    ax.set_xticks(ticks, [i18n.format_number(v, 0, language, grouping=g) for v, g in zip(ticks, grouped)])
    yticks = [1, DENSITY_B1, DENSITY_B2, DENSITY_A2, 10, 20, 40]
    ax.set_yticks(yticks, [_plain(v, language) for v in yticks])
    ax.minorticks_off()
    ax.set_xlabel(tr("Total processing performance, TPP (dense TOPS × bit length)", language))
    ax.set_ylabel(tr("Performance density (TPP per mm² of die)", language))
    ax.grid(False)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.14), fontsize=style.TINY_PT, ncol=3)
    fig.tight_layout()
    style.set_alt(fig, describe_rule_map(chips, design, language=language))
    return fig, ax


def describe_rule_map(
    chips: pd.DataFrame | None = None,
    design: tuple[float, float] | None = None,
    *,
    language: str | None = None,
) -> str:
    """Alt text for :func:`plot_rule_map`, in ``language`` (the kernel's by default)."""
    language = i18n.language(language)
    text = tr(
        "A log-log chart of TPP against performance density with the 2023 rule's regions shaded: "
        "licence (a.1) for TPP ≥ {licence}; licence (a.2) for TPP ≥ {floor} with density ≥ "
        "{a2}; NAC/ACA (b.1, b.2) in the band of density {b1}–{a2}; unshaded, not controlled.",
        language,
    ).format(
        licence=_plain(TPP_LICENCE, language),
        floor=_plain(TPP_FLOOR, language),
        a2=_plain(DENSITY_A2, language),
        b1=_plain(DENSITY_B1, language),
    )
    if chips is not None:
        t = chip_table(chips, language=language)
        counts = t["status_2023"].value_counts()
        text += tr(" Chips: {counts}.", language).format(
            counts=", ".join(f"{n} {k}" for k, n in counts.items())
        )
    if design is not None:
        text += _star_text(design[0], design[1], design[0] / design[1], language)
    return text


def _star_text(tpp_: float, density: float, die_area_mm2: float, language: str) -> str:
    """The sentence of the rule map's alt text on a design's star."""
    result = classify(tpp_, die_area_mm2=die_area_mm2, language=language)
    return tr(" A star marks a chip with TPP {tpp} and density {density}: {status}.", language).format(
        tpp=format_number(tpp_, language=language),
        density=i18n.format_spec(density, ".2f", language),
        status=result.label,
    )


#: The dense 16-bit TFLOPS of the static slider's frames: from 50 to the H100's 989.4, through the H20's
#: 148 and each line of the 2023 rule on an 814 mm² die.
DENSITY_FRAME_TOPS = (50, 80, 100, 125, 148, 150, 200, 250, 299, 300, 400, 600, 989.4)


@cached
def density_frames(
    chips: pd.DataFrame | None = None,
    *,
    die_area_mm2: float = 814,
    bit_length: int = 16,
    tops_values: Sequence[float] = DENSITY_FRAME_TOPS,
    language: str | None = None,
) -> list[widgets.Frame]:
    """Frames for the static widget: a chip on ``die_area_mm2`` whose dense TOPS at ``bit_length`` grows.

    The default walks an H100-sized die (814 mm²) at 16-bit from 50 to 989.4 TFLOPS (the H100's dense
    FP16), through 148 (the H20) and each line of the 2023 rule. Labels (``"148 TFLOPS"``) and the
    figure's words are in ``language`` (the kernel's by default).
    """
    language = i18n.language(language)
    by_label = {f"{_plain(v, language)} TFLOPS": float(v) for v in tops_values}
    labels = list(by_label)

    def design(label):
        value = by_label[label]
        x = tpp(value, bit_length)
        name = tr("{tflops} TFLOPS × {bits} bits", language).format(
            tflops=_plain(value, language), bits=bit_length
        )
        return x, performance_density(x, die_area_mm2), name

    def heading(x, y):
        return tr("TPP {tpp}, density {density}: {status}", language).format(
            tpp=format_number(x, language=language),
            density=i18n.format_spec(y, ".2f", language),
            status=classify(x, die_area_mm2=die_area_mm2, language=language).label,
        )

    # The map is drawn once; each frame moves the star and changes its legend entry and the title (as the
    # live ChipDesigner does), so a frame costs one render instead of a new figure and two layout passes.
    x0, y0, name0 = design(labels[0])
    fig, ax = plt.subplots(figsize=style.figsize(5.2))
    plot_rule_map(chips, design=(x0, y0), design_label=name0, ax=ax, language=language)
    star = ax.collections[-1]
    (legend_text,) = [t for t in ax.get_legend().get_texts() if t.get_text() == name0]
    title = ax.set_title(heading(x0, y0), fontsize=10)
    fig.tight_layout()

    def draw(label):
        x, y, name = design(label)
        star.set_offsets([(x, y)])
        legend_text.set_text(name)
        title.set_text(heading(x, y))
        return fig, describe_rule_map(None, (x, y), language=language)

    try:
        return widgets.render_frames(
            labels, draw, close=False, render=widgets.MovingArtists(fig, [star, ax.get_legend(), title])
        )
    finally:
        plt.close(fig)


def _four_figures(value: float, language: str) -> str:
    """``value`` to four significant figures, as the throughput slider's readout shows it
    (``989.4``, ``1,979``), written ``language``'s way."""
    text = f"{value:,.4g}"
    if language == i18n.LANGUAGES[0]:
        return text
    rounded = float(f"{value:.4g}")
    return i18n.format_number(rounded, len(text.partition(".")[2]), language)


def density_slider(
    chips: pd.DataFrame | None = None, tops: float = 148, *, language: str | None = None
) -> W.VBox:
    """The chapter's static slider over :func:`density_frames` (an 814 mm² die at 16 bits), set at
    ``tops`` dense TFLOPS (one of :data:`DENSITY_FRAME_TOPS`), its words in ``language``."""
    language = i18n.language(language)
    return widgets.precomputed_slider(
        density_frames(chips, language=language),
        widgets.static_label("Dense FP16 TFLOPS on an 814 mm² die", language),
        value=f"{_plain(tops, language)} TFLOPS",
        caption=tr("Each frame places a chip with that throughput on the map of the 2023 rule.", language),
    )


#: The chip the designer starts from: a row of chips.csv.
DESIGNER_START = "H20"


class ChipDesigner:
    """The chapter's live widget: design a chip, see its classification and its point on the map.

    Controls: ``dense_tops``, ``bit_length``, ``die_area``, ``io``, ``datacenter``, ``rule``.
    State a test can read: ``result`` (a :class:`Classification`), ``summary`` (the HTML shown) and
    ``notes`` (by input of :func:`inert_controls`: the note shown while that control changes nothing).
    Every label, note and sentence is in ``language`` (the kernel's by default).
    """

    def __init__(
        self, chips: pd.DataFrame | None = None, start: str = DESIGNER_START, *, language: str | None = None
    ):
        self.chips = chips
        self.language = language = i18n.language(language)
        wide = {"description_width": "initial"}
        layout = W.Layout(width="95%")
        # The controls start at ``start``'s row of chips.csv (the H20 by default); without the table, at
        # a neutral H100-sized datacenter die.
        first = (
            _row(chips, start)
            if chips is not None
            else {
                "dense_tops": 100.0,
                "bit_length": 8,
                "die_area_mm2": 814.0,
                "io_gb_s": 900.0,
                "datacenter": True,
            }
        )
        area = first["die_area_mm2"] if pd.notna(first["die_area_mm2"]) else 814.0
        self.dense_tops = W.FloatLogSlider(
            value=float(first["dense_tops"]),
            base=10,
            min=1,
            max=4,
            step=0.01,
            readout_format=".4g",
            description=tr("Dense TOPS / TFLOPS", language),
            style=wide,
            layout=layout,
            continuous_update=False,
        )
        self.bit_length = W.Dropdown(
            options=[4, 8, 16, 32, 64],
            value=int(first["bit_length"]),
            description=tr("Bit length", language),
            style=wide,
        )
        self.die_area = W.FloatSlider(
            value=float(area),
            min=50,
            max=2000,
            step=0.5,
            description=tr("Die area (mm²)", language),
            style=wide,
            layout=layout,
            continuous_update=False,
        )
        self.io = W.FloatSlider(
            value=float(first["io_gb_s"]),
            min=16,
            max=2000,
            step=1,
            description=tr("Chip-to-chip I/O (GB/s)", language),
            style=wide,
            layout=layout,
            continuous_update=False,
        )
        self.datacenter = W.ToggleButtons(
            options=[(tr("datacenter", language), True), (tr("consumer", language), False)],
            value=bool(first["datacenter"]),
            description=tr("Designed for", language),
            style=wide,
        )
        self.rule = W.ToggleButtons(
            options=[(tr("Oct 2023", language), "2023-10"), (tr("Oct 2022", language), "2022-10")],
            value="2023-10",
            description=tr("Rule", language),
            style=wide,
        )
        self.summary = W.HTML()
        # Under each control, a note while it cannot change the result (see inert_controls).
        self.notes = {name: W.HTML(layout=W.Layout(display="none")) for name in DESIGN_INPUTS}
        self.output = W.HTML()  # the figure, as an <img> (widgets.show_figure)
        self.figure = None
        self.result: Classification | None = None
        for control in (self.dense_tops, self.bit_length, self.die_area, self.io, self.datacenter, self.rule):
            control.observe(self.update, names="value")
        self.widget = W.VBox(
            [
                widgets.readout(self.dense_tops, language),
                W.HBox([self.bit_length, self.datacenter]),
                self.notes["tpp"],
                self.notes["datacenter"],
                widgets.readout(self.die_area, language),
                self.notes["die_area_mm2"],
                widgets.readout(self.io, language),
                self.notes["io_gb_s"],
                self.rule,
                self.summary,
                self.output,
            ]
        )
        self.update()

    def _show_notes(self) -> None:
        inert = inert_controls(
            self.result.tpp,
            die_area_mm2=self.die_area.value,
            io_gb_s=self.io.value,
            datacenter=self.datacenter.value,
            rule=self.rule.value,
            language=self.language,
        )
        labels = {
            "tpp": tr("TPP (throughput × bit length)", self.language),
            "datacenter": tr("Designed for", self.language),
            "die_area_mm2": tr("Die area", self.language),
            "io_gb_s": tr("Chip-to-chip I/O", self.language),
        }
        for name, note in self.notes.items():
            reason = inert.get(name)
            note.value = f"<small><em>{labels[name]}: {reason}</em></small>" if reason else ""
            note.layout.display = None if reason else "none"

    @widgets.live_update
    def update(self, change=None) -> None:
        x = tpp(self.dense_tops.value, self.bit_length.value)
        self.result = classify(
            x,
            die_area_mm2=self.die_area.value,
            io_gb_s=self.io.value,
            datacenter=self.datacenter.value,
            rule=self.rule.value,
            language=self.language,
        )
        y = self.result.performance_density
        language = self.language
        tpp_text, density_text = format_number(x, language=language), i18n.format_spec(y, ".2f", language)
        rule = tr(RULES[self.rule.value], language)
        self.summary.value = (
            "<p>"
            + tr(
                "TPP = {tops} × {bits} = <b>{tpp}</b>; density = {tpp} / {area} mm² = <b>{density}</b>."
                "<br>{rule}: <b>{status}</b>. {reason}",
                language,
            ).format(
                tops=_four_figures(self.dense_tops.value, language),
                bits=self.bit_length.value,
                tpp=tpp_text,
                area=format_number(self.die_area.value, 1, language=language),
                density=density_text,
                rule=rule,
                status=self.result.label,
                reason=self.result.reason,
            )
            + "</p>"
        )
        self._show_notes()
        if self.figure is None:  # the map is drawn once; each update only moves the star
            self.figure = plt.figure(figsize=style.figsize(5.6))
            plt.close(self.figure)  # shown as an <img> in self.output, never by the inline backend
            _, ax = plot_rule_map(
                self.chips, design=(x, y), ax=self.figure.add_subplot(), language=self.language
            )
            self._star = ax.collections[-1]
            self._render = widgets.MovingArtists(
                self.figure, [self._star]
            )  # the map is drawn once, as pixels
            self._map_alt = describe_rule_map(self.chips, language=self.language)
        # A design beyond the map's scale is drawn on its edge (never off the figure), and said so.
        shown = (min(max(x, _TPP_RANGE[0]), _TPP_RANGE[1]), min(max(y, _DENSITY_RANGE[0]), _DENSITY_RANGE[1]))
        if shown != (x, y):
            self.summary.value = self.summary.value[: -len("</p>")] + (
                "<br><em>" + tr("Off the map's scale: the star is drawn on its edge.", language) + "</em></p>"
            )
        self._star.set_offsets([shown])
        widgets.show_figure(
            self.output,
            self.figure,
            self._map_alt
            + tr(
                " A star marks this design, TPP {tpp} and density {density}: {status} under the {rule}.",
                language,
            ).format(tpp=tpp_text, density=density_text, status=self.result.label, rule=rule),
            self._render,
        )


def designer(
    chips: pd.DataFrame | None = None, start: str = DESIGNER_START, *, language: str | None = None
) -> W.Box:
    """Build the live chip designer (see :class:`ChipDesigner`), starting at chip ``start``, in
    ``language`` (the kernel's by default); return its box."""
    return ChipDesigner(chips, start, language=language).widget


def plot_compare(
    chips: pd.DataFrame,
    names: Sequence[str] = ("H100 SXM", "H800 SXM", "H20", "A100 SXM"),
    reference: str = "H100 SXM",
    ax: Axes | None = None,
    *,
    language: str | None = None,
) -> tuple[Figure, Axes]:
    """Bars: each chip's TPP and chip-to-chip I/O as a share of ``reference``'s, labelled in ``language``
    (the kernel's by default).

    Returns ``(figure, axes)``.
    """
    language = i18n.language(language)
    t = chip_table(chips, language=language)
    ref = _row(t, reference)
    rows = [_row(t, n) for n in names]
    fig, ax = style.figure_and_axes(ax, figsize=style.figsize(3.8))
    x = np.arange(len(rows))
    width = 0.38
    measures = (
        ("tpp", tr("dense compute (TPP)", language), style.PALETTE["blue"], ""),
        ("io_gb_s", tr("chip-to-chip I/O", language), style.PALETTE["orange"], "//"),
    )
    for k, (col, label, colour, hatch) in enumerate(measures):
        shares = [r[col] / ref[col] for r in rows]
        bars = ax.bar(
            x + (k - 0.5) * width,
            shares,
            width,
            color=colour,
            hatch=hatch,
            edgecolor="black",
            linewidth=0.6,
            label=tr("{measure}, share of the {reference}", language).format(
                measure=label, reference=reference
            ),
        )
        for bar, share, r in zip(bars, shares, rows):
            value = format_number(r[col], language=language)
            if col == "io_gb_s":
                value = tr("{io} GB/s", language).format(io=value)
            ax.annotate(
                f"{format_number(share, percent=True, language=language)}\n{value}",
                (bar.get_x() + bar.get_width() / 2, bar.get_height()),
                xytext=(0, 2),
                textcoords="offset points",
                ha="center",
                va="bottom",
                fontsize=style.TINY_PT,
            )
    ax.set_xticks(x, [r["name"] for r in rows])
    ax.set_ylabel(tr("Share of the {reference} (1 = equal)", language).format(reference=reference))
    ax.set_ylim(0, 1.35)
    style.number_ticks(ax.yaxis, language)
    ax.axhline(1, color="#555555", lw=0.8, ls=":")
    ax.legend(loc="upper right", fontsize=style.SMALL_PT, frameon=True, framealpha=0.9)
    ax.grid(axis="x", alpha=0)
    fig.tight_layout()
    style.set_alt(fig, describe_compare(chips, names, reference, language=language))
    return fig, ax


# --- The broadcast's claims ----------------------------------------------------------------------

#: A chip with at least this share of the best US chip's TPP counts as "the same computing power".
SAME_COMPUTE_SHARE = 0.9
#: Below this share, "much less powerful" is fair.
MUCH_LESS_SHARE = 0.5


def _row(chips: pd.DataFrame, name: str) -> pd.Series:
    return one_row(chips, "name", name, what="chips")


def _compare(chips: pd.DataFrame, used: str, reference: str, language: str):
    t = chip_table(chips, language=language)
    u, r = _row(t, used), _row(t, reference)
    return u, r, u["tpp"] / r["tpp"], u["io_gb_s"] / r["io_gb_s"]


def _percent(fraction: float, language: str, decimals: int = 0) -> str:
    return format_number(fraction, decimals, percent=True, language=language)


def deprived_claim(
    chips: pd.DataFrame,
    used: str = "H800 SXM",
    reference: str = "H100 SXM",
    *,
    language: str | None = None,
) -> Evidence:
    """Verdict on « privé des semi-conducteurs de pointe » from the chip DeepSeek reports using.

    Judgement of the course authors, applied to the data: if the chip used has at least
    ``SAME_COMPUTE_SHARE`` of the reference US chip's TPP and is itself above the 2023 licence line
    (so the US rule treats it as leading-edge), "deprived" is **misleading** (what was cut was
    interconnect and later access, not compute); between ``MUCH_LESS_SHARE`` and that share it is
    **approximately right**; below, **accurate**. Returns a :class:`deepseek_shock.claims.Evidence`
    whose finding and method are written in ``language`` (the kernel's by default).
    """
    language = i18n.language(language)
    u, r, share, io_share = _compare(chips, used, reference, language)
    leading = u["eccn_2023"] not in ("none", "undetermined")
    legal_2022 = tr("legal" if u["eccn_2022"] == "none" else "controlled", language)
    if share >= SAME_COMPUTE_SHARE and leading:
        verdict = "misleading"
    elif share >= MUCH_LESS_SHARE:
        verdict = "approximately right"
    else:
        verdict = "accurate"
    finding = tr(
        "DeepSeek reports training V3 on the {used}: TPP {tpp}, {share} of the {reference}'s {ref_tpp}, "
        "and itself {status} under the 2023 rule; {legal} for export to China under the 2022 rule (when "
        "DeepSeek bought its chips is not public), it kept {io_share} of the chip-to-chip I/O ({io} vs "
        "{ref_io} GB/s).",
        language,
    ).format(
        used=used,
        tpp=format_number(u["tpp"], language=language),
        share=_percent(share, language),
        reference=reference,
        ref_tpp=format_number(r["tpp"], language=language),
        status=u["status_2023"],
        legal=legal_2022,
        io_share=_percent(io_share, language),
        io=format_number(u["io_gb_s"], language=language),
        ref_io=format_number(r["io_gb_s"], language=language),
    )
    method = tr(
        "TPP ratio {used}/{reference} ≥ {same} and {used} above the 2023 licence line → misleading; "
        "≥ {much_less} → approximately right; else accurate (judgement of the course authors; the "
        "chip's status under each rule, not the purchase date, which no source gives)",
        language,
    ).format(
        used=used,
        reference=reference,
        same=_percent(SAME_COMPUTE_SHARE, language),
        much_less=_percent(MUCH_LESS_SHARE, language),
    )
    return Evidence(finding, verdict, method)


#: The two training runs compared at the level of the cluster: DeepSeek-V3's and a US rival's
#: (run ids of training_runs.csv).
CLUSTER_RUNS = ("v3_pretrain", "llama31_405b")


def weaker_chips_claim(
    chips: pd.DataFrame,
    used: str = "H800 SXM",
    reference: str = "H100 SXM",
    runs: pd.DataFrame | None = None,
    cluster_runs: tuple[str, str] = CLUSTER_RUNS,
    *,
    language: str | None = None,
) -> Evidence:
    """Verdict on « des puces beaucoup moins puissantes », which the broadcast gives as DeepSeek's own
    account (« selon elle »).

    Chip for chip (dense compute, TPP): share ≥ ``SAME_COMPUTE_SHARE`` → **wrong**; between
    ``MUCH_LESS_SHARE`` and it → **misleading**; below → **accurate**. With ``runs`` (training_runs.csv)
    the cluster is read too: when the chips are as powerful but DeepSeek's cluster had less than
    ``MUCH_LESS_SHARE`` of the rival's compute (GPUs × TPP), the claim is **misleading** instead of
    wrong: true of the hardware DeepSeek used, not of its chips, and DeepSeek's report names the chip
    without calling it weaker. Judgement of the course authors. Finding and method in ``language``
    (the kernel's by default).
    """
    language = i18n.language(language)
    u, r, share, io_share = _compare(chips, used, reference, language)
    if share >= SAME_COMPUTE_SHARE:
        verdict = "wrong"
    elif share >= MUCH_LESS_SHARE:
        verdict = "misleading"
    else:
        verdict = "accurate"
    finding = tr(
        "The {used} has {share} of the {reference}'s dense compute (TPP {tpp} vs {ref_tpp}); what it "
        "lacks is chip-to-chip bandwidth ({io_share}).",
        language,
    ).format(
        used=used,
        share=_percent(share, language),
        reference=reference,
        tpp=format_number(u["tpp"], language=language),
        ref_tpp=format_number(r["tpp"], language=language),
        io_share=_percent(io_share, language),
    )
    shares = {
        "same": _percent(SAME_COMPUTE_SHARE, language),
        "much_less": _percent(MUCH_LESS_SHARE, language),
    }
    method = tr(
        "TPP share ≥ {same} → wrong; ≥ {much_less} → misleading; else accurate (judgement of the "
        "course authors)",
        language,
    ).format(**shares)
    if runs is not None:
        ours, theirs = (one_row(runs, "run_id", run_id, what="training runs") for run_id in cluster_runs)
        t = chip_table(chips, language=language)
        ours_tpp = float(ours["num_gpus"]) * float(_row(t, ours["gpu_type"])["tpp"])
        theirs_tpp = float(theirs["num_gpus"]) * float(_row(t, theirs["gpu_type"])["tpp"])
        cluster_share = ours_tpp / theirs_tpp
        finding += tr(
            " As a cluster, {ours}'s {ours_gpus} {ours_type} GPUs had {cluster_share} of the compute of "
            "{theirs}'s {theirs_gpus} {theirs_type} GPUs (GPUs × TPP): far less hardware, not weaker "
            "chips.",
            language,
        ).format(
            ours=ours["model"],
            ours_gpus=format_number(int(ours["num_gpus"]), language=language),
            ours_type=ours["gpu_type"],
            cluster_share=_percent(cluster_share, language, 1),
            theirs=theirs["model"],
            theirs_gpus=format_number(int(theirs["num_gpus"]), language=language),
            theirs_type=theirs["gpu_type"],
        )
        if verdict == "wrong" and cluster_share < MUCH_LESS_SHARE:
            verdict = "misleading"
        method += tr(
            "; at the cluster level (GPUs × TPP, runs {first} and {second}) a share below {much_less} "
            "turns 'wrong' into 'misleading': the claim fits the cluster, not the chip, and DeepSeek's "
            "report does not call its chips weaker",
            language,
        ).format(first=cluster_runs[0], second=cluster_runs[1], **shares)
    return Evidence(finding, verdict, method)


def innovated_claim(
    chips: pd.DataFrame,
    used: str = "H800 SXM",
    reference: str = "H100 SXM",
    *,
    language: str | None = None,
) -> Evidence:
    """Verdict on « l'entreprise a dû innover pour contourner les restrictions ».

    The restriction on the chip DeepSeek names cut its chip-to-chip I/O, not its compute. If the I/O is
    below ``SAME_COMPUTE_SHARE`` of the reference chip's, there was something to work around →
    **approximately right** (judgement of the course authors: DeepSeek's V3 report describes engineering
    for slow links — DualPipe, its own communication kernels — but the cross-server traffic it hides
    would exist on an H100 cluster too, so « a dû » overstates the cause); otherwise **wrong**.
    Finding and method in ``language`` (the kernel's by default).
    """
    language = i18n.language(language)
    u, r, share, io_share = _compare(chips, used, reference, language)
    verdict = "approximately right" if io_share < SAME_COMPUTE_SHARE else "wrong"
    finding = tr(
        "The restriction left the {used} {share} of the {reference}'s compute but {io_share} of its "
        "chip-to-chip bandwidth ({io} vs {ref_io} GB/s); DeepSeek's V3 report describes engineering "
        "around slow links, which would also help on an H100 cluster.",
        language,
    ).format(
        used=used,
        share=_percent(share, language),
        reference=reference,
        io_share=_percent(io_share, language),
        io=format_number(u["io_gb_s"], language=language),
        ref_io=format_number(r["io_gb_s"], language=language),
    )
    method = tr(
        "I/O share {used}/{reference} below {same} → approximately right (something to work around, "
        "but 'had to' overstates the cause; chapter 4), else wrong (judgement of the course authors)",
        language,
    ).format(used=used, reference=reference, same=_percent(SAME_COMPUTE_SHARE, language))
    return Evidence(finding, verdict, method)


def describe_compare(
    chips: pd.DataFrame,
    names: Sequence[str] = ("H100 SXM", "H800 SXM", "H20", "A100 SXM"),
    reference: str = "H100 SXM",
    *,
    language: str | None = None,
) -> str:
    """Alt text for :func:`plot_compare`: each chip's compute and I/O as a share of ``reference``'s, in
    ``language`` (the kernel's by default)."""
    language = i18n.language(language)
    t = chip_table(chips, language=language)
    ref = _row(t, reference)
    part = tr(
        "{chip}, {tpp_share} of the compute (TPP {tpp}) and {io_share} of the I/O ({io} GB/s)", language
    )
    parts = [
        part.format(
            chip=r["name"],
            tpp_share=format_number(r["tpp"] / ref["tpp"], percent=True, language=language),
            tpp=format_number(r["tpp"], language=language),
            io_share=format_number(r["io_gb_s"] / ref["io_gb_s"], percent=True, language=language),
            io=format_number(r["io_gb_s"], language=language),
        )
        for r in (_row(t, name) for name in names)
    ]
    return (
        tr("Grouped bars, each chip against the {reference}: ", language).format(reference=reference)
        + "; ".join(parts)
        + "."
    )
