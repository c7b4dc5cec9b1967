"""The scripts of ``benchmarks/`` loaded as modules for the tests (they are not part of the
package: they measure newsclean, they do not run in it)."""

from __future__ import annotations

import gzip
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def load(stem: str) -> ModuleType:
    """``benchmarks/<stem>.py`` as a module, loaded once (under the name the benchmarks use
    for it themselves, so that ``extraction.py`` and the tests share ``scoring``)."""
    name = f"newsclean_benchmark_{stem}"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{stem}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def write_jsonl_sets(root: Path, sets: dict[str, dict[str, tuple[str, str]]]) -> Path:
    """Data sets of the JSON Lines layout under ``root``: per set name, its pages as
    ``{id: (text, gold)}`` (English, no peers.json)."""
    for name, pages in sets.items():
        folder = root / name
        folder.mkdir(parents=True)
        with gzip.open(folder / "pages.jsonl.gz", "wt", encoding="utf-8") as handle:
            for page_id, (text, gold) in pages.items():
                record = {"id": page_id, "lang": "en", "text": text, "gold": gold}
                handle.write(json.dumps(record) + "\n")
    return root
