"""Shared fixtures: the real data sets, and a helper that writes a small CSV for bad-input tests."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import matplotlib
import pytest
from hypothesis import settings

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


@pytest.fixture(scope="session")
def events():
    from deepseek_shock import load
    return load("events")


@pytest.fixture(scope="session")
def prices():
    from deepseek_shock import load
    return load("prices")


@pytest.fixture(scope="session")
def runs():
    from deepseek_shock import load
    return load("training_runs")


@pytest.fixture(scope="session")
def specs():
    from deepseek_shock import load
    return load("gpu_specs")


@pytest.fixture(scope="session")
def api():
    from deepseek_shock import load
    return load("api_prices")


@pytest.fixture(scope="session")
def estimates():
    from deepseek_shock import load
    return load("cost_estimates")


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
