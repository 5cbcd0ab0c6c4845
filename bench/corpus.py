"""Corpus throughput, memory and a per-step profile: `framing corpus` against two baselines.

Measures either real articles from a folder (``--folder``: the first ``--limit`` article files,
sorted by path; files without front matter, such as a README, are skipped; nothing is copied:
the run reads them through links in a temporary folder) or articles generated for this
benchmark (200 to 3,000 words, quotes of several speakers on both sides of the
facial-recognition topic; one row per N). In one run it prints:

- which framing was measured: version, git commit, uncommitted changes under src/ and a
  fingerprint of its source (``--commit REV`` measures a commit, whatever the work tree holds);
- articles/s of the naive loop: VADER per sentence (the implementation framing uses) and
  textstat's six formulas on the whole text; no quotes, no terms;
- articles/s of the same-work loop: VADER and TextBlob per sentence, textstat's six formulas, a
  regex quote finder and a regex count of the topic lexicon;
- articles/s of `framing corpus --workers N` for 1 and 2 workers, wall time of the whole command
  including start-up, and the ratios the targets are stated in;
- peak memory: the largest resident set of any process of each run (the command or a worker);
- wall time of `framing analyze` on the case study, start-up included (median of 3);
- a per-step profile of framing's time per article, measured in this process on the first
  ``--profile`` articles by calling framing's own functions in the order ``analyse_one`` and
  ``analyze`` call them (read, voices, segments, terms, frames, sentiment, readability, tables,
  transfer to the parent process, write), then the same articles through ``analyse_one`` as a
  check, and the functions with the most own time and calls under cProfile.

The baselines time their loop only (after imports and a warm-up call), framing its whole command:
the comparison is conservative for framing.

    python bench/corpus.py --folder ../shared/bbc-news --limit 1000 [--profile 200]
    python bench/corpus.py --folder ../shared/polnear-train --limit 100 --only-profile
    python bench/corpus.py [N ...]        generated articles (default: 100 1000 10000)
    python bench/corpus.py --commit HEAD ...   framing as committed, not the work tree

Run with FRAMING_NLTK_DATA set as for the tests (textstat needs NLTK's cmudict).
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import io
import os
import platform
import pstats
import random
import signal
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "src"  # the framing measured; --commit points it at a snapshot
CASE_STUDY = ROOT / "data" / "articles" / "zdnet-2020-01-24-met-live-facial-recognition.md"
LEXICON_TOPIC = "facial-recognition"  # the lexicon the same-work loop counts
WORKERS = (1, 2)
TARGETS = {"1 worker / naive": 1.0, "1 worker / same-work": 1.5, "2 workers / 1 worker": 1.7}
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


def real_articles(folder: Path, limit: int | None) -> list[Path]:
    """The first ``limit`` article files under ``folder`` (sorted by path): ``.md`` files that
    open with front matter, so a README beside the articles is left out."""
    found = []
    for path in sorted(p for p in folder.rglob("*.md") if p.is_file()):
        with path.open(encoding="utf-8", errors="replace") as handle:
            if handle.readline().strip() == "---":
                found.append(path)
        if limit and len(found) == limit:
            break
    if not found:
        raise SystemExit(f"no article files (.md with front matter) under {folder}")
    return found


def link(files: list[Path], folder: Path) -> None:
    """Make ``folder`` hold links to ``files``, in their order, so that every tool reads the
    same articles from one flat folder without copying them."""
    for i, path in enumerate(files):
        (folder / f"{i:05d}-{path.name}").symlink_to(path.resolve())


# One script for both baselines, run in a fresh process: argv = folder, naive | same-work, and
# the topic whose lexicon the same-work loop counts.
# Prints the seconds of its loop over the folder's articles (imports and warm-up excluded).
BASELINE = r"""
import re, sys, time
from pathlib import Path
from framing.text.nltkdata import ensure_nltk_data
from framing.text.sentences import split_sentences
ensure_nltk_data()
import textstat
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
same_work = sys.argv[2] == "same-work"
vader = SentimentIntensityAnalyzer()
FORMULAS = (textstat.flesch_reading_ease, textstat.flesch_kincaid_grade, textstat.gunning_fog,
            textstat.smog_index, textstat.coleman_liau_index,
            textstat.dale_chall_readability_score)
