"""The library's shape: modules in layers, each importing only from the layers below it; no import cycle;
no import inside a function, apart from the listed exceptions.

The layers are written once, in CONTRIBUTING.md ("Module layers"); this test reads them from there, so
the guide and the code cannot drift apart. Imports are read with ``ast``, without importing anything.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "deepseek_shock"

#: Imports allowed inside a function, as (module, imported top-level package): scikit-learn takes about as
#: long to import as the whole course library, and only chapter 5's experiment needs it (threadpoolctl
#: comes with it). Imported at the top, it would slow every notebook, test and `import deepseek_shock`.
#: test_the_package_does_not_import_scikit_learn checks that the reason still holds.
INNER_IMPORT_EXCEPTIONS = {("distill", "sklearn"), ("distill", "threadpoolctl")}


def _modules() -> dict[str, ast.Module]:
    return {
        path.stem: ast.parse(path.read_text(encoding="utf-8"), str(path))
        for path in sorted(PACKAGE.glob("*.py"))
    }


def _course_imports(tree: ast.Module) -> set[str]:
    """The course modules ``tree`` imports:
    ``from . import x``, ``from .x import y``, ``import deepseek_shock.x``."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level == 1 or module.startswith("deepseek_shock"):
                module = module.removeprefix("deepseek_shock").lstrip(".")
                found.update([module.split(".")[0]] if module else [alias.name for alias in node.names])
        elif isinstance(node, ast.Import):
            found.update(
                alias.name.split(".")[1] for alias in node.names if alias.name.startswith("deepseek_shock.")
            )
    return found


def _layers() -> list[set[str]]:
    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    section = re.search(r"^## Module layers\n(.*?)(?=^## )", text, flags=re.M | re.S)
    assert section, "CONTRIBUTING.md has no '## Module layers' section"
    layers = [
        set(re.findall(r"`([a-z_][a-z0-9_]*)`", line.split(":", 1)[1]))
        for line in section.group(1).splitlines()
        if re.match(r"\d+\. ", line)
    ]
    assert layers, "the 'Module layers' section lists no numbered layers"
    return layers


def test_every_module_is_in_exactly_one_layer():
    placed = [name for layer in _layers() for name in layer]
    assert sorted(placed) == sorted(_modules()), "CONTRIBUTING.md's layers and src/deepseek_shock differ"


def test_every_module_imports_only_from_layers_below_it():
    level = {name: i for i, layer in enumerate(_layers()) for name in layer}
    upward = [
        f"{name} (layer {level[name] + 1}) imports {dep} (layer {level[dep] + 1})"
        for name, tree in _modules().items()
        for dep in sorted(_course_imports(tree))
        if level[dep] >= level[name]
    ]
    assert not upward, "imports that do not go down a layer:\n" + "\n".join(upward)


def test_there_is_no_import_cycle():
    graph = {name: _course_imports(tree) for name, tree in _modules().items()}
    state: dict[str, str] = {}

    def visit(node: str, path: list[str]) -> None:
        state[node] = "open"
        for dep in sorted(graph[node]):
            if state.get(dep) == "open":
                pytest.fail("import cycle: " + " → ".join(path[path.index(dep) :] + [dep]))
            if dep not in state:
                visit(dep, path + [dep])
        state[node] = "done"

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])


def test_no_import_inside_a_function_except_the_listed_ones():
    found = set()
    for name, tree in _modules().items():
        for function in ast.walk(tree):
            if isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                for node in ast.walk(function):
                    if isinstance(node, ast.Import):
                        found.update((name, alias.name.split(".")[0]) for alias in node.names)
                    elif isinstance(node, ast.ImportFrom):
                        found.add((name, "." if node.level else (node.module or "").split(".")[0]))
    assert found == INNER_IMPORT_EXCEPTIONS, (
        f"imports inside functions: not allowed {sorted(found - INNER_IMPORT_EXCEPTIONS)}, "
        f"listed but gone {sorted(INNER_IMPORT_EXCEPTIONS - found)}"
    )


def test_the_package_does_not_import_scikit_learn():
    code = (
        "import sys, deepseek_shock; "
        "print(sorted(m for m in ('sklearn', 'threadpoolctl') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_every_public_function_has_type_hints():
    bare = []
    for name, tree in _modules().items():
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
                a = node.args
                params = a.posonlyargs + a.args + a.kwonlyargs + [p for p in (a.vararg, a.kwarg) if p]
                missing = [p.arg for p in params if p.annotation is None]
                missing += [] if node.returns else ["return"]
                if missing:
                    bare.append(f"{name}.{node.name}: {', '.join(missing)}")
    assert not bare, "public functions without type hints:\n" + "\n".join(bare)
