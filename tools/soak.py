"""`make soak`: run every notebook many times, in parallel, through nbclient and through nbval, and
report stalls. Not part of `make test` (it takes long); it exists to catch rare stalls (issue 17).

Each run is a fresh kernel in a subprocess; SOAK_JOBS of them run at once, so the machine is under load.

- nbclient: the notebook is executed cell by cell (as the book build's jupyter-cache does) and each
  cell is timed. A cell that takes at least STALL_FRACTION of the cell timeout, or times out, is a stall.
- nbval: ``pytest --nbval-lax`` on the notebook (as `make test` does), timed as a whole; a failure is
  reported with the end of its output.

The report gives, per notebook and path, the median and the slowest run, every run over 3× its median
(SLOW_FACTOR) and every stall or failure. The exit status is 1 if any run stalled or failed.

Settings (environment): SOAK_RUNS (repetitions, 20), SOAK_JOBS (parallel runs, 2), SOAK_TIMEOUT (cell
timeout in seconds, 60), SOAK_NOTEBOOKS (space-separated paths or globs; default chapters/*.ipynb and
exercises/*.ipynb), SOAK_PATHS ("nbclient nbval").
"""

from __future__ import annotations

import glob
import json
import os
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SLOW_FACTOR = 3.0
STALL_FRACTION = 0.9
PATHS = ("nbclient", "nbval")


@dataclass
class Run:
    notebook: str
    path: str
    index: int
    seconds: float = 0.0
    ok: bool = True
    stalls: list = field(default_factory=list)  # (cell index, seconds, first line of the cell)
    error: str = ""


def run_cells(notebook: Path, timeout: float) -> dict:
    """In this process: execute ``notebook`` cell by cell with nbclient; time each cell (JSON-able dict)."""
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellTimeoutError

    nb = nbformat.read(notebook, as_version=4)
    client = NotebookClient(
        nb, timeout=timeout, kernel_name="python3", resources={"metadata": {"path": str(notebook.parent)}}
    )
    stalls, error = [], ""
    start = time.perf_counter()
    with client.setup_kernel():
        for index, cell in enumerate(nb.cells):
            first_line = cell.source.splitlines()[0][:70] if cell.source else ""
            t0 = time.perf_counter()
            try:
                client.execute_cell(cell, index)
            except CellTimeoutError:
                stalls.append((index, time.perf_counter() - t0, first_line))
                error = f"cell {index} timed out"
                break
            except Exception as exc:  # reported, never hidden
                error = f"cell {index}: {type(exc).__name__}: {str(exc).strip().splitlines()[-1][:200]}"
                break
            took = time.perf_counter() - t0
            if took >= STALL_FRACTION * timeout:
                stalls.append((index, took, first_line))
    return {"seconds": time.perf_counter() - start, "stalls": stalls, "error": error}


def one_run(run: Run, timeout: float) -> Run:
    """Execute one run in a subprocess (a fresh interpreter and kernel) and fill in ``run``."""
    start = time.perf_counter()
    if run.path == "nbclient":
        cmd = [sys.executable, __file__, "--cells", run.notebook, str(timeout)]
    else:
        cmd = [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "--nbval-lax",
            "--nbval-current-env",
            f"--nbval-cell-timeout={timeout:g}",
            run.notebook,
        ]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    run.seconds = time.perf_counter() - start
    if run.path == "nbclient" and done.returncode == 0:
        result = json.loads(done.stdout.strip().splitlines()[-1])
        run.stalls, run.error = result["stalls"], result["error"]
        run.seconds = result["seconds"]
    elif done.returncode != 0:
        tail = (done.stdout + done.stderr).strip().splitlines()[-3:]
        run.error = " | ".join(tail)[:400]
    run.ok = not run.error and not run.stalls
    return run


