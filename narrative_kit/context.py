"""What the pipeline knows about one draft, handed from stage to stage and to the checks."""

from __future__ import annotations

from dataclasses import dataclass, field

from .frameworks import Framework
from .languages import LanguageProfile
from .models import Ask, Balance, Element, Metrics, Section
from .text import ParsedDraft


@dataclass
class SentenceSignals:
    """What one sentence carries: feeling / story, facts / evidence, or both."""

    emotion: bool = False
    fact: bool = False
    emotion_cues: list[tuple[int, int]] = field(default_factory=list)
    fact_cues: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class AnalysisContext:
    draft: ParsedDraft
    framework: Framework
    profile: LanguageProfile
    words_per_minute: float
    ui_language: str
    metrics: Metrics = field(default_factory=Metrics)
    balance: Balance = field(default_factory=Balance)
    sections: list[Section] = field(default_factory=list)
    elements: list[Element] = field(default_factory=list)
    asks: list[Ask] = field(default_factory=list)
    signals: dict[int, SentenceSignals] = field(default_factory=dict)  # by sentence index
    mixed_language: bool = False

    @property
    def language(self) -> str:
        return self.draft.language

    def seconds_for(self, words: int) -> float:
        return round(words * 60.0 / self.words_per_minute, 1)

    def part_at(self, offset: int) -> str | None:
        """The part (self / us / now) whose section holds ``offset``."""
        return next((s.part for s in self.sections if s.start <= offset < s.end), None)

    def element(self, element_id: str) -> Element | None:
        return next((e for e in self.elements if e.id == element_id), None)
