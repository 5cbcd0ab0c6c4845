"""The command-line contract of design.md: fields, offsets, formats."""

import json

from framing.cli import main

from conftest import CASE_STUDY


def run(capsys, *args):
    assert main(list(args)) == 0
    return capsys.readouterr().out


def test_quotes_json_fields(capsys):
    quotes = json.loads(run(capsys, "quotes", str(CASE_STUDY)))
    for quote in quotes:
        assert {"speaker", "side", "text", "paragraph", "start", "end", "kind", "cue"} <= set(quote)
        assert quote["kind"] in {"direct", "partial", "indirect"}


def test_terms_json_fields_and_offsets(capsys, case_analysis):
    terms = json.loads(run(capsys, "terms", str(CASE_STUDY)))
    fields = {"term", "frame", "matched", "paragraph", "start", "end", "section", "voice", "side",
              "negated"}
    parts = {"headline": case_analysis.article.title,
             "standfirst": case_analysis.article.span_text(case_analysis.article.standfirst)}
    paragraphs = case_analysis.article.body_paragraphs
    for hit in terms:
        assert fields <= set(hit)
        source = paragraphs[hit["paragraph"]] if hit["section"] == "body" else parts[hit["section"]]
        assert source[hit["start"]:hit["end"]] == hit["matched"]
    found = {(h["term"], h["side"]) for h in terms}
    assert ("oppressive", "critics") in found and ("safeguards", "officials") in found
    assert ("privacy destroying", "narrator") in found  # the headline's scare-quoted phrase


def test_csv_and_table_formats(capsys):
    csv_text = run(capsys, "terms", str(CASE_STUDY), "--format", "csv")
    assert csv_text.splitlines()[0] == "term,frame,matched,paragraph,start,end,section,voice,side,negated"
    assert "Nick Ephgrave" in run(capsys, "quotes", str(CASE_STUDY), "--format", "table")


def test_analyze_has_every_table(capsys):
    result = json.loads(run(capsys, "analyze", str(CASE_STUDY)))
    for table in ("segments", "speakers", "quotes", "term_hits", "sentiment", "readability"):
        assert result[table], table
    assert result["article"]["title"].startswith("Police are about to deploy")
    segment_ids = {s["segment_id"] for s in result["segments"]}
    assert {s["segment_id"] for s in result["sentiment"]} == segment_ids
    assert {"voice", "side", "compound", "polarity"} <= set(result["sentiment"][0])
    assert {"n_words", "n_sentences", "reliable", "smog_reliable"} <= set(result["readability"][0])
