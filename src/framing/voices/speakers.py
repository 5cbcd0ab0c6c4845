"""Who a speaker mention stands for: ``SpeakerResolver`` reads mentions in reading order.

Surnames resolve to the full names met in the article, descriptions ("the Florida senator") to
the person the article describes so ("Florida Sen. Marco Rubio"), pronouns to the most recent
compatible speaker, organisations through the topic's aliases (a capitalised name matched whole
first: "Downing Street", not "Street"), and a role owned by "the organisation" or "the group" to
the organisation last named. ``SpeakerResolver.canonical`` then gives each person one name for
the whole article.
"""

from __future__ import annotations

import bisect
import re
from typing import Mapping, Sequence

from framing.voices import words as vocab
from framing.voices.model import Mention, Speaker
from framing.voices.attribution import (
    _clean_name,
    _is_capitalised,
    _is_filler,
    _is_name_like,
    _split_title,
    _strip_possessive,
    is_organisation_name,
)




def _name_index(paragraphs: Sequence[str], lowercase: set[str],
                places: set[str] = frozenset()) -> tuple[dict[str, list[tuple[int, int, str]]], dict[str, set[str]]]:
    """Surname -> [(paragraph, offset, full name)] for every person-like name in the article, and
    surname -> the words that describe people of that name there ("Florida Sen. Marco Rubio", "Trump, the
    New York businessman,"). ``lowercase`` holds the words the article writes in lowercase;
    ``places``, the names it writes as places ("Capitol Hill"), which are nobody's."""
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
                owned = [k for k, word in enumerate(name[:-1]) if _POSSESSIVE_WORD.search(word)]
                name = _clean_name(name[owned[-1] + 1 :] if owned else name)  # "BBC's Elizabeth Blunt"
                if len(name) > 2 and len(name[0]) > 1 and name[0].isupper():
                    name = name[1:]  # "LA Amelie Mauresmo": a dateline or an acronym, no first name
                if 2 <= len(name) <= 4 and not is_organisation_name(name) and " ".join(name).lower() not in places:
                    index.setdefault(name[-1].lower(), []).append((p, match.start(), " ".join(name)))
                    around = _DESCRIBED_BEFORE.search(text, max(0, match.start() - 80), match.start()).group(0) + " ".join(words)
                    after = _DESCRIBED_AFTER.match(text, match.end())
                    around += " " + after.group(1) if after else ""
                    described.setdefault(name[-1].lower(), set()).update(_role_words(around))
    return index, described


_POSSESSIVE_WORD = re.compile(r"(?:[’']s|s[’'])$")
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
        if word.endswith(".") and len(bare) > 1 and bare.lower() not in vocab.ABBREVIATIONS and "." not in bare:
            parts.append([])
    return [part for part in parts if part]


_LOWERCASE_WORD = re.compile(r"(?<![\w’'-])[a-z][a-z-]*(?![\w-])")
# capitalised words and the particles inside names ("Ursula von der Leyen"), a particle as a whole
# word only: "Rishi Sunak defended" is not "Rishi Sunak de"
_CAPITALISED_RUN = re.compile(r"[A-Z][\w’'.-]*(?: (?:[A-Z][\w’'.-]*|(?:" + "|".join(vocab.NAME_PARTICLES) + r")(?![\w’'-])))*")
# a capitalised name, with numbers: "Number 10", "Amnesty International UK"
_NAME_RUN = re.compile(r"[A-Z][\w’'.-]*(?: (?:[A-Z][\w’'.-]*|\d+\b))*")
_NAME_GOES_ON = re.compile(r" [A-Z]")  # a capitalised word after an alias: "Met Office" is not "Met"
# a place written after a preposition: "on Capitol Hill", "at the Royal Albert Hall"
_PLACE_WRITTEN = re.compile(r"\b(?:in|on|at|from|to|into|outside|near|around)\s+(?:the\s+)?((?:[A-Z][\w’'-]*\s+){1,2}(?:"
                            + "|".join(w.capitalize() for w in sorted(vocab.PLACE_WORDS_ALSO_SURNAMES)) + r"))\b")
