"""Shared fixtures: the real data sets, and a helper that writes a small CSV for bad-input tests."""

from __future__ import annotations

import csv
from pathlib import Path

import matplotlib
import pytest

matplotlib.use("Agg")

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def events():
    from deepseek_shock import load
    return load("events")


@pytest.fixture(scope="session")
def prices():
    from deepseek_shock import load
    return load("prices")


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
