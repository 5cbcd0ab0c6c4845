"""framing report end to end: add an article from a loopback server, build its standalone book;
a comparison report on two articles written for the tests; refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from framing.cli import main

from conftest import ROOT

DATA = Path(__file__).parent / "data"


def main_book_state():
    html = ROOT / "_build" / "html"
    return sorted((p, p.stat().st_mtime) for p in html.rglob("*")) if html.exists() else []


@pytest.mark.enable_socket
@pytest.mark.allow_hosts(["127.0.0.1"])
def test_add_then_report(server, project, tmp_path, capsys):
    before = main_book_state()
    assert main(["add", f"{server}/news/council-cars", "--topic", "facial-recognition"]) == 0
    article = capsys.readouterr().out.strip()
    out = tmp_path / "report"
    assert main(["report", article, "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out / "index.html")
    slug = Path(article).stem
    for chapter in ("article", "voices", "loaded-language", "sentiment", "readability", "synthesis"):
        page = (out / slug / f"{chapter}.html").read_text(encoding="utf-8")
        assert "Traceback" not in page and "<img" in page
    intro = (out / "intro.html").read_text(encoding="utf-8")
    assert "Council to ban cars from city centre" in intro and "Tom Reed" in intro
    assert not (out / "comparison.html").exists()
    assert main_book_state() == before
    assert main(["report", article, "--out", str(out), "--force"]) == 0  # replaces its own report


def test_comparison_report(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("FRAMING_DATA", str(DATA))
    out = tmp_path / "compare"
    articles = [str(DATA / "articles" / "school-phones.md"), str(DATA / "articles" / "school-phones-2.md")]
    assert main(["report", *articles, "--out", str(out)]) == 0
    page = (out / "comparison.html").read_text(encoding="utf-8")
    assert "Test Gazette" in page and "Test Courier" in page
    assert 'alt="Three bar charts comparing articles' in page
    assert "get the largest share of quoted words from Test Courier" in page  # a glued sentence
    assert page.count("<tr") == 1 + 2  # the header, then a row per article
    for slug in ("school-phones", "school-phones-2"):
        assert (out / slug / "voices.html").exists()


def test_report_refusals(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("FRAMING_DATA", str(DATA))
    theirs = tmp_path / "theirs"
    theirs.mkdir()
    (theirs / "notes.txt").write_text("mine")
    article = str(DATA / "articles" / "school-phones.md")
    assert main(["report", article, "--out", str(theirs)]) == 2
    assert "is not a framing report" in capsys.readouterr().err
    assert (theirs / "notes.txt").read_text() == "mine"
    assert main(["report", str(tmp_path / "missing.md")]) == 2
    assert main(["report", article, article]) == 2
    assert "twice" in capsys.readouterr().err
