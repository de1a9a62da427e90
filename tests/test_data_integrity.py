"""Data integrity: every CSV loads; every URL is well formed; and the checks a careful reader would make
hold: closes × shares match the reported losses and market values, reported % moves match the prices
and index levels, the V3 GPU-hours add up to the reported total and cost, published TPPs match the
formula, time series are in order, no row is duplicated, every event or evidence named exists.

Expected values are derived from the data; the only numbers typed here are the published figures a
reader would compare against (each with its source) and the rounding the sources print with.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from urllib.parse import urlparse

import numpy as np
import pandas as pd
import pytest

from conftest import dataset
from deepseek_shock import claims, data, export_controls, load, market, timeline

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
NAMES = sorted(p.stem for p in DATA.glob("*.csv"))


@pytest.fixture(scope="module")
def sets():
    return {name: dataset(name) for name in NAMES}


def test_every_csv_has_a_schema_and_loads(sets):
    assert NAMES, "no CSV in data/"
    assert set(NAMES) == set(data.SCHEMAS), "a CSV without a schema, or a schema without its CSV"
    for name, df in sets.items():
        assert len(df) > 0, f"{name}.csv has no rows"


# --- URLs --------------------------------------------------------------------------------------------


def _url_cells():
    for name in NAMES:
        with (DATA / f"{name}.csv").open(newline="", encoding="utf-8") as handle:
            for line, row in enumerate(csv.DictReader(handle), start=2):
                for column, value in row.items():
                    if column and "url" in column and value:
                        yield f"{name}.csv line {line} {column}", value


@pytest.mark.parametrize("where, url", list(_url_cells()), ids=lambda v: v if " line " in str(v) else "")
def test_every_url_is_well_formed(where, url):
    parsed = urlparse(url)
    assert url == url.strip() and not re.search(r"\s", url), f"{where}: whitespace in {url!r}"
    assert parsed.scheme in ("http", "https"), f"{where}: scheme {parsed.scheme!r} in {url!r}"
    host = parsed.hostname or ""
    assert "." in host and re.fullmatch(r"[a-z0-9.-]+", host), f"{where}: host {host!r} in {url!r}"
    assert not host.startswith(".") and not host.endswith(".") and ".." not in host, f"{where}: {url!r}"
    assert not url.endswith((".", ",", ";", ")")) or url.count("(") >= url.count(")"), (
        f"{where}: trailing punctuation copied into {url!r}"
    )


def test_every_row_has_a_source_url(sets):
    for name, df in sets.items():
        if "source_url" in df:
            missing = df.index[df["source_url"].isna() | (df["source_url"].astype(str).str.strip() == "")]
            assert missing.empty, f"{name}.csv: rows without source_url at lines {[i + 2 for i in missing]}"


# --- no duplicates, time series in order ----------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_no_duplicate_rows(name):
    with (DATA / f"{name}.csv").open(newline="", encoding="utf-8") as handle:
        rows = [tuple(r) for r in csv.reader(handle)][1:]
    seen = {}
    for line, row in enumerate(rows, start=2):
        assert row not in seen, f"{name}.csv: line {line} repeats line {seen[row]}"
        seen[row] = line
    df = load(name)
    key = list(data.SCHEMAS[name].key)
    if key:
        assert not df.duplicated(subset=key).any(), f"{name}.csv: duplicate key {key}"
    # A row repeated with only its source changed is a duplicate too.
    content = [c for c in df.columns if "source" not in c and c != "confidence"]
    assert not df.duplicated(subset=content).any(), f"{name}.csv: rows identical apart from their source"


def test_event_ids_are_unique_when_present(sets):
    ids = sets["events"]["event_id"].dropna()
    assert ids.is_unique, f"duplicate event_id: {sorted(ids[ids.duplicated()])}"


#: Time series: (file, date column, the columns one series is identified by).
TIME_SERIES = [
    ("events", "date", []),
    ("prices", "date", ["ticker"]),
    ("index_levels", "date", ["index"]),
    ("export_rules", "announced", []),
    ("distillation_claims", "date", []),
    ("shares", "as_of", ["ticker", "kind"]),
]


@pytest.mark.parametrize("name, column, by", TIME_SERIES)
def test_time_series_are_in_date_order(sets, name, column, by):
    df = sets[name]
    groups = df.groupby(by, sort=False) if by else [((), df)]
    for group, rows in groups:
        dates = pd.to_datetime(rows[column])
        assert dates.is_monotonic_increasing, f"{name}.csv {group}: {column} out of order"
        if name in ("prices", "index_levels"):
            assert dates.is_unique, f"{name}.csv {group}: two values for one day"


def test_export_rules_are_announced_before_they_are_published(sets):
    rules = sets["export_rules"].dropna(subset=["announced", "published"])
    late = rules[pd.to_datetime(rules["published"]) < pd.to_datetime(rules["announced"])]
    assert late.empty, f"published before announced: {late['rule_id'].tolist()}"


def test_claims_are_in_broadcast_order_and_timestamps_are_valid(sets):
    stamps = sets["claims"]["timestamp"]
    assert stamps.str.fullmatch(r"\d{2}:[0-5]\d").all()
    assert stamps.is_unique


# --- closes × shares vs the reported losses and market values -------------------------------------

#: The press prints losses to the billion: a reported "$593 billion" is anything within half a billion.
LOSS_ROUNDING_USD = 1e9
#: press_share_count rounds the count it derives to 0.01 billion shares.
SHARE_ROUNDING = 1e7


def test_closes_times_press_share_count_give_the_reported_losses(sets):
    losses = sets["record_losses"]
    count = market.press_share_count(losses)
    usable = losses.dropna(subset=["price_before_usd", "price_after_usd"])
    assert len(usable) >= 2  # the official close and the early print of 27 January
    for _, row in usable.iterrows():
        fall = row["price_before_usd"] - row["price_after_usd"]
        computed = market.value_lost(row["price_before_usd"], row["price_after_usd"], count)
        tolerance = LOSS_ROUNDING_USD / 2 + fall * SHARE_ROUNDING / 2
        assert abs(computed - row["value_lost_usd_bn"] * 1e9) <= tolerance, (
            f"{row['company']} {row['date']:%Y-%m-%d} ({row['basis']}): {fall:.2f} USD × {count:.4g} shares "
            f"= {computed / 1e9:.2f}B, reported {row['value_lost_usd_bn']}B"
        )
        # and each report's implied count lies in the range its rounding allows, around the press count
        lo, hi = market.implied_shares_bounds(
            row["value_lost_usd_bn"] * 1e9, row["price_before_usd"], row["price_after_usd"]
        )
        assert lo - SHARE_ROUNDING / 2 <= count <= hi + SHARE_ROUNDING / 2


def test_record_loss_prices_are_the_closes_and_moves_match_them(sets):
    losses, prices = sets["record_losses"], sets["prices"]
    for _, row in losses.dropna(subset=["price_before_usd", "price_after_usd"]).iterrows():
        move = 100 * market.pct_change(row["price_before_usd"], row["price_after_usd"])
        assert abs(move - row["move_pct"]) <= 0.005 + 1e-9, (row["basis"], move, row["move_pct"])
        day = row["date"]
        before_day = prices[(prices["ticker"] == row["ticker"]) & (prices["date"] < day)]["date"].max()
        assert row["price_before_usd"] == market.close_on(prices, row["ticker"], before_day)
        if row["basis"] == "official close":
            assert row["price_after_usd"] == market.close_on(prices, row["ticker"], day)


def _printed_market_values(prices):
    """(date, ticker, close, USD value, rounding) for each market value printed in a prices.csv note."""
    found = re.compile(r"(?:market cap|about) \$(\d+(?:\.(\d+))?)T")
    for _, row in prices.iterrows():
        match = found.search(str(row["source_note"]))
        if match:
            decimals = len(match.group(2) or "")
            yield (
                row["date"],
                row["ticker"],
                row["close_usd"],
                float(match.group(1)) * 1e12,
                1e12 * 10.0**-decimals,
            )


def test_closes_times_shares_give_the_market_values_printed_with_them(sets):
    """A close × the share count of its day (shares.csv where dated, else the press count of January
    2025) gives the market value printed in the same report, within the printed rounding."""
    prices, shares, losses = sets["prices"], sets["shares"], sets["record_losses"]
    printed = list(_printed_market_values(prices))
    assert printed, "no market value printed in prices.csv's notes"
    for day, ticker, close, value, rounding in printed:
        dated = shares[(shares["ticker"] == ticker) & (shares["as_of"] == day)]
        count = float(dated["shares"].iloc[0]) if len(dated) else market.press_share_count(losses, ticker)
        cap = market.market_cap(close, count)
        assert abs(cap - value) <= rounding / 2 + close * SHARE_ROUNDING / 2, (
            f"{ticker} {day:%Y-%m-%d}: {close} × {count:.5g} = {cap / 1e12:.3f}T, printed {value / 1e12}T"
        )


def test_threshold_share_counts_follow_from_their_prices(sets):
    """shares.csv 'implied_by_threshold' rows: the count is the threshold ÷ the price, as their notes say."""
    shares = sets["shares"]
    rows = shares[shares["kind"] == "implied_by_threshold"]
    assert len(rows)
    for _, row in rows.iterrows():
        match = re.search(r"shares = (\d+)e(\d+) / ([\d.]+)", row["source_note"])
        assert match, row["source_note"]
        threshold, price = float(match.group(1)) * 10 ** int(match.group(2)), float(match.group(3))
        assert row["shares"] == pytest.approx(threshold / price, rel=1e-6)


# --- reported % moves vs prices and index levels ---------------------------------------------------


#: Moves are printed to two decimals (some to one or none): within half a unit of the last digit.
def _half_unit(value: float) -> float:
    text = repr(float(value))
    decimals = len(text.split(".")[1].rstrip("0")) if "." in text else 0
    return 0.5 * 10.0**-decimals + 1e-9


def test_reported_stock_moves_agree_with_the_closes(sets):
    moves, prices = sets["daily_moves"], sets["prices"]
    compared = 0
    for _, row in moves[moves["kind"] == "stock"].iterrows():
        own = prices[prices["ticker"] == row["ticker"]].set_index("date")["close_usd"]
        previous = row["date"] - pd.offsets.BDay(1)
        if row["date"] in own.index and previous in own.index:
            move = 100 * market.pct_change(own[previous], own[row["date"]])
            assert abs(move - row["move_pct"]) <= _half_unit(row["move_pct"]), (
                row["name"],
                move,
                row["move_pct"],
            )
            compared += 1
    assert compared >= 1, "no stock move in daily_moves.csv could be compared with prices.csv"


def test_index_levels_agree_with_the_reported_index_moves(sets):
    """Nasdaq −3.07%, S&P 500 −1.46%, Dow +0.65% on 27 January 2025 (daily_moves.csv) against the
    levels of index_levels.csv."""
    moves, levels = sets["daily_moves"], sets["index_levels"]
    compared = set()
    for _, row in moves[moves["kind"] == "index"].iterrows():
        own = levels[levels["index"] == row["name"]].set_index("date")["level_points"]
        previous = row["date"] - pd.offsets.BDay(1)
        if row["date"] in own.index and previous in own.index:
            move = 100 * market.pct_change(own[previous], own[row["date"]])
            assert abs(move - row["move_pct"]) <= _half_unit(row["move_pct"]), (
                row["name"],
                move,
                row["move_pct"],
            )
            compared.add(row["name"])
    assert {"Nasdaq Composite", "S&P 500", "Dow Jones Industrial Average"} <= compared


def test_moves_reported_twice_agree(sets):
    """A company-day in both daily_moves.csv and record_losses.csv (official close) has one move."""
    moves = sets["daily_moves"].set_index(["ticker", "date"])
    losses = sets["record_losses"]
    for _, row in losses[losses["basis"] != "early print"].dropna(subset=["move_pct"]).iterrows():
        if (row["ticker"], row["date"]) in moves.index:
            assert moves.loc[(row["ticker"], row["date"]), "move_pct"] == pytest.approx(row["move_pct"])


# --- training runs -----------------------------------------------------------------------------------

#: DeepSeek-V3 technical report, Table 1 (https://arxiv.org/abs/2412.19437): 2,788K H800 GPU-hours in
#: all, $5.576M at an assumed $2 per GPU-hour. The same totals are quoted in training_runs.csv's notes.
V3_TOTAL_GPU_HOURS = 2_788_000
V3_TOTAL_USD = 5_576_000


def test_v3_gpu_hours_add_up_to_the_reported_total_and_cost(sets):
    runs = sets["training_runs"]
    v3 = runs[runs["model"] == "DeepSeek-V3"]
    assert v3["gpu_hours"].sum() == V3_TOTAL_GPU_HOURS
    price = v3["assumed_usd_per_gpu_hour"].unique()
    assert len(price) == 1 and price[0] == 2
    assert v3["gpu_hours"].sum() * price[0] == V3_TOTAL_USD
    assert v3["reported_cost_usd"].sum() == V3_TOTAL_USD
    # the notes state the same totals (so the constants above are the data's own, not ours)
    note = " ".join(v3["source_note"])
    assert f"{V3_TOTAL_GPU_HOURS // 1000:,}K GPU-hours" in note and f"${V3_TOTAL_USD / 1e6:.3f}M" in note


def test_every_run_cost_is_its_gpu_hours_times_its_price(sets):
    runs = sets["training_runs"].dropna(subset=["reported_cost_usd", "assumed_usd_per_gpu_hour"])
    assert len(runs) >= 3
    assert np.allclose(runs["gpu_hours"] * runs["assumed_usd_per_gpu_hour"], runs["reported_cost_usd"])


def test_reported_flop_is_flop_per_token_times_tokens(sets):
    """Where a run reports its total FLOP, FLOP per token × tokens gives it (within 10%: the per-token
    figure is for one sequence length)."""
    runs = sets["training_runs"].dropna(subset=["reported_gflop_per_token", "tokens", "reported_flop"])
    assert len(runs) >= 1
    for _, row in runs.iterrows():
        assert row["reported_gflop_per_token"] * 1e9 * row["tokens"] == pytest.approx(
            row["reported_flop"], rel=0.1
        )


# --- chips ---------------------------------------------------------------------------------------------


def test_published_tpp_matches_the_formula_within_rounding(sets):
    """Published TPPs use the datasheet TOPS rounded to a whole number: within half a TOPS × bit length."""
    chips = sets["chips"].dropna(subset=["tpp_published"])
    assert len(chips) >= 10
    for _, row in chips.iterrows():
        computed = export_controls.tpp(row["dense_tops"], row["bit_length"])
        assert abs(computed - row["tpp_published"]) <= 0.5 * row["bit_length"] + 1e-9, (
            row["name"],
            computed,
            row["tpp_published"],
        )


def test_expected_eccns_are_what_the_classifier_says(sets):
    table = export_controls.chip_table(sets["chips"])
    for rule, column in (("2022", "eccn_2022"), ("2023", "eccn_2023")):
        decided = table[table[column] != "undetermined"]
        mismatch = decided[decided[column] != decided[f"expected_eccn_{rule}"]]
        assert mismatch.empty, (
            f"{rule}: {mismatch[['name', column, f'expected_eccn_{rule}']].to_dict('records')}"
        )


# --- names that must exist -------------------------------------------------------------------------------

_EVENT_CALL = re.compile(r"(?:event_date|find_event)\(\s*[^,()]+(?:\([^()]*\))?\s*,\s*[\"']([a-z0-9_]+)[\"']")
_CLAIM_IDS = re.compile(r"[\"'](?:from_id|to_id)[\"']\s*:\s*[\"']([a-z0-9_]+)[\"']")
_GAP = re.compile(r"\bgap\(\s*[\"']([a-z0-9_]+)[\"']\s*,\s*[\"']([a-z0-9_]+)[\"']\s*\)")


def _code_texts():
    for path in sorted((ROOT / "src" / "deepseek_shock").glob("*.py")):
        yield str(path.relative_to(ROOT)), path.read_text(encoding="utf-8")
    for folder in ("chapters", "exercises"):
        for path in sorted((ROOT / folder).glob("*.ipynb")):
            cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
            code = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")
            yield str(path.relative_to(ROOT)), code


def event_ids_used() -> dict[str, set[str]]:
    used: dict[str, set[str]] = {}
    for where, text in _code_texts():
        for pattern in (_EVENT_CALL, _CLAIM_IDS, _GAP):
            for match in pattern.finditer(text):
                for event_id in match.groups():
                    used.setdefault(event_id, set()).add(where)
    for event_id in timeline.HEADLINE_EVENTS:
        used.setdefault(event_id, set()).add("timeline.HEADLINE_EVENTS")
    for claim in timeline.TIMING_CLAIMS:
        for key in ("from_id", "to_id"):
            used.setdefault(claim[key], set()).add("timeline.TIMING_CLAIMS")
    return used


def test_every_event_id_used_exists(sets):
    used = event_ids_used()
    assert len(used) >= 15, f"the scan found too few event ids to be trusted: {sorted(used)}"
    known = set(sets["events"]["event_id"].dropna())
    missing = {e: sorted(w) for e, w in used.items() if e not in known}
    assert not missing, f"event ids used but not in events.csv: {missing}"


def test_export_rules_point_at_existing_events(sets):
    known = set(sets["events"]["event_id"].dropna())
    named = set(sets["export_rules"]["event_id"].dropna())
    assert named and named <= known, f"export_rules.csv names unknown events: {sorted(named - known)}"


def test_every_claims_evidence_exists_and_its_chapter_is_a_chapter(sets):
    table = sets["claims"]
    missing = sorted(set(table["evidence"]) - set(claims.EVIDENCE))
    assert not missing, f"claims.csv names evidence that the library does not compute: {missing}"
    chapters = {int(p.name[:2]) for p in (ROOT / "chapters").glob("0*_*.ipynb")}
    assert set(table["chapter"].astype(int)) <= chapters
    assert set(table["verdict"]) <= set(claims.VERDICTS)


def test_the_recorded_verdicts_are_still_the_computed_ones():
    ledger = claims.ledger()
    changed = ledger[~ledger["agrees"]]
    shown = changed[["claim_id", "recorded_verdict", "verdict"]].to_dict("records")
    assert changed.empty, f"data changed these verdicts: {shown}"


# --- smaller consistency checks ----------------------------------------------------------------------


def test_estimate_ranges_contain_their_central_value(sets):
    est = sets["cost_estimates"]
    for _, row in est.iterrows():
        low, value, high = row["low"], row["value"], row["high"]
        if pd.notna(low) and pd.notna(high):
            assert low <= high, row["estimate_id"]
        for bound, inside in ((low, low <= value), (high, value <= high)):
            if pd.notna(bound) and pd.notna(value):
                assert inside, f"{row['estimate_id']}: {value} outside [{low}, {high}]"
        assert pd.notna(value) or pd.notna(low) or pd.notna(high), f"{row['estimate_id']}: no number at all"


def test_api_prices_cached_input_cheapest_then_input_then_output(sets):
    prices = sets["api_prices"]
    for _, row in prices.iterrows():
        cached, inp, out = (
            row["input_cache_hit_usd_per_mtok"],
            row["input_usd_per_mtok"],
            row["output_usd_per_mtok"],
        )
        assert inp <= out, row["model"]
        if pd.notna(cached):
            assert cached <= inp, row["model"]


def test_sparse_peaks_are_twice_the_dense_ones_and_fp8_twice_bf16(sets):
    """2:4 sparsity doubles the datasheet peak, and FP8 doubles BF16 on Hopper (within the 0.1 printed)."""
    specs = sets["gpu_specs"]
    assert np.allclose(specs["sparse_tflop_per_s"], 2 * specs["dense_tflop_per_s"], atol=0.1 + 1e-9)
    table = specs.pivot(index="gpu", columns="precision", values="dense_tflop_per_s").dropna()
    assert len(table) and np.allclose(table["fp8"], 2 * table["bf16"], atol=0.1 + 1e-9)


def test_partial_dates_use_the_first_day(sets):
    """README: month and year precision use the 1st (of the month, of January)."""
    events = sets["events"]
    month = events[events["date_precision"] == "month"]["date"]
    year = events[events["date_precision"] == "year"]["date"]
    assert (month.dt.day == 1).all()
    assert ((year.dt.day == 1) & (year.dt.month == 1)).all()


def test_run_gpu_hours_match_cluster_times_hours(sets):
    """Where a run gives its GPUs and wall-clock hours, their product is its GPU-hours, within the
    rounding of the sources (GPU-hours to the thousand, hours to the hour)."""
    runs = sets["training_runs"].dropna(subset=["num_gpus", "wall_clock_hours"])
    assert len(runs) >= 1
    for _, row in runs.iterrows():
        assert (
            abs(row["num_gpus"] * row["wall_clock_hours"] - row["gpu_hours"]) <= 500 + 0.5 * row["num_gpus"]
        ), row["run_id"]
