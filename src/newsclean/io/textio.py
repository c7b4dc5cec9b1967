"""Reading and writing text files the way a fixer must.

A file is read as bytes and decoded here, not by a text-mode ``open``: the byte-order mark,
the encoding and the newline style are recorded, the text the rules see always uses ``\\n``,
and :meth:`TextFile.encode` puts everything back as it was. Files are written atomically
(a temporary file in the same folder, then a rename), keeping their permissions.

>>> f = decode(b"\\xef\\xbb\\xbfOne\\r\\nTwo\\r\\n", "a.txt")
>>> f.text, f.bom, f.newline
('One\\nTwo\\n', b'\\xef\\xbb\\xbf', '\\r\\n')
>>> f.encode("One.\\nTwo\\n")
b'\\xef\\xbb\\xbfOne.\\r\\nTwo\\r\\n'
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO

import regex

__all__ = [
    "MAX_DOCUMENT_BYTES",
    "BinaryFileError",
    "InputError",
    "TextFile",
    "check_target",
    "codec_name",
    "decode",
    "install",
    "is_stream",
    "json_name",
    "make_folders",
    "open_stream",
    "own_descriptor",
    "read_file",
    "read_limited",
    "read_stdin",
    "write_atomic",
]

# One line ending of any style. Matches "\r\n", "\r", "\n".
NEWLINE_RE = regex.compile(r"\r\n|\r|\n")

# Byte-order marks of the encodings that have one, and the codec that reads the rest.
_BOMS: dict[str, tuple[tuple[bytes, str], ...]] = {
    "utf-8": ((codecs.BOM_UTF8, "utf-8"),),
    "utf-8-sig": ((codecs.BOM_UTF8, "utf-8"),),
    "utf-16": ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")),
    "utf-32": ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be")),
    # A codec named with its byte order reads a mark as U+FEFF, which U104 would remove:
    # the mark is kept as the file's, as it is for "utf-16".
    "utf-16-le": ((codecs.BOM_UTF16_LE, "utf-16-le"),),
    "utf-16-be": ((codecs.BOM_UTF16_BE, "utf-16-be"),),
    "utf-32-le": ((codecs.BOM_UTF32_LE, "utf-32-le"),),
    "utf-32-be": ((codecs.BOM_UTF32_BE, "utf-32-be"),),
}
# Without a byte-order mark, the plain codec of each of them.
_NO_BOM_CODEC = {"utf-8-sig": "utf-8", "utf-16": "utf-16-le", "utf-32": "utf-32-le"}


class InputError(Exception):
    """A problem with the user's input or a file: reported as one line, exit status 2."""


class BinaryFileError(InputError):
    """A file that is not text (it has NUL bytes): skipped with a warning."""


@dataclass(frozen=True)
class TextFile:
    """A decoded text file and everything needed to write it back the same way.

    ``text`` always uses ``\\n`` line ends and has no byte-order mark; ``newline`` is the
    file's own line ending (the most common one, when a file mixes them) and
    ``mixed_lines`` lists the lines (1-based) that end differently.
    """

    name: str
    raw: bytes
    text: str
    encoding: str
    bom: bytes = b""
    newline: str = "\n"
    mixed_lines: tuple[int, ...] = ()
    #: The encoding as the user named it (for messages).
    encoding_label: str = ""
    #: The line ending of each of :attr:`mixed_lines`, in order.
    other_endings: tuple[str, ...] = ()

    def with_endings(self, text: str, *, keep_endings: bool = False) -> str:
        """``text`` (with ``\\n`` line ends) with the file's line ends, as :meth:`encode`
        writes it before encoding (of the file's own :attr:`text` with ``keep_endings``: the
        file's text as it was read).

        >>> tf = TextFile("a.txt", b"", "One\\nTwo\\nThree\\n", "utf-8", newline="\\r\\n",
        ...               mixed_lines=(2,), other_endings=("\\n",))
        >>> tf.with_endings(tf.text), tf.with_endings(tf.text, keep_endings=True)
        ('One\\r\\nTwo\\r\\nThree\\r\\n', 'One\\r\\nTwo\\nThree\\r\\n')
        """
        if keep_endings and self.mixed_lines:
            return _own_endings(self, text)
        return text if self.newline == "\n" else text.replace("\n", self.newline)

    def encode(self, text: str, *, keep_endings: bool = False) -> bytes:
        """``text`` (with ``\\n`` line ends) as bytes in the file's style; with
        ``keep_endings``, the lines that ended otherwise (:attr:`mixed_lines`) end so still,
        where they are found in ``text`` (a line a fix changed, in its place, too).

        Raises :class:`InputError` when a character cannot be written in the file's encoding.
        """
        text = self.with_endings(text, keep_endings=keep_endings)
        try:
            return self.bom + text.encode(self.encoding)
        except UnicodeEncodeError as exc:
            char = exc.object[exc.start]
            raise InputError(
                f"{self.name}: the repaired text has {char!r} (U+{ord(char):04X}), which "
                f"{self.encoding_label or self.encoding} cannot encode; the file is left unchanged"
            ) from None


