"""Matching phrase lists against a draft's words, aware of each language's morphology.

An entry is one or more space-separated word patterns. A pattern matches a word's
look-up form (``Word.norm``: casefolded; for Arabic without harakat/tatweel, alef
forms unified). A pattern ending in ``*`` matches any word starting with it
(``decid*`` → decided, decision). For Arabic, a word also matches after its
proclitics are stripped (و ف ب ل ك س and the article ال with its combinations), so
``قرر*`` finds وقررت and ``الامل`` finds وبالامل. A pattern ``_`` matches any one
word (``it is _ for us``); it may not open an entry. French elisions are already split
off by the tokenizer (``l’`` + ``espoir``), so ``espoir`` matches ``l’espoir``.

A pattern starting with ``*`` matches a word ending with it, with at least three
letters before (``*ed`` → walked, not "red"). With ``enclitics=True`` an Arabic word
also matches once a pronoun suffix is removed, the taa marbuta restored before it
(كرامتنا → كرامه, قلوبهم → قلوب): used for values and feelings that are "ours".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

from .text import Word, normalize_word

# Longest first: a word is tried bare, then with each proclitic chain removed.
# A preposition fused to the article (بالشرطة، كالعادة، للمديرة).
ARABIC_PREPOSITION_ARTICLES = ("بال", "كال", "لل")
ARABIC_PROCLITICS = (
    "وبال", "فبال", "وكال", "فكال", "وال", "فال", "بال", "كال", "ولل", "فلل",
    "لل", "ال", "وس", "فس", "وب", "فب", "ول", "فل", "وك", "فك", "و", "ف", "ب", "ل", "ك", "س",
)
_MIN_ARABIC_STEM = 2
# Pronoun suffixes, longest first. A lone ـه is left out: once normalised it is
# also the taa marbuta (عامة → عامه), so stripping it would turn nouns into others.
ARABIC_ENCLITICS = ("كما", "هما", "كم", "كن", "هم", "هن", "ها", "نا", "ني", "ك", "ي")
_MIN_ENCLITIC_STEM = 3
_MIN_SUFFIX_STEM = 3
_ELISION_RE = re.compile(
    r"\b(qu|lorsqu|puisqu|quoiqu|jusqu|presqu|[cdjlmnst])['\u2019](?=\w)", re.IGNORECASE
)


def arabic_forms(norm: str) -> list[str]:
    """A normalised Arabic word and the stems left after stripping proclitics."""
    return list(_arabic_forms(norm))


@lru_cache(maxsize=1 << 16)
def _arabic_forms(norm: str) -> tuple[str, ...]:
    # Memoised: every cue list looks up every word, and words repeat across a draft.
    forms = [norm]
    for clitic in ARABIC_PROCLITICS:
        if norm.startswith(clitic) and len(norm) - len(clitic) >= _MIN_ARABIC_STEM:
            stem = norm[len(clitic):]
            if clitic.endswith("س") and (not stem.startswith(_IMPERFECT_PREFIXES) or norm in _NOT_FUTURE
                                         or (stem.startswith("ا") and len(stem) < _MIN_FUTURE_I_STEM)):
                continue  # سـ marks a future only on an imperfect: سكان is "residents", not سـ + كان
            forms.append(stem)
    return tuple(forms)


# The person prefixes of an imperfect, once normalised (أ → ا): سيعود، ستغلق، سنبني، سأعود.
# (Dropping ا lost more than it fixed; the name Salem, «سالم» / «سالمة», is no سـ + ألم.)
_IMPERFECT_PREFIXES = ("ي", "ت", "ن", "ا")
# "I will…" is أ and at least three letters of the verb (سأعود، سأكون): ساكن is "a resident",
# not سـ + أكن (a form said only after لم).
_MIN_FUTURE_I_STEM = 4
_NOT_FUTURE = frozenset({"سالم", "وسالم", "فسالم", "سالمه", "وسالمه", "فسالمه", "سالمي", "وسالمي"})


def arabic_enclitic_forms(forms: Sequence[str]) -> list[str]:
    """Each form without a pronoun suffix (a final ت read back as taa marbuta ه too), or
    without the alif of the accusative tanween (أملاً → امل)."""
    stems: list[str] = []
    for form in forms:
        if form.endswith("ا") and len(form) > _MIN_ENCLITIC_STEM:
            stems.append(form[:-1])
        for suffix in ARABIC_ENCLITICS:
            if form.endswith(suffix) and len(form) - len(suffix) >= _MIN_ENCLITIC_STEM:
                stem = form[: -len(suffix)]
                stems.append(stem)
                if stem.endswith("ت"):
                    stems.append(stem[:-1] + "ه")
                break
    return stems


def word_forms(word: Word, language: str, enclitics: bool = False) -> tuple[str, ...]:
    """The forms a pattern may match: the look-up form, and for Arabic its stems."""
    if language == "ar":
        return _arabic_word_forms(word.norm, enclitics)
    return (word.norm,)


@lru_cache(maxsize=1 << 16)
def _arabic_word_forms(norm: str, enclitics: bool) -> tuple[str, ...]:
    forms = list(_arabic_forms(norm))
    return tuple(forms + arabic_enclitic_forms(forms)) if enclitics else tuple(forms)


@dataclass(frozen=True)
class Pattern:
    text: str
    prefix: bool
    suffix: bool = False

    def matches(self, forms: Sequence[str]) -> bool:
        if self.suffix:
            return any(
                form.endswith(self.text) and len(form) - len(self.text) >= _MIN_SUFFIX_STEM
                for form in forms
            )
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

    def __init__(self, entries: Iterable[str], language: str, *, enclitics: bool = False):
        self.language = language
        self.enclitics = enclitics and language == "ar"
        self.entries = tuple(e for e in entries if e.strip())
        self._compiled: list[tuple[str, tuple[Pattern, ...]]] = []
        for entry in self.entries:
            tokens = entry.split()
            if language == "fr":  # split elisions like the tokenizer does: j'ai → j' ai
                tokens = _ELISION_RE.sub(r"\1' ", " ".join(tokens)).split()
            patterns = tuple(self._compile(token) for token in tokens)
            self._compiled.append((entry, patterns))
        # Words repeat a lot in a draft: look each distinct set of forms up once.
        self._cached_candidates = lru_cache(maxsize=65_536)(self._candidates)

    def _compile(self, token: str) -> Pattern:
        if token == "_":  # any one word (never first: entries are indexed by their first word)
            return Pattern("", True)
        suffix = token.startswith("*") and len(token) > 1
        prefix = token.endswith("*") and not suffix
        core = token.strip("*") if (prefix or suffix) else token
        # Normalised like the words they meet; an apostrophe ends an elided French word.
        return Pattern(normalize_word(core, self.language), prefix, suffix)

    @cached_property
    def _index(self) -> tuple[dict[str, list], dict[str, list], list]:
        """Entries keyed by their first pattern: exact words, stems (``x*``); endings (``*x``)."""
        exact: dict[str, list[tuple[str, tuple[Pattern, ...]]]] = {}
        stems: dict[str, list[tuple[str, tuple[Pattern, ...]]]] = {}
        endings: list[tuple[str, tuple[Pattern, ...]]] = []
        for entry, patterns in sorted(self._compiled, key=lambda item: -len(item[1])):
            first = patterns[0]
            if first.suffix:
                endings.append((entry, patterns))
                continue
            (stems if first.prefix else exact).setdefault(first.text, []).append((entry, patterns))
        return exact, stems, endings

    @cached_property
    def _stem_lengths(self) -> tuple[int, ...]:
        return tuple(sorted({len(stem) for stem in self._index[1]}))

    def _candidates(self, forms: tuple[str, ...]) -> list[tuple[str, tuple[Pattern, ...]]]:
        exact, stems, endings = self._index
        found: list[tuple[str, tuple[Pattern, ...]]] = [e for e in endings if e[1][0].matches(forms)]
        for form in forms:
            found.extend(exact.get(form, ()))
            for cut in self._stem_lengths:
                if cut > len(form):
                    break
                found.extend(stems.get(form[:cut], ()))
        return sorted(found, key=lambda item: -len(item[1]))

    def find(self, words: Sequence[Word]) -> list[Match]:
        """Non-overlapping matches, longest entry first at each position."""
        if self.language == "ar":  # the forms of every word, memoised (the hot path)
            forms = [_arabic_word_forms(w.norm, self.enclitics) for w in words]
        else:
            forms = [(w.norm,) for w in words]
        matches: list[Match] = []
        candidates = self._cached_candidates
        i = 0
        while i < len(words):
            # Most words start no entry: skip them without a call to _match_at (the hot path).
            found = self._match_at(forms, i) if candidates(forms[i]) else None
            if found is None:
                i += 1
                continue
            entry, length = found
            matches.append(Match(words[i].start, words[i + length - 1].end, entry, i, i + length - 1))
            i += length
        return matches

    def _match_at(self, forms: Sequence[Sequence[str]], i: int) -> tuple[str, int] | None:
        for entry, patterns in self._cached_candidates(forms[i]):
            n = len(patterns)
            if i + n <= len(forms) and all(p.matches(forms[i + k]) for k, p in enumerate(patterns)):
                return entry, n
        return None

    def contains(self, words: Sequence[Word]) -> bool:
        return bool(self.find(words))

    def __len__(self) -> int:
        return len(self.entries)
