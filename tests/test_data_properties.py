"""Property tests (hypothesis) of deepseek_shock.data.load over generated CSV files.

For every schema in SCHEMAS, hypothesis writes a CSV of valid rows (random text with commas, quotes and
non-ASCII letters, numbers in several spellings, padded cells, empty optional cells): ``load`` returns
them with the types the schema promises and the values written. Then one cell is made bad (a typo'd
number, an impossible date, an unknown choice, an empty required cell, …): ``load`` raises a
``DataError`` naming the file, that line (header = line 1) and that column, and nothing else.
"""

from __future__ import annotations

import csv
import datetime as dt
import math
import os
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import FAST
from deepseek_shock import data as d
from deepseek_shock.data import SCHEMAS, Column, DataError

schema_names = st.sampled_from(sorted(SCHEMAS))

#: Any printable text: letters of every script, digits, punctuation (commas and quotes included).
_cell_text = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp", "Co", "Cn")),
    min_size=1,
    max_size=12,
)
text = (
    (
        st.sampled_from(["NA", "nan", "None", "null", "#N/A", "-", "a, b", 'say "x"', "Nvidia’s 17 %"])
        | _cell_text
    )
    .map(str.strip)
    .filter(bool)
)
padding = st.sampled_from(["", "", "", " ", "  ", "\t"])


def _number_bounds(col: Column):
    low = col.minimum if col.minimum is not None else -1e12
    high = col.maximum if col.maximum is not None else 1e12
    if col.positive:
        low = max(low, 0)
    return low, high


def _float_cell(col: Column):
    low, high = _number_bounds(col)
    values = st.floats(low, high, exclude_min=col.positive and low == 0, allow_nan=False)
    spelled = st.sampled_from([repr, lambda x: f"{x:.6e}", lambda x: f"{x:.3f}", lambda x: f"{x:g}"])
    return (
        st.tuples(values, spelled)
        .map(lambda pair: pair[1](pair[0]))
        .filter(lambda s: (float(s) > 0 if col.positive else True) and low <= float(s) <= high)
    )


def _int_cell(col: Column):
    low, high = _number_bounds(col)
    low = int(math.ceil(low + (1 if col.positive and low == 0 else 0)))
    return st.integers(low, int(high)).map(str)


