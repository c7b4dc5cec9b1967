"""Corpus mode: many documents, streamed, in worker processes, in input order.

Two shapes of corpus: JSON Lines (one document per line, its text in a field; every other
field is kept) and folders of text files. Input is read lazily and at most a bounded number
of documents is in flight at once, so memory does not grow with the corpus. A summary counts
documents, megabytes, speed, removed blocks by kind and edits by rule.

>>> job = JsonlJob(Options(), text_field="text", removed_field="removed")
>>> out = job(("in.jsonl", 1, b'{"id": 7, "text": "Advertisement\\\\nIt rained. ."}\\n'))
>>> record = json.loads(out.output)
>>> record["id"], record["text"], [(r["code"], r["text"]) for r in record["removed"]]
(7, 'It rained.', [('B105', 'Advertisement')])
>>> job(("in.jsonl", 2, b'{"id": 8, "text": 3}\\n')).error
"in.jsonl:2: field 'text' is not a string"
"""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import os
import re
import signal
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import IO, Any, TypeVar

from .document import Document
from .io.textio import (
    MAX_DOCUMENT_BYTES,
    BinaryFileError,
    InputError,
    decode,
    make_folders,
    read_bytes,
    reading,
    too_large,
)
from .options import Options
from .parallel import ordered_map
from .pipeline import analyze
from .render import render

__all__ = [
    "DocStats",
    "FileJob",
    "FileResult",
    "JsonlJob",
    "LineResult",
    "Stats",
    "analyse_file",
    "clean_file",
    "iter_jsonl",
    "open_output",
    "ordered_map",
    "read_record",
]

T = TypeVar("T")
R = TypeVar("R")



# --- statistics ---------------------------------------------------------------------------

@dataclass(frozen=True)
class DocStats:
    """What cleaning one document did: its size, the blocks it lost, the edits it got."""

    size: int = 0
    removed: tuple[tuple[str, int], ...] = ()
    edits: tuple[tuple[str, int], ...] = ()

    @classmethod
    def of(cls, doc: Document, size: int) -> DocStats:
        """The statistics of an analysed document of ``size`` bytes."""
        removed = Counter(b.label for b in doc.removed_blocks)
        edits = Counter(e.code for e in doc.edits)
        return cls(size, tuple(removed.items()), tuple(edits.items()))


@dataclass
class Stats:
    """Running totals over a corpus, and the summary printed at the end."""

    documents: int = 0
    size: int = 0
    errors: int = 0
    skipped: int = 0
    removed: Counter[str] = field(default_factory=Counter)
    edits: Counter[str] = field(default_factory=Counter)
    started: float = field(default_factory=time.perf_counter)

    def add(self, stats: DocStats) -> None:
        """Count one cleaned document."""
        self.documents += 1
        self.size += stats.size
        self.removed.update(dict(stats.removed))
        self.edits.update(dict(stats.edits))

    def summary(self, seconds: float | None = None) -> str:
        """A few lines for a person: totals, speed, removed blocks by kind, edits by rule.

        >>> s = Stats()
        >>> s.add(DocStats(2_000_000, (("advert", 2),), (("P101", 3),)))
        >>> print(s.summary(seconds=0.5))
        1 document, 2.0 MB in 0.5 s (2.0 docs/s, 4.0 MB/s)
        blocks removed: 2 (advert 2)
        edits: 3 (P101 3)
        """
        if seconds is None:
            seconds = time.perf_counter() - self.started
        seconds = max(seconds, 1e-9)
        noun = "document" if self.documents == 1 else "documents"
        mb = self.size / 1e6
        lines = [
            f"{self.documents:,} {noun}, {mb:,.1f} MB in {seconds:,.1f} s "
            f"({self.documents / seconds:,.1f} docs/s, {mb / seconds:,.1f} MB/s)"
        ]
        if self.errors:
            lines.append(f"errors: {self.errors:,} (left out of the output)")
        if self.skipped:
            lines.append(f"skipped: {self.skipped:,} (binary files)")
        lines.append(f"blocks removed: {sum(self.removed.values()):,}{_breakdown(self.removed)}")
        lines.append(f"edits: {sum(self.edits.values()):,}{_breakdown(self.edits)}")
        return "\n".join(lines)


