"""Statistics and their sources: "accuracy of facts matters more than speed".

A statistic is a claim about the world: a count, share, rate or percentage of people
or things. It is a percentage (45 %, ٤٥٪, 45 percent), a number with a statistic word
(a rate, an average, 3,400 incidents), a large count in digits (3,000 families; the
French "3 000" counts as one number), or a share said in words (half of, la moitié,
نصف الشباب). Shares and ratios said in words are found in every language the same
way: a ratio is a number, a few words, a link and a number ("one young person in
three", "1 in 3", « un jeune sur trois », واحد من كل ثلاثة, من كل 3); a fraction is a
share when an approximation stands before it ("more than half", « plus de la moitié »,
أكثر من نصف) or, in Arabic, when it heads a construct naming a group (نصف سكان الحي) —
never before a unit of time or distance ("half an hour", نصف ساعة).

Many numbers in a story count nothing in the world, and are never statistics (see
``number_role``): a year or a date (March 9, 2016), a time of day (10 a.m., 14 h,
الساعة 6), a phone number, a number that names or places (Room 114, line 92, salle 3,
القاعة 4, Lyon 2), an address (412 Salem Avenue, 12 rue Haute, شارع 7 نوفمبر) and an
age (aged 17, « à 17 ans », عمري 15 سنة). A number with a unit of time, money or
distance is a measure (15 years, 150 dirhams, 300 km): a statistic only when the
sentence says it is an average (« l'attente moyenne est de 18 mois »).

The teller's own activity is testimony, not a statistic about the world: "we trained
300 teachers", "our club has helped 160 young people", « notre association a accueilli
1 200 familles », درّبنا ٣٠٠ معلم. A careful coach does not ask where such a count comes
from (the teller is the source, and the listener knows it), so it is not flagged. It
is still a figure: it weighs on the fact side of the balance (signals.py). It is the
teller's own when "I", "we" or "our <group>" leads the clause, before the number, with
no "that" / « que » / أن between (which would report someone else's figure, "we know
that 40 % …") and no comma. Percentages and shares are never taken as the teller's
own: "we have 40 % unemployment" speaks of the world; only a share of "my" things is
("more than half of my hives", « la moitié de mes ruches », نصف خلاياي). A group that speaks of itself in
the third person ("the association has trained 200 …") cannot be told from a report
on others: it is flagged, and the fix is the same (say "we", or name the source).

A statistic is sourced when a source is named in its sentence, in the sentence before
it, or in the sentence after it (same paragraph). The sentence after only covers it
when it refers back: it has no statistic of its own, or it says "this figure",
« ce chiffre », هذا الرقم. Otherwise "X %. Selon l'Insee, Y %." sources Y, not X.
A source is a phrase like "according to", « selon », بحسب / وفقاً لـ, an organisation,
a report, study or survey named by a proper name or a year ("Unia's 2023 report"), or
a label before a colon ("Source: Eurostat"; "a source of hope" names no one).
"Studies show…" names no one, so it is not a source.

Phrase lists: ``data/lang/<lang>/facts.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from pydantic import Field

from .asks import load_ask_lexicons
from .languages import StrictData, load_language_file
from .lexicon import Lexicon, arabic_forms
from .person import first_person_plural, first_person_singular
from .text import ParsedDraft, Sentence, Word, normalize_word, numbered

# A percent sign right after a number, perhaps after a (no-break) space: 45 %, ٤٥٪.
PERCENT_RE = re.compile("[ \u00a0\u202f]?[%\u066a]")
# A time of day: after the number (10 a.m., 9:30, 14 h), or before it ("8 h 10", الساعة 6).
CLOCK_AFTER_RE = re.compile(r"[ \u00a0\u202f]?(?:[:h]\d\d|h\b|[ap]\.?m\b\.?)", re.IGNORECASE)
# A time on the 24-hour clock written with its leading zero (0900), or the end of a span
# that starts with one (0900 to 1100, 0800–1730): no count is written so.
_ZERO_CLOCK_RE = re.compile(r"0\d[0-5]\d")
_CLOCK_SPAN_RE = re.compile(r"\b0\d[0-5]\d\s*(?:-|\u2013|\u2014|to|until|till|à|au|إلى|الى|حتى)\s*$")
_CLOCK_DIGITS_RE = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
CLOCK_BEFORE_RE = re.compile(r"(?:(?:الساعة|الساعه)\s*|\d[ \u00a0\u202f]?h[ \u00a0\u202f]?|\d:)$")
# A phone number: international (+44 20 7946 0958), national with a leading 0
# (01 45 67 89 10, 0161 496 0123, 0612345678), or North American (555-0142).
_PHONE_RE = re.compile(
    r"(?<![\w+])(?:\+\d[\d \u00a0.\-()]{6,}\d|\(?[0٠۰]\d[\d \u00a0.\-()]{6,}\d"  # ٠٩١…: Arabic-Indic 0
    r"|\(?\d{3}\)?[ .\-]\d{3}[.\-]\d{4}|\d{3}-\d{4})(?!\d)"
)
_PHONE_DIGITS = 7
# A currency sign before or after the number: $150, 150 €.
_CURRENCY_BEFORE_RE = re.compile(r"[$€£¥][ \u00a0\u202f]?$")
_CURRENCY_AFTER_RE = re.compile(r"[ \u00a0\u202f]?[$€£¥]")
# Between the digit groups of one number: 3 000, 1 200 000 (French), ٣٬٠٠٠.
_GROUP_GAP_RE = re.compile("[ \u00a0\u202f\u2009\u066c]")
_GROUP_HEAD_RE = re.compile(r"\d{1,3}")
_GROUP_RE = re.compile(r"\d{3}")
# A number in digits, perhaps with an Arabic conjunction or preposition attached: و٢٩, ب٣٠٠.
_PLAIN_RE = re.compile(r"(?:[وفبلك]{1,2})?(\d+(?:[.,]\d+)*)")
# Before a number, punctuation that ends the clause of the teller's own subject.
_CLAUSE_BREAK_RE = re.compile(r"[,;:()\u060c\u061b\u2013\u2014]")
# After a source label: "Source: Eurostat", « Sources : Insee », « Source – OCDE ».
_LABEL_COLON_RE = re.compile("[ \u00a0\u202f]*[:\uff1a\u2013\u2014-]")
_NAME_RE = re.compile(r"[A-ZÀ-Ý]\w")
_NOT_NAMES = frozenset({"i'm", "i've", "i'd", "i'll"})
_YEAR_RE = re.compile(r"(?:1[89]|20)\d{2}")
_LARGE_COUNT = 100
# A small number right after a proper name is part of the name: Lyon 2, Paris 8, Apollo 11.
_NAME_NUMBER = 100
# How many words may stand between the two numbers of a ratio: "one young person in three".
_RATIO_GAP = 3
# A report's owner stands this many words before it at most: "our district's climate survey".
_OWNER_REACH = 2
# Who counted stands this many words before the verb at most: "le Secours populaire a compté".
_NAMER_REACH = 2
# « de cinq heures à midi », «من الفجر إلى الليل»: how far after "from" the "to" may come.
_RANGE_REACH = 3
# "any public school or agency": the farthest "any" may stand before an organisation word.
_UNNAMED_REACH = 4
# How far after a fraction its unit may come: "half of the time" (of, the, time).
_MEASURE_REACH = 3
# How many capitalised words may stand between a house number and its street: 412 Salem Avenue.
_ADDRESS_REACH = 3
# How far before its number the teller's own subject may stand: "I have trained more than 300".
_OWN_REACH = 6
# How far a list of the teller's own counts may run, from one count to the next.
_OWN_LIST_REACH = 20
_LIST_BREAK_RE = re.compile(r"[.;!?؛؟…\n]")
# Two sentences speak of the same thing when they share a content word: its first letters
# (a crude stem: contrôlées / contrôlés, stopped / stopped, البطالة / بطالة).
_STEM = {"ar": 4}
_DEFAULT_STEM = 5

# Roles of numbers that count nothing (see ``number_role``).
NOT_QUANTITIES = frozenset({"year", "date", "time", "phone", "label", "name", "address", "age"})


def is_proper_name(word: str) -> bool:
    """A capitalised word inside a sentence (en, fr): a proper name, not "I" or "I'm"."""
    return bool(_NAME_RE.match(word)) and word.casefold().replace("\u2019", "'") not in _NOT_NAMES


class FactData(StrictData):
    """``facts.toml``: statistic markers and source markers."""

    number_markers: tuple[str, ...] = ()
    percent_words: tuple[str, ...] = ()
    # Numbers written in words (see ``spelled_numbers``): "thirty-eight percent", « six mille ».
    number_words: tuple[str, ...] = ()
    number_links: tuple[str, ...] = ()
    large_number_words: tuple[str, ...] = ()
    # "a hundred percent sure": a way of saying "sure", no share; "two thousand and five": a year.
    whole_percents: tuple[str, ...] = ()
    spelled_year_heads: tuple[str, ...] = ()
    # "one", « un », «واحد»: an article or a pronoun as often as a count.
    single_words: tuple[str, ...] = ()
    # Numbers under ten ("two friends", « trois enfants », «ثلاثة أطفال»): the people of a
    # story. From ten up, a count said in words is a figure as its digits would be.
    small_number_words: tuple[str, ...] = ()
    # After a count in words, these make it an age or an hour: "twenty now", "ten till one".
    count_stops: tuple[str, ...] = ()
    # Before a count in words, these make it an ordinal: «في الخامسة عشرة» (at fifteen).
    ordinal_heads: tuple[str, ...] = ()
    # …or an age or an hour: "at sixteen", "by eleven", "from nine to eleven".
    count_stops_before: tuple[str, ...] = ()
    # A count in words opening with one of these, then a tens word, says a year: "nineteen fifty".
    year_centuries: tuple[str, ...] = ()
    statistic_words: tuple[str, ...] = ()
    statistic_phrases: tuple[str, ...] = ()
    sources: tuple[str, ...] = Field(min_length=1)
    # "Source: Eurostat": a source only before a colon or a dash ("a source of hope" is none).
    source_labels: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    # "in any school or institution", « aucune institution », «بأي روض أو مؤسسة»: an
    # organisation after one of these is no one in particular, no source.
    unnamed_before: tuple[str, ...] = ()
    unnamed_links: tuple[str, ...] = ()  # "or": "any school or institution"
    report_words: tuple[str, ...] = ()
    # A few words after a report word, these make the reports what is counted, not a
    # source: "bias incident reports in New Jersey hit a record", "reports to the county doubled".
    report_changes: tuple[str, ...] = ()
    report_links: tuple[str, ...] = ()  # between them: "reports in New Jersey", « au parquet »
    # After a proper name, these make it a source: "The Anti-Defamation League counted…";
    # never with one of ``namer_gap_not`` between ("in Chicago I found…").
    source_verbs: tuple[str, ...] = ()
    namer_gap_not: tuple[str, ...] = ()
    # Before a possessive owner, these make a report named: "our district's survey".
    owner_determiners: tuple[str, ...] = ()
    # Shares and ratios said in words (see the module docstring).
    fractions: tuple[str, ...] = ()
    # Fractions that are shares only after an approximator (Darija «نص»: "more than half").
    approximated_only: tuple[str, ...] = ()
    approximators: tuple[str, ...] = ()
    ratio_links: tuple[str, ...] = ()
    # After a ratio of units, what it is a share of: "eight minutes out of ten of the news".
    share_of: tuple[str, ...] = ()
    range_links: tuple[str, ...] = ()  # "from … to": a span of time, not what a share is of
    ratio_numbers: tuple[str, ...] = ()
    ratio_needs_first_number: bool = True
    ratio_ones: tuple[str, ...] = ()  # never the second number of a ratio: « chacun » (من كل واحد)
    construct_fractions: bool = False  # Arabic: نصف سكان الحي
    # Right after a fraction or a ratio, these make it a measure, not a share: half an hour.
    measure_words: tuple[str, ...] = ()
    # Right after a ratio's first number, how often: "one Thursday in two".
    often_words: tuple[str, ...] = ()
    # These open a period, not the thing a share measures: "rose by a third in one year".
    period_links: tuple[str, ...] = ()
    # A following sentence with its own figure covers this one only if it says one of these,
    # or if it goes on about the same thing (a content word in common, these left aside).
    back_references: tuple[str, ...] = ()
    # Opening a sentence, these say the figure is of the teller's own place ("Here on campus"):
    # the sentence before does not lend it its source.
    here_openers: tuple[str, ...] = ()
    topic_stopwords: tuple[str, ...] = ()
    # Numbers that count nothing (see ``number_role``).
    label_words: tuple[str, ...] = ()  # before a number that names or places: Room 114
    age_words: tuple[str, ...] = ()  # before an age: aged 17, عمري 15
    street_words: tuple[str, ...] = ()  # after a house number: 412 Salem Avenue, 12 rue Haute
    units: tuple[str, ...] = ()  # after a measure: 15 years, 150 dirhams, 300 km
    capacity_words: tuple[str, ...] = ()  # before a capacity: "a hall that seats 300"
    averages: tuple[str, ...] = ()  # make a measure a statistic: the average wait is 18 months
    # The teller's own activity (see the module docstring).
    own_subjects: tuple[str, ...] = ()
    complementisers: tuple[str, ...] = ()
    prepositions: tuple[str, ...] = ()  # Arabic: في مدينتنا is a place, not a subject
    # A share of the teller's own things is their story, not the world's: "half of my
    # hives", « la moitié de mes ruches », نصف خلاياي. After a share, these words (a link
    # skipped: of, de) or, in Arabic, a noun ending in "my" (ـي), say so.
    own_share_links: tuple[str, ...] = ()
    own_share_words: tuple[str, ...] = ()
    # …or what the teller does: "a third of what I sell", « le tiers de ce que je vends ».
    own_share_phrases: tuple[str, ...] = ()
    own_share_suffix: str = ""
    # …or a part of one thing handed or eaten in the story: "half the packet", « la moitié du
    # paquet », «نصف الرغيف» — no share of any people.
    thing_shares: tuple[str, ...] = ()


@dataclass(frozen=True)
class FactLexicons:
    number_markers: Lexicon
    percent_words: Lexicon
    number_words: frozenset[str]
    number_links: frozenset[str]
    large_number_words: frozenset[str]
    whole_percents: frozenset[str]
    spelled_year_heads: frozenset[str]
    single_words: frozenset[str]
    small_number_words: frozenset[str]
    count_stops: frozenset[str]
    ordinal_heads: frozenset[str]
    count_stops_before: frozenset[str]
    year_centuries: frozenset[str]
    statistic_words: Lexicon
    statistic_phrases: Lexicon
    sources: Lexicon
    source_labels: Lexicon
    organisations: Lexicon
    unnamed_before: frozenset[str]
    unnamed_links: frozenset[str]
    report_words: Lexicon
    report_changes: Lexicon
    report_links: frozenset[str]
    source_verbs: Lexicon
    namer_gap_not: frozenset[str]
    owner_determiners: frozenset[str]
    fractions: Lexicon
    approximated_only: frozenset[str]
    approximators: Lexicon
    ratio_links: Lexicon
    share_of: frozenset[str]
    range_links: frozenset[str]
    ratio_numbers: Lexicon
    ratio_needs_first_number: bool
    ratio_ones: frozenset[str]
    construct_fractions: bool
    measure_words: Lexicon
    often_words: frozenset[str]
    period_links: Lexicon
    back_references: Lexicon
    here_openers: Lexicon
    topic_stopwords: frozenset[str]
    label_words: Lexicon
    age_words: Lexicon
    street_words: Lexicon
    units: Lexicon
    capacity_words: Lexicon
    averages: Lexicon
    own_subjects: Lexicon
    complementisers: Lexicon
    prepositions: frozenset[str]
    own_share_links: frozenset[str]
    own_share_words: frozenset[str]
    own_share_phrases: Lexicon
    own_share_suffix: str
    thing_shares: Lexicon


def _normalize_phrase(phrase: str, language: str) -> str:
    return " ".join(normalize_word(w, language) for w in phrase.split())


@cache
def load_fact_lexicons(language: str) -> FactLexicons:
    data = load_language_file(language, "facts.toml", FactData)
    return FactLexicons(
        number_markers=Lexicon(data.number_markers, language),
        percent_words=Lexicon(data.percent_words, language),
        number_words=frozenset(normalize_word(w, language) for w in data.number_words),
        number_links=frozenset(normalize_word(w, language) for w in data.number_links),
        large_number_words=frozenset(normalize_word(w, language) for w in data.large_number_words),
        whole_percents=frozenset(_normalize_phrase(p, language) for p in data.whole_percents),
        spelled_year_heads=frozenset(_normalize_phrase(p, language) for p in data.spelled_year_heads),
        single_words=frozenset(normalize_word(w, language) for w in data.single_words),
        small_number_words=frozenset(normalize_word(w, language) for w in data.small_number_words),
        count_stops=frozenset(normalize_word(w, language) for w in data.count_stops),
        ordinal_heads=frozenset(normalize_word(w, language) for w in data.ordinal_heads),
        count_stops_before=frozenset(normalize_word(w, language) for w in data.count_stops_before),
        year_centuries=frozenset(normalize_word(w, language) for w in data.year_centuries),
        statistic_words=Lexicon(data.statistic_words, language),
        statistic_phrases=Lexicon(data.statistic_phrases, language),
        sources=Lexicon(data.sources, language),
        source_labels=Lexicon(data.source_labels, language),
        unnamed_before=frozenset(_normalize_phrase(p, language) for p in data.unnamed_before),
        unnamed_links=frozenset(_normalize_phrase(p, language) for p in data.unnamed_links),
        organisations=Lexicon(data.organisations, language),
        report_words=Lexicon(data.report_words, language),
        report_changes=Lexicon(data.report_changes, language),
        report_links=frozenset(normalize_word(w, language) for w in data.report_links),
        source_verbs=Lexicon(data.source_verbs, language),
        namer_gap_not=frozenset(normalize_word(w, language) for w in data.namer_gap_not),
        owner_determiners=frozenset(normalize_word(w, language) for w in data.owner_determiners),
        fractions=Lexicon(data.fractions, language),
        approximated_only=frozenset(_normalize_phrase(p, language) for p in data.approximated_only),
        approximators=Lexicon(data.approximators, language),
        ratio_links=Lexicon(data.ratio_links, language),
        share_of=frozenset(_normalize_phrase(p, language) for p in data.share_of),
        range_links=frozenset(_normalize_phrase(p, language) for p in data.range_links),
        ratio_numbers=Lexicon(data.ratio_numbers, language),
        ratio_needs_first_number=data.ratio_needs_first_number,
        ratio_ones=frozenset(normalize_word(w, language) for w in data.ratio_ones),
        construct_fractions=data.construct_fractions,
        measure_words=Lexicon(data.measure_words, language),
        often_words=frozenset(normalize_word(w, language) for w in data.often_words),
        period_links=Lexicon(data.period_links, language),
        back_references=Lexicon(data.back_references, language),
        here_openers=Lexicon(data.here_openers, language),
        topic_stopwords=frozenset(normalize_word(w, language) for w in data.topic_stopwords),
        label_words=Lexicon(data.label_words, language),
        age_words=Lexicon(data.age_words, language),
        street_words=Lexicon(data.street_words, language),
        units=Lexicon(data.units, language),
        capacity_words=Lexicon(data.capacity_words, language),
        averages=Lexicon(data.averages, language),
        own_subjects=Lexicon(data.own_subjects, language, enclitics=True),
        complementisers=Lexicon(data.complementisers, language),
        prepositions=frozenset(normalize_word(w, language) for w in data.prepositions),
        own_share_links=frozenset(normalize_word(w, language) for w in data.own_share_links),
        own_share_words=frozenset(normalize_word(w, language) for w in data.own_share_words),
        own_share_phrases=Lexicon(data.own_share_phrases, language),
        own_share_suffix=normalize_word(data.own_share_suffix, language) if data.own_share_suffix else "",
        thing_shares=Lexicon(data.thing_shares, language, enclitics=True),
    )


@dataclass(frozen=True)
class Number:
    """A number: in digits, one word or digit groups read as one (3 000, ٣٬٠٠٠), or in
    words when it says a share or a large count (``_spelled_numbers``) or, for the balance,
    a count from ten up (``find_spelled_counts``).

    ``first`` / ``last`` index the sentence's words; ``start`` / ``end`` are offsets in
    the draft; ``value`` is None when the word is not a plain number (15-24, 12-year-old);
    ``role`` is what the number says when it counts nothing (see ``number_role``).
    """

    first: int
    last: int
    start: int
    end: int
    value: float | None
    role: str | None


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


def _plain_digits(norm: str) -> str | None:
    """The digits of a plain number word (3,000 · ٣٠٠ · و٢٩), else None."""
    match = _PLAIN_RE.fullmatch(norm)
    return match.group(1) if match else None


def _has_digit(word: Word) -> bool:
    return any(c.isdigit() for c in word.norm)


def _regex_spans(patterns: Sequence[re.Pattern[str]], sentence: Sentence) -> list[tuple[int, int]]:
    return [
        (sentence.start + m.start(), sentence.start + m.end())
        for pattern in patterns
        for m in pattern.finditer(sentence.text)
    ]


def _phone_spans(sentence: Sentence) -> list[tuple[int, int]]:
    return [
        (a, b) for a, b in _regex_spans((_PHONE_RE,), sentence)
        if sum(c.isdigit() for c in sentence.text[a - sentence.start : b - sentence.start]) >= _PHONE_DIGITS
    ]


@dataclass(frozen=True)
class _Context:
    words: Sequence[Word]
    text: str
    dates: Sequence[tuple[int, int]]
    phones: Sequence[tuple[int, int]]
    labelled: set[int]
    aged: set[int]
    streets: set[int]
    units: set[int]
    approximated: set[int]  # words right after "more than", « plus de », أكثر من
    capacities: set[int]  # words right after "holds (about)", « peut accueillir », تتسع ل


@lru_cache(maxsize=4096)
def find_numbers(sentence: Sentence, text: str, language: str) -> tuple[Number, ...]:
    """The numbers of one sentence (in digits, and in words where they say a share or a
    large count), each with its role, in order."""
    lexicons = load_fact_lexicons(language)
    context = _number_context(sentence, text, language, lexicons)
    words = sentence.words
    numbers: list[Number] = []
    i = 0
    while i < len(words):
        if not _has_digit(words[i]):
            i += 1
            continue
        last = i
        digits = _plain_digits(words[i].norm)
        if digits is not None and _GROUP_HEAD_RE.fullmatch(digits):
            while (
                last + 1 < len(words) and _GROUP_RE.fullmatch(words[last + 1].norm)
                and _GROUP_GAP_RE.fullmatch(text[words[last].end : words[last + 1].start])
            ):
                last += 1
                digits += words[last].norm
        value = _number_value(digits) if digits is not None else None
        start, end = words[i].start, words[last].end
        role = number_role(context, i, last, start, end, digits)
        numbers.append(Number(i, last, start, end, value, role))
        i = last + 1
    numbers += _spelled_numbers(context, lexicons)
    return tuple(sorted(numbers, key=lambda n: n.first))


def _number_context(sentence: Sentence, text: str, language: str, lexicons: FactLexicons) -> _Context:
    """What the words around a number say of it: a date, a label, an age, a unit…"""
    words = sentence.words
    dates = _regex_spans(load_ask_lexicons(language).time_patterns, sentence)
    phones = _phone_spans(sentence)
    labelled = {m.last_word + 1 for m in lexicons.label_words.find(words)}
    aged = {m.last_word + 1 for m in lexicons.age_words.find(words)}
    streets = {m.first_word for m in lexicons.street_words.find(words)}
    units = {m.first_word for m in lexicons.units.find(words)}
    approximators = lexicons.approximators.find(words)
    approximated = {m.last_word + 1 for m in approximators}
    capacities = {m.last_word + 1 for m in lexicons.capacity_words.find(words)}
    capacities |= {m.last_word + 1 for m in approximators if m.first_word in capacities}
    return _Context(words, text, dates, phones, labelled, aged, streets, units, approximated, capacities)


# A lower bound for a count written with a large word: "sixty thousand", «ثلاثمائة ألف».
_SPELLED_LARGE = 1000.0


def count_words(sentence: Sentence, language: str) -> list[int]:
    """Counts of two or more written in words ("sixty young people", « soixante jeunes »,
    «ستين شابا»: the small numbers ``find_numbers`` leaves as words): their word indices."""
    lexicons = load_fact_lexicons(language)
    return [i for i, w in enumerate(sentence.words)
            if _number_word(w.norm, lexicons) and w.norm not in lexicons.single_words]


def _number_word(norm: str, lexicons: FactLexicons) -> bool:
    """A number written in words: "eighty", « trente-huit », «وثمانون» (a conjunction off),
    «الثلاثين» (the article off: "above the thirty percent")."""
    if norm in lexicons.number_words:
        return True
    if norm.startswith(("ال", "وال", "فال")) and _bare_number(norm, lexicons) in lexicons.number_words:
        return True
    if "-" in norm:  # « vingt-et-un »: a link inside the word
        parts = norm.split("-")
        return all(p in lexicons.number_words or (0 < k < len(parts) - 1 and p in lexicons.number_links)
                   for k, p in enumerate(parts))
    return norm[:1] in "وف" and norm[1:] in lexicons.number_words


def _spelled_numbers(ctx: _Context, lexicons: FactLexicons) -> list[Number]:
    """Numbers written in words that say a share or a large count: "thirty-eight percent",
    « nonante pour cent », «وثمانون في المائة»; "sixty thousand", « trois cent mille »,
    «ثلاثمائة ألف». Small ones ("two friends", « trois enfants ») stay words: they count
    the people of a story. A large count's value is its lower bound, a thousand."""
    words = ctx.words
    if not lexicons.number_words:
        return []
    percents = {m.first_word for m in lexicons.percent_words.find(words)}
    numbers: list[Number] = []
    for i, last, run in _number_runs(words, lexicons):
        large = _large_run(ctx, i, run, lexicons)
        if " ".join(run) in lexicons.whole_percents and last + 1 in percents:
            continue  # "a hundred percent sure", « à cent pour cent », «مائة في المائة»
        if large and len(run) > 2 and " ".join(run[:2]) in lexicons.spelled_year_heads and not any(
                norm in lexicons.large_number_words for norm in run[2:]):
            continue  # "in two thousand and five", « en deux mille cinq »: a year
        if large or last + 1 in percents:
            start, end = words[i].start, words[last].end
            role = "measure" if last + 1 in ctx.units or _CURRENCY_AFTER_RE.match(ctx.text, end) else None
            numbers.append(Number(i, last, start, end, _SPELLED_LARGE if large else None, role))
    return numbers


