"""Wall time of `framing report` on one article (the case study, about 600 words), the median of
N runs, each building a fresh standalone book into a temporary folder.

    python bench/report.py [N]
"""

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "data" / "articles" / "zdnet-2020-01-24-met-live-facial-recognition.md"


def run_once() -> float:
    with tempfile.TemporaryDirectory() as out:
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "framing.cli", "report", str(ARTICLE), "--out",
                        str(Path(out) / "report")], check=True, capture_output=True, cwd=ROOT)
        return time.perf_counter() - started


def main(runs: int = 3) -> None:
    times = [run_once() for _ in range(runs)]
    print(f"framing report, one article: median {statistics.median(times):.1f} s over {runs} runs "
          f"(min {min(times):.1f}, max {max(times):.1f}); target <= 60 s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
