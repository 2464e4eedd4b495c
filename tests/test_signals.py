"""Sentence signals: feeling / story, facts / evidence, both or neither; and the balance label."""

from __future__ import annotations

import pytest

import narrative_kit
from narrative_kit.signals import BalanceThresholds, label_balance, load_signal_lexicons, read_sentence
from narrative_kit.text import parse_draft

# (language, sentence, carries feeling / story, carries facts / evidence)
SENTENCES = [
    ("en", "I was so ashamed that I wanted to disappear.", True, False),
    ("en", "I remember the smell of the bread.", True, False),
    ("en", "That night I made a choice.", True, False),
    ("en", "According to the 2023 report, reports rose by 30 percent.", False, True),
    ("en", "Thousands of people read them.", False, True),
    ("en", "I cried when I read that 45% of girls are harassed.", True, True),
    ("en", "Our community believes in dignity.", False, False),
    ("en", "Come to the hall at 10 a.m.", False, False),
    ("en", "Last night, Japanese forces attacked Hong Kong.", False, True),
    ("fr", "J’ai eu honte et j’ai eu peur.", True, False),
    ("fr", "Ce soir-là, ma mère a pleuré.", True, False),
    ("fr", "Selon l’enquête, 42 % des collégiens ont été insultés.", False, True),
    ("fr", "J’ai pleuré en lisant que 45 % des filles sont harcelées.", True, True),
    ("fr", "Notre association défend la dignité.", False, False),
    ("fr", "Venez samedi à 14 h.", False, False),
    ("ar", "شعرتُ بالخوف والغضب معاً.", True, False),
    ("ar", "ما زلتُ أتذكّر صوته العالي.", True, False),
    ("ar", "تعرّض ٤٠٪ من الشباب لخطاب الكراهية.", False, True),
    ("ar", "وبحسب تقرير عام ٢٠٢٢ ارتفعت الحالات.", False, True),
    ("ar", "بكيتُ حين قرأتُ أن ٤٥٪ من الفتيات يتعرضن للتحرش.", True, True),
    ("ar", "مجتمعنا مبني على قيم الاحترام.", False, False),
    # Years and the numbers of names say when or which, not how much.
    ("en", "I have directed the council since 2009.", False, False),
    ("en", "In October 2015, a boy named Jamal stayed behind after class.", False, False),
    ("en", "In 2023, 300 mosques were vandalised.", False, True),
    ("fr", "Je suis avocate au barreau de Lyon depuis 2006.", False, False),
    ("fr", "J’ai été formée à l’université Lumière Lyon 2.", False, False),
    ("fr", "En 2023, 300 mosquées ont été dégradées.", False, True),
    ("ar", "أنا رئيسة الجمعية منذ سنة 2011.", False, False),
    ("ar", "في عام 2023 تعرّض 300 مسجد للتخريب.", False, True),
    # A full date (a day and a month) is a fact, as the issue and the coaches count it;
    # a time of day is not.
    ("en", "On 9 March 2016 I walked into my classroom at 8.10 a.m.", False, True),
    ("fr", "Le 23 mars 2016, je suis arrivée dans ma classe à 8 h 10.", False, True),
    ("ar", "في 12 مارس 2019 دخلتُ القسم.", False, True),
    # A clock time ("2:47") is no date, and "married 20" names no month.
    ("en", "The pager went off at 2:47 in the morning.", False, False),
    ("en", "I have been married 20 years.", False, False),
    ("fr", "Le bip a sonné à 2:47 du matin.", False, False),
    ("ar", "رنّ الجهاز على الساعة 2:47 صباحاً.", False, False),
    # Shares and ratios said in words are facts too.
    ("en", "More than half of the young people here are out of work.", False, True),
    ("en", "One young person in three has no job.", False, True),
    ("fr", "Plus de la moitié des jeunes du quartier sont au chômage.", False, True),
    ("fr", "Un jeune sur trois est au chômage.", False, True),
    ("ar", "أكثر من نصف شباب حيّنا بلا عمل.", False, True),
    ("ar", "شاب من كل ثلاثة بلا عمل.", False, True),
    # A count from ten up said in words is a figure, as its digits would be; under ten, an
    # age, an hour or a measure ("twelve hours") it stays a detail of the story.
    ("en", "Forty-nine people did not come home.", False, True),
    ("en", "By May, eleven of those fourteen students passed the exit test.", False, True),
    ("en", "Two friends did not come home.", False, False),
    ("en", "Hamid is twenty now.", False, False),
    ("en", "My son Anis, seventeen, had stopped going to school.", False, False),
    ("en", "The show runs from ten till one.", False, False),
    ("en", "I was sixteen when my father left.", True, False),
    ("fr", "Quarante-neuf personnes ne sont pas rentrées.", False, True),
    ("fr", "Au mois de mai, onze élèves sur les quatorze ont réussi l'examen.", False, True),
    ("fr", "Trois amis ne sont pas rentrés.", False, False),
    ("fr", "Yassine, quinze ans, m'attendait devant la porte.", False, False),
    ("fr", "J'avais seize ans quand mon père est parti.", True, False),
    ("fr", "Il a travaillé vingt ans à la mine.", False, False),
    ("ar", "لم يعد تسعة وأربعون شخصا إلى بيوتهم.", False, True),
    ("ar", "نجح أحد عشر طالبا من أربعة عشر في الامتحان.", False, True),
    ("ar", "لم يعد ثلاثة أصدقاء إلى بيوتهم.", False, False),
    ("ar", "كان رجلا في الخمسين.", False, False),
    ("ar", "كان ابني في الخامسة عشرة.", False, False),
    # …nor a year, an hour, a range of small numbers, the twentieth; an Arabic "twelve" is one.
    ("en", "In nineteen eighty-four we moved to Lyon.", False, False),
    ("en", "She came home at eleven that night.", True, False),
    ("en", "Two-three people came.", False, False),
    ("fr", "Deux-trois personnes sont venues.", False, False),
    ("fr", "Nous étions quatorze dans une seule pièce.", False, False),
    ("fr", "Il est rentré vers onze heures.", False, False),
    ("ar", "في القرن العشرين هاجر جدي.", False, False),
    ("ar", "في العشرين من عمري غادرت تونس.", False, False),
    ("ar", "مات اثني عشر شخصا في الحادث.", False, True),
    ("ar", "وثمانون في المائة منهم بلا عمل.", False, True),
]


