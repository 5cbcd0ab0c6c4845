"""The book's Binder, Colab and repository buttons open the repository that publishes it (a
fork's own, named by the workflow or git's origin), a book without one has none, and a notebook
opened alone, as Colab opens it, installs framing and takes the data from that repository."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, toc_files
from framing.launch import (Repository, book_config, publishing_repository, setup_cell,
                            with_setup_cell, write_config)

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
FORK = {"GITHUB_REPOSITORY": "someone/fork", "GITHUB_REF_NAME": "coursework",
        "GITHUB_SERVER_URL": "https://github.com"}


@pytest.mark.parametrize("url, expected", [
    ("https://github.com/someone/fork", "someone/fork"),
    ("https://github.com/someone/fork.git", "someone/fork"),
    ("https://github.com/someone/fork/", "someone/fork"),
    ("https://x-access-token:secret@github.com/someone/fork", "someone/fork"),
    ("git@github.com:someone/fork.git", "someone/fork"),
    ("git@github.com:someone/fork", "someone/fork"),
    ("ssh://git@github.com/someone/my.fork.git", "someone/my.fork"),
    ("https://gitlab.com/someone/fork.git", None),
    ("git@gitlab.com:someone/fork.git", None),
    ("https://github.com.example.org/someone/fork", None),
    ("https://github.com/someone", None),
    ("https://github.com/someone/fork/tree/main", None),
    ("/home/someone/fork", None),
    ("", None),
])
def test_a_remote_url_names_a_github_repository_or_none(url, expected):
    repository = Repository.from_url(url, "main")
    assert (repository and f"{repository.owner}/{repository.name}") == expected


@pytest.mark.parametrize("env, expected", [
    (FORK, Repository("someone", "fork", "coursework")),
    ({"GITHUB_REPOSITORY": "someone/fork"}, Repository("someone", "fork", "main")),
    (FORK | {"FRAMING_LAUNCH_BRANCH": "launch"}, Repository("someone", "fork", "launch")),
    (FORK | {"GITHUB_SERVER_URL": "https://git.example.org"}, None),  # GitHub Enterprise
    ({"GITHUB_REF_NAME": "main"}, None),
    ({}, None),
])
def test_the_workflow_environment_names_the_repository(env, expected):
    assert Repository.from_env(env) == expected


def git(folder: Path, *args: str) -> str:
    return subprocess.run(["git", "-c", "user.name=Test", "-c", "user.email=test@example.org",
                           *args], cwd=folder, check=True, capture_output=True, text=True).stdout


def test_a_checkout_names_its_origin_and_branch_and_the_workflow_wins(tmp_path):
    assert publishing_repository(tmp_path, {}) is None  # not a git checkout
    git(tmp_path, "init", "--quiet", "--initial-branch", "essay")
    assert publishing_repository(tmp_path, {}) is None  # no remote
    git(tmp_path, "remote", "add", "origin", "git@github.com:student/fork.git")
    assert publishing_repository(tmp_path, {}) == Repository("student", "fork", "essay")
    assert (publishing_repository(tmp_path, {"FRAMING_LAUNCH_BRANCH": "launch"})
            == Repository("student", "fork", "launch"))
    assert publishing_repository(tmp_path, FORK) == Repository("someone", "fork", "coursework")
    git(tmp_path, "remote", "set-url", "origin", "https://gitlab.com/student/fork.git")
    assert publishing_repository(tmp_path, {}) is None


def test_the_committed_config_carries_no_address():
    config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    assert not {"repository", "html", "launch_buttons"} & set(config)
    assert book_config(config, None) == config


# --- the book built for a fork, and without a repository ---------------------------------------

def jupyter_book(output: Path, config: Path, *options: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(Path(sys.executable).with_name("jupyter-book")), "build", str(ROOT),
                           "--config", str(config), "--path-output", str(output), *options,
                           "-W", "-n", "--keep-going"], capture_output=True, text=True)


@pytest.fixture(scope="module")
def books(tmp_path_factory) -> dict[str, Path]:
    """The book's HTML built for the fork of FORK (its config written by ``python -m
    framing.launch config`` in that environment), then, from the same execution cache, for no
    repository at all: {"fork": folder, "none": folder}."""
    output = tmp_path_factory.mktemp("launch")
    written = subprocess.run([sys.executable, "-m", "framing.launch", "config",
                              str(output / "fork.yml")], cwd=ROOT, capture_output=True,
                             text=True, check=True, env={**os.environ, **FORK,
                                                         "FRAMING_LAUNCH_BRANCH": ""})
    assert "someone/fork on branch coursework" in written.stdout
    done = jupyter_book(output, output / "fork.yml", "--all")
    assert done.returncode == 0, (done.stdout + done.stderr)[-4000:]
    shutil.copytree(output / "_build" / "html", output / "fork")
    write_config(ROOT, output / "none.yml", publishing_repository(output, {}))
    done = jupyter_book(output, output / "none.yml")
    assert done.returncode == 0, (done.stdout + done.stderr)[-4000:]
    assert "WARNING:" not in done.stdout + done.stderr
    return {"fork": output / "fork", "none": output / "_build" / "html"}


def buttons(page: Path) -> set[str]:
    """The addresses the header's buttons of a built ``page`` link to."""
    html = page.read_text(encoding="utf-8")
    return set(re.findall(r'<a href="(https?://[^"]+)"[^>]*class="btn\b', html))


