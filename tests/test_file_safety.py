"""Files are written only where and as they must be, and a filter never blanks its input.

Each test here failed before the fix it guards (issue 17: blanked output, lost concurrent
changes, links out of a tree, read-only files, hard links, owners and mode bits).
"""

from __future__ import annotations

import io
import os
import stat
import sys
from pathlib import Path

import pytest

import newsclean.cli.check_fix
import newsclean.cli.clean
from newsclean.cli import main

Capture = pytest.CaptureFixture[str]
BinCapture = pytest.CaptureFixture[bytes]
DAMAGED = b"It rained. .\n"


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


# --- a filter never prints less than it was given ----------------------------------------

@pytest.mark.parametrize("command", ["clean", "fix"])
def test_nul_on_stdin_is_cleaned_not_dropped(
    command: str, monkeypatch: pytest.MonkeyPatch, capsysbinary: BinCapture
) -> None:
    _stdin(monkeypatch, b"Hello\0world. .\n")
    assert main([command, "-"]) in (0, 1)
    assert capsysbinary.readouterr().out == b"Helloworld.\n"


@pytest.mark.parametrize("command", ["clean", "fix"])
def test_undecodable_stdin_passes_through_with_status_2(
    command: str, monkeypatch: pytest.MonkeyPatch, capsysbinary: BinCapture
) -> None:
    data = b"Hello \xff\xfe world. .\n"
    _stdin(monkeypatch, data)
    assert main([command, "-"]) == 2
    captured = capsysbinary.readouterr()
    assert captured.out == data
    assert b"not valid utf-8 at byte 6" in captured.err
    assert b"passed through unchanged" in captured.err


def test_a_binary_file_named_is_an_error_and_one_found_is_skipped(
    tmp_path: Path, capsys: Capture
) -> None:
    (tmp_path / "img.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "a.txt").write_bytes(b"Fine.\n")
    for command in ("check", "fix", "clean"):
        assert main([command, str(tmp_path / "img.txt")]) == 2, command
        assert "img.txt: binary file (it has NUL bytes); not a text file" in capsys.readouterr().err
    assert main(["check", str(tmp_path)]) == 0
    captured = capsys.readouterr()
    assert "img.txt: binary file (it has NUL bytes), skipped" in captured.err
    assert "1 binary file skipped" in captured.out
    assert main(["fix", str(tmp_path)]) == 0
    assert "Skipped 1 binary file." in capsys.readouterr().out


def test_clean_goes_on_after_a_bad_file(tmp_path: Path, capsys: Capture) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "a.txt").write_bytes(b"caf\xe9. .\n")
    (src / "b.txt").write_bytes(DAMAGED)
    assert main(["clean", str(src), "--output-dir", str(out), "-q"]) == 2
    assert "a.txt: not valid utf-8" in capsys.readouterr().err
    assert (out / "b.txt").read_bytes() == b"It rained.\n"
    assert not (out / "a.txt").exists()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_not_read(tmp_path: Path, capsys: Capture) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert main(["check", str(fifo)]) == 2
    assert "pipe.txt: not a regular file (a named pipe)" in capsys.readouterr().err


# --- fix writes only inside what it was given --------------------------------------------

def test_a_walk_does_not_follow_links_out_of_the_tree(tmp_path: Path, capsys: Capture) -> None:
    tree, outside = tmp_path / "tree", tmp_path / "outside"
    tree.mkdir()
    outside.mkdir()
    (outside / "x.txt").write_bytes(DAMAGED)
    (tree / "a.txt").write_bytes(DAMAGED)
    (tree / "out.txt").symlink_to(outside / "x.txt")
    (tree / "loop.txt").symlink_to(tree / "loop.txt")
    (tree / "same.txt").symlink_to(tree / "a.txt")
    (tree / "linked").symlink_to(outside, target_is_directory=True)
    assert main(["fix", str(tree)]) == 1
    err = capsys.readouterr().err
    assert (outside / "x.txt").read_bytes() == DAMAGED
    assert (tree / "a.txt").read_bytes() == b"It rained.\n"
    assert "out.txt: a symbolic link to" in err and "outside the folder given" in err
    assert "loop.txt: a broken or looping symbolic link, skipped" in err
    assert "linked: a symbolic link to a folder, not followed" in err
    # Named on the command line, a link is followed: the user chose that file.
    assert main(["fix", "-q", str(tree / "out.txt")]) == 1
    assert (outside / "x.txt").read_bytes() == b"It rained.\n"
    assert (tree / "out.txt").is_symlink()


