"""Rendering a Report for people: the terminal text format. (JSON is model_dump_json.)"""

from __future__ import annotations

import json
from collections.abc import Sequence

import click

from .checks import format_minutes
from .frameworks import load_framework
from .i18n import translate
from .models import Report

_SEVERITY_COLOURS = {"error": "red", "warning": "yellow", "info": "cyan"}


def render_json(reports: Sequence[Report]) -> str:
    """One JSON object per draft, or an array when there are several."""
    if len(reports) == 1:
        return reports[0].model_dump_json(indent=2)
    return json.dumps([r.model_dump(mode="json") for r in reports], indent=2, ensure_ascii=False)


def render_text(report: Report, ui_language: str | None = None) -> str:
    """A plain, readable terminal report; colour codes are stripped by click off a TTY."""
    lang = ui_language or report.language
    _ = lambda message: translate(message, lang)  # noqa: E731
    framework = load_framework(report.framework)
    metrics = report.metrics
    lines = [click.style(report.source or "<text>", bold=True)]
    summary = _("{words} words, {sentences} sentences, about {speaking} min to say").format(
        words=metrics.words, sentences=metrics.sentences,
        speaking=format_minutes(metrics.speaking_seconds),
    )
    if metrics.budget_seconds:
        summary += _(" (budget {budget} min)").format(budget=format_minutes(metrics.budget_seconds))
    lines.append(f"  {summary}")
    if report.sections:
        lines.append("")
        lines.append(click.style(_("Parts"), bold=True))
        for section in report.sections:
            part = framework.part(section.part)
            name = part.name.get(lang) if part else section.part
            budget = (
                _(" (budget {budget} min)").format(budget=format_minutes(section.budget_seconds))
                if section.budget_seconds else ""
            )
            lines.append(
                f"  {name}: " + _("{words} words, {speaking} min").format(
                    words=section.words, speaking=format_minutes(section.speaking_seconds)
                ) + budget
            )
    if report.elements:
        lines.append("")
        lines.append(click.style(_("Elements"), bold=True))
        for element in report.elements:
            spec = framework.element(element.id)
            name = spec.name.get(lang) if spec else element.id
            mark = click.style("✓", fg="green") if element.present else click.style("✗", fg="red")
            lines.append(f"  {mark} {name}")
    if report.findings:
        lines.append("")
        lines.append(click.style(_("Coaching notes"), bold=True))
        for finding in report.findings:
            colour = _SEVERITY_COLOURS[finding.severity]
            lines.append(
                "  " + click.style(f"[{_(finding.severity)}]", fg=colour) + f" {finding.message}"
                + click.style(f"  ({finding.rule})", dim=True)
            )
            if finding.evidence:
                lines.append(f"      “{_shorten(finding.evidence)}”")
            lines.append(f"      → {finding.suggestion}")
    else:
        lines.append("")
        lines.append(_("No coaching notes: well done."))
    return "\n".join(lines) + "\n"


def _shorten(text: str, limit: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
