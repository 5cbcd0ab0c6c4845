"""The book's launch and repository buttons, pointed at the repository that publishes it.

A student's fork publishes its own book, so no address is committed. In the Pages workflow the
repository is the one the workflow runs in (``GITHUB_SERVER_URL``, ``GITHUB_REPOSITORY``,
``GITHUB_REF_NAME``); in a local build, git's ``origin`` on the current branch. Only a GitHub
repository gets buttons (Colab opens notebooks from GitHub only); without one there are none.

Colab opens one notebook from GitHub, alone, and nothing in it says where it came from. So every
notebook starts with a set-up cell (:func:`setup_cell`) that installs framing and fetches the
data when they are missing, from an address the workflow writes into it: the workflow pushes
those notebooks to the branch ``$FRAMING_LAUNCH_BRANCH``, which the buttons then open.

    python -m framing.launch config OUT            the book's _config.yml, with buttons, to OUT
    python -m framing.launch notebooks             write the set-up cell into notebooks/*.ipynb
    python -m framing.launch notebooks --publish   ... with the publishing repository's address

``notebooks`` needs only the standard library: the workflow runs it without installing anything.
"""

from __future__ import annotations

import copy
import json
import os
import re
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from framing.fileio import write_text_atomic
from framing.paths import project_root

_GITHUB = re.compile(r"(?:https?://(?:[^@/]+@)?github\.com/|(?:ssh://)?git@github\.com[:/])"
                     r"(?P<owner>[\w.-]+)/(?P<name>[\w.-]+?)(?:\.git)?/?")


@dataclass(frozen=True)
class Repository:
    """A GitHub repository and the branch the buttons open.

    >>> Repository.from_url("git@github.com:someone/fork.git", "main").url
    'https://github.com/someone/fork'
    """

    owner: str
    name: str
    branch: str

    @property
    def url(self) -> str:
        return f"https://github.com/{self.owner}/{self.name}"

    @classmethod
    def from_url(cls, url: str, branch: str) -> Repository | None:
        """The repository at a git remote's ``url`` (https or ssh); None when not on GitHub."""
        found = _GITHUB.fullmatch(url.strip())
        return cls(found["owner"], found["name"], branch) if found else None

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> Repository | None:
        """The repository a GitHub workflow runs in (``GITHUB_REPOSITORY``, with
        ``GITHUB_SERVER_URL``), on ``$FRAMING_LAUNCH_BRANCH`` or ``GITHUB_REF_NAME``; None
        outside one."""
        if not env.get("GITHUB_REPOSITORY"):
            return None
        server = env.get("GITHUB_SERVER_URL") or "https://github.com"
        branch = env.get("FRAMING_LAUNCH_BRANCH") or env.get("GITHUB_REF_NAME") or "main"
        return cls.from_url(f"{server}/{env['GITHUB_REPOSITORY']}", branch)

    @classmethod
    def from_git(cls, folder: Path, env: Mapping[str, str]) -> Repository | None:
        """The repository of the checkout at ``folder``: its ``origin``, on
        ``$FRAMING_LAUNCH_BRANCH`` or the current branch; None without git or a GitHub origin."""
        def git(*args: str) -> str:
            done = subprocess.run(["git", *args], cwd=folder, capture_output=True, text=True)
            return done.stdout.strip() if done.returncode == 0 else ""
        try:
            url = git("remote", "get-url", "origin")
        except OSError:  # no git on this machine
            return None
        branch = env.get("FRAMING_LAUNCH_BRANCH") or git("branch", "--show-current") or "main"
        return cls.from_url(url, branch) if url else None


def publishing_repository(folder: Path, env: Mapping[str, str] = os.environ) -> Repository | None:
    """The repository that publishes the book at ``folder``: the workflow's, else git's."""
    return Repository.from_env(env) or Repository.from_git(folder, env)


def book_config(config: dict, repository: Repository | None) -> dict:
    """The book's ``_config.yml`` settings ``config``, with buttons to ``repository``'s
    Binder, Colab, source, repository and issues pages; ``config`` itself without one. (No edit
    button: the branch may be the workflow's, where an edit would be overwritten.)"""
    if repository is None:
        return config
    config = copy.deepcopy(config)
    config["repository"] = {"url": repository.url, "branch": repository.branch,
                            "path_to_book": ""}
    config.setdefault("html", {}).update(use_repository_button=True, use_issues_button=True)
    config["launch_buttons"] = {"binderhub_url": "https://mybinder.org",
                                "colab_url": "https://colab.research.google.com",
                                "notebook_interface": "jupyterlab"}
    sphinx = config.setdefault("sphinx", {})
    sphinx.setdefault("extra_extensions", []).append("framing.launch")  # see setup()
    # the source button is a theme option Jupyter Book does not pass on: merged into its own
    sphinx["recursive_update"] = True
    theme = sphinx.setdefault("config", {}).setdefault("html_theme_options", {})
    theme["use_source_button"] = True
    return config


def write_config(root: Path, out: Path, repository: Repository | None) -> Path:
    """``out``, written with the ``_config.yml`` of the book at ``root`` and buttons for
    ``repository`` (see :func:`book_config`); ``jupyter-book build --config out`` uses it."""
    import yaml  # here: the workflow writes the notebooks without PyYAML

    config = yaml.safe_load((root / "_config.yml").read_text(encoding="utf-8"))
    text = yaml.safe_dump(book_config(config, repository), sort_keys=False, allow_unicode=True)
    return write_text_atomic(out, text, force=True)


