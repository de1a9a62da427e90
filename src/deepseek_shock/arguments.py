"""Argument checks shared by the chapter modules: one place for "expected a number ≥ 0" and its kin.

A ground-floor module: it imports nothing from the course, so every chapter module can use it. Each
check returns the value it accepted (a float, or a numpy array for the ``*_numbers`` checks) or raises
``ValueError`` whose message starts with ``argument=value`` and says what was expected, e.g.
``"gpu_hours=-10: expected a number of GPU-hours ≥ 0"``.

>>> non_negative(2.788e6, "gpu_hours", "a number of GPU-hours")
2788000.0
>>> positive(0, "num_gpus", "a number of GPUs")
Traceback (most recent call last):
...
ValueError: num_gpus=0: expected a number of GPUs > 0
"""

from __future__ import annotations

import datetime as _dt
import math
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

__all__ = [
    "Numbers",
    "DateLike",
    "number",
    "non_negative",
    "positive",
    "finite_positive",
    "numbers",
    "non_negative_numbers",
    "positive_numbers",
    "first_bad",
    "finite_result",
]


#: A number, or numbers of one shape (a numpy array or a pandas Series): what the ``*_numbers`` checks
#: accept, and what the arithmetic built on them returns, in the same shape.
Numbers = float | np.ndarray | pd.Series
#: A day: an ISO date text ("2025-01-27"), a date or a pandas Timestamp.
DateLike = str | _dt.date | pd.Timestamp


# --- One number ----------------------------------------------------------------------------------


def number(value: Any, argument: str) -> float:
    """``value`` as a finite float (anything ``float()`` reads), else a ValueError naming ``argument``."""
    try:
        result = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{argument}={value!r}: expected a number") from None
    if math.isnan(result) or math.isinf(result):
        raise ValueError(f"{argument}={value!r}: expected a finite number")
    return result


def non_negative(value: Any, argument: str, what: str) -> float:
    """``value`` as a float if it is a finite number ≥ 0; ``what`` says what it counts, e.g. "a price"."""
    result = number(value, argument)
    if result < 0:
        raise ValueError(f"{argument}={value!r}: expected {what} ≥ 0")
    return result


def positive(value: Any, argument: str, what: str) -> float:
    """``value`` as a float if it is a finite number > 0; ``what`` says what it counts."""
    result = number(value, argument)
    if result <= 0:
        raise ValueError(f"{argument}={value!r}: expected {what} > 0")
    return result


def finite_positive(value: Any, argument: str, unit: str = "", *, lenient: bool = False) -> float:
    """``value`` as a float if it is a finite number > 0, the ``unit`` named in the message.

    Strict by default: text and booleans are refused even when ``float()`` could read them ("624",
    True), and the message shows the number as a float. ``lenient=True`` accepts whatever ``float()``
    reads and shows the value as it was given.
    """
    suffix = f" ({unit})" if unit else ""
    if not lenient and (
        isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating))
    ):
        raise ValueError(f"{argument}={value!r}: expected a number > 0{suffix}")
    try:
        result = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{argument}={value!r}: expected a number > 0{suffix}") from None
    if not math.isfinite(result) or result <= 0:
        shown = value if lenient else result
        raise ValueError(f"{argument}={shown!r}: expected a finite number > 0{suffix}")
    return result


# --- Numbers, arrays or pandas objects -------------------------------------------------------------


def _is_text(value: Any) -> bool:
    if isinstance(value, (str, bytes)):
        return True
    arr = np.asarray(value)
    return arr.dtype.kind in "US" or (
        arr.dtype.kind == "O" and any(isinstance(v, (str, bytes)) for v in arr.flat)
    )


def numbers(value: Any, argument: str) -> np.ndarray:
    """``value`` (a number, a sequence, a numpy array or a pandas object) as a float array of finite numbers.

    Text is refused even where numpy could read it: "17" would pass ``np.asarray(..., dtype=float)``,
    then ``"17" * 2 == "1717"`` in the caller's arithmetic.
    """
    if _is_text(value):
        raise ValueError(f"{argument}={value!r}: expected a number (or numbers), not text")
    try:
        arr = np.asarray(value, dtype=float)
    except (TypeError, ValueError):
        raise ValueError(f"{argument}={value!r}: expected a number (or numbers)") from None
    if np.isnan(arr).any():
        raise ValueError(f"{argument}={value!r}: expected numbers, got NaN (a missing value)")
    if np.isinf(arr).any():
        raise ValueError(f"{argument}={value!r}: expected finite numbers, got infinity")
    return arr


def first_bad(arr: np.ndarray, bad: np.ndarray) -> float:
    """The first element of ``arr`` where the boolean mask ``bad`` is true (``arr`` itself if a scalar)."""
    return arr[bad].flat[0] if arr.ndim else float(arr)


def non_negative_numbers(value: Any, argument: str, what: str) -> np.ndarray:
    """:func:`numbers`, each ≥ 0; the message shows the first negative one."""
    arr = numbers(value, argument)
    bad = arr < 0
    if bad.any():
        raise ValueError(f"{argument}={first_bad(arr, bad):g}: expected {what} ≥ 0")
    return arr


def positive_numbers(value: Any, argument: str, what: str) -> np.ndarray:
    """:func:`numbers`, each > 0; the message shows the first one that is not."""
    arr = numbers(value, argument)
    bad = arr <= 0
    if bad.any():
        raise ValueError(f"{argument}={first_bad(arr, bad):g}: expected {what} > 0")
    return arr


# --- Results ---------------------------------------------------------------------------------------


def finite_result(compute: Callable[[], Any], what: str, **arguments: Any) -> Any:
    """``compute()``, or a ValueError naming ``arguments`` when a float cannot hold the result.

    An overflow to infinity, a product such as infinity × 0, or a division by zero all count.
    ``what`` names the result, e.g. "the cost".
    """
    with np.errstate(over="ignore", divide="ignore", invalid="ignore"):
        try:
            result = compute()
        except (ZeroDivisionError, OverflowError):
            result = math.inf
    if not np.isfinite(np.asarray(result, dtype=float)).all():
        given = ", ".join(f"{name}={value!r}" for name, value in arguments.items())
        raise ValueError(
            f"{given}: {what} is beyond what a float can hold (about 1.8e308); "
            "expected arguments of realistic size"
        )
    return result
