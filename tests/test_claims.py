"""claims: evidence computations, the ledger and its widgets."""

from __future__ import annotations

import html

import pandas as pd
import pytest

from deepseek_shock import claims, i18n, load, market, timeline
from french import english_prose_words, english_words, figure_texts, in_language, widget_texts


@pytest.fixture(scope="module")
def record_losses():
    return load("record_losses")


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
    """« Dans la foulée » allows the same day or the next: five days after, only that claim turns wrong."""
    moved = events.copy()
    moved.loc[moved["event_id"] == "stargate", "date"] = pd.Timestamp("2025-01-25")
    base, what_if = claims.ledger(), claims.ledger(claims.Data({"events": moved}))
    changed = what_if.loc[what_if["verdict"] != base["verdict"], "claim_id"].tolist()
    assert changed == ["stargate_timing"]
    assert what_if.set_index("claim_id").at["stargate_timing", "verdict"] == "wrong"
    assert not what_if.set_index("claim_id").at["stargate_timing", "agrees"]


def test_the_ledger_holds_the_claims_issue_14_found_missing():
    table = claims.ledger().set_index("claim_id")
    assert table.at["technological_slap", "verdict"] == "unverifiable"
    assert table.at["parity_with_us", "verdict"] == "approximately right"
    assert "DeepSeek's own figures" in table.at["parity_with_us", "finding"]
    assert "Gartner (final)" in table.at["nvidia_leader", "finding"]
    assert "Gartner (preliminary)" in table.at["nvidia_leader", "finding"]
    assert table.at["innovated_around", "chapter"] == 4


def test_each_claim_is_graded_by_its_chapter_not_by_the_ledger(prices, record_losses):
    """The ledger reads the chapter's own table by claim id: both say the same thing."""
    market_table = market.check_market_claims(prices, record_losses, shares=load("shares")).set_index(
        "claim_id"
    )
    for claim_id in ("seventeen_percent", "six_hundred_billion", "hundreds_of_billions"):
        found = claims.evidence_for(claim_id)
        assert found.verdict == market_table.at[claim_id, "verdict"]
        assert found.method == market_table.at[claim_id, "method"]
    timing = timeline.check_timing_claims(load("events")).set_index("claim_id")
    for claim_id in ("stargate_timing", "app_store", "monday_27"):
        assert claims.evidence_for(claim_id).verdict == timing.at[claim_id, "verdict"]


def test_reported_losses_alone_move_the_hundreds_of_billions_claim(record_losses):
    """« Des centaines de milliards » is graded in market with every figure of the day,
    reported ones included."""
    losses = record_losses.copy()
    day = (losses["ticker"] == "NVDA") & (losses["date"] == "2025-01-27")
    losses.loc[day, "value_lost_usd_bn"] = 1200.0
    assert (
        claims.evidence_for("hundreds_of_billions", claims.Data({"record_losses": losses})).verdict == "wrong"
    )


def test_beijing_supports_counts_only_what_came_before_the_broadcast(events):
    evidence = claims.evidence_for("beijing_supports")
    assert "not counted" in evidence.finding and "Xi Jinping" in evidence.finding.split("not counted")[1]
    late = events.copy()
    late.loc[late["event_id"] == "li_qiang_symposium", "date"] = pd.Timestamp("2025-03-01")
    assert claims.evidence_for("beijing_supports", claims.Data({"events": late})).verdict == "unverifiable"


def test_scorecard_places_one_marker_per_claim():
    table = claims.ledger()
    fig, ax = claims.plot_scorecard(table)
    assert sum(len(c.get_offsets()) for c in ax.collections) == len(table)
    for verdict, n in claims.verdict_counts(table).items():
        assert any(label.get_text() == f"{verdict} ({n})" for label in ax.get_xticklabels())
    assert str(len(table)) in claims.describe_scorecard(table)


