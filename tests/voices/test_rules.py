"""The attribution rules and vetoes of framing.voices.quotes, each with its own table of
sentences; the first row of each is the example of its docstring. Every sentence here was
written for the tests."""

from __future__ import annotations

import re

import pytest

from framing.voices import quotes
from framing.voices.quotes import extract_quotes

ROWS = {  # rule -> [(paragraph, the last quote's speaker, the rule the quote reports)]
    quotes.relayed_before: [
        ('According to the Herald, Lee said "we will win".', "Herald", "opening_source"),
        ('In a Herald poll, 60 percent of voters said "the plan is a fraud".', "Herald poll",
         "opening_source"),
    ],
    quotes.relayed_after: [
        ('"We will win," Lee said, according to the Herald.', "Herald", "outer_source"),
    ],
    quotes.said_after: [
        ('"We will win," said Ann Lee.', "Ann Lee", "trailer_after"),
        ('"We will win," the council said.', "council", "trailer_after"),
    ],
    quotes.said_after_title: [
        ('"We will," Ann Lee, wearing "Vote Lee" pins, said.', "Ann Lee", "trailer_after"),
    ],
    quotes.name_then_verb_after: [
        ('"It was a very long night," Ann Lee reminisced.', "Ann Lee", "bare_trailer"),
    ],
    quotes.asked: [
        ('Reyes was asked by Ann Lee, "Why now?"', "Ann Lee", "asked_by"),
    ],
    quotes.said_before: [
        ('Ann Lee said: "We will win."', "Ann Lee", "intro_before"),
        ('Ann Lee told the BBC: "We will win."', "Ann Lee", "intro_before"),
    ],
    quotes.colon_before: [
        ('Ann Lee: "We will win."', "Ann Lee", "colon_intro"),
    ],
    quotes.passive_by: [
        ('The plan was labeled as a "fraud" by Ann Lee.', "Ann Lee", "passive_agent"),
    ],
    quotes.in_parentheses: [
        ('The plan, says Ann Lee, is "a fraud".', "Ann Lee", "parenthetical_cue"),
    ],
    quotes.naming: [
        ('It is what Ann Lee calls "a fraud".', "Ann Lee", "naming_clause"),
    ],
    quotes.cue_earlier: [
        ('Ann Lee said the plan was "a fraud".', "Ann Lee", "cue_before"),
        ('Ann Lee said the plan, which was new, was "a fraud".', "Ann Lee", "cue_before"),
    ],
    quotes.speech_noun_before: [
        ('Ann Lee repeated her claim that "the plan is a fraud".', "Ann Lee", "speech_noun"),
    ],
    quotes.later_in_sentence: [
        ('The plan was "a fraud", and voters knew it, Ann Lee said.', "Ann Lee",
         "sentence_trailer"),
    ],
}
VETOED = {  # veto -> [(paragraph, the first quote's speaker and rule, and without the veto)]
    quotes.quote_ends_intro_sentence: [
        ('Ann Lee argued that "the plan is a fraud." Reyes disagreed.',
         ("Ann Lee", "cue_before"), ("Reyes", "trailer_after")),
    ],
    quotes.colon_opens_new_sentence: [
        ('Ann Lee told reporters: "We will win." Reyes disagreed.',
         ("Ann Lee", "intro_before"), ("Reyes", "trailer_after")),
    ],
    quotes.clause_reported_before: [
        ('As Ann Lee claimed that "the cases are alike," Reyes said the cases differ.',
         ("Ann Lee", "cue_before"), ("Reyes", "trailer_after")),
    ],
    quotes.question_leads_on: [
        ('"Why now?" Mills then writes back, "Because we can."',
         (None, None), ("Mills", "trailer_after")),
    ],
    quotes.name_before_pronoun_after: [
        ('Ann Lee said "we will win," she said.',
         ("Ann Lee", "intro_before"), ("Ann Lee", "trailer_after")),
    ],
}


def _said(paragraph: str, which: int = -1) -> tuple[str | None, str | None]:
    """(speaker, rule without the kind of words) of one quote of ``paragraph``."""
    quote = extract_quotes([paragraph])[which]
    return (quote.speaker.name if quote.speaker else None,
            quote.rule.split(" (")[0] if quote.rule else None)


def _example(doc: str) -> str:
    """The example sentence of a docstring: its first passage in single quotes that holds a
    double quotation mark."""
    return next(m for m in re.findall(r"'([^']*\"[^']*)'", " ".join(doc.split())))


def test_the_rules_read_top_to_bottom_as_precedence():
    assert [r.__name__ for r in quotes.RELAYED] == ["relayed_before", "relayed_after"]
    assert [r.__name__ for r in quotes.AFTER] == ["said_after", "said_after_title",
                                                  "name_then_verb_after"]
    assert [r.__name__ for r in quotes.BEFORE] == ["asked", "said_before", "colon_before"]
    assert [r.__name__ for r in quotes.ELSEWHERE] == [
        "passive_by", "in_parentheses", "naming", "cue_earlier", "speech_noun_before",
        "later_in_sentence"]
    assert list(ROWS) == [*quotes.RELAYED, *quotes.AFTER, *quotes.BEFORE, *quotes.ELSEWHERE]
    assert list(VETOED) == list(quotes.VETOES)


@pytest.mark.parametrize("rule", [*ROWS, *VETOED], ids=lambda rule: rule.__name__)
def test_each_rules_docstring_example_is_its_first_test_row(rule):
    first = (ROWS.get(rule) or VETOED[rule])[0][0]
    assert _example(rule.__doc__) == first


@pytest.mark.parametrize("paragraph, speaker, rule",
                         [pytest.param(*row, id=f"{r.__name__}-{i}")
                          for r, rows in ROWS.items() for i, row in enumerate(rows)])
def test_each_rule_names_the_speaker_of_its_sentences(paragraph, speaker, rule):
    assert _said(paragraph) == (speaker, rule)


@pytest.mark.parametrize("veto, paragraph, kept, without",
                         [pytest.param(v, *row, id=f"{v.__name__}-{i}")
                          for v, rows in VETOED.items() for i, row in enumerate(rows)])
def test_each_veto_refuses_the_attribution_after_the_quote(monkeypatch, veto, paragraph, kept,
                                                          without):
    assert _said(paragraph, 0) == kept
    monkeypatch.setattr(quotes, "VETOES", tuple(v for v in quotes.VETOES if v is not veto))
    assert _said(paragraph, 0) == without
