"""Train the side weights (src/framing/voices/side_weights.json) on hand-coded articles, and say how
well they place speakers on articles they were not trained on.

    python train/sides.py [FR_DEV_DIR] [--write]

FR_DEV_DIR (default ../shared/fr-dev beside the repository) holds articles and their gold, as
its CODEBOOK.md describes. For every gold quote the tool finds with the right speaker
(bench/topic_eval.py matches them), the speaker's evidence is gathered by framing.voices.sides; the
quotes that no decisive step places, and that have some evidence, train a logistic regression
that scores each of the topic's sides from its features (framing.voices.sides.side_features), the gold
side scoring 1.

It prints the side accuracy and the unassigned share cross-validated by article: 5 folds, each
placed with weights fitted on the other four, reported for the two halves of
bench/topic_eval.py's split (the tune half, on whose texts the topic's words were shaped, and
the held-out half, whose texts no one read). ``--write`` stores the weights fitted on every
article, with the features that made them.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "bench"), str(ROOT / "train")]

import pandas as pd  # noqa: E402

import logistic  # noqa: E402
from framing.voices import sides  # noqa: E402
from framing.fileio import write_text_atomic  # noqa: E402
from framing.voices.sideweights import PACKAGED, SideWeights  # noqa: E402
from framing.inputs.topic import UNASSIGNED, Topic, load_topic  # noqa: E402
from framing.voices.tables import QUOTE_COLUMNS, quote_rows  # noqa: E402
from frdev import articles, matched_quotes, speaker_ok, split  # noqa: E402

L2 = 1.0
FOLDS, FOLD_SEED = 5, 3
OUT = ROOT / "src" / "framing" / "voices" / PACKAGED


@dataclass(frozen=True)
class Example:
    """A gold quote the tool found: its article, whether the tool named its gold speaker, the
    gold side, and what framing.voices.sides read about the speaker the tool named (nothing when it
    named none)."""

    article: str
    speaker_ok: bool
    gold: str
    decided: sides.Placement | None  # by a decisive step
    evidence: dict  # weighed step -> side -> words


def examples(folder: Path, topic: Topic) -> list[Example]:
    """One example per gold quote that the tool finds in ``folder``."""
    found = []
    for name, article, gold in articles(folder):
        rows, speakers = quote_rows(article, topic)
        voices = sides.voices(article, article.meta.get("speakers") or {}, speakers, rows)
        table = pd.DataFrame(rows, columns=QUOTE_COLUMNS)
        for g, quote in matched_quotes(article, table, gold["quotes"]):
            voice = voices.get(quote.speaker_id)
            if voice is None:  # the tool names no speaker: the quote is unassigned
                found.append(Example(name, False, g["side"], None, {}))
                continue
            right = g["speaker"] != "unattributed" and speaker_ok(quote.speaker, g["speaker"])
            found.append(Example(name, right, g["side"], sides.decisive(voice, topic),
                                 sides.evidence(voice, topic)))
    return found


def fit(training: list[Example], topic: Topic) -> SideWeights:
    """Weights fitted on the examples the weights decide: right speaker, no decisive step, some
    evidence. Each gives one row per side with evidence, labelled 1 for the gold side."""
    rows, labels = [], []
    for e in training:
        if e.speaker_ok and e.decided is None:
            for side in {side for found in e.evidence.values() for side in found}:
                features = sides.side_features(e.evidence, topic, side)
                rows.append([features[name] for name in sides.FEATURES])
                labels.append(side == e.gold)
    w = logistic.fit(rows, labels, l2=L2)
    return SideWeights(dict(zip(sides.FEATURES, w[:-1].tolist())), float(w[-1]))


def placed(example: Example, topic: Topic, weights: SideWeights) -> str:
    """The side framing places the example's speaker on with ``weights``."""
    return (example.decided or sides.weigh(example.evidence, topic, weights)).side


def cross_validated(found: list[Example], topic: Topic) -> list[str]:
    """Each example's side, placed with weights fitted on the folds without its article."""
    names = sorted({e.article for e in found})
    random.Random(FOLD_SEED).shuffle(names)
    fold = {name: i % FOLDS for i, name in enumerate(names)}
    sides_of = [""] * len(found)
    for k in range(FOLDS):
        weights = fit([e for e in found if fold[e.article] != k], topic)
        for i, e in enumerate(found):
            if fold[e.article] == k:
                sides_of[i] = placed(e, topic, weights)
    return sides_of


def figures(found: list[Example], sides_of: list[str], articles: set[str]) -> dict:
    """Side accuracy over the examples with the right speaker, and the unassigned share over
    all, for the examples of ``articles``."""
    chosen = [(e, s) for e, s in zip(found, sides_of) if e.article in articles]
    right = [(e, s) for e, s in chosen if e.speaker_ok]
    return {"side_accuracy": round(sum(e.gold == s for e, s in right) / len(right), 3),
            "unassigned_share": round(sum(s == UNASSIGNED for _, s in chosen) / len(chosen), 3),
            "quotes": len(chosen), "right_speaker": len(right)}


def weights_file(weights: SideWeights, found: list[Example]) -> str:
    """The committed model: features, weights and bias, with what made them."""
    used = sum(e.speaker_ok and e.decided is None and any(e.evidence.values()) for e in found)
    return json.dumps({
        "model": "framing side weights: logistic regression, one row per (speaker, side)",
        "trained_by": "train/sides.py", "l2": L2,
        "trained_on": f"{len({e.article for e in found})} hand-coded articles, {used} quotes "
                      "that no decisive step places",
        "features": list(sides.FEATURES),
        "weights": [round(weights.weight(name), 6) for name in sides.FEATURES],
        "bias": round(weights.bias, 6)}, indent=2) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(ROOT.parent / "shared" / "fr-dev"))
    parser.add_argument("--write", action="store_true", help=f"store the weights in {OUT}")
    args = parser.parse_args()
    folder = Path(args.folder)
    if not folder.is_dir():
        sys.exit(f"error: no folder of hand-coded articles at {folder}")
    topic = load_topic("facial-recognition", folder=ROOT / "data" / "topics")
    found = examples(folder, topic)
    sides_of = cross_validated(found, topic)
    for half, paths in split(folder).items():
        f = figures(found, sides_of, {p.stem for p in paths})
        print(f"{half:<9} side accuracy {f['side_accuracy']} over {f['right_speaker']} quotes "
              f"with the right speaker, unassigned {f['unassigned_share']} of {f['quotes']}")
    weights = fit(found, topic)
    print("weights:", ", ".join(f"{n} {weights.weight(n):+.2f}" for n in sides.FEATURES),
          f"bias {weights.bias:+.2f}")
    if args.write:
        write_text_atomic(OUT, weights_file(weights, found), force=True)
        print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
