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

from .asks import detect_asks
from .context import AnalysisContext
from .facts import find_statistic_sentences
from .frameworks import Framework
from .i18n import translate
from .models import SEVERITY_RANK, Finding, Severity, Span
from .person import first_person_singular

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


# ---------------------------------------------------------------------------
# message rules
# ---------------------------------------------------------------------------
# The workshop's three rules of delivering a message (combine emotion and facts;
# speak from your own experience; offer concrete, practical solutions) and its
# social-media rule (accuracy of facts matters more than speed). The evidence comes
# from the stages in signals.py (ctx.signals, ctx.balance) and asks.py (ctx.asks),
# and from facts.py.

_MAX_RELATED = 12


def _sentence_span(ctx: AnalysisContext, index: int) -> tuple[int, int]:
    sentence = ctx.draft.sentences[index]
    return sentence.start, sentence.end


def _balance_hit(ctx: AnalysisContext, drivers: list[int]) -> Hit:
    """A whole-draft verdict, anchored on the first sentence behind it, listing the others."""
    spans = tuple(_sentence_span(ctx, i) for i in drivers[:_MAX_RELATED])
    stories = sum(1 for s in ctx.signals.values() if s.emotion)
    facts = sum(1 for s in ctx.signals.values() if s.fact)
    start, end = spans[0]
    return Hit(
        start=start, end=end, related=spans,
        values={"stories": stories, "facts": facts, "sentences": len(ctx.draft.sentences)},
    )


