"""Where the project lives: its data folder and the book sources that reports reuse."""

from __future__ import annotations

import os
from pathlib import Path

_INSTALLED_FROM = Path(__file__).resolve().parents[2]  # the repository, for an editable install


def _around_cwd(marker: str) -> Path | None:
    for folder in (Path.cwd(), *Path.cwd().parents):
        if (folder / marker).exists():
            return folder
    return None


def data_dir() -> Path:
    """The data folder (``raw/``, ``articles/``, ``topics/``): ``$FRAMING_DATA``, else the
    ``data/`` of the project around the working directory, else of the installed repository."""
    if os.environ.get("FRAMING_DATA"):
        return Path(os.environ["FRAMING_DATA"])
    return (_around_cwd("data/topics") or _INSTALLED_FROM) / "data"


def project_root() -> Path:
    """The project whose book sources (``_config.yml``, ``notebooks/``, ``book/``) a report
    reuses: the one around the working directory, else the installed repository."""
    return _around_cwd("_toc.yml") or _INSTALLED_FROM
