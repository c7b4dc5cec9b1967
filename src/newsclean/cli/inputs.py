"""The files a command works on: the paths named or found, their settings, and reading them
(standard input included) with one-line errors."""

from __future__ import annotations

import argparse
import os
import stat
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from ..io.config import ConfigResolver, Settings
from ..io.paths import DEFAULT_EXCLUDE, Candidate, discover
from ..io.textio import BinaryFileError, InputError, TextFile, decode, read_file, read_limited
from ..registry import all_rules, check_kinds, resolve_selection
from .report import Reporter

_VALID: set[Settings] = set()


def validate(settings: Settings) -> None:
    """Raise :class:`InputError` for a rule code, name or boilerplate kind that does not
    exist, or an encoding or glob that cannot be used (checked once per settings)."""
    if settings in _VALID:
        return
    _check_settings(settings)
    _VALID.add(settings)


def jsonl_settings(args: argparse.Namespace, resolver: ConfigResolver) -> Settings:
    """The checked settings of a ``--jsonl`` run: those of its first file (or of
    ``--stdin-filename``, or the current folder, for standard input). A folder is refused:
    JSON Lines are files."""
    for path in args.paths:
        if path != "-" and os.path.isdir(path):
            raise InputError(f"{path}: is a directory (--jsonl reads JSON Lines files)")
    first = args.paths[0] if args.paths[0] != "-" else (args.stdin_filename or os.getcwd())
    settings = resolver.for_path(first)
    validate(settings)
    return settings


def jsonl_paths(paths: Sequence[str], reporter: Reporter) -> list[str]:
    """The JSON Lines files of a ``--jsonl`` run, each once (a file named twice, or by two
    names of one file, is read once, with a warning, as files are elsewhere)."""
    seen: dict[str, str] = {}
    unique = []
    for path in paths:
        key = path if path == "-" else os.path.realpath(path)
        if key in seen:
            reporter.warning(f"{display_path(path)}: {_again(path, seen[key])}; read once")
            continue
        seen[key] = path
        unique.append(path)
    return unique


def _check_settings(settings: Settings) -> None:
    where = f"{settings.source}: " if settings.source else ""
    try:
        for name in ("select", "ignore", "extend_select"):
            entries = getattr(settings, name)
            setting = name.replace("_", "-")
            if any(not str(entry).strip() for entry in entries):
                raise ValueError(f"{setting}: an empty entry is no rule code, prefix or name; "
                                 "`newsclean rules` lists them")
            resolve_selection(entries, setting)
        if not settings.select and not settings.extend_select:
            # The API's Options(select=[]) runs no rule on purpose; a command that checks
            # nothing would pass every file.
            raise ValueError("select: an empty list selects no rule, so nothing would be "
                             "checked; leave select out for every rule")
        options = settings.options()
        if not any(options.enabled(rule.code) for rule in all_rules()
                   if rule.group != "structure"):
            # ignore = ["ALL"], select = ["P1"] with ignore = ["P1"], select = ["S"] (the
            # structure rules label blocks and report nothing): every file would pass.
            raise ValueError("the selection leaves no rule that reports anything (select "
                             f"{list(settings.select)}, extend-select "
                             f"{list(settings.extend_select)}, ignore {list(settings.ignore)}), "
                             "so nothing would be checked")
        check_kinds(settings.keep)
    except ValueError as exc:
        raise InputError(f"{where}{exc}") from None
    settings.check(settings.source or "the command line")


# --- finding the files ---------------------------------------------------------------------

@dataclass(frozen=True)
class Target:
    """A file to work on, its name in messages, and the settings that apply to it."""

    name: str
    path: str  # "-" for standard input
    settings: Settings
    root: str = ""
    explicit: bool = True
    #: Standard input named by ``--stdin-filename`` as a file that ``--force-exclude`` leaves
    #: out: ``check`` and ``report`` skip it, a filter (``fix -``, ``clean -``) passes it on
    #: unchanged (as ruff does), never printing nothing in its place.
    excluded: bool = False


def display_path(path: str) -> str:
    """``path`` as messages show it: a relative path normalised (``./a//b`` as ``a/b``), an
    empty one quoted (not the current folder, which ``normpath`` makes of it).

    >>> display_path("./a//b"), display_path("")
    ('a/b', "''")
    """
    if not path:
        return "''"
    return os.path.normpath(path) if not os.path.isabs(path) else path


