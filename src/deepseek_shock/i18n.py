"""The course's languages: which one a kernel speaks, its strings, and how it writes numbers and dates.

The book is built in English and in French from the same notebooks. The build that wants French sets
the environment variable ``DEEPSEEK_SHOCK_LANGUAGE=fr`` for the kernels it starts; every function of
the library that draws a label or writes a sentence takes ``language=None``, which means *the kernel's
language* (:func:`language`). A student who wants French in a plain Jupyter kernel sets the same
variable, or passes ``language="fr"``.

English is the source language: a string in the code is the English text, and :func:`tr` looks it up
in the one table of translations per language (``strings_fr.FRENCH`` for French). A string with
fields is looked up first and filled in after, so the fields stay in the translation:

>>> tr("Share price (USD)", "en")
'Share price (USD)'
>>> tr("Share price (USD)", "fr")
"Cours de l'action (USD)"

Numbers and dates follow each language's conventions, through Babel (the library Sphinx itself uses):

>>> format_number(5576000, language="fr")
'5\\u202f576\\u202f000'
>>> format_number(16.971, 2, language="en")
'16.97'
>>> format_percent(16.971, 2, language="fr")
'16,97\\u202f%'
>>> format_date("2025-01-27", "weekday", language="fr")
'lundi 27 janvier 2025'
>>> format_date("2025-01-27", "weekday", language="en")
'Monday 27 January 2025'
"""

from __future__ import annotations

import datetime as dt
import decimal
import numbers
import os
import re
import string
from collections.abc import Mapping
from typing import Any

import pandas as pd
from babel.dates import format_date as _babel_date
from babel.numbers import format_decimal as _babel_decimal

from deepseek_shock.strings_fr import FRENCH

__all__ = [
    "ENVIRONMENT_VARIABLE",
    "LANGUAGES",
    "OMITTED",
    "fill",
    "named_line",
    "format_date",
    "format_number",
    "format_percent",
    "format_spec",
    "text_table",
    "language",
    "tr",
]

#: The languages the course is written in; the first is the source language.
LANGUAGES: tuple[str, ...] = ("en", "fr")
#: The environment variable a build (or a student) sets to choose the kernel's language.
ENVIRONMENT_VARIABLE = "DEEPSEEK_SHOCK_LANGUAGE"

#: The translation of a passage a translated edition leaves out: the English rendering of a French
#: quote of the broadcast, which the French edition quotes in the original alone. The book
#: (``_ext/translation.py``) and the student edition (``tools/catalogue.py``) drop such a paragraph.
OMITTED = "[omis]"

#: One table per language: the English text → its translation. English needs none.
TABLES: dict[str, dict[str, str]] = {"fr": FRENCH}

# The CLDR patterns of the date styles the course uses; Babel fills in each language's words.
_DATE_PATTERNS: dict[str, str] = {
    "weekday": "EEEE d MMMM y",
    "long": "d MMMM y",
    "short": "d MMM y",
    "day": "EEEE d MMMM",
}


def language(language: str | None = None) -> str:
    """The language to write in: ``language`` if given, else the kernel's (``DEEPSEEK_SHOCK_LANGUAGE``).

    >>> language("fr")
    'fr'
    >>> language("de")
    Traceback (most recent call last):
    ...
    ValueError: language='de': expected one of 'en', 'fr'
    """
    if language is None:
        chosen = os.environ.get(ENVIRONMENT_VARIABLE, "") or LANGUAGES[0]
        where = f"environment variable {ENVIRONMENT_VARIABLE}={chosen!r}"
    else:
        chosen, where = language, f"language={language!r}"
    if chosen not in LANGUAGES:
        raise ValueError(f"{where}: expected one of {', '.join(repr(x) for x in LANGUAGES)}")
    return chosen


# The functions below take a parameter named ``language``, which hides the function of that name.
_resolve = language


def tr(text: str, language: str | None = None) -> str:
    """``text`` (English) in ``language``; a missing translation is an error that names the text.

    >>> tr("{n} events", "fr").format(n=3)
    '3 événements'
    """
    chosen = _resolve(language)
    if chosen == LANGUAGES[0]:
        return text
    try:
        return TABLES[chosen][text]
    except KeyError:
        raise KeyError(
            f"no {chosen!r} translation of {text!r}: add it to the table of "
            f"src/deepseek_shock/strings_{chosen}.py"
        ) from None


