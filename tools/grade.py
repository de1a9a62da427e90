"""Grade a folder of student submissions without nbgrader, the way nbgrader does it.

usage: python tools/grade.py SUBMISSIONS [--source exercises] [--out SUBMISSIONS/grades.csv] [--jobs 2]
       [--cell-timeout 30] [--timeout 120] [--memory-mb 2048]

Layout: ``SUBMISSIONS/<student>/<assignment>.ipynb``, where ``<student>`` is the student's login in the
gradebook (the folder name becomes the ``student`` column) and ``<assignment>.ipynb`` is the name of the
notebook in ``exercises/`` (``01_timeline.ipynb``, …), as ``make student`` hands it out. A student may
hand in one or several assignments. nbgrader's own layout, ``submitted/<student>/<assignment>/<notebook>
.ipynb``, works too: pass ``submitted`` as SUBMISSIONS.

For each notebook: take the authored notebook of ``exercises/`` (with its hidden tests), put the
student's answer cells in place of its solution cells (matched by nbgrader ``grade_id``), run it in a
fresh kernel and score its grade cells by nbgrader's rule (an error, or anything on stderr, scores 0;
otherwise full points). Locked cells always come from the source, so editing a check cell changes
nothing but is reported. Written answers are left blank in the table, for marking by hand.

Students' code is untrusted. Each notebook runs in its own kernel, in a fresh temporary folder that
holds a copy of the course library and ``data/``, with limits on time (per cell and per notebook),
memory (address space) and CPU time. Run as root, each kernel also runs as its own unprivileged user id
(``setpriv``), in a folder only that id can open: it cannot write to the course, to ``data/`` or to other
submissions, nor read them. Run as another user, the limits apply but the kernel runs as you: a warning
says so; grade in a container or on a JupyterHub (see the instructors' page).

Writes ``grades.csv`` (default: in SUBMISSIONS): one row per student, one column per graded question
(``<assignment>/<grade_id>``), a total per assignment, the overall total, and ``notes`` saying what went
wrong, if anything (not run, renamed, edited check cell, timeout, …).
"""

from __future__ import annotations

import argparse
import asyncio
import atexit
import contextlib
import copy
import csv
import functools
import json
import os
import pwd
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
import psutil
from jupyter_client.manager import AsyncKernelManager
from nbclient import NotebookClient
from nbclient.exceptions import CellTimeoutError, DeadKernelError

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_student as ms  # noqa: E402  (tools/ is not a package)

ROOT = Path(__file__).resolve().parents[1]
#: What a kernel needs of the course: the library and its data (copied, read-only, for each notebook).
COURSE_PARTS = ("src/deepseek_shock", "data")
#: First user id tried for the kernels when running as root (one id per notebook, never one in use).
UID_BASE = 61000
MAX_NOTE = 300  # characters of an error message kept in the notes
#: Tries at starting a notebook's kernel before the notebook is reported as not run.
START_ATTEMPTS = 3


@dataclass(frozen=True)
class Limits:
    """What one notebook may use: seconds per cell and per notebook (wall clock; CPU time is capped at
    the notebook's seconds + 5), MiB of address space and of any file written, processes of its uid."""

    cell_timeout_s: float = 30.0
    notebook_timeout_s: float = 120.0
    memory_mb: int = 2048
    max_file_mb: int = 50
    max_processes: int = 256


@dataclass
class Result:
    """The outcome for one notebook: points per grade id (None: written, marked by hand) and notes."""

    student: str
    assignment: str | None
    points: dict[str, float | None] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    renamed: bool = False


# ---- reading and merging ---------------------------------------------------------------------------


def load_sources(folder: Path) -> dict[str, dict]:
    """The authored notebooks by assignment name (file stem); each must follow the authoring rules."""
    sources = {}
    for path in sorted(folder.glob("*.ipynb")):
        nb = json.loads(path.read_text(encoding="utf-8"))
        problems = ms.validate(nb, path.name)
        if problems:
            raise ValueError(f"{path}: not a valid assignment: " + "; ".join(problems))
        sources[path.stem] = nb
    if not sources:
        raise ValueError(f"{folder}: no assignment notebook (*.ipynb) to grade against")
    return sources


