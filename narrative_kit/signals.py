"""Sentence signals: does a sentence carry feeling / story, facts / evidence, both or neither?

The workshop's first rule of a message is to combine emotion and facts: data alone
is not enough, and feeling with nothing concrete behind it does not convince either.
Each sentence is read for

- feeling and story: feelings named, sensory detail, verbs of feeling or memory,
  the opening of a vivid personal moment ("that night", « ce soir-là », تلك الليلة);
- facts and evidence: numbers (Latin or Arabic-Indic digits), percentages (% ٪),
  statistics, studies, reports and sources, large numbers said as words.

The lexicons are ``data/lang/<lang>/signals.toml``, written for this project; the
shares of sentences carrying each give ``metrics.emotion_share`` / ``fact_share``
and ``balance.label``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from pydantic import Field

from .asks import detect_asks, load_ask_lexicons
from .context import AnalysisContext, SentenceSignals
from .facts import _YEAR_RE, PERCENT_RE, find_statistics, is_proper_name
from .languages import StrictData, load_language_file
from .lexicon import Lexicon
from .models import Balance, BalanceLabel
from .person import first_person_singular
from .text import Sentence, Word

__all__ = ["PERCENT_RE", "is_proper_name", "read_sentence", "label_balance", "classify_sentences"]

CLOCK_AFTER_RE = re.compile(r"[ \u00a0\u202f]?(?:[:h]\d\d|h\b|[ap]\.?m\b\.?)", re.IGNORECASE)
# The hour before the minutes ("8 h 10"), or الساعة before the hour.
CLOCK_BEFORE_RE = re.compile(r"(?:(?:الساعة|الساعه)\s*|\d[ \u00a0\u202f]?h[ \u00a0\u202f]?)$")
# A small number right after a proper name is part of the name: Lyon 2, Paris 8.
_NAME_NUMBER = 100


class BalanceThresholds(StrictData):
    """When a side counts as present, and when one side tips the balance.

    ``dominance`` applies to both sides unless ``emotion_dominance`` / ``fact_dominance``
    say otherwise. The two sides are not symmetric: a story takes many sentences (the
    moment, what was seen, felt, chosen), a figure takes one. So a well-paired draft has
    many more story sentences than fact sentences (see signals.toml for the measured
    ratios), while a draft with two or three times more figure sentences than story ones
    reads as a report.
    """

    min_share: float = Field(default=0.10, ge=0, le=1)
    dominance: float = Field(default=3.0, ge=1)
    emotion_dominance: float | None = Field(default=None, ge=1)
    fact_dominance: float | None = Field(default=None, ge=1)

    @property
    def emotion_ratio(self) -> float:
        return self.dominance if self.emotion_dominance is None else self.emotion_dominance

    @property
    def fact_ratio(self) -> float:
        return self.dominance if self.fact_dominance is None else self.fact_dominance


class SignalData(StrictData):
    """``signals.toml``: the words that mark feeling / story and facts / evidence."""

    emotions: tuple[str, ...] = Field(min_length=1)
    sensory: tuple[str, ...] = ()
    feeling_verbs: tuple[str, ...] = ()
    moments: tuple[str, ...] = ()
    time_anchors: tuple[str, ...] = ()
    event_anchors: tuple[str, ...] = ()  # with a proper name (en, fr): a reported event
    evidence: tuple[str, ...] = Field(min_length=1)
    number_words: tuple[str, ...] = ()
    balance: BalanceThresholds = Field(default_factory=BalanceThresholds)


@dataclass(frozen=True)
class SignalLexicons:
    story: Lexicon  # feelings, senses, feeling verbs and personal moments together
    time_anchors: Lexicon
    event_anchors: Lexicon
    evidence: Lexicon
    number_words: Lexicon
    balance: BalanceThresholds


@cache
def load_signal_lexicons(language: str) -> SignalLexicons:
    data = load_language_file(language, "signals.toml", SignalData)
    story = data.emotions + data.sensory + data.feeling_verbs + data.moments
    return SignalLexicons(
        # Arabic feelings are often "ours" or "mine": قلبي، دموعها.
        story=Lexicon(story, language, enclitics=True),
        time_anchors=Lexicon(data.time_anchors, language),
        event_anchors=Lexicon(data.event_anchors, language),
        evidence=Lexicon(data.evidence, language),
        number_words=Lexicon(data.number_words, language),
        balance=data.balance,
    )


def read_sentence(
    sentence: Sentence, text: str, language: str, logistics: Sequence[tuple[int, int]] = ()
) -> SentenceSignals:
    """The feeling and fact cues of one sentence, as spans of the draft.

    ``logistics`` are the when / where / how many of an ask ("Saturday 5 April, twenty
    volunteers"): numbers there organise the action, they are not evidence.
    """
    lexicons = load_signal_lexicons(language)
    emotion_cues = [(m.start, m.end) for m in lexicons.story.find(sentence.words)]
    says_i = bool(first_person_singular(sentence, language))
    anchors = lexicons.time_anchors.find(sentence.words)
    if anchors and says_i:
        emotion_cues += [(m.start, m.end) for m in anchors]
    fact_cues = [(m.start, m.end) for m in lexicons.evidence.find(sentence.words)]
    events = lexicons.event_anchors.find(sentence.words)
    names = [w for w in sentence.words[1:] if is_proper_name(w.text)]
    if events and names and not says_i:
        fact_cues += [(m.start, m.end) for m in events] + [(w.start, w.end) for w in names]
    fact_cues += [(m.start, m.end) for m in lexicons.number_words.find(sentence.words)]
    dates = _date_spans(sentence, language)
    for i, word in enumerate(sentence.words):
        if not any(c.isdigit() for c in word.norm) or _is_clock_time(text, word.start, word.end):
            continue
        percent = PERCENT_RE.match(text, word.end)
        if not percent and (_is_date(word, dates) or _is_name_number(sentence.words, i)):
            continue
        fact_cues.append((word.start, percent.end() if percent else word.end))
    # Shares and ratios said in words: "one young person in three", أكثر من نصف.
    fact_cues += [(st.start, st.end) for st in find_statistics(sentence, text, language)]
    fact_cues = [(a, b) for a, b in fact_cues if not any(x <= a and b <= y for x, y in logistics)]
    return SentenceSignals(
        emotion=bool(emotion_cues), fact=bool(fact_cues),
        emotion_cues=sorted(set(emotion_cues)), fact_cues=sorted(set(fact_cues)),
    )


def _date_spans(sentence: Sentence, language: str) -> list[tuple[int, int]]:
    """Calendar dates in the sentence (the ask lexicon's date patterns: 23 mars, March 16)."""
    return [
        (sentence.start + m.start(), sentence.start + m.end())
        for pattern in load_ask_lexicons(language).time_patterns
        for m in pattern.finditer(sentence.text)
    ]


def _is_date(word: Word, dates: Sequence[tuple[int, int]]) -> bool:
    """A year or a day of a date says when, not how much: "In October 2015, a boy…",
    « Je suis avocate depuis 2006 ». A dated public event is evidence through its other
    cues (a figure, a report, an event anchor with a name), not through its date."""
    return bool(_YEAR_RE.fullmatch(word.norm)) or any(a <= word.start and word.end <= b for a, b in dates)


def _is_name_number(words: Sequence[Word], i: int) -> bool:
    """A small number after a proper name inside the sentence: Lyon 2, Paris 8, Apollo 11."""
    if i < 2 or not is_proper_name(words[i - 1].text):
        return False
    try:
        return float(words[i].norm) < _NAME_NUMBER
    except ValueError:
        return False


def _is_clock_time(text: str, start: int, end: int) -> bool:
    """A time of day (10 a.m., 14 h, 9:30, الساعة 6) is logistics, not evidence."""
    return bool(CLOCK_AFTER_RE.match(text, end) or CLOCK_BEFORE_RE.search(text[max(0, start - 12):start]))


def label_balance(emotion: int, fact: int, total: int, thresholds: BalanceThresholds) -> BalanceLabel:
    """emotional | balanced | factual | neither, from sentence counts (exact, not rounded shares).

    A side is present when at least one sentence and ``min_share`` of them carry it; it
    dominates when it carries more than its dominance ratio times as many sentences as the
    other (``emotion_dominance`` / ``fact_dominance``, else ``dominance``).
    """
    has_emotion = emotion > 0 and emotion >= thresholds.min_share * total
    has_fact = fact > 0 and fact >= thresholds.min_share * total
    if not has_emotion and not has_fact:
        return "neither"
    if not has_fact:
        return "emotional"
    if not has_emotion:
        return "factual"
    if emotion > thresholds.emotion_ratio * fact:
        return "emotional"
    if fact > thresholds.fact_ratio * emotion:
        return "factual"
    return "balanced"


def classify_sentences(ctx: AnalysisContext) -> None:
    """Pipeline stage: signals per sentence, emotion / fact shares and the balance label."""
    draft = ctx.draft
    logistics = [span for found in detect_asks(draft) for span in found.logistics]
    ctx.signals = {
        s.index: read_sentence(s, draft.text, draft.language, logistics) for s in draft.sentences
    }
    total = len(draft.sentences)
    emotion = sum(s.emotion for s in ctx.signals.values())
    fact = sum(s.fact for s in ctx.signals.values())
    ctx.metrics = ctx.metrics.model_copy(update={
        "emotion_share": round(emotion / total, 3) if total else 0.0,
        "fact_share": round(fact / total, 3) if total else 0.0,
    })
    thresholds = load_signal_lexicons(draft.language).balance
    ctx.balance = Balance(label=label_balance(emotion, fact, total, thresholds))
