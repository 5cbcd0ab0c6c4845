import pytest

from framing.readability import readability_table, scores


def test_formulas_match_hand_computation():
    # "The cat sat on the mat.": 6 words, 6 syllables, 1 sentence
    result = scores("The cat sat on the mat.")
    assert result["flesch_reading_ease"] == pytest.approx(206.835 - 1.015 * 6 - 84.6 * 1)
    assert result["flesch_kincaid_grade"] == pytest.approx(0.39 * 6 + 11.8 * 1 - 15.59)


def test_counts_beside_scores_and_short_scopes_unreliable():
    table = readability_table([("side", "short", ["He left. She stayed."]),
                               ("side", "long", ["One more plain sentence here. " * 25]),
                               ("side", "empty", [""])])
    rows = table.set_index("name")
    assert list(rows.index) == ["short", "long"]  # empty scopes are skipped
    assert rows.loc["short", "n_words"] == 4
    assert rows.loc["short", "n_sentences"] == 2
    assert not rows.loc["short", "reliable"]
    assert rows.loc["long", "n_words"] == 125
    assert rows.loc["long", "reliable"]
