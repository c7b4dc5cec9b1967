"""Score newsclean and peer extractors on the article-extraction benchmark.

Usage::

    python benchmarks/extraction.py DATA_DIR [--sets a,b,...] [--systems a,b,...]
        [--limit N] [--jobs N] [--json OUT [--per-page]] [--errors SYSTEM [--worst N]]
        [--dump DIR] [--justext-language NAME|auto] [--justext-params reference|library]

``DATA_DIR`` is one data set or a folder of them (one level deep). A set has one of two
layouts (see each set's README):

* Scrapinghub: ``ground-truth.json``, ``text/<id>.txt`` and ``html/<id>.html.gz``;
* JSON Lines: ``pages.jsonl.gz`` (``id``, ``lang``, ``text``, ``gold`` per line; no HTML,
  so the HTML systems cannot run) and usually ``peers.json``, the peers' precision and
  recall per page, aggregated here like :func:`scoring.aggregate` (``benchmarks/scoring.py``) and shown
  beside the systems run (marked as read from ``peers.json``, not re-run).

Sets of a folder are scored in a fixed order: the JSON Lines layout first, then the
Scrapinghub layout (``scrapinghub-dev``, the set the rules were tuned on); within a layout
in the order the folder's ``README.md`` first names them, then by name. Each set gets a
table, and a folder of sets a summary (newsclean and the best text and HTML peer per set).
Every system is scored on the same pages with ``benchmarks/scoring.py``, and only the
extraction call itself is timed.

By default newsclean runs on sets with a ``peers.json`` and every system on the others.
Systems (``--systems`` takes a comma-separated list, run on every set; ``justext-text``
may be written for ``justext(text)`` and so on):

* ``newsclean``: ``newsclean.clean`` on the text;
* ``html-text``: the text unchanged (the floor);
* ``c4-lines``: the C4 corpus line rules on the text (our own implementation);
* ``justext(text)``, ``trafilatura(text)``: each non-blank text line is HTML-escaped and
  wrapped as a ``<p>`` in a minimal HTML document for the HTML extractor;
* ``justext(html)``, ``trafilatura(html)``: the original HTML, when the file exists.

Peer settings, chosen because they reproduce the data set's reference table exactly:

* ``trafilatura.extract(document, include_comments=False)``, all other options at their
  defaults (plain-text output);
* ``justext.justext(document, stoplist, length_low=50, length_high=200,
  stopwords_low=0.1, stopwords_high=0.2, max_link_density=0.2, max_heading_distance=200,
  no_headings=True)`` (the settings trafilatura's own evaluation uses for jusText;
  ``--justext-params library`` uses jusText's defaults instead) with the English
  stoplist (``--justext-language auto`` guesses one per page from stopword hits),
  keeping the non-boilerplate paragraphs;
* ``c4-lines`` counts ``. ? !`` and straight or curly closing quotes (``" ' ” ’``) as
  terminal punctuation (the C4 paper's "end quotation mark"; the TFDS code has ``"``
  only, which scores lower here).

The HTML is given to the HTML extractors as the decoded UTF-8 string.
"""

from __future__ import annotations

import argparse
import gzip
import html
import importlib
import importlib.util
import json
import logging
import multiprocessing
import platform
import re
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from multiprocessing.pool import Pool
from pathlib import Path
from types import ModuleType
from typing import Any

_SRC = Path(__file__).resolve().parent.parent / "src"

Extractor = Callable[[str], str]

TEXT = "text"
HTML = "html"

#: Default number of pages listed by ``--errors``.
DEFAULT_WORST = 15


class Unavailable(Exception):
    """A system cannot run here (missing package or API); the message says why."""


# --------------------------------------------------------------------------- imports


def import_package_module(name: str) -> ModuleType:
    """Import ``name`` (a ``newsclean`` module), adding ``src/`` to ``sys.path`` if needed."""
    try:
        return importlib.import_module(name)
    except ImportError:
        if str(_SRC) not in sys.path:
            sys.path.insert(0, str(_SRC))
        for loaded in [m for m in sys.modules if m == "newsclean" or m.startswith("newsclean.")]:
            del sys.modules[loaded]
        importlib.invalidate_caches()
        return importlib.import_module(name)


def load_scoring() -> ModuleType:
    """Return ``benchmarks/scoring.py`` (the metric; it needs only the standard library, so
    peers can be scored even while newsclean does not import)."""
    name = "newsclean_benchmark_scoring"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name("scoring.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


scoring = load_scoring()


def _newsclean_extractor() -> Extractor:
    """Return ``newsclean.clean``."""
    try:
        module = import_package_module("newsclean")
    except Exception as exc:
        raise Unavailable(f"cannot import newsclean ({type(exc).__name__}: {exc})") from exc
    clean = getattr(module, "clean", None)
    if not callable(clean):
        raise Unavailable("newsclean has no clean() yet")
    return clean  # type: ignore[no-any-return]


def _optional_import(name: str) -> ModuleType:
    """Import an optional peer package or raise :class:`Unavailable`."""
    try:
        return importlib.import_module(name)
    except Exception as exc:  # ImportError, or e.g. lxml.html.clean missing inside justext
        raise Unavailable(f"{name} not importable ({type(exc).__name__}: {exc})") from exc


# --------------------------------------------------------------------------- C4 lines

_C4_END_MARKS = (".", "?", "!", '"', "'", "”", "’")
_C4_ELLIPSIS = "..."
_C4_MIN_WORDS = 5
_C4_MIN_SENTENCES = 3
_C4_MAX_WORD_LENGTH = 1000
_C4_POLICY = (
    "terms of use",
    "privacy policy",
    "cookie policy",
    "uses cookies",
    "use of cookies",
    "use cookies",
)
_C4_CITATION_RE = re.compile(r"\[\d*\]|\[edit\]|\[citation needed\]")
_SENTENCE_END_RE = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s|$)")


