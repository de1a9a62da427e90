"""claims: evidence computations, the ledger and its widgets."""

from __future__ import annotations

import pandas as pd
import pytest

from deepseek_shock import claims, load


def test_every_claim_has_an_evidence_computation():
    recorded = load("claims")
    missing = set(recorded["evidence"]) - set(claims.EVIDENCE)
    assert not missing, f"claims.csv names evidence that does not exist: {missing}"
    assert len(recorded) >= 15


def test_unknown_evidence_lists_the_known_ones():
    with pytest.raises(ValueError, match="evidence='nope': unknown; expected one of"):
        claims.evidence_for("nope")


def test_ledger_reproduces_every_recorded_verdict():
    table = claims.ledger()
    disagreements = table.loc[~table["agrees"], ["claim_id", "verdict", "recorded_verdict"]]
    assert disagreements.empty, f"computed verdicts differ from claims.csv:\n{disagreements}"
    assert set(table["verdict"]) <= set(claims.VERDICTS)


def test_moving_stargate_changes_only_its_verdict(events):
    moved = events.copy()
    moved.loc[moved["event_id"] == "stargate", "date"] = pd.Timestamp("2025-01-20")
    base, what_if = claims.ledger(), claims.ledger(claims.Data({"events": moved}))
    changed = what_if.loc[what_if["verdict"] != base["verdict"], "claim_id"].tolist()
    assert changed == ["stargate_timing"]
    assert what_if.set_index("claim_id").at["stargate_timing", "verdict"] == "accurate"
    assert not what_if.set_index("claim_id").at["stargate_timing", "agrees"]


def test_scorecard_places_one_marker_per_claim():
    table = claims.ledger()
    fig, ax = claims.plot_scorecard(table)
    assert sum(len(c.get_offsets()) for c in ax.collections) == len(table)
    for verdict, n in claims.verdict_counts(table).items():
        assert any(
            label.get_text() == verdict.replace(" ", "\n") + f"\n({n})" for label in ax.get_xticklabels()
        )
    assert str(len(table)) in claims.describe_scorecard(table)


def test_claim_browser_follows_the_picker():
    table = claims.ledger()
    browser = claims.ClaimBrowser(table)
    last = len(table) - 1
    browser.picker.value = last
    assert browser.shown["claim_id"] == table.iloc[last]["claim_id"]
    assert f"Verdict: {table.iloc[last]['verdict']}" in browser.card.value


def test_claim_cards_escape_html_and_frames_follow_broadcast_order():
    row = {"timestamp": "00:00", "chapter": 1, "claim_fr": "<b>x</b>", "claim_en": "a & b",
           "finding": "f", "method": "m", "verdict": "accurate"}
    card = claims.claim_card(row)
    assert "&lt;b&gt;x&lt;/b&gt;" in card and "a &amp; b" in card
    frames = claims.claim_frames(claims.ledger())
    stamps = [label.split()[0] for label, _ in frames]
    assert stamps == sorted(stamps)


def test_changing_a_close_changes_exactly_the_market_verdicts(prices):
    changed = prices.copy()
    changed.loc[(changed["ticker"] == "NVDA") & (changed["date"] == "2025-01-27"), "close_usd"] = 122.00
    base, what_if = claims.ledger(), claims.ledger(claims.Data({"prices": changed}))
    moved = set(what_if.loc[what_if["verdict"] != base["verdict"], "claim_id"])
    assert moved == {"seventeen_percent", "six_hundred_billion"}
    assert (what_if.set_index("claim_id").loc[list(moved), "verdict"] == "wrong").all()


def test_the_early_print_keeps_600_billion_approximately_right(prices):
    early = prices.copy()
    early.loc[(early["ticker"] == "NVDA") & (early["date"] == "2025-01-27"), "close_usd"] = 118.58
    evidence = claims.evidence_for("six_hundred_billion", claims.Data({"prices": early}))
    assert evidence.verdict == "approximately right" and "$589 billion" in evidence.finding


def test_a_cheaper_h800_would_make_the_chip_claim_accurate():
    chips = load("chips").copy()
    h800 = chips["name"].str.startswith("H800")
    chips.loc[h800, "dense_tops"] = chips.loc[h800, "dense_tops"] / 10
    assert claims.evidence_for("weaker_chips", claims.Data({"chips": chips})).verdict == "accurate"