BINDER = "https://mybinder.org/v2/gh/someone/fork/coursework?urlpath=lab/tree/"
COLAB = "https://colab.research.google.com/github/someone/fork/blob/coursework/"
GITHUB = "https://github.com/someone/fork"


def test_every_button_of_a_notebook_page_opens_the_fork(books):
    assert buttons(books["fork"] / "notebooks" / "voices.html") == {
        BINDER + "notebooks/voices.ipynb",
        COLAB + "notebooks/voices.ipynb",
        GITHUB,
        GITHUB + "/blob/coursework/notebooks/voices.ipynb?plain=1",
        GITHUB + "/issues/new?title=Issue%20on%20page%20%2Fnotebooks/voices.html"
                 "&body=Your%20issue%20content%20here.",
    }


def test_every_page_has_buttons_to_the_fork_and_only_notebooks_launch(books):
    for name in toc_files():
        found = buttons(books["fork"] / f"{name}.html")
        assert GITHUB in found and all(url.startswith((GITHUB, BINDER, COLAB)) for url in found)
        launch = {url for url in found if url.startswith((BINDER, COLAB))}
        assert launch == ({BINDER + f"{name}.ipynb", COLAB + f"{name}.ipynb"}
                          if name.startswith("notebooks/") else set())  # Colab opens no Markdown


def test_a_book_without_a_repository_has_no_buttons(books):
    for name in toc_files():
        page = books["none"] / f"{name}.html"
        assert not buttons(page), page
        assert "launch-buttons" not in page.read_text(encoding="utf-8"), page


# --- the set-up cell -------------------------------------------------------------------------

@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_every_notebook_runs_the_set_up_cell_first(path):
    notebook = json.loads(path.read_text(encoding="utf-8"))
    first_code = next(c for c in notebook["cells"] if c["cell_type"] == "code")
    assert first_code == setup_cell()  # `python -m framing.launch notebooks` writes it


def test_the_set_up_cell_does_nothing_where_framing_finds_its_data(monkeypatch):
    def run(*args, **kwargs):
        raise AssertionError(f"the cell ran {args}")

    monkeypatch.setattr(subprocess, "run", run)
    monkeypatch.delenv("FRAMING_DATA", raising=False)
    monkeypatch.chdir(ROOT / "notebooks")
    exec("".join(setup_cell()["source"]), {})
    assert "FRAMING_DATA" not in os.environ


def test_the_workflow_writes_the_address_with_the_standard_library_only(tmp_path):
    shutil.copytree(ROOT / "notebooks", tmp_path / "notebooks")
    shutil.copy(ROOT / "_toc.yml", tmp_path)
    command = [sys.executable, "-S", "-m", "framing.launch", "notebooks", "--publish"]  # no site
    env = {"PATH": os.environ["PATH"], "PYTHONPATH": str(ROOT / "src")}
    refused = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True)
    assert refused.returncode == 2 and refused.stderr.startswith("error: no GitHub repository")
    done = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True,
                          env=env | FORK | {"FRAMING_LAUNCH_BRANCH": "launch"})
    assert done.returncode == 0, done.stderr
    cell = setup_cell("https://github.com/someone/fork", "launch")
    assert "REPOSITORY = 'https://github.com/someone/fork'  #" in "".join(cell["source"])
    for path in NOTEBOOKS:
        committed = json.loads(path.read_text(encoding="utf-8"))
        published = json.loads((tmp_path / "notebooks" / path.name).read_text(encoding="utf-8"))
        assert published == with_setup_cell(committed, cell)


# --- a notebook opened alone, in a fresh environment without framing ---------------------------

@pytest.fixture(scope="module")
def fork(tmp_path_factory) -> tuple[Path, str]:
    """What a fresh environment needs: a folder of links to the test environment's packages
    except framing (pip installs from it offline), and a bare git repository standing in for
    the fork on GitHub, made from this project's files as they are now, committed or not, with
    a ``launch`` branch. The folder, and the repository's file:// address."""
    folder = tmp_path_factory.mktemp("fork")
    site_packages = Path(yaml.__file__).parents[1]
    (folder / "packages").mkdir()
    for entry in site_packages.iterdir():
        if not entry.name.startswith(("framing", "__editable__")):
            (folder / "packages" / entry.name).symlink_to(entry)
    work = folder / "work"
    work.mkdir()
    for name in ("pyproject.toml", "README.md", "_config.yml", "_toc.yml"):
        shutil.copy(ROOT / name, work / name)
    for name in ("src", "data", "notebooks"):
        shutil.copytree(ROOT / name, work / name,
                        ignore=shutil.ignore_patterns("__pycache__", "*.egg-info", "private"))
    git(work, "init", "--quiet", "--initial-branch", "main")
    git(work, "add", ".")
    git(work, "commit", "--quiet", "--message", "the fork")
    git(work, "branch", "launch")
    git(folder, "clone", "--quiet", "--bare", str(work), "fork.git")
    return folder, (folder / "fork.git").as_uri()


