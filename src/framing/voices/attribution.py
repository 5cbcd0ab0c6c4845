"""Who said it: attribution cues, speaker mentions and their resolution to speakers.

Reading happens on a paragraph whose quoted text is masked (see ``quotes.py``), so a cue verb
inside a quotation is never taken for the reporter's. The steps:

1. find a cue verb ("said", "warned", "according to") near a quote (``trailer_after``,
   ``intro_before``, ``cue_before``) and the words that name its speaker;
2. ``describe`` those words as a ``Mention``: a pronoun, a person with role and organisation, an
   organisation, or a group such as "critics";
3. ``speakers.SpeakerResolver`` turns mentions into ``Speaker`` objects in reading order.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Mapping, Sequence

from framing.voices import words as vocab
from framing.voices.model import Attribution, Mention, named_rule


# ---------------------------------------------------------------------------------------------
# cue verbs


# a word; a cue when it is one of vocab.LEMMA's forms (a set look-up is faster than a regex of them all)
_CUE_WORD = re.compile(r"(?<![\w’'-])(?:[Aa]ccording to|puts? it|[A-Za-z]+)(?![\w’'-])")


def lemma(cue: str) -> str:
    """The base verb of a cue as written ("told" -> "tell"), or "according to"."""
    cue = cue.lower()
    return vocab.ANY_FORM.get(cue, cue)


def _is_according(cue: re.Match) -> bool:
    return cue.group(0).lower() == "according to"


def _is_owned_noun(word: str, previous: list[str]) -> bool:
    """True for a cue form used as a noun after an owner: "Christie's effusive praise", "his denial"."""
    if word.lower() not in vocab.BASE_FORMS or not previous:  # the base form only: "praise", not "praised"
        return False
    adjective = previous[-1].islower() and previous[-1].endswith(("ive", "ful", "ous", "ic", "al", "ent", "ant"))
    owner = previous[-2] if adjective and len(previous) > 1 else previous[-1]
    return owner.lower() in vocab.OWNERS or bool(_POSSESSIVE.search(owner) and len(owner) > 2)


def find_cues(text: str, start: int = 0, end: int | None = None, forms: Mapping[str, str] = vocab.LEMMA) -> list[re.Match]:
    """Active cue verbs in ``text[start:end]`` (passives such as "is described" are skipped).

    ``forms`` are the verb forms that count: by default not those more often nouns ("notes").
    """
    cues = []
    for match in _CUE_WORD.finditer(text, start, len(text) if end is None else end):
        word = match.group(0)
        if word.lower() != "according to" and (word[0].isupper() or word not in forms):
            continue  # "Said" mid-sentence is a name; sentence-initial cues do not start quotes
        previous = text[max(0, match.start() - 40) : match.start()].split()
        progressive = word.endswith("ing") and previous and previous[-1].lower() in vocab.BE
        not_active = previous and previous[-1].lower() in vocab.NOT_ACTIVE and not _is_name_like(previous[-1])
        if not_active and word.lower() != "according to" and not progressive:
            continue
        if _is_owned_noun(word, previous[-2:]):
            continue
        cues.append(match)
    return cues


# ---------------------------------------------------------------------------------------------
# reading the words that name a speaker

_NUMBER_TEN = re.compile(r"(?:Number|No\.?)\s+(?:10|Ten)")
_WORD = re.compile(r"[^\s,;:()]+")
_PARENTHESES = re.compile(r"\([^()]*\)")
_SPOKES = re.compile(
    r"^(?:(?:a|an|the|one)\s+)?(?P<pre>.*?)\s*\bspokes(?:man|woman|person)\b\s*(?:(?:for|at|of|from)\s+(?P<org>.+))?$",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"[’'‘]s?$")
_DOCUMENTS = r"(?:editorial|statement|report|letter|memo|study|paper|survey|release|filing|complaint|ruling|column|op-ed)"
# a poll, study or ad named by the words before it, maybe with when it came out
_NAMED_DOCUMENT = re.compile(r"(?:(?:[Aa]|[Aa]n|[Tt]he|[Tt]his|[Tt]hat|[Oo]ne)\s+)?((?:[\w.’'/-]+\s+){0,3}?[A-Z][\w.’'/-]*\s+(?:[a-z]+\s+)?(?:poll|survey|study|ad|advert|video))"
                             r"(?:\s+(?:released|published|conducted|out)\b.*)?$")
_DOCUMENT = re.compile(r"(?:(?:a|an|the|one|this|that)\s+)?(?:[\w.-]+\s+){0,3}?" + _DOCUMENTS
                       + r"\s+(?:from|by|in|of)\s+(?:the\s+)?([A-Z][\w.’'-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w.’'-]*)*)"
                       + r"(?:,?\s+(?:obtained|seen|reviewed|released|published)\s+by\s+.*)?$")  # "... obtained by AP"


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper() or (word[:1] in "’'" and word[1:2].isupper())


def _strip_possessive(word: str) -> str:
    return _POSSESSIVE.sub("", word) if len(word) > 2 else word


def _clean_name(words: Sequence[str]) -> list[str]:
    """Name words without a possessive ending or a full stop after the last one."""
    cleaned = list(words)
    if cleaned:
        cleaned[-1] = _strip_possessive(cleaned[-1])
        if len(cleaned[-1]) > 2:
            cleaned[-1] = cleaned[-1].rstrip(".")
    return cleaned


def _gender(words: Sequence[str]) -> str | None:
    lowered = {w.lower().strip(".") for w in words}
    if lowered & vocab.FEMALE:
        return "f"
    if lowered & vocab.MALE:
        return "m"
    return None


def _runs(words: list[str]) -> list[tuple[bool, list[str]]]:
    """Group words into runs of capitalised and lowercase words, in order."""
    runs: list[tuple[bool, list[str]]] = []
    for word in words:
        capital = _is_capitalised(word) or (word.lower() in vocab.NAME_PARTICLES and bool(runs) and runs[-1][0])
        if runs and runs[-1][0] == capital:
            runs[-1][1].append(word)
        else:
            runs.append((capital, [word]))
    return runs


def _split_title(words: list[str]) -> tuple[list[str], list[str]]:
    """Split capitalised words into leading titles ("Former Attorney General", "Florida Sen.")
    and the name: the name starts after the last title word."""
    k = len(words) - 1
    while k > 0 and words[k - 1].lower().strip(".") not in vocab.TITLES:
        k -= 1
    return words[:k], words[k:]


def is_organisation_name(words: Sequence[str]) -> bool:
    """True when capitalised words look like an organisation: an org word, an acronym or a
    place that stands for a body (``is_place_name``)."""
    return any(w.lower().strip(".’'s") in vocab.ORG_WORDS or w.lower() in vocab.ORG_WORDS for w in words) or (
        len(words) == 1 and len(words[0]) > 1 and words[0].replace(".", "").isupper()
    ) or is_place_name(words)


def is_place_name(words: Sequence[str]) -> bool:
    """Rule ``place_name``: capitalised words that name a place standing for the body housed
    there, taken whole: "Downing Street admits ..." is said by Downing Street, not by "Street".

    A run of two or three capitalised words ending in a place word ("Downing Street", "Wall
    Street"), "Number 10" or a seat of government ("Whitehall"). A place word that is also a
    surname ("Capitol Hill", "Jerry Hall") is left to ``speakers.SpeakerResolver``, which
    looks for the name written as a place ("on Capitol Hill").
    """
    if not 1 <= len(words) <= 3:
        return False
    last = _strip_possessive(words[-1]).strip(".,").lower()
    if len(words) == 1:
        return last in vocab.SEATS and _is_capitalised(words[0])
    if last in vocab.PLACE_WORDS:
        return all(map(_is_capitalised, words))
    return len(words) == 2 and last in {"10", "ten"} and _NUMBER_TEN.fullmatch(" ".join(words)) is not None


def _appositive(text: str) -> tuple[str | None, str | None, str | None, str | None]:
    """Read an appositive ("advocacy director at Liberty") as (role, organisation, name, antecedent).

    ``name`` is set when the appositive is itself a proper name ("Ryan's spokeswoman, AshLee Strong");
    ``antecedent`` when a generic noun owns the role ("the organisation's chief executive", see
    ``owned_role``). The role ends at a clause boundary (``role_end``).
    """
    words = _WORD.findall(_PARENTHESES.sub(" ", text))
    if not words or words[0].lower() in {"who", "which", "whose", "where", "when"}:
        return None, None, None, None
    runs = _runs(words)
    prepositions = {"at", "of", "for", "with", "from"}
    lowered = {w for w in words if w.islower()}
    if runs[-1][0] and not (prepositions | vocab.ROLE_ENDS) & lowered:  # "Conservative candidate James Whitfield"
        titles, name = _split_title(runs[-1][1])
        role = " ".join([w for _, run in runs[:-1] for w in run] + _without_honorifics(titles))
        return role or None, None, " ".join(_clean_name(name)), None
    role_words: list[str] = []
    organisation = None
    for k, word in enumerate(words):
        if word.lower() in prepositions:
            organisation = _organisation_after(words[k + 1 :])
            break
        if word in vocab.ROLE_ENDS:  # "chief executive in the UK", "a lecturer in law at Dover College"
            later = next((j for j in range(k + 1, len(words)) if words[j] in prepositions), None)
            organisation = _organisation_after(words[later + 1 :]) if later is not None else None
            break
        role_words.append(word)
    while role_words and role_words[0].lower() in vocab.DETERMINERS:
        role_words.pop(0)
    antecedent = None
    if len(role_words) > 1 and _POSSESSIVE.search(role_words[0]) and role_words[0][-2:] != "ss":
        owner = _strip_possessive(role_words.pop(0))  # "the organisation's chief executive", "Amnesty's UK director"
        if _is_capitalised(owner):
            organisation = organisation or owner
        elif owner.lower() in vocab.OWNER_NOUNS:
            antecedent = owner.lower()
    return (" ".join(role_words) or None), organisation, None, antecedent


def _without_honorifics(titles: list[str]) -> list[str]:
    """Rule ``role_end``: a role ends at the name, honorifics ("Mr", "Lord", "Dame") going with the
    name: "the president of the Supreme Court Lord Reed" has the role "president of the Supreme
    Court"."""
    titles = list(titles)
    while titles and titles[-1].lower().strip(".") in vocab.HONORIFICS:
        titles.pop()
    return titles


def _organisation_after(words: list[str]) -> str | None:
    """The first run of capitalised words, unless it is a person's title ("President ...")."""
    for capital, run in _runs(words):
        if capital:
            if run[0].lower().strip(".") in vocab.TITLES and not is_organisation_name(run):
                return None
            return " ".join(_strip_possessive(w) for w in run)
    return None


def describe(text: str, start: int, appositive: str | None = None) -> Mention | None:
    """Read the words that name a speaker into a ``Mention``; None when they name nothing."""
    text = _PARENTHESES.sub(" ", text).strip(" ,.;:—–-\"'“”‘’")
    words = _WORD.findall(text)
    if not words:
        return None
    if len(words) == 1 and words[0].lower() in vocab.PRONOUNS:
        return Mention("pronoun", words[0].lower(), start, gender=vocab.PRONOUNS[words[0].lower()])
    document = _DOCUMENT.match(" ".join(words))
    if document:  # "a Wednesday editorial in The Des Moines Register": the paper speaks
        return Mention("organisation", document.group(1), start)
    document = _NAMED_DOCUMENT.match(" ".join(words))
    if document:  # "an Associated Press-GfK poll released Thursday", "A campaign TV ad": the poll or ad speaks
        return Mention("organisation", document.group(1), start)
    role, organisation, apposed_name, antecedent = _appositive(appositive) if appositive else (None, None, None, None)
    spokes = _SPOKES.match(" ".join(words))
    if spokes and not (spokes.group("org") is None and _after_spokes_is_name(words)):
        return _spokesperson(spokes, start, words, apposed_name)
    while words and _is_filler(words[0], last=len(words) == 1 or _is_first_name(words)) and not (len(words) == 1 and _is_name_like(words[0])):
        if _opens_place(words):
            break  # "Downing Street", not the "-ing" word of a clause before a name
        words = words[1:]
    place = words[1:] if words and words[0].lower() in vocab.DETERMINERS else words
    if is_place_name(place):  # "Downing Street", "Number 10", "the Kremlin"
        return Mention("organisation", " ".join(_clean_name(place)), start)
    if apposed_name and _place_adjunct(words, None)[0] != words:
        apposed_name = None  # "a woman in Worcester, Massachusetts": the place goes on, no name
    if _is_unnamed_person(words) and not apposed_name:  # "one former GOP leadership aide"
        return Mention("person", " ".join(words), start, gender=_gender(words))
    sentence_capital = len(words) > 1 and not any(map(_is_capitalised, words[1:])) and not _POSSESSIVE.search(words[0])
    if words and (words[0].lower() in vocab.GROUP_NOUNS | vocab.PERSON_ROLES or sentence_capital):
        words = [words[0].lower()] + words[1:]  # a sentence's capital: "Critics", "Nuclear proliferation experts"
    determined = bool(words) and words[0].lower() in vocab.DETERMINERS
    while words and words[0].lower() in vocab.DETERMINERS:
        words = words[1:]
    if determined and len(words) > 1 and words[0].islower() and _POSSESSIVE.search(words[0]):
        owned = owned_role(words, start, appositive)
        if owned:
            return owned
    words, organisation = _place_adjunct(words, organisation)
    words, organisation = _split_of(words, organisation)
    owned = next((k for k, w in enumerate(words[:-2]) if _POSSESSIVE.search(w) and w[-2:] != "ss"), None)
    if owned is not None and all(map(_is_capitalised, words)) and not is_organisation_name(words[owned + 1 :]):
        # "The Post's Ruth Marcus", "Flight International's Mr Learmount": a person, the owner their organisation
        owner = " ".join(words[:owned] + [_strip_possessive(words[owned])])
        return _named(_runs(words[owned + 1 :]), start, role, organisation or owner, None)
    if is_organisation_name(words) and all(_is_capitalised(w) or w in {"of", "for", "and", "on"} for w in words) and not _titled_person(words):
        return Mention("organisation", " ".join(_clean_name(words)), start)  # "Federation of Teachers"
    # "The capital's Metropolitan Police", "Ryan's spokeswoman": the owner goes, but
    # "the mayor's office" and "the Information Commissioner's Office" are one name
    owner = None
    for k, word in enumerate(words[:-1]):
        if _POSSESSIVE.search(word) and word[-2:] != "ss" and _is_capitalised(word) != _is_capitalised(words[k + 1]):
            owner = _strip_possessive(word) if _is_capitalised(word) else None
            words = words[k + 1 :]
            break
    if not words:
        return None
    runs = _runs(words)
    if apposed_name and not runs[-1][0]:  # a role described, then named in the appositive
        titles, name = _split_title(apposed_name.split())
        return Mention("person", " ".join(name), start, " ".join(words), owner or organisation, _gender(words + titles))
    if antecedent and runs[-1][0] and not (organisation or owner):  # "Sacha Deshmukh, the organisation's chief executive"
        return dataclasses.replace(_named(runs, start, role, None, None), antecedent=antecedent)
    if runs[-1][0] and determined and len(runs) == 1:  # "the Met", "the European Union"
        return Mention("organisation", " ".join(_clean_name(words)), start)
    if runs[-1][0] and len(runs[-1][1]) == 1 and _is_filler(runs[-1][1][0], last=True) and not _is_name_like(runs[-1][1][0]):
        return None  # "... pushed back on those claims Thursday": a time, not a name
    if runs[-1][0]:
        return _named(runs, start, role, organisation, owner)
    return _unnamed(words, start, owner, determined)


def owned_role(words: list[str], start: int, appositive: str | None = None) -> Mention | None:
    """Rule ``owned_role``: a role owned by a generic noun for a body stands for the organisation
    last named: in "Amnesty International welcomed the ruling. The organisation's chief executive
    said it was a damning verdict.", the chief executive speaks for Amnesty International.

    ``words`` follow "the": "organisation's chief executive [Ann Lee]". The mention keeps the noun
    as its ``antecedent``, which ``speakers.SpeakerResolver`` resolves to the organisation last
    named; a role is a person when a name follows it.
    """
    owner = _strip_possessive(words[0]).lower()
    if owner not in vocab.OWNER_NOUNS or not words[1][:1].isalpha():
        return None
    rest, _ = _place_adjunct(words[1:], None)  # "chief executive in the UK"
    if any(map(_is_capitalised, rest)) or appositive:  # "the company's managing director, Sam Whitlock,"
        mention = describe(" ".join(rest), start, appositive)
        if mention is not None and mention.kind in {"person", "surname"}:
            return mention if mention.organisation else dataclasses.replace(mention, antecedent=owner)
        if any(map(_is_capitalised, rest)):
            return mention
    head = rest[-1].lower()
    if head in vocab.PERSON_NOUNS | vocab.TITLES | {"head", "boss"}:
        return Mention("role", " ".join(rest), start, gender=_gender(rest), antecedent=owner)
    return Mention("organisation", owner, start, antecedent=owner)  # "the group's report": the group


def _place_adjunct(words: list[str], organisation: str | None) -> tuple[list[str], str | None]:
    """Rule ``role_end`` for a description: it ends before "in" and the name of a place at its
    end: "the chief executive in the UK" is a chief executive. A body's name there is kept as
    ``organisation``, where they work."""
    for k in range(1, len(words) - 1):
        if words[k] not in vocab.PLACE_PREPOSITIONS or any(map(_is_capitalised, words[:k])):
            continue
        place = words[k + 1 :]
        place = place[1:] if place[0] == "the" else place
        if place and all(map(_is_capitalised, place)):
            return words[:k], organisation or (" ".join(place) if is_organisation_name(place) else None)
        return words, organisation
    return words, organisation


def _opens_place(words: list[str]) -> bool:
    """True when ``words`` open with a place name: "Downing Street", "Notting Hill"."""
    return len(words) > 1 and _is_capitalised(words[1]) and _strip_possessive(words[1]).lower() in vocab.PLACE_WORDS | vocab.PLACE_WORDS_ALSO_SURNAMES


def _titled_person(words: list[str]) -> bool:
    """Rule ``role_end`` for capitalised titles: a body's name then a title ends at the person's
    name, which is no body's: "House Speaker Paul Ryan", "Foreign Office Minister Kim Howells"."""
    titles, name = _split_title(words)
    return bool(titles) and titles[-1].lower().strip(".") in vocab.TITLES and 0 < len(name) <= 3 and not is_organisation_name(name)


def _is_first_name(words: list[str]) -> bool:
    """True for a first name ending like an adverb before a surname: "Carly Fiorina", "Kelly Ayotte"."""
    return len(words) > 1 and words[0].lower().endswith("ly") and _is_capitalised(words[1])


def _is_unnamed_person(words: list[str]) -> bool:
    """True for an indefinite description of one person: "a person close to the Clintons"."""
    if not words or words[0].lower() not in vocab.INDEFINITE:
        return False
    if len(words) > 2 and _is_capitalised(words[1]) and words[2].lower() in vocab.DESCRIPTION_STOPS:
        return True  # "one Democrat familiar with the talks", "a Republican close to Lee"
    for word in words[1:6]:
        lowered = word.lower()
        if lowered in vocab.PERSON_NOUNS:
            return True
        if lowered in vocab.DESCRIPTION_STOPS:
            return False
    return False


def _is_name_like(word: str) -> bool:
    """True for a capitalised common word that is also a name: "May", "Will"."""
    return word[:1].isupper() and word.lower() in vocab.ALSO_NAMES


def _is_past_cue(word: str) -> bool:
    """True for a cue verb in the past tense as written mid-sentence: "said", "warned"."""
    return word in vocab.LEMMA and word.endswith(("ed", "said", "told", "wrote"))


def _is_filler(word: str, last: bool = False) -> bool:
    """True for a word that cannot open a speaker mention: "When", "Friday", "Hastily", "Marking",
    "Said" (as in "Said Comey:"). A ``last`` word ending in -ly or -ing may be a name ("Skelly")."""
    lowered = word.lower()
    return (lowered in vocab.FILLERS) or (
        lowered.endswith(("ing", "ly")) and len(lowered) > 4 and not last
    ) or _is_past_cue(lowered)


def _split_of(words: list[str], organisation: str | None) -> tuple[list[str], str | None]:
    """Split "Jeff Merkley of Oregon", "Phil Musser of digital firm IMGE" into the name and what
    follows "of"; keep "Federation of Teachers" and "Secretary of State John Kerry"."""
    for k in range(1, len(words) - 1):
        if words[k] in {"of", "from", "at"} and _is_capitalised(words[k - 1]):
            run = []
            for word in reversed(words[:k]):
                if not _is_capitalised(word):
                    break
                run.insert(0, word)
            titles, name = _split_title(run)
            if is_organisation_name(run) or not name or name[0].lower() in vocab.TITLES:
                return words, organisation
            if len(titles) == len(run) - 1 and name[-1].lower() in vocab.TITLES:
                return words, organisation
            return words[:k], organisation or _organisation_after(words[k + 1 :])
    return words, organisation


def _after_spokes_is_name(words: list[str]) -> bool:
    """True for "spokeswoman Haley Morris": a name follows the spokesperson word."""
    for k, word in enumerate(words):
        if word.lower().startswith("spokes"):
            return k + 1 < len(words) and _is_capitalised(words[k + 1])
    return False


def _spokesperson(match: re.Match, start: int, words: list[str], name: str | None) -> Mention:
    """A spokesperson speaks for an organisation: "a spokesperson for the Met", "a Met spokesman"."""
    owner = match.group("org") or match.group("pre") or ""
    owner_words = [w for w in owner.split() if w.lower() not in vocab.DETERMINERS]
    owner = " ".join(_strip_possessive(w) for w in owner_words)
    gender = _gender(words)
    # "the charity's spokesperson", "a spokesperson for the group": the organisation last named
    antecedent = owner.lower() if owner.islower() and owner.lower() in vocab.OWNER_NOUNS else None
    if name:
        return Mention("person", name, start, "spokesperson", None if antecedent else owner or None, gender, antecedent)
    if not owner:
        return Mention("role", "spokesperson", start, gender=gender)
    return Mention("organisation", owner, start, gender=gender, antecedent=antecedent)


def _named(runs, start: int, role: str | None, organisation: str | None, owner: str | None) -> Mention:
    """A mention ending in a capitalised name: a person (maybe with role) or an organisation."""
    words = [w for _, run in runs for w in run]
    last = runs[-1][1]
    if len(runs) == 1 and is_organisation_name(last) and not _titled_person(last):
        return Mention("organisation", " ".join(last[:-1] + [_strip_possessive(last[-1])]), start)
    titles, name = _split_title(last)
    name = _clean_name(name)
    lead = [w for _, run in runs[:-1] for w in run]
    # "Metropolitan Police assistant commissioner Nick Ephgrave": the leading run is the employer
    if len(runs) >= 3 and runs[0][0] and is_organisation_name(runs[0][1]):
        organisation = organisation or " ".join(runs[0][1])
        lead = [w for _, run in runs[1:-1] for w in run]
    role = role or " ".join(lead + _without_honorifics(titles)) or None
    if len(lead) == 2 and lead[1].lower() in {"for", "to"} and lead[0].lower()[:-1] in vocab.PERSON_NOUNS:
        return Mention("organisation", f"{name[-1]} {lead[0].lower()}", start)  # "Attorneys for Ann Lee": her attorneys
    if lead and lead[-1].lower() in vocab.ORG_WORDS | {"charity", "firm", "company", "campaign", "body", "regulator"}:
        return Mention("organisation", " ".join(name), start)  # "privacy group Watchful Eye"
    kind = "person" if len(name) > 1 else "surname"
    return Mention(kind, " ".join(name), start, role, organisation or owner, _gender(words))


def _unnamed(words: list[str], start: int, owner: str | None, determined: bool) -> Mention | None:
    """A lowercase description: a group ("critics"), a role ("the senator") or a body ("the force")."""
    head = words[-1].lower()
    phrase = " ".join(words)
    if head in vocab.PERSON_ROLES:
        return Mention("role", phrase, start, organisation=owner, gender=_gender(words))
    if (head.endswith("s") and not head.endswith("ss")) or head in {"police", "people", "public"}:
        return Mention("group", (owner + " " if owner else "") + phrase, start)
    if head in vocab.ORG_WORDS or (determined and len(words) <= 3):
        return Mention("organisation", phrase if not owner else f"{owner} {phrase}", start)
    return None


# ---------------------------------------------------------------------------------------------
# finding the attribution next to a quote

_STOP = re.compile(r"[.;:!?]")
_WORD_BEFORE_DOT = re.compile(r"[A-Za-z][A-Za-z.]*$")
_ADJUNCT_WORDS = 8  # longest "in a statement on Tuesday"-like tail allowed after a cue
_WINDOW = 300  # characters before a cue or quote searched for its subject or cue


def _abbreviation(text: str, dot: int) -> bool:
    """True when the full stop at ``dot`` ends an abbreviation or initial, or is followed by a
    comma, bracket or lowercase word (so ends no clause): "Lindsey O. Graham", "(R-Ky.)"."""
    following = text[dot + 1 : dot + 3].lstrip()
    if following[:1] in {",", ")"} or following[:1].islower():
        return True
    word = _WORD_BEFORE_DOT.search(text, max(0, dot - 12), dot)
    if not word:
        return False
    word = word.group(0)
    return (len(word) == 1 and word.isupper()) or word.lower() in vocab.ABBREVIATIONS or "." in word


def clause_end(text: str, start: int = 0, end: int | None = None) -> int:
    """Offset of the first ``.;:!?`` that ends a clause in ``text[start:end]``, else ``end``."""
    end = len(text) if end is None else end
    for match in _STOP.finditer(text, start, end):
        if match.group(0) != "." or not _abbreviation(text, match.start()):
            return match.start()
    return end


def _strip_adverbs(text: str) -> str:
    """Drop auxiliaries, adverbs and times that stand between a subject and its cue ("has also",
    "later Thursday", "on Monday")."""
    text = text.rstrip()
    if text.endswith(" ago"):  # "less than two weeks ago"
        text = text[:-60] + _AGO.sub("", text[-60:])
    words = text.split(" ")
    timed = False
    while words:
        last = words[-1].lower()
        if last in vocab.TIMES or (timed and last in {"on", "last", "this", "early", "late"}):
            timed = True
        elif not (last in vocab.ADVERBS or ((last in vocab.MODALS or last.endswith("ly")) and words[-1].islower())):
            break
        words.pop()
    return " ".join(words)


_AGO = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:days?|weeks?|months?|years?|decades?)\s+ago$")


