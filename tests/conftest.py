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
