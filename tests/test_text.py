"""Splitting into blocks, sentences and words, with offsets that always quote the draft."""

from __future__ import annotations

import pytest

from narrative_kit.text import count_words, normalize_word, parse_draft, tokenize_words


def sentences(text: str, language: str) -> list[str]:
    return [s.text for s in parse_draft(text, language).sentences]


def words(text: str, language: str) -> list[str]:
    return [w.text for w in tokenize_words(text, language)]


def test_arabic_question_mark_ends_a_sentence():
    text = "هل نحن مستعدون؟ نعم، نحن مستعدون. قال د. أحمد ذلك أمس!"
    assert sentences(text, "ar") == ["هل نحن مستعدون؟", "نعم، نحن مستعدون.", "قال د. أحمد ذلك أمس!"]


def test_arabic_comma_and_semicolon_do_not_end_sentences():
    text = "ذهبنا إلى السوق، واشترينا الخبز؛ ثم عدنا إلى البيت."
    assert len(sentences(text, "ar")) == 1


def test_french_guillemets_nbsp_and_abbreviations():
    text = "Pourquoi\u00a0? Parce que M. Dupont l’a dit\u202f! « Venez samedi. » Fin."
    assert sentences(text, "fr") == [
        "Pourquoi\u00a0?", "Parce que M. Dupont l’a dit\u202f!", "« Venez samedi. »", "Fin.",
    ]


def test_english_abbreviations_and_decimals():
    text = "Dr. Smith came at 10 a.m. on Monday. Then 3.5 percent left. We stayed."
    assert sentences(text, "en") == [
        "Dr. Smith came at 10 a.m. on Monday.", "Then 3.5 percent left.", "We stayed.",
    ]


def test_a_school_named_by_its_number_is_one_sentence():
    """New York's schools go by number ("P.S. 75", "I.S. 52"); addresses abbreviate too."""
    text = "Last year the parents at P.S. 75 collected signatures on Story Ave. near the school. They won."
    assert sentences(text, "en") == [
        "Last year the parents at P.S. 75 collected signatures on Story Ave. near the school.", "They won.",
    ]


def test_french_elisions_are_split_for_lookup_but_counted_once():
    tokens = tokenize_words("L’homme qu’on attendait n'est pas venu aujourd’hui", "fr")
    assert [t.text for t in tokens] == [
        "L’", "homme", "qu’", "on", "attendait", "n'", "est", "pas", "venu", "aujourd’hui",
    ]
    assert [t.elision for t in tokens][:2] == [True, False]
    assert count_words("L’homme qu’on attendait n'est pas venu aujourd’hui", "fr") == 7


def test_arabic_digits_tatweel_and_harakat():
    text = "في عام ٢٠١٨ قالَ مُحَمَّد إن الـــكتاب مهم بنسبة ٤٠٪"
    assert words(text, "ar") == ["في", "عام", "٢٠١٨", "قالَ", "مُحَمَّد", "إن", "الـــكتاب", "مهم", "بنسبة", "٤٠"]
    tokens = tokenize_words(text, "ar")
    assert tokens[2].norm == "2018"
    assert tokens[4].norm == "محمد"
    assert tokens[6].norm == "الكتاب"
    assert normalize_word("أُمّة", "ar") == "امه"


def test_numbers_with_separators_are_one_word():
    assert words("We raised 1,500 euros, 12.5% more.", "en") == ["We", "raised", "1,500", "euros", "12.5", "more"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("# Story of Self\n\nI was *sixteen* when it **happened**. See [the report](https://x.org/a-b).\n\n"
         "## Story of Us\n\n- We are parents.\n- We are teachers.\n", "en"),
        ("# Moi\n\nJ’avais quatorze ans\u00a0; c’était un vendredi.\n\nNous sommes là.", "fr"),
        ("# قصة الذات\n\nكنتُ في الخامسة عشرة؟ نعم.\r\n\r\nنحن هنا.", "ar"),
    ],
)
def test_offsets_always_quote_the_draft(text, language):
    draft = parse_draft(text, language)
    for block in draft.blocks:
        assert text[block.start:block.end] == block.text
    for sentence in draft.sentences:
        assert text[sentence.start:sentence.end] == sentence.text
        for word in sentence.words:
            assert text[word.start:word.end] == word.text