def find_submissions(folder: Path) -> list[tuple[str, Path]]:
    """(student, notebook) for every notebook under ``folder/<student>/`` (any depth, so nbgrader's
    ``submitted/<student>/<assignment>/<notebook>.ipynb`` works), sorted; checkpoints are skipped."""
    if not folder.is_dir():
        raise ValueError(
            f"SUBMISSIONS={folder}: not a folder (expected SUBMISSIONS/<student>/<assignment>.ipynb)"
        )
    found = []
    for student in sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".")):
        for nb in sorted(student.rglob("*.ipynb")):
            if ".ipynb_checkpoints" not in nb.parts:
                found.append((student.name, nb))
    return found


def grade_ids(nb: dict) -> dict[str, dict]:
    """The cells that carry a grade id, by grade id."""
    return {ms.nbgrader(c)["grade_id"]: c for c in nb.get("cells", []) if ms.nbgrader(c).get("grade_id")}


def identify(path: Path, nb: dict, sources: dict[str, dict]) -> tuple[str | None, str | None]:
    """(assignment, note): by file name, else by the grade ids the notebook shares with a source."""
    if path.stem in sources:
        return path.stem, None
    ids = set(grade_ids(nb))
    overlap = {name: len(ids & set(grade_ids(src))) for name, src in sources.items()}
    best = max(overlap, key=overlap.get)
    if overlap[best] == 0:
        return None, (
            f"{path.name}: not one of the assignments ({', '.join(s + '.ipynb' for s in sources)})"
            " and none of their cells: not graded"
        )
    return best, f"renamed: {path.name} graded as {best}.ipynb (matched by its cells)"


def merge(source: dict, submitted: dict) -> tuple[dict, list[str]]:
    """The source notebook with the student's answer cells in place of its solution cells, and notes on
    what was missing or edited. Locked cells (checks with their hidden tests) always come from the
    source; an edited one is reported, as nbgrader does."""
    merged = copy.deepcopy(source)
    released = grade_ids(ms.student_version(source))
    theirs = grade_ids(submitted)
    notes = []
    for cell in merged["cells"]:
        cell["source"] = ms.source(cell)
        meta = ms.nbgrader(cell)
        gid = meta.get("grade_id")
        if not gid:
            continue
        given = theirs.get(gid)
        if meta.get("solution"):
            if given is None or given.get("cell_type") != cell["cell_type"]:
                notes.append(f"answer cell {gid} missing: graded as unanswered")
                given = released[gid]
            cell["source"] = ms.source(given)
        elif meta.get("locked") or meta.get("grade"):
            if given is None:
                notes.append(f"locked cell {gid} deleted: restored from the source")
            elif ms.source(given).strip() != ms.source(released[gid]).strip():
                notes.append(f"locked cell {gid} edited: graded with the original")
        if cell["cell_type"] == "code":
            cell["outputs"], cell["execution_count"] = [], None
    return merged, notes


def score_cell(cell: dict) -> float | None:
    """nbgrader's rule for one grade cell: None for a written answer; 0 after an error or any output
    on stderr; a number printed as the cell's result is partial credit; otherwise full points."""
    meta = ms.nbgrader(cell)
    points = float(meta["points"])
    if meta.get("solution") or cell["cell_type"] != "code":
        return None
    for output in cell.get("outputs", []):
        if output["output_type"] == "error" or (
            output["output_type"] == "stream" and output.get("name") == "stderr"
        ):
            return 0.0
        if output["output_type"] == "execute_result":
            try:
                return min(max(float(output.get("data", {}).get("text/plain", "")), 0.0), points)
            except ValueError:
                return points
    return points


def errors_in(nb: dict) -> list[str]:
    """'grade_id: ErrorName: message' for each cell with an error, for the notes (answer cells only:
    a check cell's error is its feedback, already counted)."""
    found = []
    for i, cell in enumerate(nb["cells"]):
        meta = ms.nbgrader(cell)
        if cell["cell_type"] != "code" or (meta.get("grade") and not meta.get("solution")):
            continue
        for out in cell.get("outputs", []):
            if out["output_type"] == "error":
                found.append(f"{meta.get('grade_id', f'cell {i}')}: {out['ename']}: {out['evalue'][:200]}")
    return found


