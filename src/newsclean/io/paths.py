"""Finding the files to work on: directories walked, include/exclude globs, ``.gitignore``.

Globs follow ``.gitignore`` syntax: a pattern without a slash matches a name at any depth
(``*.txt``, ``drafts``), one with a slash matches a path from the folder of the file that
set it (``/archive/*.md``, ``data/**/raw``); a trailing slash matches only folders, and in a
``.gitignore`` a leading ``!`` takes a file back.

>>> pats = Globs.compile(["*.txt", "/archive/"], base="/repo")
>>> pats.match("/repo/news/a.txt"), pats.match("/repo/archive", is_dir=True)
(True, True)
>>> pats.match("/repo/news/a.md"), pats.match("/repo/news/archive", is_dir=True)
(False, False)
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain

import regex

__all__ = [
    "DEFAULT_EXCLUDE",
    "DEFAULT_INCLUDE",
    "Candidate",
    "GitIgnore",
    "Globs",
    "discover",
    "glob_to_regex",
]

#: Files a walked folder yields when no ``include`` is configured: plain text and Markdown.
DEFAULT_INCLUDE: tuple[str, ...] = ("*.txt", "*.text", "*.md", "*.markdown")
#: Folders and files never walked into unless the configuration says otherwise: tools'
#: folders, and text files that are no prose, by their exact conventional names (a
#: project's licence and notices, whose copyright lines read as a page's footer; pip's and
#: CMake's files; ``robots.txt``). Exact names: an article's file may be called
#: ``notice-of-road-closure.txt`` or ``requirements-for-passports.txt``.
DEFAULT_EXCLUDE: tuple[str, ...] = (
    ".git", ".hg", ".svn", ".bzr", ".venv", "venv", ".tox", ".nox", "node_modules",
    "__pycache__", "site-packages", ".mypy_cache", ".pytest_cache", ".ruff_cache",
    "build", "dist",
    *(f"{name}{suffix}" for name in ("LICENSE", "LICENCE", "COPYING", "NOTICE", "AUTHORS")
      for suffix in ("", ".txt", ".md")),
    "requirements.txt", "constraints.txt", "CMakeLists.txt", "robots.txt",
)


def glob_to_regex(pattern: str) -> str:
    """The regular expression of a gitignore-style glob, matched against a whole relative path.

    >>> import re
    >>> bool(re.fullmatch(glob_to_regex("*.txt"), "a/b/c.txt"))
    True
    >>> bool(re.fullmatch(glob_to_regex("data/**/raw"), "data/x/y/raw"))
    True
    >>> bool(re.fullmatch(glob_to_regex("/top.md"), "sub/top.md"))
    False
    """
    anchored = "/" in pattern.rstrip("/")
    pattern = pattern.strip("/")
    out: list[str] = [] if anchored else ["(?:.*/)?"]
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif ch == "*":
            out.append("[^/]*")
            i += 1
        elif ch == "?":
            out.append("[^/]")
            i += 1
        elif ch == "[" and "]" in pattern[i + 2 :]:
            close = pattern.index("]", i + 2)
            body = pattern[i + 1 : close]
            if body.startswith("!"):
                body = "^" + body[1:]
            out.append("[" + body.replace("\\", "\\\\") + "]")
            i = close + 1
        elif ch == "\\" and i + 1 < len(pattern):
            out.append(regex.escape(pattern[i + 1]))
            i += 2
        else:
            out.append(regex.escape(ch))
            i += 1
    return "".join(out)


@dataclass(frozen=True)
class _Glob:
    regex: regex.Pattern[str]
    negated: bool
    dir_only: bool


@dataclass(frozen=True)
class Globs:
    """Compiled globs relative to the folder ``base``; the last matching pattern decides."""

    base: str
    globs: tuple[_Glob, ...] = ()

    @classmethod
    def compile(cls, patterns: Iterable[str], base: str, *, negation: bool = False) -> Globs:
        """Compile ``patterns`` (``!`` negates only when ``negation`` is on, as in .gitignore)."""
        globs = []
        for raw in patterns:
            pat = raw.strip()
            if not pat or (negation and pat.startswith("#")):
                continue
            negated = negation and pat.startswith("!")
            if negated:
                pat = pat[1:]
            dir_only = pat.endswith("/")
            try:
                compiled = regex.compile(glob_to_regex(pat))
            except regex.error as exc:
                if negation:
                    continue  # as git does, a .gitignore line it cannot read matches nothing
                raise GlobError(f"bad pattern {raw.strip()!r} ({getattr(exc, 'msg', exc)})") from None
            globs.append(_Glob(compiled, negated, dir_only))
        return cls(os.path.abspath(base), tuple(globs))

    def decide(self, path: str, *, is_dir: bool = False) -> bool | None:
        """True when matched, False when a ``!`` pattern takes it back, None when unmatched."""
        full = os.path.abspath(path)
        rel = os.path.relpath(full, self.base)
        if rel == ".." or rel.startswith(".." + os.sep):
            # Outside the base folder only patterns without a slash (names) can match.
            rel = os.path.splitdrive(full)[1].lstrip(os.sep)
        rel = rel.replace(os.sep, "/")
        verdict = None
        for glob in self.globs:
            if glob.dir_only and not is_dir:
                continue
            if glob.regex.fullmatch(rel):
                verdict = not glob.negated
        return verdict

    def match(self, path: str, *, is_dir: bool = False) -> bool:
        """Whether ``path`` is matched (and not taken back)."""
        return bool(self.decide(path, is_dir=is_dir))


@dataclass
class GitIgnore:
    """The ``.gitignore`` files that apply to a folder, outermost first."""

    layers: list[Globs] = field(default_factory=list)

    @staticmethod
    def _load(folder: str) -> Globs | None:
        path = os.path.join(folder, ".gitignore")
        try:
            if not stat.S_ISREG(os.stat(path).st_mode):
                # A named pipe would block the walk for ever, a link to /dev/zero fill the
                # memory: only a file holds patterns (git reads no other either).
                return None
            with open(path, encoding="utf-8", errors="replace") as fh:
                lines = fh.read().splitlines()
        except OSError:
            return None
        return Globs.compile(lines, folder, negation=True)

    @classmethod
    def for_folder(cls, folder: str) -> GitIgnore:
        """The .gitignore files of the parents of ``folder``, up to its repository's root.

        Outside a git repository there are none; the folder's own file is added by
        :meth:`child` when the walk enters it.
        """
        probe = os.path.abspath(folder)
        parents: list[str] = []
        while not os.path.exists(os.path.join(probe, ".git")):
            parent = os.path.dirname(probe)
            if parent == probe:
                return cls([])
            probe = parent
            parents.append(probe)
        layers = [g for g in (cls._load(f) for f in reversed(parents)) if g is not None]
        return cls(layers)

    def child(self, folder: str) -> GitIgnore:
        """The rules inside ``folder``: these plus the folder's own .gitignore."""
        own = self._load(folder)
        return self if own is None else GitIgnore([*self.layers, own])

    def ignored(self, path: str, *, is_dir: bool) -> bool:
        """Whether git would ignore ``path`` (the innermost file with a verdict decides)."""
        for layer in reversed(self.layers):
            verdict = layer.decide(path, is_dir=is_dir)
            if verdict is not None:
                return verdict
        return False


