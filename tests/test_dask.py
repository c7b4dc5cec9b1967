"""newsclean.dask on a real ``distributed.LocalCluster`` of two worker processes (one thread
each): JSON Lines and Parquet come out exactly as one process cleans them."""

from __future__ import annotations

import importlib
import json
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsclean import analyze
from newsclean.cli import main

ROOT = Path(__file__).resolve().parent.parent


def need(module: str) -> Any:
    """Skip without the dask extra, except in CI, which installs it and must run this."""
    if os.environ.get("CI"):
        return importlib.import_module(module)
    return pytest.importorskip(module)


TEXTS = [
    (ROOT / "seeds" / "000_68972bff8665e00a.txt").read_text(encoding="utf-8"),
    (ROOT / "tests" / "fixtures" / "page.txt").read_text(encoding="utf-8"),
    "Storm hits the coast\nThe storm came. .  Roads   closed .\nAdvertisement\nShare this article",
    "Ça va. .\nLe café est fermé ; il pleut .",
    "",
]


def records(start: int, count: int) -> list[dict[str, object]]:
    return [{"id": i, "lang": "en", "text": TEXTS[i % len(TEXTS)] + f"\nNumber {i}."}
            for i in range(start, start + count)]


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    distributed = need("distributed")
    need("dask.dataframe")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as dask_client:
        yield dask_client


def test_the_cluster_runs_two_worker_processes(client: Any) -> None:
    pids = client.run(os.getpid)
    assert len(pids) == 2 and os.getpid() not in pids.values()
    assert all(w["nthreads"] == 1 for w in client.scheduler_info()["workers"].values())


def test_jsonl_on_the_cluster_equals_one_process(client: Any, tmp_path: Path) -> None:
    from newsclean import dask as nc_dask

    paths = []
    for n, (start, count) in enumerate([(0, 25), (25, 15)]):
        path = tmp_path / f"crawl-{n}.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n"
                                for r in records(start, count)), encoding="utf-8")
        paths.append(str(path))
    one = tmp_path / "one.jsonl"
    assert main(["clean", "--jsonl", *paths, "-o", str(one), "--removed-field", "removed",
                 "-q"]) == 0
    distributed = need("distributed")
    for blocksize in (None, 20_000):  # a file a partition; files split into blocks
        out = tmp_path / f"out-{blocksize}"
        with distributed.get_task_stream(client) as stream:
            run = nc_dask.clean_jsonl(paths, str(out), removed_field="removed",
                                      blocksize=blocksize)
        cleaned_on = {t["worker"] for t in stream.data if "clean_jsonl_part" in str(t["key"])}
        assert cleaned_on and cleaned_on <= set(client.scheduler_info()["workers"])
        parts = sorted(out.glob("part-*.jsonl"))
        assert [str(p) for p in parts] == run.files and len(parts) >= 2
        assert b"".join(p.read_bytes() for p in parts) == one.read_bytes()
        assert run.stats.documents == 40 and run.errors == []
        assert run.stats.removed["advert"] >= 8


def test_parquet_on_the_cluster_equals_one_process(client: Any, tmp_path: Path) -> None:
    import dask.dataframe
    import pandas

    from newsclean import dask as nc_dask

    frame = pandas.DataFrame(records(0, 30))
    frame.loc[3, "text"] = None
    dask.dataframe.from_pandas(frame, npartitions=3).to_parquet(tmp_path / "in",
                                                                write_index=False)
    nc_dask.clean_parquet(str(tmp_path / "in"), str(tmp_path / "out"), removed_field="removed")
    got = pandas.read_parquet(tmp_path / "out")
    assert got["id"].tolist() == list(range(30)) and got["lang"].eq("en").all()
    for i, row in got.iterrows():
        text = frame.loc[i, "text"]
        if pandas.isna(text):
            assert pandas.isna(row["text"]) and row["removed"] is None
            continue
        doc = analyze(text)
        assert row["text"] == doc.text
        removed = [(r["code"], r["start"], r["end"], r["text"]) for r in row["removed"]]
        assert removed == [(b.code, b.start, b.end, b.source) for b in doc.removed_blocks]


