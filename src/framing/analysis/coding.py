"""Hand coding for coursework: a coding sheet of an article's sentences, and the agreement of two
codings (a student's and the tool's, or two students').

A sheet is a CSV a spreadsheet opens: one row per sentence (``article``, ``topic``, ``section``,
``paragraph``, ``start``, ``end``, ``text``) and one empty column per frame of the topic. A coder
marks ``1`` where the sentence carries the frame and leaves ``0`` or nothing where it does not
(``yes``/``no``, ``true``/``false`` and ``x`` are read too).
"""

from __future__ import annotations

import csv
import io

import pandas as pd

from framing.analysis.agreement import krippendorff_alpha
from framing.analysis.core import Analysis
from framing.errors import InputError
from framing.fileio import read_text

SHEET_COLUMNS = ["article", "topic", "section", "paragraph", "start", "end", "text"]
_YES = {"1", "yes", "y", "true", "x"}
_NO = {"", "0", "no", "n", "false"}


def coding_sheet(analysis: Analysis, article: str) -> pd.DataFrame:
    """One row per sentence of the analysed ``article`` (its path as given), with an empty
    column per frame of its topic to fill in."""
    frames = [f.id for f in analysis.topic.frames] if analysis.topic else []
    if not frames:
        raise InputError(f"{article}: no topic with frames to code; pass --topic NAME")
    sheet = analysis.frames[["section", "paragraph", "start", "end", "text"]].copy()
    sheet.insert(0, "topic", analysis.topic.name)
    sheet.insert(0, "article", article)
    return sheet.assign(**{f: "" for f in frames})


def tool_coding(analysis: Analysis, sheet: pd.DataFrame) -> pd.DataFrame:
    """The tool's own codes of the sentences of ``sheet`` (frames as true/false); InputError
    when a row of the sheet is no sentence of the article as it is now."""
    frames = [f.id for f in analysis.topic.frames]
    codes = analysis.frames[["start", "end", *frames]]
    known = set(zip(codes["start"], codes["end"]))
    stale = [i + 2 for i, key in enumerate(zip(sheet["start"], sheet["end"])) if key not in known]
    if stale:
        raise InputError("no sentence of the article as it is now matches the sheet's row "
                         f"{', row '.join(map(str, stale[:5]))}; was the article edited after "
                         "the sheet was made?")
    return codes


def read_sheet(path: str) -> pd.DataFrame:
    """A filled-in sheet: its columns, with frame columns as true/false; InputError naming the
    row and column of a mark that is not a yes or a no."""
    text = read_text(path)
    try:
        rows = list(csv.DictReader(io.StringIO(text)))
    except csv.Error as exc:
        raise InputError(f"{path}: not a readable CSV ({exc})") from None
    header = list(rows[0]) if rows else []
    missing = [c for c in SHEET_COLUMNS if c not in header]
    if missing:
        raise InputError(f"{path}: not a coding sheet (no {', '.join(missing)} column); "
                         "make one with: framing code ARTICLE --out SHEET.csv")
    frames = [c for c in header if c not in SHEET_COLUMNS and c is not None]
    for number, row in enumerate(rows, start=2):
        for frame in frames:
            mark = (row.get(frame) or "").strip().lower()
            if mark not in _YES | _NO:
                raise InputError(f"{path} row {number}, column {frame}: '{row[frame]}' is not a "
                                 "mark; write 1 where the sentence carries the frame, else 0")
            row[frame] = mark in _YES
        try:
            row["start"], row["end"] = int(row["start"]), int(row["end"])
        except (TypeError, ValueError):
            raise InputError(f"{path} row {number}: start and end must be whole numbers") from None
    return pd.DataFrame(rows, columns=header)


def agreement(first: pd.DataFrame, second: pd.DataFrame, frames: list[str]) -> pd.DataFrame:
    """Per frame, over the sentences both codings cover (joined on start and end): how many,
    how many each marked, the share coded alike and Krippendorff's alpha."""
    both = first.merge(second, on=["start", "end"], suffixes=("_first", "_second"))
    if both.empty:
        raise InputError("the two codings share no sentence (are they of the same article?)")
    rows = []
    for frame in frames:
        a, b = both[f"{frame}_first"].astype(bool), both[f"{frame}_second"].astype(bool)
        rows.append({"frame": frame, "sentences": len(both), "first_marked": int(a.sum()),
                     "second_marked": int(b.sum()), "agreement": round(float((a == b).mean()), 3),
                     "alpha": round(krippendorff_alpha(list(a), list(b)), 3)})
    return pd.DataFrame(rows)
