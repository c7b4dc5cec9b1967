"""Findings: what ``newsclean check`` reports and ``newsclean fix`` applies.

Every edit of :func:`newsclean.analyze` is a finding with a **safe** fix: it repairs
characters and cannot remove a word. Every removed block (boilerplate, heading fragments) is a
finding with an **unsafe** fix: it removes text, so ``fix`` applies it only when unsafe fixes
are turned on. ``clean`` applies everything, since extracting the article is its purpose.

>>> result = check_text("Storm hits. .\\nAdvertisement\\nThe storm came.\\n")
>>> [(f.code, f.line, f.column, f.safe) for f in result.findings]
[('P101', 1, 12, True), ('B105', 2, 1, False)]
>>> result.fixed
'Storm hits.\\nAdvertisement\\nThe storm came.\\n'
>>> check_text("Storm hits. .\\nAdvertisement\\nThe storm came.\\n", unsafe_fixes=True).fixed
'Storm hits.\\nThe storm came.\\n'
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .document import Document, Edit, edit_message
from .io.textio import json_name
from .options import Options
from .pipeline import _check_text, analyze
from .registry import get_rule
from .spans import line_col

# Two or more blank lines in a row. Matches "a\n\n\nb"; not "a\n\nb".

__all__ = [
    "CheckResult",
    "Finding",
    "check_text",
    "format_github",
    "format_json",
    "format_text",
    "unified_diff",
]


@dataclass(frozen=True)
class Finding:
    """One thing ``fix`` would change: a rule's code, where, what, and how safe the fix is.

    Offsets index the text with ``\\n`` line ends; lines and columns are 1-based (columns
    count characters).
    """

    code: str
    name: str
    message: str
    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    old: str
    new: str
    safe: bool

    @property
    def fix_label(self) -> str:
        """``[safe fix]`` or ``[unsafe fix]``: every finding is fixable; this says how safely."""
        return "[safe fix]" if self.safe else "[unsafe fix]"

    def to_dict(self, path: str, *, unsafe_fixes: bool = False) -> dict[str, object]:
        """A JSON-ready dictionary (``applied_by_fix``: whether ``fix`` would apply it)."""
        return {
            "path": path, "code": self.code, "name": self.name, "message": self.message,
            "line": self.line, "column": self.column,
            "end_line": self.end_line, "end_column": self.end_column,
            "start": self.start, "end": self.end,
            "fixable": True, "safe": self.safe, "applied_by_fix": self.safe or unsafe_fixes,
            "fix": {"old": self.old, "new": self.new},
        }


@dataclass(frozen=True)
class CheckResult:
    """The findings in a text and the text ``fix`` would write."""

    text: str
    fixed: str
    findings: list[Finding]
    document: Document
    #: Whether unsafe fixes were applied to :attr:`fixed`.
    unsafe_fixes: bool = False

    @property
    def changed(self) -> bool:
        """Whether ``fix`` would change the text."""
        return self.fixed != self.text

    @property
    def unapplied(self) -> list[Finding]:
        """Findings whose fix is not in :attr:`fixed` (unsafe ones, without unsafe fixes)."""
        return [f for f in self.findings if not f.safe and not self.unsafe_fixes]


def _line_starts(text: str) -> list[int]:
    starts = [0]
    pos = text.find("\n")
    while pos != -1:
        starts.append(pos + 1)
        pos = text.find("\n", pos + 1)
    return starts


def check_text(
    text: str,
    options: Options | None = None,
    *,
    unsafe_fixes: bool = False,
    mixed_lines: Sequence[int] = (),
) -> CheckResult:
    """The findings in ``text`` (``\\n`` line ends) and what ``fix`` would make of it.

    Safe fixes are always applied to :attr:`CheckResult.fixed`; with ``unsafe_fixes`` the
    lines of removed blocks are cut out too. ``mixed_lines`` are the lines (numbered from 1)
    of the file whose line ending differs from the file's own (reported as ``W101`` when it
    is enabled); a number that is no line of ``text`` is a ``ValueError``.
    """
    text = _check_text(text, "check_text")
    options = Options.from_kwargs(options)
    # Line endings are the file's business (textio keeps them, and reports mixed ones): the
    # text here has only "\n", and W101 finds only the Unicode line separators in it.
    starts = _line_starts(text)
    _check_line_numbers(mixed_lines, len(starts))
    findings: list[Finding] = []

    def add(code: str, name: str, message: str, start: int, end: int, old: str, new: str,
            safe: bool) -> None:
        line, col = line_col(text, start, starts)
        end_line, end_col = line_col(text, end, starts)
        findings.append(
            Finding(code, name, message, start, end, line, col, end_line, end_col, old, new, safe)
        )

    if unsafe_fixes:
        doc = analyze(text, options)
        removed = doc.removed_blocks
        fixed = doc.cut_removed_blocks(collapse_blank_runs=options.enabled("W104"))
    else:
        doc = analyze(text, options.replace(keep=frozenset({"all"})))
        keep_all = "all" in options.keep
        removed = [b for b in doc.blocks
                   if not b.is_body and not keep_all and b.label not in options.keep]
        fixed = doc.repaired
    for edit in merged_edits(doc.edits, text, doc.repaired):
        add(edit.code, edit.name, edit.message, edit.start, edit.end, edit.old, edit.new, True)
    for block in removed:
        name = get_rule(block.code).name
        add(block.code, name, block_message(name, block.reason), block.start, block.end,
            block.source, "", False)
    if mixed_lines and options.enabled("W101"):
        for line in mixed_lines:
            pos = starts[line] - 1 if line < len(starts) else len(text)
            add("W101", "line-ending", "line-ending: this line ends unlike the rest of the file",
                pos, pos, "", "", True)
    findings.sort(key=lambda f: (f.start, f.end, f.code))
    return CheckResult(text, fixed, findings, doc, unsafe_fixes)


def _check_line_numbers(lines: Sequence[int], n_lines: int) -> None:
    """Raise a ``TypeError`` or ``ValueError`` that says what is wrong where ``lines`` are
    not line numbers of a text of ``n_lines`` lines (1 to ``n_lines``): a 0 or a negative
    number read a line from the other end, a string failed deep inside.

    >>> _check_line_numbers([1, 3], 3)
    >>> _check_line_numbers([0], 3)
    Traceback (most recent call last):
    ...
    ValueError: mixed_lines: 0 is no line of the text (lines 1 to 3)
    """
    for line in lines:
        if not isinstance(line, int) or isinstance(line, bool):
            raise TypeError(
                f"mixed_lines must hold line numbers (int), not {type(line).__name__} ({line!r})"
            )
        if not 1 <= line <= n_lines:
            raise ValueError(f"mixed_lines: {line} is no line of the text (lines 1 to {n_lines})")


def merged_edits(edits: Sequence[Edit], text: str, repaired: str) -> list[Edit]:
    """The edits as findings report them: never overlapping, each what ``fix`` does to its
    span when applied alone.

    Rules run one after another, and a later rule may change what an earlier one wrote
    (mojibake of a byte-order mark repaired to U+FEFF, which the next rule removes); in the
    input, such edits overlap. Each group of overlapping edits becomes one edit, from the
    input's text of the group to what ``repaired`` holds there: the text between groups is
    the same in both, so each group's place in ``repaired`` follows from the text after it.
    Where that cannot be told (two groups side by side), the edits stay as they are.

    >>> chain = [Edit("U101", "mojibake", 2, 5, "ï»¿", "\\ufeff", "m"),
    ...          Edit("U104", "invisible-character", 2, 5, "ï»¿", "", "i")]
    >>> [(e.code, e.old, e.new) for e in merged_edits(chain, "a ï»¿b", "a b")]
    [('U104', 'ï»¿', '')]
    """
    groups: list[list[Edit]] = []
    end = -1
    for edit in edits:
        if groups and edit.start < end:
            groups[-1].append(edit)
        else:
            groups.append([edit])
        end = max(end, edit.end) if len(groups[-1]) > 1 else edit.end
    if all(len(g) == 1 for g in groups):
        return list(edits)
    # An edit right next to a group of chained edits joins it: no text between tells where
    # one ends in the repaired text.
    joined: list[list[Edit]] = []
    for group in groups:
        prev = joined[-1] if joined else None
        if (prev is not None and group[0].start <= max(e.end for e in prev)
                and (len(prev) > 1 or len(group) > 1)):
            prev.extend(group)
        else:
            joined.append(group)
    groups = joined
    # The last group of chained edits ends where the text after it, with the single edits
    # after it applied, begins: counted from the end of the repaired text.
    last_chain = max(k for k, g in enumerate(groups) if len(g) > 1)
    tail = len(text) - max(e.end for e in groups[last_chain]) + sum(
        len(g[0].new) - (g[0].end - g[0].start) for g in groups[last_chain + 1:]
    )
    placed = _place_groups(groups, text, repaired, len(repaired) - tail)
    return list(edits) if placed is None else placed


#: Places tried for the end of a group of chained edits (where the text after it is found
#: in the repaired text), and steps of going back over them, before the edits are left as
#: they are.
MAX_GROUP_ENDS, MAX_PLACING_STEPS = 8, 1000


def _place_groups(
    groups: Sequence[Sequence[Edit]], text: str, repaired: str, last_stop: int
) -> list[Edit] | None:
    """Each group of edits as one edit, its new text read off ``repaired`` (see
    :func:`merged_edits`); None when the groups cannot be placed there.

    A group of chained edits ends where the input's text after it stands in ``repaired``;
    that text may stand there more than once (``d`` after ``'\x98d\x00\x85'``, whose
    repair ``˜d…`` holds a ``d`` too), so each place is tried in turn, going back to the
    last such choice when the groups after it do not fit (in a bounded number of steps).
    ``last_stop``: where the last group of chained edits ends in ``repaired``.
    """
    last_chain = max(k for k, g in enumerate(groups) if len(g) > 1)
    out: list[Edit] = []  # one edit per group placed
    # The choices made: a group of chained edits, where it starts in repaired, the places
    # where it may end, and which of them is taken.
    choices: list[tuple[int, int, list[int], int]] = []
    k = pos = at = 0  # the next group; where the text before it ends, in text and repaired
    for _ in range(MAX_PLACING_STEPS + 2 * len(groups)):
        if k == len(groups):
            if text[pos:] == repaired[at:]:
                return out
        else:
            group = groups[k]
            lo, hi = group[0].start, max(e.end for e in group)
            gap = text[pos:lo]
            if repaired.startswith(gap, at):
                start = at + len(gap)
                if len(group) == 1:
                    if repaired.startswith(group[0].new, start):
                        out.append(group[0])
                        k, pos, at = k + 1, hi, start + len(group[0].new)
                        continue
                else:
                    stops = _group_ends(groups, k, text, repaired, start, k == last_chain,
                                        last_stop)
                    if stops:
                        choices.append((k, start, stops, 0))
                        out.append(_merged(group, text, repaired, start, stops[0]))
                        k, pos, at = k + 1, hi, stops[0]
                        continue
        # This group does not fit: take the next end of the last choice that has one.
        while choices and choices[-1][3] + 1 >= len(choices[-1][2]):
            choices.pop()
        if not choices:
            return None
        ck, start, stops, taken = choices.pop()
        choices.append((ck, start, stops, taken + 1))
        del out[ck:]
        out.append(_merged(groups[ck], text, repaired, start, stops[taken + 1]))
        k, pos, at = ck + 1, max(e.end for e in groups[ck]), stops[taken + 1]
    return None


def _group_ends(
    groups: Sequence[Sequence[Edit]], k: int, text: str, repaired: str, start: int,
    last: bool, last_stop: int,
) -> list[int]:
    """Where in ``repaired`` group ``k`` of chained edits may end, starting at ``start``:
    where the input's text after it stands (at most :data:`MAX_GROUP_ENDS` places)."""
    if last:
        return [last_stop] if last_stop >= start else []
    hi = max(e.end for e in groups[k])
    after = text[hi : groups[k + 1][0].start] if k + 1 < len(groups) else text[hi:]
    if not after:
        return []  # two groups side by side: no text tells them apart
    ends: list[int] = []
    found = repaired.find(after, start)
    while found >= 0 and len(ends) < MAX_GROUP_ENDS:
        ends.append(found)
        found = repaired.find(after, found + 1)
    return ends