_dates = st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31))
_urls = st.builds(
    lambda scheme, host, path: f"{scheme}://{host}.org/{path}",
    st.sampled_from(["http", "https"]),
    st.text("abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=10),
    st.text("abcdefghijklmnopqrstuvwxyz0123456789-_/.?=&%#", max_size=20),
)


def _cell(col: Column):
    """A valid cell for ``col``, as written in the CSV."""
    if col.kind == "date":
        return _dates.map(dt.date.isoformat)
    if col.kind == "float":
        return _float_cell(col)
    if col.kind == "int":
        return _int_cell(col)
    if col.kind == "bool":
        return st.sampled_from(["true", "false", "True", "FALSE"])
    if col.kind == "url":
        return _urls
    if col.kind == "choice":
        return st.sampled_from(col.choices)
    return text


@st.composite
def tables(draw, name=None):
    """(schema, header, rows): 1–6 valid rows of a data set; rows are lists of strings."""
    schema = SCHEMAS[name or draw(schema_names)]
    n = draw(st.integers(1, 6))
    header = [c.name for c in schema.columns]
    rows = []
    for i in range(n):
        row = []
        for col in schema.columns:
            empty = (
                not col.required
                and draw(st.booleans())
                and not (schema.name == "cost_estimates" and col.name == "value")
            )  # value, or a range, is needed
            if empty:
                row.append(draw(st.sampled_from(["", " "])))
                continue
            cell = draw(_cell(col))
            if col.kind == "str":
                cell = f"{cell} #{i}"  # keys and ids stay unique
            row.append(draw(padding) + cell + draw(padding))
        rows.append(row)
    if schema.sorted_by:
        k = header.index(schema.sorted_by)
        for row, value in zip(rows, sorted(row[k].strip() for row in rows)):
            row[k] = value
    return schema, header, rows


def _write(folder: str, header, rows) -> Path:
    path = Path(folder) / "generated.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def _expected(col: Column, cell: str):
    cell = cell.strip()
    if cell == "":
        return None
    if col.kind == "date":
        return pd.Timestamp(cell)
    if col.kind == "float":
        return float(cell)
    if col.kind == "int":
        return int(cell)
    if col.kind == "bool":
        return cell.lower() == "true"
    return cell


# --- valid files load, with the right types and values ----------------------------------------------


@FAST
@given(tables())
def test_valid_rows_load_with_the_right_types(table):
    schema, header, rows = table
    with tempfile.TemporaryDirectory() as folder:
        frame = d.load(schema.name, _write(folder, header, rows))
    assert list(frame.columns) == header and len(frame) == len(rows)
    assert frame.index.equals(pd.RangeIndex(len(rows)))
    for k, col in enumerate(schema.columns):
        series = frame[col.name]
        expected = [_expected(col, row[k]) for row in rows]
        missing = [e is None for e in expected]
        if col.kind == "date":
            assert pd.api.types.is_datetime64_any_dtype(series)
        elif col.kind == "float":
            assert series.dtype == np.float64
        elif col.kind == "int":
            assert series.dtype == (np.float64 if any(missing) else np.int64)
        elif col.kind == "bool":
            assert series.dtype == bool
        for value, want, gone in zip(series, expected, missing):
            if gone:
                assert pd.isna(value), (col.name, value)
            elif col.kind in ("float", "int"):
                assert math.isfinite(value) and value == want, (col.name, value, want)
            else:
                assert value == want, (col.name, value, want)
        if col.kind in ("float", "int"):
            present = series.dropna()
            if col.positive:
                assert (present > 0).all()
            if col.minimum is not None:
                assert (present >= col.minimum).all()
            if col.maximum is not None:
                assert (present <= col.maximum).all()


# --- one bad cell: a DataError naming its line and column -------------------------------------------


def _bad_cells(col: Column):
    """Cells that break ``col``'s rule."""
    bad = []
    if col.required:
        bad += ["", "   "]
    if col.kind == "date":
        bad += ["27/01/2025", "2025-1-27", "2025-02-30", "2025-13-01", "January 27", "2025-01-27T10:00"]
    elif col.kind in ("float", "int"):
        bad += ["1,234", "12 345", "1_234", "١٢", "abc", "nan", "inf", "-inf", "$5", "5%", "1e999"]
        if col.kind == "int":
            bad += ["1.5", "2e3"]
        if col.positive:
            bad += ["0", "-1"]
        if col.minimum is not None:
            bad += [repr(col.minimum - 1), repr(col.minimum - 1e-3)]
        if col.maximum is not None:
            bad += [repr(col.maximum + 1), repr(col.maximum + 1e-3)]
    elif col.kind == "bool":
        bad += ["yes", "no", "1", "0", "t", "vrai"]
    elif col.kind == "url":
        bad += [
            "www.example.com",
            "ftp://example.org/x",
            "https://exa mple.com/",
            "example",
            "https://",
            "mailto:a@b.org",
        ]
    elif col.kind == "choice":
        bad += [
            "unknown",
            col.choices[0].upper() if col.choices[0].upper() != col.choices[0] else "zz",
            col.choices[0] + "s",
        ]
    return bad


@st.composite
def tables_with_a_bad_cell(draw):
    schema, header, rows = draw(tables())
    columns = [k for k, col in enumerate(schema.columns) if _bad_cells(col)]
    k = draw(st.sampled_from(columns))
    i = draw(st.integers(0, len(rows) - 1))
    rows[i][k] = draw(st.sampled_from(_bad_cells(schema.columns[k])))
    return schema, header, rows, i, k


@FAST
@given(tables_with_a_bad_cell())
def test_a_bad_cell_names_its_line_and_column(case):
    schema, header, rows, i, k = case
    with tempfile.TemporaryDirectory() as folder:
        path = _write(folder, header, rows)
        with pytest.raises(DataError) as info:
            d.load(schema.name, path)
    message = str(info.value)
    assert isinstance(info.value, ValueError)
    assert str(path) in message
    assert f"line {i + 2}, column {header[k]!r}" in message, message
    assert "1 problem(s)" in message, message  # that cell, and nothing else
    assert "expected" in message or "impossible date" in message


@FAST
@given(tables(), st.data())
def test_a_missing_or_unknown_column_is_named(table, data):
    schema, header, rows = table
    required = [k for k, col in enumerate(schema.columns) if col.required]
    k = data.draw(st.sampled_from(required))
    with tempfile.TemporaryDirectory() as folder:
        path = _write(folder, header[:k] + header[k + 1 :], [row[:k] + row[k + 1 :] for row in rows])
        with pytest.raises(DataError, match=rf"missing column\(s\) '{header[k]}'"):
            d.load(schema.name, path)
        path = _write(folder, header + ["extra column"], [row + ["x"] for row in rows])
        with pytest.raises(DataError, match=r"unknown column\(s\) 'extra column'"):
            d.load(schema.name, path)


@FAST
@given(tables(), st.data())
def test_a_duplicate_row_is_named(table, data):
    schema, header, rows = table
    if not schema.key:
        return
    i = data.draw(st.integers(0, len(rows) - 1))
    rows = rows + [list(rows[i])]
    if schema.sorted_by:  # keep the order valid so that only the duplicate is reported
        k = header.index(schema.sorted_by)
        rows.sort(key=lambda row: row[k].strip())
    with tempfile.TemporaryDirectory() as folder:
        path = _write(folder, header, rows)
        with pytest.raises(DataError, match=r"duplicate row for") as info:
            d.load(schema.name, path)
    assert "line " in str(info.value)


@FAST
@given(st.text(max_size=15).filter(lambda s: s not in SCHEMAS))
def test_load_rejects_an_unknown_data_set(name):
    with pytest.raises(ValueError, match=r"load\(name=") as info:
        d.load(name)
    assert not isinstance(info.value, DataError) and "events" in str(info.value)


def test_a_missing_file_is_a_data_error(tmp_path):
    with pytest.raises(DataError, match="file not found"):
        d.load("prices", tmp_path / "nothing.csv")


# --- one_row and data_dir -----------------------------------------------------------------------------


@FAST
@given(
    st.lists(st.sampled_from(["H100", "H800", "H20", "A100", "MI300X"]), min_size=1, max_size=8),
    st.sampled_from(["H100", "H800", "H20", "A100", "MI300X", "H900"]),
)
def test_one_row_finds_exactly_one(names, wanted):
    table = pd.DataFrame({"name": names, "position": range(len(names))})
    matches = names.count(wanted)
    if matches == 1:
        row = d.one_row(table, "name", wanted, what="chips")
        assert row["name"] == wanted and row["position"] == names.index(wanted)
    else:
        with pytest.raises(ValueError) as info:
            d.one_row(table, "name", wanted, what="chips")
        message = str(info.value)
        assert f"name={wanted!r}" in message and f"found {matches} chips" in message
        assert all(n in message for n in set(names))


def test_data_dir_follows_the_override(monkeypatch, tmp_path):
    monkeypatch.setenv("DEEPSEEK_SHOCK_DATA", str(tmp_path))
    assert d.data_dir() == tmp_path
    monkeypatch.delenv("DEEPSEEK_SHOCK_DATA")
    assert (d.data_dir() / "prices.csv").is_file() and os.path.isabs(d.data_dir())
