"""The command line: clean files and stdin, list and explain rules, fail clearly."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from newsclean.cli import main

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_68972bff8665e00a.txt"
EXPECTED = Path(__file__).parent / "fixtures" / "seed_expected.txt"


def test_clean_file_prints_the_article(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["clean", str(SEED)]) == 0
    assert capsysbinary.readouterr().out.decode("utf-8") == EXPECTED.read_text(encoding="utf-8")


def test_clean_stdin(monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(b"General news\nA title for it\nThe end. .\n"))
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["clean", "-"]) == 0
    assert capsysbinary.readouterr().out == b"A title for it\n\nThe end.\n"


def test_missing_file_is_a_clear_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["clean", str(tmp_path / "missing.txt")]) == 2
    err = capsys.readouterr().err
    assert "missing.txt: no such file" in err and "Traceback" not in err


def test_undecodable_file_names_the_byte(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes(b"caf\xe9 au lait")
    assert main(["clean", str(path)]) == 2
    assert "not valid utf-8 at byte 3" in capsys.readouterr().err
    assert main(["clean", "--encoding", "latin-1", str(path)]) == 0


def test_empty_directory_is_a_clear_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["clean", str(tmp_path)]) == 2
    assert "no files to work on here" in capsys.readouterr().err


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean"]) == 2
    assert main([]) == 2


def test_rules_and_explain(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules"]) == 0
    listing = capsys.readouterr().out
    assert "P101" in listing and "heading-fragment" in listing
    assert "``" not in listing  # Sphinx's double backquotes, shown as Markdown's
    assert main(["explain", "H101"]) == 0
    explained = capsys.readouterr().out
    assert "Kharkiv and Kherson" in explained and "``" not in explained
    assert main(["explain", "Z999"]) == 2
    # A prefix, as --select takes it, lists its rules.
    assert main(["explain", "p1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("P1 selects 3 rules")
    assert sorted(line.split()[0] for line in lines[1:]) == ["P101", "P102", "P103"]


def test_console_script_runs_as_a_module() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "newsclean", "clean", str(SEED)],
        capture_output=True, check=False,
    )
    assert result.returncode == 0
    assert result.stdout.decode("utf-8") == EXPECTED.read_text(encoding="utf-8")
