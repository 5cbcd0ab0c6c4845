"""Every attribution says why: the rule that named the speaker and how often that rule is right
(framing.voices.confidence, train/rule_confidence.py). Passages here were written for the tests."""

from __future__ import annotations

import json
import sys

import pandas as pd
import pytest

from framing.text.article import Article
from framing.voices.model import Attribution, named_rule
from framing.voices.confidence import LOW, Confidence, packaged_confidence
from framing.book.prose import doubtful_attributions
from framing.voices.quotes import extract_quotes
from framing.voices.tables import quotes_and_speakers

from conftest import ROOT

sys.path.insert(0, str(ROOT / "train"))
import rule_confidence  # noqa: E402


def test_confidence_is_the_rules_share_right_smoothed_toward_all_rules():
    # the docstring's example: 45 of 50 right, all rules 0.8 right (80 of 100 in all)
    counts = {"trailer_after (person)": [45, 50], "previous_quote": [35, 50]}
    assert Confidence(counts).of("trailer_after (person)") == 0.883
    assert Confidence(counts).of("find_reports (organisation)") is None
    assert Confidence(counts).of(None) is None


@pytest.mark.parametrize("paragraphs, rule", [
    (['"We will press on," said Ann Lee.'], "trailer_after (person)"),
    (['"We will press on," she said.'], None),  # nobody to resolve "she" to
    (['Ann Lee spoke first. "We will press on," she said.'], "trailer_after (pronoun)"),
    (['Ann Lee said: "We will press on."'], "intro_before (person)"),
    (['"We will press on," said Ann Lee.', '"And we will win."'], "previous_quote"),
])
def test_each_quote_names_the_rule_that_named_its_speaker(paragraphs, rule):
    assert extract_quotes(paragraphs)[-1].rule == rule


def test_quotes_tables_carry_rule_and_confidence():
    article = Article.from_parts({"slug": "written-for-the-tests"}, "A headline", None,
                                 ['"We will press on," said Ann Lee.', '"And we will win."'])
    quotes = quotes_and_speakers(article, None)[0]
    assert quotes["rule"].tolist() == ["trailer_after (person)", "previous_quote"]
    measured = packaged_confidence()
    assert quotes["confidence"].tolist() == [measured.of("trailer_after (person)"),
                                             measured.of("previous_quote")]
    # measured on the expert annotations: a name after the quote beats a guess from the quote before
    assert quotes["confidence"][0] > LOW > quotes["confidence"][1]


def test_a_rule_marks_what_it_finds_with_its_name_the_outermost_rule_winning():
    @named_rule
    def inner(): return Attribution("said", None, 0, 4)

    @named_rule
    def outer(): return inner()

    assert (inner().rule, outer().rule) == ("inner", "outer")
    assert named_rule(lambda: None)() is None


def test_the_committed_counts_are_of_rules_the_code_has():
    import framing.voices.attribution
    import framing.voices.attribution_inverted
    import framing.voices.attribution_phrases
    modules = (framing.voices.attribution, framing.voices.attribution_inverted, framing.voices.attribution_phrases)
    names = {n for m in modules for n in vars(m)} | {"previous_quote", "byline"}
    counts = json.loads((ROOT / "src" / "framing" / "voices" / "rule_confidence.json").read_text())["counts"]
    assert {rule.split(" (")[0] for rule in counts} <= names


def test_doubtful_attributions_lists_the_low_confidence_quotes():
    quotes = pd.DataFrame({"speaker": ["Ann Lee", "Ann Lee", None],
                           "text": ["We will press on", "And we will win the vote in the end, "
                                    "whatever they say", "Nobody"],
                           "rule": ["trailer_after (person)", "previous_quote", None],
                           "confidence": [0.99, 0.62, None]})
    assert doubtful_attributions(quotes) == (
        "1 of 2 quotes whose rule was measured have a speaker named by a rule that is right less "
        "than 90% of the time: “And we will win the vote in the …” to Ann Lee (previous_quote, "
        "0.62)")


def test_training_counts_right_and_all_per_rule_most_used_first():
    found = [("a", True), ("b", False), ("b", True), ("b", True)]
    assert rule_confidence.counts(found) == {"b": [2, 3], "a": [1, 1]}
