"""First-person cues: pronouns, possessives, elisions, inversion and Arabic person markers."""

from __future__ import annotations

import pytest

from narrative_kit.person import (
    ambiguous_singular,
    arabic_past_plural,
    first_person_plural,
    first_person_singular,
    subject_of,
)
from narrative_kit.text import parse_draft


def _cues(text: str, language: str) -> tuple[list[str], list[str]]:
    draft = parse_draft(text, language)
    assert len(draft.sentences) == 1, draft.sentences
    sentence = draft.sentences[0]
    singular = [draft.quote(a, b) for a, b in first_person_singular(sentence, language)]
    plural = [draft.quote(a, b) for a, b in first_person_plural(sentence, language)]
    return singular, plural


@pytest.mark.parametrize(
    ("language", "text", "singular", "plural"),
    [
        ("en", "I was nineteen when my mother fell ill.", ["I", "my"], []),
        ("en", "I’m sure we’re ready.", ["I’m"], ["we’re"]),
        ("en", "Let's build our city together, all of us.", [], ["Let's", "our", "us"]),
        ("en", "The US army arrived in town.", [], []),
        ("en", "She told them the truth.", [], []),
        ("fr", "J’ai décidé de rester avec mes voisins.", ["J’", "mes"], []),
        ("fr", "Ai-je eu peur de partir ?", ["je"], []),
        ("fr", "Pouvons-nous attendre encore ?", [], ["nous"]),
        ("fr", "On s’est battus pour notre quartier.", [], ["On", "notre"]),
        ("fr", "Aidez-moi à les convaincre.", ["moi"], []),
        ("fr", "Le rapport présente les résultats.", [], []),
        ("ar", "وقررتُ أن أعود إلى قريتي مع أمي.", ["وقررتُ", "أعود", "قريتي", "أمي"], []),
        ("ar", "لم أكن أعرف أحداً، وسأعمل هنا.", ["أكن", "أعرف", "وسأعمل"], []),
        ("ar", "وصلت إلى المدينة مع أمي.", ["وصلت", "أمي"], []),
        ("ar", "أعلن المشاركون أن أحد الأهداف تحقق.", [], []),
        ("ar", "وصلت إلى المدينة في الصباح.", [], []),
        ("ar", "الحوار الوطني والعمل الميداني.", [], []),
        ("ar", "كنت خائفاً لأنني وحدي.", ["كنت", "لأنني", "وحدي"], []),
        ("ar", "نحن في مجتمعنا قررنا أن نبني وطننا.", [], ["نحن", "مجتمعنا", "قررنا", "نبني", "وطننا"]),
        ("ar", "عشنا هنا زمناً طويلاً.", [], ["عشنا"]),
        ("ar", "معاً سندرّب ثلاثين شاباً ولن نسمح بذلك.", [], ["سندرّب", "نسمح"]),
        ("ar", "بعد سنوات قليلة وفي السنة التالية.", [], []),
        ("ar", "درست جلسات ورشة العمل أحدث الاتجاهات الإنسانية.", [], []),
        ("ar", "عقدت المنظمة اجتماعاً في المدينة.", [], []),
        # A hollow verb keeps its alif only for "she": قالت is never "I", قلت is.
        ("ar", "وقالت لي إنها خائفة.", ["لي"], []),
        ("ar", "وقلت لها إنني خائف.", ["وقلت", "إنني"], []),
        # A listed "I" verb right before an institution is the institution's: "the town decided".
        ("ar", "قررت البلدية إغلاق المركز.", [], []),
        ("ar", "قررت الرحيل مع أمي.", ["قررت", "أمي"], []),
        # "We" in dialect: «احنا» (Libya, Tunisia), «حنا» (Morocco).
        ("ar", "احنا ناس البحر في طرابلس.", [], ["احنا"]),
        ("ar", "حنا الجيران في هذا الحي.", [], ["حنا"]),
        ("en", "We are the people of the sea in Tripoli.", [], ["We"]),
        ("fr", "Nous sommes les gens de la mer à Tripoli.", [], ["Nous"]),
        # …and its verbs in نـ…و (نعرفو، نعلموها), never a past "they" in …وا (نجحوا).
        ("ar", "نعرفو نقسمو الحوت والخبزة.", [], ["نعرفو", "نقسمو"]),
        ("ar", "هذي اللي نحبّو نعلموها لصغارنا.", [], ["نحبّو", "نعلموها", "لصغارنا"]),
        ("ar", "نجحوا في الامتحان ونظموا حفلة.", [], []),
        ("ar", "مشينا نحو البحر.", [], ["مشينا"]),
        ("ar", "ركض الأطفال نحوهم، ونموها سريع.", [], []),
        # …nor, four letters long after a plural with the article, the past of a verb in ن:
        # "the French came down safe" («الفرنسيين نزلو»), not «احنا الليبيين نعرفو».
        ("ar", "الفرنسيين نزلو سالمين مع يوسف.", [], []),
        ("ar", "احنا الليبيين نعرفو بعضنا.", [], ["احنا", "نعرفو", "بعضنا"]),
        ("ar", "نحطو اليد في اليد.", [], ["نحطو"]),
        ("en", "We know how to share the fish and the bread.", [], ["We"]),
        ("fr", "On sait partager le poisson et le pain.", [], ["On"]),
        # …a library, a school, a radio station too: "the library organised four workshops".
        ("ar", "نظّمت المكتبة في ربيع 2023 سلسلة من أربع ورشات.", [], []),
        ("ar", "نظّمت في ربيع 2023 سلسلة من أربع ورشات في المكتبة.", ["نظّمت"], []),
        ("en", "The library organised four workshops in the spring of 2023.", [], []),
        ("fr", "La bibliothèque a organisé quatre ateliers au printemps 2023.", [], []),
        # …not a preposition fused to the article: "I called the police", "I wrote to the director".
        ("ar", "لكنني اتصلت بالشرطة.", ["لكنني", "اتصلت"], []),
        ("ar", "ثم أرسلت للمديرة رسالة وأنا خائف.", ["أرسلت", "وأنا"], []),
        # A vowelled passive is "it was…" (سُجّلت، "was recorded"), a place in ـت no verb; a
        # passive with the damma of "I" (طُردتُ) is the teller.
        ("ar", "وفي ديترويت سُجّلت 27 حادثة في جامعتي.", ["جامعتي"], []),
        ("ar", "طُردتُ من المصنع.", ["طُردتُ"], []),
        # A ـت verb right after "my neighbour", "my mother", or after "me" and its subject,
        # is theirs: "my neighbour called", "my neighbour let me sleep".
        ("ar", "جارتي اتصلت بالشرطة.", ["جارتي"], []),
        ("ar", "أمي قررت الرحيل.", ["أمي"], []),
        ("ar", "سمحت لي جارتي أن أنام في مطبخها.", ["لي", "جارتي", "أنام"], []),
        # …not when the teller speaks to her, nor a verb of its own clause after "with me".
        ("ar", "أمي، قررت يومها أن أبقى.", ["أمي", "قررت", "أبقى"], []),
        # A feminine plural noun in أ after an "I" is no أـ imperfect: "I saw mothers crying".
        ("ar", "رأيت أمهات يبكين في صمت.", ["رأيت"], []),
        ("ar", "في الصباح أخذت معي ابنتي وذهبت إلى مكتب المدير.", ["أخذت", "معي", "ابنتي", "وذهبت"], []),
        # "I will…" is سـ + أ and three letters of the verb: ساكن is "a resident", not سـ + أكن.
        ("ar", "لا يتجاوز عدد سكان الأرخبيل 16 ألف ساكن.", [], []),
        ("ar", "سأكون هناك مع أمي.", ["سأكون", "أمي"], []),
        ("en", "The islands have no more than 16,000 residents.", [], []),
        ("fr", "L'archipel ne compte pas plus de 16 000 habitants.", [], []),
    ],
)
def test_first_person_cues(language: str, text: str, singular: list[str], plural: list[str]) -> None:
    assert _cues(text, language) == (singular, plural)


