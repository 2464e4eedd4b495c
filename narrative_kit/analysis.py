"""The pipeline: text → language → parsed draft → stages → checks → Report."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from . import __version__
from .asks import find_asks
from .checks import run_checks
from .context import AnalysisContext
from .elements import detect_elements
from .frameworks import Framework, load_framework
from .language import detect_language
from .languages import load_profile
from .models import Metrics, Report, Tool
from .readability import score_readability
from .reading import InputError
from .signals import classify_sentences
from .structure import find_sections
from .text import parse_draft

Stage = Callable[[AnalysisContext], None]


def measure(ctx: AnalysisContext) -> None:
    """Words, sentences, characters, speaking time against the budget, readability."""
    draft = ctx.draft
    words = sum(s.word_count for s in draft.sentences)
    ctx.metrics = Metrics(
        words=words,
        sentences=len(draft.sentences),
        characters=len(draft.text),
        speaking_seconds=ctx.seconds_for(words),
        budget_seconds=ctx.framework.budget_seconds,
        words_per_minute=ctx.words_per_minute,
        readability=score_readability([s.text for s in draft.sentences], draft.language),
    )


# Run in order; each stage fills part of the context that later stages and checks read.
# find_sections reads ctx.asks and drops those said to someone inside the Story of Self;
# classify_sentences and detect_elements read ctx.sections (a lived moment of the Self
# weighs in the balance) and ctx.asks.
STAGES: list[Stage] = [measure, find_asks, find_sections, classify_sentences, detect_elements]


def resolve_language(text: str, language: str | None) -> tuple[str, bool]:
    """The language to analyse in, and whether the draft mixes languages heavily."""
    if language in (None, "auto"):
        detection = detect_language(text)
        return detection.language, detection.mixed
    if language not in ("en", "fr", "ar"):
        raise ValueError(f"unsupported language {language!r}; use en, fr or ar")
    return language, False


def analyze(
    text: str,
    *,
    language: str | None = None,
    framework: str | Path | Framework = "public-narrative",
    ui_language: str | None = None,
    words_per_minute: float | None = None,
    source: str | None = None,
) -> Report:
    """Analyse a draft and return its Report (the JSON contract as a pydantic model)."""
    if not text or not text.strip():
        raise InputError("the draft is empty")
    chosen = load_framework(framework)
    lang, mixed = resolve_language(text, language)
    profile = load_profile(lang)
    draft = parse_draft(text, lang)
    if not draft.words:
        raise InputError("the draft contains no words")
    wpm = words_per_minute or chosen.speaking_rates_wpm.get(lang) or profile.speaking_rate_wpm
    if wpm <= 0:
        raise ValueError("words_per_minute must be positive")
    ctx = AnalysisContext(
        draft=draft, framework=chosen, profile=profile, words_per_minute=float(wpm),
        ui_language=ui_language or lang, mixed_language=mixed,
    )
    for stage in STAGES:
        stage(ctx)
    return Report(
        tool=Tool(version=__version__),
        source=source,
        language=lang,
        framework=chosen.id,
        metrics=ctx.metrics,
        balance=ctx.balance,
        sections=ctx.sections,
        elements=ctx.elements,
        asks=ctx.asks,
        findings=run_checks(ctx),
    )