if same_work:
    from textblob import TextBlob
    from framing.inputs.topic import load_topic
    terms = sorted({e.term for e in load_topic(sys.argv[3]).lexicon}, key=len, reverse=True)
    pattern = "|".join(re.escape(t).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]+")
                       for t in terms)
    lexicon = re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE)
    name = r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)"  # capitalised words: "Birgit Kuhlhoff"
    cue = r"(said|says|added|told|asked)\s+" + name + r"|" + name + r"\s+(said|says|added|told)"
    quote = re.compile(rf'["“]([^"“”]{{2,}}?)[,.?!]?["”],?\s*(?:{cue})?')
warm = "The police said the cameras would keep people safe. Campaigners disagreed."
[f(warm) for f in FORMULAS]
files = sorted(Path(sys.argv[1]).glob("*.md"))
started = time.perf_counter()
for path in files:
    text = path.read_text(encoding="utf-8").split("---", 2)[2]
    for s, e in split_sentences(text):
        vader.polarity_scores(text[s:e])
        if same_work:
            TextBlob(text[s:e]).sentiment
    scores = [f(text) for f in FORMULAS]
    if same_work:
        quotes = [m.groups() for m in quote.finditer(text)]
        hits = len(lexicon.findall(text))
print(time.perf_counter() - started)
"""


def timed(command: list[str]) -> tuple[float, float, str]:
    """Wall seconds of a command, the peak resident memory (MiB) of the largest process of its
    tree (itself or a worker it waited for), and what it printed."""
    with tempfile.TemporaryFile("w+") as output:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=output, stderr=subprocess.DEVNULL, cwd=ROOT,
                                   start_new_session=True)
        try:
            _, status, usage = os.wait4(process.pid, 0)
        except BaseException:  # interrupted or terminated: stop the command and its workers
            os.killpg(process.pid, signal.SIGTERM)
            process.wait()
            raise
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode:
            raise SystemExit(f"{command[:4]} failed with exit code {process.returncode}")
        output.seek(0)
        return seconds, usage.ru_maxrss / 1024, output.read()


def framing_command() -> list[str]:
    """The `framing` console script of this Python, as a user runs it."""
    script = Path(sys.executable).with_name("framing")
    return [str(script)] if script.exists() else [sys.executable, "-m", "framing.cli"]


def source_fingerprint() -> str:
    """A short hash of every file under src/framing: two runs with the same one measured the
    same code, committed or not."""
    digest = hashlib.sha256()
    for path in sorted((SOURCE / "framing").rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(SOURCE)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def use_commit(commit: str, folder: Path) -> None:
    """Measure framing as committed at ``commit``, whatever the work tree holds: its src/ and
    data/topics/ extracted into ``folder`` (git archive, which changes nothing in the
    repository), put first on the path of this process and of every command it runs."""
    global SOURCE
    archive = subprocess.run(["git", "archive", commit, "src", "data/topics"], cwd=ROOT,
                             capture_output=True)
    if archive.returncode:
        raise SystemExit(f"git archive {commit}: {archive.stderr.decode().strip()}")
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(folder, filter="data")
    SOURCE = folder / "src"
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SOURCE),
                                                             os.environ.get("PYTHONPATH")]))
    os.environ["FRAMING_DATA"] = str(folder / "data")
    sys.path.insert(0, str(SOURCE))


def measured_version(commit: str | None = None) -> str:
    """framing's version, the git commit measured, and any uncommitted change under src/
    (read-only git commands that never lock or write the index)."""
    import framing

    def git(*args: str) -> str:
        result = subprocess.run(["git", "--no-optional-locks", *args], cwd=ROOT,
                                capture_output=True, text=True)
        return result.stdout.rstrip() if result.returncode == 0 else "?"

    revision = commit or "HEAD"
    changed = [] if commit else git("status", "--porcelain", "--", "src").splitlines()
    state = ("a snapshot of its src/ and data/topics/ (git archive; the work tree not used)"
             if commit else f"uncommitted changes under src/: {', '.join(c[3:] for c in changed)}"
             if changed else "src/ as committed")
    return (f"framing {framing.__version__} at commit {git('rev-parse', '--short=10', revision)} "
            f"({git('log', '-1', '--format=%cs %s', revision)[:70]}); {state}; "
            f"source fingerprint {source_fingerprint()}\n"
            f"Python {platform.python_version()}, {os.cpu_count()} cores, "
            f"load average before the run {os.getloadavg()[0]:.2f}")


def throughput(folder: Path, n: int, topic: str | None) -> dict:
    """Articles/s and peak MiB of the two baselines and of framing corpus with 1 and 2 workers
    on the ``n`` articles of ``folder``; the number of articles framing skipped."""
    python = sys.executable
    rates, peaks, skipped = {}, {}, 0
    for loop in ("naive", "same-work"):
        _, peaks[loop], printed = timed([python, "-c", BASELINE, str(folder), loop, LEXICON_TOPIC])
        rates[loop] = n / float(printed)
    with tempfile.TemporaryDirectory() as work:
        for workers in WORKERS:
            out = Path(work) / f"out{workers}.parquet"
            seconds, peaks[workers], _ = timed(
                [*framing_command(), "corpus", str(folder), "--out", str(out),
                 "--workers", str(workers), "--quiet", *(["--topic", topic] if topic else [])])
            rates[workers] = n / seconds
            errors = out / "errors.csv"
            skipped = sum(1 for _ in errors.open()) - 1 if errors.exists() else 0
    return {"rates": rates, "peaks": peaks, "skipped": skipped}


def print_header() -> None:
    print("\nThroughput, articles/s (baselines: their loop after imports and warm-up; framing "
          "corpus: wall time\nof the whole command, start-up included). Peak: largest RSS of any "
          "process of the run, MiB.")
    print(f"{'N':>6} {'naive':>7} {'same-work':>10} {'1 worker':>9} {'2 workers':>10} "
          f"{'1w/naive':>9} {'1w/same':>8} {'2w/1w':>6}  {'peak MiB naive/same/1w/2w':>26}")


def print_row(n: int, m: dict) -> None:
    r, p = m["rates"], m["peaks"]
    peaks = "/".join(f"{p[k]:.0f}" for k in ("naive", "same-work", *WORKERS))
    print(f"{n:>6} {r['naive']:>7.1f} {r['same-work']:>10.1f} {r[1]:>9.1f} {r[2]:>10.1f} "
          f"{r[1] / r['naive']:>9.2f} {r[1] / r['same-work']:>8.2f} {r[2] / r[1]:>6.2f}  "
          f"{peaks:>26}" + (f"  ({m['skipped']} skipped)" if m["skipped"] else ""), flush=True)


def print_targets() -> None:
    print("targets: " + ", ".join(f"{k} >= {v}" for k, v in TARGETS.items())
          + ", peak memory flat from 1,000 to 10,000 articles")


def time_analyze(runs: int = 3) -> None:
    """Wall time of `framing analyze` on the case study, start-up included."""
    times = [timed([*framing_command(), "analyze", str(CASE_STUDY)])[0] for _ in range(runs)]
    imports = [timed([sys.executable, "-c", "import framing.cli, framing.analysis.core"])[0]
               for _ in range(runs)]
    print(f"\nframing analyze on the case study ({CASE_STUDY.name}): median "
          f"{statistics.median(times):.2f} s wall over {runs} runs, start-up included "
          f"(min {min(times):.2f}, max {max(times):.2f}); target <= 1.0 s\n"
          f"  of which Python start-up and importing framing.cli and framing.analysis.core: median "
          f"{statistics.median(imports):.2f} s")


STEPS = ("read", "voices", "segments", "terms", "frames", "sentiment", "readability", "tables",
         "transfer", "write")
STEP_HELP = {
    "read": "read and parse the file (load_article), sentences split",
    "voices": "quotes, attribution, speakers, sides (quotes_and_speakers)",
    "segments": "quote spans cut into sentence segments (segment_table)",
    "terms": "lexicon hits placed in segments (place_terms)",
    "frames": "frames per sentence (sentence_frames)",
    "sentiment": "VADER and TextBlob per segment (sentiment_table)",
    "readability": "counts per segment, six formulas per scope (readability_table)",
    "tables": "rest of analyse_one: tidy frames, articles row, article_id",
    "transfer": "pickle to the parent process and back (as ProcessPoolExecutor)",
    "write": "ParquetSink.add (a flush every 200 articles) and close",
}
# helpers whose calls per article the cProfile pass lists: a count far above the article's
# sentences or speakers, or one that is cached elsewhere, is work done more than once
REPEATED = ("split_sentences", "count_words", "counts", "find_terms", "_patterns", "words_in",
            "parse_article", "voice_of", "sentence_frames", "place_speakers")
HOTSPOT_ARTICLES = 50  # the cProfile pass runs on this many of the profiled articles
# parts of a step, timed by wrapping the function the step calls (not counted in the total)
PARTS = {"voices": ("extract_quotes", "place_speakers")}


def profile(files: list[Path], topic: str | None) -> None:
    """Per-step time of framing on ``files``, in this process (see the module docstring)."""
    started = time.perf_counter()
    from multiprocessing.reduction import ForkingPickler
    import pickle

    from framing.analysis import corpus

    from framing.measures import sentiment as sentiment_module

    from framing.voices import tables as voices
    from framing.analysis.core import Analysis, place_terms
    from framing.inputs.articlefile import load_article
    from framing.measures.frames import sentence_frames
    from framing.measures.readability import readability_table
    from framing.analysis.segments import segment_table
    from framing.measures.sentiment import sentiment_table
    from framing.voices.tables import quotes_and_speakers
    imported = time.perf_counter() - started
    started = time.perf_counter()
    first = topic or load_article(files[0]).topic
    if first:
        corpus._topic(first)
    topic_seconds = time.perf_counter() - started

    parts_time: dict[str, float] = {}

    def timing(name, function):
        def wrapper(*args, **kwargs):
            t = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                parts_time[name] = parts_time.get(name, 0.0) + time.perf_counter() - t
        return wrapper

    originals = {name: getattr(voices, name) for name in PARTS["voices"]}
    times = {step: [] for step in STEPS}
    parts = {name: [] for name in (*PARTS["voices"], "VADER", "TextBlob")}
    current: dict = {}
    load, analyze = corpus.load_article, corpus.analyze
    words, skipped = [], []
    with tempfile.TemporaryDirectory() as work:
        sink = corpus.ParquetSink(Path(work))
        try:
            for name, function in originals.items():
                setattr(voices, name, timing(name, function))
            # analyse_one's own code after analyze, fed the results already computed
            corpus.load_article = lambda path: current["article"]
            corpus.analyze = lambda article, topic: current["analysis"]
            for number, path in enumerate(files):
                parts_time.clear()
                t = [time.perf_counter()]
                try:  # as analyse_one: an article that cannot be analysed is skipped
                    article = load_article(path)
                    name = topic or article.topic
                    top = corpus._topic(name) if name else None
                    t.append(time.perf_counter())
                    quotes, speakers = quotes_and_speakers(article, top)
                    t.append(time.perf_counter())
                    segments = segment_table(article, quotes)
                    t.append(time.perf_counter())
                    term_hits = place_terms(article, top, segments)
                    t.append(time.perf_counter())
                    frames = sentence_frames(article, top, segments, term_hits)
                    t.append(time.perf_counter())
                    scores = sentiment_table(segments)
                    t.append(time.perf_counter())
                    readability = readability_table(segments)
                    t.append(time.perf_counter())
                except Exception as exc:
                    skipped.append(f"{path.name}: {type(exc).__name__}: {exc}")
                    continue
                current["article"] = article
                current["analysis"] = Analysis(article, top, segments, speakers, quotes,
                                               term_hits, frames, scores, readability)
                result = corpus.analyse_one(str(path), f"a{number:05d}", topic)
                t.append(time.perf_counter())
                result = pickle.loads(ForkingPickler.dumps(result))
                t.append(time.perf_counter())
                sink.add(result)
                t.append(time.perf_counter())
                for step, (a, b) in zip(STEPS, zip(t, t[1:])):
                    times[step].append(b - a)
                for name in PARTS["voices"]:
                    parts[name].append(parts_time.get(name, 0.0))
                # sentiment's two lexicons, timed apart on the same segments
                texts = segments["text"].tolist()
                a = time.perf_counter()
                [sentiment_module.analyser().polarity_scores(s) for s in texts]
                b = time.perf_counter()
                [sentiment_module._pattern()(s) for s in texts]
                parts["VADER"].append(b - a)
                parts["TextBlob"].append(time.perf_counter() - b)
                words.append(int(result["articles"]["words"].iloc[0]))
            a = time.perf_counter()
            sink.close()  # its time goes to the last article, as the flushes do to theirs
            if times["write"]:
                times["write"][-1] += time.perf_counter() - a
        finally:
            corpus.load_article, corpus.analyze = load, analyze
            for name, function in originals.items():
                setattr(voices, name, function)

    if skipped:
        print(f"\nprofile: {len(skipped)} articles skipped, as framing corpus would: "
              + "; ".join(skipped[:3]))
        if not times["read"]:
            return
    first_article = sum(times[s][0] for s in STEPS)
    if len(times["read"]) > 1:  # the first article warms up; the table is of the others
        times = {step: values[1:] for step, values in times.items()}
        parts = {name: values[1:] for name, values in parts.items()}
        words = words[1:]
    n = len(times["read"])
    totals = [sum(times[s][i] for s in STEPS) for i in range(n)]
    mean_total = statistics.fmean(totals)
    print(f"\nPer-step profile, in one process, of {n} articles after the first (mean "
          f"{statistics.fmean(words):.0f} words, median {statistics.median(words):.0f}); ms per "
          "article.")
    print(f"Start-up in this process (not in the table): imports {imported:.2f} s, topic "
          f"{topic_seconds:.2f} s, the first article {first_article * 1000:.0f} ms (first use of "
          "lexicons and tables).")
    print(f"{'step':<16} {'median':>7} {'mean':>7} {'share':>6}  what")
    for step in STEPS:
        values = times[step]
        print(f"{step:<16} {statistics.median(values) * 1000:>7.2f} "
              f"{statistics.fmean(values) * 1000:>7.2f} "
              f"{statistics.fmean(values) / mean_total:>6.1%}  {STEP_HELP[step]}")
        sub = PARTS.get(step, ("VADER", "TextBlob") if step == "sentiment" else ())
        for name in sub:
            print(f"  {name:<14} {statistics.median(parts[name]) * 1000:>7.2f} "
                  f"{statistics.fmean(parts[name]) * 1000:>7.2f} "
                  f"{statistics.fmean(parts[name]) / mean_total:>6.1%}  of which"
                  + ("" if step == "voices" else ", timed apart on the same segments"))
    print(f"{'total':<16} {statistics.median(totals) * 1000:>7.2f} {mean_total * 1000:>7.2f} "
          f"{1:>6.0%}  = {1 / mean_total:.1f} articles/s in one process, start-up excluded")

    # check: the same articles through analyse_one itself (caches now warm)
    check = []
    for number, path in list(enumerate(files))[1:]:
        a = time.perf_counter()
        corpus.analyse_one(str(path), f"a{number:05d}", topic)
        check.append(time.perf_counter() - a)
    covered = sum(statistics.fmean(times[s]) for s in STEPS if s not in ("transfer", "write"))
    print(f"check: analyse_one on the same articles (again), mean "
          f"{statistics.fmean(check) * 1000:.2f} ms (read .. tables above: "
          f"{covered * 1000:.2f} ms)")

    hotspots(files[:HOTSPOT_ARTICLES], topic)


def hotspots(files: list[Path], topic: str | None, top: int = 15) -> None:
    """The functions with the most own time under cProfile over analyse_one, with their calls
    per article (cProfile slows everything; read the shares, not the milliseconds)."""
    from framing.analysis import corpus

    profiler = cProfile.Profile()
    profiler.enable()
    for number, path in enumerate(files):
        corpus.analyse_one(str(path), f"a{number:05d}", topic)
    profiler.disable()
    stats = pstats.Stats(profiler).stats
    total = sum(tt for _, _, tt, _, _ in stats.values())
    n = len(files)
    print(f"\ncProfile of analyse_one on the same {n} articles: top {top} functions by own time "
          "(cumulative: with callees); calls per article")
    print(f"{'own':>6} {'cumul.':>7} {'calls/art.':>10}  function")
    ranked = sorted(stats.items(), key=lambda kv: -kv[1][2])[:top]
    for (file, line, function), (_, calls, own, cumulative, _) in ranked:
        where = file.split("site-packages/")[-1].split("/src/")[-1]
        print(f"{own / total:>6.1%} {cumulative / total:>7.1%} {calls / n:>10.1f}  "
              f"{function} ({where}:{line})")
    print("framing functions that may repeat work: calls per article, share of time with "
          "callees, and who calls them")
    for (file, line, function), (_, calls, own, cumulative, callers) in sorted(stats.items()):
        if "framing" in file and function in REPEATED:
            by = sorted(callers.items(), key=lambda kv: -kv[1][1])[:3]
            print(f"  {function:<16} {calls / n:>8.1f} calls/article {cumulative / total:>6.1%}  "
                  f"({file.split('/src/')[-1]}:{line}) from "
                  + ", ".join(f"{f} {c[1] / n:.1f}" for (_, _, f), c in by))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", nargs="*", type=int,
                        help="numbers of generated articles (default: 100 1000 10000)")
    parser.add_argument("--folder", type=Path, help="measure the real articles in this folder")
    parser.add_argument("--limit", type=int, help="the first LIMIT articles of --folder")
    parser.add_argument("--profile", type=int, default=200, metavar="K",
                        help="profile the first K articles (0: no profile; default 200)")
    parser.add_argument("--only-profile", action="store_true",
                        help="the profile only: no throughput, no case-study timing")
    parser.add_argument("--topic", help="analyse every article with this topic (as framing "
                                        "corpus --topic); default: each article's own")
    parser.add_argument("--commit", metavar="REV",
                        help="measure framing as committed at REV (e.g. HEAD) instead of the "
                             "work tree, which may hold someone's unfinished change")
    args = parser.parse_args()
    # terminated like interrupted, so that running commands are stopped and temporary folders go
    signal.signal(signal.SIGTERM, lambda number, frame: sys.exit(128 + number))
    if args.folder and args.sizes:
        parser.error("give --folder or sizes of generated articles, not both")

    with tempfile.TemporaryDirectory() as work:
        if args.commit:
            use_commit(args.commit, Path(work) / "snapshot")
        print(measured_version(args.commit))
        fingerprint = source_fingerprint()
        if args.folder:
            files = real_articles(args.folder, args.limit)
            print(f"articles: {len(files)} from {args.folder} (first by path"
                  + (f", --limit {args.limit}" if args.limit else "") + ")")
            if not args.only_profile:
                folder = Path(work) / "articles"
                folder.mkdir()
                link(files, folder)
                print_header()
                print_row(len(files), throughput(folder, len(files), args.topic))
                print_targets()
        else:
            sizes = args.sizes or [100, 1000, 10000]
            if not args.only_profile:
                print("articles: generated (see bench/corpus.py), N per row")
                print_header()
                for n in sizes:
                    with tempfile.TemporaryDirectory() as each:
                        generate(Path(each), n)
                        print_row(n, throughput(Path(each), n, args.topic))
                print_targets()
            files = []
            if args.profile:
                folder = Path(work) / "generated"
                folder.mkdir()
                generate(folder, args.profile)
                files = sorted(folder.glob("*.md"))
        if not args.only_profile:
            time_analyze()
        if args.profile:
            profile(files[:args.profile], args.topic)
        print("\nload average at the end (1, 5, 15 min): "
              + ", ".join(f"{x:.2f}" for x in os.getloadavg()))
        if source_fingerprint() != fingerprint:
            print(f"\nWARNING: src/framing changed during the run (fingerprint now "
                  f"{source_fingerprint()}): the figures may mix two versions")


if __name__ == "__main__":
    main()
