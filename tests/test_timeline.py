"""timeline: selecting, gaps, verdicts, figures and the two widgets, on the real events data."""

from __future__ import annotations

import html
import re

import pandas as pd
import pytest

import french
from conftest import figure_state
from deepseek_shock import style, timeline
from deepseek_shock.data import EVENT_CATEGORIES
from deepseek_shock.i18n import format_date


def test_select_by_category_and_window(events):
    chosen = timeline.select(events, ["regulation"], "2025-01-27", "2025-02-28")
    assert len(chosen) > 0
    assert set(chosen["category"]) == {"regulation"}
    assert chosen["date"].between("2025-01-27", "2025-02-28").all()
    # Every regulation event in the window is kept, none outside it.
    manual = events[
        (events["category"] == "regulation")
        & (events["date"] >= "2025-01-27")
        & (events["date"] <= "2025-02-28")
    ]
    assert list(chosen.index) == list(manual.index)


def test_select_window_is_inclusive(events):
    day = timeline.event_date(events, "nvidia_selloff")
    same_day = timeline.select(events, start=day, end=day)
    assert (same_day["date"] == day).all() and "nvidia_selloff" in set(same_day["event_id"])


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"categories": ["sports"]}, r"categories=\['sports'\]: unknown"),
        ({"start": "2025-02-01", "end": "2025-01-01"}, "is after end"),
        ({"start": "not a date"}, r"start='not a date': expected a date"),
    ],
)
def test_select_rejects_bad_arguments(events, kwargs, message):
    with pytest.raises(ValueError, match=message):
        timeline.select(events, **kwargs)


def test_key_dates_match_the_sources(events):
    assert timeline.event_date(events, "inauguration") == pd.Timestamp("2025-01-20")
    assert timeline.event_date(events, "r1_release") == pd.Timestamp("2025-01-20")
    assert timeline.event_date(events, "stargate") == pd.Timestamp("2025-01-21")
    assert timeline.event_date(events, "app_store_no1") == pd.Timestamp("2025-01-26")
    assert timeline.event_date(events, "nvidia_selloff") == pd.Timestamp("2025-01-27")


def test_unknown_event_id_lists_the_known_ones(events):
    with pytest.raises(ValueError, match=r"event_id='nope': found 0 events.*stargate"):
        timeline.find_event(events, "nope")


def test_days_between_and_weekday():
    assert timeline.days_between("2025-01-20", "2025-01-27") == 7
    assert timeline.days_between("2025-01-27", "2025-01-20") == -7
    assert timeline.days_between("2024-02-28", "2024-03-01") == 2  # leap year
    assert timeline.weekday("2025-01-27") == "Monday"
    assert timeline.weekday("2025-01-27", language="fr") == "lundi"
    # the French table's days are Babel's, which the book's dates use
    for day in pd.date_range("2025-01-27", periods=7):
        assert timeline.weekday(day, language="fr") == format_date(day, "weekday", "fr").split()[0]
    with french.kernel_language("fr"):
        assert timeline.weekday("2025-02-01") == "samedi"


@pytest.mark.parametrize(
    "gap, expected",
    [
        (0, "wrong"),
        (1, "approximately right"),
        (2, "accurate"),
        (7, "accurate"),
        (8, "approximately right"),
        (9, "wrong"),
    ],
)
def test_timing_verdict_boundaries(gap, expected):
    assert timeline.timing_verdict(gap, 2, 7) == expected


def test_timing_verdict_rejects_inverted_range():
    with pytest.raises(ValueError, match="claimed_min_days=5 > claimed_max_days=2"):
        timeline.timing_verdict(3, 5, 2)


def test_check_timing_claims_computes_the_verdicts(events):
    checks = timeline.check_timing_claims(events)
    assert list(checks["verdict"]) == ["accurate", "accurate", "accurate"]
    assert list(checks["claim_id"]) == ["stargate_timing", "app_store", "monday_27"]
    assert list(checks["gap_days"][:2]) == [1, 6]


