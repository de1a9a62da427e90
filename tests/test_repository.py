"""Rules of the repository itself: notebooks without outputs, nothing read from outside the repo."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted(p for folder in ("chapters", "exercises") for p in (ROOT / folder).rglob("*.ipynb")
                   if ".ipynb_checkpoints" not in p.parts)
SOURCES = [p for pattern in ("src/**/*.py", "tools/*.py", "deploy/**/*.py", "Makefile", ".ci/run",
                             "_config.yml", "postBuild")
           for p in ROOT.glob(pattern)] + NOTEBOOKS


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: str(p.relative_to(ROOT)))
def test_notebook_committed_without_outputs(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    dirty = [i for i, c in enumerate(nb["cells"]) if c["cell_type"] == "code"
             and (c.get("outputs") or c.get("execution_count"))]
    assert not dirty, f"{path.name}: code cells {dirty} carry outputs; strip them before committing"
    assert nb["metadata"].get("kernelspec", {}).get("name") == "python3"


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_nothing_reads_the_authors_shared_folder(path):
    text = path.read_text(encoding="utf-8")
    assert not re.search(r"\.\./shared|/work/shared", text), f"{path.name} refers to ../shared"


def test_binder_gets_python_311():
    """repo2docker reads runtime.txt; requirements.txt is pinned for Python 3.11."""
    assert (ROOT / "runtime.txt").read_text(encoding="utf-8").strip() == "python-3.11"
    assert "Python 3.11" in (ROOT / "requirements.txt").read_text(encoding="utf-8").split("\n")[0]
    assert not (ROOT / "binder").exists() and not (ROOT / ".binder").exists(), \
        "a binder/ folder would make repo2docker ignore runtime.txt, requirements.txt and postBuild"


def test_binder_puts_the_editable_install_back():
    """pyproject.toml describes a package, so repo2docker runs `pip install .` after requirements.txt,
    which replaces the editable install of its last line with a copy that cannot find data/; postBuild
    (run last, as an executable) reinstalls it editable."""
    assert (ROOT / "requirements.txt").read_text(encoding="utf-8").strip().split("\n")[-1] == "-e ."
    post_build = ROOT / "postBuild"
    assert post_build.stat().st_mode & 0o111, "postBuild must be executable"
    commands = [line for line in post_build.read_text(encoding="utf-8").split("\n")
                if line.strip() and not line.startswith("#")]
    assert commands[0] == "set -euo pipefail"
    assert commands[-1].endswith("-m pip install --no-cache-dir --no-deps -e .")
