"""Score newsclean and peer extractors on the article-extraction benchmark.

Usage::

    python benchmarks/extraction.py DATA_DIR [--systems a,b,...] [--limit N]
        [--json OUT] [--errors SYSTEM [--worst N]] [--dump DIR]
        [--justext-language NAME|auto] [--justext-params reference|library]

``DATA_DIR`` holds ``ground-truth.json``, ``text/<id>.txt`` and ``html/<id>.html.gz``
(see the data set's README). Every system is scored on the same pages with
:mod:`newsclean.scoring`, and only the extraction call itself is timed.

Systems (``--systems`` takes a comma-separated list; ``justext-text`` may be written
for ``justext(text)`` and so on):

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
import platform
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
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
    """Return :mod:`newsclean.scoring`, loading the file directly if the package is broken.

    The scoring module only needs the standard library, so peers can be scored even while
    the rest of the package does not import.
    """
    try:
        return import_package_module("newsclean.scoring")
    except Exception:
        path = _SRC / "newsclean" / "scoring.py"
        spec = importlib.util.spec_from_file_location("_newsclean_scoring", path)
        if spec is None or spec.loader is None:
            raise
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
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


@dataclass(frozen=True)
class Page:
    """One benchmark page."""

    id: str
    url: str
    gold: str
    text_path: Path
    html_path: Path

    def read(self, kind: str) -> str | None:
        """Return the page's input of the given kind, or ``None`` if its file is missing."""
        if kind == TEXT:
            return self.text_path.read_text(encoding="utf-8")
        if not self.html_path.exists():
            return None
        with gzip.open(self.html_path, "rb") as handle:
            return handle.read().decode("utf-8", errors="replace")


def load_pages(data_dir: Path, limit: int | None) -> tuple[list[Page], list[str]]:
    """Load the pages in sorted id order; also return ids that have no text file."""
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
        return {
            "system": self.system.name,
            "input": self.system.input,
            "pages": corpus.pages,
            "f1": corpus.f1,
            "precision": corpus.precision,
            "recall": corpus.recall,
            "accuracy": corpus.accuracy,
            "pages_per_s": self.pages_per_second,
            "seconds": self.seconds,
            "failures": len(self.failures),
            "pages_without_input": self.no_input,
        }


def run_system(system: System, extract: Extractor, pages: Sequence[Page]) -> Result:
    """Run ``extract`` over ``pages``, timing only the extraction calls.

    A page whose extraction raises counts as an empty output and is listed in
    ``failures``; a page without input (no HTML file) is left out.
    """
    result = Result(system)
    for page in pages:
        document = page.read(system.input)
        if document is None:
            result.no_input += 1
            continue
        start = time.perf_counter()
        try:
            output = extract(document)
        except Exception as exc:
            output = ""
            result.failures.append(f"{page.id}: {type(exc).__name__}: {exc}")
        result.seconds += time.perf_counter() - start
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
            "f1": score.f1,
            "precision": score.precision,
            "recall": score.recall,
            "n_output": score.n_output,
            "n_gold": score.n_gold,
            "exact": score.exact,
        }
        for page_id, score in ranked[:count]
    ]


# --------------------------------------------------------------------------- output


def _fmt(value: float | None, digits: int = 3) -> str:
    """Format a score, ``-`` for a missing one."""
    return "-" if value is None else f"{value:.{digits}f}"


def _fmt_rate(value: float | None) -> str:
    """Format a pages-per-second rate."""
    if value is None:
        return "-"
    return f"{value:,.0f}" if value >= 100 else f"{value:.1f}"