@rule(
    "balance.facts-without-story",
    severity="warning",
    summary="The draft is mostly facts and figures, with little feeling or story.",
    rationale=(
        "The workshop's first rule of a message is to combine emotion and facts: data alone "
        "is not enough. Statistics change minds when they are paired with a story people "
        "can feel: one person, one moment, what they saw and felt."
    ),
    example="Hate crimes rose by 25 percent. 60 percent of victims never report. We must act.",
    better=(
        "Last winter my neighbour Samira was pushed off a bus. She never told the police. "
        "She is not alone: 60 percent of victims never report."
    ),
    message=(
        "Sentences with facts or figures: {facts} of {sentences}. With feeling or story: "
        "{stories}. Data alone rarely moves people."
    ),
    suggestion=(
        "Pair your strongest figure with one person's story: who were they, where were they, "
        "what did they see or feel? Tell it right before or after the number."
    ),
)
def check_facts_without_story(ctx: AnalysisContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    if ctx.balance.label == "factual":
        drivers = [i for i, s in sorted(ctx.signals.items()) if s.fact]
        if drivers:
            yield _balance_hit(ctx, drivers)


@rule(
    "balance.feeling-without-facts",
    severity="info",
    summary="The draft carries feeling, but nothing concrete to support it.",
    rationale=(
        "The workshop's first rule of a message is to combine emotion and facts. A moving "
        "story convinces more when one fact shows the listener it is not a single case: "
        "a number, a date, a report."
    ),
    example="I was so ashamed. My heart broke. We all felt the pain and the fear.",
    better=(
        "I was so ashamed. And I was not alone: according to the city's 2023 report, one "
        "in four young people here has been insulted for their faith."
    ),
    message=(
        "Sentences with feeling or story: {stories} of {sentences}. With a fact: {facts}. "
        "Listeners may be moved without knowing how big the problem is."
    ),
    suggestion=(
        "Add one sourced fact that shows how widespread this is: a figure, a date or a report, "
        "and say who published it."
    ),
)
def check_feeling_without_facts(ctx: AnalysisContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    if ctx.balance.label == "emotional":
        drivers = [i for i, s in sorted(ctx.signals.items()) if s.emotion]
        if drivers:
            yield _balance_hit(ctx, drivers)


@rule(
    "balance.lone-statistic",
    severity="info",
    summary="A statistic stands alone, far from any story.",
    rationale=(
        "Facts and figures joined to a story can begin to change minds; a number dropped "
        "sentences away from any person or moment is heard as a lecture and forgotten."
    ),
    example=(
        "(a story in the first paragraph) … (three sentences later) 38 percent of teenagers "
        "are contacted online."
    ),
    better="Yusuf was one of them: 38 percent of teenagers in our city are contacted online.",
    message="This figure stands more than {window} sentences away from any story or feeling.",
    suggestion=(
        "Move it next to your story, or tie it to one person: \"Yusuf was one of them.\""
    ),
    params={"window": 2},
)
def check_lone_statistic(ctx: AnalysisContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    window = int(params["window"])
    stories = [i for i, s in sorted(ctx.signals.items()) if s.emotion]
    # With no story at all, balance.facts-without-story says it better.
    if not stories or ctx.balance.label == "factual":
        return
    for found in find_statistic_sentences(ctx.draft):
        index = found.sentence.index
        if index in stories or min(abs(index - i) for i in stories) <= window:
            continue
        yield Hit(
            start=found.sentence.start, end=found.sentence.end,
            related=tuple((s.start, s.end) for s in found.statistics),
            values={"window": window},
        )


@rule(
    "now.vague-ask",
    severity="warning",
    summary="An ask does not say exactly what to do, when and where.",
    rationale=(
        "The workshop's third rule of a message is to offer concrete, practical solutions, "
        "and a Story of Now ends with a specific ask. \"Raise awareness\" or \"do more\" "
        "leaves every listener to invent the next step, so most take none."
    ),
    example="We must all work together for a better future.",
    better="Come to the community hall on Saturday at 10 a.m. and bring one young person with you.",
    message="Listeners would not know exactly what to do, when or where after this ask.",
    suggestion=(
        "Name one action, a time and a place, and say who you are asking: \"Parents, come "
        "to the school library on Thursday at 6 p.m.\""
    ),
)
def check_vague_ask(ctx: AnalysisContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    details = {(d.ask.start, d.ask.end): d for d in detect_asks(ctx.draft)}
    for ask in ctx.asks:
        if ask.concrete:
            continue
        detail = details.get((ask.start, ask.end))
        related = (detail.cue, *detail.vague) if detail else ()
        yield Hit(start=ask.start, end=ask.end, related=related)


@rule(
    "now.scattered-asks",
    severity="warning",
    summary="The draft makes many asks instead of one clear choice.",
    rationale=(
        "A Story of Now asks the audience to make one choice now. Several asks compete "
        "with each other: listeners remember none, or pick the easiest."
    ),
    example="Join us. Sign the petition. Call your MP. Donate. Share this post. Volunteer.",
    better="Come to the community hall on Saturday at 10 a.m.: that is the one thing I ask.",
    message="This draft makes {count} asks; listeners remember one.",
    suggestion=(
        "Choose the one action that matters most now, make it specific, and cut the others "
        "or fold them into it."
    ),
    params={"max_asks": 3},
)
def check_scattered_asks(ctx: AnalysisContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    if len(ctx.asks) > int(params["max_asks"]):
        first = ctx.asks[0]
        yield Hit(
            start=first.start, end=first.end,
            related=tuple((a.start, a.end) for a in ctx.asks[:_MAX_RELATED]),
            values={"count": len(ctx.asks)},
        )


@rule(
    "voice.no-own-experience",
    severity="warning",
    summary="The teller never speaks from their own experience.",
    rationale=(
        "The workshop's second rule of a message: speak from your own experience and "
        "expertise. Listeners trust what you lived and saw more than general statements, "
        "and a story told in your own voice cannot be told for you by others."
    ),
    example="Young people face discrimination. Society must change.",
    better="When I was sixteen, a man called my father a terrorist in front of me.",
    message="Nowhere does the draft say \"I\": it speaks of others, never of what you lived or saw.",
    suggestion=(
        "Start with one moment you lived: when and where it was, what you saw and felt, "
        "and what you chose to do."
    ),
)
def check_no_own_experience(ctx: AnalysisContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    sentences = ctx.draft.sentences
    if not sentences:
        return
    if any(first_person_singular(s, ctx.language) for s in sentences):
        return
    # Anchored on the opening, where a moment of your own would start the story.
    first = sentences[0]
    yield Hit(
        start=first.start, end=first.end,
        related=tuple((s.start, s.end) for s in sentences[1:_MAX_RELATED]),
    )


@rule(
    "facts.unsourced-statistic",
    severity="warning",
    summary="A statistic is given without saying where it comes from.",
    rationale=(
        "Online and in front of hostile questions, accuracy of facts matters more than "
        "speed. A figure with no source is easy to dismiss, and one wrong number can cost "
        "the trust your story earned."
    ),
    example="Studies show that 45% of young people have seen hateful content online.",
    better=(
        "According to UNESCO's 2022 survey, 45% of young people in the region have seen "
        "hateful content online."
    ),
    message="This figure has no source named in or next to its sentence.",
    suggestion=(
        "Name the source in the same sentence: \"According to <organisation>'s <year> report, "
        "…\". If you cannot find one, leave the number out."
    ),
)
def check_unsourced_statistic(ctx: AnalysisContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    for found in find_statistic_sentences(ctx.draft):
        if not found.sourced:
            yield Hit(
                start=found.sentence.start, end=found.sentence.end,
                related=tuple((s.start, s.end) for s in found.statistics),
            )


# ---------------------------------------------------------------------------
# structure
# ---------------------------------------------------------------------------
# The parts of a public narrative and their elements, as found by structure.py
# (ctx.sections) and elements.py (ctx.elements; the ask comes from asks.py).
# Element findings carry the framework's own coaching prompt, in the feedback
# language, as their suggestion: the question a coach would ask.

_SEGMENTED_PARTS = ("self", "us", "now")


def _has_part(ctx: AnalysisContext, part_id: str) -> bool:
    return any(section.part == part_id for section in ctx.sections)


@rule(
    "structure.missing-part",
    severity="warning",
    summary="A part of the public narrative (Self, Us or Now) is missing.",
    rationale=(
        "A public narrative moves from why I am called (Self), to what we share (Us), to "
        "what we must do now (Now). Without one of them the listener does not know why to "
        "trust you, why it concerns them, or what to do."
    ),
    example=(
        "A draft that tells the teller's story and ends there: a Story of Self with no Us "
        "and no Now."
    ),
    better=(
        "Add a few sentences for each missing part: who \"we\" are and what we share; the "
        "urgent challenge, the hope and the specific ask."
    ),
    message="The {part} is missing from this draft.",
    suggestion="Add a short {part}: {description}",
)
def check_missing_part(ctx: AnalysisContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    parts = [p for p in ctx.framework.parts if p.id in _SEGMENTED_PARTS]
    if len(parts) < 2:  # a framework that is not split into Self / Us / Now
        return
    for part in parts:
        if not _has_part(ctx, part.id):
            yield Hit(part=part.id, values={
                "part": part.name.get(ctx.ui_language),
                "description": part.description.get(ctx.ui_language),
            })


def _missing_element(
    ctx: AnalysisContext, element_id: str, params: Mapping[str, Any]
) -> Iterator[Hit]:
    """One hit when the framework has the element and the draft lacks it."""
    framework_element = ctx.framework.element(element_id)
    found = ctx.element(element_id)
    if framework_element is None or found is None or found.present:
        return
    part_id = element_id.split(".", 1)[0]
    # A whole missing part is one finding (structure.missing-part), not one per element.
    if params.get("skip_when_part_missing", True) and not _has_part(ctx, part_id):
        return
    section = next((s for s in ctx.sections if s.part == part_id), None)
    yield Hit(
        part=part_id,
        values={"part": _part_name(ctx, part_id)},
        suggestion=framework_element.prompt.get(ctx.ui_language),
        related=((section.start, section.end),) if section else (),
    )


def _part_name(ctx: AnalysisContext, part_id: str) -> str:
    part = ctx.framework.part(part_id)
    return part.name.get(ctx.ui_language) if part else part_id


_ELEMENT_RULE_PARAMS = {"skip_when_part_missing": True}


@rule(
    "self.no-challenge",
    severity="warning",
    summary="The Story of Self does not show a challenge you faced.",
    rationale=(
        "A story begins when something is hard: a challenge the teller faced and what was "
        "at stake. Without it there is no tension, and the listener has no reason to lean in."
    ),
    example="I grew up in Lyon. I studied law and now I help young people.",
    better=(
        "On my first day at school a boy pulled off my headscarf and the whole class laughed. "
        "I wanted to disappear."
    ),
    message="Your {part} does not yet show a challenge you faced.",
    suggestion="What challenge did you face? What was hard, and what was at stake for you?",
    params=_ELEMENT_RULE_PARAMS,
)
def check_no_challenge(ctx: AnalysisContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    yield from _missing_element(ctx, "self.challenge", params)


@rule(
    "self.no-choice",
    severity="warning",
    summary="The Story of Self does not show a choice you made.",
    rationale=(
        "The heart of a Story of Self is the moment the teller chose to act. The choice is "
        "what the audience learns from: it shows the values that moved you, and invites them "
        "to make the same choice."
    ),
    example="I was afraid for my cousin. Things got better after a while.",
    better="I almost said no. Then I decided to go, because I did not want another boy to disappear.",
    message="Your {part} does not yet show a choice you made.",
    suggestion="What was the moment you chose to act? What did you decide, and why?",
    params=_ELEMENT_RULE_PARAMS,
)
def check_no_choice(ctx: AnalysisContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    yield from _missing_element(ctx, "self.choice", params)


@rule(
    "self.no-outcome",
    severity="info",
    summary="The Story of Self does not say what came of your choice.",
    rationale=(
        "An outcome closes the story and carries its lesson: what happened because you "
        "acted, and what it taught you. It is what makes the story matter to the listener."
    ),
    example="I decided to join the homework club.",
    better=(
        "I decided to join the homework club. Eleven of those boys are now at university, and "
        "I learned that young people leave when nobody listens."
    ),
    message="Your {part} does not yet say what came of your choice.",
    suggestion="What happened because of your choice, and what did it teach you?",
    params=_ELEMENT_RULE_PARAMS,
)
def check_no_outcome(ctx: AnalysisContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    yield from _missing_element(ctx, "self.outcome", params)


@rule(
    "self.no-moment",
    severity="warning",
    summary="The Story of Self has no specific moment (when, where, who, what you saw or felt).",
    rationale=(
        "Listeners are moved by one concrete moment they can see, not by a summary or a CV. "
        "A time, a place, a person named, something seen, heard or felt lets them live it "
        "with you."
    ),
    example="I am a lawyer and a human-rights activist with fifteen years of experience.",
    better=(
        "I was sixteen the night the police came to our building. I remember the blue lights "
        "on the kitchen ceiling."
    ),
    message="Your {part} does not yet take us into one specific moment.",
    suggestion=(
        "Take us to one moment: when and where was it, who was there, what did you see, "
        "hear or feel?"
    ),
    params=_ELEMENT_RULE_PARAMS,
)
def check_no_moment(ctx: AnalysisContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    yield from _missing_element(ctx, "self.moment", params)


@rule(
    "us.no-shared-value",
    severity="warning",
    summary="The Story of Us does not name a value or experience you share with your listeners.",
    rationale=(
        "A Story of Us turns \"I\" into \"we\": it names the community and the value or "
        "experience it shares. An exhortation like \"we should all do better\" tells people "
        "what to do but not who they are together."
    ),
    example="We should all do better. We must work together.",
    better=(
        "We are the parents and neighbours of this neighbourhood, and we believe in dignity "
        "for every child, whatever their name."
    ),
    message="Your {part} does not yet name a value or experience you share with your listeners.",
    suggestion=(
        "Who is the \u201cwe\u201d you are speaking to, and what value or experience do you "
        "share with them?"
    ),
    params=_ELEMENT_RULE_PARAMS,
)
def check_no_shared_value(ctx: AnalysisContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    yield from _missing_element(ctx, "us.shared_value", params)


@rule(
    "now.no-urgency",
    severity="info",
    summary="The Story of Now does not say why we must act now.",
    rationale=(
        "The Story of Now names an urgent challenge: what is happening now and what is lost "
        "if we wait. Without urgency, the ask can always wait for tomorrow."
    ),
    example="It would be good if people helped with the homework club.",
    better=(
        "Right now, recruiters talk to our children every night online. If we wait for the "
        "next headline, it will be too late for some of them."
    ),
    message="Your {part} does not yet say why we must act now.",
    suggestion="Why must we act now and not later? What happens if we wait?",
    params=_ELEMENT_RULE_PARAMS,
)
def check_no_urgency(ctx: AnalysisContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    yield from _missing_element(ctx, "now.urgency", params)


@rule(
    "now.no-hope",
    severity="info",
    summary="The Story of Now does not offer a source of hope.",
    rationale=(
        "Urgency without hope breeds fear or despair, not action. A source of hope — "
        "something you have seen work, a picture of success — makes the ask feel worth it."
    ),
    example="Hate is spreading and our children are the first targets.",
    better=(
        "Hate is spreading, but I have seen a classroom change in one year, and I know we "
        "can do it together."
    ),
    message="Your {part} does not yet offer a source of hope.",
    suggestion=(
        "What gives you hope that we can succeed? Describe what it will look like if we do."
    ),
    params=_ELEMENT_RULE_PARAMS,
)
def check_no_hope(ctx: AnalysisContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    yield from _missing_element(ctx, "now.hope", params)


@rule(
    "now.no-ask",
    severity="warning",
    summary="The Story of Now does not ask the listeners to do anything.",
    rationale=(
        "A public narrative exists to move people to act. The workshop's rule: offer concrete, "
        "practical solutions, not only the problem. Without an ask the story ends where "
        "action should begin."
    ),
    example="Hate is spreading online, and every month more young people listen to it.",
    better=(
        "Come to the community hall on Saturday at 10 a.m. and sign up to mentor one young "
        "person for one hour a week."
    ),
    message="Your {part} does not yet ask your listeners to do anything.",
    suggestion="What exactly do you ask your listeners to do: who, what, when and where?",
    params=_ELEMENT_RULE_PARAMS,
)
def check_no_ask(ctx: AnalysisContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    yield from _missing_element(ctx, "now.ask", params)
