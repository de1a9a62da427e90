"""The DeepSeek Shock — the course library.

One module per chapter (timeline, market, costs, export_controls, distill, claims), plus ``data``
(loading and checking the CSV files), ``widgets`` (the plumbing shared by every widget) and ``style``
(one look for every figure), ``verdicts`` (the verdict scale every chapter grades with), ``check``
(the feedback engine) and ``questions`` (the graded questions of the assignments). Notebooks import
from here; they do not define long functions.
"""

from . import (
    data,
    questions,  # noqa: F401 - imported to register every graded question with deepseek_shock.check
    style,
)
from .data import DataError, load, shown

__all__ = ["data", "style", "load", "shown", "DataError"]
__version__ = "0.1.0"
