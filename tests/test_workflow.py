"""The publishing workflow passes a security audit: zizmor, offline, finds nothing."""

import subprocess
import sys
from pathlib import Path

from conftest import ROOT


def test_zizmor_finds_nothing_in_the_workflow():
    zizmor = Path(sys.executable).with_name("zizmor")
    done = subprocess.run([str(zizmor), "--offline", "--no-progress",
                           str(ROOT / ".github" / "workflows" / "book.yml")],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "No findings" in done.stdout + done.stderr