def _large_run(ctx: _Context, i: int, run: Sequence[str], lexicons: FactLexicons) -> bool:
    """"sixty thousand"; a large word first only with more after it («ألف وخمسمائة») or after
    "more than (a)" (« plus de mille », «أكثر من ألف»): not "a thousand thanks"."""
    if any(norm in lexicons.large_number_words for norm in run[1:]):
        return True
    words = ctx.words
    approximated = i in ctx.approximated or (
        i > 0 and i - 1 in ctx.approximated and words[i - 1].norm in lexicons.ratio_ones)
    return run[0] in lexicons.large_number_words and (len(run) > 1 or approximated)


def _number_runs(words: Sequence[Word], lexicons: FactLexicons) -> Iterator[tuple[int, int, list[str]]]:
    """Runs of number words ("forty-nine", "two hundred and ten", «أربعة وعشرون»): first and
    last word index, and the words without a conjunction or an article before them."""
    i = 0
    while i < len(words):
        if not _number_word(words[i].norm, lexicons) or words[i].norm in lexicons.number_links:
            i += 1
            continue
        last = i
        while last + 1 < len(words) and (
            _number_word(words[last + 1].norm, lexicons)
            or (words[last + 1].norm in lexicons.number_links and last + 2 < len(words)
                and _number_word(words[last + 2].norm, lexicons))
        ):
            last += 1
        yield i, last, [_bare_number(w.norm, lexicons) for w in words[i : last + 1]]
        i = last + 1