def count_sentences(line: str) -> int:
    """Count sentences in a line: runs of ``.!?`` (plus closing quotes) before a space or end.

    A rough stand-in for the Punkt tokenizer C4 used; a non-blank line is at least one.

    >>> count_sentences('He left. She asked "why?" twice. Fine!')
    4
    >>> count_sentences('He said "hello"')
    1
    """
    if not line.strip():
        return 0
    return max(1, len(_SENTENCE_END_RE.findall(line)))


def c4_lines(text: str) -> str:
    """Keep the lines the C4 corpus rules keep; return ``""`` when the page is dropped.

    Per line (stripped, citation markers like ``[1]`` removed): drop lines with a word over
    1000 characters, lines not ending in ``. ? !`` or a closing quote, or ending in
    ``...``, lines of fewer
    than 5 words, lines mentioning "javascript", and lines with a cookie or policy notice.
    The page is dropped if a line that got that far holds "lorem ipsum" or a ``{``, or if
    the kept lines hold fewer than 3 sentences.

    >>> page = "Menu\\nThe first line is long enough here.\\nShort one.\\n"
    >>> c4_lines(page + "We use cookies on this site, okay.\\nA third one is right here! Yes.")
    'The first line is long enough here.\\nA third one is right here! Yes.'
    >>> c4_lines("Only one sentence is in this page.")
    ''
    """
    kept: list[str] = []
    sentences = 0
    for raw in text.splitlines():
        line = raw.strip()
        if any(len(word) > _C4_MAX_WORD_LENGTH for word in line.split()):
            continue
        line = _C4_CITATION_RE.sub("", line)
        if not line.endswith(_C4_END_MARKS) or line.endswith(_C4_ELLIPSIS):
            continue
        if len(line.split()) < _C4_MIN_WORDS:
            continue
        lower = line.lower()
        if "lorem ipsum" in lower:
            return ""
        if "javascript" in lower:
            continue
        if "{" in line:
            return ""
        if any(notice in lower for notice in _C4_POLICY):
            continue
        sentences += count_sentences(line)
        kept.append(line)
    if sentences < _C4_MIN_SENTENCES:
        return ""
    return "\n".join(kept)


# --------------------------------------------------------------------------- peers


def wrap_lines_as_html(text: str) -> str:
    """Wrap each non-blank line of ``text`` as an HTML-escaped ``<p>`` in a minimal page.

    >>> print(wrap_lines_as_html("A & B\\n\\n<b>c</b>"))
    <!DOCTYPE html>
    <html><head><meta charset="utf-8"><title></title></head><body>
    <p>A &amp; B</p>
    <p>&lt;b&gt;c&lt;/b&gt;</p>
    </body></html>
    """
    body = "\n".join(
        f"<p>{html.escape(line.strip())}</p>" for line in text.splitlines() if line.strip()
    )
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title></title></head><body>\n'
        f"{body}\n</body></html>"
    )


def _trafilatura_extractor(wrap: bool) -> Extractor:
    """Return a trafilatura extractor (on wrapped text lines when ``wrap``)."""
    trafilatura = _optional_import("trafilatura")
    for name in ("trafilatura", "htmldate", "courlan"):
        logging.getLogger(name).setLevel(logging.CRITICAL)

    def extract(document: str) -> str:
        if wrap:
            document = wrap_lines_as_html(document)
        return trafilatura.extract(document, include_comments=False) or ""

    return extract


_TAG_RE = re.compile(r"<script\b.*?</script>|<style\b.*?</style>|<[^>]*>", re.I | re.S)
_WORD_RE = re.compile(r"\w+")


def guess_stoplist(document: str, stoplists: dict[str, frozenset[str]]) -> str:
    """Name the stoplist with the most stopword hits in ``document`` (tags stripped).

    Ties go to English, then to the first name in alphabetical order.

    >>> lists = {"English": frozenset({"the", "and"}), "German": frozenset({"der", "und"})}
    >>> guess_stoplist("<p>Der Hund und der Ball</p>", lists)
    'German'
    >>> guess_stoplist("", lists)
    'English'
    """
    words = [w.lower() for w in _WORD_RE.findall(_TAG_RE.sub(" ", document))]
    best, best_hits = "English", -1
    for name in ["English", *sorted(n for n in stoplists if n != "English")]:
        stoplist = stoplists.get(name)
        if stoplist is None:
            continue
        hits = sum(1 for w in words if w in stoplist)
        if hits > best_hits:
            best, best_hits = name, hits
    return best


#: jusText thresholds of the reference table (as in trafilatura's evaluation of jusText).
JUSTEXT_REFERENCE_PARAMS: dict[str, Any] = {
    "length_low": 50,
    "length_high": 200,
    "stopwords_low": 0.1,
    "stopwords_high": 0.2,
    "max_link_density": 0.2,
    "max_heading_distance": 200,
    "no_headings": True,
}


def _justext_extractor(wrap: bool, language: str, params: str) -> Extractor:
    """Return a jusText extractor with the given stoplist (``auto``: guessed per page).

    ``params`` is ``reference`` (:data:`JUSTEXT_REFERENCE_PARAMS`) or ``library``
    (jusText's own defaults).
    """
    justext = _optional_import("justext")
    kwargs = JUSTEXT_REFERENCE_PARAMS if params == "reference" else {}
    if language == "auto":
        stoplists = {name: justext.get_stoplist(name) for name in justext.get_stoplists()}
    else:
        try:
            stoplists = {language: justext.get_stoplist(language)}
        except ValueError as exc:
            raise Unavailable(f"no jusText stoplist {language!r}") from exc

    def extract(document: str) -> str:
        if wrap:
            document = wrap_lines_as_html(document)
        name = guess_stoplist(document, stoplists) if language == "auto" else language
        paragraphs = justext.justext(document, stoplists[name], **kwargs)
        return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)

    return extract


# --------------------------------------------------------------------------- systems


@dataclass(frozen=True)
class System:
    """A named extractor and the input it reads (``text`` or ``html``)."""

    name: str
    input: str
    make: Callable[[argparse.Namespace], Extractor]


