"""What compiling newsclean to C with mypyc would gain: the same code, interpreted and compiled.

Usage::

    python benchmarks/compiled.py DATA_DIR [--json OUT] [--rounds N] [--repeats N]
        [--workdir DIR] [--baseline SRC ...]

``DATA_DIR`` is the benchmark data folder (its ``text/*.txt`` pages are cleaned) or a folder
of ``.txt`` files. The package is copied twice into a work folder and one copy is compiled
with mypyc (the compiler that comes with mypy, in the test extra; it needs a C compiler and
the Python headers): every module but those off the timed path (the command line and its
HTML report, corpus mode and its workers, the Dask integration, the packages' ``__init__``),
the Unicode rules (mypyc refuses the lone surrogates in their string literals) and the lazy
patterns (a compiled class does not forward attributes through ``__getattr__``). Two things
mypyc does not carry over are rewritten in the compiled copy only, neither changing what is
computed:

* ``functools.cached_property`` (mypyc compiles it as a plain method, computed again at
  every access) becomes a property remembered in a dict on the object;
* the registry's check that every rule has a docstring is skipped (a compiled function
  keeps none).

Each copy runs in a child process of its own: one pass to warm up, then ``--rounds``
interleaved passes of ``newsclean.clean`` and ``ftfy.fix_text`` over the pages, best kept;
the children alternate ``--repeats`` times and the best of each is reported. Both copies
must give the same output, text and every block's label, code and reason, on every page.
``--baseline SRC`` times another version's ``src`` folder, interpreted, in the same turns
(the version a speed target was set on, say); its output need not be the same.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

_HERE = Path(__file__).resolve().parent
PACKAGE = _HERE.parent / "src" / "newsclean"

#: Modules left interpreted: not on the path of ``newsclean.clean`` (and the packages of the
#: command line and its HTML report, whole); the Unicode rules, whose string literals hold
#: lone surrogates, which mypyc refuses; and the lazy patterns, whose stand-in forwards
#: what it is asked for (``__getattr__``), which a compiled class does not.
NOT_COMPILED = frozenset({
    "__init__.py", "__main__.py", "corpus.py", "dask.py", "parallel.py", "unicode.py",
    "lazy_pattern.py",
})
NOT_COMPILED_PACKAGES = frozenset({"cli", "report_html"})
#: The modules whose dataclasses hold cached properties (see :func:`memoised_properties`).
REMEMBERING = ("context.py", "search.py")

# A cached property of a class: its indent, name and return type.
# Matches "    @cached_property\n    def region(self) -> Region:"; not "    @property\n ...".
CACHED_PROPERTY_RE = re.compile(r"( +)@cached_property\n +def (\w+)\(self\) -> (.+?):")
# The class line of a dataclass in context.py, where the remembered values are kept.
# Matches "@dataclass(eq=False)\nclass BlockContext:"; not "class _SearchPlan(NamedTuple):".
DATACLASS_RE = re.compile(r"(@dataclass\(eq=False\)\nclass \w+:\n)")
DOCSTRING_CHECK = '    if not (rule.func.__doc__ or "").strip():'

#: Run in each child, with the copy first on ``sys.path``: prints one line of JSON.
CHILD = r"""
import hashlib, json, sys, time
import ftfy, newsclean, newsclean.features
paths = sys.argv[2:]
docs = [open(p, encoding="utf-8").read() for p in paths]
size = sum(len(d.encode("utf-8")) for d in docs) / 1e6
digest = hashlib.sha256()
for doc in docs:
    result = newsclean.analyze(doc)
    digest.update(result.text.encode("utf-8", "surrogatepass"))
    digest.update(repr([(b.label, b.code, b.reason) for b in result.blocks]).encode())
best = {"newsclean": float("inf"), "ftfy.fix_text": float("inf")}
for turn in range(int(sys.argv[1])):
    order = [("newsclean", newsclean.clean), ("ftfy.fix_text", ftfy.fix_text)]
    for name, clean in order[turn % 2:] + order[:turn % 2]:
        start = time.perf_counter()
        for doc in docs:
            clean(doc)
        best[name] = min(best[name], time.perf_counter() - start)
