"""Distinctive words between two voices: the log-odds ratio with an informative Dirichlet prior
(Monroe, Colaresi and Quinn 2008, "Fightin' Words", section 3.5).

For word w with counts y_a, y_b in the two texts (totals n_a, n_b) and prior pseudo-counts
alpha_w (alpha_0 in all) taken from a background text:

    delta_w = log((y_a + alpha_w) / (n_a + alpha_0 - y_a - alpha_w))
            - log((y_b + alpha_w) / (n_b + alpha_0 - y_b - alpha_w))
    var_w   ~ 1 / (y_a + alpha_w) + 1 / (y_b + alpha_w)
    z_w     = delta_w / sqrt(var_w)

A positive z leans to text a. |z| >= 1.96 is the conventional mark of a distinctive word; on
texts of a few hundred words few words reach it, and the chapter says so.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Iterable

import pandas as pd

from framing.text.tokens import WORD

COLUMNS = ["word", "count_a", "count_b", "delta", "z"]
# function words carry no framing and would dominate texts this short
STOPWORDS = frozenset("""a about above after again against all am an and any are as at be
because been before being below between both but by can could did do does doing down during each
few for from further had has have having he her here hers herself him himself his how i if in into
is it its itself just me more most my myself no nor not now of off on once only or other our ours
ourselves out over own same she should so some such than that the their theirs them themselves
then there these they this those through to too under until up very was we were what when where
which while who whom why will with would you your yours yourself yourselves also says said""".split())


def word_counts(texts: Iterable[str]) -> Counter:
    """Lower-cased word counts of ``texts``, function words left out."""
    counts: Counter = Counter()
    for text in texts:
        counts.update(w for w in (m.group(0).lower().replace("’", "'") for m in WORD.finditer(text))
                      if w not in STOPWORDS and not w.isdigit())
    return counts


def fightin_words(a: Counter, b: Counter, background: Counter, *, prior_size: float | None = None
                  ) -> pd.DataFrame:
    """z-scored log-odds of every word of ``a`` or ``b``, most distinctive of ``a`` first.
    The prior is ``background``'s word distribution scaled to ``prior_size`` pseudo-counts
    (default: as many as the background has words)."""
    n_a, n_b = sum(a.values()), sum(b.values())
    total = sum(background.values())
    if not (n_a and n_b and total):
        return pd.DataFrame(columns=COLUMNS)
    alpha_0 = prior_size or total
    rows = []
    for word in set(a) | set(b):
        alpha = max(alpha_0 * background.get(word, 0) / total, 0.01)  # floor: unseen words
        ya, yb = a.get(word, 0), b.get(word, 0)
        delta = (math.log((ya + alpha) / (n_a + alpha_0 - ya - alpha))
                 - math.log((yb + alpha) / (n_b + alpha_0 - yb - alpha)))
        z = delta / math.sqrt(1 / (ya + alpha) + 1 / (yb + alpha))
        rows.append({"word": word, "count_a": ya, "count_b": yb, "delta": delta, "z": z})
    return pd.DataFrame(rows, columns=COLUMNS).sort_values("z", ascending=False, ignore_index=True)


def side_words(segments: pd.DataFrame, side_a: str, side_b: str) -> pd.DataFrame:
    """Fightin' words between what two sides say in direct and partial quotes, with the whole
    article as the background prior."""
    quoted = segments[segments["kind"].isin(["direct", "partial"])]
    return fightin_words(word_counts(quoted.loc[quoted["side"] == side_a, "text"]),
                         word_counts(quoted.loc[quoted["side"] == side_b, "text"]),
                         word_counts(segments["text"]))


def significant(table: pd.DataFrame, *, threshold: float = 1.96) -> pd.DataFrame:
    """The words whose |z| reaches ``threshold`` (1.96: two-sided 5 per cent)."""
    return table[table["z"].abs() >= threshold]
