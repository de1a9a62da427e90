"""Chapter 6 — The claims ledger: every claim of the broadcast, with a verdict computed from the data.

Each row of ``data/claims.csv`` names an *evidence* computation. :data:`EVIDENCE` maps that name to a
function that reads the course's data sets and returns an :class:`Evidence`: what the data say, the
verdict that follows, and how it was computed. Change a number in ``data/`` and the verdict follows.

The ledger grades nothing itself: each claim is graded once, by the check function of the chapter that
discusses it (``timeline.check_timing_claims``, ``market.check_market_claims``, ``costs.check_cost_claims``,
``export_controls.weaker_chips_claim`` …), and looked up here by its claim id. The only verdicts written
in this module are the two that no data can give: a question (*opinion*) and a phrase the course holds no
source for (*unverifiable*).
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping, Sequence

import ipywidgets as W
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from . import costs, distill, export_controls, i18n, market, style, timeline
from .data import load
from .i18n import tr
from .verdicts import (
    ACCURATE_WITHIN,
    APPROXIMATE_WITHIN,
    VERDICTS,
    Evidence,
    check_verdict,
    evidence_in,
    number_verdict,
    sentence,
    verdict_name,
)
from .widgets import live_update, precomputed_slider, static_label

__all__ = [
    "VERDICTS",
    "ACCURATE_WITHIN",
    "APPROXIMATE_WITHIN",
    "check_verdict",
    "number_verdict",
    "Evidence",
    "Data",
    "EVIDENCE",
    "evidence_for",
    "ledger",
    "VERDICT_STYLE",
    "verdict_counts",
    "plot_scorecard",
    "describe_scorecard",
    "finding_text",
    "method_text",
    "VIEW_COLUMNS",
    "ledger_view",
    "claim_card",
    "ClaimBrowser",
    "claim_frames",
    "claim_slider",
    "agreement_words",
    "verdict_move_word",
    "prints_sentence",
    "usd_text",
    "rank_text",
    "verdict_name",
]


class Data(dict):
    """The course's data sets by name, loaded on first use; pass overrides to test "what if"."""

    def __init__(self, overrides: Mapping[str, pd.DataFrame] | None = None):
        super().__init__(overrides or {})

    def __missing__(self, name: str) -> pd.DataFrame:
        self[name] = load(name)
        return self[name]


EvidenceFunction = Callable[[Data], Evidence]
EVIDENCE: dict[str, EvidenceFunction] = {}


def _evidence(name: str):
    def register(function: EvidenceFunction) -> EvidenceFunction:
        EVIDENCE[name] = function
        return function

    return register


def evidence_for(name: str, data: Data | None = None) -> Evidence:
    """Run the evidence computation ``name`` on ``data`` (the real data sets by default)."""
    if name not in EVIDENCE:
        raise ValueError(f"evidence={name!r}: unknown; expected one of {', '.join(sorted(EVIDENCE))}")
    return EVIDENCE[name](data if data is not None else Data())


def ledger(data: Data | None = None) -> pd.DataFrame:
    """Every claim of ``claims.csv`` with its computed finding and verdict.

    Columns: the claim's own (id, timestamp, French, English, chapter), ``finding``, ``verdict``
    (computed now), ``method``, ``recorded_verdict`` (what the ledger said when it was written),
    ``agrees`` (whether the two still match: a ``False`` means the data changed the verdict), and the
    ledger's French ``reason_fr`` and ``method_fr`` (what the French edition shows for the finding and
    the method: see :func:`finding_text`).
    """
    data = data if data is not None else Data()
    rows = []
    for _, claim in data["claims"].iterrows():
        found = evidence_for(claim["evidence"], data)
        rows.append(
            {
                "claim_id": claim["claim_id"],
                "timestamp": claim["timestamp"],
                "claim_fr": claim["claim_fr"],
                "claim_en": claim["claim_en"],
                "chapter": int(claim["chapter"]),
                "finding": found.finding,
                "verdict": found.verdict,
                "method": found.method,
                "recorded_verdict": claim["verdict"],
                "agrees": found.verdict == claim["verdict"],
                "reason_fr": claim["reason_fr"],
                "method_fr": claim["method_fr"],
            }
        )
    return pd.DataFrame(rows)


