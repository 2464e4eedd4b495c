"""The ``narrative-kit`` command line.

Exit codes: 0 the analysis ran; 1 only with ``--fail-on`` when a finding at or above
that severity exists; 2 usage or input errors (one sentence on stderr, no traceback).
"""

from __future__ import annotations

import difflib
import os
import re
import sys
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

import click
from jinja2 import TemplateError

from . import __version__
from .analysis import analyze
from .checks import RULES, get_rule
from .cohort import CohortEntry, assign_handout_names, collect_drafts, summarize_cohort
from .frameworks import Framework, FrameworkError, list_frameworks, load_framework
from .i18n import N_, translate
from .models import Report
from .reading import DEFAULT_MAX_BYTES, InputError, read_draft
from .render import FORMATS, render_cohort_index, render_handout, render_report, render_worksheet

EXIT_FINDINGS = 1
EXIT_USAGE = 2
LANGUAGE_CHOICES = ["en", "fr", "ar"]
# A cohort this large gets a progress bar on stderr.
PROGRESS_THRESHOLD = 10
EXPLAIN_HEADINGS = (N_("Why it matters"), N_("Example"), N_("Better"), N_("What to try"))


def _use_colour() -> bool | None:
    """None lets click decide (colour only on a TTY); NO_COLOR turns it off."""
    return False if os.environ.get("NO_COLOR") else None


def _fail(message: str) -> None:
    click.echo(f"narrative-kit: {message}", err=True)


def _framework_or_exit(framework: str) -> Framework:
    """The framework by id or path; a usage error (exit 2) when it is unknown or invalid."""
    try:
        return load_framework(framework)
    except FrameworkError as exc:
        _fail(str(exc))
        sys.exit(EXIT_USAGE)


# Options shared by the commands that read drafts.
WPM_OPTION = click.option(
    "--wpm", type=click.FloatRange(min=20, max=400), default=None,
    help="Speaking rate in words per minute (default: the language's rate).",
)
MAX_BYTES_OPTION = click.option(
    "--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES,
    show_default=True, help="Refuse drafts larger than this.",
)
TEMPLATE_DIR_OPTION = click.option(
    "--template-dir", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
    help="A folder of templates that replace the built-in ones, file by file.",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="narrative-kit")
def main() -> None:
    """Coaching feedback on public-narrative drafts (Story of Self, Us and Now).

    Start with:  narrative-kit check my-draft.txt
    """


@main.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--format", "output_format", type=click.Choice(FORMATS), default="text",
              show_default=True, help="Output format: text (terminal), markdown, html (one printable file) "
              "or json.")
@click.option("--framework", default="public-narrative", show_default=True,
              help="Framework id (see `narrative-kit frameworks`) or path to a framework .toml.")
@click.option("--language", type=click.Choice(["auto", "en", "fr", "ar"]), default="auto",
              show_default=True, help="Language of the draft; auto detects it.")
@click.option("--ui-language", type=click.Choice(["en", "fr", "ar"]), default=None,
              help="Language of the feedback (default: the draft's language).")
@click.option("--encoding", default=None,
              help="Force the draft's encoding (e.g. utf-8, cp1256, cp1252); default detects it.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the report to this file instead of the screen.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), default=None,
              help="Exit 1 when a finding at or above this severity exists.")
@WPM_OPTION
@MAX_BYTES_OPTION
@TEMPLATE_DIR_OPTION
def check(
    files: Sequence[str], output_format: str, framework: str, language: str,
    ui_language: str | None, encoding: str | None, out: Path | None, fail_on: str | None,
    wpm: float | None, max_bytes: int, template_dir: Path | None,
) -> None:
    """Check one or more drafts (a path, or - for standard input)."""
    chosen = _framework_or_exit(framework)
    if out is not None and _is_one_of(out, files):
        _fail(f"--out {out} is one of the drafts; a draft is never overwritten. Choose another file.")
        sys.exit(EXIT_USAGE)

    reports: list[Report] = []
    texts: list[str] = []
    input_failed = False
    for path in files:
        try:
            draft = read_draft(path, encoding=encoding, max_bytes=max_bytes)
            reports.append(analyze(
                draft.text, language=language, framework=chosen, ui_language=ui_language,
                words_per_minute=wpm, source=draft.source,
            ))
            texts.append(draft.text)
        except InputError as exc:
            _fail(str(exc))
            input_failed = True
    if reports:
        output = _templated(lambda: render_report(
            reports, output_format, texts, ui_language=ui_language, framework=chosen,
            template_dir=template_dir,
        ))
        _write(output, out)
    if input_failed:
        sys.exit(EXIT_USAGE)
    if fail_on and any(r.findings_at_or_above(fail_on) for r in reports):  # type: ignore[arg-type]
        sys.exit(EXIT_FINDINGS)