SYSTEMS: tuple[System, ...] = (
    System("newsclean", TEXT, lambda _args: _newsclean_extractor()),
    System("html-text", TEXT, lambda _args: lambda text: text),
    System("c4-lines", TEXT, lambda _args: c4_lines),
    System(
        "justext(text)",
        TEXT,
        lambda args: _justext_extractor(True, args.justext_language, args.justext_params),
    ),
    System("trafilatura(text)", TEXT, lambda _args: _trafilatura_extractor(True)),
    System(
        "justext(html)",
        HTML,
        lambda args: _justext_extractor(False, args.justext_language, args.justext_params),
    ),
    System("trafilatura(html)", HTML, lambda _args: _trafilatura_extractor(False)),
)


def normalize_name(name: str) -> str:
    """Canonical key of a system name: ``justext(text)`` and ``Justext-Text`` are the same.

    >>> normalize_name(" Trafilatura(HTML) ")
    'trafilatura-html'
    """
    return name.strip().lower().replace("(", "-").replace(")", "")


_BY_KEY = {normalize_name(s.name): s for s in SYSTEMS}


# --------------------------------------------------------------------------- data

#: The two layouts a data set may have (see the module docstring).
SCRAPINGHUB = "scrapinghub"
JSONL = "jsonl"

#: The pages of a set in the JSON Lines layout, and its peers' per-page scores.
JSONL_PAGES = "pages.jsonl.gz"
PEERS_FILE = "peers.json"

#: The ``source`` of a table row: the system ran here, or its scores come from peers.json.
RUN = "run"
PEERS = "peers.json"

#: A page counts as badly missed when its recall is below this.
LOW_RECALL = 0.5


@dataclass(frozen=True)
class Page:
    """One benchmark page: its text comes from ``text`` or, if that is ``None``, a file."""

    id: str
    url: str
    gold: str
    text_path: Path | None = None
    html_path: Path | None = None
    text: str | None = None
    lang: str = ""

    def read(self, kind: str) -> str | None:
        """Return the page's input of the given kind, or ``None`` if the page has none."""
        if kind == TEXT:
            if self.text is not None:
                return self.text
            return None if self.text_path is None else self.text_path.read_text(encoding="utf-8")
        if self.html_path is None or not self.html_path.exists():
            return None
        with gzip.open(self.html_path, "rb") as handle:
            return handle.read().decode("utf-8", errors="replace")


def data_layout(path: Path) -> str | None:
    """The layout of the data set at ``path`` (:data:`JSONL` or :data:`SCRAPINGHUB`), if any."""
    if (path / JSONL_PAGES).is_file():
        return JSONL
    if (path / "ground-truth.json").is_file() and (path / "text").is_dir():
        return SCRAPINGHUB
    return None


def load_scrapinghub_pages(data_dir: Path, limit: int | None) -> tuple[list[Page], list[str]]:
    """Load a Scrapinghub-layout set in sorted id order; also return ids without a text file."""
    ground_truth = json.loads((data_dir / "ground-truth.json").read_text(encoding="utf-8"))
    pages: list[Page] = []
    missing: list[str] = []
    for page_id in sorted(ground_truth):
        entry = ground_truth[page_id]
        text_path = data_dir / "text" / f"{page_id}.txt"
        if not text_path.exists():
            missing.append(page_id)
            continue
        pages.append(
            Page(
                id=page_id,
                url=entry.get("url", ""),
                gold=entry.get("articleBody", ""),
                text_path=text_path,
                html_path=data_dir / "html" / f"{page_id}.html.gz",
            )
        )
        if limit is not None and len(pages) >= limit:
            break
    return pages, missing


