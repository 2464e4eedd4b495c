"""Rendered examples match their golden copies in tests/golden/ (regenerate: scripts/update_goldens.py)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _load_script():
    name = "update_goldens"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / "update_goldens.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


goldens = _load_script()
WANTED = goldens.build_goldens()


@pytest.mark.parametrize("path", sorted(WANTED), ids=lambda p: str(p.relative_to(goldens.GOLDEN)))
def test_rendered_output_matches_its_golden_copy(path):
    assert path.exists(), f"{path.relative_to(ROOT)} is missing: run `python scripts/update_goldens.py`"
    assert path.read_text(encoding="utf-8") == WANTED[path], (
        f"{path.relative_to(ROOT)} differs from what is rendered now. If the change is intended, "
        "run `python scripts/update_goldens.py` and review the diff."
    )


def test_every_example_and_language_has_goldens():
    produced = {p.relative_to(goldens.GOLDEN).as_posix() for p in WANTED}
    for language in ("en", "fr", "ar"):
        for suffix in ("txt", "md", "html", "json"):
            assert f"render/{language}/report.{suffix}" in produced
    for draft in sorted((ROOT / "examples").glob("*/*.md")):
        assert f"examples/{draft.parent.name}/{draft.stem}.html" in produced
