"""Statistics and their sources: "accuracy of facts matters more than speed".

A statistic is a percentage (45 %, ٤٥٪, 45 percent), a number with a statistic word
(a rate, an average, 3,400 incidents), a large count in digits, or a share said in
words (half of, la moitié, نصف الشباب). Shares and ratios said in words are found in
every language the same way: a ratio is a number, a few words, a link and a number
("one young person in three", "1 in 3", « un jeune sur trois », واحد من كل ثلاثة,
من كل 3); a fraction is a share when an approximation stands before it ("more than
half", « plus de la moitié », أكثر من نصف) or, in Arabic, when it heads a construct
naming a group (نصف سكان الحي) — never before a unit of time or distance ("half an
hour", نصف ساعة).

A statistic is sourced when a source is named in its sentence, in the sentence before
it, or in the sentence after it (same paragraph). The sentence after only covers it
when it refers back: it has no statistic of its own, or it says "this figure",
« ce chiffre », هذا الرقم. Otherwise "X %. Selon l'Insee, Y %." sources Y, not X.
A source is a phrase like "according to", « selon », بحسب / وفقاً لـ, an organisation,
or a report, study or survey named by a proper name or a year ("Unia's 2023 report").
"Studies show…" names no one, so it is not a source.

Phrase lists: ``data/lang/<lang>/facts.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from pydantic import Field

from .languages import StrictData, load_language_file
from .lexicon import Lexicon, arabic_forms
from .text import ParsedDraft, Sentence, Word, normalize_word

# A percent sign right after a number, perhaps after a (no-break) space: 45 %, ٤٥٪.
PERCENT_RE = re.compile("[ \u00a0\u202f]?[%\u066a]")
_NAME_RE = re.compile(r"[A-ZÀ-Ý]\w")
_NOT_NAMES = frozenset({"i'm", "i've", "i'd", "i'll"})
_YEAR_RE = re.compile(r"(?:1[89]|20)\d{2}")
_LARGE_COUNT = 100
# How many words may stand between the two numbers of a ratio: "one young person in three".
_RATIO_GAP = 3
# How far after a fraction its unit may come: "half of the time" (of, the, time).
_MEASURE_REACH = 3
# Two sentences speak of the same thing when they share a content word: its first letters
# (a crude stem: contrôlées / contrôlés, stopped / stopped, البطالة / بطالة).
_STEM = {"ar": 4}
_DEFAULT_STEM = 5


def is_proper_name(word: str) -> bool:
    """A capitalised word inside a sentence (en, fr): a proper name, not "I" or "I'm"."""
    return bool(_NAME_RE.match(word)) and word.casefold().replace("\u2019", "'") not in _NOT_NAMES


class FactData(StrictData):
    """``facts.toml``: statistic markers and source markers."""

    number_markers: tuple[str, ...] = ()
    statistic_words: tuple[str, ...] = ()
    statistic_phrases: tuple[str, ...] = ()
    sources: tuple[str, ...] = Field(min_length=1)
    organisations: tuple[str, ...] = ()
    report_words: tuple[str, ...] = ()
    # Shares and ratios said in words (see the module docstring).
    fractions: tuple[str, ...] = ()
    approximators: tuple[str, ...] = ()
    ratio_links: tuple[str, ...] = ()
    ratio_numbers: tuple[str, ...] = ()
    ratio_needs_first_number: bool = True
    ratio_ones: tuple[str, ...] = ()  # never the second number of a ratio: « chacun » (من كل واحد)
    construct_fractions: bool = False  # Arabic: نصف سكان الحي
    # Right after a fraction or a ratio, these make it a measure, not a share: half an hour.
    measure_words: tuple[str, ...] = ()
    # A following sentence with its own figure covers this one only if it says one of these,
    # or if it goes on about the same thing (a content word in common, these left aside).
    back_references: tuple[str, ...] = ()
    topic_stopwords: tuple[str, ...] = ()


@dataclass(frozen=True)
class FactLexicons:
    number_markers: Lexicon
    statistic_words: Lexicon
    statistic_phrases: Lexicon
    sources: Lexicon
    organisations: Lexicon
    report_words: Lexicon
    fractions: Lexicon
    approximators: Lexicon
    ratio_links: Lexicon
    ratio_numbers: Lexicon
    ratio_needs_first_number: bool
    ratio_ones: frozenset[str]
    construct_fractions: bool
    measure_words: Lexicon
    back_references: Lexicon
    topic_stopwords: frozenset[str]


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
        fractions=Lexicon(data.fractions, language),
        approximators=Lexicon(data.approximators, language),
        ratio_links=Lexicon(data.ratio_links, language),
        ratio_numbers=Lexicon(data.ratio_numbers, language),
        ratio_needs_first_number=data.ratio_needs_first_number,
        ratio_ones=frozenset(normalize_word(w, language) for w in data.ratio_ones),
        construct_fractions=data.construct_fractions,
        measure_words=Lexicon(data.measure_words, language),
        back_references=Lexicon(data.back_references, language),
        topic_stopwords=frozenset(normalize_word(w, language) for w in data.topic_stopwords),
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
    spans.extend(  # not a measure: « la moitié du temps », نصف الطريق
        (m.start, m.end) for m in lexicons.statistic_phrases.find(words)
        if not _is_measure(words, m.last_word, lexicons, _MEASURE_REACH + 1)
    )
    spans.extend(_shares_in_words(words, lexicons))
    return [Statistic(sentence.index, a, b) for a, b in sorted(set(spans))]


def _is_measure(words: Sequence[Word], i: int, lexicons: FactLexicons, reach: int = 1) -> bool:
    """A unit from word ``i`` on, within ``reach`` words: one in three days; for a fraction
    (reach ``_MEASURE_REACH``) half an hour, half of the time, « la moitié du temps », نصف ساعة."""
    return any(
        lexicons.measure_words.find(words[k : k + 1]) for k in range(i, min(len(words), i + reach))
    )


def _shares_in_words(words: Sequence[Word], lexicons: FactLexicons) -> list[tuple[int, int]]:
    """Ratios ("one in three", "1 sur 3", من كل ثلاثة) and approximated fractions ("more
    than half", « près d'un tiers », أكثر من نصف), as spans."""
    spans: list[tuple[int, int]] = []
    numbers = {m.first_word: m.last_word for m in lexicons.ratio_numbers.find(words)}

    def number_at(i: int) -> int | None:
        """The last word of a number starting at word ``i`` (digits or a word), else None."""
        if i >= len(words):
            return None
        if any(c.isdigit() for c in words[i].norm) and not _YEAR_RE.fullmatch(words[i].norm):
            return i
        return numbers.get(i)

    for link in lexicons.ratio_links.find(words):
        last = number_at(link.last_word + 1)
        if last is None or _is_measure(words, last + 1, lexicons):
            continue
        if words[last].norm in lexicons.ratio_ones or _number_value(words[last].norm) == 1:
            continue  # "out of one"'s only reading is "each": من كل واحد منكم
        first = next(
            (k for k in range(link.first_word - 1, max(-1, link.first_word - 2 - _RATIO_GAP), -1)
             if number_at(k) is not None),
            None,
        )
        if first is None and lexicons.ratio_needs_first_number:
            continue
        spans.append((words[link.first_word if first is None else first].start, words[last].end))
    approximated = {m.last_word + 1: m.start for m in lexicons.approximators.find(words)}
    for match in lexicons.fractions.find(words):
        after = match.last_word + 1
        if _is_measure(words, after, lexicons, _MEASURE_REACH):
            continue
        if match.first_word in approximated:
            spans.append((approximated[match.first_word], match.end))
        elif lexicons.construct_fractions and after + 1 < len(words) and (
            not words[after].norm.startswith("ال") and words[after + 1].norm.startswith("ال")
            and not lexicons.measure_words.find(words[after + 1 : after + 2])
        ):
            spans.append((match.start, words[after + 1].end))
    return spans


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


def _topic_stems(sentence: Sentence, language: str) -> set[str]:
    stopwords = load_fact_lexicons(language).topic_stopwords
    size = _STEM.get(language, _DEFAULT_STEM)
    stems: set[str] = set()
    for word in sentence.words:
        form = min(arabic_forms(word.norm), key=len) if language == "ar" else word.norm
        if len(form) >= size and form.isalpha() and not {word.norm, form} & stopwords:
            stems.add(form[:size])
    return stems


def _same_topic(a: Sentence, b: Sentence, language: str) -> bool:
    """The two sentences share a content word: the second goes on about the first's subject."""
    return bool(_topic_stems(a, language) & _topic_stems(b, language))


@lru_cache(maxsize=16)
def find_statistic_sentences(draft: ParsedDraft) -> tuple[StatisticSentence, ...]:
    """Sentences with statistics, each with the sources in or next to it (same paragraph).

    The sentence before may carry the source forward ("According to Unia: … 60 % …"); the
    sentence after covers a figure only when it refers back to it (see the module docstring).
    """
    language = draft.language
    back_references = load_fact_lexicons(language).back_references
    sources = {s.index: find_sources(s, language) for s in draft.sentences}
    statistics = {s.index: find_statistics(s, draft.text, language) for s in draft.sentences}
    found: list[StatisticSentence] = []
    for sentence in draft.sentences:
        if not statistics[sentence.index]:
            continue
        nearby: list[tuple[int, int]] = list(sources[sentence.index])
        for neighbour in (sentence.index - 1, sentence.index + 1):
            if not 0 <= neighbour < len(draft.sentences):
                continue
            other = draft.sentences[neighbour]
            if other.block != sentence.block:
                continue
            if neighbour > sentence.index and statistics[neighbour] and not (
                back_references.find(other.words) or _same_topic(sentence, other, language)
            ):
                continue  # it sources its own figure, about something else
            nearby += sources[neighbour]
        found.append(StatisticSentence(sentence, tuple(statistics[sentence.index]), tuple(sorted(nearby))))
    return tuple(found)