def load_jsonl_pages(data_dir: Path, limit: int | None) -> tuple[list[Page], list[str]]:
    """Load a JSON Lines set (``pages.jsonl.gz``) in sorted id order.

    Each line is an object with ``id``, ``text`` (the scraped page), ``gold`` and optionally
    ``lang`` and ``url``. The layout has no HTML. Also return the ids whose ``text`` is not
    a string; a repeated id raises :class:`ValueError`.
    """
    entries: dict[str, dict[str, Any]] = {}
    with gzip.open(data_dir / JSONL_PAGES, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            entry = json.loads(line)
            page_id = str(entry["id"])
            if page_id in entries:
                raise ValueError(f"{data_dir / JSONL_PAGES}:{number}: repeated id {page_id!r}")
            entries[page_id] = entry
    pages: list[Page] = []
    missing: list[str] = []
    for page_id in sorted(entries):
        entry = entries[page_id]
        if not isinstance(entry.get("text"), str):
            missing.append(page_id)
            continue
        pages.append(
            Page(
                id=page_id,
                url=entry.get("url") or "",
                gold=entry.get("gold") or "",
                text=entry["text"],
                lang=entry.get("lang") or "",
            )
        )
        if limit is not None and len(pages) >= limit:
            break
    return pages, missing


def load_pages(data_dir: Path, limit: int | None) -> tuple[list[Page], list[str]]:
    """Load the pages of a set of either layout in sorted id order (the first ``limit``).

    Also return the ids that have no text (no ``text/<id>.txt``, or no ``text`` string).
    """
    if data_layout(data_dir) == JSONL:
        return load_jsonl_pages(data_dir, limit)
    return load_scrapinghub_pages(data_dir, limit)


@dataclass(frozen=True)
class DataSet:
    """A data set folder and its layout."""

    name: str
    path: Path
    layout: str

    @property
    def peers_path(self) -> Path:
        """Where the set's peer scores would be."""
        return self.path / PEERS_FILE


def set_key(name: str) -> str:
    """The name ``--sets`` matches: lower case, without a ``-dev`` suffix.

    >>> set_key("L3S-GN1-dev")
    'l3s-gn1'
    """
    return name.strip().lower().removesuffix("-dev")


def order_sets(sets: Sequence[DataSet], readme: str = "") -> list[DataSet]:
    """Sort sets: JSON Lines layout first, then the Scrapinghub layout (the in-sample set).

    Within a layout, in the order the folder names first appear in ``readme`` (the folder's
    README), then the sets it does not name, by name.

    >>> sets = [DataSet(n, Path(n), l) for n, l in [("b", JSONL), ("s", SCRAPINGHUB),
    ...     ("a", JSONL), ("c", JSONL)]]
    >>> [s.name for s in order_sets(sets, "| `c/` | ... | `s/` | ... | `b/` |")]
    ['c', 'b', 'a', 's']
    """

    def position(name: str) -> int:
        match = re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", readme)
        return match.start() if match else len(readme) + 1

    return sorted(sets, key=lambda s: (s.layout == SCRAPINGHUB, position(s.name), s.name))


def find_sets(data_dir: Path) -> tuple[list[DataSet], bool]:
    """The sets in ``data_dir`` and whether it is a folder of sets (rather than one set).

    A set is a folder in either layout; a folder of sets is scanned one level deep and its
    sets are ordered by :func:`order_sets` with its ``README.md``.
    """
    layout = data_layout(data_dir)
    if layout is not None:
        return [DataSet(data_dir.resolve().name, data_dir, layout)], False
    if not data_dir.is_dir():
        return [], False
    found = [
        DataSet(child.name, child, child_layout)
        for child in data_dir.iterdir()
        if child.is_dir() and (child_layout := data_layout(child)) is not None
    ]
    readme_path = data_dir / "README.md"
    readme = readme_path.read_text(encoding="utf-8") if readme_path.is_file() else ""
    return order_sets(found, readme), True


def select_sets(sets: Sequence[DataSet], keys: Sequence[str]) -> list[DataSet]:
    """The sets of ``sets`` whose :func:`set_key` is one of ``keys`` (all of them when
    ``keys`` is empty); a key no set has is a ``ValueError`` that names the sets found.

    >>> found = [DataSet("a-dev", Path("a"), JSONL), DataSet("b-dev", Path("b"), JSONL)]
    >>> [s.name for s in select_sets(found, ["B"])], len(select_sets(found, []))
    (['b-dev'], 2)
    >>> select_sets(found, ["c"])
    Traceback (most recent call last):
    ...
    ValueError: unknown set(s) c; found: a-dev, b-dev
    """
    if not keys:
        return list(sets)
    wanted = [set_key(key) for key in keys]
    known = {set_key(s.name) for s in sets}
    unknown = [key for key in wanted if key not in known]
    if unknown:
        names = ", ".join(s.name for s in sets)
        raise ValueError(f"unknown set(s) {', '.join(unknown)}; found: {names}")
    return [s for s in sets if set_key(s.name) in wanted]


def set_parser(doc: str, data_help: str, json_help: str) -> argparse.ArgumentParser:
    """The parser the scripts that score every set start from: ``DATA_DIR``, ``--sets``,
    ``--jobs`` and ``--json`` (``doc``: the script's docstring, whose first paragraph
    describes it)."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("data_dir", type=Path, help=data_help)
    parser.add_argument("--sets", type=parse_sets, metavar="A,B,...",
                        help="comma-separated set names (as for extraction.py)")
    parser.add_argument("--jobs", type=positive_int, default=2, help="worker processes")
    parser.add_argument("--json", type=Path, help=json_help)
    return parser


def selected_sets(data_dir: Path, keys: Sequence[str]) -> list[DataSet]:
    """The sets of ``data_dir`` (one set, or a folder of them) that ``keys`` name, all of
    them when ``keys`` is empty; ``ValueError`` when it holds none, or a key names no set
    (see :func:`select_sets`).

    >>> selected_sets(Path("/no/such/folder"), [])
    Traceback (most recent call last):
    ...
    ValueError: no data set in /no/such/folder
    """
    sets, _ = find_sets(data_dir)
    if not sets:
        raise ValueError(f"no data set in {data_dir}")
    return select_sets(sets, keys)


def parsed_sets(args: argparse.Namespace, prog: str) -> list[DataSet] | None:
    """The sets that the ``DATA_DIR`` and ``--sets`` of a :func:`set_parser` name; ``None``,
    with ``prog: why`` on stderr, when they name none (see :func:`selected_sets`)."""
    try:
        return selected_sets(args.data_dir, args.sets or [])
    except ValueError as exc:
        print(f"{prog}: {exc}", file=sys.stderr)
        return None


def page_jobs(sets: Sequence[DataSet]) -> list[tuple[int, str, str]]:
    """Every page of ``sets`` as (the set's index, the page's text, its gold), in order:
    the work a pool of processes shares."""
    return [(index, page.read("text") or "", page.gold)
            for index, data_set in enumerate(sets) for page in load_pages(data_set.path, None)[0]]


# --------------------------------------------------------------------------- peers.json

PeerPages = dict[str, tuple[float | None, float | None]]


def _peer_pair(value: Any) -> tuple[float | None, float | None]:
    """One page's ``[precision, recall]`` (or ``{"precision": .., "recall": ..}``)."""
    if isinstance(value, dict):
        value = [value.get("precision"), value.get("recall")]
    if not isinstance(value, (list, tuple)) or len(value) != 2:
        raise ValueError(f"expected [precision, recall], got {value!r}")
    precision, recall = value
    for number in (precision, recall):
        if number is not None and not isinstance(number, (int, float)):
            raise ValueError(f"expected numbers or null, got {value!r}")
    return (
        None if precision is None else float(precision),
        None if recall is None else float(recall),
    )


def load_peers(path: Path) -> dict[str, PeerPages]:
    """Read a ``peers.json``: ``{"pages": {system: {page_id: [precision, recall]}}}``.

    ``null`` marks a missing value: precision of an empty output, recall of an empty gold.
    A file without the ``pages`` wrapper (``{system: {page_id: [p, r]}}``) is read too.
    Raises :class:`ValueError` on anything else.
    """
    data = json.loads(path.read_text(encoding="utf-8"))
    systems = data.get("pages", data) if isinstance(data, dict) else None
    if not isinstance(systems, dict):
        raise ValueError(f"{path}: expected an object of systems")
    peers: dict[str, PeerPages] = {}
    for name, pages in systems.items():
        if not isinstance(pages, dict):
            raise ValueError(f"{path}: system {name!r}: expected an object of pages")
        try:
            peers[name] = {str(page_id): _peer_pair(v) for page_id, v in pages.items()}
        except ValueError as exc:
            raise ValueError(f"{path}: system {name!r}: {exc}") from exc
    return peers


def aggregate_pairs(pairs: Iterable[tuple[float | None, float | None]]) -> Any:
    """Aggregate per-page ``(precision, recall)`` pairs with :func:`scoring.aggregate`.

    Precision is averaged over the pages where it is not ``None`` (non-empty output), recall
    over those where it is not ``None`` (non-empty gold), F1 is the harmonic mean of the two
    averages. The shingle counts are not known, so accuracy (0.0 here) means nothing.

    >>> s = aggregate_pairs([(1.0, 1.0), (None, 0.0), (0.5, None)])
    >>> round(s.f1, 3), s.precision, s.recall, s.pages
    (0.6, 0.75, 0.5, 3)
    """
    return scoring.aggregate(
        scoring.PageScore(
            tp=0, n_output=0, n_gold=0, precision=precision, recall=recall, exact=False
        )
        for precision, recall in pairs
    )


def low_recall(recalls: Iterable[float | None]) -> tuple[int, float | None]:
    """Pages with recall below :data:`LOW_RECALL`, and their share of the pages with gold.

    >>> low_recall([0.2, 0.9, None, 0.5])
    (1, 0.3333333333333333)
    >>> low_recall([None])
    (0, None)
    """
    known = [recall for recall in recalls if recall is not None]
    count = sum(1 for recall in known if recall < LOW_RECALL)
    return count, (count / len(known) if known else None)


def peer_input(name: str) -> str:
    """The input a peer reads: as the system of that name here, else ``html`` for ``(html)``.

    >>> peer_input("trafilatura(html)"), peer_input("html-text"), peer_input("X (HTML)")
    ('html', 'text', 'html')
    """
    system = _BY_KEY.get(normalize_name(name))
    if system is not None:
        return system.input
    return HTML if normalize_name(name).replace(" ", "").endswith("-html") else TEXT


def peer_row(name: str, pairs: Sequence[tuple[float | None, float | None]]) -> dict[str, Any]:
    """A table row for a peer scored in ``peers.json`` (not run here)."""
    corpus = aggregate_pairs(pairs)
    count, share = low_recall(recall for _, recall in pairs)
    return {
        "system": name,
        "input": peer_input(name),
        "source": PEERS,
        "pages": len(pairs),
        "f1": corpus.f1,
        "precision": corpus.precision,
        "recall": corpus.recall,
        "accuracy": None,
        "low_recall": count,
        "low_recall_share": share,
        "pages_per_s": None,
        "seconds": None,
        "failures": None,
        "pages_without_input": None,
    }


# --------------------------------------------------------------------------- running


@dataclass
class Result:
    """Scores of one system over the pages it could read."""

    system: System
    page_scores: dict[str, Any] = field(default_factory=dict)  # id -> scoring.PageScore
    outputs: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0
    failures: list[str] = field(default_factory=list)
    no_input: int = 0

    @property
    def corpus(self) -> Any:
        """The :class:`CorpusScore` over the scored pages."""
        return scoring.aggregate(self.page_scores.values())

    @property
    def pages_per_second(self) -> float | None:
        """Throughput of the timed extraction calls."""
        return len(self.page_scores) / self.seconds if self.seconds > 0 else None

    def row(self) -> dict[str, Any]:
        """The result as a JSON-able table row."""
        corpus = self.corpus
        count, share = low_recall(score.recall for score in self.page_scores.values())
        return {
            "system": self.system.name,
            "input": self.system.input,
            "source": RUN,
            "pages": corpus.pages,
            "f1": corpus.f1,
            "precision": corpus.precision,
            "recall": corpus.recall,
            "accuracy": corpus.accuracy,
            "low_recall": count,
            "low_recall_share": share,
            "pages_per_s": self.pages_per_second,
            "seconds": self.seconds,
            "failures": len(self.failures),
            "pages_without_input": self.no_input,
        }


Timed = tuple[str, float, str | None]  # output, seconds, error


def timed_call(extract: Extractor, document: str) -> Timed:
    """Run ``extract`` on ``document``, timing only the call; an exception gives ``""``."""
    start = time.perf_counter()
    try:
        output, error = extract(document), None
    except Exception as exc:
        output, error = "", f"{type(exc).__name__}: {exc}"
    return output, time.perf_counter() - start, error


_worker_extract: Extractor | None = None


def _init_worker(key: str, args: argparse.Namespace) -> None:
    """Build the extractor of system ``key`` in a worker process."""
    global _worker_extract
    _worker_extract = _BY_KEY[key].make(args)


def _worker_call(document: str) -> Timed:
    """:func:`timed_call` with the worker's extractor."""
    assert _worker_extract is not None
    return timed_call(_worker_extract, document)


def run_system(
    system: System, extract: Extractor, pages: Sequence[Page], pool: Pool | None = None
) -> Result:
    """Run ``extract`` over ``pages``, timing only the extraction calls.

    With a ``pool`` (whose workers hold the same system's extractor) the pages are
    extracted there, in order, and ``seconds`` is the sum of the calls' times. A page whose
    extraction raises counts as an empty output and is listed in ``failures``; a page
    without input (no HTML file) is left out.
    """
    result = Result(system)
    inputs: list[tuple[Page, str]] = []
    for page in pages:
        document = page.read(system.input)
        if document is None:
            result.no_input += 1
        else:
            inputs.append((page, document))
    documents = [document for _, document in inputs]
    if pool is None:
        timed: Iterable[Timed] = (timed_call(extract, document) for document in documents)
    else:
        timed = pool.imap(_worker_call, documents, chunksize=4)
    for (page, _), (output, seconds, error) in zip(inputs, timed, strict=True):
        result.seconds += seconds
        if error is not None:
            result.failures.append(f"{page.id}: {error}")
        result.outputs[page.id] = output
        result.page_scores[page.id] = scoring.page_score(output, page.gold)
    return result


def worst_pages(result: Result, pages: Sequence[Page], count: int) -> list[dict[str, Any]]:
    """The ``count`` pages with the lowest per-page F1 (ties: lower recall first)."""
    by_id = {page.id: page for page in pages}
    ranked = sorted(
        result.page_scores.items(),
        key=lambda item: (item[1].f1, item[1].recall or 0.0, item[0]),
    )
    return [
        {
            "id": page_id,
            "url": by_id[page_id].url,
            "lang": by_id[page_id].lang,
            "f1": score.f1,
            "precision": score.precision,
            "recall": score.recall,
            "n_output": score.n_output,
            "n_gold": score.n_gold,
            "exact": score.exact,
        }
        for page_id, score in ranked[:count]
    ]


@dataclass
class SetReport:
    """Everything scored on one data set."""

    data_set: DataSet
    pages: list[Page]
    results: list[Result] = field(default_factory=list)
    peer_rows: list[dict[str, Any]] = field(default_factory=list)
    peer_pages: dict[str, PeerPages] = field(default_factory=dict)
    skipped: list[dict[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    worst: dict[str, Any] | None = None

    def rows(self) -> list[dict[str, Any]]:
        """The systems run here, then the peers read from ``peers.json``."""
        return [result.row() for result in self.results] + self.peer_rows

    def summary(self) -> dict[str, Any]:
        """newsclean's scores and the best text and HTML peer (by F1) on this set."""
        rows = self.rows()
        ours = next((row for row in rows if row["system"] == "newsclean"), None)
        summary: dict[str, Any] = {"set": self.data_set.name, "pages": len(self.pages)}
        summary["newsclean"] = (
            None
            if ours is None
            else {
                k: ours[k] for k in ("f1", "precision", "recall", "low_recall", "low_recall_share")
            }
        )
        for kind in (TEXT, HTML):
            peers = [r for r in rows if r["system"] != "newsclean" and r["input"] == kind]
            best = max(peers, key=lambda r: r["f1"], default=None)
            summary[f"best_{kind}_peer"] = (
                None if best is None else {k: best[k] for k in ("system", "source", "f1")}
            )
        return summary

    def to_json(self, per_page: bool) -> dict[str, Any]:
        """The report as JSON; per-page ``[precision, recall]`` only when ``per_page``."""
        report: dict[str, Any] = {
            "name": self.data_set.name,
            "path": str(self.data_set.path),
            "layout": self.data_set.layout,
            "pages": len(self.pages),
            "rows": self.rows(),
            "skipped": self.skipped,
            "notes": self.notes,
        }
        if self.worst is not None:
            report["worst"] = self.worst
        if per_page:
            scored = {
                r.system.name: {
                    page_id: [s.precision, s.recall] for page_id, s in r.page_scores.items()
                }
                for r in self.results
            }
            report["per_page"] = {
                "run": scored,
                "peers.json": {
                    name: {page_id: list(pair) for page_id, pair in pages.items()}
                    for name, pages in self.peer_pages.items()
                },
            }
        return report


# --------------------------------------------------------------------------- output


def _fmt(value: float | None, digits: int = 3) -> str:
    """Format a score, ``-`` for a missing one."""
    return "-" if value is None else f"{value:.{digits}f}"


def _fmt_rate(value: float | None) -> str:
    """Format a pages-per-second rate."""
    if value is None:
        return "-"
    return f"{value:,.0f}" if value >= 100 else f"{value:.1f}"


def _fmt_low(count: int | None, share: float | None) -> str:
    """Format the pages with low recall as ``count (percent)``.

    >>> _fmt_low(3, 0.0125), _fmt_low(0, None)
    ('3 (1.2%)', '0')
    """
    if count is None:
        return "-"
    return str(count) if share is None else f"{count} ({share:.1%})"


def format_table(rows: Sequence[dict[str, Any]]) -> str:
    """Render result rows as a Markdown table."""
    lines = [
        "| system | input | source | pages | F1 | precision | recall | accuracy "
        "| recall < .5 | pages/s |",
        "|---|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        cells = [
            row["system"],
            row["input"],
            row.get("source", RUN),
            str(row["pages"]),
            _fmt(row["f1"]),
            _fmt(row["precision"]),
            _fmt(row["recall"]),
            _fmt(row["accuracy"]),
            _fmt_low(row.get("low_recall"), row.get("low_recall_share")),
            _fmt_rate(row["pages_per_s"]),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _fmt_peer(peer: dict[str, Any] | None) -> str:
    """Format a summary's best peer as ``name F1``, starred when read from peers.json."""
    if peer is None:
        return "-"
    star = "*" if peer["source"] == PEERS else ""
    return f"{peer['system']}{star} {_fmt(peer['f1'])}"


def format_summary(summaries: Sequence[dict[str, Any]]) -> str:
    """Render one row per set: newsclean's scores and the best text and HTML peers."""
    lines = [
        "| set | pages | F1 | precision | recall | recall < .5 | best text peer | best HTML peer |",
        "|---|---:|---:|---:|---:|---:|---|---|",
    ]
    for summary in summaries:
        ours = summary["newsclean"] or {}
        cells = [
            summary["set"],
            str(summary["pages"]),
            _fmt(ours.get("f1")),
            _fmt(ours.get("precision")),
            _fmt(ours.get("recall")),
            _fmt_low(ours.get("low_recall"), ours.get("low_recall_share")),
            _fmt_peer(summary["best_text_peer"]),
            _fmt_peer(summary["best_html_peer"]),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def format_worst(system: str, worst: Sequence[dict[str, Any]]) -> str:
    """Render the worst pages of one system (with the url, or the language without one)."""
    lines = [
        f"Worst {len(worst)} pages for {system} (by per-page F1):",
        f"{'F1':>5} {'prec':>5} {'rec':>5} {'out':>6} {'gold':>6}  id  url",
    ]
    for item in worst:
        where = item["url"] or (f"[{item['lang']}]" if item.get("lang") else "")
        lines.append(
            f"{_fmt(item['f1']):>5} {_fmt(item['precision']):>5} {_fmt(item['recall']):>5} "
            f"{item['n_output']:>6} {item['n_gold']:>6}  {item['id']}  {where}".rstrip()
        )
    return "\n".join(lines)


def _versions() -> dict[str, str]:
    """Versions of Python and the packages that produced the numbers."""
    from importlib import metadata

    versions = {"python": platform.python_version()}
    for dist in ("newsclean", "trafilatura", "jusText", "lxml"):
        try:
            versions[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            versions[dist] = "not installed"
    return versions


# --------------------------------------------------------------------------- CLI


def _parse_systems(value: str) -> list[str]:
    """Parse ``--systems`` into normalized keys, rejecting unknown names."""
    keys = [normalize_name(part) for part in value.split(",") if part.strip()]
    unknown = [key for key in keys if key not in _BY_KEY]
    if unknown or not keys:
        known = ", ".join(s.name for s in SYSTEMS)
        raise argparse.ArgumentTypeError(f"unknown system(s) {unknown or value!r}; known: {known}")
    return keys


def positive_int(value: str) -> int:
    """Parse a positive integer argument."""
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a positive integer, got {value!r}")
    return number


def _system_key(value: str) -> str:
    """Parse a single system name."""
    keys = _parse_systems(value)
    if len(keys) != 1:
        raise argparse.ArgumentTypeError(f"expected one system, got {value!r}")
    return keys[0]


def parse_sets(value: str) -> list[str]:
    """Parse ``--sets`` (``a,b,...``) into :func:`set_key` keys: the argument type of
    every benchmark's ``--sets``."""
    keys = [set_key(part) for part in value.split(",") if part.strip()]
    if not keys:
        raise argparse.ArgumentTypeError(f"expected set names, got {value!r}")
    return keys


def build_parser() -> argparse.ArgumentParser:
    """The command-line parser."""
    parser = argparse.ArgumentParser(
        prog="extraction.py",
        description="Score newsclean and peer extractors on the article-extraction benchmark.",
    )
    parser.add_argument(
        "data_dir",
        type=Path,
        metavar="DATA_DIR",
        help="one data set (either layout) or a folder of data sets",
    )
    parser.add_argument(
        "--json", type=Path, metavar="OUT", help="also write the tables and notes as JSON"
    )
    parser.add_argument(
        "--per-page",
        action="store_true",
        help="with --json: also every system's precision and recall per page",
    )
    parser.add_argument(
        "--sets",
        type=parse_sets,
        metavar="A,B,...",
        help="sets to score when DATA_DIR is a folder of sets (folder names, '-dev' optional)",
    )
    parser.add_argument(
        "--systems",
        type=_parse_systems,
        metavar="A,B,...",
        help="systems to run on every set (default: newsclean on sets with peers.json, all "
        "on the others): " + ", ".join(s.name for s in SYSTEMS),
    )
    parser.add_argument(
        "--limit", type=positive_int, metavar="N", help="first N pages of each set only"
    )
    parser.add_argument(
        "--jobs",
        type=positive_int,
        default=1,
        metavar="N",
        help="extract in N worker processes (default 1)",
    )
    parser.add_argument(
        "--errors",
        type=_system_key,
        metavar="SYSTEM",
        help="list the worst pages of SYSTEM with per-page precision and recall",
    )
    parser.add_argument(
        "--worst",
        type=positive_int,
        metavar="N",
        help=f"pages --errors lists (default {DEFAULT_WORST}; alone: --errors newsclean)",
    )
    parser.add_argument(
        "--dump",
        type=Path,
        metavar="DIR",
        help="write each output to DIR/<system>/<id>.txt (a folder of sets: DIR/<set>/...)",
    )
    parser.add_argument(
        "--justext-language",
        default="English",
        metavar="NAME",
        help="jusText stoplist name, or 'auto' to guess one per page (default English)",
    )
    parser.add_argument(
        "--justext-params",
        choices=("reference", "library"),
        default="reference",
        help="jusText thresholds: those of the reference table (default) or jusText's own",
    )
    return parser


@dataclass
class Runner:
    """The systems' extractors and worker pools, made once and shared by all sets."""

    args: argparse.Namespace
    extractors: dict[str, Extractor | Unavailable] = field(default_factory=dict)
    pools: dict[str, Pool] = field(default_factory=dict)

    def extractor(self, key: str) -> Extractor:
        """The extractor of system ``key``; raises :class:`Unavailable`."""
        if key not in self.extractors:
            try:
                self.extractors[key] = _BY_KEY[key].make(self.args)
            except Unavailable as exc:
                self.extractors[key] = exc
        made = self.extractors[key]
        if isinstance(made, Unavailable):
            raise made
        return made

    def pool(self, key: str) -> Pool | None:
        """Worker processes for system ``key`` when ``--jobs`` is above 1."""
        if self.args.jobs < 2:
            return None
        if key not in self.pools:
            self.pools[key] = multiprocessing.Pool(
                self.args.jobs, initializer=_init_worker, initargs=(key, self.args)
            )
        return self.pools[key]

    def close(self) -> None:
        """Stop the worker processes."""
        for pool in self.pools.values():
            pool.close()
            pool.join()
        self.pools.clear()


def score_set(
    data_set: DataSet,
    pages: list[Page],
    keys: Sequence[str],
    runner: Runner,
    errors_key: str | None,
    dump_dir: Path | None,
) -> SetReport:
    """Run the systems ``keys`` on one set's pages and read its peers; print progress."""
    report = SetReport(data_set, pages)
    for key in keys:
        system = _BY_KEY[key]
        if system.input == HTML and data_set.layout == JSONL:
            report.skipped.append({"system": system.name, "reason": "no HTML in this layout"})
            report.notes.append(f"skipped {system.name}: no HTML in this layout")
            continue
        try:
            extract = runner.extractor(key)
        except Unavailable as exc:
            report.skipped.append({"system": system.name, "reason": str(exc)})
            report.notes.append(f"skipped {system.name}: {exc}")
            continue
        print(
            f"running {system.name} on {len(pages)} pages of {data_set.name} ...",
            file=sys.stderr,
            flush=True,
        )
        result = run_system(system, extract, pages, runner.pool(key))
        report.results.append(result)
        if result.failures:
            report.notes.append(
                f"{system.name}: {len(result.failures)} pages raised (scored as empty output); "
                f"first: {result.failures[0]}"
            )
        if result.no_input:
            report.notes.append(
                f"{system.name}: {result.no_input} pages have no {system.input} input"
            )
        if dump_dir is not None:
            out_dir = dump_dir / normalize_name(system.name)
            out_dir.mkdir(parents=True, exist_ok=True)
            for page_id, output in result.outputs.items():
                (out_dir / f"{page_id}.txt").write_text(output, encoding="utf-8")

    if data_set.peers_path.is_file():
        ids = [page.id for page in pages]
        for name, scores in load_peers(data_set.peers_path).items():
            pages_here = {page_id: scores[page_id] for page_id in ids if page_id in scores}
            if len(pages_here) < len(ids):
                report.notes.append(
                    f"{name} (peers.json): {len(ids) - len(pages_here)} pages not scored"
                )
            report.peer_pages[name] = pages_here
            report.peer_rows.append(peer_row(name, list(pages_here.values())))

    if errors_key is not None:
        match = [r for r in report.results if normalize_name(r.system.name) == errors_key]
        if match:
            report.worst = {
                "system": match[0].system.name,
                "pages": worst_pages(match[0], pages, runner.args.worst or DEFAULT_WORST),
            }
    return report


def print_report(report: SetReport) -> None:
    """Print one set's heading, table, notes and worst pages."""
    data_set = report.data_set
    peers = "; peers read from peers.json, not re-run" if report.peer_rows else ""
    print(f"### {data_set.name}: {len(report.pages)} pages ({data_set.layout} layout{peers})")
    print()
    print(format_table(report.rows()))
    for note in report.notes:
        print(f"note: {note}")
    if report.worst is not None:
        print()
        print(format_worst(report.worst["system"], report.worst["pages"]))
    print()


def _error(message: str) -> int:
    """Print a one-line usage error; return exit status 2."""
    print(f"extraction.py: error: {message}", file=sys.stderr)
    return 2


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; return the exit code (2 on usage errors)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 2

    data_dir: Path = args.data_dir
    sets, folder = find_sets(data_dir)
    if not sets:
        return _error(
            f"{data_dir} is not a benchmark data directory (expected ground-truth.json and "
            f"text/, or {JSONL_PAGES}) nor a folder of them"
        )
    try:
        sets = select_sets(sets, args.sets or [])
    except ValueError as exc:
        return _error(str(exc))

    errors_key: str | None = args.errors
    if errors_key is None and args.worst is not None:
        errors_key = "newsclean"

    reports: list[SetReport] = []
    runner = Runner(args)
    try:
        for data_set in sets:
            try:
                pages, missing = load_pages(data_set.path, args.limit)
            except (OSError, ValueError, KeyError) as exc:
                return _error(f"cannot read {data_set.path}: {type(exc).__name__}: {exc}")
            if missing:
                print(
                    f"note: {data_set.name}: {len(missing)} ids have no text; left out",
                    file=sys.stderr,
                )
            if not pages:
                print(f"extraction.py: error: no pages in {data_set.path}", file=sys.stderr)
                if not folder:
                    return 1
                continue
            if args.systems:
                keys = list(args.systems)
            elif data_set.peers_path.is_file():
                keys = ["newsclean"]
            else:
                keys = [normalize_name(s.name) for s in SYSTEMS]
            if errors_key is not None:
                keys.append(errors_key)
            keys = list(dict.fromkeys(keys))
            dump_dir = None
            if args.dump is not None:
                dump_dir = args.dump / data_set.name if folder else args.dump
            try:
                report = score_set(data_set, pages, keys, runner, errors_key, dump_dir)
            except (OSError, ValueError) as exc:
                return _error(f"cannot read {data_set.peers_path}: {exc}")
            print_report(report)
            reports.append(report)
    finally:
        runner.close()
    if not reports:
        return 1

    summaries = [report.summary() for report in reports]
    if folder:
        print("### Summary: newsclean, and the best peer reading text and reading HTML")
        print()
        print(format_summary(summaries))
        print("\n`*`: read from the set's peers.json, not re-run here.")

    if args.json is not None:
        json_report: dict[str, Any] = {
            "data_dir": str(data_dir),
            "command": [
                "python",
                "benchmarks/extraction.py",
                *(sys.argv[1:] if argv is None else argv),
            ],
            "versions": _versions(),
            "settings": {
                "trafilatura": "extract(document, include_comments=False), other defaults",
                "justext": {
                    "stoplist": args.justext_language,
                    "params": JUSTEXT_REFERENCE_PARAMS
                    if args.justext_params == "reference"
                    else "library defaults",
                },
                "c4_end_marks": "".join(_C4_END_MARKS),
                "low_recall_below": LOW_RECALL,
                "jobs": args.jobs,
            },
            "sets": [report.to_json(args.per_page) for report in reports],
            "summary": summaries,
        }
        if not folder:  # the single-set report's keys, as before
            single = json_report["sets"][0]
            for key in ("pages", "rows", "skipped", "notes", "worst"):
                if key in single:
                    json_report[key] = single[key]
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(json_report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
