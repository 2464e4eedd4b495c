"""The JSON report keeps to REPORT_CONTRACT.md."""

from __future__ import annotations

import json

import pytest

from narrative_kit import Report, analyze

TOP_LEVEL = [
    "schema_version", "tool", "source", "language", "framework", "metrics", "balance",
    "sections", "elements", "asks", "findings",
]
METRICS = ["words", "sentences", "speaking_seconds", "budget_seconds", "characters", "emotion_share", "fact_share"]
FINDING = ["rule", "severity", "message", "suggestion", "part", "start", "end", "evidence"]


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_report_json_has_every_contract_field(language, example_drafts):
    text = example_drafts[language].read_text(encoding="utf-8")
    report = analyze(text, source=str(example_drafts[language]))
    data = json.loads(report.model_dump_json())
    for key in TOP_LEVEL:
        assert key in data
    assert data["schema_version"] == "1"
    assert data["tool"] == {"name": "narrative-kit", "version": "0.1.0"}
    assert data["language"] == language
    assert data["framework"] == "public-narrative"
    for key in METRICS:
        assert key in data["metrics"]
    assert data["balance"]["label"] in {"emotional", "balanced", "factual", "neither"}
    for finding in data["findings"]:
        for key in FINDING:
            assert key in finding
        assert finding["severity"] in {"error", "warning", "info"}
        if finding["start"] is not None:
            assert text[finding["start"]:finding["end"]] == finding["evidence"]
    for element in data["elements"]:
        for span in element["evidence"]:
            assert text[span["start"]:span["end"]] == span["text"]
    for ask in data["asks"]:
        assert text[ask["start"]:ask["end"]] == ask["text"]
        assert set(ask["specifics"]) >= {"action", "time", "place", "quantity", "audience"}
    # The JSON is the model: it round-trips.
    assert Report.model_validate_json(report.model_dump_json()) == report


def test_api_source_is_null_and_empty_lists_are_present():
    data = json.loads(analyze("We met.").model_dump_json())
    assert data["source"] is None
    for key in ("sections", "elements", "asks", "findings"):
        assert isinstance(data[key], list)


def test_speaking_time_uses_the_language_rate_and_can_be_overridden():
    text = "word " * 140
    assert analyze(text, language="en").metrics.speaking_seconds == 60.0
    assert analyze(text, language="en", words_per_minute=70).metrics.speaking_seconds == 120.0


@pytest.mark.parametrize("text", ["", "   \n "])
def test_api_rejects_empty_text(text):
    with pytest.raises(ValueError):
        analyze(text)
