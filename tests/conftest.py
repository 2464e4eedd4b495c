"""Shared fixtures: repository paths, the shared corpus, and drafts in each language."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "corpus").is_dir():
        pytest.skip(f"the shared corpus is not at {SHARED} (it sits beside the repository in CI)")
    return SHARED


@pytest.fixture(scope="session")
def example_drafts() -> dict[str, Path]:
    """The strong example draft of each language."""
    return {
        "en": EXAMPLES / "en" / "amina-public-narrative.md",
        "fr": EXAMPLES / "fr" / "karim-recit-public.md",
        "ar": EXAMPLES / "ar" / "salma-qissa-amma.md",
    }