def json_name(name: str) -> str:
    """A file name as valid Unicode for JSON: bytes that are not UTF-8 (which Python keeps
    as lone surrogates) written as ``\\xff``.

    >>> print(json_name(b"caf\\xe9.txt".decode("utf-8", "surrogateescape")))
    caf\\xe9.txt
    """
    try:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return name.encode("utf-8", "backslashreplace").decode("utf-8")


def codec_name(encoding: str) -> str:
    """The codec's own name, or :class:`InputError` for a name that is not a text encoding
    (``rot13`` and ``hex`` are codecs, but of bytes or of text to text).

    >>> codec_name("Latin-1")
    'iso8859-1'
    >>> codec_name("rot13")
    Traceback (most recent call last):
    newsclean.io.textio.InputError: 'rot13' is not a text encoding (try utf-8, latin-1, cp1252 or utf-16)
    """
    try:
        info = codecs.lookup(encoding)
    except (LookupError, ValueError):
        raise InputError(f"unknown encoding {encoding!r}{_TRY}") from None
    try:
        if not getattr(info, "_is_text_encoding", True):
            raise LookupError(encoding)
        "a".encode(info.name).decode(info.name)
    except (LookupError, UnicodeError):
        raise InputError(f"{encoding!r} is not a text encoding{_TRY}") from None
    return info.name


_TRY = " (try utf-8, latin-1, cp1252 or utf-16)"


def _own_endings(file: TextFile, text: str) -> str:
    """``text`` with each line's ending as in ``file``: lines are aligned with the file's
    (equal lines, and changed ones one for one); a new line ends in the file's style. The
    file's own text needs no alignment: each line ends as it was read."""
    import difflib  # only for a file of mixed line ends with W101 off: not at start-up

    old, new = file.text.split("\n"), text.split("\n")
    other = {line - 1: ending for line, ending in
             zip(file.mixed_lines, file.other_endings, strict=True)}
    ends = [file.newline] * (len(new) - 1)
    if text == file.text:
        for line, ending in other.items():
            ends[line] = ending
        return "".join(map(str.__add__, new, ends)) + new[-1]
    if len(old) * len(new) > MAX_DIFF_CELLS:
        # A diff of thousands of lines, many of them the same (blank ones), took minutes
        # (2,000 lines: 6 s; 250,000: over 12 minutes): lines are aligned in one pass.
        _align_endings(old, new, other, file.newline, ends)
        return "".join(map(str.__add__, new, ends)) + new[-1]
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1):
            for k in range(j2 - j1):
                if j1 + k < len(ends):
                    ends[j1 + k] = other.get(i1 + k, file.newline)
    return "".join(map(str.__add__, new, ends)) + new[-1]


#: The size of the lines' diff (lines read times lines written) above which
#: :func:`_own_endings` aligns the lines in one pass instead.
MAX_DIFF_CELLS = 500 * 500
#: How far :func:`_align_endings` looks for a line again, past lines removed or added.
_ALIGN_WINDOW = 64


