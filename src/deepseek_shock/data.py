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
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import pandas as pd

__all__ = ["DataError", "Column", "Schema", "SCHEMAS", "load", "data_dir", "CONFIDENCE_TAGS"]

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


def _source_columns(note: bool = True) -> tuple[Column, ...]:
    """The provenance columns every data set carries."""
    cols = [Column("source_url", "url", description="Page that states the figure (http/https)")]
    if note:
        cols.append(Column("source_note", "str", required=False,
                           description="What the source says, in a few words"))
    cols.append(Column("confidence", "choice", choices=CONFIDENCE_TAGS,
                       description="2+ independent sources, 1 source, or derived (formula in the note)"))
    return tuple(cols)


EVENT_CATEGORIES = ("company", "politics", "markets", "app", "regulation", "export_controls")

SCHEMAS: dict[str, Schema] = {}


def _register(schema: Schema) -> Schema:
    SCHEMAS[schema.name] = schema
    return schema


_register(Schema(
    name="events",
    description="Dated events 2016–2025: DeepSeek and its models, politics, markets, the app, "
                "regulation and bans, export controls.",
    columns=(
        Column("event_id", "str", required=False,
               description="Stable short name for events the chapters look up, e.g. 'stargate'"),
        Column("date", "date", description="Date of the event (US Eastern unless the description says)"),
        Column("date_precision", "choice", choices=("day", "month", "year"),
               description="How much of the date is known; month/year precision uses the 1st"),
        Column("title", "str", description="Short headline"),
        Column("category", "choice", choices=EVENT_CATEGORIES, description="Kind of event"),
        Column("description", "str", description="One or two sentences with the key figures"),
        Column("source_url", "url", description="Page that reports the event"),
        Column("source_url_2", "url", required=False, description="A second, independent source"),
        Column("source_note", "str", required=False, description="What the source says"),
        Column("confidence", "choice", choices=CONFIDENCE_TAGS, description="Confidence tag"),
    ),
    key=("date", "title"),
    sorted_by="date",
    extra_checks=(lambda df, label: _unique_when_present(df, "event_id", label),),
))

_register(Schema(
    name="prices",
    description="Official daily closing prices of listed shares, in US dollars.",
    columns=(
        Column("date", "date", description="Trading day"),
        Column("ticker", "str", description="Exchange ticker, e.g. NVDA"),
        Column("close_usd", "float", positive=True, description="Official closing price, USD per share"),
    ) + _source_columns(),
    key=("date", "ticker"),
))


def _unique_when_present(df: pd.DataFrame, column: str, label: str) -> list[str]:
    present = df[column].dropna()
    dup = present[present.duplicated()]
    return [f"{_where(label, row, column)}: {value!r} is used by an earlier row; ids must be unique"
            for row, value in dup.items()]


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
    """
    if name not in SCHEMAS:
        known = ", ".join(sorted(SCHEMAS))
        raise ValueError(f"load(name={name!r}): unknown data set; expected one of: {known}")
    schema = SCHEMAS[name]
    file = Path(path) if path is not None else data_dir() / f"{name}.csv"
    label = _display_name(file)
    if not file.is_file():
        raise DataError(f"{label}: file not found (data set {name!r} expects a CSV here)")
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
        try:
            number = float(text) if col.kind == "float" else int(text)
        except ValueError:
            raise ValueError(f"expected {_expectation(col)}, got {text!r}") from None
        if number != number or number in (float("inf"), float("-inf")):
            raise ValueError(f"expected a finite number, got {text!r}")
        if (col.positive and number <= 0) or (col.minimum is not None and number < col.minimum) or (
                col.maximum is not None and number > col.maximum):
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
            problems.append(f"{_where(label, row, schema.sorted_by)}: rows must be sorted by "
                            f"{schema.sorted_by}, but this one comes before the row above it")
            break
