"""MkDocs hooks: pages generated at build time from the code, so they cannot drift.

- ``rules.md``: the rule catalogue, from the rules' own docstrings (the registry).
- ``before-after.md``: the seed document before and after ``newsclean clean``.
- ``cli-help.md``: every command's ``--help`` text, from the argument parser.
- ``benchmarks.md``: the result tables of ``benchmarks/README.md`` with an SVG bar chart.

Registered in ``mkdocs.yml`` under ``hooks:``.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

from mkdocs.structure.files import File, Files

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_68972bff8665e00a.txt"
BENCHMARKS = ROOT / "benchmarks" / "README.md"


def on_files(files: Files, config: Any) -> Files:
    """Add the generated pages to the site."""
    pages = {
        "rules.md": rules_page(),
        "before-after.md": before_after_page(),
        "cli-help.md": cli_help_page(),
        "benchmarks.md": benchmarks_page(),
    }
    for name, content in pages.items():
        files.append(File.generated(config, name, content=content))
    return files


# --- the rule catalogue --------------------------------------------------------------------

def _doc_to_markdown(doc: str) -> str:
    """A rule docstring as Markdown: doctest examples become Python code blocks."""
    out: list[str] = []
    in_example = False
    for line in doc.splitlines():
        is_example = line.startswith((">>>", "...")) or (in_example and line.strip())
        if is_example and not in_example:
            out.append("```pycon")
        elif not is_example and in_example:
            out.append("```")
        in_example = bool(is_example)
        out.append(line)
    if in_example:
        out.append("```")
    return "\n".join(out)


def rules_page() -> str:
    """Every rule: a table, then each rule's documentation."""
    from newsclean import all_rules

    rules = sorted(all_rules(), key=lambda r: r.code)
    lines = [
        "# Rule catalogue",
        "",
        "Generated from the rules' docstrings when the site is built (the same text "
        "`newsclean explain CODE` prints). **Safe** fixes cannot remove a word and are applied "
        "by `newsclean fix`; **unsafe** ones remove text and are applied by `fix` only with "
        "`--unsafe-fixes` (`clean` applies every rule). Structure rules (`S`) label the "
        "blocks that are kept and change no text.",
        "",
        "| code | name | group | fix | summary |",
        "|---|---|---|---|---|",
    ]
    for r in rules:
        summary = r.summary.replace("|", "\\|")
        lines.append(
            f"| [{r.code}](#{r.code.lower()}) | `{r.name}` | {r.group} | "
            f"{'safe' if r.safe else 'unsafe'} | {summary} |"
        )
    lines += ["", *rule_order_section(), ""]
    for r in rules:
        label = f", labels blocks `{r.label}`" if r.label else ""
        lines += [
            "",
            f"## {r.code}",
            "",
            f"`{r.name}` · group {r.group} · stage {r.stage} · "
            f"{'safe' if r.safe else 'unsafe'} fix{label}",
            "",
            _doc_to_markdown(r.doc),
        ]
    return "\n".join(lines) + "\n"


def rule_order_section() -> list[str]:
    """The order the rules run in, stage by stage (lower priority first, ties by code): the
    one list of it, made from the registry."""
    from newsclean import all_rules

    stages = {
        "normalize": "Normalize: Unicode and white space, on the whole text, in rounds until "
                     "nothing changes",
        "evidence": "Classify, evidence: what a block says on its own",
        "context": "Classify, context: what the blocks around it say",
        "structure": "Classify, structure: the article's own blocks",
        "repair": "Repair: punctuation and drop caps, inside kept blocks",
    }
    lines = ["## The order rules run in", "",
             "Within a stage the first rule to label a block decides; text rules each see the "
             "text the one before left.", ""]
    for stage, title in stages.items():
        in_stage = [r for r in all_rules() if r.stage == stage]
        lines += [f"**{title}.** " + ", ".join(
            f"[{r.code}](#{r.code.lower()}) ({r.priority})" for r in in_stage
        ), ""]
    return lines


# --- the seed, before and after ------------------------------------------------------------

def before_after_page() -> str:
    """The seed document, the clean text, and what was removed or repaired, with reasons."""
    import newsclean

    source = SEED.read_text(encoding="utf-8")
    doc = newsclean.analyze(source)
    fence = "````"
    lines = [
        "# Before and after: the seed document",
        "",
        "A real scraped article (`seeds/000_68972bff8665e00a.txt`), cleaned by this version of "
        "newsclean when the site was built. The scraper left heading fragments copied from the "
        "paragraph below, a section label, an embedded tweet and punctuation debris.",
        "",
        '=== "After"',
        "",
        f"    {fence}text",
        *(f"    {line}" for line in doc.text.splitlines()),
        f"    {fence}",
        "",
        '=== "Before"',
        "",
        f"    {fence}text",
        *(f"    {line}" for line in source.splitlines()),
        f"    {fence}",
        "",
        "## Removed blocks",
        "",
        "| line | code | kind | text | reason |",
        "|---:|---|---|---|---|",
    ]
    for block in doc.removed_blocks:
        line = source.count("\n", 0, block.start) + 1
        text = block.source if len(block.source) <= 60 else block.source[:57] + "…"
        lines.append(
            f"| {line} | {block.code} | {block.label} | {_cell(text)} | {_cell(block.reason)} |"
        )
    lines += ["", "## Repairs", "", "| line | code | before | after |", "|---:|---|---|---|"]
    for edit in doc.edits:
        line = source.count("\n", 0, edit.start) + 1
        lines.append(f"| {line} | {edit.code} | {_cell(repr(edit.old))} | "
                     f"{_cell(repr(edit.new))} |")
    lines += ["", "Run it yourself:", "", "```sh",
              "newsclean clean seeds/000_68972bff8665e00a.txt",
              "newsclean check seeds/000_68972bff8665e00a.txt", "```"]
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    return html.escape(text).replace("|", "&#124;").replace("\n", " ")