# ---- running untrusted notebooks -------------------------------------------------------------------


def sandboxed() -> bool:
    """True when each kernel can run as its own user id (we are root and setpriv exists)."""
    return os.geteuid() == 0 and shutil.which("setpriv") is not None


def free_uids(count: int, start: int = UID_BASE) -> list[int]:
    """``count`` user ids from ``start`` that name no account and run no process."""
    busy = {p.info["uids"].real for p in psutil.process_iter(["uids"]) if p.info["uids"]}
    uids, uid = [], start
    while len(uids) < count:
        try:
            pwd.getpwuid(uid)
        except KeyError:
            if uid not in busy:
                uids.append(uid)
        uid += 1
    return uids


def open_to_others(path: Path) -> bool:
    """True when a user with no group in common can reach and read or run ``path``."""
    path = Path(os.path.realpath(path))
    needed = 0o005 if path.is_dir() or os.access(path, os.X_OK) else 0o004
    return path.stat().st_mode & needed == needed and all(p.stat().st_mode & 0o001 for p in path.parents)


@functools.cache
def kernel_interpreter() -> tuple[str, list[str]]:
    """(python, extra import paths) for the kernels: this interpreter when a kernel's own uid can run
    it, else a system Python of the same version reading this environment's packages."""
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    if not sandboxed() or (open_to_others(Path(sys.executable)) and open_to_others(stdlib)):
        return sys.executable, []
    packages = [sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]]
    for candidate in (f"/usr/bin/python{version}", f"/usr/local/bin/python{version}"):
        if Path(candidate).exists() and open_to_others(Path(candidate)):
            found = subprocess.run(
                [candidate, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
                capture_output=True,
                text=True,
                check=False,
            ).stdout.strip()
            if found == version and all(open_to_others(Path(p)) for p in packages):
                return candidate, list(dict.fromkeys(packages))
    raise RuntimeError(
        f"{sys.executable} (under {stdlib}) cannot be run by an unprivileged user, and no "
        f"/usr/bin/python{version} can: install Python {version} where every user can run "
        "it, or grade in a container"
    )


def kernel_prefix(uid: int | None, limits: Limits) -> list[str]:
    """The command put before the kernel's: resource limits, and a switch to ``uid`` if given."""
    memory = limits.memory_mb * 2**20
    cpu = int(limits.notebook_timeout_s) + 5
    prefix = [
        "prlimit",
        f"--as={memory}",
        f"--cpu={cpu}",
        f"--fsize={limits.max_file_mb * 2**20}",
        f"--nproc={limits.max_processes}",
        "--core=0",
        "--",
    ]
    if uid is not None:
        prefix = [
            "setpriv",
            f"--reuid={uid}",
            f"--regid={uid}",
            "--clear-groups",
            "--inh-caps=-all",
            "--no-new-privs",
            "--",
        ] + prefix
    return prefix


def kernel_env(folder: Path, packages: list[str]) -> dict[str, str]:
    """A clean environment: only what the kernel needs, pointing at its own copy of the course."""
    return {
        "HOME": str(folder / "work"),
        "PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "PYTHONPATH": os.pathsep.join([str(folder / "course" / "src"), *packages]),
        "DEEPSEEK_SHOCK_DATA": str(folder / "course" / "data"),
        "MPLBACKEND": "Agg",
        "MPLCONFIGDIR": str(folder / "work" / ".matplotlib"),
        "OPENBLAS_NUM_THREADS": "1",
        "OMP_NUM_THREADS": "1",
        "PYDEVD_DISABLE_FILE_VALIDATION": "1",
        "TMPDIR": str(folder / "work"),
        "NBGRADER_EXECUTION": "autograde",
        "JPY_PARENT_PID": str(os.getpid()),
    }


class SandboxKernelManager(AsyncKernelManager):
    """A kernel started under ``prefix`` (limits, another uid), in a clean environment, whose
    connection file belongs to that uid."""

    def __init__(self, *, prefix: list[str], env: dict[str, str], uid: int | None, python: str, **kw):
        super().__init__(**kw)
        self._prefix, self._env, self._uid, self._python = prefix, env, uid, python

    def format_kernel_cmd(self, extra_arguments=None):
        cmd = super().format_kernel_cmd(extra_arguments)
        if cmd and cmd[0] == sys.executable:
            cmd[0] = self._python
        return ["env", "-i", *(f"{k}={v}" for k, v in self._env.items()), *self._prefix, *cmd]

    def write_connection_file(self, **kw):
        super().write_connection_file(**kw)
        if self._uid is not None:
            os.chown(self.connection_file, self._uid, self._uid)


def prepare_folder(folder: Path, uid: int | None, course: Path = ROOT) -> None:
    """``folder`` (0700, owned by ``uid``) holding ``course/`` (a read-only copy of the library and
    data, owned by root) and ``work/`` (the kernel's own, its current folder and home)."""
    for part in COURSE_PARTS:
        shutil.copytree(
            course / part, folder / "course" / part, ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
        )
    for path in (folder / "course").rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o444)
    (folder / "course").chmod(0o555 if uid is None else 0o755)
    (folder / "work").mkdir()
    if uid is not None:
        os.chown(folder / "work", uid, uid)
        os.chown(folder, uid, uid)
    folder.chmod(0o700)


