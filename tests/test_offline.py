"""Everything runs offline: network blocked, NLTK_DATA empty, HOME fresh — full analysis in en/fr/ar."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

from .conftest import EXAMPLES

SITECUSTOMIZE = textwrap.dedent(
    """
    import os, socket

    def _blocked(*args, **kwargs):
        raise OSError("network access blocked by the offline test")

    socket.socket.connect = _blocked
    socket.socket.connect_ex = _blocked
    socket.create_connection = _blocked
    socket.getaddrinfo = _blocked

    import nltk, nltk.data

    def _no_download(*args, **kwargs):
        raise AssertionError("nltk.download called at run time")

    nltk.download = _no_download
    # Only the empty folder: no system-wide or home nltk_data can hide a missing resource.
    nltk.data.path[:] = [os.environ["NLTK_DATA"]]
    """
)


def test_full_analysis_offline_in_all_three_languages(tmp_path):
    guard = tmp_path / "guard"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    empty_nltk = tmp_path / "nltk_data"
    empty_nltk.mkdir()
    home = tmp_path / "home"
    home.mkdir()
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(guard), os.environ.get("PYTHONPATH")])),
        "NLTK_DATA": str(empty_nltk),
        "HOME": str(home),
        "XDG_CACHE_HOME": str(home / ".cache"),
    }
    drafts = sorted(EXAMPLES.glob("*/*.*"))
    proc = subprocess.run(
        [sys.executable, "-m", "narrative_kit", "check", *map(str, drafts), "--format", "json"],
        capture_output=True, text=True, env=env, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    reports = json.loads(proc.stdout)
    assert {r["language"] for r in reports} == {"en", "fr", "ar"}
    for report in reports:
        assert report["metrics"]["words"] > 0
        assert report["metrics"]["readability"] is not None
    assert list(empty_nltk.iterdir()) == [], "something was written into NLTK_DATA"
    assert not (home / "nltk_data").exists()
