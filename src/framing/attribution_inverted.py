"""Attributions whose speaker follows the cue in the middle of a sentence.

``asked_by`` reads a passive question ('Sanders was asked by host Bill Maher, "..."');
``parenthetical_cue`` an inverted cue set off by commas ('The paradox, says Carl Anthony, a
historian, is that she was "..."'); ``bare_trailer`` a verb that no list holds after
a quote ('"...," an angry Hollande retaliated.').
"""

from __future__ import annotations

import re

from framing.attribution import (
    _DETERMINERS,
    _TRANSITIVE,
    _WINDOW,
    Attribution,
    _forward_mention,
    describe,
    _is_capitalised,
    find_cues,
    lemma,
)

_PERSONS = {"person", "surname"}
_ASKED_BY = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:asked|pressed|questioned|challenged)\s+by\s+")


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


def parenthetical_cue(masked: str, start: int, end: int) -> Attribution | None:
    """An inverted cue between commas before a quote in ``masked[start:end]``: ', says X, ...'."""
    for cue in reversed(find_cues(masked, max(start, end - _WINDOW), end)[-2:]):
        word = cue.group(0)
        if not masked[start : cue.start()].rstrip().endswith(",") or word.endswith("ing") or lemma(word) in _TRANSITIVE:
            continue
        following = masked[cue.end() : end].split(None, 1)
        if not following or not (_is_capitalised(following[0]) or following[0].lower() in _DETERMINERS):
            continue
        mention, at = _forward_mention(masked[cue.end() : end], cue.end())
        if mention and mention.kind in _PERSONS and masked[at:end].lstrip()[:1] == ",":
            return Attribution(word, mention, cue.start(), at)
    return None


# '"...," an angry Hollande retaliated.': a name and a past-tense verb that is no known cue
_BARE_TRAILER = re.compile(
    r"[\s,]*((?:(?:an?|the)\s+)?(?:[a-z]+\s+)?(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*)\s+([a-z]{3,}ed)(?=\s*[.,!?]|\s*$)"
)


def bare_trailer(masked: str, start: int, end: int) -> Attribution | None:
    """A speaker and an unlisted past-tense verb that end the clause after a quote."""
    found = _BARE_TRAILER.match(masked, start, end)
    if found is None:
        return None
    mention = describe(found.group(1), found.start(1))
    if mention is None or mention.kind not in _PERSONS:
        return None
    return Attribution(found.group(2), mention, found.start(1), found.end(2))