def _subject(text: str, base: int, strict: bool) -> tuple[str, int, str | None] | None:
    """The subject noun phrase that ends ``text`` (the text before a cue).

    Returns (words, offset, appositive). ``strict`` demands that the whole text is the subject,
    as after a quote ("..., Clare Collier, advocacy director at Liberty, said"). A name that
    opens ``text`` before a chain of appositives is the subject ("Harry Bond, 30, of Raleigh,
    N.C., who was polled, said").
    """
    who = _WHO_BEFORE.search(text, max(0, len(text) - 120)) if not strict else None
    if who:  # "Contrast that with Trump, who has called"
        return who.group(1), base + who.start(1), None
    found = _last_subject(text, base, strict)
    if found and not strict and describe(*found) is None:
        found = _before_preposition(*found) or found  # "Trump in his announcement speech called"
    place = _PLACE_BEFORE.search(text, 0, found[1] - base) if found and not strict and len(found[0].split()) <= 2 else None
    if place and found[0][:1].isupper():  # "Ann Lee of Dover, Delaware says": the name
        return _last_subject(text[: place.start(1)], base, strict) or found
    # "Ann Lee, president and CEO of X stated", "Sam Lau, the director for the party said": the
    # name, not what follows "and" or the description after its comma
    before = text[: found[1] - base] if found else ""
    inside = found is not None and (_INSIDE_APPOSITIVE.search(before) is not None or (before.rstrip().endswith(",") and found[0][:1].islower()))
    if found is None or inside or text.rstrip().endswith(",") or _RELATIVE.match(text, text.find(",") + 1):
        return _apposed_subject(text, base) or found
    return found


