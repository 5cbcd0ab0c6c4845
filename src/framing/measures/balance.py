"""Speaker balance: how much each speaker and each side gets to say, and when.

Counts come from the quotes table: a direct quote split by its attribution counts once; words
quoted are the words inside direct and partial quotes; indirect attributions are counted apart
because their words are the journalist's.
"""

from __future__ import annotations

import pandas as pd

from framing.text.tokens import count_words
from framing.inputs.topic import UNASSIGNED

BALANCE_COLUMNS = ["direct_quotes", "partial_quotes", "indirect", "words_quoted",
                   "share_of_words", "first_paragraph"]


def _with_words(quotes: pd.DataFrame) -> pd.DataFrame:
    quoted = quotes["kind"].isin(["direct", "partial"])
    return quotes.assign(
        words=[count_words(t) if q else 0 for t, q in zip(quotes["text"], quoted)],
        new_direct=(quotes["kind"] == "direct") & (quotes["part"] == 0),
        new_partial=(quotes["kind"] == "partial") & (quotes["part"] == 0),
        is_indirect=quotes["kind"] == "indirect",
    )


def _aggregate(quotes: pd.DataFrame, by: str) -> pd.DataFrame:
    table = _with_words(quotes).groupby(by, dropna=False).agg(
        direct_quotes=("new_direct", "sum"), partial_quotes=("new_partial", "sum"),
        indirect=("is_indirect", "sum"), words_quoted=("words", "sum"),
        first_paragraph=("paragraph", "min"))
    total = table["words_quoted"].sum()
    table["share_of_words"] = table["words_quoted"] / total if total else 0.0
    return table[BALANCE_COLUMNS]


def speaker_balance(quotes: pd.DataFrame, speakers: pd.DataFrame) -> pd.DataFrame:
    """One row per speaker: name, side and the balance counts, most words first."""
    table = _aggregate(quotes.dropna(subset=["speaker_id"]), "speaker_id").reset_index()
    table = speakers[["speaker_id", "name", "side"]].merge(table, on="speaker_id", how="right")
    return table.sort_values(["words_quoted", "first_paragraph"], ascending=[False, True],
                             ignore_index=True)


def side_balance(quotes: pd.DataFrame, sides: list[str]) -> pd.DataFrame:
    """One row per side (every side of the topic, and unassigned when present): the balance
    counts and the number of distinct speakers."""
    table = _aggregate(quotes, "side")
    table["speakers"] = quotes.dropna(subset=["speaker_id"]).groupby("side")["speaker_id"].nunique()
    order = list(sides) + ([UNASSIGNED] if UNASSIGNED in table.index and UNASSIGNED not in sides else [])
    table = table.reindex(order)
    counts = ["direct_quotes", "partial_quotes", "indirect", "words_quoted", "speakers"]
    table[counts] = table[counts].fillna(0).astype(int)
    table["share_of_words"] = table["share_of_words"].fillna(0.0)
    table.index.name = "side"
    return table.reset_index()


def first_and_last(quotes: pd.DataFrame) -> dict[str, dict | None]:
    """The first and the last quoted speaker in the body (direct or partial quotes)."""
    body = quotes[(quotes["section"] == "body") & quotes["kind"].isin(["direct", "partial"])
                  & quotes["speaker_id"].notna()].sort_values("start")
    if body.empty:
        return {"first": None, "last": None}
    return {key: {"speaker": row["speaker"], "side": row["side"], "paragraph": int(row["paragraph"])}
            for key, row in (("first", body.iloc[0]), ("last", body.iloc[-1]))}


def front_citations(quotes: pd.DataFrame) -> pd.DataFrame:
    """Who the headline and the standfirst cite: section, speaker, side, kind and text."""
    front = quotes[quotes["section"].isin(["headline", "standfirst"])]
    return front[["section", "speaker", "side", "kind", "text"]].reset_index(drop=True)
