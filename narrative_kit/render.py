"""Rendering Reports for people: terminal text, Markdown, HTML reports, handouts, worksheets.

Every format reads the same ``Report`` objects the JSON gives; numbers are never
re-derived here, only laid out. HTML and Markdown come from Jinja2 templates in
``narrative_kit/templates/``; a ``template_dir`` overrides them one file at a time.

Safety: the HTML environment autoescapes everything (``autoescape=True``; the
default ``select_autoescape`` would not cover ``.j2``), every printed value passes
through ``finalize`` which drops bidi control characters, and the draft is
highlighted by cutting it into plain-text segments that the template escapes —
no HTML is ever inserted into user text.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

import click
from jinja2 import ChoiceLoader, Environment, FileSystemLoader, PackageLoader, StrictUndefined
from markupsafe import Markup

from .checks import format_minutes, get_rule
from .cohort import CohortSummary
from .frameworks import Framework, FrameworkElement, FrameworkError, load_framework
from .i18n import N_, direction, neutralize_bidi, neutralize_for_terminal, translator
from .models import SEVERITY_RANK, Ask, Element, Finding, Report, Section

FORMATS = ("text", "markdown", "html", "json")
_SEVERITY_COLOURS = {"error": "red", "warning": "yellow", "info": "cyan"}

# Words shown for values of the report (the JSON keeps the English codes).
SEVERITY_NAMES = {"error": N_("error"), "warning": N_("warning"), "info": N_("info")}
SEVERITY_GROUPS = {
    "error": N_("Start here"),
    "warning": N_("Next steps"),
    "info": N_("Finishing touches"),
}
LANGUAGE_NAMES = {"en": N_("English"), "fr": N_("French"), "ar": N_("Arabic")}
BALANCE_NAMES = {
    "emotional": N_("mostly feeling"),
    "balanced": N_("feeling and facts together"),
    "factual": N_("mostly facts"),
    "neither": N_("not much of either yet"),
}
BALANCE_ADVICE = {
    "emotional": N_(
        "Your story moves people. Add one fact or figure that shows how big the problem is, "
        "so the feeling has something solid to stand on."
    ),
    "balanced": N_(
        "Feeling and facts work together here, as the workshop asked: keep both as you revise."
    ),
    "factual": N_(
        "The facts are there. Now let us feel them: tell one moment you lived, with what you "
        "saw, heard or felt, so the numbers have a face."
    ),
    "neither": N_(
        "Few sentences carry a feeling or a fact yet. Try one concrete moment and one "
        "figure you can source."
    ),
}
SPECIFIC_NAMES = {
    "action": N_("What"),
    "audience": N_("Who"),
    "time": N_("When"),
    "place": N_("Where"),
    "quantity": N_("How many"),
}


# ---------------------------------------------------------------------------
# JSON and terminal text
# ---------------------------------------------------------------------------


def render_json(reports: Sequence[Report]) -> str:
    """One JSON object per draft, or an array when there are several."""
    if len(reports) == 1:
        return reports[0].model_dump_json(indent=2)
    return json.dumps([r.model_dump(mode="json") for r in reports], indent=2, ensure_ascii=False)


def ui_language_of(report: Report, ui_language: str | None = None) -> str:
    """The language feedback is shown in: asked for, else the draft's own."""
    return ui_language or report.language


def order_findings(report: Report, framework: Framework | None = None) -> list[Finding]:
    """Most important first: severity, then the part's order in the story, then position."""
    part_order = {p.id: i for i, p in enumerate(framework.parts)} if framework else {}

    def importance(finding: Finding) -> tuple[int, int, int]:
        return (
            -SEVERITY_RANK[finding.severity],
            # A note about the whole draft comes before notes about one part.
            part_order.get(finding.part, len(part_order)) if finding.part else -1,
            finding.start if finding.start is not None else -1,
        )

    return sorted(report.findings, key=importance)


