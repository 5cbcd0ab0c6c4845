"""The tool checked against hand coding: the figures ``bench/topic_eval.py`` and
``bench/quotes_eval.py`` write, as tables for the book (the Validation page glues them, so no
figure is typed by hand)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from framing.paths import project_root

HALVES = {"tune": "tune half (rules shaped here)", "held-out": "held-out half (never read)"}


def load_results(bench: str = "topic_eval", path: Path | None = None) -> dict:
    """The figures of the last ``bench/<bench>.py --write``."""
    path = path or project_root() / "bench" / "results" / f"{bench}.json"
    return json.loads(path.read_text(encoding="utf-8"))


def sides_table(results: dict) -> pd.DataFrame:
    """One row per half: articles, quotes matched, speaker and side accuracy, share unassigned."""
    return pd.DataFrame([{"half": HALVES[h], "articles": r["articles"],
                          "quotes matched": f"{r['matched']} of {r['quotes']}",
                          "speaker accuracy": r["speaker_accuracy"],
                          "side accuracy (right speaker)": r["side_accuracy"],
                          "share unassigned": r["unassigned_share"]}
                         for h, r in results.items() if h in HALVES])


def frames_table(results: dict) -> pd.DataFrame:
    """One row per half and frame: sentences hand-coded with it, precision, recall, F1, alpha."""
    return pd.DataFrame([{"half": HALVES[h], "frame": frame,
                          "coded by hand": f"{f['coded']} of {f['sentences']}",
                          "precision": f["precision"], "recall": f["recall"], "F1": f["f1"],
                          "Krippendorff's alpha": f["alpha"]}
                         for h, r in results.items() if h in HALVES
                         for frame, f in r["frames"].items()])


ATTRIBUTION = {"speaker": "speaker, all matched quotes",
               "speaker_direct": "speaker, direct quotes",
               "speaker_partial": "speaker, partial quotes",
               "token_speaker": "speaker, quoted tokens",
               "token_f1": "quoted tokens found (F1)",
               "direct_f1": "direct quotes found (F1)"}


def attribution_table(results: dict) -> pd.DataFrame:
    """One row per measure of ``bench/quotes_eval.py``'s cross-validation: mean and standard
    deviation over its folds."""
    rules = results["rules"]
    return pd.DataFrame([{"measure": label, "mean": rules[key]["mean"], "sd": rules[key]["sd"]}
                         for key, label in ATTRIBUTION.items()])
