"""Clean a corpus on a Dask cluster: JSON Lines or Parquet in, the same format out.

Needs the ``dask`` extra (``pip install 'newsclean[dask]'``: dask with its dataframe part,
distributed). Work runs on the current Dask scheduler: a ``distributed.Client`` made before
the call (on a laptop, a ``LocalCluster``; on many machines, the address of a scheduler)
or, without one, Dask's local default.

```python
from distributed import Client
import newsclean.dask

client = Client("tcp://scheduler:8786")
run = newsclean.dask.clean_jsonl("s3://crawl/2024-*.jsonl.gz", "s3://clean/2024/",
                                 removed_field="removed")
print(run.stats.summary())
newsclean.dask.clean_parquet("s3://crawl/pages/", "s3://clean/pages/")
```

The output is what one process gives: each JSON line is cleaned exactly as
``newsclean clean --jsonl`` cleans it (other fields kept, the same bytes), and part files,
read in name order, hold the records in input order. Lazy forms, for longer pipelines:
:func:`clean_bag` (records as dictionaries) and :func:`clean_dataframe`.
"""

from __future__ import annotations

import os
import posixpath
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from .corpus import JsonlJob, Stats
from .options import Options
from .pipeline import analyze

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe
    import pandas

__all__ = ["JsonlRun", "clean_bag", "clean_dataframe", "clean_jsonl", "clean_lines",
           "clean_parquet", "clean_record"]

OnError = Literal["fail", "skip"]


def _options(options: Options | None, kwargs: dict[str, Any]) -> Options:
    return Options.from_kwargs(options, **kwargs)


def _removed(doc: Any) -> list[dict[str, Any]]:
    return [{"code": b.code, "label": b.label, "reason": b.reason, "start": b.start,
             "end": b.end, "text": b.source} for b in doc.removed_blocks]


# --- JSON Lines ----------------------------------------------------------------------------------

@dataclass
class JsonlRun:
    """What :func:`clean_jsonl` did: the statistics (``stats.summary()`` prints them), the
    errors of the lines it skipped, and the files it wrote, in order."""

    stats: Stats = field(default_factory=Stats)
    errors: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)

    def add(self, other: JsonlRun) -> None:
        """Count a partition's run in this one."""
        self.stats.documents += other.stats.documents
        self.stats.size += other.stats.size
        self.stats.errors += other.stats.errors
        self.stats.removed.update(other.stats.removed)
        self.stats.edits.update(other.stats.edits)
        self.errors.extend(other.errors)
        self.files.extend(other.files)


def _check_fields(text_field: object, removed_field: object) -> None:
    """A ``ValueError`` (``TypeError`` for a name that is no string) naming the argument,
    before any work starts: the text field a non-empty string, the removed field None or
    another non-empty string.

    >>> _check_fields("text", "text")
    Traceback (most recent call last):
    ValueError: removed_field must differ from text_field ('text'): it would replace the text
    """
    if not isinstance(text_field, str) or not text_field:
        raise (ValueError if isinstance(text_field, str) else TypeError)(
            f"text_field must be a field name (a non-empty string), not {text_field!r}")
    if removed_field is None:
        return
    if not isinstance(removed_field, str) or not removed_field:
        raise (ValueError if isinstance(removed_field, str) else TypeError)(
            f"removed_field must be a field name (a non-empty string) or None, "
            f"not {removed_field!r}")
    if removed_field == text_field:
        raise ValueError(f"removed_field must differ from text_field ({text_field!r}): "
                         f"it would replace the text")


