"""The voices model: who speaks (Speaker), the words that name them (Mention), a cue with its
mention (Attribution, marked by the rule that found it), and a quote with its speaker (Quote).
Offsets are within a paragraph of the article body."""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass
from typing import Callable


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker: a person (with role and organisation when given) or an organisation."""

    name: str
    role: str | None = None
    organisation: str | None = None
    is_organisation: bool = False


@dataclass(frozen=True)
class Mention:
    """The words that name a speaker, read but not yet resolved."""

    kind: str  # pronoun | person | surname | organisation | group | role
    name: str
    start: int  # offset of the mention in its paragraph
    role: str | None = None
    organisation: str | None = None
    gender: str | None = None  # "f" | "m" when the words tell
    # the generic noun of an owner that stands for the organisation last named: "organisation"
    # in "the organisation's chief executive" (see ``owned_role``)
    antecedent: str | None = None


@dataclass(frozen=True)
class Attribution:
    """A cue and its speaker mention (None when the cue has no subject, as in "adding"), and the
    rule that found them."""

    cue: str
    mention: Mention | None
    start: int  # offset where the attribution starts in the paragraph
    end: int  # offset just past its last word
    rule: str = ""  # the name of the rule function that found it (see ``named_rule``)


def named_rule(find: Callable[..., Attribution | None]) -> Callable[..., Attribution | None]:
    """Mark a rule that finds an attribution: what it returns carries the rule's name in
    ``rule`` (the outermost rule's, when one rule returns another's finding)."""

    @functools.wraps(find)
    def marked(*args, **kwargs) -> Attribution | None:
        found = find(*args, **kwargs)
        return dataclasses.replace(found, rule=find.__name__) if found is not None else None

    return marked


@dataclass(frozen=True)
class Quote:
    """One quote: a span of a body paragraph, its kind, its speaker and the cue that names them."""

    paragraph: int  # 0-based index into the paragraphs
    start: int  # offset of the quoted text, without the marks, in its paragraph
    end: int
    text: str  # paragraphs[paragraph][start:end]
    kind: str  # "direct" | "partial" | "indirect"
    speaker: Speaker | None
    cue: str | None  # the attribution cue as written: "said", "she added", "according to"
    part: int = 0  # 0, 1, ... for the parts of one quote split by its attribution or paragraphs
    # the rule that named the speaker and the kind of words it found ("trailer_after (pronoun)");
    # "previous_quote" for a quote that takes the speaker of the one before; None: no speaker
    rule: str | None = None
