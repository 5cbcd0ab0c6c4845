"""A book printed to one PDF, for those who hand in or print: the book is built as a single
HTML page (Sphinx's ``singlehtml`` builder: every chapter, in the table of contents' order),
which Debian's headless chromium, driven by Playwright, prints to A4 with a cover (the title
and the date of printing), each chapter on a new page, no navigation, and page numbers in the
footer. Nothing is downloaded: the page may load only local files.

    python -m framing.book.pdf SOURCE PDF    build the book at SOURCE and print it to PDF
"""

from __future__ import annotations

import datetime
import shutil
import sys
from pathlib import Path

import yaml

from framing.errors import BuildError, InputError
from framing.fileio import atomic_path
from framing.book.jupyterbook import build_strictly

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
# the theme's navigation and the toggles of hidden code hidden, the text full width, each
# chapter (a document of the single page, after Sphinx's marker span) on a new page, figures
# kept whole; the theme's print style hides a page's first h1 (its print header repeats it)
PRINT_CSS = """
.bd-header, .bd-header-article, .bd-sidebar-primary, .bd-sidebar-secondary, .bd-footer,
.bd-footer-article, .prev-next-footer, .headerlink, #pst-skip-link, #pst-back-to-top,
#jb-print-docs-body, details.hide.above-input
  { display: none !important; }
.bd-main .bd-content .bd-article-container, .bd-page-width { max-width: none !important; }
.bd-article { padding: 0 !important; }
.bd-main .bd-content .bd-article h1:first-of-type { display: block !important; }
span[id^="document-"] + section { break-before: page; }
img, figure, .cell_output { break-inside: avoid; }
img { max-width: 100% !important; height: auto !important; }
.framing-cover { height: 250mm; display: flex; flex-direction: column; justify-content: center;
  text-align: center; break-after: page; }
.framing-cover h1 { font-size: 2.4em; margin-bottom: 1em; }
"""
FOOTER = ('<div style="font-size: 9px; width: 100%; text-align: center; color: #555;">'
          'Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>')
COVER_JS = """([title, date]) => {
  const cover = document.createElement("div");
  cover.className = "framing-cover";
  const heading = cover.appendChild(document.createElement("h1"));
  heading.textContent = title;
  cover.appendChild(document.createElement("p")).textContent = date;
  const main = document.querySelector(".bd-article") || document.body;
  main.prepend(cover);
}"""


def chromium() -> str:
    """The path of Debian's chromium; InputError saying how to install it when it is missing."""
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        raise InputError("chromium is not installed, so no PDF can be printed "
                         "(on Debian or Ubuntu: sudo apt-get install chromium)")
    return found


def book_title(source: str | Path) -> str:
    """The title in the ``_config.yml`` of the book at ``source``."""
    return yaml.safe_load((Path(source) / "_config.yml").read_text(encoding="utf-8"))["title"]


def build_single_page(source: str | Path, output: str | Path | None = None, *,
                      log_beside: str | Path | None = None) -> Path:
    """Build the book at ``source`` strictly as one HTML page into ``output`` (default: the
    book's own ``_build``, reusing its execution cache) and return that page's path. When the
    build fails, BuildError naming a new log beside ``log_beside`` (default
    ``_build/singlehtml`` there)."""
    source = Path(source).resolve()
    output = Path(output or source)
    build_strictly(source, output, what="the book as one page", options=("--builder", "singlehtml"),
                   log_beside=Path(log_beside or output / "_build" / "singlehtml"))
    root = yaml.safe_load((source / "_toc.yml").read_text(encoding="utf-8"))["root"]
    return output / "_build" / "singlehtml" / f"{root}.html"


def print_pdf(page: str | Path, pdf: str | Path, *, title: str,
              date: datetime.date | None = None) -> Path:
    """Print the single-page book ``page`` to ``pdf`` (written atomically) with a cover of
    ``title`` and ``date`` (default today); return ``pdf``. InputError without chromium."""
    from playwright.sync_api import sync_playwright

    date = date or datetime.date.today()
    executable = chromium()
    with sync_playwright() as playwright, atomic_path(pdf) as tmp:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            tab = browser.new_page()
            tab.route("**/*", lambda route: route.continue_()
                      if route.request.url.startswith(("file:", "data:")) else route.abort())
            tab.goto(Path(page).resolve().as_uri(), wait_until="load")
            tab.add_style_tag(content=PRINT_CSS)
            tab.evaluate(COVER_JS, [title, f"{date.day} {date:%B %Y}"])
            tab.pdf(path=str(tmp), format="A4", print_background=True, display_header_footer=True,
                    header_template="<span></span>", footer_template=FOOTER,
                    margin={"top": "18mm", "bottom": "20mm", "left": "16mm", "right": "16mm"})
        finally:
            browser.close()
    return Path(pdf)


def main(argv: list[str] | None = None) -> int:
    """``python -m framing.book.pdf SOURCE PDF``: the book at SOURCE printed to PDF; print its path."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print("usage: python -m framing.book.pdf SOURCE PDF", file=sys.stderr)
        return 2
    source, pdf = args
    try:
        print(print_pdf(build_single_page(source), pdf, title=book_title(source)))
    except (InputError, BuildError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2 if isinstance(exc, InputError) else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
