"""The check registry and the checks.

Each rule is declared once, with the ``@rule`` decorator: its id (``area.kebab-slug``),
severity, a one-line summary, why it matters, a flagged and a better example, the
message and what to try. That single declaration feeds the findings, ``narrative-kit
rules`` and ``narrative-kit explain``. A check is a small function over the analysis
context that yields hits; the registry turns hits into findings.

Developers add rules the same way from their own code (``from narrative_kit.checks
import rule``); a framework file can switch a rule off, change its severity or set
its parameters under ``[rules."rule.id"]``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from .context import AnalysisContext
from .frameworks import Framework
from .i18n import translate
from .models import SEVERITY_RANK, Finding, Severity, Span

RULE_ID_RE = re.compile(r"^[a-z]+\.[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Hit:
    """One place a check fires: offsets into the draft, values for the message."""

    start: int | None = None
    end: int | None = None
    part: str | None = None
    values: Mapping[str, Any] = field(default_factory=dict)
    related: tuple[tuple[int, int], ...] = ()
    suggestion: str | None = None  # already localized; replaces the rule's suggestion


CheckFunction = Callable[[AnalysisContext, Mapping[str, Any]], Iterable[Hit]]


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    summary: str
    rationale: str
    example: str
    better: str
    message: str
    suggestion: str
    check: CheckFunction
    params: Mapping[str, Any] = field(default_factory=dict)
    frameworks: tuple[str, ...] = ()  # empty: runs for every framework

    @property
    def area(self) -> str:
        return self.id.split(".", 1)[0]

    def applies_to(self, framework: Framework) -> bool:
        return not self.frameworks or framework.id in self.frameworks


_RULES: dict[str, Rule] = {}
RULES: Mapping[str, Rule] = MappingProxyType(_RULES)


def rule(
    rule_id: str,
    *,
    severity: Severity,
    summary: str,
    rationale: str,
    example: str,
    better: str,
    message: str,
    suggestion: str,
    params: Mapping[str, Any] | None = None,
    frameworks: tuple[str, ...] = (),
) -> Callable[[CheckFunction], CheckFunction]:
    """Declare a rule and register its check function."""

    def register(check: CheckFunction) -> CheckFunction:
        if not RULE_ID_RE.match(rule_id):
            raise ValueError(f"rule id {rule_id!r} is not of the form area.kebab-slug")
        if rule_id in _RULES:
            raise ValueError(f"rule id {rule_id!r} is already registered")
        _RULES[rule_id] = Rule(
            rule_id, severity, summary, rationale, example, better, message, suggestion,
            check, MappingProxyType(dict(params or {})), frameworks,
        )
        return check

    return register


def get_rule(rule_id: str) -> Rule | None:
    return _RULES.get(rule_id)


def validate_rule_settings(framework: Framework) -> None:
    """Unknown rule ids, unknown parameters and wrongly typed values are errors."""
    for rule_id, settings in framework.rules.items():
        known = _RULES.get(rule_id)
        if known is None:
            raise ValueError(f"rules: unknown rule {rule_id!r}")
        for name, value in settings.params.items():
            if name not in known.params:
                options = ", ".join(sorted(known.params)) or "none"
                raise ValueError(f"rules.{rule_id}: unknown parameter {name!r} (known: {options})")
            default = known.params[name]
            if not _same_kind(default, value):
                raise ValueError(
                    f"rules.{rule_id}.{name}: expected {type(default).__name__}, got {value!r}"
                )


def _same_kind(default: Any, value: Any) -> bool:
    if isinstance(default, bool) or isinstance(value, bool):
        return isinstance(default, bool) and isinstance(value, bool)
    if isinstance(default, (int, float)):
        return isinstance(value, (int, float))
    return isinstance(value, type(default))


def run_checks(ctx: AnalysisContext) -> list[Finding]:
    """Every enabled rule of the framework over the context, as ordered findings."""
    findings: list[Finding] = []
    for current in _RULES.values():
        settings = ctx.framework.rule_settings(current.id)
        if not settings.enabled or not current.applies_to(ctx.framework):
            continue
        params = {**current.params, **settings.params}
        severity = settings.severity or current.severity
        for hit in current.check(ctx, params):
            findings.append(_to_finding(ctx, current, severity, hit))
    findings.sort(key=lambda f: (-SEVERITY_RANK[f.severity], f.start if f.start is not None else -1))
    return findings


def _to_finding(ctx: AnalysisContext, current: Rule, severity: Severity, hit: Hit) -> Finding:
    language = ctx.ui_language
    part = hit.part if hit.part is not None else (
        ctx.part_at(hit.start) if hit.start is not None else None
    )
    evidence = ctx.draft.quote(hit.start, hit.end) if hit.start is not None and hit.end else None
    return Finding(
        rule=current.id,
        severity=severity,
        message=translate(current.message, language).format(**hit.values),
        suggestion=hit.suggestion or translate(current.suggestion, language).format(**hit.values),
        part=part,
        start=hit.start,
        end=hit.end,
        evidence=evidence,
        related=[Span(start=a, end=b, text=ctx.draft.quote(a, b)) for a, b in hit.related],
    )


def format_minutes(seconds: float) -> str:
    """``m:ss`` — readable in every language without translation."""
    whole = round(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


# ---------------------------------------------------------------------------
# input
# ---------------------------------------------------------------------------


@rule(
    "input.mixed-language",
    severity="info",
    summary="The draft mixes two languages heavily; feedback follows the main one.",
    rationale=(
        "Word lists, sentence rules and speaking rates differ between Arabic, French and "
        "English. When a draft mixes them, the coaching is only as good as the language "
        "it is read in."
    ),
    example="A draft with one paragraph in English and the next in Arabic.",
    better="One language for the speech, with short quotations in another.",
    message="This draft mixes languages; it was read as {language}.",
    suggestion=(
        "If most of the draft is in another language, run the check again with "
        "--language en, fr or ar; or check each language's part on its own."
    ),
)
def check_mixed_language(ctx: AnalysisContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    if ctx.mixed_language:
        yield Hit(values={"language": ctx.profile.name})


# ---------------------------------------------------------------------------
# length
# ---------------------------------------------------------------------------


@rule(
    "length.over-time",
    severity="warning",
    summary="The draft takes longer to say than the framework's time budget.",
    rationale=(
        "A public narrative is spoken, and time is short: the workshop gave two minutes "
        "for a Story of Self and participants found it hard to be concise. Going over "
        "the budget loses the room before the ask."
    ),
    example="A Story of Self of 420 words: about 3 minutes at 140 words a minute, budget 2.",
    better="Keep one moment, cut the background: 250-280 words for two minutes.",
    message=(
        "At about {wpm} words a minute this takes {speaking} min to say; "
        "the budget is {budget} min."
    ),
    suggestion=(
        "Cut about {excess_words} words: keep one specific moment and the choice you made, "
        "and drop background the listener does not need."
    ),
    params={"tolerance_seconds": 10.0},
)
def check_over_time(ctx: AnalysisContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    tolerance = float(params["tolerance_seconds"])
    budget = ctx.metrics.budget_seconds
    if budget is not None and ctx.metrics.speaking_seconds > budget + tolerance:
        yield _over_time_hit(ctx, ctx.metrics.speaking_seconds, budget, None, None, None)
    for section in ctx.sections:
        if section.budget_seconds is not None and section.speaking_seconds > (
            section.budget_seconds + tolerance
        ):
            yield _over_time_hit(
                ctx, section.speaking_seconds, section.budget_seconds,
                section.part, section.start, section.end,
            )


def _over_time_hit(
    ctx: AnalysisContext, seconds: float, budget: float,
    part: str | None, start: int | None, end: int | None,
) -> Hit:
    excess_words = max(1, round((seconds - budget) * ctx.words_per_minute / 60))
    values = {
        "wpm": round(ctx.words_per_minute),
        "speaking": format_minutes(seconds),
        "budget": format_minutes(budget),
        "excess_words": excess_words,
    }
    # A whole-draft finding points at no single passage.
    return Hit(start=start, end=end if start is not None else None, part=part, values=values)


@rule(
    "length.long-sentence",
    severity="info",
    summary="A sentence is too long to follow when heard.",
    rationale=(
        "Listeners cannot re-read. A long sentence spoken aloud loses people before its "
        "point; short sentences carry a story and leave room for feeling."
    ),
    example=(
        "When I arrived in the city in 2009 after my studies in Tunis where I had worked "
        "with several associations on questions of youth and employment I realised that..."
    ),
    better="I arrived in the city in 2009. I knew no one. Then I met Samira.",
    message="This sentence has {words} words; over {limit} is hard to follow when spoken.",
    suggestion="Split it in two or three: one idea, one image or one fact per sentence.",
    params={"max_words_en": 0, "max_words_fr": 0, "max_words_ar": 0},
)
def check_long_sentence(ctx: AnalysisContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    # 0 means "the language's default" from data/lang/<lang>/language.toml.
    limit = int(params.get(f"max_words_{ctx.language}", 0)) or ctx.profile.long_sentence_words
    for sentence in ctx.draft.sentences:
        if sentence.word_count > limit:
            yield Hit(
                start=sentence.start, end=sentence.end,
                values={"words": sentence.word_count, "limit": limit},
            )
