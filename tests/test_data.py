"""data.load: the real files load, and every kind of bad input gets a DataError naming file, line, column."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from deepseek_shock import data
from deepseek_shock.data import SCHEMAS, DataError, load
from deepseek_shock.i18n import tr

ROOT = Path(__file__).resolve().parents[1]

GOOD_PRICE = {
    "date": "2025-01-24",
    "ticker": "NVDA",
    "close_usd": "142.62",
    "source_url": "https://example.org/nvda",
    "source_note": "close",
    "confidence": "2+",
}


def price_rows(**changes):
    second = {**GOOD_PRICE, "date": "2025-01-27", "close_usd": "118.42"}
    second.update(changes)
    return [GOOD_PRICE, second]


@pytest.mark.parametrize("name", sorted(data.SCHEMAS))
def test_every_data_set_loads_with_a_source_on_every_row(name):
    df = load(name)
    assert len(df) > 0
    assert df["source_url"].str.match(r"^https?://[^ ]+\.[^ ]+").all()
    if "confidence" in df:
        assert set(df["confidence"]) <= set(data.CONFIDENCE_TAGS)


@pytest.mark.parametrize("name", sorted(data.SCHEMAS))
def test_data_dictionary_documents_every_column(name):
    readme = (data.data_dir() / "README.md").read_text(encoding="utf-8")
    assert f"`{name}.csv`" in readme
    for column in data.SCHEMAS[name].column_names:
        assert f"`{column}`" in readme, f"data/README.md does not document {name}.{column}"


def test_types_are_converted(prices):
    assert pd.api.types.is_datetime64_any_dtype(prices["date"])
    assert prices["close_usd"].dtype == "float64"


def test_good_file_at_a_path_loads(write_csv):
    df = load("prices", path=write_csv(price_rows()))
    assert list(df["close_usd"]) == [142.62, 118.42]


def test_each_load_is_a_copy_and_an_edited_file_is_read_and_checked_again(write_csv):
    path = write_csv(price_rows())
    first = load("prices", path=path)
    first.loc[0, "close_usd"] = -1.0  # a caller changing its table changes no one else's
    assert list(load("prices", path=path)["close_usd"]) == [142.62, 118.42]
    write_csv(price_rows(close_usd="not a price"))  # same path, new content: checked again
    with pytest.raises(DataError, match="close_usd"):
        load("prices", path=path)


def test_unknown_data_set_names_the_argument():
    with pytest.raises(ValueError, match=r"load\(name='nope'\).*expected one of"):
        load("nope")


def test_missing_file(tmp_path):
    with pytest.raises(DataError, match="file not found"):
        load("prices", path=tmp_path / "absent.csv")


def test_missing_column_is_named(write_csv):
    rows = [{k: v for k, v in r.items() if k != "close_usd"} for r in price_rows()]
    with pytest.raises(DataError, match=r"x\.csv: missing column\(s\) 'close_usd'"):
        load("prices", path=write_csv(rows))


def test_unknown_column_is_named(write_csv):
    rows = [{**r, "closing": "1"} for r in price_rows()]
    with pytest.raises(DataError, match=r"unknown column\(s\) 'closing'"):
        load("prices", path=write_csv(rows))


BAD_CELLS = [
    # (what a bad row changes, the message the error must contain) — every message names line and column
    ({"close_usd": "118,42"}, r"x\.csv, line 3, column 'close_usd': expected a number > 0 .*'118,42'"),
    ({"close_usd": "-5"}, r"line 3, column 'close_usd': expected a number > 0.*'-5'"),
    ({"close_usd": "nan"}, r"line 3, column 'close_usd'.*'nan'"),
    ({"date": "2025-02-30"}, r"line 3, column 'date': impossible date '2025-02-30'"),
    ({"date": "27/01/2025"}, r"line 3, column 'date': expected an ISO date YYYY-MM-DD, got '27/01/2025'"),
    ({"date": "2025-13-01"}, r"line 3, column 'date': impossible date"),
    ({"source_url": ""}, r"line 3, column 'source_url': empty, expected an http"),
    ({"source_url": "Reuters"}, r"line 3, column 'source_url': expected an http.*'Reuters'"),
    ({"confidence": "high"}, r"column 'confidence': expected one of 2\+, 1, derived, got 'high'"),
]


@pytest.mark.parametrize("change, message", BAD_CELLS, ids=[str(c) for c, _ in BAD_CELLS])
def test_bad_cell_is_named_by_line_and_column(write_csv, change, message):
    with pytest.raises(DataError, match=message):
        load("prices", path=write_csv(price_rows(**change)))


def test_duplicate_key_rows(write_csv):
    with pytest.raises(DataError, match=r"line 3: duplicate row for \(date=2025-01-24.*ticker=NVDA\)"):
        load("prices", path=write_csv(price_rows(date="2025-01-24")))


def test_every_problem_is_counted(write_csv):
    rows = price_rows(close_usd="x", date="2025-02-31", confidence="?")
    with pytest.raises(DataError, match=r"3 problem\(s\)"):
        load("prices", path=write_csv(rows))


def test_events_must_be_sorted(write_csv, events):
    raw = pd.read_csv(data.data_dir() / "events.csv", dtype=str, keep_default_na=False)
    shuffled = raw.iloc[::-1]
    path = write_csv(shuffled.to_dict("records"), name="events.csv", header=list(raw.columns))
    with pytest.raises(DataError, match="must be sorted by date"):
        load("events", path=path)


def test_event_ids_must_be_unique(write_csv):
    raw = pd.read_csv(data.data_dir() / "events.csv", dtype=str, keep_default_na=False)
    with_id = raw[raw["event_id"] != ""].index
    raw.loc[with_id[1], "event_id"] = raw.loc[with_id[0], "event_id"]
    path = write_csv(raw.to_dict("records"), name="events.csv", header=list(raw.columns))
    with pytest.raises(DataError, match=r"column 'event_id'.*used by an earlier row"):
        load("events", path=path)


def test_not_a_csv(tmp_path):
    path = tmp_path / "bin.csv"
    path.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(DataError, match=r"bin\.csv: not a readable UTF-8 CSV"):
        load("prices", path=path)


def test_data_error_is_a_value_error():
    assert issubclass(DataError, ValueError)


def test_r1_benchmarks_pair_r1_with_o1_on_every_benchmark():
    table = load("r1_benchmarks")
    models = table.groupby(["benchmark", "metric"])["model"].apply(set)
    assert (models == {"DeepSeek-R1", "OpenAI-o1-1217"}).all()
    assert (
        table.loc[table["model"] == "OpenAI-o1-1217", "source_note"].str.contains("OpenAI's official").all()
    )


def test_chip_rankings_rank_from_one_by_revenue():
    table = load("chip_rankings")
    for _, ranking in table.groupby(["publisher", "published", "revenue_year"]):
        ordered = ranking.sort_values("rank")
        assert list(ordered["rank"]) == list(range(1, len(ordered) + 1))
        assert ordered["revenue_usd_bn"].is_monotonic_decreasing


# --- the data dictionary (data/README.md) documents the schemas ---------------------------------------


def _readme_tables() -> dict[str, list[tuple[str, str, str]]]:
    """data/README.md's column tables, by data set: (column, type, meaning) rows in order."""
    tables: dict[str, list[tuple[str, str, str]]] = {}
    current = None
    for line in (ROOT / "data" / "README.md").read_text(encoding="utf-8").splitlines():
        heading = re.match(r"## `(\w+)\.csv`", line)
        if heading:
            current = tables.setdefault(heading.group(1), [])
        elif current is not None and line.startswith("| `"):
            column, kind, meaning = (cell.strip() for cell in line.strip("|").split("|", 2))
            current.append((column.strip("`"), kind, meaning))
    return tables


