"""Running Jupyter Book as every build of this project does: strictly (warnings are errors, a
notebook that raises fails the build), with the build's output kept only when it fails."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from framing.errors import BuildError


def build_strictly(source: Path, output: Path, *, log_beside: Path, what: str,
                   options: tuple[str, ...] = ()) -> None:
    """Build the book at ``source`` into ``output`` (``jupyter-book build`` with ``options``).
    When it fails, BuildError naming a new log file beside ``log_beside``
    (``<name>.<random>.log``, never an existing file) that holds the build's output."""
    done = subprocess.run([str(Path(sys.executable).with_name("jupyter-book")), "build",
                           str(source), "--path-output", str(output), *options,
                           "-W", "-n", "--keep-going"], capture_output=True, text=True)
    if done.returncode == 0:
        return
    log_beside.parent.mkdir(parents=True, exist_ok=True)
    fd, log = tempfile.mkstemp(prefix=f"{log_beside.name}.", suffix=".log",
                               dir=log_beside.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as file:
        file.write(done.stdout + done.stderr)
    raise BuildError(f"{what} did not build; see {log}")
