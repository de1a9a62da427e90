"""What the tests share: the real data sets (loaded once, cached), hypothesis settings and strategies,
helpers for bad-input tests, and a writer of small CSV files.

Test modules import the helpers by name (``from conftest import FAST, raises_naming``); pytest puts this
folder on ``sys.path``, so ``conftest`` is the module pytest already loaded.
"""

from __future__ import annotations

import csv
import importlib.util
import os
import re
import sys
from functools import cache
from pathlib import Path

import matplotlib
import numpy as np
import pandas as pd
import pytest
from hypothesis import settings
from hypothesis import strategies as st

matplotlib.use("Agg")

# Property tests are deterministic in CI and on every machine: examples derived from each test, no
# deadline (a slow first example on a busy 2-core machine is not a failure). To explore with fresh random
# examples locally: HYPOTHESIS_PROFILE=explore pytest tests/test_..._properties.py
settings.register_profile("ci", derandomize=True, deadline=None)
settings.register_profile("explore", deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parents[1]

# Library tests compute every result afresh (deepseek_shock.cache is tested on its own, in a scratch
# folder): hypothesis's many examples must not fill the course's cache, nor read results from it.
os.environ.setdefault("DEEPSEEK_SHOCK_CACHE", "off")


#: The settings of the property tests of a module's arithmetic: enough examples to reach the edges.
FAST = settings(max_examples=60, deadline=None)

#: The whole finite non-negative float range, and its positive part.
any_valid = st.floats(0, allow_nan=False, allow_infinity=False)
any_positive = st.floats(0, exclude_min=True, allow_nan=False, allow_infinity=False)


@cache
def _loaded(name: str) -> pd.DataFrame:
    from deepseek_shock import load

    return load(name)


def dataset(name: str) -> pd.DataFrame:
    """The course's data set ``name``, read from data/ once per test run; each call gets its own copy."""
    return _loaded(name).copy()


def raises_naming(argument: str, func, *args, **kwargs) -> str:
    """Call ``func(*args, **kwargs)``, expect a ValueError whose message names ``argument``; return it."""
    with pytest.raises(ValueError, match=rf"\b{argument}\b") as info:
        func(*args, **kwargs)
    return str(info.value)


def finite_or_clear(func, names, *args) -> None:
    """``func(*args)`` is finite (every element of it), or a ValueError naming one of ``names``."""
    try:
        result = func(*args)
    except ValueError as exc:
        assert any(re.search(rf"\b{name}\b", str(exc)) for name in names), str(exc)
        return
    assert np.isfinite(np.asarray(result, dtype=float)).all(), f"{func.__name__}{args} = {result}"


def load_tool(name: str):
    """A script of tools/ (not a package) as a module, loaded once: ``load_tool("make_pdf")``."""
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # before running it: dataclasses look their module up there
        spec.loader.exec_module(module)
    return sys.modules[name]


def figure_state(fig) -> dict:
    """What a reader sees of ``fig``, to compare a live widget's figure with one drawn from scratch: its
    size, every text it draws (tick labels included) and its alt text, and by visible axes the limits,
    the visible lines' data, the bars, the collections' points, the texts' places and the legend."""
    from matplotlib.patches import Rectangle

    from deepseek_shock import style

    def rounded(values) -> list:  # NaN (a break in a line) as None, which compares equal to itself
        values = np.round(np.asarray(values, dtype=float), 9)
        return np.where(np.isnan(values), None, values).tolist()

    def place(ax, text) -> tuple[float, float]:  # where a text or an annotation points, in data units
        x, y = getattr(text, "xy", text.get_position())
        return ax.xaxis.convert_units(x), ax.yaxis.convert_units(y)

    axes = []
    for ax in fig.axes:
        if not ax.get_visible():
            continue
        legend = ax.get_legend()
        axes.append(
            {
                "limits": rounded([*ax.get_xlim(), *ax.get_ylim()]),
                "lines": [
                    (line.get_label(), line.get_color(), rounded(np.ma.filled(line.get_xydata(), np.nan)))
                    for line in ax.get_lines()
                    if line.get_visible()
                ],
                "bars": [
                    rounded([p.get_x(), p.get_y(), p.get_width(), p.get_height()])
                    for p in ax.patches
                    if isinstance(p, Rectangle) and p.get_visible()
                ],
                "points": [rounded(c.get_offsets()) for c in ax.collections if c.get_visible()],
                "texts": [
                    (t.get_text(), rounded(place(ax, t)), t.get_horizontalalignment())
                    for t in ax.texts
                    if t.get_visible()
                ],
                "legend": None if legend is None else [t.get_text() for t in legend.get_texts()],
            }
        )
    return {
        "size": rounded(fig.get_size_inches()),
        "texts": [t.get_text() for t in style.drawn_texts(fig)],
        "alt": style.alt_text(fig),
        "axes": axes,
    }


@pytest.fixture(scope="session")
def events():
    return dataset("events")


@pytest.fixture(scope="session")
def prices():
    return dataset("prices")


@pytest.fixture(scope="session")
def runs():
    return dataset("training_runs")


@pytest.fixture(scope="session")
def specs():
    return dataset("gpu_specs")


@pytest.fixture(scope="session")
def api():
    return dataset("api_prices")


@pytest.fixture(scope="session")
def estimates():
    return dataset("cost_estimates")


@pytest.fixture
def write_csv(tmp_path):
    """write_csv(rows, name="x.csv") -> path; rows is a list of dicts (first row's keys are the header)."""

    def write(rows, name="x.csv", header=None):
        path = tmp_path / name
        header = header or list(rows[0])
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=header)
            writer.writeheader()
            writer.writerows(rows)
        return path

    return write


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    import matplotlib.pyplot as plt

    plt.close("all")