def _bare_number(norm: str, lexicons: FactLexicons) -> str:
    """A number word without «و», «ف», «ال» or «وال» before it ("forty-nine" as it is)."""
    for prefix in _NUMBER_PREFIXES:
        if norm.startswith(prefix) and norm[len(prefix):] in lexicons.number_words:
            return norm[len(prefix):]
    return norm


# «والعشرون», «الثلاثين», «وثمانون»: an Arabic number word after a conjunction or the article.
_NUMBER_PREFIXES = ("وال", "فال", "ال", "و", "ف")


def _number_with_article(norm: str, lexicons: FactLexicons) -> bool:
    """«العشرين», «والعشرون»: the number word with the article (the twentieth, the twenties)."""
    return norm.startswith(("ال", "وال", "فال")) and _bare_number(norm, lexicons) != norm


def _counts_something(ctx: _Context, last: int, stops: frozenset[str]) -> bool:
    """A word follows in the same clause ("forty-nine people", "twenty-three of them"), not
    one that makes the number an age or an hour: not "Hamid is twenty now", "Anis,
    seventeen, had stopped eating", "from ten till one"."""
    if last + 1 >= len(ctx.words):
        return False
    nxt = ctx.words[last + 1]
    return not _CLAUSE_BREAK_RE.search(ctx.text[ctx.words[last].end : nxt.start]) and nxt.norm not in stops