print(json.dumps({
    "mb": size, "docs": len(docs), "seconds": best, "digest": digest.hexdigest(),
    "features_module": newsclean.features.__file__,
}))
"""


def memoised_properties(source: str) -> str:
    """``source`` with each cached property a property remembered in ``self._remembered``.

    >>> print(memoised_properties(
    ...     "@dataclass(eq=False)\\nclass C:\\n    @cached_property\\n    def x(self) -> int:\\n"
    ...     "        return 1\\n"))
    @dataclass(eq=False)
    class C:
        _remembered: dict[str, Any] = field(default_factory=dict, init=False)
        @property
        def x(self) -> int:
            if 'x' not in self._remembered:
                self._remembered['x'] = self._compute_x()
            return self._remembered['x']  # type: ignore[no-any-return]
    <BLANKLINE>
        def _compute_x(self) -> int:
            return 1
    <BLANKLINE>
    """

    def remembered(m: re.Match[str]) -> str:
        pad, name, kind = m.groups()
        return (
            f"{pad}@property\n{pad}def {name}(self) -> {kind}:\n"
            f"{pad}    if {name!r} not in self._remembered:\n"
            f"{pad}        self._remembered[{name!r}] = self._compute_{name}()\n"
            f"{pad}    return self._remembered[{name!r}]  # type: ignore[no-any-return]\n\n"
            f"{pad}def _compute_{name}(self) -> {kind}:"
        )

    source = CACHED_PROPERTY_RE.sub(remembered, source)
    return DATACLASS_RE.sub(
        r"\1    _remembered: dict[str, Any] = field(default_factory=dict, init=False)\n", source
    )


def with_any_imported(source: str) -> str:
    """``source`` importing ``typing.Any`` (which :func:`memoised_properties` writes).

    >>> print(with_any_imported("from __future__ import annotations\\n\\nimport re\\n"))
    from __future__ import annotations
    from typing import Any
    <BLANKLINE>
    import re
    <BLANKLINE>
    >>> with_any_imported("from typing import NamedTuple\\n")
    'from typing import Any, NamedTuple\\n'
    """
    if re.search(r"^from typing import (?:.*, )?Any\b", source, re.MULTILINE):
        return source
    if re.search(r"^from typing import ", source, re.MULTILINE):
        return re.sub(r"^from typing import ", "from typing import Any, ", source, count=1,
                      flags=re.MULTILINE)
    future = "from __future__ import annotations\n"
    if future not in source:
        return "from typing import Any\n" + source
    return source.replace(future, future + "from typing import Any\n", 1)


def prepare(workdir: Path) -> tuple[Path, Path, list[str]]:
    """The interpreted and the compiled copy's folders, and the modules compiled."""
    interpreted, compiled = workdir / "interpreted", workdir / "compiled"
    for root in (interpreted, compiled):
        shutil.copytree(PACKAGE, root / "newsclean", ignore=shutil.ignore_patterns(
            "__pycache__", "*.so", "*.c"))
    package = compiled / "newsclean"
    for name in REMEMBERING:
        module = package / name
        text = memoised_properties(module.read_text(encoding="utf-8"))
        module.write_text(with_any_imported(text), encoding="utf-8")
    registry = package / "registry.py"
    source = registry.read_text(encoding="utf-8")
    if DOCSTRING_CHECK not in source:
        raise SystemExit("error: registry.py no longer has the docstring check this script skips")
    registry.write_text(source.replace(DOCSTRING_CHECK, "    if False:", 1), encoding="utf-8")
    (compiled / "mypy.ini").write_text("[mypy]\nignore_missing_imports = True\n")
    modules = sorted(
        str(p.relative_to(compiled)) for p in package.rglob("*.py")
        if p.name not in NOT_COMPILED
        and NOT_COMPILED_PACKAGES.isdisjoint(p.relative_to(package).parts[:-1])
    )
    build = subprocess.run(
        [sys.executable, "-m", "mypyc", *modules], cwd=compiled, capture_output=True, text=True,
        check=False,
    )
    if build.returncode != 0:
        raise SystemExit(f"error: mypyc failed:\n{build.stdout[-3000:]}{build.stderr[-3000:]}")
    return interpreted, compiled, modules


