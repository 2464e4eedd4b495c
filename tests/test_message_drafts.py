"""Measured quality of the message rules: labelled drafts per language, and the shared corpus.

tests/drafts/messages/labels.json was written by hand (drafts 09-12 of each language
after the detectors were built, as a blinder check). Thresholds are the issue's
acceptance bar: balance label right for >= 80% of drafts, ask concreteness right for
>= 80% of concrete and of vague asks (counted separately), unsourced statistics
flagged with >= 80% balanced accuracy.
"""

from __future__ import annotations

import json

import pytest

import narrative_kit
from tests.message_eval import BLIND, score_blind, score_language

THRESHOLD = 0.8


@pytest.fixture(scope="module", params=["en", "fr", "ar"])
def scores(request):
    return request.param, score_language(request.param)


def test_balance_label_accuracy(scores):
    language, s = scores
    assert s.balance_total >= 8
    assert s.balance_accuracy >= THRESHOLD, (language, s.balance_accuracy, s.errors)


def test_ask_concreteness_accuracy_on_concrete_and_vague_asks(scores):
    language, s = scores
    assert s.concrete_total >= 4 and s.vague_total >= 4
    assert s.concrete_accuracy >= THRESHOLD, (language, s.concrete_accuracy, s.errors)
    assert s.vague_accuracy >= THRESHOLD, (language, s.vague_accuracy, s.errors)


def test_unsourced_statistic_balanced_accuracy(scores):
    language, s = scores
    assert s.unsourced_total >= 4 and s.sourced_total >= 4
    assert s.unsourced_balanced_accuracy >= THRESHOLD, (language, s.unsourced_balanced_accuracy, s.errors)


# tests/drafts/blind-1: 12 drafts (4 per language) by a coach who never saw the code.
# Measured before the fixes of this batch: balance en 4/4, fr 2/4, ar 4/4; unsourced
# statistics (balanced accuracy over drafts) en 1.00, fr 0.50, ar 0.75; asks all right
# at draft level. The asserts below are what the detectors reach now: a regression set.
@pytest.fixture(scope="module", params=["en", "fr", "ar"])
def blind_scores(request):
    return request.param, score_blind(request.param)


# fr 4/4 → 2/4 when a full date became a fact: fr-1 and fr-3 open on a dated moment
# (« Le 4 février 2015, à six heures du matin… ») and their coach called them emotional.
# The issue counts dates among facts, and over blind-1..12 the rule gained 10 balance
# labels and lost 5 (tests/test_blind_regression.py).
# ar 4/4 → 3/4 when a count from ten up said in words became a figure (+13 balance labels, -6
# over all batches): ar-3's «ثلاثون تلميذاً» on stage is, for its coach, part of the story.
# fr stayed 2/4 when a story dated in one year got a fact side (+19 balance labels, -10 over
# all 36 batches, every one gained from blind-11..36): fr-2, dated but with no feeling and no
# fact, stays "neither" (dates alone make no report).
BLIND_BALANCE_RIGHT = {"en": 4, "fr": 2, "ar": 3}


def test_blind_batch_balance_labels(blind_scores):
    language, s = blind_scores
    assert s.balance_total == 4
    assert s.balance_right >= BLIND_BALANCE_RIGHT[language], (language, s.errors)


def test_blind_batch_ask_concreteness(blind_scores):
    language, s = blind_scores
    assert s.concrete_total + s.vague_total >= 3
    assert (s.concrete_accuracy, s.vague_accuracy) == (1.0, 1.0), (language, s.errors)


def test_blind_batch_unsourced_statistics(blind_scores):
    language, s = blind_scores
    assert s.unsourced_total >= 1 and s.sourced_total >= 2
    assert s.unsourced_balanced_accuracy == 1.0, (language, s.errors)


@pytest.mark.parametrize(
    ("name", "language", "closing"),
    [
        ("ar-2.txt", "ar", "ندعو جميع الجهات المعنية إلى الانخراط"),
        ("en-2.txt", "en", "I therefore call on all stakeholders to get involved"),
        ("fr-2.txt", "fr", "J'invite donc chacun à s'engager"),
    ],
)
def test_blind_batch_closing_calls_are_asks(name: str, language: str, closing: str):
    report = narrative_kit.analyze((BLIND / name).read_text(encoding="utf-8"), language=language)
    (ask,) = [a for a in report.asks if closing in a.text]
    assert not ask.concrete


def _corpus(shared_dir):
    corpus = shared_dir / "corpus"
    labels = json.loads((corpus / "labels.json").read_text(encoding="utf-8"))
    for name, label in labels.items():
        path = (corpus / name).resolve()
        if not path.is_file():
            pytest.skip(f"{path} is missing from the shared corpus")
        yield name, label, narrative_kit.analyze(path.read_text(encoding="utf-8"), language=label["lang"])


def test_corpus_ask_verdicts(shared_dir):
    for name, label, report in _corpus(shared_dir):
        expected_ask = label["elements"].get("now.ask")
        if expected_ask is False:
            assert report.asks == [], (name, report.asks)
        elif expected_ask:
            assert report.asks, name
        if "ask_concrete" in label:
            assert any(a.concrete for a in report.asks) == label["ask_concrete"], (name, report.asks)


def test_gettysburg_asks_to_resolve_and_dedicate_but_not_concretely(shared_dir):
    reports = {name: report for name, _, report in _corpus(shared_dir)}
    asks = reports["en/gettysburg-1863.txt"].asks
    assert asks and not any(a.concrete for a in asks)
    assert any("resolve" in a.text and "dedica" in a.text for a in asks)
    rules = {f.rule for f in reports["en/gettysburg-1863.txt"].findings}
    assert "now.vague-ask" in rules


def test_pearl_harbor_makes_one_concrete_ask_and_is_factual(shared_dir):
    reports = {name: report for name, _, report in _corpus(shared_dir)}
    report = reports["en/pearl-harbor-1941.txt"]
    assert len(report.asks) == 1
    (ask,) = report.asks
    assert ask.concrete and ask.text.startswith("I ask that the Congress declare")
    assert ask.specifics.audience == "Congress"
    assert report.balance.label == "factual"
    assert "now.vague-ask" not in {f.rule for f in report.findings}


def test_corpus_balance_labels(shared_dir):
    for name, label, report in _corpus(shared_dir):
        if label.get("balance"):
            assert report.balance.label == label["balance"], name