def test_markdown_headings_are_kept_as_blocks_and_markup_is_not_counted():
    text = "# Story of Self\n\nI was *sixteen* when it **happened**. See [the report](https://x.org/a-b-c)."
    draft = parse_draft(text, "en")
    assert [(b.kind, b.text) for b in draft.blocks][0] == ("heading", "# Story of Self")
    spoken = [w.text for s in draft.sentences for w in s.words]
    assert spoken == ["I", "was", "sixteen", "when", "it", "happened", "See", "the", "report"]


def test_label_lines_stand_alone_but_short_sentences_do_not():
    text = "Moi :\nJ’avais quatorze ans.\n\nNous\nsommes là."
    kinds = [(b.kind, b.text) for b in parse_draft(text, "fr").blocks]
    assert kinds[0] == ("heading", "Moi :")
    assert ("paragraph", "J’avais quatorze ans.") in kinds


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Our proposals:\n\n- We must pair newcomers with mentors. A pilot in Ghent doubled employment.\n"
     "1. Bring a friend. We meet at 7.\n2) Sign the letter.\n",
     "en", ["- We must pair newcomers with mentors.", "A pilot in Ghent doubled employment.",
            "1. Bring a friend.", "We meet at 7.", "2) Sign the letter."]),
    ("Nos propositions :\n\n- Il faut des parrains. Un essai à Gand a doublé l’emploi.\n"
     "1. Venez samedi. Apportez du pain.\n2. Signez la lettre.\n",
     "fr", ["- Il faut des parrains.", "Un essai à Gand a doublé l’emploi.",
            "1. Venez samedi.", "Apportez du pain.", "2. Signez la lettre."]),
    ("مقترحاتنا:\n\n- يجب أن نرافق الوافدين. ضاعفت تجربة في غنت فرص العمل.\n"
     "1. تعالوا يوم السبت. أحضروا الخبز.\n2. وقعوا الرسالة.\n",
     "ar", ["- يجب أن نرافق الوافدين.", "ضاعفت تجربة في غنت فرص العمل.",
            "1. تعالوا يوم السبت.", "أحضروا الخبز.", "2. وقعوا الرسالة."]),
])
def test_a_list_item_is_split_into_its_sentences_and_keeps_its_number(
        text: str, language: str, expected: list[str]) -> None:
    """An item may hold more than one sentence; its number ("1.") is no sentence of its own;
    the heading is no sentence."""
    assert sentences(text, language) == expected



@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Our demands:\n- sign the petition\n- come on Saturday\n",
     "en", ["- sign the petition", "- come on Saturday"]),
    ("Nos demandes :\n- signez la pétition\n- venez samedi\n",
     "fr", ["- signez la pétition", "- venez samedi"]),
    ("مطالبنا:\n- وقعوا العريضة\n- تعالوا يوم السبت\n",
     "ar", ["- وقعوا العريضة", "- تعالوا يوم السبت"]),
    # A dash (« – », "—") opens an item too.
    ("Our demands:\n– sign the petition\n— come on Saturday\n", "en", ["– sign the petition", "— come on Saturday"]),
    ("Nos demandes :\n– signez la pétition\n– venez samedi\n", "fr", ["– signez la pétition", "– venez samedi"]),
    ("مطالبنا:\n– وقعوا العريضة\n– تعالوا يوم السبت\n", "ar", ["– وقعوا العريضة", "– تعالوا يوم السبت"]),
])
def test_a_short_bullet_is_a_list_item_not_a_heading(text: str, language: str, expected: list[str]) -> None:
    """A short "- sign the petition" with no full stop is a list item, its sentence an ask."""
    assert sentences(text, language) == expected


