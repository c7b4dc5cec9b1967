"""``newsclean clean -`` as a git clean filter, with real git (as docs/guides/git-filters.md says)."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import newsclean

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

ARTICLE = (
    "Storm hits the coast\n"
    "The storm reached the coast on Monday night and closed every road. .  Buses stopped.\n"
    "Advertisement\n"
    "Council workers cleared fallen trees through the morning, and the buses ran again.\n"
)


def git(*args: str, cwd: Path) -> str:
    env = dict(os.environ, GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.org",
               GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@example.org")
    return subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True,
                          check=True).stdout


def test_clean_filter_stores_the_clean_article(tmp_path: Path) -> None:
    git("init", "--quiet", cwd=tmp_path)
    command = f"{shlex.quote(sys.executable)} -m newsclean clean --stdin-filename %f -"
    git("config", "filter.newsclean.clean", command, cwd=tmp_path)
    git("config", "filter.newsclean.smudge", "cat", cwd=tmp_path)
    git("config", "filter.newsclean.required", "true", cwd=tmp_path)
    (tmp_path / ".gitattributes").write_text("articles/*.txt filter=newsclean\n")
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "storm.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "README.txt").write_text("Not filtered. .\n", encoding="utf-8")
    git("add", ".", cwd=tmp_path)
    git("commit", "--quiet", "-m", "articles", cwd=tmp_path)

    stored = git("show", "HEAD:articles/storm.txt", cwd=tmp_path)
    assert stored == newsclean.clean(ARTICLE) + "\n"
    assert "Advertisement" not in stored and ". ." not in stored
    # The working tree keeps what was written; files outside the pattern are stored as is.
    assert (tmp_path / "articles" / "storm.txt").read_text(encoding="utf-8") == ARTICLE
    assert git("show", "HEAD:README.txt", cwd=tmp_path) == "Not filtered. .\n"

    # A required filter needs a smudge command too: without one, git fails every checkout
    # of a filtered file (git stash, git checkout -- FILE, a branch that adds one).
    (tmp_path / "articles" / "storm.txt").write_text(ARTICLE + "More.\n", encoding="utf-8")
    git("stash", "--quiet", cwd=tmp_path)
    assert (tmp_path / "articles" / "storm.txt").read_text(encoding="utf-8") == stored
    git("stash", "pop", "--quiet", cwd=tmp_path)
    git("checkout", "HEAD", "--", "articles/storm.txt", cwd=tmp_path)
    assert (tmp_path / "articles" / "storm.txt").read_text(encoding="utf-8") == stored
