"""Hand-built, complete Reports for the rendering tests and goldens.

The analysis may leave sections, elements or asks empty while those stages are being
built; these reports fill every block so each part of every template is exercised.
Offsets are found in the real test drafts, so highlights land on real words.
"""

from __future__ import annotations

from pathlib import Path

from narrative_kit.checks import format_minutes, get_rule
from narrative_kit.frameworks import load_framework
from narrative_kit.i18n import translate
from narrative_kit.models import (
    Ask,
    AskSpecifics,
    Balance,
    Element,
    Finding,
    Metrics,
    Report,
    Section,
    Span,
    Tool,
)

DRAFTS = Path(__file__).parent / "drafts" / "render"

# Phrases in each test draft that stand as evidence for an element, and the ask.
EVIDENCE = {
    "en": {
        "self.challenge": "I was afraid, and I was angry.",
        "self.choice": "I chose to sit down next to him instead of shouting",
        "self.moment": "One evening in March 2015",
        "self.outcome": "That night taught me that nobody is reached by a lecture",
        "us.shared_value": "Our strength is that we know these young people by name.",
        "now.urgency": "will close unless we act",
    },
    "fr": {
        "self.challenge": "J’avais peur, et j’étais en colère.",
        "self.choice": "J’ai choisi de m’asseoir à côté de lui au lieu de crier",
        "self.moment": "Un soir de mars 2015",
        "self.outcome": "Ce soir-là m’a appris",
        "us.shared_value": "Notre force, c’est que nous connaissons ces jeunes par leur prénom.",
        "now.urgency": "fermera si nous n’agissons pas",
    },
    "ar": {
        "self.challenge": "كنتُ خائفاً وغاضباً.",
        "self.choice": "اخترتُ أن أجلس بجانبه بدل أن أصرخ",
        "self.moment": "في إحدى أمسيات مارس 2015",
        "self.outcome": "علّمتني تلك الليلة",
        "us.shared_value": "قوتنا أننا نعرف هؤلاء الشباب بأسمائهم.",
        "now.urgency": "سيُغلق مركز الشباب في شارع عمر المختار إن لم نتحرك",
    },
}
ASKS = {
    "en": ("Join us on Saturday 14 March at 10 a.m. at the community hall: we need twenty volunteers "
           "for the first listening circle.",
           AskSpecifics(action="Join us", time="Saturday 14 March at 10 a.m.", place="the community hall",
                        quantity="twenty volunteers")),
    "fr": ("Rejoignez-nous samedi 14 mars à 10 h à la salle municipale : il nous faut vingt bénévoles "
           "pour le premier cercle d’écoute.",
           AskSpecifics(action="Rejoignez-nous", time="samedi 14 mars à 10 h", place="la salle municipale",
                        quantity="vingt bénévoles")),
    "ar": ("انضموا إلينا يوم السبت 14 مارس الساعة 10 صباحاً في قاعة البلدية: نحتاج إلى عشرين متطوعاً "
           "لأول حلقة إصغاء.",
           AskSpecifics(action="انضموا إلينا", time="يوم السبت 14 مارس الساعة 10 صباحاً",
                        place="قاعة البلدية", quantity="عشرين متطوعاً")),
}
WPM = {"en": 140.0, "fr": 150.0, "ar": 105.0}


def draft_text(language: str) -> str:
    return (DRAFTS / f"{language}.md").read_text(encoding="utf-8")


def _span(text: str, phrase: str) -> Span:
    start = text.index(phrase)
    return Span(start=start, end=start + len(phrase), text=phrase)


def _finding(rule_id: str, values: dict, language: str, part: str | None, span: Span | None) -> Finding:
    rule = get_rule(rule_id)
    assert rule is not None, rule_id
    return Finding(
        rule=rule_id, severity=rule.severity,
        message=translate(rule.message, language).format(**values),
        suggestion=translate(rule.suggestion, language).format(**values),
        part=part, start=span.start if span else None, end=span.end if span else None,
        evidence=span.text if span else None,
    )


def full_report(language: str, ui_language: str | None = None) -> Report:
    """A report with every block filled, for the test draft in ``language``."""
    text = draft_text(language)
    ui = ui_language or language
    framework = load_framework("public-narrative")
    headings = [i for i in range(len(text)) if text.startswith("## ", i) and (i == 0 or text[i - 1] == "\n")]
    bounds = list(zip(headings, headings[1:] + [len(text)], strict=True))
    sections = []
    seconds_by_part = {"self": 131.0, "us": 52.0, "now": 47.5}
    for part, (start, end) in zip(("self", "us", "now"), bounds, strict=True):
        words = len(text[start:end].split()) - 2
        sections.append(Section(
            part=part, start=start, end=end, words=words, speaking_seconds=seconds_by_part[part],
            budget_seconds=framework.part(part).budget_seconds,
        ))
    evidence = {eid: _span(text, phrase) for eid, phrase in EVIDENCE[language].items()}
    elements = [
        Element(id=eid, present=eid in evidence, evidence=[evidence[eid]] if eid in evidence else [])
        for eid in framework.element_ids()
    ]
    ask_text, specifics = ASKS[language]
    ask_span = _span(text, ask_text)
    long_sentence = _span(text, EVIDENCE[language]["self.moment"])
    over_values = {"wpm": round(WPM[language]), "speaking": format_minutes(230.5),
                   "budget": format_minutes(180), "excess_words": 118}
    findings = [
        _finding("length.over-time", over_values, ui, None, None),
        _finding("length.over-time", {**over_values, "speaking": format_minutes(131), "budget": "2:00",
                                      "excess_words": 26}, ui, "self",
                 Span(start=sections[0].start, end=sections[0].end, text=text[sections[0].start:sections[0].end])),
        _finding("length.long-sentence", {"words": 41, "limit": 30}, ui, "self", long_sentence),
    ]
    return Report(
        tool=Tool(version="0.1.0"), source=f"tests/drafts/render/{language}.md", language=language,
        framework="public-narrative",
        metrics=Metrics(words=sum(s.words for s in sections), sentences=14, speaking_seconds=230.5,
                        budget_seconds=180.0, characters=len(text), emotion_share=0.36, fact_share=0.21,
                        words_per_minute=WPM[language]),
        balance=Balance(label="balanced"),
        sections=sections, elements=elements,
        asks=[Ask(start=ask_span.start, end=ask_span.end, text=ask_span.text, concrete=True, specifics=specifics),
              Ask(start=evidence["now.urgency"].start, end=evidence["now.urgency"].end,
                  text=evidence["now.urgency"].text, concrete=False,
                  specifics=AskSpecifics(action=evidence["now.urgency"].text))],
        findings=findings,
    )
