"""H101 against its own definition, read the slow way: each heading-like line checked
against the next block below it that is not a fragment, and the next one no rule took."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.context import BlockContext
from newsclean.document import Block
from newsclean.features import copied_phrase
from newsclean.rules.fragments import MAX_FRAGMENT_WORDS, QUOTE_OPENERS, heading_fragment

PARAGRAPH = "Although Kirby spoke on Friday, nothing changed in Kharkiv and Kherson."
#: Lines of every kind around a fragment: fragments of the paragraph (opening words, a
#: phrase), menu items of one and two words, a real subheading, a sentence, the paragraph.
LINES = st.sampled_from([
    "Although Kirby", "Kharkiv and Kherson", "Kirby spoke", "Home", "World News",
    "What comes next", "“Although Kirby", "The talks resume on Monday.", PARAGRAPH,
    "Advertisement",
])


def _slow(ctx: BlockContext) -> list[int]:
    """The fragments, bottom to top, by the rule's docstring: a heading-like line of at most
    MAX_FRAGMENT_WORDS words that copies the next block below it that is not a fragment, or
    the next such block that no rule took (a block of at least three words more, not itself
    heading-like)."""
    blocks, feats = ctx.blocks, ctx.features
    found: list[int] = []
    for i in range(len(blocks) - 1, -1, -1):
        f = feats[i]
        if not (f.heading_like and f.n_words <= MAX_FRAGMENT_WORDS and not blocks[i].code
                and blocks[i].text[:1] not in QUOTE_OPENERS):
            continue
        below = [j for j in range(i + 1, len(blocks)) if j not in found]
        first = below[0] if below else None
        kept = next((j for j in below if not blocks[j].code), None)
        for j in dict.fromkeys((first, kept)):
            g = feats[j] if j is not None else None
            if g is not None and len(g.words) >= len(f.words) + 3 and not g.heading_like and (
                copied_phrase(f.words, g.words) is not None
            ):
                found.append(i)
                break
    return found


@settings(max_examples=300, deadline=None)
@given(lines=st.lists(LINES, max_size=12), labelled=st.sets(st.integers(0, 11)))
def test_the_fragments_are_those_the_definition_finds(lines: list[str], labelled: set[int]) -> None:
    blocks = [Block(i, 0, 0, text, text) for i, text in enumerate(lines)]
    for i in labelled & set(range(len(blocks))):
        blocks[i].code, blocks[i].label = "B105", "advert"  # taken by an earlier rule
    ctx = BlockContext(blocks)
    assert [i for i, _ in heading_fragment(ctx)] == _slow(ctx)
