"""The argument parser of every command, and the small ``rules`` and ``explain`` commands."""

from __future__ import annotations

import argparse
import json
import os
import re
from collections.abc import Sequence

from .. import __version__
from ..io.config import ConfigResolver, Overrides
from ..io.textio import InputError
from ..registry import Rule, all_rules, get_rule
from ..report_html.defaults import DEFAULT_SAMPLE, DOCS_URL
from .check_fix import cmd_check, cmd_fix
from .clean import cmd_clean
from .report import EXIT_OK, Reporter
from .report_cmd import cmd_report

# --- rule codes and kinds ------------------------------------------------------------------

def _codes(value: str) -> list[str]:
    codes = [c.strip() for c in value.split(",") if c.strip()]
    if not codes:  # ``--select ""`` is a slip, not a choice: it would run every rule
        raise argparse.ArgumentTypeError(
            f"no rule codes in {value!r}; give codes or prefixes (ALL: every rule)"
        )
    return codes


def _kinds(value: str) -> list[str]:
    kinds = [k.strip().lower() for k in value.split(",") if k.strip()]
    if not kinds:  # ``--keep ""``: a slip (an unset variable), as ``--select ""`` is
        raise argparse.ArgumentTypeError(
            f"no boilerplate kinds in {value!r}; give kinds (e.g. embed,caption) or all"
        )
    return kinds


# --- rules and explain ---------------------------------------------------------------------

#: A docstring's markup for Sphinx: a role (``:func:`~newsclean.region.find_region```) and
#: literal text in double backquotes (````Related````).
_ROLE_RE = re.compile(r":(?:func|data|mod|class|meth|attr|exc):`~?([^`]+)`")
_LITERAL_RE = re.compile(r"``([^`]+)``")


def _plain(doc: str) -> str:
    """A rule's documentation as a terminal shows it: Sphinx's markup as Markdown's
    backquotes, in its prose; its examples as they are (they run as written).

    >>> print(_plain("Menus (``Home``; see :func:`~newsclean.region.find_region`)."))
    Menus (`Home`; see `newsclean.region.find_region`).
    >>> _plain("A fence:\\n\\n>>> len('``')\\n2").splitlines()[2]
    ">>> len('``')"
    """
    return "\n\n".join(
        part if part.lstrip().startswith(">>>")
        else _LITERAL_RE.sub(r"`\1`", _ROLE_RE.sub(r"`\1`", part))
        for part in doc.split("\n\n")
    )


def _print_rule_lines(rules: Sequence[Rule]) -> None:
    """One line a rule, as ``newsclean rules`` prints them."""
    for rule in rules:
        safety = "safe" if rule.safe else "unsafe"
        print(f"{rule.code}  {rule.name:<30} {rule.group:<18} {safety:<7} "
              f"{_plain(rule.summary)}")


def _cmd_rules(args: argparse.Namespace, resolver: ConfigResolver, reporter: Reporter) -> int:
    rules = all_rules()
    if args.format == "json":
        data = [{"code": r.code, "name": r.name, "group": r.group, "stage": r.stage,
                 "safe": r.safe, "label": r.label, "summary": r.summary} for r in rules]
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return EXIT_OK
    _print_rule_lines(rules)
    return EXIT_OK


def _cmd_explain(args: argparse.Namespace, resolver: ConfigResolver, reporter: Reporter) -> int:
    try:
        rule = get_rule(args.code)
    except KeyError as exc:
        # A prefix of codes (``P1``, as --select takes it) names a group: its rules.
        prefix = args.code.strip().upper()
        group = [r for r in all_rules() if prefix and r.code.startswith(prefix)]
        if not group:
            raise InputError(str(exc.args[0])) from None
        print(f"{prefix} selects {len(group)} rule{'s' if len(group) > 1 else ''}; "
              f"`newsclean explain CODE` explains one:")
        _print_rule_lines(group)
        return EXIT_OK
    safety = "safe fix" if rule.safe else "unsafe fix (applied by `fix` with --unsafe-fixes)"
    print(f"{rule.code} ({rule.name}), group {rule.group}, {safety}")
    print()
    print(_plain(rule.doc))
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
                   help="apply include and exclude to files named on the command line too")
    f.add_argument("--respect-gitignore", action=argparse.BooleanOptionalAction, default=None,
                   help="skip files that .gitignore ignores (default on)")
    f.add_argument("--stdin-filename", metavar="PATH",
                   help="the name of standard input, for messages and finding its config")
    f.add_argument("-q", "--quiet", action="store_true",
                   help="print no summary and no warnings (fix: nor its 'Fixing <path>' lines)")
    return p


