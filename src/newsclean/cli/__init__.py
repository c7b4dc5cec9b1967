"""The ``newsclean`` command line.

``clean`` prints or writes the clean article text (and runs corpus mode); ``check`` reports
findings; ``fix`` rewrites files in place with the safe fixes (and the unsafe ones when
asked); ``rules`` and ``explain`` document the rules.

Exit codes: 0 nothing to do, 1 findings or changes, 2 usage or input error.
"""

from __future__ import annotations

import io
import os
import shlex
import signal
import sys
import threading
import traceback
from collections.abc import Sequence
from difflib import get_close_matches
from typing import Any

from ..io.config import ConfigResolver
from ..io.textio import InputError
from ..parallel import WorkerDied
from .check_fix import format_statistics
from .inputs import default_paths
from .parser import build_parser, conflicting_options, overrides
from .report import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, Reporter, to_stderr

__all__ = ["EXIT_ERROR", "EXIT_FINDINGS", "EXIT_OK", "build_parser", "format_statistics", "main"]


def _not_a_command(word: str, commands: Sequence[str]) -> str:
    """The message for a first argument that is no command: the command it misspells, or,
    for a path, the command that cleans it (``newsclean article.txt`` is a natural first
    try).

    >>> print(_not_a_command("clen", ["clean", "check"]))
    'clen' is not a command; did you mean 'clean'?
    >>> print(_not_a_command("article.txt", ["clean", "check"]))
    'article.txt' is not a command; to clean a file: newsclean clean article.txt
    >>> print(_not_a_command("my page.txt", ["clean", "check"]))
    'my page.txt' is not a command; to clean a file: newsclean clean 'my page.txt'
    >>> print(_not_a_command("help", ["clean", "check"]))
    'help' is not a command; for help: newsclean --help, or newsclean COMMAND --help
    """
    if word == "help" and not os.path.exists(word):
        return f"{word!r} is not a command; for help: newsclean --help, or newsclean COMMAND --help"
    close = get_close_matches(word, commands, n=1)
    if close and not os.path.exists(word):
        return f"{word!r} is not a command; did you mean {close[0]!r}?"
    what = "standard input" if word == "-" else "a file"
    return f"{word!r} is not a command; to clean {what}: newsclean clean {shlex.quote(word)}"