@pytest.mark.parametrize(("text", "language"), [
    ("Our proposals:\n- sign the petition\n", "en"),
    ("Nos propositions :\n- signez la pétition\n", "fr"),
    ("مقترحاتنا:\n- وقعوا العريضة\n", "ar"),
    # A part's heading over a list stays a heading, not an ask.
    ("Why we must act now:\n- the youth centre closes in three weeks\n- forty kids will have nowhere to go\n", "en"),
    # A noun that looks like a verb of asking: "Our demand:", « Notre demande : », «الخطوة التالية:».
    ("Our demand:\n- a safe crossing by the school\n", "en"),
    ("Notre demande :\n- un passage piéton devant l'école\n", "fr"),
    ("الخطوة التالية:\n- ممر آمن أمام المدرسة\n", "ar"),
    ("Pourquoi nous devons agir maintenant :\n- le centre ferme dans trois semaines\n", "fr"),
    ("لماذا يجب أن نتحرك الآن:\n- المركز يغلق بعد ثلاثة أسابيع\n", "ar"),
])
def test_a_short_label_before_a_list_stays_a_heading(text: str, language: str) -> None:
    assert parse_draft(text, language).blocks[0].kind == "heading"


@pytest.mark.parametrize(("text", "language"), [
    ("Recommendations\n\nWe must:\n- reduce overcrowding;\n- train more staff.\n", "en"),
    ("In the light of the above, we recommend:\n- reduce overcrowding;\n", "en"),
    ("Recommandations\n\nNous devons :\n- réduire la surpopulation ;\n- renforcer les effectifs.\n", "fr"),
    ("Donc, il faut :\n- réduire la surpopulation ;\n", "fr"),
    ("**We must:**\n\n- reduce overcrowding;\n", "en"),
    ("**Nous devons :**\n\n- réduire la surpopulation ;\n", "fr"),
    ("وعلينا:\n\n- تقليص الاكتظاظ؛\n", "ar"),
    ("التوصيات\n\nيجب علينا:\n- تقليص الاكتظاظ؛\n- تعزيز عدد الموظفين.\n", "ar"),
    ("بناء على ما سبق، نوصي بما يلي:\n- تقليص الاكتظاظ؛\n", "ar"),
])
def test_a_sentence_cut_by_its_list_is_spoken_not_a_heading(text: str, language: str) -> None:
    """"We must:" right above a list is the start of a sentence the list completes."""
    draft = parse_draft(text, language)
    lead = draft.blocks[next(k for k, b in enumerate(draft.blocks) if b.kind == "list-item") - 1]
    assert lead.kind == "paragraph"
    assert any(s.text == lead.text for s in draft.sentences)


@pytest.mark.parametrize("language, word", [("en", "neighbours"), ("fr", "l'école"), ("ar", "والجيران")])
def test_words_are_all_matched_before_any_is_read(monkeypatch, language: str, word: str) -> None:
    """nltk 3.10+ stops a regular-expression iteration after 5 s of processor time from its
    first match; normalising a megabyte of words one by one inside it could pass that. With
    the limit shrunk to 50 ms and 1 ms of work per word, 200 words still tokenize."""
    import time

    redos = pytest.importorskip("nltk.redos")
    import narrative_kit.text as text_module

    real = text_module.normalize_word
    draft = " ".join([word] * 200)
    expected = [(w.start, w.end, w.norm) for w in tokenize_words(draft, language)]

    def slow_normalize(surface: str, lang: str) -> str:
        end = time.process_time() + 0.001
        while time.process_time() < end:
            pass
        return real(surface, lang)

    monkeypatch.setattr(redos, "DEFAULT_TIMEOUT", 0.05)
    monkeypatch.setattr(text_module, "normalize_word", slow_normalize)
    assert [(w.start, w.end, w.norm) for w in tokenize_words(draft, language)] == expected
