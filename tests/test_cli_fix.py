"""``newsclean check`` and ``newsclean fix``: findings, safe and unsafe fixes, bytes kept."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from newsclean.cli import main

WRAPPED = """\
Floods close the coastal road for a third day

The coastal road between the two harbour towns stayed closed on Tuesday
after the river burst its banks for the third time this month, and the
council said repairs would take at least another week to finish.

Engineers who inspected the damage found that the water had washed away
a long stretch of the embankment near the old mill. .  Residents were told
to use the inland route, which adds almost an hour to the journey.

The mayor said the town would ask the regional government for money to
rebuild the embankment higher, so that the road would not flood again.
"""

APPEAL = """\
The minister resigned on Friday after weeks of pressure over the budget, his office said.
Help keep articles like this free
Our goal is to explain the news to all who want it.
Yes I will give $120/year
The opposition called for an early election on Saturday, saying the government had lost its majority.
"""

Capture = pytest.CaptureFixture[str]


def write(path: Path, text: str | bytes) -> Path:
    if isinstance(text, str):
        text = text.encode("utf-8")
    path.write_bytes(text)
    return path


def test_hard_wrapped_file_with_one_damaged_line_changes_one_line(
    tmp_path: Path, capsys: Capture
) -> None:
    path = write(tmp_path / "floods.txt", WRAPPED)
    assert main(["fix", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"Fixing {path}" in out
    before, after = WRAPPED.splitlines(), path.read_text(encoding="utf-8").splitlines()
    assert len(before) == len(after)
    changed = [(b, a) for b, a in zip(before, after, strict=True) if b != a]
    assert changed == [(
        "a long stretch of the embankment near the old mill. .  Residents were told",
        "a long stretch of the embankment near the old mill. Residents were told",
    )]
    # The second run has nothing to do.
    assert main(["fix", str(path)]) == 0
    assert "Fixing" not in capsys.readouterr().out


def test_quiet_fix_prints_only_the_findings_left(tmp_path: Path, capsys: Capture) -> None:
    path = write(tmp_path / "appeal.txt", APPEAL.replace("\n", " .\n", 1))
    assert main(["fix", "-q", str(path)]) == 1
    out = capsys.readouterr().out
    assert path.read_text(encoding="utf-8") != APPEAL.replace("\n", " .\n", 1)
    assert "Fixing" not in out and "Found" not in out and "B102 donation-appeal" in out


def test_donation_appeal_is_reported_not_removed_without_unsafe_fixes(
    tmp_path: Path, capsys: Capture
) -> None:
    path = write(tmp_path / "appeal.txt", APPEAL)
    assert main(["fix", str(path)]) == 0  # nothing changed; the findings left are a note
    out = capsys.readouterr().out
    assert path.read_text(encoding="utf-8") == APPEAL
    assert f"{path}:2:1: B102 donation-appeal: " in out and "[unsafe fix]" in out
    assert "Fixing" not in out and "--unsafe-fixes" in out

    assert main(["fix", "--unsafe-fixes", str(path)]) == 1
    assert f"Fixing {path}" in capsys.readouterr().out
    fixed = path.read_text(encoding="utf-8")
    assert "Help keep articles" not in fixed and "$120/year" not in fixed
    assert "The opposition called for an early election" in fixed


def test_unsafe_fixes_from_the_configuration(tmp_path: Path, capsys: Capture) -> None:
    write(tmp_path / "newsclean.toml", "unsafe-fixes = true\n")
    path = write(tmp_path / "appeal.txt", APPEAL)
    assert main(["fix", str(path)]) == 1
    assert "Help keep articles" not in path.read_text(encoding="utf-8")
    # The command line beats the configuration.
    path.write_text(APPEAL, encoding="utf-8")
    assert main(["fix", "--no-unsafe-fixes", str(path)]) == 0
    assert path.read_text(encoding="utf-8") == APPEAL


def test_kept_kinds_are_no_findings(tmp_path: Path, capsys: Capture) -> None:
    path = write(tmp_path / "appeal.txt", APPEAL)
    assert main(["check", "--keep", "all", "--select", "B102", str(path)]) == 0
    assert main(["check", "--keep", "donation", "--select", "B102", str(path)]) == 0
    assert main(["check", "--select", "B102", str(path)]) == 1


def test_check_reports_safety_and_leaves_the_file(tmp_path: Path, capsys: Capture) -> None:
    text = "Storm hits. .\nAdvertisement\nThe storm came.\n"
    path = write(tmp_path / "a.txt", text)
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"{path}:1:12: P101 doubled-terminal-punctuation: ' .' -> '' [safe fix]" in out
    assert f"{path}:2:1: B105 advert-marker: " in out and out.count("[unsafe fix]") == 1
    assert "Found 2 findings in 1 checked file: 1 with a safe fix, 1 with an unsafe fix." in out
    assert path.read_text(encoding="utf-8") == text


def test_check_clean_file_exits_0(tmp_path: Path, capsys: Capture) -> None:
    path = write(tmp_path / "a.txt", "The storm came.\n")
    assert main(["check", str(path)]) == 0
    assert "no findings" in capsys.readouterr().out


def test_fix_with_nothing_to_fix_says_so(tmp_path: Path, capsys: Capture) -> None:
    path = tmp_path / "clean.txt"
    path.write_text("The vote passed.\n")
    assert main(["fix", str(path)]) == 0
    assert capsys.readouterr().out == "Nothing to fix: 1 file already clean.\n"
    assert main(["fix", "-q", str(path)]) == 0
    assert capsys.readouterr().out == ""


def test_check_json_and_github(tmp_path: Path, capsys: Capture) -> None:
    path = write(tmp_path / "a.txt", "Storm hits. .\nAdvertisement\nThe storm came.\n")
    assert main(["check", "--format", "json", str(path)]) == 1
    items = json.loads(capsys.readouterr().out)
    assert [(i["code"], i["line"], i["column"], i["safe"], i["fixable"]) for i in items] == [
        ("P101", 1, 12, True, True), ("B105", 2, 1, False, True),
    ]
    assert items[1]["applied_by_fix"] is False and items[1]["fix"]["old"] == "Advertisement"
    assert main(["check", "--format", "github", str(path)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"::error file={path},line=1,col=12::P101 ")


def test_check_diff(tmp_path: Path, capsys: Capture) -> None:
    path = write(tmp_path / "a.txt", "Storm hits. .\nAdvertisement\nThe storm came.\n")
    assert main(["check", "--diff", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out.splitlines()[:2] == [f"--- a/{path}", f"+++ b/{path}"]
    assert "-Storm hits. .\n+Storm hits.\n" in out and "-Advertisement" not in out
    note = "The diff shows the safe fixes only; add --unsafe-fixes to see all."
    assert note in err
    assert main(["check", "--diff", "--unsafe-fixes", str(path)]) == 1
    out, err = capsys.readouterr()
    assert "-Advertisement\n" in out and note not in err


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        (b"One. .\r\nTwo  words\r\n", b"One.\r\nTwo words\r\n"),  # CRLF kept
        (b"\xef\xbb\xbfOne. .\nTwo\n", b"\xef\xbb\xbfOne.\nTwo\n"),  # BOM kept
        (b"One. .\rTwo\r", b"One.\rTwo\r"),  # old Mac line ends kept
        (b"One. .\nno final newline", b"One.\nno final newline"),
    ],
)
def test_fix_keeps_newlines_and_bom(tmp_path: Path, raw: bytes, fixed: bytes) -> None:
    path = write(tmp_path / "a.txt", raw)
    assert main(["fix", "-q", str(path)]) == 1
    assert path.read_bytes() == fixed


def test_fix_keeps_the_encoding(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "Café  au lait. .\n".encode("cp1252"))
    assert main(["fix", "-q", "--encoding", "cp1252", str(path)]) == 1
    assert path.read_bytes() == "Café au lait.\n".encode("cp1252")
    utf16 = write(tmp_path / "b.txt", "Café. .\r\n".encode("utf-16"))
    assert main(["fix", "-q", "--encoding", "utf-16", str(utf16)]) == 1
    assert utf16.read_bytes() == "Café.\r\n".encode("utf-16")


def test_fix_that_the_encoding_cannot_hold_leaves_the_file(
    tmp_path: Path, capsys: Capture
) -> None:
    # An entity's character is a curly apostrophe, which latin-1 cannot write: the file is
    # left as it is, with a clear error.
    data = b"It&rsquo;s raining in Z\xfcrich.\n"
    path = write(tmp_path / "a.txt", data)
    assert main(["fix", "--encoding", "latin-1", str(path)]) == 2
    err = capsys.readouterr().err
    assert "latin-1 cannot encode '’' (U+2019), which the fix of U102 writes" in err
    assert err.rstrip().endswith("the file is left unchanged")
    assert "Traceback" not in err and path.read_bytes() == data


@pytest.mark.parametrize("encoding", ["unicode_escape", "raw_unicode_escape", "utf-7"])
def test_fix_leaves_a_file_its_encoding_cannot_write_back(
    tmp_path: Path, capsys: Capture, encoding: str
) -> None:
    # Codecs whose text does not give back the bytes read: fix made the file one line
    # (each line end written as `\n`), `\u00e9` one byte, a backslash `+AFw-`.
    data = b"It rained. .\nThe path C:\\new cost \\u00e9.\n"
    path = write(tmp_path / "a.txt", data)
    assert main(["check", "--encoding", encoding, str(path)]) == 1
    assert "`fix` would leave this file unchanged" in capsys.readouterr().err
    assert main(["fix", "--encoding", encoding, str(path)]) == 2
    err = capsys.readouterr().err
    assert f"{encoding} does not write this file's text back" in err
    assert "Traceback" not in err and path.read_bytes() == data


def test_an_encoding_of_domain_names_is_an_input_error(tmp_path: Path, capsys: Capture) -> None:
    # punycode's decoder raises a UnicodeError that names no byte: an internal error.
    path = write(tmp_path / "a.txt", b"It rained. .\n")
    assert main(["check", "--encoding", "punycode", str(path)]) == 2
    err = capsys.readouterr().err
    assert "not valid punycode" in err and "internal error" not in err


def test_fix_keeps_permissions_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "One. .\n")
    path.chmod(0o640)
    assert main(["fix", "-q", str(path)]) == 1
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_fix_follows_a_symlink(tmp_path: Path) -> None:
    target = write(tmp_path / "real.txt", "One. .\n")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    assert main(["fix", "-q", str(link)]) == 1
    assert link.is_symlink() and target.read_text(encoding="utf-8") == "One.\n"


def test_fix_rewrites_only_changed_files(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "Clean text.\n")
    os.utime(path, (1_000_000, 1_000_000))
    assert main(["fix", str(path)]) == 0
    assert path.stat().st_mtime == 1_000_000


def test_interrupted_write_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Capture
) -> None:
    path = write(tmp_path / "a.txt", "One. .\n")

    def fail(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    assert main(["fix", str(path)]) == 2
    assert "No space left on device" in capsys.readouterr().err
    assert path.read_text(encoding="utf-8") == "One. .\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_mixed_line_endings_are_one_finding_each(tmp_path: Path, capsys: Capture) -> None:
    path = write(tmp_path / "a.txt", b"One\r\nTwo\r\nThree\nFour\r\n")
    assert main(["check", str(path)]) == 1
    assert f"{path}:3:6: W101 line-ending" in capsys.readouterr().out
    assert main(["fix", "-q", str(path)]) == 1
    assert path.read_bytes() == b"One\r\nTwo\r\nThree\r\nFour\r\n"
    assert main(["check", "--ignore", "W101", str(write(path, b"A\r\nB\n"))]) == 0


def test_fix_stdin_writes_stdout(
    monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    import io
    import sys

    stdin = io.TextIOWrapper(io.BytesIO(b"One. .\r\nAdvertisement\r\n"))
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["fix", "-"]) == 1
    captured = capsysbinary.readouterr()
    assert captured.out == b"One.\r\nAdvertisement\r\n"
    assert b"B105" in captured.err


@pytest.mark.parametrize("other", ["Two. .\n", "Two.\n"], ids=["to-fix", "clean"])
def test_fix_stdin_beside_files_keeps_the_reports_off_stdout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsysbinary: pytest.CaptureFixture[bytes], other: str,
) -> None:
    """`fix - a.txt > out`: standard output is the fixed text alone."""
    import io

    path = write(tmp_path / "a.txt", other)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"One. .\n")))
    main(["fix", "-", str(path)])
    captured = capsysbinary.readouterr()
    assert captured.out == b"One.\n"
    assert path.read_text(encoding="utf-8") == "Two.\n"
    assert (b"Fixing" in captured.err) == (other == "Two. .\n")


def test_rules_show_safety(capsys: Capture) -> None:
    assert main(["rules"]) == 0
    lines = {line.split()[0]: line for line in capsys.readouterr().out.splitlines()}
    assert " safe " in lines["P101"] and " unsafe " in lines["B102"]
    assert main(["rules", "--format", "json"]) == 0
    data = {r["code"]: r for r in json.loads(capsys.readouterr().out)}
    assert data["H101"]["safe"] is False and data["U101"]["safe"] is True


def test_one_name_per_rule_everywhere(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """check, rules, explain and --select/--ignore all know H101 as heading-fragment."""
    path = tmp_path / "a.txt"
    path.write_text("Although Kirby\n\nAlthough Kirby clarified the plan on Monday, talks went "
                    "on through the week.\n", encoding="utf-8")
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert "H101 heading-fragment: " in out and "fragment: heading" not in out
    assert main(["rules"]) == 0
    assert "heading-fragment" in capsys.readouterr().out
    assert main(["explain", "heading-fragment"]) == 0
    assert "H101" in capsys.readouterr().out
    assert main(["check", "--ignore", "heading-fragment", str(path)]) == 0
    assert main(["check", "--select", "Heading-Fragment", str(path)]) == 1


def test_reasons_point_to_lines_not_blocks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import newsclean

    text = "\n".join(["Storm hits the coast.", "", "Related stories", "", "One headline here",
                      "Two headline here", "Three headline here", "",
                      "The rain went on for days and the town waited for the river to fall."])
    reasons = [b.reason for b in newsclean.analyze(text).blocks if b.reason]
    assert not any("block" in r for r in reasons), reasons
    assert any("on line 3" in r for r in reasons), reasons


def _run_until_first_line(args: list[str]) -> int:
    """Run ``newsclean ARGS`` with its output read by a reader that leaves after the first
    line (as ``| head -1`` does); the exit status."""
    proc = subprocess.Popen([sys.executable, "-m", "newsclean", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.readline()
    proc.stdout.close()
    stderr = proc.stderr.read()
    proc.stderr.close()
    status = proc.wait(timeout=120)
    assert b"Traceback" not in stderr and b"error" not in stderr, stderr
    return status


def test_fix_fixes_every_file_when_the_reader_of_its_report_leaves(tmp_path: Path) -> None:
    names = [tmp_path / f"f{i:02}.txt" for i in range(40)]
    for path in names:
        write(path, "Title\n\nThe economy. . grew fast.\n")
    assert _run_until_first_line(["fix", str(tmp_path)]) == 1
    assert [p.read_text(encoding="utf-8") for p in names] == [
        "Title\n\nThe economy. grew fast.\n"] * len(names)


@pytest.mark.parametrize("command", [["check"], ["fix", "--diff"]])
def test_findings_cut_off_by_the_reader_still_exit_1(tmp_path: Path, command: list[str]) -> None:
    for i in range(40):
        write(tmp_path / f"f{i:02}.txt", "Title\n\nThe economy. . grew fast.\n")
    assert _run_until_first_line([*command, str(tmp_path)]) == 1


def test_a_unicode_line_separator_becomes_the_files_own_line_end(
    tmp_path: Path, capsys: Capture
) -> None:
    path = write(tmp_path / "sep.txt", "Title\r\n\r\nOne line.\u2028Two lines.\r\n")
    assert main(["check", str(path)]) == 1
    found = f"{path}:3:10: W101 line-ending: '\\u2028' -> '\\n' [safe fix]"
    assert found in capsys.readouterr().out
    assert main(["fix", "-q", str(path)]) == 1
    assert path.read_bytes() == b"Title\r\n\r\nOne line.\r\nTwo lines.\r\n"


def test_with_w101_ignored_each_line_keeps_its_own_ending(tmp_path: Path) -> None:
    # Another fix on a file of mixed line endings gave every line the file's main one.
    path = tmp_path / "mixed.txt"
    path.write_bytes(b"One. .\r\nTwo\r\nThree\nFour\r\nFive\r")
    assert main(["fix", "--ignore", "W101", str(path)]) == 1
    assert path.read_bytes() == b"One.\r\nTwo\r\nThree\nFour\r\nFive\r"
    assert main(["fix", str(path)]) == 1  # with W101, one style
    assert path.read_bytes() == b"One.\r\nTwo\r\nThree\r\nFour\r\nFive\r\n"


def test_with_w101_ignored_a_long_file_of_mixed_endings_is_fixed_in_one_pass(
    tmp_path: Path,
) -> None:
    # Each line's ending was found by a diff of the lines, which took minutes on a file of
    # thousands of lines, many of them the same (2,000 lines: 6 s; 6,000: minutes).
    block = "Caf\u00e9 open. .\r\nx\n\n\n\n"
    path = write(tmp_path / "a.txt", (block * 1200).encode("utf-8"))
    run = subprocess.run([sys.executable, "-m", "newsclean", "fix", "-q", "--ignore", "W101",
                          str(path)], capture_output=True, timeout=60, check=False)
    assert run.returncode == 1, run.stderr
    assert path.read_bytes() == ("Caf\u00e9 open.\r\nx\n\n" * 1200)[:-1].encode("utf-8")


@pytest.mark.parametrize("command", ["check", "fix"])
def test_diff_shows_each_line_with_its_own_ending(
    tmp_path: Path, capsys: Capture, command: str
) -> None:
    # The diff of a file of mixed line ends shows what fix writes: the old line with the
    # ending it has, the new one with the ending fix gives it (the file's main one with
    # W101; its own without), and a change of the ending alone is a change too.
    path = write(tmp_path / "mixed.txt", b"One. .\r\nTwo\nThree\r\n")
    main([command, "--diff", str(path)])
    out = capsys.readouterr().out
    assert "\n-One. .\r\n-Two\n+One.\r\n+Two\r\n Three\r\n" in out
    main([command, "--diff", "--ignore", "W101", str(path)])
    assert "\n-One. .\r\n+One.\r\n Two\n Three\r\n" in capsys.readouterr().out
    write(path, b"One.\r\nTwo\nThree\r\n")
    main([command, "--diff", str(path)])
    assert "\n One.\r\n-Two\n+Two\r\n Three\r\n" in capsys.readouterr().out
    assert path.read_bytes() == b"One.\r\nTwo\nThree\r\n"  # --diff writes nothing


def test_diff_of_an_old_mac_file_has_a_line_per_line(tmp_path: Path, capsys: Capture) -> None:
    """A file whose lines end in a lone carriage return (classic Mac OS) is diffed line
    by line, as its findings number the lines: the hunk starts at the finding's line."""
    path = write(tmp_path / "mac.txt", b"One.\rTwo. .\rThree\r")
    assert main(["check", str(path)]) == 1
    assert ":2:" in capsys.readouterr().out
    main(["check", "--diff", str(path)])
    out = capsys.readouterr().out
    assert "@@ -1,3 +1,3 @@\n One.\r\n-Two. .\r\n+Two.\r\n Three\r\n" in out, out
    assert "No newline" not in out