def _unrecognized(extra: Sequence[str], options: Sequence[str]) -> str:
    """The message for arguments no option takes, with the option each unknown one
    misspells, if any (``--selct``: ``--select``).

    >>> print(_unrecognized(["--selct=P1", "x"], ["--select", "--ignore", "-q"]))
    unrecognized arguments: --selct=P1 x (did you mean --select?)
    >>> print(_unrecognized(["--frobnicate"], ["--select", "--ignore"]))
    unrecognized arguments: --frobnicate
    """
    guesses = [
        match[0] for word in extra if word.startswith("--")
        for match in [get_close_matches(word.split("=", 1)[0], options, n=1)] if match
    ]
    hint = f" (did you mean {', '.join(dict.fromkeys(guesses))}?)" if guesses else ""
    return f"unrecognized arguments: {' '.join(extra)}{hint}"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = build_parser()
    words = sys.argv[1:] if argv is None else list(argv)
    commands = list(parser.get_default("_subcommands"))
    if words and (words[0] == "-" or not words[0].startswith("-")) and (
        words[0] not in commands
    ):
        parser.print_usage(sys.stderr)
        to_stderr(f"newsclean: error: {_not_a_command(words[0], commands)} "
                  f"(commands: {', '.join(commands)})")
        return EXIT_ERROR
    try:
        args, extra = parser.parse_known_args(argv)
        own = args._subcommands.get(args.command) if args.command else None
        if extra and hasattr(args, "paths"):
            # A file whose name starts with "-" ("-notes.txt", as pre-commit passes it) is
            # a path; what names no file is an unknown option, as before.
            files = [word for word in extra if word.startswith("-") and os.path.isfile(word)]
            args.paths.extend(files)
            extra = [word for word in extra if word not in files]
        if extra:
            reader = own or parser
            long_options = [o for o in reader._option_string_actions if o.startswith("--")]
            reader.error(_unrecognized(extra, long_options))
        problem = conflicting_options(args)
        if problem is not None:
            (own or parser).error(problem)
    except SystemExit as exc:  # argparse reports usage errors itself, with status 2
        return int(exc.code or 0)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    reporter = Reporter(getattr(args, "quiet", False))
    if getattr(args, "paths", ["."]) == [] and not default_paths(args, reporter):
        return EXIT_ERROR
    if getattr(args, "stdin_filename", None) and "-" not in getattr(args, "paths", ("-",)):
        # It names standard input only (a filter's file, for its settings and messages).
        reporter.warning("--stdin-filename is ignored: standard input is not read (give - "
                         "to read it)")
    closed = _closed_stream("-" in getattr(args, "paths", ()))
    if closed:
        reporter.error(closed)
        return EXIT_ERROR
    if isinstance(sys.stdout, io.TextIOWrapper):
        # A console or file in a legacy encoding (cp1252 on Windows) writes the characters
        # it lacks as escapes (`\u043f`), not an error in the middle of a report.
        sys.stdout.reconfigure(errors="backslashreplace")
    previous = _on_terminate(_terminated)
    try:
        resolver = (
            ConfigResolver(overrides(args), args.config, isolated=args.isolated)
            if hasattr(args, "config") else ConfigResolver(isolated=True)
        )
        return int(args.func(args, resolver, reporter))
    except InputError as exc:
        reporter.error(str(exc))
        return EXIT_ERROR
    except KeyboardInterrupt as exc:
        if exc.args == (TERMINATED,):
            to_stderr("newsclean: terminated; nothing half-written is left")
            return 143
        to_stderr("newsclean: interrupted")
        return 130
    except BrokenPipeError:
        # The reader of our output went away (``| head``): stop quietly. What it read of
        # check's output or of a diff were findings (both print their summary last), so
        # the status says so; fix goes on fixing files without its report (see _say).
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        if reporter.errors:  # a file that could not be read is still an error
            return EXIT_ERROR
        findings = args.command == "check" or getattr(args, "diff", False)
        return EXIT_FINDINGS if findings else EXIT_OK
    except OSError as exc:  # a write that failed midway (a full disk, a vanished folder)
        if exc.filename is None and _cwd_removed():  # os.getcwd() names no file
            reporter.error("the current folder no longer exists (it was removed or moved "
                           "away); change to a folder that exists and run again")
            return EXIT_ERROR
        where = f"{exc.filename}: " if exc.filename else ""
        reporter.error(f"{where}{exc.strerror or exc}")
        return EXIT_ERROR
    except WorkerDied as exc:  # killed from outside (the kernel's out-of-memory killer)
        reporter.error(f"{exc}; nothing half-written is left")
        return EXIT_ERROR
    except MemoryError as exc:
        # Reported below, once this handler is over: until then the traceback holds every
        # frame of the work that ran out, and all it made, and even printing can fail.
        traceback.clear_frames(exc.__traceback__)
    except Exception as exc:  # a bug: one line and status 2, the traceback on request
        if os.environ.get("NEWSCLEAN_DEBUG"):
            traceback.print_exc()
        reporter.error(f"internal error ({type(exc).__name__}: {exc}); please report it, "
                       f"with the traceback that NEWSCLEAN_DEBUG=1 shows")
        return EXIT_ERROR
    finally:
        _on_terminate(previous)
    _out_of_memory(reporter)  # the one way here: every other path returns above
    return EXIT_ERROR


#: What ``newsclean`` says when the memory runs out ...
OUT_OF_MEMORY = ("out of memory; split the input into smaller files (or lines of --jsonl) "
                 "and run again")
#: ... and that line made beforehand, for when there is no memory even to print it.
_OUT_OF_MEMORY_LINE = f"newsclean: error: {OUT_OF_MEMORY}\n".encode()


def _out_of_memory(reporter: Reporter) -> None:
    """Say that the memory ran out (the run ends with exit status 2)."""
    try:
        reporter.error(OUT_OF_MEMORY)
    except MemoryError:  # still none to spare (held outside the run): the bytes made before
        os.write(2, _OUT_OF_MEMORY_LINE)


def _cwd_removed() -> bool:
    """Whether the current folder is gone: relative paths, the configuration's search and
    the default folder all start from it."""
    try:
        os.getcwd()
    except FileNotFoundError:
        return True
    return False


def _closed_stream(reads_stdin: bool) -> str | None:
    """Why the run cannot start when the shell closed a standard stream it needs
    (``newsclean rules >&-``, ``newsclean clean - <&-``): Python has None there."""
    if sys.stdout is None:
        return "standard output is closed: nothing could be written (redirect it to a file)"
    if reads_stdin and sys.stdin is None:
        return "standard input is closed: nothing to read from - (give a file instead)"
    return None


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

