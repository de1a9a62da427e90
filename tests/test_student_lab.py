"""The student edition in a real JupyterLab (`make test-lab`): each chapter of ``student/chapters`` and of
``student/fr/chapters``, opened by Playwright in Debian's chromium, shows no raw MyST and no solution
code, and its solutions are folded.

JupyterLab starts on 127.0.0.1 with a random token and a free port, with its own empty settings, where
notebook windowing is off (``windowingMode: none``) so that every cell is rendered, not only those in
view; every request that leaves 127.0.0.1 is aborted. The server stops at the end, whatever happens.
Needs ``make student`` first (``make test-lab`` runs it).
"""

from __future__ import annotations

import json
import os
import re
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.lab

ROOT = Path(__file__).resolve().parents[1]
STUDENT = ROOT / "student" / "chapters"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
RAW_MYST = ("{glue", ":::", "{cite", "{term", "{exercise", "{solution", "{numref")
#: The chapters of the student edition, English then French (`student/fr/chapters/`).
EDITIONS = sorted(STUDENT.glob("*.ipynb")) + sorted((ROOT / "student" / "fr" / "chapters").glob("*.ipynb"))
PANEL = ".jp-NotebookPanel:not(.lm-mod-hidden)"  # the notebook in view


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    if not EDITIONS:
        pytest.fail(f"{STUDENT}: no student edition; run `make student` first")
    home = tmp_path_factory.mktemp("lab")
    settings = home / "settings" / "@jupyterlab" / "notebook-extension"
    settings.mkdir(parents=True)
    (settings / "tracker.jupyterlab-settings").write_text(json.dumps({"windowingMode": "none"}))
    port, token = _free_port(), secrets.token_hex(16)
    env = {
        **os.environ,
        "JUPYTERLAB_SETTINGS_DIR": str(home / "settings"),
        "JUPYTERLAB_WORKSPACES_DIR": str(home / "workspaces"),
        "JUPYTER_RUNTIME_DIR": str(home / "runtime"),
        "JUPYTER_CONFIG_DIR": str(home / "config"),
    }
    command = [
        sys.executable,
        "-m",
        "jupyter",
        "lab",
        "--no-browser",
        "--ip=127.0.0.1",
        f"--port={port}",
        f"--ServerApp.token={token}",
        f"--ServerApp.root_dir={ROOT}",
        "--LabApp.news_url=",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
    ]
    if os.geteuid() == 0:
        command.append("--allow-root")
    log = (home / "server.log").open("w")
    server = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(240):
            try:
                urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2)
                break
            except OSError:
                if server.poll() is not None:
                    pytest.fail(f"JupyterLab stopped: {(home / 'server.log').read_text()[-2000:]}")
                time.sleep(0.5)
        else:
            pytest.fail("JupyterLab did not start within two minutes")
        yield base, token
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} missing: `make chromium` installs Debian's chromium")
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


def _solution_lines(nb: dict) -> set[str]:
    lines = set()
    for cell in nb["cells"]:
        text = cell["source"] if isinstance(cell["source"], str) else "".join(cell["source"])
        if text.startswith("<details>"):
            for block in re.findall(r"(?s)```python\n(.*?)```", text):
                lines |= {line.strip() for line in block.splitlines() if len(line.strip()) > 12}
    return lines


@pytest.mark.parametrize("path", EDITIONS, ids=[str(p.relative_to(ROOT / "student")) for p in EDITIONS])
def test_chapter_reads_cleanly_in_jupyterlab(path, lab, browser):
    base, token = lab
    nb = json.loads(path.read_text(encoding="utf-8"))
    n_markdown = sum(c["cell_type"] == "markdown" for c in nb["cells"])
    n_written = sum(c["cell_type"] == "markdown" and "".join(c["source"]).strip() != "" for c in nb["cells"])
    n_solutions = sum(
        c["cell_type"] == "markdown" and "".join(c["source"]).startswith("<details>") for c in nb["cells"]
    )
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    outside = []
    page.route(
        re.compile(r"^(?!http://127\.0\.0\.1)[a-z]+://"),
        lambda route: (outside.append(route.request.url), route.abort()),
    )
    try:
        # a workspace of its own, so that only this notebook is open
        workspace = "-".join(path.relative_to(ROOT / "student").with_suffix("").parts)
        page.goto(
            f"{base}/lab/workspaces/{workspace}/tree/{path.relative_to(ROOT).as_posix()}?reset&token={token}",
            timeout=120_000,
        )
        # Every markdown cell's box, each with its content: a box is in the page before its text is
        # rendered into it, and on a busy machine the text (the solutions' <details> with it) comes later.
        page.wait_for_function(
            """([panel, n, written]) => {
                 const boxes = [
                   ...document.querySelectorAll(panel + ' .jp-MarkdownCell .jp-RenderedMarkdown')];
                 const filled = boxes.filter((box) => box.childElementCount > 0);
                 return boxes.length >= n && filled.length >= written; }""",
            arg=[PANEL, n_markdown, n_written],
            timeout=120_000,
        )
        page.wait_for_timeout(500)  # let MathJax and the last renderers finish
        text = page.inner_text(f"{PANEL} .jp-Notebook")
        raw = [r for r in RAW_MYST if r in text]
        assert not raw, f"{path.name}: raw MyST visible in JupyterLab: {raw}"
        shown = sorted(line for line in _solution_lines(nb) if line in text)
        assert not shown, f"{path.name}: solution code visible in JupyterLab: {shown[:3]}"
        details = page.locator(f"{PANEL} .jp-RenderedMarkdown details")
        assert details.count() == n_solutions
        assert all(details.nth(i).get_attribute("open") is None for i in range(details.count()))
        if n_solutions:  # one deliberate click opens a solution, and its code shows
            details.first.locator("summary").click()
            details.first.evaluate(
                "(d) => new Promise((done) => d.open ? done() : d.addEventListener("
                "'toggle', done, {once: true}))"
            )
            assert details.first.evaluate("(d) => d.open")
            assert "```" not in details.first.inner_text()
    finally:
        page.close()