def format_number(
    value: float, decimals: int = 0, language: str | None = None, *, grouping: bool = True
) -> str:
    """``value`` with ``decimals`` digits after the point and the language's separators.

    >>> format_number(1234.5, 1, "en"), format_number(1234.5, 1, "fr")
    ('1,234.5', '1\\u202f234,5')
    >>> format_number(2025, language="fr", grouping=False)
    '2025'
    >>> format_number(93.45, 1, "fr") == format(93.45, ".1f").replace(".", ",")  # the same digits
    True
    """
    if not isinstance(decimals, int) or decimals < 0:
        raise ValueError(f"decimals={decimals!r}: expected a whole number of digits, 0 or more")
    pattern = ("#,##0" if grouping else "0") + ("." + "0" * decimals if decimals else "")
    # Rounded by Python first, so that both editions show the same digits: Babel rounds the decimal
    # text of a float half-to-even (93.45 → 93.4), Python its binary value (93.45 → 93.5).
    rounded = decimal.Decimal(f"{value:.{decimals}f}")
    return _babel_decimal(rounded, format=pattern, locale=_resolve(language), decimal_quantization=True)


def format_percent(value_pct: float, decimals: int = 1, language: str | None = None) -> str:
    """A percentage given in percent points: ``16.97%`` in English, ``16,97 %`` in French.

    >>> format_percent(-16.97, 2, "en")
    '-16.97%'
    """
    number = format_number(value_pct, decimals, language)
    return number + ("\u202f%" if _resolve(language) == "fr" else "%")


def format_date(day: Any, style: str = "long", language: str | None = None) -> str:
    """A date in words: ``style`` is ``weekday``, ``long``, ``short`` or ``day`` (no year).

    >>> format_date("2025-01-20", "short", "fr")
    '20 janv. 2025'
    """
    chosen = _resolve(language)
    if style not in _DATE_PATTERNS:
        raise ValueError(f"style={style!r}: expected one of {', '.join(sorted(_DATE_PATTERNS))}")
    stamp = pd.Timestamp(day)
    if pd.isna(stamp):
        raise ValueError(f"day={day!r}: expected a date")
    return _babel_date(stamp.date(), format=_DATE_PATTERNS[style], locale=chosen)


_NUMBER_SPEC = re.compile(r"^(?P<sign>\+?)(?P<comma>,?)(?:\.(?P<digits>\d+))?(?P<kind>[fdg%]?)$")
_STRFTIME = {"%A": "EEEE", "%a": "EEE", "%d": "d", "%-d": "d", "%B": "MMMM", "%b": "MMM", "%Y": "y"}


def format_spec(value: Any, spec: str, language: str | None = None) -> str:
    """``format(value, spec)`` written the language's way: what a ``{glue:text}`key:spec``` role shows.

    Numbers take the specs the course uses (``,``, ``.2f``, ``,.0f``, ``.4g``, ``.1%``); dates take strftime
    specs made of ``%A %d %B %Y`` and their short forms. Other values are formatted as Python does.

    >>> format_spec(2.4452, ".2f", "fr"), format_spec(0.1697, ".1%", "fr"), format_spec(0.5, "+.2f", "fr")
    ('2,45', '17,0\\u202f%', '+0,50')
    >>> format_spec(989.5, ".4g", "fr"), format_spec(60000, ",d", "fr")
    ('989,5', '60\u202f000')
    >>> format_spec(pd.Timestamp("2025-01-27"), "%A %d %B", "fr")
    'lundi 27 janvier'
    """
    chosen = _resolve(language)
    if chosen == LANGUAGES[0]:
        return format(value, spec)
    if isinstance(value, (dt.date, pd.Timestamp)) and "%" in spec:
        pattern = spec
        for code, cldr in sorted(_STRFTIME.items(), key=lambda item: -len(item[0])):
            pattern = pattern.replace(code, cldr)
        return _babel_date(pd.Timestamp(value).date(), format=pattern, locale=chosen)
    match = _NUMBER_SPEC.match(spec)
    if match and isinstance(value, (int, float)) and not isinstance(value, bool):
        digits = int(match["digits"] or 0)
        sign = "+" if match["sign"] and value >= 0 else ""
        if match["kind"] == "%":
            return sign + format_percent(value * 100, digits, chosen)
        if match["kind"] == "g":  # significant digits: Python's choice of digits, the language's comma
            return format(value, spec).replace(".", ",")
        if match["digits"] is None and match["kind"] != "f" and isinstance(value, float):
            return sign + format(value, spec.lstrip("+")).replace(",", "\u202f").replace(".", ",")
        return sign + format_number(value, digits, chosen, grouping=bool(match["comma"]))
    return format(value, spec)