def find_spelled_counts(sentence: Sentence, text: str, language: str) -> tuple[Number, ...]:
    """Counts from ten up written in words ("forty-nine people", « quatorze élèves »,
    «أربعة عشر طالبا»), each with its role ("I was sixteen": an age); not those
    ``find_numbers`` reads (a share, a large count) nor the small ones under ten that
    count a story's people ("two friends")."""
    lexicons = load_fact_lexicons(language)
    if not lexicons.small_number_words or not any(_number_word(w.norm, lexicons) for w in sentence.words):
        return ()  # most sentences: no number word, no context to read
    ctx = _number_context(sentence, text, language, lexicons)
    percent_words = lexicons.percent_words.find(ctx.words)
    percents = {m.first_word for m in percent_words}
    inside = {k for m in percent_words for k in range(m.first_word, m.last_word + 1)}
    small = lexicons.small_number_words | lexicons.single_words | lexicons.number_links
    found = []
    for i, last, run in _number_runs(ctx.words, lexicons):
        if last + 1 in percents or i in inside or _large_run(ctx, i, run, lexicons):
            continue  # a share ("في المائة": the hundred of "percent") or a large count: find_numbers
        if all(part in small for norm in run for part in norm.split("-")):
            continue  # "two friends", « deux-trois personnes »
        if not _counts_something(ctx, last, lexicons.count_stops):
            continue
        before = ctx.words[i - 1].norm if i else ""
        if before in lexicons.ordinal_heads or before in lexicons.count_stops_before or _number_with_article(
                ctx.words[i].norm, lexicons):
            continue  # «الخامسة عشرة», «في العشرين من عمري»: a rank, an age; "at sixteen", "at eleven"
        if len(run) > 1 and run[0] in lexicons.year_centuries and run[1].split("-")[0] not in small:
            continue  # "in nineteen eighty-four": a year
        start, end = ctx.words[i].start, ctx.words[last].end
        role = number_role(ctx, i, last, start, end, None, spelled=True)
        if role is None:  # not an age ("I was sixteen when"), nor a measure ("twelve hours")
            found.append(Number(i, last, start, end, None, role))
    return tuple(found)