_RELATIVE = re.compile(r"\s*(?:who|whose)\s")
_INSIDE_APPOSITIVE = re.compile(r",[^,]*\sand\s*$")
_WHO_BEFORE = re.compile(r"(?<![\w’'.-])(?<![Tt]he )((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*),\s+who(?:\s+[a-z]+){0,2}\s*$")
_PLACE_BEFORE = re.compile(r"(?<![Tt]he)\s[A-Z][\w’'-]*(\s(?:of|from)\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*,\s*)$")
_ADJUNCT = re.compile(r"\s(?:in|at|on|during|after|before|from|with)\s")  # "Trump in his speech called"


def _before_preposition(words: str, offset: int, appositive: str | None) -> tuple[str, int, str | None] | None:
    """The subject up to a preposition that opens an adjunct between it and its verb, if what
    comes before names someone: "Trump" in "Trump in his announcement speech"."""
    cut = _ADJUNCT.search(words)
    return (words[: cut.start()], offset, appositive) if cut and describe(words[: cut.start()], offset) else None


def _apposed_subject(text: str, base: int) -> tuple[str, int, str | None] | None:
    """The name before the first comma of ``text`` when what follows it describes them."""
    comma = text.find(",")
    if comma < 0:
        return None
    head = text[:comma]
    words = head.split()
    if not 0 < len(words) <= 8 or not _is_capitalised(words[-1]) or _is_filler(words[0]):
        return None
    if any(w.lower() in vocab.BOUNDARY or "xxx" in w for w in words):
        return None
    mention = describe(head, base)
    if mention is None or mention.kind not in {"person", "surname"}:
        return None
    following = text[comma + 1 :].split(",", 1)[0].strip()
    appositive = following if _looks_apposed(following) and not _RELATIVE.match(" " + following) else None
    lead = len(head) - len(head.lstrip())
    return head.strip(), base + lead, appositive


