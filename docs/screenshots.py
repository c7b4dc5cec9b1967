"""Make the screenshots of the documentation: the HTML report of the seed document, and the
report of a folder (the seed, the whole page of ``tests/fixtures/page.txt`` and four article
bodies of ``tests/fixtures/bodies``), taken by headless Chromium (Debian's ``chromium``).

    python docs/screenshots.py            # writes docs/images/report-seed.png, report-folder.png

Run it again after changing how a report looks, and commit the images.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_68972bff8665e00a.txt"
FIXTURES = ROOT / "tests" / "fixtures"
IMAGES = ROOT / "docs" / "images"


def screenshot(page: Path, image: Path, size: str, browser: str, profile: Path) -> None:
    """Save a screenshot of the HTML file ``page`` as ``image`` (a PNG), the window ``size``
    (``WIDTHxHEIGHT``) wide and high."""
    width, height = size.split("x")
    subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
         f"--user-data-dir={profile}", f"--window-size={width},{height}",
         f"--screenshot={image}", page.as_uri()],
        check=True, capture_output=True, timeout=120,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--browser", default=shutil.which("chromium") or "chromium",
                        help="the Chromium to run (default: chromium on the PATH)")
    parser.add_argument("--out", type=Path, default=IMAGES, help="where the images go")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    import newsclean
    from newsclean.cli import main as newsclean_main

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        seed = folder / "seed.html"
        doc = newsclean.analyze(SEED.read_text(encoding="utf-8"))
        seed.write_text(doc.to_html("seeds/000_68972bff8665e00a.txt"), encoding="utf-8")
        screenshot(seed, args.out / "report-seed.png", "1280x1100", args.browser, folder / "p")
        articles = folder / "articles"
        articles.mkdir()
        shutil.copy(SEED, articles / "seed.txt")
        shutil.copy(FIXTURES / "page.txt", articles / "page.txt")
        for name in ("01.txt", "02.txt", "03.txt", "04.txt"):
            shutil.copy(FIXTURES / "bodies" / name, articles / f"body-{name}")
        here = os.getcwd()
        os.chdir(folder)  # the report names files as given: articles/seed.txt
        try:
            status = newsclean_main(["report", "articles", "-o", "folder.html", "-q"])
        finally:
            os.chdir(here)
        if status:
            return status
        screenshot(folder / "folder.html", args.out / "report-folder.png", "1280x1250",
                   args.browser, folder / "p")
    print(f"wrote {args.out / 'report-seed.png'} and {args.out / 'report-folder.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