# what stands before a body named as a listener or a place, not as an antecedent: "told the BBC", "in the UK"
_NOT_ANTECEDENT = re.compile(r"\b(?:told|to|in|into|across|throughout|via|on)\s+(?:the\s+)?$", re.IGNORECASE)
# owner nouns that say nothing of the body's name ("the organisation's"), and those that may stand
# for any body named before ("the charity's" after "Oxfam"); the others ("the government's",
# "the party's") only for one named with them ("the Labour Party")
_GENERIC_OWNERS = {"organisation", "organization", "group", "body"}
_ANY_BODY = _GENERIC_OWNERS | {"charity", "company", "firm", "movement", "network", "watchdog", "regulator", "outlet",
                               "newspaper", "paper", "broadcaster", "publisher", "agency", "coalition", "alliance",
                               "association", "foundation", "trust", "society"}


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
        self._aliases_longest = sorted((a for a in self.aliases if " " in a), key=lambda a: (-len(a), a))  # names of several words
        self.lowercase_words = set(_LOWERCASE_WORD.findall(" ".join(paragraphs)))
        self.places = {m.group(1).lower() for text in paragraphs for m in _PLACE_WRITTEN.finditer(text)}
        self.names, self.described = _name_index(paragraphs, self.lowercase_words, self.places)
        reporter_text = paragraphs if reporter_text is None else reporter_text
        self.reporter_text = reporter_text
        self._named_bodies: list[tuple[int, int, str, frozenset[str]]] | None = None  # see ``owner``
        entries = [entry for found in _name_index(reporter_text, self.lowercase_words, self.places)[0].values() for entry in found]
        by_surname = _called_by_surname(entries, reporter_text)
        self.named_in_order = sorted(entry for entry in entries if entry[2] in by_surname or _opens_sentence(reporter_text[entry[0]], entry[1]))
        self.history: list[Speaker] = []
        self.genders: dict[str, str] = {}
        self.organisations_met: list[tuple[int, int, str, frozenset[str]]] = []  # bodies of the speakers resolved so far

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
            if found and _is_capitalised(name[found.start() :]) and not _NAME_GOES_ON.match(name, found.end()):
                return self.aliases[alias]  # "the Met Police press office", but not "the Met Office"
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
        owner = self.owner(mention, paragraph) if mention.antecedent else None
        if mention.antecedent and mention.kind in {"role", "organisation"}:  # "the organisation's chief executive"
            speaker = self._holder(mention, owner) if owner and mention.kind == "role" else None
            speaker = speaker or Speaker(owner or mention.antecedent, is_organisation=True)
        elif mention.kind == "role" and not mention.organisation:
            speaker = (self._described(mention, paragraph) or self._from_hint(mention, hint, paragraph)
                       or self._antecedent(mention) or self._named_before(mention, paragraph))
        elif mention.kind == "pronoun":
            speaker = self._from_hint(mention, hint, paragraph) or self._antecedent(mention) or self._named_before(mention, paragraph)
        elif mention.kind == "role":  # "Ryan's spokeswoman" speaks for Ryan
            speaker = Speaker(self.organisation(mention.organisation), is_organisation=True)
        elif mention.kind in {"organisation", "group"}:
            speaker = Speaker(self.organisation(mention.name), is_organisation=True)
        else:
            alias = self._whole_alias(mention, paragraph)
            speaker = Speaker(alias, is_organisation=True) if alias else self._person(mention, paragraph)
        if speaker:
            self._remember(speaker, mention.gender)
            body = speaker.name if speaker.is_organisation else speaker.organisation
            if body and body[:1].isupper():  # a body by name, not "critics"
                self.organisations_met.append((paragraph, mention.start, body, frozenset(body.lower().split())))
        return speaker

    def _person(self, mention: Mention, paragraph: int) -> Speaker | None:
        """A named person, with the full name for a surname and the role and organisation known;
        None for a lone capitalised word that the article also writes in lowercase and never as
        part of a full name ("Former ... said"), or a group for a plural one ("Respondents must ...")."""
        key = mention.name.lower()
        alias = self.aliases.get(key) or self.aliases.get("the " + key)
        if alias:
            return Speaker(alias, is_organisation=True)
        if key in self.places:  # "Capitol Hill", written as a place elsewhere
            return Speaker(self.organisation(mention.name), is_organisation=True)
        if mention.kind == "surname" and key not in self.names and _strip_possessive(key) in self.lowercase_words:
            return Speaker(key, is_organisation=True) if key.endswith("s") and not key.endswith("ss") else None  # "Respondents"
        name = mention.name if mention.kind == "person" else self.full_name(mention.name, paragraph, mention.start)
        earlier = next((s for s in reversed(self.history) if s.name == name), None)
        role = mention.role or (earlier.role if earlier else None)
        organisation = self.organisation(mention.organisation) or (
            self.owner(mention, paragraph) or mention.antecedent if mention.antecedent else None)
        organisation = organisation or (earlier.organisation if earlier else None)
        return Speaker(name, role, organisation)

    def _whole_alias(self, mention: Mention, paragraph: int) -> str | None:
        """Rule ``place_name`` for the resolver: the topic's actor or alias that the words around a
        mention are, matched whole before they were read as title and name: "Freedom from
        Torture" (not a person "Freedom"), "Downing Street" (not "Street")."""
        if not self.aliases or not 0 <= paragraph < len(self.reporter_text) or not mention.name.split():
            return None
        text = self.reporter_text[paragraph]
        first = mention.name.split()[0]
        at = text.find(first, mention.start, mention.start + 200)
        if at < 0:
            return None
        low, high = max(0, at - 80), min(len(text), at + len(mention.name) + 80)
        for alias in self._aliases_longest:
            for found in re.finditer(rf"(?<![\w’'-]){re.escape(alias)}(?![\w’'-])", text[low:high], re.IGNORECASE):
                begin, end = low + found.start(), low + found.end()
                written = text[begin:end]
                if begin <= at and at + len(mention.name) <= end and written[:1].isupper() and not _NAME_GOES_ON.match(text, end):
                    return self.aliases[alias]
        return None

    def _organisations_named(self, texts: Sequence[str]) -> list[tuple[int, int, str, frozenset[str]]]:
        """(paragraph, offset, name, nouns) of each organisation the reporter names, in reading
        order: an alias, a name that looks like a body's ("Refugee Council", "Amnesty
        International"), or a name after or before a noun for a body ("the charity Refugee
        Action", "the Lee campaign"); ``nouns``, the lowercase words of or around its name. Not a
        body named as a listener or a place ("told the BBC", "in the UK")."""
        found = []
        for p, text in enumerate(texts):
            for run in _NAME_RUN.finditer(text):
                words = [_strip_possessive(w).strip(".") for w in run.group(0).split()]
                while words and words[0].lower() in {"the", "a", "an", "but", "and", "as", "in", "on", "at", "when", "while"}:
                    words = words[1:]
                if not words or _NOT_ANTECEDENT.search(text, max(0, run.start() - 20), run.start()):
                    continue
                name = " ".join(words)
                before = re.search(r"([a-z]+)\s+$", text[max(0, run.start() - 30) : run.start()])
                after = re.match(r"\s+([a-z]+)", text[run.end() : run.end() + 30])
                nouns = {w.lower() for w in words}
                canonical = self.aliases.get(name.lower()) or self.aliases.get("the " + name.lower())
                acronym = len(words) == 1 and words[0].upper() == words[0]  # "UK", "G8", "PVR": too often no body
                if canonical or (is_organisation_name(words) and not acronym):
                    found.append((p, run.start(), canonical or self.organisation(name), frozenset(nouns)))
                elif before and before.group(1) in vocab.OWNER_NOUNS:  # "the charity Refugee Action"
                    found.append((p, run.start(), name, frozenset(nouns | {before.group(1)})))
                elif after and after.group(1) in vocab.OWNER_NOUNS:  # "the Lee campaign"
                    found.append((p, run.start(), f"{name} {after.group(1)}", frozenset(nouns | {after.group(1)})))
        return found

    def owner(self, mention: Mention, paragraph: int) -> str | None:
        """Rule ``owned_role`` for the resolver: the organisation that "the organisation's", "the
        group's" or "the charity's" stands for, the one last named before the mention: of those
        named with the noun first ("the party's" after "the Labour Party"), and only those for a
        noun that names a kind of institution ("the government's"); None when none is."""
        if self._named_bodies is None:
            self._named_bodies = self._organisations_named(self.reporter_text)
        k = bisect.bisect_left(self._named_bodies, (paragraph, mention.start))
        before = sorted(self._named_bodies[:k] + [entry for entry in self.organisations_met if entry[:2] < (paragraph, mention.start)])
        noun = mention.antecedent or ""
        fitting = [entry for entry in before if noun in entry[3]] if noun not in _GENERIC_OWNERS else []
        chosen = (fitting or (before if noun in _ANY_BODY else []))[-1:]
        return chosen[0][2] if chosen else None

    def _holder(self, mention: Mention, organisation: str) -> Speaker | None:
        """The person of ``organisation`` quoted last, when the role the mention names is theirs
        or theirs is not known: "the charity's director" after "Oxfam's Barbara Stocking"."""
        head = mention.name.split()[-1].lower() if mention.name.split() else ""
        for speaker in reversed(self.history):
            if not speaker.is_organisation and speaker.organisation == organisation:
                return speaker if not speaker.role or head in speaker.role.lower().split() else None
        return None

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

    def canonical(self, speakers: Sequence[Speaker | None]) -> dict[Speaker, Speaker]:
        """Rule ``canonical_name``: one name per person for the whole article, the fullest form it
        gives, and the first role and organisation it gives them: "Sunak" and "Mr Sunak" are
        "Rishi Sunak" when the article names Rishi Sunak and no other Sunak.

        A surname ("Sunak", "de Vabres") becomes the one shortest full name that ends with it
        among the speakers and the names the article writes; with two ("Ann Reyes", "Tom Reyes")
        it stays as it was resolved. ``speakers`` are the resolved speakers in reading order;
        returns speaker -> canonical speaker. The name does not depend on the order the speakers
        were met in; the role and organisation are the first in reading order.
        """
        people = [s for s in speakers if s is not None and not s.is_organisation]
        known = sorted({s.name for s in people} | {entry[2] for found in self.names.values() for entry in found})
        fullest: dict[str, str] = {}
        for name in sorted({s.name for s in people}):
            words = name.split()
            surname = len(words) == 1 or (len(words) == 2 and words[0] in vocab.NAME_PARTICLES)
            longer = [f.split() for f in known if len(f.split()) > len(words) and f.split()[-len(words):] == words
                      and f.split()[0].lower() not in vocab.COMMON_CAPITALISED]  # not "Thursday Intel"
            shortest = {" ".join(f) for f in longer if len(f) == min(map(len, longer))} if surname and longer else set()
            fullest[name] = shortest.pop() if len(shortest) == 1 else name
        first: dict[str, Speaker] = {}
        for speaker in people:
            name = fullest[speaker.name]
            held = first.get(name, Speaker(name))
            first[name] = Speaker(name, held.role or speaker.role, held.organisation or speaker.organisation)
        return {s: first[fullest[s.name]] for s in people}

    def resolve_known(self, speaker: Speaker) -> None:
        """Note that an already resolved speaker speaks again (a quote without its own cue)."""
        self._remember(speaker, None)

    def _remember(self, speaker: Speaker, gender: str | None) -> None:
        self.history = [s for s in self.history if s.name != speaker.name]
        self.history.append(speaker)
        if gender and not speaker.is_organisation:
            self.genders.setdefault(speaker.name, gender)
