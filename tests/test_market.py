"""market: the public API's functions against hand-computed values, bad input, the data-driven checks,
widgets."""

from __future__ import annotations

import html
import re

import numpy as np
import pandas as pd
import pytest

import french
from conftest import figure_state
from deepseek_shock import i18n, load, market, style


@pytest.fixture(scope="module")
def record_losses():
    return load("record_losses")


@pytest.fixture(scope="module")
def index_levels():
    return load("index_levels")


# --- the public API: market value, change, recovery -------------------------------------------------


def test_pct_change_nvidia_27_january():
    # (118.42 − 142.62) / 142.62 = −24.20 / 142.62 = −0.169682...
    assert market.pct_change(142.62, 118.42) == pytest.approx(-0.169682, abs=1e-6)
    assert market.pct_change(118.42, 128.99) == pytest.approx(0.089259, abs=1e-6)  # 28 Jan: +8.93%
    assert market.pct_change(100, 100) == 0


def test_recovery_needed_is_asymmetric():
    assert market.recovery_needed(0.1697) == pytest.approx(1 / 0.8303 - 1)  # 0.20438...
    assert market.recovery_needed(0.1697) == pytest.approx(0.2044, abs=5e-5)
    assert market.recovery_needed(0.5) == pytest.approx(1.0)  # halve, then double
    assert market.recovery_needed(0) == 0
    # a fall then the recovery gets back exactly to the start
    assert 142.62 * (1 - 0.3) * (1 + market.recovery_needed(0.3)) == pytest.approx(142.62)


def test_market_cap_on_scalars_and_pandas():
    assert market.market_cap(142.62, 24.5e9) == pytest.approx(3.49419e12)
    closes = pd.Series([142.62, 118.42], index=["24 Jan", "27 Jan"])
    caps = market.market_cap(closes, 24.5e9)
    assert isinstance(caps, pd.Series) and list(caps.index) == ["24 Jan", "27 Jan"]
    assert caps["27 Jan"] == pytest.approx(2.90129e12)
    assert market.pct_change(closes, closes * 2).tolist() == [1.0, 1.0]


def test_value_lost_reproduces_both_press_figures():
    # 24.20 USD × 24.5e9 = 592.9e9 ("$593B"); 24.04 USD × 24.5e9 = 588.98e9 ("$589B")
    assert market.value_lost(142.62, 118.42, 24.5e9) / 1e9 == pytest.approx(592.9)
    assert market.value_lost(142.62, 118.58, 24.5e9) / 1e9 == pytest.approx(588.98)
    assert market.value_lost(118.42, 128.99, 24.5e9) < 0  # a rise is a negative loss


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda: market.market_cap(-1, 10), r"price=-1: expected a price \(USD per share\) ≥ 0"),
        (lambda: market.market_cap(10, -5), r"shares=-5: expected a number of shares ≥ 0"),
        (lambda: market.market_cap(pd.Series([1.0, -2.0]), 10), r"price=-2"),
        (lambda: market.market_cap(float("nan"), 10), r"price=nan: expected numbers, got NaN"),
        (lambda: market.pct_change(0, 5), r"before=0: expected a base price or level .* > 0"),
        (lambda: market.pct_change(-3, 5), r"before=-3"),
        (lambda: market.pct_change(5, -1), r"after=-1: expected a price or level ≥ 0"),
        (lambda: market.recovery_needed(1), r"fraction_lost=1: expected a fraction in \[0, 1\)"),
        (lambda: market.recovery_needed(1.5), r"fraction_lost=1.5: .*cannot be recovered"),
        (lambda: market.recovery_needed(-0.17), r"fraction_lost=-0.17: .*pass -pct_change"),
        (lambda: market.recovery_needed("a lot"), r"fraction_lost='a lot': expected a number"),
    ],
)
def test_bad_input_names_the_argument_and_the_range(call, message):
    with pytest.raises(ValueError, match=message):
        call()


# --- share counts, records, index arithmetic --------------------------------------------------------


