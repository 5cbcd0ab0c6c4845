"""Score quote extraction and speaker attribution.

    python bench/quotes_eval.py [POLNEAR_DIR] [--errors N]

Prints, for the test passages (tests/data/passages) and the case-study article
(data/articles/, with its gold of direct quotes in tests/data/seed_quotes.gold.json, and the
indirect speech found):
  - precision, recall and F1 of quoted speech (direct and partial quotes) and of indirect speech,
    a prediction matching a gold quote of the same paragraph when their word tokens overlap by at
    least 0.8 of the longer one;
  - speaker accuracy (exact canonical name) and kind accuracy over the matched quotes.

With the PolNeAR training split (../shared/polnear-train next to the repository, or the path
given), prints for a tune half (first 600 articles) and a held-out half (the rest) the token-level
metric of its README (word tokens inside quotes; speaker accuracy over tokens both call quoted)
and the quote-level metric of issue 3 (quotes matched at >= 0.8 token overlap; speaker accuracy
over matched quotes), a predicted speaker counting as right when it has the gold source's
surname. ``--errors N`` lists N speaker misses of the tune half (``--errors-from held-out`` for
the held-out half, to look at only once rules are settled). It then prints the same figures
cross-validated by article: the annotated articles (those with a gold quote; most NYT articles
of the split have none although they quote people) in 5 folds, mean and standard deviation over
the folds; ``--write`` stores them in bench/results/quotes_eval.json, which the Validation page reads.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from framing.inputs.articlefile import load_article  # noqa: E402
from framing.voices.model import Quote  # noqa: E402
from framing.voices.quotes import extract_quotes  # noqa: E402
from framing.fileio import write_text_atomic  # noqa: E402
from framing.inputs.topic import load_topic  # noqa: E402

PASSAGES = ROOT / "tests" / "data" / "passages"
SEED = ROOT / "data" / "articles" / "zdnet-2020-01-24-met-live-facial-recognition.md"
SEED_GOLD = ROOT / "tests" / "data" / "seed_quotes.gold.json"
SEED_ALIASES = load_topic("facial-recognition", folder=ROOT / "data" / "topics").aliases()
TUNE = 600  # PolNeAR articles tuned on; the rest are held out
FOLDS, FOLD_SEED = 5, 16  # cross-validation by article over the whole training split
RESULTS = ROOT / "bench" / "results" / "quotes_eval.json"
_TOKEN = re.compile(r"\w+")
_SPEECH = {"direct", "partial"}


# ---------------------------------------------------------------------------------------------
# loading


def read_passage(path: Path) -> list[str]:
    """Paragraphs of a passage file: blank-line separated, '#' comment lines skipped."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return [p.strip() for p in re.split(r"\n\s*\n", "\n".join(lines)) if p.strip()]


def load_passages(folder: Path = PASSAGES) -> list[tuple[str, list[str], dict, dict]]:
    """(name, paragraphs, aliases, gold) of every passage with a gold file."""
    found = []
    for text in sorted(folder.glob("*.txt")):
        gold = json.loads(text.with_suffix(".gold.json").read_text(encoding="utf-8"))
        found.append((text.stem, read_passage(text), gold.get("aliases", {}), gold))
    return found


def seed_paragraphs(path: Path = SEED) -> list[str]:
    """Body paragraphs of the case-study article, as the library loads them."""
    return load_article(path).body_paragraphs


def polnear_articles(folder: Path) -> list[tuple[str, list[str], list[dict]]]:
    """(name, paragraphs, gold quotes) of every PolNeAR article, in file order."""
    articles = []
    for path in sorted(folder.glob("[0-9]*.md")):
        body = path.read_text(encoding="utf-8").split("\n---\n", 1)[1]
        paragraphs = [p.strip() for p in re.split(r"\n[ \t]*\n", body) if p.strip()]
        gold = json.loads(path.with_name(path.stem + ".gold.json").read_text(encoding="utf-8"))["quotes"]
        articles.append((path.stem, paragraphs, gold))
    return articles


# ---------------------------------------------------------------------------------------------
# quote-level scores (passages, seed)


def _tokens(paragraph: str, start: int, end: int) -> set[int]:
    return {m.start() for m in _TOKEN.finditer(paragraph, start, end)}


def _locate(paragraphs: list[str], gold: dict) -> tuple[int, int] | None:
    """Offsets of a gold quote's text in its paragraph."""
    at = paragraphs[gold["paragraph"]].find(gold["text"])
    return (at, at + len(gold["text"])) if at >= 0 else None