#: Folders every user may write to: what a kernel's uid left there is removed after its notebook.
SHARED_TMP = ("/tmp", "/var/tmp", "/dev/shm")


def clean_up_after(uid: int | None) -> None:
    """Kill what a kernel left running under its own uid (it may have forked), and remove what it left
    in the shared temporary folders, so that the next notebook given this uid finds nothing."""
    if uid is None:
        return
    for proc in psutil.process_iter(["uids"]):
        if proc.info["uids"] and proc.info["uids"].real == uid:
            with contextlib.suppress(psutil.Error):
                proc.kill()
    for shared in map(Path, SHARED_TMP):
        for entry in shared.iterdir() if shared.is_dir() else ():
            try:
                if entry.lstat().st_uid == uid:
                    remove(entry)
            except OSError:
                pass


def remove(path: Path) -> None:
    """Delete a file or a folder, read-only parts included."""
    if path.is_dir() and not path.is_symlink():
        for sub in [path, *path.rglob("*")]:
            if sub.is_dir() and not sub.is_symlink():
                sub.chmod(0o700)
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


async def run_notebook(
    nb: dict, folder: Path, uid: int | None, limits: Limits
) -> tuple[dict, set[int], list[str]]:
    """Run ``nb`` cell by cell in a sandboxed kernel in ``folder``: (executed notebook, indices of the
    cells that ran to the end, notes)."""
    node = nbformat.from_dict(nb)
    notes, ran = [], set()
    for attempt in range(1, START_ATTEMPTS + 1):
        started, failure = await _run_cells(node, folder, uid, limits, notes, ran)
        if started or failure is None:
            break
        if attempt == START_ATTEMPTS:
            notes.append(
                f"could not run: the kernel did not start ({START_ATTEMPTS} tries): {failure}"[:MAX_NOTE]
            )
    return nbformat.from_dict(node), ran, notes


