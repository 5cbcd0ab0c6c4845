"""Corpus throughput and memory: `framing corpus` against a naive baseline, in one run.

Generates N articles written for this benchmark (200 to 3,000 words, with quotes of several
speakers on both sides of the facial-recognition topic), then prints for each N:

- articles/s of the naive baseline (one process: VADER per sentence, the same implementation
  framing uses, and textstat's six formulas on the whole text; no quotes, no terms),
- articles/s of the full analysis with 1 and 2 worker processes, the per-core ratio to the
  baseline and the speed-up from one worker to two,
- peak memory (largest resident set of any process of the run).

    python bench/corpus.py [N ...]        (default: 100 1000 10000)
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORDS = ("the police said cameras would be used in the city to find people wanted for serious "
         "crime while campaigners warned of privacy and rights and the council asked for more "
         "evidence before any wider roll out across London next year as officers trained staff "
         "on how the system matched faces against a watch list of suspects").split()
TERMS = ["mass surveillance", "safeguards", "oppressive", "keep people safe", "privacy",
         "live facial recognition", "dangerous", "transparency", "surveillance state"]
SPEAKERS = [("said Metropolitan Police commander Jane Holt", "she"),
            ("said Home Office minister Tom Reed", "he"),
            ("said South Wales Police chief constable Amir Khan", "he"),
            ("said Clare Dunn, director of Liberty", "she"),
            ("said Sam Ortiz of Big Brother Watch", "they"),
            ("said Priya Nair, a privacy campaigner", "she")]


def sentence(rng: random.Random) -> str:
    words = rng.choices(WORDS, k=rng.randint(8, 24))
    if rng.random() < 0.3:
        words.insert(rng.randrange(len(words)), rng.choice(TERMS))
    return " ".join(words).capitalize() + "."


def article(rng: random.Random, number: int) -> str:
    """One article of 200 to 3,000 words, a third of its paragraphs quotes."""
    target, paragraphs, words, last = rng.randint(200, 3000), [], 0, None
    while words < target:
        body = " ".join(sentence(rng) for _ in range(rng.randint(1, 3)))
        if rng.random() < 0.35:
            cue, pronoun = rng.choice(SPEAKERS) if last is None or rng.random() < 0.6 else last
            tag = cue if last is None or (cue, pronoun) != last else f"{pronoun} added"
            body = f'"{body[:-1]}," {tag}.'
            last = (cue, pronoun)
        paragraphs.append(body)
        words += len(body.split())
    front = (f"---\ntitle: Benchmark article {number}\noutlet: Outlet {number % 7}\n"
             f"date: 2024-01-{1 + number % 28:02d}\ntopic: facial-recognition\n"
             "note: Written for the corpus benchmark of framing; not real news.\n---\n")
    return front + "".join(f"\n{p}\n" for p in paragraphs)


def generate(folder: Path, n: int) -> None:
    rng = random.Random(20200124)
    for i in range(n):
        (folder / f"a{i:05d}.md").write_text(article(rng, i), encoding="utf-8")


NAIVE = """
import sys, time
from pathlib import Path
from framing.nltkdata import ensure_nltk_data
from framing.sentences import split_sentences
ensure_nltk_data()
import textstat
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
vader = SentimentIntensityAnalyzer()
files = sorted(Path(sys.argv[1]).glob("*.md"))
started = time.perf_counter()
for path in files:
    text = path.read_text(encoding="utf-8").split("---", 2)[2]
    scores = [vader.polarity_scores(text[s:e]) for s, e in split_sentences(text)]
    formulas = [textstat.flesch_reading_ease(text), textstat.flesch_kincaid_grade(text),
                textstat.gunning_fog(text), textstat.smog_index(text),
                textstat.coleman_liau_index(text), textstat.dale_chall_readability_score(text)]
print(time.perf_counter() - started)
"""


def timed(command: list[str]) -> tuple[float, float, str]:
    """Wall seconds of a command, the peak resident memory (MiB) of the largest process of its
    tree (itself or a worker it waited for), and what it printed."""
    with tempfile.TemporaryFile("w+") as output:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=output, stderr=subprocess.DEVNULL, cwd=ROOT)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode:
            raise SystemExit(f"{command[:4]} failed with exit code {process.returncode}")
        output.seek(0)
        return seconds, usage.ru_maxrss / 1024, output.read()


def main(sizes: list[int]) -> None:
    python = sys.executable
    print(f"{'N':>6} {'naive a/s':>10} {'1 worker a/s':>13} {'2 workers a/s':>14} "
          f"{'per-core ratio':>15} {'speed-up':>9} {'peak MiB (2 w.)':>16}")
    for n in sizes:
        with tempfile.TemporaryDirectory() as work:
            folder = Path(work) / "articles"
            folder.mkdir()
            generate(folder, n)
            naive_seconds = float(timed([python, "-c", NAIVE, str(folder)])[2])
            peaks = {}
            rates = {}
            for workers in (1, 2):
                seconds, peaks[workers], _ = timed([python, "-m", "framing.cli", "corpus", str(folder),
                                          "--out", str(Path(work) / f"out{workers}.parquet"),
                                          "--workers", str(workers), "--quiet"])
                rates[workers] = n / seconds
            naive = n / naive_seconds
            print(f"{n:>6} {naive:>10.1f} {rates[1]:>13.1f} {rates[2]:>14.1f} "
                  f"{rates[1] / naive:>15.2f} {rates[2] / rates[1]:>9.2f} {peaks[2]:>16.0f}",
                  flush=True)
    print("targets: per-core ratio >= 0.8, speed-up >= 1.7, peak memory flat from 1,000 to 10,000")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [100, 1000, 10000])