def test_verdict_follows_the_data(events):
    """Move Stargate to inauguration day in a copy of the data: the verdict must become 'accurate'."""
    moved = events.copy()
    moved.loc[moved["event_id"] == "stargate", "date"] = pd.Timestamp("2025-01-20")
    assert timeline.check_timing_claims(moved)["verdict"].iloc[0] == "accurate"
    late = events.copy()
    late.loc[late["event_id"] == "stargate", "date"] = pd.Timestamp("2025-02-20")
    assert timeline.check_timing_claims(late)["verdict"].iloc[0] == "wrong"
    two_days = events.copy()
    two_days.loc[two_days["event_id"] == "stargate", "date"] = pd.Timestamp("2025-01-22")
    assert timeline.timing_evidence(two_days, "stargate_timing").verdict == "approximately right"


def test_timing_evidence_is_looked_up_by_claim_id(events):
    evidence = timeline.timing_evidence(events, "app_store")
    assert evidence.verdict == "accurate" and "6 days after" in evidence.finding
    with pytest.raises(ValueError, match=r"claim_id='nope': expected exactly one row"):
        timeline.timing_evidence(events, "nope")


def test_the_other_dated_claims(events):
    assert timeline.check_inauguration_day(events).verdict == "accurate"
    assert timeline.check_inauguration_day(events, claimed="2025-01-21").verdict == "wrong"
    assert timeline.check_same_moment(events).verdict == "approximately right"
    assert timeline.check_wake_up_call(events).verdict == "accurate"
    assert timeline.check_beijing_supports(events).verdict == "approximately right"
    assert timeline.announced_amounts_usd_bn(events) == [100.0, 500.0]
    assert timeline.check_stargate_amount(events).verdict == "approximately right"
    assert timeline.check_stargate_amount(events, claimed_usd_bn=100).verdict == "accurate"
    assert timeline.check_stargate_amount(events, claimed_usd_bn=300).verdict == "wrong"
    no_amount = events.copy()
    no_amount.loc[no_amount["event_id"] == "stargate", "description"] = "A venture."
    with pytest.raises(
        ValueError, match=r"event_id='stargate': its description in events.csv gives no amount"
    ):
        timeline.announced_amounts_usd_bn(no_amount)


def test_plot_timeline_draws_every_selected_event(events, prices):
    lo, hi = timeline.WINDOWS["19–31 Jan 2025"]
    fig, ax = timeline.plot_timeline(events, prices, start=lo, end=hi)
    plotted = sum(len(c.get_offsets()) for c in ax.collections)
    assert plotted == len(timeline.select(events, start=lo, end=hi))
    assert ax.get_xlabel() == "Date"
    price_axis = [a for a in fig.axes if a is not ax and a.get_lines()][0]
    assert "USD" in price_axis.get_ylabel()
    line = price_axis.get_lines()[0]
    drawn = [y for y in line.get_ydata() if y == y]  # the gaps are NaN
    assert drawn == list(
        prices[(prices["ticker"] == "NVDA") & (prices["date"] >= lo) & (prices["date"] <= hi)].sort_values(
            "date"
        )["close_usd"]
    )


def test_price_line_breaks_only_where_closes_are_missing(prices):
    nvda = prices[prices["ticker"] == "NVDA"]
    line = timeline.price_line(nvda)
    assert line["close_usd"].dropna().tolist() == nvda.sort_values("date")["close_usd"].tolist()
    after_gap = line["close_usd"].shift(-1)
    gaps = line[line["close_usd"].isna()]
    dates = nvda.sort_values("date")["date"].reset_index(drop=True)
    wide = int((dates.diff().dt.days > timeline.PRICE_GAP_DAYS).sum())
    assert len(gaps) == wide and after_gap[gaps.index].notna().all()
    with pytest.raises(ValueError, match="max_gap_days=0"):
        timeline.price_line(nvda, 0)


def test_the_overview_has_a_panel_for_the_long_story_and_one_for_the_shock(events, prices):
    fig, ax = timeline.plot_timeline(events, prices)
    titles = [a.get_title() for a in fig.axes if a.get_title()]
    assert len(titles) == 3 and titles[1].startswith("Dec 2024")
    plotted = sum(len(c.get_offsets()) for a in fig.axes for c in a.collections)
    assert plotted == len(events)


def test_the_shock_week_numbers_its_headline_events_with_a_key(events, prices):
    lo, hi = timeline.WINDOWS["19–31 Jan 2025"]
    fig, ax = timeline.plot_timeline(events, prices, start=lo, end=hi)
    shown = timeline.select(events, start=lo, end=hi)
    headline = shown[shown["event_id"].isin(timeline.HEADLINE_EVENTS)]
    numbers = [t.get_text() for t in ax.texts]
    assert numbers == [str(i) for i in range(1, len(headline) + 1)]
    key = "\n".join(t.get_text() for a in fig.axes for t in a.texts if "  " in t.get_text())
    assert all(f"{i}  " in key for i in range(1, len(headline) + 1))