def match_quotes(paragraphs: list[str], predicted: list[Quote], gold: list[dict], threshold: float = 0.8):
    """One-to-one pairs (prediction, gold) of the same paragraph overlapping by ``threshold``."""
    pairs, used = [], set()
    for g in gold:
        where = _locate(paragraphs, g)
        if where is None:
            raise ValueError(f"gold text not in paragraph {g['paragraph']}: {g['text'][:60]!r}")
        gold_tokens = _tokens(paragraphs[g["paragraph"]], *where)
        best, best_overlap = None, threshold
        for k, q in enumerate(predicted):
            if k in used or q.paragraph != g["paragraph"]:
                continue
            tokens = _tokens(paragraphs[q.paragraph], q.start, q.end)
            overlap = len(tokens & gold_tokens) / max(len(tokens), len(gold_tokens), 1)
            if overlap >= best_overlap:
                best, best_overlap = k, overlap
        if best is not None:
            used.add(best)
            pairs.append((predicted[best], g))
    return pairs


class Tally:
    """Counts for precision, recall, F1 and speaker and kind accuracy."""

    def __init__(self):
        self.predicted = self.gold = self.matched = self.speaker_ok = self.kind_ok = 0
        self.misses: list[str] = []

    def add(self, name: str, paragraphs: list[str], predicted: list[Quote], gold: list[dict]) -> None:
        pairs = match_quotes(paragraphs, predicted, gold)
        self.predicted += len(predicted)
        self.gold += len(gold)
        self.matched += len(pairs)
        matched_gold = [id(g) for _, g in pairs]
        for q, g in pairs:
            name_ok = (q.speaker.name if q.speaker else None) == g["speaker"]
            self.speaker_ok += name_ok
            self.kind_ok += q.kind == g["kind"]
            if not name_ok or q.kind != g["kind"]:
                got = q.speaker.name if q.speaker else None
                self.misses.append(f"{name} p{g['paragraph']}: {g['kind']} {g['speaker']!r} got {q.kind} {got!r}: {g['text'][:50]!r}")
        self.misses += [f"{name} p{g['paragraph']}: missed {g['kind']} {g['text'][:60]!r}" for g in gold if id(g) not in matched_gold]
        matched_pred = [id(q) for q, _ in pairs]
        self.misses += [f"{name} p{q.paragraph}: extra {q.kind} {q.text[:60]!r}" for q in predicted if id(q) not in matched_pred]

    def row(self, label: str) -> str:
        p = self.matched / self.predicted if self.predicted else 1.0
        r = self.matched / self.gold if self.gold else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        speaker = self.speaker_ok / self.matched if self.matched else 1.0
        kind = self.kind_ok / self.matched if self.matched else 1.0
        return f"{label:<34} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  speaker {speaker:.3f}  kind {kind:.3f}  (gold {self.gold}, predicted {self.predicted})"


def score_documents(documents) -> tuple[Tally, Tally]:
    """Tallies for quoted speech and for indirect speech over (name, paragraphs, aliases, gold)."""
    speech, indirect = Tally(), Tally()
    for name, paragraphs, aliases, gold in documents:
        quotes = extract_quotes(paragraphs, aliases=aliases)
        speech.add(name, paragraphs, [q for q in quotes if q.kind in _SPEECH], [g for g in gold["quotes"] if g["kind"] in _SPEECH])
        indirect.add(name, paragraphs, [q for q in quotes if q.kind == "indirect"], [g for g in gold["quotes"] if g["kind"] == "indirect"])
    return speech, indirect


# ---------------------------------------------------------------------------------------------
# PolNeAR token-level scores


_TITLE_WORDS = {"former", "president", "sen", "senator", "gov", "governor", "rep", "mr", "mrs", "ms", "dr",
                "secretary", "attorney", "general", "speaker", "the", "a", "an", "her", "his", "their", "its",
                "but", "and", "many", "some", "several", "another", "these", "those", "this", "that", "one"}
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
_PARTS = re.compile(r",|\bwho\b|\bof\b|\bat\b|\bfor\b|\s[-–—―]+\s")


def surname(mention: str) -> str:
    """The word of a gold source mention to look for in a predicted name.

    The mention may carry an appositive ("Stuart Stevens, who was Mitt Romney's adviser",
    "Meenakshi Ganguly of Human Rights Watch", "Ryan's spokeswoman, AshLee Strong", "Jason Sims —
    a teacher"): the mention is cut into parts at commas, dashes, "who" and "of"/"at"/"for", and
    the surname is the last capitalised word, possessives and titles aside, of the first part that
    ends in such a word; else of the first part that has one ("the Florida senator": "florida").
    """
    name, fallback = _name_ending_a_part(mention)
    words = re.findall(r"[A-Za-z][\w’'.-]*", mention)
    return name or fallback or (words[-1].lower() if words else "")


