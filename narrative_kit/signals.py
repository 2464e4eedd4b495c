"""Sentence signals: does a sentence carry feeling / story, facts / evidence, both or neither?

The workshop's first rule of a message is to combine emotion and facts: data alone
is not enough, and feeling with nothing concrete behind it does not convince either.
Each sentence is read for

- feeling and story: felt experience, not values. Feelings named, sensory detail,
  verbs of feeling or memory, the opening of a vivid personal moment ("that night",
  « ce soir-là », تلك الليلة), and a scene the teller lived told with a setting and a
  person, a sense or words spoken (structure cues; see ``_told_scene``). Not feeling:
  idioms built on feeling or body words
  ("at the heart of", « au cœur de », في قلب; "a voice for young people", "a source of
  hope", "the challenges young people face"), and feelings an institution states as a
  position ("the association expresses its deep concern", « exprime sa vive
  inquiétude », تعرب الجمعية عن قلقها) in a sentence that does not say "I". Value words
  (commitment, solidarity, tolerance, dialogue) are in no list: they are the Story of
  Us's values, not a story;
- facts and evidence: numbers (Latin or Arabic-Indic digits), percentages (% ٪),
  statistics, studies, reports and sources, large numbers said as words, counts from
  ten up said as words ("forty-nine people", as in digits: facts.find_spelled_counts), and full
  dates (a day and a month: "on 9 March", « le 23 mars », ١٢ مارس), which the workshop
  counts among facts. A number that counts nothing (a bare year, a time, an age, a
  room, an address, a phone number: facts.number_role) is no evidence; a measure or
  the teller's own count ("I trained 300 teachers") is a figure, so a CV with figures
  reads as factual.

The lexicons are ``data/lang/<lang>/signals.toml``, written for this project; the
shares of sentences carrying each give ``metrics.emotion_share`` / ``fact_share``.

``balance.label`` weighs more than sentence counts (``label_balance``): a statistic
with its source is evidence a coach sees at once, even in a long story, while a story
takes many sentences. So the fact side is there when enough sentences carry facts
(``min_share``), or when one sentence gives a sourced statistic, or when two give
statistics (``min_statistics``); and when weighing story against evidence, a sourced
statistic counts as ``sourced_statistic_weight`` fact sentences. A story dated in
``dated_years`` distinct years has a fact side too, its dated sentences weighing as
evidence: a bare year counts nothing, but a year that dates the story anchors it ("One
Saturday in June 2021…", "In 2011 my brother left…"), as the issue counts dates among
facts — not a year of a plan ("By 2030…"), and dates alone make no report. Feeling dominates
only when it outweighs that evidence more than ``emotion_dominance`` times. Facts
dominate when they outnumber the story sentences more than ``fact_dominance`` times,
or ``fact_dominance_without_moment`` times when the Story of Self tells no lived
moment (elements.detect_moment): feelings with no story to carry them (a résumé with
"my heart breaks" in its call) weigh less against the figures.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from pydantic import Field

from .asks import detect_asks
from .context import AnalysisContext, SentenceSignals
from .elements import detect_moment
from .facts import (
    NOT_QUANTITIES,
    PERCENT_RE,
    find_numbers,
    find_sources,
    find_spelled_counts,
    find_statistic_sentences,
    find_statistics,
    is_proper_name,
)
from .languages import StrictData, load_language_file
from .lexicon import ARABIC_PROCLITICS, Lexicon, Match, Pattern, arabic_enclitic_forms
from .models import Balance, BalanceLabel
from .person import first_person_singular
from .structure import SentenceCues, draft_cues
from .text import ParsedDraft, Sentence, Word, normalize_word

__all__ = ["PERCENT_RE", "is_proper_name", "read_sentence", "label_balance", "classify_sentences"]

# Arabic proclitic chains with the future prefix س: it only ever stands before a verb in
# the imperfect (سيبكي), whose stem starts with one of these letters.
_FUTURE_CHAINS = tuple(c for c in ARABIC_PROCLITICS if "س" in c)
_OTHER_CHAINS = tuple(c for c in ARABIC_PROCLITICS if "س" not in c)
_IMPERFECT_PREFIXES = ("ي", "ت", "ن", "ا")
_MIN_ARABIC_STEM = 2


class BalanceThresholds(StrictData):
    """When a side counts as present, and when one side tips the balance.

    ``dominance`` applies to both sides unless ``emotion_dominance`` / ``fact_dominance``
    say otherwise. The two sides are not symmetric: a story takes many sentences (the
    moment, what was seen, felt, chosen), a figure takes one. So a well-paired draft has
    many more story sentences than fact sentences (see signals.toml for the measured
    ratios), while a draft with two or three times more figure sentences than story ones
    reads as a report.
    """

    min_share: float = Field(default=0.05, ge=0, le=1)
    dominance: float = Field(default=3.0, ge=1)
    emotion_dominance: float | None = Field(default=None, ge=1)
    fact_dominance: float | None = Field(default=None, ge=1)
    # Statistic sentences that make the fact side present whatever the draft's length
    # (one sourced statistic always does).
    min_statistics: int = Field(default=2, ge=1)
    # Fact sentences of any kind (a date, a figure) that make the fact side present whatever
    # the draft's length (a long story with a dated event and a count); unset, only
    # ``min_share`` counts.
    min_fact_sentences: int | None = Field(default=None, ge=1)
    # How many fact sentences a sentence with a sourced statistic counts for, when the
    # story side is weighed against the evidence (not when the facts are weighed against
    # the story: one sourced figure does not make a short story a report).
    sourced_statistic_weight: float = Field(default=2.0, ge=1)
    # Distinct years that date a story ("In June 2021…", "In 2011… by 2019…"): the fact
    # side is there, and the sentences giving a year count among the evidence (the shipped
    # files say 1; 2 is kept as the default for trainers' own files written before).
    dated_years: int = Field(default=2, ge=1)
    # ``fact_dominance`` for a draft that tells no lived moment (a résumé, a report with a
    # few feeling words): its feelings carry no story, so fewer figures outweigh them.
    # Unset, the same ratio as a draft with a moment.
    fact_dominance_without_moment: float | None = Field(default=None, ge=1)

    @property
    def emotion_ratio(self) -> float:
        return self.dominance if self.emotion_dominance is None else self.emotion_dominance

    @property
    def fact_ratio(self) -> float:
        return self.dominance if self.fact_dominance is None else self.fact_dominance

    def fact_ratio_for(self, *, moment: bool) -> float:
        if moment or self.fact_dominance_without_moment is None:
            return self.fact_ratio
        return self.fact_dominance_without_moment


class SignalData(StrictData):
    """``signals.toml``: the words that mark feeling / story and facts / evidence."""

    emotions: tuple[str, ...] = Field(min_length=1)
    sensory: tuple[str, ...] = ()
    feeling_verbs: tuple[str, ...] = ()
    moments: tuple[str, ...] = ()
    time_anchors: tuple[str, ...] = ()
    event_anchors: tuple[str, ...] = ()  # with a proper name (en, fr): a reported event
    # Idioms built on feeling or body words: a story cue inside one is none (at the heart of).
    not_story: tuple[str, ...] = ()
    # An institution stating a position: in a sentence with one of these and no "I",
    # feelings named are a position, not felt (the association expresses its concern).
    statements: tuple[str, ...] = ()
    evidence: tuple[str, ...] = Field(min_length=1)
    number_words: tuple[str, ...] = ()
    # Units of a span of the teller's own life ("for 22 years", « depuis 22 ans »): story.
    durations: tuple[str, ...] = ()
    # What stands before a year that dates the story ("in 2011", « en 2019 », «سنة 2015», a
    # month): not a count read as a year ("we were 2000 at the march").
    year_leads: tuple[str, ...] = ()
    balance: BalanceThresholds = Field(default_factory=BalanceThresholds)


@dataclass(frozen=True)
class SignalLexicons:
    story: Lexicon  # feelings, senses, feeling verbs and personal moments together
    feelings: frozenset[str]  # the story entries that name a feeling (emotions, feeling verbs)
    not_story: Lexicon
    statements: Lexicon
    time_anchors: Lexicon
    event_anchors: Lexicon
    evidence: Lexicon
    number_words: Lexicon
    durations: Lexicon
    year_leads: frozenset[str]
    balance: BalanceThresholds


@cache
def load_signal_lexicons(language: str) -> SignalLexicons:
    data = load_language_file(language, "signals.toml", SignalData)
    story = data.emotions + data.sensory + data.feeling_verbs + data.moments
    return SignalLexicons(
        # Arabic feelings are often "ours" or "mine": قلبي، دموعها.
        story=Lexicon(story, language, enclitics=True),
        feelings=frozenset(data.emotions + data.feeling_verbs),
        not_story=Lexicon(data.not_story, language, enclitics=True),
        statements=Lexicon(data.statements, language),
        time_anchors=Lexicon(data.time_anchors, language),
        event_anchors=Lexicon(data.event_anchors, language),
        evidence=Lexicon(data.evidence, language),
        number_words=Lexicon(data.number_words, language),
        durations=Lexicon(data.durations, language),
        year_leads=frozenset(normalize_word(w, language) for w in data.year_leads),
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
    says_i = bool(first_person_singular(sentence, language))
    emotion_cues = [(m.start, m.end) for m in _story_matches(sentence, language, says_i)]
    anchors = lexicons.time_anchors.find(sentence.words)
    if anchors and says_i:
        emotion_cues += [(m.start, m.end) for m in anchors]
    fact_cues = [(m.start, m.end) for m in lexicons.evidence.find(sentence.words)]
    events = lexicons.event_anchors.find(sentence.words)
    # Names other than the anchor's own ("on Saturday" names no place).
    names = [
        w for w in sentence.words[1:]
        if is_proper_name(w.text) and not any(m.start <= w.start and w.end <= m.end for m in events)
    ]
    if events and names and not says_i:
        fact_cues += [(m.start, m.end) for m in events] + [(w.start, w.end) for w in names]
    fact_cues += [(m.start, m.end) for m in lexicons.number_words.find(sentence.words)]
    # "I", "my", «أمي»: first_person_singular holds the possessives too.
    durations = {m.first_word for m in lexicons.durations.find(sentence.words)} if says_i else set()
    for number in find_numbers(sentence, text, language):
        percent = PERCENT_RE.match(text, number.end)
        if not percent and number.role in NOT_QUANTITIES and number.role != "date":
            continue  # a year, a time, an age, a room, an address, a phone number
        if not percent and number.role == "measure" and number.last + 1 in durations:
            continue  # "for 22 years I have opened the shop": a span of the teller's life
        fact_cues.append((number.start, percent.end() if percent else number.end))
    # "fourteen new students", « quarante-neuf personnes »: a count from ten up, as in digits.
    fact_cues += [(n.start, n.end) for n in find_spelled_counts(sentence, text, language)]
    # Shares and ratios said in words: "one young person in three", أكثر من نصف.
    fact_cues += [(st.start, st.end) for st in find_statistics(sentence, text, language)]
    fact_cues = [(a, b) for a, b in fact_cues if not any(x <= a and b <= y for x, y in logistics)]
    return SentenceSignals(
        emotion=bool(emotion_cues), fact=bool(fact_cues),
        emotion_cues=sorted(set(emotion_cues)), fact_cues=sorted(set(fact_cues)),
    )


def _story_matches(sentence: Sentence, language: str, says_i: bool) -> list[Match]:
    """Story cues that tell felt experience (see the module docstring)."""
    lexicons = load_signal_lexicons(language)
    words = sentence.words
    matches = lexicons.story.find(words)
    idioms = [(m.start, m.end) for m in lexicons.not_story.find(words)]
    matches = [m for m in matches if not any(a <= m.start and m.end <= b for a, b in idioms)]
    if not says_i and lexicons.statements.find(words):
        matches = [m for m in matches if m.entry not in lexicons.feelings]
    if language == "ar":
        matches = [
            m for m in matches
            if not _through_future_prefix(words[m.first_word], m.entry, m.entry in lexicons.feelings)
        ]
    return matches


def _through_future_prefix(word: Word, entry: str, feeling: bool) -> bool:
    """An Arabic word that matches only once a future prefix س is stripped, when the entry
    is no verb in the imperfect: سيدي is no يدي, سحب no حب, but سيبكي is يبكي. Verbs are
    only among the feelings; senses and moments are nouns, past verbs and phrases."""
    norm = word.norm
    if not norm.startswith(_FUTURE_CHAINS):
        return False
    token = entry.split()[0]
    suffix = token.startswith("*") and len(token) > 1
    prefix = token.endswith("*") and not suffix
    pattern = Pattern(normalize_word(token.strip("*"), "ar"), prefix, suffix)
    if feeling and pattern.text.startswith(_IMPERFECT_PREFIXES):
        return False
    forms = [norm] + [
        norm[len(c):] for c in _OTHER_CHAINS if norm.startswith(c) and len(norm) - len(c) >= _MIN_ARABIC_STEM
    ]
    return not pattern.matches(forms + arabic_enclitic_forms(forms))


def label_balance(
    emotion: int, fact: int, total: int, thresholds: BalanceThresholds,
    *, statistics: int = 0, sourced: int = 0, years: int = 0, dated: int = 0, moment: bool = True,
) -> BalanceLabel:
    """emotional | balanced | factual | neither, from sentence counts (exact, not rounded shares).

    ``statistics`` of the ``fact`` sentences give a statistic; ``sourced`` sentences give a
    statistic or a number with its source. The story side is present when at least one
    sentence and ``min_share`` of them carry it. The fact side is present the same way,
    or when a sentence gives a sourced statistic, or when ``min_statistics`` sentences
    give statistics, or ``min_fact_sentences`` sentences give facts, or when the draft
    dates its story in ``dated_years`` distinct ``years`` (then its ``dated`` sentences,
    those giving a year and no fact, are evidence too, with no other fact needed as long
    as the story side is there or a fact is). Story dominates when it carries more than
    ``emotion_dominance`` times the evidence, a sourced sentence counting
    ``sourced_statistic_weight``; facts dominate when they carry more than
    ``fact_dominance`` times as many sentences as the story (else ``dominance``;
    ``fact_dominance_without_moment`` when the draft tells no lived ``moment``).
    """
    has_emotion = emotion > 0 and emotion >= thresholds.min_share * total
    dated_story = years >= thresholds.dated_years
    enough_facts = thresholds.min_fact_sentences is not None and fact >= thresholds.min_fact_sentences
    has_fact = (fact > 0 and (
        fact >= thresholds.min_share * total or sourced > 0 or statistics >= thresholds.min_statistics
        or enough_facts
    )) or (dated_story and (has_emotion or fact > 0))  # dates alone make no report
    if not has_emotion and not has_fact:
        return "neither"
    if not has_fact:
        return "emotional"
    if not has_emotion:
        return "factual"
    evidence = fact + (thresholds.sourced_statistic_weight - 1) * sourced + (dated if dated_story else 0)
    if emotion > thresholds.emotion_ratio * evidence:
        return "emotional"
    if fact > thresholds.fact_ratio_for(moment=moment) * emotion:
        return "factual"
    return "balanced"


# A scene the teller lived ("At 3 a.m. Fatima knocked on my door, soaked"): story even
# without a feeling word, when it holds a person, a sense or words spoken, and a setting.
_SCENE_DETAIL = ("people", "sensory", "speech")
_SCENE_SETTING = ("time", "place", "named")


def _told_scene(cues: SentenceCues) -> bool:
    """The teller ("I" / "we") tells a past moment with a setting and something of the scene —
    not a survey told with its figure ("60% of the students we surveyed said they see…")."""
    return (bool(cues.singular or cues.plural) and cues.has("narrative_past") and not cues.has("cv")
            and not cues.has("statistic")
            and any(cues.has(k) for k in _SCENE_DETAIL) and any(cues.has(k) for k in _SCENE_SETTING))


def classify_sentences(ctx: AnalysisContext) -> None:
    """Pipeline stage: signals per sentence, emotion / fact shares and the balance label.

    Must run after ``find_sections``: whether the Story of Self tells a lived moment
    weighs in the balance."""
    draft = ctx.draft
    asks = detect_asks(draft)
    logistics = [span for found in asks for span in found.logistics]
    ctx.signals = {
        s.index: read_sentence(s, draft.text, draft.language, logistics) for s in draft.sentences
    }
    every_cues = draft_cues(draft)
    for cues in every_cues:
        signal = ctx.signals[cues.sentence.index]
        if not signal.emotion and _told_scene(cues):
            signal.emotion = True
            signal.emotion_cues = sorted(
                span for kind in _SCENE_DETAIL for span in cues.kinds.get(kind, [])
            )
    total = len(draft.sentences)
    emotion = sum(s.emotion for s in ctx.signals.values())
    fact = sum(s.fact for s in ctx.signals.values())
    ctx.metrics = ctx.metrics.model_copy(update={
        "emotion_share": round(emotion / total, 3) if total else 0.0,
        "fact_share": round(fact / total, 3) if total else 0.0,
    })
    # Statistic sentences whose figures still count as facts (not an ask's logistics).
    found = [f for f in find_statistic_sentences(draft) if ctx.signals[f.sentence.index].fact]
    # A fact with a number that names its source ("Selon le bilan 2023 du SPIP, une
    # trentaine de jeunes…", « plusieurs centaines d'hommes ») weighs as a sourced statistic,
    # though its count is in words; not a source alone ("According to my grandmother, God
    # sees everything").
    counted = {f.sentence.index for f in found}
    lexicons = load_signal_lexicons(draft.language)
    named = sum(1 for s in draft.sentences if ctx.signals[s.index].fact and s.index not in counted
                and find_sources(s, draft.language) and (
                    find_numbers(s, draft.text, draft.language) or lexicons.number_words.find(s.words)))
    thresholds = lexicons.balance
    asked = {found.sentence_index for found in asks}
    # Years that date the story, not a plan ("By 2030 our town will be empty").
    told = {c.sentence.index for c in every_cues if not c.has("future")}
    years = {i: found for i, found in _years_given(draft).items() if i not in asked and i in told}
    ctx.balance = Balance(label=label_balance(
        emotion, fact, total, thresholds,
        statistics=len(found), sourced=sum(f.sourced for f in found) + named,
        years=len({year for found_years in years.values() for year in found_years}),
        dated=sum(1 for i in years if not ctx.signals[i].fact),
        moment=_tells_a_moment(ctx, every_cues),
    ))


def _tells_a_moment(ctx: AnalysisContext, cues: list[SentenceCues]) -> bool:
    """The Story of Self tells a lived moment; with no Story of Self found, a scene the
    teller lived anywhere in the draft ("Last winter the river rose over our street…")."""
    if not any(section.part == "self" for section in ctx.sections):
        return any(_told_scene(c) for c in cues)
    return bool(detect_moment(ctx, cues))


def _set_apart(text: str, end: int) -> bool:
    """A year opening its sentence is a date when a comma or colon follows it ("2011: the
    revolution", « 2019, l'année où… »), not "2000 of us marched"."""
    return text[end : end + 1] in (",", ":", "،")


def _years_given(draft: ParsedDraft) -> dict[int, set[float | None]]:
    """The years each sentence gives ("in 2011", «في ٢٠١٩»), by sentence index: a bare
    year counts nothing, so it is no fact; years told across a story date it. Only a year
    after a preposition or a month ("in 2011", "late 2019", "March 2019"), or opening its
    sentence set apart ("2011: …"), not "we were 2000", "2000 of us marched"."""
    leads = load_signal_lexicons(draft.language).year_leads
    found = {}
    for s in draft.sentences:
        years = {n.value for n in find_numbers(s, draft.text, draft.language) if n.role == "year"
                 and (s.words[n.first - 1].norm in leads if n.first else _set_apart(draft.text, n.end))}
        if years:
            found[s.index] = years
    return found