def test_an_arabic_vowelled_passive_is_no_act() -> None:
    """«سُجّلت» ("was recorded") is spelt as «سجلت» ("I registered"), a choice word: not here."""
    from narrative_kit.structure import draft_cues

    (cues,) = draft_cues(parse_draft("وسُجّلت 27 حادثة في جامعتي.", "ar"))
    assert not cues.has("choice") and not cues.has("narrative_past")


@pytest.mark.parametrize(
    ("text", "teller"),
    [
        # A sure "I" two sentences back, in the same paragraph or right before: «رجعت» is "I went back".
        ("حكت لي زهرة ما عاشته. لم تكسرها الحقيقة. رجعت إلى سوسة.", True),
        ("قلت لها إنني سأساعدها.\n\nرجعت إلى سوسة في اليوم التالي.", True),
        # …not from a paragraph before the one that turned to "her": "she went back".
        ("حكت لي زهرة ما عاشته.\n\nلم تكسرها الحقيقة. رجعت إلى سوسة.", False),
    ],
)
def test_an_ambiguous_i_reads_its_own_paragraph(text: str, teller: bool) -> None:
    from narrative_kit.structure import draft_cues

    cues = draft_cues(parse_draft(text, "ar"))
    assert bool(cues[-1].singular) is teller


# "You" said to a woman is no "I": «كنتِ» is spelt with the vowel of "you" (blind-61 ar-8,
# whose ask to the women listening was read as the teller's story); a plain «كنت» or «كنتُ» is "I".
ADDRESSED = [
    ("en", "If you could not read, come on Monday and bring your neighbour.", False),
    ("fr", "Si tu ne savais pas lire, viens lundi avec ta voisine.", False),
    ("ar", "وإن كنتِ تعرفين القراءة، فهاتي معك جارتك.", False),
    ("ar", "وإن كنتُ أعرف القراءة، فقد تعلمتها متأخرة.", True),
    ("ar", "كنت أعرف القراءة.", True),
]


