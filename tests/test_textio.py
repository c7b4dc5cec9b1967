"""Reading and writing files: whatever a file's bytes, fix writes the same style back."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.findings import check_text
from newsclean.io.textio import BinaryFileError, InputError, decode, write_atomic

LINES = st.lists(st.text(alphabet=st.characters(blacklist_characters="\r\n\x00",
                                                blacklist_categories=("Cs",)), max_size=30),
                 max_size=8)


@settings(deadline=None, max_examples=100)
@given(LINES, st.sampled_from(["\n", "\r\n", "\r"]), st.booleans(), st.booleans())
def test_decode_then_encode_gives_the_same_bytes(
    lines: list[str], newline: str, bom: bool, final: bool
) -> None:
    text = newline.join(lines) + (newline if final and lines else "")
    data = (codecs.BOM_UTF8 if bom else b"") + text.encode("utf-8")
    f = decode(data, "x.txt")
    assert "\r" not in f.text and f.encode(f.text) == data


@settings(deadline=None, max_examples=50)
@given(LINES, st.sampled_from(["\n", "\r\n"]))
def test_fixing_keeps_the_line_ending_style(lines: list[str], newline: str) -> None:
    data = (newline.join(lines) + newline).encode("utf-8")
    f = decode(data, "x.txt")
    fixed = f.encode(check_text(f.text, unsafe_fixes=True).fixed)
    if newline == "\r\n":
        assert b"\n" not in fixed.replace(b"\r\n", b"")
    else:
        assert b"\r\n" not in fixed


def test_nothing_selected_changes_nothing() -> None:
    from newsclean import Options

    text = "Title\nIt rained. .  Then   it stopped.\nAdvertisement\n"
    result = check_text(text, Options(select=("S",)), unsafe_fixes=True)
    assert result.findings == [] and result.fixed == text


def test_binary_and_undecodable() -> None:
    with pytest.raises(BinaryFileError):
        decode(b"GIF89a\x00\x01", "x.gif")
    with pytest.raises(InputError, match=r"not valid utf-8 at byte 3 \(line 2\)"):
        decode(b"ab\n\xef\xbb", "x.txt")


def test_a_nul_anywhere_makes_a_file_binary() -> None:
    """Far into the file too: fix would otherwise remove it as a control character."""
    with pytest.raises(BinaryFileError):
        decode(b"It rained. .\n" * 5000 + b"x\x00y\n", "late.txt")
    assert decode(b"x\x00y", "-", nul_ok=True).text == "x\x00y"  # standard input: cleaned


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_binary_data_read_as_a_wide_encoding_is_binary(encoding: str) -> None:
    """In UTF-16 every ASCII character holds a NUL byte; a NUL character still tells a
    binary file (a gzip read as UTF-16 would lose its NULs to a fix)."""
    data = "It rained\x00 all day.".encode(encoding)
    with pytest.raises(BinaryFileError, match="NUL characters"):
        decode(data, "x.bin", encoding)


@pytest.mark.parametrize(("encoding", "bom"), [
    ("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16le", codecs.BOM_UTF16_LE),
    ("utf-16-be", codecs.BOM_UTF16_BE), ("utf-32-le", codecs.BOM_UTF32_LE),
    ("utf-32-be", codecs.BOM_UTF32_BE), ("utf-16", codecs.BOM_UTF16_BE),
])
def test_a_byte_order_mark_is_kept_whatever_the_codec_is_called(
    encoding: str, bom: bytes
) -> None:
    inner = {codecs.BOM_UTF16_LE: "utf-16-le", codecs.BOM_UTF16_BE: "utf-16-be",
             codecs.BOM_UTF32_LE: "utf-32-le", codecs.BOM_UTF32_BE: "utf-32-be"}[bom]
    data = bom + "It rained. .\r\nIt stopped.\r\n".encode(inner)
    f = decode(data, "x.txt", encoding)
    assert f.bom == bom and not f.text.startswith("\ufeff")
    assert check_text(f.text).findings[0].code == "P101"  # no U104 for the mark
    assert f.encode(check_text(f.text).fixed) == bom + "It rained.\r\nIt stopped.\r\n".encode(inner)


@pytest.mark.parametrize("nul_ok", [False, True], ids=["file", "stdin"])
@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_a_wide_encodings_mark_names_it(nul_ok: bool, codec: str) -> None:
    marked = {"utf-16": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE,
              "utf-32": codecs.BOM_UTF32_LE}[codec]
    inner = {"utf-16": "utf-16-le", "utf-16-be": "utf-16-be", "utf-32": "utf-32-le"}[codec]
    data = marked + "It rained. .\n".encode(inner)
    f = decode(data, "x.txt", nul_ok=nul_ok)
    assert f.text == "It rained. .\n" and f.bom == marked
    assert f.encode("It rained.\n") == marked + "It rained.\n".encode(inner)


@pytest.mark.parametrize(("data", "encoding", "message"), [
    # An encoding given for every file: another file's UTF-8 would be read wrong, and fixed.
    ("Le café à Zürich.\n".encode(), "latin-1", "not latin-1 (which would make 'Ã©' of its 'é')"),
    ("Le café.\n".encode(), "cp1252", "not cp1252"),
    (b"Hello  world. .\n", "utf-16", "not utf-16 (it has no NUL byte"),
    (b"Hello  world. .\n", "utf-16-le", "not utf-16-le"),
    ("Ça va.\n".encode(), "utf-32", "not utf-32"),
])
def test_utf8_is_not_read_as_another_encoding(data: bytes, encoding: str, message: str) -> None:
    with pytest.raises(InputError, match=re.escape(message)) as info:
        decode(data, "x.txt", encoding)
    assert "in a newsclean.toml beside them" in str(info.value)


@pytest.mark.parametrize("inner", ["utf-16-be", "utf-16-le", "utf-32-be", "utf-32-le"])
def test_utf16_without_a_mark_is_read_in_its_byte_order(inner: str) -> None:
    # Read in the other order, "Hello" came out as characters of other scripts and fix
    # wrote them (spaces as "Ƞ").
    data = "Hello  world. .\n".encode(inner)
    f = decode(data, "x.txt", inner[:6])
    assert f.text == "Hello  world. .\n" and f.bom == b""
    assert f.encode("Hello world.\n") == "Hello world.\n".encode(inner)


def test_what_the_given_encoding_reads_is_read() -> None:
    assert decode("Café".encode("latin-1"), "x.txt", "latin-1").text == "Café"
    # cp1252 bytes that happen to be UTF-8 too (Ö and – are D6 96), and read well in cp1252.
    spoe = "Die SPÖ–Spitze tagte am Montag."
    assert decode(spoe.encode("cp1252"), "x.txt", "cp1252").text == spoe
    assert decode(b"Plain ASCII.\n", "x.txt", "latin-1").text == "Plain ASCII.\n"
    assert decode("Café".encode("utf-16-le"), "x.txt", "utf-16-le").text == "Café"
    sentence = "昨天夜里，暴雨袭击了沿海城市。"  # no NUL byte in UTF-16, and not UTF-8
    assert decode(sentence.encode("utf-16-le"), "x.txt", "utf-16-le").text == sentence
    assert decode(b"", "x.txt", "utf-16").text == ""


def test_write_atomic_creates_new_files_with_the_umask(tmp_path: Path) -> None:
    path = tmp_path / "new.txt"
    write_atomic(str(path), b"hello\n")
    assert path.read_bytes() == b"hello\n"
    assert path.stat().st_mode & 0o777 == 0o666 & ~_umask()


def _umask() -> int:
    import os

    mask = os.umask(0)
    os.umask(mask)
    return mask


PIECES = st.sampled_from([
    "The storm reached the coast on Monday night and closed every road into the town.",
    "Council workers cleared fallen trees through the morning. .  Buses ran again.",
    "Advertisement", "Share this article", "  Sign up for our daily newsletter",
    "Storm hits the coast", "", "", "   ", "Roads stayed shut until noon , officials said .",
])


@settings(deadline=None, max_examples=60)
@given(st.lists(PIECES, max_size=10), st.booleans())
def test_a_fixed_file_needs_no_second_fix(lines: list[str], unsafe: bool) -> None:
    text = "\n".join(lines) + "\n"
    once = check_text(text, unsafe_fixes=unsafe).fixed
    assert check_text(once, unsafe_fixes=unsafe).fixed == once


@pytest.mark.parametrize(("named", "actual"), [
    ("utf-16-le", "utf-16-be"), ("utf-16-be", "utf-16-le"),
    ("utf-32-le", "utf-32-be"), ("utf-32-be", "utf-32-le"),
])
def test_a_byte_order_mark_that_denies_the_given_order_is_refused(
    tmp_path: Path, named: str, actual: str
) -> None:
    # Read in the wrong order, every character came out swapped, and `fix` rewrote the
    # file so (U+2000 became U+2002 in it).
    from newsclean.cli import main

    mark = {"utf-16-be": codecs.BOM_UTF16_BE, "utf-16-le": codecs.BOM_UTF16_LE,
            "utf-32-be": codecs.BOM_UTF32_BE, "utf-32-le": codecs.BOM_UTF32_LE}[actual]
    path = tmp_path / "a.txt"
    data = mark + "Hello world , x. .\n".encode(actual)
    path.write_bytes(data)
    assert main(["fix", "--encoding", named, str(path)]) == 2
    assert path.read_bytes() == data
    assert main(["fix", "--encoding", actual, str(path)]) == 1
    assert path.read_bytes() == mark + "Hello world, x.\n".encode(actual)


@pytest.mark.parametrize(
    ("lines", "error", "message"),
    [([0], ValueError, "0 is no line of the text (lines 1 to 3)"),
     ([-1], ValueError, "-1 is no line"),
     ([4], ValueError, "4 is no line"),
     ("12", TypeError, "not str ('1')"),
     ([1.0], TypeError, "not float")],
)
def test_check_text_says_which_mixed_line_is_wrong(
    lines: object, error: type[Exception], message: str
) -> None:
    """A 0 or a negative line number was read from the other end of the text (W101 at the
    last line or at position -1), and a string failed deep inside the sort."""
    with pytest.raises(error, match=re.escape(message)):
        check_text("It rained.\nIt stopped.\n", mixed_lines=lines)  # type: ignore[arg-type]
    result = check_text("It rained.\nIt stopped.\n", mixed_lines=[2])
    assert [(f.code, f.line) for f in result.findings] == [("W101", 2)]
