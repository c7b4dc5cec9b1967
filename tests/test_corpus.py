"""Corpus mode: JSON Lines and folders, worker processes, input order, errors, summary."""

from __future__ import annotations

import gzip
import io
import itertools
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import newsclean
from newsclean.cli import main
from newsclean.cli.clean import OUTPUT_MARKER
from newsclean.corpus import ordered_map
from newsclean.parallel import CHUNKS_IN_FLIGHT
from newsclean.render import to_markdown

Capture = pytest.CaptureFixture[str]
DOC = (
    "Storm hits the coast\n"
    "The storm reached the coast on Monday night and closed every road into the town. .  "
    "Roads stayed shut until noon.\n"
    "Advertisement\n"
    "Council workers cleared fallen trees through the morning, and the first buses ran "
    "again in the afternoon."
)
CLEAN = newsclean.clean(DOC)


def write_jsonl(path: Path, records: list[object], bad: dict[int, str] | None = None) -> Path:
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    for index, raw in (bad or {}).items():
        lines.insert(index, raw)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def read_jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_jsonl_keeps_fields_and_order_with_two_jobs(tmp_path: Path, capsys: Capture) -> None:
    records = [{"id": i, "url": f"https://example.org/{i}", "text": f"{DOC} Number {i}."}
               for i in range(120)]
    src = write_jsonl(tmp_path / "in.jsonl", records)
    out = tmp_path / "out.jsonl"
    assert main(["clean", "--jsonl", str(src), "-o", str(out), "--jobs", "2"]) == 0
    got = read_jsonl(out)
    assert [r["id"] for r in got] == list(range(120))
    assert got[5] == {"id": 5, "url": "https://example.org/5",
                      "text": newsclean.clean(f"{DOC} Number 5.")}
    assert "Advertisement" not in str(got[5]["text"]) and ". ." not in str(got[5]["text"])
    summary = capsys.readouterr().err
    assert "120 documents" in summary and "docs/s" in summary
    assert "blocks removed: " in summary and "advert 120" in summary
    assert "P101 120" in summary and "W103 120" in summary


