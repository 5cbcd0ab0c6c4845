"""Frames per sentence: a term codes its sentence, a negated term the other side's frames."""

import json
from pathlib import Path

import pytest

from framing.analysis.core import analyze
from framing.inputs.articlefile import parse_article
from framing.cli import main
from framing.measures.frames import carried_frames
from framing.inputs.topic import Frame, load_topic

from conftest import CASE_STUDY

# sentences written for the tests, and the frames the facial-recognition lexicon gives them;
# the first is the example in carried_frames' docstring
ROWS = [
    ("The scheme is not oppressive, and it will keep people safe.", False, True),
    ("This is a dangerous, oppressive and completely unjustified move.", True, False),
    ("The cameras will help keep people safe.", False, True),
    ("The vans will be parked in Stratford on Tuesday.", False, False),
    ("Campaigners called the Orwellian cameras a breach of privacy.", True, False),
    ("Images of passers-by are deleted at once, and an officer makes the final decision.",
     False, True),
    ("The system led to an arrest for robbery, but critics say it is biased.", True, True),
    ("The council said the vans were no threat to civil liberties.", False, True),
    ("Critics say there are no safeguards.", True, False),
]

# sentences written for the tests, framed by the second topic's own lexicon (no code for it)
SCHOOL_ROWS = [
    ("This heavy-handed crackdown takes away a lifeline.", True, True),
    ("A phone is a lifeline, not a distraction.", False, True),
    ("Pupils will hand in their phones at the gate.", False, False),
    ("The new rule is not heavy-handed.", True, False),
]


def _first_body_row(sentence, topic):
    article = parse_article(f"---\ntitle: Cameras\n---\n{sentence}\n", path="written.md")
    frames = analyze(article, topic).frames
    return frames[frames["section"] == "body"].iloc[0]


def test_a_negated_term_carries_the_frames_of_the_other_side():
    frames = [Frame("surveillance", "Surveillance", "#000000", "critics"),
              Frame("safety", "Safety", "#000000", "officials"),
              Frame("technical", "Technical", "#000000")]
    hits = [("oppressive", "surveillance", True), ("keep people safe", "safety", False),
            ("cameras", "technical", True)]
    assert carried_frames(hits, frames) == {
        "surveillance": [], "safety": ["not oppressive", "keep people safe"], "technical": []}


def test_without_sides_a_negated_term_carries_nothing():
    frames = [Frame("discipline", "Discipline", "#000000"), Frame("freedom", "Freedom", "#000000")]
    assert carried_frames([("distraction", "discipline", True)], frames) == {
        "discipline": [], "freedom": []}


@pytest.mark.parametrize("sentence, surveillance, safety", ROWS)
def test_a_sentence_carries_the_frames_its_terms_carry(topic, sentence, surveillance, safety):
    body = _first_body_row(sentence, topic)
    assert (bool(body["surveillance"]), bool(body["safety"])) == (surveillance, safety)
    assert body["text"] == sentence
    for term in filter(None, body["terms"].split("; ")):  # "safe (safety)", "not unlawful (safety)"
        word = term.rsplit(" (", 1)[0].removeprefix("not ").split()[0]
        assert word.lower()[:4] in sentence.lower()


@pytest.mark.parametrize("sentence, discipline, freedom", SCHOOL_ROWS)
def test_a_second_topic_frames_sentences_by_its_own_lexicon(sentence, discipline, freedom):
    topic = load_topic("school-phones", folder=Path(__file__).parent / "data" / "topics")
    body = _first_body_row(sentence, topic)
    assert (bool(body["discipline"]), bool(body["freedom"])) == (discipline, freedom)
    assert "surveillance" not in body.index


def test_one_row_per_sentence_with_article_offsets(case_analysis):
    frames = case_analysis.frames
    assert len(frames) == len(case_analysis.article.sentences)
    text = case_analysis.article.text
    assert all(text[r.start:r.end] == r.text for r in frames.itertuples())
    assert {"surveillance", "safety", "technical"} <= set(frames.columns)


def test_frames_command(capsys):
    assert main(["frames", str(CASE_STUDY)]) == 0
    rows = json.loads(capsys.readouterr().out)
    fields = {"section", "paragraph", "start", "end", "text", "voice", "side", "surveillance",
              "safety", "terms"}
    assert rows and all(fields <= set(r) for r in rows)
    oppressive = [r for r in rows if "oppressive (surveillance)" in r["terms"]]
    assert oppressive and all(r["surveillance"] for r in oppressive)
