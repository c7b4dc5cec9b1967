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
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..corpus import FileJob, analyse_file, iter_jsonl, ordered_map, read_record
from ..document import Document
from ..io.config import ConfigResolver
from ..io.textio import (
    InputError,
    is_stream,
    json_name,
    open_stream,
    read_limited,
    write_atomic,
)
from ..options import Options
from ..pipeline import analyze
from .inputs import display_path, jsonl_paths, jsonl_settings, targets
from .report import EXIT_ERROR, EXIT_OK, Reporter, close_bar, plural, progress, to_stderr

if TYPE_CHECKING:
    from ..report_html import CorpusReport

__all__ = ["cmd_report"]


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
            same = "" if path == output else f" ({output} is {path})"
            raise InputError(f"{path}: -o would overwrite the input{same}; give another "
                             f"file name")


def cmd_report(args: argparse.Namespace, resolver: ConfigResolver, reporter: Reporter) -> int:
    from ..report_html import CorpusReport, document_page  # only a report needs it

    _check_output(args.output, args.paths)
    started = time.perf_counter()
    report = CorpusReport(sample=args.sample, docs_url=args.docs_url)
    if args.jsonl:
        _read_jsonl(args, resolver, reporter, report)
    else:
        stdin_data = (read_limited(sys.stdin.buffer, args.stdin_filename or "<stdin>")
                      if "-" in args.paths else None)
        jobs = [
            FileJob(t.name, t.path, t.settings.options(t.name), t.settings.encoding,
                    data=stdin_data if t.path == "-" else None, explicit=t.explicit)
            for t in targets(args.paths, resolver, reporter, args.stdin_filename,
                             output=args.output)
            if not t.excluded
        ]
        if reporter.errors and not jobs:
            return EXIT_ERROR
        if len(jobs) == 1 and not reporter.errors:
            doc, result = analyse_file(jobs[0])
            if doc is None:
                reporter.error(result.error or result.warning)
                return EXIT_ERROR
            page = document_page(doc, json_name(jobs[0].name), args.docs_url)
            _write(args.output, page, 1, started, reporter)
            return EXIT_OK
        results = ordered_map(analyse_file, jobs, args.jobs)
        for doc, result in progress(results, not args.quiet, reporter, total=len(jobs)):
            name = json_name(result.job.name)
            if doc is not None:
                report.add(doc, name)
            elif result.error:
                reporter.error(result.error)
                report.add_error(name, json_name(result.error))
            else:  # a binary file found in a folder
                reporter.warning(result.warning)
        close_bar(reporter)
    _write(args.output, report.page(), report.documents, started, reporter)
    return EXIT_ERROR if reporter.errors else EXIT_OK


@dataclass(frozen=True)
class _LineJob:
    """Analyse the text of one JSON line (runs in workers): its name in the report, and the
    document and the line's place (``file:line``), or None and the error."""

    options: Options
    text_field: str
    name_field: str | None

    def __call__(self, item: tuple[str, int, bytes]) -> tuple[str, Document | None, str]:
        name, number, line = item
        where = f"{name}:{number}"
        try:
            record, text = read_record(line, where, self.text_field)
        except InputError as exc:
            return where, None, str(exc)
        return _record_name(where, record, self.name_field), analyze(text, self.options), where


def _read_jsonl(args: argparse.Namespace, resolver: ConfigResolver, reporter: Reporter,
                report: CorpusReport) -> None:
    paths = jsonl_paths(args.paths, reporter)
    settings = jsonl_settings(args, resolver)
    job = _LineJob(settings.options(), args.text_field, args.name_field)
    results = ordered_map(job, iter_jsonl(paths), args.jobs)
    documents = named = 0
    for name, doc, said in progress(results, not args.quiet, reporter):
        if doc is None:  # said is the error
            reporter.error(said)
            report.add_error(name, said)
        else:  # said is the line's place (file:line), which the name extends when named
            report.add(doc, name)
            documents += 1
            named += name != said
    close_bar(reporter)
    if args.name_field and documents and not named:
        reporter.warning(f"no line has a field {args.name_field!r} (--name-field) to name it "
                         f"by; the report names each by its file and line")


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
    if is_stream(output):  # /dev/null, a pipe: nothing to replace
        try:
            with open_stream(output) as fh:
                fh.write(data)
        except OSError as exc:
            raise InputError(f"{output}: cannot write ({exc.strerror or exc})") from None
        return
    folder = os.path.dirname(os.path.abspath(output))
    if not os.path.isdir(folder):
        raise InputError(f"{output}: no such folder {display_path(folder)}")
    write_atomic(output, data)
    if not reporter.quiet:
        to_stderr(f"newsclean: wrote {display_path(output)} ({plural(documents, 'document')}, "
                  f"{len(data) / 1e6:,.1f} MB, {time.perf_counter() - started:,.1f} s)")
