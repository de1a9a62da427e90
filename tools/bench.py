"""`make bench`: how fast the course runs on this machine. Prints figures; asserts nothing.

- each notebook's execution time, against the floor (a kernel start plus the course's imports);
- the book's clean build and no-change rebuild times (into a scratch folder, so _build is untouched);
- each live widget's update latency, driven in-process (median and worst of many updates);
- the size of each HTML page (without shared assets) and of the whole built book.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
FLOOR_SOURCE = ("import pandas, matplotlib.pyplot, ipywidgets, numpy\n"
                "from myst_nb import glue\nimport deepseek_shock\nfrom deepseek_shock import *\n")


def run_notebook(nb) -> float:
    start = time.perf_counter()
    NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(ROOT / "chapters")}}).execute()
    return time.perf_counter() - start


def notebooks() -> None:
    floor_nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(FLOOR_SOURCE)])
    floors = [run_notebook(floor_nb) for _ in range(3)]
    floor = statistics.median(floors)
    print(f"\n## Notebooks (floor = kernel start + imports: {floor:.2f} s, median of 3)")
    print(f"{'notebook':42} {'seconds':>8} {'× floor':>8}   target ≤ 2×")
    paths = sorted((ROOT / "chapters").glob("*.ipynb")) + sorted((ROOT / "exercises").glob("*.ipynb"))
    for path in paths:
        try:
            seconds = run_notebook(nbformat.read(path, as_version=4))
        except Exception as exc:  # a broken notebook is reported, and the other figures still printed
            print(f"{str(path.relative_to(ROOT)):42}   FAILED: {type(exc).__name__}")
            continue
        flag = "" if seconds <= 2 * floor else "  ← over target"
        print(f"{str(path.relative_to(ROOT)):42} {seconds:8.2f} {seconds / floor:8.2f}{flag}")


def build_times() -> None:
    out = Path(tempfile.mkdtemp(prefix="bench-build-"))
    cmd = [str(Path(sys.executable).parent / "jupyter-book"), "build", str(ROOT), "--builder", "html",
           "--path-output", str(out), "--warningiserror", "--nitpick", "--keep-going"]
    timings = []
    for label in ("clean build", "no-change rebuild"):
        start = time.perf_counter()
        result = subprocess.run(cmd, capture_output=True, text=True)
        timings.append((label, time.perf_counter() - start, result.returncode))
    print("\n## Book build (scratch output folder)")
    for label, seconds, code in timings:
        status = "ok" if code == 0 else f"FAILED (exit {code})"
        target = "   target < 15 s" if label.startswith("no-change") else ""
        print(f"{label:20} {seconds:7.1f} s  {status}{target}")
    shutil.rmtree(out, ignore_errors=True)


def _latency(name: str, figure_of, changes) -> None:
    """Time each change, including the PNG render a live kernel would send to the browser."""
    samples = []
    for change in changes:
        start = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()):  # outside a kernel, display() prints a repr
            change()
        figure = figure_of()
        if figure is not None:
            figure.savefig(io.BytesIO(), format="png")
        samples.append((time.perf_counter() - start) * 1000)
    print(f"{name:40} median {statistics.median(samples):7.1f}   worst {max(samples):7.1f}   "
          f"({len(samples)} updates; target median < 50)")


def widget_latency() -> None:
    import matplotlib
    matplotlib.use("Agg")
    from deepseek_shock import load, timeline

    events, prices = load("events"), load("prices")
    print("\n## Live widget update latency (in-process, ms, update + PNG render)")
    with contextlib.redirect_stdout(io.StringIO()):
        explorer = timeline.TimelineExplorer(events, prices)
    options = [v for _, v in explorer.window.options]
    choices = [("company",), ("markets", "app"), tuple(timeline.EVENT_CATEGORIES), ("regulation",)]

    def change(i):
        if i % 2:
            return lambda: setattr(explorer.categories, "value", choices[i % len(choices)])
        return lambda: setattr(explorer.window, "value", (options[i % 12], options[-1 - (i % 7)]))

    _latency("timeline.TimelineExplorer", lambda: explorer.figure, [change(i) for i in range(40)])


def page_sizes() -> None:
    html = ROOT / "_build" / "html"
    if not html.exists():
        print("\n## Page sizes: no _build/html (run `make book` first)")
        return
    print("\n## HTML pages (without shared assets; target ≤ 3 MB a chapter)")
    for page in sorted(html.rglob("*.html")):
        if "_static" in page.parts or page.name in ("genindex.html", "search.html"):
            continue
        print(f"{str(page.relative_to(html)):42} {page.stat().st_size / 1e6:7.2f} MB")
    total = sum(p.stat().st_size for p in html.rglob("*") if p.is_file())
    static = sum(p.stat().st_size for p in (html / "_static").rglob("*") if p.is_file())
    print(f"{'whole book':42} {total / 1e6:7.2f} MB (of which shared _static: {static / 1e6:.2f} MB)")


def main() -> None:
    os.chdir(ROOT)
    print(f"# make bench — {time.strftime('%Y-%m-%d %H:%M')} on {os.cpu_count()} cores")
    notebooks()
    widget_latency()
    build_times()
    page_sizes()


if __name__ == "__main__":
    main()
