"""The rules. Importing this package registers every rule in :mod:`newsclean.registry`."""

from . import (
    article,
    boilerplate,
    fragments,
    markdown,
    page,
    punctuation,
    structure,
    unicode,
    whitespace,
)

__all__ = [
    "article",
    "boilerplate",
    "fragments",
    "markdown",
    "page",
    "punctuation",
    "structure",
    "unicode",
    "whitespace",
]
