"""The settings of a report that the command line offers, in one place: the documentation
site rules link to, and how many documents' views a report of many documents keeps.

Nothing else lives here, so the command line's parser can show these defaults without
loading the rest of the report.
"""

from __future__ import annotations

__all__ = ["DEFAULT_SAMPLE", "DOCS_URL"]

#: The documentation site (the MkDocs build of ``docs/``), ending in a slash. A rule's page
#: is ``rules/#<code in lower case>`` under it (see :func:`newsclean.report_html.links.rule_url`).
DOCS_URL = "https://newsclean.readthedocs.io/en/latest/"

#: Documents whose view a report of many documents keeps, unless told otherwise (``--sample``).
DEFAULT_SAMPLE = 200