def render_text(report: Report, ui_language: str | None = None, framework: Framework | None = None) -> str:
    """A plain, readable terminal report; colour codes are stripped by click off a TTY."""
    lang = ui_language_of(report, ui_language)
    _ = translator(lang)
    framework = framework or _framework_for(report)
    clean = neutralize_for_terminal
    metrics = report.metrics
    lines = [click.style(clean(report.source or "<text>"), bold=True)]
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
            budget = (
                _(" (budget {budget} min)").format(budget=format_minutes(section.budget_seconds))
                if section.budget_seconds else ""
            )
            spoken = _("{words} words, {speaking} min").format(
                words=section.words, speaking=format_minutes(section.speaking_seconds)
            )
            lines.append("  " + _("{label}: {value}").format(
                label=_part_name(framework, section.part, lang), value=spoken + budget,
            ))
    if report.elements:
        lines.append("")
        lines.append(click.style(_("Elements"), bold=True))
        for element in report.elements:
            mark = click.style("✓", fg="green") if element.present else click.style("✗", fg="red")
            lines.append(f"  {mark} {_element_name(framework, element.id, lang)}")
    lines.append("")
    lines.append(click.style(_("Balance of feeling and facts"), bold=True))
    lines.append("  " + _("Feeling: {emotion} · Facts: {fact} · {label}").format(
        emotion=format_percent(metrics.emotion_share, lang), fact=format_percent(metrics.fact_share, lang),
        label=_(BALANCE_NAMES[report.balance.label]),
    ))
    if report.asks:
        lines.append("")
        lines.append(click.style(_("Your asks"), bold=True))
        for ask in report.asks:
            mark = click.style("✓", fg="green") if ask.concrete else click.style("~", fg="yellow")
            lines.append(f"  {mark} {quote(clean(shorten(ask.text)), report.language)}")
            for key, value in _specifics(ask):
                said = _("{label}: {value}").format(label=_(SPECIFIC_NAMES[key]), value=clean(value))
                lines.append(f"      {said}")
    if report.findings:
        lines.append("")
        lines.append(click.style(_("Coaching notes"), bold=True))
        for finding in order_findings(report, framework):
            colour = _SEVERITY_COLOURS[finding.severity]
            lines.append(
                "  " + click.style(f"[{_(SEVERITY_NAMES[finding.severity])}]", fg=colour)
                + f" {clean(finding.message)}" + click.style(f"  ({finding.rule})", dim=True)
            )
            if finding.evidence:
                lines.append(f"      {quote(clean(shorten(finding.evidence)), report.language)}")
            lines.append(f"      → {clean(finding.suggestion)}")
    else:
        lines.append("")
        lines.append(_("No coaching notes: well done."))
    return "\n".join(lines) + "\n"


