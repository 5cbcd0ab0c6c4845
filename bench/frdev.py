"""The fr-dev hand coding (../shared/fr-dev, its CODEBOOK.md): the one split into a tune and a
held-out half, and the matching of gold quotes to the quotes framing finds. Used by
bench/topic_eval.py and train/sides.py.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pandas as pd

from quotes_eval import surname

SPLIT_SEED = 14
_TOKEN = re.compile(r"\w+")


def articles(folder: Path):
    """(name, article, gold) of each hand-coded article in ``folder``, in name order."""
    from framing.inputs.articlefile import load_article

    for gold_path in sorted(folder.glob("*.gold.json")):
        name = gold_path.name[: -len(".gold.json")]
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        yield name, load_article(folder / f"{name}.md"), gold


def split(folder: Path) -> dict[str, list[Path]]:
    """The tune and held-out halves of the articles in ``folder``, fixed by SPLIT_SEED."""
    names = sorted(p.name[: -len(".gold.json")] for p in folder.glob("*.gold.json"))
    shuffled = names[:]
    random.Random(SPLIT_SEED).shuffle(shuffled)
    half = len(names) // 2
    return {"tune": sorted(folder / f"{n}.md" for n in shuffled[:half]),
            "held-out": sorted(folder / f"{n}.md" for n in shuffled[half:])}


def _tokens(text: str, start: int, end: int) -> set[int]:
    return {m.start() for m in _TOKEN.finditer(text, start, end)}


def speaker_ok(predicted: str | None, gold: str) -> bool:
    """Whether the predicted name holds the gold speaker's surname (or a group's last word)."""
    key = surname(gold)
    predicted = predicted if isinstance(predicted, str) else ""
    names = [re.sub(r"[’']s?$", "", w).lower() for w in re.findall(r"[\w’'.-]+", predicted)]
    return bool(key) and key in names


def matched_quotes(article, quotes: pd.DataFrame, gold: list[dict]) -> list[tuple[dict, tuple]]:
    """(gold quote, tool quote row) for each gold quote matched by a tool quote of the body in
    the same paragraph whose word tokens overlap it by at least 0.8 of the longer."""
    quotes = quotes[quotes["kind"].isin(["direct", "partial"]) & (quotes["section"] == "body")]
    used, pairs = set(), []
    for g in gold:
        part = article.paragraphs[g["paragraph"]]
        start = part.start + g["char_start"]
        gold_tokens = _tokens(article.text, start, start + len(g["text"]))
        best, best_overlap = None, 0.8
        for q in quotes.itertuples():
            if q.Index in used or q.paragraph != g["paragraph"]:
                continue
            tokens = _tokens(article.text, q.start, q.end)
            overlap = len(tokens & gold_tokens) / max(len(tokens), len(gold_tokens), 1)
            if overlap >= best_overlap:
                best, best_overlap = q, overlap
        if best is not None:
            used.add(best.Index)
            pairs.append((g, best))
    return pairs