def test_the_data_dictionary_documents_every_column_of_every_schema():
    tables = _readme_tables()
    assert sorted(tables) == sorted(SCHEMAS), (
        "data/README.md needs one '## `<name>.csv`' section per data set"
    )
    for name, schema in SCHEMAS.items():
        assert [row[0] for row in tables[name]] == schema.column_names, (
            f"{name}: columns differ from the schema"
        )
        for (column, kind, meaning), col in zip(tables[name], schema.columns):
            where = f"data/README.md, {name}.csv, column {column!r}"
            assert meaning and col.description, f"{where}: no meaning"
            assert ("optional" in kind) == (not col.required), f"{where}: 'optional' must match the schema"
            missing = [choice for choice in col.choices if f"`{choice}`" not in kind]
            assert not missing, f"{where}: the type cell lacks the allowed values {missing}"


# --- describing the data sets (the book's "Data sets" page) -------------------------------------------


def test_load_all_and_overview_describe_every_data_set():
    loaded, problems = data.load_all()
    assert sorted(loaded) == sorted(SCHEMAS) and problems == {}
    summary = data.overview(loaded, problems)
    assert list(summary["data set"]) == list(SCHEMAS)
    assert list(summary["rows"]) == [len(loaded[name]) for name in SCHEMAS]
    events = summary.set_index("data set").loc["events"]
    assert events["confidence tags"] == data.confidence_counts(loaded["events"])
    assert data.overview({}, {"events": "broken"})["rows"].isna().all()