def test_describe_timeline_mentions_the_numbers(events, prices):
    text = timeline.describe_timeline(events, prices, start="2025-01-19", end="2025-01-31")
    assert "142.62" not in text or "118.42" in text
    assert "118.42 USD on 27 Jan 2025" in text
    assert text.startswith(
        f"Timeline of {len(timeline.select(events, start='2025-01-19', end='2025-01-31'))} events"
    )


def test_explorer_follows_its_controls(events, prices):
    explorer = timeline.TimelineExplorer(events, prices)
    assert len(explorer.shown) == len(events)
    explorer.categories.value = ("regulation",)
    assert set(explorer.shown["category"]) == {"regulation"}
    assert f"<b>{len(explorer.shown)}</b> events shown" in explorer.summary.value
    jan = [v for _, v in explorer.window.options if v == pd.Timestamp("2025-01-01")][0]
    feb = [v for _, v in explorer.window.options if v == pd.Timestamp("2025-02-01")][0]
    explorer.window.value = (jan, feb)
    expected = timeline.select(events, ["regulation"], "2025-01-01", "2025-02-28")
    assert list(explorer.shown.index) == list(expected.index)
    explorer.categories.value = ()
    assert len(explorer.shown) == 0 and "<b>0</b> events" in explorer.summary.value


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_explorer_shows_the_figure_plot_timeline_draws(events, prices, language):
    """Its axes kept while their structure stays and only their content drawn again, the live figure is
    the one plot_timeline draws from scratch at the same controls: texts, alt text, limits, artists."""
    explorer = timeline.TimelineExplorer(events, prices, language=language)
    month = {v: v for _, v in explorer.window.options}
    picks = [
        (tuple(EVENT_CATEGORIES), ("2016-02-01", "2025-12-01")),  # the overview, three panels
        (("regulation", "markets"), ("2016-02-01", "2025-12-01")),  # the same axes, fewer events
        (("politics",), ("2020-01-01", "2025-06-01")),  # two panels
        (("politics",), ("2025-01-01", "2025-01-01")),  # one panel, a key of numbered events
        (("app", "markets", "company"), ("2025-01-01", "2025-01-01")),  # the same axes, another key
        (("company",), ("2025-01-01", "2025-02-01")),
        ((), ("2025-01-01", "2025-02-01")),  # no event at all
        (("regulation",), ("2018-01-01", "2018-12-01")),  # no close in the window
        (tuple(EVENT_CATEGORIES), ("2016-02-01", "2025-12-01")),  # back to the overview
    ]
    for cats, (first, last) in picks:
        explorer.categories.value = cats
        explorer.window.value = (month[pd.Timestamp(first)], month[pd.Timestamp(last)])
        end = pd.Timestamp(last) + pd.offsets.MonthEnd(0)
        fresh, _ = timeline.plot_timeline(
            events, prices, start=first, end=end, categories=list(cats), language=language
        )
        assert figure_state(explorer.figure) == figure_state(fresh), (cats, first, last)
        assert f'alt="{html.escape(style.alt_text(fresh), quote=True)}"' in explorer.output.value, cats
        assert style.texts_outside(explorer.figure) == [], (cats, first, last)


def test_timeline_frames_one_per_window_with_alt_text(events, prices):
    frames = timeline.timeline_frames(events, prices)
    assert [label for label, _ in frames] == list(timeline.WINDOWS)
    for _, body in frames:
        assert body.startswith('<img src="data:image/png;base64,') and 'alt="Timeline of ' in body
    assert len({body for _, body in frames}) == len(frames)


def test_every_category_has_a_label():
    assert set(timeline.CATEGORY_LABELS) == set(EVENT_CATEGORIES)


def test_explorer_shows_its_figure_with_a_description(events, prices):
    explorer = timeline.TimelineExplorer(events, prices)
    explorer.categories.value = ("markets",)
    html = explorer.output.value
    assert html.startswith('<img src="data:image/png;base64,')
    assert f'alt="Timeline of {len(explorer.shown)} events' in html


# --- the French edition ------------------------------------------------------------------------------