def test_implied_shares_from_the_two_reports(record_losses):
    reports = market.loss_reports(record_losses)
    assert set(reports["basis"]) == {"official close", "early print"}
    implied = reports.set_index("basis")["implied_shares"]
    assert implied["official close"] == pytest.approx(593e9 / 24.20)
    assert implied["early print"] == pytest.approx(589e9 / 24.04)
    # two independent rounded figures agree on the count to within 0.02%
    assert implied.max() / implied.min() - 1 < 2e-4


def test_implied_shares_bounds_bracket_the_rounding():
    low, high = market.implied_shares_bounds(593e9, 142.62, 118.42)
    assert low == pytest.approx(592.5e9 / 24.20) and high == pytest.approx(593.5e9 / 24.20)
    with pytest.raises(ValueError, match=r"price_after=150.*below price_before"):
        market.implied_shares(593e9, 142.62, 150)
    with pytest.raises(ValueError, match=r"value_lost_usd=0"):
        market.implied_shares(0, 142.62, 118.42)


def test_threshold_rows_of_shares_csv_follow_their_formula():
    shares = load("shares")
    rows = shares[shares["kind"] == "implied_by_threshold"].set_index("as_of")
    assert rows.loc[pd.Timestamp("2025-07-09"), "shares"] == pytest.approx(4e12 / 163.93, rel=1e-9)
    assert rows.loc[pd.Timestamp("2025-10-29"), "shares"] == pytest.approx(5e12 / 205.76, rel=1e-9)


def test_index_contribution_and_weight_after():
    # 0.0696 × −0.1697 = −0.01181 (1.18 points of the S&P 500's −1.46%)
    assert market.index_contribution(0.0696, -0.1697) == pytest.approx(-0.01181112)
    sp = market.pct_change(6101.24, 6012.28)
    assert market.share_of_index_move(0.0696, -0.1697, sp) == pytest.approx(0.8100, abs=1e-3)
    assert market.weight_after(0.0696, -0.1697, sp) == pytest.approx(0.0696 * 0.8303 / (1 + sp))
    # the index is the weighted average of the stock and the rest
    rest = market.rest_of_index_move(0.0696, -0.1697, sp)
    assert 0.0696 * -0.1697 + (1 - 0.0696) * rest == pytest.approx(sp)
    with pytest.raises(ValueError, match=r"weight=6.96: expected a fraction of the index in \[0, 1\]"):
        market.index_contribution(6.96, -0.1697)
    with pytest.raises(ValueError, match=r"index_move=0"):
        market.share_of_index_move(0.07, -0.17, 0)
    with pytest.raises(ValueError, match=r"stock_move=-1.2"):
        market.index_contribution(0.07, -1.2)


def test_record_table_ranks_dollars_and_percent_differently(record_losses):
    table = market.record_table(record_losses)
    assert table["rank_usd"].tolist() == list(range(1, len(table) + 1))
    assert not table.duplicated(["company", "date"]).any()  # one row per company-day
    assert len(table) == len(record_losses) - (record_losses["basis"] == "early print").sum()
    top = table.iloc[0]
    assert top["company"] == "Nvidia" and top["value_lost_usd_bn"] == 593
    meta = table[table["company"] == "Meta Platforms"].iloc[0]
    assert meta["rank_pct"] == 1 and meta["rank_usd"] > 1  # biggest % fall, not the biggest $ loss
    assert meta["implied_cap_before_usd_bn"] == pytest.approx(232 / 0.264)
    assert table.loc[table["move_pct"].isna(), "rank_pct"].isna().all()


def test_first_close_back_above_and_missing_closes(prices):
    date, close = market.first_close_at_or_above(prices, "NVDA", 142.62, "2025-01-27")
    assert date == pd.Timestamp("2025-06-09") and close >= 142.62
    assert market.first_close_at_or_above(prices, "NVDA", 1e6, "2025-01-27") is None
    with pytest.raises(
        ValueError, match=r"date=2025-01-22: no NVDA close in prices.csv \(missing, not estimated\)"
    ):
        market.close_on(prices, "NVDA", "2025-01-22")