@pytest.mark.parametrize(("language", "text", "teller"), ADDRESSED)
def test_you_said_to_a_woman_is_no_i(language: str, text: str, teller: bool) -> None:
    (sentence,) = parse_draft(text, language).sentences
    assert bool(first_person_singular(sentence, language)) is teller


@pytest.mark.parametrize("text", ["وكانت تنتظر عند الباب.", "ثم عادت إلى بيتها."])
def test_a_hollow_she_verb_is_not_an_ambiguous_i(text: str) -> None:
    (sentence,) = parse_draft(text, "ar").sentences
    assert ambiguous_singular(sentence, "ar") == []


# (language, sentence, the verb, who does it)
WHO_ACTS = [
    ("en", "Her son Anis, seventeen, had stopped eating with the family.", "stopped", "other"),
    ("en", "My mother finally decided to leave the village.", "decided", "other"),
    ("en", "She stopped coming to the club.", "stopped", "other"),
    ("en", "That night I stopped waiting for the council.", "stopped", "teller"),
    ("en", "After the meeting we decided to stay.", "decided", "teller"),
    ("en", "I asked her to stop.", "stop", "teller"),
    ("en", "Stopped at the door, unsure.", "Stopped", None),
    ("fr", "Son fils Anis, dix-sept ans, avait arrêté de manger avec la famille.", "arrêté", "other"),
    ("fr", "Elle a décidé de partir.", "décidé", "other"),
    ("fr", "Ce soir-là, j’ai arrêté d’attendre.", "arrêté", "teller"),
    ("fr", "Alors on a décidé de rester.", "décidé", "teller"),
    ("en", "I also felt that nobody understood me.", "understood", "other"),
    ("en", "I thought there was nothing left.", "left", "other"),
    ("fr", "Personne ne m'a compris.", "compris", "other"),
    ("fr", "Les gens ont applaudi.", "applaudi", "other"),
    ("ar", "قررت أن أبقى في الحي.", "قررت", None),
    ("ar", "لا أحد فهمني.", "فهمني", None),
]


@pytest.mark.parametrize(("language", "text", "verb", "who"), WHO_ACTS)
def test_who_does_the_verb(language: str, text: str, verb: str, who: str | None) -> None:
    (sentence,) = parse_draft(text, language).sentences
    start = sentence.start + sentence.text.index(verb)
    assert subject_of(sentence, (start, start + len(verb)), language) == who


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_spans_quote_the_sentence(language: str) -> None:
    text = {
        "en": "My father said we would stay. I stayed with our neighbours.",
        "fr": "Mon père a dit qu’on resterait. Je suis resté avec nos voisins.",
        "ar": "قال أبي إننا سنبقى. بقيتُ مع جيراننا.",
    }[language]
    draft = parse_draft(text, language)
    for sentence in draft.sentences:
        for a, b in first_person_singular(sentence, language) + first_person_plural(sentence, language):
            assert sentence.start <= a < b <= sentence.end
            assert draft.quote(a, b).strip() == draft.quote(a, b)


@pytest.mark.parametrize(("text", "past"), [
    ("وجدنا الباب مغلقاً.", ["وجدنا"]),  # the و of وجد is the root's, not "and"
    ("ثم وصلنا إلى المدرسة متأخرين.", ["وصلنا"]),
    ("فوجدنا أحد عشر طفلاً.", ["فوجدنا"]),
    ("دخلنا القسم صباحاً.", ["دخلنا"]),
    ("وطننا جميل وبيتنا قريب.", []),  # "our homeland", "our house": no verb
])
def test_arabic_past_we_with_a_root_waw(text: str, past: list[str]) -> None:
    (sentence,) = parse_draft(text, "ar").sentences
    spans = arabic_past_plural(sentence, first_person_plural(sentence, "ar"))
    assert [sentence.text[a - sentence.start : b - sentence.start] for a, b in spans] == past


@pytest.mark.parametrize(("text", "past"), [
    ("الأبواب تُغلق في وجوهنا.", []),  # "our faces": the و is the noun's, not "and"
    ("ولادنا كبروا معانا في الحومة.", []),  # "our children", "with us" (Darija)
    ("آباؤنا بنوا هذه الدار بأيدينا.", []),  # the hamza on و before the suffix
    ("لا تتركونا وحدنا، خلّونا نخدمو.", []),  # ـونا: "you … us", "let us"
    ("تعاونّا وجمعنا التبرعات.", ["تعاونّا", "وجمعنا"]),  # the و of تعاون is the root's
    ("هذه الأرض تجمعنا، وجلسنا تحت الزيتونة.", ["تجمعنا", "وجلسنا"]),
])
def test_arabic_our_nouns_and_us_objects_are_no_past_we(text: str, past: list[str]) -> None:
    (sentence,) = parse_draft(text, "ar").sentences
    spans = arabic_past_plural(sentence, first_person_plural(sentence, "ar"))
    assert [sentence.text[a - sentence.start : b - sentence.start] for a, b in spans] == past