def shorten(text: str, limit: int = 160) -> str:
    """One line of at most ``limit`` characters, for quoting a passage."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def format_percent(share: float, language: str) -> str:
    """A share (0–1) as a whole percentage, written the way each language writes it."""
    whole = round(share * 100)
    if language == "fr":
        return f"{whole}\u202f%"
    if language == "ar":
        return f"{whole}٪"
    return f"{whole}%"


_QUOTES = {"fr": ("«\u00a0", "\u00a0»"), "ar": ("«", "»")}


def quote(text: str, language: str) -> str:
    """``text`` between the quotation marks of ``language``."""
    opening, closing = _QUOTES.get(language, ("“", "”"))
    return f"{opening}{text}{closing}"


def _specifics(ask: Ask) -> list[tuple[str, str]]:
    values = ask.specifics.model_dump()
    return [(key, values[key]) for key in SPECIFIC_NAMES if values.get(key)]


def _framework_for(report: Report) -> Framework | None:
    try:
        return load_framework(report.framework)
    except FrameworkError:  # a custom framework file that is not at hand: show ids
        return None


def _part_name(framework: Framework | None, part_id: str, lang: str) -> str:
    part = framework.part(part_id) if framework else None
    return part.name.get(lang) if part else part_id


def _element_name(framework: Framework | None, element_id: str, lang: str) -> str:
    element = framework.element(element_id) if framework else None
    return element.name.get(lang) if element else element_id


# ---------------------------------------------------------------------------
# Views: what the templates read, built from a Report without new numbers
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Segment:
    """A stretch of the draft and the highlights over it; the template escapes ``text``."""

    text: str
    parts: tuple[str, ...] = ()  # parts whose element evidence covers this stretch
    elements: tuple[str, ...] = ()  # element names, for the tooltip
    severities: tuple[str, ...] = ()  # severities of findings pointing here
    notes: tuple[int, ...] = ()  # numbers of the notes whose passage ends here
    ask: bool = False

    @property
    def marked(self) -> bool:
        return bool(self.parts or self.severities or self.ask)


@dataclass(frozen=True)
class Note:
    number: int
    finding: Finding
    severity_name: str
    part_name: str | None
    rationale: str | None
    evidence: str | None


@dataclass(frozen=True)
class ElementView:
    id: str
    name: str
    prompt: str
    present: bool | None  # None: not assessed in this report
    evidence: str | None


@dataclass(frozen=True)
class PartView:
    id: str
    name: str
    description: str
    section: Section | None
    budget_seconds: float | None
    elements: list[ElementView]


@dataclass
class ReportView:
    report: Report
    lang: str
    dir: str
    draft_lang: str
    draft_dir: str
    title: str
    framework_name: str
    language_name: str
    parts: list[PartView]
    strengths: list[ElementView]
    notes: list[Note]
    note_groups: list[tuple[str, list[Note]]]
    segments: list[Segment] | None
    participant: str | None = None
    report_index: int = 1  # several reports on one page: keeps note anchors distinct

    @property
    def elements_assessed(self) -> bool:
        return bool(self.report.elements)


def build_view(
    report: Report,
    text: str | None = None,
    *,
    ui_language: str | None = None,
    framework: Framework | None = None,
    participant: str | None = None,
) -> ReportView:
    """Everything a report template needs, read from the Report (and the draft's text)."""
    lang = ui_language_of(report, ui_language)
    _ = translator(lang)
    framework = framework or _framework_for(report)
    parts = _part_views(report, framework, lang)
    notes = []
    explained: set[str] = set()
    for number, finding in enumerate(order_findings(report, framework), start=1):
        rule = get_rule(finding.rule)
        # Why a rule matters is said once, at its first note: a coach does not repeat it.
        rationale = _(rule.rationale) if rule and finding.rule not in explained else None
        explained.add(finding.rule)
        notes.append(Note(
            number=number,
            finding=finding,
            severity_name=_(SEVERITY_NAMES[finding.severity]),
            part_name=_part_name(framework, finding.part, lang) if finding.part else None,
            rationale=rationale,
            evidence=shorten(finding.evidence, 300) if finding.evidence else None,
        ))
    groups = [
        (_(SEVERITY_GROUPS[severity]), [n for n in notes if n.finding.severity == severity])
        for severity in ("error", "warning", "info")
    ]
    return ReportView(
        report=report,
        lang=lang,
        dir=direction(lang),
        draft_lang=report.language,
        draft_dir=direction(report.language),
        title=_("Feedback on your public narrative"),
        framework_name=framework.name.get(lang) if framework else report.framework,
        language_name=_(LANGUAGE_NAMES[report.language]),
        parts=parts,
        strengths=[e for p in parts for e in p.elements if e.present],
        notes=notes,
        note_groups=[(title, group) for title, group in groups if group],
        segments=segment_draft(text, report, framework, notes, lang) if text is not None else None,
        participant=participant,
    )


def _part_views(report: Report, framework: Framework | None, lang: str) -> list[PartView]:
    elements = {e.id: e for e in report.elements}
    sections: dict[str, Section] = {}
    for section in report.sections:
        sections.setdefault(section.part, section)
    if framework is None:
        return [
            PartView(s.part, s.part, "", s, s.budget_seconds, []) for s in report.sections
        ]
    views = []
    for part in framework.parts:
        section = sections.get(part.id)
        budget = section.budget_seconds if section and section.budget_seconds else part.budget_seconds
        views.append(PartView(
            id=part.id,
            name=part.name.get(lang),
            description=part.description.get(lang),
            section=section,
            budget_seconds=budget,
            elements=[
                _element_view(spec, elements.get(spec.id), lang, bool(elements)) for spec in part.elements
            ],
        ))
    return views


def _element_view(spec: FrameworkElement, element: Element | None, lang: str, assessed: bool) -> ElementView:
    present = element.present if element else (False if assessed else None)
    evidence = shorten(element.evidence[0].text, 200) if element and element.evidence else None
    return ElementView(spec.id, spec.name.get(lang), spec.prompt.get(lang), present, evidence)


def segment_draft(
    text: str, report: Report, framework: Framework | None = None, notes: Sequence[Note] = (),
    language: str | None = None,
) -> list[Segment]:
    """Cut the draft at every highlight boundary; each piece knows what covers it.

    Offsets outside the text are clipped, so a report paired with the wrong text
    degrades to fewer highlights, never to an error.
    """
    size = len(text)

    def clip(start: int | None, end: int | None) -> tuple[int, int] | None:
        if start is None or end is None:
            return None
        start, end = max(0, min(start, size)), max(0, min(end, size))
        return (start, end) if start < end else None

    part_of = {e.id: p.id for p in framework.parts for e in p.elements} if framework else {}
    lang = language or report.language
    evidence: list[tuple[int, int, str, str]] = []
    for element in report.elements:
        if not element.present:
            continue
        for span in element.evidence:
            if (bounds := clip(span.start, span.end)) is not None:
                name = _element_name(framework, element.id, lang)
                evidence.append((*bounds, part_of.get(element.id, element.id.split(".")[0]), name))
    finding_spans = [
        (*bounds, note.finding.severity, note.number)
        for note in notes
        if (bounds := clip(note.finding.start, note.finding.end)) is not None
    ]
    ask_spans = [bounds for ask in report.asks if (bounds := clip(ask.start, ask.end)) is not None]

    cuts = {0, size}
    for start, end, *_rest in (*evidence, *finding_spans):
        cuts.update((start, end))
    for start, end in ask_spans:
        cuts.update((start, end))
    points = sorted(cuts)
    segments = []
    for start, end in zip(points, points[1:], strict=False):
        covering = [e for e in evidence if e[0] <= start and end <= e[1]]
        findings_here = [f for f in finding_spans if f[0] <= start and end <= f[1]]
        segments.append(Segment(
            text=text[start:end],
            parts=tuple(dict.fromkeys(e[2] for e in covering)),
            elements=tuple(dict.fromkeys(e[3] for e in covering)),
            severities=tuple(dict.fromkeys(f[2] for f in findings_here)),
            notes=tuple(f[3] for f in findings_here if f[1] == end),
            ask=any(a[0] <= start and end <= a[1] for a in ask_spans),
        ))
    return segments


# ---------------------------------------------------------------------------
# Templates
# ---------------------------------------------------------------------------


def _finalize(value: Any) -> Any:
    """Applied to every value a template prints: no bidi controls reach the page."""
    if isinstance(value, Markup):
        # Already-escaped output of our own macros: removing characters cannot create
        # markup, so it stays Markup. Draft text never arrives here as Markup.
        return Markup(neutralize_bidi(str(value)))
    if isinstance(value, str):
        return neutralize_bidi(value)
    return value


_MARKDOWN_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]<>|#!"})