def _merged(group: Sequence[Edit], text: str, repaired: str, start: int, stop: int) -> Edit:
    """A group of chained edits as one: the input's text of the group, and what
    ``repaired`` holds at ``[start, stop)``. The edit that changed the most of the input
    names it (the last of those: the latest rule): its span less the spans of the edits
    before it inside (``<script>...</script>`` removed, then the two spaces around it
    collapsed: the markup rule's, not the spaces').

    >>> chain = [Edit("W103", "space-run", 1, 11, " <b>x</b> ", " ", "w"),
    ...          Edit("M101", "html-markup", 2, 10, "<b>x</b>", "", "m")]
    >>> _merged(chain, "a <b>x</b> c", "a c", 1, 2).message
    "html-markup: ' <b>x</b> ' -> ' '"
    """
    last = max(reversed(group), key=lambda e: _own_width(e, group))
    lo, hi = group[0].start, max(e.end for e in group)
    old, new = text[lo:hi], repaired[start:stop]
    return Edit(last.code, last.name, lo, hi, old, new, edit_message(last.name, old, new))


def _own_width(edit: Edit, group: Sequence[Edit]) -> int:
    """How much of the input ``edit`` changed itself: its span less those of the narrower
    edits of its group inside it (what earlier rules had already changed there)."""
    width = edit.end - edit.start
    inside = sum(other.end - other.start for other in group
                 if edit.start <= other.start and other.end <= edit.end
                 and other.end - other.start < width)
    return max(width - inside, 0)