class GlobError(ValueError):
    """An include or exclude pattern that cannot be read (such as the range ``[z-a]``)."""


@dataclass(frozen=True)
class Candidate:
    """A file found under a path given on the command line."""

    path: str
    #: The path given on the command line that led here (a file, or a folder walked).
    root: str
    #: Whether the file was named on the command line (not found by walking).
    explicit: bool


@dataclass(frozen=True)
class WalkRules:
    """What a walk of one folder keeps: the settings that apply there."""

    include: Globs
    exclude: Globs
    respect_gitignore: bool


def discover(
    roots: Iterable[str],
    rules_for: Callable[[str], WalkRules],
    on_empty: Callable[[str], None],
    on_skip: Callable[[str, str], None] = lambda path, why: None,
    on_unreadable: Callable[[str, str], None] | None = None,
) -> Iterator[Candidate]:
    """Yield the files to work on, in a stable order: given files, then walked folders.

    Walked folders skip what ``exclude`` or (when respected) a ``.gitignore`` matches, and
    yield only files ``include`` matches; ``rules_for(folder)`` gives the settings that apply
    in a folder (its nearest configuration). A folder that yields no file is reported to
    ``on_empty``. Missing paths are yielded as they are; reading them reports the error.

    A walk never leaves the folder it was given: a symbolic link to a file outside it and a
    broken or looping link are passed to ``on_skip(path, why)`` instead, and so is a link to
    a folder, which is not followed. A link to a file inside it comes after the walk's own
    files, so the file is found by its own name first. A subfolder or an entry that cannot
    be read is passed to ``on_unreadable(path, why)`` (``on_skip`` if not given): its files
    are not worked on.
    """
    for root in roots:
        if not os.path.isdir(root):
            yield Candidate(root, root, explicit=True)
            continue
        walk = _Walk(rules_for, os.path.join(os.path.realpath(root), ""), on_skip,
                     on_skip if on_unreadable is None else on_unreadable)
        found = False
        for path in chain(_walk(root, GitIgnore.for_folder(root), walk), walk.links):
            found = True
            yield Candidate(path, root, explicit=False)
        if not found:
            on_empty(root)


