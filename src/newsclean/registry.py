"""The rule registry: every rule's code, name, group, safety and documentation.

A rule is a plain function registered with :func:`text_rule` or :func:`block_rule`. Its
docstring is its documentation: the first paragraph is the summary shown by ``newsclean rules``,
the rest (with examples that run as doctests) is what ``newsclean explain CODE`` prints.

Text rules find replacements in a text; block rules label blocks. Codes are stable: a letter
for the group and three digits, like ruff's.

>>> get_rule("P101").name
'doubled-terminal-punctuation'
>>> [r.code for r in rules_in_stage("normalize")][:2]
['W101', 'M101']
"""

from __future__ import annotations

import difflib
import inspect
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import Enum
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Literal, Union

import regex

if TYPE_CHECKING:
    from .context import BlockContext, TextContext
    from .options import Options

__all__ = [
    "EVERY_BLOCK",
    "GROUPS",
    "Role",
    "Rule",
    "Stage",
    "all_rules",
    "apply_rule",
    "block_rule",
    "enabled_rules",
    "get_rule",
    "rules_in_stage",
    "text_rule",
]

#: Stages in pipeline order. ``normalize`` and ``repair`` rules rewrite text; ``evidence``,
#: ``context`` and ``structure`` rules label blocks.
Stage = Literal["normalize", "evidence", "context", "structure", "repair"]
STAGES: tuple[Stage, ...] = ("normalize", "evidence", "context", "structure", "repair")

#: Group letter of a code and what the group covers.
GROUPS = {
    "U": "unicode",
    "W": "whitespace",
    "M": "markup",
    "P": "punctuation",
    "H": "heading-fragments",
    "B": "boilerplate",
    "S": "structure",
}

class Role(str, Enum):
    """What a block rule's label means for the page around it (declared with the rule).

    The article region (:mod:`newsclean.region`) and the page-region rules read a labelled
    block by its role, never by its label's spelling:

    * ``article``: the article's own blocks (title, paragraph, list item...);
    * ``inline``: boilerplate that can stand inside an article (an advert marker, a prompt,
      an embedded post, a caption, a byline): removed where it stands, and the article runs
      across it;
    * ``furniture``: page furniture that never belongs to an article (a related list, a
      footer, a menu, a consent notice): it counts against the article run by the rule's
      ``region_score``, and a part of the page beyond the article that holds it is page text;
      where the rule declares a ``notice`` pattern, a block of it whose text that pattern
      finds (a dated copyright notice, a line of tags; any comment prompt:
      :data:`EVERY_BLOCK`) ends the article run unless more article follows it before the
      next furniture (see :func:`newsclean.region.find_region`);
    * ``barrier``: a part of the page the article never runs across (a comment section).
    """

    ARTICLE = "article"
    INLINE = "inline"
    FURNITURE = "furniture"
    BARRIER = "barrier"


#: A text rule yields ``(start, end, replacement)`` triples on the text it is given.
Finding = tuple[int, int, str]
TextRuleFunc = Callable[[str, "TextContext"], Iterable[Finding]]
#: A block rule yields ``(block_index, reason)`` for every block it labels.
BlockRuleFunc = Callable[["BlockContext"], Iterable[tuple[int, str]]]


#: The ``notice`` pattern of a rule every block of which is a page's notice (a comment
#: prompt: ``Leave a Reply``, a comment form's lines).
EVERY_BLOCK = regex.compile("")


@dataclass(frozen=True, eq=False)
class Rule:
    """A registered rule and its metadata."""

    code: str
    name: str
    stage: Stage
    safe: bool
    label: str | None
    func: Union[TextRuleFunc, BlockRuleFunc]  # noqa: UP007 - runtime alias in 3.10
    priority: int = 100
    #: What the label means for the page (block rules; see :class:`Role`).
    role: Role = Role.ARTICLE
    #: How much a block with this label counts against the article run (furniture only).
    region_score: float = 0.0
    #: Whether a block with this label shows the document is a whole page, not an extracted
    #: article (then the rules whose evidence is weak alone, bylines and captions, run).
    marks_page: bool = False
    #: What in a furniture block's text makes it a page's notice (a dated copyright notice),
    #: which ends the article run unless more article follows it; None: nothing does.
    notice: regex.Pattern[str] | None = None

    @property
    def group(self) -> str:
        """The group name, from the code's letter (``P`` -> ``punctuation``)."""
        return GROUPS[self.code[0]]

    @cached_property
    def doc(self) -> str:
        """The whole documentation, from the function's docstring."""
        return inspect.cleandoc(self.func.__doc__ or "")

    @property
    def summary(self) -> str:
        """The documentation's first paragraph, on one line: a summary sentence that the
        docstring wraps stays whole.

        >>> get_rule("B209").summary.endswith("the name on a line of its own, the biography).")
        True
        """
        return " ".join(self.doc.split("\n\n", 1)[0].split())

    @property
    def is_text_rule(self) -> bool:
        """Whether the rule rewrites text (rather than labelling blocks)."""
        return self.stage in ("normalize", "repair")