def block_message(name: str, reason: str) -> str:
    """A removed block's message: the rule's name, then its reason, without the reason's
    opening words where they name the rule's kind again (they share a word with the name).

    >>> block_message("heading-fragment", "heading fragment: copies the next paragraph")
    'heading-fragment: copies the next paragraph'
    >>> block_message("outside-article", "outside the article: 12 words after the main run")
    'outside-article: 12 words after the main run'
    >>> block_message("advert-marker", "sponsored: a line that marks a paid post")
    'advert-marker: sponsored: a line that marks a paid post'
    """
    head, sep, rest = reason.partition(": ")
    if sep and set(_WORD_RE.findall(head.lower())) & set(name.split("-")):
        reason = rest
    return f"{name}: {reason}"


_WORD_RE = re.compile(r"[a-z]+")


def format_text(path: str, findings: Iterable[Finding]) -> list[str]:
    """``path:line:col: CODE message [safe fix]`` lines, one per finding."""
    return [f"{path}:{f.line}:{f.column}: {f.code} {f.message} {f.fix_label}" for f in findings]


def format_json(
    results: Iterable[tuple[str, Iterable[Finding]]], *, unsafe_fixes: bool = False
) -> str:
    """All findings as one JSON list (one object per finding)."""
    items = [f.to_dict(json_name(path), unsafe_fixes=unsafe_fixes)
             for path, fs in results for f in fs]
    return json.dumps(items, ensure_ascii=False, indent=2)


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def format_github(path: str, findings: Iterable[Finding]) -> list[str]:
    """GitHub Actions annotations: ``::error file=…,line=…,col=…::CODE message``.

    >>> f = check_text("Done. .").findings[0]
    >>> format_github("a.txt", [f])
    ["::error file=a.txt,line=1,col=6::P101 doubled-terminal-punctuation: ' .' -> '' [safe fix]"]
    """
    return [
        f"::error file={_escape_property(path)},line={f.line},col={f.column}::"
        f"{_escape_data(f'{f.code} {f.message} {f.fix_label}')}"
        for f in findings
    ]


