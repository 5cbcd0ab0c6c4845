"""Sides: which side of the topic each speaker of an article stands on, and the words that decided.

First, the decisive steps of :data:`DECISIVE`, top to bottom; the first that decides places the
speaker:

1. :func:`front_matter`: the article's ``speakers:`` names them (full name, surname or an alias);
2. :func:`actor`: a topic actor is their name, their organisation or in the words that describe
   them ("Hannah Couchman of Liberty");
3. :func:`firm_kind`: the words that describe them mark a kind of actor that the topic holds to
   its side whatever the article says (a police force, a civil-liberties group, a court).

When none decides, :func:`weigh` weighs the evidence of :data:`WEIGHED` for each side with
weights learned from hand-coded articles (:mod:`framing.voices.sideweights`):

4. :func:`kind_default`: a kind whose side the article may move (a regulator, a politician);
5. :func:`journalist`: the journalist's words about them: group nouns ("critics") and stance
   cues ("warned", "defended");
6. :func:`own_frames`: the terms of each side's frames in their own quoted words.

The side that scores highest places the speaker; with no evidence at all they are
``unassigned``. Each :class:`Placement` carries the side, the step that decided (``source``:
front-matter, actor, kind, journalist, own-frames or unassigned) and its evidence, the words
that decided; ``weak`` marks a weighed placement, which a reader should check, and its evidence
ends with the side's probability. :func:`voice_of` gathers what the steps read about a speaker.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Callable, Mapping, Sequence

from framing.text.article import Article, Span
from framing.voices.model import Speaker
from framing.voices.sideweights import SideWeights, packaged_weights
from framing.measures.terms import find_terms
from framing.inputs.topic import UNASSIGNED, Kind, Topic, words_in

NO_TOPIC = Topic("none", "No topic", (), (), {}, (), ())
QUOTED = ("direct", "partial")  # the kinds of quote that hold a speaker's own words
NEAR = 12  # the journalist's words about a speaker: those this many words either side of a name
OPENING = 4  # a sentence's opening words, where a group it is about stands ("Critics say ...")
_STOP = r"[,.;:!?()\[\]\"“”—–]"  # punctuation that ends the words describing a name
_WORD = r"[^\s,.;:!?()\[\]\"“”—–]"  # a character of those words
_BEFORE = re.compile(rf"(?:{_WORD}+\s+){{1,6}}$")  # "Data protection commissioner " Ana Ruiz
_LOWER_BEFORE = re.compile(rf"(?:[a-z]{_WORD}*\s+){{1,6}}$")  # "US retailer " Rite Aid
# ", a father of two,": one to twelve words, a space between each (a space that may be empty lets
# a word split in many ways, and a long clause with no stop in it then takes seconds to refuse)
_APPOSITIVE = re.compile(rf",\s*({_WORD}+(?:\s+{_WORD}+){{0,11}})\s*(?={_STOP}|$)")
_OF = re.compile(r"\s+((?:of|from|at|for)\s+(?:the\s+)?[A-Z][\w’'&.-]*"  # "of the Office of ..."
                 r"(?:\s+(?:(?:of|and|for|the)\s+)*[A-Z][\w’'&.-]*)*)")
_NAME_AFTER = re.compile(r"\s+((?:[A-Z][\w’'&.-]*\s*){1,6})")  # "group Big Brother Watch"
_INSIDE_NAME = re.compile(r"(?<=[\w,;:’'] )[A-Z][\w’'-]*")  # a capital inside a sentence
_PASSIVE = re.compile(r"\b(?:be|been|being|was|were)\s+\w+ed\b", re.IGNORECASE)
_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}


@dataclass(frozen=True)
class Voice:
    """What an article says of one speaker, for the steps to weigh."""

    speaker: Speaker
    overrides: Mapping  # the article's front matter ``speakers:``: name -> side
    described: tuple[tuple[str, str], ...]  # (what, words): "role", "described as", ...
    journalist: tuple[str, ...]  # the journalist's words about them, quotes blanked
    own_words: tuple[str, ...]  # their direct and partial quotes


@dataclass(frozen=True)
class Placement:
    side: str
    source: str
    evidence: str
    weak: bool = False  # weighed, not decided: a reader should check it


def front_matter(voice: Voice, topic: Topic) -> Placement | None:
    """The side the front matter gives the speaker by full name, surname or an alias:
    ``Sunak: officials`` places "Rishi Sunak"."""
    name = voice.speaker.name.lower()
    forms = {name} | (set() if voice.speaker.is_organisation else {_surname(name)})
    aliases = topic.aliases()
    for key, side in voice.overrides.items():
        key = str(key).strip()
        if {key.lower(), key.split()[-1].lower() if key else ""} & forms or \
                aliases.get(key.lower(), "").lower() == name:
            return Placement(str(side), "front-matter", f"front matter '{key}: {side}'")
    return None


def actor(voice: Voice, topic: Topic) -> Placement | None:
    """The side of a topic actor that is the speaker, their organisation or in the words that
    describe them: "Hannah Couchman of Liberty" stands with Liberty."""
    for what, words in voice.described:
        found = topic.actor_in(words)
        if found:
            return Placement(found[0].side, "actor", f"{what} {_short(words)} matches actor "
                                                     f"{found[0].name} ({found[0].side})")
    return None


def firm_kind(voice: Voice, topic: Topic) -> Placement | None:
    """The side of a firm kind of actor that the words describing the speaker mark:
    "Chief Constable Jane Doe" is police."""
    found = _kind(voice, topic)
    if found and found[0].firm:
        kind, what, words = found
        return Placement(kind.side, "kind", f"{what} {_short(words)} matches kind {kind.id} "
                                            f"({kind.side})")
    return None


def kind_default(voice: Voice, topic: Topic) -> dict[str, list[str]]:
    """The side of a kind of actor that is not firm, which the article's words may outweigh:
    "Joan Park, a local resident," stands where members of the public do, unless her words or
    the journalist's lean elsewhere."""
    found = _kind(voice, topic)
    if not found or found[0].firm:
        return {}
    kind, what, words = found
    return {kind.side: [f"{what} {_short(words)} is kind {kind.id}"]}


