"""Rules of the repository itself: notebooks without outputs, no reference to a file outside the repo."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted(
    p
    for folder in ("chapters", "exercises")
    for p in (ROOT / folder).rglob("*.ipynb")
    if ".ipynb_checkpoints" not in p.parts
)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: str(p.relative_to(ROOT)))
def test_notebook_committed_without_outputs(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    dirty = [
        i
        for i, c in enumerate(nb["cells"])
        if c["cell_type"] == "code" and (c.get("outputs") or c.get("execution_count"))
    ]
    assert not dirty, f"{path.name}: code cells {dirty} carry outputs; strip them before committing"
    assert nb["metadata"].get("kernelspec", {}).get("name") == "python3"


#: Files a clone of the course does not have: the authors' planning notes and fact sheets, and any folder
#: beside the repository. Code, comments and docs must point inside the repository instead.
OUTSIDE_FILES = re.compile(
    "|".join(
        [r"COURSE\.md", r"\bfacts [A-Z]\.\d", r"\bfacts/", r"\.\./shared", r"(?<![\w.])shared/(?:facts|seed)"]
    )
)


def _tracked_text_files() -> list[Path]:
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    return [ROOT / name for name in listed.decode().split("\0") if name and (ROOT / name).is_file()]


def test_no_tracked_file_cites_a_file_outside_the_repository():
    cited = []
    for path in _tracked_text_files():
        if path == Path(__file__).resolve():
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:  # images, fonts
            continue
        for number, line in enumerate(text.splitlines(), 1):
            if OUTSIDE_FILES.search(line):
                cited.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()[:100]}")
    assert not cited, "references to files this repository does not have:\n" + "\n".join(cited)


def test_the_outside_file_pattern_catches_what_it_should():
    for text in ("see COURSE.md §2", "(facts A.2)", "../shared/facts/x.md", "/work/shared/seed/a.txt"):
        assert OUTSIDE_FILES.search(text), text
    for text in ("CONTRIBUTING.md", "the facts of the case", "data/README.md"):
        assert not OUTSIDE_FILES.search(text), text


def test_binder_gets_python_311():
    """repo2docker reads runtime.txt; requirements.txt is pinned for Python 3.11."""
    assert (ROOT / "runtime.txt").read_text(encoding="utf-8").strip() == "python-3.11"
    assert "Python 3.11" in (ROOT / "requirements.txt").read_text(encoding="utf-8").split("\n")[0]
    assert not (ROOT / "binder").exists() and not (ROOT / ".binder").exists(), (
        "a binder/ folder would make repo2docker ignore runtime.txt, requirements.txt and postBuild"
    )


def test_binder_puts_the_editable_install_back():
    """pyproject.toml describes a package, so repo2docker runs `pip install .` after requirements.txt,
    which replaces the editable install of its last line with a copy that cannot find data/; postBuild
    (run last, as an executable) reinstalls it editable."""
    assert (ROOT / "requirements.txt").read_text(encoding="utf-8").strip().split("\n")[-1] == "-e ."
    post_build = ROOT / "postBuild"
    assert post_build.stat().st_mode & 0o111, "postBuild must be executable"
    commands = [
        line
        for line in post_build.read_text(encoding="utf-8").split("\n")
        if line.strip() and not line.startswith("#")
    ]
    assert commands[0] == "set -euo pipefail"
    assert commands[-1].endswith("-m pip install --no-cache-dir --no-deps -e .")


def test_gluing_does_not_import_a_grammar_built_at_import_time():
    """myst-nb's glue imports nbformat, hence jsonschema; jsonschema 4.25+ would import rfc3987-syntax,
    whose Lark grammar takes about a second to build in every kernel (requirements.txt, issue 17)."""
    code = "import sys; import myst_nb.ext.glue; print(sorted({'rfc3987_syntax', 'lark'} & set(sys.modules)))"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert loaded.stdout.strip() == "[]", f"imported by myst_nb.ext.glue: {loaded.stdout.strip()}"