def run_child(root: Path, rounds: int, pages: Sequence[Path]) -> dict[str, Any]:
    """One child's timings, with ``root`` (a copy of the package's parent) first on the path."""
    env = dict(os.environ, PYTHONPATH=str(root))
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(rounds), *map(str, pages)], env=env,
        capture_output=True, text=True, check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"error: the child for {root} failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def format_table(rows: dict[str, dict[str, Any]]) -> str:
    """The results as a Markdown table."""
    base = rows["interpreted"]["newsclean_mbs"]
    lines = [
        "| copy | newsclean MB/s | ftfy.fix_text MB/s | newsclean ÷ ftfy | × interpreted |",
        "|---|---:|---:|---:|---:|",
    ]
    for name, row in rows.items():
        lines.append(
            f"| {name} | {row['newsclean_mbs']:.2f} | {row['ftfy_mbs']:.2f} | "
            f"{row['newsclean_mbs'] / row['ftfy_mbs']:.2f} | {row['newsclean_mbs'] / base:.2f} |"
        )
    return "\n".join(lines)


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path, help="benchmark folder (text/*.txt) or .txt folder")
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--rounds", type=_positive, default=3, help="passes in each child")
    parser.add_argument("--repeats", type=_positive, default=2, help="children per copy")
    parser.add_argument("--workdir", type=Path, help="keep the copies here (default: a "
                        "temporary folder, removed at the end)")
    parser.add_argument("--baseline", type=Path, action="append", default=[], metavar="SRC",
                        help="also time this src folder, interpreted, in the same turns "
                        "(another version; its output may differ)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    folder = args.data / "text" if (args.data / "text").is_dir() else args.data
    pages = sorted(folder.glob("*.txt"))
    if not pages:
        print(f"error: no .txt files in {folder}", file=sys.stderr)
        return 2
    for src in args.baseline:
        if not (src / "newsclean" / "__init__.py").is_file():
            print(f"error: {src} holds no newsclean package (give a src folder)", file=sys.stderr)
            return 2
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="newsclean-compiled-"))
    try:
        interpreted, compiled, modules = prepare(workdir)
        print(f"compiled {len(modules)} modules with mypyc", file=sys.stderr)
        roots = [("interpreted", interpreted), ("compiled (mypyc)", compiled)]
        roots += [(f"baseline {src}", src.resolve()) for src in args.baseline]
        runs: dict[str, list[dict[str, Any]]] = {name: [] for name, _ in roots}
        for repeat in range(args.repeats):
            for name, root in roots:
                runs[name].append(run_child(root, args.rounds, pages))
                print(f"repeat {repeat + 1}/{args.repeats} {name}: "
                      f"{runs[name][-1]['seconds']['newsclean']:.3f} s", file=sys.stderr)
    finally:
        if args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)
    if not runs["compiled (mypyc)"][0]["features_module"].endswith(".so"):
        print("error: the compiled copy did not load its compiled modules", file=sys.stderr)
        return 1
    # (the two copies of this package; a baseline is another version)
    digests = {run["digest"] for name in ("interpreted", "compiled (mypyc)") for run in runs[name]}
    rows = {}
    for name, group in runs.items():
        mb = group[0]["mb"]
        rows[name] = {
            "newsclean_mbs": mb / min(r["seconds"]["newsclean"] for r in group),
            "ftfy_mbs": mb / min(r["seconds"]["ftfy.fix_text"] for r in group),
        }
    print(f"\n{len(pages)} pages, {runs['interpreted'][0]['mb']:.2f} MB; Python "
          f"{platform.python_version()}; {len(modules)} modules compiled\n")
    print(format_table(rows))
    print(f"\noutputs identical: {'yes' if len(digests) == 1 else 'NO'}")
    if args.json:
        args.json.write_text(json.dumps({"rows": rows, "modules": modules,
                                         "identical": len(digests) == 1}, indent=2) + "\n")
    return 0 if len(digests) == 1 else 1


if __name__ == "__main__":
    raise SystemExit(main())