def number_role(
    ctx: _Context, first: int, last: int, start: int, end: int, digits: str | None, *, spelled: bool = False
) -> str | None:
    """What a number says when it counts nothing, else None (a quantity).

    - ``name``: a word mixing digits and letters (12-year-old, COVID-19, 1er), or a small
      number after a proper name (Lyon 2, Apollo 11);
    - ``year`` (2016, not "more than 2000"), ``date`` (March 9, 9 mars, ١٥ أبريل: the ask
      lexicon's date patterns), ``time`` (10 a.m., 14 h, الساعة 6, 0900 to 1100), ``phone``;
    - ``label``: a list item's number ("1. Bring…"), or after a word that names or places
      (Room 114, line 92, salle 3, القاعة 4, شارع 7);
    - ``age``: after a word that gives an age (aged 17, I was 17, عمري 15);
    - ``address``: before a street word, perhaps after capitalised names (412 Salem
      Avenue, 12 rue Haute);
    - ``measure``: before a unit of time, money or distance, or next to a currency sign
      (15 years, 150 dirhams, $150, 300 km), or after a word of capacity (a ballpark that
      holds about 4,500, « une salle qui peut accueillir 300 »): not a count, unless it is
      an average.
    """
    words, text = ctx.words, ctx.text
    if digits is None and not spelled and any(c.isalpha() for c in words[first].norm.lstrip("وفبلك")):
        return "name"
    listed = numbered(text, words)
    if listed and first == 0:
        return "label"  # "1. Bring twenty volunteers": the item's number in a list
    if digits is not None and first == last and (_ZERO_CLOCK_RE.fullmatch(digits) or (
            _CLOCK_DIGITS_RE.fullmatch(digits) and _CLOCK_SPAN_RE.search(text[max(0, start - 16) : start]))):
        return "time"  # 0900, "0900 to 1100"
    if digits is not None and first == last and _YEAR_RE.fullmatch(digits) and first not in ctx.approximated:
        return "year"  # not "more than 2000" (أكثر من ٢٠٠٠ شاب)
    if CLOCK_AFTER_RE.match(text, end) or CLOCK_BEFORE_RE.search(text[max(0, start - 12) : start]):
        return "time"
    if any(a <= start and end <= b for a, b in ctx.dates):
        return "date"
    if any(a <= start and end <= b for a, b in ctx.phones):
        return "phone"
    if first in ctx.labelled:
        return "label"
    if first in ctx.aged:
        return "age"
    value = _number_value(digits) if digits is not None else None
    # Not the item's first word: "1. Bring 20 volunteers" ("Bring" opens the sentence).
    if (first >= 2 + listed and is_proper_name(words[first - 1].text) and value is not None
            and value < _NAME_NUMBER):
        return "name"
    if _is_address(ctx, last, end) or _after_street(ctx, first):
        return "address"
    if first in ctx.capacities or last + 1 in ctx.units or _CURRENCY_AFTER_RE.match(text, end) or (
            _CURRENCY_BEFORE_RE.search(text[max(0, start - 2) : start])):
        return "measure"
    return None


