"""The parts of a public narrative (Self / Us / Now) and the cues that show them.

Segmentation (``find_sections``) follows the writer's own markers when there are
any — headings or "Label:" openings in any of the three languages, numbered or
not — and otherwise infers the parts from the sentences: "I" and a recounted past
for Self; "we", shared values and a named community for Us, or a value shown by help
that asks nothing of who is helped ("nobody asked whose house it was"); urgency, hope and
invitations for Now. Parts keep the framework's order (a monotone split found by
dynamic programming), and a part with no real evidence is left out rather than
invented: the checks then say it is missing.

Cue lists live in ``data/lang/<lang>/structure.toml`` (one folder a language).
"""

from __future__ import annotations

import re
import weakref
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from pydantic import field_validator

from .asks import load_ask_lexicons
from .context import AnalysisContext
from .languages import StrictData, check_regexes, load_language_file
from .lexicon import Lexicon
from .models import Section
from .person import (
    ambiguous_singular,
    arabic_future,
    arabic_past_plural,
    first_person_plural,
    first_person_singular,
    kin_verbs,
    subject_of,
    third_person,
    vowelled_passives,
)
from .text import Block, ParsedDraft, Sentence, Word, normalize_text, normalize_word

Span = tuple[int, int]
PART_IDS: tuple[str, ...] = ("self", "us", "now")
LANGUAGES: tuple[str, ...] = ("en", "fr", "ar")

# Kinds of detail that make a moment specific rather than a summary.
MOMENT_KINDS: tuple[str, ...] = ("time", "place", "sensory", "people", "speech", "named")
# Arabic cue lists also matched once a pronoun suffix is removed (كرامتنا → كرامة).
_ENCLITIC_KINDS = frozenset({"values", "hope", "threat", "challenge", "felt", "shared", "community"})
_YEAR_RE = re.compile(r"^(1[89]|20)\d\d$")
_PERCENT_RE = re.compile(r"\d\s?[%٪]|[%٪]\s?\d")
_QUOTE_RE = re.compile(r"[«“\"„][^«»“”\"]{2,}[»”\"]")
_LABEL_SPLIT_RE = re.compile(r"\s*(?::|：|—|–|\s-\s)\s*")
_ENUMERATOR_RE = re.compile(
    r"^\s*(?:#{1,6}\s*)?(?:\(?(?:\d{1,2}|[ivx]{1,4}|[a-c]|[٠-٩]{1,2})\s*[.):\-–—]\s*)?", re.IGNORECASE
)
_BOLD_LABEL_RE = re.compile(r"^\s*(?:\*\*|__)(?P<label>[^*_\n]{1,60})(?:\*\*|__)")
_COLON_LABEL_RE = re.compile(r"^\s*(?P<label>[^:：\n.!?؟]{1,40})\s*[:：]")


