"""`make bench`: how fast the course runs on this machine. Prints figures; asserts nothing.

- each notebook's execution time, against the floor (a kernel start plus the course's imports);
- the book's clean build and no-change rebuild times (into a scratch folder, so _build is untouched);
- each live widget's update latency, driven in-process (median and worst of many updates);
- the size of each HTML page (without shared assets) and of the whole built book.

Each figure is printed beside its target (issue 17) and marked "ok" or "MISSED". ``BENCH=notebooks,widgets``
runs only some sections (``notebooks``, ``widgets``, ``build``, ``pages``; all by default).
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
FLOOR_SOURCE = (
    "import pandas, matplotlib.pyplot, ipywidgets, numpy\n"
    "from myst_nb import glue\nimport deepseek_shock\nfrom deepseek_shock import *\n"
)


def run_notebook(nb) -> float:
    start = time.perf_counter()
    NotebookClient(
        nb,
        timeout=600,
        kernel_name="python3",
        resources={"metadata": {"path": str(ROOT / "chapters")}},
        # the kernel's warning that it listens on TCP, once a notebook, would bury the figures
        extra_arguments=["--IPKernelApp.log_level=ERROR"],
    ).execute()
    return time.perf_counter() - start


#: The targets of issue 17, as ratios (so that machines of different speeds compare).
NOTEBOOK_MAX_FLOORS = 2.0  # each notebook, × the floor
ALL_NOTEBOOKS_MAX_FLOORS = 1.5  # the sum over all notebooks, × the sum of their floors
WIDGET_MAX_MEDIAN_MS = 50.0  # median live update, PNG included
WIDGET_MAX_SCRATCH = 0.3  # median update ÷ building the same figure from scratch
WIDGET_MAX_SPREAD = 2.0  # worst update ÷ median update
WIDGET_SPREAD_FROM_MS = 5.0  # ... judged only when the worst update takes at least this long


def verdict(value: float, target: float) -> str:
    return "ok" if value <= target else "MISSED"


def notebooks() -> None:
    floor_nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(FLOOR_SOURCE)])
    floors = [run_notebook(floor_nb) for _ in range(3)]
    floor = statistics.median(floors)
    print(f"\n## Notebooks (floor = kernel start + imports: {floor:.2f} s, median of 3)")
    print(f"{'notebook':42} {'seconds':>8} {'× floor':>8}   target ≤ {NOTEBOOK_MAX_FLOORS:g}×")
    paths = sorted((ROOT / "chapters").glob("*.ipynb")) + sorted((ROOT / "exercises").glob("*.ipynb"))
    total, ran = 0.0, 0
    for path in paths:
        try:
            seconds = run_notebook(nbformat.read(path, as_version=4))
        except Exception as exc:  # a broken notebook is reported, and the other figures still printed
            print(f"{str(path.relative_to(ROOT)):42}   FAILED: {type(exc).__name__}")
            continue
        total, ran = total + seconds, ran + 1
        ratio = seconds / floor
        print(
            f"{str(path.relative_to(ROOT)):42} {seconds:8.2f} {ratio:8.2f}   "
            f"{verdict(ratio, NOTEBOOK_MAX_FLOORS)}"
        )
    if ran:
        ratio = total / (ran * floor)
        print(
            f"{f'all {ran} notebooks (sum ÷ {ran} floors)':42} {total:8.2f} {ratio:8.2f}   "
            f"target ≤ {ALL_NOTEBOOKS_MAX_FLOORS:g}×: {verdict(ratio, ALL_NOTEBOOKS_MAX_FLOORS)}"
        )


def build_times() -> None:
    out = Path(tempfile.mkdtemp(prefix="bench-build-"))
    cmd = [
        str(Path(sys.executable).parent / "jupyter-book"),
        "build",
        str(ROOT),
        "--builder",
        "html",
        "--path-output",
        str(out),
        "--warningiserror",
        "--nitpick",
        "--keep-going",
    ]
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


def _timed(action, figure_of) -> float:
    """Milliseconds for ``action()`` plus the PNG a live kernel would send for ``figure_of()`` (if any)."""
    start = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):  # outside a kernel, display() prints a repr
        result = action()
    figure = figure_of(result)
    if figure is not None:
        figure.savefig(io.BytesIO(), format="png")
    return (time.perf_counter() - start) * 1000


def _latency(name: str, build, figure_of, changes) -> None:
    """Time each change, PNG included, against building the same kind of widget and figure from scratch."""
    total_ms = [_timed(change, lambda _: figure_of()) for change in changes]
    scratch_ms = statistics.median(_timed(build, _own_figure) for _ in range(3))
    median, worst = statistics.median(total_ms), max(total_ms)
    # Below a few milliseconds (HTML-only widgets) the ratio measures the timer and the garbage collector.
    spread = verdict(worst / median, WIDGET_MAX_SPREAD) if worst >= WIDGET_SPREAD_FROM_MS else "<5 ms"
    print(
        f"{name:30} {median:7.1f} {verdict(median, WIDGET_MAX_MEDIAN_MS):>6} {worst:7.1f} "
        f"{scratch_ms:8.1f} {median / scratch_ms:6.2f} {verdict(median / scratch_ms, WIDGET_MAX_SCRATCH):>6} "
        f"{worst / median:6.2f} {spread:>6}"
    )


def _own_figure(obj):
    """The figure a widget leaves for the inline backend to render, or None if it renders its own <img>."""
    import ipywidgets as W

    if not isinstance(getattr(obj, "output", None), W.Output):
        return None
    return getattr(obj, "figure", None) or getattr(obj, "fig", None)


def _controls(obj) -> list:
    """The value controls of a live widget object (its ipywidgets attributes that take a value)."""
    import ipywidgets as W

    return [
        v
        for v in vars(obj).values()
        if isinstance(v, W.ValueWidget)
        and not isinstance(v, (W.HTML, W.Label, W.Output))
        and not getattr(v, "disabled", False)
    ]


def _random_change(control, rng):
    """A function that sets ``control`` to a random valid value."""
    if hasattr(control, "options") and len(control.options):
        n = len(control.options)
        if hasattr(control, "index") and isinstance(control.index, tuple):  # range selections
            i = int(rng.integers(0, n))
            j = int(rng.integers(i, n))
            return lambda: setattr(control, "index", (i, j))
        if isinstance(control.value, tuple):  # multiple selection
            k = int(rng.integers(1, n + 1))
            picks = tuple(sorted(rng.choice(n, size=k, replace=False)))
            return lambda: setattr(control, "index", picks)
        i = int(rng.integers(0, n))
        return lambda: setattr(control, "index", i)
    import ipywidgets as W

    if isinstance(control, W.FloatLogSlider):  # min and max are exponents of the base
        value = float(control.base ** (control.min + (control.max - control.min) * rng.random()))
        return lambda: setattr(control, "value", value)
    if isinstance(control, (W.FloatText, W.BoundedFloatText, W.IntText, W.BoundedIntText)):
        # A typed number: something a student would plausibly type, near the current value.
        value = type(control.value)(control.value * (0.5 + rng.random()))
        return lambda: setattr(control, "value", value)
    if hasattr(control, "min") and hasattr(control, "max"):
        lo, hi = control.min, control.max
        if isinstance(control.value, int):
            value = int(rng.integers(lo, hi + 1))
        else:
            value = float(lo + (hi - lo) * rng.random())
        return lambda: setattr(control, "value", value)
    if isinstance(control.value, bool):
        return lambda: setattr(control, "value", not control.value)
    return None


def _live_widgets():
    """Every live widget of the course, built with the data its chapter uses (name, object)."""
    from deepseek_shock import claims, costs, distill, export_controls, load, market, timeline

    events, prices = load("events"), load("prices")
    yield "timeline.TimelineExplorer", lambda: timeline.TimelineExplorer(events, prices)
    before = market.close_on(prices, "NVDA", "2025-01-24")
    yield "market.DropExplorer", lambda: market.DropExplorer(before, 24.49e9)
    yield "market.PathPicker", lambda: market.PathPicker(prices, load("index_levels"))
    inputs = costs.waterfall_inputs(load("training_runs"), load("cost_estimates"))
    yield "costs.CostCalculator", lambda: costs.CostCalculator(dict(inputs))
    yield "costs.ComputeCalculator", lambda: costs.ComputeCalculator(load("gpu_specs"))
    yield "export_controls.ChipDesigner", lambda: export_controls.ChipDesigner(load("chips"))
    split = distill.load_digits_split(seed=0)
    teacher = distill.train_teacher(split.X_train, split.y_train, seed=0)
    yield "distill.TemperatureExplorer", lambda: distill.TemperatureExplorer(teacher.logits(split.X_test[0]))
    grid = distill.accuracy_grid(split, teacher)
    yield "distill.GridExplorer", lambda: distill.GridExplorer(grid)
    yield "claims.ClaimBrowser", lambda: claims.ClaimBrowser(claims.ledger())


def widget_latency(updates: int = 30) -> None:
    """Drive every live widget in-process with random valid values; time each update.

    A widget that draws a matplotlib figure into an Output would, in a kernel, also send a PNG: that
    render is included (``savefig``). Widgets that already render their own <img> are timed as they are.
    """
    import matplotlib
    import numpy as np

    matplotlib.use("Agg")
    print(
        f"\n## Live widget updates (in-process, ms, PNG included; {updates} random updates each; "
        "'scratch' = building the widget and its figure anew, median of 3)"
    )
    print(
        f"{'widget':30} {'median':>7} {'≤' + format(WIDGET_MAX_MEDIAN_MS, 'g'):>6} {'worst':>7} "
        f"{'scratch':>8} {'÷scr':>6} {'≤' + format(WIDGET_MAX_SCRATCH, 'g'):>6} "
        f"{'wst÷med':>6} {'≤' + format(WIDGET_MAX_SPREAD, 'g'):>6}"
    )
    for name, build in _live_widgets():
        rng = np.random.default_rng(0)
        try:
            with contextlib.redirect_stdout(io.StringIO()):
                obj = build()
        except Exception as exc:  # reported, and the other widgets still measured
            print(f"{name:40} could not be built: {type(exc).__name__}: {exc}")
            continue
        controls = [c for c in _controls(obj) if _random_change(c, rng) is not None]
        if not controls:
            print(f"{name:40} no controls found")
            continue
        changes = [_random_change(controls[int(rng.integers(0, len(controls)))], rng) for _ in range(updates)]
        _latency(name, build, lambda obj=obj: _own_figure(obj), changes)


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
    print(
        f"# make bench — {time.strftime('%Y-%m-%d %H:%M')} on {os.cpu_count()} cores, "
        f"load average {os.getloadavg()[0]:.1f}"
    )
    sections = {"notebooks": notebooks, "widgets": widget_latency, "build": build_times, "pages": page_sizes}
    chosen = os.environ.get("BENCH", ",".join(sections)).split(",")
    unknown = sorted(set(chosen) - set(sections))
    if unknown:
        raise SystemExit(
            f"BENCH={os.environ['BENCH']!r}: unknown sections {unknown}; expected some of {list(sections)}"
        )
    for name in chosen:
        sections[name]()


if __name__ == "__main__":
    main()