# --- Evidence from chapter 1 (timeline) ---------------------------------------------------------

for _claim in ("stargate_timing", "app_store", "monday_27"):
    _evidence(_claim)(lambda data, _claim=_claim: timeline.timing_evidence(data["events"], _claim))

_evidence("inauguration_day")(lambda data: timeline.check_inauguration_day(data["events"]))
_evidence("same_moment")(lambda data: timeline.check_same_moment(data["events"]))
_evidence("wake_up_call")(lambda data: timeline.check_wake_up_call(data["events"]))
_evidence("beijing_supports")(lambda data: timeline.check_beijing_supports(data["events"]))
_evidence("stargate_amount")(lambda data: timeline.check_stargate_amount(data["events"]))


# --- Claims no data can grade (in the kernel's language, like every evidence) ---------------------


@_evidence("plagiarism_or_feat")
def _plagiarism_or_feat(data: Data) -> Evidence:
    return Evidence(tr("A question, not a statement of fact."), "opinion", tr("not checkable by data"))


@_evidence("technological_slap")
def _technological_slap(data: Data) -> Evidence:
    return Evidence(
        tr(
            "The broadcast attributes the phrase to « la presse chinoise »; none of the sources the course "
            "holds contains it."
        ),
        "unverifiable",
        tr("a report of what others said, with no source in the course's data to confirm or deny it"),
    )


# --- Presenting the ledger ----------------------------------------------------------------------

#: One colour per verdict (Okabe–Ito), and a marker, so that colour is never the only cue.
VERDICT_STYLE = {
    "accurate": ("#009E73", "o"),
    "approximately right": ("#56B4E9", "s"),
    "misleading": ("#E69F00", "D"),
    "wrong": ("#D55E00", "X"),
    "unverifiable": ("#999999", "^"),
    "opinion": ("#CC79A7", "v"),
}


def verdict_counts(table: pd.DataFrame) -> pd.Series:
    """How many claims got each verdict, in the order of the scale (zeros included)."""
    return table["verdict"].value_counts().reindex(list(VERDICTS), fill_value=0)


def plot_scorecard(
    table: pd.DataFrame, ax: Axes | None = None, *, language: str | None = None
) -> tuple[Figure, Axes]:
    """A one-page chart: one row per claim (in broadcast order), a marker in its verdict's column, and
    the chapter that checks it at the right. Drawn at the book's column width: claims are shortened to
    ``SCORECARD_LABEL_CHARS`` (the full text is in the ledger table) and the verdict names above the
    columns alternate between two heights so that neighbours never collide. In ``language`` (the
    kernel's by default): the French edition shows the broadcast's own words, the English one their
    translation."""
    language = i18n.language(language)
    fig, ax = style.figure_and_axes(ax, figsize=style.figsize(0.26 * len(table) + 1.2))
    ordered = table.sort_values("timestamp").reset_index(drop=True)
    y = range(len(ordered))[::-1]
    for verdict, (colour, marker) in VERDICT_STYLE.items():
        rows = [(i, yy) for i, yy in zip(ordered.index, y) if ordered.at[i, "verdict"] == verdict]
        ax.scatter(
            [VERDICTS.index(verdict)] * len(rows),
            [yy for _, yy in rows],
            s=70,
            color=colour,
            marker=marker,
            edgecolor="black",
            linewidth=0.5,
            zorder=3,
        )
    labels = [
        f"{r['timestamp']}  {_short(_claim_text(r, language), SCORECARD_LABEL_CHARS)}"
        for _, r in ordered.iterrows()
    ]
    ax.set_yticks(list(y), labels, fontsize=style.TINY_PT)
    counts = verdict_counts(ordered)
    names = [f"{style.wrap_label(verdict_name(v, language), 20)} ({counts[v]})" for v in VERDICTS]
    ax.set_xticks(range(len(VERDICTS)), names, fontsize=style.TINY_PT)
    style.stagger_tick_labels(ax.xaxis)  # two heights: long names have room
    chapter_x = len(VERDICTS) - 0.5 + 0.25
    ax.text(
        chapter_x, len(ordered) - 0.3, tr("ch.", language), fontsize=style.TINY_PT, ha="center", va="bottom"
    )
    for yy, r in zip(y, ordered.itertuples()):
        ax.text(chapter_x, yy, str(r.chapter), fontsize=style.TINY_PT, ha="center", va="center")
    ax.set_xlim(-0.5, len(VERDICTS) - 0.5)
    ax.set_ylim(-0.7, len(ordered) - 0.3)
    ax.set_xlabel(
        tr("Verdict computed from the course's data (number of claims)", language), fontsize=style.SMALL_PT
    )
    ax.grid(axis="x", alpha=0.3)
    ax.grid(axis="y", alpha=0.15)
    ax.xaxis.set_ticks_position("top")
    ax.xaxis.set_label_position("top")
    fig.tight_layout()
    style.set_alt(fig, describe_scorecard(table, language=language))
    return fig, ax


