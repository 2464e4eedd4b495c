"""The code base passes ruff (part of the test command, so CI and developers run it alike)."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from .conftest import REPO


def test_ruff_is_clean():
    if shutil.which("ruff") is None and subprocess.run(
        [sys.executable, "-m", "ruff", "--version"], capture_output=True
    ).returncode != 0:
        pytest.fail("ruff is not installed: install the test tools with pip install -e '.[test]'")
    proc = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "narrative_kit", "tests", "scripts"],
        capture_output=True, text=True, cwd=REPO, timeout=120,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
