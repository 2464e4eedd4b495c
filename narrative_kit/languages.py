"""Per-language resources: one folder a language under ``narrative_kit/data/lang/``.

Adding a language is adding a folder. Every file is TOML validated by a strict
pydantic model (unknown keys are errors), so a typo in a lexicon fails loudly.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .models import Language

M = TypeVar("M", bound=BaseModel)


class LanguageDataError(ValueError):
    """A language data file is missing or invalid."""


class StrictData(BaseModel):
    """Base for every data-file model: unknown keys are errors."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def check_regexes(patterns: Sequence[str]) -> None:
    """Raise ValueError naming the first pattern that is no valid regular expression."""
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ValueError(f"invalid regular expression {pattern!r}: {exc}") from None


class LanguageProfile(StrictData):
    code: Language
    name: str
    direction: Literal["ltr", "rtl"]
    speaking_rate_wpm: float = Field(gt=0)
    speaking_rate_source: str
    long_sentence_words: int = Field(gt=0)
    abbreviations: tuple[str, ...] = ()
    detection_words: tuple[str, ...] = ()
    # A line ending with one of these and a colon, right above a list ("We must:", « Nous
    # devons : », «يجب علينا:»), is a sentence the list completes, not a heading.
    lead_in_endings: tuple[str, ...] = ()


def data_dir(language: str) -> Path:
    return Path(str(resources.files("narrative_kit") / "data" / "lang" / language))


def supported_languages() -> list[str]:
    root = data_dir("").parent / "lang"
    return sorted(p.name for p in root.iterdir() if (p / "language.toml").is_file())


@cache
def _read_toml(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise LanguageDataError(f"missing language data file {path}") from None
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise LanguageDataError(f"cannot read {path}: {exc}") from None


def load_language_file(language: str, filename: str, model: type[M]) -> M:
    """Load ``data/lang/<language>/<filename>`` and validate it with ``model``."""
    path = data_dir(language) / filename
    try:
        return model.model_validate(_read_toml(path))
    except ValidationError as exc:
        raise LanguageDataError(f"{path}: {exc}") from None


@cache
def load_profile(language: str) -> LanguageProfile:
    return load_language_file(language, "language.toml", LanguageProfile)
