"""Agreement between two codings of the same units: Krippendorff's alpha for nominal data.

Alpha is 1 when two coders agree on every unit, 0 when they agree no more than chance would,
and negative when they disagree systematically (Krippendorff 2011, "Computing Krippendorff's
Alpha-Reliability"). With two coders and no missing values it reduces to
``1 - (n - 1) * disagreements / sum over value pairs c != k of n_c * n_k``, with n = 2 x units.
"""

from __future__ import annotations

from collections import Counter
from typing import Hashable, Sequence


def krippendorff_alpha(first: Sequence[Hashable], second: Sequence[Hashable]) -> float:
    """Nominal alpha of two coders' values for the same units, in order; NaN when every value
    is the same (no variation to agree on)."""
    if len(first) != len(second):
        raise ValueError("the two codings must cover the same units")
    n = 2 * len(first)
    totals = Counter(first) + Counter(second)
    expected = n * n - sum(c * c for c in totals.values())  # sum of n_c * n_k over c != k
    if expected == 0:
        return float("nan")
    disagreements = 2 * sum(a != b for a, b in zip(first, second))
    return 1 - (n - 1) * disagreements / expected
