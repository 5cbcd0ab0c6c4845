"""One definition of each count: the chapters' totals agree, on the case study and on articles
of the second topic (written for the tests)."""

from pathlib import Path

import pytest

from framing.analysis.core import analyze_file
from framing.measures.balance import side_balance, speaker_balance
from framing.analysis.synthesis import side_summary

from conftest import CASE_STUDY, ROOT

DATA = Path(__file__).parent / "data"
ARTICLES = [CASE_STUDY, DATA / "articles" / "school-phones.md", DATA / "articles" / "school-phones-2.md"]


@pytest.fixture(params=ARTICLES, ids=lambda p: p.stem)
def analysis(request, monkeypatch):
    monkeypatch.setenv("FRAMING_DATA", str(ROOT / "data" if request.param == CASE_STUDY else DATA))
    return analyze_file(request.param)


def test_body_words_and_sentences_agree_between_article_and_readability(analysis):
    body = analysis.article.counts("body")
    readability = analysis.readability.set_index(["scope", "name"]).loc[("section", "body")]
    assert (readability["n_words"], readability["n_sentences"]) == (body["words"],
                                                                    body["sentences"])
    assert body["sentences"] == len(analysis.frames[analysis.frames["section"] == "body"])


def test_words_quoted_agree_between_voices_readability_and_synthesis(analysis):
    sides = [s.id for s in analysis.topic.sides]
    balance = side_balance(analysis.quotes, sides).set_index("side")["words_quoted"]
    readability = analysis.readability[analysis.readability["scope"] == "side"].set_index("name")
    summary = side_summary(analysis).set_index("side")["words_quoted"]
    for side, words in balance[balance > 0].items():
        assert readability.loc[side, "n_words"] == words == summary[side], side
    speakers = speaker_balance(analysis.quotes, analysis.speakers).set_index("speaker_id")
    by_speaker = analysis.readability[analysis.readability["scope"] == "speaker"].set_index("name")
    for speaker, words in speakers["words_quoted"][speakers["words_quoted"] > 0].items():
        assert by_speaker.loc[speaker, "n_words"] == words, speaker


def test_a_split_quote_counts_once(analysis):
    quotes = analysis.quotes
    sides = side_balance(quotes, [s.id for s in analysis.topic.sides])
    direct = quotes[quotes["kind"] == "direct"]
    assert sides["direct_quotes"].sum() == (direct["part"] == 0).sum()
