"""Attributions made by a phrase right before a quote rather than by a cue verb.

``naming_clause`` reads a relative clause that names what someone calls a thing ('what he calls
the "Washington cartel"', 'which historian John Baick calls "a foundation ..."');
``speech_noun`` a word for speech owned by its speaker ('stood by his comment that "Islam hates
us"', 'Clinton's claim that she "never sent classified material"'); ``passive_agent`` the agent
of a passive naming ('labeled as a "witch hunt" by Democrats').
"""

from __future__ import annotations

import re

from framing.voices import words as vocab
from framing.voices.model import Attribution, Mention
from framing.voices.attribution import (
    named_rule,
    _DASH,
    _forward_mention,
    _is_capitalised,
    describe,
    sentence_subject,
)

_NAMING = re.compile(
    r"\b(?:what|which|that|whom)\s+(?P<who>[^,;:.()]{1,60}?)\s+(?:has\s+|have\s+|had\s+)?(?:[a-z]+ly\s+)?"
    r"(?P<cue>calls?|called|describes?|described|terms?|termed|dubs?|dubbed|labels?|labell?ed|refers?\s+to\s+as|referred\s+to\s+as)"
    r"(?:\s+(?:the|a|an|his|her|their|its))?\s*$"
)
_NOUNS = (r"comments?|claims?|remarks?|statements?|assertions?|promises?|vows?|pledges?|warnings?|words?|"
          r"description|assessment|prediction|insistence|accusations?|arguments?|contention|complaints?|"
          r"declaration|boast|suggestion|characterization|characterisation")
_SPEECH_NOUN = re.compile(
    r"(?:^|\s)(?P<owner>his|her|their|its|(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*[’']s?)\s+(?:[a-z-]+\s+){0,2}(?:" + _NOUNS
    + r")(?:\s+(?:on|last|this|earlier)\s+\w+)?(?:\s+that|\s+of)?\s*$"
)
_OWNER_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}


@named_rule
def naming_clause(masked: str, start: int, end: int) -> Attribution | None:
    """The speaker of 'what X calls "..."' when ``masked[start:end]`` ends with such a clause."""
    found = _NAMING.search(masked, max(start, end - 120), end)
    mention = _speaker(masked, start, found, "who") if found else None
    return Attribution(found.group("cue"), mention, found.start(), found.end("cue")) if mention else None


@named_rule
def speech_noun(masked: str, start: int, end: int) -> Attribution | None:
    """The owner of the word for speech right before a quote: 'his comment that "..."'."""
    found = _SPEECH_NOUN.search(masked, max(start, end - 120), end)
    mention = _speaker(masked, start, found, "owner") if found else None
    return Attribution("", mention, found.start("owner"), found.end()) if mention else None


_PASSIVE_BEFORE = re.compile(r"\b(?:called|dubbed|labell?ed|branded|described\s+as|termed|denounced\s+as|derided\s+as|criticized\s+as|criticised\s+as|hailed\s+as|praised\s+as)"
                             r"(?:\s+(?:as\s+)?(?:a|an|the)?)?\s*$")
_BY = re.compile(r",?\s*by\s")


@named_rule
def passive_agent(masked: str, start: int, open_: int, close: int, end: int) -> Attribution | None:
    """The agent of a passive that names a quote: 'often labeled as a "witch hunt" by Democrats'
    (``masked[start:open_]`` before the quote, ``masked[close:end]`` after it)."""
    passive = _PASSIVE_BEFORE.search(masked, max(start, open_ - 60), open_)
    by = _BY.match(masked, close, end) if passive else None
    agent = _DASH.split(masked[by.end() : min(end, by.end() + 120)], 1)[0] if by else ""  # "by Democrats — but ..."
    first = _first_word(agent)
    if first and first.group(0).lower() in vocab.GROUP_NOUNS:  # "by critics"
        mention, at = describe(first.group(0), by.end() + first.start()), by.end() + first.end()
    else:
        mention, at = _forward_mention(agent, by.end()) if first and _is_capitalised(first.group(0)) else (None, 0)
    if mention is None or mention.kind == "pronoun":
        return None
    return Attribution(passive.group(0).split()[0], mention, passive.start(), at)


def _first_word(words: str) -> re.Match | None:
    """The first word of an agent after any determiner: a name or a group names someone ("the
    Herald", "critics"); other words do not ("the time it reached ...")."""
    found = list(re.finditer(r"[\w’'-]+", words[:80]))[:2]
    if found and found[0].group(0).lower() in vocab.DETERMINERS:
        found = found[1:]
    return found[0] if found else None


def _speaker(masked: str, start: int, found: re.Match, group: str) -> Mention | None:
    """The speaker that ``found.group(group)`` names. A pronoun ("he", "his") most often stands
    for the named subject of its sentence, else it is kept to be resolved later."""
    words = re.sub(r"[’']s?$", "", found.group(group))
    pronoun = _OWNER_PRONOUNS.get(words.lower(), words.lower())
    if pronoun in vocab.PRONOUNS:
        subject = sentence_subject(masked, start, found.start())
        if subject and subject.kind in {"person", "surname"}:
            return subject
        return Mention("pronoun", pronoun, found.start(group), gender=vocab.PRONOUNS[pronoun])
    mention = describe(words, found.start(group))
    return mention if mention and mention.kind in {"person", "surname", "organisation"} else None