@pytest.mark.parametrize(("language", "text", "emotion", "fact"), SENTENCES)
def test_classifies_sentences(language: str, text: str, emotion: bool, fact: bool):
    draft = parse_draft(text, language)
    (sentence,) = draft.sentences
    signals = read_sentence(sentence, draft.text, language)
    assert (signals.emotion, signals.fact) == (emotion, fact), (signals.emotion_cues, signals.fact_cues)
    for start, end in signals.emotion_cues + signals.fact_cues:
        assert draft.text[start:end].strip()


def test_arabic_indic_digits_and_percent_sign_are_one_fact_cue():
    text = "تعرّض ٤٥٪ من الشباب لذلك."
    draft = parse_draft(text, "ar")
    signals = read_sentence(draft.sentences[0], text, "ar")
    assert [text[a:b] for a, b in signals.fact_cues] == ["٤٥٪"]


THRESHOLDS = BalanceThresholds(min_share=0.1, dominance=3.0)


@pytest.mark.parametrize(
    ("emotion", "fact", "total", "label"),
    [
        (0, 0, 10, "neither"),
        (5, 0, 10, "emotional"),
        (0, 5, 10, "factual"),
        (4, 3, 10, "balanced"),
        (7, 2, 10, "emotional"),
        (1, 4, 10, "factual"),
        (3, 1, 5, "balanced"),  # exactly three times is not "more than"
        (5, 1, 20, "emotional"),  # one fact in twenty sentences is under min_share
    ],
)
def test_label_balance(emotion: int, fact: int, total: int, label: str):
    assert label_balance(emotion, fact, total, THRESHOLDS) == label


SHIPPED = BalanceThresholds(min_share=0.05, dominance=3.0, emotion_dominance=6.0, fact_dominance=2.5,
                            min_statistics=2, sourced_statistic_weight=2.0,
                            fact_dominance_without_moment=1.25, min_fact_sentences=2, dated_years=1)


@pytest.mark.parametrize(
    ("emotion", "fact", "total", "label"),
    [
        (5, 1, 8, "balanced"),  # an 8-sentence story with one sourced figure
        (9, 2, 17, "balanced"),  # the English model draft
        (13, 2, 20, "emotional"),  # a long story with a token figure
        (4, 1, 21, "emotional"),  # one fact in 21 sentences is under min_share
        (4, 1, 17, "balanced"),  # one in 17 is not: a story with one figure
        (1, 3, 5, "factual"),  # three figures for one story sentence reads as a report
        (2, 4, 15, "balanced"),  # twice as many is still paired
        (2, 10, 26, "factual"),
    ],
)
def test_label_balance_with_a_ratio_per_side(emotion: int, fact: int, total: int, label: str):
    assert label_balance(emotion, fact, total, SHIPPED) == label


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_shipped_balance_thresholds(language: str):
    assert load_signal_lexicons(language).balance == SHIPPED


@pytest.mark.parametrize(
    ("language", "text", "label"),
    [
        ("en", "I was twelve when a man shouted at my mother. I still remember her hands shaking. "
               "According to the ministry, 60 percent of victims never report.", "balanced"),
        ("fr", "J’avais douze ans. Je me souviens de ses mains qui tremblaient. "
               "Selon le ministère, 60 % des victimes ne portent pas plainte.", "balanced"),
        ("ar", "كنتُ في الثانية عشرة. ما زلتُ أتذكر يديها المرتجفتين. وبحسب الوزارة، لا يبلّغ ٦٠٪ من الضحايا.",
         "balanced"),
    ],
)
def test_report_carries_shares_and_label(language: str, text: str, label: str):
    report = narrative_kit.analyze(text, language=language)
    assert report.balance.label == label
    assert 0 < report.metrics.fact_share <= 1 and 0 < report.metrics.emotion_share <= 1


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # An organisation's name that opens with an imperative is no ask, so its count is no
        # ask's logistics: it stays a fact.
        ("en", "Stop AAPI Hate received more than 11,000 reports of hate incidents in two years."),
        ("fr", "Osez le Féminisme a recensé 120 plaintes dans le département."),
        ("ar", "جمعية أوقفوا الكراهية تلقت أكثر من 11 ألف بلاغ خلال عامين."),
    ],
)
def test_an_organisations_count_is_a_fact_not_an_asks_quantity(language: str, text: str):
    report = narrative_kit.analyze(text, language=language)
    assert not report.asks
    assert report.metrics.fact_share == 1.0