async def _run_cells(
    node, folder: Path, uid: int | None, limits: Limits, notes: list[str], ran: set[int]
) -> tuple[bool, str | None]:
    """One try at running ``node`` in a new kernel: (whether the kernel started, why it did not).
    The kernel talks over Unix sockets in its own folder (no TCP port another process could take
    between choosing and binding it); what it prints on its own stderr is kept for the note."""
    python, packages = kernel_interpreter()
    km = SandboxKernelManager(
        prefix=kernel_prefix(uid, limits),
        env=kernel_env(folder, packages),
        uid=uid,
        python=python,
        kernel_name="python3",
        transport="ipc",
        ip=str(folder / "work" / "kernel"),
        connection_file=str(folder / "work" / "kernel.json"),
    )
    client = NotebookClient(
        node,
        km=km,
        timeout=limits.cell_timeout_s,
        allow_errors=True,
        shutdown_kernel="immediate",
        record_timing=False,
        resources={"metadata": {"path": str(folder / "work")}},
    )
    log = folder / "kernel.log"
    started = False
    loop = asyncio.get_running_loop()
    deadline = loop.time() + limits.notebook_timeout_s
    try:
        with log.open("wb") as stderr:
            async with client.async_setup_kernel(
                cwd=str(folder / "work"), stdout=subprocess.DEVNULL, stderr=stderr
            ):
                started = True
                for index, cell in enumerate(node.cells):
                    left = deadline - loop.time()
                    if left <= 0:
                        notes.append(
                            f"timeout: the notebook ran longer than {limits.notebook_timeout_s:g} s; "
                            f"cells from {index} on not run"
                        )
                        break
                    client.timeout = max(1, int(min(limits.cell_timeout_s, left)))
                    try:
                        await client.async_execute_cell(cell, index)
                        ran.add(index)
                    except CellTimeoutError:
                        where = ms.nbgrader(cell).get("grade_id", f"cell {index}")
                        notes.append(
                            f"timeout: {where} ran longer than {client.timeout} s; later cells not run"
                        )
                        break
    except DeadKernelError:
        if not started:
            return False, "it died at once" + _last_line(log)
        notes.append("the kernel died (memory or CPU limit, or the code ended it); later cells not run")
    except Exception as exc:  # a kernel that cannot start: tried again, then the notebook is not graded
        if not started:
            return False, f"{type(exc).__name__}: {exc}" + _last_line(log)
        notes.append(f"could not run: {type(exc).__name__}: {exc}"[:MAX_NOTE])
    finally:
        atexit.unregister(client._cleanup_kernel)  # registered by nbclient; stale if the start failed
        clean_up_after(uid)
    return True, None


def _last_line(log: Path) -> str:
    """``; it said: <the last line the kernel wrote on stderr>``, or nothing."""
    try:
        lines = [line for line in log.read_text(errors="replace").splitlines() if line.strip()]
    except OSError:
        lines = []
    return f"; it said: {lines[-1].strip()}" if lines else ""


async def grade_notebook(
    student: str, path: Path, sources: dict[str, dict], uid: int | None, limits: Limits, tmp: Path
) -> Result:
    """Read, identify, merge, run and score one submission; every failure becomes a note."""
    try:
        submitted = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(submitted, dict) or not isinstance(submitted.get("cells"), list):
            raise ValueError("no list of cells")
    except (ValueError, UnicodeDecodeError) as exc:
        return Result(student, None, notes=[f"{path.name}: not a readable notebook ({exc}): not graded"])
    assignment, note = identify(path, submitted, sources)
    result = Result(student, assignment, notes=[note] if note else [], renamed=note is not None)
    if assignment is None:
        return result
    merged, notes = merge(sources[assignment], submitted)
    result.notes += notes
    folder = Path(tempfile.mkdtemp(dir=tmp))
    try:
        prepare_folder(folder, uid)
        executed, ran, notes = await run_notebook(merged, folder, uid, limits)
    finally:
        remove(folder)
    result.notes += notes + [f"error in {e}" for e in errors_in(executed)]
    for index, cell in enumerate(executed["cells"]):
        meta = ms.nbgrader(cell)
        if meta.get("grade"):  # a check cell that did not run (timeout, dead kernel) scores 0
            points = score_cell(cell)
            result.points[meta["grade_id"]] = 0.0 if points is not None and index not in ran else points
    return result


async def grade_all(
    submissions: list[tuple[str, Path]], sources: dict[str, dict], limits: Limits, jobs: int = 2
) -> list[Result]:
    """Grade every submission, ``jobs`` kernels at a time, each in its own folder (and uid, as root)."""
    uids = free_uids(len(submissions)) if sandboxed() else [None] * len(submissions)
    gate = asyncio.Semaphore(max(1, jobs))
    with tempfile.TemporaryDirectory(prefix="deepseek-grade-") as tmp:
        Path(tmp).chmod(0o711)  # each kernel can reach its own folder, and list none

        async def one(item, uid):
            async with gate:
                return await grade_notebook(*item, sources, uid, limits, Path(tmp))

        return list(await asyncio.gather(*(one(s, u) for s, u in zip(submissions, uids))))


# ---- the table ------------------------------------------------------------------------------------