#: How many characters of each claim the scorecard shows (at the book's width).
SCORECARD_LABEL_CHARS = 44


def _short(text: str, limit: int = 58) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _claim_text(row: Mapping, language: str) -> str:
    """The claim in the reader's language: the broadcast's French words, or their English translation."""
    return row["claim_fr"] if language == "fr" else row["claim_en"]


def describe_scorecard(table: pd.DataFrame, *, language: str | None = None) -> str:
    """Alt text for :func:`plot_scorecard`, from the counts, in ``language`` (the kernel's by default)."""
    counts = verdict_counts(table)
    parts = ", ".join(f"{n} {verdict_name(v, language)}" for v, n in counts.items() if n)
    return tr(
        "A chart with one row for each of the broadcast's {n} claims and one column per "
        "verdict; a marker shows each claim's verdict. In all: {parts}.",
        language,
    ).format(n=len(table), parts=parts)


def finding_text(row: Mapping, *, language: str | None = None) -> str:
    """What the data say about the claim of a :func:`ledger` row, in ``language`` (the kernel's by default).

    English: the finding computed now. French: the ledger's reason (``reason_fr`` of claims.csv, the
    French of ``reason``, same source) while the computed verdict is the one it records; once the data
    change the verdict (``agrees`` false), a sentence saying so, never a reason that no longer holds.
    """
    language = i18n.language(language)
    if language == "en":
        return str(row["finding"])
    if row["verdict"] == row["recorded_verdict"]:
        return sentence(row["reason_fr"])
    return tr(
        "With these data the computed verdict is {verdict}, no longer the ledger's {recorded}: "
        "the ledger's reason no longer holds.",
        language,
    ).format(
        verdict=verdict_name(row["verdict"], language),
        recorded=verdict_name(row["recorded_verdict"], language),
    )


def method_text(row: Mapping, *, language: str | None = None) -> str:
    """How the verdict of a :func:`ledger` row is reached, in ``language``: the evidence computation's
    own ``method`` in English, the ledger's ``method_fr`` in French."""
    return str(row["method"] if i18n.language(language) == "en" else row["method_fr"])


#: The columns :func:`ledger_view` can show: a ledger column, or a word for one that depends on the language.
VIEW_COLUMNS = ("timestamp", "claim", "finding", "verdict", "recorded_verdict", "chapter")


def ledger_view(
    table: pd.DataFrame,
    columns: Sequence[str] = ("timestamp", "claim", "finding", "verdict"),
    *,
    language: str | None = None,
) -> pd.DataFrame:
    """The ledger's ``columns`` as the chapter shows them, in ``language`` (the kernel's by default).

    In English, exactly the ledger's columns (``claim`` is ``claim_en``). In French: the broadcast's
    words (``claim_fr``), :func:`finding_text`, the verdicts' French names, and French headers.
    """
    language = i18n.language(language)
    unknown = [c for c in columns if c not in VIEW_COLUMNS]
    if unknown:
        raise ValueError(f"columns={unknown!r}: expected some of {', '.join(VIEW_COLUMNS)}")
    if language == "en":
        return table[["claim_en" if c == "claim" else c for c in columns]]
    shown = {}
    for column in columns:
        if column == "claim":
            values = table["claim_fr"]
        elif column == "finding":
            values = table.apply(lambda row: finding_text(row, language=language), axis=1)
        elif column in ("verdict", "recorded_verdict"):
            values = table[column].map(lambda v: verdict_name(v, language))
        else:
            values = table[column]
        shown[tr(_VIEW_HEADERS[column], language)] = values
    return pd.DataFrame(shown, index=table.index)