def _is_one_of(out: Path, files: Sequence[str]) -> bool:
    if not out.exists():
        return False
    return any(f != "-" and Path(f).exists() and out.samefile(f) for f in files)


def _templated(render: Callable[[], str]) -> str:
    """Run a rendering; a broken template (say, from --template-dir) is a usage error."""
    try:
        return render()
    except TemplateError as exc:
        where = getattr(exc, "name", None) or getattr(exc, "filename", None)
        line = getattr(exc, "lineno", None)
        place = f" ({where}{f', line {line}' if line else ''})" if where else ""
        _fail(f"cannot render the template{place}: {exc.message or exc}.")
        sys.exit(EXIT_USAGE)


def _write(output: str, out: Path | None) -> None:
    if out is None:
        click.echo(output, nl=False, color=_use_colour())
        return
    try:
        out.write_text(click.unstyle(output), encoding="utf-8")
    except OSError as exc:
        _fail(f"cannot write {out}: {exc.strerror}.")
        sys.exit(EXIT_USAGE)


@main.command("frameworks")
@click.option("--language", type=click.Choice(["en", "fr", "ar"]), default="en", show_default=True)
def frameworks_command(language: str) -> None:
    """List the built-in frameworks."""
    for framework_id in list_frameworks():
        framework = load_framework(framework_id)
        parts = " / ".join(p.name.get(language) for p in framework.parts)
        click.echo(f"{framework.id}  {framework.name.get(language)}: {parts}")


@main.command("rules")
def rules_command() -> None:
    """List every rule with its severity and summary."""
    width = max(len(r) for r in RULES)
    for rule_id in sorted(RULES):
        current = RULES[rule_id]
        click.echo(f"{rule_id.ljust(width)}  {current.severity:<7}  {current.summary}")


@main.command()
@click.argument("rule_id")
@click.option("--language", type=click.Choice(["en", "fr", "ar"]), default="en", show_default=True)
def explain(rule_id: str, language: str) -> None:
    """Explain a rule: why it matters, an example, and what to try."""
    current = get_rule(rule_id)
    if current is None:
        close = difflib.get_close_matches(rule_id, list(RULES), n=3)
        hint = f" Did you mean: {', '.join(close)}?" if close else " See `narrative-kit rules`."
        _fail(f"unknown rule {rule_id!r}.{hint}")
        sys.exit(EXIT_USAGE)
    _ = lambda message: translate(message, language)  # noqa: E731
    click.echo(click.style(f"{current.id}", bold=True) + f"  ({_(current.severity)})")
    click.echo(_(current.summary))
    for heading, body in zip(
        EXPLAIN_HEADINGS, (current.rationale, current.example, current.better, current.suggestion),
        strict=True,
    ):
        click.echo("")
        click.echo(click.style(_(heading), bold=True))
        click.echo("  " + re.sub(r"\{\w+\}", "…", _(body)))


@main.command()
@click.argument("drafts", nargs=-1, required=True)
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Folder for the handouts and index.html (created if missing).")
@click.option("--force", is_flag=True, help="Replace handouts that already exist in --out.")
@click.option("--framework", default="public-narrative", show_default=True,
              help="Framework id (see `narrative-kit frameworks`) or path to a framework .toml.")
@click.option("--language", type=click.Choice(["auto", *LANGUAGE_CHOICES]), default="auto",
              show_default=True, help="Language of the drafts; auto detects each one.")
@click.option("--ui-language", type=click.Choice(LANGUAGE_CHOICES), default=None,
              help="Language of the handouts (default: each draft's language) and of the summary "
              "(default: the most common draft language).")
