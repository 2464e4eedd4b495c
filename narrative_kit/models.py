"""The report: one pydantic model shared by the JSON output, the API and the templates.

Field names follow REPORT_CONTRACT.md (schema_version "1"). Fields may be added,
never renamed or removed without a new schema version.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Language = Literal["en", "fr", "ar"]
Severity = Literal["error", "warning", "info"]
BalanceLabel = Literal["emotional", "balanced", "factual", "neither"]

SEVERITY_RANK: dict[str, int] = {"info": 0, "warning": 1, "error": 2}


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Tool(_Model):
    name: str = "narrative-kit"
    version: str


class Readability(_Model):
    """A readability formula's score: a metric to read, never a verdict on its own."""

    formula: str
    score: float


class Metrics(_Model):
    words: int = 0
    sentences: int = 0
    speaking_seconds: float = 0.0
    budget_seconds: float | None = None
    characters: int = 0
    emotion_share: float = 0.0
    fact_share: float = 0.0
    words_per_minute: float = 0.0
    readability: Readability | None = None


class Balance(_Model):
    label: BalanceLabel = "neither"


class Span(_Model):
    """A stretch of the draft: character offsets into the decoded text, end exclusive."""

    start: int
    end: int
    text: str


class Section(_Model):
    part: str
    start: int
    end: int
    words: int
    speaking_seconds: float
    budget_seconds: float | None = None
    heading: str | None = None


class Element(_Model):
    id: str
    present: bool
    evidence: list[Span] = Field(default_factory=list)


class AskSpecifics(_Model):
    action: str | None = None
    time: str | None = None
    place: str | None = None
    quantity: str | None = None
    audience: str | None = None


class Ask(_Model):
    start: int
    end: int
    text: str
    concrete: bool
    specifics: AskSpecifics = Field(default_factory=AskSpecifics)


class Finding(_Model):
    rule: str
    severity: Severity
    message: str
    suggestion: str
    part: str | None = None
    start: int | None = None
    end: int | None = None
    evidence: str | None = None
    related: list[Span] = Field(default_factory=list)


class Report(_Model):
    schema_version: Literal["1"] = "1"
    tool: Tool
    source: str | None = None
    language: Language
    framework: str
    metrics: Metrics = Field(default_factory=Metrics)
    balance: Balance = Field(default_factory=Balance)
    sections: list[Section] = Field(default_factory=list)
    elements: list[Element] = Field(default_factory=list)
    asks: list[Ask] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)

    def findings_at_or_above(self, severity: Severity) -> list[Finding]:
        """Findings whose severity is `severity` or worse."""
        floor = SEVERITY_RANK[severity]
        return [f for f in self.findings if SEVERITY_RANK[f.severity] >= floor]
