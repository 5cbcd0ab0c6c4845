"""Frames per sentence: a non-negated term of a frame codes its sentence; `framing frames`."""

import json

import pytest

from framing.analysis import analyze
from framing.articlefile import parse_article
from framing.cli import main

from conftest import CASE_STUDY

# sentences written for the tests, and the frames the facial-recognition lexicon gives them
ROWS = [
    ("This is a dangerous, oppressive and completely unjustified move.", True, False),
    ("The cameras will help keep people safe.", False, True),
    ("The scheme is not oppressive, and it will keep people safe.", False, True),
    ("The vans will be parked in Stratford on Tuesday.", False, False),
]


@pytest.mark.parametrize("sentence, surveillance, safety", ROWS)
def test_a_sentence_carries_the_frames_of_its_non_negated_terms(topic, sentence, surveillance,
                                                                safety):
    article = parse_article(f"---\ntitle: Cameras\n---\n{sentence}\n", path="written.md")
    frames = analyze(article, topic).frames
    body = frames[frames["section"] == "body"].iloc[0]
    assert (bool(body["surveillance"]), bool(body["safety"])) == (surveillance, safety)
    assert body["text"] == sentence
    for term in filter(None, body["terms"].split("; ")):
        assert term.rsplit(" (", 1)[0].split()[0].lower()[:4] in sentence.lower()


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
