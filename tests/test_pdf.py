"""The book printed to one PDF (framing.book.pdf, ``make pdf``, ``framing report --pdf``), read back
with poppler's pdftotext, pdfinfo and pdfimages: a cover with the title and the date, every
chapter on a page of its own in the table of contents' order, page numbers in the footer, the
annotated article's text and every figure. Without chromium the tests that print skip, except
under CI, where they fail."""

from __future__ import annotations

import datetime
import json
import os
import shutil
import re
import subprocess
from pathlib import Path

import pytest

from framing.cli import main
from framing.book.pdf import book_title, build_single_page, print_pdf

from conftest import ROOT, toc_files

DATA = Path(__file__).parent / "data"
# a sentence of the case study's narration, as the annotated article shows it
CASE_STUDY_SENTENCE = ("The deployment in London follows trials of facial recognition across "
                       "the UK, with one of the most recent by South Wales Police in Cardiff")


def needs_chromium():
    """Skip (fail under CI) without chromium to print and poppler-utils to read the PDF."""
    if not os.path.exists("/usr/bin/chromium") or not shutil.which("pdftotext"):
        if os.environ.get("CI"):
            pytest.fail("chromium or poppler-utils is missing; .ci/run should have installed them")
        pytest.skip("chromium or poppler-utils is missing (apt-get install chromium "
                    "poppler-utils); CI installs them")


def pages_of(pdf: Path) -> list[str]:
    """The text of each page of ``pdf``, its whitespace collapsed."""
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    return [" ".join(page.split()) for page in text.split("\f")[:-1]]


def footers(pdf: Path) -> list[str]:
    """The text of each page's bottom margin (below 800 pt of A4's 842; the text ends at 785)."""
    text = subprocess.run(["pdftotext", "-x", "0", "-y", "800", "-W", "596", "-H", "42",
                           str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return [" ".join(page.split()) for page in text.split("\f")[:-1]]


def page_title(name: str) -> str:
    """The h1 title of the page ``name`` of _toc.yml (a .md or .ipynb file)."""
    path = next(ROOT.glob(f"{name}.*"))
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".ipynb":
        text = "\n".join("".join(cell["source"]) for cell in json.loads(text)["cells"]
                         if cell["cell_type"] == "markdown")
    return re.search(r"^# (.+)$", text, re.MULTILINE).group(1).strip()


@pytest.fixture(scope="module")
def book_pdf(tmp_path_factory) -> tuple[Path, Path]:
    """The main book printed once per module: the PDF and the single page it was printed from."""
    needs_chromium()
    output = tmp_path_factory.mktemp("pdf")
    page = build_single_page(ROOT, output)
    return print_pdf(page, output / "book.pdf", title=book_title(ROOT)), page


def test_cover_holds_the_title_and_the_date(book_pdf):
    cover = pages_of(book_pdf[0])[0]
    today = datetime.date.today()
    assert book_title(ROOT) in cover and f"{today.day} {today:%B %Y}" in cover


def test_every_chapter_opens_a_page_in_toc_order(book_pdf):
    pages = pages_of(book_pdf[0])
    info = subprocess.run(["pdfinfo", str(book_pdf[0])], capture_output=True, text=True,
                          check=True).stdout
    assert "A4" in info and len(pages) > 15
    titles = [page_title(name) for name in toc_files()]
    assert titles.index("Voices: who gets to speak") < titles.index("Loaded language")
    opened = [next(i for i, page in enumerate(pages[1:], start=1) if page.startswith(title))
              for title in titles]  # the cover, page 0, also opens with the book's title
    assert opened[0] == 1 and all(a < b for a, b in zip(opened, opened[1:]))


def test_every_page_is_numbered_in_its_footer(book_pdf):
    found = footers(book_pdf[0])
    assert found == [f"Page {n} of {len(found)}" for n in range(1, len(found) + 1)]


def test_the_annotated_article_and_every_figure_are_printed(book_pdf):
    pdf, page = book_pdf
    assert CASE_STUDY_SENTENCE in " ".join(pages_of(pdf))
    listed = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True,
                            check=True).stdout.splitlines()[2:]
    figures = page.read_text(encoding="utf-8").count("<img ")
    assert len(listed) == figures >= 8
    # legible: no figure printed at under 100 pixels per inch (stretched beyond its pixels)
    assert all(int(row.split()[12]) >= 100 for row in listed)


def test_report_pdf(monkeypatch, tmp_path, capsys):
    needs_chromium()
    monkeypatch.setenv("FRAMING_DATA", str(DATA))
    out = tmp_path / "report"
    assert main(["report", str(DATA / "articles" / "school-phones.md"), "--out", str(out),
                 "--pdf"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == str(out / "report.pdf")
    pages = pages_of(out / "report.pdf")
    assert len(pages) > 5 and "Framing report:" in pages[0]
    assert footers(out / "report.pdf")[-1] == f"Page {len(pages)} of {len(pages)}"


def test_report_pdf_without_chromium_is_refused_before_building(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr("shutil.which", lambda name: None)
    out = tmp_path / "report"
    assert main(["report", str(DATA / "articles" / "school-phones.md"), "--out", str(out),
                 "--pdf"]) == 2
    assert capsys.readouterr().err.startswith("error: chromium is not installed")
    assert not out.exists()