def test_normalised_paths_start_at_100_and_never_fill_gaps(prices, index_levels):
    paths = market.normalised_paths(prices, index_levels, "2025-01-24", "2025-01-20", "2025-02-07")
    base = paths[paths["date"] == pd.Timestamp("2025-01-24")]
    assert np.allclose(base["normalised"], 100)
    nvda = paths[paths["series"] == "NVDA"]
    assert pd.Timestamp("2025-01-30") not in set(nvda["date"])  # a missing close stays missing
    assert nvda.loc[nvda["date"] == pd.Timestamp("2025-01-27"), "normalised"].iloc[0] == pytest.approx(
        83.0318, abs=1e-4
    )
    with pytest.raises(ValueError, match=r"series=\['AAPL'\]: no data for \['AAPL'\]"):
        market.normalised_paths(prices, index_levels, series=["AAPL"])
    with pytest.raises(ValueError, match=r"base_date=2025-01-25"):
        market.normalised_paths(prices, index_levels, base_date="2025-01-25")


# --- the claims --------------------------------------------------------------------------------------


def test_claim_verdicts_from_the_data(prices, record_losses):
    checks = market.check_market_claims(prices, record_losses).set_index("unit")
    assert checks.loc["% fall", "verdict"] == "accurate"
    assert checks.loc["% fall", "computed"] == pytest.approx(16.97)
    assert checks.loc["USD billions", "verdict"] == "approximately right"
    assert checks.loc["USD billions", "computed"] == "589–593"
    assert checks.loc["USD billions (Nvidia alone)", "verdict"] == "accurate"


def test_claim_verdicts_follow_the_data(prices, record_losses):
    # had Nvidia closed at 110, the fall would be 22.9%: "17%" would be wrong
    changed = prices.copy()
    changed.loc[(changed["ticker"] == "NVDA") & (changed["date"] == "2025-01-27"), "close_usd"] = 110.0
    assert market.check_market_claims(changed, record_losses).loc[0, "verdict"] == "wrong"
    # had every outlet printed $598B, "600 milliards" would be accurate
    losses = record_losses.copy()
    losses.loc[(losses["ticker"] == "NVDA") & (losses["date"] == "2025-01-27"), "value_lost_usd_bn"] = 598.0
    assert market.check_market_claims(prices, losses).loc[1, "verdict"] == "accurate"
    # a loss of 1,200 billion would no longer be "hundreds of billions"
    losses.loc[(losses["ticker"] == "NVDA") & (losses["date"] == "2025-01-27"), "value_lost_usd_bn"] = 1200.0
    assert market.check_market_claims(prices, losses).loc[2, "verdict"] == "wrong"


# --- figures and widgets ---------------------------------------------------------------------------


def test_drop_summary_and_its_bounds():
    d = market.drop_summary(16.97, 142.62, 24.5e9)
    assert d["price_after"] == pytest.approx(142.62 * 0.8303)
    assert d["value_lost"] == pytest.approx(142.62 * 0.1697 * 24.5e9)
    assert d["recovery"] == pytest.approx(0.2044, abs=5e-5)
    with pytest.raises(ValueError, match=r"drop_pct=100: expected a fall in % in \[0, 100\)"):
        market.drop_summary(100, 142.62, 24.5e9)