def format_table(rows: Sequence[dict[str, Any]]) -> str:
    """Render result rows as a Markdown table."""
    lines = [
        "| system | input | pages | F1 | precision | recall | accuracy | pages/s |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        cells = [
            row["system"],
            row["input"],
            str(row["pages"]),
            _fmt(row["f1"]),
            _fmt(row["precision"]),
            _fmt(row["recall"]),
            _fmt(row["accuracy"]),
            _fmt_rate(row["pages_per_s"]),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def format_worst(system: str, worst: Sequence[dict[str, Any]]) -> str:
    """Render the worst pages of one system."""
    lines = [
        f"Worst {len(worst)} pages for {system} (by per-page F1):",
        f"{'F1':>5} {'prec':>5} {'rec':>5} {'out':>6} {'gold':>6}  id  url",
    ]
    for item in worst:
        lines.append(
            f"{_fmt(item['f1']):>5} {_fmt(item['precision']):>5} {_fmt(item['recall']):>5} "
            f"{item['n_output']:>6} {item['n_gold']:>6}  {item['id']}  {item['url']}"
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


def build_parser() -> argparse.ArgumentParser:
    """The command-line parser."""
    parser = argparse.ArgumentParser(
        prog="extraction.py",
        description="Score newsclean and peer extractors on the article-extraction benchmark.",
    )
    parser.add_argument("data_dir", type=Path, metavar="DATA_DIR")
    parser.add_argument("--json", type=Path, metavar="OUT", help="also write the table as JSON")
    parser.add_argument(
        "--systems",
        type=_parse_systems,
        metavar="A,B,...",
        help="systems to run (default: all): " + ", ".join(s.name for s in SYSTEMS),
    )
    parser.add_argument("--limit", type=positive_int, metavar="N", help="first N pages only")
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
        "--dump", type=Path, metavar="DIR", help="write each output to DIR/<system>/<id>.txt"
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


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; return the exit code (2 on usage errors)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 2

    data_dir: Path = args.data_dir
    if not (data_dir / "ground-truth.json").is_file() or not (data_dir / "text").is_dir():
        print(
            f"extraction.py: error: {data_dir} is not a benchmark data directory "
            "(expected ground-truth.json and text/)",
            file=sys.stderr,
        )
        return 2

    keys: list[str] = args.systems or [normalize_name(s.name) for s in SYSTEMS]
    errors_key: str | None = args.errors
    if errors_key is None and args.worst is not None:
        errors_key = "newsclean"
    if errors_key is not None and errors_key not in keys:
        keys.append(errors_key)
    keys = list(dict.fromkeys(keys))

    pages, missing = load_pages(data_dir, args.limit)
    if missing:
        print(f"note: {len(missing)} ground-truth ids have no text file; left out", file=sys.stderr)
    if not pages:
        print(f"extraction.py: error: no pages in {data_dir}", file=sys.stderr)
        return 1

    results: list[Result] = []
    notes: list[str] = []
    skipped: list[dict[str, str]] = []
    for key in keys:
        system = _BY_KEY[key]
        try:
            extract = system.make(args)
        except Unavailable as exc:
            skipped.append({"system": system.name, "reason": str(exc)})
            notes.append(f"skipped {system.name}: {exc}")
            continue
        print(f"running {system.name} on {len(pages)} pages ...", file=sys.stderr, flush=True)
        result = run_system(system, extract, pages)
        results.append(result)
        if result.failures:
            notes.append(
                f"{system.name}: {len(result.failures)} pages raised (scored as empty output); "
                f"first: {result.failures[0]}"
            )
        if result.no_input:
            notes.append(f"{system.name}: {result.no_input} pages have no {system.input} input")
        if args.dump is not None:
            out_dir = args.dump / normalize_name(system.name)
            out_dir.mkdir(parents=True, exist_ok=True)
            for page_id, output in result.outputs.items():
                (out_dir / f"{page_id}.txt").write_text(output, encoding="utf-8")

    rows = [result.row() for result in results]
    print(format_table(rows))
    for note in notes:
        print(f"note: {note}")

    worst: list[dict[str, Any]] = []
    if errors_key is not None:
        match = [r for r in results if normalize_name(r.system.name) == errors_key]
        if match:
            worst = worst_pages(match[0], pages, args.worst or DEFAULT_WORST)
            print()
            print(format_worst(match[0].system.name, worst))

    if args.json is not None:
        report = {
            "data_dir": str(data_dir),
            "command": [
                "python",
                "benchmarks/extraction.py",
                *(sys.argv[1:] if argv is None else argv),
            ],
            "pages": len(pages),
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
            },
            "rows": rows,
            "skipped": skipped,
            "notes": notes,
        }
        if errors_key is not None:
            report["worst"] = {"system": _BY_KEY[errors_key].name, "pages": worst}
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