def test_a_file_and_a_link_to_it_in_one_walk_go_by_the_files_name(
    tmp_path: Path, capsys: Capture
) -> None:
    # "alias.txt" sorts before "story.txt": the output was named after the link, once.
    src, out = tmp_path / "in", tmp_path / "out"
    (src / "sub").mkdir(parents=True)
    (src / "story.txt").write_bytes(DAMAGED)
    (src / "alias.txt").symlink_to("story.txt")
    (src / "sub" / "only.txt").symlink_to(src / "sub" / "real.dat")  # its file is not walked
    (src / "sub" / "real.dat").write_bytes(DAMAGED)
    assert main(["clean", str(src), "--output-dir", str(out)]) == 0
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*")) == [
        "story.txt", "sub", "sub/only.txt"]
    err = capsys.readouterr().err
    assert "alias.txt: the same file as " in err and "story.txt (a link)" in err


def test_an_unreadable_subfolder_is_an_input_error(
    tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The readable files are still checked; the run is not clean (status 2, not 0).
    (tmp_path / "a.txt").write_bytes(b"Fine.\n")
    (tmp_path / "locked").mkdir()
    real_scandir = os.scandir

    def scandir(path: str) -> object:
        if os.path.basename(path) == "locked":
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    assert main(["check", str(tmp_path)]) == 2
    out, err = capsys.readouterr()
    assert "newsclean: error: " in err
    assert "locked: cannot read this folder (Permission denied)" in err
    assert "All clean" not in out and "1 error: not everything was checked" in out
    assert main(["check", str(tmp_path / "a.txt")]) == 0


def test_a_read_only_file_is_left_alone(tmp_path: Path, capsys: Capture) -> None:
    path = tmp_path / "ro.txt"
    path.write_bytes(DAMAGED)
    path.chmod(0o444)
    assert main(["fix", str(path)]) == 2
    assert "ro.txt: read-only; left unchanged" in capsys.readouterr().err
    assert path.read_bytes() == DAMAGED
    assert stat.S_IMODE(path.stat().st_mode) == 0o444


def test_a_hard_linked_file_is_not_split(tmp_path: Path, capsys: Capture) -> None:
    path, other = tmp_path / "a.txt", tmp_path / "b.txt"
    path.write_bytes(DAMAGED)
    os.link(path, other)
    assert main(["fix", str(path)]) == 2
    assert "a.txt: has 2 hard links; left unchanged" in capsys.readouterr().err
    assert os.path.samefile(path, other) and path.read_bytes() == DAMAGED


def test_mode_bits_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "run.txt"
    path.write_bytes(DAMAGED)
    path.chmod(0o4751)
    assert main(["fix", "-q", str(path)]) == 1
    assert path.read_bytes() == b"It rained.\n"
    assert stat.S_IMODE(path.stat().st_mode) == 0o4751


def _tagged(path: Path) -> bool:
    """Whether ``path`` could be given an extended attribute (not every file system takes
    them)."""
    try:
        os.setxattr(path, "user.origin", b"crawl 7")
    except (AttributeError, OSError):
        return False
    return True


def test_extended_attributes_are_kept(
    tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "tagged.txt"
    path.write_bytes(DAMAGED)
    if not _tagged(path):
        pytest.skip("no extended attributes on this file system")
    assert main(["fix", "-q", str(path)]) == 1
    assert path.read_bytes() == b"It rained.\n"
    assert os.getxattr(path, "user.origin") == b"crawl 7"
    # One that cannot be kept: the file is left as it was, with its attribute.
    path.write_bytes(DAMAGED)

    def refused(*args: object) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "setxattr", refused)
    assert main(["fix", str(path)]) == 2
    assert "extended attribute user.origin cannot be kept" in capsys.readouterr().err
    assert path.read_bytes() == DAMAGED and os.getxattr(path, "user.origin") == b"crawl 7"
    assert [p.name for p in tmp_path.iterdir()] == ["tagged.txt"]  # no temporary file left


def test_a_new_output_file_gets_the_umask_mode(tmp_path: Path) -> None:
    # -o streams to a temporary file, which tempfile makes readable by its owner alone.
    source, out = tmp_path / "in.txt", tmp_path / "out.txt"
    source.write_bytes(DAMAGED)
    assert main(["clean", str(source), "-o", str(out)]) == 0
    mask = os.umask(0o022)
    os.umask(mask)
    assert out.read_bytes() == b"It rained.\n"
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~mask


def test_an_output_file_keeps_its_mode_and_its_link(tmp_path: Path) -> None:
    source, out, link = tmp_path / "in.txt", tmp_path / "out.txt", tmp_path / "latest.txt"
    source.write_bytes(DAMAGED)
    out.write_bytes(b"old\n")
    out.chmod(0o640)
    link.symlink_to(out.name)
    assert main(["clean", str(source), "-o", str(link)]) == 0
    assert link.is_symlink() and out.read_bytes() == b"It rained.\n"
    assert stat.S_IMODE(out.stat().st_mode) == 0o640


def test_a_read_only_output_file_is_left_alone(tmp_path: Path, capsys: Capture) -> None:
    source, out = tmp_path / "in.txt", tmp_path / "out.txt"
    source.write_bytes(DAMAGED)
    out.write_bytes(b"old\n")
    out.chmod(0o444)
    assert main(["clean", str(source), "-o", str(out)]) == 2  # said before the work
    assert "out.txt: read-only; left unchanged" in capsys.readouterr().err
    assert out.read_bytes() == b"old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.txt", "out.txt"]


