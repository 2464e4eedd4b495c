"""Regression guard on the held-out batches: each scored against its coach's labels.

tests/drafts/blind-2 to blind-10 were each measured on first contact (see their READMEs)
and then tuned on, so they are no longer blind (blind-10 only lightly); blind-11 to
blind-53 entered at their first-contact numbers and were tuned on in later sessions
(blind-14 to blind-18 in their own: the floors below are their tuned numbers, their first
contact is in the comment and their README). The floors below are what the tool reaches on
them now. Raising a floor is welcome, lowering one needs a reason in the commit.
"""

from __future__ import annotations

import json
from collections import Counter
from functools import cache

import pytest

from narrative_kit import analyze

from .conftest import REPO

# Per batch and language: the share of labels the tool agrees with, at least.
# Balance floors lowered when a fact side became present from one fact sentence in 20
# (min_share 0.10 -> 0.05, signals.toml): blind-2 en 5/5 -> 3/5, blind-5 fr 6/6 -> 4/6,
# blind-6 fr 7/8 -> 6/8 and ar 8/8 -> 7/8, blind-7 fr 6/8 -> 5/8, blind-8 en 8/8 -> 6/8: their
# coaches called a story or an angry post with one figure "emotional", where the coaches of
# blind-10..13 call it "balanced" (+17 there, +11 over all 285 drafts).
# Balance floors lowered again when a story dated in two distinct years, with one fact
# sentence, became balanced (signals.toml dated_years; +11 / -4 over all 16 batches, +6 on
# blind-15/16): blind-4 fr, blind-8 fr and blind-9 ar's coaches called such a story
# "emotional" ("no facts about the issue"); the coaches of blind-10..16 call it "balanced".
# Balance floors lowered when figures outweigh feelings with half the ratio in a draft whose
# Self tells no lived moment (signals.toml fact_dominance_without_moment; +9 / -3 over the 18
# batches, and blind-19 en-4 right on first contact): blind-10 ar 8/8 -> 6/8 and blind-12 en
# 8/8 -> 7/8, CVs dated in many years with one or two feeling sentences, still "balanced" to
# their coaches.
FLOORS = {
    "blind-2": {
        "en": {"present": 23 / 24, "absent": 16 / 16, "balance": 3 / 5, "unsourced_ba": 1.0},
        # balance fr 5/5 -> 4/5: a story dated in one year has a fact side, no figure
        # needed (+19 / -10 over all 36 batches; every label lost is from blind-1..9,
        # whose coaches called such stories emotional; every one gained from blind-11..36).
        "fr": {"present": 27 / 28, "absent": 12 / 12, "balance": 4 / 5, "unsourced_ba": 1.0},
        # balance ar 5/5 -> 4/5: a story dated in one year has a fact side, no figure
        # needed (+19 / -10 over all 36 batches; every label lost is from blind-1..9,
        # whose coaches called such stories emotional; every one gained from blind-11..36).
        "ar": {"present": 25 / 25, "absent": 15 / 15, "balance": 5 / 5, "unsourced_ba": 1.0},
    },
    "blind-3": {
        "en": {"present": 35 / 37, "absent": 27 / 27, "balance": 6 / 8, "unsourced_ba": 0.833},
        # balance 8/8 → 7/8: an age and a span of the teller's life (« j'ai 29 ans », « à 19 ans »)
        # are no evidence; fr-6 was balanced only through them.
        "fr": {"present": 36 / 36, "absent": 26 / 28, "balance": 8 / 8, "unsourced_ba": 1.0},
        # ar absent 27/27 -> 26/27: «أقوى من» ("stronger than") left the hope list (a statement
        # of faith, +6 over all batches); ar-3's «كانت أقوى من القانون» no longer pulls its
        # "we all know a woman…" paragraph out of the CV-Self, where it now reads as a moment.
        "ar": {"present": 36 / 37, "absent": 27 / 27, "balance": 8 / 8, "unsourced_ba": 1.0},
    },
    "blind-4": {
        # en present 32/36 -> 31/36: "we all" with a feeling and nothing done, dated or placed
        # is no shared value (blind-10..14 coaches, +3); en-8's "We all carry that silence in
        # our bodies" was one for this batch's coach.
        # en present 32/36 -> 31/36 (twenty-third session): "nobody", "that", "people" are the
        # subject of a verb (+8 / -2 over 61 batches); en-4's story now counts as told through
        # someone else, so its challenge, found in the other person's sentences, is not the teller's.
        # balance en 7/8 -> 6/8: a story dated in one year has a fact side, no figure
        # needed (+19 / -10 over all 36 batches; every label lost is from blind-1..9,
        # whose coaches called such stories emotional; every one gained from blind-11..36).
        "en": {"present": 31 / 36, "absent": 27 / 28, "balance": 6 / 8, "unsourced_ba": 1.0},
        # balance fr 6/8 -> 5/8: a dated story with one fact is balanced (see above).
        # balance fr 5/8 -> 5/8: a story dated in one year has a fact side, no figure
        # needed (+19 / -10 over all 36 batches; every label lost is from blind-1..9,
        # whose coaches called such stories emotional; every one gained from blind-11..36).
        # fr present 33 -> 32: fr-5's moment was « Et le soir j'allume la télé et j'entends encore
        # un chroniqueur… », how evenings go, told in the present: no scene in French (present_scenes).
        "fr": {"present": 32 / 37, "absent": 23 / 27, "balance": 5 / 8, "unsourced_ba": 0.9},
        # balance ar 8/8 -> 6/8: a story dated in one year has a fact side, no figure
        # needed (+19 / -10 over all 36 batches; every label lost is from blind-1..9,
        # whose coaches called such stories emotional; every one gained from blind-11..36).
        "ar": {"present": 32 / 35, "absent": 29 / 29, "balance": 6 / 8, "unsourced_ba": 0.833},
    },
    # blind-5: first contact 15/22, 19/27, 15/23 present (README); tuned on since.
    "blind-5": {
        "en": {"present": 19 / 22, "absent": 23 / 26, "balance": 5 / 6, "unsourced_ba": 1},
        "fr": {"present": 20 / 27, "absent": 19 / 21, "balance": 4 / 6, "unsourced_ba": 1.0},
        "ar": {"present": 22 / 23, "absent": 23 / 25, "balance": 5 / 6, "unsourced_ba": 1},
    },
    # blind-6: first contact 35/38, 26/37, 23/36 present (README); tuned on since.
    "blind-6": {
        "en": {"present": 38 / 38, "absent": 23 / 26, "balance": 7 / 8, "unsourced_ba": 1.0},
        # fr absent 25/27 -> 24/27 when a figure of what was achieved became hope: fr-3's
        # census («22 sont scolarisés») reads as one (+6 present over the batches).
        # fr absent 24/27 -> 23/27 when "But today" + a present harm became urgency (+7 over
        # the batches): fr-2's « Aujourd'hui, 60 % des femmes rurales n'ont aucun revenu
        # propre » is, for its coach, a chronic background fact, not why now.
        # balance fr 6/8 -> 5/8 and ar 7/8 -> 6/8 when a count from ten up said in words became
        # a figure (facts.find_spelled_counts: +13 balance labels, -6 over all batches, 12 of the
        # gains on blind-14..28): fr-6's « un cercle de douze jeunes », ar-6's «أكثر من عشرين
        # شخصاً يصوّرون» are scenes to their coach, whose drafts stay "emotional".
        # balance fr 5/8 -> 4/8: a story dated in one year has a fact side, no figure
        # needed (+19 / -10 over all 36 batches; every label lost is from blind-1..9,
        # whose coaches called such stories emotional; every one gained from blind-11..36).
        "fr": {"present": 32 / 37, "absent": 23 / 27, "balance": 4 / 8, "unsourced_ba": 1.0},
        # balance went 7/8 → 6/8 when «١٢ ماي» became a date (no figure), then back up to 8/8 with
        # sourced small counts as statistics and scenes the teller lived as story.
        # ar absent 26/28 -> 25/28: a programme that worked may count whom it served (+2 / -1
        # over the 55 batches); ar-5's activity report line «تنظيم 14 ورشة…، استفاد منها 620
        # تلميذاً» reads as hope, which its coach did not call one.
        "ar": {"present": 33 / 36, "absent": 25 / 28, "balance": 6 / 8, "unsourced_ba": 1},
    },
    # blind-7: first contact 28/38, 27/36, 29/36 present (README); tuned on since.
    # en balance 8/8 → 7/8 when a full date became a fact (en-2's shelter closing "on 31
    # March" now weighs as one); the rule gained 10 balance labels and lost 5 over blind-1..12.
    "blind-7": {
        "en": {"present": 35 / 38, "absent": 24 / 26, "balance": 7 / 8, "unsourced_ba": 1},
        # fr present 32 -> 31: fr-3's hope was found in "le niveau de la nappe a baissé de 11
        # mètres", a decline of something good, no longer a win; its hope (the rainwater system
        # covered 35 % of the needs) is not yet found.
        "fr": {"present": 31 / 36, "absent": 27 / 28, "balance": 6 / 8, "unsourced_ba": 1.0},
        "ar": {"present": 34 / 36, "absent": 27 / 28, "balance": 7 / 8, "unsourced_ba": 1.0},
    },
    # blind-8: first contact 29/35, 30/35, 28/33 present (README); read for misses, the
    # only rule tuned on it since is the résumé year in self.moment (fr-4).
    "blind-8": {
        # balance en 6/8 -> 5/8: a story dated in one year has a fact side, no figure
        # needed (+19 / -10 over all 36 batches; every label lost is from blind-1..9,
        # whose coaches called such stories emotional; every one gained from blind-11..36).
        # en present 32/35 -> 31/35: "I would" alone is no choice word (+2 / -1 over the 55
        # batches); en-8's choice was found only in "…watching me to see what I would do".
        "en": {"present": 31 / 35, "absent": 26 / 29, "balance": 5 / 8, "unsourced_ba": 0.9},
        # balance fr 7/8 -> 6/8: a dated story with one fact is balanced (see above).
        # absent fr 27/29 -> 26/29: once « jamais » stopped reading as a past (an imperfect in
        # « -ais »), fr-6's "attacks rose by 300 % in two years" fell in its Now part, and reads
        # as urgency where its coach saw none.
        # balance fr 7/8 -> 6/8 and ar 7/8 -> 6/8 when a count from ten up said in words became
        # a figure (see blind-6): fr-6's « Septante personnes peut-être », ar-3's «عشرون شخصًا في
        # العربة» are the scene of an emotional draft to their coach.
        # balance fr 6/8 -> 5/8 when a story dated in one year got a fact side; back to 6/8 once
        # dates with no feeling and no fact made no report (fr-2).
        "fr": {"present": 32 / 35, "absent": 26 / 29, "balance": 6 / 8, "unsourced_ba": 1},
        # absent ar 28/31 -> 27/31: the gain came from the general-truth outcome rule, narrowed on
        # review to "that is how…" sentences (ar-8's "after years, three of the young men ran the
        # press with him" is someone else's outcome again).
        "ar": {"present": 31 / 33, "absent": 28 / 31, "balance": 6 / 8, "unsourced_ba": 1.0},
    },
    # blind-9: first contact 26/34, 28/37, 29/36 present (README); read for misses and tuned on since.
    # ar balance 5/8 → 4/8 when a full date became a fact (ar-8's council sitting «يوم الثلاثاء
    # ١٢ مارس»); fr went 5/8 → 6/8 by the same rule.
    "blind-9": {
        # en absent 27 -> 26: en-8's club "first one is next Wednesday" now reads as a date still
        # to come (ee0f8f4); its writer gave the draft no urgency.
        "en": {"present": 33 / 34, "absent": 26 / 30, "balance": 7 / 8, "unsourced_ba": 0.875},
        # balance fr 6/8 -> 5/8: a story dated in one year has a fact side, no figure
        # needed (+19 / -10 over all 36 batches; every label lost is from blind-1..9,
        # whose coaches called such stories emotional; every one gained from blind-11..36).
        "fr": {"present": 35 / 37, "absent": 25 / 27, "balance": 5 / 8, "unsourced_ba": 0.8},
        # balance ar 4/8 -> 3/8: a dated story with one fact is balanced (see above); back to
        # 4/8 when ar-2, a report, became factual (no lived moment, see above).
        "ar": {"present": 33 / 36, "absent": 23 / 28, "balance": 4 / 8, "unsourced_ba": 0.8},
    },
    # blind-10: first contact 37/41, 32/41, 34/44 present, balance 6/8, 5/8, 5/8 (README);
    # read for misses after measuring, and tuned on since (README).
    "blind-10": {
        "en": {"present": 41 / 41, "absent": 21 / 23, "balance": 7 / 8, "unsourced_ba": 0.8},
        "fr": {"present": 40 / 41, "absent": 21 / 23, "balance": 8 / 8, "unsourced_ba": 1.0},
        "ar": {"present": 39 / 44, "absent": 16 / 20, "balance": 6 / 8, "unsourced_ba": 1},
    },
    # blind-11: first contact; one rule since was written from its misses (the signpost to the
    # present, 0282655, from en-2); the others came from blind-12.
    "blind-11": {
        "en": {"present": 42 / 43, "absent": 19 / 21, "balance": 8 / 8, "unsourced_ba": 0.833},
        "fr": {"present": 39 / 43, "absent": 21 / 21, "balance": 8 / 8, "unsourced_ba": 1.0},
        # ar absent 19/23 -> 18/23 when the rule "no day, place or name: no told choice"
        # gave way (review: it dropped "But I packed a bag and walked out"); ar-3's «وتركت
        # ورائي كل شيء» reads as a choice again.
        "ar": {"present": 40 / 41, "absent": 19 / 23, "balance": 7 / 8, "unsourced_ba": 0.916},
    },
    # blind-12: first contact (README), measured at the start of its session; tuned on since.
    # fr balance went 4/8 -> 5/8 with a long-gap ratio rule ("one mother under twenty in
    # four") and back to 4/8 when review showed its false ratios (« une voisine… sur deux chaises »).
    "blind-12": {
        "en": {"present": 42 / 43, "absent": 20 / 21, "balance": 7 / 8, "unsourced_ba": 1.0},
        "fr": {"present": 39 / 44, "absent": 19 / 20, "balance": 6 / 8, "unsourced_ba": 1.0},
        "ar": {"present": 42 / 42, "absent": 17 / 22, "balance": 7 / 8, "unsourced_ba": 0.9},
    },
    # blind-13: first contact (README, cedff8b) en 38/43 13/21, fr 36/44 14/20, ar 34/43 14/21
    # present/absent; tuned on since.
    "blind-13": {
        "en": {"present": 41 / 43, "absent": 18 / 21, "balance": 8 / 8, "unsourced_ba": 0.8},
        "fr": {"present": 40 / 44, "absent": 17 / 20, "balance": 8 / 8, "unsourced_ba": 0.9},
        # balance ar 8/8 -> 7/8 when a count from ten up said in words became a figure (see
        # blind-6): ar-4's CV counts («أكثر من أربعين ندوة», «اثنا عشر طالبًا») tip it to factual.
        # (balance back to 8/8 with b51d30a.) ar absent 17 -> 15 with b51d30a (Arabic "our"
        # nouns and "us" forms no longer read as a past "we", +9/-7 on the Arabic): it tips ar-4's
        # CV-style Self, «بدأت صفحات…» (the pages' act) now reads as a choice and «رأيت الحاج
        # بوشعيب» as a moment.
        "ar": {"present": 40 / 43, "absent": 15 / 21, "balance": 8 / 8, "unsourced_ba": 0.9},
    },
    # blind-14: first contact (README, 0f8d3fd) en 40/43 16/21, fr 37/42 16/22, ar 38/44 14/20
    # present/absent, fr balance 6/8; tuned on since.
    "blind-14": {
        "en": {"present": 43 / 43, "absent": 20 / 21, "balance": 8 / 8, "unsourced_ba": 1.0},
        # balance fr 7/8 -> 6/8: fr-5 was balanced only through « six jours sur sept » read
        # as a share; how often in units of time is no statistic (facts.py _shares_in_words).
        "fr": {"present": 40 / 42, "absent": 19 / 22, "balance": 8 / 8, "unsourced_ba": 1.0},
        "ar": {"present": 41 / 44, "absent": 19 / 20, "balance": 8 / 8, "unsourced_ba": 0.833},
    },
    # blind-15: first contact (README, d04fb92) en 39/41 19/23, fr 35/42 14/22, ar 37/42 18/22
    # present/absent, balance en 6/8 fr 6/8 ar 8/8; tuned on since.
    "blind-15": {
        "en": {"present": 40 / 41, "absent": 21 / 23, "balance": 8 / 8, "unsourced_ba": 1.0},
        "fr": {"present": 38 / 42, "absent": 21 / 22, "balance": 7 / 8, "unsourced_ba": 1.0},
        "ar": {"present": 41 / 42, "absent": 20 / 22, "balance": 8 / 8, "unsourced_ba": 1.0},
    },
    # blind-16: first contact (README, 56744c4) en 40/42 18/22, fr 41/44 15/20, ar 38/45 14/19
    # present/absent, balance en 6/8 fr 4/8 ar 6/8; tuned on since.
    "blind-16": {
        "en": {"present": 42 / 42, "absent": 20 / 22, "balance": 8 / 8, "unsourced_ba": 1.0},
        "fr": {"present": 43 / 44, "absent": 20 / 20, "balance": 7 / 8, "unsourced_ba": 0.9},
        # ar present 40 -> 39: ar-6's challenge was the proverb «ومن تقاسمت معه الصباح الصعب…»,
        # read in the Self; with «عندنا قيمة يعرفها الجميع» now a value, it is read in the Us.
        "ar": {"present": 41 / 45, "absent": 19 / 19, "balance": 8 / 8, "unsourced_ba": 1},
    },
    # blind-17: first contact (README, 17f0467) en 44/46 14/18, fr 37/44 16/20, ar 37/44 14/20
    # present/absent, balance en 6/8 fr 6/8 ar 8/8; tuned on since.
    "blind-17": {
        "en": {"present": 45 / 46, "absent": 17 / 18, "balance": 8 / 8, "unsourced_ba": 1.0},
        # fr present 43 -> 42: fr-5's moment was « Je sers le café… depuis neuf ans », a life's habit
        # in the present: no scene in French (present_scenes).
        "fr": {"present": 42 / 44, "absent": 20 / 20, "balance": 8 / 8, "unsourced_ba": 1.0},
        # present ar 40/44 -> 39/44 when general pain in a story of feelings only stopped being a
        # challenge (+6 absent, -2 present over all batches): ar-7's «وساعات نقعد وحدي في الدكّان»
        # (sometimes I sit alone in the shop) is, for its coach, the teller's challenge.
        "ar": {"present": 41 / 44, "absent": 20 / 20, "balance": 8 / 8, "unsourced_ba": 1.0},
    },
    # blind-18: first contact (README, 44d7cad) en 45/45 17/19, fr 43/46 12/18, ar 40/44 15/20
    # present/absent, balance en 6/8 fr 7/8 ar 7/8; tuned on since (same session).
    "blind-18": {
        "en": {"present": 45 / 45, "absent": 18 / 19, "balance": 7 / 8, "unsourced_ba": 1.0},
        # fr present 45 -> 44: fr-8's hope was found in « Mais on connaît aussi tous quelqu'un qui
        # s'en est sorti », now what "we" share (« on connaît »), said with no time: no win.
        "fr": {"present": 44 / 46, "absent": 17 / 18, "balance": 8 / 8, "unsourced_ba": 1.0},
        "ar": {"present": 41 / 44, "absent": 20 / 20, "balance": 8 / 8, "unsourced_ba": 1.0},
    },
    # blind-19: first contact (README, 75ad6cb) en 43/46 15/18, fr 41/44 18/20, ar 42/44 18/20
    # present/absent, balance en 6/8 fr 7/8 ar 8/8, unsourced 0.80 0.90 1.00.
    "blind-19": {
        "en": {"present": 46 / 46, "absent": 17 / 18, "balance": 8 / 8, "unsourced_ba": 0.9},
        "fr": {"present": 43 / 44, "absent": 19 / 20, "balance": 8 / 8, "unsourced_ba": 1},
        "ar": {"present": 44 / 44, "absent": 18 / 20, "balance": 8 / 8, "unsourced_ba": 1.0},
    },
    # blind-20: first contact (README, bf7b049) en 45/48 15/16, fr 39/45 16/19, ar 35/42 16/22
    # present/absent, balance en 6/8 fr 8/8 ar 8/8, unsourced 0.90 1.00 0.67.
    "blind-20": {
        "en": {"present": 46 / 48, "absent": 15 / 16, "balance": 7 / 8, "unsourced_ba": 0.9},
        "fr": {"present": 42 / 45, "absent": 17 / 19, "balance": 8 / 8, "unsourced_ba": 1.0},
        # ar present 39 -> 38 with b51d30a (Arabic "our" nouns and "us" forms no longer read as
        # a past "we"): ar-2's outcome had been found through «يدرّب الشباب معانا», read as "we
        # trained".
        "ar": {"present": 38 / 42, "absent": 18 / 22, "balance": 8 / 8, "unsourced_ba": 1},
    },
    # blind-21: first contact (README, c5dab0b) en 40/46 14/18, fr 36/45 17/19, ar 38/45 17/19
    # present/absent, balance en 8/8 fr 6/8 ar 7/8, unsourced 0.75 0.88 0.75.
    "blind-21": {
        "en": {"present": 42 / 46, "absent": 15 / 18, "balance": 8 / 8, "unsourced_ba": 0.875},
        "fr": {"present": 41 / 45, "absent": 18 / 19, "balance": 8 / 8, "unsourced_ba": 0.875},
        "ar": {"present": 42 / 45, "absent": 18 / 19, "balance": 8 / 8, "unsourced_ba": 1},
    },
    # blind-22: first contact (README, fa2b883) en 37/45 14/19, fr 41/47 14/17, ar 37/44 17/20
    # present/absent, balance en 8/8 fr 7/8 ar 8/8, unsourced 0.38 0.83 0.90.
    "blind-22": {
        # en balance 7/8 since 346e019: en-4's "I am certified in hospital chaplaincy" is a
        # résumé line now, and without it the draft reads factual (emotion 0.16, facts 0.22).
        "en": {"present": 40 / 45, "absent": 19 / 19, "balance": 7 / 8, "unsourced_ba": 0.875},
        "fr": {"present": 45 / 47, "absent": 14 / 17, "balance": 7 / 8, "unsourced_ba": 1},
        # ar present 39 -> 38 (twenty-third session): «قبل أن» alone is no longer why now, only
        # before what threatens or is due (+4 / -2 in Arabic over 65 batches); ar-3's urgency was
        # «احتضنوهم قبل أن يحتضنهم غيرنا» ("embrace them before others do").
        "ar": {"present": 39 / 44, "absent": 18 / 20, "balance": 8 / 8, "unsourced_ba": 0.9},
    },
    # blind-23: first contact (README, eb6163a) en 40/45 18/19, fr 35/43 18/21, ar 38/44 14/20
    # present/absent, balance en 7/8 fr 8/8 ar 4/8, unsourced 0.70 1.00 1.00.
    "blind-23": {
        # en present 40/45 -> 39/45: a past lived again and again is no act (lived_again, +6 / -1
        # over the 55 batches); en-5's "I have gone home and cried in the shower" was its only act,
        # and with none told its felt challenge ("I have felt what it is like…") no longer counts.
        "en": {"present": 39 / 45, "absent": 18 / 19, "balance": 7 / 8, "unsourced_ba": 1},
        "fr": {"present": 38 / 43, "absent": 21 / 21, "balance": 8 / 8, "unsourced_ba": 1.0},
        # ar present 37/44 since 951f1c6: ar-1's hope was found only in «لكننا تربينا على شيء
        # واحد: باب الدار يبقى محلولا…», a value of its Us part, now no precedent.
        "ar": {"present": 38 / 44, "absent": 14 / 20, "balance": 8 / 8, "unsourced_ba": 1.0},
    },
    # blind-24: first contact (README, e4418cb) en 45/46 16/18, fr 40/44 15/20, ar 39/45 15/19
    # present/absent, balance en 7/8 fr 6/8 ar 8/8, unsourced 0.88 0.88 0.88.
    "blind-24": {
        "en": {"present": 45 / 46, "absent": 17 / 18, "balance": 8 / 8, "unsourced_ba": 1},
        "fr": {"present": 42 / 44, "absent": 19 / 20, "balance": 8 / 8, "unsourced_ba": 1},
        "ar": {"present": 41 / 45, "absent": 18 / 19, "balance": 8 / 8, "unsourced_ba": 0.875},
    },
    # blind-25: first contact (README, f205d65) en 40/44 18/20, fr 41/43 15/21, ar 35/47 17/17
    # present/absent, balance en 6/8 fr 6/8 ar 8/8, unsourced 0.88 0.75 0.88.
    "blind-25": {
        "en": {"present": 42 / 44, "absent": 19 / 20, "balance": 7 / 8, "unsourced_ba": 0.875},
        "fr": {"present": 41 / 43, "absent": 19 / 21, "balance": 8 / 8, "unsourced_ba": 1},
        # ar present 40 -> 39: ar-6's outcome came after "كنا قريب خمسين واحد" ("we were
        # about fifty") read as a choice; «كنا» is a state now, like «كنت».
        "ar": {"present": 40 / 47, "absent": 17 / 17, "balance": 8 / 8, "unsourced_ba": 0.875},
    },
    # blind-26: first contact (README, dbe9b89) en 40/44 15/20, fr 40/46 15/18, ar 38/45 16/19
    # present/absent, balance en 5/8 fr 7/8 ar 7/8, unsourced 1.00 0.88 0.90.
    "blind-26": {
        "en": {"present": 40 / 44, "absent": 19 / 20, "balance": 6 / 8, "unsourced_ba": 1.0},
        "fr": {"present": 41 / 46, "absent": 15 / 18, "balance": 8 / 8, "unsourced_ba": 0.875},
        # ar absent 16 -> 15: with the Maghrebi and Libyan words (perceived شفت, sensory…), ar-4's
        # «نخدم في بيت ربي من سنين طويلة» reads as a moment; the same change found 21 misses
        # on the Arabic of blind-12..36.
        # ar absent 15 -> 14 with b51d30a (Arabic "our" nouns and "us" forms no longer read as a
        # past "we"): the sections shift and ar-5's CV line («انتُخبت بـ 412 صوتا») reads as a moment.
        "ar": {"present": 41 / 45, "absent": 14 / 19, "balance": 8 / 8, "unsourced_ba": 0.9},
    },
    # blind-27: first contact (README, 5672fe6) en 41/44 14/20, fr 41/44 17/20, ar 40/41 15/23
    # present/absent, balance en 6/8 fr 7/8 ar 7/8, unsourced 0.88 1.00 1.00.
    "blind-27": {
        "en": {"present": 42 / 44, "absent": 17 / 20, "balance": 7 / 8, "unsourced_ba": 0.875},
        # fr present 41 -> 40: fr-6's moment was « Quatre cents brebis à surveiller jour et nuit »,
        # a present state: no scene in French (present_scenes).
        "fr": {"present": 40 / 44, "absent": 18 / 20, "balance": 8 / 8, "unsourced_ba": 1.0},
        "ar": {"present": 41 / 41, "absent": 20 / 23, "balance": 7 / 8, "unsourced_ba": 1.0},
    },
    # blind-28: first contact (README, 30f97e0) en 41/44 16/20, fr 38/43 19/21, ar 42/43 15/21
    # present/absent, balance en 5/8 fr 8/8 ar 8/8, unsourced 0.75 0.83 1.00.
    "blind-28": {
        # present en 41/44 -> 40/44 by the same rule (see blind-17): en-5's "It scared me how
        # good it felt", a feeling told alone, is its coach's challenge.
        "en": {"present": 42 / 44, "absent": 17 / 20, "balance": 7 / 8, "unsourced_ba": 1},
        "fr": {"present": 40 / 43, "absent": 21 / 21, "balance": 8 / 8, "unsourced_ba": 5 / 6},
        "ar": {"present": 42 / 43, "absent": 19 / 21, "balance": 8 / 8, "unsourced_ba": 1.0},
    },
    # blind-29: first contact (README, 738b279) en 41/44 17/20, fr 42/46 14/18, ar 36/45 16/19
    # present/absent, balance en 8/8 fr 8/8 ar 7/8, unsourced 0.75 0.67 0.67.
    "blind-29": {
        "en": {"present": 42 / 44, "absent": 17 / 20, "balance": 8 / 8, "unsourced_ba": 1},
        "fr": {"present": 43 / 46, "absent": 18 / 18, "balance": 8 / 8, "unsourced_ba": 0.833},
        # ar present 40 -> 39: ar-5's moment was «بعد جمعة جاني للمحطة وقالي…», read as the
        # teller's through «حسيت», which the young man says inside his quote, taken as "I" from
        # a sure "I" a paragraph back; the window now stays in the paragraph.
        "ar": {"present": 39 / 45, "absent": 19 / 19, "balance": 8 / 8, "unsourced_ba": 1.0},
    },
    # blind-30: first contact (README, e72164a) en 37/44 15/20, fr 41/46 18/18, ar 38/45 15/19
    # present/absent, balance 8/8 each, unsourced 0.62 1.00 1.00.
    "blind-30": {
        "en": {"present": 38 / 44, "absent": 19 / 20, "balance": 8 / 8, "unsourced_ba": 0.75},
        "fr": {"present": 44 / 46, "absent": 18 / 18, "balance": 8 / 8, "unsourced_ba": 1.0},
        # ar present 43 -> 42: ar-6's challenge was «سالم» (the cousin's name) read as سـ + ألم
        # ("pain"); the name is no longer split.
        "ar": {"present": 42 / 45, "absent": 15 / 19, "balance": 8 / 8, "unsourced_ba": 1.0},
    },
    # blind-31: first contact (README, a9a8c38) en 43/45 17/19, fr 44/46 17/18, ar 35/44 20/20
    # present/absent, balance 5/8 7/8 6/8, unsourced 0.90 1.00 0.90.
    "blind-31": {
        "en": {"present": 44 / 45, "absent": 17 / 19, "balance": 8 / 8, "unsourced_ba": 0.9},
        "fr": {"present": 45 / 46, "absent": 17 / 18, "balance": 7 / 8, "unsourced_ba": 1.0},
        "ar": {"present": 38 / 44, "absent": 20 / 20, "balance": 7 / 8, "unsourced_ba": 0.9},
    },
    # blind-32: first contact (README, a112aa5) en 41/45 15/19, fr 41/44 18/20, ar 36/43 16/21
    # present/absent, balance 7/8 each, unsourced 1.00 1.00 0.88.
    "blind-32": {
        # en present 41 -> 40: en-5's Now had been found where "Stop AAPI Hate reported…"
        # was misread as the ask "Stop"; with that fixed its Now starts at the real ask, and
        # the hope ("Lok Yeay showed me it is possible…") falls in the Self.
        "en": {"present": 41 / 45, "absent": 18 / 19, "balance": 8 / 8, "unsourced_ba": 1.0},
        "fr": {"present": 41 / 44, "absent": 19 / 20, "balance": 8 / 8, "unsourced_ba": 1.0},
        "ar": {"present": 36 / 43, "absent": 20 / 21, "balance": 8 / 8, "unsourced_ba": 0.875},
    },
    # blind-33: first contact (README, 212b4bf) en 40/44 17/20, fr 39/44 18/20, ar 38/46 15/18
    # present/absent, balance 7/8 8/8 7/8, unsourced 0.88 1.00 1.00.
    "blind-33": {
        "en": {"present": 42 / 44, "absent": 17 / 20, "balance": 8 / 8, "unsourced_ba": 0.875},
        "fr": {"present": 39 / 44, "absent": 19 / 20, "balance": 8 / 8, "unsourced_ba": 1.0},
        "ar": {"present": 44 / 46, "absent": 17 / 18, "balance": 8 / 8, "unsourced_ba": 1.0},
    },
    # blind-34: first contact (README, 3457b79) en 39/45 16/19, fr 43/45 16/19, ar 39/45 13/19
    # present/absent, balance 6/8 7/8 7/8, unsourced 0.83 1.00 1.00.
    "blind-34": {
        # en present 40 -> 39: en-3's pilot "reported a 30 percent reduction"; after a review a
        # programme that only showed or found something is hope with no figure in the sentence
        # ("A state program found that one in three children goes to bed hungry" is the problem).
        "en": {"present": 40 / 45, "absent": 16 / 19, "balance": 7 / 8, "unsourced_ba": 0.833},
        "fr": {"present": 43 / 45, "absent": 17 / 19, "balance": 7 / 8, "unsourced_ba": 1.0},
        "ar": {"present": 41 / 45, "absent": 13 / 19, "balance": 8 / 8, "unsourced_ba": 1.0},
    },
    # blind-35: first contact (README, 9db1eb8) en 44/46 15/18, fr 40/45 14/19, ar 40/45 17/19
    # present/absent, balance 5/8 8/8 7/8, unsourced 0.67 1.00 1.00.
    "blind-35": {
        "en": {"present": 44 / 46, "absent": 17 / 18, "balance": 7 / 8, "unsourced_ba": 0.666},
        "fr": {"present": 41 / 45, "absent": 16 / 19, "balance": 8 / 8, "unsourced_ba": 1.0},
        # ar absent 17 -> 16: with the dialect words, ar-1's witness story (Darija) gives the
        # teller a choice; see blind-26.
        "ar": {"present": 44 / 45, "absent": 17 / 19, "balance": 7 / 8, "unsourced_ba": 1.0},
    },
    # blind-36: first contact (README, 9db1eb8) en 39/46 14/18, fr 41/47 14/17, ar 33/44 12/20
    # present/absent, balance 7/8 8/8 7/8, unsourced 1.00 0.75 0.88.
    "blind-36": {
        "en": {"present": 40 / 46, "absent": 16 / 18, "balance": 8 / 8, "unsourced_ba": 1.0},
        "fr": {"present": 41 / 47, "absent": 15 / 17, "balance": 8 / 8, "unsourced_ba": 0.75},
        "ar": {"present": 37 / 44, "absent": 17 / 20, "balance": 8 / 8, "unsourced_ba": 0.875},
    },
    # blind-37: first contact (README, 7117888) en 45/46 17/18, fr 42/44 19/20, ar 41/45 16/19
    # present/absent, balance 7/8 8/8 8/8, unsourced 0.88 1.00 0.90.
    "blind-37": {
        "en": {"present": 45 / 46, "absent": 18 / 18, "balance": 7 / 8, "unsourced_ba": 0.875},
        # fr absent 19 -> 17: with someone else's « être » past read as past told (abe042b), fr-7's
        # feelings count as a story told, so « J'ai mal » is a challenge and « Je me demande ce qu'on est
        # devenus » an outcome.
        "fr": {"present": 44 / 44, "absent": 17 / 20, "balance": 8 / 8, "unsourced_ba": 1.0},
        "ar": {"present": 42 / 45, "absent": 16 / 19, "balance": 8 / 8, "unsourced_ba": 0.9},
    },
    # blind-38: first contact (README, ca88dec) en 44/46 16/18, fr 39/44 14/20, ar 45/48 14/16
    # present/absent, balance 7/8 8/8 8/8, unsourced 1.00 0.88 0.90.
    "blind-38": {
        "en": {"present": 44 / 46, "absent": 16 / 18, "balance": 7 / 8, "unsourced_ba": 1.0},
        "fr": {"present": 39 / 44, "absent": 16 / 20, "balance": 8 / 8, "unsourced_ba": 0.875},
        "ar": {"present": 47 / 48, "absent": 14 / 16, "balance": 8 / 8, "unsourced_ba": 0.9},
    },
    # blind-39: first contact (README, ca88dec) en 36/43 17/21, fr 39/44 18/20, ar 39/46 17/18
    # present/absent, balance 8/8 8/8 7/8, unsourced 1.00 0.90 0.62.
    "blind-39": {
        "en": {"present": 41 / 43, "absent": 19 / 21, "balance": 8 / 8, "unsourced_ba": 1.0},
        "fr": {"present": 40 / 44, "absent": 19 / 20, "balance": 8 / 8, "unsourced_ba": 0.9},
        "ar": {"present": 41 / 46, "absent": 17 / 18, "balance": 7 / 8, "unsourced_ba": 0.75},
    },
    # blind-40: first contact (README, 2ce8806) en 43/47 15/17, fr 39/43 17/21, ar 38/45 19/19
    # present/absent, balance 7/8 8/8 8/8, unsourced 0.88 1.00 0.75.
    "blind-40": {
        "en": {"present": 44 / 47, "absent": 15 / 17, "balance": 7 / 8, "unsourced_ba": 0.875},
        "fr": {"present": 39 / 43, "absent": 21 / 21, "balance": 8 / 8, "unsourced_ba": 1.0},
        "ar": {"present": 39 / 45, "absent": 19 / 19, "balance": 8 / 8, "unsourced_ba": 0.75},
    },
    # blind-41: first contact (README, 2ce8806) en 44/46 18/18, fr 37/44 17/20, ar 35/44 18/20
    # present/absent, balance 7/8 7/8 8/8, unsourced 0.88 1.00 0.83.
    "blind-41": {
        # en present 45 -> 44 (twenty-third session): en-1's choice was found in "why people at
        # school called her 'virus'", the other children's act read as the teller's; "people",
        # "nobody", "that" are now read as someone else's subject (+8 / -2 over 61 batches).
        "en": {"present": 44 / 46, "absent": 18 / 18, "balance": 7 / 8, "unsourced_ba": 0.875},
        "fr": {"present": 38 / 44, "absent": 18 / 20, "balance": 7 / 8, "unsourced_ba": 1.0},
        "ar": {"present": 39 / 44, "absent": 18 / 20, "balance": 8 / 8, "unsourced_ba": 0.833},
    },
    # blind-42: first contact (README, d9947b1) en 39/44 17/20, fr 41/44 16/20, ar 36/44 17/20
    # present/absent, balance 7/8 8/8 8/8, unsourced 0.75 0.90 0.83.
    "blind-42": {
        "en": {"present": 40 / 44, "absent": 19 / 20, "balance": 7 / 8, "unsourced_ba": 0.75},
        "fr": {"present": 41 / 44, "absent": 20 / 20, "balance": 8 / 8, "unsourced_ba": 0.9},
        # ar present 37 -> 36: ar-2's moment was found through «وسامي» (a name) read as سـ + «أمي»
        # ("my mother"); "I will…" now needs three letters of a verb after سأ.
        # ar present 36 -> 35 (twenty-third session): «قبل أن» alone is no longer why now (+4 / -2 in
        # Arabic over 65 batches); ar-1's urgency had been found in «يولد إنسانًا وليبيًا قبل أن يكون
        # أي شيء آخر» ("born human and Libyan before anything else"), no reason why now.
        "ar": {"present": 36 / 44, "absent": 18 / 20, "balance": 8 / 8, "unsourced_ba": 0.833},
    },
    # blind-43: first contact (README, d9947b1) en 45/48 15/16, fr 41/45 16/19, ar 39/43 18/21
    # present/absent, balance 8/8 8/8 7/8, unsourced 1.00 0.75 1.00.
    "blind-43": {
        "en": {"present": 45 / 48, "absent": 16 / 16, "balance": 8 / 8, "unsourced_ba": 1.0},
        "fr": {"present": 41 / 45, "absent": 17 / 19, "balance": 8 / 8, "unsourced_ba": 0.75},
        "ar": {"present": 39 / 43, "absent": 18 / 21, "balance": 7 / 8, "unsourced_ba": 1.0},
    },
    # blind-44: first contact (README, 48cee42) en 45/46 16/18, fr 39/47 15/17, ar 39/44 18/20
    # present/absent, balance 8/8 8/8 8/8, unsourced 1.00 0.88 1.00.
    "blind-44": {
        "en": {"present": 45 / 46, "absent": 17 / 18, "balance": 8 / 8, "unsourced_ba": 1.0},
        "fr": {"present": 41 / 47, "absent": 17 / 17, "balance": 8 / 8, "unsourced_ba": 0.875},
        # ar present 41 -> 40 with b51d30a (Arabic "our" nouns and "us" forms no longer read as
        # a past "we"): ar-8's challenge and outcome had been found through «بدينا بعشرين كيلو»
        # and «يسكّر أبوابنا»; ar-6's choice is found now.
        "ar": {"present": 40 / 44, "absent": 19 / 20, "balance": 8 / 8, "unsourced_ba": 1.0},
    },
    # blind-45: first contact (README, 48cee42) en 42/47 15/17, fr 40/45 14/19, ar 37/44 13/20
    # present/absent, balance 8/8 7/8 8/8, unsourced 0.88 0.88 0.88.
    "blind-45": {
        "en": {"present": 43 / 47, "absent": 15 / 17, "balance": 8 / 8, "unsourced_ba": 0.875},
        "fr": {"present": 42 / 45, "absent": 17 / 19, "balance": 8 / 8, "unsourced_ba": 0.875},
        "ar": {"present": 38 / 44, "absent": 17 / 20, "balance": 8 / 8, "unsourced_ba": 0.875},
    },
    # blind-46: first contact (README, 346e019) en 41/44 20/20, fr 33/41 20/23, ar 35/44 19/20
    # present/absent, balance 8/8 8/8 8/8, unsourced 1.00 0.75 1.00.
    "blind-46": {
        "en": {"present": 41 / 44, "absent": 20 / 20, "balance": 8 / 8, "unsourced_ba": 1.0},
        "fr": {"present": 34 / 41, "absent": 20 / 23, "balance": 8 / 8, "unsourced_ba": 0.75},
        "ar": {"present": 37 / 44, "absent": 20 / 20, "balance": 8 / 8, "unsourced_ba": 1.0},
    },
    # blind-47: first contact (README, 346e019) en 41/45 15/19, fr 41/46 16/18, ar 39/43 17/21
    # present/absent, balance 7/8 8/8 8/8, unsourced 1.00 0.90 0.88.
    "blind-47": {
        # en present 41 -> 40: en-3's hope was found in "Volunteer numbers… have dropped by
        # roughly 30 percent", a decline of something good, no longer a win; its hope ("reported
        # fewer incidents of crews being stopped or harassed") is held back by the harms it names.
        "en": {"present": 40 / 45, "absent": 18 / 19, "balance": 7 / 8, "unsourced_ba": 1.0},
        # fr present 44 -> 43 (twenty-third session): « espoir » alone is no reason to hope (+2 / -1
        # in French over 63 batches); fr-5's Now then starts later and its urgency sentence falls
        # in the Story of Self.
        "fr": {"present": 43 / 46, "absent": 17 / 18, "balance": 8 / 8, "unsourced_ba": 0.9},
        "ar": {"present": 39 / 43, "absent": 18 / 21, "balance": 8 / 8, "unsourced_ba": 0.875},
    },
    # blind-48: first contact (README, f59a182) en 39/45 15/19, fr 40/44 19/20, ar 34/44 17/20
    # present/absent, balance 7/8 8/8 8/8, unsourced 0.75 0.75 1.00.
    "blind-48": {
        "en": {"present": 41 / 45, "absent": 18 / 19, "balance": 8 / 8, "unsourced_ba": 0.75},
        "fr": {"present": 41 / 44, "absent": 19 / 20, "balance": 8 / 8, "unsourced_ba": 0.75},
        # ar present 37 -> 36 with b51d30a (Arabic "our" nouns and "us" forms no longer read as
        # a past "we"): ar-6's choice had been found through «كان كيصلي معانا», someone else's act.
        "ar": {"present": 36 / 44, "absent": 19 / 20, "balance": 8 / 8, "unsourced_ba": 1.0},
    },
    # blind-49: first contact (README, f59a182) en 39/44 16/20, fr 38/43 18/21, ar 33/44 16/20
    # present/absent, balance 7/8 7/8 8/8, unsourced 0.90 1.00 0.62.
    "blind-49": {
        "en": {"present": 41 / 44, "absent": 17 / 20, "balance": 7 / 8, "unsourced_ba": 0.9},
        "fr": {"present": 39 / 43, "absent": 19 / 21, "balance": 7 / 8, "unsourced_ba": 1.0},
        "ar": {"present": 34 / 44, "absent": 16 / 20, "balance": 8 / 8, "unsourced_ba": 0.625},
    },
    # blind-50: first contact (README, d0b2175, unlanded; see bc0542d) en 43/44 16/20, fr 38/45 16/19, ar 40/45 18/19
    # present/absent, balance 6/8 7/8 7/8, unsourced 1.00 1.00 1.00.
    "blind-50": {
        "en": {"present": 43 / 44, "absent": 18 / 20, "balance": 7 / 8, "unsourced_ba": 1.0},
        "fr": {"present": 38 / 45, "absent": 17 / 19, "balance": 7 / 8, "unsourced_ba": 1.0},
        "ar": {"present": 42 / 45, "absent": 18 / 19, "balance": 7 / 8, "unsourced_ba": 1.0},
    },
    # blind-51: first contact (README, d0b2175, unlanded; see bc0542d) en 42/44 14/20, fr 39/44 20/20, ar 42/46 16/18
    # present/absent, balance 7/8 8/8 8/8, unsourced 0.88 0.90 0.62.
    "blind-51": {
        "en": {"present": 42 / 44, "absent": 17 / 20, "balance": 7 / 8, "unsourced_ba": 0.875},
        "fr": {"present": 39 / 44, "absent": 20 / 20, "balance": 8 / 8, "unsourced_ba": 0.9},
        "ar": {"present": 44 / 46, "absent": 17 / 18, "balance": 8 / 8, "unsourced_ba": 0.625},
    },
    # blind-52: first contact (README, 57d013b) en 38/46 16/18, fr 40/43 19/21, ar 37/44 15/20
    # present/absent, balance 8/8 7/8 7/8, unsourced 0.75 1.00 0.88.
    "blind-52": {
        "en": {"present": 43 / 46, "absent": 17 / 18, "balance": 8 / 8, "unsourced_ba": 0.75},
        "fr": {"present": 41 / 43, "absent": 20 / 21, "balance": 7 / 8, "unsourced_ba": 1.0},
        "ar": {"present": 39 / 44, "absent": 18 / 20, "balance": 7 / 8, "unsourced_ba": 0.875},
    },
    # blind-53: first contact (README, 57d013b) en 39/44 14/20, fr 39/46 16/18, ar 32/43 16/21
    # present/absent, balance 7/8 8/8 7/8, unsourced 1.00 1.00 0.75.
    "blind-53": {
        "en": {"present": 42 / 44, "absent": 18 / 20, "balance": 7 / 8, "unsourced_ba": 1.0},
        "fr": {"present": 41 / 46, "absent": 16 / 18, "balance": 8 / 8, "unsourced_ba": 1.0},
        "ar": {"present": 36 / 43, "absent": 18 / 21, "balance": 7 / 8, "unsourced_ba": 0.75},
    },
    # blind-54 and blind-55: first contact (ee140ea) in their READMEs; tuned on in the same session.
    "blind-54": {
        "en": {"present": 40 / 44, "absent": 19 / 20, "balance": 8 / 8, "unsourced_ba": 0.75},
        "fr": {"present": 46 / 48, "absent": 16 / 16, "balance": 8 / 8, "unsourced_ba": 1.0},
        "ar": {"present": 43 / 45, "absent": 18 / 19, "balance": 8 / 8, "unsourced_ba": 0.666},
    },
    "blind-55": {
        "en": {"present": 42 / 43, "absent": 21 / 21, "balance": 8 / 8, "unsourced_ba": 0.875},
        "fr": {"present": 43 / 45, "absent": 19 / 19, "balance": 6 / 8, "unsourced_ba": 1.0},
        "ar": {"present": 45 / 45, "absent": 17 / 19, "balance": 8 / 8, "unsourced_ba": 0.9},
    },
    # blind-56 and blind-57: first contact (326ea78) in their READMEs; tuned on in the same session.
    "blind-56": {
        "en": {"present": 46 / 47, "absent": 16 / 17, "balance": 7 / 8, "unsourced_ba": 0.733},
        "fr": {"present": 41 / 45, "absent": 19 / 19, "balance": 6 / 8, "unsourced_ba": 1.0},
        "ar": {"present": 44 / 47, "absent": 17 / 17, "balance": 7 / 8, "unsourced_ba": 1.0},
    },
    "blind-57": {
        "en": {"present": 46 / 47, "absent": 15 / 17, "balance": 7 / 8, "unsourced_ba": 0.875},
        "fr": {"present": 42 / 45, "absent": 18 / 19, "balance": 7 / 8, "unsourced_ba": 0.875},
        "ar": {"present": 45 / 46, "absent": 17 / 18, "balance": 5 / 8, "unsourced_ba": 0.75},
    },
    # blind-58 and blind-59: first contact (c867ca1) in their READMEs.
    "blind-58": {
        "en": {"present": 40 / 43, "absent": 17 / 21, "balance": 7 / 8, "unsourced_ba": 0.733},
        "fr": {"present": 41 / 43, "absent": 20 / 21, "balance": 6 / 8, "unsourced_ba": 0.9},
        "ar": {"present": 43 / 47, "absent": 17 / 17, "balance": 7 / 8, "unsourced_ba": 1.0},
    },
    "blind-59": {
        "en": {"present": 41 / 46, "absent": 18 / 18, "balance": 7 / 8, "unsourced_ba": 0.857},
        "fr": {"present": 44 / 44, "absent": 16 / 20, "balance": 7 / 8, "unsourced_ba": 0.9},
        "ar": {"present": 40 / 43, "absent": 20 / 21, "balance": 7 / 8, "unsourced_ba": 0.833},
    },
    # blind-60 and blind-61: first contact (a8528da) in their READMEs.
    "blind-60": {
        "en": {"present": 43 / 44, "absent": 19 / 20, "balance": 8 / 8, "unsourced_ba": 1.0},
        "fr": {"present": 47 / 47, "absent": 15 / 17, "balance": 8 / 8, "unsourced_ba": 0.916},
        "ar": {"present": 39 / 41, "absent": 22 / 23, "balance": 6 / 8, "unsourced_ba": 1.0},
    },
    "blind-61": {
        "en": {"present": 40 / 43, "absent": 19 / 21, "balance": 6 / 8, "unsourced_ba": 0.833},
        # fr absent 18 -> 17: by the same « être » past (abe042b), fr-7's « Mais aujourd'hui, on nous le
        # fait payer » reads as an outcome.
        "fr": {"present": 43 / 44, "absent": 17 / 20, "balance": 6 / 8, "unsourced_ba": 1.0},
        # ar absent 18 -> 16: «الرصاص» and «القذيفة» became challenge words (8e6c8ae); in ar-7's
        # Us («احنا جيل كبر على صوت الرصاص») they draw the Self further, where «مازلنا هنا» reads as
        # a choice and a moment is read.
        "ar": {"present": 41 / 45, "absent": 16 / 19, "balance": 7 / 8, "unsourced_ba": 0.916},
    },
    # blind-62 and blind-63: first contact (60d5462) in their READMEs.
    "blind-62": {
        "en": {"present": 46 / 48, "absent": 13 / 16, "balance": 7 / 8, "unsourced_ba": 0.875},
        "fr": {"present": 43 / 43, "absent": 19 / 21, "balance": 7 / 8, "unsourced_ba": 0.9},
        "ar": {"present": 40 / 43, "absent": 19 / 21, "balance": 7 / 8, "unsourced_ba": 1.0},
    },
    "blind-63": {
        "en": {"present": 41 / 46, "absent": 18 / 18, "balance": 7 / 8, "unsourced_ba": 1.0},
        "fr": {"present": 43 / 45, "absent": 14 / 19, "balance": 7 / 8, "unsourced_ba": 0.875},
        "ar": {"present": 40 / 43, "absent": 21 / 21, "balance": 6 / 8, "unsourced_ba": 1.0},
    },
    # blind-64 and blind-65: first contact (4d89fcf) in their READMEs.
    "blind-64": {
        "en": {"present": 37 / 42, "absent": 21 / 22, "balance": 7 / 8, "unsourced_ba": 0.9},
        "fr": {"present": 41 / 43, "absent": 20 / 21, "balance": 7 / 8, "unsourced_ba": 0.733},
        "ar": {"present": 44 / 47, "absent": 15 / 17, "balance": 7 / 8, "unsourced_ba": 1.0},
    },
    "blind-65": {
        # en present 42 -> 41: en-6 tells its scene in the present ("she pull me in the back room and
        # I sit on a box"); with no past form it is no scene in English (present_scenes).
        "en": {"present": 41 / 48, "absent": 14 / 16, "balance": 7 / 8, "unsourced_ba": 0.8},
        "fr": {"present": 42 / 44, "absent": 18 / 20, "balance": 7 / 8, "unsourced_ba": 0.666},
        "ar": {"present": 39 / 45, "absent": 16 / 19, "balance": 6 / 8, "unsourced_ba": 0.75},
    },
    # blind-66 and blind-67: first contact (eaa07ef) in their READMEs.
    "blind-66": {
        "en": {"present": 42 / 44, "absent": 19 / 20, "balance": 7 / 8, "unsourced_ba": 0.875},
        "fr": {"present": 44 / 47, "absent": 14 / 17, "balance": 7 / 8, "unsourced_ba": 1.0},
        "ar": {"present": 40 / 43, "absent": 18 / 21, "balance": 6 / 8, "unsourced_ba": 1.0},
    },
    "blind-67": {
        "en": {"present": 41 / 45, "absent": 17 / 19, "balance": 6 / 8, "unsourced_ba": 0.9},
        "fr": {"present": 41 / 45, "absent": 18 / 19, "balance": 7 / 8, "unsourced_ba": 1.0},
        "ar": {"present": 41 / 46, "absent": 17 / 18, "balance": 7 / 8, "unsourced_ba": 0.9},
    },
    # blind-68 and blind-69: first contact (79b182a) in their READMEs.
    "blind-68": {
        "en": {"present": 46 / 47, "absent": 16 / 17, "balance": 7 / 8, "unsourced_ba": 1.0},
        "fr": {"present": 42 / 47, "absent": 16 / 17, "balance": 7 / 8, "unsourced_ba": 0.9},
        "ar": {"present": 40 / 45, "absent": 16 / 19, "balance": 7 / 8, "unsourced_ba": 1.0},
    },
    "blind-69": {
        "en": {"present": 40 / 44, "absent": 18 / 20, "balance": 6 / 8, "unsourced_ba": 1.0},
        # fr balance 8/8 -> 7/8: fr-4's CV Self had its feeling side only from a present
        # sentence read as a scene; with no scene told in the present (8f467cf, +1 moment there)
        # it reads as factual. Its writer called it balanced and said the call could go either way.
        "fr": {"present": 45 / 46, "absent": 17 / 18, "balance": 7 / 8, "unsourced_ba": 0.875},
        "ar": {"present": 38 / 44, "absent": 18 / 20, "balance": 7 / 8, "unsourced_ba": 1.0},
    },
    # blind-70 and blind-71: first contact (8f467cf) in their READMEs.
    "blind-70": {
        "en": {"present": 42 / 44, "absent": 18 / 20, "balance": 7 / 8, "unsourced_ba": 0.916},
        "fr": {"present": 43 / 44, "absent": 19 / 20, "balance": 7 / 8, "unsourced_ba": 1.0},
        "ar": {"present": 42 / 47, "absent": 14 / 17, "balance": 6 / 8, "unsourced_ba": 0.9},
    },
    "blind-71": {
        "en": {"present": 42 / 44, "absent": 19 / 20, "balance": 7 / 8, "unsourced_ba": 0.75},
        "fr": {"present": 42 / 47, "absent": 17 / 17, "balance": 8 / 8, "unsourced_ba": 1.0},
        "ar": {"present": 40 / 44, "absent": 19 / 20, "balance": 7 / 8, "unsourced_ba": 1.0},
    },
    # blind-72 and blind-73: first contact (abe042b) in their READMEs.
    "blind-72": {
        "en": {"present": 42 / 43, "absent": 20 / 21, "balance": 7 / 8, "unsourced_ba": 0.75},
        "fr": {"present": 43 / 46, "absent": 16 / 18, "balance": 8 / 8, "unsourced_ba": 1.0},
        "ar": {"present": 36 / 44, "absent": 17 / 20, "balance": 6 / 8, "unsourced_ba": 0.916},
    },
    "blind-73": {
        "en": {"present": 43 / 46, "absent": 17 / 18, "balance": 7 / 8, "unsourced_ba": 0.733},
        "fr": {"present": 40 / 46, "absent": 16 / 18, "balance": 6 / 8, "unsourced_ba": 1.0},
        "ar": {"present": 41 / 45, "absent": 16 / 19, "balance": 7 / 8, "unsourced_ba": 1.0},
    },
    # blind-74 and blind-75: first contact (ee0f8f4) in their READMEs.
    "blind-74": {
        "en": {"present": 38 / 45, "absent": 18 / 19, "balance": 8 / 8, "unsourced_ba": 0.9},
        "fr": {"present": 44 / 45, "absent": 14 / 19, "balance": 8 / 8, "unsourced_ba": 0.9},
        "ar": {"present": 37 / 45, "absent": 18 / 19, "balance": 7 / 8, "unsourced_ba": 1.0},
    },
    "blind-75": {
        "en": {"present": 42 / 47, "absent": 16 / 17, "balance": 7 / 8, "unsourced_ba": 0.8},
        "fr": {"present": 39 / 43, "absent": 20 / 21, "balance": 7 / 8, "unsourced_ba": 0.857},
        "ar": {"present": 38 / 43, "absent": 18 / 21, "balance": 7 / 8, "unsourced_ba": 1.0},
    },
}