def _output_folder(dst: object, src: object) -> str:
    """``dst`` as the path of the output folder (a ``Path`` is one), checked before any
    work starts: a ``TypeError`` for anything else, a ``ValueError`` where ``src`` has no
    file, or where ``dst`` is the folder of input files (the next run would read the
    parts as input).

    >>> _output_folder(None, "in/*.jsonl")
    Traceback (most recent call last):
    TypeError: dst must be the path of a folder (a string or a Path), not None
    """
    import fsspec

    if not isinstance(dst, (str, os.PathLike)) or not os.fspath(dst):
        raise TypeError(f"dst must be the path of a folder (a string or a Path), not {dst!r}")
    folder = str(os.fspath(dst)).rstrip("/") or "/"
    sources: Any = [os.fspath(p) for p in src] if isinstance(src, (list, tuple)) else src
    sources = os.fspath(sources) if isinstance(sources, os.PathLike) else sources
    _, _, paths = fsspec.get_fs_token_paths(sources)
    if not paths:
        raise ValueError(f"{src}: no file matches")
    _, _, (root,) = fsspec.get_fs_token_paths(folder)
    root = root.rstrip("/")
    if any(path.rstrip("/") == root or posixpath.dirname(path) == root for path in paths):
        raise ValueError(f"dst ({folder}) holds the input; choose another folder, or the "
                         f"next run reads the parts as input")
    return folder


def _check_run(on_error: object, compression: object) -> None:
    """A ``ValueError`` for an ``on_error`` or ``compression`` :func:`clean_jsonl` does not
    know, before any work starts (any value but ``"fail"`` used to skip bad lines).

    >>> _check_run("raise", None)
    Traceback (most recent call last):
    ValueError: on_error must be 'fail' or 'skip', not 'raise'
    """
    if on_error not in ("fail", "skip"):
        raise ValueError(f"on_error must be 'fail' or 'skip', not {on_error!r}")
    if compression not in (None, "gzip"):
        raise ValueError(f"compression must be None or 'gzip', not {compression!r}")


def clean_lines(
    lines: Iterable[str | bytes], job: JsonlJob, name: str, on_error: OnError = "fail"
) -> tuple[bytes, JsonlRun]:
    """Clean the JSON lines of one partition (numbered from 1, blank ones skipped): the
    output and what was done. With ``on_error="fail"`` the first bad line raises
    ``ValueError`` naming ``name:line``; with ``"skip"`` it is left out and its error kept.

    >>> job = JsonlJob(Options())
    >>> out, run = clean_lines(['{"text": "It rained. ."}\\n', "\\n", "[1]\\n"], job, "a.jsonl",
    ...                        "skip")
    >>> out, run.errors, run.stats.documents
    (b'{"text": "It rained."}\\n', ['a.jsonl:3: not a JSON object'], 1)
    >>> clean_lines(["[1]\\n"], job, "a.jsonl")
    Traceback (most recent call last):
    ValueError: a.jsonl:1: not a JSON object (on_error='skip' skips such lines)
    """
    out: list[bytes] = []
    run = JsonlRun(Stats(started=0.0))
    for number, line in enumerate(lines, 1):
        data = line if isinstance(line, bytes) else line.encode("utf-8", "surrogateescape")
        if not data.strip():
            continue
        result = job((name, number, data))
        if result.error:
            if on_error == "fail":
                raise ValueError(result.error + " (on_error='skip' skips such lines)")
            run.errors.append(result.error)
            run.stats.errors += 1
            continue
        out.append(result.output)
        run.stats.add(result.stats)
    return b"".join(out), run


def _clean_jsonl_part(
    pairs: list[tuple[str, str]], target: str, job: JsonlJob, index: int, whole_files: bool,
    on_error: OnError, compression: str | None,
) -> JsonlRun:
    """Clean one partition of ``read_text(..., include_path=True)`` and write it to
    ``target`` (a hidden name: :func:`clean_jsonl` names the part once all are written). A
    partition is a whole file unless a block size split the files."""
    import fsspec

    path = pairs[0][1] if pairs else "<empty>"
    name = path if whole_files else f"{path}[partition {index}]"
    data, run = clean_lines((line for line, _ in pairs), job, name, on_error)
    with fsspec.open(target, "wb", compression=compression) as fh:
        fh.write(data)
    return run


