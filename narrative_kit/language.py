"""Telling Arabic, French and English apart, offline, from script and function words."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .languages import load_profile
from .text import normalize_word, script_counts, tokenize_words

# Share of the minority script (or of the weaker of fr/en) above which a draft is mixed;
# real single-language drafts, the corpus and the seeds stay under 0.03.
MIXED_SHARE = 0.2


@dataclass(frozen=True)
class Detection:
    language: str
    confidence: float
    mixed: bool
    arabic_share: float  # of letters
    french_share: float  # of French+English function words


@cache
def _function_words(language: str) -> frozenset[str]:
    return frozenset(normalize_word(w, language) for w in load_profile(language).detection_words)


def detect_language(text: str) -> Detection:
    """Detect ``en``, ``fr`` or ``ar``; flags a draft that mixes two of them heavily."""
    arabic, latin = script_counts(text)
    letters = arabic + latin
    arabic_share = arabic / letters if letters else 0.0
    latin_words = [w.norm for w in tokenize_words(text, "fr") if _is_latin(w.norm)]
    french = sum(1 for w in latin_words if w in _function_words("fr"))
    english = sum(1 for w in latin_words if w in _function_words("en"))
    # Accented letters typical of French tip a tie (and short drafts) towards French.
    french += sum(text.count(c) for c in "éèêàçùœ") // 3
    fr_en = french + english
    french_share = french / fr_en if fr_en else 0.0

    if arabic_share >= 0.5:
        minority = 1 - arabic_share
        return Detection("ar", arabic_share, minority > MIXED_SHARE, arabic_share, french_share)
    latin_language = "fr" if french > english else "en"
    weaker = min(french_share, 1 - french_share) if fr_en else 0.0
    strength = max(french_share, 1 - french_share) if fr_en else 0.5
    mixed = arabic_share > MIXED_SHARE or (fr_en >= 10 and weaker > MIXED_SHARE)
    return Detection(latin_language, (1 - arabic_share) * strength, mixed, arabic_share, french_share)


def _is_latin(word: str) -> bool:
    return all(not c.isalpha() or c < "\u0250" for c in word)