def escape_markdown(value: Any) -> str:
    """User text made inert in Markdown: no HTML tags, links, emphasis or tables."""
    return neutralize_bidi(str(value)).translate(_MARKDOWN_SPECIAL)


def _loader(template_dir: str | None) -> ChoiceLoader:
    loaders: list[Any] = [PackageLoader("narrative_kit", "templates")]
    if template_dir is not None:
        loaders.insert(0, FileSystemLoader(template_dir))
    return ChoiceLoader(loaders)


@cache
def environment(kind: str, language: str, template_dir: str | None = None) -> Environment:
    """The Jinja2 environment for ``html`` or ``markdown`` templates in one UI language."""
    if kind not in ("html", "markdown"):
        raise ValueError(f"unknown template kind {kind!r}")
    env = Environment(
        loader=_loader(template_dir),
        # HTML: escape every value, whatever the file extension (.j2 is not covered by
        # select_autoescape). Markdown: values go through the `md` filter instead.
        autoescape=kind == "html",
        finalize=_finalize,
        undefined=StrictUndefined,
        extensions=["jinja2.ext.i18n"],
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    _ = translator(language)
    env.install_gettext_callables(  # type: ignore[attr-defined]
        gettext=_, ngettext=lambda s, p, n: _(s if n == 1 else p), newstyle=True,
    )
    env.filters["minutes"] = format_minutes
    env.filters["percent"] = lambda share: format_percent(share, language)
    env.filters["md"] = escape_markdown
    env.filters["oneline"] = shorten
    env.filters["quote"] = quote
    env.globals["bar_width"] = bar_width
    env.globals["SPECIFIC_NAMES"] = SPECIFIC_NAMES
    env.globals["BALANCE_NAMES"] = BALANCE_NAMES
    env.globals["BALANCE_ADVICE"] = BALANCE_ADVICE
    env.globals["specifics"] = _specifics
    return env


def bar_width(value: float, budget: float | None) -> dict[str, float]:
    """Widths (percent of the bar) for a value against its budget, both on one scale."""
    scale = max(value, budget or 0.0, 1e-9)
    return {
        "value": round(100 * value / scale, 1),
        "budget": round(100 * (budget or 0.0) / scale, 1),
    }


def _render(kind: str, name: str, language: str, template_dir: str | Path | None, **context: Any) -> str:
    env = environment(kind, language, str(template_dir) if template_dir is not None else None)
    return env.get_template(name).render(**context)


def render_html(
    reports: Sequence[Report],
    texts: Sequence[str | None] | None = None,
    *,
    ui_language: str | None = None,
    framework: Framework | None = None,
    template_dir: str | Path | None = None,
) -> str:
    """One self-contained HTML page with a report for each draft."""
    views = _views(reports, texts, ui_language, framework)
    lang = views[0].lang
    return _render("html", "report.html.j2", lang, template_dir, views=views, lang=lang, dir=direction(lang))


def render_markdown(
    reports: Sequence[Report],
    texts: Sequence[str | None] | None = None,
    *,
    ui_language: str | None = None,
    framework: Framework | None = None,
    template_dir: str | Path | None = None,
) -> str:
    """A Markdown report for each draft."""
    views = _views(reports, texts, ui_language, framework)
    return _render("markdown", "report.md.j2", views[0].lang, template_dir, views=views)


def render_handout(
    report: Report,
    text: str | None,
    *,
    participant: str,
    index_href: str | None = "index.html",
    ui_language: str | None = None,
    framework: Framework | None = None,
    template_dir: str | Path | None = None,
) -> str:
    """A printable handout for one participant of a cohort."""
    view = build_view(report, text, ui_language=ui_language, framework=framework, participant=participant)
    return _render(
        "html", "handout.html.j2", view.lang, template_dir,
        view=view, lang=view.lang, dir=view.dir, index_href=index_href,
    )


def render_worksheet(
    framework: Framework, language: str, *, template_dir: str | Path | None = None
) -> str:
    """A blank printable worksheet: the framework's parts, elements and coaching prompts."""
    return _render(
        "html", "worksheet.html.j2", language, template_dir,
        framework=framework, parts=_worksheet_parts(framework, language),
        lang=language, dir=direction(language),
    )


def _worksheet_parts(framework: Framework, language: str) -> list[PartView]:
    return [
        PartView(
            id=part.id, name=part.name.get(language), description=part.description.get(language),
            section=None, budget_seconds=part.budget_seconds,
            elements=[_element_view(spec, None, language, False) for spec in part.elements],
        )
        for part in framework.parts
    ]


def _views(
    reports: Sequence[Report], texts: Sequence[str | None] | None,
    ui_language: str | None, framework: Framework | None,
) -> list[ReportView]:
    if not reports:
        raise ValueError("nothing to render: no reports")
    texts = list(texts) if texts is not None else [None] * len(reports)
    if len(texts) != len(reports):
        raise ValueError("give one text for each report (or None)")
    # One page, one UI language: the asked one, else the first draft's.
    lang = ui_language or reports[0].language
    return [
        replace(build_view(report, text, ui_language=lang, framework=framework), report_index=i)
        for i, (report, text) in enumerate(zip(reports, texts, strict=True), start=1)
    ]


def render_report(
    reports: Sequence[Report],
    output_format: str,
    texts: Sequence[str | None] | None = None,
    *,
    ui_language: str | None = None,
    framework: Framework | None = None,
    template_dir: str | Path | None = None,
) -> str:
    """``reports`` in one of FORMATS."""
    if output_format == "json":
        return render_json(reports) + "\n"
    if output_format == "text":
        return "\n".join(render_text(r, ui_language, framework) for r in reports)
    if output_format == "markdown":
        return render_markdown(reports, texts, ui_language=ui_language, framework=framework,
                               template_dir=template_dir)
    if output_format == "html":
        return render_html(reports, texts, ui_language=ui_language, framework=framework,
                           template_dir=template_dir)
    raise ValueError(f"unknown format {output_format!r}; use one of {', '.join(FORMATS)}")



def render_cohort_index(
    summary: CohortSummary, language: str, *, template_dir: str | Path | None = None
) -> str:
    """The trainer's summary of a cohort, linking to every handout."""
    _ = translator(language)
    framework = summary.framework
    rule_summaries = {
        count.rule: _(rule.summary) if (rule := get_rule(count.rule)) else count.rule
        for count in summary.frequent_findings
    }
    return _render(
        "html", "cohort.html.j2", language, template_dir,
        summary=summary, framework_name=framework.name.get(language),
        element_names={eid: _element_name(framework, eid, language) for eid in framework.element_ids()},
        rule_summaries=rule_summaries, severity_names={k: _(v) for k, v in SEVERITY_NAMES.items()},
        language_names={k: _(v) for k, v in LANGUAGE_NAMES.items()},
        lang=language, dir=direction(language),
    )
