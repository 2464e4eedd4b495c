"""The ``narrative-kit`` command line.

Exit codes: 0 the analysis ran; 1 only with ``--fail-on`` when a finding at or above
that severity exists; 2 usage or input errors (one sentence on stderr, no traceback).
"""

from __future__ import annotations

import difflib
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path

import click

from . import __version__
from .analysis import analyze
from .checks import RULES, get_rule
from .frameworks import FrameworkError, list_frameworks, load_framework
from .i18n import translate
from .models import Report
from .reading import DEFAULT_MAX_BYTES, InputError, read_draft
from .render import render_json, render_text

EXIT_FINDINGS = 1
EXIT_USAGE = 2
FORMATS = ["text", "json"]


def _use_colour() -> bool | None:
    """None lets click decide (colour only on a TTY); NO_COLOR turns it off."""
    return False if os.environ.get("NO_COLOR") else None


def _fail(message: str) -> None:
    click.echo(f"narrative-kit: {message}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="narrative-kit")
def main() -> None:
    """Coaching feedback on public-narrative drafts (Story of Self, Us and Now).

    Start with:  narrative-kit check my-draft.txt
    """


@main.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--format", "output_format", type=click.Choice(FORMATS), default="text",
              show_default=True, help="Output format.")
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
@click.option("--wpm", type=click.FloatRange(min=20, max=400), default=None,
              help="Speaking rate in words per minute (default: the language's rate).")
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES,
              show_default=True, help="Refuse drafts larger than this.")
def check(
    files: Sequence[str], output_format: str, framework: str, language: str,
    ui_language: str | None, encoding: str | None, out: Path | None, fail_on: str | None,
    wpm: float | None, max_bytes: int,
) -> None:
    """Check one or more drafts (a path, or - for standard input)."""
    try:
        chosen = load_framework(framework)
    except FrameworkError as exc:
        _fail(str(exc))
        sys.exit(EXIT_USAGE)
    if out is not None and _is_one_of(out, files):
        _fail(f"--out {out} is one of the drafts; a draft is never overwritten. Choose another file.")
        sys.exit(EXIT_USAGE)

    reports: list[Report] = []
    input_failed = False
    for path in files:
        try:
            draft = read_draft(path, encoding=encoding, max_bytes=max_bytes)
            reports.append(analyze(
                draft.text, language=language, framework=chosen, ui_language=ui_language,
                words_per_minute=wpm, source=draft.source,
            ))
        except InputError as exc:
            _fail(str(exc))
            input_failed = True
    if reports:
        if output_format == "json":
            output = render_json(reports) + "\n"
        else:
            output = "\n".join(render_text(r, ui_language) for r in reports)
        _write(output, out)
    if input_failed:
        sys.exit(EXIT_USAGE)
    if fail_on and any(r.findings_at_or_above(fail_on) for r in reports):  # type: ignore[arg-type]
        sys.exit(EXIT_FINDINGS)


def _is_one_of(out: Path, files: Sequence[str]) -> bool:
    if not out.exists():
        return False
    return any(f != "-" and Path(f).exists() and out.samefile(f) for f in files)


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
    for heading, body in (
        ("Why it matters", current.rationale),
        ("Example", current.example),
        ("Better", current.better),
        ("What to try", current.suggestion),
    ):
        click.echo("")
        click.echo(click.style(_(heading), bold=True))
        click.echo("  " + re.sub(r"\{\w+\}", "…", _(body)))