def journalist(voice: Voice, topic: Topic) -> dict[str, list[str]]:
    """Each side's cue words in the journalist's words about the speaker: "But Tom Reed, a
    father of two, is not convinced" holds the critics' cue "not convinced"."""
    found = {side: _cues(words, voice.journalist) for side, words in topic.cues.items()}
    return {side: [f"journalist's words {_listed(words)}"] * len(words)
            for side, words in found.items() if words}


def own_frames(voice: Voice, topic: Topic) -> dict[str, list[str]]:
    """The terms of each side's frames in the speaker's own quoted words, negated ones left out:
    "Mass surveillance is a threat to our privacy" holds two terms of the critics' frame."""
    leaning = {f.id: f.side for f in topic.frames if f.side}
    hits: dict[str, list[str]] = {}
    for text in voice.own_words:
        found = find_terms(text, topic.lexicon)
        for term, frame, negated in zip(found["term"], found["frame"], found["negated"]):
            if frame in leaning and not negated:
                hits.setdefault(leaning[frame], []).append(term)
    return {side: [f"own words {_listed(terms)}"] * len(terms) for side, terms in hits.items()}


DECISIVE: tuple[Callable[[Voice, Topic], Placement | None], ...] = (
    front_matter, actor, firm_kind)
# evidence a learned model weighs when no decisive step decides: side -> the words, one per hit
WEIGHED: tuple[Callable[[Voice, Topic], dict[str, list[str]]], ...] = (
    kind_default, journalist, own_frames)
SOURCES = {kind_default: "kind", journalist: "journalist", own_frames: "own-frames"}


def place(voice: Voice, topic: Topic | None, weights: SideWeights | None = None) -> Placement:
    """The placement of the first decisive step that decides; else the side the weighed
    evidence favours (:func:`weigh`, marked weak); else unassigned."""
    topic = topic or NO_TOPIC
    return decisive(voice, topic) or weigh(evidence(voice, topic), topic,
                                           weights or side_weights())


def decisive(voice: Voice, topic: Topic) -> Placement | None:
    """The placement of the first of :data:`DECISIVE` that decides, else None."""
    return next(filter(None, (step(voice, topic) for step in DECISIVE)), None)


def evidence(voice: Voice, topic: Topic) -> dict[Callable, dict[str, list[str]]]:
    """Each step of :data:`WEIGHED` -> what it found for each side."""
    return {step: step(voice, topic) for step in WEIGHED}


def weigh(evidence: Mapping[Callable, Mapping[str, list[str]]], topic: Topic,
          weights: SideWeights) -> Placement:
    """Of the sides with some evidence, the one that scores highest under ``weights``
    (:func:`side_features`), with its probability among them; the source is the step that added
    most to it. Unassigned when no side has evidence."""
    sides = [s.id for s in topic.sides if any(s.id in found for found in evidence.values())]
    if not sides:
        return Placement(UNASSIGNED, "unassigned", "no step decided")
    scores = [weights.score(side_features(evidence, topic, side)) for side in sides]
    best = max(range(len(sides)), key=scores.__getitem__)
    side = sides[best]
    chance = 1 / sum(math.exp(s - scores[best]) for s in scores)
    added = {step: weights.weight(f"{SOURCES[step]} for") * math.log1p(len(found.get(side, [])))
             for step, found in evidence.items()}
    words = [w for found in evidence.values() for w in dict.fromkeys(found.get(side, []))]
    return Placement(side, SOURCES[max(added, key=added.get)],
                     f"{'; '.join(words)} (weighed: {side} {chance:.2f})", weak=True)


