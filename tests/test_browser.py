"""The reports as a person sees them: headless Chromium, phone and desktop widths, A4 print.

Chromium is Debian's package: found at /usr/bin/chromium, or installed here with
apt-get when the tests run as root (as CI does); otherwise these tests are skipped
with the reason. Screenshots are written under pytest's tmp dir and checked.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from narrative_kit import load_framework
from narrative_kit.cli import main
from narrative_kit.cohort import CohortEntry, summarize_cohort
from narrative_kit.render import render_cohort_index, render_html, render_worksheet
from tests.browser_support import A4_CSS_WIDTH, OVERFLOW_JS, install_chromium, launch_browser
from tests.render_support import DRAFTS, draft_text, full_report

PHONE, DESKTOP = 360, 1280


@pytest.fixture(scope="module")
def browser():
    pytest.importorskip("playwright.sync_api", reason="playwright is not installed: pip install -e '.[test]'")
    path, why_not = install_chromium()
    if path is None:
        pytest.skip(f"no headless Chromium for the browser tests: {why_not}")
    with launch_browser(path) as launched:
        yield launched


@pytest.fixture(scope="module")
def pages(tmp_path_factory, example_drafts) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("pages")
    framework = load_framework("public-narrative")
    made: dict[str, Path] = {}
    entries = []
    for language in ("en", "fr", "ar"):
        report = full_report(language)
        made[f"report-{language}"] = folder / f"report-{language}.html"
        made[f"report-{language}"].write_text(render_html([report], [draft_text(language)]), encoding="utf-8")
        entries.append(CohortEntry(source=language, name=f"participant {language}",
                                   handout=f"report-{language}.html", report=report))
    made["cohort-index"] = folder / "cohort-index.html"
    made["cohort-index"].write_text(render_cohort_index(summarize_cohort(entries, framework), "ar"),
                                    encoding="utf-8")
    made["worksheet-ar"] = folder / "worksheet-ar.html"
    made["worksheet-ar"].write_text(render_worksheet(framework, "ar"), encoding="utf-8")
    # The real pipeline, end to end: the CLI on the example drafts and on a hostile one.
    runner = CliRunner()
    cohort_out = folder / "cohort"
    result = runner.invoke(main, ["handout", *(str(p) for p in example_drafts.values()), "--out", str(cohort_out)])
    assert result.exit_code == 0, result.output
    made["cli-index"] = cohort_out / "index.html"
    made["cli-handout-ar"] = cohort_out / f"{example_drafts['ar'].stem}.html"
    made["hostile"] = folder / "hostile.html"
    result = runner.invoke(main, ["check", str(DRAFTS / "hostile.md"), "--format", "html",
                                  "--out", str(made["hostile"])])
    assert result.exit_code == 0, result.output
    return made


def _open(browser, path: Path, width: int, *, print_media: bool = False):
    page = browser.new_page(viewport={"width": width, "height": 900})
    requests: list[str] = []
    dialogs: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    if print_media:
        page.emulate_media(media="print")
    page.goto(path.resolve().as_uri())
    page.wait_for_load_state("load")
    return page, requests, dialogs


ALL_PAGES = ["report-en", "report-fr", "report-ar", "cohort-index", "worksheet-ar", "cli-index",
             "cli-handout-ar", "hostile"]


@pytest.mark.parametrize("name", ALL_PAGES)
@pytest.mark.parametrize("width", [PHONE, DESKTOP])
def test_nothing_overflows_and_nothing_is_fetched(browser, pages, name, width, tmp_path):
    page, requests, dialogs = _open(browser, pages[name], width)
    try:
        layout = page.evaluate(OVERFLOW_JS)
        assert layout["scrollWidth"] <= layout["clientWidth"], layout
        assert layout["outside"] == [], layout
        shot = tmp_path / f"{name}-{width}.png"
        page.screenshot(path=str(shot), full_page=True)
        assert shot.stat().st_size > 10_000  # a real, non-blank page
        assert [url for url in requests if not url.startswith(("file:", "data:"))] == []
        assert dialogs == []
    finally:
        page.close()


@pytest.mark.parametrize("name", ["report-ar", "cohort-index", "worksheet-ar", "cli-handout-ar"])
def test_arabic_pages_read_right_to_left(browser, pages, name):
    page, _requests, _dialogs = _open(browser, pages[name], DESKTOP)
    try:
        assert page.evaluate("getComputedStyle(document.documentElement).direction") == "rtl"
        assert page.evaluate("document.documentElement.lang") == "ar"
        # The title's text hugs the right edge of its box, as Arabic should.
        edges = page.evaluate("""() => {
          const h1 = document.querySelector('h1');
          const range = document.createRange();
          range.selectNodeContents(h1);
          const text = range.getBoundingClientRect(), box = h1.getBoundingClientRect();
          return {gapRight: box.right - text.right, gapLeft: text.left - box.left};
        }""")
        assert edges["gapRight"] < 2 and edges["gapLeft"] > edges["gapRight"], edges
        if page.query_selector("[data-role=draft]"):
            assert page.evaluate(
                "getComputedStyle(document.querySelector('[data-role=draft]')).direction"
            ) == "rtl"
    finally:
        page.close()


def test_english_report_reads_left_to_right_and_latin_text_in_arabic_stays_whole(browser, pages):
    page, _requests, _dialogs = _open(browser, pages["report-en"], DESKTOP)
    try:
        assert page.evaluate("getComputedStyle(document.querySelector('[data-role=draft]')).direction") == "ltr"
    finally:
        page.close()
    page, _requests, _dialogs = _open(browser, pages["report-ar"], DESKTOP)
    try:
        # The file name (Latin, isolated in <bdi>) renders on one line, in its own order.
        name = page.evaluate("document.querySelector('.subtitle bdi').innerText")
        assert name == "tests/drafts/render/ar.md"
        draft = page.evaluate("document.querySelector('[data-role=draft]').innerText")
        assert "YouTube" in draft and "2015" in draft
    finally:
        page.close()


def test_hostile_draft_runs_no_script_in_a_real_browser(browser, pages):
    page, requests, dialogs = _open(browser, pages["hostile"], DESKTOP)
    try:
        assert dialogs == []
        assert page.evaluate("document.querySelectorAll('script, img, iframe').length") == 0
        assert page.evaluate("document.querySelectorAll('style').length") == 1
        draft = page.evaluate("document.querySelector('[data-role=draft]').innerText")
        assert '<script>alert("xss")</script>' in draft and "{{ 7*7 }}" in draft
        assert "\u202e" not in draft
        assert page.evaluate("getComputedStyle(document.body).display") != "none"
    finally:
        page.close()


@pytest.mark.parametrize("name", ["report-en", "report-fr", "report-ar", "cohort-index", "worksheet-ar",
                                  "cli-handout-ar"])
def test_print_layout_fits_a4(browser, pages, name, tmp_path):
    page, _requests, _dialogs = _open(browser, pages[name], A4_CSS_WIDTH, print_media=True)
    try:
        layout = page.evaluate(OVERFLOW_JS)
        assert layout["scrollWidth"] <= layout["clientWidth"] and layout["outside"] == [], layout
        hidden = page.evaluate(
            "[...document.querySelectorAll('.no-print')].every(e => getComputedStyle(e).display === 'none')"
        )
        assert hidden
        pdf = page.pdf(format="A4", print_background=True, prefer_css_page_size=True)
        (tmp_path / f"{name}.pdf").write_bytes(pdf)
        assert pdf.startswith(b"%PDF")
        sizes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf)
        assert sizes, "no page size found in the PDF"
        for width, height in sizes:  # A4 is 595 x 842 points
            assert abs(float(width) - 595) < 2 and abs(float(height) - 842) < 2, (width, height)
    finally:
        page.close()
