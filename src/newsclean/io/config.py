"""Configuration: ``[tool.newsclean]`` in ``pyproject.toml``, or a ``newsclean.toml``.

The configuration of a file is the nearest one found from the file's folder upward (a
``newsclean.toml`` beats a ``pyproject.toml`` in the same folder; a ``pyproject.toml``
without a ``[tool.newsclean]`` table is passed over). The command line overrides it.

>>> s = Settings.from_table({"ignore": ["P1"], "unsafe-fixes": True}, "newsclean.toml")
>>> s.ignore, s.unsafe_fixes, s.options().enabled("P101")
(('P1',), True, False)
>>> Settings.from_table({"ignroe": ["P1"]}, "newsclean.toml")
Traceback (most recent call last):
  ...
newsclean.io.config.ConfigError: newsclean.toml: unknown key 'ignroe' (did you mean 'ignore'?)
"""

from __future__ import annotations

import dataclasses
import difflib
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..options import Options
from .paths import DEFAULT_EXCLUDE, DEFAULT_INCLUDE, GlobError, Globs, WalkRules
from .textio import InputError, codec_name

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

__all__ = ["CONFIG_FILES", "ConfigError", "ConfigResolver", "Overrides", "Settings"]

#: File names searched in each folder, in order of precedence.
CONFIG_FILES = ("newsclean.toml", "pyproject.toml")

#: An example value of each list setting, for its error message: kinds of boilerplate for
#: ``keep``, file patterns for the file lists, rule codes for the rest.
_LIST_EXAMPLES = {
    "keep": '["embed", "headline"]',
    "include": '["*.txt", "*.md"]', "exclude": '["drafts/"]', "extend_exclude": '["drafts/"]',
}


class ConfigError(InputError):
    """A configuration file that cannot be used: reported as one line, exit status 2."""


#: Values of ``input-format``, and the file endings ``auto`` reads as Markdown.
INPUT_FORMATS = ("auto", "text", "markdown")
MARKDOWN_SUFFIXES = (".md", ".markdown")