def side_features(evidence: Mapping[Callable, Mapping[str, list[str]]], topic: Topic,
                  side: str) -> dict[str, float]:
    """The features of ``side`` for one speaker, as :data:`FEATURES` names them: for each
    weighed step, log(1 + hits) for this side and for the other sides; ``neutral``, 1 for a
    side that no frame leans to and no cue words mark (a topic's "other voices")."""
    features = {}
    for step, found in evidence.items():
        mine = len(found.get(side, []))
        theirs = sum(len(words) for other, words in found.items() if other != side)
        features[f"{SOURCES[step]} for"] = math.log1p(mine)
        features[f"{SOURCES[step]} against"] = math.log1p(theirs)
    leaned = {f.side for f in topic.frames if f.side} | set(topic.cues)
    features["neutral"] = float(side not in leaned)
    return features


FEATURES = tuple(f"{SOURCES[step]} {way}" for step in WEIGHED for way in ("for", "against")) \
    + ("neutral",)


def side_weights() -> SideWeights:
    """The learned weights committed with framing (``side_weights.json``)."""
    return packaged_weights(FEATURES)


def place_speakers(article: Article, topic: Topic | None, overrides: Mapping,
                   speakers: Mapping[str, Speaker],
                   quotes: Sequence[Mapping]) -> dict[str, Placement]:
    """Speaker id -> placement, for ``speakers`` of ``article``; ``quotes`` are the article's
    quotes with ``speaker_id``, ``start``, ``end`` (article offsets), ``kind`` and ``cue``."""
    return {sid: place(voice, topic)
            for sid, voice in voices(article, overrides, speakers, quotes).items()}


def voices(article: Article, overrides: Mapping, speakers: Mapping[str, Speaker],
           quotes: Sequence[Mapping]) -> dict[str, Voice]:
    """Speaker id -> what ``article`` says of that speaker (:func:`voice_of`)."""
    narration = _blanked(article.text, [q for q in quotes if q["kind"] in QUOTED])
    names = [s.name for s in speakers.values()]
    return {sid: voice_of(article, narration, speaker,
                          [q for q in quotes if q["speaker_id"] == sid], names, overrides)
            for sid, speaker in speakers.items()}


def voice_of(article: Article, narration: str, speaker: Speaker, quotes: Sequence[Mapping],
             names: Sequence[str], overrides: Mapping) -> Voice:
    """What ``article`` says of ``speaker``: their role and organisation and the words next to
    their name (``described``); the narration near their name, the cues of their quotes and the
    opening words of the narration just before their first quote (``journalist``); their own
    quoted words. ``narration`` is the article text with quoted words blanked; ``names``, every
    speaker's name (a surname inside another speaker's full name is not theirs)."""
    mentions = _mentions(narration, speaker, names)
    described = [("name", speaker.name)]
    described += [(what, text) for what, text in (("organisation", speaker.organisation),
                                                  ("role", speaker.role)) if isinstance(text, str)]
    described += [("described as", text) for start, end in mentions
                  for text in _next_to(narration, start, end, speaker)]
    words = [_near(narration, sentence, start, end) for start, end in mentions
             for sentence in article.sentences if sentence.start <= start < sentence.end]
    words += [q["cue"] for q in quotes if isinstance(q.get("cue"), str)]
    words += _lead_in(article, narration, quotes, mentions)
    own = [article.text[q["start"]:q["end"]] for q in quotes if q["kind"] in QUOTED]
    return Voice(speaker, overrides or {}, tuple(dict.fromkeys(described)),
                 tuple(dict.fromkeys(words)), tuple(own))


# --- helpers ---

def _kind(voice: Voice, topic: Topic) -> tuple[Kind, str, str] | None:
    """The kind marked in the first of the words describing the speaker that mark one, with
    what those words are ("role") and the words."""
    for what, words in voice.described:
        found = topic.kind_in(words)
        if found:
            return found[0], what, words
    return None


def _blanked(text: str, quotes: Sequence[Mapping]) -> str:
    """``text`` with the quoted words of ``quotes`` replaced by spaces."""
    chars = list(text)
    for q in quotes:
        chars[q["start"]:q["end"]] = " " * (q["end"] - q["start"])
    return "".join(chars)


def _surname(name: str) -> str:
    """The last word of a person's name ("Blake" for "Mary J. Blake Jr.")."""
    words = [w for w in name.split() if w.lower() not in _SUFFIXES]
    return words[-1] if words else name


