"""First person: where a sentence says "I" (Story of Self) and where it says "we" (Story of Us).

Cues come from ``data/lang/<lang>/person.toml``. English and French mark person
with separate words (plus French elisions ``j’``/``m’`` and hyphenated inversion
``ai-je``, ``pouvons-nous``). Arabic marks it mostly inside the word, so besides
listed forms (أنا، لأنني، قررتُ، نعمل) two rules apply:

- a listed noun with the possessive suffix ـي / ـنا, its taa marbuta turned to ت
  (عائلة → عائلتي، عائلتنا), behind any proclitic (ولأمي);
- any word ending in ـنا after at least ``plural_suffix_min_stem`` letters (قررنا،
  مجتمعنا، وأطفالنا), unless it has the article ال, carries tanween (زمناً) or is a
  listed exception (هنا، أحياناً).

A verb's ت without vowels is as often "you" or "she" as "I" (درست الجلسات), so
only ت written with its damma (قررتُ) or a listed verb counts as "I".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .asks import load_ask_lexicons
from .languages import StrictData, load_language_file
from .lexicon import ARABIC_PREPOSITION_ARTICLES, ARABIC_PROCLITICS, Lexicon, arabic_forms
from .text import HARAKAT_RE, TATWEEL, Sentence, Word, normalize_word

Span = tuple[int, int]
_TANWEEN_FATH = "\u064b"
_DAMMA = "\u064f"


class PersonData(StrictData):
    singular: tuple[str, ...]
    plural: tuple[str, ...]
    not_pronouns: tuple[str, ...] = ()  # exact surface forms that are never pronouns
    singular_suffixes: tuple[str, ...] = ()  # hyphenated enclitics: "-je", "-moi"
    plural_suffixes: tuple[str, ...] = ()
    possessive_nouns: tuple[str, ...] = ()  # Arabic nouns taking ـي / ـنا
    # Arabic people the teller calls "my …" (جارتي، أختي): a ـت verb right after is theirs.
    kin_nouns: tuple[str, ...] = ()
    # Arabic "us" after a preposition (لنا، عندنا، علينا): never the subject of a verb.
    object_forms: tuple[str, ...] = ()
    # Arabic "me", "us" between a verb and its subject («سمحت لي جارتي»، «قالت لنا المديرة»).
    me_after_verb: tuple[str, ...] = ()
    # Arabic places that also act («المكتبة») and the verbs they do («نظمت»): see person.toml.
    acting_places: tuple[str, ...] = ()
    acting_place_verbs: tuple[str, ...] = ()
    plural_suffix: str | None = None
    plural_suffix_min_stem: int = 3
    plural_suffix_exceptions: tuple[str, ...] = ()
    singular_vowelled_endings: tuple[str, ...] = ()
    # A verb written with the vowel of "you" to a woman (كنتِ، تعلمتِ): never "I".
    addressed_vowelled_endings: tuple[str, ...] = ()
    verb_ta_min_letters: int = 0  # 0: no ـت rule
    verb_ta_not_words: tuple[str, ...] = ()
    imperfect_particles: tuple[str, ...] = ()
    imperfect_not_words: tuple[str, ...] = ()
    # Arabic particles a future verb follows (لن أسكت، سوف نعود): the verb is no past.
    future_particles: tuple[str, ...] = ()
    plural_future_prefix: str | None = None
    # Perfect "we" verbs whose first letter و is the root's, not "and" (وجدنا، وصلنا).
    past_plural_verbs: tuple[str, ...] = ()
    # Arabic "he / she / they": pronouns, and the suffixes ـه، ـها، ـهم on a word with at
    # least third_suffix_min_stem letters before them (عينيه، أمها، عليهم) — not a taa marbuta
    # (ة), not a listed word whose ه is the root's (الله، وجه، مياه).
    third_pronouns: tuple[str, ...] = ()
    third_suffixes: tuple[str, ...] = ()
    third_suffix_min_stem: int = 2
    third_suffix_exceptions: tuple[str, ...] = ()
    # Arabic "she" before an ambiguous ـت verb makes it hers (لكنها… اتصلت، وهي… رجعت).
    she_before_verb: tuple[str, ...] = ()
    plural_future_min_letters: int = 5
    # Maghrebi "we" imperfects: نـ…و (نعرفو، نتعاونو، نعلموها), never …وا (نجحوا is a past
    # "they"); at least ``dialect_plural_min_letters`` letters (not نحو، نمو).
    dialect_plural_endings: tuple[str, ...] = ()
    dialect_plural_min_letters: int = 4
    # Who does a verb, in languages with subject words: the teller ("I", « je »), someone
    # else ("she", « il »), or someone else's noun phrase ("my mother", « son fils »).
    teller_subjects: tuple[str, ...] = ()
    other_subjects: tuple[str, ...] = ()
    other_determiners: tuple[str, ...] = ()
    # What may stand between such a determiner's noun and its verb ("my mother had decided").
    subject_gap: tuple[str, ...] = ()
    # "I watched her decide", « j'ai regardé quelqu'un décider »: after a verb of seeing and
    # someone (one or two words, none of ``clause_links``), the verb is that someone's.
    perception_verbs: tuple[str, ...] = ()
    clause_links: tuple[str, ...] = ()
    not_someone: tuple[str, ...] = ()  # "I saw that…", « j'ai vu ça »: a thing, no one


@dataclass(frozen=True)
class _PersonCues:
    data: PersonData
    singular: Lexicon
    plural: Lexicon
    # The Arabic word lists in look-up form, normalised once (they are read for every word).
    plural_suffix_exceptions: frozenset[str] = frozenset()
    verb_ta_not_words: frozenset[str] = frozenset()
    imperfect_particles: frozenset[str] = frozenset()
    imperfect_not_words: frozenset[str] = frozenset()
    my_kin: frozenset[str] = frozenset()
    object_forms: frozenset[str] = frozenset()
    me_after_verb: frozenset[str] = frozenset()
    acting_places: frozenset[str] = frozenset()
    acting_place_verbs: frozenset[str] = frozenset()
    dialect_plural_endings: tuple[str, ...] = ()  # longest first
    third_pronouns: frozenset[str] = frozenset()
    third_suffix_exceptions: frozenset[str] = frozenset()
    she_before_verb: frozenset[str] = frozenset()


def _with_suffix(noun: str, suffix: str) -> str:
    """Arabic noun + pronoun suffix: a final taa marbuta (normalised ه) becomes ت."""
    norm = normalize_word(noun, "ar")
    if norm.endswith("ه"):
        norm = norm[:-1] + "ت"
    return norm + suffix


@cache
def _cues(language: str) -> _PersonCues:
    data = load_language_file(language, "person.toml", PersonData)
    singular = list(data.singular) + [_with_suffix(n, "ي") for n in data.possessive_nouns]
    plural = list(data.plural) + [_with_suffix(n, "نا") for n in data.possessive_nouns]
    def norms(words: tuple[str, ...]) -> frozenset[str]:
        return frozenset(normalize_word(w, language) for w in words)

    return _PersonCues(
        data, Lexicon(singular, language), Lexicon(plural, language),
        plural_suffix_exceptions=norms(data.plural_suffix_exceptions),
        verb_ta_not_words=norms(data.verb_ta_not_words),
        imperfect_particles=norms(data.imperfect_particles),
        imperfect_not_words=norms(data.imperfect_not_words),
        my_kin=frozenset(_with_suffix(n, "ي") for n in data.kin_nouns),
        object_forms=norms(data.object_forms),
        me_after_verb=norms(data.me_after_verb),
        acting_places=norms(data.acting_places),
        acting_place_verbs=norms(data.acting_place_verbs),
        dialect_plural_endings=tuple(sorted(norms(data.dialect_plural_endings), key=len, reverse=True)),
        third_pronouns=norms(data.third_pronouns),
        third_suffix_exceptions=norms(data.third_suffix_exceptions),
        she_before_verb=norms(data.she_before_verb),
    )


def _spoken_words(sentence: Sentence, data: PersonData) -> list[Word]:
    return [w for w in sentence.words if w.text not in data.not_pronouns]


def _suffix_spans(words: list[Word], suffixes: tuple[str, ...]) -> list[Span]:
    """French inversion / imperative enclitics: the ``je`` of ``ai-je``."""
    spans: list[Span] = []
    for word in words:
        for suffix in suffixes:
            if word.norm.endswith(suffix) and len(word.norm) > len(suffix):
                spans.append((word.end - len(suffix) + 1, word.end))
                break
    return spans


def _bare_arabic(word: Word) -> str:
    """The word as written, without tatweel and harakat, alef forms kept (أ ≠ ا)."""
    return HARAKAT_RE.sub("", word.text.replace(TATWEEL, ""))


def _spelt_as_addressed(word: Word, data: PersonData) -> bool:
    """كنتِ، تعلمتِ: "you" said to a woman, spelt with its vowel (``addressed_vowelled_endings``)."""
    text = word.text.replace(TATWEEL, "")
    return any(text.endswith(e) for e in data.addressed_vowelled_endings)


def _arabic_vowelled_singular(words: list[Word], endings: tuple[str, ...]) -> list[Span]:
    spans: list[Span] = []
    for word in words:
        text = word.text.replace(TATWEEL, "")
        if any(text.endswith(e) for e in endings) and len(_bare_arabic(word)) >= 3:
            spans.append((word.start, word.end))
    return spans


_ARTICLE_CHAINS = tuple(c for c in ARABIC_PROCLITICS if c.endswith(("ال", "لل")))


def _arabic_plural_suffix(words: list[Word], cues: _PersonCues) -> list[Span]:
    data = cues.data
    suffix = data.plural_suffix
    if not suffix:
        return []
    exceptions = cues.plural_suffix_exceptions
    spans: list[Span] = []
    for word in words:
        if _TANWEEN_FATH in word.text[-2:]:
            continue  # زمناً: accusative tanween, not "our"
        if word.norm.startswith(_ARTICLE_CHAINS):
            continue  # the article and a possessive suffix never go together
        forms = arabic_forms(word.norm)
        if any(f in exceptions for f in forms):
            continue
        if any(f.endswith(suffix) and len(f) - len(suffix) >= data.plural_suffix_min_stem
               for f in forms):
            spans.append((word.start, word.end))
    return spans


_VERB_PROCLITICS = ("و", "ف")


def _without_conjunction(norm: str) -> str:
    for clitic in _VERB_PROCLITICS:
        if norm.startswith(clitic) and len(norm) > 4:
            return norm[len(clitic):]
    return norm


# Function words that start like the article once normalised (إلى → الي).
_ARTICLE_LOOKALIKES = frozenset({"الي", "الا", "الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي"})
# A preposition with the pronoun ـه (طلبت منه، قلت له): an object, never the subject.
_PREPOSITION_PRONOUNS = frozenset({"منه", "عنه", "له", "به", "اليه", "عليه", "معه", "فيه", "لديه",
                                   "عنده", "بينه"})




def _is_subject_noun(word: Word) -> bool:
    """A word that can be the subject after a "she" verb: definite, or in ة / ات — not
    after a preposition («اتصلت بالشرطة» is "I called the police")."""
    norm = _without_conjunction(word.norm)
    if norm in _ARTICLE_LOOKALIKES or norm in _PREPOSITION_PRONOUNS:
        return False
    if len(norm) > len("بال") + 1 and norm.startswith(ARABIC_PREPOSITION_ARTICLES):
        return False  # a preposition fused to the article (بالشرطة، للمديرة): an object
    return norm.startswith("ال") or norm.endswith(("ه", "ات"))


def _without_institution_verbs(words: list[Word], spans: list[Span], cues: _PersonCues) -> list[Span]:
    """«قررت البلدية»، «أغلقت الإدارة»: a ـت verb right before an institution is the
    institution's ("she" decided), even when the form is listed as "I" (قررت); so is a
    verb places do right before such a place («نظّمت المكتبة»: "the library organised")."""
    starts = {w.start: k for k, w in enumerate(words)}
    verbs = {a: starts[a] for a, b in spans
             if a in starts and words[starts[a]].end == b and words[starts[a]].norm.endswith("ت")}
    if not verbs:  # the usual case: no ـت word among the "I" spans, nothing to look up
        return spans
    institutions = {m.first_word for m in load_ask_lexicons("ar").organisations.find(words)}
    institutions |= {k for k, w in enumerate(words) if k > 0 and w.norm in cues.acting_places
                     and _without_conjunction(words[k - 1].norm) in cues.acting_place_verbs}
    return [(a, b) for a, b in spans if not (a in verbs and verbs[a] + 1 in institutions)]


def _subject_follows(words: list[Word], i: int, cues: _PersonCues) -> bool:
    """The ـت verb at i has its subject right after it («قررت البلدية»), or after "me"
    («سمحت لي جارتي أن أنام»: "my neighbour let me sleep"): "she", not "I"."""
    nxt = words[i + 1] if i + 1 < len(words) else None
    if nxt is None:
        return False
    if _without_conjunction(nxt.norm) in cues.me_after_verb and i + 2 < len(words):
        after = words[i + 2]
        return _is_subject_noun(after) or _without_conjunction(after.norm) in cues.my_kin
    return _is_subject_noun(nxt)


def _after_my_kin(words: list[Word], i: int, cues: _PersonCues, sentence: Sentence) -> bool:
    """«جارتي اتصلت بالشرطة»، «أمي قررت الرحيل»: a ـت verb right after "my neighbour", "my
    mother" is theirs ("she called"), not "I called" — unless the teller speaks to her
    («يا أمي»، «أمي، قررت أن أبقى»: a comma between) or the verb opens a clause of its own
    («ابنتي وذهبت»)."""
    if i == 0 or not words[i].norm.endswith("ت") or _without_conjunction(words[i].norm) != words[i].norm:
        return False
    kin = words[i - 1]
    if _without_conjunction(kin.norm) not in cues.my_kin or (i > 1 and words[i - 2].norm == "يا"):
        return False
    between = sentence.text[kin.end - sentence.start : words[i].start - sentence.start]
    return "," not in between and "،" not in between


def object_form(word: str, language: str) -> bool:
    """«عندنا»، «لنا»: "us" after a preposition, no subject (Arabic; False elsewhere)."""
    forms = _cues(language).object_forms
    return bool(forms) and _without_conjunction(normalize_word(word, language)) in forms


def kin_verbs(sentence: Sentence, language: str) -> list[Span]:
    """Arabic ـت verbs right after "my mother", "my neighbour" («أمي قررت»): someone else
    acts ([] in other languages)."""
    if language != "ar":
        return []
    cues = _cues(language)
    words = sentence.words
    return [(w.start, w.end) for k, w in enumerate(words) if _after_my_kin(words, k, cues, sentence)]


def _hollow_she(norm: str) -> bool:
    """قالت، كانت، عادت، زارت: a hollow verb keeps its alif only for "she"; "I" drops it
    (قلت، كنت، عدت), so these are never the teller."""
    return len(norm) == 4 and norm[1] == "ا" and norm.endswith("ت")


def vowelled_passives(sentence: Sentence) -> list[Span]:
    """The vowelled passives of an Arabic sentence (see ``vowelled_passive``)."""
    if _DAMMA not in sentence.text:  # most drafts are not vowelled
        return []
    return [(w.start, w.end) for w in sentence.words if vowelled_passive(w)]


def vowelled_passive(word: Word) -> bool:
    """سُجّلت، وطُبّقت: a ـت verb vowelled with a damma on its first letter is a passive
    ("it was recorded"), unless its ت has the damma of "I" (طُردتُ، "I was dismissed").
    Hollow verbs of "I" (كُنت، قُلت) have three letters and are not read here."""
    letters = [i for i, ch in enumerate(word.text) if "ء" <= ch <= "ي"]
    if len(letters) < 4 or word.text.endswith("ت" + _DAMMA):
        return False
    first = 1 if word.text[letters[0]] in _VERB_PROCLITICS and len(letters) > 4 else 0
    return word.text[letters[first] + 1 : letters[first] + 2] == _DAMMA


def _arabic_ta_verbs(words: list[Word], cues: _PersonCues, sentence: Sentence) -> list[Span]:
    data = cues.data
    """Words in ـت that may be "I" (or "she", or "you"): see person.toml."""
    if not data.verb_ta_min_letters:
        return []
    not_words = cues.verb_ta_not_words
    spans: list[Span] = []
    for i, word in enumerate(words):
        norm = _without_conjunction(word.norm)
        if _hollow_she(norm) or vowelled_passive(word) or _after_my_kin(words, i, cues, sentence):
            continue
        if (norm.endswith("ت") and not norm.endswith("ات") and not norm.startswith("ال")
                and len(norm) >= data.verb_ta_min_letters and norm not in not_words
                and word.norm not in not_words and not _subject_follows(words, i, cues)):
            spans.append((word.start, word.end))
    return spans


def _arabic_imperfect_singular(
    words: list[Word], cues: _PersonCues, known: list[Span]
) -> list[Span]:
    """أـ imperfects that are "I": after a particle, after another "I", or with سـ."""
    particles = cues.imperfect_particles
    not_words = cues.imperfect_not_words
    known_starts = {a for a, _ in known}
    spans: list[Span] = []
    for i, word in enumerate(words):
        if _without_conjunction(word.norm) in not_words or _TANWEEN_FATH in word.text:
            continue  # tanween (أحداً) marks a noun, never a verb
        if word.norm.endswith("ات"):
            continue  # a feminine plural noun (أمهات، أصوات), not an imperfect
        bare = _bare_arabic(word)
        for clitic in _VERB_PROCLITICS:
            if bare.startswith(clitic + "أ") or bare.startswith(clitic + "سأ"):
                bare = bare[len(clitic):]
                break
        if bare.startswith("سأ") and len(bare) >= 4:
            spans.append((word.start, word.end))
        elif bare.startswith("أ") and len(bare) >= 4 and i > 0:
            before = words[i - 1]
            if before.norm in particles or _without_conjunction(before.norm) in particles or (
                before.start in known_starts or spans and spans[-1][0] == before.start
            ):
                spans.append((word.start, word.end))
    return spans


def _arabic_imperfect_plural(words: list[Word], cues: _PersonCues) -> list[Span]:
    """نـ imperfects after a particle (أن نعمل), سنـ futures (سنعمل) and Maghrebi نـ…و
    imperfects (نعرفو، نعلموها): "we"."""
    data = cues.data
    prefix = data.plural_future_prefix
    if not prefix:
        return []
    particles = cues.imperfect_particles
    spans: list[Span] = []
    for i, word in enumerate(words):
        if _TANWEEN_FATH in word.text:
            continue
        norm = _without_conjunction(word.norm)
        if norm.endswith(("ه", "ات", "ي")):
            continue  # سنة، سنوات، سنوي: nouns and adjectives
        if norm.startswith(prefix) and len(norm) >= data.plural_future_min_letters:
            spans.append((word.start, word.end))
        elif norm.startswith("ن") and _dialect_plural(norm, cues) and not _their_past(words, i, norm):
            spans.append((word.start, word.end))  # نعرفو، نتعاونو: the Maghrebi "we"
        elif norm.startswith("ن") and len(norm) >= 4 and i > 0 and (
            _without_conjunction(words[i - 1].norm) in particles
        ):
            spans.append((word.start, word.end))
    return spans


def _their_past(words: list[Word], i: int, norm: str) -> bool:
    """«الفرنسيين نزلو» ("the French came down"): a four-letter نـ…و right after a plural
    with the article is the past of a verb whose root starts with ن (نزل، نجح، نسي), theirs;
    "we" would be a longer word (ننزلو). Not «احنا الليبيين نعرفو» (five letters)."""
    if len(norm) != 4 or not norm.endswith("و") or i == 0:
        return False
    before = _without_conjunction(words[i - 1].norm)
    return before.startswith("ال") and len(before) >= 6 and before.endswith(("ين", "ون"))


def _dialect_plural(norm: str, cues: _PersonCues) -> bool:
    """نـ…و, perhaps with an object (نعلموها): the stem before the object long enough not to
    be a noun (نحو، نحوهم، نموها)."""
    ending = next((e for e in cues.dialect_plural_endings if norm.endswith(e)), None)
    if ending is None:
        return False
    stem = norm[: len(norm) - len(ending) + 1]  # the stem and its و
    return len(stem) >= cues.data.dialect_plural_min_letters


def _merge(*groups: list[Span]) -> list[Span]:
    """Sorted, de-duplicated spans; a span inside another is dropped."""
    spans = sorted({s for group in groups for s in group}, key=lambda s: (s[0], -s[1]))
    merged: list[Span] = []
    for span in spans:
        if merged and span[0] >= merged[-1][0] and span[1] <= merged[-1][1]:
            continue
        merged.append(span)
    return merged


def _lexicon_spans(lexicon: Lexicon, words: list[Word], language: str) -> list[Span]:
    """Matches, except an Arabic word with the article matched only once it is stripped:
    the article and a pronoun suffix never go together (الوطني is "national", not "my
    homeland"; العملي is "practical", not "my work")."""
    spans: list[Span] = []
    for match in lexicon.find(words):
        word = words[match.first_word]
        if (language == "ar" and match.first_word == match.last_word
                and word.norm.startswith(_ARTICLE_CHAINS)
                and normalize_word(match.entry, "ar") != word.norm):
            continue
        spans.append((match.start, match.end))
    return spans


def first_person_singular(sentence: Sentence, language: str) -> list[Span]:
    """Spans of the sentence that say "I / me / my" (pronouns, possessives, verb forms)."""
    cues = _cues(language)
    words = _spoken_words(sentence, cues.data)
    spans = _lexicon_spans(cues.singular, words, language)
    extra = _suffix_spans(words, cues.data.singular_suffixes)
    if language == "ar":
        addressed = {(w.start, w.end) for w in words if _spelt_as_addressed(w, cues.data)}
        words = [w for w in words if (w.start, w.end) not in addressed]
        spans = [s for s in _without_institution_verbs(words, spans, cues) if s not in addressed]
        starts = {w.start: k for k, w in enumerate(words)}
        spans = [(a, b) for a, b in spans
                 if a not in starts or not _after_my_kin(words, starts[a], cues, sentence)]
        extra += _arabic_vowelled_singular(words, cues.data.singular_vowelled_endings)
        extra += _arabic_imperfect_singular(words, cues, spans)
        if spans or extra:  # an ambiguous ـت verb is "I" only next to a sure "I"
            extra += _arabic_ta_verbs(words, cues, sentence)
        return _not_hers(words, _merge(spans, extra), cues, sentence)
    return _merge(spans, extra)


# How far back from a verb its subject is looked for.
_SUBJECT_LOOKBACK = 8


_WATCHED_REACH = 2  # "I watched my mother decide"
_CLAUSE_PUNCTUATION_RE = re.compile(r"[,;:،؛]")


def subject_of(sentence: Sentence, span: Span, language: str) -> str | None:
    """Who does the verb at ``span``: ``"teller"`` when the span says "I" or "we" ("we
    decided") or the nearest subject before it is one ("Then I stopped"), ``"other"`` when
    it is someone else: a pronoun ("she stopped", « il a décidé »), a name ("Her son Anis,
    seventeen, had stopped") or a noun with a determiner right before the verb ("my mother
    decided", « sa fille a choisi »), or the one seen doing it ("I watched her decide").
    ``None`` when the words do not say (Arabic marks the
    subject inside the verb)."""
    data = _cues(language).data
    if not data.teller_subjects:
        return None
    if any(w.norm in data.teller_subjects for w in sentence.words if span[0] <= w.start < span[1]):
        return "teller"
    before = [w for w in sentence.words if w.end <= span[0]][-_SUBJECT_LOOKBACK:]
    first = sentence.words[0] if sentence.words else None
    for k in range(len(before) - 1, -1, -1):
        word = before[k]
        if word.norm in data.teller_subjects:
            return "teller"
        if word.norm in data.other_subjects:
            return "other"
        between = before[k + 1 :]
        if (word.norm in data.perception_verbs and 1 <= len(between) <= _WATCHED_REACH
                and not any(w.norm in data.clause_links for w in between)
                and between[0].norm not in data.not_someone
                and not _CLAUSE_PUNCTUATION_RE.search(
                    sentence.text[word.end - sentence.start : span[0] - sentence.start])):
            return "other"  # "I watched her decide": hers (not "I heard the verdict, decided")
        # "my mother decided": the determiner's noun (not "her to" of "asked her to") and the verb.
        if (word.norm in data.other_determiners and 1 <= len(between) <= 3
                and len(between[0].norm) > 2 and all(w.norm in data.subject_gap for w in between[1:])):
            return "other"
        if word is not first and word.text[:1].isupper() and word.text not in data.not_pronouns:
            return "other"  # a name: "Anis", « Mme Benali »
    return None


def ambiguous_singular(sentence: Sentence, language: str) -> list[Span]:
    """Forms that are "I" only if the context says so (Arabic ـت verbs); [] elsewhere.

    Segmentation counts them when a sure "I" is near (``structure._compute_draft_cues``).
    """
    if language != "ar":
        return []
    cues = _cues(language)
    words = _spoken_words(sentence, cues.data)
    return _not_hers(words, _arabic_ta_verbs(words, cues, sentence), cues, sentence)


def _not_hers(words: list[Word], spans: list[Span], cues: _PersonCues, sentence: Sentence) -> list[Span]:
    """Drop a ـت verb said right after "she" («لكنها في نفس المساء اتصلت»، «وهي تبتسم
    جلست»): hers, though spelt as "I" (اتصلتُ / اتصلتْ) — within SHE_REACH words, in the same
    clause, and only when nothing else in the sentence says "I" (not «وهي هناك عدت وحدي»,
    «لأنها كانت خائفة، ذهبت معها», nor a verb written ـتُ)."""
    she = [k for k, w in enumerate(words) if _without_conjunction(w.norm) in cues.she_before_verb]
    if not she:
        return spans
    index = {w.start: k for k, w in enumerate(words)}
    ta_verbs = {(a, b) for a, b in spans if a in index and spelt_as_she(words[index[a]].text)}
    if len(ta_verbs) < len(spans):
        return spans  # a sure "I" (لكنني، وحدي، أنا) in the sentence: the verbs are the teller's
    base = sentence.start

    def hers(span: Span) -> bool:
        k = index[span[0]]
        for s in she:
            between = sentence.text[words[s].end - base : span[0] - base]
            if 0 < k - s <= SHE_REACH and not _CLAUSE_PUNCTUATION_RE.search(between):
                return True
            if 0 < k - s <= SHE_ASIDE_REACH and _SET_OFF_RE.fullmatch(between):
                return True  # «لكنها، في يوم من أيام الشتاء، جلست»: "she", an aside, her verb
        return False

    # «جلست أمام الميكروفون وتكلمت»: a verb joined by و or ف to one of hers is hers too.
    kept: list[Span] = []
    last_hers: Span | None = None
    for span in sorted(spans):
        joined = last_hers is not None and words[index[span[0]]].norm[:1] in ("و", "ف") and not (
            _CLAUSE_PUNCTUATION_RE.search(sentence.text[last_hers[1] - base : span[0] - base]))
        if hers(span) or joined:
            last_hers = span
        else:
            kept.append(span)
    return kept


# How many words after "she" a ـت verb is still hers: «لكنها في نفس المساء اتصلت».
SHE_REACH = 4
# …or after "she" set off by commas around an aside with no clause of its own: «لكنها، في
# يوم من أيام الشتاء، جلست» (not «لأنها كانت خائفة، ذهبت معها»: no comma right after "she").
SHE_ASIDE_REACH = 7
_SET_OFF_RE = re.compile(r"\s*[,،]\s*[^,;:،؛]*[,،]?\s*")


def spelt_as_she(text: str) -> bool:
    """One word in ـت that "she" spells the same (قررت، ذهبت، طلبت): not ـتُ, not a hollow
    verb's "I" (عدت، قلت — "she" is عادت، قالت), not a defective verb's (مشيت — مشت)."""
    text = text.replace(TATWEEL, "")
    if " " in text or not text.endswith("ت"):
        return False
    letters = _without_conjunction(normalize_word(text, "ar"))
    return len(letters) > 3 and not letters.endswith("يت")


def first_person_plural(sentence: Sentence, language: str) -> list[Span]:
    """Spans of the sentence that say "we / us / our" (pronouns, possessives, verb forms)."""
    cues = _cues(language)
    words = _spoken_words(sentence, cues.data)
    spans = _lexicon_spans(cues.plural, words, language)
    extra = _suffix_spans(words, cues.data.plural_suffixes)
    if language == "ar":
        extra += _arabic_plural_suffix(words, cues)
        extra += _arabic_imperfect_plural(words, cues)
    singular = set(first_person_singular(sentence, language)) if language == "ar" else set()
    return [s for s in _merge(spans, extra) if s not in singular]


# Shapes of a first-person plural perfect, once و / ف are removed: a root of three letters
# and ـنا (دخلنا، قررنا، وجدنا), or a derived form in ت / ا (تعلمنا، اشترينا، اجتمعنا).
_PAST_PLURAL_LENGTH = 5
_DERIVED_PAST_PLURAL_LENGTHS = (6, 7)


@cache
def _plural_forms_listed() -> tuple[frozenset[str], frozenset[str]]:
    """Listed Arabic "we" forms (لنا، كنا) and "our" on a listed noun (بيتنا), normalised."""
    data = _cues("ar").data
    listed = frozenset(normalize_word(e, "ar") for e in data.plural)
    nouns = frozenset(normalize_word(_with_suffix(n, "نا"), "ar") for n in data.possessive_nouns)
    return listed, nouns


@cache
def _past_plural_verbs() -> frozenset[str]:
    return frozenset(normalize_word(v, "ar") for v in _cues("ar").data.past_plural_verbs)


def arabic_past_plural(sentence: Sentence, plural: list[Span]) -> list[Span]:
    """"We" spans that read as a perfect verb (دخلنا، فقررنا، اشترينا): the Self told with
    "we". Listed forms (لنا، علينا، كنا، وجوهنا), "our" on a listed noun (بيتنا) and a verb
    whose ـونا is "they / you … us" (خلّونا، تتركونا، أعطونا) are not."""
    listed, nouns = _plural_forms_listed()
    not_verbs = listed | nouns
    spans: list[Span] = []
    for word in sentence.words:
        if (word.start, word.end) not in plural:
            continue
        bare = _without_conjunction(word.norm)
        if word.norm in _past_plural_verbs() or bare in _past_plural_verbs():
            spans.append((word.start, word.end))  # وجدنا، فوصلنا: its و is no "and"
            continue
        if not bare.endswith("نا") or bare.endswith("ونا") or {bare, word.norm} & not_verbs:
            continue
        if len(bare) == _PAST_PLURAL_LENGTH or (
                len(bare) in _DERIVED_PAST_PLURAL_LENGTHS and bare.startswith(("ت", "ا"))):
            spans.append((word.start, word.end))
    return spans


# Arabic سـ futures: سيـ / ستـ / سنـ + an imperfect stem (ستُغلق، سيصوّت، سنخسر). سأ is
# left out: once normalised it reads like ساعة، ساحة، سابق.
# Words that only look like one: nouns and numbers in سي، ست، سن.
_FUTURE_NOT_WORDS = frozenset(normalize_word(w, "ar") for w in (
    "سنة", "سنه", "سنوات", "سنين", "سنتين", "سنتان", "سيارة", "سيارات", "سياسة", "سياسات",
    "ستة", "ستين", "ستون", "ستمائة", "سيد", "سيدة", "سيدي", "سيول", "ستار", "سيطرة",
    "سينما", "سيرة", "سياق", "سياحة", "سياج", "سيناريو", "سنوية", "سنوي", "ستار", "سنابل",
))
_FUTURE_MIN_LETTERS = 4


@cache
def _future_particles() -> frozenset[str]:
    return frozenset(normalize_word(p, "ar") for p in _cues("ar").data.future_particles)


def arabic_future(sentence: Sentence) -> list[Span]:
    """سـ + an imperfect (ستُصدر، سيغلق، سنفقد، سأعود), or the verb after لن / سوف («لن أسكت»،
    whose ـت is the root's, not a past "I"): a verb about what is to come."""
    spans: list[Span] = []
    particles = _future_particles()
    words = sentence.words
    for i, word in enumerate(words):
        bare = _without_conjunction(word.norm)
        if i > 0 and _without_conjunction(words[i - 1].norm) in particles:
            spans.append((word.start, word.end))
        elif (len(bare) >= _FUTURE_MIN_LETTERS and bare[:2] in ("سي", "ست", "سن")
                and bare not in _FUTURE_NOT_WORDS and word.norm not in _FUTURE_NOT_WORDS
                and not bare.endswith(("ه", "ات", "ي")) and _TANWEEN_FATH not in word.text):
            spans.append((word.start, word.end))
    return spans


def third_person(sentence: Sentence, language: str) -> list[Span]:
    """Arabic words that say "he", "she" or "they" (وهو، عينيه، أمها، عليهم): someone else is
    in the sentence. Not a noun with the article (المياه، المدرسه typed with ه: an article
    and a pronoun suffix never go together), not a listed word («هذه»، «يومها»، «الله»), not a
    bare هو / هي, as often "is" («هذه هي قصتي») as "he". [] in English and French, whose
    names and pronouns ``subject_of`` reads."""
    cues = _cues(language)
    data = cues.data
    if not data.third_suffixes:
        return []
    return [(w.start, w.end) for w in sentence.words if w.norm in cues.third_pronouns or (
        not w.norm.startswith(_ARTICLE_CHAINS)
        and not cues.third_suffix_exceptions.intersection(arabic_forms(w.norm))
        and _third_suffix(_bare_arabic(w), data))]


def _third_suffix(bare: str, data: PersonData) -> bool:
    return any(bare.endswith(suffix) and len(bare) - len(suffix) >= data.third_suffix_min_stem
               for suffix in data.third_suffixes)
