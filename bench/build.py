"""Time `make book` (tasks.py book) as a reader of the repository meets it.

    python bench/build.py

Builds a copy of the committed files (sharing this checkout's .venv, with the copy's own
``src`` first on the path) three times and prints the
wall time of each, and how many notebooks it executed: a clean build, a build with nothing
changed, and a build after one notebook's code changed.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHANGED = "notebooks/synthesis.ipynb"


def copy_of_repository(target: Path) -> None:
    """The committed files of the repository in ``target``, with this checkout's .venv. The
    files keep their times, so the copy finds .venv up to date and never reinstalls into it
    (which would point the shared editable install at the copy)."""
    subprocess.run([sys.executable, "tasks.py", "setup"], cwd=ROOT, check=True)
    files = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True,
                           check=True).stdout.split("\n")
    for name in filter(None, files):
        (target / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, target / name)
    (target / ".venv").symlink_to(ROOT / ".venv")


def timed_build(folder: Path) -> tuple[float, int]:
    """The wall time of one ``tasks.py book`` in ``folder``, and how many notebooks it ran."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "tasks.py", "book"], cwd=folder, check=True,
                          capture_output=True, text=True,
                          env=os.environ | {"PYTHONPATH": str(folder / "src")})
    return time.perf_counter() - started, (done.stdout + done.stderr).count("Executing notebook")


def change_a_notebook(folder: Path) -> None:
    """Add a comment to the last code cell of CHANGED, as an author's edit would."""
    path = folder / CHANGED
    notebook = json.loads(path.read_text(encoding="utf-8"))
    cell = [c for c in notebook["cells"] if c["cell_type"] == "code"][-1]
    cell["source"] = "".join(cell["source"]) + "\n# edited by bench/build.py"
    path.write_text(json.dumps(notebook, indent=1), encoding="utf-8")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        copy_of_repository(folder)
        clean = timed_build(folder)
        unchanged = timed_build(folder)
        change_a_notebook(folder)
        one_notebook = timed_build(folder)
    for label, (seconds, executed) in (("clean", clean), ("nothing changed", unchanged),
                                       (f"one notebook changed ({CHANGED})", one_notebook)):
        print(f"make book, {label + ':':<52} {seconds:6.1f} s, {executed} notebooks executed")


if __name__ == "__main__":
    main()