# a passive that still names the speaker: "Braynard is quoted as saying", "was heard saying"
_QUOTED_AS = re.compile(r"\s+(?:is|was|are|were|has been|have been|had been)\s+(?:quoted|heard|caught|recorded|overheard)(?:\s+as)?\s*$")


def _last_subject(text: str, base: int, strict: bool) -> tuple[str, int, str | None] | None:
    """The subject noun phrase that ends ``text``, maybe after one appositive (see ``_subject``)."""
    cut = max(0, len(text) - _WINDOW)
    text, base = _strip_adverbs(_QUOTED_AS.sub("", text[cut:])), base + cut
    appositive = None
    core = _PARENTHESES.sub(lambda m: " " * len(m.group(0)), text).rstrip()  # "Warren (D-MA)"
    if core.endswith(","):  # "Clare Collier, advocacy director at Liberty, said"
        inner = core[:-1]
        comma = inner.rfind(",")
        if comma < 0:
            return None
        appositive = inner[comma + 1 :].strip()
        core = inner[:comma]
    words = list(re.finditer(r"\S+", core))
    first = len(words)
    while first > 0:
        word = words[first - 1].group(0)
        if (word.lower() in vocab.BOUNDARY and not _is_name_like(word)) or word[-1] in ",;:(—–" or word in {"-", "–", "—"} or "xxx" in word or _is_past_cue(word):
            break
        first -= 1
    if words and first < len(words) - 1 and words[-1].group(0).lower() in vocab.PRONOUNS:
        first = len(words) - 1  # "an investment he concludes": the pronoun
    lengthy = not strict and len(words) - first > 10
    if lengthy and _DOCUMENT.match(core[words[first].start() :]):
        return core[words[first].start() :], base + words[first].start(), appositive  # "A letter from X obtained by Y"
    if lengthy:  # "Saturday at the ... party convention Sen. Elizabeth Warren (D-MA) said": the name
        first = len(words)
        while first > 0 and _is_capitalised(words[first - 1].group(0)):
            first -= 1
    if first == len(words) or (strict and first > 0) or len(words) - first > 10:
        return None
    offset = words[first].start()
    return core[offset:], base + offset, appositive