def test_drop_explorer_reacts_to_its_controls():
    explorer = market.DropExplorer(142.62, 24.5e9)
    assert explorer.result["value_lost"] / 1e9 == pytest.approx(
        142.62 * 0.10 * 24.5, rel=1e-9
    )  # starts at 10 %, no answer
    explorer.drop.value = 50
    assert explorer.result["recovery"] == pytest.approx(1.0)
    assert "needs a gain of 100.0%" in explorer.message
    explorer.shares_bn.value = 10
    assert explorer.result["value_lost"] == pytest.approx(142.62 * 0.5 * 10e9)
    explorer.shares_bn.value = -1
    assert explorer.result is None and "shares=-1e+09: expected a number of shares ≥ 0" in explorer.message
    assert len(explorer.axes[1].lines) == 3  # redrawn in place: curve, diagonal, marker


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_drop_explorer_shows_the_figure_plot_drop_draws(language):
    """Updated in place (its artists moved, not drawn anew), the live figure is the one plot_drop draws
    from scratch for the same inputs: texts, alt text, scale, bars, marker and note."""
    explorer = market.DropExplorer(142.62, 24.5e9, language=language)
    for drop, shares_bn in [
        (16.97, 24.5),
        (48.0, 24.5),
        (48.0, 3.1),
        (0.0, 1000.0),
        (35.0, -1.0),
        (5.0, 0.002),
    ]:
        explorer.drop.value, explorer.shares_bn.value = drop, shares_bn
        if shares_bn < 0:
            assert explorer.output.value == ""  # no figure under the error message
            continue
        fresh, _ = market.plot_drop(drop, 142.62, shares_bn * 1e9, language=language)
        assert figure_state(explorer.figure) == figure_state(fresh), (drop, shares_bn)
        assert f'alt="{html.escape(style.alt_text(fresh), quote=True)}"' in explorer.output.value
        assert style.texts_outside(explorer.figure) == [], (drop, shares_bn)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_path_picker_shows_the_figure_plot_paths_draws(prices, index_levels, language):
    """Showing and hiding series drawn once, the live figure is the one plot_paths draws from scratch
    for the series picked: texts, alt text, scale, lines, markers, last values and legend."""
    picker = market.PathPicker(prices, index_levels, language=language)
    for picked in [("NVDA",), ("Nasdaq Composite", "S&P 500"), tuple(picker.picker.options), ("S&P 500",)]:
        picker.picker.value = picked
        fresh, _ = market.plot_paths(picker.paths, list(picked), language=language)
        assert figure_state(picker.figure) == figure_state(fresh), picked
        assert style.texts_outside(picker.figure) == [], picked
    picker.picker.value = ()
    assert not [line for line in picker.ax.get_lines()[:-1] if line.get_visible()]  # the line at 100 stays
    empty = html.escape(i18n.tr("Empty chart: no series is picked.", language), quote=True)
    assert picker.ax.get_legend() is None and f'alt="{empty}"' in picker.output.value


def test_the_scale_of_the_paths_is_that_of_every_series():
    """So that a series keeps its place on the chart whichever others are drawn beside it."""
    paths = market.normalised_paths(
        load("prices"), load("index_levels"), base_date="2025-01-24", start="2025-01-20", end="2025-02-07"
    )
    _, every = market.plot_paths(paths)
    _, one = market.plot_paths(paths, ["S&P 500"])
    assert one.get_ylim() == every.get_ylim() and one.get_xlim() == every.get_xlim()
    assert [line.get_label() for line in one.get_lines() if line.get_visible()].count("S&P 500") == 1


def test_path_picker_shows_what_is_picked(prices, index_levels):
    picker = market.PathPicker(prices, index_levels)
    assert set(picker.picker.options) == {
        "NVDA",
        "S&P 500",
        "Nasdaq Composite",
        "Dow Jones Industrial Average",
    }
    picker.picker.value = ("NVDA",)
    assert picker.shown == ["NVDA"]
    assert "NVDA" in picker.summary.value and "S&P 500" not in picker.summary.value
    picker.picker.value = ()
    assert picker.shown == [] and "Pick at least one" in picker.summary.value


def test_drop_frames_are_a_small_labelled_stack():
    frames = market.drop_frames(142.62, 24.5e9)
    labels = [label for label, _ in frames]
    assert len(frames) == len(market.DROP_FRAME_PCTS) <= 25
    assert "16.97% (27 Jan)" in labels
    assert all(body.startswith("<img") and 'alt="' in body for _, body in frames)
    import matplotlib.pyplot as plt

    assert plt.get_fignums() == []  # frames close their figures


def test_sector_claim_from_daily_moves():
    moves = load("daily_moves")
    result = market.check_sector_claim(moves)
    assert result["verdict"] == "accurate" and "-9.2%" in result["finding"]
    calm = moves.copy()
    calm.loc[calm["ticker"] == "SOX", "move_pct"] = -1.0
    assert market.check_sector_claim(calm)["verdict"] == "wrong"
    with pytest.raises(ValueError, match=r"threshold_pct=5: expected a fall"):
        market.check_sector_claim(moves, threshold_pct=5)