def is_description(mention: str) -> bool:
    """True for a gold source that no part of ends in a name ("the Florida senator"): the surname
    check cannot credit the person it describes."""
    return _name_ending_a_part(mention)[0] is None


def _name_ending_a_part(mention: str) -> tuple[str | None, str | None]:
    """The last name of the first part of ``mention`` that ends in one, and the last capitalised
    word of the first part that has one (see ``surname``), lowercased."""
    fallback = None
    for part in _PARTS.split(re.sub(r"\([^)]*\)?", " ", mention)):
        words = re.findall(r"[A-Za-z][\w’'.-]*", part)
        while words and words[-1].rstrip(".").lower() in _SUFFIXES:
            words.pop()
        names = [w.rstrip(".") for w in words if w[0].isupper() and not re.search(r"[’']s?$", w)]
        names = [w for w in names if w.lower() not in _TITLE_WORDS]
        if names and words[-1].rstrip(".") == names[-1]:
            return names[-1].lower(), fallback
        fallback = fallback or (names[-1].lower() if names else None)
    return None, fallback


def _has_surname(speaker, key: str) -> bool:
    if speaker is None or not key:
        return False
    names = [re.sub(r"[’']s?$", "", w).lower() for w in re.findall(r"[\w’'.-]+", speaker.name)]
    return key in names


