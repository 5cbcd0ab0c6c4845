from types import SimpleNamespace as Entry

import pandas as pd
import pytest

from framing.measures.sentiment import (agreement, lexicon_coverage, paragraph_arc, score_text,
                               sentiment_by, sentiment_table)


def test_reference_values_of_both_lexicons():
    # the example of VADER's own README, and a sentence from the case study's critics
    scores = score_text("VADER is smart, handsome, and funny.")
    assert {k: scores[k] for k in ("neg", "neu", "pos", "compound")} == {
        "neg": 0.0, "neu": 0.254, "pos": 0.746, "compound": 0.8316}
    assert scores["polarity"] == pytest.approx(0.32142857142857145)
    critics = score_text("This is a dangerous, oppressive move")
    assert critics["compound"] == -0.7003
    assert critics["polarity"] == pytest.approx(-0.6)


def test_table_and_grouping():
    segments = pd.DataFrame({"segment_id": ["s0", "s1", "s2"], "side": ["a", "a", "b"],
                             "section": "body", "paragraph": [0, 0, 1],
                             "text": ["Great good day.", "Bad.", "A table."]})
    scores = sentiment_table(segments)
    assert list(scores.columns) == ["segment_id", "compound", "pos", "neu", "neg", "polarity",
                                    "subjectivity"]
    by = sentiment_by(segments, scores).set_index("side")
    c = scores.set_index("segment_id")["compound"]
    assert by.loc["a", "mean_compound"] == pytest.approx((c["s0"] + c["s1"]) / 2)
    assert by.loc["a", "weighted_compound"] == pytest.approx((3 * c["s0"] + 1 * c["s1"]) / 4)
    assert by.loc["b", "weighted_compound"] == 0.0
    arc = paragraph_arc(segments, scores)
    assert list(arc["side"]) == ["a", "b"] and list(arc["paragraph"]) == [0, 1]


def test_agreement():
    scores = pd.DataFrame({"compound": [-0.5, 0.0, 0.4, 0.9], "polarity": [-0.1, 0.2, 0.3, 0.8]})
    result = agreement(scores)
    assert result["spearman"] == pytest.approx(1.0)
    assert result["same_sign"] == 0.75


def test_vader_cannot_see_surveillance():
    coverage = lexicon_coverage([Entry(term="mass surveillance", frame="x"),
                                 Entry(term="dangerous", frame="x")]).set_index("term")
    assert not coverage.loc["mass surveillance", "scored_by_vader"]
    assert coverage.loc["dangerous", "scored_by_vader"]


def test_frame_sentiment_on_the_seed(case_analysis):
    from framing.measures.sentiment import frame_sentiment

    a = case_analysis
    table = frame_sentiment(a.segments, a.sentiment, a.term_hits).set_index(["side", "frame"])
    officials = table.loc[("officials", "safety")]
    segments = set(a.term_hits.query("side == 'officials' and frame == 'safety'")["segment_id"])
    scores = a.sentiment.set_index("segment_id").loc[sorted(segments), "compound"]
    assert officials["segments"] == len(segments)
    assert officials["share_negative"] == pytest.approx((scores < 0).mean())
    assert officials["share_negative"] > 0  # police talk of crime and violence scores negative