def _align_endings(
    old: list[str], new: list[str], other: dict[int, str], newline: str, ends: list[str]
) -> None:
    r"""Set ``ends`` (the ending after each line of ``new``) from the lines of ``old`` they
    are, in one pass. Lines are compared by their letters and digits (a fix changes spaces
    and marks: ``economy. .`` is ``economy.``): an equal line is the same line; past a
    difference, the nearest line found again within :data:`_ALIGN_WINDOW` lines (lines
    removed, or added) realigns the two, else the line changed in place. A new line ends
    with ``newline``.

    >>> ends = ["\n"] * 3
    >>> _align_endings(["a. .", "", "", "b", ""], ["a.", "", "b", ""], {0: "\r\n", 3: "\r\n"},
    ...                "\n", ends)
    >>> ends
    ['\r\n', '\n', '\r\n']
    """
    okeys, nkeys = [_WORD_CHARS.sub("", line) for line in old], [
        _WORD_CHARS.sub("", line) for line in new]
    i = j = 0
    while i < len(old) and j < len(ends):
        if okeys[i] != nkeys[j]:
            removed = next((k for k in range(1, _ALIGN_WINDOW)
                            if i + k < len(old) and okeys[i + k] == nkeys[j]), None)
            added = next((k for k in range(1, _ALIGN_WINDOW)
                          if j + k < len(new) and nkeys[j + k] == okeys[i]), None)
            if removed is not None and (added is None or removed <= added):
                i += removed
            elif added is not None:
                j += added  # those lines are new: they end with the file's own ending
                continue
        if j < len(ends):
            ends[j] = other.get(i, newline)
        i += 1
        j += 1


#: What a line is compared by in :func:`_align_endings`: all but its letters and digits.
_WORD_CHARS = regex.compile(r"[^\p{L}\p{N}]+")


def _refuse_utf8(data: bytes, name: str, encoding: str, wide: bool) -> None:
    """Raise :class:`InputError` where ``data`` (without a byte-order mark) is UTF-8 that
    ``encoding`` would misread: non-ASCII UTF-8 that reads as mojibake in another encoding
    (ftfy's test: ``cafÃ©``; a latin-1 text whose bytes happen to be UTF-8 too, ``SPÖ–``,
    reads as it should and is read), and any UTF-8 without a NUL byte for UTF-16 or
    UTF-32 (whose text in a Latin script has NUL bytes, and whose other text is not UTF-8
    but by a rare chance)."""
    if not data or (not wide and data.isascii()) or (wide and b"\x00" in data):
        return
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return
    if wide:
        raise InputError(f"{name}: reads as UTF-8, not {encoding} (it has no NUL byte and no "
                         f"byte-order mark); {_only_for(encoding)}")
    import ftfy.badness  # only for a file that is UTF-8 and given another encoding

    try:
        if not ftfy.badness.is_bad(data.decode(encoding)):
            return
    except UnicodeError:
        return  # the error for the given encoding follows
    char = next(c for c in text if not c.isascii())
    misread = char.encode("utf-8").decode(encoding, "replace")
    raise InputError(f"{name}: reads as UTF-8, not {encoding} (which would make {misread!r} "
                     f"of its {char!r}); {_only_for(encoding)}")


#: What a user who adds a newsclean.toml for an encoding must know: the nearest
#: configuration applies whole (see docs/configuration.md), so the new file stands in for
#: the repository's own in that folder.
_REPLACES = " (which replaces the repository's settings there: copy those you need into it)"


def _only_for(encoding: str) -> str:
    """How to give ``encoding`` to the files that are in it, and only to them."""
    return (f"give {encoding} only for the files that are: encoding = \"{encoding}\" in a "
            f"newsclean.toml beside them{_REPLACES}")