_REGISTRY: dict[str, Rule] = {}


def _register(rule: Rule) -> None:
    if rule.code in _REGISTRY:
        raise ValueError(f"duplicate rule code {rule.code}")
    if rule.code[0] not in GROUPS or not rule.code[1:].isdigit() or len(rule.code) != 4:
        raise ValueError(f"bad rule code {rule.code!r}: a group letter and three digits")
    if not (rule.func.__doc__ or "").strip():
        raise ValueError(f"rule {rule.code} has no docstring: the docstring is its documentation")
    other = next((r for r in _REGISTRY.values() if r.label is not None and r.label == rule.label
                  and r.role is not rule.role), None)
    if other is not None:
        raise ValueError(
            f"rule {rule.code} gives the label {rule.label!r} the role {rule.role.value}, "
            f"rule {other.code} the role {other.role.value}: a label has one role"
        )
    _REGISTRY[rule.code] = rule


def text_rule(
    code: str,
    name: str,
    *,
    stage: Literal["normalize", "repair"],
    safe: bool = True,
    priority: int = 100,
) -> Callable[[TextRuleFunc], TextRuleFunc]:
    """Register a function as a text rule (decorator); lower ``priority`` runs first."""

    def register(func: TextRuleFunc) -> TextRuleFunc:
        _register(Rule(code, name, stage, safe, None, func, priority))
        return func

    return register


def block_rule(
    code: str,
    name: str,
    *,
    stage: Literal["evidence", "context", "structure"],
    label: str,
    role: Role,
    safe: bool = False,
    priority: int = 100,
    region_score: float = 0.0,
    marks_page: bool | None = None,
    notice: regex.Pattern[str] | None = None,
) -> Callable[[BlockRuleFunc], BlockRuleFunc]:
    """Register a function as a block rule giving ``label`` (decorator).

    ``role`` says what the label means for the page (see :class:`Role`); ``region_score``
    how much a furniture block counts against the article run; ``marks_page`` whether the
    label shows a whole page (by default: every role but ``article``); ``notice`` what in
    a furniture block's text makes it a page's notice.
    """
    if region_score and role is not Role.FURNITURE:
        raise ValueError(f"rule {code}: only furniture has a region score")
    if notice is not None and role is not Role.FURNITURE:
        raise ValueError(f"rule {code}: only furniture has a notice pattern")
    page = role is not Role.ARTICLE if marks_page is None else marks_page

    def register(func: BlockRuleFunc) -> BlockRuleFunc:
        _register(Rule(code, name, stage, safe, label, func, priority, role, region_score, page,
                       notice))
        return func

    return register


_loaded = False


def _load() -> None:
    # Importing the rule modules registers them. (Once: an import statement that finds the
    # module loaded still costs a lookup through the import system, several times a
    # document.)
    global _loaded
    if not _loaded:
        from . import rules  # noqa: F401

        _loaded = True


def all_rules() -> list[Rule]:
    """Every rule, in pipeline order (stage, then priority, then code)."""
    _load()
    return list(_ordered(len(_REGISTRY)))


def rules_in_stage(stage: Stage) -> list[Rule]:
    """The rules of one stage, in the order they run."""
    _load()
    return list(_in_stage(stage, len(_REGISTRY)))


def enabled_rules(stage: Stage, options: Options) -> tuple[Rule, ...]:
    """The rules of one stage that ``options`` turn on, in the order they run (chosen once
    per stage and options, not per document).

    >>> from newsclean.options import Options
    >>> [r.code for r in enabled_rules("repair", Options())]
    ['P103', 'P102', 'P101', 'W201']
    >>> [r.code for r in enabled_rules("repair", Options(ignore=("P1",)))]
    ['W201']
    """
    _load()
    return _enabled_in_stage(stage, options, len(_REGISTRY))


@lru_cache(maxsize=256)
def _enabled_in_stage(stage: Stage, options: Options, size: int) -> tuple[Rule, ...]:
    return tuple(r for r in _in_stage(stage, size) if options.enabled(r.code))


@lru_cache(maxsize=8)
def _ordered(size: int) -> tuple[Rule, ...]:
    """The registry in pipeline order, sorted once per registry size (rules are only ever
    added, so the size tells a stale order)."""
    order = {stage: i for i, stage in enumerate(STAGES)}
    return tuple(sorted(_REGISTRY.values(), key=lambda r: (order[r.stage], r.priority, r.code)))


@lru_cache(maxsize=64)
def _in_stage(stage: Stage, size: int) -> tuple[Rule, ...]:
    return tuple(r for r in _ordered(size) if r.stage == stage)


def label_roles() -> dict[str, Rule]:
    """The block rule that gives each label (the first in pipeline order where two do).

    >>> label_roles()["comments"].role
    <Role.BARRIER: 'barrier'>
    >>> label_roles()["advert"].role, label_roles()["paragraph"].role
    (<Role.INLINE: 'inline'>, <Role.ARTICLE: 'article'>)
    """
    _load()
    return _label_roles(len(_REGISTRY))


