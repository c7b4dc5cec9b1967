"""The ``newsclean`` command line.

``clean`` prints or writes the clean article text (and runs corpus mode); ``check`` reports
findings; ``fix`` rewrites files in place with the safe fixes (and the unsafe ones when
asked); ``rules`` and ``explain`` document the rules.

Exit codes: 0 nothing to do, 1 findings or changes, 2 usage or input error.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import stat
import sys
import tempfile
import threading
import traceback
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import IO, Any

from . import __version__
from .config import ConfigResolver, Overrides, Settings
from .corpus import (
    FileJob,
    FileResult,
    JsonlJob,
    LineResult,
    Stats,
    clean_file,
    iter_jsonl,
    open_output,
    ordered_map,
)
from .findings import (
    CheckResult,
    Finding,
    check_text,
    format_github,
    format_json,
    format_text,
    unified_diff,
)
from .paths import Candidate, discover
from .registry import all_rules, check_kinds, get_rule, resolve_selection
from .textio import BinaryFileError, InputError, TextFile, decode, read_file, write_atomic

__all__ = ["EXIT_ERROR", "EXIT_FINDINGS", "EXIT_OK", "build_parser", "main"]

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class Reporter:
    """Errors and warnings for a person: one line each on standard error."""

    def __init__(self, quiet: bool = False) -> None:
        self.quiet = quiet
        self.errors = 0
        self.warnings = 0
        #: Binary files found in folders and skipped (counted in the summary).
        self.skipped = 0
        #: The progress bar on screen, if any: messages are printed above it.
        self.bar: Any = None

    def _print(self, line: str) -> None:
        if self.bar is not None:
            self.bar.write(line, file=sys.stderr)
        else:
            _stderr(line)

    def error(self, message: str) -> None:
        """Report an input error (the run ends with exit status 2)."""
        self.errors += 1
        self._print(f"newsclean: error: {message}")

    def warning(self, message: str) -> None:
        """Report something skipped or odd that does not change the exit status."""
        self.warnings += 1
        if not self.quiet:
            self._print(f"newsclean: warning: {message}")


def _stderr(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


# --- rule codes and kinds ------------------------------------------------------------------

def _codes(value: str) -> list[str]:
    return [c.strip() for c in value.split(",") if c.strip()]


def _kinds(value: str) -> list[str]:
    return [k.strip().lower() for k in value.split(",") if k.strip()]


_VALID: set[Settings] = set()


def validate(settings: Settings) -> None:
    """Raise :class:`InputError` for a rule code or boilerplate kind that does not exist."""
    if settings in _VALID:
        return
    _check_settings(settings)
    _VALID.add(settings)


def _check_settings(settings: Settings) -> None:
    where = f"{settings.source}: " if settings.source else ""
    try:
        for name in ("select", "ignore", "extend_select"):
            resolve_selection(getattr(settings, name), name.replace("_", "-"))
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


def _display(path: str) -> str:
    return os.path.normpath(path) if not os.path.isabs(path) else path


def targets(
    paths: Sequence[str],
    resolver: ConfigResolver,
    reporter: Reporter,
    stdin_filename: str | None = None,
    skip_under: str | None = None,
) -> Iterator[Target]:
    """The files named or found under ``paths``, each once, with its settings."""
    seen: set[str] = set()
    if paths.count("-") > 1:
        reporter.warning("- (standard input) given more than once; read once")

    def rules_for(folder: str) -> Any:
        settings = resolver.for_folder(folder)
        validate(settings)
        return settings.walk_rules()

    def on_empty(folder: str) -> None:
        settings = resolver.for_folder(folder)
        reporter.error(
            f"{folder}: no files to work on here (include: {', '.join(settings.include)})"
        )

    def on_skip(path: str, why: str) -> None:
        reporter.warning(f"{_display(path)}: {why}")

    for path in paths:
        if path == "-":
            if "-" in seen:
                continue
            seen.add("-")
            here = stdin_filename or os.path.join(os.getcwd(), "stdin")
            settings = resolver.for_path(here)
            validate(settings)
            yield Target(stdin_filename or "<stdin>", "-", settings)
            continue
        cand: Candidate
        for cand in discover([path], rules_for, on_empty, on_skip):
            key = os.path.realpath(cand.path)
            name = _display(cand.path)
            if key in seen:
                again = ("given more than once" if cand.explicit
                         else "the same file as one found before (a link)")
                reporter.warning(f"{name}: {again}; worked on once")
                continue
            if (skip_under and not cand.explicit
                    and (key + os.sep).startswith(skip_under + os.sep)):
                continue  # an earlier run's output inside the folder walked
            seen.add(key)
            settings = resolver.for_path(cand.path)
            validate(settings)
            if cand.explicit and settings.force_exclude and settings.excludes(cand.path):
                continue
            yield Target(name, cand.path, settings, cand.root, cand.explicit)


def _read(target: Target, reporter: Reporter, passthrough: bool = False) -> TextFile | None:
    """The decoded file, or None after reporting why not.

    Standard input is read with NUL bytes as text (a filter cleans what it was given); with
    ``passthrough`` (``fix -``, a filter) input that cannot be decoded goes to standard output
    unchanged, so that nothing that replaces the input is ever less than it.
    """
    if target.path == "-":
        data = sys.stdin.buffer.read()
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


# --- check and fix -------------------------------------------------------------------------

def _new_bytes(tf: TextFile, result: CheckResult, settings: Settings) -> bytes | None:
    """The bytes ``fix`` writes, or None when the file stays as it is."""
    unify = bool(tf.mixed_lines) and settings.options().enabled("W101")
    if result.fixed == tf.text and not unify:
        return None
    data = tf.encode(result.fixed)
    return None if data == tf.raw else data


def _unsafe(args: argparse.Namespace, settings: Settings) -> bool:
    return settings.unsafe_fixes if args.unsafe_fixes is None else args.unsafe_fixes


def _summary_counts(findings: Sequence[Finding]) -> tuple[int, int]:
    safe = sum(1 for f in findings if f.safe)
    return safe, len(findings) - safe


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def _cmd_check(args: argparse.Namespace, resolver: ConfigResolver, reporter: Reporter) -> int:
    out = sys.stdout
    all_results: list[tuple[str, list[Finding]]] = []
    files = 0
    total: list[Finding] = []
    unsafe_on = False
    for target in targets(args.paths, resolver, reporter, args.stdin_filename):
        tf = _read(target, reporter)
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
        total.extend(result.findings)
        all_results.append((target.name, result.findings))
        if args.diff:
            if result.fixed != tf.text:
                nl = tf.newline if tf.newline == "\r\n" else "\n"
                out.write(unified_diff(target.name, tf.text.replace("\n", nl),
                                       result.fixed.replace("\n", nl)))
        elif args.statistics:
            continue
        elif args.format == "text":
            for line in format_text(target.name, result.findings):
                out.write(line + "\n")
        elif args.format == "github":
            for line in format_github(target.name, result.findings):
                out.write(line + "\n")
    if args.statistics and not args.diff:
        out.write(format_statistics(total, args.format))
    elif args.format == "json" and not args.diff:
        out.write(format_json(all_results, unsafe_fixes=unsafe_on) + "\n")
    out.flush()
    if args.format == "text" and not args.quiet and files:
        _stderr_or_out(_check_summary(total, files, unsafe_on, reporter.skipped),
                       args.diff or args.statistics)
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


def _stderr_or_out(text: str, to_stderr: bool) -> None:
    print(text, file=sys.stderr if to_stderr else sys.stdout, flush=True)


def _check_summary(
    findings: Sequence[Finding], files: int, unsafe_on: bool, skipped: int = 0
) -> str:
    binary = f" ({_plural(skipped, 'binary file')} skipped)" if skipped else ""
    if not findings:
        return f"All clean: no findings in {_plural(files, 'file')}{binary}."
    safe, unsafe = _summary_counts(findings)
    lines = [f"Found {_plural(len(findings), 'finding')} in {_plural(files, 'checked file')}"
             f"{binary}: {safe:,} with a safe fix, {unsafe:,} with an unsafe fix."]
    if safe:
        lines.append("`newsclean fix` applies the safe fixes.")
    if unsafe:
        lines.append(
            "Unsafe fixes remove text; `newsclean fix --unsafe-fixes` applies them."
            if not unsafe_on else "With unsafe fixes on, `newsclean fix` applies them too."
        )
    return "\n".join(lines)


def _cmd_fix(args: argparse.Namespace, resolver: ConfigResolver, reporter: Reporter) -> int:
    changed = 0
    fixed_findings = 0
    left: list[Finding] = []
    for target in targets(args.paths, resolver, reporter, args.stdin_filename):
        tf = _read(target, reporter, passthrough=True)
        if tf is None:
            continue
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
        report = sys.stderr if target.path == "-" else sys.stdout
        if args.diff:
            if data is not None:
                changed += 1
                nl = tf.newline if tf.newline == "\r\n" else "\n"
                sys.stdout.write(unified_diff(target.name, tf.text.replace("\n", nl),
                                              result.fixed.replace("\n", nl)))
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
            print(f"Fixing {target.name}", file=report, flush=True)
        if data is not None:
            changed += 1
            fixed_findings += len(result.findings) - len(result.unapplied)
        left.extend(result.unapplied)
        for line in format_text(target.name, result.unapplied):
            print(line, file=report)
    if args.diff:
        sys.stdout.flush()
        if reporter.errors:
            return EXIT_ERROR
        return EXIT_FINDINGS if changed else EXIT_OK
    if not args.quiet and (changed or left or reporter.skipped):
        parts = []
        if reporter.skipped:
            parts.append(f"Skipped {_plural(reporter.skipped, 'binary file')}.")
        if changed:
            parts.append(f"Fixed {_plural(fixed_findings, 'finding')} in "
                         f"{_plural(changed, 'file')}.")
        if left:
            parts.append(f"{_plural(len(left), 'finding')} left: unsafe fixes, applied with "
                         f"`newsclean fix --unsafe-fixes` (or unsafe-fixes = true).")
        print(" ".join(parts), file=sys.stderr if "-" in args.paths else sys.stdout, flush=True)
    if reporter.errors:
        return EXIT_ERROR
    # As pre-commit's fixers do: 1 when files changed, 0 once the safe fixes are in. Unsafe
    # findings left are listed as a note (`check` is the strict gate).
    return EXIT_FINDINGS if changed else EXIT_OK


# --- clean ---------------------------------------------------------------------------------

_SUFFIX = {"text": None, "markdown": ".md", "json": ".json"}


def _progress(
    items: Iterable[Any], enabled: bool, reporter: Reporter, total: int | None = None,
    total_bytes: int | None = None,
) -> Iterable[Any]:
    """``items`` with a progress bar on standard error, when that is a terminal.

    With ``total`` (documents) or ``total_bytes`` (the inputs' size; each item's
    ``stats.size`` counts) the bar shows how far the run is and when it will end.
    """
    if not enabled or not sys.stderr.isatty():
        return items
    try:
        from tqdm import tqdm
    except ImportError:  # pragma: no cover - tqdm is a dependency
        return items
    if total_bytes:
        bar = tqdm(total=total_bytes, unit="B", unit_scale=True, file=sys.stderr,
                   dynamic_ncols=True)
        reporter.bar = bar

        def by_size() -> Iterator[Any]:
            for item in items:
                bar.update(item.stats.size)
                yield item

        return by_size()
    reporter.bar = tqdm(items, unit="doc", total=total, file=sys.stderr, dynamic_ncols=True)
    return reporter.bar  # type: ignore[no-any-return]


def _input_size(paths: Sequence[str]) -> int | None:
    """The bytes the JSON Lines inputs hold, when every one is a plain file (not standard
    input, not compressed); None otherwise."""
    try:
        if all(p != "-" and not p.endswith((".gz", ".bz2", ".xz")) for p in paths):
            return sum(os.path.getsize(p) for p in paths)
    except OSError:
        pass
    return None


def _close_bar(reporter: Reporter) -> None:
    if reporter.bar is not None:
        reporter.bar.close()
        reporter.bar = None


def _out_name(target: Target, fmt: str) -> str:
    if target.path == "-":
        rel = os.path.basename(target.name) if target.name != "<stdin>" else "stdin.txt"
    elif target.explicit:
        rel = os.path.basename(target.path)
    else:
        rel = os.path.relpath(target.path, target.root)
    suffix = _SUFFIX[fmt]
    if suffix:
        rel = os.path.splitext(rel)[0] + suffix
    return rel


class _Sink:
    """Where clean text goes: standard output, one file (``-o``), or a folder."""

    def __init__(self, output: str | None, output_dir: str | None, fmt: str) -> None:
        self.output = output
        self.output_dir = output_dir
        self.fmt = fmt
        self.count = 0
        self._fh: IO[bytes] | None = None
        self._tmp: str | None = None
        if output and output != "-":
            folder = os.path.dirname(os.path.abspath(output))
            gz = ".gz" if output.endswith(".gz") else ""
            try:
                os.makedirs(folder, exist_ok=True)
                fd, self._tmp = tempfile.mkstemp(dir=folder, prefix=".newsclean-",
                                                 suffix=f".tmp{gz}")
                os.close(fd)
                self._fh = open_output(self._tmp)
            except OSError as exc:
                self._drop()
                raise InputError(f"{output}: cannot write ({exc.strerror or exc})") from None

    def _stream(self) -> IO[bytes]:
        return self._fh if self._fh is not None else sys.stdout.buffer

    def write_doc(self, result: FileResult) -> None:
        """Write one cleaned document."""
        text = result.output
        if self.output_dir is not None:
            assert result.job.out is not None
            path = os.path.join(self.output_dir, result.job.out)
            os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
            write_atomic(path, (text + "\n" if text else "").encode("utf-8"))
            self.count += 1
            return
        stream = self._stream()
        if self.count and self.fmt != "json":
            stream.write(b"\n")
        if text:
            stream.write(text.encode("utf-8") + b"\n")
        self.count += 1

    def passes_through(self, fmt: str) -> bool:
        """Whether input that cannot be cleaned goes on unchanged: text to standard output,
        as a filter writes it."""
        return fmt == "text" and self.output_dir is None and self._fh is None

    def write_bytes(self, data: bytes) -> None:
        """Write raw output (a JSON line)."""
        self._stream().write(data)
        self.count += 1

    def finish(self, ok: bool) -> None:
        """Put the output file in place (or drop it when the run failed); a file that
        cannot be written (a full disk) is dropped too, with an :class:`InputError`."""
        if self._fh is None:
            sys.stdout.buffer.flush()
            return
        assert self._tmp is not None and self.output is not None
        try:
            self._fh.close()
            if ok:
                os.replace(self._tmp, self.output)
                self._tmp = None
        except OSError as exc:
            raise InputError(
                f"{self.output}: cannot write ({exc.strerror or exc}); nothing written"
            ) from None
        finally:
            self._drop()

    def _drop(self) -> None:
        """Remove the temporary output file, if there is one."""
        if self._tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(self._tmp)
            self._tmp = None


def _check_outputs(args: argparse.Namespace, paths: Sequence[str]) -> None:
    if args.output and args.output_dir:
        raise InputError("give -o FILE or --output-dir DIR, not both")
    if args.output and args.output != "-":
        if os.path.isdir(args.output):
            raise InputError(
                f"{args.output}: -o is a folder; give a file name (--output-dir writes a folder)"
            )
        out = os.path.realpath(args.output)
        for path in paths:
            if path != "-" and os.path.exists(path) and os.path.realpath(path) == out:
                raise InputError(
                    f"{path}: -o would overwrite the input; `newsclean fix` rewrites files in place"
                )
    if args.output_dir:
        out = os.path.realpath(args.output_dir)
        if os.path.exists(out) and not os.path.isdir(out):
            raise InputError(f"{args.output_dir}: --output-dir is not a folder")
        for path in paths:
            if path != "-" and os.path.isdir(path) and os.path.realpath(path) == out:
                raise InputError(
                    f"{args.output_dir}: --output-dir is the input folder; "
                    f"choose another folder (or `newsclean fix` to rewrite in place)"
                )


def _cmd_clean(args: argparse.Namespace, resolver: ConfigResolver, reporter: Reporter) -> int:
    paths = args.paths
    _check_outputs(args, paths)
    if args.jsonl:
        return _clean_jsonl(args, resolver, reporter)
    corpus = bool(args.output_dir)
    fmt = args.format
    skip_under = os.path.realpath(args.output_dir) if args.output_dir else None
    stdin_data = sys.stdin.buffer.read() if "-" in paths else None

    outputs: dict[str, str] = {}  # output path (as the file system compares) -> input

    def claim(target: Target, out: str) -> bool:
        """Whether ``target`` may write ``out``: no other input writes it, and it is not
        the input itself."""
        path = os.path.join(args.output_dir, out)
        key = os.path.normcase(os.path.realpath(path))
        if target.path != "-" and key == os.path.normcase(os.path.realpath(target.path)):
            reporter.error(f"{target.name}: its output {_display(path)} would overwrite it; "
                           f"choose another --output-dir")
            return False
        if key in outputs:
            reporter.error(f"{target.name}: its output {_display(path)} is also the output of "
                           f"{outputs[key]}; not written (clean them into separate folders)")
            return False
        outputs[key] = target.name
        return True

    def jobs_of() -> Iterator[FileJob]:
        for target in targets(paths, resolver, reporter, args.stdin_filename, skip_under):
            s = target.settings
            out = _out_name(target, fmt) if args.output_dir else None
            if out is not None and not claim(target, out):
                continue
            yield FileJob(
                target.name, target.path, s.options(target.name), s.encoding, fmt,
                stdin_data if target.path == "-" else None, out, target.explicit, args.timeout,
            )

    jobs: Iterable[FileJob] = jobs_of()
    if corpus and not args.quiet:
        jobs = list(jobs)  # the walk is quick; its count tells the progress bar's total
    if not args.output_dir and fmt != "json":
        jobs = list(jobs)
        if len(jobs) > 1:
            # Clean texts written one after another could not be told apart.
            raise InputError(
                f"{len(jobs)} inputs, one output: give --output-dir DIR for a file per input, "
                f"or --format json for one JSON line per input"
            )
    sink = _Sink(args.output, args.output_dir, fmt)
    stats = Stats()
    ok = True
    try:
        results = ordered_map(clean_file, jobs, args.jobs)
        count = len(jobs) if isinstance(jobs, list) else None
        for result in _progress(results, corpus and not args.quiet, reporter, total=count):
            if result.warning:
                reporter.warning(result.warning)
                stats.skipped += 1
                continue
            if result.error:
                stats.errors += 1
                job = result.job
                if job.data is not None and sink.passes_through(fmt):
                    # A filter never prints less than it was given: the input goes on as is.
                    reporter.error(result.error + "; passed through unchanged")
                    sink.write_bytes(job.data)
                elif args.on_error == "fail":
                    reporter.error(result.error)  # the other files go on; exit 2 at the end
                else:
                    reporter.warning(result.error + " (skipped: --on-error skip)")
                continue
            sink.write_doc(result)
            stats.add(result.stats)
    except BaseException:
        ok = False
        raise
    finally:
        sink.finish(ok and not reporter.errors)
    _close_bar(reporter)
    if corpus and not args.quiet:
        _stderr(stats.summary())
    return EXIT_ERROR if reporter.errors else EXIT_OK


def _clean_jsonl(args: argparse.Namespace, resolver: ConfigResolver, reporter: Reporter) -> int:
    paths = args.paths
    for path in paths:
        if path != "-" and os.path.isdir(path):
            raise InputError(f"{path}: is a directory (--jsonl reads JSON Lines files)")
    first = paths[0] if paths[0] != "-" else (args.stdin_filename or os.getcwd())
    settings = resolver.for_path(first)
    validate(settings)
    job = JsonlJob(settings.options(), args.text_field, args.removed_field, args.timeout)
    sink = _Sink(args.output, None, "json")
    stats = Stats()
    ok = True
    try:
        results: Iterable[LineResult] = ordered_map(job, iter_jsonl(paths), args.jobs)
        for result in _progress(results, not args.quiet, reporter,
                                total_bytes=_input_size(paths)):
            if result.error:
                stats.errors += 1
                if args.on_error == "fail":
                    reporter.error(result.error + " (--on-error skip skips such lines)")
                    ok = False
                    break
                reporter.warning(result.error + "; line skipped")
                continue
            sink.write_bytes(result.output)
            stats.add(result.stats)
    except InputError as exc:
        reporter.error(str(exc))
        ok = False
    except BaseException:
        ok = False
        raise
    finally:
        sink.finish(ok)
    _close_bar(reporter)
    if not args.quiet:
        _stderr(stats.summary())
    return EXIT_ERROR if reporter.errors else EXIT_OK


# --- rules and explain ---------------------------------------------------------------------

def _cmd_rules(args: argparse.Namespace, resolver: ConfigResolver, reporter: Reporter) -> int:
    rules = all_rules()
    if args.format == "json":
        data = [{"code": r.code, "name": r.name, "group": r.group, "stage": r.stage,
                 "safe": r.safe, "label": r.label, "summary": r.summary} for r in rules]
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return EXIT_OK
    for rule in rules:
        safety = "safe" if rule.safe else "unsafe"
        print(f"{rule.code}  {rule.name:<30} {rule.group:<18} {safety:<7} {rule.summary}")
    return EXIT_OK


def _cmd_explain(args: argparse.Namespace, resolver: ConfigResolver, reporter: Reporter) -> int:
    try:
        rule = get_rule(args.code)
    except KeyError as exc:
        raise InputError(str(exc.args[0])) from None
    safety = "safe fix" if rule.safe else "unsafe fix (applied by `fix` with --unsafe-fixes)"
    print(f"{rule.code} ({rule.name}), group {rule.group}, {safety}")
    print()
    print(rule.doc)
    return EXIT_OK


# --- the parser ----------------------------------------------------------------------------

def _selection_options() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(add_help=False)
    g = p.add_argument_group("rules")
    g.add_argument("--select", type=_codes, action="extend", metavar="CODES",
                   help="rule codes or prefixes to run, comma-separated (replaces the "
                        "configured list; default ALL)")
    g.add_argument("--ignore", type=_codes, action="extend", metavar="CODES",
                   help="rule codes or prefixes not to run (added to the configured list)")
    g.add_argument("--extend-select", type=_codes, action="extend", metavar="CODES",
                   help="rule codes or prefixes to run on top of select")
    g.add_argument("--keep", type=_kinds, action="extend", metavar="KINDS",
                   help="boilerplate kinds to keep (e.g. embed,caption; or all)")
    g.add_argument("--uncurl-quotes", action=argparse.BooleanOptionalAction, default=None,
                   help="turn typographic quotes into ASCII ones (rule U107)")
    g.add_argument("--normalization", choices=["NFC", "NFD", "none"], default=None,
                   help="Unicode normalization of repaired text (default NFC)")
    f = p.add_argument_group("files and configuration")
    f.add_argument("--config", metavar="FILE",
                   help="use this newsclean.toml or pyproject.toml for every file")
    f.add_argument("--isolated", action="store_true", help="read no configuration file")
    f.add_argument("--encoding", default=None,
                   help="encoding of the input files (default utf-8)")
    f.add_argument("--input-format", choices=["auto", "text", "markdown"], default=None,
                   help="read files as text or Markdown (default auto: Markdown for .md and "
                        ".markdown files)")
    f.add_argument("--include", type=_globs, action="extend", metavar="GLOBS",
                   help="files a walked folder yields (default *.txt,*.text,*.md,*.markdown)")
    f.add_argument("--exclude", type=_globs, action="extend", metavar="GLOBS",
                   help="files and folders not to walk into (replaces the default list)")
    f.add_argument("--extend-exclude", type=_globs, action="extend", metavar="GLOBS",
                   help="more files and folders not to walk into")
    f.add_argument("--force-exclude", action=argparse.BooleanOptionalAction, default=None,
                   help="apply exclude to files named on the command line too")
    f.add_argument("--respect-gitignore", action=argparse.BooleanOptionalAction, default=None,
                   help="skip files that .gitignore ignores (default on)")
    f.add_argument("--stdin-filename", metavar="PATH",
                   help="the name of standard input, for messages and finding its config")
    f.add_argument("-q", "--quiet", action="store_true",
                   help="print no summary and no warnings")
    return p


def _globs(value: str) -> list[str]:
    return [g.strip() for g in value.split(",") if g.strip()]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``newsclean`` command."""
    parser = argparse.ArgumentParser(
        prog="newsclean",
        description="Turn messy scraped news text into clean article text.",
        epilog="Exit status: 0 nothing to do, 1 findings or changes, 2 usage or input error.",
    )
    parser.add_argument("--version", action="version", version=f"newsclean {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    common = _selection_options()

    p_clean = sub.add_parser(
        "clean", parents=[common], help="print or write the clean article text",
        description="Print the clean article text of files, folders or standard input (-), "
                    "or write it with -o / --output-dir. With --jsonl, clean a JSON Lines "
                    "corpus.",
    )
    p_clean.add_argument("paths", nargs="*", metavar="PATH",
                         help="text files, folders, or - for standard input (the default "
                              "when it is a pipe or a file)")
    p_clean.add_argument("-o", "--output", metavar="FILE", help="write the output to FILE")
    p_clean.add_argument("--output-dir", metavar="DIR",
                         help="write one clean file per input under DIR (corpus mode)")
    p_clean.add_argument("--format", choices=["text", "markdown", "json"], default="text",
                         help="text (default), markdown, or json (blocks with labels, rule "
                              "codes, reasons and spans; one JSON object per line)")
    corpus = p_clean.add_argument_group("corpus mode")
    corpus.add_argument("--jsonl", action="store_true",
                        help="inputs are JSON Lines; clean the text field of each line")
    corpus.add_argument("--text-field", default="text", metavar="NAME",
                        help="the field holding the text (default text)")
    corpus.add_argument("--removed-field", metavar="NAME",
                        help="also write the removed blocks (code, label, reason, span, "
                             "text) to this field")
    corpus.add_argument("-j", "--jobs", type=_jobs, default=1, metavar="N",
                        help="worker processes (default 1; 0 = one per CPU)")
    corpus.add_argument("--timeout", type=_seconds, metavar="SECONDS",
                        help="seconds one document may take; a slower one is a bad "
                             "document (see --on-error)")
    corpus.add_argument("--on-error", choices=["fail", "skip"], default="fail",
                        help="on a bad file or JSON line: fail (the default) reports it "
                             "and ends with status 2, after the other files or at once for "
                             "a JSON line; skip reports it and goes on")
    p_clean.set_defaults(func=_cmd_clean)

    p_check = sub.add_parser(
        "check", parents=[common], help="report what fix would change",
        description="Report each finding as path:line:col: CODE message, marked [safe fix] "
                    "or [unsafe fix]. Exit status 1 when there are findings.",
    )
    p_check.add_argument("paths", nargs="*", metavar="PATH",
                         help="text files, folders, or - (default: standard input when it "
                              "is a pipe or a file, else the current folder)")
    p_check.add_argument("--diff", action="store_true",
                         help="print a unified diff of what fix would change instead")
    p_check.add_argument("--output-format", "--format", dest="format",
                         choices=["text", "json", "github"], default="text",
                         help="text (default), json, or github (GitHub Actions annotations)")
    p_check.add_argument("--statistics", action="store_true",
                         help="print the number of findings per rule instead of each finding")
    p_check.add_argument("--exit-zero", action="store_true",
                         help="exit with status 0 even when there are findings (2 on errors)")
    p_check.add_argument("--unsafe-fixes", action=argparse.BooleanOptionalAction, default=None,
                         help="count unsafe fixes as applied (for --diff and the summary)")
    p_check.set_defaults(func=_cmd_check)

    p_fix = sub.add_parser(
        "fix", parents=[common], help="rewrite files in place with the fixes",
        description="Rewrite files in place (atomically, keeping encoding, byte-order mark, "
                    "line endings and permissions) with the safe fixes; unsafe fixes too with "
                    "--unsafe-fixes. Prints 'Fixing <path>'. Exit status 1 when a file "
                    "changed, 0 when nothing was left to fix (unsafe findings not applied are "
                    "listed as a note; `newsclean check` fails on them), 2 on an error.",
    )
    p_fix.add_argument("paths", nargs="*", metavar="PATH",
                       help="text files, folders, or - (default: standard input when it "
                            "is a pipe or a file, else the current folder)")
    p_fix.add_argument("--unsafe-fixes", action=argparse.BooleanOptionalAction, default=None,
                       help="also apply unsafe fixes: remove boilerplate and heading fragments")
    p_fix.add_argument("--diff", action="store_true",
                       help="print a unified diff of the changes and write nothing (exit "
                            "status 1 when a file would change)")
    p_fix.set_defaults(func=_cmd_fix)

    p_rules = sub.add_parser("rules", help="list every rule",
                             description="List every rule: code, name, group, safety, summary.")
    p_rules.add_argument("--format", choices=["text", "json"], default="text")
    p_rules.set_defaults(func=_cmd_rules)

    p_explain = sub.add_parser("explain", help="print a rule's documentation",
                               description="Print a rule's documentation.")
    p_explain.add_argument("code", help="rule code or name, e.g. P101")
    p_explain.set_defaults(func=_cmd_explain)
    # A mistyped option is reported with the usage of its own command (see main).
    parser.set_defaults(_subcommands=sub.choices)
    return parser


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value!r}") from None
    if not 0 < seconds < 1e6:
        raise argparse.ArgumentTypeError(f"give a number of seconds above 0, not {value}")
    return seconds


