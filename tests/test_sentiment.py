import pandas as pd
import pytest

from framing.sentiment import score_text, sentiment_by, sentiment_table


def test_vader_reference_values():
    # the example of VADER's own README, and a sentence from the case study's critics
    assert score_text("VADER is smart, handsome, and funny.") == {
        "neg": 0.0, "neu": 0.254, "pos": 0.746, "compound": 0.8316}
    assert score_text("This is a dangerous, oppressive move")["compound"] == -0.7003


def test_table_and_grouping():
    segments = pd.DataFrame({"segment_id": ["s0", "s1", "s2"], "side": ["a", "a", "b"],
                             "text": ["Great good day.", "Bad.", "A table."]})
    scores = sentiment_table(segments)
    assert list(scores.columns) == ["segment_id", "compound", "pos", "neu", "neg"]
    by = sentiment_by(segments, scores).set_index("side")
    a = scores.set_index("segment_id")["compound"]
    assert by.loc["a", "mean_compound"] == pytest.approx((a["s0"] + a["s1"]) / 2)
    assert by.loc["a", "weighted_compound"] == pytest.approx((3 * a["s0"] + 1 * a["s1"]) / 4)
    assert by.loc["b", "weighted_compound"] == 0.0
