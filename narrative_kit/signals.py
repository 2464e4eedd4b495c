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
from dataclasses import dataclass
from functools import cache

from pydantic import Field

from .context import AnalysisContext, SentenceSignals
from .languages import StrictData, load_language_file
from .lexicon import Lexicon
from .models import Balance, BalanceLabel
from .text import Sentence

# A percent sign right after a number, perhaps after a (no-break) space: 45 %, ٤٥٪.
PERCENT_RE = re.compile("[ \u00a0\u202f]?[%\u066a]")


class BalanceThresholds(StrictData):
    min_share: float = Field(default=0.10, ge=0, le=1)
    dominance: float = Field(default=3.0, ge=1)


class SignalData(StrictData):
    """``signals.toml``: the words that mark feeling / story and facts / evidence."""

    emotions: tuple[str, ...] = Field(min_length=1)
    sensory: tuple[str, ...] = ()
    feeling_verbs: tuple[str, ...] = ()
    moments: tuple[str, ...] = ()
    evidence: tuple[str, ...] = Field(min_length=1)
    number_words: tuple[str, ...] = ()
    balance: BalanceThresholds = Field(default_factory=BalanceThresholds)


@dataclass(frozen=True)
class SignalLexicons:
    story: Lexicon  # feelings, senses, feeling verbs and personal moments together
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
        evidence=Lexicon(data.evidence, language),
        number_words=Lexicon(data.number_words, language),
        balance=data.balance,
    )


def read_sentence(sentence: Sentence, text: str, language: str) -> SentenceSignals:
    """The feeling and fact cues of one sentence, as spans of the draft."""
    lexicons = load_signal_lexicons(language)
    emotion_cues = [(m.start, m.end) for m in lexicons.story.find(sentence.words)]
    fact_cues = [(m.start, m.end) for m in lexicons.evidence.find(sentence.words)]
    fact_cues += [(m.start, m.end) for m in lexicons.number_words.find(sentence.words)]
    for word in sentence.words:
        if any(c.isdigit() for c in word.norm):
            percent = PERCENT_RE.match(text, word.end)
            fact_cues.append((word.start, percent.end() if percent else word.end))
    return SentenceSignals(
        emotion=bool(emotion_cues), fact=bool(fact_cues),
        emotion_cues=sorted(set(emotion_cues)), fact_cues=sorted(set(fact_cues)),
    )


def label_balance(emotion_share: float, fact_share: float, thresholds: BalanceThresholds) -> BalanceLabel:
    """emotional | balanced | factual | neither, from the two shares."""
    has_emotion = emotion_share >= thresholds.min_share and emotion_share > 0
    has_fact = fact_share >= thresholds.min_share and fact_share > 0
    if not has_emotion and not has_fact:
        return "neither"
    if not has_fact:
        return "emotional"
    if not has_emotion:
        return "factual"
    if emotion_share >= thresholds.dominance * fact_share:
        return "emotional"
    if fact_share >= thresholds.dominance * emotion_share:
        return "factual"
    return "balanced"


def classify_sentences(ctx: AnalysisContext) -> None:
    """Pipeline stage: signals per sentence, emotion / fact shares and the balance label."""
    draft = ctx.draft
    ctx.signals = {s.index: read_sentence(s, draft.text, draft.language) for s in draft.sentences}
    total = len(draft.sentences)
    emotion_share = round(sum(s.emotion for s in ctx.signals.values()) / total, 3) if total else 0.0
    fact_share = round(sum(s.fact for s in ctx.signals.values()) / total, 3) if total else 0.0
    ctx.metrics = ctx.metrics.model_copy(update={"emotion_share": emotion_share, "fact_share": fact_share})
    thresholds = load_signal_lexicons(draft.language).balance
    ctx.balance = Balance(label=label_balance(emotion_share, fact_share, thresholds))