def _mentions(narration: str, speaker: Speaker, names: Sequence[str]) -> list[tuple[int, int]]:
    """``(start, end)`` of each place the narration names the speaker: their name; a person's
    surname where it is not part of another speaker's full name ("Kelly" in "Sam Kelly");
    for a person named by surname alone, the full names that end with it ("Mary J. Blake Jr.")."""
    def found(name: str) -> list[tuple[int, int]]:
        flags = 0 if name != name.lower() else re.IGNORECASE
        return [m.span() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", narration, flags)]

    if speaker.is_organisation:
        return found(speaker.name)
    surname = _surname(speaker.name)
    full = [n for n in names if " " in n.strip()]
    own = [n for n in full
           if n == speaker.name or (surname == speaker.name and _surname(n) == surname)]
    spans = [span for n in own or [speaker.name] for span in found(n)]
    taken = spans + [span for n in full if n not in own for span in found(n)]
    spans += [(s, e) for s, e in found(surname) if not any(a <= s < b for a, b in taken)]
    return sorted(set(spans))


def _near(narration: str, sentence: Span, start: int, end: int) -> str:
    """The narration of ``sentence`` within NEAR words either side of ``start:end``."""
    head = [m.start() for m in re.finditer(r"\S+", narration[sentence.start:start])]
    tail = [m.end() for m in re.finditer(r"\S+", narration[end:sentence.end])]
    low = sentence.start + (head[-NEAR] if len(head) >= NEAR else 0)
    high = end + (tail[NEAR - 1] if len(tail) >= NEAR else sentence.end - end)
    return narration[low:high]


def _next_to(narration: str, start: int, end: int, speaker: Speaker) -> list[str]:
    """The words that describe the speaker's name at ``start:end``: those before it back to
    punctuation ("Data protection commissioner"; before an organisation only words in lower
    case, with the name: "US retailer Rite Aid", unless the name is itself in lower case: "The
    Northfield School District"), an appositive (", the chief executive of Acme Vision,"), an
    "of" phrase ("of the Riverside Residents' Association") and, for an organisation, a
    name right after it ("group Big Brother Watch")."""
    organisation = speaker.is_organisation
    before = re.split(_STOP + "|\n", narration[max(0, start - 80):start])[-1]
    pattern = _LOWER_BEFORE if organisation and not speaker.name.islower() else _BEFORE
    found = [m.group(0) for m in [pattern.search(before)] if m]
    found = [found[0] + narration[start:end]] if organisation and found else found
    after = narration[end:end + 160]
    patterns = (_APPOSITIVE, _OF) + ((_NAME_AFTER,) if organisation else ())
    found += [m.group(1).strip() for m in (p.match(after) for p in patterns) if m]
    return [text.strip() for text in found if text.strip()]


def _lead_in(article: Article, narration: str, quotes: Sequence[Mapping],
             mentions: Sequence[tuple[int, int]]) -> list[str]:
    """The opening words of the sentence just before the speaker's first quote, when it is
    narration alone that does not name them ("Critics say ...")."""
    first = min((q["start"] for q in quotes), default=None)
    before = [s for s in article.sentences if first is not None and s.end <= first]
    if not before or any(before[-1].start <= m < before[-1].end for m, _ in mentions):
        return []
    sentence = article.text[before[-1].start:before[-1].end]
    pure = sentence == narration[before[-1].start:before[-1].end] and not any(
        mark in sentence for mark in "\"“”")
    return [" ".join(sentence.split()[:OPENING])] if pure else []


def _cues(words: Sequence[str], texts: Sequence[str]) -> list[str]:
    """The cue ``words`` found in ``texts``, but not in a passive verb ("he was warned"),
    nor a word written in lower case where a text capitalises it inside a sentence, as part of
    a name ("the Riverside Residents' Association")."""
    names = [w for w in words if w[:1].isupper()]
    common = [w for w in words if not w[:1].isupper()]
    found = []
    for text in texts:
        text = _PASSIVE.sub(_blank, text)
        found += words_in(names, text) + words_in(common, _INSIDE_NAME.sub(_blank, text))
    return found


def _blank(match: re.Match) -> str:
    return " " * len(match.group(0))


def _tally(counts: Sequence[tuple[int, str]]) -> str:
    """The counts as text: "critics 2; officials 0"."""
    return "; ".join(f"{side} {n}" for n, side in counts)


def _listed(words: Sequence[str], most: int = 3) -> str:
    shown = ", ".join(f"'{w}'" for w in list(dict.fromkeys(words))[:most])
    return shown + (", ..." if len(set(words)) > most else "")


def _short(text: str, most: int = 60) -> str:
    return repr(text if len(text) <= most else text[:most - 3] + "...")
