"""input.mixed-language: should-flag and should-pass cases in en, fr, ar."""

from __future__ import annotations

import pytest

from narrative_kit import analyze

MIXED = {
    "en": (
        "I grew up in Lyon and I still remember the day my father lost his job at the factory. "
        "We did not speak about it at dinner, but I saw his hands shaking. "
        "نشأتُ في ليون وما زلت أتذكر اليوم الذي فقد فيه أبي عمله في المصنع."
    ),
    "fr": (
        "J’ai grandi à Lyon et je me souviens encore du jour où mon père a perdu son travail. "
        "Nous n’en avons pas parlé au dîner, mais j’ai vu ses mains trembler. "
        "I grew up in Lyon and I still remember the day my father lost his job at the factory."
    ),
    "ar": (
        "نشأتُ في ليون وما زلت أتذكر اليوم الذي فقد فيه أبي عمله في المصنع. لم نتحدث عن ذلك "
        "على العشاء، لكنني رأيت يديه ترتجفان. I grew up in Lyon and I remember that day."
    ),
}
PURE = {
    "en": "I grew up in Lyon. My grandmother, فاطمة, taught me to read. We need you on Saturday.",
    "fr": "J’ai grandi à Lyon. Ma grand-mère, فاطمة, m’a appris à lire. Venez samedi.",
    "ar": "نشأتُ في ليون مع جدتي فاطمة، وقد علّمتني القراءة في مكتبة Saint-Jean. تعالوا يوم السبت.",
}


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_mixed_draft_is_flagged(language):
    report = analyze(MIXED[language])
    assert report.language == language
    mixed = [f for f in report.findings if f.rule == "input.mixed-language"]
    assert len(mixed) == 1
    assert "--language" in mixed[0].suggestion


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_single_language_draft_with_a_few_foreign_names_passes(language):
    report = analyze(PURE[language])
    assert report.language == language
    assert "input.mixed-language" not in [f.rule for f in report.findings]


def test_a_forced_language_is_not_second_guessed():
    report = analyze(MIXED["en"], language="en")
    assert "input.mixed-language" not in [f.rule for f in report.findings]