def clean_jsonl(
    src: str | os.PathLike[str] | list[str],
    dst: str | os.PathLike[str],
    *,
    text_field: str = "text",
    removed_field: str | None = None,
    options: Options | None = None,
    blocksize: int | str | None = None,
    on_error: OnError = "fail",
    compression: Literal["gzip"] | None = None,
    **kwargs: Any,
) -> JsonlRun:
    """Clean JSON Lines files into the folder ``dst``, one ``part-NNNNN.jsonl`` per partition.

    ``src`` is a path, a glob or a list of them (local, or any fsspec URL such as ``s3://``;
    ``.gz`` files are read compressed). Each file is a partition, in order; a ``blocksize``
    (``"64MiB"``) splits uncompressed files further, and errors then name the partition, not
    the line number in the file. Each line is cleaned as ``newsclean clean --jsonl`` does:
    ``text_field`` replaced by the clean text, the removed blocks in ``removed_field`` if
    given, every other field kept. ``on_error`` is ``"fail"`` (the first bad line raises
    ``ValueError``) or ``"skip"`` (left out, reported in the statistics).
    ``compression="gzip"`` writes ``.jsonl.gz`` parts. Keyword arguments are
    :class:`~newsclean.Options` fields.

    Returns a :class:`JsonlRun`: statistics, skipped lines' errors, files written.
    """
    import dask.bag
    from dask.base import compute
    from dask.delayed import delayed

    _check_fields(text_field, removed_field)
    _check_run(on_error, compression)
    job = JsonlJob(_options(options, kwargs), text_field, removed_field)
    base = _output_folder(dst, src)
    _refuse_old_parts(base)
    # Lines end at "\n" alone, as the command line reads them: a bare "\r" is whitespace
    # inside a JSON object, where universal newlines would cut the record in two.
    bag = dask.bag.read_text(src, blocksize=blocksize, include_path=True,
                             errors="surrogateescape", linedelimiter="\n")
    suffix = ".jsonl.gz" if compression == "gzip" else ".jsonl"
    # Each part is written under a hidden name of this run and renamed once every part is
    # written: a run that fails leaves no part (a task still running when another failed
    # may write its file after the error: a hidden one, which no reader of the parts and
    # no later run takes for a part).
    run_id = uuid.uuid4().hex[:12]
    names = [f"part-{i:05d}{suffix}" for i in range(bag.npartitions)]
    tasks = [
        delayed(_clean_jsonl_part)(
            part, f"{base}/.{name}.{run_id}.tmp", job, i, blocksize is None, on_error,
            compression,
        )
        for i, (name, part) in enumerate(zip(names, bag.to_delayed(), strict=True))
    ]
    _mkdir(base)
    total = JsonlRun()  # its clock starts with the run, which its summary times
    try:
        runs = compute(*tasks)
    except BaseException:
        _remove_parts(base, f".part-*.{run_id}.tmp")
        raise
    fs, root = _fs_root(base)
    for name, run in zip(names, runs, strict=True):
        fs.mv(f"{root}/.{name}.{run_id}.tmp", f"{root}/{name}")
        run.files.append(f"{base}/{name}")
        total.add(run)
    return total


#: The part files of a JSON Lines run; any Parquet file (Dask names its parts
#: ``part.N.parquet``, or as ``write_options``' ``name_function`` says).
JSONL_PARTS, PARQUET_PARTS = "part-*.jsonl*", "*.parquet"


def _refuse_old_parts(folder: str, pattern: str = JSONL_PARTS) -> None:
    """A ``ValueError`` where ``folder`` holds part files already: a run that writes fewer
    parts would leave the old ones beside its own, and a reader of the folder would take
    their records for this run's."""
    fs, root = _fs_root(folder)
    old = sorted(fs.glob(f"{root}/{pattern}"))
    if old:
        raise ValueError(f"{folder} holds part files already ({os.path.basename(old[0])}, "
                         f"{len(old)} in all); remove them or choose another folder")


