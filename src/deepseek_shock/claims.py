"""Chapter 6 — The claims ledger: every claim of the broadcast, with a verdict computed from the data.

Each row of ``data/claims.csv`` names an *evidence* computation. :data:`EVIDENCE` maps that name to a
function that reads the course's data sets and returns an :class:`Evidence`: what the data say, the
verdict that follows, and how it was computed. Change a number in ``data/`` and the verdict follows.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping

import ipywidgets as W
import pandas as pd

from . import costs, distill, export_controls, market, style, timeline
from .data import load
from .verdicts import (ACCURATE_WITHIN, APPROXIMATE_WITHIN, VERDICTS, Evidence, check_verdict,
                       number_verdict)

__all__ = ["VERDICTS", "ACCURATE_WITHIN", "APPROXIMATE_WITHIN", "check_verdict", "number_verdict",
           "Evidence", "Data", "EVIDENCE", "evidence_for", "ledger", "VERDICT_STYLE", "verdict_counts",
           "scorecard", "describe_scorecard", "claim_card", "ClaimBrowser", "claim_frames"]


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
    (computed now), ``method``, ``recorded_verdict`` (what the ledger said when it was written) and
    ``agrees`` (whether the two still match: a ``False`` means the data changed the verdict).
    """
    data = data if data is not None else Data()
    rows = []
    for _, claim in data["claims"].iterrows():
        found = evidence_for(claim["evidence"], data)
        rows.append({
            "claim_id": claim["claim_id"], "timestamp": claim["timestamp"],
            "claim_fr": claim["claim_fr"], "claim_en": claim["claim_en"],
            "chapter": int(claim["chapter"]), "finding": found.finding, "verdict": found.verdict,
            "method": found.method, "recorded_verdict": claim["verdict"],
            "agrees": found.verdict == claim["verdict"],
        })
    return pd.DataFrame(rows)


# --- Evidence from chapter 1 (timeline) ---------------------------------------------------------



@_evidence("inauguration_day")
def _inauguration_day(data: Data) -> Evidence:
    t = timeline
    day = t.event_date(data["events"], "inauguration")
    ok = day == pd.Timestamp("2025-01-20")
    return Evidence(f"events.csv dates the inauguration {day:%A %d %B %Y}.",
                    "accurate" if ok else "wrong", "date of event 'inauguration' compared with 20 January 2025")


@_evidence("stargate_timing")
def _stargate_timing(data: Data) -> Evidence:
    row = timeline.check_timing_claims(data["events"]).iloc[0]
    return Evidence(f"Stargate came {row['gap_days']} day(s) after the inauguration, on {row['to_date']:%A %d %B}.",
                    row["verdict"], f"gap in days, graded by timing_verdict ({row['reading']})")


@_evidence("app_store")
def _app_store(data: Data) -> Evidence:
    row = timeline.check_timing_claims(data["events"]).iloc[1]
    return Evidence(f"The app reached No. 1 {row['gap_days']} days after R1's release, on {row['to_date']:%A %d %B}.",
                    row["verdict"], f"gap in days, graded by timing_verdict ({row['reading']})")


@_evidence("monday_27")
def _monday_27(data: Data) -> Evidence:
    row = timeline.check_timing_claims(data["events"]).iloc[2]
    return Evidence(f"The sell-off is dated {row['to_date']:%A %d %B %Y}.", row["verdict"],
                    "date and weekday of event 'nvidia_selloff'")


@_evidence("same_moment")
def _same_moment(data: Data) -> Evidence:
    t, events = timeline, data["events"]
    r1, inauguration = t.event_date(events, "r1_release"), t.event_date(events, "inauguration")
    v2 = t.event_date(events, "v2_release")
    same_day = r1 == inauguration
    # "Comes out of the shadows": true of the general public, not of DeepSeek's first model.
    verdict = "approximately right" if same_day else "wrong"
    return Evidence(f"R1 was released on {r1:%d %B %Y}, {'the same day as' if same_day else 'not the day of'} the "
                    f"inauguration; DeepSeek-V2 had come out {t.days_between(v2, r1)} days earlier.",
                    verdict, "same day → 'approximately right' (not 'accurate': the lab was known before)")


