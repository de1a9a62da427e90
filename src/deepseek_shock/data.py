"""Loading the course's data sets, with every row checked against its schema.

``load("events")`` reads ``data/events.csv`` and returns a pandas DataFrame whose columns have the
types the data dictionary (``data/README.md``) promises. Anything that does not match the schema
stops the load with a :class:`DataError` that names the file, the line, the column and what was
expected, so a typo in a CSV can never turn into a silently wrong figure in a chapter.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pandas as pd
from IPython.display import HTML

from deepseek_shock import i18n
from deepseek_shock.i18n import tr

__all__ = [
    "DataError",
    "Column",
    "Schema",
    "SCHEMAS",
    "load",
    "one_row",
    "data_dir",
    "CONFIDENCE_TAGS",
    "EVENT_CATEGORIES",
    "ECCN_3A090",
    "provenance",
    "load_all",
    "source_domains",
    "confidence_counts",
    "overview",
    "KIND_WORDS",
    "column_table",
    "html_table",
    "shown",
    "COMPUTED_HEADERS",
]

#: Confidence tags: two or more independent sources, one source, or computed from sourced figures.
CONFIDENCE_TAGS = ("2+", "1", "derived")

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MAX_PROBLEMS_SHOWN = 8


class DataError(ValueError):
    """A data file does not match its schema. The message names file, line, column and expectation."""


@dataclass(frozen=True)
class Column:
    """One column of a data set.

    kind is one of ``"str"``, ``"date"`` (ISO ``YYYY-MM-DD``), ``"float"``, ``"int"``, ``"bool"``
    (``true``/``false``), ``"url"`` (http or https) or ``"choice"`` (one of ``choices``).
    ``minimum``/``maximum`` bound numbers (inclusive); ``positive`` asks for a number > 0.
    """

    name: str
    kind: str = "str"
    required: bool = True
    description: str = ""
    minimum: float | None = None
    maximum: float | None = None
    positive: bool = False
    choices: tuple[str, ...] = ()
    #: The values are words of the course (a closed list, each in ``strings_fr``): the French edition
    #: shows them translated (:func:`shown`). Other text columns are names, codes, or have a ``*_fr`` twin.
    words: bool = False


@dataclass(frozen=True)
class Schema:
    """The columns of one data set and the columns that must be unique together (its key)."""

    name: str
    description: str
    columns: tuple[Column, ...]
    key: tuple[str, ...] = ()
    sorted_by: str | None = None
    extra_checks: tuple = field(default=())

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]


#: What a row's ``confidence`` tag means (the one description every data set uses).
_CONFIDENCE_MEANING = "2+ independent sources, 1 source, or derived (formula in the note)"


def provenance(
    source: str = "Page that states the figure (http/https)",
    *,
    second: str | None = None,
    note: str | None = "What the source says, in a few words",
    note_fr: str | None = None,
    confidence: bool = True,
) -> tuple[Column, ...]:
    """The provenance columns of a data set, in their fixed order, each described for that data set.

    ``source_url`` (described by ``source``), then ``source_url_2`` if ``second`` describes it, then the
    optional ``source_note`` unless ``note`` is None, then the optional ``source_note_fr`` if ``note_fr``
    describes it (the note in French, for a data set whose notes a chapter shows), then ``confidence``
    unless ``confidence=False``.
    """
    cols = [Column("source_url", "url", description=source)]
    if second is not None:
        cols.append(Column("source_url_2", "url", required=False, description=second))
    if note is not None:
        cols.append(Column("source_note", "str", required=False, description=note))
    if note_fr is not None:
        cols.append(Column("source_note_fr", "str", required=False, description=note_fr))
    if confidence:
        cols.append(
            Column(
                "confidence", "choice", choices=CONFIDENCE_TAGS, description=_CONFIDENCE_MEANING, words=True
            )
        )
    return tuple(cols)


EVENT_CATEGORIES = ("company", "politics", "markets", "app", "regulation", "export_controls")

SCHEMAS: dict[str, Schema] = {}


def _register(schema: Schema) -> Schema:
    SCHEMAS[schema.name] = schema
    return schema


_register(
    Schema(
        name="events",
        description="Dated events 2016–2025: DeepSeek and its models, politics, markets, the app, "
        "regulation and bans, export controls.",
        columns=(
            Column(
                "event_id",
                "str",
                required=False,
                description="Stable short name for events the chapters look up, e.g. 'stargate'",
            ),
            Column("date", "date", description="Date of the event (US Eastern unless the description says)"),
            Column(
                "date_precision",
                "choice",
                choices=("day", "month", "year"),
                description="How much of the date is known; month/year precision uses the 1st",
            ),
            Column("title", "str", description="Short headline"),
            Column(
                "title_fr",
                "str",
                description="The same headline in French (for the French edition's figures), same sources",
            ),
            Column("category", "choice", choices=EVENT_CATEGORIES, description="Kind of event", words=True),
            Column("description", "str", description="One or two sentences with the key figures"),
        )
        + provenance(
            "Page that reports the event",
            second="A second, independent source",
            note="What the source says",
            note_fr="The same note in French (chapter 1 shows the notes), same source",
        ),
        key=("date", "title"),
        sorted_by="date",
        extra_checks=(lambda df, label: _unique_when_present(df, "event_id", label),),
    )
)

_register(
    Schema(
        name="prices",
        description="Official daily closing prices of listed shares, in US dollars.",
        columns=(
            Column("date", "date", description="Trading day"),
            Column("ticker", "str", description="Exchange ticker, e.g. NVDA"),
            Column("close_usd", "float", positive=True, description="Official closing price, USD per share"),
        )
        + provenance(),
        key=("date", "ticker"),
    )
)


_register(
    Schema(
        name="claims",
        description="Every factual claim of the broadcast, with the computation that checks it.",
        columns=(
            Column("claim_id", "str", description="Short stable name of the claim"),
            Column("timestamp", "str", description="Where it is said in the broadcast, mm:ss"),
            Column("claim_fr", "str", description="Short French excerpt of the broadcast"),
            Column("claim_en", "str", description="English translation of the excerpt"),
            Column("chapter", "int", minimum=1, maximum=6, description="Chapter that checks the claim"),
            Column(
                "verdict",
                "choice",
                choices=("accurate", "approximately right", "misleading", "wrong", "unverifiable", "opinion"),
                description="Verdict recorded when the ledger was written (the notebook recomputes it)",
            ),
            Column(
                "evidence", "str", description="Name of the computation in deepseek_shock.claims.EVIDENCE"
            ),
            Column("reason", "str", description="The verdict's reason in one line"),
            Column("reason_fr", "str", description="The same reason in French (the French edition shows it)"),
            Column(
                "method_fr", "str", description="How the evidence computation reaches the verdict, in French"
            ),
        )
        + provenance("Main source of the evidence", note="What that source says", confidence=False),
        key=("claim_id",),
        sorted_by=None,
    )
)


# --- Chapter 3 (costs) ---------------------------------------------------------------------------

_register(
    Schema(
        name="training_runs",
        description="Reported training runs: GPU type and count, GPU-hours, tokens, parameters, reported "
        "compute and cost (DeepSeek-V3 and R1 stages, Llama 3.1 405B).",
        columns=(
            Column("run_id", "str", description="Short stable name of the run or stage, e.g. 'v3_pretrain'"),
            Column("model", "str", description="Model the run trained"),
            Column("stage", "str", description="Training stage as the source names it"),
            Column("stage_fr", "str", description="The stage in French, for the French edition"),
            Column("gpu_type", "str", description="GPU model (a name of gpu_specs.csv)"),
            Column("num_gpus", "int", required=False, positive=True, description="GPUs used, where stated"),
            Column(
                "wall_clock_hours",
                "float",
                required=False,
                positive=True,
                description="Duration of the stage in hours, where stated",
            ),
            Column("gpu_hours", "float", positive=True, description="GPU-hours of the stage"),
            Column("tokens", "float", required=False, positive=True, description="Training tokens"),
            Column("params_total", "float", required=False, positive=True, description="Total parameters"),
            Column(
                "params_active",
                "float",
                required=False,
                positive=True,
                description="Parameters activated per token (= total for a dense model)",
            ),
            Column(
                "reported_flop",
                "float",
                required=False,
                positive=True,
                description="Training compute stated by the source, FLOP",
            ),
            Column(
                "reported_gflop_per_token",
                "float",
                required=False,
                positive=True,
                description="Training compute per token stated by a source, GFLOP",
            ),
            Column(
                "reported_cost_usd",
                "float",
                required=False,
                minimum=0,
                description="Cost stated by the source, USD",
            ),
            Column(
                "assumed_usd_per_gpu_hour",
                "float",
                required=False,
                minimum=0,
                description="Rental price the source assumed, USD per GPU-hour",
            ),
            Column("date", "date", description="Date the figures were published"),
        )
        + provenance("Page that states the figures", second="A second source", note="What the sources say"),
        key=("run_id",),
    )
)

_register(
    Schema(
        name="gpu_specs",
        description="Peak dense and sparse tensor throughput of data-centre GPUs, by precision.",
        columns=(
            Column("gpu", "str", description="GPU model, e.g. 'H800 SXM'"),
            Column("precision", "choice", choices=("bf16", "fp8"), description="Number format"),
            Column("dense_tflop_per_s", "float", positive=True, description="Peak dense throughput, TFLOP/s"),
            Column(
                "sparse_tflop_per_s",
                "float",
                required=False,
                positive=True,
                description="Peak with 2:4 structured sparsity (marketing figure), TFLOP/s",
            ),
        )
        + provenance("Page that states the figure", second="A second source", note="What the sources say"),
        key=("gpu", "precision"),
    )
)

_register(
    Schema(
        name="api_prices",
        description="List prices of model APIs, USD per million tokens.",
        columns=(
            Column("model", "str", description="Model name"),
            Column("api_model", "str", description="Model id in the provider's API"),
            Column("provider", "str", description="Company selling access"),
            Column("in_effect_on", "date", description="A date on which the price was in effect"),
            Column(
                "input_cache_hit_usd_per_mtok",
                "float",
                minimum=0,
                description="Input tokens served from the cache, USD per million",
            ),
            Column(
                "input_usd_per_mtok",
                "float",
                minimum=0,
                description="Input tokens (cache miss), USD per million",
            ),
            Column("output_usd_per_mtok", "float", minimum=0, description="Output tokens, USD per million"),
        )
        + provenance("Page that states the price", second="A second source", note="What the sources say"),
        key=("model", "in_effect_on"),
    )
)


def _value_or_range(df: pd.DataFrame, label: str) -> list[str]:
    empty = df["value"].isna() & df["low"].isna() & df["high"].isna()
    return [
        f"{_where(label, row, 'value')}: empty, and so are 'low' and 'high'; expected a value or a range"
        for row in df.index[empty]
    ]


_register(
    Schema(
        name="cost_estimates",
        description="Published estimates around training cost: fleet size and spend, hardware and rental "
        "prices, cost shares, rivals' training costs; each with its estimator and uncertainty.",
        columns=(
            Column("estimate_id", "str", description="Short stable name of the estimate"),
            Column("subject", "str", description="What the estimate is about"),
            Column("subject_fr", "str", description="The subject in French, for the French edition"),
            Column("quantity", "str", description="What is estimated"),
            Column("quantity_fr", "str", description="The quantity in French, for the French edition"),
            Column(
                "value", "float", required=False, minimum=0, description="Central figure, when one is given"
            ),
            Column("low", "float", required=False, minimum=0, description="Low end or lower bound"),
            Column("high", "float", required=False, minimum=0, description="High end or upper bound"),
            Column(
                "unit",
                "choice",
                choices=("usd", "usd_per_gpu", "usd_per_server", "usd_per_gpu_hour", "gpus", "fraction"),
                description="Unit of value, low and high",
            ),
            Column(
                "period", "str", description="When the estimate was made or applies (ISO date when known)"
            ),
            Column(
                "period_fr",
                "str",
                required=False,
                description="The period in French when it is not an ISO date (the code writes dates)",
            ),
            Column("estimator", "str", description="Who made the estimate"),
            Column("estimator_fr", "str", description="The estimator in French, for the French edition"),
        )
        + provenance("Page that states the estimate", second="A second source", note="What the sources say"),
        key=("estimate_id",),
        extra_checks=(_value_or_range,),
    )
)


# --- Chapter 5 (distillation) --------------------------------------------------------------------

_register(
    Schema(
        name="r1_distilled",
        description="Scores of DeepSeek's six R1-distilled models, of R1 itself, of the RL-only 32B model "
        "and of the reference models, from the R1 paper (Tables 4–6) and README.",
        columns=(
            Column("model", "str", description="Model name as the paper writes it"),
            Column(
                "base_model",
                "str",
                required=False,
                description="Open model the distilled one was fine-tuned from",
            ),
            Column(
                "training",
                "choice",
                choices=("distilled", "rl_only", "teacher", "reference"),
                description="distilled from R1 (SFT only), RL only, the teacher R1, or a reference model",
            ),
            Column(
                "parameters_b",
                "float",
                required=False,
                positive=True,
                description="Parameters, billions (nominal size from the name; total for R1's mixture of "
                "experts)",
            ),
            Column("paper_table", "str", description="Table of the R1 paper the row comes from"),
            Column("aime2024_pass1_pct", "float", minimum=0, maximum=100, description="AIME 2024 pass@1, %"),
            Column(
                "aime2024_cons64_pct",
                "float",
                required=False,
                minimum=0,
                maximum=100,
                description="AIME 2024 majority vote over 64 samples, %",
            ),
            Column("math500_pass1_pct", "float", minimum=0, maximum=100, description="MATH-500 pass@1, %"),
            Column(
                "gpqa_diamond_pass1_pct",
                "float",
                minimum=0,
                maximum=100,
                description="GPQA Diamond pass@1, %",
            ),
            Column(
                "livecodebench_pass1_pct",
                "float",
                minimum=0,
                maximum=100,
                description="LiveCodeBench pass@1, %",
            ),
            Column(
                "codeforces_rating",
                "float",
                required=False,
                positive=True,
                description="Codeforces Elo-style rating",
            ),
        )
        + provenance(),
        key=("model",),
    )
)

_register(
    Schema(
        name="distillation_claims",
        description="Who said what about distillation and DeepSeek, when: what DeepSeek documents, "
        "what others allege, the denial, and OpenAI's terms of use; with what evidence was made public.",
        columns=(
            Column("claim_id", "str", description="Short stable name of the statement"),
            Column("date", "date", description="Date the statement was made or published"),
            Column("actor", "str", description="Who makes the statement (and through which outlet)"),
            Column("actor_fr", "str", description="The same in French, for the French edition"),
            Column("teacher", "str", description="Whose model's outputs were (said to be) used"),
            Column("teacher_fr", "str", description="The same in French, for the French edition"),
            Column("student", "str", description="The model(s) said to be trained on them"),
            Column(
                "kind",
                "choice",
                choices=("documented distillation", "allegation", "denial", "terms of use"),
                description="What sort of statement it is",
                words=True,
            ),
            Column("statement", "str", description="What is said, paraphrased"),
            Column("statement_fr", "str", description="The same paraphrase in French, same source"),
            Column(
                "evidence_public",
                "choice",
                choices=("yes", "descriptions only", "none found"),
                description="Was the evidence published (artefacts anyone can check), only described, or "
                "not found in the sources consulted",
                words=True,
            ),
            Column("scale", "str", required=False, description="How much, where a figure is given"),
            Column(
                "scale_fr", "str", required=False, description="The same scale in French (French edition)"
            ),
        )
        + provenance(),
        key=("claim_id",),
        sorted_by="date",
    )
)


# --- Chapter 4 (export controls) -----------------------------------------------------------------

#: The classifications of ECCN 3A090 under each version of the rule, the one list of them: chips.csv
#: writes 'none' for a chip outside 3A090, and export_controls.ECCNS adds None for it.
ECCN_3A090 = {"2022-10": ("3A090.a",), "2023-10": ("3A090.a.1", "3A090.a.2", "3A090.b.1", "3A090.b.2")}

_register(
    Schema(
        name="chips",
        description="AI chips with the figures ECCN 3A090 tests: dense throughput and its bit length, die "
        "area, chip-to-chip I/O, datacenter or consumer; with the status each rule gives them per sources.",
        columns=(
            Column("name", "str", description="Chip name, e.g. 'H800 SXM'"),
            Column("vendor", "str", description="Chip designer"),
            Column(
                "precision",
                "choice",
                choices=("int8", "fp8", "fp16", "bf16"),
                description="Number format whose dense throughput gives the highest TPP",
            ),
            Column(
                "dense_tops",
                "float",
                positive=True,
                description="Dense (not sparse) datasheet throughput at that precision, TOPS or TFLOPS",
            ),
            Column("bit_length", "int", positive=True, description="Bit length of that precision"),
            Column(
                "die_area_mm2",
                "float",
                required=False,
                positive=True,
                description="Applicable logic die area, mm² (empty where never published)",
            ),
            Column(
                "io_gb_s",
                "float",
                positive=True,
                description="Aggregate bidirectional chip-to-chip I/O (NVLink, Infinity Fabric, Ethernet; "
                "the PCIe link where there is none), GB/s",
            ),
            Column("io_kind", "str", description="Which link io_gb_s measures"),
            Column("datacenter", "bool", description="Designed or marketed for datacenters"),
            Column(
                "tpp_published",
                "float",
                required=False,
                positive=True,
                description="TPP as a tracker or the press published it, for comparison",
            ),
            Column(
                "expected_eccn_2022",
                "choice",
                choices=ECCN_3A090["2022-10"] + ("none",),
                description="Status under the Oct 2022 rule according to the sources ('none': not "
                "controlled)",
            ),
            Column(
                "expected_eccn_2023",
                "choice",
                choices=ECCN_3A090["2023-10"] + ("none",),
                description="Status under the Oct 2023 rule according to the sources ('none': not "
                "controlled)",
            ),
            Column("status_note", "str", required=False, description="What else decided the chip's fate"),
            Column(
                "status_source_url", "url", description="Page that states or supports the expected status"
            ),
        )
        + provenance(
            "Page that states the specifications",
            second="A second source (often the die area)",
            note="What the sources say; disagreements",
        ),
        key=("name",),
    )
)

_register(
    Schema(
        name="export_rules",
        description="US export-control actions on AI chips to China, 2022–2026: announcement, "
        "publication and effective dates, legal instrument and what changed.",
        columns=(
            Column("rule_id", "str", description="Short stable name, e.g. 'rule_2023_10'"),
            Column("announced", "date", description="Day the action was announced or notified"),
            Column(
                "published",
                "date",
                required=False,
                description="Day it was published (Federal Register, SEC filing), where it was",
            ),
            Column("effective", "date", required=False, description="Day it took effect (compliance date)"),
            Column("instrument", "str", description="What kind of action it was"),
            Column("instrument_fr", "str", description="The same in French, for the French edition"),
            Column("citation", "str", required=False, description="Federal Register or filing reference"),
            Column(
                "citation_fr",
                "str",
                required=False,
                description="The same reference in French (a Federal Register number as it is)",
            ),
            Column("what_changed", "str", description="What it changed for AI chips"),
            Column("event_id", "str", required=False, description="The matching event of events.csv"),
        )
        + provenance(second="A second source"),
        key=("rule_id",),
        sorted_by="announced",
    )
)


# --- Chapter 2 (market) --------------------------------------------------------------------------

_register(
    Schema(
        name="shares",
        description="Nvidia's share count from vendors, and the counts implied by reported market-value "
        "thresholds; the chapter also derives the count implied by the reported loss.",
        columns=(
            Column("ticker", "str", description="Exchange ticker, e.g. NVDA"),
            Column("as_of", "date", description="Day the count refers to"),
            Column("shares", "float", positive=True, description="Number of shares (not billions)"),
            Column(
                "kind",
                "choice",
                choices=("vendor_figure", "diluted_weighted_average", "implied_by_threshold"),
                description="A data vendor's count of shares outstanding, a diluted weighted average over "
                "a year, or value ÷ price for a reported threshold (formula in the note)",
            ),
        )
        + provenance(note_fr="The same note in French (chapter 2 shows the notes), same source"),
        key=("ticker", "as_of", "kind"),
    )
)

_register(
    Schema(
        name="record_losses",
        description="The largest one-day losses of market value of a single US-listed company, as reported, "
        "with the percentage move where the source gives it.",
        columns=(
            Column("company", "str", description="Company name"),
            Column("ticker", "str", description="Exchange ticker"),
            Column("date", "date", description="Trading day of the loss"),
            Column(
                "move_pct",
                "float",
                required=False,
                minimum=-100,
                description="Reported closing change of the share price that day, % (empty if not given)",
            ),
            Column(
                "value_lost_usd_bn",
                "float",
                positive=True,
                description="Reported loss of market value, billions of USD",
            ),
            Column(
                "price_before_usd",
                "float",
                required=False,
                positive=True,
                description="Previous close the figure starts from, USD per share, where the sources give it",
            ),
            Column(
                "price_after_usd",
                "float",
                required=False,
                positive=True,
                description="Price the figure ends at, USD per share, where the sources give it",
            ),
            Column(
                "basis",
                "choice",
                choices=("official close", "early print", "reported"),
                description="Which price the figure rests on: the official close, an early (pre-auction) "
                "print, or not stated",
            ),
            Column("reported_by", "str", description="Outlet (and data provider) behind the figure"),
            Column(
                "reported_by_fr",
                "str",
                description="The same outlets in French (the French edition's figures)",
            ),
        )
        + provenance(second="A second source (often for the prices)"),
        key=("ticker", "date", "basis"),
        sorted_by=None,
    )
)

_register(
    Schema(
        name="index_levels",
        description="Closing levels of US stock indices around 27 January 2025, in index points (not USD).",
        columns=(
            Column("index", "str", description="Index name, e.g. 'S&P 500'"),
            Column("date", "date", description="Trading day"),
            Column("level_points", "float", positive=True, description="Closing level, index points"),
        )
        + provenance(),
        key=("index", "date"),
    )
)

_register(
    Schema(
        name="daily_moves",
        description="Reported closing percentage moves of stocks and indices on 27 January 2025 (their "
        "closing prices were not found, so only the reported % is kept).",
        columns=(
            Column("date", "date", description="Trading day"),
            Column("name", "str", description="Company or index"),
            Column("name_fr", "str", description="The same name in French (the French edition's figures)"),
            Column("ticker", "str", description="Ticker or usual index symbol"),
            Column("kind", "choice", choices=("stock", "index"), description="A share or an index"),
            Column(
                "group",
                "choice",
                choices=("chips", "data centres", "power", "big tech", "index"),
                description="Why it is in the table: chip makers, data-centre suppliers, power producers, "
                "the largest tech companies, or a market index",
                words=True,
            ),
            Column("move_pct", "float", minimum=-100, description="Reported closing change that day, %"),
            Column(
                "value_lost_usd_bn",
                "float",
                required=False,
                positive=True,
                description="Reported loss of market value, billions of USD, where given",
            ),
        )
        + provenance(),
        key=("date", "name"),
    )
)

_register(
    Schema(
        name="index_weights",
        description="A stock's weight in an index (share of the index's total market value) before and "
        "after an event, as reported.",
        columns=(
            Column("index", "str", description="Index name"),
            Column("ticker", "str", description="The stock"),
            Column("date", "date", description="Day of the event the weights bracket"),
            Column(
                "weight_before_pct", "float", minimum=0, maximum=100, description="Weight before the event, %"
            ),
            Column(
                "weight_after_pct", "float", minimum=0, maximum=100, description="Weight after the event, %"
            ),
        )
        + provenance(),
        key=("index", "ticker", "date"),
    )
)


# --- Chapter 6 (the claims ledger) -----------------------------------------------------------------

_register(
    Schema(
        name="r1_benchmarks",
        description="DeepSeek-R1 against OpenAI o1-1217 on the benchmarks of the R1 paper's Table 4 "
        "(DeepSeek's own figures; o1's as DeepSeek took them from OpenAI's reports).",
        columns=(
            Column("benchmark", "str", description="Benchmark as the paper names it, e.g. 'AIME 2024'"),
            Column("metric", "str", description="What the score measures, with its unit, e.g. 'pass@1 (%)'"),
            Column("model", "str", description="Model name as the paper writes it"),
            Column("score", "float", minimum=0, description="The score; higher is better on every row"),
        )
        + provenance(),
        key=("benchmark", "metric", "model"),
    )
)

_register(
    Schema(
        name="chip_rankings",
        description="Rankings of semiconductor vendors by revenue, as published "
        "(publisher, date, year ranked).",
        columns=(
            Column("publisher", "str", description="Who ranked, and which edition, e.g. 'Gartner (final)'"),
            Column("published", "date", description="Date the ranking was published"),
            Column(
                "revenue_year",
                "int",
                minimum=2000,
                maximum=2100,
                description="Calendar year of the revenue ranked",
            ),
            Column("rank", "int", minimum=1, description="Rank in that ranking (1 = largest revenue)"),
            Column("vendor", "str", description="Company as the ranking names it"),
            Column(
                "revenue_usd_bn", "float", positive=True, description="Semiconductor revenue, billions of USD"
            ),
        )
        + provenance(),
        key=("publisher", "published", "revenue_year", "rank"),
    )
)


def _unique_when_present(df: pd.DataFrame, column: str, label: str) -> list[str]:
    present = df[column].dropna()
    dup = present[present.duplicated()]
    return [
        f"{_where(label, row, column)}: {value!r} is used by an earlier row; ids must be unique"
        for row, value in dup.items()
    ]


def one_row(table: pd.DataFrame, column: str, value: Any, *, what: str = "rows") -> pd.Series:
    """The single row of ``table`` whose ``column`` equals ``value``.

    Raises ``ValueError`` naming the value, how many rows matched and the values that exist, e.g.
    "name='H900': found 0 chips in the table; expected exactly one. Known: A100, …".
    """
    rows = table[table[column] == value]
    if len(rows) != 1:
        known = ", ".join(str(v) for v in sorted(table[column].dropna().unique()))
        raise ValueError(
            f"{column}={value!r}: found {len(rows)} {what} in the table; expected exactly one. Known: {known}"
        )
    return rows.iloc[0]


def data_dir() -> Path:
    """The folder holding the course's CSV files.

    ``DEEPSEEK_SHOCK_DATA`` overrides it; otherwise it is ``data/`` at the root of the repository
    this package was installed from (an editable install, as the course's set-up does).
    """
    override = os.environ.get("DEEPSEEK_SHOCK_DATA")
    if override:
        return Path(override)
    return Path(__file__).resolve().parents[2] / "data"


def load(name: str, path: str | os.PathLike | None = None) -> pd.DataFrame:
    """Load data set ``name`` from ``data/<name>.csv`` (or from ``path``) and check it.

    Dates come back as ``datetime64``, numbers as floats (or ints), booleans as bool, and empty
    optional cells as missing values. Raises :class:`DataError` naming the file, line and column
    of every problem found (the first few are shown), and ``ValueError`` for an unknown ``name``.

    A file is read and checked once for each version of it (its path, size and modification time);
    each call returns a copy of the checked table, which the caller may change freely.
    """
    if name not in SCHEMAS:
        known = ", ".join(sorted(SCHEMAS))
        raise ValueError(f"load(name={name!r}): unknown data set; expected one of: {known}")
    file = Path(path) if path is not None else data_dir() / f"{name}.csv"
    if not file.is_file():
        raise DataError(f"{_display_name(file)}: file not found (data set {name!r} expects a CSV here)")
    stat = file.stat()
    version = (name, str(file.resolve()), stat.st_size, stat.st_mtime_ns)
    if version not in _CHECKED:
        _CHECKED[version] = _read_and_check(name, file)
    return _CHECKED[version].copy()


#: Each data set checked by :func:`load`, by (name, file, size, modification time).
_CHECKED: dict[tuple[str, str, int, int], pd.DataFrame] = {}


def _read_and_check(name: str, file: Path) -> pd.DataFrame:
    schema = SCHEMAS[name]
    label = _display_name(file)
    try:
        raw = pd.read_csv(file, dtype=str, keep_default_na=False, encoding="utf-8")
    except (pd.errors.ParserError, UnicodeDecodeError, pd.errors.EmptyDataError) as exc:
        raise DataError(f"{label}: not a readable UTF-8 CSV file ({exc})") from None

    _check_columns(raw, schema, label)
    problems: list[str] = []
    out = pd.DataFrame(index=raw.index)
    for col in schema.columns:
        values = raw[col.name].str.strip() if col.name in raw else pd.Series("", index=raw.index)
        out[col.name] = _convert_column(values, col, label, problems)
    if not problems:
        _check_key(out, schema, label, problems)
        _check_order(out, schema, label, problems)
        for check in schema.extra_checks:
            problems.extend(check(out, label))
    if problems:
        shown = "\n  ".join(problems[:_MAX_PROBLEMS_SHOWN])
        more = len(problems) - _MAX_PROBLEMS_SHOWN
        tail = f"\n  … and {more} more problem(s)" if more > 0 else ""
        raise DataError(f"{label}: {len(problems)} problem(s) with data set {name!r}:\n  {shown}{tail}")
    return out.reset_index(drop=True)


def _display_name(file: Path) -> str:
    try:
        return str(file.resolve().relative_to(data_dir().resolve().parent))
    except ValueError:
        return str(file)


def _check_columns(raw: pd.DataFrame, schema: Schema, label: str) -> None:
    present = list(raw.columns)
    expected = schema.column_names
    missing = [c for c in expected if c not in present and _column(schema, c).required]
    unknown = [c for c in present if c not in expected]
    if missing or unknown:
        parts = []
        if missing:
            parts.append(f"missing column(s) {', '.join(repr(c) for c in missing)}")
        if unknown:
            parts.append(f"unknown column(s) {', '.join(repr(c) for c in unknown)}")
        raise DataError(f"{label}: {'; '.join(parts)}. Expected columns: {', '.join(expected)}")


def _column(schema: Schema, name: str) -> Column:
    return next(c for c in schema.columns if c.name == name)


def _where(label: str, row: int, column: str) -> str:
    # Line numbers count the header as line 1, so they match what an editor shows.
    return f"{label}, line {row + 2}, column {column!r}"


def _convert_column(values: pd.Series, col: Column, label: str, problems: list[str]) -> pd.Series:
    converted = []
    for row, text in values.items():
        if text == "":
            if col.required:
                problems.append(f"{_where(label, row, col.name)}: empty, expected {_expectation(col)}")
            converted.append(None)
            continue
        try:
            converted.append(_convert_cell(text, col))
        except ValueError as exc:
            problems.append(f"{_where(label, row, col.name)}: {exc}")
            converted.append(None)
    series = pd.Series(converted, index=values.index, dtype=object)
    if col.kind == "date":
        return pd.to_datetime(series)
    if col.kind in ("float", "int"):
        numeric = pd.to_numeric(series, errors="coerce")
        if col.kind == "int" and not numeric.isna().any():
            return numeric.astype("int64")
        return numeric.astype("float64")
    if col.kind == "bool":
        return series.astype("boolean") if series.isna().any() else series.astype(bool)
    return series


def _expectation(col: Column) -> str:
    if col.kind == "date":
        return "an ISO date YYYY-MM-DD"
    if col.kind in ("float", "int"):
        what = "a whole number" if col.kind == "int" else "a number"
        bounds = []
        if col.positive:
            bounds.append("> 0")
        if col.minimum is not None:
            bounds.append(f"≥ {col.minimum:g}")
        if col.maximum is not None:
            bounds.append(f"≤ {col.maximum:g}")
        return f"{what} {' and '.join(bounds)}".strip() + " without thousands separators"
    if col.kind == "bool":
        return "true or false"
    if col.kind == "url":
        return "an http:// or https:// address"
    if col.kind == "choice":
        return "one of " + ", ".join(col.choices)
    return "some text"


def _convert_cell(text: str, col: Column):
    if col.kind == "str":
        return text
    if col.kind == "date":
        if not _ISO_DATE.match(text):
            raise ValueError(f"expected an ISO date YYYY-MM-DD, got {text!r}")
        try:
            return _dt.date.fromisoformat(text)
        except ValueError:
            raise ValueError(f"impossible date {text!r} (expected a real calendar day)") from None
    if col.kind in ("float", "int"):
        if "_" in text or not text.isascii():  # Python reads "1_000" and "١٢" as numbers; the data must not
            raise ValueError(f"expected {_expectation(col)}, got {text!r}")
        try:
            number = float(text) if col.kind == "float" else int(text)
        except ValueError:
            raise ValueError(f"expected {_expectation(col)}, got {text!r}") from None
        if number != number or number in (float("inf"), float("-inf")):
            raise ValueError(f"expected a finite number, got {text!r}")
        if (
            (col.positive and number <= 0)
            or (col.minimum is not None and number < col.minimum)
            or (col.maximum is not None and number > col.maximum)
        ):
            raise ValueError(f"expected {_expectation(col)}, got {text!r}")
        return number
    if col.kind == "bool":
        lowered = text.lower()
        if lowered not in ("true", "false"):
            raise ValueError(f"expected true or false, got {text!r}")
        return lowered == "true"
    if col.kind == "url":
        parsed = urlparse(text)
        if parsed.scheme not in ("http", "https") or not parsed.netloc or " " in text:
            raise ValueError(f"expected an http:// or https:// address, got {text!r}")
        return text
    if col.kind == "choice":
        if text not in col.choices:
            raise ValueError(f"expected one of {', '.join(col.choices)}, got {text!r}")
        return text
    raise ValueError(f"schema error: unknown column kind {col.kind!r}")


def _check_key(df: pd.DataFrame, schema: Schema, label: str, problems: list[str]) -> None:
    if not schema.key:
        return
    dup = df.duplicated(subset=list(schema.key), keep="first")
    for row in df.index[dup]:
        values = ", ".join(f"{k}={df.at[row, k]!s}" for k in schema.key)
        problems.append(f"{label}, line {row + 2}: duplicate row for ({values})")


def _check_order(df: pd.DataFrame, schema: Schema, label: str, problems: list[str]) -> None:
    if schema.sorted_by is None:
        return
    col = df[schema.sorted_by]
    for row in range(1, len(col)):
        if col.iloc[row] < col.iloc[row - 1]:
            problems.append(
                f"{_where(label, row, schema.sorted_by)}: rows must be sorted by "
                f"{schema.sorted_by}, but this one comes before the row above it"
            )
            break


# --- Describing the data sets (the "Data sets" page of the book) --------------------------------------

#: How each column kind is named for readers.
KIND_WORDS = {
    "str": "text",
    "date": "date (YYYY-MM-DD)",
    "float": "number",
    "int": "whole number",
    "bool": "true/false",
    "url": "web address",
    "choice": "one of a list",
}


def load_all() -> tuple[dict[str, pd.DataFrame], dict[str, str]]:
    """Load every registered data set: ``(loaded, problems)``, both by name.

    ``problems`` holds the :class:`DataError` message of each data set that did not load, so that a page
    describing the data can say what is broken instead of failing.
    """
    loaded, problems = {}, {}
    for name in SCHEMAS:
        try:
            loaded[name] = load(name)
        except DataError as err:
            problems[name] = str(err)
    return loaded, problems


def source_domains(df: pd.DataFrame, schema: Schema) -> Counter:
    """How many URLs of ``df`` cite each web site (host without ``www.``), over every URL column."""
    counts: Counter = Counter()
    for column in schema.columns:
        if column.kind == "url" and column.name in df:
            for url in df[column.name].dropna():
                host = urlparse(url).netloc.lower()
                counts[host.removeprefix("www.").rstrip(".")] += 1
    return counts


def confidence_counts(df: pd.DataFrame) -> str:
    """How many rows carry each confidence tag, in the order of CONFIDENCE_TAGS, e.g. "2+: 40, 1: 3";
    "—" for a data set without a confidence column."""
    if "confidence" not in df:
        return "—"
    tags = df["confidence"].value_counts()
    return ", ".join(f"{tag}: {int(tags[tag])}" for tag in CONFIDENCE_TAGS if tag in tags)


def overview(loaded: dict[str, pd.DataFrame], problems: dict[str, str]) -> pd.DataFrame:
    """One row per registered data set: rows, columns, confidence tags and web sites cited (blank where
    the data set did not load)."""
    rows = []
    for name, schema in SCHEMAS.items():
        if name in loaded:
            df = loaded[name]
            rows.append(
                {
                    "data set": name,
                    "rows": len(df),
                    "columns": df.shape[1],
                    "confidence tags": confidence_counts(df),
                    "web sites cited": len(source_domains(df, schema)),
                }
            )
        else:
            rows.append(
                {
                    "data set": name,
                    "rows": None,
                    "columns": None,
                    "confidence tags": "—",
                    "web sites cited": None,
                }
            )
    summary = pd.DataFrame(rows)
    for column in ("rows", "columns", "web sites cited"):
        summary[column] = summary[column].astype("Int64")  # whole numbers, blank where not loaded
    return summary


def column_table(schema: Schema) -> pd.DataFrame:
    """The columns of ``schema`` for readers: name, kind (with the allowed values), required, meaning."""
    return pd.DataFrame(
        [
            {
                "column": col.name,
                "kind": KIND_WORDS.get(col.kind, col.kind)
                + (f": {', '.join(col.choices)}" if col.choices else ""),
                "required": "yes" if col.required else "no",
                "meaning": col.description,
            }
            for col in schema.columns
        ]
    )


def html_table(df: pd.DataFrame) -> HTML:
    """``df`` as a plain HTML table without the index column, blank for missing values."""
    return HTML(df.to_html(index=False, border=0, classes="dataframe", na_rep=""))


#: The headers of tables the chapters compute in their own cells (a count, a column in billions), which
#: no schema names: :func:`shown` writes them in the reader's language like the data sets' columns.
COMPUTED_HEADERS = ("events", "share of all events", "shares_bn", "count", "total_musd", "change_musd")


def _decimal_comma(values: pd.Series) -> pd.Series:
    """A column of numbers as pandas shows it (digits chosen for the whole column), with a decimal comma."""
    if values.empty:
        return values
    if pd.api.types.is_float_dtype(values):
        lines = values.to_frame().to_string(decimal=",", index=False, header=False).splitlines()
        return pd.Series([line.strip() for line in lines], index=values.index, dtype=object)
    if pd.api.types.is_bool_dtype(values):
        return values.map(lambda v: tr("yes" if v else "no", "fr"))
    if values.dtype == object:  # a float among other things: as Python prints it, with a comma
        return values.map(lambda v: str(v).replace(".", ",") if isinstance(v, float) and pd.notna(v) else v)
    return values


def _words(values: pd.Series | pd.Index) -> pd.Series | pd.Index:
    """Each word of a words column in French (a missing value stays missing)."""
    return values.map(lambda v: tr(v, "fr") if isinstance(v, str) else v)


def shown(
    frame: pd.DataFrame,
    name: str | None = None,
    columns: list[str] | None = None,
    *,
    language: str | None = None,
) -> pd.DataFrame:
    """``frame`` (``columns`` of it, all by default) as a reader of ``language`` sees it: the table a
    chapter shows. ``name`` is the data set it comes from (``"events"``), None for a computed table.

    English: ``frame[columns]`` itself. French: each header through :func:`~deepseek_shock.i18n.tr`;
    a column ``c`` for which ``frame`` has ``c_fr`` shows ``c_fr`` (``c`` where ``c_fr`` is empty: an ISO
    date); the values of the data set's words columns (:attr:`Column.words`, in the rows and in the
    index) translated; numbers with a decimal comma (each column with the digits pandas would show), and
    yes or no for true or false. A pivot's headers (values of the column that names them) stay as they
    are, but for a words column.

    >>> table = pd.DataFrame({"title": ["R1"], "title_fr": ["R1 (fr)"], "confidence": ["derived"]})
    >>> shown(table, "events", ["title", "confidence"], language="en").columns.tolist()
    ['title', 'confidence']
    >>> shown(table, "events", ["title", "confidence"], language="fr").iloc[0].tolist()
    ['R1 (fr)', 'dérivée']
    """
    chosen = list(frame.columns) if columns is None else list(columns)
    unknown = [c for c in chosen if c not in frame.columns]
    if unknown:
        raise KeyError(
            f"columns={unknown!r}: not columns of the table (it has {', '.join(map(str, frame.columns))})"
        )
    if name is not None and name not in SCHEMAS:
        raise ValueError(f"name={name!r}: expected a data set, one of {', '.join(sorted(SCHEMAS))}, or None")
    if i18n.language(language) == i18n.LANGUAGES[0]:
        return frame if columns is None else frame[chosen]
    words = {c.name for c in SCHEMAS[name].columns if c.words} if name else set()
    table = pd.DataFrame(index=frame.index)
    for column in chosen:
        values = frame[column]
        if f"{column}_fr" in frame.columns:
            values = frame[f"{column}_fr"].where(frame[f"{column}_fr"].notna(), values)
        elif column in words:
            values = _words(values)
        table[column] = _decimal_comma(values)
    # A pivot's headers are the values of one column (its name is the headers' name): words are
    # translated as in the rows, names stay.
    pivot = frame.columns.name
    if pivot is None:
        table.columns = [tr(column, "fr") for column in chosen]
    else:
        table.columns = pd.Index(_words(pd.Index(chosen)) if pivot in words else chosen, name=tr(pivot, "fr"))
    if any(level in words for level in frame.index.names):
        table.index = _words(frame.index)
    # a new index (setting .names would rename the caller's index too: the table shares it)
    names = [None if level is None else tr(level, "fr") for level in frame.index.names]
    table.index = table.index.set_names(names)
    return table
