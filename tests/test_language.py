"""Language detection: right on every real text and on drafts written for the project."""

from __future__ import annotations

import json

import pytest

from narrative_kit.language import detect_language
from narrative_kit.reading import read_draft

from .conftest import EXAMPLES


def test_every_corpus_and_seed_text_is_detected(shared_dir):
    labels = json.loads((shared_dir / "corpus" / "labels.json").read_text(encoding="utf-8"))
    for relative, label in labels.items():
        text = read_draft(str(shared_dir / "corpus" / relative)).text
        assert detect_language(text).language == label["lang"], relative
    for seed in sorted((shared_dir / "seeds").glob("*.txt")):
        assert detect_language(seed.read_text(encoding="utf-8")).language == "ar", seed.name


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*/*.*")), ids=lambda p: p.name)
def test_every_example_is_detected(path):
    assert detect_language(path.read_text(encoding="utf-8")).language == path.parent.name


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Arabic with some Latin words
        ("شاركتُ في ورشة عمل في Bruxelles مع منظمة Hedayah حول مكافحة التطرف العنيف، "
         "وتعلّمنا هناك كيف نروي قصتنا بأنفسنا.", "ar"),
        # French with a few Arabic names
        ("Je m’appelle Karim. Mon grand-père, محمد, venait de Tlemcen et il nous racontait "
         "chaque soir l’histoire de sa ville.", "fr"),
        # English with a few Arabic names
        ("My grandmother, فاطمة, taught me to read the Quran when I was six. She lived in "
         "Tripoli and she never missed a day.", "en"),
        # short drafts
        ("Nous avons besoin de vous.", "fr"),
        ("We need you tonight.", "en"),
        ("نحن بحاجة إليكم.", "ar"),
        # French without accents, English with a French place name
        ("Il faut que nous soyons la pour nos enfants, pas demain mais maintenant.", "fr"),
        ("I moved to Saint-Étienne when I was ten and I did not speak a word of French.", "en"),
    ],
)
def test_hard_cases(text, language):
    assert detect_language(text).language == language


def test_a_heavily_mixed_draft_is_flagged():
    text = (
        "I grew up in Lyon and I still remember the day my father lost his job. "
        "نشأتُ في ليون وما زلت أتذكر اليوم الذي فقد فيه أبي عمله. "
    )
    assert detect_language(text).mixed


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_single_language_drafts_are_not_flagged_as_mixed(language, example_drafts):
    assert not detect_language(example_drafts[language].read_text(encoding="utf-8")).mixed