def targets(
    paths: Sequence[str],
    resolver: ConfigResolver,
    reporter: Reporter,
    stdin_filename: str | None = None,
    skip_under: str | None = None,
    output: str | None = None,
) -> Iterator[Target]:
    """The files named or found under ``paths``, each once, with its settings.

    ``output`` is the file ``-o`` writes (None or ``-`` for none): a file found in a folder
    walked that is that file stops the run with an :class:`InputError`, as a file named does
    (the caller checks those before it reads anything), so the output never replaces an
    input."""
    seen: dict[str, str] = {}  # each file's real path: the name it was first found by
    output_key = os.path.realpath(output) if output and output != "-" else None
    if paths.count("-") > 1:
        reporter.warning("- (standard input) given more than once; read once")

    def rules_for(folder: str) -> Any:
        settings = resolver.for_folder(folder)
        validate(settings)
        return settings.walk_rules()

    def on_empty(folder: str) -> None:
        settings = resolver.for_folder(folder)
        chosen = f"include: {', '.join(settings.include)}"
        if settings.exclude != DEFAULT_EXCLUDE or settings.extend_exclude:
            chosen += f"; exclude: {', '.join((*settings.exclude, *settings.extend_exclude))}"
        reporter.error(f"{folder}: no files to work on here ({chosen})")

    def on_skip(path: str, why: str) -> None:
        reporter.warning(f"{display_path(path)}: {why}")

    def on_unreadable(path: str, why: str) -> None:  # files left unread: not a clean run
        reporter.error(f"{display_path(path)}: {why}")

    for path in paths:
        if path == "-":
            if "-" in seen:
                continue
            seen["-"] = "-"
            here = stdin_filename or os.path.join(os.getcwd(), "stdin")
            settings = resolver.for_path(here)
            validate(settings)
            yield Target(stdin_filename or "<stdin>", "-", settings,
                         excluded=bool(stdin_filename) and _left_out(settings, here))
            continue
        # An earlier run's output is skipped where the output folder lies inside the folder
        # walked; where the folder walked lies inside the output folder, all of it is input.
        root = os.path.realpath(path)
        skip = skip_under if skip_under and skip_under.startswith(os.path.join(root, "")) else None
        cand: Candidate
        for cand in discover([path], rules_for, on_empty, on_skip, on_unreadable):
            key = os.path.realpath(cand.path)
            name = display_path(cand.path)
            if key in seen:
                again = _again(cand.path, seen[key]) if cand.explicit else (
                    f"the same file as {display_path(seen[key])} (a link)")
                reporter.warning(f"{name}: {again}; worked on once")
                continue
            if skip and not cand.explicit and (key + os.sep).startswith(skip + os.sep):
                continue  # an earlier run's output inside the folder walked
            if key == output_key:
                raise InputError(
                    f"{name}: -o would overwrite this input, found in {display_path(path)}; "
                    f"give another file name"
                )
            seen[key] = cand.path
            settings = resolver.for_path(cand.path)
            validate(settings)
            if cand.explicit and _left_out(settings, cand.path):
                continue  # a hook's file that the configuration leaves out
            yield Target(name, cand.path, settings, cand.root, cand.explicit)


def _again(path: str, first: str) -> str:
    """Why ``path`` is left out, the file being the one first found as ``first``: the same
    name given twice, or another name of it (a link, ``./a`` beside ``a``).

    >>> _again("a.txt", "a.txt"), _again("b.txt", "a.txt")
    ('given more than once', 'the same file as a.txt')
    """
    if os.path.normpath(path) == os.path.normpath(first):
        return "given more than once"
    return f"the same file as {display_path(first)}"


def _left_out(settings: Settings, path: str) -> bool:
    """Whether ``--force-exclude`` leaves ``path``, named on the command line, out."""
    return settings.force_exclude and (settings.excludes(path) or not settings.includes(path))


def read_target(target: Target, reporter: Reporter, passthrough: bool = False) -> TextFile | None:
    """The decoded file, or None after reporting why not.

    Standard input is read with NUL bytes as text (a filter cleans what it was given); with
    ``passthrough`` (``fix -``, a filter) input that cannot be decoded goes to standard output
    unchanged, so that nothing that replaces the input is ever less than it.
    """
    if target.path == "-":
        try:
            data = read_limited(sys.stdin.buffer, target.name)
        except InputError as exc:  # too much to pass on as well: nothing is written
            reporter.error(str(exc))
            return None
        try:
            return decode(data, target.name, target.settings.encoding, nul_ok=True)
        except InputError as exc:
            reporter.error(f"{exc}; passed through unchanged" if passthrough else str(exc))
            if passthrough:
                sys.stdout.buffer.write(data)
                sys.stdout.buffer.flush()
            return None
    try:
        return read_file(target.path, target.settings.encoding, target.name)
    except BinaryFileError as exc:
        _report_binary(str(exc), target.explicit, reporter)
    except InputError as exc:
        reporter.error(str(exc))
    return None


def _report_binary(message: str, explicit: bool, reporter: Reporter) -> None:
    """A binary file named on the command line is an error; one found in a folder is skipped."""
    if explicit:
        reporter.error(f"{message}; not a text file")
    else:
        reporter.warning(f"{message}, skipped")
        reporter.skipped += 1


def _stdin_is_data() -> bool:
    """Whether standard input is a pipe or a file (not a terminal, not /dev/null)."""
    try:
        mode = os.fstat(sys.stdin.fileno()).st_mode
    except (OSError, ValueError, AttributeError):
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISREG(mode)


def default_paths(args: argparse.Namespace, reporter: Reporter) -> bool:
    """Fill in the paths when none are given: standard input when it is a pipe or a file
    (as ftfy reads it), else the current folder (``check``, ``fix``); False after an error
    (``clean`` or ``report`` with nothing to read)."""
    if _stdin_is_data():
        args.paths = ["-"]
        args.stdin_default = True
        return True
    if args.command in ("clean", "report"):
        reporter.error("no input: give a file, a folder, or - (or pipe text in)")
        return False
    args.paths = ["."]
    return True