def columns(sources: dict[str, dict], assignments: list[str]) -> list[tuple[str, str, float]]:
    """(assignment, grade_id, points) of every graded cell of the assignments handed in, in order."""
    return [(a, row["grade_id"], row["points"]) for a in assignments for row in ms.questions_of(sources[a])]


def table(results: list[Result], sources: dict[str, dict]) -> tuple[list[str], list[dict]]:
    """(header, rows): one row per student, a column per question, totals, and notes."""
    assignments = [a for a in sources if any(r.assignment == a for r in results)]
    cols = columns(sources, assignments)
    header = (
        ["student"]
        + [f"{a}/{g}" for a, g, _ in cols]
        + [f"{a} total" for a in assignments]
        + ["total", "max", "notes"]
    )
    rows = {}
    # Under its own name a notebook counts over a renamed copy of the same assignment: it comes last.
    for r in sorted(results, key=lambda r: (r.student, not r.renamed)):
        row = rows.setdefault(r.student, {"student": r.student, "notes": []})
        prefix = f"{r.assignment}: " if r.assignment else ""
        row["notes"] += [prefix + n for n in r.notes]
        if r.assignment:
            if f"{r.assignment} total" in row:
                row["notes"].append(
                    f"{r.assignment}: handed in twice; the one named {r.assignment}.ipynb counts"
                )
            for gid, points in r.points.items():
                row[f"{r.assignment}/{gid}"] = "" if points is None else f"{points:g}"
            row[f"{r.assignment} total"] = f"{sum(p or 0 for p in r.points.values()):g}"
    out = []
    for row in rows.values():
        for a in assignments:
            row.setdefault(f"{a} total", "0")
            if not any(r.student == row["student"] and r.assignment == a for r in results):
                row["notes"].append(f"{a}: not handed in")
        row["total"] = f"{sum(float(row[f'{a} total']) for a in assignments):g}"
        row["max"] = f"{sum(p for _, _, p in cols):g}"
        row["notes"] = "; ".join(row["notes"]) or "ok"
        out.append({k: row.get(k, "") for k in header})
    return header, out


def write_csv(path: Path, header: list[str], rows: list[dict]) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=header)
        writer.writeheader()
        writer.writerows(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("submissions", type=Path)
    parser.add_argument("--source", type=Path, default=ROOT / "exercises")
    parser.add_argument("--out", type=Path, help="default: SUBMISSIONS/grades.csv")
    parser.add_argument("--jobs", type=int, default=2, help="kernels at a time (default 2)")
    parser.add_argument("--cell-timeout", type=float, default=Limits.cell_timeout_s)
    parser.add_argument(
        "--timeout", type=float, default=Limits.notebook_timeout_s, help="seconds for a whole notebook"
    )
    parser.add_argument("--memory-mb", type=int, default=Limits.memory_mb)
    args = parser.parse_args(argv)
    try:
        sources = load_sources(args.source)
        submissions = find_submissions(args.submissions)
    except ValueError as exc:
        print(f"grade: {exc}", file=sys.stderr)
        return 2
    if not submissions:
        print(f"grade: no notebook in {args.submissions}/<student>/", file=sys.stderr)
        return 2
    if sandboxed():
        args.submissions.chmod(args.submissions.stat().st_mode & 0o770)  # kernels cannot read it
        print(f"grade: {len(submissions)} notebooks, each kernel as its own user id, {args.jobs} at a time")
    else:
        print(
            "grade: WARNING: not root (or no setpriv): kernels run as you, with time and memory "
            "limits only; students' code could read or write what you can. Grade in a container or "
            "on the hub.",
            file=sys.stderr,
        )
    limits = Limits(
        cell_timeout_s=args.cell_timeout, notebook_timeout_s=args.timeout, memory_mb=args.memory_mb
    )
    results = asyncio.run(grade_all(submissions, sources, limits, args.jobs))
    header, rows = table(results, sources)
    out = args.out or args.submissions / "grades.csv"
    write_csv(out, header, rows)
    flagged = sum(r["notes"] != "ok" for r in rows)
    print(f"grade: {len(rows)} students → {out} ({flagged} with notes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
