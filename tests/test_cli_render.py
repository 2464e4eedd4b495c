"""`check --format markdown/html`, `handout` and `worksheet` from the command line."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from narrative_kit.cli import main
from tests.render_support import DRAFTS

LANGUAGES = ("en", "fr", "ar")


def run(*args: str):
    return CliRunner().invoke(main, [str(a) for a in args])


def digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def cohort(tmp_path: Path, example_drafts) -> Path:
    folder = tmp_path / "drafts"
    folder.mkdir()
    for language, path in example_drafts.items():
        (folder / f"{language} {path.stem}.md").write_bytes(path.read_bytes())
    (folder / "notes.docx").write_bytes(b"PK\x03\x04 not a draft")  # ignored: not .txt / .md
    return folder


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("output_format", ["text", "markdown", "html", "json"])
def test_check_renders_every_format_in_every_language(language, output_format, example_drafts):
    result = run("check", example_drafts[language], "--format", output_format)
    assert result.exit_code == 0, result.output
    if output_format == "html":
        direction = "rtl" if language == "ar" else "ltr"
        assert f'<html lang="{language}" dir="{direction}">' in result.output
        assert 'data-role="draft"' in result.output


def test_check_feedback_is_in_the_drafts_language_unless_asked(example_drafts):
    french = run("check", example_drafts["fr"], "--format", "markdown").output
    assert "Notes de coaching" in french or "Aucune note de coaching" in french
    assert "Coaching notes" not in french
    overridden = run("check", example_drafts["fr"], "--format", "html", "--ui-language", "ar").output
    assert '<html lang="ar" dir="rtl">' in overridden
    assert 'lang="fr" dir="ltr" data-role="draft"' in overridden


def test_check_html_to_a_file(tmp_path, example_drafts):
    out = tmp_path / "report.html"
    result = run("check", example_drafts["ar"], "--format", "html", "--out", out)
    assert result.exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_check_escapes_a_hostile_draft(tmp_path):
    result = run("check", DRAFTS / "hostile.md", "--format", "html")
    assert result.exit_code == 0
    assert "<script>" not in result.output and "onerror=" not in result.output.replace("onerror=&#34;", "")
    assert "&lt;script&gt;" in result.output


def test_template_dir_overrides_and_broken_templates_are_usage_errors(tmp_path, example_drafts):
    (tmp_path / "_style.css.j2").write_text("body { color: teal; }", encoding="utf-8")
    result = run("check", example_drafts["en"], "--format", "html", "--template-dir", tmp_path)
    assert result.exit_code == 0 and "color: teal" in result.output
    (tmp_path / "report.md.j2").write_text("{% for x in %}", encoding="utf-8")
    broken = run("check", example_drafts["en"], "--format", "markdown", "--template-dir", tmp_path)
    assert broken.exit_code == 2
    assert "Traceback" not in broken.output
    assert broken.output.count("\n") == 1 and "report.md.j2" in broken.output
    missing = run("check", example_drafts["en"], "--format", "html", "--template-dir", tmp_path / "nope")
    assert missing.exit_code == 2


# --- handout ---------------------------------------------------------------------------------


def test_handout_writes_one_page_per_draft_and_an_index(tmp_path, cohort):
    before = digest(cohort)
    out = tmp_path / "out"
    result = run("handout", cohort, "--out", out)
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in out.iterdir())
    assert names == ["ar-salma-qissa-amma.html", "en-amina-public-narrative.html",
                     "fr-karim-recit-public.html", "index.html"]
    index = (out / "index.html").read_text(encoding="utf-8")
    for name in names[:-1]:
        assert f'href="{name}"' in index
    arabic = (out / "ar-salma-qissa-amma.html").read_text(encoding="utf-8")
    assert '<html lang="ar" dir="rtl">' in arabic and 'href="index.html"' in arabic
    assert digest(cohort) == before  # drafts untouched


def test_handout_never_overwrites_silently(tmp_path, cohort):
    out = tmp_path / "out"
    assert run("handout", cohort, "--out", out).exit_code == 0
    (out / "index.html").write_text("trainer's own notes", encoding="utf-8")
    (out / "keep.txt").write_text("unrelated", encoding="utf-8")
    again = run("handout", cohort, "--out", out)
    assert again.exit_code == 2 and "--force" in again.output and "Traceback" not in again.output
    assert (out / "index.html").read_text(encoding="utf-8") == "trainer's own notes"
    forced = run("handout", cohort, "--out", out, "--force")
    assert forced.exit_code == 0
    assert (out / "index.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert (out / "keep.txt").read_text(encoding="utf-8") == "unrelated"


def test_handout_names_are_safe_and_distinct(tmp_path):
    from narrative_kit.cohort import assign_handout_names, safe_name

    assert safe_name("../../etc/passwd") == "etc-passwd"
    assert safe_name("Amina B. (v2)") == "amina-b-v2"
    assert safe_name("سلمى") == "سلمى"
    assert safe_name("index") == "index-draft" and safe_name("CON") == "con-draft"
    assert safe_name("...") == "draft"
    names = assign_handout_names([Path("a/Amina.md"), Path("b/amina.txt"), Path("c/AMINA.md")])
    assert names == ["amina.html", "amina-2.html", "amina-3.html"]


def test_handout_reports_bad_drafts_and_still_writes_the_rest(tmp_path, cohort):
    (cohort / "empty.txt").write_text("   \n", encoding="utf-8")
    out = tmp_path / "out"
    result = run("handout", cohort, "--out", out)
    assert result.exit_code == 2
    assert "empty.txt" in result.output and "Traceback" not in result.output
    assert not (out / "empty.html").exists()
    assert "empty" in (out / "index.html").read_text(encoding="utf-8")
    assert len(list(out.glob("*.html"))) == 4


def test_handout_shows_progress_for_a_larger_cohort(tmp_path, example_drafts):
    folder = tmp_path / "cohort"
    folder.mkdir()
    for i in range(12):
        (folder / f"participant-{i:02d}.md").write_bytes(example_drafts[LANGUAGES[i % 3]].read_bytes())
    result = run("handout", folder, "--out", tmp_path / "out")
    assert result.exit_code == 0
    assert "Analysing 12 drafts" in result.output
    assert len(list((tmp_path / "out").glob("participant-*.html"))) == 12


def test_handout_rejects_missing_inputs_and_a_file_as_out(tmp_path, cohort):
    assert run("handout", tmp_path / "nope", "--out", tmp_path / "o").exit_code == 2
    empty = tmp_path / "empty"
    empty.mkdir()
    assert run("handout", empty, "--out", tmp_path / "o").exit_code == 2
    file_out = tmp_path / "file"
    file_out.write_text("x", encoding="utf-8")
    assert run("handout", cohort, "--out", file_out).exit_code == 2


# --- worksheet -------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_worksheet_in_every_language(tmp_path, language):
    out = tmp_path / f"worksheet-{language}.html"
    result = run("worksheet", "--framework", "public-narrative", "--language", language, "--out", out)
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert re.search(rf'<html lang="{language}" dir="(rtl|ltr)">', page)
    assert page.count('class="write-lines"') == 8  # one writing space per element


def test_worksheet_does_not_overwrite_without_force(tmp_path):
    out = tmp_path / "w.html"
    out.write_text("mine", encoding="utf-8")
    result = run("worksheet", "--out", out)
    assert result.exit_code == 2 and out.read_text(encoding="utf-8") == "mine"
    assert run("worksheet", "--out", out, "--force").exit_code == 0
    assert run("worksheet", "--framework", "nope").exit_code == 2
