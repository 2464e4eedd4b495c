#!/usr/bin/env python3
"""Regenerate the golden copies of rendered reports, handouts, cohort summary and worksheets.

  python scripts/update_goldens.py                 rewrite tests/golden/render and tests/golden/examples
  python scripts/update_goldens.py --check         change nothing; exit 1 if any golden is stale
  python scripts/update_goldens.py --screenshots   also refresh tests/golden/screenshots/*.png
                                                   (needs playwright and Debian's chromium)

Sources: the complete hand-built reports of tests/render_support.py (every block of
every template filled, independent of the analysis) and, for each draft in
examples/<lang>/*.md, the real analysis. tests/test_render_golden.py compares the
rendered output with these files; run this script when a change is intended and
review the diff.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import click  # noqa: E402

from narrative_kit import analyze, load_framework  # noqa: E402
from narrative_kit.cohort import CohortEntry, summarize_cohort  # noqa: E402
from narrative_kit.render import (  # noqa: E402
    render_cohort_index,
    render_handout,
    render_report,
    render_worksheet,
)
from tests.render_support import draft_text, full_report  # noqa: E402

GOLDEN = ROOT / "tests" / "golden"
EXAMPLES = ROOT / "examples"
LANGUAGES = ("en", "fr", "ar")
SUFFIXES = {"text": "txt", "markdown": "md", "html": "html", "json": "json"}


def _formats(report, text: str) -> dict[str, str]:
    rendered = {}
    for output_format, suffix in SUFFIXES.items():
        output = render_report([report], output_format, [text])
        rendered[suffix] = click.unstyle(output) if output_format == "text" else output
    return rendered


def build_goldens() -> dict[Path, str]:
    """Every golden file's path and the content it should have."""
    files: dict[Path, str] = {}
    framework = load_framework("public-narrative")
    entries = []
    for language in LANGUAGES:
        report, text = full_report(language), draft_text(language)
        for suffix, output in _formats(report, text).items():
            files[GOLDEN / "render" / language / f"report.{suffix}"] = output
        entries.append(CohortEntry(
            source=f"tests/drafts/render/{language}.md", name=f"participant-{language}",
            handout=f"participant-{language}.html", report=report, text=text,
        ))
        files[GOLDEN / "render" / "cohort" / f"participant-{language}.html"] = render_handout(
            report, text, participant=f"participant-{language}",
        )
        files[GOLDEN / "render" / "worksheet" / f"{language}.html"] = render_worksheet(framework, language)
    entries.append(CohortEntry(
        source="tests/drafts/render/empty.md", name="empty", handout="empty.html",
        error="tests/drafts/render/empty.md: is empty; write your draft in it and try again.",
    ))
    files[GOLDEN / "render" / "cohort" / "index.html"] = render_cohort_index(
        summarize_cohort(entries, framework), "en",
    )
    files[GOLDEN / "render" / "ar" / "report-ui-fr.html"] = render_report(
        [full_report("ar", ui_language="fr")], "html", [draft_text("ar")], ui_language="fr",
    )
    for draft in sorted(EXAMPLES.glob("*/*.md")) + sorted(EXAMPLES.glob("*/*.txt")):
        text = draft.read_text(encoding="utf-8")
        report = analyze(text, source=draft.relative_to(ROOT).as_posix())
        for suffix, output in _formats(report, text).items():
            files[GOLDEN / "examples" / draft.parent.name / f"{draft.stem}.{suffix}"] = output
    return files


def stale_goldens() -> list[str]:
    """Golden files that are missing, differ, or no longer produced."""
    wanted = build_goldens()
    problems = [
        str(path.relative_to(ROOT)) for path, content in wanted.items()
        if not path.exists() or path.read_text(encoding="utf-8") != content
    ]
    for folder in ("render", "examples"):
        for path in sorted((GOLDEN / folder).rglob("*")):
            if path.is_file() and path not in wanted:
                problems.append(f"{path.relative_to(ROOT)} (no longer produced)")
    return problems


def write_goldens() -> None:
    wanted = build_goldens()
    for folder in ("render", "examples"):
        for path in sorted((GOLDEN / folder).rglob("*")):
            if path.is_file() and path not in wanted:
                path.unlink()
    for path, content in wanted.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists() or path.read_text(encoding="utf-8") != content:
            path.write_text(content, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}")


def write_screenshots() -> None:
    from tests.browser_support import launch_browser, screenshot_page

    pages = {
        "report-en": GOLDEN / "render" / "en" / "report.html",
        "report-fr": GOLDEN / "render" / "fr" / "report.html",
        "report-ar": GOLDEN / "render" / "ar" / "report.html",
        "cohort-index": GOLDEN / "render" / "cohort" / "index.html",
        "worksheet-ar": GOLDEN / "render" / "worksheet" / "ar.html",
    }
    target = GOLDEN / "screenshots"
    target.mkdir(parents=True, exist_ok=True)
    with launch_browser() as browser:
        for name, page in pages.items():
            for width in (1024,):
                out = target / f"{name}-{width}.png"
                screenshot_page(browser, page, out, width=width)
                print(f"wrote {out.relative_to(ROOT)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if stale")
    parser.add_argument("--screenshots", action="store_true", help="also refresh the PNG screenshots")
    args = parser.parse_args(argv)
    if args.check:
        problems = stale_goldens()
        for problem in problems:
            print(f"stale: {problem}")
        return 1 if problems else 0
    write_goldens()
    if args.screenshots:
        write_screenshots()
    return 0


if __name__ == "__main__":
    sys.exit(main())