class Cues(StrictData):
    narrative_past: tuple[str, ...]
    cv: tuple[str, ...]
    challenge: tuple[str, ...]
    choice: tuple[str, ...]
    outcome: tuple[str, ...]
    time: tuple[str, ...]
    place: tuple[str, ...]
    sensory: tuple[str, ...]
    people: tuple[str, ...]
    speech: tuple[str, ...]
    values: tuple[str, ...]
    shared: tuple[str, ...]
    community: tuple[str, ...]
    obligation: tuple[str, ...]
    urgency: tuple[str, ...]
    urgency_weak: tuple[str, ...]
    threat: tuple[str, ...]
    hope: tuple[str, ...]
    hope_weak: tuple[str, ...]
    # "We can win this", « on peut gagner », «نستطيع»: hope only with a past win right after.
    can: tuple[str, ...]
    # "We can, because in Saint-Front…": the proof of "we can" given in the same sentence.
    because: tuple[str, ...] = ()
    # Doubt before a hope word voids it: "I don't know if it will be enough", «لا أعرف إن».
    doubt: tuple[str, ...]
    # Hope lost, denied ("we have not lost hope", «ما فقدنا الأمل»): no doubt.
    hope_kept: tuple[str, ...] = ()
    # A slogan: "a better future", « un monde meilleur », «مستقبل أفضل»: no hope or value alone.
    slogan: tuple[str, ...]
    invitation: tuple[str, ...]
    second_person: tuple[str, ...]
    # Elements told through the story rather than named (see elements.py).
    turn: tuple[str, ...]
    alternative: tuple[str, ...]
    # Others pressing the teller one way ("they were waiting for me to say go", « ils
    # voulaient que je signe », «طلبوا مني أن أوقع»): a road not taken only when refused
    # right after (elements._refused_the_other_road), no doubt on the sentence's own acts.
    pressed: tuple[str, ...] = ()
    # The road not taken refused ("I wanted to leave… I didn't leave", « je ne suis pas
    # parti », «لكنني لم أخرج»): a negated past of the teller's, a choice after the other road.
    refusal: tuple[str, ...] = ()
    # Said to the listeners about the telling ("I do not have to tell you how hard it was",
    # « je ne suis pas obligée de vous dire »): no road not taken in that sentence.
    aside: tuple[str, ...] = ()
    # The Story of Self announced as another person's ("I want to tell you about Yanis", « je
    # veux vous parler de Sofiane », «أريد أن أحكي لكم عن ياسين»), unless what follows is a
    # topic word ("how", « comment », «كيف», "the night…"), a time or the teller.
    tell_about: tuple[str, ...] = ()
    tell_about_topic: tuple[str, ...] = ()
    # Or said outright: "I am not the hero of this story", « ce n'est pas mon histoire »;
    # not "not my story alone" (``only`` right after).
    not_my_story: tuple[str, ...] = ()
    only: tuple[str, ...] = ()
    not_action: tuple[str, ...]
    # A life lived, a feeling known: no act of the teller's ("I lived by this harbour",
    # « j'ai connu la honte », «كنا صغار»), though a sentence with them may still tell a
    # precedent ("the families who lived on our street rebuilt 40 houses"): read by
    # elements._act_spans only, unlike ``not_action``.
    no_act: tuple[str, ...] = ()
    later: tuple[str, ...]
    result: tuple[str, ...]
    success: tuple[str, ...]
    # Work done for people, counted after a precedent ("Last year our committee matched 40
    # apprentices", « il a formé soixante jeunes », «درّبنا ستين شابا»): hope (elements.py).
    work_done: tuple[str, ...] = ()
    statistic: tuple[str, ...]
    present_lead: tuple[str, ...]
    # Hope as a precedent ("Last winter the same campaign worked") and urgency as a dated
    # event ("The board votes next Tuesday, March 19").
    precedent: tuple[str, ...]
    event: tuple[str, ...]
    # A time still to come or a run that keeps going ("in three weeks", "the second time
    # this month"): urgency told as a fact of the situation.
    countdown: tuple[str, ...]
    # Values named as a category ("our core values are diversity, respect…").
    values_named: tuple[str, ...]
    # A verb that looks ahead ("will", "is going to", « va », « fermera », «سوف»): with a day
    # or a month, a coming event. Arabic سـ futures (ستُغلق) are found in code, not listed.
    future: tuple[str, ...]
    # A state that has lasted ("for six weeks", « depuis le 3 octobre », «منذ أسبوعين»):
    # an ongoing harm told in the present is urgency.
    lasting: tuple[str, ...]
    # Nothing done by anyone ("nobody has answered", « personne n'a répondu », «لم يردّ أحد»):
    # a turn to it is no hope.
    nothing_done: tuple[str, ...]
    # Help that asks nothing of who is helped ("nobody asks where you come from", « sans
    # distinction de quartier », «لم يسأل أحد من أين أنت»): a shared value shown, not named.
    # Most are phrases with a gap, so they are also patterns (``cue_patterns``).
    no_distinction: tuple[str, ...]
    # Common humanity asserted ("we all bleed the same red", « nous sommes tous des êtres
    # humains », «كلنا نحمل نفس الجرح»): true of everyone, so no value of this community.
    universal: tuple[str, ...] = ()
    # A figure said to be small ("only 5 percent", « seulement 5 % », «5% فقط»): no success.
    scarce: tuple[str, ...] = ()
    # Something gone down ("fell by a third", « a baissé de », «تراجع»): a success only in a
    # sentence that names a harm (``harm``: "incidents fell by a third", « les chutes ont baissé
    # de moitié », «تراجع الانقطاع»), not when a catch, a harvest or an income fell.
    decline: tuple[str, ...] = ()
    harm: tuple[str, ...] = ()
    # "None of them" right before a harm ("not one has been charged", « aucune n'a manqué »,
    # «ولا واحدة تغيّبت»): no harm suffered, a win — not "nothing has changed: evictions keep
    # rising", whose "nothing" counts no one.
    none_of: tuple[str, ...] = ()
    trial: tuple[str, ...] = ()
    # A programme run elsewhere or before ("a mentoring pilot", « l'expérimentation »,
    # «تجربة»): hope when the sentence says it worked or showed something (elements.py).
    programme: tuple[str, ...] = ()
    all_of_us: tuple[str, ...] = ()
    reciprocal: tuple[str, ...] = ()
    habitual: tuple[str, ...] = ()
    # A whole life summed up ("I spent my whole life among children"): no moment.
    lifelong: tuple[str, ...] = ()
    # Years of a life ("married to Delores for forty-seven years"): no moment, with nothing
    # seen, heard or said.
    years_of_life: tuple[str, ...] = ()
    # A span of years ("since 2012", « de 2014 à 2020 », «منذ 2012»): a post held or a life
    # summed up, no moment either. Regular expressions only (``cue_patterns``).
    year_span: tuple[str, ...] = ()
    # A past lived more than once or still going, not one moment: the English present perfect
    # ("I have felt fear when I hear…", a regular expression in ``cue_patterns``), « il m'est
    # arrivé de », «لطالما».
    lived_again: tuple[str, ...] = ()
    # Someone else opening a clause, told in the present as often as in the past (« Il
    # traverse le bus », "She picks up the phone"): another person acting, for a story told
    # through someone met. Regular expressions only (``cue_patterns``), one per language; Arabic
    # also reads "he" and "she" spelt on a word (``person.third_person``).
    others_subject: tuple[str, ...] = ()
    # Works and schemes that bear a name ("the project", « la formation », «برنامج»): a quote
    # right after one is that name, not words spoken (``_not_names``).
    title_nouns: tuple[str, ...] = ()
    # A promise not kept ("we are still waiting", « nous attendons toujours »): no win.
    waiting: tuple[str, ...] = ()
    # A habit kept up until it worked ("every morning… until they received me"): an act.
    persisted: tuple[str, ...] = ()
    # Perceiving is no act: "I heard the wind", « j'ai entendu », «سمعت» (elements._act_spans).
    perceived: tuple[str, ...] = ()
    # A choice word right after these is no act: a passive ("we were stopped at the light",
    # « nous étions arrêtés ») or a perfect denied ("I have not stopped thinking about it",
    # « je n'ai jamais cessé », «لم أتوقف عن التفكير»).
    no_act_before: tuple[str, ...] = ()
    # Words that look like a narrative past and are none ("hatred", "indeed", "hundred": the
    # English "*ed"): dropped from ``narrative_past``.
    not_past: tuple[str, ...] = ()
    # How things go, as a lesson ("That is how hatred enters", « c'est ainsi que… », «هكذا»):
    # with neither the teller nor a past, a general truth, no outcome (elements._general_truth).
    how_it_goes: tuple[str, ...] = ()
    # What the teller is told to do at work or in the story ("We're told not to get
    # involved. Deliver the mail, report the damage, move on."): the orders after it are
    # quoted, no ask of the listener (``_said_in_the_story``).
    instructed: tuple[str, ...] = ()
    # A "not" ("did not", « n' », «لم»): a hope word right after one is denied ("It did not
    # work"); a state before it is not ("the pilot was offered to 41 students").
    negation: tuple[str, ...] = ()
    # The challenge words that name a feeling ("afraid", « peur », «خوف»), not a harm done
    # ("threatened", « licencié », «تهديد»): in a story of feelings only, a feeling is a
    # challenge only when told once and of someone, somewhere or some time (elements).
    felt: tuple[str, ...] = ()


class Auxiliaries(StrictData):
    """A past told with an auxiliary that is also a present verb (French « j'ai » + a
    participle, « j'ai peur » not): the auxiliary forms, the words that may stand between
    it and the participle, and words ending like a participle that are none."""

    past: tuple[str, ...] = ()
    before_participle: tuple[str, ...] = ()
    not_participles: tuple[str, ...] = ()


class DaysNamed(StrictData):
    """Words after or before a word of the present that make it name a day, not today;
    ``that``: words before "tonight" that make it a night of the story («تلك الليلة»)."""

    after: tuple[str, ...] = ()
    before: tuple[str, ...] = ()
    that: tuple[str, ...] = ()