def test_source_domains_counts_every_url_column_by_site():
    schema = SCHEMAS["events"]
    df = pd.DataFrame(
        {
            "source_url": ["https://www.reuters.com/a", "https://Reuters.com./b"],
            "source_url_2": ["https://apnews.com/x", None],
            "title": ["a", "b"],
        }
    )
    assert data.source_domains(df, schema) == {"reuters.com": 2, "apnews.com": 1}


def test_confidence_counts_follow_the_tag_order():
    df = pd.DataFrame({"confidence": ["1", "2+", "2+", "derived"]})
    assert data.confidence_counts(df) == "2+: 2, 1: 1, derived: 1"
    assert data.confidence_counts(pd.DataFrame({"x": [1]})) == "—"


def test_column_table_shows_kinds_choices_and_required():
    table = data.column_table(SCHEMAS["prices"]).set_index("column")
    assert list(table.index) == SCHEMAS["prices"].column_names
    assert table.loc["confidence", "kind"] == "one of a list: 2+, 1, derived"
    assert table.loc["source_note", "required"] == "no" and table.loc["date", "kind"] == "date (YYYY-MM-DD)"
    html = data.html_table(table.reset_index()).data
    assert "<table" in html and "close_usd" in html


# --- data.shown: a table as a reader of each language sees it -------------------------------------------


def test_shown_in_english_is_the_selected_columns_themselves():
    events = load("events")
    columns = ["date", "title", "category", "confidence"]
    assert data.shown(events, "events", columns, language="en").equals(events[columns])
    assert data.shown(events, "events", language="en") is events


def test_shown_in_french_swaps_in_the_french_columns_and_translates_headers_and_words():
    events = load("events").head(3)
    table = data.shown(events, "events", ["date", "title", "category", "confidence"], language="fr")
    assert table.columns.tolist() == ["date", "titre", "catégorie", "confiance"]
    assert table["titre"].tolist() == events["title_fr"].tolist()
    assert table["catégorie"].tolist() == [tr(c, "fr") for c in events["category"]]
    assert table["date"].tolist() == events["date"].tolist()  # dates stay dates
    counts = events.groupby("category").size().rename("events").to_frame()
    by_category = data.shown(counts, "events", language="fr")
    assert by_category.index.name == "catégorie"
    assert counts.index.name == "category"  # the caller's table is left as it was
    assert sorted(by_category.index) == sorted(tr(c, "fr") for c in counts.index)


def test_shown_in_french_keeps_the_english_where_the_french_cell_is_empty():
    estimates = load("cost_estimates")
    table = data.shown(estimates, "cost_estimates", ["period"], language="fr")
    iso = estimates["period_fr"].isna()
    assert iso.any() and (~iso).any()
    assert table.loc[iso, "période"].tolist() == estimates.loc[iso, "period"].tolist()
    assert table.loc[~iso, "période"].tolist() == estimates.loc[~iso, "period_fr"].tolist()


def test_shown_in_french_writes_numbers_with_a_decimal_comma_and_true_as_oui():
    frame = pd.DataFrame({"value": [0.1, 10.25, None], "count": [1, 2, 3], "claimed": [True, False, True]})
    table = data.shown(frame, language="fr")
    assert table.columns.tolist() == ["valeur", "nombre", "annoncé"]
    assert table["valeur"].tolist() == ["0,10", "10,25", "NaN"]  # the digits pandas shows, a comma
    assert table["nombre"].tolist() == [1, 2, 3]
    assert table["annoncé"].tolist() == ["oui", "non", "oui"]
    assert data.shown(frame, language="fr").to_html().count("10,25") == 1


def test_shown_in_french_leaves_a_pivots_headers_but_names_them():
    frame = pd.DataFrame({"date": ["d1", "d1"], "series": ["NVDA", "S&P 500"], "value": [1.5, 2.0]})
    pivot = frame.pivot(index="date", columns="series", values="value")
    table = data.shown(pivot, language="fr")
    assert table.columns.tolist() == ["NVDA", "S&P 500"] and table.columns.name == "série"
    assert table.index.name == "date" and table.iloc[0].tolist() == ["1,5", "2,0"]


def test_shown_names_a_bad_column_or_data_set():
    events = load("events")
    with pytest.raises(KeyError, match=r"columns=\['headline'\]: not columns of the table"):
        data.shown(events, "events", ["date", "headline"], language="fr")
    with pytest.raises(ValueError, match=r"name='event': expected a data set"):
        data.shown(events, "event", ["date"], language="fr")
    with pytest.raises(KeyError, match=r"no 'fr' translation of 'unheard_of'"):
        data.shown(pd.DataFrame({"unheard_of": [1]}), language="fr")