# --- the command line ----------------------------------------------------------------------

def cli_help_page() -> str:
    """``newsclean --help`` and each command's help, as the parser prints them."""
    from newsclean.cli import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    sections = [("newsclean", parser.format_help())]
    for name, command in sub.choices.items():  # type: ignore[attr-defined]
        sections.append((f"newsclean {name}", command.format_help()))
    lines = ["# Command help", "",
             "Every command's `--help`, generated from the argument parser when the site is "
             "built. The [CLI reference](cli.md) explains them."]
    for title, text in sections:
        lines += ["", f"## `{title}`", "", "```text", text.rstrip(), "```"]
    return "\n".join(lines) + "\n"


# --- benchmarks ----------------------------------------------------------------------------

_ROW_RE = re.compile(r"^\|(.+)\|\s*$")


def _tables(markdown: str) -> list[tuple[str, list[dict[str, str]]]]:
    """The Markdown tables with a ``system`` and an ``F1`` column, under their heading."""
    tables: list[tuple[str, list[dict[str, str]]]] = []
    heading = ""
    header: list[str] | None = None
    rows: list[dict[str, str]] = []
    for line in [*markdown.splitlines(), ""]:
        if line.startswith("#"):
            heading = line.lstrip("#").strip()
        m = _ROW_RE.match(line)
        if m is None:
            if header and rows and "system" in header and "F1" in header:
                tables.append((heading, rows))
            header, rows = None, []
            continue
        cells = [c.strip() for c in m.group(1).split("|")]
        if header is None:
            header = cells
        elif not set("".join(cells)) <= set("-: "):
            rows.append(dict(zip(header, cells, strict=False)))
    return tables


def bar_chart(rows: list[tuple[str, float]], width: int = 640) -> str:
    """A horizontal SVG bar chart of ``(label, value in [0, 1])`` rows."""
    bar_h, gap, label_w = 22, 8, 170
    height = len(rows) * (bar_h + gap) + gap
    scale = width - label_w - 60
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'role="img" aria-label="F1 by system" style="font: 13px sans-serif">'
    ]
    for i, (label, value) in enumerate(rows):
        y = gap + i * (bar_h + gap)
        colour = "#c2185b" if label.startswith("newsclean") else "#5c6bc0"
        parts.append(
            f'<text x="{label_w - 8}" y="{y + bar_h * 0.7:.0f}" text-anchor="end">'
            f"{html.escape(label)}</text>"
            f'<rect x="{label_w}" y="{y}" width="{value * scale:.1f}" height="{bar_h}" '
            f'fill="{colour}"/>'
            f'<text x="{label_w + value * scale + 6:.1f}" y="{y + bar_h * 0.7:.0f}">'
            f"{value:.3f}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


def benchmarks_page() -> str:
    """The result tables of benchmarks/README.md, each with a bar chart of F1."""
    text = BENCHMARKS.read_text(encoding="utf-8")
    results = text.split("## Results", 1)[-1]
    lines = [
        "# Benchmarks",
        "",
        "Article extraction on the scrapinghub article-extraction benchmark's 91 dev pages, "
        "scored with its metric (4-token shingles; F1 of averaged precision and recall). "
        "Charts and tables are generated when the site is built from the results recorded in "
        "`benchmarks/README.md`, which also has the exact commands, data and peer settings.",
    ]
    for heading, rows in _tables(results):
        chart_rows = []
        for row in rows:
            try:
                chart_rows.append((row["system"].strip("`"), float(row["F1"])))
            except ValueError:
                continue
        lines += ["", f"## {heading}", "", bar_chart(chart_rows), ""]
        columns = list(rows[0])
        lines += ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
        lines += ["| " + " | ".join(row.get(c, "") for c in columns) + " |" for row in rows]
    if not any(name.startswith("newsclean") for _, rows in _tables(results)
               for name in (r["system"] for r in rows)):
        lines += ["", "newsclean's own row appears here once it is recorded in "
                      "`benchmarks/README.md` (see its *Results* section for the command)."]
    lines += ["", "Do no harm: `benchmarks/do_no_harm.py` runs newsclean on the human-written "
                  "article bodies of the same pages and counts how many come out unchanged."]
    return "\n".join(lines) + "\n"