class StructureData(StrictData):
    enumerators: tuple[str, ...] = ()
    # The opening word of a condition ("if we don't…"): asked as a question, no urgency.
    conditionals: tuple[str, ...] = ()
    # A word of the present next to these names a day, not today: «اليوم الأول», «ذلك اليوم».
    days_named: DaysNamed = DaysNamed()
    auxiliaries: Auxiliaries = Auxiliaries()
    # Counts of years ("for eight years", « pendant huit ans »): a length of time, not a when.
    years_counted: tuple[str, ...] = ()
    # Small words between "I wanted to" / "I didn't" and their verb (« de », « l' »), skipped
    # when a refusal is matched with the road not taken (elements._refused_the_other_road).
    verb_fillers: tuple[str, ...] = ()
    # Capitalised words that name no one in a scene: God and the capitalised "He" said of
    # God ("I hated God, may He forgive me", « Dieu »), read as a person named otherwise.
    not_names: tuple[str, ...] = ()
    # Whether a sentence of the teller's with no past form can still be a scene. English and
    # French say false: "Then one day he is floating", « Le soir j'allume la télé » are how
    # things go, not a moment. Arabic keeps true: its past forms are not all recognised
    # («سألته»، «طرق الباب»), so «أنا» or an «ـت» verb still opens a scene.
    present_scenes: bool = True
    headings: dict[str, tuple[str, ...]]
    # Words that make a short heading line name a part ("Why now", "Qui je suis", «ما يجمعنا»).
    heading_words: dict[str, tuple[str, ...]] = {}
    # Words that make a short heading the draft's title, naming no part: "My Public
    # Narrative — Dr. Huda…", « Mon récit public », «سردي العام».
    title_words: tuple[str, ...] = ()
    cues: Cues
    # Cues no word list can hold, as regular expressions on the sentence, by cue kind:
    # "nobody ever asked whose house it was", « personne n'a demandé à personne d'où… ».
    cue_patterns: dict[str, tuple[str, ...]] = {}

    @field_validator("cue_patterns")
    @classmethod
    def _known_valid_patterns(cls, patterns: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
        for kind, regexes in patterns.items():
            if kind not in Cues.model_fields:
                raise ValueError(f"cue_patterns: unknown cue kind {kind!r}")
            check_regexes(regexes)
        return patterns


@cache
def load_structure(language: str) -> StructureData:
    data = load_language_file(language, "structure.toml", StructureData)
    unknown = (set(data.headings) | set(data.heading_words)) - set(PART_IDS)
    if unknown:
        from .languages import LanguageDataError

        raise LanguageDataError(f"{language}/structure.toml: unknown parts {sorted(unknown)}")
    return data


@cache
def _cue_patterns(language: str) -> tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]:
    patterns = load_structure(language).cue_patterns
    return tuple((kind, tuple(re.compile(p) for p in regexes)) for kind, regexes in patterns.items())


@cache
def _lexicon(language: str, kind: str) -> Lexicon:
    entries = getattr(load_structure(language).cues, kind)
    return Lexicon(entries, language, enclitics=kind in _ENCLITIC_KINDS)


# ---------------------------------------------------------------------------
# Sentence cues
# ---------------------------------------------------------------------------


@dataclass
class SentenceCues:
    """What one sentence shows: first person, and matches per cue kind (spans)."""

    sentence: Sentence
    singular: list[Span] = field(default_factory=list)
    plural: list[Span] = field(default_factory=list)
    kinds: dict[str, list[Span]] = field(default_factory=dict)

    def has(self, kind: str) -> bool:
        return bool(self.kinds.get(kind))

    @property
    def span(self) -> Span:
        return (self.sentence.start, self.sentence.end)

    def opens_with(self, kind: str, within: int = 4) -> bool:
        """A cue of this kind starts among the sentence's first ``within`` words."""
        words = self.sentence.words[:within]
        return any(w.start == a for a, _ in self.kinds.get(kind, []) for w in words)

    def moment_kinds(self) -> set[str]:
        return {k for k in MOMENT_KINDS if self.has(k)}

    def plural_beyond(self, kind: str) -> bool:
        """A "we" that is not only the subject of an exhortation ("we must", "علينا")."""
        covers = self.kinds.get(kind, [])
        return any(not any(a <= s < b for a, b in covers) for s, _ in self.plural)


def _named_spans(sentence: Sentence) -> list[Span]:
    """Capitalised words inside a sentence (en/fr): people and places named."""
    spans: list[Span] = []
    words = sentence.words
    for i, word in enumerate(words):
        if i == 0 or not word.text[:1].isupper() or word.text.isupper() or len(word.text) < 2:
            continue
        before = sentence.text[: word.start - sentence.start].rstrip()
        if before.endswith(("«", "“", '"', ":", "—", "(")):
            continue  # a quotation or a clause starting with a capital
        spans.append((word.start, word.end))
    return spans


def sentence_text_norm(sentence: Sentence, start: int, end: int) -> str:
    """Look-up form of the words between two offsets of a sentence."""
    return " ".join(w.norm for w in sentence.words if w.start >= start and w.end <= end)


def sentence_cues(sentence: Sentence, language: str) -> SentenceCues:
    quotes = [(sentence.start + m.start(), sentence.start + m.end())
              for m in _QUOTE_RE.finditer(sentence.text)]

    def spoken_by_teller(spans: list[Span]) -> list[Span]:
        # "«We know where you live»": words quoted from someone else are not the teller's "we".
        return [s for s in spans if not any(a <= s[0] < b for a, b in quotes)]

    cues = SentenceCues(
        sentence,
        singular=spoken_by_teller(first_person_singular(sentence, language)),
        plural=spoken_by_teller(first_person_plural(sentence, language)),
    )
    for kind in Cues.model_fields:
        found = _lexicon(language, kind).find(sentence.words)
        cues.kinds[kind] = [(m.start, m.end) for m in found]
    for kind, patterns in _cue_patterns(language):
        cues.kinds[kind] += [(sentence.start + m.start(), sentence.start + m.end())
                             for pattern in patterns for m in pattern.finditer(sentence.text)]
    # «صرخت: «أنا إنسان، لست كلباً!»»: a résumé's words said in a scene are the scene's.
    cues.kinds["cv"] = spoken_by_teller(cues.kinds["cv"])
    if language == "ar":
        # «وسُجّلت 27 حادثة»: a vowelled passive is no act of anyone's, though spelt as «سجلت».
        passives = vowelled_passives(sentence)
        if passives:
            for kind in ("choice", "narrative_past"):
                cues.kinds[kind] = [s for s in cues.kinds[kind] if s not in passives]
    if language == "ar":  # a first-person verb in ـت (قررت، رأيت) or ـنا (دخلنا) is a perfect: past
        future = arabic_future(sentence)  # not «لن أسكت», a ـت of the root
        cues.kinds["narrative_past"] += [
            (a, b) for a, b in cues.singular
            if sentence_text_norm(sentence, a, b).endswith("ت") and (a, b) not in future
        ] + arabic_past_plural(sentence, cues.plural)
        cues.kinds["future"] += future
    if language == "fr":
        cues.kinds["narrative_past"], cues.kinds["participle"] = _passe_compose_only(
            sentence, cues.kinds["narrative_past"])
    if not_past := cues.kinds["not_past"]:
        cues.kinds["narrative_past"] = [s for s in cues.kinds["narrative_past"] if s not in not_past]
    if cues.kinds["no_act_before"]:
        cues.kinds["choice"] = _acts_only(cues.kinds["choice"], cues.kinds["no_act_before"],
                                          cues.singular + cues.plural)
    # "Her son Anis had stopped", « sa mère a décidé »: someone else acts, not the teller.
    kin = kin_verbs(sentence, language)  # «أمي قررت الرحيل»: "my mother decided"
    cues.kinds["third_person"] = third_person(sentence, language)
    cues.kinds["others_act"] = [
        span for span in cues.kinds["choice"] + cues.kinds["narrative_past"]
        if span in kin or subject_of(sentence, span, language) == "other"
    ]
    if cues.kinds["aside"]:
        cues.kinds["alternative"] = []
    _drop_days_named(sentence, cues, load_structure(language).days_named)
    for kind in ("alternative", "pressed", "refusal"):  # the verb of the road not taken, and of its refusal
        cues.kinds[kind + "_verb"] = _verb_after(sentence, cues.kinds[kind], language)
    years = [(w.start, w.end) for w in sentence.words if _YEAR_RE.match(w.norm)]
    cues.kinds["time"] += years
    cues.kinds["speech"] += quotes
    cues.kinds["quoted"] = quotes
    cues.kinds["statistic"] += [(sentence.start + m.start(), sentence.start + m.end())
                                for m in _PERCENT_RE.finditer(sentence.text)]
    if language in ("en", "fr"):
        ignored = {(a, b) for kind in ("time",) for a, b in cues.kinds[kind]}
        ignored |= set(cues.singular) | set(cues.plural)
        not_names = load_structure(language).not_names
        ignored |= {(w.start, w.end) for w in sentence.words if w.text in not_names}
        cues.kinds["named"] = [s for s in _named_spans(sentence) if s not in ignored
                               and not any(a <= s[0] < b for a, b in ignored)]
    else:
        cues.kinds["named"] = []
    # An organisation named ("the Nakhil Centre", « l'association Tamkine », جمعية): with a
    # year alone, founding one is a résumé line (elements.py).
    cues.kinds["organisation"] = [
        (m.start, m.end) for m in load_ask_lexicons(language).organisations.find(sentence.words)
    ]
    if (cues.kinds["organisation"] or cues.kinds["title_nouns"]) and cues.kinds["speech"]:
        cues.kinds["speech"] = _not_names(sentence, cues)
    if cues.kinds["hope"]:
        cues.kinds["hope"] = _hope_held(sentence, cues, language)
    if cues.kinds["harm"]:  # "incidents fell by a third": a harm that went down is a win
        cues.kinds["success"] += cues.kinds["decline"]
        _none_harmed(cues)
    counted = years_counted_words(language)
    # "for 22 years", and the number before it ("for more than eighteen years"): a span of
    # years counted, not a date.
    words = sentence.words
    before_years = {w.end for w, nxt in zip(words, words[1:], strict=False) if nxt.norm in counted}
    cues.kinds["years_counted"] = [
        (a, b) for a, b in cues.kinds["time"]
        if sentence_text_norm(sentence, a, b) in counted or b in before_years
    ]
    return cues


