import pandas as pd
import pytest
import textstat

from framing.text.nltkdata import ensure_nltk_data
from framing.measures.readability import METRICS, counts, readability_table, scores

# fixed strings whose words and sentences textstat and framing count alike
PINNED = [
    "The cat sat on the mat. It was very happy about the extraordinary situation.",
    "Facial recognition technology gives the state unprecedented power to track and monitor any "
    "one of us, destroying our privacy and our free expression. Rolling out isn't easy; it's the "
    "users' choice.",
]


@pytest.mark.parametrize("text", PINNED)
def test_scores_equal_textstat_when_sentences_agree(text):
    ensure_nltk_data()  # textstat itself needs NLTK's cmudict for the comparison
    ours = scores(text)
    for metric in METRICS:
        assert ours[metric] == pytest.approx(getattr(textstat, metric)(text), abs=1e-9), metric


def test_words_are_the_one_word_count_of_every_chapter():
    from framing.text.tokens import count_words

    text = "A privacy-destroying plan, said the 2,000-strong group's chair."
    assert counts(text)["words"] == count_words(text) == 10


def test_formulas_match_hand_computation():
    # "The cat sat on the mat.": 6 words, 6 syllables, 1 sentence
    result = scores("The cat sat on the mat.")
    assert result["flesch_reading_ease"] == pytest.approx(206.835 - 1.015 * 6 - 84.6 * 1)
    assert result["flesch_kincaid_grade"] == pytest.approx(0.39 * 6 + 11.8 * 1 - 15.59)


def test_short_sentences_count_unlike_textstat():
    text = "He left. She stayed. The committee deliberated for a remarkably long time."
    assert textstat.sentence_count(text) == 1  # drops the two-word sentences
    words, syllables = 12, counts(text)["syllables"]
    assert scores(text)["flesch_kincaid_grade"] == pytest.approx(
        0.39 * words / 3 + 11.8 * syllables / words - 15.59)


def segments(rows):
    """A segments table of (section, voice, side, kind, text) rows."""
    return pd.DataFrame(rows, columns=["section", "voice", "side", "kind", "text"])


def test_counts_beside_scores_and_short_scopes_marked():
    table = readability_table(segments([
        ("body", "ann", "short", "direct", "He left. She stayed."),
        ("body", "bob", "long", "direct", "One more plain sentence here. " * 25),
        ("body", "narrator", "narrator", "narration", '," said Ann.'),
    ])).set_index(["scope", "name"])
    short, long = table.loc[("side", "short")], table.loc[("side", "long")]
    assert (short["n_words"], short["n_sentences"]) == (4, 2)
    assert not short["reliable"] and not short["smog_reliable"]
    assert (long["n_words"], long["n_sentences"]) == (125, 25)
    assert long["reliable"] and not long["smog_reliable"]
    # the narrator's piece continues a quoted sentence: words, but no sentence of its own
    assert (table.loc[("side", "narrator"), "n_words"], table.loc[("article", "article"), "n_sentences"]) == (2, 27)
    assert ("section", "headline") not in table.index  # scopes without words are left out


def test_scope_counts_are_sums_of_segment_counts():
    pieces = ["The committee deliberated.", "It was a remarkably long meeting, said the chair."]
    whole = counts(" ".join(pieces))
    parts = [counts(p) for p in pieces]
    assert whole == {k: sum(p[k] for p in parts) for k in whole}


def test_a_piece_that_starts_mid_sentence_adds_no_sentence():
    from framing.measures.readability import count_sentences

    assert count_sentences('," said Nick Ephgrave. He left.') == 1
    assert count_sentences('"We will," she said.') == 1
    assert count_sentences("the cameras will be signposted.") == 0