def sentence_subject(masked: str, start: int, end: int) -> Mention | None:
    """The subject that opens a sentence: "Suu Kyi" in "Appearing ..., Suu Kyi, 70, said".

    A leading adverbial ("On Tuesday,", "Appearing before supporters,") is skipped, and so is a
    description before the name it describes ("The head of the PAC, Mike Murphy, praised").
    """
    start += len(masked[start:end]) - len(masked[start:end].lstrip("(["))  # "(Grayson's spokeswoman said ...)"
    conjunction = re.match(r"(?:But|And|Or|Yet|So) (?=\S)", masked[start:end])
    start += conjunction.end() if conjunction else 0  # "But Sen. Pat Toomey (R-Pa.) refused ..."
    text = masked[start:end]
    first = text.split(" ", 1)[0].lower()
    comma = text.find(",")
    adverb = first.endswith("ly") and not _is_capitalised(text[len(first) :].lstrip())  # not "Carly Fiorina"
    opener = first in (vocab.SENTENCE_OPENERS | vocab.COMMON_CAPITALISED | vocab.BOUNDARY) - vocab.DETERMINERS - set(vocab.PRONOUNS) or first.endswith("ing") or adverb
    if opener:
        start += _after_opener(text)
        text = masked[start:end]
    elif comma > 0 and first in vocab.DETERMINERS and _is_capitalised(text[comma + 1 :].lstrip()):
        start += comma + 1
        text = masked[start:end]
    words = list(re.finditer(r"[^\s,;:]+", text))
    taken = []
    for k, word in enumerate(words):
        w = word.group(0)
        if not (_is_capitalised(w) or w.lower() in vocab.DETERMINERS | vocab.TITLES | vocab.PERSON_ROLES | set(vocab.PRONOUNS) or _AGE.fullmatch(w)):
            owned = _owned_head(words[k : k + 3]) if taken and _POSSESSIVE.search(taken[-1].group(0)) else []
            if owned and _is_capitalised(taken[-1].group(0)):
                taken += owned  # "Cruz’s campaign tweeted", "Lee’s campaign manager said"
                break
            if w.startswith("(") or w.endswith("ed") or w.lower() in vocab.ANY_FORM:
                break  # "Sen. Bernie Sanders (I-Vt.) visited NBC", "Clinton says Americans": a bracket or a verb ends it
            if not (taken and (_names_follow(words[k + 1 : k + 3]) or _organisation_follows(taken[-1], words[k : k + 3]))):
                break  # a lowercase word goes on the subject only before a name: "Port manager Dan Osei"
        taken.append(word)
        if w.lower() in vocab.PRONOUNS or text[word.end() : word.end() + 1] in {",", ";", ":"}:
            break
    if not taken:
        return None
    if len(taken) == 1:  # "Nuclear proliferation experts have ...": a capital, then the group
        taken += _group_head(words[1:4])
    named = _APPOSED_NAME.match(text, taken[-1].end())  # "Trump’s state director, Mike Rubino, wrote"
    return describe(text[taken[0].start() : taken[-1].end()], start + taken[0].start(), named.group(1) if named else None)


_APPOSED_NAME = re.compile(r",\s+((?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'.-]*),")


def _owned_head(words: list[re.Match]) -> list[re.Match]:
    """The lowercase nouns for a body or a person that follow an owner ("campaign manager"), or none."""
    head = []
    for word in words:
        if word.group(0).lower() not in vocab.OWNED_NOUNS:
            break
        head.append(word)
    return head


def _group_head(words: list[re.Match]) -> list[re.Match]:
    """The lowercase words up to a noun for people ("proliferation experts"), or none."""
    for k, word in enumerate(words):
        lowered = word.group(0).lower()
        if not word.group(0).islower() or lowered in vocab.BOUNDARY:
            return []
        if lowered in vocab.GROUP_NOUNS or lowered[:-1] in vocab.PERSON_NOUNS:
            return words[: k + 1]
    return []


_OPENER_END = re.compile(r",|\s[-–—―]+\s")
_NAME_THEN_VERB = re.compile(r"\s*(?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'.-]*(?<![’']s)(?:\s+[a-z]|\s*$)")  # not "Rubio’s home"


def _after_opener(text: str) -> int:
    """Where the subject starts after a sentence's opening adverbial: after the comma or dash
    that a name and a verb follow ("Speaking in Salem, New Hampshire, Trump went ..."), else after
    the first comma (0 without one)."""
    ends = list(_OPENER_END.finditer(text))
    for end in ends:
        if _NAME_THEN_VERB.match(text, end.end()):
            return end.end()
    commas = [end for end in ends if end.group(0) == ","]
    return commas[0].end() if commas else 0


_AGE = re.compile(r"\d+-year-old")  # "17-year-old Jared Potts echoed:"


def _organisation_follows(last: re.Match, words: list[re.Match]) -> bool:
    """True when a person noun is followed by where they work: "A spokeswoman for the House ..."."""
    following = [w.group(0) for w in words]
    name = following[2:3] if following[1:2] == ["the"] else following[1:2]
    return last.group(0).lower() in vocab.PERSON_NOUNS and following[0] in vocab.OF_ORGANISATION and bool(name) and _is_capitalised(name[0])


def _names_follow(words: list[re.Match]) -> bool:
    """True when a capitalised word comes among ``words`` before any word that ends a subject."""
    for word in words:
        lowered = word.group(0).lower()
        if lowered in vocab.BOUNDARY | vocab.SENTENCE_OPENERS | vocab.COMMON_CAPITALISED and lowered != "and":
            return False
        if _is_capitalised(word.group(0)):
            return True
    return False


def _mention_for(masked: str, sentence: int, region: int, cue: re.Match) -> tuple[Mention | None, int]:
    """The speaker mention of a cue and where it starts.

    The subject right before the cue; for "... but added", "..., calling" the subject of one of
    the nearest earlier cues in the sentence, or of the sentence itself.
    """
    window = max(region, cue.start() - _WINDOW)
    before = masked[window : cue.start()].split()
    absolute = _ABSOLUTE.search(_strip_adverbs(masked[window : cue.start()])) if cue.group(0).endswith("ing") else None
    if absolute:  # "with Trump reportedly yelling", "Ryan saying he was ... and Trump calling it"
        mention = describe(absolute.group(1), window + absolute.start(1))
        if mention and mention.kind in {"person", "surname", "organisation"}:
            return mention, mention.start
    progressive = cue.group(0).endswith("ing") and _PROGRESSIVE.search(masked, window, cue.start())  # "is already claiming"
    coordinated = (cue.group(0).lower().endswith("ing") and not progressive) or (before and before[-1].lower() in {"and", "but", "then", "or"})
    candidates = [] if coordinated else [(window, cue)]
    if progressive:
        found = _subject(masked[window : progressive.start()], window, strict=False)
        mention = describe(*found) if found else None
        if mention:
            return mention, found[1]
    earlier = [c for c in find_cues(masked, max(sentence, cue.start() - _WINDOW), cue.start()) if not _is_according(c)]
    candidates += [(max(sentence, c.start() - _WINDOW), c) for c in reversed(earlier[-3:])]
    for start, candidate in candidates:
        found = _subject(masked[start : candidate.start()], start, strict=False)
        mention = describe(*found) if found else None
        if mention:
            return mention, found[1]
    return sentence_subject(masked, sentence, cue.start()), sentence


