"""Tests of framing.voices.quotes: the case study, the hand-written passages, and robustness."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.voices.model import Quote, Speaker
from framing.voices.quotes import extract_quotes, find_scare_quotes

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from quotes_eval import SEED_ALIASES, load_passages, read_passage, seed_paragraphs  # noqa: E402

DATA = Path(__file__).parent / "data"
PASSAGES = load_passages(DATA / "passages")


def _speech(quotes: list[Quote]) -> list[Quote]:
    return [q for q in quotes if q.kind in {"direct", "partial"}]


# ---------------------------------------------------------------------------------------------
# the case study

@pytest.fixture(scope="module")
def seed():
    paragraphs = seed_paragraphs()
    return paragraphs, extract_quotes(paragraphs, aliases=SEED_ALIASES)


def test_seed_direct_quotes_match_the_gold_exactly(seed):
    _, quotes = seed
    gold = json.loads((DATA / "seed_quotes.gold.json").read_text(encoding="utf-8"))
    found = [
        {"speaker": q.speaker.name, "kind": q.kind, "paragraph": q.paragraph, "text": q.text}
        for q in _speech(quotes)
    ]
    assert found == gold


def test_seed_speakers_keep_role_and_organisation(seed):
    _, quotes = seed
    ephgrave = _speech(quotes)[0].speaker
    assert ephgrave == Speaker("Nick Ephgrave", "assistant commissioner", "Metropolitan Police")
    collier = _speech(quotes)[1].speaker
    assert (collier.role, collier.organisation) == ("advocacy director", "Liberty")
    assert [q.cue for q in _speech(quotes)] == ["said", "said", "she added", "said", "she added", "said", "he concluded"]


def test_seed_indirect_speech_of_the_met(seed):
    paragraphs, quotes = seed
    indirect = {q.text: q.speaker.name for q in quotes if q.kind == "indirect"}
    assert indirect["it will engaging with communities at a local level"] == "Metropolitan Police"
    met = [text for text, name in indirect.items() if name == "Metropolitan Police"]
    assert any(text.startswith("the cameras will be focused") for text in met)
    assert any(text.startswith("the technology will be separate") for text in met)
    assert indirect["it could ban facial recognition technology in public spaces"] == "European Union"


def test_seed_scare_quote(seed):
    paragraphs, _ = seed
    assert [paragraphs[p][s:e] for p, s, e in find_scare_quotes(paragraphs)] == ["intelligence-led"]


# ---------------------------------------------------------------------------------------------
# the hand-written passages

@pytest.mark.parametrize("name, paragraphs, aliases, gold", PASSAGES, ids=[p[0] for p in PASSAGES])
def test_passage_matches_its_gold(name, paragraphs, aliases, gold):
    quotes = extract_quotes(paragraphs, aliases=aliases)
    found = [(q.paragraph, q.text, q.kind, q.speaker.name if q.speaker else None) for q in quotes]
    expected = [(g["paragraph"], g["text"], g["kind"], g["speaker"]) for g in gold["quotes"]]
    assert found == expected
    scare = [paragraphs[p][s:e] for p, s, e in find_scare_quotes(paragraphs)]
    assert scare == gold["scare_quotes"]


def test_passages_cover_every_case():
    assert len(PASSAGES) >= 12
    for path in (DATA / "passages").glob("*.txt"):
        assert "not real news" in path.read_text(encoding="utf-8").splitlines()[0]


def test_split_quote_parts_share_one_speaker():
    paragraphs = read_passage(DATA / "passages" / "01-split-quote.txt")
    first, second = extract_quotes(paragraphs)[:2]
    assert (first.part, second.part) == (0, 1)
    assert first.speaker == second.speaker and first.cue == "said"


def test_multi_paragraph_quote_is_one_quote_in_parts():
    paragraphs = read_passage(DATA / "passages" / "03-multi-paragraph.txt")
    parts = [q.part for q in extract_quotes(paragraphs) if q.kind == "direct"]
    assert parts == [0, 1, 2]


def test_group_speaker_is_an_organisation():
    quotes = extract_quotes(["Critics warn that the contract was awarded without a proper tender."])
    assert quotes[0].speaker == Speaker("critics", is_organisation=True)
    assert quotes[0].cue == "warn"


# ---------------------------------------------------------------------------------------------
# robustness

_ALPHABET = st.sampled_from(list("ab Cd e.,;:!?-—'’‘\"“”„«»()[]…\n") + ["said", " she added", "According to ", "Ann Lee"])
_TEXT = st.lists(_ALPHABET, max_size=80).map("".join)


def _check_offsets(paragraphs: list[str]) -> None:
    for q in extract_quotes(paragraphs, aliases={"ann lee": "Ann Lee"}):
        assert 0 <= q.paragraph < len(paragraphs)
        assert 0 <= q.start <= q.end <= len(paragraphs[q.paragraph])
        assert paragraphs[q.paragraph][q.start : q.end] == q.text
        assert q.kind in {"direct", "partial", "indirect"} and q.part >= 0
    for p, s, e in find_scare_quotes(paragraphs):
        assert 0 <= s <= e <= len(paragraphs[p])


@settings(max_examples=300, deadline=None)
@given(st.lists(_TEXT, max_size=6))
def test_any_text_gives_valid_offsets(paragraphs):
    _check_offsets(paragraphs)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(max_size=200), max_size=4))
def test_any_unicode_gives_valid_offsets(paragraphs):
    _check_offsets(paragraphs)


def test_text_without_quotes_has_no_quoted_speech():
    paragraphs = ["The council met on Tuesday. Nothing was decided.", "People's patience is thin in the '90s estates."]
    assert _speech(extract_quotes(paragraphs)) == []
    assert find_scare_quotes(paragraphs) == []


def test_unbalanced_marks_run_to_the_paragraph_end():
    quotes = extract_quotes(['"It is over," said Ann Lee. "We lost', "The vote was close."])
    assert [q.text for q in quotes] == ["It is over,", "We lost"]
    assert {q.speaker.name for q in quotes} == {"Ann Lee"}


@pytest.mark.parametrize("text, inner", [
    ("“He told me ‘no’ twice,” said Ann Lee.", "He told me ‘no’ twice,"),
    ("'He called it \"madness\" twice,' said Ann Lee.", 'He called it "madness" twice,'),
])
def test_nested_quotes_stay_inside_the_outer_quote(text, inner):
    quotes = extract_quotes([text])
    assert [(q.text, q.speaker.name) for q in quotes] == [(inner, "Ann Lee")]


def test_a_quote_opened_before_the_last_one_closed_ends_there():
    quotes = extract_quotes(["“We are ready. “Nobody will stop us,” said Ann Lee."])
    assert [q.text for q in quotes] == ["We are ready.", "Nobody will stop us,"]


def test_a_twenty_thousand_word_article_is_read_whole():
    rng = random.Random(7)
    pool = [p for _, paragraphs, _, _ in PASSAGES for p in paragraphs]
    paragraphs, words = [], 0
    while words < 20_000:
        paragraph = rng.choice(pool)
        paragraphs.append(paragraph)
        words += len(paragraph.split())
    quotes = extract_quotes(paragraphs)
    assert len(quotes) > 1000 and len({q.paragraph for q in quotes}) > len(paragraphs) // 2


def test_one_huge_paragraph_of_cues_and_marks_is_read_without_error():
    rng = random.Random(3)
    vocabulary = "the police said that \"we will\" 'not' stop, she added “ ” ‘ ’ Mr. Smith told reporters: according to , . said".split(" ")
    paragraph = " ".join(rng.choice(vocabulary) for _ in range(20_000))
    quotes = extract_quotes([paragraph, "said " * 20_000, "“a " * 20_000])
    assert quotes and all(0 <= q.start <= q.end for q in quotes)


def test_a_whole_sentence_after_a_partial_quote_is_direct():
    # written for the tests
    quotes = extract_quotes(['The count was "too slow for anyone," Ann Lee said. "It was not fair."'])
    assert [(q.kind, q.speaker.name) for q in quotes] == [("partial", "Ann Lee"), ("direct", "Ann Lee")]


def test_an_unattributed_quote_goes_on_a_nearby_speaker_only():
    # written for the tests
    paragraphs = ['"The count was slow," said Ann Lee.', '"It was not fair."', "The board met twice.", "Nobody spoke.",
                  '"Nothing will change."']
    assert [q.speaker.name if q.speaker else None for q in extract_quotes(paragraphs)] == ["Ann Lee", "Ann Lee", None]
    paragraphs[3] = "Lee spoke only in bromides."
    assert [q.speaker.name if q.speaker else None for q in extract_quotes(paragraphs)] == ["Ann Lee", "Ann Lee", "Ann Lee"]


def test_a_colon_after_someones_words_leads_into_the_next_paragraph():
    # written for the tests
    quotes = extract_quotes(["The council's case rests on a blind faith in Ann Lee’s word:", '"The count was fair."'])
    assert [(q.kind, q.speaker.name) for q in quotes] == [("direct", "Ann Lee")]


@pytest.mark.parametrize("paragraphs, found", [
    # written for the tests. standalone_heading: the docstring's example first, a subheading
    # that the previous paragraph's "claiming" must not attribute
    (["Campaigners have long opposed the plan to send people claiming asylum to Rwanda.",
      "'Grubby cash-for-people deal'", "The ruling was a blow to the government."], []),
    (['"We won," said Ann Lee.', "“Count every vote”", "The count went on."], [("We won,", "Ann Lee")]),
    # look-alikes that stay quotes: led in by a colon, signed under, a sentence, words outside the marks
    (["Tom Reyes continued:", '"The count is not over"'], [("The count is not over", "Tom Reyes")]),
    (["Tom Reyes spoke first.", '"Count every vote"', "— Ann Lee, mayor of Dover"], [("Count every vote", "Ann Lee")]),
    (['"We won," said Ann Lee.', '"And we will win again."'], [("We won,", "Ann Lee"), ("And we will win again.", "Ann Lee")]),
    (["'Grubby cash-for-people deal', says Ann Lee"], [("Grubby cash-for-people deal", "Ann Lee")]),
])
def test_a_short_quoted_line_alone_is_a_heading_not_a_quote(paragraphs, found):
    quotes = extract_quotes(paragraphs)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes if q.kind != "indirect"] == found
    assert find_scare_quotes(paragraphs) == []