_FIELD = re.compile(r"\{(\w+)(?::[^{}]*)?\}")
_WIDTH = re.compile(r"^(?P<align>[<>^]?)(?P<width>\d*)(?P<rest>.*)$")


def _field_text(value: Any, spec: str, language: str) -> str:
    """One field of :func:`fill` in ``language`` (not English): a word or a list as Python prints it, an
    array as numpy prints it (with the language's decimal comma), a number or a date written the
    language's way, padded to the spec's width (numbers to the right, like Python)."""
    if isinstance(value, str):  # a word from the data (a kind of share count, a stage), shown as it is
        return format(value, spec)
    if hasattr(value, "dtype") and getattr(value, "ndim", 0) > 0:  # an array, as numpy prints it
        return format(str(value).replace(".", ","), spec)
    if not isinstance(value, (numbers.Real, dt.date, pd.Timestamp)):  # a list: as Python prints it
        return format(str(value), spec)
    parts = _WIDTH.match(spec)
    rest = parts["rest"]
    if isinstance(value, (dt.date, pd.Timestamp)):
        text = format_spec(value, rest, language)
    elif rest.startswith("+"):  # a sign before a rise, written by hand (format_spec's numbers have none)
        text = ("+" if value >= 0 else "-") + format_spec(float(abs(value)), rest[1:], language)
    else:
        whole = isinstance(value, numbers.Integral) and not isinstance(value, bool)
        text = format_spec(int(value) if whole else float(value), rest, language)
    width = parts["width"]
    return format(text, (parts["align"] or ">") + width) if width else text


def fill(template: str, values: Mapping[str, Any], language: str | None = None) -> str:
    r"""``template`` (English, with ``{name:spec}`` fields) in ``language``, its fields filled with
    ``values``: English exactly as ``template.format(**values)``; in another language the translated
    template, with numbers and dates written the language's way (widths kept, so columns line up).

    >>> week = {"n_gpus": 2048, "days": 56.66, "bill_m": 5.576}
    >>> fill("{n_gpus:>6,} GPUs: {days:5.1f} days, bill ${bill_m:.3f}M", week, "en")
    ' 2,048 GPUs:  56.7 days, bill $5.576M'
    >>> fill("{n_gpus:>6,} GPUs: {days:5.1f} days, bill ${bill_m:.3f}M", week, "fr")
    ' 2\u202f048 GPU :  56,7 jours, facture 5,576\u202fM$'
    """
    chosen = _resolve(language)
    fields = {name: spec or "" for _, name, spec, _ in string.Formatter().parse(template) if name}
    missing = sorted(set(fields) - set(values))
    if missing:
        raise ValueError(f"{template!r}: expected values for {', '.join(missing)}")
    if chosen == LANGUAGES[0]:
        return template.format(**values)
    texts = {name: _field_text(values[name], spec, chosen) for name, spec in fields.items()}
    return _FIELD.sub(r"{\1}", tr(template, chosen)).format(**texts)


def named_line(
    lines: Mapping[str, str], name: str, values: Mapping[str, Any], language: str | None = None
) -> str:
    """The template ``lines[name]`` (a module's table of the lines its chapter prints) :func:`fill`-ed
    with ``values`` in ``language``; an unknown ``name`` is an error that lists the known ones."""
    if name not in lines:
        raise ValueError(f"name={name!r}: expected one of {', '.join(lines)}")
    return fill(lines[name], values, language)


def text_table(frame: pd.DataFrame, language: str | None = None) -> str:
    """``frame`` printed as plain text without its index, numbers with the language's decimal mark:
    exactly ``frame.to_string(index=False)`` in English.

    >>> print(text_table(pd.DataFrame({"h": [2.5]}), "fr"))
      h
    2,5
    """
    if _resolve(language) == LANGUAGES[0]:
        return frame.to_string(index=False)
    return frame.to_string(index=False, decimal=",")
