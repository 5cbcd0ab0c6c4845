"""Voices on the case study: the gold direct quotes exactly, sides, segments and balance."""

import json
from pathlib import Path

from framing.analysis.core import analyze_file
from framing.measures.balance import first_and_last, side_balance, speaker_balance
from framing.cli import main
from framing.text.tokens import count_words
from framing.inputs.topic import NARRATOR

from conftest import CASE_STUDY

GOLD = json.loads((Path(__file__).parent / "data" / "seed_direct_quotes.json").read_text())["quotes"]


def test_seed_direct_quotes_match_gold_exactly(capsys):
    assert main(["quotes", str(CASE_STUDY), "--format", "json"]) == 0
    found = json.loads(capsys.readouterr().out)
    direct = [{k: q[k] for k in ("speaker", "side", "paragraph", "text")}
              for q in found if q["kind"] == "direct"]
    assert direct == GOLD


def test_json_offsets_are_paragraph_relative(case_analysis, capsys):
    assert main(["quotes", str(CASE_STUDY), "--format", "json"]) == 0
    paragraphs = case_analysis.article.body_paragraphs
    for quote in json.loads(capsys.readouterr().out):
        if quote["paragraph"] is not None:
            assert paragraphs[quote["paragraph"]][quote["start"]:quote["end"]] == quote["text"]


def test_speakers_carry_role_organisation_side_source_and_evidence(case_analysis):
    speakers = case_analysis.speakers.set_index("name")
    assert speakers.loc["Nick Ephgrave", "organisation"] == "Metropolitan Police"
    assert set(speakers["side_source"]) <= {"front-matter", "actor", "kind", "journalist",
                                            "own-frames", "unassigned"}
    assert speakers["side_evidence"].str.len().gt(0).all()


def test_the_case_study_keeps_its_sides(case_analysis):
    speakers = case_analysis.speakers.set_index("name")
    assert speakers.loc["Nick Ephgrave", "side"] == "officials"
    assert speakers.loc["Clare Collier", "side"] == speakers.loc["Silkie Carlo", "side"] == "critics"
    assert speakers.loc["Silkie Carlo", "side_evidence"] == (
        "organisation 'Big Brother Watch' matches actor Big Brother Watch (critics)")


def test_front_matter_overrides_the_topic(tmp_path, capsys):
    text = CASE_STUDY.read_text(encoding="utf-8").replace(
        "topic: facial-recognition\n", "topic: facial-recognition\nspeakers:\n  Silkie Carlo: other\n")
    path = tmp_path / "override.md"
    path.write_text(text, encoding="utf-8")
    assert main(["quotes", str(path), "--format", "json"]) == 0
    sides = {q["side"] for q in json.loads(capsys.readouterr().out) if q["speaker"] == "Silkie Carlo"}
    assert sides == {"other"}


def test_front_matter_names_a_speaker_by_surname(tmp_path):
    text = CASE_STUDY.read_text(encoding="utf-8").replace(
        "topic: facial-recognition\n", "topic: facial-recognition\nspeakers:\n  carlo: other\n")
    path = tmp_path / "surname.md"
    path.write_text(text, encoding="utf-8")
    speakers = analyze_file(path).speakers.set_index("name")
    assert tuple(speakers.loc["Silkie Carlo", ["side", "side_source"]]) == ("other", "front-matter")
    assert speakers.loc["Silkie Carlo", "side_evidence"] == "front matter 'carlo: other'"


def test_segments_cover_quotes_with_their_voice(case_analysis):
    segments = case_analysis.segments
    quoted = segments[segments["kind"] == "direct"]
    assert set(quoted["side"]) == {"officials", "critics"}
    assert (segments.loc[segments["kind"] == "narration", "voice"] == NARRATOR).all()
    text = case_analysis.article.text
    assert all(text[s:e] == t for s, e, t in zip(segments["start"], segments["end"], segments["text"]))


def test_balance_adds_up(case_analysis):
    quotes = case_analysis.quotes
    sides = side_balance(quotes, ["officials", "critics", "other"]).set_index("side")
    expected = {side: sum(count_words(q["text"]) for q in GOLD if q["side"] == side)
                for side in ("officials", "critics")}
    direct = quotes[quotes["kind"] == "direct"]
    assert sides.loc["officials", "direct_quotes"] == 3 and sides.loc["critics", "direct_quotes"] == 4
    assert sides.loc["other", "words_quoted"] == 0
    assert (quotes["kind"] == "partial").sum() == 0  # the seed quotes only whole sentences
    assert sides.loc["officials", "words_quoted"] == expected["officials"]
    assert sides.loc["critics", "words_quoted"] == expected["critics"]
    assert abs(sides["share_of_words"].sum() - 1) < 1e-9
    assert len(direct) == 7
    per_speaker = speaker_balance(quotes, case_analysis.speakers).set_index("name")
    assert per_speaker.loc["Nick Ephgrave", "direct_quotes"] == 3
    order = first_and_last(quotes)
    assert order["first"]["speaker"] == order["last"]["speaker"] == "Nick Ephgrave"


def test_front_matter_side_must_be_a_topic_side(tmp_path, capsys):
    text = CASE_STUDY.read_text(encoding="utf-8").replace(
        "topic: facial-recognition\n", "topic: facial-recognition\nspeakers:\n  Silkie Carlo: critcs\n")
    path = tmp_path / "typo.md"
    path.write_text(text, encoding="utf-8")
    assert main(["quotes", str(path)]) == 2
    assert "unknown side(s) critcs" in capsys.readouterr().err
