"""Finding files (folders, globs, .gitignore), configuration files, and bad input."""

from __future__ import annotations

import contextlib
import io
import os
import sys
from pathlib import Path

import pytest

from newsclean import __version__
from newsclean.cli import main

Capture = pytest.CaptureFixture[str]
DAMAGED = "It rained. .\n"


def make(root: Path, files: dict[str, str | bytes]) -> None:
    for rel, content in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)


def checked(capsys: Capture) -> set[str]:
    """The files named in check's findings."""
    out = capsys.readouterr().out
    return {line.split(":", 1)[0] for line in out.splitlines() if ": P101 " in line}


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    make(tmp_path, {
        "a.txt": DAMAGED, "b.md": DAMAGED, "c.html": DAMAGED,
        "sub/d.txt": DAMAGED, "sub/deep/e.markdown": DAMAGED,
        "node_modules/f.txt": DAMAGED, "drafts/g.txt": DAMAGED,
        ".gitignore": "drafts/\n*.md\n!keep.md\n", "keep.md": DAMAGED,
    })
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_folders_are_walked_with_defaults_and_gitignore(tree: Path, capsys: Capture) -> None:
    assert main(["check"]) == 1
    assert checked(capsys) == {"a.txt", "keep.md", "sub/d.txt", "sub/deep/e.markdown"}


def test_licences_and_tool_files_are_not_walked(tree: Path, capsys: Capture) -> None:
    # Text files that are no prose: a licence's copyright line reads as a page's footer,
    # and pip's requirements hold aligned comments.
    make(tree, {"LICENSE.md": DAMAGED, "NOTICE.txt": DAMAGED, "requirements.txt": DAMAGED,
                "sub/CMakeLists.txt": DAMAGED})
    assert main(["check"]) == 1
    assert checked(capsys) == {"a.txt", "keep.md", "sub/d.txt", "sub/deep/e.markdown"}
    assert main(["check", "--exclude", ".git", "."]) == 1  # exclude replaces the default
    assert {"NOTICE.txt", "requirements.txt", "sub/CMakeLists.txt"} <= checked(capsys)
    # By exact names: articles whose names start so are articles.
    make(tree, {"notice-of-road-closure.txt": DAMAGED, "NOTICE-of-closure.txt": DAMAGED,
                "requirements-for-new-passports.txt": DAMAGED, "LICENSE-plate-thefts.txt": DAMAGED})
    assert main(["check"]) == 1
    assert {"notice-of-road-closure.txt", "NOTICE-of-closure.txt",
            "requirements-for-new-passports.txt", "LICENSE-plate-thefts.txt"} <= checked(capsys)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_gitignore_that_is_no_file_is_not_read(tmp_path: Path) -> None:
    # A named pipe as .gitignore blocked the walk for ever; a link to /dev/zero filled the
    # memory (4 GB in 4 s).
    import subprocess

    make(tmp_path, {".git/HEAD": "", "pipe/a.txt": DAMAGED, "zero/a.txt": DAMAGED})
    os.mkfifo(tmp_path / "pipe" / ".gitignore")
    (tmp_path / "zero" / ".gitignore").symlink_to("/dev/zero")
    for folder in ("pipe", "zero"):
        run = subprocess.run([sys.executable, "-m", "newsclean", "check", folder],
                             cwd=tmp_path, capture_output=True, timeout=60, check=False)
        assert run.returncode == 1 and b"a.txt:1:11: P101" in run.stdout, run.stderr


def test_no_respect_gitignore(tree: Path, capsys: Capture) -> None:
    assert main(["check", "--no-respect-gitignore", "."]) == 1
    assert checked(capsys) == {"a.txt", "b.md", "keep.md", "sub/d.txt", "sub/deep/e.markdown",
                               "drafts/g.txt"}


