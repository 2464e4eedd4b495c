"""length.over-time and length.long-sentence: should-flag and should-pass cases in en, fr, ar."""

from __future__ import annotations

import pytest

from narrative_kit import analyze

SHORT_SENTENCES = {
    "en": "I was sixteen. It was raining. My father held the bread. I said nothing.",
    "fr": "J’avais seize ans. Il pleuvait. Mon père tenait le pain. Je n’ai rien dit.",
    "ar": "كنتُ في السادسة عشرة. كانت السماء تمطر. كان أبي يحمل الخبز. لم أقل شيئاً.",
}
LONG_SENTENCE = {
    "en": (
        "When I arrived in the city after finishing my studies in Tunis, where I had spent "
        "several years working with associations on questions of youth employment and "
        "migration, I realised that nobody in the neighbourhood knew who I was or why I had "
        "come back to live with my grandmother in her small flat."
    ),
    "fr": (
        "Quand je suis arrivé dans la ville après avoir terminé mes études à Tunis, où j’avais "
        "passé plusieurs années à travailler avec des associations sur les questions d’emploi "
        "des jeunes et de migration, j’ai compris que personne dans le quartier ne savait qui "
        "j’étais ni pourquoi j’étais revenu vivre avec ma grand-mère dans son petit appartement "
        "du troisième étage."
    ),
    "ar": (
        "عندما وصلتُ إلى المدينة بعد أن أنهيت دراستي في تونس حيث قضيتُ عدة سنوات أعمل مع "
        "جمعيات مختلفة على قضايا تشغيل الشباب والهجرة والتعليم والثقافة أدركتُ أن أحداً في "
        "الحيّ لم يكن يعرف من أنا ولا لماذا عدتُ لأعيش مع جدتي في شقتها الصغيرة في الطابق "
        "الثالث من العمارة القديمة القريبة من السوق المركزي الذي كان يعجّ بالناس كل صباح."
    ),
}


def rules(report) -> list[str]:
    return [f.rule for f in report.findings]


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_over_time_flags_a_draft_longer_than_the_budget(language):
    text = "\n\n".join([SHORT_SENTENCES[language]] * 60)
    report = analyze(text, language=language)
    assert report.metrics.speaking_seconds > 180
    over = [f for f in report.findings if f.rule == "length.over-time" and f.part is None]
    assert len(over) == 1
    assert over[0].severity == "warning"
    assert "3:00" in over[0].message


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_over_time_passes_a_draft_within_budget(language, example_drafts):
    report = analyze(example_drafts[language].read_text(encoding="utf-8"))
    assert report.metrics.speaking_seconds <= 180
    assert not [f for f in report.findings if f.rule == "length.over-time" and f.part is None]


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_long_sentence_is_flagged_with_its_words(language):
    text = SHORT_SENTENCES[language] + " " + LONG_SENTENCE[language]
    report = analyze(text, language=language)
    long = [f for f in report.findings if f.rule == "length.long-sentence"]
    assert len(long) == 1
    assert long[0].evidence == LONG_SENTENCE[language]
    assert text[long[0].start:long[0].end] == LONG_SENTENCE[language]


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_short_sentences_pass(language):
    assert "length.long-sentence" not in rules(analyze(SHORT_SENTENCES[language], language=language))
