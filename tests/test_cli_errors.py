"""Bad settings and failing writes end in one line and status 2: never a traceback, never a
temporary file left behind (issue 17, item 7 and the corpus-mode signals)."""

from __future__ import annotations

import errno
import json
import os
import shlex
import signal
import subprocess
import sys
import time
import weakref
from pathlib import Path
from typing import Any

import pytest

import newsclean.cli.check_fix
import newsclean.cli.clean
import newsclean.cli.report
from cli_output import one_error
from newsclean.cli import main

Capture = pytest.CaptureFixture[str]
DAMAGED = "It rained. .\n"


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "a.txt").write_text(DAMAGED, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("encoding", ["rot13", "hex", "undefined", "no-such-codec"])
def test_an_encoding_that_is_not_a_text_encoding(here: Path, capsys: Capture, encoding: str) -> None:
    assert main(["check", "--encoding", encoding, "a.txt"]) == 2
    assert f"{encoding!r}" in one_error(capsys)
    (here / "newsclean.toml").write_text(f'encoding = "{encoding}"\n', encoding="utf-8")
    assert main(["check", "a.txt"]) == 2
    assert "newsclean.toml" in one_error(capsys)


@pytest.mark.parametrize(("content", "message"), [
    (b"tool = 1\n", "tool must be a table"),
    (b'select = "\xff"\n', "not valid UTF-8 at byte 10"),
    (b"x = " + b"[" * 5000 + b"]" * 5000 + b"\n", "nested too deeply"),
    (b'exclude = ["[z-a]"]\n', "bad pattern '[z-a]'"),
])
def test_a_bad_configuration_file(here: Path, capsys: Capture, content: bytes, message: str) -> None:
    (here / "newsclean.toml").write_bytes(content)
    assert main(["check", "."]) == 2
    assert message in one_error(capsys)


def test_a_configuration_file_too_large_to_be_one_is_refused_unread(
    here: Path, capsys: Capture
) -> None:
    # `--config /dev/zero` (or a corpus named by mistake) was read whole: 4.5 GB in 5 s.
    big = here / "big.toml"
    with open(big, "wb") as fh:
        fh.truncate(17 * 2**20)
    assert main(["check", "--config", str(big), "a.txt"]) == 2
    assert "larger than 16 MB; not a configuration file" in one_error(capsys)


def test_a_pyproject_whose_tool_is_no_table(here: Path, capsys: Capture) -> None:
    (here / "pyproject.toml").write_text("tool = 3\n", encoding="utf-8")
    assert main(["check", "."]) == 2
    assert "pyproject.toml: tool must be a table" in one_error(capsys)
    (here / "pyproject.toml").write_text("[tool.black]\nline-length = 99\n", encoding="utf-8")
    assert main(["check", "."]) == 1  # another tool's table: no settings of ours, no error


def test_a_bad_glob_on_the_command_line_and_in_gitignore(here: Path, capsys: Capture) -> None:
    assert main(["check", "--include", "[z-a]", "."]) == 2
    assert "bad pattern '[z-a]'" in one_error(capsys)
    (here / ".git").mkdir()
    (here / ".gitignore").write_text("[z-a]\n", encoding="utf-8")
    assert main(["check", "."]) == 1  # git reads such a line as matching nothing


def test_output_to_a_folder_is_refused(here: Path, capsys: Capture) -> None:
    (here / "out").mkdir()
    assert main(["clean", "a.txt", "-o", "out"]) == 2
    assert "-o is a folder" in one_error(capsys)
    assert sorted(p.name for p in here.iterdir()) == ["a.txt", "out"]


def test_a_long_output_name_works(here: Path) -> None:
    name = "x" * 250 + ".txt"
    assert main(["clean", "a.txt", "-o", name]) == 0
    assert (here / name).read_text(encoding="utf-8") == "It rained.\n"


@pytest.mark.parametrize("name", ["x" * 250 + ".txt", "é" * 125 + ".txt"])
def test_a_long_name_is_fixed_in_place_and_written_to_an_output_dir(
    here: Path, name: str
) -> None:
    """The temporary copy's name is cut to fit: a name of 242 to 255 bytes could not be
    written at all."""
    (here / name).write_text("It rained. .\n", encoding="utf-8")
    assert main(["fix", name]) == 1
    assert (here / name).read_text(encoding="utf-8") == "It rained.\n"
    (here / "in").mkdir()
    (here / name).rename(here / "in" / name)
    assert main(["clean", "-q", "in", "--output-dir", "out"]) == 0
    assert (here / "out" / name).read_text(encoding="utf-8") == "It rained.\n"
    assert not [p for p in here.rglob("*") if p.name.endswith(".tmp")]


def test_an_output_dir_thousands_of_folders_deep_is_an_error_of_its_own(
    here: Path, capsys: Capture
) -> None:
    """A folder path of 3,000 levels got an internal error (the standard library's folder
    maker calls itself once a level); now the system's own refusal is the message."""
    deep = "/".join(["d"] * 3000)
    assert main(["clean", "-q", "a.txt", "--output-dir", deep]) == 2
    assert "File name too long" in one_error(capsys)
    assert not (here / "d").exists()  # the levels made before the refusal are gone again
    assert main(["clean", "-q", "a.txt", "--output-dir", "a.txt/" + deep]) == 2
    assert "cannot write (File exists" in one_error(capsys)
    assert main(["clean", "-q", "a.txt", "--output-dir", "x/y/z"]) == 0
    assert (here / "x" / "y" / "z" / "a.txt").read_text(encoding="utf-8") == "It rained.\n"


def test_a_name_with_control_characters_is_shown_escaped(
    here: Path, capsys: Capture
) -> None:
    """A line break or an escape in a file's name would part a finding's line or drive the
    terminal: text output shows them escaped (JSON has the name as it is)."""
    name = "a\nb\x1b[31m.txt"
    (here / name).write_text("It rained. .\n", encoding="utf-8")
    assert main(["check", name]) == 1
    out = capsys.readouterr().out
    assert out.splitlines()[0] == (
        "a\\nb\\x1b[31m.txt:1:11: P101 doubled-terminal-punctuation: ' .' -> '' [safe fix]"
    )
    assert "\x1b" not in out and "a\nb" not in out
    assert main(["check", name, "--output-format", "json"]) == 1
    assert json.loads(capsys.readouterr().out)[0]["path"] == name
    for shown in (["--diff"], ["--output-format", "github"]):  # a diff's header, an annotation
        assert main(["check", name, *shown]) == 1
        out = capsys.readouterr().out
        assert "\x1b" not in out and "a\nb" not in out, shown
    assert main(["fix", name]) == 1
    assert "Fixing a\\nb\\x1b[31m.txt" in capsys.readouterr().out


def test_a_name_with_a_control_that_reorders_text_is_shown_escaped(
    here: Path, capsys: Capture
) -> None:
    """U+202E in a name would show "invoice\u202egpj.txt" as "invoicetxt.jpg"."""
    name = "invoice\u202egpj.txt"
    (here / name).write_text("It rained. .\n", encoding="utf-8")
    for shown in ([], ["--output-format", "github"]):
        assert main(["check", name, *shown]) == 1
        out = capsys.readouterr().out
        assert "\u202e" not in out and "invoice\\u202egpj.txt" in out, shown


class _FullDisk:
    def write(self, data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    def close(self) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")


class _FullOnWrite(_FullDisk):
    def close(self) -> None:  # what was written before the disk filled is flushed
        pass


@pytest.mark.parametrize("full", [_FullDisk, _FullOnWrite])
@pytest.mark.parametrize("jsonl", [False, True])
def test_a_full_disk_leaves_no_output_and_names_it(
    here: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch, jsonl: bool, full: type
) -> None:
    def full_disk(path: str, name: str | None = None) -> Any:
        open(path, "wb").close()
        return full()

    monkeypatch.setattr(newsclean.cli.clean, "open_output", full_disk)
    (here / "in.jsonl").write_text('{"text": "It rained. ."}\n', encoding="utf-8")
    args = ["--jsonl", "in.jsonl", "-o", "out.jsonl"] if jsonl else ["a.txt", "-o", "out.txt"]
    assert main(["clean", *args]) == 2
    error = one_error(capsys)  # naming the output, as every other write error does
    assert args[-1] in error and "No space left on device" in error, error
    assert sorted(p.name for p in here.iterdir()) == ["a.txt", "in.jsonl"]


def test_names_that_are_not_utf8_are_shown_as_json_writes_them(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    if sys.platform == "darwin":
        pytest.skip("the file system takes only UTF-8 names")
    path = os.fsdecode(os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt"))
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(DAMAGED)
    assert main(["check", "--format", "json", path]) == 1
    items = json.loads(capsysbinary.readouterr().out.decode("utf-8"))
    assert items[0]["path"].endswith("caf\\xe9.txt")
    assert main(["clean", "--format", "json", path]) == 0
    record = json.loads(capsysbinary.readouterr().out.decode("utf-8"))
    assert record["path"].endswith("caf\\xe9.txt") and record["text"] == "It rained."
    # Text output, a diff's header and an annotation name the file as JSON does, not by
    # Python's stand-in for the byte ("\\udce9").
    for shown in ([], ["--diff"], ["--output-format", "github"]):
        assert main(["check", path, *shown]) == 1
        out = capsysbinary.readouterr().out.decode("utf-8")
        assert "caf\\xe9.txt" in out and "udce9" not in out, shown


@pytest.mark.skipif(sys.platform == "win32", reason="a folder in use cannot be removed")
def test_a_removed_current_folder_is_named(
    tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Started in a folder that another process removed, the error says so (the system's
    "No such file or directory" names no file)."""
    gone = tmp_path / "gone"
    gone.mkdir()
    monkeypatch.chdir(gone)
    gone.rmdir()
    for args in (["check"], ["check", "a.txt"], ["clean", "-"]):
        assert main(args) == 2
        assert "the current folder no longer exists" in one_error(capsys), args


def test_an_internal_error_is_one_line(
    here: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(newsclean.cli.check_fix, "check_text", broken)
    monkeypatch.delenv("NEWSCLEAN_DEBUG", raising=False)
    assert main(["check", "a.txt"]) == 2
    assert "internal error (RuntimeError: a bug)" in one_error(capsys)


@pytest.mark.skipif(not hasattr(signal, "SIGTERM") or sys.platform == "win32",
                    reason="POSIX signals")
def test_sigterm_in_corpus_mode_leaves_nothing_behind(tmp_path: Path) -> None:
    record = json.dumps({"text": "Share this article\n" + "The storm came at night. . " * 200})
    (tmp_path / "in.jsonl").write_text((record + "\n") * 20000, encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsclean", "clean", "--jsonl", "in.jsonl", "-j", "2",
         "-o", "out.jsonl"],
        cwd=tmp_path, stderr=subprocess.PIPE, text=True,
    )
    time.sleep(2.0)
    proc.terminate()
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 143, err
    assert "Traceback" not in err and "terminated" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_a_worker_killed_from_outside_is_one_error_and_no_output(
    tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The kernel's out-of-memory killer takes a worker: one line that says so, status 2,
    # no output file (not "internal error", which asks for a bug report).
    import multiprocessing

    import newsclean.corpus

    if multiprocessing.get_start_method() != "fork":
        pytest.skip("the patched function reaches forked workers only")
    parent = os.getpid()
    real = newsclean.corpus.analyze

    def killed_in_a_worker(*args: Any, **kwargs: Any) -> Any:
        if os.getpid() != parent:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(*args, **kwargs)

    monkeypatch.setattr(newsclean.corpus, "analyze", killed_in_a_worker)
    record = json.dumps({"text": "The storm came at night. ."})
    (tmp_path / "in.jsonl").write_text((record + "\n") * 50, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["clean", "--jsonl", "in.jsonl", "-j", "2", "-o", "out.jsonl"]) == 2
    error = one_error(capsys)
    assert "killed by SIGKILL" in error and "internal error" not in error
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]


def _run(args: list[str], stdin: bytes | None, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "newsclean", *args], input=stdin, cwd=cwd,
                          capture_output=True, check=False, timeout=120,
                          stdin=None if stdin is not None else subprocess.DEVNULL)


def test_no_path_reads_a_pipe_as_ftfy_does(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(DAMAGED, encoding="utf-8")
    cleaned = _run(["clean"], b"It rained. .\n", tmp_path)
    assert (cleaned.returncode, cleaned.stdout) == (0, b"It rained.\n")
    fixed = _run(["fix"], b"It rained. .\n", tmp_path)
    assert (fixed.returncode, fixed.stdout) == (1, b"It rained.\n")
    checked = _run(["check"], b"It rained. .\n", tmp_path)
    assert checked.returncode == 1 and b"<stdin>:1:11: P101" in checked.stdout
    # An empty pipe is not a green check of nothing (a CI step that forgot its path).
    empty = _run(["check"], b"", tmp_path)
    assert empty.returncode == 2 and b"standard input is empty" in empty.stderr
    # Standard input that is no pipe (a terminal, /dev/null): the current folder, as before.
    folder = _run(["check"], None, tmp_path)
    assert folder.returncode == 1 and b"a.txt:1:11: P101" in folder.stdout
    nothing = _run(["clean"], None, tmp_path)
    assert nothing.returncode == 2 and b"no input" in nothing.stderr


def _shell(command: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["sh", "-c", f"{shlex.quote(sys.executable)} -m newsclean {command}"],
                          cwd=cwd, capture_output=True, check=False, timeout=120,
                          env={**os.environ, **env})


def test_closed_streams_and_a_legacy_console_encoding(tmp_path: Path) -> None:
    # A stream the shell closed is an error, not an internal one, nor a green run whose
    # output went nowhere.
    out = _shell("rules >&-", tmp_path)
    assert out.returncode == 2 and b"standard output is closed" in out.stderr
    stdin = _shell("clean - <&-", tmp_path)
    assert stdin.returncode == 2 and b"standard input is closed" in stdin.stderr
    # Characters the console's encoding lacks come out as escapes.
    (tmp_path / "ru.txt").write_bytes("Ð¿Ñ€Ð¸Ð²ÐµÑ‚ world. .\n".encode())
    for command in ("rules", "explain U101", "check ru.txt", "fix --diff ru.txt"):
        run = _shell(command, tmp_path, PYTHONIOENCODING="cp1252")
        assert run.returncode in (0, 1) and not run.stderr, (command, run.stderr)
    assert b"\\u043f" in _shell("check ru.txt", tmp_path, PYTHONIOENCODING="cp1252").stdout


def test_several_texts_are_not_run_together_on_one_output(here: Path, capsys: Capture) -> None:
    (here / "b.txt").write_text("Sun. .\n", encoding="utf-8")
    assert main(["clean", "a.txt", "b.txt"]) == 2
    assert "2 inputs, one output" in one_error(capsys)
    assert main(["clean", "a.txt", "b.txt", "--format", "json"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["text"] for line in lines] == ["It rained.", "Sun."]


def test_a_mistyped_option_shows_its_commands_usage(here: Path, capsys: Capture) -> None:
    assert main(["check", "--bogus", "a.txt"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: newsclean check") and "unrecognized arguments: --bogus" in err
    assert "did you mean" not in err
    assert main(["check", "--selct", "P1", "a.txt"]) == 2
    assert "unrecognized arguments: --selct (did you mean --select?)" in capsys.readouterr().err
    assert main(["clean", "--ouput", "b.txt", "a.txt"]) == 2
    assert "(did you mean --output?)" in capsys.readouterr().err


@pytest.mark.parametrize("option", ["--select", "--ignore", "--extend-select"])
@pytest.mark.parametrize("value", ["", ",", " , "])
def test_an_empty_rule_selection_is_a_usage_error(
    here: Path, capsys: Capture, option: str, value: str
) -> None:
    """``--select ""`` would otherwise run every rule without a word."""
    assert main(["check", option, value, "a.txt"]) == 2
    assert f"argument {option}: no rule codes in {value!r}" in capsys.readouterr().err


@pytest.mark.parametrize("value", ["", ","])
def test_an_empty_keep_is_a_usage_error(here: Path, capsys: Capture, value: str) -> None:
    assert main(["check", "--keep", value, "a.txt"]) == 2
    assert f"argument --keep: no boilerplate kinds in {value!r}" in capsys.readouterr().err


def test_a_misspelt_rule_name_gets_a_suggestion(capsys: Capture) -> None:
    assert main(["explain", "heading-fragmnt"]) == 2
    assert "did you mean 'heading-fragment'?" in capsys.readouterr().err


@pytest.mark.parametrize(("argv", "hint"), [
    (["a.txt"], "to clean a file: newsclean clean a.txt"),
    (["-"], "to clean standard input: newsclean clean -"),
    (["clen", "a.txt"], "did you mean 'clean'?"),
    (["chek"], "did you mean 'check'?"),
    (["help"], "for help: newsclean --help, or newsclean COMMAND --help"),
])
def test_a_first_argument_that_is_no_command_gets_a_hint(
    here: Path, capsys: Capture, argv: list[str], hint: str
) -> None:
    # A newcomer's first try: a file (or a typo) where the command goes.
    assert main(argv) == 2
    line = one_error(capsys)
    assert f"{argv[0]!r} is not a command; {hint}" in line
    assert "commands: clean, check, fix" in line


def test_ruff_habits(here: Path, capsys: Capture) -> None:
    (here / "b.txt").write_text("It rained. .\nShare this article\nMore. .\n", encoding="utf-8")
    assert main(["check", "--statistics", "a.txt", "b.txt"]) == 1
    out = capsys.readouterr().out
    assert out.splitlines() == ["    3  P101  doubled-terminal-punctuation  [safe fix]",
                                "    1  B104  share-prompt  [unsafe fix]"]
    assert main(["check", "--exit-zero", "a.txt"]) == 0
    assert "P101" in capsys.readouterr().out
    assert main(["check", "--output-format", "json", "a.txt"]) == 1
    assert json.loads(capsys.readouterr().out)[0]["code"] == "P101"
    assert main(["fix", "--diff", "b.txt"]) == 1
    out = capsys.readouterr().out
    assert "-It rained. .\n+It rained.\n" in out
    assert (here / "b.txt").read_text(encoding="utf-8").startswith("It rained. .")
    assert main(["fix", "--diff", "--unsafe-fixes", "b.txt"]) == 1
    assert "-Share this article\n" in capsys.readouterr().out


def test_the_progress_bar_knows_its_total(here: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, Any] = {}

    class Bar:
        def __init__(self, iterable: Any = None, **kwargs: Any) -> None:
            seen.update(kwargs)
            self.iterable = iterable or []

        def __iter__(self) -> Any:
            return iter(self.iterable)

        def update(self, n: int) -> None:
            seen["done"] = seen.get("done", 0) + n

        def write(self, line: str, file: Any = None) -> None:
            pass

        def close(self) -> None:
            pass

    import tqdm

    monkeypatch.setattr(tqdm, "tqdm", Bar)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    (here / "in.jsonl").write_text('{"text": "It rained. ."}\n' * 3, encoding="utf-8")
    assert main(["clean", "--jsonl", "in.jsonl", "-o", "out.jsonl"]) == 0
    assert seen["total"] == (here / "in.jsonl").stat().st_size and seen["unit"] == "B"
    assert seen["done"] == seen["total"]
    seen.clear()
    assert main(["clean", "a.txt", str(here / "in.jsonl"), "--output-dir", "out"]) == 0
    assert seen["total"] == 2


@pytest.mark.parametrize("fails_in", ["__init__", "update", "close"])
def test_a_progress_bar_that_fails_is_dropped(
    here: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch, fails_in: str
) -> None:
    """tqdm reads TQDM_* variables from the environment, and a value it cannot use
    (``TQDM_NCOLS=x``) fails when the bar is made or drawn: the run goes on without it,
    with one warning."""

    class Bar:
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            self.fail("__init__")

        def fail(self, where: str) -> None:
            if where == fails_in:
                raise ValueError("invalid literal for int() with base 10: 'x'")

        def update(self, n: int) -> None:
            self.fail("update")

        def write(self, line: str, file: Any = None) -> None:
            print(line, file=sys.stderr)

        def close(self) -> None:
            self.fail("close")

    import tqdm

    monkeypatch.setattr(tqdm, "tqdm", Bar)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    (here / "in.jsonl").write_text('{"text": "It rained. ."}\n' * 3, encoding="utf-8")
    for args in (["--jsonl", "in.jsonl", "-o", "out.jsonl"], ["a.txt", "--output-dir", "out"]):
        assert main(["clean", *args]) == 0
        err = capsys.readouterr().err
        assert err.count("newsclean: warning: no progress bar (ValueError: invalid") == 1, err
    assert (here / "out.jsonl").read_text(encoding="utf-8").count("It rained.") == 3
    assert (here / "out" / "a.txt").is_file()


@pytest.mark.parametrize(("argv", "message"), [
    (["check", "--statistics", "--diff"], "--statistics cannot be combined with --diff"),
    (["clean", "--text-field", "body"], "--text-field only applies with --jsonl"),
    (["clean", "--removed-field", "gone"], "--removed-field only applies with --jsonl"),
    (["report", "-o", "{tmp}/r.html", "--name-field", "id"],
     "--name-field only applies with --jsonl"),
    (["clean", "--jsonl", "--output-dir", "{tmp}/out"],
     "--output-dir cannot be combined with --jsonl (the cleaned lines go to one file"),
    (["clean", "--jsonl", "--format", "json"], "--format json cannot be combined with --jsonl"),
    (["clean", "--jsonl", "--removed-field", "text"], "--removed-field 'text' is no field"),
    (["clean", "--jsonl", "--removed-field", ""], "--removed-field '' is no field"),
    (["clean", "--jsonl", "--text-field", "body", "--removed-field", "body"],
     "--removed-field 'body' is no field"),
    (["report", "--jsonl", "-o", "{tmp}/r.html", "--encoding", "latin-1"],
     "--encoding cannot be combined with --jsonl (JSON Lines are read as UTF-8)"),
])
def test_an_option_that_would_be_ignored_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Title\n\nThe economy. . grew.\n", encoding="utf-8")
    assert main([*(arg.format(tmp=tmp_path) for arg in argv), str(path)]) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "r.html").exists()


def test_an_input_larger_than_a_document_can_be_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    # A document is held whole in memory (many times its size): a file, standard input or a
    # JSON line beyond the limit is one clear error, and a stream without end (/dev/zero)
    # is read no further than the limit.
    import io

    import newsclean.corpus
    import newsclean.io.textio

    monkeypatch.setattr(newsclean.io.textio, "MAX_DOCUMENT_BYTES", 1000)
    monkeypatch.setattr(newsclean.corpus, "MAX_DOCUMENT_BYTES", 1000)
    big = tmp_path / "big.txt"
    big.write_bytes(b"It rained. " * 100)
    small = tmp_path / "small.txt"
    small.write_bytes(b"It rained. .\n")
    assert main(["check", str(big), str(small)]) == 2
    out, err = capsysbinary.readouterr()
    assert b"big.txt: larger than 0 MB" in err and b"small.txt:1:11: P101" in out

    endless = io.BytesIO(b"\0" * 5000)
    for command in (["clean", "-"], ["fix", "-"], ["check", "-"]):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(endless))
        endless.seek(0)
        assert main(command) == 2
        out, err = capsysbinary.readouterr()
        assert out == b"" and b"<stdin>: larger than" in err, command
        assert endless.tell() == 1001  # read no further than the limit

    lines = tmp_path / "in.jsonl"
    lines.write_bytes(b'{"text": "It rained."}\n{"text": "' + b"x" * 2000 + b'"}\n')
    assert main(["clean", "--jsonl", str(lines), "-o", str(tmp_path / "out.jsonl")]) == 2
    assert b"in.jsonl:2: larger than" in capsysbinary.readouterr().err


def test_an_empty_field_name_and_an_unread_stdin_filename_are_named(
    here: Path, capsys: Capture
) -> None:
    (here / "in.jsonl").write_text('{"text": "It rained. ."}\n', encoding="utf-8")
    for flag, said in (("--text-field", "--text-field '' is no field name"),
                       ("--removed-field", "--removed-field '' is no field name")):
        assert main(["clean", "--jsonl", "in.jsonl", flag, ""]) == 2
        assert said in capsys.readouterr().err
    (here / "a.txt").write_text("It rained.\n", encoding="utf-8")
    assert main(["check", "a.txt", "--stdin-filename", "b.txt"]) == 0
    assert "--stdin-filename is ignored: standard input is not read" in capsys.readouterr().err


class _Analysis:
    """Stands for the analysis that took the memory."""


def test_running_out_of_memory_is_one_line_once_the_memory_is_let_go(
    here: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The error is reported once the traceback, and the analysis its frames hold, are
    gone: while they are held, printing and restoring the signal handlers can fail again
    (audit 28, item 2)."""
    held: list[weakref.ref[_Analysis]] = []

    def out_of_memory(*args: object, **kwargs: object) -> None:
        analysis = _Analysis()
        held.append(weakref.ref(analysis))
        raise MemoryError

    freed_first = []
    error = newsclean.cli.report.Reporter.error

    def noting(self: newsclean.cli.report.Reporter, message: str) -> None:
        freed_first.append(held[0]() is None)
        error(self, message)

    monkeypatch.setattr(newsclean.cli.check_fix, "check_text", out_of_memory)
    monkeypatch.setattr(newsclean.cli.report.Reporter, "error", noting)
    assert main(["check", "a.txt"]) == 2
    assert "out of memory; split the input" in one_error(capsys)
    assert freed_first == [True]


def test_out_of_memory_even_to_print_still_says_so(
    here: Path, capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def out_of_memory(*args: object, **kwargs: object) -> None:
        raise MemoryError

    monkeypatch.setattr(newsclean.cli.check_fix, "check_text", out_of_memory)
    monkeypatch.setattr(newsclean.cli.report.Reporter, "error", out_of_memory)
    assert main(["check", "a.txt"]) == 2
    err = capfd.readouterr().err
    assert err.startswith("newsclean: error: out of memory;") and "Traceback" not in err


def test_an_unwritable_standard_error_loses_messages_not_files_or_the_status(
    tmp_path: Path,
) -> None:
    # `newsclean fix . 2>&1 | head`: once the reader has gone, an error about one file
    # stopped the run (the files after it unfixed) and the status was 0.
    for name in ("a.txt", "c.txt", "d.txt"):
        (tmp_path / name).write_text(DAMAGED, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"It rained \xff. .\n")
    read, write = os.pipe()
    os.close(read)
    try:
        run = subprocess.run([sys.executable, "-m", "newsclean", "fix", "."], cwd=tmp_path,
                             stdout=write, stderr=write, check=False, timeout=120)
    finally:
        os.close(write)
    assert run.returncode == 2
    for name in ("a.txt", "c.txt", "d.txt"):
        assert (tmp_path / name).read_text(encoding="utf-8") == "It rained.\n", name
    # A full or closed standard error: the status is still the error's, and no message
    # lands on standard output (the clean text).
    (tmp_path / "nul.txt").write_bytes(b"a\x00b\n")
    with open("/dev/full", "w") as full:
        run = subprocess.run([sys.executable, "-m", "newsclean", "clean", "nul.txt"],
                             cwd=tmp_path, stderr=full, capture_output=False,
                             stdout=subprocess.PIPE, check=False, timeout=120)
    assert run.returncode == 2 and run.stdout == b""
    closed = _shell("clean a.txt nul.txt --format json 2>&-", tmp_path)
    assert closed.returncode == 2 and b"newsclean:" not in closed.stdout
