"""The rules. Importing this package registers every rule in :mod:`newsclean.registry`."""

from . import boilerplate, fragments, punctuation, structure, unicode, whitespace

__all__ = ["boilerplate", "fragments", "punctuation", "structure", "unicode", "whitespace"]