def _launch_notebooks_only(app, pagename, templatename, context, doctree) -> None:
    if context.get("page_source_suffix") != ".ipynb":
        context["header_buttons"][:] = [button for button in context["header_buttons"]
                                        if button.get("label") != "launch-buttons"]


def setup(app) -> dict:
    """This module as a Sphinx extension, which :func:`book_config` loads: launch buttons on
    notebook files only, not on Markdown pages that run code (Colab opens only notebooks)."""
    app.connect("html-page-context", _launch_notebooks_only, priority=502)  # after the theme's
    return {"parallel_read_safe": True, "parallel_write_safe": True}


SETUP_ID = "framing-setup"
# the set-up cell, as committed: the workflow writes the address in place of the two Nones
SETUP = '''\
# Set-up for a notebook opened on its own, as Colab opens it: when `framing` or its data is
# missing, install framing from the book's repository and use that repository's data. Where
# framing finds its data (a clone of the repository, Binder, the book's build) it does nothing.
REPOSITORY = None  # written by the workflow that publishes the book;
BRANCH = None  # $FRAMING_REPOSITORY (any git address) overrides them

import importlib, os, subprocess, sys
from pathlib import Path

def framing_finds_its_data():
    try:
        from framing.paths import data_dir
    except ImportError:
        return False
    return (data_dir() / "topics").is_dir()

if not framing_finds_its_data():
    around = [Path.cwd(), *Path.cwd().parents]
    clone = next((p for p in around if (p / "pyproject.toml").is_file()
                  and (p / "data" / "topics").is_dir()), None)
    if clone is None:
        address = os.environ.get("FRAMING_REPOSITORY") or REPOSITORY
        if not address:
            raise RuntimeError("Which repository is this notebook from? Open it from the book's "
                               "Colab button, or set FRAMING_REPOSITORY to its git address.")
        clone = Path(address.rstrip("/").removesuffix(".git").rsplit("/", 1)[-1]).resolve()
        if not clone.exists():
            branch = ["--branch", BRANCH] if BRANCH and address == REPOSITORY else []
            print(f"Cloning {address} into {clone}")
            subprocess.run(["git", "clone", "--quiet", "--depth", "1", *branch, address,
                            str(clone)], check=True)
    try:
        import framing
    except ImportError:
        print(f"Installing framing from {clone}")
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", str(clone), "myst-nb"],
                       check=True)
        importlib.invalidate_caches()
    os.environ["FRAMING_DATA"] = str(clone / "data")
'''


def setup_cell(address: str | None = None, branch: str | None = None) -> dict:
    """The first code cell of every notebook (hidden in the book), as nbformat JSON: it makes
    the notebook run where ``framing`` is not installed, cloning the repository at the git
    ``address`` (on ``branch``) when it is not around the notebook. The committed notebooks
    carry it without an address.

    >>> "REPOSITORY = 'https://github.com/someone/fork'" in "".join(
    ...     setup_cell("https://github.com/someone/fork", "main")["source"])
    True
    """
    source = (SETUP.replace("REPOSITORY = None", f"REPOSITORY = {address!r}", 1)
              .replace("BRANCH = None", f"BRANCH = {branch!r}", 1).rstrip("\n"))
    return {"cell_type": "code", "execution_count": None, "id": SETUP_ID,
            "metadata": {"tags": ["remove-cell"]}, "outputs": [],
            "source": source.splitlines(keepends=True)}


def with_setup_cell(notebook: dict, cell: dict) -> dict:
    """``notebook`` (nbformat JSON) with ``cell`` as its set-up cell: replacing the one it has,
    else inserted before its first code cell."""
    cells = [c for c in notebook["cells"] if c.get("id") != SETUP_ID]
    first_code = next((i for i, c in enumerate(cells) if c["cell_type"] == "code"), len(cells))
    return {**notebook, "cells": [*cells[:first_code], cell, *cells[first_code:]]}


def write_notebooks(folder: Path, cell: dict) -> list[Path]:
    """Write ``cell`` as the set-up cell of every notebook in ``folder``; the paths written."""
    paths = sorted(folder.glob("*.ipynb"))
    for path in paths:
        notebook = with_setup_cell(json.loads(path.read_text(encoding="utf-8")), cell)
        text = json.dumps(notebook, sort_keys=True, indent=1, ensure_ascii=False) + "\n"
        write_text_atomic(path, text, force=True)  # nbformat's own layout, so diffs stay small
    return paths


USAGE = "usage: python -m framing.launch config OUT | notebooks [--publish]"


def main(argv: list[str] | None = None) -> int:
    """The command line (see the module's docstring); print where the buttons point."""
    args = sys.argv[1:] if argv is None else argv
    root = project_root()
    repository = publishing_repository(root)
    where = f"{repository.url} on branch {repository.branch}" if repository else None
    if len(args) == 2 and args[0] == "config":
        write_config(root, Path(args[1]), repository)
        print(f"The book's buttons open {where}" if where else
              "The book has no buttons: no GitHub repository in GITHUB_REPOSITORY or git's origin")
    elif args == ["notebooks"]:
        write_notebooks(root / "notebooks", setup_cell())
    elif args == ["notebooks", "--publish"]:
        if repository is None:
            print("error: no GitHub repository in GITHUB_REPOSITORY or git's origin",
                  file=sys.stderr)
            return 2
        write_notebooks(root / "notebooks", setup_cell(repository.url, repository.branch))
        print(f"The notebooks clone {where}")
    else:
        print(USAGE, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
