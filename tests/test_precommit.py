"""The pre-commit hooks, run by the real ``pre-commit try-repo`` in a temporary repository.

pre-commit installs newsclean from a git repository into an environment of its own (that
needs the package index for ftfy and regex). The hooks are taken from a snapshot of this
working tree: a clone of HEAD with the tracked changes and new files on top, committed, so
the test checks the code as it is now and pre-commit installs it once for all three runs.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed"),
]

DAMAGED = "Floods close the road\n\nThe road stayed closed on Tuesday. .  Repairs go on.\n"
FIXED = "Floods close the road\n\nThe road stayed closed on Tuesday. Repairs go on.\n"
# A Markdown post: only its damaged prose line may change; front matter, the heading, the
# code block that looks damaged and the link whose URL holds ".." stay as they are.
POST = (
    "---\ntitle: Floods. .\n---\n"
    "# Floods close the road\n\n"
    "The road stayed closed. . See [the map](https://example.org/maps/../road) .\n\n"
    "```python\nx = a. .\n```\n"
)
POST_FIXED = POST.replace("closed. . See", "closed. See").replace("/road) .", "/road).")


def git(*args: str, cwd: Path) -> str:
    env = dict(os.environ, GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.org",
               GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@example.org")
    result = subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True,
                            check=True)
    return result.stdout


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """This working tree as a committed git repository."""
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    snap = tmp_path_factory.mktemp("snapshot") / "newsclean"
    git("clone", "--quiet", "--no-hardlinks", str(ROOT), str(snap), cwd=ROOT)
    listed = git("ls-files", "-z", "--cached", "--others", "--exclude-standard", cwd=ROOT)
    for rel in filter(None, listed.split("\0")):
        src, dst = ROOT / rel, snap / rel
        if src.is_file():
            dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dst)
        elif dst.exists():
            dst.unlink()
    git("add", "-A", cwd=snap)
    git("commit", "--quiet", "--allow-empty", "-m", "snapshot for the pre-commit test", cwd=snap)
    return snap


def try_repo(snap: Path, hook: str, work: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PRE_COMMIT_HOME=str(home), PRE_COMMIT_COLOR="never")
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(snap), hook, "--all-files"],
        cwd=work, env=env, capture_output=True, text=True, check=False, timeout=600,
    )


def test_fix_hook_then_check_hook(snapshot: Path, tmp_path: Path) -> None:
    pytest.importorskip("pre_commit")
    work, home = tmp_path / "work", tmp_path / "pre-commit-home"
    work.mkdir()
    git("init", "--quiet", cwd=work)
    (work / "story.txt").write_text(DAMAGED, encoding="utf-8")
    # An unsafe finding (a share line) that the fixer may not apply must not keep it red.
    (work / "notes.md").write_text("Clean notes.\n\nShare this article\n", encoding="utf-8")
    (work / "post.md").write_text(POST, encoding="utf-8")
    (work / "data.csv").write_text("a. .,b\n", encoding="utf-8")  # not text or Markdown
    # What the configuration's include leaves out is not touched: a licence (pre-commit
    # tags it plain text), a reStructuredText README; a .text file (no tag) is included.
    licence = "MIT License\n\nCopyright (c) 2024 Jane Doe. .\n"
    (work / "LICENSE").write_text(licence, encoding="utf-8")
    (work / "README.rst").write_text("| A  | B  |\n", encoding="utf-8")
    (work / "notes.text").write_text(DAMAGED, encoding="utf-8")
    git("add", ".", cwd=work)

    first = try_repo(snapshot, "newsclean-fix", work, home)
    assert first.returncode == 1, first.stdout + first.stderr
    assert "Fixing story.txt" in first.stdout and "files were modified" in first.stdout
    assert (work / "story.txt").read_text(encoding="utf-8") == FIXED
    assert (work / "post.md").read_text(encoding="utf-8") == POST_FIXED
    assert "Fixing notes.md" not in first.stdout
    assert (work / "data.csv").read_text(encoding="utf-8") == "a. .,b\n"
    assert (work / "LICENSE").read_text(encoding="utf-8") == licence
    assert (work / "README.rst").read_text(encoding="utf-8") == "| A  | B  |\n"
    assert (work / "notes.text").read_text(encoding="utf-8") == FIXED

    git("add", ".", cwd=work)
    second = try_repo(snapshot, "newsclean-fix", work, home)
    assert second.returncode == 0, second.stdout + second.stderr  # the second commit is green
    assert (work / "notes.md").read_text(encoding="utf-8").endswith("Share this article\n")

    (work / "story.txt").write_text(DAMAGED, encoding="utf-8")
    git("add", ".", cwd=work)
    check = try_repo(snapshot, "newsclean-check", work, home)
    assert check.returncode == 1, check.stdout + check.stderr
    assert "story.txt:3:35: P101" in check.stdout
    assert (work / "story.txt").read_text(encoding="utf-8") == DAMAGED
