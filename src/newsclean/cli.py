"""The ``newsclean`` command line.

Exit codes: 0 nothing to do, 1 findings or changes, 2 usage or input error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from . import __version__
from .options import Options
from .pipeline import clean
from .registry import all_rules, get_rule

__all__ = ["main"]

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class InputError(Exception):
    """A problem with the user's input, reported as one line and exit status 2."""


def read_text(path: str, encoding: str) -> str:
    """Read ``path`` (``-`` for standard input) as text, with a clear error on failure."""
    try:
        data = sys.stdin.buffer.read() if path == "-" else open(path, "rb").read()  # noqa: SIM115
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    if encoding.lower().replace("-", "") in ("utf8", "utf8sig") and data.startswith(
        b"\xef\xbb\xbf"
    ):
        data = data[3:]
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        name = "<stdin>" if path == "-" else path
        raise InputError(
            f"{name}: not valid {encoding} at byte {exc.start}; "
            f"give the file's encoding with --encoding"
        ) from None
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}") from None


def _options(args: argparse.Namespace) -> Options:
    return Options(
        select=tuple(args.select or ("ALL",)),
        ignore=tuple(args.ignore or ()),
        extend_select=tuple(args.extend_select or ()),
        keep=frozenset(args.keep or ()),
    )


def _cmd_clean(args: argparse.Namespace) -> int:
    options = _options(args)
    texts = [read_text(path, args.encoding) for path in args.paths]
    out = sys.stdout.buffer
    for i, text in enumerate(texts):
        if i:
            out.write(b"\n")
        result = clean(text, options)
        if result:
            out.write(result.encode("utf-8", "surrogateescape") + b"\n")
    out.flush()
    return EXIT_OK


def _cmd_rules(args: argparse.Namespace) -> int:
    for rule in all_rules():
        safety = "safe" if rule.safe else "unsafe"
        print(f"{rule.code}  {rule.name:<30} {rule.group:<18} {safety:<7} {rule.summary}")
    return EXIT_OK


def _cmd_explain(args: argparse.Namespace) -> int:
    try:
        rule = get_rule(args.code)
    except KeyError as exc:
        raise InputError(str(exc.args[0])) from None
    print(f"{rule.code} ({rule.name}), group {rule.group}, {'safe' if rule.safe else 'unsafe'}")
    print()
    print(rule.doc)
    return EXIT_OK


def _codes(value: str) -> list[str]:
    return [c.strip() for c in value.split(",") if c.strip()]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``newsclean`` command."""
    parser = argparse.ArgumentParser(
        prog="newsclean",
        description="Turn messy scraped news text into clean article text.",
    )
    parser.add_argument("--version", action="version", version=f"newsclean {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p_clean = sub.add_parser("clean", help="print the clean article text of files or stdin")
    p_clean.add_argument("paths", nargs="+", metavar="PATH", help="text files, or - for stdin")
    p_clean.add_argument("--encoding", default="utf-8", help="input encoding (default utf-8)")
    p_clean.add_argument("--select", type=_codes, action="extend", help="rule codes or prefixes")
    p_clean.add_argument("--ignore", type=_codes, action="extend", help="rule codes or prefixes")
    p_clean.add_argument("--extend-select", type=_codes, action="extend", help="more rules")
    p_clean.add_argument(
        "--keep", type=_codes, action="extend", help="boilerplate kinds to keep (e.g. embed)"
    )
    p_clean.set_defaults(func=_cmd_clean)

    p_rules = sub.add_parser("rules", help="list every rule")
    p_rules.set_defaults(func=_cmd_rules)

    p_explain = sub.add_parser("explain", help="print a rule's documentation")
    p_explain.add_argument("code", help="rule code or name, e.g. P101")
    p_explain.set_defaults(func=_cmd_explain)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse reports usage errors itself, with status 2
        return int(exc.code or 0)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    try:
        return int(args.func(args))
    except InputError as exc:
        print(f"newsclean: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        sys.stderr.close()
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
