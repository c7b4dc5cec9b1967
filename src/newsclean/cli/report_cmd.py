"""``newsclean report``: an HTML page of every decision on files, folders or a JSON Lines
corpus (``--jsonl``), written atomically to ``-o FILE`` (``-o -``: standard output).

One file makes the page of one document; several files, a folder or a corpus make the page of
many (totals, a sortable table, a sample of documents' views). A file or line that cannot be
read is listed in the report with its error and reported on standard error; the report is
still written, and the exit status is 2. The report package is imported here only, so
cleaning never loads it.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..corpus import iter_jsonl, read_record
from ..io.config import ConfigResolver
from ..io.textio import InputError, json_name, write_atomic
from ..pipeline import analyze
from .inputs import display_path, read_target, targets, validate
from .report import EXIT_ERROR, EXIT_OK, Reporter, close_bar, plural, progress, to_stderr

if TYPE_CHECKING:
    from ..report_html import CorpusReport

__all__ = ["cmd_report"]


class _Remembering(Reporter):
    """A reporter that also remembers its last error, for the report to list it."""

    def __init__(self, outer: Reporter) -> None:
        super().__init__(outer.quiet)
        self.last_error = ""

    def error(self, message: str) -> None:
        self.last_error = message
        super().error(message)


def _check_output(output: str | None, paths: Sequence[str]) -> None:
    if not output:
        raise InputError("give the report's file with -o FILE (or -o - for standard output)")
    if output == "-":
        return
    if os.path.isdir(output):
        raise InputError(f"{output}: -o is a folder; give the report's file name")
    real = os.path.realpath(output)
    for path in paths:
        if path != "-" and os.path.exists(path) and os.path.realpath(path) == real:
            raise InputError(f"{path}: -o would overwrite the input; give another file name")


def cmd_report(args: argparse.Namespace, resolver: ConfigResolver, reporter: Reporter) -> int:
    from ..report_html import CorpusReport, document_page  # only a report needs it

    _check_output(args.output, args.paths)
    started = time.perf_counter()
    remembering = _Remembering(reporter)
    report = CorpusReport(sample=args.sample, docs_url=args.docs_url)
    if args.jsonl:
        _read_jsonl(args, resolver, remembering, report)
    else:
        found = list(targets(args.paths, resolver, remembering, args.stdin_filename))
        if remembering.errors and not found:
            return EXIT_ERROR
        if len(found) == 1 and not remembering.errors:
            target = found[0]
            text = read_target(target, remembering)
            if text is None:
                return EXIT_ERROR
            doc = analyze(text.text, target.settings.options(target.name))
            page = document_page(doc, json_name(target.name), args.docs_url)
            _write(args.output, page, 1, started, reporter)
            return EXIT_OK
        for target in progress(found, not args.quiet, remembering, total=len(found)):
            remembering.last_error = ""
            text = read_target(target, remembering)
            if text is not None:
                options = target.settings.options(target.name)
                report.add(analyze(text.text, options), json_name(target.name))
            elif remembering.last_error:  # an error, not a binary file skipped
                report.add_error(json_name(target.name), json_name(remembering.last_error))
        close_bar(remembering)
    _write(args.output, report.page(), report.documents, started, reporter)
    return EXIT_ERROR if remembering.errors else EXIT_OK


def _read_jsonl(args: argparse.Namespace, resolver: ConfigResolver, reporter: _Remembering,
                report: CorpusReport) -> None:
    paths = args.paths
    for path in paths:
        if path != "-" and os.path.isdir(path):
            raise InputError(f"{path}: is a directory (--jsonl reads JSON Lines files)")
    first = paths[0] if paths[0] != "-" else (args.stdin_filename or os.getcwd())
    settings = resolver.for_path(first)
    validate(settings)
    options = settings.options()
    for name, number, line in progress(iter_jsonl(paths), not args.quiet, reporter):
        where = f"{name}:{number}"
        try:
            record, text = read_record(line, where, args.text_field)
        except InputError as exc:
            reporter.error(str(exc))
            report.add_error(where, str(exc))
            continue
        report.add(analyze(text, options), _record_name(where, record, args.name_field))
    close_bar(reporter)


def _record_name(where: str, record: dict[str, object], field: str | None) -> str:
    """A JSON line's name in the report: ``file:line``, and its ``field`` when it has one.

    >>> _record_name("c.jsonl:3", {"url": "https://example.org/a"}, "url")
    'c.jsonl:3 https://example.org/a'
    >>> _record_name("c.jsonl:4", {"id": 7}, "url")
    'c.jsonl:4'
    """
    value = record.get(field) if field else None
    if isinstance(value, (str, int, float)) and not isinstance(value, bool) and str(value):
        return f"{where} {value}"
    return where


def _write(output: str, page: str, documents: int, started: float, reporter: Reporter) -> None:
    # A lone surrogate (a JSON line may hold one, as "\ud800") is written as its escape.
    data = page.encode("utf-8", "backslashreplace")
    if output == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    folder = os.path.dirname(os.path.abspath(output))
    if not os.path.isdir(folder):
        raise InputError(f"{output}: no such folder {display_path(folder)}")
    write_atomic(output, data)
    if not reporter.quiet:
        to_stderr(f"newsclean: wrote {display_path(output)} ({plural(documents, 'document')}, "
                  f"{len(data) / 1e6:,.1f} MB, {time.perf_counter() - started:,.1f} s)")