def _remove_parts(folder: str, pattern: str) -> None:
    """Remove the files of ``folder`` that ``pattern`` matches (a failed run's parts)."""
    fs, root = _fs_root(folder)
    for path in fs.glob(f"{root}/{pattern}"):
        fs.rm(path)


def _fs_root(folder: str) -> tuple[Any, str]:
    """The file system of ``folder`` (a local path or a URL) and its path there."""
    import fsspec

    fs, _, (root,) = fsspec.get_fs_token_paths(folder)
    return fs, root.rstrip("/")


def _mkdir(path: str) -> None:
    import fsspec

    fs, _, (root,) = fsspec.get_fs_token_paths(path)
    fs.makedirs(root, exist_ok=True)


def clean_record(
    record: dict[str, Any], options: Options, text_field: str = "text",
    removed_field: str | None = None,
) -> dict[str, Any]:
    """A copy of ``record`` with its text cleaned (and its removed blocks, if asked).

    >>> clean_record({"id": 1, "text": "Advertisement\\nIt rained. ."}, Options(),
    ...              removed_field="removed")["removed"][0]["code"]
    'B105'
    >>> clean_record({"id": 2}, Options())
    Traceback (most recent call last):
    ValueError: record has no string field 'text'
    >>> clean_record({"id": 3, "text": "It rained."}, Options(), removed_field="id")
    Traceback (most recent call last):
    ValueError: record already has a field 'id'; choose another removed field
    >>> clean_record('{"text": "It rained."}', Options())
    Traceback (most recent call last):
    TypeError: record must be a dict (a JSON object read with json.loads), not str
    """
    if not isinstance(record, Mapping):
        raise TypeError(f"record must be a dict (a JSON object read with json.loads), not "
                        f"{type(record).__name__}")
    text = record.get(text_field)
    if not isinstance(text, str):
        raise ValueError(f"record has no string field {text_field!r}")
    if removed_field and removed_field in record:  # as --removed-field: nothing overwritten
        raise ValueError(f"record already has a field {removed_field!r}; choose another "
                         f"removed field")
    doc = analyze(text, options)
    out = dict(record)
    out[text_field] = doc.text
    if removed_field:
        out[removed_field] = _removed(doc)
    return out


def clean_bag(
    bag: dask.bag.Bag,
    *,
    text_field: str = "text",
    removed_field: str | None = None,
    options: Options | None = None,
    **kwargs: Any,
) -> dask.bag.Bag:
    """A bag of records (dictionaries) with their text cleaned, lazily (see
    :func:`clean_record`; a record without a string text field raises ``ValueError``, one
    that is no dictionary ``TypeError``).

    ```python
    import dask.bag, json
    records = dask.bag.read_text("crawl-*.jsonl").map(json.loads)
    clean = newsclean.dask.clean_bag(records, removed_field="removed")
    clean.map(json.dumps).to_textfiles("clean/*.jsonl")
    ```
    """
    _check_fields(text_field, removed_field)
    if not callable(getattr(bag, "map", None)) or not hasattr(bag, "npartitions"):
        raise TypeError(f"clean_bag needs a dask.bag.Bag (dask.bag.from_sequence(records) "
                        f"makes one), not {type(bag).__name__}")
    return bag.map(clean_record, _options(options, kwargs), text_field, removed_field)


# --- data frames and Parquet ---------------------------------------------------------------------

def _clean_frame(
    frame: pandas.DataFrame, options: Options, text_field: str, removed_field: str | None
) -> pandas.DataFrame:
    """Clean the text column of one pandas partition; values that are not strings (nulls)
    stay as they are."""
    docs = [analyze(t, options) if isinstance(t, str) else None for t in frame[text_field]]
    out = frame.copy()
    out[text_field] = [d.text if d is not None else t
                       for d, t in zip(docs, frame[text_field], strict=True)]
    if removed_field:
        out[removed_field] = [_removed(d) if d is not None else None for d in docs]
    return out


