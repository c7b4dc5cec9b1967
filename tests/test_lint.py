"""The code base stays ruff clean and its type hints hold under ``mypy --strict`` (both come
with the test extra; mypy reads its settings from pyproject.toml). A missing tool fails the
test with the command that installs it: a lint test that skips itself proves nothing."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


INSTALL = "python3 -m pip install -e '.[test]'"


def test_ruff_check_passes() -> None:
    ruff = shutil.which("ruff")
    assert ruff is not None, f"ruff is not installed: {INSTALL}"
    result = subprocess.run(
        [ruff, "check", "src", "tests", "benchmarks"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_passes() -> None:
    assert importlib.util.find_spec("mypy") is not None, f"mypy is not installed: {INSTALL}"
    result = subprocess.run(
        [sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