def test_include_and_exclude(tree: Path, capsys: Capture) -> None:
    assert main(["check", "--include", "*.html,*.txt", "--extend-exclude", "sub"]) == 1
    assert checked(capsys) == {"a.txt", "c.html"}
    # A file named on the command line is checked even when excluded...
    assert main(["check", "--extend-exclude", "sub", "sub/d.txt"]) == 1
    assert checked(capsys) == {"sub/d.txt"}
    # ... unless --force-exclude (what the pre-commit hooks use), which applies include too:
    # a hook is given every staged file (a LICENSE, a README.rst), and the configuration
    # says which of them newsclean works on.
    assert main(["check", "--extend-exclude", "sub", "--force-exclude", "sub/d.txt"]) == 0
    make(tree, {"LICENSE": DAMAGED, "README.rst": DAMAGED})
    assert main(["check", "--force-exclude", "LICENSE", "README.rst", "b.md", "a.txt"]) == 1
    assert checked(capsys) == {"b.md", "a.txt"}
    assert main(["check", "--include", "*.txt", "--force-exclude", "b.md", "a.txt"]) == 1
    assert checked(capsys) == {"a.txt"}
    assert main(["check", "--force-exclude", "LICENSE"]) == 0
    assert main(["check", "LICENSE"]) == 1  # named without --force-exclude: always read


def test_force_exclude_passes_excluded_standard_input_through(
    tree: Path, monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    # A filter or an editor's formatter gives the file's name with --stdin-filename: where
    # the configuration leaves that file out, check reports nothing and a filter prints its
    # input unchanged (printing nothing would empty the file it stands for).
    data = DAMAGED.replace("\n", "\r\n").encode("utf-8")

    def run(*args: str) -> tuple[int, bytes]:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
        code = main([*args, "--extend-exclude", "sub", "--force-exclude", "-"])
        return code, capsysbinary.readouterr().out

    for command in (["fix"], ["clean"], ["clean", "-o", "-"]):
        assert run(*command, "--stdin-filename", "sub/x.txt") == (0, data)
        assert run(*command, "--stdin-filename", "b.html")[1] == data  # not included
    assert run("fix", "--diff", "--stdin-filename", "sub/x.txt") == (0, b"")
    assert run("check", "--stdin-filename", "sub/x.txt") == (0, b"")
    assert run("clean", "--format", "json", "--stdin-filename", "sub/x.txt") == (0, b"")
    # Included, or without a name to judge by: worked on.
    assert run("fix", "--stdin-filename", "x.txt") == (1, b"It rained.\r\n")
    assert run("check")[0] == 1


def test_configuration_from_pyproject_nearest_wins(tree: Path, capsys: Capture) -> None:
    make(tree, {
        "pyproject.toml": "[tool.newsclean]\nignore = [\"P101\"]\n",
        "sub/newsclean.toml": "select = [\"P\"]\n",
        "sub/deep/pyproject.toml": "[project]\nname = \"x\"\n",  # no [tool.newsclean]: passed over
    })
    assert main(["check"]) == 1
    assert checked(capsys) == {"sub/d.txt", "sub/deep/e.markdown"}
    # The command line overrides the configuration.
    assert main(["check", "--select", "P101", "a.txt"]) == 1
    assert checked(capsys) == {"a.txt"}
    assert main(["check", "--isolated", "a.txt"]) == 1
    assert main(["check", "--config", "pyproject.toml", "sub/d.txt"]) == 0


def test_include_and_exclude_from_configuration(tree: Path, capsys: Capture) -> None:
    make(tree, {"newsclean.toml": "include = [\"*.html\"]\nextend-exclude = [\"/sub/\"]\n"})
    assert main(["check", "."]) == 1
    assert checked(capsys) == {"c.html"}


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ("selct = [\"P\"]\n", "unknown key 'selct' (did you mean 'select'?)"),
        ("extend_select = [\"P\"]\n", "did you mean 'extend-select'?"),
        ("select = \"P\"\n", "select must be a list of strings, like [\"P1\", \"U101\"]"),
        ("keep = \"embed\"\n", "keep must be a list of strings, like [\"embed\", \"headline\"]"),
        ("unsafe-fixes = \"yes\"\n", "unsafe-fixes must be true or false"),
        ("select = [\"P\"\n", "not valid TOML"),
        ("select = [\"Q9\"]\n", "unknown rule code, prefix or name 'Q9'"),
        ("keep = [\"embeds\"]\n", "unknown kind 'embeds' in keep"),
        ("select = []\n", "an empty list selects no rule"),  # a check of nothing passes
        # ... and so would a selection that leaves no rule, or only structure rules
        ("ignore = [\"ALL\"]\n", "leaves no rule that reports anything"),
        ("select = [\"P1\"]\nignore = [\"P1\"]\n", "leaves no rule that reports anything"),
        ("select = [\"S\"]\n", "leaves no rule that reports anything"),
        ("select = [\"\"]\n", "select: an empty entry is no rule code"),
        ("ignore = [\"  \"]\n", "ignore: an empty entry is no rule code"),
    ],
)
def test_bad_configuration_is_one_clear_line(
    tmp_path: Path, capsys: Capture, config: str, message: str
) -> None:
    make(tmp_path, {"newsclean.toml": config, "a.txt": DAMAGED})
    assert main(["check", str(tmp_path / "a.txt")]) == 2
    err = capsys.readouterr().err
    assert message in err and "newsclean.toml" in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("flags", [["--ignore", "ALL"], ["--select", "P1", "--ignore", "P1"]])
