"""``newsclean check`` (report what fix would change) and ``newsclean fix`` (rewrite files in
place with the fixes)."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from collections.abc import Sequence
from typing import TextIO

from ..findings import (
    CheckResult,
    Finding,
    check_text,
    format_github,
    format_json,
    format_text,
    unified_diff,
)
from ..io.config import ConfigResolver, Settings
from ..io.textio import InputError, TextFile, is_stream, write_atomic
from .inputs import read_target, targets
from .report import (
    EXIT_ERROR,
    EXIT_FINDINGS,
    EXIT_OK,
    Reporter,
    plural,
    printable,
    to_stderr,
)

# --- check and fix -------------------------------------------------------------------------

def _unifies(tf: TextFile, settings: Settings) -> bool:
    """Whether ``fix`` gives every line of ``tf`` the file's main line ending (W101 on a
    file of mixed ones); without W101 a line keeps its own ending."""
    return bool(tf.mixed_lines) and settings.options().enabled("W101")


def _unwritable(tf: TextFile, findings: Sequence[Finding]) -> str | None:
    """Why ``fix`` cannot write ``tf`` in its encoding: the first character a fix writes
    that the encoding lacks, and the rules whose fixes write such characters; None when
    the encoding has every character the fixes write."""
    def lacks(text: str) -> bool:
        try:
            text.encode(tf.encoding)
        except UnicodeEncodeError:
            return True
        return False

    bad = [f for f in findings if f.new and lacks(f.new)]
    if not bad:
        return None
    char = next(c for c in bad[0].new if lacks(c))
    codes = ", ".join(dict.fromkeys(f.code for f in bad))
    return (f"{tf.encoding_label or tf.encoding} cannot encode {char!r} (U+{ord(char):04X}), "
            f"which the fix of {codes} writes; ignore {codes} for these files (`ignore` in "
            f"their newsclean.toml) or give the encoding that has it")


#: The codecs that give back the bytes they read (the Unicode encodings, strictly decoded).
_FAITHFUL = frozenset({"utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"})


def _unfaithful(tf: TextFile) -> str | None:
    """Why ``fix`` may not rewrite ``tf``: its encoding does not write the file's own text
    back as the bytes it was read from, so every line would change, not the fixes alone
    (``unicode_escape`` writes each line end as ``\\n``, UTF-7 a backslash as ``+AFw-``,
    ``raw_unicode_escape`` turns ``\\u00e9`` into one byte); None when it does."""
    if tf.encoding in _FAITHFUL:
        return None
    try:
        again = tf.bom + tf.with_endings(tf.text, keep_endings=True).encode(tf.encoding)
    except UnicodeError:
        again = b""
    if again == tf.raw:
        return None
    at = next((i for i, (a, b) in enumerate(zip(again, tf.raw, strict=False)) if a != b),
              min(len(again), len(tf.raw)))
    return (f"{tf.encoding_label or tf.encoding} does not write this file's text back as the "
            f"bytes it was read from (from byte {at} on), so a fix would change more than "
            f"its findings; read the file in the encoding it is in")


def _new_bytes(tf: TextFile, result: CheckResult, settings: Settings) -> bytes | None:
    """The bytes ``fix`` writes, or None when the file stays as it is."""
    unify = _unifies(tf, settings)
    if result.fixed == tf.text and not unify:
        return None
    why = _unfaithful(tf)
    if why is not None:
        raise InputError(f"{tf.name}: {why}; the file is left unchanged")
    try:
        data = tf.encode(result.fixed, keep_endings=not unify)
    except InputError:
        why = _unwritable(tf, result.findings)
        if why is None:
            raise
        raise InputError(f"{tf.name}: {why}; the file is left unchanged") from None
    return None if data == tf.raw else data


def _diff(name: str, tf: TextFile, result: CheckResult, settings: Settings) -> str:
    """The unified diff of what ``fix`` would write to ``tf``, each line with the ending
    it has in the file and the one ``fix`` gives it; empty when it writes nothing."""
    old = tf.with_endings(tf.text, keep_endings=True)
    new = tf.with_endings(result.fixed, keep_endings=not _unifies(tf, settings))
    return "" if new == old else unified_diff(printable(name), old, new)


def _unsafe(args: argparse.Namespace, settings: Settings) -> bool:
    return settings.unsafe_fixes if args.unsafe_fixes is None else args.unsafe_fixes


def _summary_counts(findings: Sequence[Finding]) -> tuple[int, int]:
    safe = sum(1 for f in findings if f.safe)
    return safe, len(findings) - safe


def cmd_check(args: argparse.Namespace, resolver: ConfigResolver, reporter: Reporter) -> int:
    out = sys.stdout
    all_results: list[tuple[str, list[Finding]]] = []
    files = 0
    total: list[Finding] = []
    unsafe_on = False
    for target in targets(args.paths, resolver, reporter, args.stdin_filename):
        if target.excluded:
            continue  # standard input whose file the configuration leaves out
        tf = read_target(target, reporter)
        if tf is None:
            continue
        if not tf.raw and getattr(args, "stdin_default", False):
            # Not a green check of nothing: an empty pipe (a CI step) means a path is missing.
            reporter.error("no path given and standard input is empty; give the files or "
                           "folders to check (. for the current folder)")
            continue
        files += 1
        unsafe = _unsafe(args, target.settings)
        unsafe_on = unsafe_on or unsafe
        result = check_text(tf.text, target.settings.options(target.name), unsafe_fixes=unsafe,
                            mixed_lines=tf.mixed_lines)
        if not result.findings:
            continue
        if tf.encoding not in _FAITHFUL and (
            why := _unfaithful(tf) or _unwritable(tf, result.findings)
        ):
            reporter.warning(f"{printable(target.name)}: `fix` would leave this file "
                             f"unchanged: {why}")
        total.extend(result.findings)
        all_results.append((target.name, result.findings))
        if args.diff:
            out.write(_diff(target.name, tf, result, target.settings))
        elif args.statistics:
            continue
        elif args.format == "text":
            for line in format_text(target.name, result.findings):
                out.write(printable(line) + "\n")
        elif args.format == "github":
            for line in format_github(target.name, result.findings):
                out.write(printable(line) + "\n")
    if args.statistics and not args.diff:
        out.write(format_statistics(total, args.format))
    elif args.format == "json" and not args.diff:
        out.write(format_json(all_results, unsafe_fixes=unsafe_on) + "\n")
    out.flush()
    if args.format == "text" and not args.quiet and files:
        summary = _check_summary(total, files, unsafe_on, reporter.skipped, reporter.errors,
                                 diff=args.diff)
        _stderr_or_out(summary, args.diff or args.statistics)
    if reporter.errors:
        return EXIT_ERROR
    return EXIT_FINDINGS if total and not args.exit_zero else EXIT_OK


def format_statistics(findings: Sequence[Finding], fmt: str) -> str:
    """The number of findings per rule, most first: ``count  CODE  name  [fix]`` lines, or
    a JSON list of ``{"code", "name", "count", "safe"}``.

    >>> from newsclean.findings import Finding
    >>> f = Finding("P101", "doubled-terminal-punctuation", "", 0, 1, 1, 1, 1, 2, " .", "", True)
    >>> print(format_statistics([f, f], "text"), end="")
        2  P101  doubled-terminal-punctuation  [safe fix]
    """
    counts: dict[tuple[str, str, bool], int] = {}
    for f in findings:
        key = (f.code, f.name, f.safe)
        counts[key] = counts.get(key, 0) + 1
    rows = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0][0]))
    if fmt == "json":
        return json.dumps([{"code": c, "name": n, "count": k, "safe": s}
                           for (c, n, s), k in rows], indent=2) + "\n"
    width = max((len(f"{k:,}") for _, k in rows), default=1)
    return "".join(f"{k:>{max(width, 5)},}  {c}  {n}  [{'safe' if s else 'unsafe'} fix]\n"
                   for (c, n, s), k in rows)


def _stderr_or_out(text: str, on_stderr: bool) -> None:
    if on_stderr:
        to_stderr(text)
    else:
        print(text, flush=True)


def _check_summary(
    findings: Sequence[Finding], files: int, unsafe_on: bool, skipped: int = 0, errors: int = 0,
    diff: bool = False,
) -> str:
    binary = f" ({plural(skipped, 'binary file')} skipped)" if skipped else ""
    if not findings and errors:  # a file or folder could not be read: not all was checked
        return (f"No findings in {plural(files, 'file')}{binary}, but "
                f"{plural(errors, 'error')}: not everything was checked.")
    if not findings:
        return f"All clean: no findings in {plural(files, 'file')}{binary}."
    safe, unsafe = _summary_counts(findings)
    lines = [f"Found {plural(len(findings), 'finding')} in {plural(files, 'checked file')}"
             f"{binary}: {safe:,} with a safe fix, {unsafe:,} with an unsafe fix."]
    if errors:  # a file or folder could not be read: its findings are not counted
        lines.append(f"{plural(errors, 'error')}: not everything was checked.")
    if safe:
        lines.append("`newsclean fix` applies the safe fixes.")
    if unsafe:
        lines.append(
            "Unsafe fixes remove text; `newsclean fix --unsafe-fixes` applies them."
            if not unsafe_on else "With unsafe fixes on, `newsclean fix` applies them too."
        )
        if diff and not unsafe_on:
            lines.append("The diff shows the safe fixes only; add --unsafe-fixes to see all.")
    return "\n".join(lines)


def _say(line: str, stream: TextIO, flush: bool = False) -> None:
    """Print a line of fix's report. Once its reader has gone (``newsclean fix . | head``)
    the rest of the report goes to the null device: the files are the work, and every one
    is still fixed."""
    try:
        print(printable(line), file=stream, flush=flush)
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        os.close(devnull)


def cmd_fix(args: argparse.Namespace, resolver: ConfigResolver, reporter: Reporter) -> int:
    changed = 0
    fixed_findings = 0
    files = 0  # read as text from a path (not standard input)
    left: list[Finding] = []
    # Where standard input is fixed, standard output is its text: every report goes to
    # standard error, the other files' too (`fix - a.txt > out` writes the text alone).
    report = sys.stderr if "-" in args.paths else sys.stdout
    for target in targets(args.paths, resolver, reporter, args.stdin_filename):
        if not args.diff and target.path != "-" and is_stream(target.path):
            # A device, a pipe or /dev/stdin (which may be a file the shell opened): nothing
            # to rewrite in place; its text is fixed as a filter's, from `-`.
            reporter.error(f"{target.name}: not a regular file, so it cannot be fixed in "
                           "place (give `-` to fix standard input as a filter)")
            continue
        if target.excluded:  # left out by the configuration: a filter passes it on as it is
            if not args.diff:
                shutil.copyfileobj(sys.stdin.buffer, sys.stdout.buffer)
                sys.stdout.buffer.flush()
            continue
        tf = read_target(target, reporter, passthrough=True)
        if tf is None:
            continue
        files += target.path != "-"
        unsafe = _unsafe(args, target.settings)
        result = check_text(tf.text, target.settings.options(target.name), unsafe_fixes=unsafe,
                            mixed_lines=tf.mixed_lines)
        try:
            data = _new_bytes(tf, result, target.settings)
        except InputError as exc:
            reporter.error(str(exc))
            if target.path == "-":  # a filter passes its input on unchanged
                sys.stdout.buffer.write(tf.raw)
                sys.stdout.buffer.flush()
            continue
        if args.diff:
            if data is not None:
                changed += 1
                sys.stdout.write(_diff(target.name, tf, result, target.settings))
            continue
        if target.path == "-":
            sys.stdout.buffer.write(tf.raw if data is None else data)
            sys.stdout.buffer.flush()
        elif data is not None:
            try:
                write_atomic(target.path, data, target.name, expected=tf.raw)
            except InputError as exc:
                reporter.error(str(exc))
                continue
            if not args.quiet:
                _say(f"Fixing {target.name}", report, flush=True)
        if data is not None:
            changed += 1
            fixed_findings += len(result.findings) - len(result.unapplied)
        left.extend(result.unapplied)
        for line in format_text(target.name, result.unapplied):
            _say(line, report)
    if args.diff:
        sys.stdout.flush()
        if reporter.errors:
            return EXIT_ERROR
        return EXIT_FINDINGS if changed else EXIT_OK
    if not args.quiet and (changed or left or reporter.skipped):
        parts = []
        if reporter.skipped:
            parts.append(f"Skipped {plural(reporter.skipped, 'binary file')}.")
        if changed:
            parts.append(f"Fixed {plural(fixed_findings, 'finding')} in "
                         f"{plural(changed, 'file')}.")
        if left:
            parts.append(f"{plural(len(left), 'finding')} left: unsafe fixes, applied with "
                         f"`newsclean fix --unsafe-fixes` (or unsafe-fixes = true).")
        if reporter.errors:
            parts.append(f"{plural(reporter.errors, 'error')}: not every file was "
                         f"fixed.")
        _say(" ".join(parts), report, flush=True)
    elif not args.quiet and files and not reporter.errors:
        _say(f"Nothing to fix: {plural(files, 'file')} already clean.", report, flush=True)
    if reporter.errors:
        return EXIT_ERROR
    # As pre-commit's fixers do: 1 when files changed, 0 once the safe fixes are in. Unsafe
    # findings left are listed as a note (`check` is the strict gate).
    return EXIT_FINDINGS if changed else EXIT_OK