def test_market_claims_are_found_by_id_with_their_finding_and_method(prices, record_losses):
    table = market.check_market_claims(prices, record_losses, shares=load("shares")).set_index("claim_id")
    assert list(table.index) == ["seventeen_percent", "six_hundred_billion", "hundreds_of_billions"]
    assert "$593 billion" in table.at["six_hundred_billion", "finding"]
    assert "data vendor" in table.at["six_hundred_billion", "finding"]
    assert "data vendor" not in market.check_market_claims(prices, record_losses).at[1, "finding"]
    # the loss computed from the closes is graded too: a close of 122 makes "600 milliards" wrong
    changed = prices.copy()
    changed.loc[(changed["ticker"] == "NVDA") & (changed["date"] == "2025-01-27"), "close_usd"] = 122.0
    assert market.check_market_claims(changed, record_losses).at[1, "verdict"] == "wrong"


def test_leader_claim_shows_that_rankings_disagree():
    rankings = load("chip_rankings")
    table = market.leader_table(rankings)
    assert set(table["rank"]) == {1, 3}
    evidence = market.check_leader_claim(rankings)
    assert evidence.verdict == "approximately right"
    assert "No. 1: Samsung Electronics" in evidence.finding and "No. 1: Intel" in evidence.finding
    final_only = rankings[rankings["publisher"] == "Gartner (final)"]
    assert market.check_leader_claim(final_only).verdict == "accurate"
    assert market.check_leader_claim(rankings[rankings["revenue_year"] == 2023]).verdict == "wrong"
    with pytest.raises(ValueError, match=r"vendor='Acme': not ranked in chip_rankings"):
        market.check_leader_claim(rankings, vendor="Acme")


def test_the_leader_finding_in_french_names_the_editions_in_french():
    rankings = load("chip_rankings")
    evidence = market.check_leader_claim(rankings, language="fr")
    assert evidence.finding.startswith(
        "Classement de NVIDIA par chiffre d'affaires en semi-conducteurs : Gartner (définitif) du "
        "15 avril 2025, année 2023 : n° 3 avec 34,8 milliards de dollars (n° 1 : Intel, 49,4 milliards"
    )
    assert "Gartner (provisoire) du 3 février 2025" in evidence.finding
    assert "dernière année (2024) → exact" in evidence.method
    assert evidence.verdict == market.check_leader_claim(rankings, language="en").verdict


def test_a_ranking_without_the_vendor_says_so():
    rankings = load("chip_rankings")
    missing = rankings[~((rankings["vendor"] == "NVIDIA") & (rankings["revenue_year"] == 2023))]
    evidence = market.check_leader_claim(missing, language="en")
    assert "2023: not in the ranking (No. 1: Intel, $49.4B)" in evidence.finding
    assert "année 2023 : absent du classement (n° 1 : Intel" in (
        market.check_leader_claim(missing, language="fr").finding
    )


def test_share_count_band_is_where_both_reports_overlap(record_losses):
    low, high = market.share_count_band(record_losses)
    reports = market.loss_reports(record_losses, "NVDA", "2025-01-27")
    for _, r in reports.iterrows():
        lo, hi = market.implied_shares_bounds(
            r["value_lost_usd_bn"] * 1e9, r["price_before_usd"], r["price_after_usd"]
        )
        assert lo <= low < high <= hi
    assert low <= market.press_share_count(record_losses) <= high
    # two reports that cannot be of the same loss: no overlap, and the error says so
    clash = record_losses.copy()
    rows = (clash["company"] == "Nvidia") & (clash["date"] == "2025-01-27")
    clash.loc[clash.index[rows][0], "value_lost_usd_bn"] = 500
    with pytest.raises(ValueError, match="do not overlap"):
        market.share_count_band(clash)
    with pytest.raises(ValueError, match="ticker='AAPL'"):
        market.share_count_band(record_losses, "AAPL")


@pytest.mark.parametrize(
    "n, text",
    [
        (1, "1st"),
        (2, "2nd"),
        (3, "3rd"),
        (4, "4th"),
        (6, "6th"),
        (11, "11th"),
        (12, "12th"),
        (13, "13th"),
        (21, "21st"),
        (22, "22nd"),
        (111, "111th"),
    ],
)
def test_ordinal(n, text):
    assert market.ordinal(n) == text