def _acts_only(choices: list[Span], no_act_before: list[Span], teller: list[Span]) -> list[Span]:
    """The choice words not right after a passive or a denied perfect (one space between),
    unless they open on "I" or "we" said apart, a clause of their own ("The truth was I
    would never…"; not «كدت أتوقف», whose "I" is the verb itself)."""
    ends = {b for _, b in no_act_before}

    def own_clause(a: int, b: int) -> bool:
        return any(s == a and e < b for s, e in teller)

    return [(a, b) for a, b in choices if own_clause(a, b) or (a not in ends and a - 1 not in ends)]


# Between an organisation's noun and its quote: nothing or a colon (l'association : « … »).
_BETWEEN_NAME_RE = re.compile(r"^[\s:]*$")
# Between a work's noun and its title: nothing, or one word of the name itself ("the
# Erasmus+ project «Maths and Jobs»") — never a colon ("I walked into the store: "Is anyone
# here?"" is words said), nor "I".
_BETWEEN_TITLE_RE = re.compile(r"^\s*(?:[^\s:]*[A-Z0-9+][^\s:]+\s+)?$")


# Cues of the present that a word right after turns into a day of the story: «في صباح اليوم
# التالي» ("the next day"), not today.
_TODAY_KINDS = ("outcome", "later", "present_lead", "urgency_weak")


def _drop_days_named(sentence: Sentence, cues: SentenceCues, days_named: DaysNamed) -> None:
    """«في صباح اليوم التالي ذهبت»: no "today" (no outcome, no later time, no present); «تلك
    الليلة التي ما رقدتش فيها» ("that night"): no "tonight" (no urgency). Only a word of time
    is so named: «تعلمت اللي…» ("I learned that…") keeps its outcome."""
    words = sentence.words  # «منذ اليوم» ("from today on") is still today: a word after only
    named = {(w.start, w.end) for k, w in enumerate(words)
             if k + 1 < len(words) and words[k + 1].norm in days_named.after}
    if named:  # rare: the words of time are gathered only then
        timed = ("time", "later", "present_lead", "urgency_weak")
        named &= {span for kind in timed for span in cues.kinds[kind]}
    if named:
        for kind in _TODAY_KINDS:
            cues.kinds[kind] = [span for span in cues.kinds[kind] if span not in named]
    that = {(w.start, w.end) for k, w in enumerate(words) if k > 0 and words[k - 1].norm in days_named.that}
    if that:
        cues.kinds["urgency"] = [span for span in cues.kinds["urgency"] if span not in that]


def overlaps(span: Span, others: Sequence[Span]) -> bool:
    """The span shares at least one character with one of ``others``."""
    return any(a < span[1] and span[0] < b for a, b in others)


# How close after "none of them" the harm it denies is said: « Aucune réhospitalisation »,
# "not one has been charged with anything", «ولا واحدة من الأمهات تغيّبت».
_NONE_HARMED_REACH = 30


def _none_harmed(cues: SentenceCues) -> None:
    """"None of them" right before a harm (« Aucune n'a manqué une consultation », "not one has
    been charged"): no harm suffered, a win, and no longer nothing done."""
    harms = cues.kinds["harm"]
    harmed = [span for span in cues.kinds["none_of"]
              if any(0 <= a - span[1] <= _NONE_HARMED_REACH for a, _ in harms)]
    if harmed:
        cues.kinds["success"] += harmed
        cues.kinds["nothing_done"] = [span for span in cues.kinds["nothing_done"]
                                      if not overlaps(span, harmed)]


def _not_names(sentence: Sentence, cues: SentenceCues) -> list[Span]:
    """Quotes that are words spoken, not the name of an organisation or a work right after
    it: the association « Santé pour tous », "Safe Youth Benghazi", جمعية «صوت العدالة»,
    la formation « Prévenir la radicalisation », the prize "Carer of the Year"."""
    base = sentence.start
    names = [(end, _BETWEEN_NAME_RE) for _, end in cues.kinds["organisation"]]
    names += [(end, _BETWEEN_TITLE_RE) for _, end in cues.kinds["title_nouns"]]
    return [
        (a, b) for a, b in cues.kinds["speech"]
        if not any(end <= a and between.match(sentence.text[end - base : a - base])
                   for end, between in names)
    ]


