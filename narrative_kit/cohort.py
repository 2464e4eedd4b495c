"""A trainer's cohort: many drafts in, one handout each plus a summary of the whole group.

The summary only counts what the reports already say (which elements are present,
which rules fired, each draft's speaking time and balance); it never re-analyses.
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .frameworks import Framework
from .models import Report

DRAFT_SUFFIXES = (".txt", ".md")
# Names Windows refuses for a file, whatever the extension.
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
_UNSAFE_RE = re.compile(r"[^\w-]+")
MAX_NAME_LENGTH = 60
BALANCE_LABELS = ("emotional", "balanced", "factual", "neither")


@dataclass
class CohortEntry:
    """One participant: the draft's path, the handout's file name, the report or why not."""

    source: str
    name: str  # shown to people: the draft's file name without extension
    handout: str  # file name of the handout inside the output folder
    report: Report | None = None
    text: str | None = None
    error: str | None = None


@dataclass(frozen=True)
class ElementMiss:
    element_id: str
    missing: int
    share: float


@dataclass(frozen=True)
class RuleCount:
    rule: str
    severity: str
    drafts: int
    occurrences: int


@dataclass
class CohortSummary:
    framework: Framework
    entries: list[CohortEntry]
    analysed: list[CohortEntry]
    missing_elements: list[ElementMiss]
    frequent_findings: list[RuleCount]
    by_time: list[CohortEntry]  # analysed entries, shortest to longest
    budget_seconds: float | None
    over_budget: int
    median_seconds: float | None
    balance_counts: dict[str, int] = field(default_factory=dict)


def collect_drafts(paths: Iterable[str]) -> list[Path]:
    """Files as given, and the .txt / .md files directly inside each folder, in name order."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(sorted(
                (p for p in path.iterdir() if p.is_file() and p.suffix.lower() in DRAFT_SUFFIXES),
                key=lambda p: p.name.casefold(),
            ))
        else:
            found.append(path)
    unique: dict[Path, Path] = {}
    for path in found:
        unique.setdefault(path.resolve(), path)
    return list(unique.values())


def safe_name(stem: str) -> str:
    """A file-name stem safe on every system: letters (any script), digits, - and _ only."""
    name = unicodedata.normalize("NFKC", stem)
    name = _UNSAFE_RE.sub("-", name).strip("-_").casefold()[:MAX_NAME_LENGTH].strip("-_")
    if not name:
        return "draft"
    if name in _RESERVED or name == "index":
        return f"{name}-draft"
    return name


def assign_handout_names(paths: Sequence[Path]) -> list[str]:
    """One distinct ``<safe-name>.html`` per draft, in the drafts' order."""
    taken: set[str] = set()
    names = []
    for path in paths:
        base = safe_name(path.stem)
        candidate, n = base, 2
        while candidate.casefold() in taken:
            candidate, n = f"{base}-{n}", n + 1
        taken.add(candidate.casefold())
        names.append(candidate + ".html")
    return names


def summarize_cohort(entries: Sequence[CohortEntry], framework: Framework) -> CohortSummary:
    """What the group's reports say together, most common gaps first."""
    analysed = [e for e in entries if e.report is not None]
    reports = [e.report for e in analysed if e.report is not None]
    missing: Counter[str] = Counter()
    assessed: Counter[str] = Counter()
    for report in reports:
        for element in report.elements:
            assessed[element.id] += 1
            if not element.present:
                missing[element.id] += 1
    order = {element_id: i for i, element_id in enumerate(framework.element_ids())}
    missing_elements = sorted(
        (ElementMiss(eid, missing[eid], missing[eid] / assessed[eid]) for eid in assessed),
        key=lambda m: (-m.missing, order.get(m.element_id, len(order))),
    )
    drafts_with: Counter[str] = Counter()
    occurrences: Counter[str] = Counter()
    severity: dict[str, str] = {}
    for report in reports:
        for finding in report.findings:
            occurrences[finding.rule] += 1
            severity.setdefault(finding.rule, finding.severity)
        drafts_with.update({f.rule for f in report.findings})
    frequent = sorted(
        (RuleCount(rule, severity[rule], drafts_with[rule], occurrences[rule]) for rule in drafts_with),
        key=lambda r: (-r.drafts, -r.occurrences, r.rule),
    )
    by_time = sorted(analysed, key=lambda e: e.report.metrics.speaking_seconds if e.report else 0.0)
    budget = next((r.metrics.budget_seconds for r in reports if r.metrics.budget_seconds), None)
    seconds = [r.metrics.speaking_seconds for r in reports]
    over = sum(
        1 for r in reports
        if r.metrics.budget_seconds is not None and r.metrics.speaking_seconds > r.metrics.budget_seconds
    )
    balance = Counter(r.balance.label for r in reports)
    return CohortSummary(
        framework=framework,
        entries=list(entries),
        analysed=analysed,
        missing_elements=missing_elements,
        frequent_findings=frequent,
        by_time=by_time,
        budget_seconds=budget,
        over_budget=over,
        median_seconds=round(statistics.median(seconds), 1) if seconds else None,
        balance_counts={label: balance.get(label, 0) for label in BALANCE_LABELS},
    )