def test_a_change_made_while_fix_runs_is_not_lost(
    tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "busy.txt"
    path.write_bytes(DAMAGED)
    real_check = newsclean.cli.check_fix.check_text

    def check_while_another_writes(*args: object, **kwargs: object) -> object:
        result = real_check(*args, **kwargs)  # type: ignore[arg-type]
        with open(path, "ab") as fh:
            fh.write(b"A line another program added.\n")
        return result

    monkeypatch.setattr(newsclean.cli.check_fix, "check_text", check_while_another_writes)
    assert main(["fix", str(path)]) == 2
    assert "busy.txt: changed while newsclean worked on it; left unchanged" in capsys.readouterr().err
    assert path.read_bytes() == DAMAGED + b"A line another program added.\n"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                    reason="needs root, to give a file to another user")
def test_a_file_whose_owner_cannot_be_kept_is_left_alone(
    tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another user's writable file: a rewrite by rename would make it ours."""
    path = tmp_path / "theirs.txt"
    path.write_bytes(DAMAGED)
    path.chmod(0o666)
    os.chown(path, 65534, 65534)

    def chown_as_a_user(*args: object) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "chown", chown_as_a_user)  # what a user who is not root gets
    assert main(["fix", str(path)]) == 2
    assert "theirs.txt: owned by another user or group" in capsys.readouterr().err
    assert path.stat().st_uid == 65534 and path.read_bytes() == DAMAGED
    assert [p.name for p in tmp_path.iterdir()] == ["theirs.txt"]  # no temporary file left


# --- --output-dir never writes one output over another, or over an input ------------------

def _tree(root: Path, files: dict[str, bytes]) -> None:
    for rel, data in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(data)


@pytest.mark.parametrize(("inputs", "extra", "clash"), [
    (["a/x.txt", "b/x.txt"], [], "b/x.txt: its output out/x.txt is also the output of a/x.txt"),
    (["c", "d"], [], "y.txt is also the output of c/a/y.txt"),
    (["c/p.md", "c/p.txt"], ["--format", "markdown"],
     "c/p.txt: its output out/p.md is also the output of c/p.md"),
])
def test_two_inputs_never_share_an_output(
    tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch,
    inputs: list[str], extra: list[str], clash: str,
) -> None:
    _tree(tmp_path, {"a/x.txt": b"A. .\n", "b/x.txt": b"B. .\n", "c/p.md": b"P. .\n",
                     "c/p.txt": b"Q. .\n", "c/a/y.txt": b"C. .\n", "d/a/y.txt": b"D. .\n"})
    monkeypatch.chdir(tmp_path)
    assert main(["clean", *inputs, *extra, "--output-dir", "out", "-q"]) == 2
    assert clash.replace("/", os.sep) in capsys.readouterr().err
    written = sorted(p.read_bytes() for p in (tmp_path / "out").rglob("*") if p.is_file())
    assert len(written) == len(set(written))  # the first input's output, never overwritten


