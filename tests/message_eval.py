"""Measure the message rules on the labelled drafts in tests/drafts/messages/ (used by tests)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import narrative_kit
from narrative_kit.models import Report

DRAFTS = Path(__file__).resolve().parent / "drafts" / "messages"
# Twelve drafts by a coach who never saw the code, labelled per draft (balance, whether
# the ask is concrete, whether an unsourced statistic is there).
BLIND = Path(__file__).resolve().parent / "drafts" / "blind-1"


@dataclass
class Scores:
    balance_right: int = 0
    balance_total: int = 0
    concrete_right: int = 0
    concrete_total: int = 0
    vague_right: int = 0
    vague_total: int = 0
    unsourced_flagged: int = 0
    unsourced_total: int = 0
    sourced_passed: int = 0
    sourced_total: int = 0
    errors: list[str] = field(default_factory=list)

    @staticmethod
    def _ratio(right: int, total: int) -> float:
        return right / total if total else 1.0

    @property
    def balance_accuracy(self) -> float:
        return self._ratio(self.balance_right, self.balance_total)

    @property
    def concrete_accuracy(self) -> float:
        return self._ratio(self.concrete_right, self.concrete_total)

    @property
    def vague_accuracy(self) -> float:
        return self._ratio(self.vague_right, self.vague_total)

    @property
    def unsourced_balanced_accuracy(self) -> float:
        return (self._ratio(self.unsourced_flagged, self.unsourced_total)
                + self._ratio(self.sourced_passed, self.sourced_total)) / 2


def load_labels() -> dict[str, dict]:
    labels = json.loads((DRAFTS / "labels.json").read_text(encoding="utf-8"))
    return {name: value for name, value in labels.items() if not name.startswith("_")}


def _locate(text: str, quote: str, name: str) -> tuple[int, int]:
    start = text.find(quote)
    if start < 0:
        raise AssertionError(f"{name}: label quote {quote!r} is not in the draft")
    return start, start + len(quote)


def score_draft(name: str, label: dict, report: Report, text: str, scores: Scores) -> None:
    scores.balance_total += 1
    if report.balance.label == label["balance"]:
        scores.balance_right += 1
    else:
        scores.errors.append(f"{name}: balance {report.balance.label}, expected {label['balance']}")
    for expected in label["asks"]:
        start, end = _locate(text, expected["quote"], name)
        found = next((a for a in report.asks if a.start <= start and end <= a.end), None)
        right = found is not None and found.concrete == expected["concrete"]
        if expected["concrete"]:
            scores.concrete_total += 1
            scores.concrete_right += right
        else:
            scores.vague_total += 1
            scores.vague_right += right
        if not right:
            got = "no ask" if found is None else f"concrete={found.concrete} {found.specifics}"
            scores.errors.append(f"{name}: ask {expected['quote']!r}: {got}")
    flagged = [f for f in report.findings if f.rule == "facts.unsourced-statistic"]
    for expected in label["statistics"]:
        start, end = _locate(text, expected["quote"], name)
        hit = any(f.start is not None and f.start <= start and end <= f.end for f in flagged)
        if expected["sourced"]:
            scores.sourced_total += 1
            scores.sourced_passed += not hit
        else:
            scores.unsourced_total += 1
            scores.unsourced_flagged += hit
        if hit == expected["sourced"]:
            scores.errors.append(f"{name}: statistic {expected['quote']!r} flagged={hit}")


def score_language(language: str) -> Scores:
    scores = Scores()
    for name, label in sorted(load_labels().items()):
        if not name.startswith(language + "/"):
            continue
        text = (DRAFTS / name).read_text(encoding="utf-8")
        report = narrative_kit.analyze(text, language=language)
        score_draft(name, label, report, text, scores)
    return scores


def score_blind(language: str, root: Path = BLIND) -> Scores:
    """Draft-level scores on a blind batch: the balance label; the draft's asks (concrete
    when the coach says so: one concrete ask; vague: asks, none concrete); and whether the
    unsourced-statistic rule fires on the draft (balanced accuracy over drafts)."""
    scores = Scores()
    labels = json.loads((root / "labels.json").read_text(encoding="utf-8"))
    for name, label in sorted(labels.items()):
        if label.get("lang") != language:
            continue
        report = narrative_kit.analyze((root / name).read_text(encoding="utf-8"), language=language)
        scores.balance_total += 1
        if report.balance.label == label["balance"]:
            scores.balance_right += 1
        else:
            scores.errors.append(f"{name}: balance {report.balance.label}, expected {label['balance']}")
        concrete = label.get("ask_concrete")
        if concrete is not None:
            right = bool(report.asks) and any(a.concrete for a in report.asks) == concrete
            if concrete:
                scores.concrete_total += 1
                scores.concrete_right += right
            else:
                scores.vague_total += 1
                scores.vague_right += right
            if not right:
                scores.errors.append(f"{name}: asks {[(a.text, a.concrete) for a in report.asks]}")
        flagged = any(f.rule == "facts.unsourced-statistic" for f in report.findings)
        if label["unsourced_statistic"]:
            scores.unsourced_total += 1
            scores.unsourced_flagged += flagged
        else:
            scores.sourced_total += 1
            scores.sourced_passed += not flagged
        if flagged != label["unsourced_statistic"]:
            scores.errors.append(f"{name}: unsourced statistic flagged={flagged}")
    return scores


if __name__ == "__main__":
    for lang in ("en", "fr", "ar"):
        s = score_language(lang)
        print(f"{lang}: balance {s.balance_right}/{s.balance_total}  concrete {s.concrete_right}/"
              f"{s.concrete_total}  vague {s.vague_right}/{s.vague_total}  unsourced flagged "
              f"{s.unsourced_flagged}/{s.unsourced_total}, sourced passed {s.sourced_passed}/"
              f"{s.sourced_total} (balanced acc {s.unsourced_balanced_accuracy:.2f})")
        for e in s.errors:
            print("   ", e)
    for lang in ("en", "fr", "ar"):
        s = score_blind(lang)
        print(f"blind-1 {lang}: balance {s.balance_right}/{s.balance_total}  concrete {s.concrete_right}/"
              f"{s.concrete_total}  vague {s.vague_right}/{s.vague_total}  unsourced balanced acc "
              f"{s.unsourced_balanced_accuracy:.2f}")
        for e in s.errors:
            print("   ", e)
