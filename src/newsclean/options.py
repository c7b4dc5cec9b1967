"""Options: the one immutable settings object every stage reads.

Callers never touch globals: they pass keyword options to :func:`newsclean.clean` or build an
:class:`Options` and override fields with :meth:`Options.replace`.

>>> Options().uncurl_quotes
False
>>> Options.from_kwargs(ignore=["P1"], keep=["embed"]).ignore
('P1',)
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal

__all__ = ["Options"]

Normalization = Literal["NFC", "NFD", "none", None]
InputFormat = Literal["text", "markdown"]


def _codes(value: str | Iterable[str], setting: str) -> tuple[str, ...]:
    """Codes, prefixes or rule names (a list, or one comma-separated string) as codes;
    ``ValueError`` for one that matches no rule."""
    from .registry import resolve_selection  # the rules register when first asked for

    return resolve_selection(_strings(value, setting, "rule codes"), setting)


def _strings(value: object, setting: str, what: str) -> list[str]:
    """A setting's list of strings, given as a list or one comma-separated string;
    ``TypeError`` for anything else (``ignore=5``, ``keep=None``).

    >>> _strings("P1,U", "ignore", "rule codes"), _strings(("embed",), "keep", "kinds")
    (['P1', 'U'], ['embed'])
    >>> _strings(["P1", 5], "ignore", "rule codes")
    Traceback (most recent call last):
    TypeError: ignore takes rule codes, as a list of strings or one comma-separated string, not a list with int (5)
    """
    if isinstance(value, str):
        return value.split(",")
    wanted = f"{setting} takes {what}, as a list of strings or one comma-separated string"
    if isinstance(value, (bytes, bytearray)) or not isinstance(value, Iterable):
        raise TypeError(f"{wanted}, not {_shown(value)}")  # bytes: not a list of numbers
    items = list(value)
    for item in items:
        if not isinstance(item, str):  # the item, not the list (made a tuple already)
            raise TypeError(f"{wanted}, not a list with {_shown(item)}")
    return items


def _shown(value: object) -> str:
    """A wrong value as an error message names it: its type, and the value where short.

    >>> _shown(5), _shown(None), _shown([1, "P1"])
    ('int (5)', 'None', "list ([1, 'P1'])")
    """
    if value is None:
        return "None"
    text = repr(value)
    return type(value).__name__ + (f" ({text})" if len(text) <= 40 else "")


@dataclass(frozen=True)
class Options:
    """Every setting of a newsclean run, with safe defaults.

    Attributes:
        select: rule codes or code prefixes to run (``"P"``, ``"P101"``); ``("ALL",)`` by
            default.
        ignore: codes or prefixes not to run; where select and ignore both match a
            code, the more specific (longer) one wins, and ignore a tie (see
            :meth:`enabled`).
        extend_select: codes added to ``select`` (useful when a config file sets ``select``).
        keep: boilerplate kinds (labels such as ``"embed"`` or ``"donation"``, or ``"all"``)
            that stay in the clean text; they are still labelled in :func:`newsclean.analyze`.
        uncurl_quotes: turn typographic quotes into ASCII ones (off: quotes are kept).
        normalization: Unicode normalization form applied to repaired text: ``"NFC"`` (the
            default, safe for every script), ``"NFD"``, or ``None`` (also spelt ``"none"``, as
            on the command line and in configuration files) for none. Width-folding forms
            such as NFKC are not offered because they damage CJK text.
        input_format: ``"text"`` (the default) or ``"markdown"``: Markdown is read with a
            CommonMark parser; code, front matter, tables, HTML, link targets and inline code
            are never changed or scored, and the clean text is Markdown again.
    """

    # Given as a list or tuple of strings, or one comma-separated string; a tuple (a frozen
    # set for ``keep``) once made.
    select: Collection[str] = ("ALL",)
    ignore: Collection[str] = ()
    extend_select: Collection[str] = ()
    keep: Collection[str] = field(default_factory=frozenset)
    uncurl_quotes: bool = False
    normalization: Normalization = "NFC"
    input_format: InputFormat = "text"

    def __post_init__(self) -> None:
        from .registry import check_kinds

        if not isinstance(self.select, (str, bytes, bytearray)) and isinstance(
            self.select, Iterable
        ):
            object.__setattr__(self, "select", tuple(self.select))  # read once (an iterator)
        chosen = _strings(self.select, "select", "rule codes")
        if (isinstance(self.select, str) or chosen) and not "".join(chosen).strip():
            # An empty string (an unset environment variable, or one split at its commas:
            # [""]) would turn every rule off.
            raise ValueError(f"select: no rule codes in {self.select!r}; give codes or "
                             f"prefixes (ALL: every rule), or an empty list to run none")
        for name in ("select", "ignore", "extend_select"):
            object.__setattr__(self, name, _codes(getattr(self, name), name.replace("_", "-")))
        keep = _strings(self.keep, "keep", "boilerplate kinds")
        if not isinstance(self.uncurl_quotes, bool):
            raise TypeError(
                f"uncurl_quotes must be True or False, not {_shown(self.uncurl_quotes)}"
            )
        kinds = frozenset(k.strip().lower() for k in keep if k.strip())
        if kinds:
            check_kinds(sorted(kinds))
        object.__setattr__(self, "keep", kinds)
        if self.input_format not in ("text", "markdown"):
            raise ValueError(
                f"input_format must be 'text' or 'markdown', not {self.input_format!r}"
            )
        if self.normalization == "none":
            object.__setattr__(self, "normalization", None)  # the command line's spelling
        if self.normalization not in ("NFC", "NFD", None):
            raise ValueError(
                f"normalization must be 'NFC', 'NFD' or None ('none'), "
                f"not {self.normalization!r}"
            )

    @classmethod
    def from_kwargs(cls, options: Options | None = None, **kwargs: Any) -> Options:
        """Build options from keyword arguments, with a clear error for unknown names."""
        if options is not None and not isinstance(options, Options):
            raise TypeError(
                f"options must be an Options, not {_shown(options)}; give settings as keyword "
                f"arguments (clean(text, ignore=['P1'])) or as Options(...)"
            )
        # A class is hashable (typeshed's Hashable check looks at its instances' __hash__).
        base = options if options is not None else _defaults(cls)  # type: ignore[arg-type]
        if not kwargs:
            return base
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(kwargs) - known)
        if unknown:
            raise TypeError(
                f"unknown option(s) {', '.join(unknown)}; known options: {', '.join(sorted(known))}"
            )
        return dataclasses.replace(base, **kwargs)

    def replace(self, **kwargs: Any) -> Options:
        """A copy with some fields changed."""
        return Options.from_kwargs(self, **kwargs)

    def enabled(self, code: str) -> bool:
        """Whether the rule ``code`` runs under ``select``/``extend_select``/``ignore``.

        The most specific matching prefix wins, as in ruff: ``select=["P"], ignore=["P1"]``
        turns off ``P101`` but ``select=["P101"], ignore=["P"]`` keeps it.

        >>> Options(ignore=("P1",)).enabled("P101"), Options(ignore=("P1",)).enabled("U101")
        (False, True)
        >>> Options(select=("P101",), ignore=("P",)).enabled("P101")
        True
        """
        # Tuples once made (see __post_init__): tuple() returns each as it is.
        return _enabled(tuple(self.select) + tuple(self.extend_select), tuple(self.ignore), code)


@lru_cache(maxsize=4)
def _defaults(cls: type[Options]) -> Options:
    """The default options of ``cls``, made once (they are immutable: every call may share
    them)."""
    return cls()


@lru_cache(maxsize=4096)
def _enabled(select: tuple[str, ...], ignore: tuple[str, ...], code: str) -> bool:
    """:meth:`Options.enabled`, computed once per selection and code."""
    best_select = max(
        (len(p) if p != "ALL" else 0 for p in select if p == "ALL" or code.startswith(p)),
        default=-1,
    )
    best_ignore = max(
        (len(p) if p != "ALL" else 0 for p in ignore if p == "ALL" or code.startswith(p)),
        default=-1,
    )
    return best_select > best_ignore  # equal specificity: ignore wins
