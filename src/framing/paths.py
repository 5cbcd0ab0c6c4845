"""Where the project's data lives: ``$FRAMING_DATA``, else the ``data/`` folder of the project
around the working directory, else that of the repository this package was installed from."""

from __future__ import annotations

import os
from pathlib import Path


def data_dir() -> Path:
    """The data folder, holding ``raw/``, ``articles/`` and ``topics/``."""
    if os.environ.get("FRAMING_DATA"):
        return Path(os.environ["FRAMING_DATA"])
    for folder in (Path.cwd(), *Path.cwd().parents):
        if (folder / "data" / "topics").is_dir():
            return folder / "data"
    return Path(__file__).resolve().parents[2] / "data"