class PolnearTally:
    """Token-level and quote-level scores over PolNeAR articles.

    Tokens: precision, recall and F1 of word tokens inside quotes; speaker accuracy over the
    tokens both call quoted whose gold source names someone. Quotes: a prediction matches a gold
    quote of its paragraph when their tokens overlap by at least 0.8 of the longer (one to one),
    as for the passages; F1 over all quoted spans; F1 of direct quotes (precision of the quotes
    called direct against any gold quote, recall of the gold direct quotes by any prediction, as
    the two sides define direct differently); and speaker accuracy over the matched quotes whose
    gold source names someone, in all and by gold kind.
    """

    def __init__(self):
        self.articles = self.gold_tokens = self.pred_tokens = self.both = 0
        self.token_speakers = self.token_speakers_ok = 0
        self.gold = self.gold_direct = self.predicted = self.matched = self.matched_direct = 0
        self.called_direct = self.called_direct_matched = 0
        self.speakers = self.speakers_ok = self.descriptions = self.description_misses = 0
        self.by_kind = {"direct": [0, 0], "partial": [0, 0]}  # gold kind -> [named, right]

    def add(self, name: str, paragraphs: list[str], gold: list[dict], errors: list[str] | None = None) -> None:
        quotes = [q for q in extract_quotes(paragraphs) if q.kind in _SPEECH]
        self.articles += 1
        self._add_tokens(paragraphs, quotes, gold)
        self.predicted += len(quotes)
        self.called_direct += sum(q.kind == "direct" for q in quotes)
        self.gold += len(gold)
        self.gold_direct += sum(g["kind"] == "direct" for g in gold)
        for q, g in _match_spans(paragraphs, quotes, gold):
            self.matched += 1
            self.matched_direct += g["kind"] == "direct"
            self.called_direct_matched += q.kind == "direct"
            if not g["speaker_resolvable"] or not g["speaker"]:
                continue
            ok = _has_surname(q.speaker, surname(g["speaker"]))
            self.speakers += 1
            self.speakers_ok += ok
            self.by_kind[g["kind"]][0] += 1
            self.by_kind[g["kind"]][1] += ok
            self.descriptions += is_description(g["speaker"])
            self.description_misses += not ok and is_description(g["speaker"])
            if not ok and errors is not None:
                got = q.speaker.name if q.speaker else None
                errors.append(f"{name[:40]} p{g['paragraph']}: gold {g['speaker']!r} got {got!r} cue {q.cue!r}: {g['text'][:50]!r}")

    def _add_tokens(self, paragraphs: list[str], quotes: list[Quote], gold: list[dict]) -> None:
        gold_tokens, pred_tokens = {}, {}
        for g in gold:
            for t in _tokens(paragraphs[g["paragraph"]], g["start"], g["end"]):
                gold_tokens[(g["paragraph"], t)] = g
        for q in quotes:
            for t in _tokens(paragraphs[q.paragraph], q.start, q.end):
                pred_tokens[(q.paragraph, t)] = q
        self.gold_tokens += len(gold_tokens)
        self.pred_tokens += len(pred_tokens)
        for key in gold_tokens.keys() & pred_tokens.keys():
            self.both += 1
            g, q = gold_tokens[key], pred_tokens[key]
            if g["speaker_resolvable"] and g["speaker"]:
                self.token_speakers += 1
                self.token_speakers_ok += _has_surname(q.speaker, surname(g["speaker"]))

    def figures(self) -> dict[str, float]:
        """The scores as numbers: quoted-token precision, recall and F1 and token speaker
        accuracy; quote F1, direct-quote F1, and speaker accuracy over all, direct and partial
        matched quotes."""
        p, r, f = _prf(self.both, self.pred_tokens, self.gold_tokens)
        quote_p, quote_r, quote_f = _prf(self.matched, self.predicted, self.gold)
        direct_p, direct_r = _share(self.called_direct_matched, self.called_direct), _share(self.matched_direct, self.gold_direct)
        return {"token_precision": p, "token_recall": r, "token_f1": f,
                "token_speaker": _share(self.token_speakers_ok, self.token_speakers),
                "quote_precision": quote_p, "quote_recall": quote_r, "quote_f1": quote_f,
                "direct_precision": direct_p, "direct_recall": direct_r,
                "direct_f1": 2 * direct_p * direct_r / (direct_p + direct_r) if direct_p + direct_r else 0.0,
                "speaker": _share(self.speakers_ok, self.speakers),
                "speaker_direct": _share(*self.by_kind["direct"][::-1]),
                "speaker_partial": _share(*self.by_kind["partial"][::-1])}

    def rows(self) -> list[str]:
        f = self.figures()
        tokens = (f"tokens  P {f['token_precision']:.3f}  R {f['token_recall']:.3f}  F1 {f['token_f1']:.3f}  speaker {f['token_speaker']:.3f}"
                  f"  ({self.articles} articles, {self.gold_tokens} gold tokens)")
        quotes = (f"quotes  P {f['quote_precision']:.3f}  R {f['quote_recall']:.3f}  F1 {f['quote_f1']:.3f}  direct P {f['direct_precision']:.3f}"
                  f" R {f['direct_recall']:.3f} F1 {f['direct_f1']:.3f}  speaker {f['speaker']:.3f} (direct {f['speaker_direct']:.3f},"
                  f" partial {f['speaker_partial']:.3f})  ({self.gold} gold quotes, {self.speakers} with a named source)")
        named_ok = self.speakers_ok - (self.descriptions - self.description_misses)
        misses = (f"speaker misses {self.speakers - self.speakers_ok}, of which {self.description_misses} on the {self.descriptions} gold sources"
                  f" that are descriptions the surname check cannot credit ('the Florida senator'); speaker over the others"
                  f" {_share(named_ok, self.speakers - self.descriptions):.3f}")
        return [tokens, quotes, misses]


def _match_spans(paragraphs: list[str], predicted: list[Quote], gold: list[dict], threshold: float = 0.8):
    """``match_quotes`` for gold that carries its offsets."""
    located = [dict(g, text=paragraphs[g["paragraph"]][g["start"] : g["end"]]) for g in gold]
    return [(q, gold[located.index(g)]) for q, g in match_quotes(paragraphs, predicted, located, threshold)]


def _prf(both: int, predicted: int, gold: int) -> tuple[float, float, float]:
    p, r = _share(both, predicted), _share(both, gold)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def polnear_scores(articles, errors: list[str] | None = None) -> list[str]:
    """Token-level and quote-level rows over PolNeAR articles (see ``PolnearTally``)."""
    return _tally(articles, errors).rows()


def _tally(articles, errors: list[str] | None = None) -> PolnearTally:
    tally = PolnearTally()
    for name, paragraphs, gold in articles:
        tally.add(name, paragraphs, gold, errors)
    return tally