def test_claim_browser_follows_the_picker():
    table = claims.ledger()
    browser = claims.ClaimBrowser(table)
    last = len(table) - 1
    browser.picker.value = last
    assert browser.shown["claim_id"] == table.iloc[last]["claim_id"]
    assert f"Verdict: {table.iloc[last]['verdict']}" in browser.card.value


def test_claim_cards_escape_html_and_frames_follow_broadcast_order():
    row = {
        "timestamp": "00:00",
        "chapter": 1,
        "claim_fr": "<b>x</b>",
        "claim_en": "a & b",
        "finding": "f",
        "method": "m",
        "verdict": "accurate",
    }
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


def test_weaker_chips_is_read_at_the_cluster_level():
    """Chip for chip the claim is wrong; the ledger reads the cluster too, which makes it misleading, and a
    DeepSeek cluster as large as Llama's would make it wrong again."""
    evidence = claims.evidence_for("weaker_chips")
    assert evidence.verdict == "misleading" and "As a cluster" in evidence.finding
    runs = load("training_runs").copy()
    runs.loc[runs["run_id"] == "v3_pretrain", "num_gpus"] = 16384
    assert claims.evidence_for("weaker_chips", claims.Data({"training_runs": runs})).verdict == "wrong"


def test_stargate_amount_reads_the_announced_amounts(events):
    assert claims.evidence_for("stargate_amount").verdict == "approximately right"
    first_only = events.copy()
    first_only.loc[first_only["event_id"] == "stargate", "description"] = "A venture of $500B at once."
    assert claims.evidence_for("stargate_amount", claims.Data({"events": first_only})).verdict == "accurate"


# --- the French edition ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(claims.EVIDENCE))
def test_every_evidence_speaks_french_in_a_french_kernel(name, monkeypatch):
    """Run in a French kernel, each evidence computation writes its finding and method in French (code
    names such as ``market.check_leader_claim`` or ``events.csv`` aside), and grades as in English."""
    english = claims.evidence_for(name)
    monkeypatch.setenv(i18n.ENVIRONMENT_VARIABLE, "fr")
    found = claims.evidence_for(name)
    assert found.verdict == english.verdict
    for column, text in (("finding", found.finding), ("method", found.method)):
        assert english_prose_words(text) == [], f"{name}: English in its {column}: {text!r}"


def _no_english_in_browser(browser: claims.ClaimBrowser) -> None:
    for i in range(len(browser.table)):
        browser.picker.value = i
        assert english_words(*widget_texts(browser.widget)) == [], browser.shown["claim_id"]


def test_the_french_claim_browser_shows_no_english_at_any_claim():
    table = claims.ledger()
    _no_english_in_browser(claims.ClaimBrowser(table, language="fr"))
    browser = in_language("fr", lambda: claims.ClaimBrowser(table))
    assert browser.language == "fr"
    browser.picker.value = len(table) - 1
    row = browser.shown
    assert f"Verdict : {claims.verdict_name(row['verdict'], 'fr')}" in browser.card.value
    assert html.escape(row["reason_fr"]) in browser.card.value
    assert html.escape(row["claim_en"]) not in browser.card.value  # the French original only


def test_the_english_card_is_unchanged_by_the_french_columns():
    row = claims.ledger().set_index("claim_id").loc["seventeen_percent"].to_dict()
    card = claims.claim_card(row, language="en")
    assert f"<b>What the data say:</b> {html.escape(row['finding'])}</p>" in card
    assert f"<b>How:</b> {html.escape(row['method'])}</p>" in card
    assert "reason_fr" not in card and html.escape(row["method_fr"]) not in card


