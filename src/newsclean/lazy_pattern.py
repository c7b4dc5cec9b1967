"""Patterns defined at import and compiled when first used.

The lexicon's phrase patterns are large case-insensitive alternations: compiling them all
takes a third of a second, which every command-line or pre-commit run would pay at import,
while a page uses a quarter of them at the median (the search runs a pattern only where the
page holds one of its literals: see :mod:`newsclean.search`). :func:`lazy_compile` defines such
a pattern (its source and flags, all that the literal analysis of
:mod:`newsclean.prefilter` reads) and compiles it the first time it is used; from then on
each of its methods is an attribute of the object itself, and a call costs about what a call
on the compiled pattern costs (a method read from the object: some 40 ns more).
"""

from __future__ import annotations

from typing import Any, cast

import regex

from .prefilter import GLOBAL_FLAG_RE

__all__ = ["CompiledPattern", "LazyPattern", "PatternSource", "lazy_compile"]

#: The attributes of a compiled pattern that :class:`LazyPattern` sets when it compiles:
#: its methods and the like (``groupindex``); not ``pattern`` and ``flags``, which it has.
_METHODS = tuple(
    name for name in dir(regex.compile("")) if not name.startswith("_")
    and name not in ("pattern", "flags")
)


class PatternSource:
    """A pattern's source and flags: what :class:`LazyPattern` and :class:`CompiledPattern`
    share. ``flags`` are those the compiled pattern reports (the defaults ``regex`` adds,
    such as the Unicode flag of a text pattern, included), known without compiling. Slots
    hold them and, once compiled, the pattern's methods (no dictionary for each pattern)."""

    __slots__ = ("pattern", "given_flags", "flags", "__weakref__", *_METHODS)

    def __init__(self, source: str, flags: int = 0) -> None:
        self.pattern = source
        self.given_flags = flags
        # (the flags of an empty pattern compiled with them: what regex adds by default)
        self.flags: int = regex.compile("", flags).flags

    def __reduce__(self) -> tuple[Any, ...]:
        return lazy_compile, (self.pattern, self.given_flags)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {regex.RegexFlag(self.given_flags)!r})"


class LazyPattern(PatternSource):
    """A pattern not compiled yet: compiled at the first use of anything but its source.

    Then every attribute of the compiled pattern is set on the object, which becomes a
    :class:`CompiledPattern`, a class without ``__getattr__``: its attributes are then
    found as fast as any object's (a class with ``__getattr__`` takes a slower path for
    every attribute, found or not).

    >>> p = LazyPattern(r"\\bshare\\b", regex.IGNORECASE)
    >>> p.flags == regex.compile(r"\\bshare\\b", regex.IGNORECASE).flags
    True
    >>> p.search("Share this").group(), type(p).__name__
    ('Share', 'CompiledPattern')
    """

    __slots__ = ()

    def __getattr__(self, name: str) -> Any:
        """Compile, then the compiled pattern's attribute ``name`` (called only for a name
        not found on the object)."""
        if name.startswith("__"):
            raise AttributeError(name)  # (copy and pickle ask before __init__ has run)
        compiled = regex.compile(self.pattern, self.given_flags)
        for attribute in _METHODS:
            setattr(self, attribute, getattr(compiled, attribute))
        self.__class__ = CompiledPattern  # type: ignore[assignment]  # (the same slots)
        return getattr(compiled, name)


class CompiledPattern(PatternSource):
    """A :class:`LazyPattern` once compiled: the compiled pattern's attributes are its own."""

    __slots__ = ()


def lazy_compile(source: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile(source, flags)``, compiled when first used (see :class:`LazyPattern`);
    a source that sets a flag inside it for the whole pattern (``(?i)...``) is compiled at
    once, since its flags are known only then.

    >>> p = lazy_compile(r"^\\W*read more\\W*$", regex.IGNORECASE | regex.VERSION1)
    >>> bool(p.match("READ MORE »")), p.pattern
    (True, '^\\\\W*read more\\\\W*$')
    >>> type(lazy_compile("(?i)a")).__name__
    'Pattern'
    """
    if GLOBAL_FLAG_RE.search(source):  # (see newsclean.prefilter)
        return regex.compile(source, flags)
    return cast("regex.Pattern[str]", LazyPattern(source, flags))