@_evidence("wake_up_call")
def _wake_up_call(data: Data) -> Evidence:
    t = timeline
    day = t.event_date(data["events"], "trump_wake_up_call")
    before_broadcast = day <= t.event_date(data["events"], "openai_distillation")
    return Evidence(f"Trump called DeepSeek a 'wake-up call' on {day:%d %B %Y}.",
                    "accurate" if before_broadcast else "wrong",
                    "the event exists and precedes the broadcast (which reports the 29 January accusation)")


@_evidence("beijing_supports")
def _beijing_supports(data: Data) -> Evidence:
    t, events = timeline, data["events"]
    li, xi = t.event_date(events, "li_qiang_symposium"), t.event_date(events, "xi_symposium")
    return Evidence(f"DeepSeek's founder met Premier Li Qiang on {li:%d %B} and Xi Jinping on {xi:%d %B %Y}.",
                    "approximately right",
                    "judgement of the course authors: high-level meetings are a sign of support, not a measure of it")


@_evidence("stargate_amount")
def _stargate_amount(data: Data) -> Evidence:
    row = timeline.find_event(data["events"], "stargate")
    return Evidence(row["description"], "misleading",
                    "judgement of the course authors: the $500B is a private four-year ceiling, said as a public budget")


@_evidence("plagiarism_or_feat")
def _plagiarism_or_feat(data: Data) -> Evidence:
    return Evidence("A question, not a statement of fact.", "opinion", "not checkable by data")


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


def scorecard(table: pd.DataFrame, ax=None):
    """A one-page chart: one row per claim (in broadcast order), a marker in its verdict's column."""
    fig, ax = style.figure_and_axes(ax, figsize=style.figsize(0.34 * len(table) + 1.9))
    ordered = table.sort_values("timestamp").reset_index(drop=True)
    y = range(len(ordered))[::-1]
    for verdict, (colour, marker) in VERDICT_STYLE.items():
        rows = [(i, yy) for i, yy in zip(ordered.index, y) if ordered.at[i, "verdict"] == verdict]
        ax.scatter([VERDICTS.index(verdict)] * len(rows), [yy for _, yy in rows], s=110, color=colour,
                   marker=marker, edgecolor="black", linewidth=0.5, zorder=3)
    labels = [f"{r.timestamp}  {_short(r.claim_en)}  (ch. {r.chapter})" for r in ordered.itertuples()]
    ax.set_yticks(list(y), labels, fontsize=style.SMALL_PT)
    counts = verdict_counts(ordered)
    # One word a line, so that "approximately right" does not run into its neighbours.
    ax.set_xticks(range(len(VERDICTS)), [v.replace(" ", "\n") + f"\n({counts[v]})" for v in VERDICTS],
                  fontsize=style.SMALL_PT)
    ax.set_xlim(-0.5, len(VERDICTS) - 0.5)
    ax.set_ylim(-0.7, len(ordered) - 0.3)
    ax.set_xlabel("Verdict computed from the course's data (number of claims)")
    ax.grid(axis="x", alpha=0.3)
    ax.grid(axis="y", alpha=0.15)
    ax.xaxis.set_ticks_position("top")
    ax.xaxis.set_label_position("top")
    fig.tight_layout()
    return fig, ax


def _short(text: str, limit: int = 58) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def describe_scorecard(table: pd.DataFrame) -> str:
    """Alt text for :func:`scorecard`, from the counts."""
    counts = verdict_counts(table)
    parts = ", ".join(f"{n} {v}" for v, n in counts.items() if n)
    return (f"A chart with one row for each of the broadcast's {len(table)} claims and one column per "
            f"verdict; a marker shows each claim's verdict. In all: {parts}.")


