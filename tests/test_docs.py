"""The documentation site builds with ``mkdocs build --strict``; generated pages cover the code."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

import newsclean

ROOT = Path(__file__).resolve().parent.parent


def need(module: str) -> None:
    """Skip without the docs extra, except in CI, which installs it and must build the docs."""
    if os.environ.get("CI"):
        importlib.import_module(module)
    else:
        pytest.importorskip(module)


def load_hooks() -> ModuleType:
    need("mkdocs")
    spec = importlib.util.spec_from_file_location("docs_hooks", ROOT / "docs" / "hooks.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_rule_catalogue_has_every_rule_and_its_safety() -> None:
    page = load_hooks().rules_page()
    for rule in newsclean.all_rules():
        assert f"\n## {rule.code}\n" in page
        assert rule.summary.replace("|", "\\|") in page
    assert "| unsafe |" in page and "| safe |" in page


def test_before_after_page_shows_the_seed_cleaned() -> None:
    page = load_hooks().before_after_page()
    assert "General news" in page and "| B106 |" in page


def test_benchmark_chart_has_a_bar_per_system() -> None:
    hooks = load_hooks()
    svg = hooks.bar_chart([("a", 0.5), ("newsclean", 0.9)])
    assert svg.count("<rect") == 2 and "0.900" in svg
    assert "trafilatura(html)" in hooks.benchmarks_page()


@pytest.mark.slow
def test_mkdocs_build_strict(tmp_path: Path) -> None:
    need("mkdocs")
    need("mkdocstrings")
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, check=False, env=env, timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert (tmp_path / "rules" / "index.html").exists()
    assert (tmp_path / "api" / "index.html").exists()


@pytest.mark.parametrize("rule", newsclean.all_rules(), ids=lambda rule: rule.code)
def test_every_rules_examples_run_as_explain_prints_them(rule: newsclean.Rule) -> None:
    # A user copies the examples `newsclean explain CODE` shows into a fresh interpreter:
    # each must import what it uses, and the text must come out as written.
    import doctest

    from newsclean.cli.parser import _plain

    test = doctest.DocTestParser().get_doctest(_plain(rule.doc), {}, rule.code, None, 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test, out=lambda _: None)
    assert runner.failures == 0, f"{rule.code}: {runner.failures} of {runner.tries} fail"
