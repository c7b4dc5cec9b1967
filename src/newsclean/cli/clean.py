"""``newsclean clean``: the clean text of files or standard input, to standard output, one file
(``-o``) or a folder (``--output-dir``), and corpus mode over JSON Lines (``--jsonl``)."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from typing import IO

from ..corpus import (
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
from ..io.config import ConfigResolver
from ..io.textio import (
    InputError,
    check_target,
    install,
    is_stream,
    make_folders,
    open_stream,
    own_descriptor,
    read_limited,
    reading,
    write_atomic,
)
from .inputs import Target, display_path, jsonl_paths, jsonl_settings, targets
from .report import EXIT_ERROR, EXIT_OK, Reporter, close_bar, input_size, progress, to_stderr

# --- clean ---------------------------------------------------------------------------------

_SUFFIX = {"text": None, "markdown": ".md", "json": ".json"}

#: The file that marks an --output-dir inside a folder walked as newsclean's own: its files
#: are earlier runs' outputs, left out of the walk and written again.
OUTPUT_MARKER = ".newsclean-output"
_MARKER_TEXT = (
    b"This folder holds the output of `newsclean clean --output-dir`. newsclean leaves its\n"
    b"files out when it walks a folder around it, and writes over them on the next run.\n"
)


def _nested_output_dir(output_dir: str, paths: Sequence[str]) -> str | None:
    """The folder walked that holds ``output_dir`` (a folder inside an input folder), if any."""
    out = os.path.join(os.path.realpath(output_dir), "")
    for path in paths:
        if path != "-" and os.path.isdir(path) and out.startswith(
            os.path.join(os.path.realpath(path), "")
        ):
            return path
    return None


def _holds_files(folder: str) -> bool:
    """Whether ``folder`` (or a folder under it) holds a file."""
    return any(files for _, _, files in os.walk(folder))


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
        #: The marker file to write with the first output (see OUTPUT_MARKER), if any.
        self.marker: str | None = None
        self._fh: IO[bytes] | None = None
        self._tmp: str | None = None
        if output and output != "-" and is_stream(output):  # /dev/null, a pipe: as it comes
            try:
                self._fh = (open_stream(output) if own_descriptor(output) is not None
                            else open_output(output))
            except OSError as exc:
                raise InputError(f"{output}: cannot write ({exc.strerror or exc})") from None
        elif output and output != "-":
            folder = os.path.dirname(os.path.abspath(output))
            check_target(output)
            try:
                make_folders(folder)
                fd, self._tmp = tempfile.mkstemp(dir=folder, prefix=".newsclean-",
                                                 suffix=".tmp")
                os.close(fd)
                self._fh = open_output(self._tmp, output)
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
            try:
                make_folders(os.path.dirname(path) or ".")
            except OSError as exc:  # a file where a folder must go: this output alone fails
                raise InputError(
                    f"{display_path(path)}: cannot write ({exc.strerror or exc}: "
                    f"{display_path(exc.filename or os.path.dirname(path))})"
                ) from None
            if self.marker is not None:
                if not os.path.exists(self.marker):
                    write_atomic(self.marker, _MARKER_TEXT)
                self.marker = None
            write_atomic(path, (text + "\n" if text else "").encode("utf-8"))
            self.count += 1
            return
        if self.count and self.fmt != "json":
            self._write(b"\n")
        if text:
            self._write(text.encode("utf-8") + b"\n")
        self.count += 1

    def passes_through(self, fmt: str) -> bool:
        """Whether input that cannot be cleaned goes on unchanged: text to standard output,
        as a filter writes it."""
        return fmt == "text" and self.output_dir is None and self._fh is None

    def write_bytes(self, data: bytes) -> None:
        """Write raw output (a JSON line)."""
        self._write(data)
        self.count += 1

    def _write(self, data: bytes) -> None:
        """Write to the output; a write that fails (a full disk) names the ``-o`` file."""
        try:
            self._stream().write(data)
        except OSError as exc:
            if self._fh is None or exc.filename:
                raise
            raise OSError(exc.errno, exc.strerror or str(exc), self.output) from None

    def finish(self, ok: bool) -> None:
        """Put the output file in place (or drop it when the run failed); a file that
        cannot be written (a full disk) is dropped too, with an :class:`InputError`."""
        if self._fh is None:
            sys.stdout.buffer.flush()
            return
        assert self.output is not None
        try:
            self._fh.close()
            if ok and self._tmp is not None:
                install(self._tmp, self.output)
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


def _check_outputs(args: argparse.Namespace, paths: Sequence[str]) -> str | None:
    """Refuse outputs that would replace an input; return the folder walked that holds
    ``--output-dir``, if any (see :func:`_nested_output_dir`)."""
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
                same = "" if path == args.output else f" ({args.output} is {path})"
                raise InputError(
                    f"{path}: -o would overwrite the input{same}; `newsclean fix` rewrites "
                    f"files in place"
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
        # A folder inside a folder walked is left out of the walk: only where it is new,
        # empty or newsclean's own (an earlier run's output), so that no file of the user's
        # is skipped as input and then written over.
        around = _nested_output_dir(args.output_dir, paths)
        if (
            around is not None and os.path.isdir(out)
            and not os.path.exists(os.path.join(out, OUTPUT_MARKER)) and _holds_files(out)
        ):
            raise InputError(
                f"{args.output_dir}: --output-dir is inside the input folder "
                f"{display_path(around)} and holds files that newsclean did not write: they "
                f"would be left out as input and could be written over; choose a folder "
                f"outside {display_path(around)}, or a new one"
            )
        return around
    return None


def cmd_clean(args: argparse.Namespace, resolver: ConfigResolver, reporter: Reporter) -> int:
    paths = args.paths
    around = _check_outputs(args, paths)
    if args.jsonl:
        return _clean_jsonl(args, resolver, reporter)
    corpus = bool(args.output_dir)
    fmt = args.format
    skip_under = os.path.realpath(args.output_dir) if args.output_dir else None
    stdin_data = (read_limited(sys.stdin.buffer, args.stdin_filename or "<stdin>")
                  if "-" in paths else None)

    outputs: dict[str, str] = {}  # output path (as the file system compares) -> input
    found: Iterable[Target] = targets(paths, resolver, reporter, args.stdin_filename,
                                      skip_under, args.output)
    inputs: dict[str, str] = {}  # every input's path (as the file system compares) -> name
    if args.output_dir:
        # The whole walk first (it is quick), so that no output replaces an input found
        # after it was written.
        found = list(found)
        inputs = {os.path.normcase(os.path.realpath(t.path)): t.name
                  for t in found if t.path != "-"}

    def claim(target: Target, out: str) -> bool:
        """Whether ``target`` may write ``out``: no other input writes it, and it is no
        input (the target itself, or another)."""
        path = os.path.join(args.output_dir, out)
        key = os.path.normcase(os.path.realpath(path))
        if target.path != "-" and key == os.path.normcase(os.path.realpath(target.path)):
            reporter.error(f"{target.name}: its output {display_path(path)} would overwrite it; "
                           f"choose another --output-dir")
            return False
        if key in inputs:
            reporter.error(f"{target.name}: its output {display_path(path)} would overwrite "
                           f"the input {inputs[key]}; not written (choose another --output-dir)")
            return False
        if key in outputs:
            reporter.error(f"{target.name}: its output {display_path(path)} is also the output of "
                           f"{outputs[key]}; not written (clean them into separate folders)")
            return False
        outputs[key] = target.name
        return True

    def jobs_of() -> Iterator[FileJob]:
        for target in found:
            s = target.settings
            out = _out_name(target, fmt) if args.output_dir else None
            if out is not None and not claim(target, out):
                continue
            if target.excluded and (fmt != "text" or args.output_dir):
                continue  # left out, as a file named would be; text goes on as it is
            yield FileJob(
                target.name, target.path, s.options(target.name), s.encoding, fmt,
                stdin_data if target.path == "-" else None, out, target.explicit, args.timeout,
                target.excluded,
            )

    jobs: Iterable[FileJob] = jobs_of()
    if (corpus and not args.quiet) or (args.output and args.output != "-"):
        # The walk is quick: its count tells the progress bar's total, and a file found
        # that -o would overwrite stops the run before anything is cleaned.
        jobs = list(jobs)
    if not args.output_dir and fmt != "json":
        jobs = list(jobs)
        if len(jobs) > 1:
            # Clean texts written one after another could not be told apart.
            raise InputError(
                f"{len(jobs)} inputs, one output: give --output-dir DIR for a file per input, "
                f"or --format json for one JSON line per input"
            )
    sink = _Sink(args.output, args.output_dir, fmt)
    if args.output_dir and around is not None:
        sink.marker = os.path.join(args.output_dir, OUTPUT_MARKER)
    stats = Stats()
    ok = True
    try:
        results = ordered_map(clean_file, jobs, args.jobs)
        count = len(jobs) if isinstance(jobs, list) else None
        for result in progress(results, corpus and not args.quiet, reporter, total=count):
            if result.warning:
                reporter.warning(result.warning)
                stats.skipped += 1
                continue
            if result.job.excluded:  # a filter's input that the configuration leaves out
                sink.write_bytes(result.job.data or b"")
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
                    reporter.left_out(result.error + " (skipped: --on-error skip)")
                continue
            try:
                sink.write_doc(result)
            except InputError as exc:
                if sink.output_dir is None:
                    raise
                # One output file that cannot be written (read-only, a folder in its place):
                # the other files go on, and the run ends with status 2.
                reporter.error(str(exc))
                stats.errors += 1
                continue
            stats.add(result.stats)
    except BaseException:
        ok = False
        raise
    finally:
        sink.finish(ok and not reporter.errors)
    close_bar(reporter)
    reporter.left_out_summary()
    if corpus and not args.quiet:
        to_stderr(stats.summary())
    return EXIT_ERROR if reporter.errors else EXIT_OK


def _clean_jsonl(args: argparse.Namespace, resolver: ConfigResolver, reporter: Reporter) -> int:
    paths = jsonl_paths(args.paths, reporter)
    settings = jsonl_settings(args, resolver)
    if args.on_error == "fail":
        # Every file opens, before hours of work on those before it, whose output a failed
        # run drops (`crawl.jsonl crawl2.jsonl`, the second misspelt).
        for path in paths:
            if path != "-" and not os.access(path, os.R_OK):
                with reading(path, " (--jsonl reads JSON Lines files)"):
                    open(path, "rb").close()
    job = JsonlJob(settings.options(), args.text_field, args.removed_field, args.timeout)
    sink = _Sink(args.output, None, "json")
    stats = Stats()
    ok = True

    def unreadable(message: str) -> None:  # --on-error skip: the file's lines so far stand
        stats.errors += 1
        reporter.left_out(message)

    skip = unreadable if args.on_error == "skip" else None
    try:
        results: Iterable[LineResult] = ordered_map(job, iter_jsonl(paths, None, skip),
                                                    args.jobs)
        for result in progress(results, not args.quiet, reporter,
                                total_bytes=input_size(paths)):
            if result.error:
                stats.errors += 1
                if args.on_error == "fail":
                    reporter.error(result.error + " (--on-error skip skips such lines)")
                    ok = False
                    break
                reporter.left_out(result.error + "; line skipped")
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
    close_bar(reporter)
    reporter.left_out_summary()
    if not args.quiet:
        to_stderr(stats.summary())
    return EXIT_ERROR if reporter.errors else EXIT_OK