def _globs(value: str) -> list[str]:
    return [g.strip() for g in value.split(",") if g.strip()]


#: The options that only mean something with --jsonl, by their names in the namespace.
_JSONL_ONLY = {"text_field": "--text-field", "removed_field": "--removed-field",
               "name_field": "--name-field"}


#: The options that mean nothing with --jsonl, by their names in the namespace: the flag,
#: and why.
_NOT_WITH_JSONL = {
    "output_dir": ("--output-dir", "the cleaned lines go to one file: -o FILE"),
    "encoding": ("--encoding", "JSON Lines are read as UTF-8"),
}


def conflicting_options(args: argparse.Namespace) -> str | None:
    """What is wrong with a combination of options that each parse (an option that would be
    ignored silently), or None; fills in the defaults that depend on others.

    >>> conflicting_options(argparse.Namespace(jsonl=False, text_field="body"))
    '--text-field only applies with --jsonl'
    >>> conflicting_options(argparse.Namespace(diff=True, statistics=True))
    '--statistics cannot be combined with --diff (it prints a diff, not counts)'
    >>> conflicting_options(argparse.Namespace(isolated=True, config="newsclean.toml"))
    '--config cannot be combined with --isolated (which reads no configuration file)'
    >>> conflicting_options(argparse.Namespace(jsonl=True, text_field=""))
    "--text-field '' is no field name: give the name of the field the text is in"
    """
    if not getattr(args, "jsonl", True):
        given = [flag for name, flag in _JSONL_ONLY.items() if getattr(args, name, None)]
        if given:
            verb = "applies" if len(given) == 1 else "apply"
            return f"{' and '.join(given)} only {verb} with --jsonl"
    if getattr(args, "jsonl", False):
        refused = [(flag, why) for name, (flag, why) in _NOT_WITH_JSONL.items()
                   if getattr(args, name, None)]
        if getattr(args, "format", "text") not in ("text", None):
            refused.append((f"--format {args.format}", "the output is JSON Lines"))
        if refused:
            flag, why = refused[0]
            return f"{flag} cannot be combined with --jsonl ({why})"
    if getattr(args, "text_field", None) == "":
        return "--text-field '' is no field name: give the name of the field the text is in"
    removed = getattr(args, "removed_field", None)
    if removed == "":
        return "--removed-field '' is no field name: give the name of a field to add"
    if removed is not None and removed == (getattr(args, "text_field", None) or "text"):
        return (f"--removed-field {removed!r} is no field to add: give a name that is not "
                f"the text field's")
    if getattr(args, "diff", False) and getattr(args, "statistics", False):
        return "--statistics cannot be combined with --diff (it prints a diff, not counts)"
    if getattr(args, "diff", False) and getattr(args, "format", "text") != "text":
        return f"--format {args.format} cannot be combined with --diff (it prints a diff)"
    if getattr(args, "isolated", False) and getattr(args, "config", None):
        return "--config cannot be combined with --isolated (which reads no configuration file)"
    if hasattr(args, "text_field") and args.text_field is None:
        args.text_field = "text"
    return None


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
    corpus.add_argument("--text-field", metavar="NAME",
                        help="the field holding the text (default text)")
    corpus.add_argument("--removed-field", metavar="NAME",
                        help="also write the removed blocks (code, label, reason, span, "
                             "text) to this field")
    corpus.add_argument("-j", "--jobs", type=_jobs, default=1, metavar="N",
                        help="worker processes (default 1; 0 = one per CPU; at most 4 "
                             "per CPU)")
    corpus.add_argument("--timeout", type=_seconds, metavar="SECONDS",
                        help="seconds one document may take; a slower one is a bad "
                             "document (see --on-error)")
    corpus.add_argument("--on-error", choices=["fail", "skip"], default="fail",
                        help="on a bad file or JSON line: fail (the default) reports it "
                             "and ends with status 2, after the other files or at once for "
                             "a JSON line; skip reports it and goes on")
    p_clean.set_defaults(func=cmd_clean)

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
    p_check.set_defaults(func=cmd_check)

    p_fix = sub.add_parser(
        "fix", parents=[common], help="rewrite files in place with the fixes",
        description="Rewrite files in place (atomically, keeping encoding, byte-order mark, "
                    "line endings and permissions) with the safe fixes; unsafe fixes too with "
                    "--unsafe-fixes. Prints 'Fixing <path>' (not with -q). Exit status 1 when a file "
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
    p_fix.set_defaults(func=cmd_fix)

    p_report = sub.add_parser(
        "report", parents=[common], help="write an HTML page of every decision",
        description="Write one self-contained HTML page showing every decision: for one "
                    "file, the input with each block coloured by its label and each repair "
                    "in place, and the clean output; for several files, folders or a --jsonl "
                    "corpus, totals per rule and a sortable table of documents, each with its "
                    "view (a sample of them for a big corpus). Exit status 2 when an input "
                    "could not be read (the report lists it).",
    )
    p_report.add_argument("paths", nargs="*", metavar="PATH",
                          help="text files, folders, or - for standard input (the default "
                               "when it is a pipe or a file)")
    p_report.add_argument("-o", "--output", metavar="FILE",
                          help="the report's file (required; - for standard output)")
    p_report.add_argument("--sample", type=_sample, default=DEFAULT_SAMPLE, metavar="N",
                          help=f"show at most N documents' views (default {DEFAULT_SAMPLE}, "
                               f"chosen at random, the same for the same input; 0: all); the "
                               f"totals count every document")
    p_report.add_argument("--docs-url", type=_url, default=DOCS_URL, metavar="URL",
                          help=f"the documentation site rules link to (default {DOCS_URL})")
    r_corpus = p_report.add_argument_group("corpus mode")
    r_corpus.add_argument("--jsonl", action="store_true",
                          help="inputs are JSON Lines; report on the text field of each line")
    r_corpus.add_argument("--text-field", metavar="NAME",
                          help="the field holding the text (default text)")
    r_corpus.add_argument("--name-field", metavar="NAME",
                          help="a field that names each document in the report (an id, a "
                               "URL), after its file:line")
    r_corpus.add_argument("-j", "--jobs", type=_jobs, default=1, metavar="N",
                          help="worker processes analysing documents (default 1; 0 = one "
                               "per CPU; at most 4 per CPU)")
    p_report.set_defaults(func=cmd_report)

    p_rules = sub.add_parser("rules", help="list every rule",
                             description="List every rule, in the order they run: code, "
                                         "name, group, safety, summary.")
    p_rules.add_argument("--format", choices=["text", "json"], default="text")
    p_rules.set_defaults(func=_cmd_rules)

    p_explain = sub.add_parser("explain", help="print a rule's documentation",
                               description="Print a rule's documentation (for a prefix "
                               "of codes, such as P1, list its rules).")
    p_explain.add_argument("code", help="rule code or name, e.g. P101; or a prefix, e.g. P1")
    p_explain.set_defaults(func=_cmd_explain)
    # A mistyped option is reported with the usage of its own command (see main).
    parser.set_defaults(_subcommands=sub.choices)
    return parser


def _sample(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError("must be 0 (every document) or more")
    return n


def _url(value: str) -> str:
    if not value.startswith(("https://", "http://")) or any(c.isspace() for c in value):
        raise argparse.ArgumentTypeError(f"not an http(s) address: {value!r}")
    return value


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value!r}") from None
    if not 0 < seconds < 1e6:
        raise argparse.ArgumentTypeError(
            f"give a number of seconds above 0 and below 1000000, not {value}"
        )
    return seconds


#: Worker processes per CPU at most: the work is the CPU's, and more workers only wait for
#: one while each holds its memory (hundreds of them filled a machine's memory).
MAX_JOBS_PER_CPU = 4


def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError("must be 0 (one per CPU) or more")
    cpus = os.cpu_count() or 1
    if n > MAX_JOBS_PER_CPU * cpus:
        raise argparse.ArgumentTypeError(
            f"{n} workers on {cpus} CPUs: give at most {MAX_JOBS_PER_CPU * cpus} (0 = one per "
            "CPU, the fastest)"
        )
    return n or cpus


def overrides(args: argparse.Namespace) -> Overrides:
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