PURELIB = "import sysconfig; print(sysconfig.get_path('purelib'))"


def fresh_python(folder: Path, packages: Path) -> Path:
    """A new virtual environment in ``folder`` that sees ``packages``; its python."""
    venv.create(folder, with_pip=False)
    python = folder / "bin" / "python"
    purelib = subprocess.run([str(python), "-c", PURELIB],
                             capture_output=True, text=True, check=True).stdout.strip()
    Path(purelib, "packages.pth").write_text(f"{packages}\n")
    return python


def offline(home: Path) -> dict[str, str]:
    """An environment where pip installs only what it finds installed (no index, no build
    isolation) and git and pip keep their files under ``home``."""
    return {"PATH": os.environ["PATH"], "HOME": str(home), "PIP_CONFIG_FILE": os.devnull,
            "PIP_NO_INDEX": "1", "PIP_NO_BUILD_ISOLATION": "0",
            "FRAMING_NLTK_DATA": os.environ["FRAMING_NLTK_DATA"]}


def test_a_notebook_opened_alone_installs_framing_and_fetches_the_data(fork, tmp_path):
    packages, address = fork[0] / "packages", fork[1]
    python = fresh_python(tmp_path / "venv", packages)
    assert subprocess.run([str(python), "-c", "import framing"], capture_output=True).returncode
    check = "\nimport framing, framing.paths\nprint(framing.__file__, framing.paths.data_dir())\n"

    def run_cell(cell: dict, folder: Path, **env: str) -> list[str]:
        folder.mkdir(exist_ok=True)
        done = subprocess.run([str(python), "-c", "".join(cell["source"]) + check], cwd=folder,
                              env=offline(tmp_path) | env, capture_output=True, text=True)
        assert done.returncode == 0, done.stdout + done.stderr
        return done.stdout.splitlines()

    # as the workflow publishes it, with the address written in: the launch branch is cloned
    clone = tmp_path / "content" / "fork"
    out = run_cell(setup_cell(address, "launch"), tmp_path / "content")
    assert out[:2] == [f"Cloning {address} into {clone}", f"Installing framing from {clone}"]
    installed = out[2].split()[0]
    assert Path(installed).is_relative_to(tmp_path / "venv") and out[2].endswith(f" {clone}/data")
    assert git(clone, "branch", "--show-current") == "launch\n"
    # as committed, given the address: framing is installed by now, so only the data is fetched
    other = tmp_path / "elsewhere" / "fork"
    out = run_cell(setup_cell(), other.parent, FRAMING_REPOSITORY=address)
    assert out == [f"Cloning {address} into {other}", f"{installed} {other}/data"]
    # where framing finds its data, it does nothing
    assert run_cell(setup_cell(), clone / "notebooks") == [f"{installed} {clone}/data"]


def test_a_chapter_opened_alone_runs_whole(fork, tmp_path):
    """The article chapter as the workflow publishes it, run in a kernel of a fresh environment
    without framing, from an empty folder, as Colab runs it."""
    packages, address = fork[0] / "packages", fork[1]
    python = fresh_python(tmp_path / "venv", packages)
    kernel = tmp_path / "venv" / "share" / "jupyter" / "kernels" / "fresh" / "kernel.json"
    kernel.parent.mkdir(parents=True)
    kernel.write_text(json.dumps({"argv": [str(python), "-m", "ipykernel_launcher", "-f",
                                           "{connection_file}"], "language": "python",
                                  "display_name": "fresh"}))
    chapter = ROOT / "notebooks" / "article.ipynb"
    notebook = with_setup_cell(json.loads(chapter.read_text(encoding="utf-8")),
                               setup_cell(address, "launch"))
    colab = tmp_path / "content"
    colab.mkdir()
    (colab / chapter.name).write_text(json.dumps(notebook), encoding="utf-8")
    script = ("import nbformat, nbclient\n"
              f"notebook = nbformat.read({chapter.name!r}, as_version=4)\n"
              "nbclient.NotebookClient(notebook, kernel_name='fresh', timeout=300).execute()\n"
              "print(sum(len(cell.get('outputs', [])) for cell in notebook.cells))\n")
    done = subprocess.run([str(python), "-c", script], cwd=colab, env=offline(tmp_path),
                          capture_output=True, text=True)
    assert done.returncode == 0, (done.stdout + done.stderr)[-4000:]
    assert int(done.stdout.split()[-1]) >= 5  # the chapter's tables and figures
    assert (colab / "fork" / "data" / "topics").is_dir()