def test_jsonl_removed_field_and_other_text_field(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", [{"body": DOC, "lang": "en"}])
    out = tmp_path / "out.jsonl.gz"
    assert main(["clean", "--jsonl", "--text-field", "body", "--removed-field", "dropped",
                 "-q", str(src), "-o", str(out)]) == 0
    with gzip.open(out, "rt", encoding="utf-8") as fh:
        (record,) = [json.loads(line) for line in fh]
    assert record["lang"] == "en" and "Advertisement" not in record["body"]
    assert record["body"] == CLEAN
    dropped = {d["text"]: d for d in record["dropped"]}
    assert (dropped["Advertisement"]["code"], dropped["Advertisement"]["label"]) == (
        "B105", "advert"
    )
    for d in record["dropped"]:
        assert DOC[d["start"]:d["end"]] == d["text"]


def test_malformed_line_fails_by_default_and_writes_nothing(
    tmp_path: Path, capsys: Capture
) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", [{"text": DOC}] * 3, bad={2: "{not json"})
    out = tmp_path / "out.jsonl"
    assert main(["clean", "--jsonl", str(src), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert f"{src}:3: not valid JSON" in err and "Traceback" not in err
    assert not out.exists() and list(tmp_path.iterdir()) == [src]


def test_malformed_lines_skipped_when_asked(tmp_path: Path, capsys: Capture) -> None:
    src = write_jsonl(
        tmp_path / "in.jsonl", [{"id": i, "text": DOC} for i in range(4)],
        bad={1: "{not json", 3: "[1, 2]", 5: '{"id": 9}', 6: '{"text": 5}'},
    )
    out = tmp_path / "out.jsonl"
    assert main(["clean", "--jsonl", "--on-error", "skip", str(src), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert f"{src}:2: not valid JSON" in err
    assert f"{src}:4: not a JSON object" in err
    assert f"{src}:6: no field 'text'" in err
    assert f"{src}:7: field 'text' is not a string" in err
    assert "errors: 4" in err
    assert [r["id"] for r in read_jsonl(out)] == [0, 1, 2, 3]


def test_jsonl_from_stdin_to_stdout(
    monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    data = (json.dumps({"text": DOC}) + "\n\n" + json.dumps({"text": "Ça va. ."}) + "\n")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode("utf-8"))))
    assert main(["clean", "--jsonl", "-q", "-"]) == 0
    lines = capsysbinary.readouterr().out.decode("utf-8").splitlines()
    assert [json.loads(line)["text"] for line in lines][1] == "Ça va."


def test_text_folder_to_folder(tmp_path: Path, capsys: Capture) -> None:
    src = tmp_path / "raw"
    (src / "2024").mkdir(parents=True)
    (src / "a.txt").write_text(DOC, encoding="utf-8")
    (src / "2024" / "b.txt").write_text("Ça va. .\n", encoding="utf-8")
    (src / "notes.csv").write_text("x,y\n", encoding="utf-8")
    out = tmp_path / "clean"
    assert main(["clean", str(src), "--output-dir", str(out), "--jobs", "2"]) == 0
    assert (out / "a.txt").read_text(encoding="utf-8") == CLEAN + "\n"
    assert (out / "2024" / "b.txt").read_text(encoding="utf-8") == "Ça va.\n"
    assert sorted(p.name for p in out.rglob("*") if p.is_file()) == ["a.txt", "b.txt"]
    assert "2 documents" in capsys.readouterr().err


def test_folder_to_folder_json_and_markdown(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(DOC, encoding="utf-8")
    assert main(["clean", "-q", str(tmp_path / "a.txt"), "--output-dir", str(tmp_path / "md"),
                 "--format", "markdown"]) == 0
    assert (tmp_path / "md" / "a.md").read_text(encoding="utf-8") == (
        to_markdown(newsclean.analyze(DOC)) + "\n"
    )
    assert main(["clean", "-q", str(tmp_path / "a.txt"), "--output-dir", str(tmp_path / "js"),
                 "--format", "json"]) == 0
    data = json.loads((tmp_path / "js" / "a.json").read_text(encoding="utf-8"))
    advert = next(b for b in data["blocks"] if b["code"] == "B105")
    assert advert["label"] == "advert" and advert["kept"] is False
    assert DOC[advert["start"]:advert["end"]] == "Advertisement" and advert["reason"]
    assert data["text"] == CLEAN


def test_bad_file_in_a_folder_fails_or_is_skipped(tmp_path: Path, capsys: Capture) -> None:
    src = tmp_path / "raw"
    src.mkdir()
    (src / "a.txt").write_text(DOC, encoding="utf-8")
    (src / "b.txt").write_bytes(b"caf\xe9\n")
    (src / "c.txt").write_text("Fine.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["clean", str(src), "--output-dir", str(out)]) == 2
    assert "b.txt: not valid utf-8 at byte 3" in capsys.readouterr().err
    assert main(["clean", str(src), "--output-dir", str(out), "--on-error", "skip"]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["a.txt", "c.txt"]


def test_an_output_that_cannot_be_written_stops_only_its_file(
    tmp_path: Path, capsys: Capture
) -> None:
    """The files after it are cleaned and written; the run ends with status 2."""
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    for name in "abcd":
        (src / f"{name}.txt").write_text(DOC, encoding="utf-8")
    (out / "b.txt").mkdir(parents=True)  # a folder where b's output would go
    assert main(["clean", str(src), "--output-dir", str(out)]) == 2
    assert "b.txt: not a regular file; left unchanged" in capsys.readouterr().err
    assert sorted(p.name for p in out.iterdir() if p.is_file()) == ["a.txt", "c.txt", "d.txt"]


def test_a_file_where_an_output_folder_must_go_stops_only_its_files(
    tmp_path: Path, capsys: Capture
) -> None:
    src, out = tmp_path / "src", tmp_path / "out"
    (src / "s").mkdir(parents=True)
    (src / "s" / "a.txt").write_text(DOC, encoding="utf-8")
    (src / "z.txt").write_text(DOC, encoding="utf-8")
    out.mkdir()
    (out / "s").write_text("not a folder", encoding="utf-8")
    assert main(["clean", str(src), "--output-dir", str(out)]) == 2
    assert "a.txt: cannot write (File exists" in capsys.readouterr().err
    assert (out / "z.txt").read_text(encoding="utf-8") == newsclean.clean(DOC) + "\n"


def test_output_dir_inside_the_input_is_not_walked(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(DOC, encoding="utf-8")
    for _ in range(2):
        assert main(["clean", "-q", str(tmp_path), "--output-dir", str(tmp_path / "out")]) == 0
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.txt")) == [
        "a.txt", "out/a.txt"
    ]


def test_an_output_dir_inside_the_input_that_holds_the_users_files_is_refused(
    tmp_path: Path, capsys: Capture
) -> None:
    # articles/2024 is input too: left out of the walk as the output folder, its files
    # would be written over by the outputs of articles/*.txt.
    (tmp_path / "articles" / "2024").mkdir(parents=True)
    (tmp_path / "articles" / "storm.txt").write_text(DOC, encoding="utf-8")
    original = tmp_path / "articles" / "2024" / "storm.txt"
    original.write_text("The original article.\n", encoding="utf-8")
    out = tmp_path / "articles" / "2024"
    assert main(["clean", "-q", str(tmp_path / "articles"), "--output-dir", str(out)]) == 2
    assert "holds files that newsclean did not write" in capsys.readouterr().err
    assert original.read_text(encoding="utf-8") == "The original article.\n"
    # A folder of its own inside the input is marked as newsclean's, and run again.
    clean = tmp_path / "articles" / "clean"
    for _ in range(2):
        assert main(["clean", "-q", str(tmp_path / "articles"), "--output-dir", str(clean)]) == 0
    assert (clean / OUTPUT_MARKER).is_file()
    assert (clean / "storm.txt").read_text(encoding="utf-8") == newsclean.clean(DOC) + "\n"


def test_an_output_never_replaces_another_input(tmp_path: Path, capsys: Capture) -> None:
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "a.txt").write_text(DOC, encoding="utf-8")
    second = tmp_path / "in" / "sub" / "a.txt"
    second.write_text("The second input.\n", encoding="utf-8")
    args = [str(tmp_path / "in" / "a.txt"), str(second), "--output-dir", str(second.parent)]
    assert main(["clean", "-q", *args]) == 2
    assert "would overwrite the input" in capsys.readouterr().err
    assert second.read_text(encoding="utf-8") == "The second input.\n"


def test_an_input_folder_inside_the_output_dir_is_walked(
    tmp_path: Path, capsys: Capture
) -> None:
    # The output folder above the input (`clean raw --output-dir .`): every file is input,
    # not an earlier run's output (they were all skipped: "0 documents", status 0).
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "a.txt").write_text(DOC, encoding="utf-8")
    assert main(["clean", "-q", str(tmp_path / "raw"), "--output-dir", str(tmp_path)]) == 0
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == newsclean.clean(DOC) + "\n"
    # The output folder the input folder itself: refused.
    assert main(["clean", "-q", str(tmp_path / "raw"), "--output-dir", str(tmp_path / "raw")]) == 2
    assert "--output-dir is the input folder" in capsys.readouterr().err
    assert (tmp_path / "raw" / "a.txt").read_text(encoding="utf-8") == DOC


def test_output_must_not_overwrite_the_input(tmp_path: Path, capsys: Capture) -> None:
    path = tmp_path / "a.txt"
    path.write_text(DOC, encoding="utf-8")
    assert main(["clean", str(path), "-o", str(path)]) == 2
    assert "would overwrite the input" in capsys.readouterr().err
    assert path.read_text(encoding="utf-8") == DOC


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_output_must_not_overwrite_a_file_found_in_a_folder(
    tmp_path: Path, capsys: Capture, fmt: str
) -> None:
    """A folder walked may hold the file -o names: the run stops before it writes."""
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(DOC, encoding="utf-8")
    target = tmp_path / "b.txt"
    assert main(["clean", str(tmp_path), "--format", fmt, "-o", str(target)]) == 2
    assert "b.txt: -o would overwrite this input" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == DOC
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt"]


def test_ordered_map_streams_its_input() -> None:
    """Workers run ahead of the results by a bounded window, not the whole stream."""
    pulled = 0

    def numbers() -> Iterator[int]:
        nonlocal pulled
        for i in itertools.count():
            pulled += 1
            yield i

    results = ordered_map(abs, numbers(), jobs=2, chunksize=4)
    first = list(itertools.islice(results, 10))
    assert first == list(range(10))
    assert pulled <= 10 + 2 * 4 * CHUNKS_IN_FLIGHT + 4
    results.close()  # type: ignore[attr-defined]


def _process_id(_: int) -> int:
    return os.getpid()


def test_ordered_map_does_the_first_item_before_the_workers_start() -> None:
    """What the first document builds once per process is built once and shared by the
    forked workers; every other item goes to a worker."""
    pids = list(ordered_map(_process_id, range(6), jobs=2, chunksize=1))
    assert pids[0] == os.getpid()
    assert os.getpid() not in pids[1:]
    assert list(ordered_map(_process_id, [], jobs=2)) == []


def test_ordered_map_starts_no_workers_for_one_item(monkeypatch: pytest.MonkeyPatch) -> None:
    # `newsclean clean a.txt -j 300` forked 300 workers for its one file.
    import multiprocessing

    def no_pool(*args: object, **kwargs: object) -> None:
        raise AssertionError("a pool was started")

    monkeypatch.setattr(multiprocessing, "get_context", no_pool)
    assert list(ordered_map(_process_id, [7], jobs=8)) == [os.getpid()]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_valid_json_that_cannot_be_cleaned_is_a_bad_record(
    tmp_path: Path, capsys: Capture, jobs: str
) -> None:
    """JSON nested 2,000 deep: reported, skipped, no traceback. A lone surrogate escape in
    another field goes through as it was written."""
    path = tmp_path / "in.jsonl"
    path.write_text(
        '{"id": "\\udc80", "text": "Hello. ."}\n'
        '{"text": "x", "deep": ' + "[" * 2000 + "]" * 2000 + "}\n"
        '{"id": "ok", "text": "Fine. ."}\n',
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    assert main(["clean", "--jsonl", str(path), "-o", str(out), "-j", jobs, "--on-error",
                 "skip"]) == 0
    err = capsys.readouterr().err
    assert "in.jsonl:1" not in err
    assert "in.jsonl:2: JSON nested too deeply to read; line skipped" in err
    assert out.read_text(encoding="utf-8").splitlines() == [
        '{"id": "\\udc80", "text": "Hello."}', '{"id": "ok", "text": "Fine."}'
    ]
    assert main(["clean", "--jsonl", str(path), "-o", str(out), "-j", jobs]) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_the_dask_lines_get_the_same_errors() -> None:
    from newsclean.corpus import JsonlJob
    from newsclean.dask import clean_lines
    from newsclean.options import Options

    lines = ['{"id": "\\udc80", "text": "a"}\n', '{"a": ' + "[" * 2000 + "]" * 2000 + "}\n"]
    out, run = clean_lines(lines, JsonlJob(Options()), "a.jsonl", "skip")
    assert out == b'{"id": "\\udc80", "text": "a"}\n'
    assert run.errors == ["a.jsonl:2: JSON nested too deeply to read"]


def test_removed_field_never_overwrites_a_field(tmp_path: Path, capsys: Capture) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", [{"id": 1, "text": DOC}])
    assert main(["clean", "--jsonl", str(path), "--removed-field", "id"]) == 2
    captured = capsys.readouterr()
    assert "in.jsonl:1: the record already has a field 'id'" in captured.err
    assert captured.out == ""


def test_timeout_makes_a_slow_document_a_bad_one(
    tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    import newsclean.corpus

    real = newsclean.corpus.analyze

    def slow_on_rain(text: str, options: object) -> object:
        if "rain" in text:
            time.sleep(5)
        return real(text, options)  # type: ignore[arg-type]

    monkeypatch.setattr(newsclean.corpus, "analyze", slow_on_rain)
    path = write_jsonl(tmp_path / "in.jsonl", [{"text": "The rain. ."}, {"text": "Sun. ."}])
    start = time.monotonic()
    assert main(["clean", "--jsonl", str(path), "--timeout", "0.2", "--on-error", "skip"]) == 0
    assert time.monotonic() - start < 4
    captured = capsys.readouterr()
    assert "in.jsonl:1: took longer than 0.2 s (--timeout); line skipped" in captured.err
    assert [json.loads(line) for line in captured.out.splitlines()] == [{"text": "Sun."}]
    (tmp_path / "a.txt").write_text("The rain. .\n", encoding="utf-8")
    assert main(["clean", str(tmp_path / "a.txt"), "--timeout", "0.2"]) == 2
    assert "a.txt: took longer than 0.2 s (--timeout)" in capsys.readouterr().err


def test_every_other_field_goes_through_as_it_was_written(
    tmp_path: Path, capsys: Capture
) -> None:
    """Digits, escapes, spacing and a key given twice stay as written: a JSON round trip
    would write 19.90 as 19.9, 1E400 as Infinity (not JSON) and drop the first key."""
    lines = [
        '{"text":"It rained. .","amt":19.90,"big":1E400,"tiny":1e-400,"e":"caf\\u00e9"}',
        '{"text":"first","n":[ 1 , 2 ],"text":"Advertisement\\nIt rained. ."}',
        '\ufeff{"id": 3, "text": "Advertisement \\udc80\\nIt rained. ."}\r',
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["clean", "--jsonl", str(path), "-o", str(out), "-q",
                 "--removed-field", "removed"]) == 0
    written = out.read_text(encoding="utf-8").splitlines()
    assert written[0] == (
        '{"text":"It rained.","amt":19.90,"big":1E400,"tiny":1e-400,"e":"caf\\u00e9", '
        '"removed": []}'
    )
    assert written[1].startswith('{"text":"first","n":[ 1 , 2 ],"text":"It rained.", ')
    # A lone surrogate in a removed block's text is written as its escape.
    assert '"text": "Advertisement \\udc80"' in written[2]
    assert json.loads(written[2])["text"] == "It rained."


@pytest.mark.parametrize("seed", range(3))
def test_a_record_read_back_differs_only_in_its_text(seed: int) -> None:
    """Whatever the other fields hold, parsing the output gives the input's record with
    the text cleaned (and the removed blocks added)."""
    import random

    from newsclean.corpus import JsonlJob
    from newsclean.options import Options

    rng = random.Random(seed)

    def value(depth: int) -> object:
        kind = rng.randrange(6 if depth < 3 else 4)
        if kind == 4:
            return [value(depth + 1) for _ in range(2)]
        if kind == 5:
            return {f"k{i}": value(depth + 1) for i in range(2)}
        return [None, rng.random() * 10 ** rng.randrange(-5, 5), "x\u00e9\n\"\\",
                rng.randrange(-10**20, 10**20)][kind]

    for _ in range(50):
        record = {f"f{i}": value(0) for i in range(rng.randrange(4))}
        record["text"] = "Advertisement\nIt rained all day. ."
        record.update({f"g{i}": value(0) for i in range(rng.randrange(3))})
        line = json.dumps(record, ensure_ascii=rng.random() < 0.5,
                          separators=rng.choice([(",", ":"), (", ", ": "), (" , ", " : ")]))
        result = JsonlJob(Options(), removed_field="removed")(("a.jsonl", 1, line.encode()))
        back = json.loads(result.output)
        assert back.pop("removed")[0]["code"] == "B105"
        assert back == {**record, "text": "It rained all day."}


def test_a_jsonl_file_given_twice_is_read_once(tmp_path: Path, capsys: Capture) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", [{"id": 1, "text": DOC}])
    same = tmp_path / "sub" / ".." / "in.jsonl"
    (tmp_path / "sub").mkdir()
    assert main(["clean", "--jsonl", str(path), str(same)]) == 0
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 1
    assert "given more than once; read once" in err


def test_gzip_is_told_by_its_bytes_and_written_under_the_outputs_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    """A gzip file read whatever its name (``.GZ``, none, standard input); ``-o X.GZ``
    compressed, its header naming ``X`` rather than the temporary file it was written as."""
    data = gzip.compress(json.dumps({"text": DOC}).encode() + b"\n")
    (tmp_path / "crawl.JSONL.GZ").write_bytes(data)
    out = tmp_path / "clean.JSONL.GZ"
    assert main(["clean", "--jsonl", str(tmp_path / "crawl.JSONL.GZ"), "-o", str(out),
                 "-q"]) == 0
    raw = out.read_bytes()
    assert raw[:2] == b"\x1f\x8b" and b"clean.JSONL\x00" in raw[:40]
    assert b"newsclean" not in raw[:40]
    cleaned = json.loads(gzip.decompress(raw))["text"]
    assert cleaned == newsclean.clean(DOC)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(data))))
    assert main(["clean", "--jsonl", "-", "-q"]) == 0
    assert json.loads(capsysbinary.readouterr().out)["text"] == cleaned


def test_a_json_line_in_utf16_is_a_bad_line() -> None:
    """json.loads reads UTF-16 too; a JSON Lines file is UTF-8, and the line is an error."""
    from newsclean.corpus import JsonlJob
    from newsclean.options import Options

    result = JsonlJob(Options())(("a.jsonl", 1, '{"text": "a. ."}'.encode("utf-16")))
    assert result.error == "a.jsonl:1: not UTF-8 (JSON Lines are UTF-8)"


def _truncated_gzip(path: Path, records: int) -> Path:
    data = b"".join(json.dumps({"text": f"Line {i}. ."}).encode() + b"\n"
                    for i in range(records))
    packed = gzip.compress(data)
    path.write_bytes(packed[: len(packed) * 2 // 3])
    return path


def test_a_truncated_gzip_fails_naming_the_last_line_read(tmp_path: Path, capsys: Capture) -> None:
    crawl = _truncated_gzip(tmp_path / "crawl.jsonl.gz", 2000)
    out = tmp_path / "out.jsonl"
    assert main(["clean", "--jsonl", str(crawl), "-o", str(out), "-q"]) == 2
    assert "crawl.jsonl.gz: cannot read past line " in capsys.readouterr().err
    assert not out.exists()  # --on-error fail: the run failed, and -o is written whole or not


def test_on_error_skip_keeps_the_lines_before_a_truncated_gzip(
    tmp_path: Path, capsys: Capture
) -> None:
    """With --on-error skip, a file that breaks off is a bad input like a bad line: the
    lines read before the break are cleaned and written, and the next file is read."""
    crawl = _truncated_gzip(tmp_path / "crawl.jsonl.gz", 2000)
    after = write_jsonl(tmp_path / "after.jsonl", [{"text": DOC}])
    out = tmp_path / "out.jsonl"
    assert main(["clean", "--jsonl", str(crawl), str(after), "-o", str(out),
                 "--on-error", "skip"]) == 0
    lines = out.read_bytes().splitlines()
    assert len(lines) > 1000
    assert json.loads(lines[0])["text"] == "Line 0."
    assert json.loads(lines[-1])["text"] == CLEAN
    err = capsys.readouterr().err
    assert f"warning: {crawl}: cannot read past line {len(lines) - 1} (" in err
    assert "the rest of the file skipped" in err


def test_a_jsonl_file_that_cannot_be_opened(
    tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    # With --on-error skip, a missing file ended the run (status 2, nothing written) instead
    # of being skipped; without, it was found only once the files before it were done.
    import newsclean.corpus

    good = tmp_path / "good.jsonl"
    good.write_text('{"text": "One. ."}\n', encoding="utf-8")
    missing, out = str(tmp_path / "missing.jsonl"), tmp_path / "out.jsonl"
    assert main(["clean", "--jsonl", "--on-error", "skip", missing, str(good), "-o",
                 str(out)]) == 0
    assert out.read_text(encoding="utf-8") == '{"text": "One."}\n'
    assert "missing.jsonl: no such file or directory; the file skipped" in capsys.readouterr().err
    read: list[str] = []
    real = newsclean.corpus._open_input
    monkeypatch.setattr(newsclean.corpus, "_open_input", lambda p: read.append(p) or real(p))
    assert main(["clean", "--jsonl", str(good), missing]) == 2
    assert read == [] and "missing.jsonl: no such file or directory" in capsys.readouterr().err


def test_a_line_cut_off_in_a_string_says_so(tmp_path: Path, capsys: Capture) -> None:
    # Its line end was read as part of the JSON: "Invalid control character at ...".
    src = tmp_path / "in.jsonl"
    src.write_bytes(b'{"id": 1, "text": "It rai\r\n{"text": "Two. ."}\n')
    assert main(["clean", "--jsonl", "--on-error", "skip", str(src)]) == 0
    err = capsys.readouterr().err
    assert "in.jsonl:1: not valid JSON (Unterminated string starting at: line 1 column 19" in err


def test_a_line_too_large_is_that_lines_error_not_the_rest_of_the_files(
    tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    # With --on-error skip, the lines after a line of more than 128 MB were all lost (the
    # rest of the file skipped, status 0), and `report` wrote no report at all.
    import newsclean.corpus

    monkeypatch.setattr(newsclean.corpus, "MAX_DOCUMENT_BYTES", 2000)
    monkeypatch.setattr(newsclean.corpus, "MAX_SKIPPED_BYTES", 20000, raising=False)
    src = tmp_path / "in.jsonl"
    big = json.dumps({"text": "word " * 1000})
    src.write_text(f'{{"text": "One. ."}}\n{big}\n{{"text": "Two. ."}}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["clean", "--jsonl", "--on-error", "skip", "-q", str(src), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == '{"text": "One."}\n{"text": "Two."}\n'
    assert "1 bad input skipped" in capsys.readouterr().err
    assert main(["clean", "--jsonl", "-q", str(src), "-o", str(out)]) == 2
    assert "in.jsonl:2: larger than" in capsys.readouterr().err
    html = tmp_path / "r.html"
    assert main(["report", "--jsonl", "-q", str(src), "-o", str(html)]) == 2
    assert html.exists()
    # A stream with no line end for long enough still ends the file.
    src.write_bytes(b'{"text": "One. ."}\n' + b"x" * 50000)
    assert main(["clean", "--jsonl", "--on-error", "skip", str(src), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == '{"text": "One."}\n'
    assert "the rest of the file skipped" in capsys.readouterr().err


@pytest.mark.parametrize("jsonl", [True, False])
def test_quiet_on_error_skip_still_says_how_many_inputs_were_skipped(
    tmp_path: Path, capsys: Capture, jsonl: bool
) -> None:
    if jsonl:
        args = ["--jsonl", str(write_jsonl(tmp_path / "a.jsonl", [{"text": DOC}],
                                           bad={0: "not json", 1: "[1]"}))]
    else:
        (tmp_path / "bad.txt").write_bytes(b"caf\xe9\n")
        (tmp_path / "good.txt").write_text(DOC, encoding="utf-8")
        args = [str(tmp_path / "bad.txt"), str(tmp_path / "good.txt"), "--output-dir",
                str(tmp_path / "out")]
    assert main(["clean", *args, "--on-error", "skip", "-q"]) == 0
    err = capsys.readouterr().err
    assert err == (f"newsclean: {2 if jsonl else 1} bad input{'s' if jsonl else ''} skipped "
                   f"by --on-error skip (run without -q to see which)\n")


def test_a_record_with_an_integer_longer_than_python_reads_is_cleaned(
    tmp_path: Path, capsys: Capture
) -> None:
    """Valid JSON: its other fields pass through as written (it was refused as "not valid
    JSON", with advice for Python programmers)."""
    big = "9" * 5000
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": ' + big + ', "text": "It rained. ."}\n', encoding="utf-8")
    assert main(["clean", "-q", "--jsonl", str(src), "-o", str(tmp_path / "out.jsonl")]) == 0
    assert (tmp_path / "out.jsonl").read_text(encoding="utf-8") == (
        '{"id": ' + big + ', "text": "It rained."}\n')