# How far after a doubt ("I don't know if", «لا يمكن») a hope word is still doubted, and how
# far after an organisation word (جمعية، association) a hope word is still its name.
_DOUBT_REACH = 6
# A hope word may also sit inside the doubt's own words («لا أعرف إن» holds «أعرف إن»).
_DOUBT_OVERLAP = 3
_NAME_REACH = 2


def _hope_held(sentence: Sentence, cues: SentenceCues, language: str) -> list[Span]:
    """Hope words that say hope: not doubted ("I don't know if it will be enough", «لا أعرف
    إن كان … سيكفي»), not part of a name ("the Hope Centre", «جمعية درب الأمل»)."""
    words = sentence.words
    index = {w.start: k for k, w in enumerate(words)}
    ends = {w.end: k for k, w in enumerate(words)}
    kept = cues.kinds["hope_kept"]
    doubts = [ends[b] for a, b in cues.kinds["doubt"]  # the doubt's last word
              if b in ends and not any(x <= a and b <= y for x, y in kept)]
    # Arabic has no capitals: a name is what follows an organisation word (جمعية درب الأمل).
    organisations = [ends[b] for _, b in cues.kinds["organisation"] if b in ends] if language == "ar" else []
    names = {a for a, _ in cues.kinds["named"]}
    # A turn ends the doubt's reach: "Silence is no longer possible, but there is hope".
    turns = [index[a] for a, _ in cues.kinds["turn"] if a in index]
    held: list[Span] = []
    for a, b in cues.kinds["hope"]:
        k = index.get(a)
        if k is None:
            held.append((a, b))
            continue
        if any(-_DOUBT_OVERLAP <= k - d <= _DOUBT_REACH and not any(d < t < k for t in turns)
               for d in doubts):
            continue
        if any(0 < k - o <= _NAME_REACH for o in organisations):
            continue
        if a in names:
            continue  # "the Hope Centre", « l'association Espoir »
        held.append((a, b))
    return held


_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "i", "ie", "is", "ies", "ise", "ises", "u", "ue", "us", "ues",
                       "t", "te", "ts", "tes", "û")


@dataclass(frozen=True)
class _Auxiliaries:
    """structure.toml's [auxiliaries], as sets: see StructureData."""
    past: frozenset[str]
    before_participle: frozenset[str]
    not_participles: frozenset[str]


@cache
def _auxiliaries(language: str) -> _Auxiliaries:
    data = load_structure(language).auxiliaries
    return _Auxiliaries(frozenset(data.past), frozenset(data.before_participle),
                        frozenset(data.not_participles))


def _passe_compose_only(sentence: Sentence, spans: list[Span]) -> tuple[list[Span], list[Span]]:
    """« je suis allée » is a past, « je suis fière », « je suis juste un homme » a present
    state: keep « je suis » (and « nous sommes ») only when a past participle follows it;
    likewise « j'ai peur », « nous avons tous un cœur » are the present: keep « j'ai »
    (« nous avons », « il a »…) only when a participle follows, after a negation or an
    adverb. Also the participles found, what the past says (« j'ai *pleuré* »)."""
    auxiliaries = _auxiliaries("fr")
    kept: list[Span] = []
    participles: list[Span] = []
    for a, b in spans:
        norm = sentence_text_norm(sentence, a, b)
        if norm in _ETRE_AUXILIARIES or norm in auxiliaries.past:
            participle = _participle_after(sentence, b, auxiliaries, etre=norm in _ETRE_AUXILIARIES)
            if participle is None:
                continue
            participles.append((participle.start, participle.end))
        kept.append((a, b))
    return kept, participles


# « je suis allée », « je me suis levée »: the past with « être », a participle after it.
_ETRE_AUXILIARIES = ("je suis", "nous sommes", "je me suis", "nous nous sommes")
_ALL_OF_US = ("tous", "toutes")


def _participle_after(
    sentence: Sentence, offset: int, auxiliaries: _Auxiliaries, *, etre: bool,
) -> Word | None:
    """The past participle right after an auxiliary ending at ``offset``, if one follows:
    after « avoir », past a negation or an adverb (« je n'ai *jamais* oublié », « j'ai
    *finalement* appelé »); after « être », the very next word (« je suis *toujours*
    étudiante », « je suis française » are states, « je me suis assise » a past)."""
    after = [w for w in sentence.words if w.start >= offset]
    if etre and after and after[0].norm in _ALL_OF_US:
        after = after[1:]  # « nous sommes tous allés »: « tous » says who, the participle follows
    while not etre and after and (
            after[0].norm in auxiliaries.before_participle or after[0].norm.endswith("ment")):
        after = after[1:]
    if not after:
        return None
    norm = after[0].norm
    # « française », « japonaise »: a nationality, not « assise », « prise »
    if norm in auxiliaries.not_participles or len(norm) < 2 or norm.endswith(("ment", "aise", "oise")):
        return None
    return after[0] if norm.endswith(_PARTICIPLE_ENDINGS) else None


CONTEXT_SENTENCES = 2


# The last drafts' cues, so segmentation and element detection read them once.
_CUES_CACHE: dict[int, tuple[weakref.ref[ParsedDraft], list[SentenceCues]]] = {}
_CUES_CACHE_SIZE = 8


def draft_cues(draft: ParsedDraft) -> list[SentenceCues]:
    """Cues of every sentence (computed once per parsed draft)."""
    cached = _CUES_CACHE.get(id(draft))
    if cached is not None and cached[0]() is draft:
        return cached[1]
    cues = _compute_draft_cues(draft)
    if len(_CUES_CACHE) >= _CUES_CACHE_SIZE:
        _CUES_CACHE.pop(next(iter(_CUES_CACHE)))
    _CUES_CACHE[id(draft)] = (weakref.ref(draft), cues)
    return cues


def _compute_draft_cues(draft: ParsedDraft) -> list[SentenceCues]:
    """Cues of every sentence; ambiguous "I" forms kept where a sure "I" is near: within
    CONTEXT_SENTENCES in the same paragraph, or right next to it. A paragraph back, the story
    has often turned to "her" («حكت لي زهرة…» / «لم تكسرها الحقيقة. رجعت إلى سوسة»)."""
    cues = [sentence_cues(s, draft.language) for s in draft.sentences]
    sure = [bool(c.singular) for c in cues]
    for i, c in enumerate(cues):
        if sure[i]:
            continue
        block = c.sentence.block
        window = range(max(0, i - CONTEXT_SENTENCES), min(len(cues), i + CONTEXT_SENTENCES + 1))
        near = [sure[j] for j in window if cues[j].sentence.block == block or abs(j - i) == 1]
        if any(near):
            c.singular = ambiguous_singular(c.sentence, draft.language)
            if c.singular and draft.language == "ar":
                c.kinds["narrative_past"] += list(c.singular)
    return cues


# ---------------------------------------------------------------------------
# Explicit markers: headings and "Label:" openings
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Marker:
    part: str
    start: int  # where the section starts (the heading or the label)
    text: str  # the label as written


