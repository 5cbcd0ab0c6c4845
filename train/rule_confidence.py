"""Measure how often each attribution rule names the right speaker, for the confidence that
``framing quotes`` gives every quote (src/framing/voices/rule_confidence.json).

    python train/rule_confidence.py [POLNEAR_DIR] [FR_DEV_DIR] [--write]

POLNEAR_DIR (default ../shared/polnear-train beside the repository) holds news articles with
expert gold for every direct and partial quote and its source; its gold leaves a source that is
a pronoun unresolved, so FR_DEV_DIR (default ../shared/fr-dev), whose gold resolves pronouns,
adds the quotes that pronoun rules attribute. Each quote framing finds that matches a gold quote
with a named source (bench/quotes_eval.py's matching and surname check) counts for its rule
("trailer_after (pronoun)"): right when the speaker has the source's surname. It prints each
rule's count and share right, and checks the shares as confidences: measured on the first 600
PolNeAR articles, how close they come to the share right on the other 240. ``--write`` stores
the counts over all articles of both. Indirect speech has no gold, so its rules get no
confidence.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "bench")]

from framing.voices.confidence import LOW, PACKAGED, Confidence  # noqa: E402
from framing.fileio import write_text_atomic  # noqa: E402
from framing.voices.quotes import extract_quotes  # noqa: E402
from frdev import articles as frdev_articles  # noqa: E402
from quotes_eval import TUNE, _SPEECH, _has_surname, _match_spans, polnear_articles, surname  # noqa: E402

OUT = ROOT / "src" / "framing" / "voices" / PACKAGED


def outcomes(articles) -> list[tuple[str, bool]]:
    """(rule, right) for each found quote with a speaker that matches a gold quote with a named
    source."""
    found = []
    for _, paragraphs, gold in articles:
        quotes = [q for q in extract_quotes(paragraphs) if q.kind in _SPEECH]
        for q, g in _match_spans(paragraphs, quotes, gold):
            if g["speaker_resolvable"] and g["speaker"] and q.rule:
                found.append((q.rule, _has_surname(q.speaker, surname(g["speaker"]))))
    return found


def frdev_outcomes(folder: Path) -> list[tuple[str, bool]]:
    """:func:`outcomes` for the articles of an fr-dev folder (its CODEBOOK.md)."""
    return outcomes([(name, article.body_paragraphs,
                      [dict(g, start=g["char_start"], end=g["char_start"] + len(g["text"]),
                            speaker_resolvable=g["speaker"] != "unattributed")
                       for g in gold["quotes"]])
                     for name, article, gold in frdev_articles(folder)])


def counts(found: list[tuple[str, bool]]) -> dict[str, list[int]]:
    """Rule -> [right, all], most used first."""
    every, right = Counter(rule for rule, _ in found), Counter(rule for rule, ok in found if ok)
    return {rule: [right[rule], n] for rule, n in every.most_common()}


def _mean(values) -> float:
    values = list(values)
    return sum(values) / len(values) if values else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(ROOT.parent / "shared" / "polnear-train"))
    parser.add_argument("frdev", nargs="?", default=str(ROOT.parent / "shared" / "fr-dev"))
    parser.add_argument("--write", action="store_true", help=f"store the counts in {OUT}")
    args = parser.parse_args()
    folder, frdev = Path(args.folder), Path(args.frdev)
    for what, where in (("PolNeAR", folder), ("fr-dev", frdev)):
        if not where.is_dir():
            sys.exit(f"error: no {what} folder at {where}")
    articles = polnear_articles(folder)
    tune, held = outcomes(articles[:TUNE]), outcomes(articles[TUNE:])
    coded = frdev_outcomes(frdev)
    table = counts(tune + held + coded)
    for rule, (ok, n) in table.items():
        print(f"{rule:<40} {n:>5} quotes  {ok / n:.3f} right")
    measured = Confidence(counts(tune))
    checked = [(measured.of(rule), ok) for rule, ok in held if measured.of(rule) is not None]
    low = [(p, ok) for p, ok in checked if p < LOW]
    print(f"confidences from the first {TUNE} articles, on the {len(checked)} quotes of the other "
          f"{len(articles) - TUNE} whose rule they measured: mean confidence "
          f"{_mean(p for p, _ in checked):.3f}, share right {_mean(ok for _, ok in checked):.3f}, "
          f"Brier score {_mean((p - ok) ** 2 for p, ok in checked):.3f}; below {LOW}: "
          f"{len(low)} quotes, mean confidence {_mean(p for p, _ in low):.3f}, share right "
          f"{_mean(ok for _, ok in low):.3f}")
    if args.write:
        write_text_atomic(OUT, json.dumps({
            "measured_by": "train/rule_confidence.py",
            "measured_on": f"{len(articles)} PolNeAR articles ({len(tune) + len(held)} quotes "
                           f"with a named source) and the fr-dev articles ({len(coded)} such quotes)",
            "counts": table}, indent=2) + "\n", force=True)
        print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