@cache
def scores(batch_name: str) -> dict[str, dict[str, float]]:
    batch = REPO / "tests" / "drafts" / batch_name
    labels = json.loads((batch / "labels.json").read_text(encoding="utf-8"))
    tally: dict[str, Counter] = {lang: Counter() for lang in ("en", "fr", "ar")}
    for name, label in labels.items():
        report = analyze((batch / name).read_text(encoding="utf-8"))
        counts = tally[label["lang"]]
        present = {e.id: e.present for e in report.elements}
        for element_id, expected in label["elements"].items():
            kind = "present" if expected else "absent"
            counts[kind + "_total"] += 1
            counts[kind] += present[element_id] == expected
        counts["balance_total"] += 1
        counts["balance"] += report.balance.label == label["balance"]
        flagged = any(f.rule == "facts.unsourced-statistic" for f in report.findings)
        kind = "stat_pos" if label["unsourced_statistic"] else "stat_neg"
        counts[kind + "_total"] += 1
        counts[kind] += flagged == label["unsourced_statistic"]
    result = {}
    for lang, c in tally.items():
        rates = [c[k] / c[k + "_total"] for k in ("stat_pos", "stat_neg") if c[k + "_total"]]
        result[lang] = {
            "present": c["present"] / c["present_total"],
            "absent": c["absent"] / c["absent_total"],
            "balance": c["balance"] / c["balance_total"],
            "unsourced_ba": sum(rates) / len(rates),
        }
    return result


@pytest.mark.parametrize("batch", sorted(FLOORS))
@pytest.mark.parametrize("language", ["en", "fr", "ar"])
@pytest.mark.parametrize("measure", ["present", "absent", "balance", "unsourced_ba"])
def test_no_regression_on_the_blind_batches(batch, language, measure):
    found = scores(batch)[language]
    assert found[measure] >= FLOORS[batch][language][measure] - 1e-9, found
