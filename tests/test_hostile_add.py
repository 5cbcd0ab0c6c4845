"""framing add against hostile local input: racing adds of one slug, raw copies, UTF-16 and
UTF-32 text, invisible characters. The articles here are written for the tests."""

from __future__ import annotations

import codecs
import tempfile
import threading

import pytest

from framing.sources import add
from framing.sources.add import add_source
from framing.cli import main
from framing.errors import InputError
from framing.fileio import read_text
from framing.sources.ingest import parse_html, parse_plain_text

from conftest import SITE

STORY = ("Council to ban cars from city centre\n"
         "The plan will cut pollution, the council says.\n"
         "By Jo Bloggs\n"
         "The city council will ban private cars from the centre from next spring.\n"
         "\"This is about clean air,\" said council leader Ann Lee.\n")  # written for the tests


def write_story(folder, text: str = STORY, name: str = "story.txt"):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# 7. one article per slug, and a raw copy only for the article written


def test_racing_adds_of_one_slug_exactly_one_wins(project, tmp_path, monkeypatch):
    sources = [write_story(tmp_path / side, STORY.replace("Ann Lee", who))
               for side, who in (("a", "Ann Lee"), ("b", "Bob Hart"))]
    both_checked = threading.Barrier(2, timeout=10)
    mkstemp = tempfile.mkstemp

    def mkstemp_when_both_checked(*args, prefix="", **kwargs):
        if prefix == ".story.md.":  # both adds have found the slug free: the race is on
            both_checked.wait()
        return mkstemp(*args, prefix=prefix, **kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp_when_both_checked)
    results = {}

    def run(source):
        try:
            results[source] = add_source(str(source), topic="facial-recognition")
        except InputError as exc:
            results[source] = exc

    threads = [threading.Thread(target=run, args=(source,)) for source in sources]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    won = [s for s, r in results.items() if not isinstance(r, Exception)]
    lost = [s for s, r in results.items() if isinstance(r, Exception)]
    assert len(won) == 1 and len(lost) == 1
    assert "already exists" in str(results[lost[0]])
    article = (project / "articles" / "story.md").read_text(encoding="utf-8")
    assert ("Bob Hart" in article) == (won[0] == sources[1])
    assert [p.name for p in (project / "raw").iterdir()] == ["story.txt"]
    assert (project / "raw" / "story.txt").read_bytes() == won[0].read_bytes()


def test_the_raw_copy_is_named_after_the_slug(project, tmp_path):
    source = write_story(tmp_path)
    add_source(str(source), topic="facial-recognition", slug="My Story")
    assert (project / "raw" / "my-story.txt").read_bytes() == source.read_bytes()
    add_source(str(SITE / "article.html"), topic="facial-recognition", slug="Cars")
    assert (project / "raw" / "cars.html").read_bytes() == (SITE / "article.html").read_bytes()


def test_a_raw_name_holding_other_bytes_is_kept_without_force(project, tmp_path, capsys):
    source = write_story(tmp_path)
    write_story(project / "raw", "someone else's copy\n")
    assert main(["add", str(source), "--topic", "facial-recognition"]) == 2
    assert "raw/story.txt already exists with other content" in capsys.readouterr().err
    assert not (project / "articles").exists()
    assert main(["add", str(source), "--topic", "facial-recognition", "--force"]) == 0
    assert (project / "raw" / "story.txt").read_bytes() == source.read_bytes()


def test_the_raw_name_taken_between_check_and_write_undoes_the_article(project, tmp_path,
                                                                        monkeypatch):
    source = write_story(tmp_path)

    def parse_then_raw_appears(text, path):
        write_story(project / "raw", "written meanwhile\n")

    monkeypatch.setattr(add, "parse_article", parse_then_raw_appears)
    with pytest.raises(InputError, match="already exists"):
        add_source(str(source), topic="facial-recognition")
    assert list((project / "articles").iterdir()) == []
    assert (project / "raw" / "story.txt").read_text() == "written meanwhile\n"


# 8. UTF-16 and UTF-32 text, as Windows tools save it


@pytest.mark.parametrize("encoding, bom", [
    ("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE),
    ("utf-32-le", codecs.BOM_UTF32_LE), ("utf-32-be", codecs.BOM_UTF32_BE),
    ("utf-16-le", b""), ("utf-16-be", b""),
])
def test_utf16_and_utf32_text_is_read(tmp_path, encoding, bom):
    path = tmp_path / "story.txt"
    path.write_bytes(bom + STORY.replace("Jo", "Zoë").replace("\n", "\r\n").encode(encoding))
    assert read_text(path) == STORY.replace("Jo", "Zoë")


def test_a_utf16_story_is_added(project, tmp_path):
    path = tmp_path / "story.txt"
    path.write_bytes(STORY.encode("utf-16"))
    add_source(str(path), topic="facial-recognition")
    assert "author: Jo Bloggs" in (project / "articles" / "story.md").read_text(encoding="utf-8")


def test_broken_utf16_is_one_line(project, tmp_path, capsys):
    path = tmp_path / "story.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + "Headline\nBody.\n".encode("utf-16-le") + b"\x00\xd8x")
    assert main(["add", str(path), "--topic", "facial-recognition"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not UTF-16 text" in err and "re-save it as UTF-8" in err


# 9. invisible characters do not split names


INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"


def test_invisible_characters_are_removed_from_plain_text():
    text = STORY.replace("Jo Bloggs", "Jo Blo\u200bggs\u00ad").replace("Ann Lee", "Ann\u2060 Lee")
    found = parse_plain_text(text)
    meta, paragraphs = found.meta, found.paragraphs
    assert meta["author"] == "Jo Bloggs"
    assert "said council leader Ann Lee" in paragraphs[1]
    assert not any(c in INVISIBLE for c in "".join([*meta.values(), *paragraphs]))


def test_invisible_characters_are_removed_from_web_pages():
    page = (SITE / "article.html").read_text(encoding="utf-8")
    page = page.replace('content="Jo Bloggs"', 'content="Jo Blo&#8203;ggs"')
    page = page.replace("Ann Lee", "Ann\u200d L&shy;ee").replace("Tom Reed", "Tom\ufeff Re\u200ced")
    found = parse_html(page.encode("utf-8"))
    meta, paragraphs = found.meta, found.paragraphs
    assert meta["author"] == "Jo Bloggs"
    assert "said council leader Ann Lee" in paragraphs[1] and "said Tom Reed" in paragraphs[2]
    assert not any(c in INVISIBLE for c in "".join([*map(str, meta.values()), *paragraphs]))


def test_invisible_characters_are_removed_from_sidecar_metadata(project, tmp_path):
    path = write_story(tmp_path)
    (tmp_path / "story.meta.yml").write_text("outlet: Test\u200b Gaz\u00adette\n", encoding="utf-8")
    add_source(str(path), topic="facial-recognition")
    assert "outlet: Test Gazette" in (project / "articles" / "story.md").read_text(encoding="utf-8")
