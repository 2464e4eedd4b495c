"""Matching phrase lists against a draft's words, aware of each language's morphology.

An entry is one or more space-separated word patterns. A pattern matches a word's
look-up form (``Word.norm``: casefolded; for Arabic without harakat/tatweel, alef
forms unified). A pattern ending in ``*`` matches any word starting with it
(``decid*`` → decided, decision). For Arabic, a word also matches after its
proclitics are stripped (و ف ب ل ك س and the article ال with its combinations), so
``قرر*`` finds وقررت and ``الامل`` finds وبالامل. French elisions are already split
off by the tokenizer (``l’`` + ``espoir``), so ``espoir`` matches ``l’espoir``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property

from .text import Word, normalize_word

# Longest first: a word is tried bare, then with each proclitic chain removed.
ARABIC_PROCLITICS = (
    "وبال", "فبال", "وكال", "فكال", "وال", "فال", "بال", "كال", "ولل", "فلل",
    "لل", "ال", "وس", "فس", "وب", "فب", "ول", "فل", "وك", "فك", "و", "ف", "ب", "ل", "ك", "س",
)
_MIN_ARABIC_STEM = 2
_ELISION_RE = re.compile(
    r"\b(qu|lorsqu|puisqu|quoiqu|jusqu|presqu|[cdjlmnst])['\u2019](?=\w)", re.IGNORECASE
)


def arabic_forms(norm: str) -> list[str]:
    """A normalised Arabic word and the stems left after stripping proclitics."""
    forms = [norm]
    for clitic in ARABIC_PROCLITICS:
        if norm.startswith(clitic) and len(norm) - len(clitic) >= _MIN_ARABIC_STEM:
            forms.append(norm[len(clitic):])
    return forms


def word_forms(word: Word, language: str) -> list[str]:
    if language == "ar":
        return arabic_forms(word.norm)
    return [word.norm]


@dataclass(frozen=True)
class Pattern:
    text: str
    prefix: bool

    def matches(self, forms: Sequence[str]) -> bool:
        if self.prefix:
            return any(form.startswith(self.text) for form in forms)
        return self.text in forms


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    entry: str  # the lexicon entry as written in the data file
    first_word: int  # index into the words searched
    last_word: int


class Lexicon:
    """A phrase list for one language, matched word by word."""

    def __init__(self, entries: Iterable[str], language: str):
        self.language = language
        self.entries = tuple(e for e in entries if e.strip())
        self._compiled: list[tuple[str, tuple[Pattern, ...]]] = []
        for entry in self.entries:
            tokens = entry.split()
            if language == "fr":  # split elisions like the tokenizer does: j'ai → j' ai
                tokens = _ELISION_RE.sub(r"\1' ", " ".join(tokens)).split()
            patterns = tuple(self._compile(token) for token in tokens)
            self._compiled.append((entry, patterns))

    def _compile(self, token: str) -> Pattern:
        prefix = token.endswith("*")
        core = token[:-1] if prefix else token
        # Normalised like the words they meet; an apostrophe ends an elided French word.
        return Pattern(normalize_word(core, self.language), prefix)

    @cached_property
    def _index(self) -> tuple[dict[str, list], dict[str, list]]:
        """Entries keyed by their first pattern: exact words, and stems ending in ``*``."""
        exact: dict[str, list[tuple[str, tuple[Pattern, ...]]]] = {}
        stems: dict[str, list[tuple[str, tuple[Pattern, ...]]]] = {}
        for entry, patterns in sorted(self._compiled, key=lambda item: -len(item[1])):
            first = patterns[0]
            (stems if first.prefix else exact).setdefault(first.text, []).append((entry, patterns))
        return exact, stems

    def _candidates(self, forms: Sequence[str]) -> list[tuple[str, tuple[Pattern, ...]]]:
        exact, stems = self._index
        found: list[tuple[str, tuple[Pattern, ...]]] = []
        for form in forms:
            found.extend(exact.get(form, ()))
            for cut in range(1, len(form) + 1):
                found.extend(stems.get(form[:cut], ()))
        return sorted(found, key=lambda item: -len(item[1]))

    def find(self, words: Sequence[Word]) -> list[Match]:
        """Non-overlapping matches, longest entry first at each position."""
        forms = [word_forms(w, self.language) for w in words]
        matches: list[Match] = []
        i = 0
        while i < len(words):
            found = self._match_at(forms, i)
            if found is None:
                i += 1
                continue
            entry, length = found
            matches.append(Match(words[i].start, words[i + length - 1].end, entry, i, i + length - 1))
            i += length
        return matches

    def _match_at(self, forms: Sequence[Sequence[str]], i: int) -> tuple[str, int] | None:
        for entry, patterns in self._candidates(forms[i]):
            n = len(patterns)
            if i + n <= len(forms) and all(p.matches(forms[i + k]) for k, p in enumerate(patterns)):
                return entry, n
        return None

    def contains(self, words: Sequence[Word]) -> bool:
        return bool(self.find(words))

    def __len__(self) -> int:
        return len(self.entries)