def _after_street(ctx: _Context, first: int) -> bool:
    """A house number after its street, as in Belgium: "rue du Molinay 112", « avenue Louise
    54 »: a street word, then a name (capitalised words and short links: du, de, la)."""
    words = ctx.words
    k = first - 1
    named = False
    while k >= 0 and first - k <= _ADDRESS_REACH + 1 and k not in ctx.streets:
        text = words[k].text
        if is_proper_name(text):
            named = True
        elif not (len(text) <= 3 and text.islower()):
            return False
        k -= 1
    if k < 0 or k not in ctx.streets or not named:
        return False
    return not _CLAUSE_BREAK_RE.search(ctx.text[words[k].end : words[first].start])


# A numbered street: "1450 NE 2nd Avenue", « 12 1re Avenue ».
_ORDINAL_RE = re.compile(r"\d+(?:st|nd|rd|th|e|er|re|ème)")


def _is_address(ctx: _Context, last: int, end: int) -> bool:
    """A house number: capitalised names, then a street word (412 Salem Avenue), or a street
    word, then a name within a few words (12 rue Haute, 3 place de la République; not
    "300 road deaths")."""
    words = ctx.words
    k = last + 1
    while k < len(words) and k - last <= _ADDRESS_REACH and k not in ctx.streets and (
        is_proper_name(words[k].text) or words[k].norm in ("bis", "ter")
        or _ORDINAL_RE.fullmatch(words[k].norm)
    ):
        k += 1
    if k not in ctx.streets or _CLAUSE_BREAK_RE.search(ctx.text[end : words[k].start]):
        return False
    if k > last + 1 or is_proper_name(words[k].text):
        return True
    return any(is_proper_name(w.text) for w in words[k + 1 : k + 1 + _ADDRESS_REACH])


def _own_subject_ends(sentence: Sentence, language: str) -> list[int]:
    """Indices of the words that end the teller's own subject: I, we, our club, درّبنا."""
    lexicons = load_fact_lexicons(language)
    words = sentence.words
    ends = [m.last_word for m in lexicons.own_subjects.find(words)]
    if language == "ar":
        # Verbs in the first person (درّبتُ، درّبنا، ندرّب); not a possessive (مدينتي،
        # مدينتنا، عمري) nor a word after a preposition (في حيّنا).
        index = {w.start: k for k, w in enumerate(words)}
        for a, _ in first_person_singular(sentence, language) + first_person_plural(sentence, language):
            k = index.get(a)
            if k is None:
                continue
            norm = words[k].norm
            if norm.endswith(("ي", "تنا")) or (k > 0 and words[k - 1].norm in lexicons.prepositions):
                continue
            ends.append(k)
    return sorted(set(ends))


def _is_own(number: Number, sentence: Sentence, text: str, language: str, ends: Sequence[int]) -> bool:
    """The number counts what the teller or the teller's group did (see the module docstring)."""
    words = sentence.words
    subject = next((j for j in reversed(ends) if j < number.first), None)
    if subject is None or number.first - subject > _OWN_REACH:
        return False
    if _CLAUSE_BREAK_RE.search(text[words[subject].end : number.start]):
        return False
    between = words[subject + 1 : number.first]
    return not load_fact_lexicons(language).complementisers.find(between)


def _goes_on(words: Sequence[Word], text: str, last_own: int, number: Number,
             lexicons: FactLexicons) -> bool:
    """The list of the teller's own counts goes on: "I trained 300 women, ran 45 workshops",
    «أشرفت على 40 ورشة…، استفاد منها 600 مشارك». Not past a full stop or a semicolon, nor
    after "that" / « que » (someone else's figure)."""
    if number.first - last_own > _OWN_LIST_REACH:
        return False
    if _LIST_BREAK_RE.search(text[words[last_own].end : number.start]):
        return False
    return not lexicons.complementisers.find(words[last_own + 1 : number.first])


def find_statistics(sentence: Sentence, text: str, language: str, *, counts: bool = True) -> list[Statistic]:
    """The statistics of one sentence, as spans of the draft. With ``counts`` false, only
    rates and shares ("52%", "one in four", « la moitié des élèves »), not plain counts that
    are large or sourced ("340 signatures")."""
    lexicons = load_fact_lexicons(language)
    words = sentence.words
    spans: list[tuple[int, int]] = []
    has_statistic_word = bool(lexicons.statistic_words.find(words))
    has_average = bool(lexicons.averages.find(words))
    markers = {m.first_word: m for m in lexicons.number_markers.find(words)}
    percents = {m.first_word: m for m in lexicons.percent_words.find(words)}
    own_ends: list[int] | None = None
    last_own: int | None = None  # the last word of the teller's previous own count
    named_source: bool | None = None  # looked up once, at the first small count
    for number in find_numbers(sentence, text, language):
        sign = PERCENT_RE.match(text, number.end)
        percent = percents.get(number.last + 1)
        if sign or percent:
            spans.append((number.start, sign.end() if sign else percent.end))
            continue
        if number.role in NOT_QUANTITIES:
            continue
        if own_ends is None:
            own_ends = _own_subject_ends(sentence, language)
        if _is_own(number, sentence, text, language, own_ends) or (
                last_own is not None and _goes_on(words, text, last_own, number, lexicons)):
            last_own = number.last
            continue
        marker = markers.get(number.last + 1)
        following = words[number.last + 1].end if number.last + 1 < len(words) else number.end
        if marker is not None:
            spans.append((number.start, marker.end))
        elif number.role == "measure":
            if has_average:
                spans.append((number.start, following))
        elif not counts:
            continue
        elif has_statistic_word or (number.value is not None and number.value >= _LARGE_COUNT):
            spans.append((number.start, following))
        elif named_source is None or named_source:
            # A count with its source named ("according to the police report, 11 attacks
            # were recorded") is a statistic, however small.
            named_source = bool(find_sources(sentence, language))
            if named_source:
                spans.append((number.start, following))
    shares = [  # not a measure: « la moitié du temps », نصف الطريق
        (m.start, m.end) for m in lexicons.statistic_phrases.find(words)
        if not _is_measure(words, m.last_word, lexicons, _MEASURE_REACH + 1)
    ] + _shares_in_words(words, lexicons)
    spans.extend(span for span in shares if not _of_own_things(words, span[1], lexicons))
    return [Statistic(sentence.index, a, b) for a, b in sorted(set(spans))]