def _alt_of(html: str) -> str:
    match = re.search(r'alt="([^"]*)"', html)
    assert match, "no <img alt=…> in the widget's figure"
    return match[1]


def _explorer_in_french(events, prices, build):
    explorer = build()
    assert french.english_words(*french.widget_texts(explorer.widget)) == []
    explorer.categories.value = ("regulation", "markets")
    explorer.window.value = (pd.Timestamp("2025-01-01"), pd.Timestamp("2025-02-01"))
    texts = french.widget_texts(explorer.widget)
    assert french.english_words(*texts, _alt_of(explorer.output.value)) == []
    assert (
        f"<b>{len(explorer.shown)}</b> événements affichés, janv. 2025 – févr. 2025."
        in explorer.summary.value
    )
    assert "Régulation" not in " ".join(texts) and "Règles, interdictions" in texts  # the French labels
    return explorer


def test_the_explorer_speaks_french(events, prices):
    _explorer_in_french(events, prices, lambda: timeline.TimelineExplorer(events, prices, language="fr"))


def test_the_explorer_speaks_the_kernels_language(events, prices):
    with french.kernel_language("fr"):
        explorer = _explorer_in_french(events, prices, lambda: timeline.TimelineExplorer(events, prices))
    assert explorer.language == "fr"  # resolved once: the kernel's language when it was built


def test_the_explorer_would_show_english_without_its_language(events, prices):
    # the check above can fail: the same widget in English is full of words of the list
    explorer = timeline.TimelineExplorer(events, prices, language="en")
    assert french.english_words(*french.widget_texts(explorer.widget))


def test_the_static_slider_in_french(events, prices):
    box = timeline.window_slider(events, prices, language="fr")
    slider = box.children[0]
    assert list(slider.options) == ["2016–2025", "2022–2025", "déc. 2024–févr. 2025", "19–31 janv. 2025"]
    assert french.english_words(*french.widget_texts(box)) == []
    for label in slider.options:
        slider.value = label
        body = box.children[1].children[box.children[1].selected_index].value
        assert french.english_words(_alt_of(body)) == []


def test_the_alt_text_in_french_writes_dates_and_numbers_the_french_way(events, prices):
    text = timeline.describe_timeline(events, prices, start="2025-01-19", end="2025-01-31", language="fr")
    assert text.startswith("Chronologie de ") and "du 19 janv. 2025 au 31 janv. 2025" in text
    assert "118,42 USD le 27 janv. 2025" in text  # Nvidia's close that Monday, with a decimal comma


def test_the_event_titles_come_from_the_french_column(events):
    stargate = timeline.find_event(events, "stargate")
    assert timeline.event_title(stargate, "en") == stargate["title"]
    assert timeline.event_title(stargate, "fr") == "Le projet d'IA Stargate annoncé à la Maison-Blanche"
    assert events["title_fr"].notna().all() and (events["title_fr"] != events["title"]).any()


def test_the_chapters_printed_and_glued_texts_in_french(events):
    assert (
        timeline.days_text(1, language="fr") == "1 jour" and timeline.days_text(8, language="en") == "8 days"
    )
    lines = timeline.key_dates(events, language="fr").splitlines()
    assert lines[0].startswith("Investiture :") and lines[0].endswith("lundi 20 janvier 2025")
    assert lines[1].endswith("mardi 21 janvier 2025  (1 jour plus tard)")
    assert french.english_words(*lines) == []
    english = timeline.key_dates(events, language="en").splitlines()
    assert english[0] == "Inauguration: Monday 20 January 2025"
    assert english[3] == "App Store #1: Sunday 26 January 2025  (6 days later)"
    with french.kernel_language("fr"):
        assert timeline.gap_line(events, "v3_release", "r1_release") == "v3_release → r1_release: 25 jours"


