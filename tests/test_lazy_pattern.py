"""Patterns compiled when first used: the same pattern as ``regex.compile`` gives, at once."""

from __future__ import annotations

import copy
import importlib
import pickle
import pkgutil

import pytest
import regex

import newsclean
from newsclean.lazy_pattern import CompiledPattern, LazyPattern, PatternSource, lazy_compile


def _package_lazy_patterns() -> list[tuple[str, PatternSource]]:
    """Every lazy pattern a module of the package defines, by module and name."""
    found = []
    for info in pkgutil.walk_packages(newsclean.__path__, "newsclean."):
        if info.name.endswith("__main__") or info.name == "newsclean.dask":
            continue  # (runs the tool / imports dask, slowly: neither defines a pattern)
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, PatternSource):
                found.append((f"{info.name}.{name}", value))
    return found


PACKAGE_PATTERNS = _package_lazy_patterns()


def test_the_lexicon_is_compiled_lazily() -> None:
    names = {name for name, _ in PACKAGE_PATTERNS}
    assert "newsclean.lexicon.lists.RELATED_RE" in names
    assert len(names) > 40


@pytest.mark.parametrize(
    "pattern", [p for _, p in PACKAGE_PATTERNS], ids=[n for n, _ in PACKAGE_PATTERNS]
)
def test_flags_are_those_compiling_reports(pattern: PatternSource) -> None:
    # What the literal analysis and the MULTILINE variants read before compiling.
    compiled = regex.compile(pattern.pattern, pattern.given_flags)
    assert pattern.flags == compiled.flags


def test_it_matches_as_the_compiled_pattern_and_binds_its_methods() -> None:
    source, flags = r"\bread (?:more|on)\b", regex.IGNORECASE | regex.VERSION1
    lazy, compiled = lazy_compile(source, flags), regex.compile(source, flags)
    text = "Read on. READ MORE below; bread more"
    assert type(lazy) is LazyPattern
    assert lazy.findall(text) == compiled.findall(text) == ["Read on", "READ MORE"]
    assert type(lazy) is CompiledPattern and not hasattr(CompiledPattern, "__getattr__")
    assert lazy.search.__self__ is lazy.findall.__self__  # (one compiled pattern's)
    with pytest.raises(AttributeError):
        lazy.no_such_attribute
    assert lazy.sub("x", text) == compiled.sub("x", text)
    assert lazy.pattern == compiled.pattern


def test_it_pickles_and_copies_as_its_source_and_flags() -> None:
    lazy = lazy_compile(r"^\W*advertisement\W*$", regex.IGNORECASE)
    for other in (pickle.loads(pickle.dumps(lazy)), copy.copy(lazy), copy.deepcopy(lazy)):
        assert (other.pattern, other.flags) == (lazy.pattern, lazy.flags)
        assert other.match("— ADVERTISEMENT —") is not None
    lazy.search("")  # compiled: still pickles as its source
    assert pickle.loads(pickle.dumps(lazy)).search("Advertisement") is not None


def test_a_flag_set_inside_the_source_is_compiled_at_once() -> None:
    assert isinstance(lazy_compile("(?i)share"), regex.Pattern)
    assert isinstance(lazy_compile("(?i:share) this"), LazyPattern)


def test_an_invalid_pattern_fails_when_first_used() -> None:
    lazy = lazy_compile("(unclosed")
    with pytest.raises(regex.error):
        lazy.search("text")
