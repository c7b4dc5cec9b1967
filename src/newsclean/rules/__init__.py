"""The rules. Importing this package registers every rule in :mod:`newsclean.registry`."""

from . import (
    article,
    boilerplate,
    comments,
    fragments,
    markdown,
    markup,
    page,
    punctuation,
    structure,
    unicode,
    whitespace,
)

__all__ = [
    "article",
    "boilerplate",
    "comments",
    "fragments",
    "markdown",
    "markup",
    "page",
    "punctuation",
    "structure",
    "unicode",
    "whitespace",
]