_PROGRESSIVE = re.compile(r"\s(?:is|are|was|were|has been|have been|had been|kept|keeps|began|begins|started|starts|continued|continues)"
                          r"(?:\s+[a-z]+ly|\s+(?:also|still|now|already|not))*\s*$")
# a name right before an -ing cue after "with", "and" or a dash is its subject
_ABSOLUTE = re.compile(r"(?:^|\s)(?:with|and|while|[-–—―]+)\s+((?:[a-z]+\s+){0,3}(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'.-]*)$")


def _tail_ok(text: str) -> bool:
    """True when ``text`` (after a cue) ends its clause within a few words."""
    clause = text[: clause_end(text)]
    clause = re.split(r",|\s[-–—]\s", clause, maxsplit=1)[0]
    return len(clause.split()) <= _ADJUNCT_WORDS


# words that end the speaker after an inverted cue ("said Smith in a statement"); "to" does not
# after a lowercase word ("said a longtime adviser to Trump")
_FORWARD_CUT = re.compile(r"\s(?:in|on|at|during|after|before|when|while|from|as|last|this|about|who)\s|(?<![a-z])\sto\s")


def _forward_mention(text: str, base: int) -> tuple[Mention | None, int]:
    """The speaker that follows an inverted cue ("said Clare Collier, advocacy director at Liberty").

    Returns the mention and the offset just past it (and its appositive).
    """
    stop = clause_end(text)
    lead = len(text) - len(text.lstrip())
    comma = text.find(",", lead, stop)
    head_end = comma if comma >= 0 else stop
    head = text[lead:head_end]
    cut = _FORWARD_CUT.search(" " + head + " ")
    if cut and not re.search(r"(?:spokes(?:man|woman|person)|" + _DOCUMENTS + r")\s*$", head[: max(0, cut.start() - 1)], re.IGNORECASE):
        head = head[: max(0, cut.start() - 1)]
    words = head.split()
    named = [w for w in words if _is_capitalised(w) and w.lower().strip(".") not in vocab.COMMON_CAPITALISED]
    if not words or not (named or words[0].lower() in vocab.DETERMINERS | set(vocab.PRONOUNS)):
        return None, base
    appositive = None
    if comma >= 0 and len(head) == head_end - lead and words[0].lower() not in vocab.PRONOUNS:
        following = text[comma + 1 :]
        candidate = following[: min(clause_end(following), following.find(",") % (len(following) + 1))]
        if _looks_apposed(candidate):
            appositive = candidate.strip()
    mention = describe(head, base + lead, appositive)
    end = (text.find(appositive, comma) + len(appositive)) if appositive else lead + len(head.rstrip())
    if re.match(r",\s*(?:who|whose)\b", text[end:]):  # "said Owen Carrick, who farms near ..."
        end = clause_end(text, end)
    return mention, base + end


def _looks_apposed(text: str) -> bool:
    """True when text after a comma describes the speaker rather than continuing the sentence."""
    words = text.split()
    return bool(words) and not words[0].lower().endswith("ing") and (
        words[0].lower() in {"a", "an", "the", "his", "her", "their", "its"} | vocab.TITLES | vocab.PERSON_ROLES
        or _is_capitalised(words[0])
        or any(w.lower() in {"at", "of", "for", "from"} and any(map(_is_capitalised, words[k + 1 :])) for k, w in enumerate(words[1:4], 1))
        or (len(words) <= 4 and words[0].islower() and _is_capitalised(words[-1]) and _is_capitalised(words[-2]))  # "actress Ann Lee"
    )


# what a cue reports when a new sentence follows a quote: "He warns that ...", "She said he's ..."
_REPORTED_CLAUSE = re.compile(r"\s*(?:[^.,;:!?–—]{0,60}?\s)?that\s|\s+(?:he|she|it|they|we|i)(?:[’'][a-z]+)?\s", re.IGNORECASE)


@named_rule
def trailer_after(masked: str, start: int, end: int, ends_sentence: bool = True) -> Attribution | None:
    """An attribution that follows a quote: ', she added', ', said Ephgrave', ', the Met said'.

    After a quote that ends its sentence the cue must end its clause within a few words, so that
    a new sentence ('"...." Trump said the polls ...') is not read as an attribution.
    """
    attribution = _trailer(masked, start, end, ends_sentence)
    if attribution and "\n" in masked[start : attribution.end]:
        return None  # a line break ends the paragraph's sentence
    if attribution and ends_sentence and end < len(masked) and not _STOP.search(masked, attribution.end, end):
        return None  # '"...." He added, "..."' and '"...." Cruz called it "..."' introduce the next quote
    return attribution


def _trailer(masked: str, start: int, end: int, ends_sentence: bool) -> Attribution | None:
    """The attribution right after a quote, as ``trailer_after`` reads it."""
    region = masked[start:end]
    lead = len(region) - len(region.lstrip(" ,—–-"))
    text = region[lead:]
    base = start + lead
    cue = _CUE_WORD.match(text)
    inverted = cue and cue.group(0) in vocab.LEMMA and lemma(cue.group(0)) not in vocab.TRANSITIVE and not cue.group(0).endswith("ing")
    if cue and (_is_according(cue) or inverted):  # not "..., saying the city ..."
        if _is_according(cue):
            return _according_to(masked, base + cue.end(), end, base)
        mention, stop = _forward_mention(text[cue.end() :], base + cue.end())
        return Attribution(cue.group(0), mention, base, stop) if mention else None
    for cue in find_cues(text, 0, clause_end(text), forms=vocab.ANY_FORM):
        if _is_according(cue):
            return None
        if cue.group(0).endswith("ing") and not _QUOTED_AS.search(text, 0, cue.start()):
            continue  # '"Today" to discuss ..., saying' has no subject of its own
        ends_clause = text[cue.end() :].lstrip()[:1] in {"", ".", ",", "!", "?"}
        after_subject = _short_subject(text[: cue.start()]) and _ADJUNCT_NEXT.match(text, cue.end())
        if cue.group(0) not in vocab.LEMMA and not ends_clause and not after_subject:
            continue  # a form more often a noun is a cue where it ends the clause ("Conway notes.") or follows its subject ("the Saudis state in ...")
        tail = text[cue.end() : clause_end(text)]
        named = tail.split()[:1] and (_is_capitalised(tail.split()[0]) or tail.split()[0].lower() in vocab.DETERMINERS | vocab.TITLES)
        if named and text[: cue.start()].rstrip().endswith(",") and _inverted(text[: cue.start()], cue, tail.split(",")[0]):
            mention, stop = _forward_mention(text[cue.end() :], base + cue.end())  # "..., said Brad Bannon, a pollster."
            if mention and mention.kind in {"person", "surname"}:
                return Attribution(cue.group(0), mention, base + cue.start(), stop)
        found = _subject(text[: cue.start()], base, strict=True)
        if not found or (ends_sentence and (not _tail_ok(text[cue.end() :]) or _REPORTED_CLAUSE.match(text, cue.end()))):
            return None  # '"...." He also said he is ...' is a new sentence
        return Attribution(cue.group(0), describe(*found), found[1], base + cue.end())
    return None


_ADJUNCT_NEXT = re.compile(r"\s+(?:in|on|at|to|during|after|before|that|the|a|an|this|its|their)\s")