@pytest.mark.parametrize("bad", [0, -1, 2.5, True])
def test_ordinal_refuses_what_is_not_a_rank(bad):
    with pytest.raises(ValueError, match="expected a rank"):
        market.ordinal(bad)


# --- the French edition ------------------------------------------------------------------------------


def _alt_of(html: str) -> str:
    match = re.search(r'alt="([^"]*)"', html)
    assert match, "no <img alt=…> in the widget's figure"
    return match[1]


def _no_english(widget, html: str) -> None:
    assert french.english_words(*french.widget_texts(widget), _alt_of(html)) == []


def test_the_drop_explorer_speaks_french():
    explorer = market.DropExplorer(142.62, 24.5e9, language="fr")
    _no_english(explorer.widget, explorer.output.value)
    explorer.drop.value = 16.97
    explorer.shares_bn.value = 24.4
    _no_english(explorer.widget, explorer.output.value)
    assert explorer.message == (
        "Une baisse de 16,97\u202f% depuis 142,62\u00a0$ avec 24,40 milliards d'actions efface "
        "590,5\u202fMd$ ; pour la compenser, il faut une hausse de 20,4\u202f%."
    )
    assert (
        explorer.drop.description == "Baisse (%)" and explorer.shares_bn.description == "Actions (milliards)"
    )


def test_the_drop_explorer_speaks_the_kernels_language():
    with french.kernel_language("fr"):
        explorer = market.DropExplorer(142.62, 24.5e9)
        explorer.drop.value = 50
    _no_english(explorer.widget, explorer.output.value)
    assert "il faut une hausse de 100,0\u202f%" in explorer.message


def test_the_path_picker_speaks_french(prices, index_levels):
    picker = market.PathPicker(prices, index_levels, language="fr")
    _no_english(picker.widget, picker.output.value)
    picker.picker.value = ("NVDA", "S&P 500")
    _no_english(picker.widget, picker.output.value)
    assert "Dernière valeur connue" in picker.summary.value and " le " in picker.summary.value
    picker.picker.value = ()
    assert french.english_words(*french.widget_texts(picker.widget), _alt_of(picker.output.value)) == []
    assert "Choisissez au moins une série." in picker.summary.value


def test_the_path_picker_speaks_the_kernels_language(prices, index_levels):
    with french.kernel_language("fr"):
        picker = market.PathPicker(prices, index_levels)
    picker.picker.value = ("Nasdaq Composite",)
    _no_english(picker.widget, picker.output.value)


def test_the_same_widgets_in_english_show_english_words(prices, index_levels):
    # the French checks above can fail: in English these widgets are full of words of the list
    drop = market.DropExplorer(142.62, 24.5e9, language="en")
    picker = market.PathPicker(prices, index_levels, language="en")
    assert french.english_words(*french.widget_texts(drop.widget), _alt_of(drop.output.value))
    assert french.english_words(*french.widget_texts(picker.widget), _alt_of(picker.output.value))


def test_the_drop_slider_in_french_starts_at_27_january():
    box = market.drop_slider(142.62, 24.5e9, language="fr")
    slider = box.children[0]
    assert slider.value == "16,97\u202f% (27 janv.)" and "2,5\u202f%" in slider.options
    assert french.english_words(*french.widget_texts(box)) == []
    for label in slider.options[::4]:
        slider.value = label
        body = box.children[1].children[box.children[1].selected_index].value
        assert french.english_words(_alt_of(body)) == []


def test_returned_strings_in_french():
    assert market.ordinal(1, language="fr") == "1er" and market.ordinal(7, language="fr") == "7e"
    assert market.ordinal(7, language="en") == "7th"
    with french.kernel_language("fr"):
        assert market.ordinal(2) == "2e"
        assert market.money_short(5e12) == "5\u202f000\u202fMd$"
    assert market.money_short(5e12, language="en") == "$5T"
    assert market.money_short(593e9, language="en") == "$593B"


def test_billions_in_the_prose_in_french():
    assert market.billions_md(593, language="en") == "\\$593 billion"
    with french.kernel_language("fr"):
        assert market.billions_md(589.4) == "589 milliards de dollars"