@dataclass(frozen=True)
class Settings:
    """Every setting a configuration file can hold, with its default.

    Attributes:
        select: rule codes or prefixes to run (``["ALL"]``).
        ignore: codes or prefixes not to run.
        extend_select: codes added to ``select``.
        keep: boilerplate kinds kept in the clean text and never removed by ``fix``.
        uncurl_quotes: turn typographic quotes into ASCII ones.
        normalization: ``"NFC"``, ``"NFD"`` or ``"none"``.
        unsafe_fixes: let ``fix`` apply unsafe fixes (removing boilerplate and fragments).
        include: globs of the files a walked folder yields.
        exclude: globs of files and folders never walked into (replaces the default list).
        extend_exclude: globs added to ``exclude``.
        force_exclude: apply ``include`` and ``exclude`` to files named on the command line
            too (a file ``include`` does not match, or ``exclude`` does, is skipped).
        respect_gitignore: skip what ``.gitignore`` files ignore when walking folders.
        encoding: the encoding of the files (``utf-8``).
        input_format: ``"auto"`` (Markdown for ``.md``/``.markdown`` files, text for the
            rest and for standard input), ``"text"`` or ``"markdown"``.
        root: the folder of the configuration file; relative globs start there.
        source: the configuration file, or None for the defaults.
    """

    select: tuple[str, ...] = ("ALL",)
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    keep: tuple[str, ...] = ()
    uncurl_quotes: bool = False
    normalization: str = "NFC"
    unsafe_fixes: bool = False
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    extend_exclude: tuple[str, ...] = ()
    force_exclude: bool = False
    respect_gitignore: bool = True
    encoding: str = "utf-8"
    input_format: str = "auto"
    root: str = field(default=".", compare=False)
    source: str | None = field(default=None, compare=False)

    @classmethod
    def from_table(cls, table: Mapping[str, Any], source: str, root: str = ".") -> Settings:
        """Settings from a TOML table (keys in kebab-case, like ``extend-select``)."""
        fields = {f.name: f for f in dataclasses.fields(cls) if f.name not in ("root", "source")}
        values: dict[str, Any] = {}
        for key, value in table.items():
            name = key.replace("-", "_")
            if name not in fields or "_" in key:
                known = [n.replace("_", "-") for n in fields]
                close = difflib.get_close_matches(key.replace("_", "-"), known, n=1)
                hint = f" (did you mean {close[0]!r}?)" if close else f"; known keys: {', '.join(known)}"
                raise ConfigError(f"{source}: unknown key {key!r}{hint}")
            default = fields[name].default
            if isinstance(default, bool):
                if not isinstance(value, bool):
                    raise ConfigError(f"{source}: {key} must be true or false, not {value!r}")
            elif isinstance(default, tuple):
                if isinstance(value, str) or not isinstance(value, list) or not all(
                    isinstance(v, str) for v in value
                ):
                    example = _LIST_EXAMPLES.get(name, '["P1", "U101"]')
                    raise ConfigError(f"{source}: {key} must be a list of strings, like {example}")
                value = tuple(value)
            elif not isinstance(value, str):
                raise ConfigError(f"{source}: {key} must be a string, not {value!r}")
            values[name] = value
        if values.get("input_format", "auto") not in INPUT_FORMATS:
            raise ConfigError(f"{source}: input-format must be \"auto\", \"text\" or \"markdown\"")
        if str(values.get("normalization", "NFC")).upper() not in ("NFC", "NFD", "NONE"):
            raise ConfigError(f"{source}: normalization must be \"NFC\", \"NFD\" or \"none\"")
        settings = cls(**values, root=root, source=source)
        settings.check(source)
        return settings

    def check(self, source: str) -> None:
        """Raise :class:`ConfigError`, naming ``source``, for an encoding that is not a text
        encoding or a glob that cannot be read."""
        try:
            codec_name(self.encoding)
            self.walk_rules()
        except (InputError, GlobError) as exc:
            raise ConfigError(f"{source}: {exc}") from None

    def options(self, name: str | None = None) -> Options:
        """The :class:`~newsclean.Options` these settings give for the file ``name``.

        >>> Settings().options("post.md").input_format, Settings().options("a.txt").input_format
        ('markdown', 'text')
        """
        norm = self.normalization.upper()
        fmt = self.input_format
        if fmt == "auto":
            fmt = "markdown" if name and name.lower().endswith(MARKDOWN_SUFFIXES) else "text"
        return Options(
            select=self.select,
            ignore=self.ignore,
            extend_select=self.extend_select,
            keep=frozenset(self.keep),
            uncurl_quotes=self.uncurl_quotes,
            normalization=None if norm == "NONE" else norm,  # type: ignore[arg-type]
            input_format=fmt,  # type: ignore[arg-type]
        )

    def walk_rules(self) -> WalkRules:
        """What a walk of a folder under these settings keeps."""
        return WalkRules(
            include=Globs.compile(self.include, self.root),
            exclude=Globs.compile(self.exclude + self.extend_exclude, self.root),
            respect_gitignore=self.respect_gitignore,
        )

    def includes(self, path: str) -> bool:
        """Whether ``include`` matches ``path`` (as a walked folder's file is chosen)."""
        return Globs.compile(self.include, self.root).match(path)

    def excludes(self, path: str) -> bool:
        """Whether ``exclude`` matches ``path`` or a folder it is in (below ``root``)."""
        globs = Globs.compile(self.exclude + self.extend_exclude, self.root)
        if globs.match(path):
            return True
        folder = os.path.dirname(os.path.abspath(path))
        root = os.path.abspath(self.root)
        while folder.startswith(root) and folder != root:
            if globs.match(folder, is_dir=True):
                return True
            folder = os.path.dirname(folder)
        return False


@dataclass(frozen=True)
class Overrides:
    """Settings given on the command line. ``None`` leaves the configured value.

    ``select`` replaces the configured selection (``select``, ``extend-select`` and
    ``ignore``), as in ruff; ``include`` and ``exclude`` replace the configured lists;
    ``ignore``, ``extend_select``, ``keep`` and ``extend_exclude`` add to them.
    """

    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    keep: tuple[str, ...] = ()
    uncurl_quotes: bool | None = None
    normalization: str | None = None
    unsafe_fixes: bool | None = None
    include: tuple[str, ...] | None = None
    exclude: tuple[str, ...] | None = None
    extend_exclude: tuple[str, ...] = ()
    force_exclude: bool | None = None
    respect_gitignore: bool | None = None
    encoding: str | None = None
    input_format: str | None = None

    def apply(self, settings: Settings) -> Settings:
        """``settings`` with these overrides applied."""
        changes: dict[str, Any] = {}
        for name in ("select", "include", "exclude", "uncurl_quotes", "normalization",
                     "unsafe_fixes", "force_exclude", "respect_gitignore", "encoding",
                     "input_format"):
            value = getattr(self, name)
            if value is not None:
                changes[name] = value
        for name in ("ignore", "extend_select", "keep", "extend_exclude"):
            value = getattr(self, name)
            if value:
                changes[name] = getattr(settings, name) + value
        if self.select is not None:  # a new selection: the configured one is dropped whole
            changes["ignore"] = self.ignore
            changes["extend_select"] = self.extend_select
        return dataclasses.replace(settings, **changes) if changes else settings


