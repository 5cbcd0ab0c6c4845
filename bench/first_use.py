"""First-use cost of the readability measures, each in a fresh Python process.

Compares textstat's own first call (which loads NLTK's CMU dictionary) with framing's (which
reads its compact syllable table). Both caches are built before timing, so this is the cost a
reader pays in every new notebook kernel. Prints the median of N runs and the ratio.

    python bench/first_use.py [N]
"""

import statistics
import subprocess
import sys

TEXT = "Facial recognition cameras are set to be deployed across London for the first time."
SETUP = "from framing.text.nltkdata import ensure_nltk_data; ensure_nltk_data(); import textstat; import framing.measures.readability as r; import time\n"
CASES = {
    "textstat.flesch_kincaid_grade": f"t = time.perf_counter(); textstat.flesch_kincaid_grade({TEXT!r})",
    "framing.measures.readability.scores": f"t = time.perf_counter(); r.scores({TEXT!r})",
}


def first_call(statement: str) -> float:
    code = SETUP + statement + "\nprint(time.perf_counter() - t)"
    return float(subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                                text=True).stdout)


def main(runs: int = 7) -> None:
    for statement in CASES.values():
        first_call(statement)  # build any cache once
    medians = {name: statistics.median(first_call(s) for _ in range(runs))
               for name, s in CASES.items()}
    for name, seconds in medians.items():
        print(f"{name:32s} first call, median of {runs}: {seconds * 1000:7.1f} ms")
    before, after = medians.values()
    print(f"ratio textstat / framing: {before / after:.1f}x")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 7)
