"""The publishing workflow passes a security audit (zizmor, offline, finds nothing), holds
only the permissions each job needs, and publishes the notebooks the book's buttons open."""

import subprocess
import sys
from pathlib import Path

import yaml

from conftest import ROOT

WORKFLOW = yaml.safe_load((ROOT / ".github" / "workflows" / "book.yml").read_text(encoding="utf-8"))


def test_zizmor_finds_nothing_in_the_workflow():
    zizmor = Path(sys.executable).with_name("zizmor")
    done = subprocess.run([str(zizmor), "--offline", "--no-progress",
                           str(ROOT / ".github" / "workflows" / "book.yml")],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "No findings" in done.stdout + done.stderr


def test_each_job_holds_only_what_it_needs_and_only_one_may_write_the_repository():
    jobs = WORKFLOW["jobs"]
    assert WORKFLOW["permissions"] == {}
    assert {name: job["permissions"] for name, job in jobs.items()} == {
        "build": {"contents": "read"},
        "notebooks": {"contents": "write"},
        "deploy": {"pages": "write", "id-token": "write"},
    }
    assert jobs["notebooks"]["if"] == jobs["deploy"]["if"]  # main only, never a pull request


def test_the_notebooks_job_pushes_the_branch_the_buttons_open_before_the_book_is_deployed():
    branch = WORKFLOW["env"]["FRAMING_LAUNCH_BRANCH"]  # make book reads it: the buttons' branch
    assert branch and "/" not in branch  # Colab reads blob/BRANCH/PATH: one path segment
    runs = [step.get("run", "") for step in WORKFLOW["jobs"]["notebooks"]["steps"]]
    assert any("python3 -m framing.launch notebooks --publish" in run for run in runs)
    assert any('"HEAD:refs/heads/${FRAMING_LAUNCH_BRANCH}"' in run for run in runs)
    assert "notebooks" in WORKFLOW["jobs"]["deploy"]["needs"]