def notebooks_to_soak() -> list[str]:
    patterns = os.environ.get("SOAK_NOTEBOOKS", "chapters/*.ipynb exercises/*.ipynb").split()
    found = sorted(
        {
            str(Path(p).relative_to(ROOT)) if Path(p).is_absolute() else p
            for pattern in patterns
            for p in glob.glob(pattern, root_dir=ROOT)
        }
    )
    if not found:
        raise SystemExit(f"SOAK_NOTEBOOKS={' '.join(patterns)!r}: no notebook matches")
    return found


def report(runs: list[Run], wall: float, settings: str) -> int:
    print(f"\n# make soak — {settings}; {len(runs)} runs in {wall / 60:.1f} min")
    print(
        f"{'notebook':38} {'path':8} {'runs':>4} {'median s':>8} {'slowest s':>9} {'÷median':>7}  "
        f"over {SLOW_FACTOR:g}× median / stalls / failures"
    )
    bad = 0
    for key in sorted({(r.notebook, r.path) for r in runs}):
        group = [r for r in runs if (r.notebook, r.path) == key]
        times = [r.seconds for r in group]
        median, slowest = statistics.median(times), max(times)
        slow = [f"run {r.index}: {r.seconds:.1f} s" for r in group if r.seconds > SLOW_FACTOR * median]
        stalls = [f"run {r.index}: cell {c} {s:.1f} s ({line!r})" for r in group for c, s, line in r.stalls]
        failures = [f"run {r.index}: {r.error}" for r in group if r.error]
        bad += len(stalls) + len(failures)
        notes = "; ".join(slow + stalls + failures) or "none"
        print(
            f"{key[0]:38} {key[1]:8} {len(group):4} {median:8.1f} {slowest:9.1f} "
            f"{slowest / median:7.2f}  {notes}"
        )
    over = sum(
        1
        for r in runs
        if r.seconds
        > SLOW_FACTOR
        * statistics.median(x.seconds for x in runs if (x.notebook, x.path) == (r.notebook, r.path))
    )
    stalled = sum(len(r.stalls) for r in runs)
    failed = sum(1 for r in runs if r.error)
    slowest = max(runs, key=lambda r: r.seconds)
    print(
        f"\nslowest run: {slowest.notebook} ({slowest.path}, run {slowest.index}) {slowest.seconds:.1f} s; "
        f"runs over {SLOW_FACTOR:g}× their median: {over}; stalled cells: {stalled}; failed runs: {failed}"
    )
    return 1 if bad else 0


def main() -> int:
    runs_each = int(os.environ.get("SOAK_RUNS", "20"))
    jobs = int(os.environ.get("SOAK_JOBS", "2"))
    timeout = float(os.environ.get("SOAK_TIMEOUT", "60"))
    paths = os.environ.get("SOAK_PATHS", " ".join(PATHS)).split()
    if set(paths) - set(PATHS):
        raise SystemExit(f"SOAK_PATHS={' '.join(paths)!r}: expected some of {PATHS}")
    notebooks = notebooks_to_soak()
    # Interleave notebooks and paths, so that each run has different neighbours under load.
    todo = [Run(nb, path, i) for i in range(runs_each) for nb in notebooks for path in paths]
    settings = (
        f"{len(notebooks)} notebooks × {runs_each} runs × {'+'.join(paths)}, {jobs} in parallel, "
        f"cell timeout {timeout:g} s, on {os.cpu_count()} cores"
    )
    print(f"soak: {settings}", flush=True)
    start = time.perf_counter()
    done: list[Run] = []
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        for run in pool.map(lambda r: one_run(r, timeout), todo):
            done.append(run)
            if not run.ok:
                print(
                    f"  {run.notebook} ({run.path}, run {run.index}): {run.error or run.stalls}", flush=True
                )
            if len(done) % 10 == 0:
                print(
                    f"  {len(done)}/{len(todo)} runs, {(time.perf_counter() - start) / 60:.1f} min",
                    flush=True,
                )
    return report(done, time.perf_counter() - start, settings)


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--cells":
        print(json.dumps(run_cells(ROOT / sys.argv[2], float(sys.argv[3]))))
        sys.exit(0)
    sys.exit(main())