def test_the_spark_recipe_cleans_batches_as_one_process() -> None:
    pandas = need("pandas")
    page = (ROOT / "docs" / "guides" / "spark.md").read_text(encoding="utf-8")
    recipe = page.split("```python\n", 1)[1].split("```", 1)[0]  # the function, not the job
    namespace: dict[str, Any] = {}
    exec(compile(recipe, "spark.md", "exec"), namespace)
    frames = [pandas.DataFrame(records(0, 6)), pandas.DataFrame(records(6, 4))]
    frames[1].loc[1, "text"] = None
    out = list(namespace["clean_batches"](iter(frames)))
    assert [len(f) for f in out] == [6, 4] and frames[0]["text"][0] != out[0]["text"][0]
    for before, after in zip(frames, out, strict=True):
        assert after["id"].tolist() == before["id"].tolist()
        for text, got, removed in zip(before["text"], after["text"], after["removed"],
                                      strict=True):
            if not isinstance(text, str):
                assert got is None or pandas.isna(got)
                continue
            doc = analyze(text)
            assert got == doc.text
            assert [r["code"] for r in removed] == [b.code for b in doc.removed_blocks]



def test_a_removed_field_never_overwrites_a_field_or_column() -> None:
    """As with --removed-field: a record or frame that has the field already is refused."""
    from newsclean import Options
    from newsclean.dask import clean_dataframe, clean_record

    with pytest.raises(ValueError, match="already has a field 'id'"):
        clean_record({"id": 1, "text": "It rained."}, Options(), removed_field="id")
    with pytest.raises(ValueError, match="already has a field 'text'"):
        clean_record({"text": "It rained."}, Options(), removed_field="text")
    dd = need("dask.dataframe")
    pandas = need("pandas")
    frame = dd.from_pandas(pandas.DataFrame({"text": ["It rained."], "gone": [1]}),
                           npartitions=1)
    with pytest.raises(ValueError, match="already has a column 'gone'"):
        clean_dataframe(frame, removed_field="gone")


def test_a_record_that_is_no_dictionary_is_a_type_error() -> None:
    # A line not yet read as JSON, or a list, failed inside with AttributeError ('get').
    from newsclean import Options
    from newsclean.dask import clean_bag, clean_record

    for record in ('{"text": "It rained."}', ["It rained."], None):
        with pytest.raises(TypeError, match="record must be a dict"):
            clean_record(record, Options())  # type: ignore[arg-type]
    bag = need("dask.bag")
    with pytest.raises(TypeError, match="not str"):
        clean_bag(bag.from_sequence(['{"text": "x"}'])).compute(scheduler="sync")