def claim_card(row: Mapping) -> str:
    """An HTML card for one claim of the ledger: the quote, the translation, the finding, the verdict."""
    colour, _ = VERDICT_STYLE[row["verdict"]]
    esc = lambda s: html.escape(str(s))  # noqa: E731 - local shorthand
    return (
        f'<div style="border-left:6px solid {colour};padding:0.4em 0.9em;margin:0.3em 0">'
        f'<p style="margin:0"><b>{esc(row["timestamp"])}</b> · chapter {esc(row["chapter"])}</p>'
        f'<p lang="fr" style="margin:0.3em 0"><i>« {esc(row["claim_fr"])} »</i></p>'
        f'<p style="margin:0.3em 0">"{esc(row["claim_en"])}"</p>'
        f'<p style="margin:0.3em 0"><b>What the data say:</b> {esc(row["finding"])}</p>'
        f'<p style="margin:0.3em 0"><b>How:</b> {esc(row["method"])}</p>'
        f'<p style="margin:0.3em 0"><b>Verdict: {esc(row["verdict"])}</b></p></div>')


class ClaimBrowser:
    """The chapter's live widget: pick a claim, read its quote, evidence and verdict."""

    def __init__(self, table: pd.DataFrame):
        self.table = table.reset_index(drop=True)
        options = [(f"{r.timestamp} — {_short(r.claim_en, 70)}", i) for i, r in self.table.iterrows()]
        self.picker = W.Dropdown(options=options, value=0, description="Claim",
                                 layout=W.Layout(width="95%"), style={"description_width": "initial"})
        self.card = W.HTML()
        self.picker.observe(self.update, names="value")
        self.widget = W.VBox([self.picker, self.card])
        self.update()

    @property
    def shown(self) -> pd.Series:
        """The row of the ledger on display."""
        return self.table.loc[self.picker.value]

    def update(self, change=None) -> None:
        self.card.value = claim_card(self.shown)


def claim_frames(table: pd.DataFrame) -> list[tuple[str, str]]:
    """``(timestamp, card)`` frames for the static claim browser, one per claim, in broadcast order
    (timestamps are unique in claims.csv: two claims are never made in the same second)."""
    ordered = table.sort_values("timestamp")
    return [(r["timestamp"], claim_card(r)) for _, r in ordered.iterrows()]


# --- Evidence from chapter 3 (costs) ------------------------------------------------------------

def _cost_check(data: Data, claim_id: str) -> Evidence:
    table = costs.check_cost_claims(data["training_runs"], data["api_prices"], data["cost_estimates"])
    row = table.set_index("claim_id").loc[claim_id]
    return Evidence(row["finding"][:1].upper() + row["finding"][1:] + ".", row["verdict"],
                    "costs.check_cost_claims on training_runs, api_prices and cost_estimates")


for _claim in ("under_six_million", "twenty_times", "five_and_half_million"):
    _evidence(_claim)(lambda data, _claim=_claim: _cost_check(data, _claim))


@_evidence("rd_not_counted")
def _rd_not_counted(data: Data) -> Evidence:
    runs = costs.run_table(data["training_runs"], "DeepSeek-V3")
    notes = " ".join(runs["source_note"].fillna(""))
    excluded = "exclud" in notes.lower()
    return Evidence(f"The V3 report's cost covers {len(runs)} stages of the final run "
                    f"({runs['gpu_hours'].sum() / 1e6:.3f}M GPU-hours); "
                    + ("its notes record that prior research and ablations are excluded."
                       if excluded else "the data do not record what it excludes."),
                    "accurate" if excluded else "unverifiable",
                    "the V3 rows of training_runs.csv and what their source notes say is excluded")


# --- Evidence from chapter 5 (distillation) -----------------------------------------------------

def _distillation_check(data: Data, claim_id: str) -> Evidence:
    row = distill.distillation_verdicts(data["distillation_claims"]).set_index("claim_id").loc[claim_id]
    return Evidence(row["finding"][:1].upper() + row["finding"][1:] + ".", row["verdict"],
                    "distill.distillation_verdicts on distillation_claims.csv (documented, alleged, public evidence)")