@dataclass
class _Walk:
    """What a walk of one folder needs throughout: the settings of each folder, the folder's
    real path (a link must lead inside it), where skipped and unreadable entries are
    reported, and the links to files inside it, found on the way (walked last)."""

    rules_for: Callable[[str], WalkRules]
    inside: str
    on_skip: Callable[[str, str], None]
    on_unreadable: Callable[[str, str], None]
    links: list[str] = field(default_factory=list)


def _walk(folder: str, ignore: GitIgnore, walk: _Walk) -> Iterator[str]:
    """The files of ``folder`` and its subfolders, depth first in name order, found with a
    stack of the folders open, not by recursion: a tree a thousand folders deep is walked
    as any other."""
    stack = [_items(folder, ignore, walk)]
    while stack:
        for item in stack[-1]:
            if isinstance(item, str):
                yield item
            else:
                stack.append(_items(*item, walk))
                break
        else:
            stack.pop()


def _items(
    folder: str, ignore: GitIgnore, walk: _Walk
) -> Iterator[str | tuple[str, GitIgnore]]:
    """The files of ``folder`` to work on, and its subfolders to walk (with the .gitignore
    rules that apply in them), in name order."""
    rules = walk.rules_for(folder)
    if rules.respect_gitignore:
        ignore = ignore.child(folder)
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        walk.on_unreadable(folder, f"cannot read this folder ({exc.strerror or exc})")
        return
    for entry in entries:
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            continue
        if rules.exclude.match(entry.path, is_dir=is_dir):
            continue
        if rules.respect_gitignore and ignore.ignored(entry.path, is_dir=is_dir):
            continue
        if is_dir:
            yield entry.path, ignore
            continue
        if entry.is_symlink() and os.path.isdir(entry.path):
            walk.on_skip(entry.path, "a symbolic link to a folder, not followed "
                                     "(name the folder to work on its files)")
            continue
        if not rules.include.match(entry.path):
            continue
        if entry.is_symlink():
            target = _link_target(entry.path)
            if target is None:
                walk.on_skip(entry.path, "a broken or looping symbolic link, skipped")
            elif not target.startswith(walk.inside):
                walk.on_skip(entry.path, f"a symbolic link to {target}, outside the folder "
                                         f"given; skipped (name it to work on it)")
            elif os.path.isfile(target):
                walk.links.append(entry.path)
            continue
        try:
            if entry.is_file():
                yield entry.path
        except OSError:
            walk.on_unreadable(entry.path, "cannot be read")


def _link_target(path: str) -> str | None:
    """Where a symbolic link leads in the end, or None when it is broken or loops."""
    try:
        target = os.path.realpath(path, strict=True)
    except (OSError, RuntimeError):
        return None
    return target
