"""The fr and ar catalogs: complete, placeholders intact, compiled .mo up to date."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

from narrative_kit.checks import RULES
from narrative_kit.i18n import neutralize_bidi, neutralize_for_terminal, translate

ROOT = Path(__file__).resolve().parent.parent


def _load_script():
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "scripts" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


tools = _load_script()
SOURCES = tools.extract_messages()
HOW_TO_FIX = "run `python scripts/update_translations.py`, translate the listed ids in the .po, run it again"


def test_extraction_covers_registry_code_and_templates():
    where = {loc for source in SOURCES.values() for loc, _line in source.locations}
    assert any(w.startswith("rule:") for w in where)
    assert any(w.endswith("render.py") for w in where)
    assert any(w.endswith("cli.py") for w in where)
    assert any(w.endswith(".html.j2") for w in where)
    assert any(w.endswith(".md.j2") for w in where)
    for current in RULES.values():
        for name in tools.RULE_FIELDS:
            assert getattr(current, name) in SOURCES, f"{current.id}.{name} not extracted"


@pytest.mark.parametrize("language", tools.TARGET_LANGUAGES)
def test_every_message_has_a_translation(language):
    catalog = tools.read_catalog(language)
    translated = {m.id: m.string for m in catalog if m.id and m.string and not m.fuzzy}
    missing = [msgid for msgid in SOURCES if msgid not in translated]
    assert not missing, f"{len(missing)} message(s) lack a {language} translation ({HOW_TO_FIX}):\n" + "\n".join(
        f"  {m!r}" for m in missing
    )


@pytest.mark.parametrize("language", tools.TARGET_LANGUAGES)
def test_translations_keep_their_placeholders(language):
    problems = tools.placeholder_problems(tools.read_catalog(language))
    assert not problems, f"{language}: placeholders differ from the English id in: {problems}"


@pytest.mark.parametrize("language", tools.TARGET_LANGUAGES)
def test_compiled_catalog_matches_its_source(language):
    assert tools.compiled_matches(language, tools.read_catalog(language)), (
        f"narrative_kit/locale/{language}/LC_MESSAGES/narrative_kit.mo is stale: {HOW_TO_FIX}"
    )


@pytest.mark.parametrize("language", tools.TARGET_LANGUAGES)
def test_translations_are_not_the_english_text(language):
    # Short labels may legitimately coincide (fr "Date", "Notes"); long sentences may not.
    catalog = tools.read_catalog(language)
    same = [m.id for m in catalog if m.id and len(m.id) > 25 and m.string == m.id]
    assert not same, f"{language}: left in English: {same}"


def test_arabic_translations_are_arabic():
    catalog = tools.read_catalog("ar")
    for message in catalog:
        words = re.sub(r"\{\w+\}|%\(\w+\)s", "", message.id or "")
        if message.string and re.search(r"[A-Za-z]{3}", words):
            assert re.search("[\u0600-\u06ff]", message.string), message.id


def test_translate_uses_the_shipped_catalogs():
    assert translate("Coaching notes", "fr") == "Notes de coaching"
    assert translate("Coaching notes", "ar") == "ملاحظات التدريب"
    assert translate("Coaching notes", "en") == "Coaching notes"


def test_rule_messages_format_in_every_language():
    for current in RULES.values():
        names = set(re.findall(r"\{(\w+)\}", current.message + current.suggestion))
        values = {name: 7 for name in names}
        for language in ("en", "fr", "ar"):
            translate(current.message, language).format(**values)
            translate(current.suggestion, language).format(**values)


def test_bidi_and_terminal_controls_are_removed():
    hostile = "a\u202eexe.txt\u2066b\u2069\u202a\u202b\u202c\u202d\u2067\u2068 \x1b[2J\x07end"
    assert neutralize_bidi(hostile) == "aexe.txtb \x1b[2J\x07end"
    assert neutralize_for_terminal(hostile) == "aexe.txtb [2Jend"
    assert neutralize_bidi("مرحبا\u200f 2018") == "مرحبا\u200f 2018"  # marks are harmless: kept


def test_check_mode_reports_nothing_stale(capsys):
    assert tools.main(["--check"]) == 0, capsys.readouterr().out