def _breakdown(counts: Counter[str]) -> str:
    if not counts:
        return ""
    parts = ", ".join(f"{key} {n:,}" for key, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    return f" ({parts})"


# --- JSON Lines ----------------------------------------------------------------------------

def _open_input(path: str) -> IO[bytes]:
    if path == "-":
        return _gunzipped(sys.stdin.buffer)
    with reading(path, " (--jsonl reads JSON Lines files)"):
        fh = open(path, "rb")  # noqa: SIM115 (the caller closes it)
    return _gunzipped(fh)


#: The first bytes of a gzip stream.
_GZIP_MAGIC = b"\x1f\x8b"


def _gunzipped(fh: IO[bytes]) -> IO[bytes]:
    """``fh``, read through gzip when its data starts as gzip's does (whatever the file is
    called, and on standard input).

    >>> import io
    >>> _gunzipped(io.BufferedReader(io.BytesIO(gzip.compress(b'{"text": "a"}')))).read()
    b'{"text": "a"}'
    """
    if isinstance(fh, io.BufferedReader) and fh.peek(2)[:2] == _GZIP_MAGIC:
        return _OwnedGzip(fh, "rb")  # type: ignore[return-value]
    return fh


def iter_jsonl(
    paths: Iterable[str],
    names: dict[str, str] | None = None,
    on_read_error: Callable[[str], None] | None = None,
) -> Iterator[tuple[str, int, bytes]]:
    """Yield ``(name, line_number, line)`` for every non-blank line of the files, lazily.

    A file that cannot be opened, or read to its end (a truncated or damaged ``.gz``, a
    read error), raises :class:`InputError` after the lines before the damage; with
    ``on_read_error``, that function gets the message instead (saying what was skipped),
    and the next file is read."""
    for path in paths:
        name = (names or {}).get(path, "<stdin>" if path == "-" else path)
        try:
            fh = _open_input(path)
        except InputError as exc:
            if on_read_error is None:
                raise
            on_read_error(f"{exc}; the file skipped")
            continue
        number = 0
        try:
            # A line read to MAX_DOCUMENT_BYTES at most. A longer one is read on to its end
            # and let go, and is that line's error (--on-error decides, as for a line that
            # is no JSON): the lines after it were lost. A stream with no line end for
            # MAX_SKIPPED_BYTES more (/dev/zero) ends, as a damaged file does.
            while line := fh.readline(MAX_DOCUMENT_BYTES + 1):
                number += 1
                if len(line) > MAX_DOCUMENT_BYTES:
                    if not _skip_line(fh, line):
                        raise InputError(too_large(f"{name}:{number}", line=True))
                    yield name, number, LineTooLarge()
                    continue
                if line.strip():
                    yield name, number, line
        except (OSError, EOFError, InputError) as exc:
            message = (str(exc) if isinstance(exc, InputError)
                       else f"{name}: cannot read past line {number} ({exc})")
            if on_read_error is None:
                raise InputError(message) from None
            on_read_error(f"{message}; the rest of the file skipped")
        finally:
            if path != "-":
                fh.close()


#: Bytes of a line longer than MAX_DOCUMENT_BYTES read past to find its end, at most.
MAX_SKIPPED_BYTES = 8 * MAX_DOCUMENT_BYTES


def _skip_line(fh: IO[bytes], start: bytes) -> bool:
    """Read ``fh`` past the end of the line that starts with ``start``; False where no line
    end comes within :data:`MAX_SKIPPED_BYTES`."""
    skipped, chunk = 0, start
    while not chunk.endswith(b"\n"):
        chunk = fh.readline(1 << 20)
        skipped += len(chunk)
        if not chunk:
            return True  # the file's last line
        if skipped > MAX_SKIPPED_BYTES:
            return False
    return True


class LineTooLarge(bytes):
    """What :func:`iter_jsonl` yields for a line longer than ``MAX_DOCUMENT_BYTES`` (empty:
    the line was let go); :func:`read_record` makes it the line's error."""


#: Field names a record without the text field lists in its error, at most.
MAX_FIELDS_SHOWN = 5


def _loads(line: bytes) -> Any:
    """``json.loads(line)``; an integer longer than Python reads (4,300 digits) kept as its
    digits, since only the text field is read and the other fields pass through as written.

    >>> _loads(b'{"n": ' + b"9" * 5000 + b'}')["n"][:3]
    '999'
    """
    try:
        return json.loads(line)
    except ValueError as exc:
        if "digits" not in str(exc):
            raise
        return json.loads(line, parse_int=str)


def _json_error(line: bytes, exc: ValueError) -> ValueError:
    """The error of ``line`` read without its line end: a line cut off inside a string is
    `Unterminated string`, not `Invalid control character` (its line end).

    >>> try:
    ...     json.loads(b'{"text": "It rai\\n')
    ... except ValueError as exc:
    ...     print(_json_error(b'{"text": "It rai\\n', exc))
    Unterminated string starting at: line 1 column 10 (char 9)
    """
    bare = line.rstrip(b"\r\n")
    if len(bare) == len(line):
        return exc
    try:
        json.loads(bare)
    except ValueError as again:
        return again
    return exc


def read_record(line: bytes, where: str, text_field: str) -> tuple[dict[str, Any], str]:
    """The JSON object on ``line`` and the text in its ``text_field``; an
    :class:`InputError` naming ``where`` (``file:line``) when there is none.

    >>> read_record(b'{"text": "It rained."}', "in.jsonl:1", "text")[1]
    'It rained.'
    >>> read_record(b'{"body": "It rained."}', "in.jsonl:2", "text")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    newsclean.io.textio.InputError: in.jsonl:2: no field 'text' (its fields: 'body'; --text...)
    >>> read_record(b'[1]', "in.jsonl:2", "text")
    Traceback (most recent call last):
    newsclean.io.textio.InputError: in.jsonl:2: not a JSON object
    """
    if isinstance(line, LineTooLarge):
        raise InputError(too_large(where, line=True))
    try:
        record = _loads(line)
    except UnicodeDecodeError as exc:
        raise InputError(f"{where}: not valid UTF-8 at byte {exc.start} of the line") from None
    except ValueError as exc:
        raise InputError(f"{where}: not valid JSON ({_json_error(line, exc)})") from None
    except RecursionError:
        raise InputError(f"{where}: JSON nested too deeply to read") from None
    if not isinstance(record, dict):
        raise InputError(f"{where}: not a JSON object")
    if text_field not in record:
        names = ", ".join(map(repr, list(record)[:MAX_FIELDS_SHOWN])) or "none"
        more = ", ..." if len(record) > MAX_FIELDS_SHOWN else ""
        raise InputError(
            f"{where}: no field {text_field!r} (its fields: {names}{more}; --text-field NAME "
            f"reads another)"
        )
    text = record[text_field]
    if not isinstance(text, str):
        raise InputError(f"{where}: field {text_field!r} is not a string")
    return record, text


# JSON's whitespace, where the members of an object may stand apart.
_JSON_SPACE = re.compile(r"[ \t\n\r]*")
# Numbers read as their digits: only where each value ends matters here, and an integer
# longer than Python reads (4,300 digits) is still valid JSON.
_DECODER = json.JSONDecoder(parse_int=str, parse_float=str)


def _value_span(line: str, key: str) -> tuple[int, int, int]:
    """Where the value of ``key`` stands in ``line``, a JSON object (one that ``json.loads``
    has read: no check here), and where its closing brace does: ``(start, end, close)``.
    Of a key given twice, the last, as ``json.loads`` reads it.

    >>> line = '{"id": 1.10, "text": "It rained. .", "n": [1, 2]}'
    >>> start, end, close = _value_span(line, "text")
    >>> line[start:end], line[close]
    ('"It rained. ."', '}')
    """
    at = _past_space(line, line.index("{") + 1)
    found = (-1, -1)
    while line[at] != "}":
        name, at = json.decoder.scanstring(line, at + 1)  # type: ignore[attr-defined]
        at = _past_space(line, _past_space(line, at) + 1)  # past the colon
        _, end = _DECODER.raw_decode(line, at)
        if name == key:
            found = (at, end)
        at = _past_space(line, end)
        if line[at] == ",":
            at = _past_space(line, at + 1)
    return found[0], found[1], at


def _past_space(line: str, at: int) -> int:
    """The first position from ``at`` that is not JSON's whitespace."""
    m = _JSON_SPACE.match(line, at)
    assert m is not None  # "*": it matches everywhere
    return m.end()


def splice_record(
    line: str, text_field: str, text: str, extra: tuple[str, Any] | None, ascii: bool = False
) -> str:
    """``line``, a JSON object, with the value of ``text_field`` replaced by ``text`` and
    ``extra`` (a field's name and value) added at its end: every other byte as it was (a
    number's digits, an escape, the spacing), so that no field changes on the way through.
    With ``ascii``, what is written is escaped to ASCII (``\\udc80`` for a lone surrogate,
    which UTF-8 cannot hold).

    >>> splice_record('{"amt": 19.90, "text": "It rained. .", "x": 1E400}', "text",
    ...               "It rained.", ("removed", []))
    '{"amt": 19.90, "text": "It rained.", "x": 1E400, "removed": []}'
    """
    start, end, close = _value_span(line, text_field)
    tail = ""
    if extra is not None:
        tail = f", {json.dumps(extra[0], ensure_ascii=ascii)}: "
        tail += json.dumps(extra[1], ensure_ascii=ascii)
    body = line[:start] + json.dumps(text, ensure_ascii=ascii) + line[end:close].rstrip()
    return body + tail + line[close:].rstrip()


@dataclass(frozen=True)
class LineResult:
    """One JSON line cleaned (``output``), or the one-line ``error`` that stopped it."""

    output: bytes = b""
    error: str = ""
    stats: DocStats = DocStats()


@dataclass(frozen=True)
class JsonlJob:
    """Clean the text field of one JSON line, keeping every other field (runs in workers)."""

    options: Options
    text_field: str = "text"
    removed_field: str | None = None
    #: Seconds one document may take (None: no limit; see :func:`time_limit`).
    timeout: float | None = None

    def __call__(self, item: tuple[str, int, bytes]) -> LineResult:
        name, number, line = item
        where = f"{name}:{number}"
        try:
            record, text = read_record(line, where, self.text_field)
        except InputError as exc:
            return LineResult(error=str(exc))
        if self.removed_field and self.removed_field in record:
            return LineResult(error=f"{where}: the record already has a field "
                                    f"{self.removed_field!r}; choose another removed field")
        try:
            with time_limit(self.timeout):
                doc = analyze(text, self.options)
        except DocumentTimeout:
            return LineResult(error=f"{where}: took longer than {self.timeout:g} s (--timeout)")
        removed = None
        if self.removed_field:
            removed = (self.removed_field, [
                {"code": b.code, "label": b.label, "reason": b.reason, "start": b.start,
                 "end": b.end, "text": b.source}
                for b in doc.removed_blocks
            ])
        # The line as read, its text field replaced: the other fields go through as they
        # are (json.dumps of the record would rewrite 19.90 as 19.9 and 1E400 as Infinity,
        # and drop a key given twice).
        try:
            source = line.decode("utf-8-sig").rstrip("\r\n")
        except UnicodeDecodeError:  # JSON in UTF-16 or UTF-32, which json.loads reads too
            return LineResult(error=f"{where}: not UTF-8 (JSON Lines are UTF-8)")
        try:
            out = splice_record(source, self.text_field, doc.text, removed).encode()
        except UnicodeEncodeError:  # a lone surrogate ("\udc80") in a removed block's text
            out = splice_record(source, self.text_field, doc.text, removed, ascii=True).encode()
        return LineResult(out + b"\n", stats=DocStats.of(doc, len(line)))


# --- a time limit per document ------------------------------------------------------------

class DocumentTimeout(Exception):
    """A document took longer than its time limit."""


def _on_alarm(signum: int, frame: Any) -> None:
    raise DocumentTimeout


@contextlib.contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`DocumentTimeout` in the block after ``seconds`` of wall time.

    It uses a POSIX interval timer, so it works in a process's main thread (the command
    line, and each worker of ``--jobs``); elsewhere (threads, Windows) there is no limit.

    >>> import time
    >>> with time_limit(0.05):
    ...     time.sleep(1)
    Traceback (most recent call last):
    newsclean.corpus.DocumentTimeout
    """
    if (not seconds or not hasattr(signal, "setitimer")
            or threading.current_thread() is not threading.main_thread()):
        yield
        return
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# --- text files ----------------------------------------------------------------------------

@dataclass(frozen=True)
class FileJob:
    """One text file to clean: where to read it (or its bytes, for stdin) and its options."""

    name: str
    path: str
    options: Options
    encoding: str = "utf-8"
    fmt: str = "text"
    data: bytes | None = None
    #: Where the output goes, relative to ``--output-dir`` (None: standard output or ``-o``).
    out: str | None = None
    #: Named on the command line (a binary file is then an error, not a skipped file).
    explicit: bool = True
    #: Seconds the document may take (None: no limit; see :func:`time_limit`).
    timeout: float | None = None
    #: Standard input that ``--force-exclude`` leaves out: not cleaned, passed on as it is.
    excluded: bool = False


@dataclass(frozen=True)
class FileResult:
    """The output of a :class:`FileJob`, or the error or warning that replaced it."""

    job: FileJob
    output: str = ""
    error: str = ""
    warning: str = ""
    stats: DocStats = DocStats()


def analyse_file(job: FileJob) -> tuple[Document | None, FileResult]:
    """Read, decode and analyse one file (runs in workers): the document and a result with
    its statistics, or None and a result with the error or warning that stopped it."""
    try:
        data = job.data if job.data is not None else read_bytes(job.path, job.name)
        text = decode(data, job.name, job.encoding, nul_ok=job.data is not None).text
    except BinaryFileError as exc:
        if job.explicit:
            return None, FileResult(job, error=f"{exc}; not a text file")
        return None, FileResult(job, warning=f"{exc}, skipped")
    except InputError as exc:
        return None, FileResult(job, error=str(exc))
    try:
        with time_limit(job.timeout):
            doc = analyze(text, job.options)
    except DocumentTimeout:
        return None, FileResult(
            job, error=f"{job.name}: took longer than {job.timeout:g} s (--timeout)")
    return doc, FileResult(job, stats=DocStats.of(doc, len(data)))


def clean_file(job: FileJob) -> FileResult:
    """Read, decode and clean one file (runs in workers); an ``excluded`` job is not read."""
    if job.excluded:
        return FileResult(job)
    doc, result = analyse_file(job)
    if doc is None:
        return result
    return replace(result, output=render(doc, job.fmt, job.name))


def open_output(path: str, name: str | None = None) -> IO[bytes]:
    """Open ``path`` for writing, gzip-compressed when the output's ``name`` (``path``
    itself by default; a temporary file's final name) ends in ``.gz`` (``.GZ`` too); the
    gzip header then names the output, not the temporary file."""
    name = name or path
    folder = os.path.dirname(os.path.abspath(path))
    make_folders(folder)
    if name.lower().endswith(".gz"):
        raw = open(path, "wb")  # noqa: SIM115 (closed with the gzip file)
        return _OwnedGzip(raw, "wb", os.path.basename(name)[:-3])  # type: ignore[return-value]
    return open(path, "wb")


class _OwnedGzip(gzip.GzipFile):
    """A gzip stream over the file ``raw``, which closing it closes too (a ``GzipFile``
    given a file object leaves it open); ``original`` is the name its header gives (what
    ``gunzip -N`` restores)."""

    def __init__(self, raw: IO[bytes], mode: str, original: str = "") -> None:
        self._raw = raw
        super().__init__(filename=original, mode=mode, fileobj=raw)

    def close(self) -> None:
        try:
            super().close()
        finally:
            self._raw.close()
