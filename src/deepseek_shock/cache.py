"""A disk cache for the course's slow, pure computations (chapter 5 trains networks; the static sliders
render frames).

``@cached`` stores a function's result under a key that is the SHA-256 of everything it depends on:
the source of the module that defines it and of every course module that one imports, directly or not
(a figure's frames change with ``style`` or ``strings_fr``), the function's name, its arguments (bound to
its signature, defaults included, pickled), the kernel's language (``i18n.language()``) and the
versions of Python, numpy, pandas, scikit-learn, matplotlib, Pillow and Babel. A change to the code, the
data passed in, the language or a library recomputes the result; nothing else does. A cached result is the
very object the function returned, pickled, so it is identical (``DataFrame.equals``) to a fresh one.

Where: ``_build/.cache/results/`` in the course's folder (``make clean`` empties it), or the folder
named by ``DEEPSEEK_SHOCK_CACHE``; ``DEEPSEEK_SHOCK_CACHE=off`` turns the cache off. Writes are atomic
(a temporary file, then a rename), so notebooks running side by side can share it.
"""

from __future__ import annotations

import ast
import functools
import hashlib
import inspect
import os
import pickle
import platform
import sys
import tempfile
from collections.abc import Callable
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from . import i18n

__all__ = ["cached", "cache_dir", "cache_key"]

_LIBRARIES = ("numpy", "pandas", "scikit-learn", "matplotlib", "pillow", "babel")


def cache_dir() -> Path | None:
    """The cache's folder, or ``None`` when the cache is off."""
    setting = os.environ.get("DEEPSEEK_SHOCK_CACHE", "")
    if setting.lower() in ("off", "0", "no"):
        return None
    if setting:
        return Path(setting)
    return Path(__file__).resolve().parents[2] / "_build" / ".cache" / "results"


def _versions() -> str:
    found = []
    for name in _LIBRARIES:
        try:
            found.append(f"{name}=={version(name)}")
        except PackageNotFoundError:
            found.append(f"{name} missing")
    return f"python {platform.python_version()}; " + "; ".join(found)


@functools.cache
def _module_source(module_name: str) -> bytes:
    return Path(inspect.getfile(sys.modules[module_name])).read_bytes()


def course_modules(module_name: str) -> list[str]:
    """``module_name`` and every module of its package that it imports, directly or not, sorted
    (read from the ``import`` statements of their source).

    >>> course_modules("deepseek_shock.i18n")
    ['deepseek_shock.i18n', 'deepseek_shock.strings_fr']
    """
    package = module_name.partition(".")[0]
    found, waiting = set(), [module_name]
    while waiting:
        name = waiting.pop()
        inside = name == package or name.startswith(package + ".")
        if name in found or not inside or name not in sys.modules:
            continue
        found.add(name)
        for node in ast.walk(ast.parse(_module_source(name))):
            if isinstance(node, ast.Import):
                waiting += [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = package if node.level else (node.module or "")
                base = f"{base}.{node.module}" if node.level and node.module else base
                # "from . import style" names modules; "from .i18n import tr" names one
                waiting += [f"{base}.{alias.name}" for alias in node.names]
                waiting += [base] if base != package else []
    return sorted(found)


def cache_key(fn: Callable, *args: object, **kwargs: object) -> str:
    """The hex SHA-256 under which ``fn(*args, **kwargs)`` is cached."""
    bound = inspect.signature(fn).bind(*args, **kwargs)
    bound.apply_defaults()
    digest = hashlib.sha256()
    for name in course_modules(fn.__module__):
        digest.update(name.encode() + b"\0" + _module_source(name))
    digest.update(f"\0{fn.__module__}.{fn.__qualname__}\0{_versions()}\0{i18n.language()}\0".encode())
    for name, value in bound.arguments.items():
        digest.update(name.encode() + b"\0")
        digest.update(pickle.dumps(list(value) if isinstance(value, range) else value, protocol=5))
    return digest.hexdigest()


def cached(fn: Callable) -> Callable:
    """Decorate a pure function whose arguments and result pickle: its results are kept on disk."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        folder = cache_dir()
        if folder is None:
            return fn(*args, **kwargs)
        path = folder / f"{fn.__qualname__}-{cache_key(fn, *args, **kwargs)}.pickle"
        try:
            return pickle.loads(path.read_bytes())
        except (FileNotFoundError, EOFError, pickle.UnpicklingError, AttributeError, ImportError):
            pass
        result = fn(*args, **kwargs)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=folder, delete=False, suffix=".tmp") as handle:
                pickle.dump(result, handle, protocol=5)
            os.replace(handle.name, path)
        except OSError:  # a read-only install: compute every time rather than fail
            pass
        return result

    wrapper.uncached = fn
    return wrapper