# The headers of :func:`ledger_view` (looked up in the French table).
_VIEW_HEADERS = {
    "timestamp": "time in the broadcast",
    "claim": "claim",
    "finding": "what the data say",
    "verdict": "verdict",
    "recorded_verdict": "recorded verdict",
    "chapter": "chapter",
}


def claim_card(row: Mapping, *, language: str | None = None) -> str:
    """An HTML card for one claim of the ledger: the quote, the translation (in the English edition),
    the finding, the verdict; its words in ``language`` (the kernel's by default)."""
    language = i18n.language(language)
    colour, _ = VERDICT_STYLE[row["verdict"]]
    esc = lambda s: html.escape(str(s))  # noqa: E731 - local shorthand
    chapter = tr("chapter {n}", language).format(n=esc(row["chapter"]))
    translation = "" if language == "fr" else f'<p style="margin:0.3em 0">"{esc(row["claim_en"])}"</p>'
    verdict = tr("Verdict: {verdict}", language).format(verdict=esc(verdict_name(row["verdict"], language)))
    return (
        f'<div style="border-left:6px solid {colour};padding:0.4em 0.9em;margin:0.3em 0">'
        f'<p style="margin:0"><b>{esc(row["timestamp"])}</b> · {chapter}</p>'
        f'<p lang="fr" style="margin:0.3em 0"><i>« {esc(row["claim_fr"])} »</i></p>'
        f"{translation}"
        f'<p style="margin:0.3em 0"><b>{tr("What the data say:", language)}</b> '
        f"{esc(finding_text(row, language=language))}</p>"
        f'<p style="margin:0.3em 0"><b>{tr("How:", language)}</b> '
        f"{esc(method_text(row, language=language))}</p>"
        f'<p style="margin:0.3em 0"><b>{verdict}</b></p></div>'
    )


class ClaimBrowser:
    """The chapter's live widget: pick a claim, read its quote, evidence and verdict (in ``language``,
    the kernel's by default)."""

    def __init__(self, table: pd.DataFrame, *, language: str | None = None):
        self.language = i18n.language(language)
        self.table = table.reset_index(drop=True)
        options = [
            (f"{r['timestamp']} — {_short(_claim_text(r, self.language), 70)}", i)
            for i, r in self.table.iterrows()
        ]
        self.picker = W.Dropdown(
            options=options,
            value=0,
            description=tr("Claim", self.language),
            layout=W.Layout(width="95%"),
            style={"description_width": "initial"},
        )
        self.card = W.HTML()
        self.picker.observe(self.update, names="value")
        self.widget = W.VBox([self.picker, self.card])
        self.update()

    @property
    def shown(self) -> pd.Series:
        """The row of the ledger on display."""
        return self.table.loc[self.picker.value]

    @live_update
    def update(self, change=None) -> None:
        self.card.value = claim_card(self.shown, language=self.language)


def claim_frames(table: pd.DataFrame, *, language: str | None = None) -> list[tuple[str, str]]:
    """``(timestamp, card)`` frames for the static claim browser, one per claim, in broadcast order
    (timestamps are unique in claims.csv: two claims are never made in the same second), in
    ``language`` (the kernel's by default)."""
    ordered = table.sort_values("timestamp")
    return [(r["timestamp"], claim_card(r, language=language)) for _, r in ordered.iterrows()]


# --- Evidence from chapter 3 (costs) ------------------------------------------------------------

_COST_METHOD = "costs.check_cost_claims on training_runs, api_prices and cost_estimates"

for _claim in ("under_six_million", "twenty_times", "five_and_half_million"):
    _evidence(_claim)(
        lambda data, _claim=_claim: evidence_in(
            costs.check_cost_claims(data["training_runs"], data["api_prices"], data["cost_estimates"]),
            _claim,
            tr(_COST_METHOD),
        )
    )

