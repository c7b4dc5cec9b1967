"""Calls as a user writes them, type-checked by ``mypy --strict`` (see ``files`` under
``[tool.mypy]`` in pyproject.toml; tests/test_lint.py runs it): the settings take a list, a
tuple or one comma-separated string, as the documentation shows."""

from __future__ import annotations

import newsclean
from newsclean import Options
from newsclean.findings import check_text

options = Options(select=["P", "U"], ignore="P1", keep=["embed"], extend_select=("W",))
text: str = newsclean.clean("It rained. .", options)
text = newsclean.clean("It rained. .", ignore=["P1"], keep=("advert",))
result = check_text("It rained. .", Options(ignore=["W"]), unsafe_fixes=True)
codes: list[str] = [f.code for f in result.findings]