@cache
def _verb_fillers(language: str) -> frozenset[str]:
    return frozenset(normalize_word(w, language) for w in load_structure(language).verb_fillers)


def _verb_after(sentence: Sentence, spans: list[Span], language: str) -> list[Span]:
    """The first word after the first of ``spans``, past small words (« de », « l' »)."""
    if not spans:
        return []
    skip = _verb_fillers(language)
    end = spans[0][1]
    return next(([(w.start, w.end)] for w in sentence.words if w.start >= end and w.norm not in skip), [])


@cache
def years_counted_words(language: str) -> frozenset[str]:
    return frozenset(normalize_word(w, language) for w in load_structure(language).years_counted)


@cache
def _enumerators(language: str) -> frozenset[str]:
    """Every language's enumerators ("Part", « Partie », «الجزء»), in this language's look-up form."""
    return frozenset(
        normalize_text(e, language) for lang in LANGUAGES for e in load_structure(lang).enumerators
    )


@cache
def _heading_norms() -> tuple[tuple[str, str, str], ...]:
    """(language, part, heading in look-up form) for every listed heading, in search order."""
    return tuple(
        (lang, part, normalize_text(entry, lang))
        for lang in LANGUAGES
        for part in PART_IDS
        for entry in load_structure(lang).headings.get(part, ())
    )


def _strip_enumerators(label: str, language: str) -> str:
    label = _ENUMERATOR_RE.sub("", label, count=1)
    norm = normalize_text(label.strip(" \t*_#:：.-–—"), language)
    words = norm.split()
    enumerators = _enumerators(language)
    while words and (
        words[0].strip(":.)-") in enumerators or words[0].strip(":.)-").isdigit()
        or not any(ch.isalnum() for ch in words[0])
    ):
        words = words[1:]
    return " ".join(w.strip(":：.") for w in words).strip()


def match_label(label: str, language: str) -> str | None:
    """The part a heading or label names ("Story of Self", "Nous", "قصة الآن"), in any language."""
    norm = _strip_enumerators(label, language)
    if not norm:
        return None
    first = _LABEL_SPLIT_RE.split(norm, maxsplit=1)[0].strip()
    first_in = {lang: normalize_text(first, lang) for lang in LANGUAGES}
    for lang, part, entry_norm in _heading_norms():
        if first == entry_norm or first_in[lang] == entry_norm:
            return part
    return None


# A heading named by its words is short and is not a line of speech.
HEADING_WORDS_MAX = 6
# Now first ("What I ask of you"), then Us ("What we share"), then Self ("Who I am").
_HEADING_WORD_ORDER: tuple[str, ...] = ("now", "us", "self")


def heading_part(text: str, language: str) -> str | None:
    """The part a short heading line names by its words ("Why now", "Ce qui nous relie",
    «كيف تشاركون»), in any language; None for "The numbers" or a line of speech."""
    if any(q in text for q in "\"“”«»") or (text.rstrip().endswith(("?", "؟")) and len(text.split()) > 3):
        return None  # a line of speech or a question asked, not "Why now?"
    norm = _strip_enumerators(_LABEL_SPLIT_RE.split(text.strip(), maxsplit=1)[0], language)
    norm = norm.strip("[]() ")
    if not norm or len(norm.split()) > HEADING_WORDS_MAX:
        return None
    words = re.sub(r"(\w['’])(?=\w)", r"\1 ", norm).split()  # l'urgence → l' urgence
    padded = " {} ".format(" ".join(w.strip("?؟!.,;") for w in words))
    if any(f" {entry} " in padded for entry in _title_words()):
        return None  # "My Public Narrative": the title of the whole draft
    for part, entries in _heading_words():
        if any(f" {entry} " in padded for entry in entries):
            return part
    return None


@cache
def _title_words() -> tuple[str, ...]:
    """Title words of every language, normalised once."""
    return tuple(
        normalize_text(entry, lang) for lang in LANGUAGES for entry in load_structure(lang).title_words
    )


@cache
def _heading_words() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Heading words of every language, normalised once, in the order parts are tried."""
    return tuple(
        (part, tuple(normalize_text(entry, lang) for lang in LANGUAGES
                     for entry in load_structure(lang).heading_words.get(part, ())))
        for part in _HEADING_WORD_ORDER
    )


def _block_marker(block: Block, language: str) -> Marker | None:
    if block.kind == "heading":
        part = match_label(block.text, language) or heading_part(block.text, language)
        return Marker(part, block.start, block.text) if part else None
    for pattern in (_BOLD_LABEL_RE, _COLON_LABEL_RE):
        found = pattern.match(block.text)
        if found and len(found.group("label").split()) <= 5:
            part = match_label(found.group("label"), language)
            if part:
                return Marker(part, block.start, block.text[: found.end()].strip())
    return None


def find_markers(draft: ParsedDraft) -> list[Marker]:
    markers = [_block_marker(b, draft.language) for b in draft.blocks]
    return [m for m in markers if m is not None]


# ---------------------------------------------------------------------------
# Inferred parts
# ---------------------------------------------------------------------------


ASK_WEIGHT = 2.5
# Past-tense sentences that make a story the teller witnessed (see ``_has_evidence``).
WITNESSED_STORY_SENTENCES = 4
PRESENT_LEAD_WEIGHT = 1.5
WIN_SEEN_WEIGHT = 1.5
DATED_EVENT_WEIGHT = 2.0


def opens_in_present(cues: SentenceCues) -> bool:
    """"Today, recruiters are in every phone": a sentence that opens on the present, not
    in the teller's own voice nor saying what "we" share ("Today we are all neighbours")."""
    shares = bool(cues.plural) and (cues.has("values") or cues.has("shared"))
    return not cues.singular and not shares and cues.opens_with("present_lead", within=2)


