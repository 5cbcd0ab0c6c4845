from framing.articlefile import load_article
from framing.cli import main
from framing.ingest import parse_plain_text

from conftest import CASE_STUDY, RAW_CASE_STUDY



def test_raw_seed_is_kept_exactly_as_received():
    seed = RAW_CASE_STUDY.parents[3] / "shared" / "seed" / RAW_CASE_STUDY.name
    if seed.exists():  # the shared folder exists on the team's machines, not on every clone
        assert RAW_CASE_STUDY.read_bytes() == seed.read_bytes()
    assert RAW_CASE_STUDY.read_text(encoding="utf-8").rstrip().endswith("Editorial standards")


def test_furniture_is_removed_and_metadata_found():
    meta, paragraphs = parse_plain_text(RAW_CASE_STUDY.read_text(encoding="utf-8"))
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
