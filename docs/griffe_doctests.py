"""A griffe extension for the API pages: doctest examples render as Python code blocks.

Our docstrings show examples as bare ``>>>`` lines (they run as tests). Markdown would read
them as paragraphs, and brackets in their output as links; this wraps each run of example
lines in a ``pycon`` fence. Registered in ``mkdocs.yml`` under the python handler's
``extensions``.
"""

from __future__ import annotations

from typing import Any

import griffe


def fence_examples(text: str) -> str:
    """Wrap every run of doctest lines (a ``>>>`` line and what follows it) in a fence."""
    out: list[str] = []
    indent: str | None = None
    for line in text.splitlines():
        stripped = line.lstrip()
        if indent is None and stripped.startswith(">>>"):
            indent = line[: len(line) - len(stripped)]
            out.append(f"{indent}```pycon")
        elif indent is not None and not stripped:
            out.append(f"{indent}```")
            indent = None
        out.append(line)
    if indent is not None:
        out.append(f"{indent}```")
    return "\n".join(out)


class DoctestBlocks(griffe.Extension):
    """Fence the doctest examples of every docstring."""

    def on_instance(self, *, node: Any, obj: griffe.Object, agent: Any, **kwargs: Any) -> None:
        if obj.docstring is not None and ">>>" in obj.docstring.value:
            obj.docstring.value = fence_examples(obj.docstring.value)
