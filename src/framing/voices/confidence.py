"""Confidence of an attribution: how often its rule names the right speaker.

``train/rule_confidence.py`` counts, for each rule ("trailer_after (pronoun)"), the quotes of
expert-annotated news articles it attributed and how many of those it got right, and commits
the counts as ``rule_confidence.json`` beside this module. A quote's confidence is its rule's
share right, smoothed toward the share of all rules for a rule seldom seen; None for a quote
without a speaker, or whose rule was never measured (indirect speech has no gold).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache, cached_property
from importlib.resources import files
from typing import Mapping

from framing.errors import InputError

PACKAGED = "rule_confidence.json"
PRIOR = 10  # quotes' worth of the share of all rules that a rule's own share starts from
LOW = 0.9  # below this, an attribution is listed for readers to check


@dataclass(frozen=True)
class Confidence:
    """Rule -> [right, all] quotes, and the confidence they give."""

    counts: Mapping[str, list[int]]

    def of(self, rule: str | None) -> float | None:
        """(right + PRIOR * overall) / (all + PRIOR), to three places: 45 right of 50 when all
        rules get 0.8 right gives 0.883."""
        if rule not in self.counts:
            return None
        right, every = self.counts[rule]
        return round((right + PRIOR * self.overall) / (every + PRIOR), 3)

    @cached_property
    def overall(self) -> float:
        """The share right over all rules."""
        return sum(r for r, _ in self.counts.values()) / sum(n for _, n in self.counts.values())


@cache
def packaged_confidence() -> Confidence:
    """The counts committed with framing; one clear error when the file is missing or broken."""
    path = files("framing.voices").joinpath(PACKAGED)
    try:
        counts = json.loads(path.read_text(encoding="utf-8"))["counts"]
    except (OSError, ValueError, KeyError, TypeError) as problem:
        raise InputError(f"{path}: no rule confidences ({problem}); make them again with: python "
                         "train/rule_confidence.py ../shared/polnear-train --write") from None
    return Confidence({rule: [int(r), int(n)] for rule, (r, n) in counts.items()})