def _split_bom(data: bytes, codec: str) -> tuple[bytes, str]:
    """The byte-order mark ``data`` starts with, and the codec that reads what follows it.

    Without a mark, ``utf-16`` and ``utf-32`` read in the byte order the text's NUL bytes
    tell (the high bytes of Latin characters, first in big-endian order): read in the other
    order, every character would come out swapped (``A`` as ``䄀``).

    >>> _split_bom("It rained.".encode("utf-16-be"), "utf-16")
    (b'', 'utf-16-be')
    >>> _split_bom("It rained.".encode("utf-16-le"), "utf-16")
    (b'', 'utf-16-le')
    """
    for bom, inner in _BOMS.get(codec, ()):
        if data.startswith(bom):
            return bom, inner
    if codec in ("utf-16", "utf-32"):
        unit = 2 if codec == "utf-16" else 4
        head = data[: min(len(data), 4096) // unit * unit]  # whole code units
        if head[::unit].count(0) > head[unit - 1 :: unit].count(0):
            return b"", f"{codec}-be"
    return b"", _NO_BOM_CODEC.get(codec, codec)


def _newline_style(text: str) -> tuple[str, tuple[int, ...], tuple[str, ...]]:
    """The most common line ending of ``text``, the lines that end otherwise, and their
    endings."""
    counts = {"\n": 0, "\r\n": 0, "\r": 0}
    endings = [m.group() for m in NEWLINE_RE.finditer(text)]
    for ending in endings:
        counts[ending] += 1
    style = max(counts, key=lambda k: (counts[k], k == "\n"))
    if counts[style] == len(endings):
        return style, (), ()
    other = [(i + 1, ending) for i, ending in enumerate(endings) if ending != style]
    return style, tuple(line for line, _ in other), tuple(ending for _, ending in other)


#: The byte-order marks of the wide encodings, UTF-32's before UTF-16's.
_WIDE_MARKS = (
    ("utf-32", codecs.BOM_UTF32_LE), ("utf-32", codecs.BOM_UTF32_BE),
    ("utf-16", codecs.BOM_UTF16_LE), ("utf-16", codecs.BOM_UTF16_BE),
)


#: For a codec named with its byte order, the other order's name and mark.
_OTHER_ORDER = {
    "utf-16-le": ("utf-16-be", codecs.BOM_UTF16_BE),
    "utf-16-be": ("utf-16-le", codecs.BOM_UTF16_LE),
    "utf-32-le": ("utf-32-be", codecs.BOM_UTF32_BE),
    "utf-32-be": ("utf-32-le", codecs.BOM_UTF32_LE),
}


#: The bytes of a file's start that :func:`_unmarked_utf16` reads.
_GUESS_BYTES = 4096


def _unmarked_utf16(data: bytes) -> str | None:
    """The byte order in which the start of ``data`` reads as text of UTF-16 without a
    byte-order mark (letters, marks and spaces, no NUL and no other control character), if
    one does: the hint for a file taken for binary by its NUL bytes.

    >>> _unmarked_utf16("Storm hits the coast".encode("utf-16-be"))
    'utf-16-be'
    >>> _unmarked_utf16("Café\\r\\n".encode("utf-16-le"))
    'utf-16-le'
    >>> _unmarked_utf16(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00\\x00\\rIHDR") is None
    True
    """
    sample = data[:_GUESS_BYTES]
    sample = sample[:len(sample) - len(sample) % 2]
    # Text in a Latin script has its NUL bytes after each letter's (little-endian) or
    # before it (big-endian): their side gives the order.
    after = sample[1::2].count(0) > sample[0::2].count(0)
    codec = "utf-16-le" if after else "utf-16-be"
    try:
        text = sample.decode(codec)
    except UnicodeDecodeError:
        return None
    if text and all(c.isprintable() or c in "\t\n\r" for c in text):
        return codec
    return None


def decode(data: bytes, name: str, encoding: str = "utf-8", *, nul_ok: bool = False) -> TextFile:
    """Decode the bytes of a file named ``name`` (for messages).

    Raises :class:`BinaryFileError` for data with a NUL byte anywhere (in UTF-16 and
    UTF-32, whose characters hold NUL bytes, a NUL character) and :class:`InputError`,
    naming the byte offset, for data the encoding cannot decode.
    With ``nul_ok`` (standard input, where a filter must not drop what it was given) a NUL
    is read as the control character it is, and cleaned like any other.

    >>> decode(b"caf\\xe9", "menu.txt")
    Traceback (most recent call last):
      ...
    newsclean.io.textio.InputError: menu.txt: not valid utf-8 at byte 3 (line 1); give the file's encoding (latin-1? cp1252?): encoding = "NAME" in a newsclean.toml beside it (which replaces the repository's settings there: copy those you need into it), or --encoding for this file alone
    >>> decode(b"caf\\xe9", "menu.txt", "latin-1").text
    'café'
    >>> decode(b"\\xff\\xfeA\\x00", "a.txt", "utf-16-le").bom  # the file's mark, kept
    b'\\xff\\xfe'
    >>> decode(b"\\xfe\\xff\\x00A", "a.txt", "utf-16-le")
    Traceback (most recent call last):
      ...
    newsclean.io.textio.InputError: a.txt: starts with a UTF-16-BE byte-order mark, not UTF-16-LE's; read it with --encoding utf-16-be (or utf-16, which reads the mark)
    >>> decode(b"\\xff\\xfeA\\x00\\x00\\x00", "a.bin", "utf-16")
    Traceback (most recent call last):
      ...
    newsclean.io.textio.BinaryFileError: a.bin: binary file (it has NUL characters)

    A wide encoding's byte-order mark names the encoding: such a file is read by it when
    UTF-8 is asked for. Bytes that are UTF-8 are not read as something else: an encoding
    given for every file (``--encoding latin-1``) would turn another file's UTF-8 into
    mojibake, or UTF-16 into characters of every script, and ``fix`` would write them.

    >>> decode("Café".encode("utf-16"), "a.txt").text
    'Café'
    >>> decode("Café".encode("utf-8"), "b.txt", "latin-1")
    Traceback (most recent call last):
      ...
    newsclean.io.textio.InputError: b.txt: reads as UTF-8, not latin-1 (which would make 'Ã©' of its 'é'); give latin-1 only for the files that are: encoding = "latin-1" in a newsclean.toml beside them (which replaces the repository's settings there: copy those you need into it)
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"decode takes the file's bytes, not {type(data).__name__} "
                        f"(text needs no decoding)")
    codec = codec_name(encoding)
    if codec == "utf-8":
        marked = next((c for c, mark in _WIDE_MARKS if data.startswith(mark)), None)
        if marked is not None:
            return decode(data, name, marked, nul_ok=nul_ok)
    bom, inner = _split_bom(data, codec)
    wide = inner.startswith(("utf-16", "utf-32"))
    if not bom and inner != "utf-8":
        _refuse_utf8(data, name, encoding, wide)
    if not bom and codec in _OTHER_ORDER and data.startswith(_OTHER_ORDER[codec][1]):
        # Read in the byte order its mark denies, every character would come out swapped.
        other = _OTHER_ORDER[codec][0]
        raise InputError(f"{name}: starts with a {other.upper()} byte-order mark, not "
                         f"{codec.upper()}'s; read it with --encoding {other} (or "
                         f"{codec[:6]}, which reads the mark)")
    # A wide encoding's mark on data read otherwise: the hint for an error below. (UTF-32's
    # little-endian mark starts with UTF-16's: it is asked first.)
    marked = None if wide else next((c for c, mark in _WIDE_MARKS if data.startswith(mark)), None)
    # Every byte is looked at (memchr's speed): a NUL past the first few kilobytes would
    # otherwise be removed as a control character, and the file rewritten without it.
    wrong_codec = None if marked is None else InputError(
        f"{name}: starts with a {marked.upper()} byte-order mark; read it with --encoding {marked}"
    )
    if not wide and not nul_ok and b"\x00" in data:
        if wrong_codec is not None:
            raise wrong_codec
        guess = _unmarked_utf16(data)
        hint = "" if guess is None else (
            f", as {guess.upper()} text without a byte-order mark has: if it is, give "
            f"--encoding {guess}"
        )
        raise BinaryFileError(f"{name}: binary file (it has NUL bytes{hint})")
    try:
        text = data[len(bom):].decode(inner)
    except UnicodeDecodeError as exc:
        if wrong_codec is not None:  # a file without a NUL byte, or standard input
            raise wrong_codec from None
        offset = exc.start + len(bom)
        line = data.count(b"\n", 0, offset) + 1
        hint = " (latin-1? cp1252?)" if inner == "utf-8" else ""
        raise InputError(
            f"{name}: not valid {encoding} at byte {offset} (line {line}); give the file's "
            f"encoding{hint}: encoding = \"NAME\" in a newsclean.toml beside it{_REPLACES}, "
            f"or --encoding for this file alone"
        ) from None
    except UnicodeError as exc:  # a codec of domain names (punycode, idna) names no byte
        raise InputError(f"{name}: not valid {encoding} ({exc}); give the file's encoding: "
                         f"encoding = \"NAME\" in a newsclean.toml beside it{_REPLACES}, "
                         f"or --encoding for this file alone") from None
    if wide and not nul_ok and "\x00" in text:
        raise BinaryFileError(f"{name}: binary file (it has NUL characters)")
    newline, mixed, other_endings = _newline_style(text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return TextFile(name, data, text, inner, bom, newline, mixed, encoding, other_endings)


@contextlib.contextmanager
def reading(name: str, directory_hint: str = "") -> Iterator[None]:
    """Turn the errors of opening or reading ``name`` into one-line input errors.

    >>> with reading("missing.txt"):
    ...     open("/nonexistent/missing.txt", "rb")
    Traceback (most recent call last):
    newsclean.io.textio.InputError: missing.txt: no such file or directory
    """
    try:
        yield
    except FileNotFoundError:
        raise InputError(f"{name}: no such file or directory") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory{directory_hint}") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None


#: The largest document newsclean reads, in bytes. It holds a document whole, with its
#: blocks, spans and findings, in about thirty times its size of memory (a file of 50 MB
#: took 1.6 GB); a larger input is a corpus, for JSON Lines or files of their own.
MAX_DOCUMENT_BYTES = 128 * 1024 * 1024


def too_large(name: str, *, line: bool = False) -> str:
    """The message for an input (a JSON line, with ``line``) larger than
    :data:`MAX_DOCUMENT_BYTES`."""
    what = "is a line end missing?" if line else (
        "split it into smaller files, or give a corpus as JSON Lines (--jsonl)")
    return (f"{name}: larger than {MAX_DOCUMENT_BYTES // 2**20} MB, the most newsclean reads "
            f"as one document (it takes about 30 times its size of memory); {what}")


def read_limited(fh: IO[bytes], name: str) -> bytes:
    """All of ``fh``, or an :class:`InputError` when it holds more than
    :data:`MAX_DOCUMENT_BYTES` (read no further: ``/dev/zero`` on standard input ends)."""
    data = fh.read(MAX_DOCUMENT_BYTES + 1)
    if len(data) > MAX_DOCUMENT_BYTES:
        raise InputError(too_large(name))
    return data


def read_bytes(path: str, name: str | None = None) -> bytes:
    """The bytes of the file at ``path``, with a one-line :class:`InputError` on failure.

    Only a regular file is read: a FIFO or a device could block or never end (its contents
    go to standard input instead); and one of :data:`MAX_DOCUMENT_BYTES` at most.
    """
    name = name or path
    with reading(name):
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode) and not stat.S_ISDIR(info.st_mode):
            raise InputError(
                f"{name}: not a regular file ({_file_kind(info.st_mode)}); "
                f"give its contents on standard input with -"
            )
        if info.st_size > MAX_DOCUMENT_BYTES:
            raise InputError(too_large(name))
        with open(path, "rb") as fh:
            return read_limited(fh, name)


def _file_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a file"


def read_file(path: str, encoding: str = "utf-8", name: str | None = None) -> TextFile:
    """Read and decode the file at ``path``, with a one-line :class:`InputError` on failure."""
    name = name or path
    return decode(read_bytes(path, name), name, encoding)


def read_stdin(encoding: str = "utf-8", name: str = "<stdin>") -> TextFile:
    """Read and decode standard input (of :data:`MAX_DOCUMENT_BYTES` at most)."""
    return decode(read_limited(sys.stdin.buffer, name), name, encoding)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


#: Bytes of a file's name that the name of its temporary copy starts with, at most: with
#: the dot, the random part and ``.tmp`` the name stays far below the 255-byte limit of
#: most file systems, however long the file's own name is.
MAX_TEMP_PREFIX_BYTES = 100


def _temp_prefix(path: str) -> str:
    """The start of the name of ``path``'s temporary copy: a dot, then its name, cut to
    :data:`MAX_TEMP_PREFIX_BYTES` bytes (a cut inside a character stays bytes, as a file
    name may be).

    >>> _temp_prefix("/tmp/story.txt")
    '.story.txt.'
    >>> len(os.fsencode(_temp_prefix("/tmp/" + "é" * 127 + ".txt")))
    102
    """
    name = os.fsencode(os.path.basename(path))[:MAX_TEMP_PREFIX_BYTES]
    return f".{os.fsdecode(name)}."


def make_folders(folder: str) -> None:
    """Create ``folder`` and the folders above it that do not exist, like
    ``os.makedirs(folder, exist_ok=True)`` but one level after another in a loop:
    ``os.makedirs`` calls itself once a level, and a path of some thousand levels (a
    mistyped or generated ``--output-dir``) ran out of Python's recursion limit instead of
    getting the system's own error (``File name too long``) as an :class:`OSError`.

    >>> import tempfile
    >>> root = tempfile.mkdtemp()
    >>> make_folders(os.path.join(root, "a", "b", "c")); os.path.isdir(os.path.join(root, "a/b/c"))
    True
    >>> make_folders(os.path.join(root, "a"))  # an existing folder is fine
    >>> try:
    ...     make_folders(os.path.join(root, "new", *["d"] * 3000))
    ... except OSError as exc:
    ...     print(exc.strerror, os.listdir(root))
    File name too long ['a']
    """
    missing: list[str] = []
    path = os.path.abspath(folder)
    while not os.path.isdir(path):
        missing.append(path)
        parent = os.path.dirname(path)
        if parent == path:
            break
        path = parent
    made: list[str] = []
    try:
        for path in reversed(missing):
            try:
                os.mkdir(path)
                made.append(path)
            except FileExistsError:  # (made by another process meanwhile: fine)
                if not os.path.isdir(path):  # a file where a folder must go
                    raise
    except OSError:
        # The folders made before the one refused would be left empty (a thousand levels
        # of them before the path grew too long): take them away again.
        for path in reversed(made):
            with contextlib.suppress(OSError):
                os.rmdir(path)
        raise


def write_atomic(
    path: str, data: bytes, name: str | None = None, expected: bytes | None = None
) -> None:
    """Write ``data`` to ``path`` atomically, keeping an existing file's mode, owner and
    extended attributes.

    The data goes to a temporary file in the same folder, which then replaces ``path`` in one
    rename: a reader (or an interrupted run) sees the old file or the new one, never half of
    one. A symbolic link is followed, so the link stays a link.

    An existing file is left as it is, with an :class:`InputError`, where a rename would do
    harm: it is read-only, it has other hard links (they would keep the old text), its owner
    or an extended attribute cannot be kept, or (with ``expected``, the bytes it was read
    as) it changed since it was read, so that another program's change would be lost.
    """
    name = name or path
    real = os.path.realpath(path)
    folder = os.path.dirname(real) or "."
    mode, owner = _target_mode(real, name)
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=_temp_prefix(real), suffix=".tmp")
    except PermissionError:
        # The file itself may be writable: the new text goes first to a file beside it.
        raise InputError(
            f"{name}: cannot write (permission denied: its folder "
            f"{os.path.dirname(name) or '.'} must be writable too, for the new file written "
            f"beside it first); left unchanged"
        ) from None
    except OSError as exc:
        raise InputError(f"{name}: cannot write ({exc.strerror or exc}); left unchanged") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if owner is not None:
            _keep_owner(tmp, owner, name)
            _keep_attributes(real, tmp, name)
        os.chmod(tmp, mode)  # after the owner: a change of owner clears set-id bits
        if expected is not None and _current_bytes(real) != expected:
            raise InputError(f"{name}: changed while newsclean worked on it; left unchanged")
        os.replace(tmp, real)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise InputError(
                f"{name}: cannot write ({exc.strerror or exc}); left unchanged"
            ) from None
        raise


def _target_mode(real: str, name: str) -> tuple[int, tuple[int, int] | None]:
    """The mode and owner that a file written to ``real`` gets: an existing file's own (which
    must be safe to replace, see :func:`_check_replaceable`), else a new file's under the
    umask (``0644`` under the usual ``022``) and the writer's."""
    try:
        old = os.stat(real)
    except FileNotFoundError:
        return 0o666 & ~_umask(), None
    except OSError as exc:
        raise InputError(f"{name}: cannot write ({exc.strerror or exc})") from None
    _check_replaceable(real, old, name)
    return stat.S_IMODE(old.st_mode), (old.st_uid, old.st_gid)