def part_scores(cues: SentenceCues, asks: bool = False, present: bool = False) -> dict[str, float]:
    """How much a sentence sounds like Self, Us or Now (higher is more); ``asks``: it
    holds a call to action found by the ask detector; ``present``: it belongs to a
    paragraph that opens on the present (see ``opens_in_present``) and does not go
    back to the teller's past."""
    sg, pl = bool(cues.singular), cues.plural_beyond("obligation")
    details = len(cues.moment_kinds())
    story = cues.has("narrative_past") or details > 0
    # "We talked until dawn": the teller and the people in the story, not the audience.
    # A value word counts as the story's only inside a dated scene ("the next morning he
    # was in our kitchen…").
    story_we = pl and cues.has("narrative_past") and not (
        cues.has("shared") or (cues.has("values") and not cues.has("time")))
    self_score = (
        2.0 * sg + 1.0 * (sg and story) + 0.5 * min(details, 2) * story + 1.0 * story_we
        + 0.5 * (cues.has("challenge") or cues.has("choice"))
        - 1.0 * (bool(cues.plural) and not sg and not story_we) - 1.5 * cues.has("invitation")
        - 1.0 * cues.has("obligation") - 1.0 * (cues.has("urgency") or cues.has("countdown"))
        - 1.5 * cues.has("hope")
        - 1.0 * present - ASK_WEIGHT * asks
    )
    # A value word inside a recounted scene ("coats that had belonged to his grandchildren,
    # … the neighbours") is the story's, not yet what "we" share.
    told_value = cues.has("narrative_past") and not cues.has("shared") and (
        not pl or story_we)
    us_score = (
        2.0 * pl + (0.5 if told_value else 1.5) * cues.has("values") + 1.5 * cues.has("shared")
        + 1.5 * cues.has("no_distinction")
        + 0.5 * cues.has("community") - 1.5 * story_we
        - 1.0 * (sg and not cues.plural) - 0.5 * cues.has("invitation")
    )
    now_score = (
        2.0 * (cues.has("urgency") or cues.has("countdown")) + 2.0 * cues.has("hope")
        + 2.0 * cues.has("invitation")
        + 1.0 * cues.has("second_person") + 0.5 * cues.has("obligation")
        + 1.0 * cues.has("threat")
        # A dated event ("the aid ends on 30 September"), even told as what the teller was told.
        + DATED_EVENT_WEIGHT * (cues.has("event") and cues.has("time"))
        + 1.0 * (cues.has("urgency_weak") and bool(cues.plural or cues.has("second_person")))
        - 1.0 * (sg and cues.has("narrative_past") and not cues.has("hope"))
        + ASK_WEIGHT * asks + PRESENT_LEAD_WEIGHT * present
        # A win already seen, a programme that worked ("the pilot halved the fights"): the
        # proof the Story of Now gives for its hope, not the teller's story.
        + WIN_SEEN_WEIGHT * (cues.has("success") and not sg and (
            cues.has("precedent") or cues.has("programme")))
    )
    return {"self": self_score, "us": us_score, "now": now_score}


def _split_in_order(
    scores: Sequence[dict[str, float]],
    parts: Sequence[str],
    boundary_cost: Sequence[float],
    allowed: Sequence[frozenset[str] | None],
) -> list[str] | None:
    """Best assignment of sentences to ``parts`` keeping their order (None if impossible).

    ``boundary_cost[i]`` is the price of starting a new part at sentence i: low at a
    heading, higher at a paragraph break, highest inside a paragraph. ``allowed[i]``:
    the parts sentence i may take (None: any).
    """
    n, k = len(scores), len(parts)
    if n == 0 or k == 0:
        return None
    minus = float("-inf")
    best = [[minus] * k for _ in range(n)]
    back = [[0] * k for _ in range(n)]
    for i in range(n):
        for j, part in enumerate(parts):
            if allowed[i] is not None and part not in allowed[i]:
                continue
            gain = scores[i][part]
            if i == 0:
                best[i][j] = gain
                continue
            stay = best[i - 1][j]
            move, origin = minus, j
            for prev in range(j):
                if best[i - 1][prev] - boundary_cost[i] > move:
                    move, origin = best[i - 1][prev] - boundary_cost[i], prev
            if stay >= move:
                best[i][j], back[i][j] = stay + gain, j
            else:
                best[i][j], back[i][j] = move + gain, origin
    j = max(range(k), key=lambda x: best[n - 1][x])
    if best[n - 1][j] == minus:
        return None
    labels = [""] * n
    for i in range(n - 1, -1, -1):
        labels[i] = parts[j]
        j = back[i][j]
    return labels


def _holds_ask(cues: SentenceCues, ask_spans: Sequence[Span]) -> bool:
    return any(cues.sentence.start <= a < cues.sentence.end for a, _ in ask_spans)


def _has_evidence(part: str, run: list[SentenceCues], ask_spans: Sequence[Span]) -> bool:
    """A part inferred from the text must really be there, not a leftover."""
    if part == "self":
        story = [c for c in run if c.singular and (
            c.has("narrative_past") or c.moment_kinds() or c.has("challenge")
            or c.has("choice") or c.has("cv"))]
        # A story the teller witnessed ("The first time Karim came… I put a cup next to
        # him…"): told in the past around someone else, with the teller in it at least once.
        told = [c for c in run if c.has("narrative_past") and not c.plural_beyond("obligation")]
        # A story told with "we" ("Nous étions trois… Le lendemain, nous avons décidé…"):
        # the teller's group acting in the past, not what "we" share.
        told_we = [c for c in run if c.plural and not c.singular and c.has("narrative_past")
                   and not (c.has("shared") or c.has("values"))]
        return (len(story) >= 2 or (len(story) == 1 and len(run) <= 2)
                or (len(story) == 1 and len(told) >= WITNESSED_STORY_SENTENCES)
                or len(told_we) >= WITNESSED_STORY_SENTENCES)
    if part == "us":
        return any(c.has("no_distinction") or (
            c.plural_beyond("obligation") and (c.has("values") or c.has("shared"))) for c in run)
    return any(
        c.has("urgency") or (c.has("urgency_weak") and c.has("threat")) or c.has("invitation")
        or c.has("hope") or c.has("countdown") or _holds_ask(c, ask_spans)
        or (c.has("event") and c.has("time") and not c.singular)
        for c in run
    )


def _present_paragraphs(cues: Sequence[SentenceCues]) -> list[bool]:
    """Sentences of a paragraph that opens on the present ("Today, …", "Aujourd'hui, …",
    "اليوم، …"), except those where the teller goes back to their own past: such a
    paragraph turns from the story to the Story of Now."""
    flags: list[bool] = []
    lead = False
    for i, c in enumerate(cues):
        if i == 0 or cues[i - 1].sentence.block != c.sentence.block:
            lead = opens_in_present(c)
            flags.append(lead)
        else:
            flags.append(lead and not (c.singular and c.has("narrative_past")))
    return flags


def _boundary_costs(draft: ParsedDraft) -> list[float]:
    heading_before: set[int] = set()
    previous_block = -1
    costs: list[float] = []
    headings = [b for b in draft.blocks if b.kind == "heading"]
    for sentence in draft.sentences:
        if any(previous_block < h.index < sentence.block for h in headings):
            heading_before.add(sentence.index)
        if sentence.index == 0:
            costs.append(0.0)
        elif sentence.index in heading_before:
            costs.append(0.0)
        elif sentence.block != previous_block:
            costs.append(0.5)
        else:
            costs.append(2.0)
        previous_block = sentence.block
    return costs


