"""Score sides and frames against the hand coding of the fr-dev articles (their CODEBOOK.md).

    python bench/topic_eval.py [FR_DEV_DIR] [--write] [--errors N] [--tune-only]

FR_DEV_DIR defaults to ../shared/fr-dev beside the repository. The 40 articles are split ONCE:
shuffled with ``random.Random(14)``, the first 20 form the tune half, the other 20 the held-out
half. Rules, terms and weights may be shaped on the tune half only; the held-out half's texts and
misses are never printed (``--errors`` lists tune misses only).

Sides: each gold quote is matched to a quote the tool finds in the same paragraph whose word
tokens overlap it by at least 0.8 of the longer (bench/frdev.py). Over matched quotes whose
speaker the tool got right (the predicted name holds the gold speaker's surname, or the group's
last word; gold "unattributed" left out), side accuracy is the share placed on the gold side;
``unassigned`` is the share of all matched quotes the tool leaves unassigned; speaker accuracy
is over matched quotes with a gold speaker. The side weights are learned from these articles,
so sides are cross-validated by article (train/sides.py): each article's speakers are placed
with weights fitted on folds without it.

Frames: each hand-coded body sentence is compared with the tool's sentence that overlaps it most
(``framing.measures.frames``); precision, recall and F1 of each frame, and Krippendorff's alpha (nominal)
between the tool and the hand coding.

``--write`` stores the figures in bench/results/topic_eval.json, which the Methods chapter
reads.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path


ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "train"))

from framing.analysis.agreement import krippendorff_alpha  # noqa: E402
from framing.analysis.core import analyze  # noqa: E402
from framing.inputs.articlefile import load_article  # noqa: E402
from framing.fileio import write_text_atomic  # noqa: E402
from framing.inputs.topic import load_topic  # noqa: E402
from frdev import SPLIT_SEED, matched_quotes, speaker_ok, split  # noqa: E402
from sides import cross_validated, examples as side_examples, figures as side_figures  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "topic_eval.json"
FRAMES = ("surveillance", "safety")


class Scores:
    """Counts for speaker and frame agreement over a set of articles."""

    def __init__(self):
        self.gold_quotes = self.matched = self.named = self.speaker_ok = 0
        self.codes = {f: ([], []) for f in FRAMES}  # frame -> (hand codes, tool codes)
        self.misses: list[str] = []

    def add(self, path: Path, topic) -> None:
        article = load_article(path)
        gold = json.loads(path.with_name(path.stem + ".gold.json").read_text(encoding="utf-8"))
        analysis = analyze(article, topic)
        self._add_quotes(article, analysis, gold["quotes"], path.stem)
        self._add_frames(article, analysis, gold["sentences"], path.stem)

    def _add_quotes(self, article, analysis, gold: list[dict], name: str) -> None:
        self.gold_quotes += len(gold)
        for g, best in matched_quotes(article, analysis.quotes, gold):
            self.matched += 1
            if g["speaker"] != "unattributed":
                self.named += 1
                self.speaker_ok += speaker_ok(best.speaker, g["speaker"])

    def _add_frames(self, article, analysis, sentences: list[dict], name: str) -> None:
        body = analysis.frames[analysis.frames["section"] == "body"]
        for s in sentences:
            part = article.paragraphs[s["paragraph"]]
            start, end = part.start + s["char_start"], part.start + s["char_end"]
            overlap = body["end"].clip(upper=end) - body["start"].clip(lower=start)
            row = body.loc[overlap.idxmax()] if len(body) and overlap.max() > 0 else None
            for frame in FRAMES:
                tool = bool(row[frame]) if row is not None and frame in row else False
                self.codes[frame][0].append(bool(s[frame]))
                self.codes[frame][1].append(tool)
                if tool != bool(s[frame]):
                    self.misses.append(f"{name} p{s['paragraph']}: {frame} hand {s[frame]} tool "
                                       f"{tool} ({row['terms'] if row is not None else ''})")

    def figures(self) -> dict:
        share = lambda a, b: round(a / b, 3) if b else None  # noqa: E731
        out = {"quotes": self.gold_quotes, "matched": self.matched,
               "speaker_accuracy": share(self.speaker_ok, self.named),
               "frames": {}}
        for frame, (hand, tool) in self.codes.items():
            tp = sum(h and t for h, t in zip(hand, tool))
            p, r = share(tp, sum(tool)), share(tp, sum(hand))
            f1 = round(2 * p * r / (p + r), 3) if p and r else 0.0
            out["frames"][frame] = {"sentences": len(hand), "coded": sum(hand), "precision": p,
                                    "recall": r, "f1": f1,
                                    "alpha": round(krippendorff_alpha(hand, tool), 3)}
        return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(ROOT.parent / "shared" / "fr-dev"))
    parser.add_argument("--write", action="store_true", help=f"store the figures in {RESULTS}")
    parser.add_argument("--errors", type=int, default=0, help="list N misses of the tune half")
    parser.add_argument("--tune-only", action="store_true",
                        help="score the tune half only (while shaping rules, terms or weights)")
    args = parser.parse_args()
    folder = Path(args.folder)
    if not folder.is_dir():
        sys.exit(f"no fr-dev folder at {folder}")
    topic = load_topic("facial-recognition", folder=ROOT / "data" / "topics")
    started = time.perf_counter()
    found = side_examples(folder, topic)
    placed = cross_validated(found, topic)
    results = {}
    for half, paths in split(folder).items():
        if args.tune_only and half != "tune":
            continue
        scores = Scores()
        for path in paths:
            scores.add(path, topic)
        side = side_figures(found, placed, {p.stem for p in paths})
        results[half] = {"articles": len(paths), **scores.figures(),
                         "side_accuracy": side["side_accuracy"],
                         "unassigned_share": side["unassigned_share"]}
        if half == "tune" and args.errors:
            print("\n".join(scores.misses[: args.errors]))
    for half, r in results.items():
        print(f"{half:<9} sides   speaker {r['speaker_accuracy']}  side {r['side_accuracy']} over "
              f"correct speakers  unassigned {r['unassigned_share']}  ({r['matched']} of "
              f"{r['quotes']} gold quotes matched, {r['articles']} articles)")
        for frame, f in r["frames"].items():
            print(f"{half:<9} {frame:<13} P {f['precision']}  R {f['recall']}  F1 {f['f1']}  "
                  f"alpha {f['alpha']}  ({f['coded']} of {f['sentences']} sentences coded)")
    print(f"({time.perf_counter() - started:.1f} s)")
    if args.write:
        RESULTS.parent.mkdir(exist_ok=True)
        results["split"] = {"seed": SPLIT_SEED, "tune": [p.stem for p in split(folder)["tune"]]}
        write_text_atomic(RESULTS, json.dumps(results, indent=2) + "\n", force=True)
        print(f"wrote {RESULTS}")


if __name__ == "__main__":
    main()
