"""What the command line printed, as the CLI tests read it."""

from __future__ import annotations

import pytest


def one_error(capsys: pytest.CaptureFixture[str]) -> str:
    """The one ``newsclean: error:`` line on standard error (and no traceback)."""
    err = capsys.readouterr().err
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.startswith("newsclean: error:")]
    assert len(lines) == 1, err
    return lines[0]
