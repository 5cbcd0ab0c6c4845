"""Attributions whose speaker follows the cue in the middle of a sentence.

``asked_by`` reads a passive question ('Sanders was asked by host Bill Maher, "..."');
``parenthetical_cue`` an inverted cue set off by commas ('The paradox, says Carl Anthony, a
historian, is that she was "..."'); ``bare_trailer`` a verb that no list holds after
a quote ('"...," an angry Hollande retaliated.'); ``outer_source`` and ``opening_source`` the
outlet or document that relays a quote ('"...," Walker said, according to an Associated Press
account.', 'According to the Times, Trump said "..."').
"""

from __future__ import annotations

import re

from framing.voices import words as vocab
from framing.voices.model import Attribution, Mention
from framing.voices.attribution import (
    named_rule,
    _WINDOW,
    _forward_mention,
    describe,
    _is_capitalised,
    find_cues,
    lemma,
)

_PERSONS = {"person", "surname"}
_ASKED_BY = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:asked|pressed|questioned|challenged)\s+by\s+")


@named_rule
def asked_by(masked: str, start: int, end: int) -> Attribution | None:
    """The asker in 'X was asked by Y, "..."': ``masked[start:end]`` holds the words before the quote."""
    found = None
    for found in _ASKED_BY.finditer(masked, max(start, end - _WINDOW), end):
        pass
    if found is None:
        return None
    mention, at = _forward_mention(masked[found.end() : end], found.end())
    if mention is None or mention.kind not in _PERSONS or masked[at:end].strip(" ,:—–-"):
        return None
    return Attribution(found.group(0).split()[1], mention, found.start(), at)


@named_rule
def parenthetical_cue(masked: str, start: int, end: int) -> Attribution | None:
    """An inverted cue between commas before a quote in ``masked[start:end]``: ', says X, ...'."""
    for cue in reversed(find_cues(masked, max(start, end - _WINDOW), end)[-2:]):
        word = cue.group(0)
        if not masked[start : cue.start()].rstrip().endswith(",") or word.endswith("ing") or lemma(word) in vocab.TRANSITIVE:
            continue
        following = masked[cue.end() : end].split(None, 1)
        if not following or not (_is_capitalised(following[0]) or following[0].lower() in vocab.DETERMINERS):
            continue
        mention, at = _forward_mention(masked[cue.end() : end], cue.end())
        if mention and mention.kind in _PERSONS and masked[at:end].lstrip()[:1] == ",":
            return Attribution(word, mention, cue.start(), at)
    return None


# '"...," an angry Hollande retaliated.': a name and a past-tense verb that is no known cue, or
# a phrasal one ('"...," Lee shot back with a laugh.')
_BARE_TRAILER = re.compile(
    r"[\s,]*((?:(?:an?|the)\s+)?(?:[a-z]+\s+)?(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*)\s+"
    r"([a-z]{3,}ed|(?:shot|fired|hit|pushed|snapped)\s+back|went\s+on|chimed\s+in)(?=\s*[.,!?]|\s*$|\s+with\s)"
)


@named_rule
def bare_trailer(masked: str, start: int, end: int) -> Attribution | None:
    """A speaker and an unlisted past-tense verb that end the clause after a quote."""
    found = _BARE_TRAILER.match(masked, start, end)
    if found is None:
        return None
    mention = describe(found.group(1), found.start(1))
    if mention is None or mention.kind not in _PERSONS:
        return None
    return Attribution(found.group(2), mention, found.start(1), found.end(2))


# the last clause of a sentence naming who relays it: ", according to X." ", reported X." ", X reported."
_RELAYED_BY = re.compile(r"(?:according\s+to|reports|reported)\s+(?=[A-Z]|the\s|an?\s)")
# "according to X" right after the attribution, X named by a capital: '," Lee said in a statement according to the Herald'
_ACCORDING_ANYWHERE = re.compile(r"(?:,|\s)\s*(according\s+to\s+(?=[A-Z]|the\s+[A-Z]))")
_NEW_CLAUSE = re.compile(r"\b(?:that|and|but|because|while|which|who|[a-z]+ing)\b")
_RELAYS = re.compile(r"(.+?)\s+(?:reports|reported)[\s.!?\"”’']*$")


_OPENING_ACCORDING = re.compile(r"\s*According\s+to\s+")


# "In a national CNN/ORC poll released Monday,": a poll named by capitalised words, no preposition between
_OPENING_POLL = re.compile(r"\s*(In\s+(?:a|an|the|this|that|one)\s+((?:[a-z]+\s+)?(?:[A-Z][\w.’'/-]*\s+){1,4}(?:[a-z]+\s+)?(?:poll|survey))\b)[^,.;:]{0,40},")
_NOT_IN_A_NAME = vocab.PREPOSITIONS | {"the", "and", "that"}


@named_rule
def opening_source(masked: str, start: int, end: int) -> Attribution | None:
    """The source named where a sentence ``masked[start:end]`` opens: 'According to X, Y said
    "..."', or a poll: 'In a Herald poll, 60 percent of voters said "..."'."""
    poll = _OPENING_POLL.match(masked, start, end)
    if poll and not _NOT_IN_A_NAME & set(poll.group(2).lower().split()):
        return Attribution("", Mention("organisation", poll.group(2), poll.start(2)), poll.start(1), poll.end())
    cue = _OPENING_ACCORDING.match(masked, start, end)
    if cue is None:
        return None
    mention, at = _forward_mention(masked[cue.end() : end], cue.end())
    written = masked[cue.start() : cue.end()].strip()
    return Attribution(written, mention, cue.start(), at) if mention and mention.kind != "pronoun" else None


@named_rule
def outer_source(masked: str, start: int, end: int) -> Attribution | None:
    """The source that relays the quotes of a sentence: "according to X" after them, or a last
    clause after a comma (", reported X"); ``masked[start:end]`` holds the sentence after the quote."""
    end = min(end, start + _WINDOW)
    according = _ACCORDING_ANYWHERE.search(masked, start, end)  # '..., according to Reuters, during a visit'
    if according and _NEW_CLAUSE.search(masked, start, according.start()):
        according = None  # '..., adding that according to the law ...' reports something else
    comma = masked.rfind(",", start, end)
    if comma < 0 and according is None:
        return None
    at = according.start(1) if according else comma + 1 + len(masked[comma + 1 : end]) - len(masked[comma + 1 : end].lstrip())
    cue = _RELAYED_BY.match(masked, at, end)
    if cue:
        mention, _ = _forward_mention(masked[cue.end() : end], cue.end())
    else:
        relays = _RELAYS.match(masked, at, end)
        mention = describe(relays.group(1), relays.start(1)) if relays else None
    if mention is None or mention.kind == "pronoun":
        return None
    return Attribution(masked[at : cue.end()].strip() if cue else "reported", mention, at, end)
