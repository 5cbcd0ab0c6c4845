"""Who a speaker mention stands for: ``SpeakerResolver`` reads mentions in reading order.

Surnames resolve to the full names met in the article, descriptions ("the Florida senator") to
the person the article describes so ("Florida Sen. Marco Rubio"), pronouns to the most recent
compatible speaker, and organisations through the topic's aliases.
"""

from __future__ import annotations

import bisect
import re
from typing import Mapping, Sequence

from framing.attribution import (
    _ABBREVIATIONS,
    _NAME_PARTICLES,
    Mention,
    Speaker,
    _clean_name,
    _is_capitalised,
    _is_filler,
    _is_name_like,
    _split_title,
    _strip_possessive,
    is_organisation_name,
)




def _name_index(paragraphs: Sequence[str], lowercase: set[str]) -> tuple[dict[str, list[tuple[int, int, str]]], dict[str, set[str]]]:
    """Surname -> [(paragraph, offset, full name)] for every person-like name in the article, and
    surname -> the words that describe people of that name there ("Florida Sen. Marco Rubio", "Trump, the
    New York businessman,"). ``lowercase`` holds the words the article writes in lowercase."""
    index: dict[str, list[tuple[int, int, str]]] = {}
    described: dict[str, set[str]] = {}
    for p, text in enumerate(paragraphs):
        for match in _CAPITALISED_RUN.finditer(text):
            for k, words in enumerate(_split_at_full_stops(match.group(0).split())):
                while words and _is_filler(words[0].strip(".")):
                    words = words[1:]
                opens_sentence = k > 0 or _opens_sentence(text, match.start())
                if opens_sentence and words and words[0].lower() in lowercase and not _is_name_like(words[0]):
                    words = words[1:]  # "Absent Sanders’ plan": a sentence's capital, not a first name (but "Bill Clinton")
                titles, name = _split_title(words)
                name = _clean_name(name)
                if 2 <= len(name) <= 4 and not is_organisation_name(name):
                    index.setdefault(name[-1].lower(), []).append((p, match.start(), " ".join(name)))
                    around = _DESCRIBED_BEFORE.search(text, max(0, match.start() - 80), match.start()).group(0) + " ".join(words)
                    after = _DESCRIBED_AFTER.match(text, match.end())
                    around += " " + after.group(1) if after else ""
                    described.setdefault(name[-1].lower(), set()).update(_role_words(around))
    return index, described


_NAMES_BACK = 20  # how many names back "he" or "she" looks for one of fitting gender
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"'”’)]*\s+)[\"'“‘(]*$")  # at the end of the few characters before a name
_DESCRIBED_BEFORE = re.compile(r"(?:[a-z][\w-]* ){0,3}$")  # "reality TV star Donald Trump"
_DESCRIBED_AFTER = re.compile(r",\s+(?:the|a|an)\s+([^,.;:()]{1,60})")  # "Rubio, the Florida senator,"
_ROLE_SYNONYMS = {"sen": "senator", "gov": "governor", "rep": "representative", "congressman": "representative",
                  "congresswoman": "representative", "front-runner": "frontrunner"}


def _role_words(text: str) -> set[str]:
    """The words of a description, lowercased, with titles written out ("Sen." -> "senator")."""
    words = {_strip_possessive(w).lower().strip(".") for w in re.findall(r"[\w.’'-]+", text)}
    return {_ROLE_SYNONYMS.get(w, w) for w in words} - {"the", "a", "an", "and", "of", ""}


def _split_at_full_stops(words: list[str]) -> list[list[str]]:
    """Cut a run of capitalised words where a word ends a sentence ("Hale. But" -> "Hale", "But")."""
    parts: list[list[str]] = [[]]
    for word in words:
        parts[-1].append(word)
        bare = word.rstrip(".")
        if word.endswith(".") and len(bare) > 1 and bare.lower() not in _ABBREVIATIONS and "." not in bare:
            parts.append([])
    return [part for part in parts if part]