#: A line with its end: ``\r\n``, ``\n`` or a lone ``\r`` (an old Mac file's), as the
#: findings count lines; or the last line, without an end.
_LINE_RE = re.compile(r"[^\r\n]*(?:\r\n?|\n)|[^\r\n]+")


def _lines(text: str) -> list[str]:
    """The lines of ``text`` with their ends, as findings number them.

    >>> _lines("a\\r\\nb\\rc\\nd")
    ['a\\r\\n', 'b\\r', 'c\\n', 'd']
    """
    if "\r" not in text:  # the common case, in one call
        parts = text.split("\n")
        lines = [part + "\n" for part in parts[:-1]]
        if parts[-1]:
            lines.append(parts[-1])
        return lines
    return _LINE_RE.findall(text)


def unified_diff(path: str, old: str, new: str) -> str:
    """A unified diff (``--- a/path``, ``+++ b/path``) from ``old`` to ``new``, git style.

    >>> print(unified_diff("a.txt", "One. .\\nTwo\\n", "One.\\nTwo\\n"), end="")
    --- a/a.txt
    +++ b/a.txt
    @@ -1,2 +1,2 @@
    -One. .
    +One.
     Two
    """
    old_lines, new_lines = _lines(old), _lines(new)
    out: list[str] = []
    for line in difflib.unified_diff(old_lines, new_lines, f"a/{path}", f"b/{path}"):
        if line.startswith(("---", "+++")):
            out.append(line.rstrip("\n") + "\n")
        elif line.endswith("\n"):
            out.append(line)
        elif line.endswith("\r"):  # an old Mac file's line: its own line in the diff too
            out.append(line + "\n")
        else:
            out.append(line + "\n\\ No newline at end of file\n")
    return "".join(out)
