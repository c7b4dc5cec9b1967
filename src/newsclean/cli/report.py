"""What the command line tells a person: errors and warnings on standard error, the exit
statuses, plurals, and the progress bar of corpus mode."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class Reporter:
    """Errors and warnings for a person: one line each on standard error."""

    def __init__(self, quiet: bool = False) -> None:
        self.quiet = quiet
        self.errors = 0
        self.warnings = 0
        #: Binary files found in folders and skipped (counted in the summary).
        self.skipped = 0
        #: Inputs left out of the output by ``--on-error skip`` (see :meth:`left_out`).
        self.left_out_count = 0
        #: The progress bar on screen, if any: messages are printed above it.
        self.bar: Any = None
        #: Whether the progress bar failed once (see :meth:`drop_bar`).
        self.bar_failed = False

    def _print(self, line: str) -> None:
        line = printable(line)
        if self.bar is not None:
            try:
                self.bar.write(line, file=sys.stderr)
                return
            except Exception as exc:  # tqdm set up by TQDM_* in a way it cannot draw
                self.drop_bar(exc)
        to_stderr(line)

    def drop_bar(self, exc: Exception) -> None:
        """Go on without the progress bar, which failed (``exc``): it is for show, and the
        run matters more. The first such failure is reported."""
        self.bar = None
        if not self.bar_failed:
            self.bar_failed = True
            self.warning(f"no progress bar ({type(exc).__name__}: {exc}); "
                         f"check the TQDM_* environment variables")

    def error(self, message: str) -> None:
        """Report an input error (the run ends with exit status 2)."""
        self.errors += 1
        self._print(f"newsclean: error: {message}")

    def warning(self, message: str) -> None:
        """Report something skipped or odd that does not change the exit status."""
        self.warnings += 1
        if not self.quiet:
            self._print(f"newsclean: warning: {message}")

    def left_out(self, message: str) -> None:
        """Report an input left out of the output (``--on-error skip``): a warning, counted
        for :meth:`left_out_summary`."""
        self.left_out_count += 1
        self.warning(message)

    def left_out_summary(self) -> None:
        """Under ``-q``, which silences the warnings, say in one line how many inputs were
        left out of the output: nothing goes without a word."""
        if self.quiet and self.left_out_count:
            what = plural(self.left_out_count, "bad input")
            self._print(f"newsclean: {what} skipped by --on-error skip "
                        f"(run without -q to see which)")


# A control character: a file's name may hold one (a line break, an escape), which would
# part a report's line or drive the terminal, or one that reorders the text around it
# (U+202E: "gpj.exe" would show as "exe.jpg"); or a byte of a name that is not UTF-8, which
# Python holds as a lone surrogate (U+DC80 to U+DCFF). Matches "\n", "\x1b", "\x85",
# "\u202e", "\udce9"; not "\t", "é".
_CONTROL_RE = re.compile(
    "[\x00-\x08\x0a-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\udc80-\udcff]"
)


def _escape(char: str) -> str:
    """A character of :data:`_CONTROL_RE` as its escape; a byte that is not UTF-8 as
    ``\\xe9``, as JSON output writes it (see :func:`newsclean.io.textio.json_name`)."""
    if char >= "\udc80":
        return f"\\x{ord(char) - 0xDC00:02x}"
    return repr(char)[1:-1]


def printable(line: str) -> str:
    """``line`` as a terminal shows it safely: each control character as its escape, and a
    file name's bytes that are not UTF-8 as theirs.

    >>> print(printable("a\\nb.txt:1:1: P101 \\x1b[31mred"))
    a\\nb.txt:1:1: P101 \\x1b[31mred
    >>> print(printable(b"caf\\xe9.txt".decode("utf-8", "surrogateescape")))
    caf\\xe9.txt
    >>> print(printable("invoice\\u202egpj.exe"))
    invoice\\u202egpj.exe
    """
    if _CONTROL_RE.search(line) is None:
        return line
    return _CONTROL_RE.sub(lambda m: _escape(m.group()), line)


def to_stderr(line: str) -> None:
    """Print ``line`` on standard error. Where that cannot be written (its reader gone:
    ``newsclean fix . 2>&1 | head``; closed; a full disk), the line is lost, not the run:
    standard error goes to the null device from then on, the work goes on, and the exit
    status still counts the error (it was 0 or 1, and ``fix`` stopped at the first)."""
    if sys.stderr is None:  # closed by the shell (2>&-): ``print`` would use standard output,
        return  # and put the line into the clean text
    try:
        print(line, file=sys.stderr, flush=True)
    except OSError:
        _silence_stderr()


def _silence_stderr() -> None:
    """Point standard error at the null device (its pending output is dropped there)."""
    try:
        fd = sys.stderr.fileno()
    except (AttributeError, OSError, ValueError):
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115 (for the rest of the run)
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    if devnull != fd:  # (a closed descriptor is the first free one: it is the null device now)
        os.dup2(devnull, fd)
        os.close(devnull)


def plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def progress(
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
        from tqdm import tqdm  # reads the TQDM_* environment variables

        if total_bytes:
            bar = tqdm(total=total_bytes, unit="B", unit_scale=True, file=sys.stderr,
                       dynamic_ncols=True)
        else:
            bar = tqdm(total=total, unit="doc", file=sys.stderr, dynamic_ncols=True)
    except ImportError:  # pragma: no cover - tqdm is a dependency
        return items
    except Exception as exc:  # a TQDM_* variable that tqdm cannot read
        reporter.drop_bar(exc)
        return items
    reporter.bar = bar
    return _advance(items, reporter, (lambda item: item.stats.size) if total_bytes else None)


def _advance(
    items: Iterable[Any], reporter: Reporter, size: Callable[[Any], int] | None
) -> Iterator[Any]:
    """``items``, moving the reporter's bar on by each one (by ``size(item)``, or by one);
    a bar that fails to draw is dropped, and the run goes on (see :meth:`Reporter.drop_bar`)."""
    for item in items:
        bar = reporter.bar
        if bar is not None:
            try:
                bar.update(1 if size is None else size(item))
            except Exception as exc:  # tqdm set up by TQDM_* in a way it cannot draw
                reporter.drop_bar(exc)
        yield item


def input_size(paths: Sequence[str]) -> int | None:
    """The bytes the JSON Lines inputs hold, when every one is a plain file (not standard
    input, not compressed); None otherwise."""
    try:
        if all(p != "-" and not p.endswith((".gz", ".bz2", ".xz")) for p in paths):
            return sum(os.path.getsize(p) for p in paths)
    except OSError:
        pass
    return None


def close_bar(reporter: Reporter) -> None:
    bar = reporter.bar
    if bar is not None:
        reporter.bar = None
        try:
            bar.close()
        except Exception as exc:  # tqdm set up by TQDM_* in a way it cannot draw
            reporter.drop_bar(exc)