_LOWERCASE_WORD = re.compile(r"(?<![\w’'-])[a-z][a-z-]*(?![\w-])")
_CAPITALISED_RUN = re.compile(r"[A-Z][\w’'.-]*(?: (?:[A-Z][\w’'.-]*|" + "|".join(_NAME_PARTICLES) + "))*")


def _opens_sentence(text: str, offset: int) -> bool:
    """True when the words at ``offset`` open a sentence of ``text``."""
    return _SENTENCE_START.search(text[max(0, offset - 8) : offset]) is not None


def _called_by_surname(entries: list[tuple[int, int, str]], paragraphs: Sequence[str]) -> set[str]:
    """The full names of ``entries`` that the article also calls by their last word alone, as
    news does people ("Trump" after "Donald Trump") and seldom places or bodies ("Palo Alto")."""
    alone = {_strip_possessive(run.group(0)) for text in paragraphs for run in _CAPITALISED_RUN.finditer(text) if " " not in run.group(0)}
    return {name for _, _, name in entries if name.split()[-1] in alone}


class SpeakerResolver:
    """Turns mentions into speakers in reading order, remembering who has spoken."""

    def __init__(self, paragraphs: Sequence[str], aliases: Mapping[str, str], reporter_text: Sequence[str] | None = None):
        """``reporter_text``: the paragraphs with quoted words masked, where "he", "she" or a
        role looks for the person last named (default: the paragraphs)."""
        self.paragraphs = paragraphs
        self.aliases = {k.lower(): v for k, v in aliases.items()}
        self.lowercase_words = set(_LOWERCASE_WORD.findall(" ".join(paragraphs)))
        self.names, self.described = _name_index(paragraphs, self.lowercase_words)
        reporter_text = paragraphs if reporter_text is None else reporter_text
        entries = [entry for found in _name_index(reporter_text, self.lowercase_words)[0].values() for entry in found]
        by_surname = _called_by_surname(entries, reporter_text)
        self.named_in_order = sorted(entry for entry in entries if entry[2] in by_surname or _opens_sentence(reporter_text[entry[0]], entry[1]))
        self.history: list[Speaker] = []
        self.genders: dict[str, str] = {}

    def organisation(self, name: str | None) -> str | None:
        """The canonical name of an organisation through the aliases, else the name as written."""
        if not name:
            return None
        key = re.sub(r"^the\s+", "", name.lower()).strip(" ,.")
        for candidate in (key, "the " + key):
            if candidate in self.aliases:
                return self.aliases[candidate]
        for alias in sorted(self.aliases, key=len, reverse=True):
            found = re.search(rf"\b{re.escape(alias)}\b", name, re.IGNORECASE)
            if found and _is_capitalised(name[found.start() :]):
                return self.aliases[alias]
        return re.sub(r"^[Tt]he\s+", "", name)

    def full_name(self, surname: str, paragraph: int, offset: int = 0) -> str:
        """The full name that a surname at ``offset`` of ``paragraph`` stands for: the latest one
        met before it, else the first after."""
        entries = self.names.get(surname.lower(), [])
        if not entries:
            return surname
        k = bisect.bisect_right(entries, (paragraph, offset, "\uffff"))
        return entries[k - 1][2] if k else entries[0][2]

    def resolve(self, mention: Mention | None, paragraph: int, hint: Mention | None = None) -> Speaker | None:
        """The speaker a mention stands for.

        A pronoun or a role ("the senator") stands for ``hint`` (the person the sentence before
        was about) when its gender fits, else for the latest compatible speaker, else for the
        person last named.
        """
        if mention is None:
            return None
        if mention.kind == "role" and not mention.organisation:
            speaker = (self._described(mention, paragraph) or self._from_hint(mention, hint, paragraph)
                       or self._antecedent(mention) or self._named_before(mention, paragraph))
        elif mention.kind == "pronoun":
            speaker = self._from_hint(mention, hint, paragraph) or self._antecedent(mention) or self._named_before(mention, paragraph)
        elif mention.kind == "role":  # "Ryan's spokeswoman" speaks for Ryan
            speaker = Speaker(self.organisation(mention.organisation), is_organisation=True)
        elif mention.kind in {"organisation", "group"}:
            speaker = Speaker(self.organisation(mention.name), is_organisation=True)
        else:
            speaker = self._person(mention, paragraph)
        if speaker:
            self._remember(speaker, mention.gender)
        return speaker

    def _person(self, mention: Mention, paragraph: int) -> Speaker | None:
        """A named person, with the full name for a surname and the role and organisation known;
        None for a lone capitalised word that the article also writes in lowercase and never as
        part of a full name ("Former ... said"), or a group for a plural one ("Respondents must ...")."""
        key = mention.name.lower()
        alias = self.aliases.get(key) or self.aliases.get("the " + key)
        if alias:
            return Speaker(alias, is_organisation=True)
        if mention.kind == "surname" and key not in self.names and _strip_possessive(key) in self.lowercase_words:
            return Speaker(key, is_organisation=True) if key.endswith("s") and not key.endswith("ss") else None  # "Respondents"
        name = mention.name if mention.kind == "person" else self.full_name(mention.name, paragraph, mention.start)
        earlier = next((s for s in reversed(self.history) if s.name == name), None)
        role = mention.role or (earlier.role if earlier else None)
        organisation = self.organisation(mention.organisation) or (earlier.organisation if earlier else None)
        return Speaker(name, role, organisation)

    def _described(self, mention: Mention, paragraph: int) -> Speaker | None:
        """The person a description fits ("the Florida senator" for "Florida Sen. Marco Rubio"):
        the latest speaker it fits, else the latest person named before it that it fits."""
        wanted = _role_words(mention.name)
        fitting = {surname for surname, words in self.described.items() if wanted <= words}
        for speaker in reversed(self.history):
            if not speaker.is_organisation and speaker.name.split()[-1].lower() in fitting:
                return speaker
        named = [entry for surname in fitting for entry in self.names[surname] if entry[0] <= paragraph]
        return self._person(Mention("person", max(named)[2], 0), paragraph) if named else None

    def _from_hint(self, mention: Mention, hint: Mention | None, paragraph: int) -> Speaker | None:
        """The person of ``hint`` when a he/she pronoun or a role can stand for them."""
        if hint is None or hint.kind not in {"person", "surname"} or mention.name in {"it", "they", "we"}:
            return None
        speaker = self._person(hint, paragraph)
        if speaker is None:
            return None
        known = self.genders.get(speaker.name) or hint.gender
        return speaker if known is None or mention.gender is None or known == mention.gender else None

    def _antecedent(self, mention: Mention) -> Speaker | None:
        """The latest speaker a pronoun can stand for: a person of fitting gender, or for "it" a body."""
        if mention.name in {"it", "they", "we"}:
            for speaker in reversed(self.history):
                if speaker.is_organisation or mention.name == "they":
                    return speaker
            return None
        for speaker in reversed(self.history):
            if speaker.is_organisation:
                continue
            known = self.genders.get(speaker.name)
            if known is None or mention.gender is None or known == mention.gender:
                return speaker
        return None

    def _named_before(self, mention: Mention, paragraph: int) -> Speaker | None:
        """For "he", "she" or a role ("the senator") when no speaker fits: the person last named
        before it, if their gender is not known to differ."""
        if mention.kind == "pronoun" and mention.name not in {"he", "she"}:
            return None
        k = bisect.bisect_left(self.named_in_order, (paragraph, mention.start, ""))
        for i in range(k - 1, max(-1, k - 1 - _NAMES_BACK), -1):
            name = self.named_in_order[i][2]
            if self.genders.get(name, mention.gender) == mention.gender:
                return self._person(Mention("person", name, 0), paragraph)
        return None

    def resolve_known(self, speaker: Speaker) -> None:
        """Note that an already resolved speaker speaks again (a quote without its own cue)."""
        self._remember(speaker, None)

    def _remember(self, speaker: Speaker, gender: str | None) -> None:
        self.history = [s for s in self.history if s.name != speaker.name]
        self.history.append(speaker)
        if gender and not speaker.is_organisation:
            self.genders.setdefault(speaker.name, gender)