def _short_subject(text: str) -> bool:
    """True when ``text`` is just a subject of one to three words: "the Saudis", "Conway"."""
    words = text.split()
    return 0 < len(words) <= 3 and _is_capitalised(words[-1]) and all(w[0].isupper() or w.lower() in vocab.DETERMINERS for w in words)


def _according_to(masked: str, start: int, end: int, cue_start: int) -> Attribution | None:
    """'according to X': the speaker follows the cue."""
    mention, stop = _forward_mention(masked[start:end], start)
    return Attribution(masked[cue_start:start].strip(), mention, cue_start, stop) if mention else None


@named_rule
def intro_before(masked: str, sentence: int, start: int, end: int) -> Attribution | None:
    """An attribution that introduces a quote: 'X said:', 'X told the BBC:', 'According to X,'.

    ``masked[start:end]`` holds the words before the quote; ``sentence`` is where its sentence starts.
    """
    stop = start + len(masked[start:end].rstrip(" :,—–-"))
    cues = [c for c in find_cues(masked, start, stop) if not _RELATIVE_BEFORE.search(masked, max(start, c.start() - 40), c.start())]
    if not cues:
        return None  # '... a candidate who promised mass deportation: "..."' is no intro
    cue = cues[-1]
    if _is_according(cue):
        return _according_to(masked, cue.end(), stop, cue.start())
    if masked[start:end].rstrip()[-1:] in {":", ","} and masked.rfind(",", cue.end(), stop) >= 0:
        clause = _clause_before_colon(masked, cue.end(), stop)
        if clause:  # 'When Reyes said ..., Lee fired back: "..."', 'After X criticized Y, Lee shot back, "..."'
            return clause
    tail = masked[cue.end() : stop]
    if not _tail_ok(tail) or clause_end(masked, cue.end(), stop) < stop or _DASH.search(tail):
        return None  # "Pollsters agree - Carl Bialik:" is a headline and a name
    return _relayed(masked, sentence, cues[:-1], _cue_speaker(masked, sentence, start, cue, stop))


def _cue_speaker(masked: str, sentence: int, region: int, cue: re.Match, stop: int) -> Attribution:
    """A cue's attribution: the name after an inverted cue ("..., explained Rosenberg"), else
    the subject before it (see ``_mention_for``)."""
    tail = masked[cue.end() : stop]
    if _inverted(masked[sentence : cue.start()], cue, tail):
        mention, at = _forward_mention(tail, cue.end())
        if mention and mention.kind in {"person", "surname"}:
            return Attribution(cue.group(0), mention, cue.start(), at)
    mention, at = _mention_for(masked, sentence, region, cue)
    return Attribution(cue.group(0), mention, at if mention else cue.start(), cue.end())


_DASH = re.compile(r"\s[-–—]+\s")


def _inverted(before: str, cue: re.Match, tail: str) -> bool:
    """True when a cue after a comma (or opening its sentence) is followed by just a name, maybe
    with its role: "..., said Ohio State University professor Paul Beck"."""
    words = tail.split()
    return (
        before.rstrip()[-1:] in {",", ""}
        and lemma(cue.group(0)) not in vocab.TRANSITIVE
        and not cue.group(0).endswith("ing")
        and 0 < len(words) <= _ADJUNCT_WORDS
        and _is_capitalised(words[-1])
        and words[0].lower() not in vocab.PREPOSITIONS  # "..., said of Sanders:"
        and not any(w.lower() in vocab.CLAUSE_WORDS for w in words)  # "..., said he never saw Lee"
    )


_PREPOSITION_BEFORE = re.compile(r"\b(?:to|at|for|with|from|by|about|on|in|of|into|against)\s*$", re.IGNORECASE)


def _opens_subject(text: str) -> bool:
    """True when words can open a subject: a capital, a determiner or a group noun."""
    first = text.split()[0] if text.split() else ""
    return _is_capitalised(first) or first.lower() in vocab.DETERMINERS | vocab.GROUP_NOUNS | vocab.PERSON_NOUNS


@named_rule
def colon_intro(masked: str, start: int, end: int) -> Attribution | None:
    """A name and a colon before a quote, with no cue verb: 'Michael McDonald: "..."', or the
    subject of the clause the colon ends: 'When Trump ..., Rubio fired back forcefully: "..."'.

    The attribution's cue is empty; only a named person or organisation counts.
    """
    text = masked[start:end].rstrip()
    if not text.endswith(":"):
        return None
    found = _subject(text[:-1], start, strict=False)
    if not found or not _opens_subject(found[0]) or _PREPOSITION_BEFORE.search(masked, start, found[1]):
        return _clause_before_colon(masked, start, start + len(text) - 1)
    mention = describe(*found)
    if mention is None or mention.kind not in {"person", "surname", "organisation"}:
        return _clause_before_colon(masked, start, start + len(text) - 1)
    return Attribution("", mention, found[1], start + len(text))


_RELATIVE_BEFORE = re.compile(r"\b(?:who|which)\s+(?:\w+\s+)?$")
_NAME_AND_VERB = re.compile(r"\s*(?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'.-]*(?<![’']s)\s+[a-z]")


def _clause_before_colon(masked: str, start: int, colon: int) -> Attribution | None:
    """The named subject of the clause a colon (or comma) ends, after a comma or opening the
    sentence: ", Rubio fired back:", "Fallon fired back:"."""
    begin = masked.rfind(",", start, colon) + 1 or start  # 'Fallon fired back:' opens its sentence
    if not _NAME_AND_VERB.match(masked, begin, colon):
        return None
    mention = sentence_subject(masked, begin, colon)
    if mention is None or mention.kind not in {"person", "surname"}:
        return None
    return Attribution("", mention, mention.start, colon + 1)


@named_rule
def lead_in(masked: str, start: int, end: int) -> Attribution | None:
    """The attribution of a sentence that leads into a quote it does not hold.

    'Cruz continued:', 'Iowa State's Dianne Bystrom agreed.', 'Stated Stone:' (a cue and its
    speaker), or, for a sentence ending in a colon, its subject: 'President Clinton released
    the following statement:'.
    """
    stop = start + len(masked[start:end].rstrip(" .:,—–-"))
    opener = _CUE_WORD.match(masked, start, stop)
    if opener and opener.group(0).lower() in vocab.LEMMA and not _is_according(opener):  # "Stated Stone:"
        mention, at = _forward_mention(masked[opener.end() : stop], opener.end())
        if mention:
            return Attribution(opener.group(0), mention, start, at)
    colon = masked[start:end].rstrip().endswith(":")
    cues = [c for c in find_cues(masked, start, stop)
            if (colon or lemma(c.group(0)) not in vocab.NOT_LEADING) and not noun_participle(masked, c)]
    last = find_cues(masked, start, stop, forms=vocab.ANY_FORM)[-1:] if colon else []
    if last and last[0].end() == stop and last[0] not in cues:  # "as the website notes:"
        cues.append(last[0])
    if cues:
        cue = cues[-1]
        if _is_according(cue):
            return _according_to(masked, cue.end(), stop, cue.start())
        attribution = _cue_speaker(masked, start, start, cue, stop)
        return attribution if attribution.mention else None
    if not colon:
        return None
    mention = sentence_subject(masked, start, stop)
    return Attribution("", mention, mention.start, stop) if mention else None


_SPEECH_NOUNS = r"(?:message|email|e-mail|tweet|post|note|memo|video|ad|advert|text|speech|interview|announcement)s?"


def noun_participle(masked: str, cue: re.Match) -> bool:
    """Rule ``noun_participle``: an -ing cue right after a lowercase noun belongs to that noun
    phrase and leads into no quote: "people claiming asylum" in "Ministers want to fly people
    claiming asylum to Rwanda." (but "with critics saying", "and saying", "kept saying")."""
    if not cue.group(0).endswith("ing"):
        return False
    before = re.search(r"(\S+)\s+$", masked[max(0, cue.start() - 40) : cue.start()])
    word = before.group(1) if before else ""
    if not word.isalpha() or not word.islower() or word in vocab.VERB_BEFORE_ING or word.endswith(("ly", "ed")):
        return False
    if re.fullmatch(_DOCUMENTS + "|" + _SPEECH_NOUNS, word):
        return False  # "issued a statement apologizing to Sanders": the statement speaks
    prior = masked[max(0, cue.start() - 60) : cue.start() - len(before.group(0))].split()
    return not (prior and prior[-1].lower() in {"with", "without"})