def _allowed_parts(
    forced: Sequence[str | None], parts: Sequence[str], open_tail: bool
) -> list[frozenset[str] | None]:
    """What each sentence may be, given the writer's headings: between two headings, the
    part the first one names. With ``open_tail`` (the draft goes on to an ask after its
    last heading), that heading said where a part starts, not that it runs to the end
    ("My story" over a draft that goes on to "we" and an ask): its first sentence is that
    part, the next ones that part or a later one. Without an ask after it, a lone "Story
    of Self" heads a Story of Self, to the end."""
    allowed: list[frozenset[str] | None] = [None if f is None else frozenset({f}) for f in forced]
    last = next((i for i in range(len(forced) - 1, -1, -1) if forced[i] is not None), None)
    if last is None or not open_tail:
        return allowed
    part = forced[last]
    first = last
    while first > 0 and forced[first - 1] == part:
        first -= 1
    later = frozenset(parts[parts.index(part):])
    for i in range(first + 1, len(forced)):
        allowed[i] = later
    return allowed


def assign_parts(
    draft: ParsedDraft,
    cues: Sequence[SentenceCues],
    parts: Sequence[str] = PART_IDS,
    ask_spans: Sequence[Span] = (),
) -> tuple[list[str | None], list[Marker]]:
    """The part of each sentence (None: in no part), and the markers that decided them."""
    markers = find_markers(draft)
    markers = [m for m in markers if m.part in parts]
    forced: list[str | None] = [None] * len(cues)
    for c in cues:
        before = [m for m in markers if m.start <= c.sentence.start]
        if before:
            forced[c.sentence.index] = before[-1].part
    after_last = markers[-1].start if markers else len(draft.text)
    allowed = _allowed_parts(forced, parts, any(a >= after_last for a, _ in ask_spans))
    scores = [part_scores(c, _holds_ask(c, ask_spans), present)
              for c, present in zip(cues, _present_paragraphs(cues), strict=True)]
    costs = _boundary_costs(draft)
    marked = {m.part for m in markers}
    remaining = list(parts)
    while remaining:
        labels = _split_in_order(scores, remaining, costs, allowed)
        if labels is None:
            if markers:  # the writer's own order: follow it, unlabelled opening to the first part
                first = markers[0].part
                return [f or first for f in forced], markers
            return [None] * len(cues), markers
        # A part the writer named stays; one inferred from the text needs evidence.
        weak = [p for p in remaining if p not in marked and not _has_evidence(
            p, [c for c, lab in zip(cues, labels, strict=True) if lab == p], ask_spans)]
        if not weak:
            return list(labels), markers
        # Drop the weakest part (no evidence) and split again among the others.
        remaining.remove(weak[0])
    return [None] * len(cues), markers


def find_sections(ctx: AnalysisContext) -> None:
    """Split the draft into the framework's parts (Self / Us / Now), in order, with timings;
    then drop the asks the teller made to someone inside their own story (see
    ``_said_in_the_story``, ``_routine_in_the_story``): they were calls in the story, not
    to the listener."""
    parts = [p.id for p in ctx.framework.parts if p.id in PART_IDS]
    if len(parts) < 2:
        return
    cues = draft_cues(ctx.draft)
    labels, markers = assign_parts(ctx.draft, cues, parts, [(a.start, a.end) for a in ctx.asks])
    sections: list[Section] = []
    i = 0
    while i < len(cues):
        part = labels[i]
        j = i
        while j + 1 < len(cues) and labels[j + 1] == part:
            j += 1
        if part is not None:
            run = cues[i : j + 1]
            start = run[0].sentence.start
            heading = next((m for m in reversed(markers)
                            if m.part == part and m.start <= start), None)
            if heading is not None and not any(s.part == part for s in sections):
                start = min(start, heading.start)
            words = sum(c.sentence.word_count for c in run)
            framework_part = ctx.framework.part(part)
            sections.append(Section(
                part=part, start=start, end=run[-1].sentence.end, words=words,
                speaking_seconds=ctx.seconds_for(words),
                budget_seconds=framework_part.budget_seconds if framework_part else None,
                heading=heading.text if heading is not None else None,
            ))
        i = j + 1
    ctx.sections = _merge_same_part(sections, ctx)
    starts = [c.sentence.start for c in cues]
    ctx.asks = [a for a in ctx.asks
                if not _asked_in_the_story(bisect_right(starts, a.start) - 1, cues, labels)]


def _asked_in_the_story(i: int, cues: Sequence[SentenceCues], labels: Sequence[str | None]) -> bool:
    """The ask in sentence i was made in the teller's story, not to the listener."""
    if not 0 <= i < len(cues) or labels[i] != "self":
        return False
    return (_said_in_the_story(i, cues, labels) or _routine_in_the_story(cues[i])
            or _past_in_the_story(cues[i]))


def _tells_the_past(c: SentenceCues) -> bool:
    return bool(c.singular or c.plural) and c.has("narrative_past")


def _said_in_the_story(i: int, cues: Sequence[SentenceCues], labels: Sequence[str | None]) -> bool:
    """An ask the teller once made to someone in their story, not to the listener: inside
    the Story of Self, right after words that open speech (a colon, a question) and between
    two sentences of the teller's past in the same paragraph ("I asked the boys: do you
    want to earn five dinars a day? Help me clean and plant. I paid them from my own
    salary for two months."), or right after what the teller was told to do ("We're told
    not to get involved. Deliver the mail, report the damage, move on. I had 300 boxes still
    to go."). "I went to the station every time. So I ask you: write to the mayor. I wrote
    to him too." stays an ask."""
    if not 0 < i < len(cues) - 1 or labels[i] != "self":
        return False
    before, after = cues[i - 1], cues[i + 1]
    block = cues[i].sentence.block
    if not before.sentence.block == block == after.sentence.block or not _tells_the_past(after):
        return False
    opens_speech = ":" in before.sentence.text or before.sentence.text.rstrip().endswith(("?", "؟"))
    return (opens_speech and _tells_the_past(before)) or before.has("instructed")


def _routine_in_the_story(c: SentenceCues) -> bool:
    """« Chaque lundi, je demande aux élèves de raconter leur week-end », "Every morning I
    ask my students to…": in the Story of Self, what the teller keeps asking of people in
    their life, not an ask of the listener ("…and tonight I ask you to walk with us" is one)."""
    return c.has("habitual") and not c.has("second_person")


def _past_in_the_story(c: SentenceCues) -> bool:
    """"I wanted to throw it in the trash, finish my fifteen rooms and go home", "My boss said,
    don't send anyone", « Ma mère nous a appris : baisse la tête », «قال لي المدير: لا ترسل
    أحدا»: in the Story of Self, a sentence that tells the teller's past; its orders are
    what was done or said then, not an ask of the listener — unless it asks outright ("I
    was there, and I ask you to come")."""
    return _tells_the_past(c) and not c.has("invitation")


def _merge_same_part(sections: list[Section], ctx: AnalysisContext) -> list[Section]:
    """Writer-ordered drafts can return to a part; adjacent runs of one part become one."""
    merged: list[Section] = []
    for section in sections:
        if merged and merged[-1].part == section.part:
            last = merged[-1]
            words = last.words + section.words
            merged[-1] = last.model_copy(update={
                "end": section.end, "words": words, "speaking_seconds": ctx.seconds_for(words),
            })
        else:
            merged.append(section)
    return merged