#: The names of a process's own open files: ``/dev/stdout``, ``/dev/fd/3``,
#: ``/proc/self/fd/1``.
_OWN_FD_RE = regex.compile(r"/(?:dev/(?:fd/(\d+)|(stdin|stdout|stderr))|proc/self/fd/(\d+))")
_STANDARD_FDS = {"stdin": 0, "stdout": 1, "stderr": 2}


def own_descriptor(path: str) -> int | None:
    """The file descriptor that ``path`` names, where it names one of this process's open
    files (``/dev/stdout`` is 1): such a path may lead to a regular file (``>> log``), which
    must be written through the descriptor, as the shell opened it (appending, say), not
    replaced or opened again (which would empty it).

    >>> own_descriptor("/dev/stdout"), own_descriptor("/dev/fd/3"), own_descriptor("out.txt")
    (1, 3, None)
    """
    m = _OWN_FD_RE.fullmatch(path)
    if m is None:
        return None
    number, name, proc = m.groups()
    return _STANDARD_FDS[name] if name else int(number or proc)


def is_stream(path: str) -> bool:
    """Whether ``path`` is a device, a named pipe or a socket (``/dev/null``, a shell's
    ``>(...)``), or names one of this process's open files (``/dev/stdout``, even where the
    shell sent it to a file: see :func:`own_descriptor`): output to it is written as it
    comes, since nothing can replace it by a rename (and it has no old text to keep).

    >>> is_stream("/dev/null"), is_stream(__file__), is_stream("/no/such/file")
    (True, False, False)
    """
    if own_descriptor(path) is not None:
        return True
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def open_stream(path: str) -> IO[bytes]:
    """Open the stream ``path`` (see :func:`is_stream`) for writing: one of this process's
    open files through a copy of its descriptor (so a file the shell opened to append to is
    appended to), any other as it is named. Raises ``OSError``."""
    fd = own_descriptor(path)
    if fd is None:
        return open(path, "wb")
    return os.fdopen(os.dup(fd), "wb")


