"""The benchmark metric, ``benchmarks/scoring.py``, loaded for the tests (it is not part of
the package: it measures newsclean, it does not run in it)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

PATH = Path(__file__).resolve().parent.parent / "benchmarks" / "scoring.py"


def load() -> ModuleType:
    """``benchmarks/scoring.py`` as a module (loaded once)."""
    name = "newsclean_benchmark_scoring"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