@click.option("--encoding", default=None, help="Force the drafts' encoding; default detects it.")
@WPM_OPTION
@MAX_BYTES_OPTION
@TEMPLATE_DIR_OPTION
def handout(
    drafts: Sequence[str], out_dir: Path, force: bool, framework: str, language: str,
    ui_language: str | None, encoding: str | None, wpm: float | None, max_bytes: int,
    template_dir: Path | None,
) -> None:
    """One printable handout per draft, plus index.html: a summary for the trainer.

    DRAFTS are files or folders (their .txt and .md files). Drafts are only read.
    """
    chosen = _framework_or_exit(framework)
    for raw in drafts:
        if not Path(raw).exists():
            _fail(f"{raw}: no such file or folder; check the path and try again.")
            sys.exit(EXIT_USAGE)
    paths = collect_drafts(drafts)
    if not paths:
        _fail("no drafts found: give .txt or .md files, or folders that hold them.")
        sys.exit(EXIT_USAGE)
    if out_dir.exists() and not out_dir.is_dir():
        _fail(f"--out {out_dir} is a file; give a folder for the handouts.")
        sys.exit(EXIT_USAGE)
    entries = [
        CohortEntry(source=str(path), name=path.stem, handout=name)
        for path, name in zip(paths, assign_handout_names(paths), strict=True)
    ]
    targets = [out_dir / e.handout for e in entries] + [out_dir / "index.html"]
    for target in targets:
        if _is_one_of(target, [str(p) for p in paths]):
            _fail(f"{target} is one of the drafts; a draft is never overwritten. Choose another --out.")
            sys.exit(EXIT_USAGE)
    existing = [t for t in targets if t.exists()]
    if existing and not force:
        more = f" (and {len(existing) - 1} more)" if len(existing) > 1 else ""
        _fail(f"{existing[0]} already exists{more}; use --force to replace, or choose another --out.")
        sys.exit(EXIT_USAGE)

    _analyse_cohort(entries, chosen, language, ui_language, encoding, wpm, max_bytes)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        _fail(f"cannot create {out_dir}: {exc.strerror}.")
        sys.exit(EXIT_USAGE)
    for entry in entries:
        if entry.report is None:
            continue
        page = _templated(partial(
            render_handout, entry.report, entry.text, participant=entry.name, ui_language=ui_language,
            framework=chosen, template_dir=template_dir,
        ))
        _write(page, out_dir / entry.handout)
    summary = summarize_cohort(entries, chosen)
    index_language = ui_language or _most_common_language(entries)
    _write(_templated(lambda: render_cohort_index(summary, index_language, template_dir=template_dir)),
           out_dir / "index.html")
    written = sum(1 for e in entries if e.report is not None)
    click.echo(f"narrative-kit: wrote {written} handout(s) and index.html to {out_dir}", err=True)
    if written < len(entries):
        sys.exit(EXIT_USAGE)


def _analyse_cohort(
    entries: Sequence[CohortEntry], framework: object, language: str, ui_language: str | None,
    encoding: str | None, wpm: float | None, max_bytes: int,
) -> None:
    """Read and analyse each draft in place; a bad draft is reported and skipped."""
    with click.progressbar(
        entries, label=f"Analysing {len(entries)} drafts", file=sys.stderr,
        hidden=len(entries) < PROGRESS_THRESHOLD,
    ) as progress:
        for entry in progress:
            try:
                draft = read_draft(entry.source, encoding=encoding, max_bytes=max_bytes)
                entry.report = analyze(
                    draft.text, language=language, framework=framework,  # type: ignore[arg-type]
                    ui_language=ui_language, words_per_minute=wpm, source=draft.source,
                )
                entry.text = draft.text
            except InputError as exc:
                entry.error = str(exc)
                _fail(str(exc))


def _most_common_language(entries: Sequence[CohortEntry]) -> str:
    languages = [e.report.language for e in entries if e.report is not None]
    return max(LANGUAGE_CHOICES, key=languages.count) if languages else "en"


@main.command()
@click.option("--framework", default="public-narrative", show_default=True,
              help="Framework id (see `narrative-kit frameworks`) or path to a framework .toml.")
@click.option("--language", type=click.Choice(LANGUAGE_CHOICES), default="en", show_default=True,
              help="Language of the worksheet.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the worksheet (HTML) to this file instead of the screen.")
@click.option("--force", is_flag=True, help="Replace --out if it already exists.")
@TEMPLATE_DIR_OPTION
def worksheet(
    framework: str, language: str, out: Path | None, force: bool, template_dir: Path | None
) -> None:
    """A blank printable worksheet: the framework's parts and coaching prompts."""
    chosen = _framework_or_exit(framework)
    if out is not None and out.exists() and not force:
        _fail(f"{out} already exists; use --force to replace it, or choose another --out.")
        sys.exit(EXIT_USAGE)
    _write(_templated(lambda: render_worksheet(chosen, language, template_dir=template_dir)), out)
