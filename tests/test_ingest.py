from framing.inputs.articlefile import load_article
from framing.cli import main
import pytest

from framing.sources.ingest import is_caption, parse_plain_text

from conftest import CASE_STUDY, RAW_CASE_STUDY



def test_raw_seed_is_kept_exactly_as_received():
    seed = RAW_CASE_STUDY.parents[3] / "shared" / "seed" / RAW_CASE_STUDY.name
    if seed.exists():  # the shared folder exists on the team's machines, not on every clone
        assert RAW_CASE_STUDY.read_bytes() == seed.read_bytes()
    assert RAW_CASE_STUDY.read_text(encoding="utf-8").rstrip().endswith("Editorial standards")


def test_furniture_is_removed_and_metadata_found():
    found = parse_plain_text(RAW_CASE_STUDY.read_text(encoding="utf-8"))
    meta, paragraphs = found.meta, found.paragraphs
    assert meta["title"] == ("Police are about to deploy 'privacy destroying' facial recognition "
                             "cameras across London")
    assert meta["standfirst"].startswith("The capital's Metropolitan Police say")
    assert meta["author"] == "Danny Palmer"
    joined = "\n".join(paragraphs)
    for furniture in ("Written by", "SEE:", "Editorial standards"):
        assert furniture not in joined
    assert len(paragraphs) == 15
    assert "the Met says it will engaging with communities" in joined  # the typo is kept


def test_add_reproduces_the_committed_article(project):
    assert main(["add", str(RAW_CASE_STUDY)]) == 0
    written = project / "articles" / CASE_STUDY.name
    assert written.read_text(encoding="utf-8") == CASE_STUDY.read_text(encoding="utf-8")
    assert (project / "raw" / RAW_CASE_STUDY.name).read_bytes() == RAW_CASE_STUDY.read_bytes()
    article = load_article(written)
    assert article.meta["topic"] == "facial-recognition"
    assert article.meta["date"] == "2020-01-24"


def test_add_refuses_to_overwrite_without_force(project, capsys):
    assert main(["add", str(RAW_CASE_STUDY)]) == 0
    target = project / "articles" / CASE_STUDY.name
    target.write_text("my edits", encoding="utf-8")
    assert main(["add", str(RAW_CASE_STUDY)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "my edits"
    assert main(["add", str(RAW_CASE_STUDY), "--force"]) == 0
    assert target.read_text(encoding="utf-8") != "my edits"


# a .txt written for the tests, as a student would paste one
STORY = """Title: Ministers defend the plan after the ruling
Outlet: Test Herald
Date: 2023-11-15

Picture: Getty Images
The government said it would press on with the plan.
Protesters outside the court
"It is a dark day," said campaigner Ann Lee.
"""


def test_a_header_block_gives_the_fields_and_captions_are_dropped():
    found = parse_plain_text(STORY)
    assert found.meta == {"title": "Ministers defend the plan after the ruling",
                          "outlet": "Test Herald", "date": "2023-11-15"}
    assert found.origin["title"] == "the header"
    assert found.dropped == ["Picture: Getty Images", "Protesters outside the court"]
    assert len(found.paragraphs) == 2


@pytest.mark.parametrize("line, caption", [
    ("Picture: Getty Images", True), ("(Image: PA Media)", True),
    ("Protesters gathered outside the Supreme Court", True),
    ("The ruling was unanimous, the court said.", False),
    ('"It is a dark day," said campaigner Ann Lee.', False)])
def test_caption_like_lines(line, caption):
    assert is_caption(line) is caption


def test_add_reports_each_field_and_warns_about_missing_ones(project, tmp_path, capsys):
    source = tmp_path / "story.txt"
    source.write_text(STORY, encoding="utf-8")
    assert main(["add", str(source), "--topic", "facial-recognition", "--author", "Jo Bloggs"]) == 0
    captured = capsys.readouterr()
    article = load_article(captured.out.strip())
    assert (article.title, article.meta["outlet"], article.meta["date"], article.meta["author"]) == (
        "Ministers defend the plan after the ruling", "Test Herald", "2023-11-15", "Jo Bloggs")
    assert "author: Jo Bloggs (from the command line)" in captured.err
    assert "warning: no url" in captured.err and "warning: no title" not in captured.err
    assert "dropped as furniture or caption: Picture: Getty Images" in captured.err


def test_a_title_line_without_header_is_the_headline_and_bad_dates_are_refused(project, tmp_path,
                                                                                capsys):
    source = tmp_path / "plain.txt"
    source.write_text("A headline\n\nThe body of the story, as a sentence.\n", encoding="utf-8")
    assert main(["add", str(source), "--topic", "facial-recognition", "--date", "last Tuesday"]) == 2
    assert "not a date" in capsys.readouterr().err
    assert main(["add", str(source), "--topic", "facial-recognition", "--private"]) == 0
    captured = capsys.readouterr()
    assert captured.out.strip() == str(project / "private" / "articles" / "plain.md")
    assert "title: A headline (from the first line)" in captured.err
    assert "note: data/articles/ is tracked" not in captured.err
