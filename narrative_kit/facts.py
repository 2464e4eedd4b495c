"""Statistics and their sources: "accuracy of facts matters more than speed".

A statistic is a percentage (45 %, ٤٥٪, 45 percent), a number with a statistic word
(a rate, an average, 3,400 incidents), a large count in digits, or a share said in
words (half of, one in four, la moitié, نصف الشباب). It is sourced when a source is
named in its sentence or in the sentence before or after it, in the same paragraph:
a phrase like "according to", « selon », بحسب / وفقاً لـ, an organisation, or a
report, study or survey named by a proper name or a year ("Unia's 2023 report").
"Studies show…" names no one, so it is not a source.

Phrase lists: ``data/lang/<lang>/facts.toml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from pydantic import Field

from .languages import StrictData, load_language_file
from .lexicon import Lexicon
from .signals import PERCENT_RE, is_proper_name
from .text import ParsedDraft, Sentence

_YEAR_RE = re.compile(r"(?:1[89]|20)\d{2}")
_LARGE_COUNT = 100


class FactData(StrictData):
    """``facts.toml``: statistic markers and source markers."""

    number_markers: tuple[str, ...] = ()
    statistic_words: tuple[str, ...] = ()
    statistic_phrases: tuple[str, ...] = ()
    sources: tuple[str, ...] = Field(min_length=1)
    organisations: tuple[str, ...] = ()
    report_words: tuple[str, ...] = ()


@dataclass(frozen=True)
class FactLexicons:
    number_markers: Lexicon
    statistic_words: Lexicon
    statistic_phrases: Lexicon
    sources: Lexicon
    organisations: Lexicon
    report_words: Lexicon


@cache
def load_fact_lexicons(language: str) -> FactLexicons:
    data = load_language_file(language, "facts.toml", FactData)
    return FactLexicons(
        number_markers=Lexicon(data.number_markers, language),
        statistic_words=Lexicon(data.statistic_words, language),
        statistic_phrases=Lexicon(data.statistic_phrases, language),
        sources=Lexicon(data.sources, language),
        organisations=Lexicon(data.organisations, language),
        report_words=Lexicon(data.report_words, language),
    )


@dataclass(frozen=True)
class Statistic:
    sentence_index: int
    start: int
    end: int


@dataclass(frozen=True)
class StatisticSentence:
    """A sentence with statistics, and the source spans found in or next to it."""

    sentence: Sentence
    statistics: tuple[Statistic, ...]
    sources: tuple[tuple[int, int], ...]

    @property
    def sourced(self) -> bool:
        return bool(self.sources)


def _number_value(norm: str) -> float | None:
    digits = norm.replace(",", "").replace("\u066c", "")
    try:
        return float(digits)
    except ValueError:
        return None


def find_statistics(sentence: Sentence, text: str, language: str) -> list[Statistic]:
    """The statistics of one sentence, as spans of the draft."""
    lexicons = load_fact_lexicons(language)
    words = sentence.words
    spans: list[tuple[int, int]] = []
    has_statistic_word = bool(lexicons.statistic_words.find(words))
    markers = {m.first_word: m for m in lexicons.number_markers.find(words)}
    for i, word in enumerate(words):
        if not any(c.isdigit() for c in word.norm):
            continue
        percent = PERCENT_RE.match(text, word.end)
        marker = markers.get(i + 1)
        value = _number_value(word.norm)
        is_year = bool(_YEAR_RE.fullmatch(word.norm))
        if percent:
            spans.append((word.start, percent.end()))
        elif marker is not None:
            spans.append((word.start, marker.end))
        elif not is_year and (has_statistic_word or (value is not None and value >= _LARGE_COUNT)):
            end = words[i + 1].end if i + 1 < len(words) else word.end
            spans.append((word.start, end))
    spans.extend((m.start, m.end) for m in lexicons.statistic_phrases.find(words))
    return [Statistic(sentence.index, a, b) for a, b in sorted(set(spans))]


def find_sources(sentence: Sentence, language: str) -> list[tuple[int, int]]:
    """Spans naming a source in one sentence."""
    lexicons = load_fact_lexicons(language)
    words = sentence.words
    spans = [(m.start, m.end) for m in lexicons.sources.find(words)]
    spans += [(m.start, m.end) for m in lexicons.organisations.find(words)]
    reports = lexicons.report_words.find(words)
    if reports:
        # A report is a source when it is named: by a proper name or by its year.
        named = any(_YEAR_RE.fullmatch(w.norm) for w in words) or (
            language != "ar" and any(is_proper_name(w.text) for w in words[1:])
        )
        if named:
            spans += [(m.start, m.end) for m in reports]
    return sorted(set(spans))


@lru_cache(maxsize=16)
def find_statistic_sentences(draft: ParsedDraft) -> tuple[StatisticSentence, ...]:
    """Sentences with statistics, each with the sources in or next to it (same paragraph)."""
    sources = {s.index: find_sources(s, draft.language) for s in draft.sentences}
    found: list[StatisticSentence] = []
    for sentence in draft.sentences:
        statistics = find_statistics(sentence, draft.text, draft.language)
        if not statistics:
            continue
        nearby: list[tuple[int, int]] = list(sources[sentence.index])
        for neighbour in (sentence.index - 1, sentence.index + 1):
            if 0 <= neighbour < len(draft.sentences) and (
                draft.sentences[neighbour].block == sentence.block
            ):
                nearby += sources[neighbour]
        found.append(StatisticSentence(sentence, tuple(statistics), tuple(sorted(nearby))))
    return tuple(found)