def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError("must be 0 (one per CPU) or more")
    return n or os.cpu_count() or 1


def _overrides(args: argparse.Namespace) -> Overrides:
    def tup(name: str) -> tuple[str, ...]:
        return tuple(getattr(args, name, None) or ())

    def opt(name: str) -> tuple[str, ...] | None:
        value = getattr(args, name, None)
        return tuple(value) if value else None

    return Overrides(
        select=opt("select"),
        ignore=tup("ignore"),
        extend_select=tup("extend_select"),
        keep=tup("keep"),
        uncurl_quotes=args.uncurl_quotes,
        normalization=args.normalization,
        unsafe_fixes=getattr(args, "unsafe_fixes", None),
        include=opt("include"),
        exclude=opt("exclude"),
        extend_exclude=tup("extend_exclude"),
        force_exclude=args.force_exclude,
        respect_gitignore=args.respect_gitignore,
        encoding=args.encoding,
        input_format=args.input_format,
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = build_parser()
    try:
        args, extra = parser.parse_known_args(argv)
        if extra:
            own = args._subcommands.get(args.command) if args.command else None
            (own or parser).error(f"unrecognized arguments: {' '.join(extra)}")
    except SystemExit as exc:  # argparse reports usage errors itself, with status 2
        return int(exc.code or 0)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    reporter = Reporter(getattr(args, "quiet", False))
    if getattr(args, "paths", ["."]) == [] and not _default_paths(args, reporter):
        return EXIT_ERROR
    previous = _on_terminate(_terminated)
    try:
        resolver = (
            ConfigResolver(_overrides(args), args.config, isolated=args.isolated)
            if hasattr(args, "config") else ConfigResolver(isolated=True)
        )
        return int(args.func(args, resolver, reporter))
    except InputError as exc:
        reporter.error(str(exc))
        return EXIT_ERROR
    except KeyboardInterrupt as exc:
        if exc.args == (TERMINATED,):
            _stderr("newsclean: terminated; nothing half-written is left")
            return 143
        _stderr("newsclean: interrupted")
        return 130
    except BrokenPipeError:
        # The reader of our output went away (``| head``): stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except OSError as exc:  # a write that failed midway (a full disk, a vanished folder)
        where = f"{exc.filename}: " if exc.filename else ""
        reporter.error(f"{where}{exc.strerror or exc}")
        return EXIT_ERROR
    except MemoryError:
        reporter.error("out of memory; split the input into smaller files (or lines of "
                       "--jsonl) and run again")
        return EXIT_ERROR
    except Exception as exc:  # a bug: one line and status 2, the traceback on request
        if os.environ.get("NEWSCLEAN_DEBUG"):
            traceback.print_exc()
        reporter.error(f"internal error ({type(exc).__name__}: {exc}); please report it, "
                       f"with the traceback that NEWSCLEAN_DEBUG=1 shows")
        return EXIT_ERROR
    finally:
        _on_terminate(previous)


def _stdin_is_data() -> bool:
    """Whether standard input is a pipe or a file (not a terminal, not /dev/null)."""
    try:
        mode = os.fstat(sys.stdin.fileno()).st_mode
    except (OSError, ValueError, AttributeError):
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISREG(mode)


def _default_paths(args: argparse.Namespace, reporter: Reporter) -> bool:
    """Fill in the paths when none are given: standard input when it is a pipe or a file
    (as ftfy reads it), else the current folder (``check``, ``fix``); False after an error
    (``clean`` with nothing to read)."""
    if _stdin_is_data():
        args.paths = ["-"]
        args.stdin_default = True
        return True
    if args.command == "clean":
        reporter.error("no input: give a file, a folder, or - (or pipe text in)")
        return False
    args.paths = ["."]
    return True


#: The argument of the KeyboardInterrupt that SIGTERM raises.
TERMINATED = "terminated"


def _terminated(signum: int, frame: Any) -> None:
    """SIGTERM ends a run as Ctrl-C does: temporary files removed, workers stopped."""
    raise KeyboardInterrupt(TERMINATED)


def _on_terminate(handler: Any) -> Any:
    """Install ``handler`` for SIGTERM (in the main thread only); the previous one."""
    if threading.current_thread() is not threading.main_thread():
        return None
    if handler is None:
        return None
    return signal.signal(signal.SIGTERM, handler)


if __name__ == "__main__":
    sys.exit(main())