def test_a_selection_of_nothing_on_the_command_line(
    tmp_path: Path, capsys: Capture, flags: list[str]
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(DAMAGED, encoding="utf-8")
    assert main(["check", *flags, str(path)]) == 2
    assert "leaves no rule that reports anything" in capsys.readouterr().err


def test_unknown_code_on_the_command_line(tmp_path: Path, capsys: Capture) -> None:
    path = tmp_path / "a.txt"
    path.write_text(DAMAGED, encoding="utf-8")
    assert main(["check", "--ignore", "X1", str(path)]) == 2
    assert "unknown rule code, prefix or name 'X1'" in capsys.readouterr().err


def test_missing_path_is_reported_and_the_rest_checked(tree: Path, capsys: Capture) -> None:
    assert main(["check", "missing.txt", "a.txt"]) == 2
    captured = capsys.readouterr()
    assert "newsclean: error: missing.txt: no such file or directory" in captured.err
    assert "a.txt:1:11: P101" in captured.out


def test_empty_folder(tmp_path: Path, capsys: Capture) -> None:
    (tmp_path / "empty").mkdir()
    assert main(["fix", str(tmp_path / "empty")]) == 2
    assert "no files to work on here" in capsys.readouterr().err
    # Where exclude left nothing, the message names it too; an empty path is no folder.
    make(tmp_path, {"full/a.txt": DAMAGED})
    assert main(["check", "--extend-exclude", "*.txt", str(tmp_path / "full")]) == 2
    assert "(include: *.txt, *.text, *.md, *.markdown; exclude: " in capsys.readouterr().err
    assert main(["check", ""]) == 2
    assert "newsclean: error: '': no such file or directory" in capsys.readouterr().err


def test_a_configuration_file_that_cannot_be_read_is_no_default(
    tmp_path: Path, capsys: Capture
) -> None:
    make(tmp_path, {"a.txt": DAMAGED})
    (tmp_path / "newsclean.toml").symlink_to(tmp_path / "gone.toml")
    assert main(["check", str(tmp_path / "a.txt")]) == 2
    assert "newsclean.toml: not a file that can be read (a broken link" in (
        capsys.readouterr().err
    )


def test_a_folder_that_cannot_be_written_is_named(
    tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A writable file in a read-only folder: fix writes the new text beside it first.
    path = tmp_path / "a.txt"
    path.write_text(DAMAGED, encoding="utf-8")

    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("newsclean.io.textio.tempfile.mkstemp", denied)
    assert main(["fix", str(path)]) == 2
    assert f"its folder {tmp_path} must be writable too" in capsys.readouterr().err
    assert path.read_text(encoding="utf-8") == DAMAGED


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_permission_denied(tmp_path: Path, capsys: Capture) -> None:  # pragma: no cover
    path = tmp_path / "a.txt"
    path.write_text(DAMAGED, encoding="utf-8")
    path.chmod(0)
    assert main(["check", str(path)]) == 2
    assert "permission denied" in capsys.readouterr().err


def test_unreadable_file_is_reported(
    tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Root reads every file, so simulate what an unreadable one does.
    import newsclean.io.textio as textio

    real_open = open

    def fake_open(path: object, *args: object, **kwargs: object) -> object:
        if str(path).endswith("secret.txt"):
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)  # type: ignore[call-overload]

    (tmp_path / "secret.txt").write_text(DAMAGED, encoding="utf-8")
    monkeypatch.setattr(textio, "open", fake_open, raising=False)
    assert main(["check", str(tmp_path / "secret.txt")]) == 2
    assert "secret.txt: permission denied" in capsys.readouterr().err


def test_a_file_given_twice_is_checked_once(tree: Path, capsys: Capture) -> None:
    assert main(["check", "a.txt", "./a.txt"]) == 1
    captured = capsys.readouterr()
    assert captured.out.count("P101") == 1
    assert "a.txt: given more than once" in captured.err


def test_a_link_given_beside_its_file_names_the_file(tree: Path, capsys: Capture) -> None:
    (tree / "link.txt").symlink_to("a.txt")
    assert main(["check", "a.txt", "link.txt"]) == 1
    captured = capsys.readouterr()
    assert captured.out.count("P101") == 1
    assert "link.txt: the same file as a.txt; worked on once" in captured.err


def test_binary_file_is_skipped_with_a_warning(tmp_path: Path, capsys: Capture) -> None:
    make(tmp_path, {"img.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00", "a.txt": "Fine.\n"})
    assert main(["fix", str(tmp_path)]) == 0
    assert "img.txt: binary file (it has NUL bytes), skipped" in capsys.readouterr().err
    assert (tmp_path / "img.txt").read_bytes() == b"\x89PNG\r\n\x1a\n\x00\x00\x00"


def test_undecodable_bytes_name_file_and_offset(tmp_path: Path, capsys: Capture) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes(b"Line one.\ncaf\xe9 au lait. .\n")
    assert main(["fix", str(path)]) == 2
    err = capsys.readouterr().err
    assert f"{path}: not valid utf-8 at byte 13 (line 2)" in err and "--encoding" in err
    assert path.read_bytes() == b"Line one.\ncaf\xe9 au lait. .\n"
    assert main(["fix", "-q", "--encoding", "latin-1", str(path)]) == 1
    assert path.read_bytes() == b"Line one.\ncaf\xe9 au lait.\n"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32", "utf-32-be"])
def test_a_wide_encoding_is_read_by_its_mark(tmp_path: Path, capsys: Capture, codec: str) -> None:
    # The byte-order mark names the encoding: no --encoding is needed, and none given for
    # every file (which would misread the others).
    path = tmp_path / "wide.txt"
    data = "Hello. .\n".encode(codec)
    data = data if codec in ("utf-16", "utf-32") else "\ufeff".encode(codec) + data
    path.write_bytes(data)
    assert main(["check", str(path)]) == 1
    assert f"{path}:1:7: P101" in capsys.readouterr().out
    assert main(["fix", "-q", str(path)]) == 1
    fixed = "Hello.\n".encode(codec)
    assert path.read_bytes() == (fixed if codec in ("utf-16", "utf-32")
                                 else "\ufeff".encode(codec) + fixed)


def test_an_encoding_given_for_every_file_misreads_none(tmp_path: Path, capsys: Capture) -> None:
    # What the error for a latin-1 file used to suggest (--encoding for the run) read the
    # other files' UTF-8 as mojibake, and fix rewrote them in latin-1.
    utf8, latin = tmp_path / "a.txt", tmp_path / "b.txt"
    utf8.write_bytes("Le café à Zürich. .\n".encode())
    latin.write_bytes("Le café. .\n".encode("latin-1"))
    assert main(["check", str(utf8), str(latin)]) == 2
    assert "encoding = \"NAME\" in a newsclean.toml beside it" in capsys.readouterr().err
    assert main(["fix", "-q", "--encoding", "latin-1", str(utf8), str(latin)]) == 2
    assert f"{utf8}: reads as UTF-8, not latin-1" in capsys.readouterr().err
    assert utf8.read_bytes() == "Le café à Zürich. .\n".encode()
    assert latin.read_bytes() == "Le café.\n".encode("latin-1")
    (tmp_path / "newsclean.toml").write_text('encoding = "latin-1"\n', encoding="utf-8")
    assert main(["fix", "-q", str(latin)]) == 0


def test_a_fix_the_files_encoding_cannot_write_is_named_with_its_rule(
    tmp_path: Path, capsys: Capture
) -> None:
    # "&euro;" decoded is "€", which latin-1 lacks: check said "safe fix", and fix refused
    # the file naming the character alone.
    (tmp_path / "newsclean.toml").write_text('encoding = "latin-1"\n', encoding="utf-8")
    path = tmp_path / "a.txt"
    path.write_bytes("Café costs 5 &euro;.\n".encode("latin-1"))
    assert main(["check", str(path)]) == 1
    err = capsys.readouterr().err
    assert "`fix` would leave this file unchanged: latin-1 cannot encode '€'" in err
    assert "which the fix of U102 writes; ignore U102" in err
    assert main(["fix", str(path)]) == 2
    assert "the fix of U102 writes" in capsys.readouterr().err
    assert path.read_bytes() == "Café costs 5 &euro;.\n".encode("latin-1")


def test_the_summary_counts_the_files_that_could_not_be_read(
    tmp_path: Path, capsys: Capture
) -> None:
    # "Found 1 finding in 1 checked file" read as the whole folder's result.
    (tmp_path / "a.txt").write_text("It rained. .\n", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"Caf\xe9. .\n")
    assert main(["check", str(tmp_path)]) == 2
    assert "1 error: not everything was checked." in capsys.readouterr().out
    assert main(["fix", str(tmp_path)]) == 2
    assert "Fixed 1 finding in 1 file. 1 error: not every file was fixed." in (
        capsys.readouterr().out)


def test_unknown_encoding(tmp_path: Path, capsys: Capture) -> None:
    path = tmp_path / "a.txt"
    path.write_text(DAMAGED, encoding="utf-8")
    assert main(["check", "--encoding", "klingon", str(path)]) == 2
    assert "unknown encoding 'klingon'" in capsys.readouterr().err


def test_a_file_whose_name_starts_with_a_dash_is_a_path(
    tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    # pre-commit passes "-notes.txt" as git names it: an unknown option stopped the batch.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "-notes.txt").write_text(DAMAGED, encoding="utf-8")
    (tmp_path / "ok.txt").write_text(DAMAGED, encoding="utf-8")
    assert main(["fix", "-q", "-notes.txt", "ok.txt"]) == 1
    assert (tmp_path / "-notes.txt").read_text(encoding="utf-8") != DAMAGED
    assert main(["check", "--bogus", "ok.txt"]) == 2  # no such file: an unknown option
    assert "unrecognized arguments: --bogus" in capsys.readouterr().err


def test_usage_errors_exit_2(capsys: Capture) -> None:
    assert main(["check", "--format", "xml"]) == 2
    # Options that the other one would silently ignore.
    assert main(["check", "--diff", "--format", "json", "a.txt"]) == 2
    assert "cannot be combined with --diff" in capsys.readouterr().err
    assert main(["check", "--isolated", "--config", "newsclean.toml", "a.txt"]) == 2
    assert "cannot be combined with --isolated" in capsys.readouterr().err
    assert main(["clean", "--jobs", "-3", "a.txt"]) == 2
    # Hundreds of workers filled the machine's memory, each waiting for a CPU.
    too_many = str(4 * (os.cpu_count() or 1) + 1)
    for command in ("clean", "report"):
        assert main([command, "--jobs", too_many, "a.txt"]) == 2
        assert f"{too_many} workers on" in capsys.readouterr().err
    assert main(["frobnicate"]) == 2


def test_version(capsys: Capture) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"newsclean {__version__}"


def test_a_tree_a_thousand_folders_deep(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Capture
) -> None:
    # The walk and the search for configuration files go folder by folder, not by
    # recursion (which stopped at Python's limit with an internal error).
    monkeypatch.chdir(tmp_path)
    deep = os.path.join("r", *["d"] * 1100, "x.txt")
    try:
        for level in range(1, 1102):
            os.mkdir(os.path.join("r", *["d"] * (level - 1)))
        Path(deep).write_text(DAMAGED, encoding="utf-8")
        assert main(["check", "r"]) == 1
        assert main(["check", deep]) == 1
        out = capsys.readouterr().out
        assert out.count(f"{deep}:1:11: P101") == 2
    finally:  # from the bottom up: shutil.rmtree (pytest's clean-up) recurses as deep
        with contextlib.suppress(FileNotFoundError):
            os.remove(deep)
        folder = os.path.dirname(deep)
        while folder:
            with contextlib.suppress(FileNotFoundError):
                os.rmdir(folder)
            folder = os.path.dirname(folder)