def check_target(path: str, name: str | None = None) -> None:
    """Raise :class:`InputError` now where :func:`install` would refuse to replace ``path``
    (a read-only file, one with other hard links): before a long run, not after it."""
    _target_mode(os.path.realpath(path), name or path)


def install(tmp: str, path: str, name: str | None = None) -> None:
    """Put the finished temporary file ``tmp`` (in the same folder) in place of ``path`` in
    one rename, as :func:`write_atomic` does: with an existing file's mode and owner, or a
    new file's mode under the umask (``tempfile`` makes its files readable by their owner
    only), following a symbolic link. ``tmp`` is left for the caller to remove on error."""
    name = name or path
    real = os.path.realpath(path)
    mode, owner = _target_mode(real, name)
    try:
        if owner is not None:
            _keep_owner(tmp, owner, name)
        os.chmod(tmp, mode)
        os.replace(tmp, real)
    except OSError as exc:
        raise InputError(f"{name}: cannot write ({exc.strerror or exc}); nothing written") from None


def _check_replaceable(real: str, old: os.stat_result, name: str) -> None:
    """Raise :class:`InputError` when replacing the file would do harm (see write_atomic)."""
    if not stat.S_ISREG(old.st_mode):
        raise InputError(f"{name}: not a regular file; left unchanged")
    if not old.st_mode & stat.S_IWUSR or not os.access(real, os.W_OK):
        raise InputError(f"{name}: read-only; left unchanged")
    if old.st_nlink > 1:
        raise InputError(
            f"{name}: has {old.st_nlink} hard links; left unchanged "
            f"(replacing it would leave the old text under its other names)"
        )