def test_a_french_finding_is_the_ledgers_reason_until_the_data_change_the_verdict(prices):
    nvda = (prices["ticker"] == "NVDA") & (prices["date"] == "2025-01-27")
    what_if = prices.copy()
    what_if.loc[nvda, "close_usd"] = 122.00
    table = claims.ledger(claims.Data({"prices": what_if})).set_index("claim_id")
    kept = table.loc["five_and_half_million"]
    assert (
        claims.finding_text(kept, language="fr") == "Le chiffre du rapport est de 5,576 millions de "
        "dollars : « 5,5 millions » l'arrondit légèrement vers le bas."
    )
    moved = table.loc["seventeen_percent"]
    assert not moved["agrees"]
    text = claims.finding_text(moved, language="fr")
    assert claims.verdict_name(moved["verdict"], "fr") in text and "ne tient plus" in text
    assert "16,97" not in text  # the recorded reason, which no longer holds, is not shown
    assert claims.finding_text(moved, language="en") == moved["finding"]


def test_the_ledger_view_is_the_ledger_in_english_and_french_in_french():
    table = claims.ledger()
    english = claims.ledger_view(table, language="en")
    pd.testing.assert_frame_equal(english, table[["timestamp", "claim_en", "finding", "verdict"]])
    french = claims.ledger_view(table, ("claim", "finding", "verdict", "recorded_verdict"), language="fr")
    assert list(french.columns) == [
        "affirmation",
        "ce que disent les données",
        "verdict",
        "verdict enregistré",
    ]
    assert list(french["affirmation"]) == list(table["claim_fr"])
    assert set(french["verdict"]) <= {claims.verdict_name(v, "fr") for v in claims.VERDICTS}
    texts = [str(v) for v in french.to_numpy().ravel()] + list(french.columns)
    assert english_words(*texts) == []
    with pytest.raises(ValueError, match=r"columns=\['score'\]: expected some of timestamp"):
        claims.ledger_view(table, ["score"], language="fr")


def test_the_french_scorecard_names_the_verdicts_in_french():
    table = claims.ledger()
    fig, ax = claims.plot_scorecard(table, language="fr")
    labels = [label.get_text() for label in ax.get_xticklabels()]
    assert "exact ({n})".format(n=claims.verdict_counts(table)["accurate"]) in labels
    assert (
        "approximativement\njuste ({n})".format(n=claims.verdict_counts(table)["approximately right"])
        in labels
    )
    assert claims.describe_scorecard(table, language="fr").startswith("Un graphique avec une ligne")
    assert english_words(*figure_texts(fig)) == []


def test_the_french_frames_follow_the_broadcast_too():
    table = claims.ledger()
    frames = claims.claim_frames(table, language="fr")
    assert [label for label, _ in frames] == sorted(table["timestamp"])
    assert all("Ce que disent les données :" in card for _, card in frames)


def test_the_french_static_claim_slider_shows_no_english():
    table = claims.ledger()
    slider = claims.claim_slider(table, language="fr")
    assert slider.children[0].description == "Affirmation (fonctionne sans Python)"
    assert english_words(*widget_texts(slider)) == []
    english = claims.claim_slider(table, language="en")
    assert english.children[0].description == "Claim (works without Python)"


def test_the_words_chapter_6_glues_follow_the_language():
    table = claims.ledger()
    assert claims.agreement_words(table, language="fr") == "tous les"
    assert claims.agreement_words(table.assign(agrees=False), language="en") == "not all"
    assert claims.usd_text(593.2, language="en") == "\\$593 billion"
    assert claims.usd_text(593.2, language="fr") == "593 milliards de dollars"
    assert claims.usd_text(5.576, "million", 1, language="en") == "\\$5.6 million"
    assert claims.usd_text(1234, language="fr") == "1\u202f234 milliards de dollars"
    with pytest.raises(ValueError, match="scale='trillion': expected 'million' or 'billion'"):
        claims.usd_text(2.9, "trillion", language="fr")
    assert claims.rank_text(3, language="fr") == "n° 3" and claims.rank_text(3, language="en") == "No. 3"
    assert claims.verdict_move_word(True, language="fr") == "reste"
    assert claims.verdict_move_word(False, language="en") == "becomes"
    assert claims.prints_sentence(False, language="fr").startswith("les deux cours ne donnent pas")
