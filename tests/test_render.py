"""Rendering Reports: every format, every language, right to left, and hostile drafts."""

from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser

import pytest

from narrative_kit import analyze, load_framework
from narrative_kit.cohort import CohortEntry, summarize_cohort
from narrative_kit.i18n import translate
from narrative_kit.models import Report, Tool
from narrative_kit.render import (
    FORMATS,
    environment,
    escape_markdown,
    order_findings,
    render_cohort_index,
    render_handout,
    render_html,
    render_markdown,
    render_report,
    render_text,
    render_worksheet,
    segment_draft,
)
from tests.render_support import DRAFTS, draft_text, full_report

LANGUAGES = ("en", "fr", "ar")
FRAMEWORK = load_framework("public-narrative")


class _Page(HTMLParser):
    """Tags, attributes and visible text of a page, as a browser's parser sees them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag in ("style", "title"):
            self._skip += 1

    def handle_endtag(self, tag):
        if tag in ("style", "title"):
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.text.append(data)


def parse(page: str) -> _Page:
    parser = _Page()
    parser.feed(page)
    return parser


def empty_report(language: str) -> Report:
    return Report(tool=Tool(version="0.1.0"), language=language, framework="public-narrative")


# --- every format, every language -----------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("output_format", FORMATS)
def test_every_format_renders_full_and_empty_reports(language, output_format):
    for report in (full_report(language), empty_report(language)):
        output = render_report([report], output_format, [draft_text(language)])
        assert output.strip()
        if output_format == "json":
            assert json.loads(output)["language"] == language


@pytest.mark.parametrize("language", LANGUAGES)
def test_html_reads_the_report_and_shows_every_block(language):
    report = full_report(language)
    page = render_html([report], [draft_text(language)])
    assert page.startswith("<!DOCTYPE html>")
    for finding in report.findings:
        assert html.escape(finding.message, quote=True) in page
        assert html.escape(finding.suggestion, quote=True) in page
    for ask in report.asks:
        for value in ask.specifics.model_dump().values():
            if value:
                assert html.escape(value) in page
    for part in FRAMEWORK.parts:
        assert html.escape(part.name.get(language)) in page
        for element in part.elements:
            assert html.escape(element.name.get(language)) in page
    assert html.escape(FRAMEWORK.element("now.hope").prompt.get(language)) in page  # a missing element
    assert 'data-role="draft"' in page and "<mark" in page


@pytest.mark.parametrize("language", LANGUAGES)
def test_html_direction_follows_the_language(language):
    page = parse(render_html([full_report(language)], [draft_text(language)]))
    root = dict(page.tags)["html"]
    draft = next(attrs for tag, attrs in page.tags if attrs.get("data-role") == "draft")
    expected = "rtl" if language == "ar" else "ltr"
    assert root["lang"] == language and root["dir"] == expected
    assert draft["lang"] == language and draft["dir"] == expected


def test_ui_language_overrides_the_page_but_not_the_draft():
    page = parse(render_html([full_report("ar", ui_language="fr")], [draft_text("ar")], ui_language="fr"))
    root = dict(page.tags)["html"]
    draft = next(attrs for tag, attrs in page.tags if attrs.get("data-role") == "draft")
    assert (root["lang"], root["dir"]) == ("fr", "ltr")
    assert (draft["lang"], draft["dir"]) == ("ar", "rtl")
    assert "Retour sur votre récit public" in "".join(page.text)


def _english_ids_in(output: str) -> list[str]:
    """English source strings (of some length) that appear in a rendered output."""
    import importlib.util
    import sys
    from pathlib import Path

    name = "update_translations"
    if name not in sys.modules:
        path = Path(__file__).resolve().parent.parent / "scripts" / "update_translations.py"
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    ids = sys.modules[name].extract_messages()
    return [msgid for msgid in ids if len(msgid) >= 12 and msgid in output]


@pytest.mark.parametrize("language", ["fr", "ar"])
@pytest.mark.parametrize("output_format", ["text", "markdown", "html"])
def test_no_english_left_in_french_or_arabic_feedback(language, output_format):
    output = render_report([full_report(language)], output_format, [draft_text(language)])
    if output_format == "html":
        output = html.unescape(output)
    assert _english_ids_in(output) == []


def test_arabic_page_has_no_latin_words_outside_the_users_own_text():
    page = render_html([full_report("ar")], [draft_text("ar")])
    # Drop what is the user's (the draft, quotes, file names) or code (rule ids, the tool's name).
    page = re.sub(r'<div class="draft".*?</div>', "", page, flags=re.S)
    page = re.sub(r'<(bdi|p class="quote"|span class="rule-id")[^>]*>.*?</(bdi|p|span)>', "", page, flags=re.S)
    text = "".join(parse(page).text).replace("narrative-kit", "")
    assert re.findall(r"[A-Za-z]{2,}", text) == []


# --- highlighting --------------------------------------------------------------------------


def test_segments_cover_the_draft_exactly_and_mark_evidence():
    text = draft_text("en")
    report = full_report("en")
    view_notes = []
    segments = segment_draft(text, report, FRAMEWORK, view_notes)
    assert "".join(s.text for s in segments) == text
    challenge = next(e for e in report.elements if e.id == "self.challenge").evidence[0]
    covered = [s for s in segments if "self" in s.parts]
    assert challenge.text in "".join(s.text for s in covered)
    asked = "".join(s.text for s in segments if s.ask)
    assert report.asks[0].text in asked


def test_segments_tolerate_offsets_outside_the_text():
    report = full_report("en")
    short = "Only a few words."
    segments = segment_draft(short, report, FRAMEWORK)
    assert "".join(s.text for s in segments) == short


def test_notes_are_numbered_in_order_of_importance_and_linked_from_the_draft():
    report = full_report("en")
    ordered = order_findings(report, FRAMEWORK)
    assert [f.severity for f in ordered] == sorted(
        (f.severity for f in ordered), key=["error", "warning", "info"].index
    )
    assert ordered[0].part is None  # the whole-draft note before a part's note of the same weight
    page = render_html([report], [draft_text("en")])
    assert 'href="#note-1-3"' in page and 'id="note-1-3"' in page


# --- safety ----------------------------------------------------------------------------------


HOSTILE_BITS = ["<script>", "<img", "onerror=", "javascript:", "<style>", "<a href"]


def _hostile_report(ui: str | None = None) -> tuple[Report, str]:
    text = (DRAFTS / "hostile.md").read_text(encoding="utf-8")
    report = analyze(text, language="en", ui_language=ui, source="<img src=x onerror=alert(1)>.md")
    script = text.index("<script>")
    report.findings.append(report.findings[0].model_copy(update={
        "start": script, "end": script + 30, "evidence": text[script:script + 30],
        "message": "<b>bold</b> {{ 7*7 }}", "suggestion": "<script>alert(3)</script>",
    }) if report.findings else _fake_finding(text, script))
    report.asks.append(report.asks[0] if report.asks else _fake_ask(text))
    return report, text


def _fake_finding(text, start):
    from narrative_kit.models import Finding

    return Finding(rule="length.long-sentence", severity="info", message="<b>bold</b> {{ 7*7 }}",
                   suggestion="<script>alert(3)</script>", start=start, end=start + 30,
                   evidence=text[start:start + 30])


def _fake_ask(text):
    from narrative_kit.models import Ask, AskSpecifics

    start = text.index("<style>")
    return Ask(start=start, end=start + 20, text=text[start:start + 20], concrete=False,
               specifics=AskSpecifics(place='<img src=x onerror="alert(4)">', time="{{ 7*7 }}"))


def _hostile_pages() -> dict[str, str]:
    report, text = _hostile_report()
    entry = CohortEntry(source="x", name="<script>alert(5)</script>", handout="x.html", report=report, text=text)
    bad = CohortEntry(source="y", name="y", handout="y.html", error="<img src=x onerror=alert(6)>")
    return {
        "report": render_html([report], [text]),
        "report-ar": render_html([report], [text], ui_language="ar"),
        "handout": render_handout(report, text, participant='"><script>alert(7)</script>'),
        "index": render_cohort_index(summarize_cohort([entry, bad], FRAMEWORK), "en"),
    }


@pytest.mark.parametrize("name", ["report", "report-ar", "handout", "index"])
def test_hostile_markup_in_a_draft_is_inert_text(name):
    page = _hostile_pages()[name]
    parsed = parse(page)
    tags = [tag for tag, _attrs in parsed.tags]
    assert "script" not in tags and "img" not in tags and "iframe" not in tags
    assert tags.count("style") == 1  # ours, in <head>
    for _tag, attrs in parsed.tags:
        assert not any(k.startswith("on") for k in attrs), attrs
        assert not any("javascript:" in (v or "") for v in attrs.values()), attrs
    visible = "".join(parsed.text)
    assert "49" not in visible.replace("2049", "")  # {{ 7*7 }} was never evaluated
    if name != "index":
        assert "<script>" in visible and "{{ 7*7 }}" in visible  # shown, as text
    for control in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069":
        assert control not in page


def test_hostile_markup_is_inert_in_markdown_and_text():
    report, text = _hostile_report()
    markdown = render_markdown([report], [text])
    assert not re.search(r"(?<!\\)<(script|img|style|a )", markdown)  # every tag's < is escaped
    assert "\\<script\\>" in markdown
    assert escape_markdown("[x](javascript:alert(1)) <b>") == "\\[x\\](javascript:alert(1)) \\<b\\>"
    terminal = render_text(report)
    assert "\u202e" not in terminal and "\x1b[2J" not in terminal


def test_every_html_environment_autoescapes():
    for language in LANGUAGES:
        env = environment("html", language)
        assert env.autoescape is True
        assert env.from_string("{{ x }}").render(x="<b>") == "&lt;b&gt;"


def test_templates_never_mark_values_safe():
    from importlib import resources

    for template in (resources.files("narrative_kit") / "templates").iterdir():
        source = template.read_text(encoding="utf-8")
        assert "|safe" not in source.replace(" ", ""), template.name
        assert "Markup(" not in source, template.name


# --- self-contained and printable ------------------------------------------------------------


def _all_pages() -> dict[str, str]:
    report = full_report("fr")
    entries = [CohortEntry(source="a", name="a", handout="a.html", report=report, text=draft_text("fr"))]
    return {
        "report": render_html([report], [draft_text("fr")]),
        "handout": render_handout(report, draft_text("fr"), participant="a"),
        "index": render_cohort_index(summarize_cohort(entries, FRAMEWORK), "fr"),
        "worksheet": render_worksheet(FRAMEWORK, "fr"),
    }


@pytest.mark.parametrize("name", ["report", "handout", "index", "worksheet"])
def test_pages_are_self_contained_and_printable(name):
    page = _all_pages()[name]
    parsed = parse(page)
    for tag, attrs in parsed.tags:
        assert "src" not in attrs, (tag, attrs)
        if tag == "link":
            raise AssertionError(f"external stylesheet: {attrs}")
        if tag == "a":
            assert not re.match(r"[a-z]+:", attrs.get("href") or ""), attrs  # relative links only
    assert "@import" not in page and "url(" not in page
    assert "@media print" in page and "size: A4" in page
    assert "default-src 'none'" in page


# --- handouts, cohort summary and worksheets ---------------------------------------------------


def test_cohort_summary_counts_what_the_reports_say():
    reports = [full_report(lang) for lang in LANGUAGES]
    entries = [CohortEntry(source=lang, name=lang, handout=f"{lang}.html", report=r) for lang, r in zip(
        LANGUAGES, reports, strict=True)]
    summary = summarize_cohort(entries, FRAMEWORK)
    top = summary.missing_elements[0]
    assert top.element_id in ("now.hope", "now.ask") and top.missing == 3 and top.share == 1.0
    assert summary.frequent_findings[0].rule == "length.over-time"
    assert summary.frequent_findings[0].drafts == 3 and summary.frequent_findings[0].occurrences == 6
    assert summary.over_budget == 3 and summary.median_seconds == 230.5
    assert summary.balance_counts["balanced"] == 3
    page = render_cohort_index(summary, "ar")
    assert '<html lang="ar" dir="rtl">' in page
    for entry in entries:
        assert f'href="{entry.handout}"' in page


@pytest.mark.parametrize("language", LANGUAGES)
def test_worksheet_has_every_part_and_prompt(language):
    page = render_worksheet(FRAMEWORK, language)
    assert f'<html lang="{language}" dir="{"rtl" if language == "ar" else "ltr"}">' in page
    for part in FRAMEWORK.parts:
        assert html.escape(part.name.get(language)) in page
        for element in part.elements:
            assert html.escape(element.prompt.get(language)) in page
    if language != "en":
        assert _english_ids_in(html.unescape(page)) == []
    assert translate("Worksheet", language) in page


def test_a_template_dir_overrides_one_template_at_a_time(tmp_path):
    (tmp_path / "_style.css.j2").write_text("body { color: rebeccapurple; }", encoding="utf-8")
    (tmp_path / "worksheet.html.j2").write_text(
        '{% extends "_layout.html.j2" %}{% block content %}<p>{{ _("Worksheet") }}: {{ lang }}</p>'
        "{% endblock %}", encoding="utf-8",
    )
    worksheet = render_worksheet(FRAMEWORK, "fr", template_dir=tmp_path)
    assert "rebeccapurple" in worksheet and "<p>Fiche de travail: fr</p>" in worksheet
    report = render_html([full_report("en")], [draft_text("en")], template_dir=tmp_path)
    assert "rebeccapurple" in report  # the overridden stylesheet
    assert "Coaching notes" in report  # the built-in report template