def _of_own_things(words: Sequence[Word], end: int, lexicons: FactLexicons) -> bool:
    """The share ending at offset ``end`` is of the teller's own things ("half of my hives",
    « la moitié de mes ruches », نصف خلاياي) or doings ("a third of what I sell"), or of one
    thing in the story ("half the packet", ``thing_shares``). In Arabic
    the noun itself ends in "my" (ـي as written, not ى), and no genitive follows it: «نصف
    موظفي الشركة» is a construct, not "my"."""
    i = next((k for k, w in enumerate(words) if w.start >= end), len(words))
    if i and lexicons.thing_shares.find(words[i - 1 : i]):
        return True  # «نصف الرغيف»: the thing is the share's own last word
    if i < len(words) and words[i].norm in lexicons.own_share_links:
        i += 1
    if i >= len(words):
        return False
    word = words[i]
    if word.norm in lexicons.own_share_words:
        return True
    if any(m.first_word == 0 for m in lexicons.own_share_phrases.find(words[i : i + 4])):
        return True
    if any(m.first_word == 0 for m in lexicons.thing_shares.find(words[i : i + 3])):
        return True  # "half the packet": a part of one thing
    suffix = lexicons.own_share_suffix
    genitive = i + 1 < len(words) and words[i + 1].norm.startswith("ال")
    return bool(suffix) and word.text.endswith(suffix) and not word.norm.startswith("ال") and (
        len(word.norm) > len(suffix) + 2 and not genitive)


def _is_measure(words: Sequence[Word], i: int, lexicons: FactLexicons, reach: int = 1) -> bool:
    """A unit from word ``i`` on, within ``reach`` words: one in three days; for a fraction
    (reach ``_MEASURE_REACH``) half an hour, half of the time, « la moitié du temps », نصف ساعة.
    A period word stops the search: "rose by a third in one year" measures no year."""
    for k in range(i, min(len(words), i + reach)):
        if lexicons.measure_words.find(words[k : k + 1]):
            return True
        if lexicons.period_links.find(words[k : k + 1]):
            return False
    return False


def _has_article(word: Word) -> bool:
    """An Arabic word with the article, past «و» / «ف» («والنصف», «الأطفال»)."""
    return word.norm.lstrip("وف").startswith("ال")


def _share_of(words: Sequence[Word], i: int, lexicons: FactLexicons) -> bool:
    """Word ``i`` says what a ratio of units is a share of ("…of the evening news"), not
    where a span of time runs from (« six jours sur sept, de cinq heures à midi », «من
    الفجر إلى الليل»: a number or, soon after, a range word follows)."""
    if i >= len(words) or words[i].norm not in lexicons.share_of:
        return False
    if i + 1 < len(words) and (words[i + 1].norm[:1].isdigit() or words[i + 1].norm in lexicons.number_words):
        return False  # « de cinq heures du matin… »: from a time
    return not any(w.norm in lexicons.range_links for w in words[i + 1 : i + 1 + _RANGE_REACH])


_SMALL_WORD_NUMBER = 10  # ratio numbers in words go up to ten, unless they say a hundred


def _more_than_whole(words: Sequence[Word], first: int, last: int, lexicons: FactLexicons) -> bool:
    """The part of a ratio is larger than its whole: "64 girls in four teams", « 30 jeunes
    sur 12 bancs »: a count put in groups, not a share."""
    part = _number_value(words[first].norm)
    if part is None:
        return False
    whole = _number_value(words[last].norm)
    if whole is None:  # in words: "four", unless "a hundred", « mille », «ألف»
        if words[last].norm in lexicons.whole_percents or words[last].norm in lexicons.large_number_words:
            return False
        whole = _SMALL_WORD_NUMBER
    return part > whole


def _ratio_first(
    words: Sequence[Word], link: int, number_at: Callable[[int], int | None], lexicons: FactLexicons
) -> int | None:
    """The ratio's first number, up to _RATIO_GAP words before its link ("one young person
    in three"); an age or a measure of the group between them is passed over and does
    not count in the gap (« un jeune de moins de vingt-cinq ans sur deux », "one person
    over 75 years of age in three")."""
    reach, k = _RATIO_GAP + 1, link - 1
    measured = None  # "eight minutes out of ten": a measured number, if no other comes first
    while k >= 0 and link - 1 - k < reach:
        end = number_at(k)
        if lexicons.units.find(words[k : k + 1]):
            reach += _QUALIFIER_WORDS
        elif end is not None and _is_measure(words, end + 1, lexicons):
            measured = k if measured is None else measured
        elif end is not None and (measured is None or words[k].norm in lexicons.ratio_ones):
            return k  # past a measured number, only "one" of a group: "one person over 75 years in three"
        k -= 1
    return measured


# An age or a measure qualifying the group of a ratio: "of less than twenty-five years".
_QUALIFIER_WORDS = 4


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
        first = _ratio_first(words, link.first_word, number_at, lexicons)
        if first is None and lexicons.ratio_needs_first_number:
            continue
        if first is not None and _more_than_whole(words, first, last, lexicons):
            continue  # "64 girls in four teams": a count put in groups, no share
        how_often = first is not None and (_is_measure(words, first + 1, lexicons) or (
            first + 1 < len(words) and words[first + 1].norm in lexicons.often_words))
        if how_often and not _share_of(words, last + 1, lexicons):
            continue  # "six days out of seven": how often; not "eight minutes out of ten of the news"
        spans.append((words[link.first_word if first is None else first].start, words[last].end))
    approximated = {m.last_word + 1: m.start for m in lexicons.approximators.find(words)}
    for match in lexicons.fractions.find(words):
        after = match.last_word + 1
        # «نصف الأطفال الذين…»: in a construct the noun right after the fraction is what it
        # divides; a unit further on («…بين أربع وخمس سنوات») measures something else.
        head = lexicons.construct_fractions and after < len(words) and _has_article(words[after])
        if _is_measure(words, after, lexicons, 1 if head else _MEASURE_REACH):
            continue
        if match.first_word in approximated:
            spans.append((approximated[match.first_word], match.end))
        elif words[match.first_word].norm in lexicons.approximated_only:
            continue  # «نص» is also "text" (نص الرسالة): a share only in «أكثر من نص الشباب»
        elif lexicons.construct_fractions and after + 1 < len(words) and (
            # «نصف سكان الحي» is a share; «الخامسة والنصف» (half past five) is a time: a
            # fraction with the article is never the head of such a phrase.
            not _has_article(words[match.first_word])
            and not words[after].norm.startswith("ال") and words[after + 1].norm.startswith("ال")
            and not lexicons.measure_words.find(words[after + 1 : after + 2])
        ):
            spans.append((match.start, words[after + 1].end))
    return spans