#: The largest configuration file read, in bytes: far above any real one. A larger one (a
#: corpus named by mistake, ``--config /dev/zero``) was read whole and filled the memory.
MAX_CONFIG_BYTES = 16 * 2**20


def load_file(path: str) -> Settings | None:
    """The settings in a configuration file; None for a pyproject.toml without any."""
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_CONFIG_BYTES + 1)
        if len(raw) > MAX_CONFIG_BYTES:
            raise ConfigError(f"{path}: larger than {MAX_CONFIG_BYTES // 2**20} MB; not a "
                              f"configuration file")
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not valid UTF-8 at byte {exc.start} (TOML is UTF-8)") from None
    except RecursionError:
        raise ConfigError(f"{path}: not valid TOML (nested too deeply)") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such configuration file") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror or exc})") from None
    root = os.path.dirname(os.path.abspath(path))
    tool = data.get("tool", {})
    if os.path.basename(path) == "pyproject.toml":
        if not isinstance(tool, dict):  # invalid in any pyproject.toml (PEP 518)
            raise ConfigError(f"{path}: tool must be a table (newsclean's settings go under "
                              f"[tool.newsclean])")
        table = tool.get("newsclean")
        if table is None:
            return None
        if not isinstance(table, dict):
            raise ConfigError(f"{path}: [tool.newsclean] must be a table")
        return Settings.from_table(table, f"{path} [tool.newsclean]", root)
    if "tool" in data:
        if not isinstance(tool, dict) or not isinstance(tool.get("newsclean", data), dict):
            raise ConfigError(f"{path}: tool must be a table, with the settings under "
                              f"[tool.newsclean] (or at the top of the file)")
        data = tool.get("newsclean", data)
    return Settings.from_table(data, path, root)


class ConfigResolver:
    """Finds the settings for each file and folder, with the command line on top.

    With ``config_file`` every path uses that file; with ``isolated`` no file is read.
    """

    def __init__(
        self,
        overrides: Overrides | None = None,
        config_file: str | None = None,
        *,
        isolated: bool = False,
    ) -> None:
        self.overrides = overrides or Overrides()
        self.isolated = isolated
        self._fixed: Settings | None = None
        if config_file is not None:
            self._fixed = load_file(config_file) or Settings(
                root=os.path.dirname(os.path.abspath(config_file)), source=config_file
            )
        self._cache: dict[str, Settings] = {}

    def _find(self, folder: str) -> Settings:
        """The settings of the nearest configuration file in ``folder`` or a folder above
        it (the defaults where there is none), looked up folder by folder, upwards, and
        kept for each folder passed."""
        passed: list[str] = []
        found: Settings | None = None
        while found is None:
            if folder in self._cache:
                found = self._cache[folder]
                break
            passed.append(folder)
            for name in CONFIG_FILES:
                candidate = os.path.join(folder, name)
                if os.path.isfile(candidate):
                    found = load_file(candidate)
                    if found is not None:
                        break
                elif os.path.lexists(candidate):  # not the defaults in its place, silently
                    raise ConfigError(f"{candidate}: not a file that can be read (a broken "
                                      f"link, a folder); mend it or remove it")
            parent = os.path.dirname(folder)
            if found is None and parent == folder:
                found = Settings(root=os.getcwd())
            folder = parent
        for seen in passed:
            self._cache[seen] = found
        return found

    def for_folder(self, folder: str) -> Settings:
        """The settings that apply in ``folder``."""
        if self._fixed is not None:
            base = self._fixed
        elif self.isolated:
            base = Settings(root=os.getcwd())
        else:
            base = self._find(os.path.abspath(folder))
        return self.overrides.apply(base)

    def for_path(self, path: str) -> Settings:
        """The settings that apply to the file (or folder) at ``path``."""
        if os.path.isdir(path):
            return self.for_folder(path)
        return self.for_folder(os.path.dirname(os.path.abspath(path)) or ".")