_evidence("rd_not_counted")(lambda data: costs.check_rd_not_counted(data["training_runs"]))


# --- Evidence from chapter 5 (distillation) -----------------------------------------------------

_DISTILL_METHOD = (
    "distill.distillation_verdicts on distillation_claims.csv (documented, alleged, public evidence)"
)

for _claim in ("openai_accused", "massive_distillation", "terms_of_service"):
    _evidence(_claim)(
        lambda data, _claim=_claim: evidence_in(
            distill.distillation_verdicts(data["distillation_claims"]), _claim, tr(_DISTILL_METHOD)
        )
    )

_evidence("parity_with_us")(lambda data: distill.check_parity_claim(data["r1_benchmarks"]))


# --- Evidence from chapter 4 (export controls) --------------------------------------------------

_evidence("deprived_of_chips")(lambda data: export_controls.deprived_claim(data["chips"]))
_evidence("weaker_chips")(
    lambda data: export_controls.weaker_chips_claim(data["chips"], runs=data["training_runs"])
)
_evidence("innovated_around")(lambda data: export_controls.innovated_claim(data["chips"]))


# --- Evidence from chapter 2 (market) -----------------------------------------------------------

for _claim in ("seventeen_percent", "six_hundred_billion", "hundreds_of_billions"):
    _evidence(_claim)(
        lambda data, _claim=_claim: evidence_in(
            market.check_market_claims(data["prices"], data["record_losses"], shares=data["shares"]), _claim
        )
    )

_evidence("sector_shaken")(
    lambda data: evidence_in([market.check_sector_claim(data["daily_moves"])], "sector_shaken")
)
_evidence("nvidia_leader")(lambda data: market.check_leader_claim(data["chip_rankings"]))


# --- What chapter 6 shows and glues, in the build's language ---------------------------------------


def claim_slider(table: pd.DataFrame, *, language: str | None = None) -> W.VBox:
    """The chapter's static claim browser: :func:`claim_frames` joined to a slider that works without a
    kernel, its description and caption in ``language`` (the kernel's by default)."""
    language = i18n.language(language)
    return precomputed_slider(
        claim_frames(table, language=language),
        static_label("Claim", language),
        caption=tr("Slide through the claims in the order the broadcast makes them.", language),
    )


def agreement_words(table: pd.DataFrame, *, language: str | None = None) -> str:
    """ "all" if every computed verdict of the :func:`ledger` ``table`` is the recorded one, else "not
    all": the words before "computed verdicts agree" in the chapter, in ``language``."""
    return tr("all" if table["agrees"].all() else "not all", language)


def verdict_move_word(same: bool, *, language: str | None = None) -> str:
    """ "stays" if a verdict is ``same`` under other data, else "becomes", in ``language``."""
    return tr("stays" if same else "becomes", language)


def prints_sentence(same: bool, *, language: str | None = None) -> str:
    """Whether the two prices of the day give the two losses the press printed (``same``), in words."""
    if same:
        return tr("the two prices give the two figures the press printed", language)
    return tr("the two prices do not give the two figures the press printed", language)


def usd_text(amount: float, scale: str = "billion", decimals: int = 0, *, language: str | None = None) -> str:
    """An amount of US dollars in ``scale`` ("million" or "billion"), as the prose writes it:
    ``\\$593 billion`` (the ``$`` escaped for MyST) in English, ``593 milliards de dollars`` in French.

    >>> usd_text(5.576, "million", 1, language="fr")
    '5,6 millions de dollars'
    """
    if scale not in ("million", "billion"):
        raise ValueError(f"scale={scale!r}: expected 'million' or 'billion'")
    language = i18n.language(language)
    if language == "en":
        return f"\\${amount:,.{decimals}f} {scale}"
    words = {"million": "{amount} million dollars", "billion": "{amount} billion dollars"}[scale]
    return tr(words, language).format(amount=i18n.format_number(amount, decimals, language))


def rank_text(rank: int, *, language: str | None = None) -> str:
    """A place in a ranking: ``No. 3`` (``n° 3`` in French)."""
    return tr("No. {rank}", language).format(rank=rank)