def _keep_attributes(real: str, tmp: str, name: str) -> None:
    """Give the new file the old one's extended attributes (a user's tags, an access control
    list, a security label), or raise :class:`InputError`; nothing to do on a system or a
    file system without them."""
    if not hasattr(os, "listxattr"):
        return
    try:
        attributes = os.listxattr(real)
    except OSError as exc:
        if exc.errno in _NO_ATTRIBUTES:
            return
        raise
    present = set(os.listxattr(tmp)) if attributes else set()  # a new file's own label
    for attribute in attributes:
        try:
            value = os.getxattr(real, attribute)
            if attribute not in present or os.getxattr(tmp, attribute) != value:
                os.setxattr(tmp, attribute, value)
        except OSError as exc:
            raise InputError(
                f"{name}: its extended attribute {attribute} cannot be kept by a rewrite "
                f"({exc.strerror or exc}); left unchanged"
            ) from None


#: The errors of a file system (or kernel) without extended attributes.
_NO_ATTRIBUTES = frozenset({errno.ENOTSUP, errno.EOPNOTSUPP, errno.ENOSYS})


def _keep_owner(tmp: str, owner: tuple[int, int], name: str) -> None:
    """Give the new file the old one's owner and group, or raise :class:`InputError`."""
    if not hasattr(os, "chown"):
        return
    info = os.stat(tmp)
    if (info.st_uid, info.st_gid) == owner:
        return
    try:
        os.chown(tmp, *owner)
    except OSError:
        raise InputError(
            f"{name}: owned by another user or group, which a rewrite cannot keep; "
            f"left unchanged"
        ) from None


def _current_bytes(real: str) -> bytes | None:
    try:
        with open(real, "rb") as fh:
            return fh.read()
    except OSError:
        return None