def find_sources(sentence: Sentence, language: str) -> list[tuple[int, int]]:
    """Spans naming a source in one sentence."""
    lexicons = load_fact_lexicons(language)
    words = sentence.words
    spans = [(m.start, m.end) for m in lexicons.sources.find(words)]
    owners = tuple(_without_possessive(w) for w in words)  # "the FBI's statistics"
    spans += [(m.start, m.end) for m in lexicons.organisations.find(owners)
              if not _unnamed(words, m.first_word, lexicons)]
    spans += [  # "Source: Eurostat", « Sources : Insee », المصدر: (not "a source of hope")
        (m.start, m.end) for m in lexicons.source_labels.find(words)
        if _LABEL_COLON_RE.match(sentence.text, m.end - sentence.start)
    ]
    spans += _named_counters(words, lexicons)
    reports = lexicons.report_words.find(words)
    if reports:
        # A report is a source when it is named: by a proper name or by its year…
        named = any(_YEAR_RE.fullmatch(w.norm) for w in words) or (
            language != "ar" and any(is_proper_name(w.text) for w in words[1:])
        )
        changes = [c.first_word for c in lexicons.report_changes.find(words)]
        spans += [(m.start, m.end) for m in reports if (named or _owned(words, m.first_word, lexicons))
                  and not _reports_counted(words, m.first_word, m.last_word, changes, lexicons.report_links)]
    return sorted(set(spans))


# How far after a report word a verb of change makes the reports the thing counted.
_COUNTED_REACH = 5


def _reports_counted(
    words: Sequence[Word], first: int, last: int, changes: Sequence[int], links: frozenset[str]
) -> bool:
    """The reports are what is counted, not a source: a verb of change right before them
    («تضاعفت التقارير») or after them and where they were made ("bias incident reports in
    New Jersey hit a record", « les signalements au parquet ont doublé »); not "the report
    found that cases rose" (a verb of its own between)."""
    if first - 1 in changes:
        return True
    return any(last < k <= last + _COUNTED_REACH and all(
        w.norm in links or is_proper_name(w.text) for w in words[last + 1 : k]) for k in changes)


def _named_counters(words: Sequence[Word], lexicons: FactLexicons) -> list[tuple[int, int]]:
    """A proper name inside the sentence, then a word of counting: "The Anti-Defamation
    League counted 6,751 cases", « le Secours populaire a compté 3 400 familles »."""
    spans = []
    for match in lexicons.source_verbs.find(words):
        name = next((k for k in range(match.first_word - 1, max(0, match.first_word - 1 - _NAMER_REACH), -1)
                     if is_proper_name(words[k].text)), None)
        if name is not None and not any(
                w.norm in lexicons.namer_gap_not for w in words[name + 1 : match.first_word]):
            spans.append((words[name].start, match.end))
    return spans


def _owned(words: Sequence[Word], first: int, lexicons: FactLexicons) -> bool:
    """…or by whose it is: "our district's climate survey", "the county's audit" (a
    possessive after a determiner, a word or two before the report word; not "it's")."""
    for k in range(first - 1, max(-1, first - 1 - _OWNER_REACH), -1):
        if _POSSESSIVE_RE.search(words[k].norm):
            return k > 0 and words[k - 1].norm in lexicons.owner_determiners
    return False


_POSSESSIVE_RE = re.compile(r"['’]s$")


def _without_possessive(word: Word) -> Word:
    """"FBI's" looked up as "FBI" (the offsets still quote "FBI's")."""
    norm = _POSSESSIVE_RE.sub("", word.norm)
    return word if norm == word.norm else replace(word, norm=norm)


def _unnamed(words: Sequence[Word], first: int, lexicons: FactLexicons) -> bool:
    """"any" right before the organisation word, or before a noun or two and "or" ("in any
    agency", "in any public school or agency", « aucune agence », «بأي روض أو مؤسسة»):
    no organisation in particular; nor the teller's workplace ("another woman from my
    agency leaves"). Not "In any case, Eurostat…", «أي أن المندوبية…», "My foundation counted"."""
    before = [w.norm for w in words[max(0, first - _UNNAMED_REACH) : first]]
    if before and (before[-1] in lexicons.unnamed_before or " ".join(before[-2:]) in lexicons.unnamed_before):
        return True  # "any agency", "a woman from my agency"
    # "any school or agency", "any public school or agency": one or two words, then "or"
    return len(before) >= 3 and before[-1] in lexicons.unnamed_links and any(
        w in lexicons.unnamed_before for w in before[-4:-2])


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


_BREAKDOWN_WORDS = 6


def _opens_here(sentence: Sentence, lexicons: FactLexicons) -> bool:
    """The sentence opens on the teller's own place ("Here on campus", « Ici, chez nous »,
    «هنا في الحي»): its figure is theirs, not that of the source named the sentence before."""
    return any(m.first_word == 0 for m in lexicons.here_openers.find(sentence.words[:_HERE_WORDS]))


_HERE_WORDS = 3


def _amounts(sentence: Sentence, text: str, language: str) -> set[float]:
    """The values the sentence counts or measures (not years, dates, hours)."""
    return {n.value for n in find_numbers(sentence, text, language)
            if n.role in (None, "measure") and n.value is not None}


@lru_cache(maxsize=16)
def find_statistic_sentences(draft: ParsedDraft) -> tuple[StatisticSentence, ...]:
    """Sentences with statistics, each with the sources in or next to it (same paragraph).

    The sentence before may carry the source forward ("According to Unia: … 60 % …"); the
    sentence after covers a figure only when it refers back to it (see the module docstring).
    """
    language = draft.language
    lexicons = load_fact_lexicons(language)
    back_references = lexicons.back_references
    sources = {s.index: find_sources(s, language) for s in draft.sentences}
    statistics = {s.index: find_statistics(s, draft.text, language) for s in draft.sentences}
    found: list[StatisticSentence] = []
    for sentence in draft.sentences:
        if not statistics[sentence.index]:
            continue
        nearby: list[tuple[int, int]] = list(sources[sentence.index])
        own: set[float] | None = None  # its amounts, read once and only if a neighbour has a source
        for neighbour in (sentence.index - 1, sentence.index + 1):
            if not 0 <= neighbour < len(draft.sentences):
                continue
            other = draft.sentences[neighbour]
            if other.block != sentence.block or not sources[neighbour]:
                continue  # nothing it could lend
            if neighbour < sentence.index and _opens_here(sentence, lexicons):
                continue  # "Here on campus, nearly half of our students…": not the source's country
            # A neighbour with a figure of its own sources that figure, unless the later of
            # the two refers back ("The same data showed…"), says nothing else (« Trente-huit
            # pour cent. », "In 2018 it was 240."), says the amount again («412 طفلا… تخيلوا
            # 412 امرأة») or goes on about the same thing.
            later = other if neighbour > sentence.index else sentence
            if own is None:
                own = _amounts(sentence, draft.text, language)
            amounts = _amounts(other, draft.text, language)
            again = bool(amounts & own)
            # A short one breaks the other down ("One in three cited burnout.").
            if statistics[neighbour] and not (
                again or back_references.find(later.words) or not _topic_stems(later, language)
                or len(later.words) <= _BREAKDOWN_WORDS or _same_topic(sentence, other, language)
            ):
                continue
            # A neighbour sources its own amount ("the finance office told the board that the
            # debt is now over $38,000", "the programme costs the county $22,000 a year, and
            # the county commission votes…"), not the figure beside it.
            if not statistics[neighbour] and amounts and not again:
                continue
            nearby += sources[neighbour]
        found.append(StatisticSentence(sentence, tuple(statistics[sentence.index]), tuple(sorted(nearby))))
    return tuple(found)