def test_clean_jsonl_refuses_a_folder_with_parts_of_an_earlier_run(tmp_path: Path) -> None:
    """Fewer parts the second time would leave old ones beside the new: a reader of the
    folder would take their records for this run's."""
    dask = need("dask")
    need("dask.bag")
    from newsclean import dask as nc_dask

    src = tmp_path / "crawl.jsonl"
    src.write_text(json.dumps({"text": "It rained. ."}) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    with dask.config.set(scheduler="synchronous"):
        run = nc_dask.clean_jsonl(str(src), str(out))
        assert [Path(f).name for f in run.files] == ["part-00000.jsonl"]
        old = r"holds part files already \(part-00000\.jsonl, 1 in all\)"
        with pytest.raises(ValueError, match=old):
            nc_dask.clean_jsonl(str(src), str(out))
    assert sorted(p.name for p in out.iterdir()) == ["part-00000.jsonl"]


def test_a_failed_jsonl_run_leaves_no_parts_and_may_be_made_again(tmp_path: Path) -> None:
    """The parts written before the bad line are removed with the error: the folder is as
    it was, and the run, once the input is mended, is not refused for parts of its own."""
    dask = need("dask")
    need("dask.bag")
    from newsclean import dask as nc_dask

    (tmp_path / "in").mkdir()
    good, bad = tmp_path / "in" / "a.jsonl", tmp_path / "in" / "b.jsonl"
    good.write_text(json.dumps({"text": "It rained. ."}) + "\n", encoding="utf-8")
    bad.write_text(json.dumps({"text": "Sun."}) + "\n[1]\n", encoding="utf-8")
    out = tmp_path / "out"
    with dask.config.set(scheduler="synchronous"):
        with pytest.raises(ValueError, match=r"b\.jsonl:2"):
            nc_dask.clean_jsonl(str(tmp_path / "in" / "*.jsonl"), str(out))
        assert list(out.iterdir()) == []
        bad.write_text(json.dumps({"text": "Sun."}) + "\n", encoding="utf-8")
        run = nc_dask.clean_jsonl(str(tmp_path / "in" / "*.jsonl"), str(out))
    assert [Path(f).name for f in run.files] == ["part-00000.jsonl", "part-00001.jsonl"]


def test_clean_parquet_refuses_a_folder_with_parts_of_an_earlier_run(tmp_path: Path) -> None:
    dask = need("dask")
    dd = need("dask.dataframe")
    pandas = need("pandas")
    from newsclean import dask as nc_dask

    for name, n in (("in3", 3), ("in1", 1)):
        frame = pandas.DataFrame(records(0, 6))
        dd.from_pandas(frame, npartitions=n).to_parquet(tmp_path / name, write_index=False)
    out = tmp_path / "out"
    with dask.config.set(scheduler="synchronous"):
        nc_dask.clean_parquet(str(tmp_path / "in3"), str(out))
        with pytest.raises(ValueError, match=r"holds part files already \(part\.0\.parquet"):
            nc_dask.clean_parquet(str(tmp_path / "in1"), str(out))
        # Parts named otherwise (write_options' name_function) are refused too.
        named = tmp_path / "named"
        nc_dask.clean_parquet(str(tmp_path / "in3"), str(named),
                              write_options={"name_function": lambda i: f"data-{i}.parquet"})
        with pytest.raises(ValueError, match=r"holds part files already \(data-0\.parquet"):
            nc_dask.clean_parquet(str(tmp_path / "in1"), str(named))
        nc_dask.clean_parquet(str(tmp_path / "in1"), str(out),
                              write_options={"overwrite": True})
    assert sorted(p.name for p in out.glob("part.*")) == ["part.0.parquet"]


def test_clean_dataframe_checks_its_field_names() -> None:
    dd = need("dask.dataframe")
    pandas = need("pandas")
    from newsclean.dask import clean_dataframe

    frame = dd.from_pandas(pandas.DataFrame({"text": ["It rained."]}), npartitions=1)
    with pytest.raises(ValueError, match="removed_field must be a field name"):
        clean_dataframe(frame, removed_field="")
    with pytest.raises(TypeError, match="removed_field must be a field name"):
        clean_dataframe(frame, removed_field=5)  # type: ignore[arg-type]


def test_clean_jsonl_reads_lines_as_the_command_line_does(tmp_path: Path) -> None:
    """A bare carriage return is JSON whitespace inside a record, and CRLF ends a line."""
    dask = need("dask")
    need("dask.bag")
    from newsclean import dask as nc_dask

    src = tmp_path / "crawl.jsonl"
    src.write_bytes(b'{"id": 1,\r"text": "It rained. ."}\n{"id": 2, "text": "Sun. ."}\r\n')
    one = tmp_path / "one.jsonl"
    assert main(["clean", "--jsonl", str(src), "-o", str(one), "-q"]) == 0
    with dask.config.set(scheduler="synchronous"):
        run = nc_dask.clean_jsonl(str(src), str(tmp_path / "out"))
    assert run.errors == [] and run.stats.documents == 2
    assert Path(run.files[0]).read_bytes() == one.read_bytes()


@pytest.mark.parametrize(("kwargs", "error", "message"), [
    ({"on_error": "raise"}, ValueError, "on_error must be 'fail' or 'skip', not 'raise'"),
    ({"compression": "zip"}, ValueError, "compression must be None or 'gzip', not 'zip'"),
    ({"text_field": None}, TypeError, "text_field must be a field name"),
    ({"text_field": ""}, ValueError, "text_field must be a field name"),
    ({"removed_field": "text"}, ValueError, "removed_field must differ from text_field"),
    ({"removed_field": 3}, TypeError, "removed_field must be a field name"),
])
def test_clean_jsonl_refuses_unknown_arguments_before_any_work(
    tmp_path: Path, kwargs: dict[str, Any], error: type[Exception], message: str
) -> None:
    """A guessed ``on_error`` skipped bad lines without a word (anything but "fail" did);
    now every such argument is refused, naming it, before the output folder is made."""
    need("dask.bag")
    from newsclean import dask as nc_dask

    src = tmp_path / "crawl.jsonl"
    src.write_text(json.dumps({"text": "It rained. ."}) + "\n[1]\n", encoding="utf-8")
    with pytest.raises(error, match=message):
        nc_dask.clean_jsonl(str(src), str(tmp_path / "out"), **kwargs)
    assert not (tmp_path / "out").exists()


def test_clean_bag_refuses_a_removed_field_named_as_the_text() -> None:
    need("dask.bag")
    from newsclean import dask as nc_dask

    with pytest.raises(ValueError, match="removed_field must differ from text_field"):
        nc_dask.clean_bag(None, removed_field="text")  # type: ignore[arg-type]


def test_clean_jsonl_times_the_whole_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The summary's clock starts before the partitions are cleaned, not after (it said
    0.0 s, and millions of documents a second, for a run of a second)."""
    dask = need("dask")
    need("dask.bag")
    dask_base = need("dask.base")
    from newsclean import dask as nc_dask

    started: list[float] = []
    compute = dask_base.compute

    def timed_compute(*args: Any, **kwargs: Any) -> Any:
        started.append(time.perf_counter())
        return compute(*args, **kwargs)

    monkeypatch.setattr(dask_base, "compute", timed_compute)
    src = tmp_path / "crawl.jsonl"
    src.write_text(json.dumps({"text": "It rained. ."}) + "\n", encoding="utf-8")
    with dask.config.set(scheduler="synchronous"):
        run = nc_dask.clean_jsonl(str(src), str(tmp_path / "out"))
    assert started and run.stats.started <= started[0]


def test_arguments_that_are_no_dask_collection_or_folder_say_so(tmp_path: Path) -> None:
    """A Path is a folder; a pandas frame, a list, a glob that matches nothing, a column of
    numbers and the input's own folder are refused by name (they raised AttributeError,
    said "no column 'text'; columns:", or cleaned nothing without a word)."""
    dask = need("dask")
    need("dask.bag")
    pandas = need("pandas")
    need("dask.dataframe")
    from newsclean import dask as nc_dask

    (tmp_path / "in").mkdir()
    src = tmp_path / "in" / "a.jsonl"
    src.write_text(json.dumps({"text": "It rained. ."}) + "\n", encoding="utf-8")
    with dask.config.set(scheduler="synchronous"):
        run = nc_dask.clean_jsonl(src, tmp_path / "out")  # Paths, both
        assert [Path(f).name for f in run.files] == ["part-00000.jsonl"]
        with pytest.raises(ValueError, match="no file matches"):
            nc_dask.clean_jsonl(str(tmp_path / "none" / "*.jsonl"), str(tmp_path / "o2"))
        with pytest.raises(ValueError, match="holds the input"):
            nc_dask.clean_jsonl(str(tmp_path / "in" / "*.jsonl"), str(tmp_path / "in"))
        with pytest.raises(TypeError, match="dst must be the path of a folder"):
            nc_dask.clean_jsonl(str(src), None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="needs a Dask DataFrame"):
        nc_dask.clean_dataframe(pandas.DataFrame({"text": ["a"]}))
    with pytest.raises(TypeError, match=r"needs a dask\.bag\.Bag"):
        nc_dask.clean_bag([{"text": "a"}])  # type: ignore[arg-type]
    frame = need("dask.dataframe").from_pandas(
        pandas.DataFrame({"id": [1, 2], "text": ["It rained. .", "Sun."]}), npartitions=1)
    with pytest.raises(ValueError, match="column 'id' holds int64 values, not text"):
        nc_dask.clean_dataframe(frame, text_field="id")