def test_the_first_bans_glued_in_french(events):
    selloff = timeline.event_date(events, "nvidia_selloff")
    bans = timeline.select(events, ["regulation"], selloff, "2025-02-28").sort_values("date")
    acting = bans[
        bans["title"].str.contains("block|ban|bar|restrict|unauthorised|off government", case=False)
    ]
    texts = timeline.first_ban_texts(bans, acting, selloff, language="fr")
    assert texts["ban_first_day"] == "30 janvier" and texts["ban_gap"] == "3 jours"
    assert texts["ban_first"] == (
        "La Garante italienne ordonne le blocage de DeepSeek et "
        "La Chambre des représentants déclare DeepSeek non autorisé pour son personnel"
    )
    assert texts["ban_tie"] == "ex æquo" and french.english_words(*texts.values()) == []
    english = timeline.first_ban_texts(bans, acting, selloff, language="en")
    assert english["ban_gap"] == "3 days" and english["ban_tie"] == "a tie"
    assert (
        english["ban_first"]
        == "Italy's Garante orders DeepSeek blocked and US House tells staff DeepSeek is unauthorised"
    )
    with pytest.raises(ValueError, match="expected at least one event in each"):
        timeline.first_ban_texts(bans, acting.iloc[0:0], selloff)


def test_the_timing_claims_table_in_french_keeps_the_ledgers_columns(events):
    english = timeline.check_timing_claims(events, language="en")
    checks = timeline.check_timing_claims(events, language="fr")
    assert checks.loc[2, "weekday"] == "lundi" and english.loc[2, "weekday"] == "Monday"
    assert checks.loc[0, "claim"] == "Stargate annoncé « dans la foulée » de l'investiture du 20 janvier"
    shown = checks[["claim", "reading", "from_event", "to_event", "weekday", "finding", "method"]]
    assert [french.english_prose_words(str(text)) for text in shown.to_numpy().ravel()] == [[]] * shown.size
    for column in ("claim_id", "verdict", "gap_days"):  # what the ledger grades with
        assert list(checks[column]) == list(english[column])


def test_the_timing_findings_and_methods_in_french(events):
    checks = timeline.check_timing_claims(events, language="fr").set_index("claim_id")
    assert checks.at["stargate_timing", "finding"] == (
        "« Le projet d'IA Stargate annoncé à la Maison-Blanche » a eu lieu 1 jour après "
        "« Donald Trump investi pour un second mandat », le mardi 21 janvier 2025"
    )
    assert "de 0 à 1 jour → exact" in checks.at["stargate_timing", "method"]  # the singular below two
    assert "de 2 à 7 jours → exact" in checks.at["app_store", "method"]
    assert checks.at["monday_27", "finding"].endswith("est daté du lundi 27 janvier 2025")
    assert "l'événement nvidia_selloff" in checks.at["monday_27", "method"]
    evidence = timeline.timing_evidence(events, "monday_27", language="fr")
    assert evidence.finding.startswith("Dans events.csv, « Krach DeepSeek : Nvidia -17")
    english = timeline.timing_evidence(events, "monday_27", language="en")
    assert english.finding == (
        "Events.csv dates 'DeepSeek sell-off: Nvidia -17% and about $593B lost' Monday 27 January 2025."
    )


def test_the_other_dated_claims_in_french(events):
    def fr(check, *args, **kwargs):
        return check(events, *args, language="fr", **kwargs)

    inauguration = fr(timeline.check_inauguration_day, "2025-01-21")
    assert inauguration.finding == "Dans events.csv, l'investiture est datée du lundi 20 janvier 2025."
    assert inauguration.method == "date de l'événement inauguration, comparée au 21 janvier 2025"
    assert inauguration.verdict == "wrong"
    assert fr(timeline.check_same_moment).finding == (
        "R1 est sorti le 20 janvier 2025, le jour même de l'investiture ; "
        "DeepSeek-V2 était sorti 259 jours plus tôt."
    )
    assert fr(timeline.check_wake_up_call).finding == (
        "Le 27 janvier 2025, Trump a qualifié DeepSeek de « signal d'alarme »."
    )
    support = fr(timeline.check_beijing_supports)
    assert support.finding.startswith(
        "Avant le reportage : Liang Wenfeng s'exprime au symposium du Premier ministre Li Qiang "
        "(20 janvier 2025, confiance 2+). Après le reportage, et donc non pris en compte : "
    )
    assert fr(timeline.check_beijing_supports, ["xi_symposium"]).finding.startswith(
        "Avant le reportage : aucun événement de ce genre dans events.csv. Après le reportage"
    )
    amount = fr(timeline.check_stargate_amount, 1500)
    assert amount.finding.startswith("L'annonce : 100 milliards de dollars pour commencer, jusqu'à 500 ")
    assert amount.method.startswith("les 1\u202f500 milliards de dollars du reportage face aux montants")
    assert amount.verdict == "wrong"