def test_an_output_dir_never_overwrites_the_input_named(
    tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    _tree(tmp_path, {"a/x.txt": DAMAGED})
    monkeypatch.chdir(tmp_path)
    assert main(["clean", "a/x.txt", "--output-dir", "a", "-q"]) == 2
    assert "would overwrite it" in capsys.readouterr().err
    assert (tmp_path / "a" / "x.txt").read_bytes() == DAMAGED
    # A file named explicitly inside the output folder is cleaned, not silently skipped.
    assert main(["clean", "a/x.txt", "--output-dir", "a/clean", "-q"]) == 0
    assert (tmp_path / "a" / "clean" / "x.txt").read_bytes() == b"It rained.\n"
    _tree(tmp_path, {"out/raw/old.txt": DAMAGED})
    assert main(["clean", "out/raw/old.txt", "--output-dir", "out", "-q"]) == 0
    assert (tmp_path / "out" / "old.txt").read_bytes() == b"It rained.\n"


@pytest.mark.skipif(not os.path.exists(os.devnull) or os.name != "posix", reason="POSIX devices")
@pytest.mark.parametrize("command", ["clean", "report"])
def test_output_to_a_device_is_written_not_replaced(
    tmp_path: Path, capsys: Capture, command: str
) -> None:
    src = tmp_path / "a.txt"
    src.write_bytes(DAMAGED)
    assert main([command, str(src), "-o", os.devnull, "-q"]) == 0
    assert capsys.readouterr().err == ""
    assert os.path.exists(os.devnull) and not os.path.isfile(os.devnull)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_output_to_a_named_pipe_reaches_its_reader(tmp_path: Path) -> None:
    import threading

    src, fifo = tmp_path / "a.txt", tmp_path / "out.fifo"
    src.write_bytes(DAMAGED)
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    try:
        status = main(["clean", str(src), "-o", str(fifo)])
    finally:
        reader.join(timeout=10)
        if reader.is_alive():  # the pipe was never opened: let the reader finish
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
            reader.join(timeout=10)
    assert (status, received) == (0, [b"It rained.\n"])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "out.fifo"]


@pytest.mark.skipif(not os.path.exists("/dev/stdout") or os.name != "posix",
                    reason="POSIX /dev/stdout")
@pytest.mark.parametrize("command", ["clean", "report"])
def test_output_to_dev_stdout_appends_to_the_file_the_shell_opened(
    tmp_path: Path, command: str
) -> None:
    # `newsclean clean a.txt -o /dev/stdout >> log`: /dev/stdout leads to the file log,
    # which a rename replaced (the old text lost) or across devices failed to.
    import subprocess

    src, log = tmp_path / "a.txt", tmp_path / "log"
    src.write_bytes(DAMAGED)
    log.write_bytes(b"PRIOR\n")
    with log.open("ab") as out:
        done = subprocess.run([sys.executable, "-m", "newsclean", command, str(src), "-o",
                               "/dev/stdout", "-q"], stdout=out, stderr=subprocess.PIPE,
                              check=False)
    assert (done.returncode, done.stderr) == (0, b"")
    data = log.read_bytes()
    assert data.startswith(b"PRIOR\n") and len(data) > len(b"PRIOR\n")
    if command == "clean":
        assert data == b"PRIOR\nIt rained.\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "log"]


@pytest.mark.skipif(not os.path.exists("/dev/stdin") or os.name != "posix",
                    reason="POSIX /dev/stdin")
def test_fix_refuses_dev_stdin_and_leaves_the_file_behind_it(tmp_path: Path) -> None:
    # `newsclean fix /dev/stdin < victim.txt` rewrote victim.txt through the link.
    import subprocess

    victim = tmp_path / "victim.txt"
    victim.write_bytes(DAMAGED)
    with victim.open("rb") as stdin:
        done = subprocess.run([sys.executable, "-m", "newsclean", "fix", "/dev/stdin"],
                              stdin=stdin, capture_output=True, check=False)
    assert done.returncode == 2
    assert b"not a regular file" in done.stderr and b"Traceback" not in done.stderr
    assert victim.read_bytes() == DAMAGED


def test_utf16_without_a_mark_is_binary_with_a_hint_of_its_encoding(
    tmp_path: Path, capsys: Capture
) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes("Storm hits the coast. .\n".encode("utf-16-le"))
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert "binary file (it has NUL bytes, as UTF-16-LE text" in err
    assert "give --encoding utf-16-le); not a text file" in err
    assert main(["check", "--encoding", "utf-16-le", str(path)]) == 1  # read, one finding
    (tmp_path / "img.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert main(["check", str(tmp_path / "img.txt")]) == 2
    assert "binary file (it has NUL bytes); not a text file" in capsys.readouterr().err
