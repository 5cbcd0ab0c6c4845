"""framing add from a URL (a loopback server the test starts), a saved page and a text file,
and framing new-topic. The pages are written for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from framing.sources import fetch
from framing.inputs.articlefile import load_article
from framing.cli import main
from framing.inputs.topic import load_topic

from conftest import SITE

def one_error(capsys) -> str:
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and err.startswith("error: ") and "Traceback" not in err
    return err


@pytest.mark.enable_socket
@pytest.mark.allow_hosts(["127.0.0.1"])
def test_add_from_url(server, project, capsys):
    assert main(["add", f"{server}/news/council-cars", "--topic", "facial-recognition"]) == 0
    path = Path(capsys.readouterr().out.strip())
    article = load_article(path)
    assert path.name == "council-to-ban-cars-from-city-centre.md"
    assert article.meta["outlet"] == "Test Gazette" and article.meta["author"] == "Jo Bloggs"
    assert article.meta["date"] == "2024-05-02"
    assert article.meta["standfirst"].startswith("The council says the plan")
    body = "\n".join(article.body_paragraphs)
    assert "Read more" not in body and "Photo:" not in body and "Most read" not in body
    assert article.body_paragraphs[0].startswith("The city council will ban private cars")
    assert len(article.body_paragraphs) == 5
    assert (project / "raw" / path.with_suffix(".html").name).read_bytes() == \
        (SITE / "article.html").read_bytes()


@pytest.mark.enable_socket
@pytest.mark.allow_hosts(["127.0.0.1"])
@pytest.mark.parametrize("path, message", [
    ("/missing", "answered 404"), ("/report.pdf", "not a web page (the server sent application/pdf)"),
    ("/huge", "too large"), ("/nothing", "no article text"), ("/slow", "no answer within"),
])
def test_add_from_url_errors(server, project, capsys, monkeypatch, path, message):
    monkeypatch.setattr(fetch, "TIMEOUT", 0.5)
    monkeypatch.setattr(fetch, "MAX_BYTES", 1_000_000)
    assert main(["add", server + path, "--topic", "facial-recognition"]) == 2
    assert message in one_error(capsys)
    assert not (project / "articles").exists() and not (project / "raw").exists()


@pytest.mark.enable_socket
@pytest.mark.allow_hosts(["127.0.0.1"])
def test_unreachable_address_is_one_line(project, capsys):
    assert main(["add", "http://127.0.0.1:9/x", "--topic", "facial-recognition"]) == 2
    assert "could not fetch" in one_error(capsys)


def test_add_saved_page_needs_a_topic(project, capsys):
    assert main(["add", str(SITE / "article.html")]) == 2
    assert "framing new-topic" in one_error(capsys)
    assert main(["add", str(SITE / "article.html"), "--topic", "facial-recognition",
                 "--slug", "Council Cars"]) == 0
    assert (project / "articles" / "council-cars.md").exists()
    assert (project / "raw" / "council-cars.html").exists()  # the raw copy is named after the slug


def test_add_rejects_other_kinds_of_file(project, tmp_path, capsys):
    path = tmp_path / "notes.docx"
    path.write_bytes(b"PK\x03\x04")
    assert main(["add", str(path), "--topic", "facial-recognition"]) == 2
    assert "give a URL" in one_error(capsys)


def test_new_topic_scaffolds_a_valid_topic(project, capsys):
    assert main(["new-topic", "school-buses"]) == 0
    topic = load_topic("school-buses", folder=project / "topics")
    assert [s.id for s in topic.sides] == ["side-a", "side-b", "other"]
    assert topic.lexicon == ()
    text = (project / "topics" / "school-buses" / "topic.yml").read_text()
    assert text.count("\n#") >= 10  # every field is explained
    assert main(["new-topic", "school-buses"]) == 2
    one_error(capsys)
    assert main(["new-topic", "Bad Name"]) == 2
    one_error(capsys)
