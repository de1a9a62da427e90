"""Every example in the library's docstrings runs and prints what it says (doctest, module by module)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import deepseek_shock

MODULES = sorted(m.name for m in pkgutil.iter_modules(deepseek_shock.__path__, "deepseek_shock."))


@pytest.mark.parametrize("name", MODULES)
def test_the_modules_examples_run(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{name}: {result.failed} of {result.attempted} examples failed"