@named_rule
def cue_before(masked: str, start: int, end: int) -> Attribution | None:
    """The nearest cue before a partial quote in its sentence ``masked[start:end]``, or the cue
    that reports its clause: 'Lee said Reyes called it "slow"' relays the words through Lee."""
    cues = find_cues(masked, max(start, end - _WINDOW), end)
    for k in range(len(cues) - 1, -1, -1):
        cue = cues[k]
        if _is_according(cue):
            return _according_to(masked, cue.end(), end, cue.start())
        mention, at = _mention_for(masked, start, start, cue)
        if mention:
            return _relayed(masked, start, cues[:k], Attribution(cue.group(0), mention, at, cue.end()))
    return Attribution(cues[-1].group(0), None, cues[-1].start(), cues[-1].end()) if cues else None


_RELAYED = re.compile(r"\s+(?:that\s+)?")


def _relayed(masked: str, sentence: int, earlier: list[re.Match], attribution: Attribution) -> Attribution:
    """The attribution of the cue whose reported clause the given one opens ('Lee said Reyes
    called it "slow"': Lee relays the words), else the given one."""
    outer = earlier[-1] if earlier else None
    if outer is None or lemma(outer.group(0)) not in vocab.REPORTING or outer.group(0).endswith("ing"):
        return attribution
    if not _RELAYED.fullmatch(masked, outer.end(), attribution.start) or "," in masked[attribution.start : attribution.end]:
        return attribution  # not 'Lee said Reyes, who has called it "slow," is wrong'
    relay, at = _mention_for(masked, sentence, sentence, outer)
    return Attribution(outer.group(0), relay, at, outer.end()) if relay else attribution


# ---------------------------------------------------------------------------------------------
# indirect speech

# "that" after a cue, maybe past a short adjunct: "said on Tuesday that", "told delegates that"
_THAT = re.compile(r"\s*(?:[^.,;:!?–—]{0,60}?\s)?that\s", re.IGNORECASE)


@dataclass(frozen=True)
class Report:
    """Indirect speech: what someone is reported to have said, without quotation marks."""

    start: int
    end: int
    attribution: Attribution


_CONTENT_STOP = re.compile(r"\s[-–—]\s|;|,\s+(?:but|while|whereas)\s")


def _content_end(text: str, start: int, end: int) -> int:
    """Where reported content ends: the sentence end, or a dash, semicolon or ", but" before it."""
    stop = _CONTENT_STOP.search(text, start, end)
    end = stop.start() if stop else end
    while end > start and (text[end - 1] in ".!? " or text[end - 1].isspace()):
        end -= 1
    return end


def find_reports(masked: str, start: int, end: int) -> list[Report]:
    """Indirect speech in one sentence ``masked[start:end]`` that has no quotation of speech.

    Several reports may share a sentence ("The Met say ... - but critics warn that ...").
    """
    sentence = masked[start:end]
    according = re.match(r"According to ([^,]{2,80}),\s*", sentence)
    if according:
        mention = describe(according.group(1), start + according.start(1))
        if mention:
            attribution = Attribution(sentence[:12], mention, start, start + according.end(1))
            content = start + according.end()
            return [Report(content, _content_end(masked, content, end), attribution)]
    reports: list[Report] = []
    clause = start  # a second report may follow the first: "X say ... - but critics warn that ..."
    for cue in find_cues(masked, start, end):
        if _is_according(cue) or cue.start() < clause:
            continue
        report = _report_after_cue(masked, clause, end, cue)
        if report:
            reports.append(report)
            clause = report.end
    return reports or _trailing_report(masked, start, end)


def _may_start_clause(word: str) -> bool:
    """True when a word after "said" can open the reported clause ("said phones are ...")."""
    lowered = word.lower().strip(",")
    if lowered in vocab.CLAUSE_START:
        return True
    return word[-1:] not in ",:;" and lowered not in vocab.NOT_A_SUBJECT | vocab.COMMON_CAPITALISED and not lowered.endswith("ly")


def _bare_clause(masked: str, start: int, end: int, verb: str) -> int | None:
    """Where a reported clause without "that" starts after a cue, or None.

    "says it will ...", "said the scheme ..." (any clause after a form of say), "suggested it
    could ..." (a pronoun subject after other verbs), "told members the union ..." (a clause
    after the one or two words of the listener).
    """
    words = list(re.finditer(r"\S+", masked[start : min(end, start + 200)]))[:4]
    if not words:
        return None
    first = words[0].group(0)
    if verb != "tell":
        lowered = first.lower().strip(",")
        if lowered in vocab.SUBJECT_PRONOUNS or (verb == "say" and _may_start_clause(first)):
            return start + words[0].start()
        return None
    for word in words[1:3]:
        if word.group(0).lower() in vocab.CLAUSE_START | vocab.SUBJECT_PRONOUNS:
            return start + word.start()
    return None


_WORD_NEXT = re.compile(r"\s+[A-Za-z]")


def reports_clause(masked: str, attribution: Attribution, end: int) -> bool:
    """True when a clause of reported speech follows an attribution's cue: "said the cases differ"."""
    verb = lemma(attribution.cue.split()[-1]) if attribution.cue else ""
    return bool(_REPORTED_CLAUSE.match(masked, attribution.end, end)) or (
        verb in vocab.REPORTING and _WORD_NEXT.match(masked, attribution.end, end) is not None
        and _bare_clause(masked, attribution.end, end, verb) is not None
    )


def _report_after_cue(masked: str, start: int, end: int, cue: re.Match) -> Report | None:
    """'SUBJECT CUE (that) CONTENT': the Met says (that) it will ..."""
    verb = lemma(cue.group(0))
    if verb not in vocab.REPORTING:
        return None
    that = _THAT.match(masked, cue.end(), end)
    if that and (find_cues(masked, cue.end(), that.end()) or " - " in that.group(0)):
        that = None  # the "that" of a later cue
    if that:
        content = that.end()
    else:
        content = _bare_clause(masked, cue.end(), end, verb)
        if content is None:
            return None
    found = _subject(masked[start : cue.start()], start, strict=False)
    mention = describe(found[0], found[1], found[2]) if found else None
    if not mention:
        return None
    content_end = _content_end(masked, content, end)
    if content_end - content < 10:
        return None
    return Report(content, content_end, Attribution(cue.group(0), mention, found[1], cue.end()))


def _trailing_report(masked: str, start: int, end: int) -> list[Report]:
    """'CONTENT, SUBJECT has announced.' or 'CONTENT, according to X.': the attribution ends it."""
    attribution = sentence_trailer(masked, start, end)
    if not attribution or len(masked[start : attribution.start].split()) < 4:
        return []
    if lemma(attribution.cue) not in vocab.REPORTING | {"according to"}:
        return []
    return [Report(start, _content_end(masked, start, masked.rfind(",", start, end)), attribution)]


@named_rule
def sentence_trailer(masked: str, start: int, end: int) -> Attribution | None:
    """The attribution that ends the sentence ``masked[start:end]`` after one of its last two
    commas: 'Clinton "drew well" in 2008, said professor Paul Beck.', '..., says Dante Scala, a
    political scientist at the University of New Hampshire.'"""
    comma = end
    for _ in range(2):
        comma = masked.rfind(",", start, comma)
        if comma < 0:
            return None
        attribution = trailer_after(masked, comma, end)
        if attribution and attribution.mention and not masked[attribution.end : end].strip(" .!"):
            return attribution
    return None