def cross_validated(articles, folds: int = FOLDS) -> dict:
    """The figures of ``PolnearTally`` on each of ``folds`` folds of the articles (shuffled with
    FOLD_SEED, so each article is in one fold), with their mean and standard deviation. The rules
    learn nothing from the folds, so each fold is scored as it is; a learned component would be
    fitted on the other folds."""
    shuffled = articles[:]
    random.Random(FOLD_SEED).shuffle(shuffled)
    per_fold = [_tally(shuffled[k::folds]).figures() for k in range(folds)]
    summary = {key: {"mean": round(statistics.mean(f[key] for f in per_fold), 3),
                     "sd": round(statistics.stdev(f[key] for f in per_fold), 3)} for key in per_fold[0]}
    return {"folds": folds, "seed": FOLD_SEED, "articles": len(articles),
            "rules": summary, "per_fold": [{k: round(v, 3) for k, v in f.items()} for f in per_fold]}


# repeated to make a single paragraph of about 20,000 words, each stressing another attribution rule
_ONE_PARAGRAPH = ["said ", '"Yes," May said. ', '"Yes." — Ann Lee ', "Ann Lee, who said, ", "Ann Lee, president and CEO and ",
                  '"Yes," Lee said according to the Herald ', '"Yes" was labeled as a "fraud" by Ann Lee by ']


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("polnear", nargs="?", type=Path, default=ROOT.parent / "shared" / "polnear-train")
    parser.add_argument("--errors", type=int, default=0, help="list this many misses")
    parser.add_argument("--write", action="store_true", help=f"store the cross-validated figures in {RESULTS}")
    parser.add_argument("--errors-from", choices=["tune", "held-out"], default="tune",
                        help="the PolNeAR half whose speaker misses are listed")
    args = parser.parse_args(argv)

    documents = load_passages()
    speech, indirect = score_documents(documents)
    print(f"passages ({len(documents)})")
    print(speech.row("  quoted speech (direct+partial)"))
    print(indirect.row("  indirect speech"))
    for line in (speech.misses + indirect.misses)[: args.errors]:
        print("    " + line)

    long_article = [p for _ in range(40) for _, paragraphs, _, _ in documents for p in paragraphs]
    started = time.perf_counter()
    extract_quotes(long_article)
    words = sum(len(p.split()) for p in long_article)
    print(f"  {words:,}-word article of the passages repeated: {time.perf_counter() - started:.2f} s")
    for unit in _ONE_PARAGRAPH:  # a quadratic search over a paragraph shows up here
        paragraph = unit * (20_000 // len(unit.split()))
        started = time.perf_counter()
        extract_quotes([paragraph])
        print(f"  one {len(paragraph.split()):,}-word paragraph of {unit.strip()!r}: {time.perf_counter() - started:.2f} s")

    seed = [("seed", seed_paragraphs(), SEED_ALIASES, {"quotes": json.loads(SEED_GOLD.read_text(encoding="utf-8"))})]
    speech, _ = score_documents(seed)
    print("seed (case study; its gold lists the direct quotes)")
    print(speech.row("  quoted speech (direct+partial)"))
    for line in speech.misses[: args.errors]:
        print("    " + line)
    for q in extract_quotes(seed[0][1], aliases=SEED_ALIASES):
        if q.kind == "indirect":
            print(f"  indirect p{q.paragraph} {q.speaker.name if q.speaker else None!r} {q.cue!r}: {q.text[:60]!r}")

    if args.polnear.is_dir():
        articles = polnear_articles(args.polnear)
        started = time.perf_counter()
        errors: list[str] = []
        tune_errors = errors if args.errors_from == "tune" else None
        held_out_errors = errors if args.errors_from == "held-out" else None
        halves = [("tune", articles[:TUNE], tune_errors), ("held-out", articles[TUNE:], held_out_errors)]
        for label, half, listed in halves:
            for row in polnear_scores(half, listed):
                print(f"PolNeAR {label:<9} {row}")
        # most NYT articles of the split carry no gold at all although they quote people
        print("  annotated only (articles with at least one gold quote):")
        for label, half, _ in halves:
            for row in polnear_scores([a for a in half if a[2]]):
                print(f"  {label:<9} {row}")
        print(f"  ({time.perf_counter() - started:.1f} s for {len(articles)} articles)")
        for line in errors[: args.errors]:
            print("    " + line)
        annotated = [a for a in articles if a[2]]
        results = cross_validated(annotated)
        print(f"PolNeAR cross-validated by article ({FOLDS} folds of the {len(annotated)} annotated "
              "articles; mean and standard deviation over folds; rules alone)")
        for key, value in results["rules"].items():
            print(f"  {key:<18} {value['mean']:.3f} ± {value['sd']:.3f}")
        if args.write:
            write_text_atomic(RESULTS, json.dumps(results, indent=2) + "\n", force=True)
            print(f"wrote {RESULTS}")


if __name__ == "__main__":
    main()