def clean_dataframe(
    frame: dask.dataframe.DataFrame,
    *,
    text_field: str = "text",
    removed_field: str | None = None,
    options: Options | None = None,
    **kwargs: Any,
) -> dask.dataframe.DataFrame:
    """A Dask data frame with its ``text_field`` column cleaned, lazily, and the removed
    blocks as a column ``removed_field`` if given: for each row a list of dictionaries with
    ``code``, ``label``, ``reason``, ``start``, ``end`` and ``text`` (in Parquet, the Arrow
    type :func:`removed_arrow_type`). Nulls stay null; every other column is kept."""
    import pandas

    _check_fields(text_field, removed_field)
    if not hasattr(frame, "map_partitions") or not hasattr(frame, "_meta"):
        raise TypeError(f"clean_dataframe needs a Dask DataFrame (dask.dataframe.from_pandas("
                        f"frame, npartitions=...) makes one), not {type(frame).__name__}")
    if text_field not in frame.columns:
        raise ValueError(f"no column {text_field!r}; columns: {', '.join(map(str, frame.columns))}")
    kind = frame._meta[text_field].dtype
    if not (pandas.api.types.is_object_dtype(kind) or pandas.api.types.is_string_dtype(kind)):
        raise ValueError(f"column {text_field!r} holds {kind} values, not text")
    if removed_field and removed_field in frame.columns:  # nothing overwritten
        raise ValueError(f"the frame already has a column {removed_field!r}; choose another "
                         f"removed field")
    meta = frame._meta.copy()
    if removed_field:
        meta[removed_field] = pandas.Series([], dtype=object)
    return frame.map_partitions(_clean_frame, _options(options, kwargs), text_field,
                                removed_field, meta=meta)


def clean_parquet(
    src: str | os.PathLike[str] | list[str],
    dst: str | os.PathLike[str],
    *,
    text_field: str = "text",
    removed_field: str | None = None,
    options: Options | None = None,
    read_options: dict[str, Any] | None = None,
    write_options: dict[str, Any] | None = None,
    **kwargs: Any,
) -> None:
    """Clean a Parquet data set (a folder, files or a glob, local or an fsspec URL) into
    the folder ``dst``, one output file per partition, in order. ``read_options`` and
    ``write_options`` go to ``dask.dataframe.read_parquet`` and ``to_parquet``. A folder
    that holds Parquet files already is refused (a run of fewer parts would leave old ones
    beside its own, whatever ``name_function`` names them), unless ``write_options`` has
    ``overwrite=True``."""
    import dask.dataframe

    folder = _output_folder(dst, src)
    if not (write_options or {}).get("overwrite"):
        _refuse_old_parts(folder, PARQUET_PARTS)
    frame = dask.dataframe.read_parquet(src, **(read_options or {}))
    cleaned = clean_dataframe(frame, text_field=text_field, removed_field=removed_field,
                              options=options, **kwargs)
    write: dict[str, Any] = {"write_index": False}
    if removed_field:  # Arrow cannot infer the type of the new column from empty metadata
        import pyarrow

        columns = frame._meta.drop(columns=[removed_field], errors="ignore")
        schema = pyarrow.Schema.from_pandas(columns, preserve_index=False)
        write["schema"] = schema.remove_metadata().append(
            pyarrow.field(removed_field, removed_arrow_type()))
    cleaned.to_parquet(folder, **{**write, **(write_options or {})})


def removed_arrow_type() -> Any:
    """The Arrow type of the removed-blocks column: a list of structs."""
    import pyarrow

    return pyarrow.list_(pyarrow.struct([
        ("code", pyarrow.string()), ("label", pyarrow.string()), ("reason", pyarrow.string()),
        ("start", pyarrow.int64()), ("end", pyarrow.int64()), ("text", pyarrow.string()),
    ]))

