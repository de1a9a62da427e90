"""Shared fixtures: the real data sets, and a helper that writes a small CSV for bad-input tests."""

from __future__ import annotations

import csv
import importlib.util
import os
import sys
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