def test_every_printed_line_has_its_french_and_keeps_the_english():
    values = {
        "before": 142.62, "after": 118.42, "shares_bn": 24.5, "change": -0.16968, "change_pct": -16.968,
        "price": 118.42, "lost_bn": 592.9, "fall_pct": 16.97, "needed_pct": 20.44, "rebound_pct": 8.93,
        "close": 128.99, "below_pct": 9.56, "level": 142.62, "day": pd.Timestamp("2025-06-09"),
        "cap_t": 3.97, "move_pct": -1.46, "points": -1.18, "share_pct": 81.0, "rest_pct": -0.30,
        "computed_pct": 5.86, "reported_pct": 5.94, "official_bn": 592.9, "early_bn": 589.0,
        "gain_pct": 20.7, "reported": 163.93, "kind": "vendor_figure", "nvidia_24": 3.49, "nvidia_27": 2.9,
        "apple": 3.46,
    }  # fmt: skip
    for name in market.LINES:
        english, text = market.line(name, language="en", **values), market.line(name, language="fr", **values)
        assert french.english_words(text) == [], (name, text)
        assert "{" not in text and "{" not in english
    assert market.line("closes", language="en", **values) == (
        "Close on Fri 24 Jan: $142.62   close on Mon 27 Jan: $118.42"
    )
    assert (
        market.line("rebound", language="en", **values)
        == "28 Jan: +8.93% to $128.99, still 9.56% below 24 Jan"
    )
    assert market.line("rebound", language="fr", **values) == (
        "28 janv. : +8,93\u202f% à 128,99\u00a0$, encore 9,56\u202f% sous le 24 janv."
    )
    assert "le 9 juin 2025 à" in market.line("back_above", language="fr", **values)
    with pytest.raises(ValueError, match=r"expected values for after, before"):
        market.line("closes")
    with pytest.raises(ValueError, match=r"name='nope': expected one of closes"):
        market.line("nope")


def test_the_sector_finding_in_french():
    moves = load("daily_moves")
    finding = market.check_sector_claim(moves, language="fr")["finding"]
    assert finding.startswith("L'indice PHLX des semi-conducteurs a varié de -9,2\u202f% et 7 des 7 actions")
    assert french.english_words(finding) == []
    assert market.check_sector_claim(moves, language="en")["finding"].startswith(
        "The PHLX Semiconductor index moved -9.2% and 7 of the 7"
    )
    assert market.check_sector_claim(moves, language="fr")["method"] == (
        "market.check_sector_claim sur daily_moves.csv (une variation du SOX d'au plus -5\u202f% et la "
        "plupart des actions de puces du fichier en baisse)"
    )


def test_the_market_claims_findings_methods_and_units_in_each_language():
    from conftest import dataset

    prices, losses, shares = dataset("prices"), dataset("record_losses"), dataset("shares")
    english = market.check_market_claims(prices, losses, shares=shares, language="en")
    assert english.loc[0, "finding"] == "from the closes 142.62 → 118.42 USD, the fall is 16.97%"
    assert english.loc[1, "finding"].startswith(
        "(142.62 − 118.42) USD × 24.50 billion shares = $593 billion;"
    )
    shown = market.check_market_claims(prices, losses, shares=shares, language="fr")
    assert shown.loc[0, "finding"] == "d'après les clôtures 142,62 → 118,42 USD, la chute est de 16,97\u202f%"
    assert "Bloomberg/CNBC (le jour même)" in shown.loc[1, "finding"]
    assert list(shown["verdict"]) == list(english["verdict"])  # grading does not depend on the language
    code = re.compile(r"\b\w+(?:\.\w+)+\b")  # market.value_lost, prices.csv: code names
    texts = [code.sub(" ", t) for c in ("finding", "method", "unit") for t in shown[c]]
    assert french.english_words(*texts) == []
    line = market.line("worth", nvidia_24=3.494, nvidia_27=2.901, apple=3.46, language="fr")
    assert line.startswith("Nvidia valait 3,49 billions de dollars") and french.english_words(line) == []
