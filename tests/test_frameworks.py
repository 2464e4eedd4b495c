"""Frameworks are data, validated strictly."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from narrative_kit import analyze
from narrative_kit.frameworks import FrameworkError, list_frameworks, load_framework, parse_framework

CONTRACT_ELEMENTS = [
    "self.challenge", "self.choice", "self.outcome", "self.moment",
    "us.shared_value", "now.urgency", "now.hope", "now.ask",
]


def builtin_data(name: str = "public-narrative") -> dict:
    path = resources.files("narrative_kit") / "data" / "frameworks" / f"{name}.toml"
    return tomllib.loads(path.read_text(encoding="utf-8"))


def test_public_narrative_matches_the_contract():
    framework = load_framework("public-narrative")
    assert [p.id for p in framework.parts] == ["self", "us", "now"]
    assert framework.element_ids() == CONTRACT_ELEMENTS
    assert framework.budget_seconds == 180
    assert framework.part("self").budget_seconds == 120


@pytest.mark.parametrize("framework_id", list_frameworks())
@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_every_element_has_a_name_and_prompt_in_every_language(framework_id, language):
    framework = load_framework(framework_id)
    for part in framework.parts:
        assert part.name.get(language)
        for element in part.elements:
            assert element.name.get(language) and element.prompt.get(language)


def test_unknown_keys_are_errors():
    data = builtin_data()
    data["parts"][0]["elements"][0]["promt"] = {"en": "typo"}
    with pytest.raises(FrameworkError, match="promt"):
        parse_framework(data, "custom.toml")


def test_missing_translation_is_an_error():
    data = builtin_data()
    del data["parts"][1]["name"]["ar"]
    with pytest.raises(FrameworkError, match="ar"):
        parse_framework(data, "custom.toml")


def test_unknown_rule_and_parameter_are_errors():
    data = builtin_data()
    data["rules"] = {"length.over-tme": {"enabled": False}}
    with pytest.raises(FrameworkError, match="unknown rule 'length.over-tme'"):
        parse_framework(data)
    data["rules"] = {"length.over-time": {"params": {"tolerance": 5}}}
    with pytest.raises(FrameworkError, match="unknown parameter 'tolerance'"):
        parse_framework(data)
    data["rules"] = {"length.over-time": {"params": {"tolerance_seconds": "five"}}}
    with pytest.raises(FrameworkError, match="expected float"):
        parse_framework(data)


def test_element_must_belong_to_its_part():
    data = builtin_data()
    data["parts"][0]["elements"][0]["id"] = "now.challenge"
    with pytest.raises(FrameworkError, match="must start with 'self.'"):
        parse_framework(data)


def test_a_trainer_can_adapt_a_framework_file(tmp_path):
    text = (resources.files("narrative_kit") / "data" / "frameworks" / "public-narrative.toml").read_text(
        encoding="utf-8"
    )
    text = text.replace("budget_seconds = 180", "budget_seconds = 20", 1)
    text += '\n[rules."length.long-sentence"]\nparams = { max_words_en = 5 }\n'
    custom = tmp_path / "short.toml"
    custom.write_text(text, encoding="utf-8")
    report = analyze(
        "I was sixteen when a man in our street called my father a terrorist. " * 8, framework=custom
    )
    rules = {f.rule for f in report.findings}
    assert report.metrics.budget_seconds == 20
    assert "length.over-time" in rules
    assert "length.long-sentence" in rules


def test_unknown_framework_names_the_builtins():
    with pytest.raises(FrameworkError, match="public-narrative"):
        load_framework("no-such-framework")