for _claim in ("openai_accused", "massive_distillation", "terms_of_service"):
    _evidence(_claim)(lambda data, _claim=_claim: _distillation_check(data, _claim))


# --- Evidence from chapter 4 (export controls) --------------------------------------------------

@_evidence("deprived_of_chips")
def _deprived_of_chips(data: Data) -> Evidence:
    return export_controls.deprived_claim(data["chips"])


@_evidence("weaker_chips")
def _weaker_chips(data: Data) -> Evidence:
    return export_controls.weaker_chips_claim(data["chips"])


# --- Evidence from chapter 2 (market) -----------------------------------------------------------

#: The sell-off: the close before and the close of the day.
SELLOFF = {"ticker": "NVDA", "before": "2025-01-24", "after": "2025-01-27"}


def _selloff(data: Data) -> dict:
    """Closes, fall (percent) and value lost (USD) of the sell-off, as chapter 2 computes them:
    the closes from prices.csv, the share count the press used (implied by its reported losses),
    and the latest vendor share count of shares.csv as a cross-check."""
    prices = data["prices"]
    before = market.close_on(prices, SELLOFF["ticker"], SELLOFF["before"])
    after = market.close_on(prices, SELLOFF["ticker"], SELLOFF["after"])
    count = market.press_share_count(data["record_losses"], SELLOFF["ticker"], SELLOFF["after"])
    shares = data["shares"]
    vendor = shares[(shares["ticker"] == SELLOFF["ticker"]) & (shares["kind"] == "vendor_figure")
                    & (shares["as_of"] <= pd.Timestamp(SELLOFF["after"]))].sort_values("as_of")
    vendor_count = float(vendor.iloc[-1]["shares"]) if len(vendor) else None
    return {"before": before, "after": after, "shares": count, "vendor_shares": vendor_count,
            "fall_pct": -100 * market.pct_change(before, after),
            "lost_usd": market.value_lost(before, after, count),
            "vendor_lost_usd": market.value_lost(before, after, vendor_count) if vendor_count else None}


@_evidence("seventeen_percent")
def _seventeen_percent(data: Data) -> Evidence:
    s = _selloff(data)
    return Evidence(f"From the closes {s['before']:.2f} → {s['after']:.2f} USD, the fall is {s['fall_pct']:.2f}%.",
                    number_verdict(s["fall_pct"], 17), "market.pct_change of the two closes in prices.csv, "
                    "graded by number_verdict against 17")


@_evidence("six_hundred_billion")
def _six_hundred_billion(data: Data) -> Evidence:
    s = _selloff(data)
    lost_bn = s["lost_usd"] / 1e9
    cross = (f" With the {s['vendor_shares'] / 1e9:.2f} billion shares of a data vendor: "
             f"${s['vendor_lost_usd'] / 1e9:.0f} billion." if s["vendor_shares"] else "")
    return Evidence(f"({s['before']:.2f} − {s['after']:.2f}) USD × {s['shares'] / 1e9:.2f} billion shares "
                    f"= ${lost_bn:.0f} billion.{cross}", number_verdict(lost_bn, 600),
                    "market.value_lost with the closes in prices.csv and the share count the press used "
                    "(market.press_share_count), graded by number_verdict against 600")


@_evidence("hundreds_of_billions")
def _hundreds_of_billions(data: Data) -> Evidence:
    lost_bn = _selloff(data)["lost_usd"] / 1e9
    return Evidence(f"Nvidia alone lost ${lost_bn:.0f} billion of market value that day.",
                    "accurate" if lost_bn >= 200 else "wrong",
                    "'hundreds of billions' holds if the loss is at least $200 billion")


@_evidence("sector_shaken")
def _sector_shaken(data: Data) -> Evidence:
    result = market.check_sector_claim(data["daily_moves"], SELLOFF["after"])
    return Evidence(result["finding"][:1].upper() + result["finding"][1:].rstrip(".") + ".", result["verdict"],
                    f"market.check_sector_claim on daily_moves.csv (chip index at most "
                    f"{market.SECTOR_SHAKEN_PCT:.0f}%, most chip stocks down)")