@lru_cache(maxsize=8)
def _label_roles(size: int) -> dict[str, Rule]:
    found: dict[str, Rule] = {}
    for rule in _ordered(size):
        if rule.label is not None:
            found.setdefault(rule.label, rule)
    return found


def resolve_selection(entries: Iterable[str], setting: str = "select") -> tuple[str, ...]:
    """Rule codes, code prefixes and rule names as codes and prefixes (``ALL`` stays).

    Raises ``ValueError``, naming ``setting``, for an entry that matches no rule.

    >>> resolve_selection(["p1", "heading-fragment", "ALL"])
    ('P1', 'H101', 'ALL')
    >>> resolve_selection(["ZZZ"], "ignore")
    Traceback (most recent call last):
    ValueError: unknown rule code, prefix or name 'ZZZ' in ignore; `newsclean rules` lists them
    """
    return _resolved(tuple(entries), setting, len(_REGISTRY))


@lru_cache(maxsize=256)
def _resolved(entries: tuple[str, ...], setting: str, size: int) -> tuple[str, ...]:
    _load()
    codes = tuple(_REGISTRY)
    names = {rule.name: code for code, rule in _REGISTRY.items()}
    out: list[str] = []
    for entry in entries:
        key = entry.strip()
        if not key:
            continue
        upper = key.upper()
        if upper == "ALL" or any(code.startswith(upper) for code in codes):
            out.append(upper)
        elif key.lower() in names:
            out.append(names[key.lower()])
        else:
            raise ValueError(f"unknown rule code, prefix or name {entry!r} in {setting}; "
                             f"`newsclean rules` lists them")
    return tuple(out)


def boilerplate_kinds() -> list[str]:
    """The boilerplate kinds that ``keep`` accepts (besides ``all``), sorted."""
    _load()
    from .labels import BODY_LABELS  # article text: never boilerplate, never a kind

    return sorted({r.label for r in _REGISTRY.values() if r.label} - BODY_LABELS)


def check_kinds(kinds: Iterable[str]) -> None:
    """Raise ``ValueError`` for a kind ``keep`` does not know.

    >>> check_kinds(["embed", "all"])
    >>> check_kinds(["embedz"])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ValueError: unknown kind 'embedz' in keep; kinds: all, ...
    """
    known = boilerplate_kinds()
    for kind in kinds:
        if kind.lower() != "all" and kind.lower() not in known:
            raise ValueError(f"unknown kind {kind!r} in keep; kinds: all, {', '.join(known)}")


def get_rule(code_or_name: str) -> Rule:
    """Look a rule up by code (``P101``) or name; ``KeyError`` with a hint when unknown.

    >>> get_rule("p101").name, get_rule("doubled-terminal-punctuation").code
    ('doubled-terminal-punctuation', 'P101')
    >>> get_rule(101)
    Traceback (most recent call last):
    TypeError: get_rule takes a rule code or name (a string, such as 'P101'), not int
    >>> get_rule("heading-fragmnt")
    Traceback (most recent call last):
    KeyError: "no rule 'heading-fragmnt' (did you mean 'heading-fragment'?); `newsclean rules` lists them"
    """
    if not isinstance(code_or_name, str):
        raise TypeError(f"get_rule takes a rule code or name (a string, such as 'P101'), "
                        f"not {type(code_or_name).__name__}")
    _load()
    key = code_or_name.strip()
    rule = _REGISTRY.get(key.upper())
    if rule is None:
        rule = next((r for r in _REGISTRY.values() if r.name == key.lower()), None)
    if rule is None:
        # the closest code or name: "P101" for "P11", "heading-fragment" for a misspelling
        known = {code.lower(): code for code in _REGISTRY}
        known.update((r.name, r.name) for r in _REGISTRY.values())
        close = difflib.get_close_matches(key.lower(), list(known), n=1)
        hint = f" (did you mean {known[close[0]]!r}?)" if close else ""
        raise KeyError(f"no rule {code_or_name!r}{hint}; `newsclean rules` lists them")
    return rule


def iter_findings(rule: Rule, text: str, ctx: TextContext) -> Iterator[Finding]:
    """Run a text rule, dropping findings that change nothing."""
    func: TextRuleFunc = rule.func  # type: ignore[assignment]
    for start, end, new in func(text, ctx):
        if text[start:end] != new:
            yield start, end, new


def apply_rule(code: str, text: str) -> str:
    """Apply one text rule to ``text`` once and return the result (for examples and tests).

    >>> apply_rule("W103", "two  spaces")
    'two spaces'
    """
    from .context import TextContext
    from .spans import Replacement, SpanMap

    rule = get_rule(code)
    if not rule.is_text_rule:
        raise ValueError(f"{rule.code} labels blocks; use newsclean.analyze() to see it work")
    ctx = TextContext.for_text(text)
    found = [Replacement(s, e, new, rule.code) for s, e, new in iter_findings(rule, text, ctx)]
    return SpanMap.identity(text).apply(found).text
