"""Elements of the public narrative: should-flag / should-pass tables per rule and language,
evidence that quotes the draft, agreement with a coach's labels, and the rule registry."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from narrative_kit import analyze
from narrative_kit.checks import RULES
from narrative_kit.cli import main
from narrative_kit.frameworks import load_framework
from tests.structure_cases import BLOCKS, HEADINGS, build_draft

from .conftest import REPO

LANGUAGES = ("en", "fr", "ar")
DRAFTS = REPO / "tests" / "drafts" / "structure"
# Hand-written drafts with a coach's labels: the development set, the drafts written
# before the detectors (heldout), and a second batch written later and run once
# before any change (heldout2).
LABEL_FILES = (DRAFTS / "labels.json", DRAFTS / "heldout" / "labels.json",
               DRAFTS / "heldout2" / "labels.json")
AGREEMENT = 0.85
# Twelve drafts written by a coach who never saw the code, labelled blind; measured
# after the told-element cues: en 23/23 + 9/9, fr 24/24 + 8/8, ar 21/22 + 10/10.
BLIND_LABELS = REPO / "tests" / "drafts" / "blind-1" / "labels.json"
BLIND_AGREEMENT = 0.9

ELEMENT_RULES: dict[str, str] = {
    "self.challenge": "self.no-challenge",
    "self.choice": "self.no-choice",
    "self.outcome": "self.no-outcome",
    "self.moment": "self.no-moment",
    "us.shared_value": "us.no-shared-value",
    "now.urgency": "now.no-urgency",
    "now.hope": "now.no-hope",
    "now.ask": "now.no-ask",
}
STRUCTURE_RULES = ("structure.missing-part", *ELEMENT_RULES.values())

# An Us part that only exhorts: a "we", but no value or experience shared.
EXHORTATION_US = {
    "en": "We should all do better. We must work together and do more.",
    "fr": "Nous devrions tous faire mieux. Nous devons travailler ensemble et en faire plus.",
    "ar": "ينبغي علينا جميعاً أن نقوم بعمل أفضل. يجب أن نعمل معاً وأن نبذل المزيد.",
}
# A Story of Self that is a CV: no moment, no challenge, no choice.
CV_SELF = {
    "en": "My name is Leila. I am a lawyer and a human-rights activist. I have worked for fifteen "
          "years with associations in Tunis and Paris.",
    "fr": "Je m’appelle Leila. Je suis avocate et militante des droits humains. Je travaille depuis "
          "quinze ans avec des associations à Tunis et à Paris.",
    "ar": "اسمي ليلى. أنا محامية وناشطة في مجال حقوق الإنسان. أعمل منذ خمسة عشر عاماً مع جمعيات "
          "في تونس وباريس.",
}


def _with_part(language: str, part: str, body: str) -> str:
    """The full draft, with headings, one part's body replaced."""
    text = build_draft(language, headings=True)
    paragraphs = text.strip().split("\n\n")
    index = paragraphs.index(HEADINGS[language][part]) + 1
    paragraphs[index] = body
    return "\n\n".join(paragraphs) + "\n"


def _flag_cases() -> list[tuple[str, str, str]]:
    cases: list[tuple[str, str, str]] = []
    for language in LANGUAGES:
        for element_id, rule_id in ELEMENT_RULES.items():
            if element_id == "us.shared_value":
                text = _with_part(language, "us", EXHORTATION_US[language])
            else:
                text = build_draft(language, without=(element_id,))
            cases.append((rule_id, language, text))
        # Coaching, not keywords: a CV is not a moment, a challenge or a choice.
        cv = _with_part(language, "self", CV_SELF[language])
        cases += [(r, language, cv) for r in ("self.no-moment", "self.no-challenge", "self.no-choice")]
    return cases


def _pass_cases() -> list[tuple[str, str, str]]:
    cases: list[tuple[str, str, str]] = []
    for language in LANGUAGES:
        for rule_id in ELEMENT_RULES.values():
            cases.append((rule_id, language, build_draft(language)))
            cases.append((rule_id, language, build_draft(language, headings=True)))
    return cases


FLAG_CASES = _flag_cases()
PASS_CASES = _pass_cases()


def _case_id(case: tuple[str, str, str]) -> str:
    return f"{case[0]}-{case[1]}"


@pytest.mark.parametrize("case", FLAG_CASES, ids=_case_id)
def test_element_rule_flags(case: tuple[str, str, str]) -> None:
    rule_id, language, text = case
    report = analyze(text, language=language)
    flagged = [f for f in report.findings if f.rule == rule_id]
    assert len(flagged) == 1, [f.rule for f in report.findings]
    element_id = next(e for e, r in ELEMENT_RULES.items() if r == rule_id)
    assert not next(e for e in report.elements if e.id == element_id).present
    framework = load_framework("public-narrative")
    assert flagged[0].suggestion == framework.element(element_id).prompt.get(language)
    assert flagged[0].part == element_id.split(".")[0]


@pytest.mark.parametrize("case", PASS_CASES, ids=_case_id)
def test_element_rule_passes(case: tuple[str, str, str]) -> None:
    rule_id, language, text = case
    report = analyze(text, language=language)
    assert not [f for f in report.findings if f.rule == rule_id]


@pytest.mark.parametrize("ui_language", LANGUAGES)
def test_suggestion_is_the_coaching_prompt_in_the_feedback_language(ui_language: str) -> None:
    report = analyze(build_draft("en", without=("self.choice",)), language="en",
                     ui_language=ui_language)
    finding = next(f for f in report.findings if f.rule == "self.no-choice")
    prompt = load_framework("public-narrative").element("self.choice").prompt.get(ui_language)
    assert finding.suggestion == prompt


def test_missing_part_is_one_finding_not_one_per_element() -> None:
    text = build_draft("en", without=("self.moment", "self.challenge", "self.choice", "self.outcome"))
    rules = [f.rule for f in analyze(text, language="en").findings]
    assert rules.count("structure.missing-part") == 1
    assert not [r for r in rules if r.startswith("self.no-")]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_element_in_framework_order(language: str) -> None:
    report = analyze(build_draft(language), language=language)
    assert [e.id for e in report.elements] == load_framework("public-narrative").element_ids()
    assert all(e.present and e.evidence for e in report.elements)


@pytest.mark.parametrize("language", LANGUAGES)
def test_ask_element_comes_from_the_ask_detector(language: str) -> None:
    report = analyze(build_draft(language), language=language)
    ask = next(e for e in report.elements if e.id == "now.ask")
    assert [(s.start, s.end) for s in ask.evidence] == [(a.start, a.end) for a in report.asks][:3]


# --- elements told through the story, not named: should flag / should pass --------

# A Self part: a scene, a challenge, then the road not taken; a Now part ends on the ask.
ROAD_NOT_TAKEN = {
    "en": ("That Friday night I found red paint on the door of the mosque, and I was afraid. "
           "All I wanted was to go home and say nothing. "),
    "fr": ("Ce vendredi soir, j’ai trouvé de la peinture rouge sur la porte de la mosquée, et "
           "j’avais peur. Je pouvais rentrer chez moi et ne rien dire. "),
    "ar": ("في تلك الليلة وجدتُ طلاءً أحمر على باب المسجد، وكنت خائفاً. "
           "كان بإمكاني أن أعود إلى البيت ولا أقول شيئاً. "),
}
# The teller acts at the turn: a choice with no "decided" in it.
TURN_ACT = {
    "en": "Instead I called the pastor of the church across the street.",
    "fr": "J’ai appelé le pasteur de l’église d’en face.",
    "ar": "لكنني اتصلت بقسّ الكنيسة المجاورة.",
}
# A turn, but a state, not an act.
TURN_STATE = {
    "en": "But I was alone in the dark street.",
    "fr": "J’avais froid, seul dans la rue.",
    "ar": "لكنني كنت وحيداً في الشارع المظلم.",
}
LATER_CONSEQUENCE = {
    "en": " By June, forty neighbours came to the open house.",
    "fr": " Un an plus tard, quarante voisins sont venus à la journée portes ouvertes.",
    "ar": " في السنة التالية جاء أربعون جاراً إلى يوم الأبواب المفتوحة.",
}
NEXT_MINUTE = {
    "en": " The pastor answered on the second ring.",
    "fr": " Le pasteur a répondu à la deuxième sonnerie.",
    "ar": " ردّ القسّ على الهاتف بسرعة.",
}
GENERAL_FIGURE = {
    "en": "I grew up in this district. Statistics show that 40% of young people here are unemployed.",
    "fr": "J’ai grandi dans ce quartier. Selon les chiffres, 40 % des jeunes d’ici sont au chômage.",
    "ar": "نشأتُ في هذا الحي. وتشير الأرقام إلى أن نسبة البطالة بين شباب الحي تفوق 40%.",
}
OWN_DIFFICULTY = {
    "en": "I grew up in this district. When a boy asked me if he was a terrorist, I had no answer for him.",
    "fr": "J’ai grandi dans ce quartier. Quand un élève m’a demandé s’il était un terroriste, je "
          "n’avais aucune réponse.",
    "ar": "نشأتُ في هذا الحي. وتعرّضتُ لحملات تشويه وتهديد على مواقع التواصل بسبب مقالاتي.",
}
# Urgency: a threat that comes back each time, a rising trend; a routine is not urgent.
RECURRING_THREAT = {
    "en": "Each time there is an attack, the same hatred comes back to our street.",
    "fr": "À chaque attentat, les mêmes réflexes reviennent dans notre rue.",
    "ar": "في كل مرة يقع فيها اعتداء، تعود الكراهية نفسها إلى حيّنا.",
}
RISING_TREND = {
    "en": "Hate crimes in our county have increased by 40% in two years.",
    "fr": "Les actes de haine ont augmenté de 40 % en deux ans dans notre département.",
    "ar": "ارتفعت جرائم الكراهية في ولايتنا بنسبة 40% خلال عامين.",
}
ROUTINE = {
    "en": "Each time we meet, we share a meal and a story.",
    "fr": "À chaque rencontre, nous partageons un repas et une histoire.",
    "ar": "في كل مرة نلتقي، نتقاسم الطعام والحكايات.",
}
# Hope: change already made (after a turn), or witnessed; a turn to bad news is not hope.
CHANGE_MADE = {
    "en": "Yet our homework club has helped forty teenagers find a mentor.",
    "fr": "Pourtant, notre atelier a permis à soixante jeunes de raconter leur histoire.",
    "ar": "لكنّ نادينا ساعد أربعين شاباً على إيجاد مرشد.",
}
CHANGE_WITNESSED = {
    "en": "I have watched a boy walk back from that edge.",
    "fr": "Une mère peut tout changer : je l’ai vu de mes yeux.",
    "ar": "شهدتُ بعيني شاباً يعود من حافة الهاوية.",
}
SHOWN_POSSIBLE = {  # someone met showed it can be done (not "showed me his phone")
    "en": "Mr. Singh showed me there's something to do.",
    "fr": "Ilyas nous a montré que c'est possible.",
    "ar": "سلمى بينت لنا أنه ممكن.",
}
SHOWN_SOMETHING = {
    "en": "Mr. Singh showed me his phone.",
    "fr": "Ilyas nous a montré son téléphone.",
    "ar": "سلمى بينت لنا الطريق إلى السوق.",
}
GREW_UP_HERE = {  # a lesson about the place the teller grew up in: no change made, no hope
    "en": "But that day taught me who I am, and what the city I grew up in is.",
    "fr": "Mais ce jour-là m'a appris qui je suis, et ce qu'est la ville où j'ai grandi.",
    "ar": "ولكن داك النهار علمني شكون أنا، وشكون هي المدينة اللي كبرت فيها.",
}
WIN_OVER_SENTENCES = {  # (a past dated, what we did, the win, the loss): a precedent told over three sentences
    "en": ("In 2019 the same trust announced it would drop dental coverage. Four hundred retirees signed the petition.",
           "They kept the dental plan.", "They cut the plan anyway."),
    "fr": ("En 2019, la même caisse a annoncé qu'elle supprimait la mutuelle. Nous sommes allés à quatre cents "
           "devant le siège.", "La caisse a reculé.", "Elle l'a supprimée quand même."),
    "ar": ("في سنة 2019 قرر الصندوق إلغاء التغطية الصحية. ذهبنا أربعمئة متقاعد إلى مقر الصندوق.",
           "وتراجع الصندوق عن قراره.", "وألغى الصندوق التغطية رغم ذلك."),
}
BAD_NEWS = {
    "en": "Yet our homework club has closed its doors.",
    "fr": "Pourtant, notre atelier a fermé ses portes.",
    "ar": "لكنّ نادينا أغلق أبوابه.",
}


def _told_cases() -> list[tuple[str, str, str, str, str | None]]:
    """(element, language, part replaced, its new body, the sentence that tells the element
    or None where the element is not there)."""
    cases: list[tuple[str, str, str, str, str | None]] = []
    for lang in LANGUAGES:
        road, act, ask = ROAD_NOT_TAKEN[lang], TURN_ACT[lang], BLOCKS[lang]["now.ask"]
        later, difficulty = LATER_CONSEQUENCE[lang], OWN_DIFFICULTY[lang]
        cases += [
            ("self.choice", lang, "self", road + act, act),
            ("self.choice", lang, "self", road + TURN_STATE[lang], None),
            ("self.outcome", lang, "self", road + act + later, later.strip()),
            ("self.outcome", lang, "self", road + act + NEXT_MINUTE[lang], None),
            ("self.challenge", lang, "self", difficulty, difficulty.split(". ", 1)[1]),
            ("self.challenge", lang, "self", GENERAL_FIGURE[lang], None),
            ("now.urgency", lang, "now", f"{RECURRING_THREAT[lang]} {ask}", RECURRING_THREAT[lang]),
            ("now.urgency", lang, "now", f"{RISING_TREND[lang]} {ask}", RISING_TREND[lang]),
            ("now.urgency", lang, "now", f"{ROUTINE[lang]} {ask}", None),
            ("now.hope", lang, "now", f"{CHANGE_MADE[lang]} {ask}", CHANGE_MADE[lang]),
            ("now.hope", lang, "now", f"{CHANGE_WITNESSED[lang]} {ask}", CHANGE_WITNESSED[lang]),
            ("now.hope", lang, "now", f"{BAD_NEWS[lang]} {ask}", None),
            ("now.hope", lang, "now", f"{SHOWN_POSSIBLE[lang]} {ask}", SHOWN_POSSIBLE[lang]),
            ("now.hope", lang, "now", f"{SHOWN_SOMETHING[lang]} {ask}", None),
            ("now.hope", lang, "now", f"{GREW_UP_HERE[lang]} {ask}", None),
            ("now.hope", lang, "now", f"{WIN_OVER_SENTENCES[lang][0]} {WIN_OVER_SENTENCES[lang][1]} {ask}",
             WIN_OVER_SENTENCES[lang][1]),
            ("now.hope", lang, "now", f"{WIN_OVER_SENTENCES[lang][0]} {WIN_OVER_SENTENCES[lang][2]} {ask}", None),
        ]
    return cases


# Both roads in one sentence: the road not taken, a turn, and what the teller did.
FORK_IN_ONE = {
    "en": "I could have lectured him for five minutes and left, but I asked him to stay.",
    "fr": "Je pouvais lui faire la morale et partir, mais je lui ai demandé de rester.",
    "ar": "كان بوسعي أن أعظه خمس دقائق ثم أنصرف، لكني طلبت منه أن يبقى.",
}
# A challenge, then the teller's first act, with no "decided" and no turn word.
ATTACKED = {
    "en": "That night hundreds of insults filled my phone because I had written about pages "
          "that incite hatred. ",
    "fr": "Cette nuit-là, des centaines d’insultes ont rempli mon téléphone parce que j’avais "
          "écrit sur ces pages haineuses. ",
    "ar": "في تلك الليلة امتلأ هاتفي بآلاف الشتائم لأنني كتبتُ عن صفحات تحرّض على الكراهية. ",
}
FIRST_ACT = {
    "en": "In the morning I went to the police station with sixty pages of screenshots.",
    "fr": "Le matin, je suis allée au commissariat avec soixante pages de captures d’écran.",
    "ar": "في الصباح ذهبت إلى مركز الشرطة ومعي ستون صفحة من لقطات الشاشة.",
}
# A fear that lasts is not what came of the choice.
LASTING_FEAR = {
    "en": " For months I have been afraid.",
    "fr": " Depuis des mois, j’ai peur.",
    "ar": " منذ أشهر وأنا خائفة.",
}
# Hope: a slogan is not a source of hope; growth already won is.
SLOGAN = {
    "en": "Together we can build a fairer society.",
    "fr": "Ensemble, nous pouvons bâtir une société plus juste.",
    "ar": "معاً نستطيع أن نبني مجتمعاً أعدل.",
}
GROWTH = {
    "en": "But since January more than a hundred residents have joined our watch group.",
    "fr": "Mais depuis janvier, plus de cent habitants ont rejoint notre groupe de vigilance.",
    "ar": "لكنّ شبكتنا التي بدأت بخمس نساء تضمّ اليوم أكثر من مئة عضوة.",
}
# Urgency tied to an event, or to a loss that comes back each season.
EVENT = {
    "en": "The elections are coming, and the smear campaigns will get worse.",
    "fr": "Les élections arrivent, et les campagnes de haine vont s’intensifier.",
    "ar": "الانتخابات على الأبواب، وحملات التشهير ستشتدّ.",
}
SEASONAL_LOSS = {
    "en": "Every summer, boys from our street disappear to the sea.",
    "fr": "Chaque été, des garçons du quartier disparaissent vers la mer.",
    "ar": "كل صيف يختفي شبان من حيّنا في البحر.",
}
# Shared value: an exhortation to "all of us" is none; what "we" know together is one.
TIME_TO_ACT = {
    "en": "It is time for all of us to act. We must raise our children on tolerance and respect.",
    "fr": "Il est temps pour nous tous d’agir. Nous devons élever nos enfants dans le respect et "
          "la tolérance.",
    "ar": "حان الوقت لنا جميعاً أن نتحرك. يجب أن نربّي أبناءنا على قيم التسامح والاحترام.",
}
KNOWN_TOGETHER = {
    "en": "We know what it means to stand by each other when work runs out.",
    "fr": "Nous savons ce que veut dire être solidaires quand le travail manque.",
    "ar": "نحن أهل هذا الحي نعرف جيداً معنى التضامن حين يغيب العمل.",
}


# Urgency as a dated event; hope as a precedent (a success already seen).
DATED_EVENT = {
    "en": "The school board votes on the budget next Tuesday, March 19.",
    "fr": "Le conseil communal votera le budget le mardi 21 mai.",
    "ar": "يصوّت المجلس البلدي على الميزانية يوم 7 أكتوبر.",
}
PRECEDENT = {
    "en": "Last winter the same campaign worked in the next town.",
    "fr": "L’hiver dernier, la même campagne a marché dans la ville voisine.",
    "ar": "في الشتاء الماضي نجحت الحملة نفسها في المدينة المجاورة.",
}
# A state after the challenge is not a choice; a question is not an outcome.
PROUD = {
    "en": "I am so proud of them.",
    "fr": "Et je suis tellement fière d’eux.",
    "ar": "أنا فخورة بهم كثيراً.",
}
QUESTION = {
    "en": " How can we say it to others today?",
    "fr": " Comment le dire aux autres aujourd’hui ?",
    "ar": " فكيف نقولها نحن اليوم لغيرنا؟",
}


# The Self told with "we" ("my colleague and I"); deadlines that run out; things getting worse.
WE_CRIED = {
    "en": "That week my colleague and I cried in the staff room, and we could not sleep. ",
    "fr": "Cette semaine-là, ma collègue et moi, nous avons pleuré dans la salle des profs. ",
    "ar": "في ذلك الأسبوع بكينا في قاعة الأساتذة، أنا وزميلتي. ",
}
WE_CHOSE = {
    "en": "Then we decided to open a debate club on Saturday mornings.",
    "fr": "Alors nous avons décidé d’ouvrir un club de débat le samedi matin.",
    "ar": "ثم قررنا أن نفتح نادياً للنقاش كل سبت صباحاً.",
}
RUNS_OUT = {
    "en": "The county grant that pays for the program runs out on June 30.",
    "fr": "La subvention qui finance le programme prend fin le 30 juin.",
    "ar": "والمدارس تغلق أبوابها في 15 يونيو، والصيف موسم التجنيد.",
}
WORSENING = {
    "en": "Every indicator in our district is getting worse year after year.",
    "fr": "Dans notre quartier, la situation se dégrade d’année en année.",
    "ar": "كل المؤشرات في حيّنا تسير نحو الأسوأ سنة بعد أخرى.",
}


def _more_told_cases() -> list[tuple[str, str, str, str, str | None]]:
    """Second round, from a held-out batch's misses (written anew, not copied from it)."""
    cases: list[tuple[str, str, str, str, str | None]] = []
    for lang in LANGUAGES:
        road, act, ask = ROAD_NOT_TAKEN[lang], TURN_ACT[lang], BLOCKS[lang]["now.ask"]
        cases += [
            ("self.choice", lang, "self", FORK_IN_ONE[lang], FORK_IN_ONE[lang]),
            ("self.choice", lang, "self", ATTACKED[lang] + FIRST_ACT[lang], FIRST_ACT[lang]),
            ("self.outcome", lang, "self", road + act + LASTING_FEAR[lang], None),
            ("now.hope", lang, "now", f"{SLOGAN[lang]} {ask}", None),
            ("now.hope", lang, "now", f"{GROWTH[lang]} {ask}", GROWTH[lang]),
            ("now.urgency", lang, "now", f"{EVENT[lang]} {ask}", EVENT[lang]),
            ("now.urgency", lang, "now", f"{SEASONAL_LOSS[lang]} {ask}", SEASONAL_LOSS[lang]),
            ("us.shared_value", lang, "us", TIME_TO_ACT[lang], None),
            ("us.shared_value", lang, "us", KNOWN_TOGETHER[lang], KNOWN_TOGETHER[lang]),
            ("now.urgency", lang, "now", f"{DATED_EVENT[lang]} {ask}", DATED_EVENT[lang]),
            ("now.hope", lang, "now", f"{PRECEDENT[lang]} {ask}", PRECEDENT[lang]),
            ("self.choice", lang, "self", ATTACKED[lang] + PROUD[lang], None),
            ("self.outcome", lang, "self", road + act + QUESTION[lang], None),
            ("self.choice", lang, "self", WE_CRIED[lang] + WE_CHOSE[lang], WE_CHOSE[lang]),
            ("now.urgency", lang, "now", f"{RUNS_OUT[lang]} {ask}", RUNS_OUT[lang]),
            ("now.urgency", lang, "now", f"{WORSENING[lang]} {ask}", WORSENING[lang]),
        ]
    return cases


# Urgency told as a fact of the situation: a countdown ("in three weeks") or a run that
# keeps going ("three years in a row"); a countdown in a precedent is not urgency, nor
# is "approche" the noun.
COUNTDOWN = {
    "en": "The school year starts in three weeks, and the club still has no volunteers.",
    "fr": "La rentrée, c’est dans trois semaines, et le club n’a toujours pas de bénévoles.",
    "ar": "العام الدراسي يبدأ بعد ثلاثة أسابيع، والنادي ما زال بلا متطوعين.",
}
RUN_OF_YEARS = {
    "en": "The river has flooded the lower town three years in a row.",
    "fr": "Le fleuve a inondé la ville basse trois années d’affilée.",
    "ar": "غمر النهر الحي السفلي للعام الثالث على التوالي.",
}
# A résumé's form fields and list items are no moment, however many names and dates.
FORM_FIELDS = {
    "en": ("I work as a community mediator.\nRole: Lead mediator, Southside Neighbors United, "
           "Dayton (since 2016)\nEducation: B.A. in Sociology, University of Dayton (2012)\n\n"
           "- 2012–2016: Youth outreach worker, Boys Club of Dayton, Main Street"),
    "fr": ("Je travaille comme médiatrice.\nFonction : médiatrice principale, Maison de quartier "
           "Libérateurs, Bruxelles (depuis 2016)\nFormation : licence de sociologie, Université de "
           "Liège (2012)\n\n- 2012–2016 : animatrice, Maison des jeunes de Jette, rue Léopold"),
    "ar": ("أعمل وسيطة في الحي.\nالمهنة: وسيطة رئيسية في جمعية الجيران بطرابلس (منذ 2016)\n"
           "المؤهلات: ليسانس في علم الاجتماع من جامعة طرابلس (2012)\n\n"
           "- 2012–2016: منشطة في دار الشباب بشارع عمر المختار"),
}
PAST_COUNTDOWN = {
    "en": "Last year the club was full in two weeks.",
    "fr": "Il nous faudra une approche globale et concertée.",
    "ar": "في العام الماضي امتلأ النادي بعد ثلاثة أسابيع.",
}

# Hope: a turn to something that already worked, with nothing bad in it; an organisation's
# list of values is not a shared value made concrete.
TURN_TO_PRECEDENT = {
    "en": "But last spring, eleven volunteers kept the Saturday sessions open for six weeks.",
    "fr": "Pourtant, l’an dernier, les douze jeunes suivis par nos bénévoles ont tous trouvé un stage.",
    "ar": "لكن الحي أثبت أنه أقوى: في العام الماضي نظّمنا يوم الأبواب المفتوحة مع الكنيسة المجاورة.",
}
TURN_TO_LOSS = {
    "en": "But last spring the council closed the Saturday sessions for good.",
    "fr": "Pourtant, l’an dernier, la mairie a fermé l’atelier du samedi.",
    "ar": "لكن في العام الماضي أغلقت البلدية نادي السبت.",
}
VALUE_LIST = {
    "en": "At our association, our core values are diversity, inclusion, respect and collaboration.",
    "fr": "Dans notre association, nous croyons aux valeurs de solidarité, de partage et de dignité.",
    "ar": "في جمعيتنا نؤمن بقيم الحوار والتسامح والانفتاح.",
}


def _third_told_cases() -> list[tuple[str, str, str, str, str | None]]:
    """Third round, from blind-5 and blind-6 misses (written anew, not copied from them)."""
    cases: list[tuple[str, str, str, str, str | None]] = []
    for lang in LANGUAGES:
        ask = BLOCKS[lang]["now.ask"]
        cases += [
            ("now.urgency", lang, "now", f"{COUNTDOWN[lang]} {ask}", COUNTDOWN[lang]),
            ("now.urgency", lang, "now", f"{RUN_OF_YEARS[lang]} {ask}", RUN_OF_YEARS[lang]),
            ("now.urgency", lang, "now", f"{PAST_COUNTDOWN[lang]} {ask}", None),
            ("self.moment", lang, "self", FORM_FIELDS[lang], None),
            ("now.hope", lang, "now", f"{TURN_TO_PRECEDENT[lang]} {ask}", TURN_TO_PRECEDENT[lang]),
            ("now.hope", lang, "now", f"{TURN_TO_LOSS[lang]} {ask}", None),
            ("us.shared_value", lang, "us", VALUE_LIST[lang], None),
        ]
    return cases


OTHERS_DATED_FUTURE = {  # someone else's coming act, with a date: urgency
    "en": "On 30 June the owner is going to sell the four buildings on Weaver Street.",
    "fr": "Le 30 juin, la société veut vendre les quatre immeubles de la rue des Tisserands.",
    "ar": "أعلنت البلدية أنها ستُصدر قرارات الإخلاء قبل 30 جوان.",
}
OUR_PLAN_FOR_A_YEAR = {  # the teller's own plan for a year: no urgency
    "en": "In 2027 we will expand our programmes and strengthen our partnerships.",
    "fr": "En 2027, nous allons élargir nos programmes et renforcer nos partenariats.",
    "ar": "في 2027 سنوسّع برامجنا ونعزّز شراكاتنا.",
}
LASTING_HARM = {  # a harm that has lasted up to now: urgency
    "en": "The lift at Central station has been broken for six weeks.",
    "fr": "L’ascenseur de la gare centrale est en panne depuis six semaines.",
    "ar": "الأنبوب القديم قرب الميناء يسرّب منذ أسبوعين.",
}
LASTING_GOOD = {  # a success that has lasted: no urgency
    "en": "Since January, the cooperative has signed supply agreements with two shops.",
    "fr": "Depuis janvier, la coopérative a signé deux contrats avec des épiceries.",
    "ar": "منذ 3 يناير وقّعت التعاونية اتفاقيات مع متجرين.",
}
TURN_TO_HELP = {  # a turn to others already acting: hope
    "en": "But we are not starting from nothing: the parish has offered its hall rent-free.",
    "fr": "Mais on a déjà gagné une fois : les locataires du numéro 12 ont obtenu un loyer gelé.",
    "ar": "لكننا لسنا أول من يواجه هذا: في الحي المجاور اعتصم السكان فحصلوا على الترميم.",
}
TURN_TO_NOTHING = {  # a turn to nothing done: no hope
    "en": "But nobody from the council has answered our letters.",
    "fr": "Mais personne à la mairie n’a répondu à nos lettres.",
    "ar": "لكن لم يرد أحد من البلدية على رسائلنا.",
}
BELIEF_WITH_AN_OUGHT = {  # the ought is what the value says: a shared value
    "en": "We share the belief that nobody should lie in the dark feeling like a bother.",
    "fr": "Nous partageons la conviction que personne ne devrait rester seul dans le noir.",
    "ar": "نؤمن جميعاً بأنه لا ينبغي أن يبقى أحد وحيداً في الظلام.",
}
EXHORTATION_TO_A_VALUE = {  # the ought comes first: an exhortation, no shared value
    "en": "We must all share the belief that nobody is a bother.",
    "fr": "Nous devons tous partager la conviction que personne n’est de trop.",
    "ar": "يجب علينا جميعاً أن نؤمن بأن لا أحد زائد.",
}


FOUNDED_IN_A_YEAR = {  # a résumé's year and a name: no moment
    "en": "In 2011 I founded the Tamkine association in Rabat, which I chaired for eight years.",
    "fr": "J’ai fondé en 2011 l’association Tamkine à Rabat, que j’ai présidée pendant huit ans.",
    "ar": "في سنة 2011 أسّست جمعية تمكين في مدينة الرباط وترأستها ثماني سنوات.",
}


def _fourth_told_cases() -> list[tuple[str, str, str, str, str | None]]:
    """Fourth round, from blind-7 misses: who acts and when (written anew, not copied)."""
    cases: list[tuple[str, str, str, str, str | None]] = []
    for lang in LANGUAGES:
        ask = BLOCKS[lang]["now.ask"]
        cases += [
            ("now.urgency", lang, "now", f"{OTHERS_DATED_FUTURE[lang]} {ask}", OTHERS_DATED_FUTURE[lang]),
            ("now.urgency", lang, "now", f"{OUR_PLAN_FOR_A_YEAR[lang]} {ask}", None),
            ("now.urgency", lang, "now", f"{LASTING_HARM[lang]} {ask}", LASTING_HARM[lang]),
            ("now.urgency", lang, "now", f"{LASTING_GOOD[lang]} {ask}", None),
            ("now.hope", lang, "now", f"{TURN_TO_HELP[lang]} {ask}", TURN_TO_HELP[lang]),
            ("now.hope", lang, "now", f"{TURN_TO_NOTHING[lang]} {ask}", None),
            ("us.shared_value", lang, "us", BELIEF_WITH_AN_OUGHT[lang], BELIEF_WITH_AN_OUGHT[lang]),
            ("us.shared_value", lang, "us", EXHORTATION_TO_A_VALUE[lang], None),
            ("self.moment", lang, "self", FOUNDED_IN_A_YEAR[lang], None),
        ]
    return cases


SOMEONE_ELSE_CHOOSES = {  # the choice is someone met's, not the teller's: no choice
    "en": ("Last winter a mother came to my pharmacy in tears, and I did not know what to say. "
           "Her son Anis, seventeen, had stopped eating with the family."),
    "fr": ("L’hiver dernier, une mère est venue pleurer dans ma pharmacie, et je ne savais pas quoi "
           "dire. Son fils Anis, dix-sept ans, avait arrêté de manger avec la famille."),
    "ar": ("في الشتاء الماضي دخلت عليّ أمّ إلى الصيدلية تبكي، وأنا لم أعرف ماذا أقول. "
           "قالت إن ابنها أنيس توقف عن الأكل مع العائلة. ثم عادت إلى بيتها."),
}
TELLER_CHOOSES = {  # the same story, and the teller acts: a choice
    "en": ("Last winter a mother came to my pharmacy in tears, and I did not know what to say. "
           "The next morning I stopped waiting and called the youth centre."),
    "fr": ("L’hiver dernier, une mère est venue pleurer dans ma pharmacie, et je ne savais pas quoi "
           "dire. Le lendemain matin, j’ai arrêté d’attendre et j’ai appelé la maison des jeunes."),
    "ar": ("في الشتاء الماضي دخلت عليّ أمّ إلى الصيدلية تبكي، وأنا لم أعرف ماذا أقول. "
           "في الصباح التالي قررتُ أن أتصل بدار الشباب."),
}

CAN_WITH_PROOF = {  # "we can", and the win already had right after it: hope
    "en": ("We can win this. Two years ago the riders packed the board meeting and we saved "
           "the night bus."),
    "fr": "On peut gagner. En 2019, la ligne 12 devait fermer aussi, et nous l’avons sauvée.",
    "ar": "نستطيع أن نربح هذه المعركة. قبل سنتين أرادوا إغلاق المستوصف، فجمعنا ستمائة توقيع وبقي مفتوحاً.",
}
CAN_ALONE = {  # "we can" with nothing to show for it: a slogan, no hope
    "en": "We can win this. The board has not answered our letters.",
    "fr": "On peut gagner. La direction n’a pas répondu à nos lettres.",
    "ar": "نستطيع أن نربح هذه المعركة. لم ترد الإدارة على رسائلنا.",
}

HOPE_DOUBTED = {  # a hope word under a doubt: no hope
    "en": "I don't know if what we do will succeed this time.",
    "fr": "Je ne sais pas si ce que nous faisons va réussir cette fois.",
    "ar": "لا أعرف إن كان ما نفعله سينجح هذه المرة.",
}
HOPE_HELD = {  # the same words, held: hope
    "en": "I know that what we do will succeed this time.",
    "fr": "Je sais que ce que nous faisons va réussir cette fois.",
    "ar": "أعرف أن ما نفعله سينجح هذه المرة.",
}
HOPE_IN_A_NAME = {  # a hope word that names a place or a group: no hope
    "en": "The Hope Centre on Mill Road closed its doors in March.",
    "fr": "Le centre Espoir de la rue du Moulin a fermé ses portes en mars.",
    "ar": "أغلقت جمعية درب الأمل أبوابها في شهر مارس.",
}
SLOGAN = {  # a slogan with nothing concrete: neither hope nor a shared value
    "en": "I believe that together we can build a better future for our children.",
    "fr": "Je crois qu’ensemble nous pouvons construire un avenir meilleur pour nos enfants.",
    "ar": "أؤمن أننا معاً نستطيع أن نبني مستقبلاً أفضل لأطفالنا.",
}

FOUNDED_AN_ORGANISATION = {  # a year and an organisation founded: a résumé line, no choice
    "en": "In 2012 I founded the Nakhil Centre for Civic Dialogue, which has since trained 3,000 young people.",
    "fr": "En 2012, j’ai fondé l’association Nakhil pour le dialogue, qui a formé depuis 3 000 jeunes.",
    "ar": "في سنة 2012 أسّستُ جمعية النخيل للحوار، التي درّبت منذ ذلك الحين 3000 شاب.",
}
DECIDED_IN_A_YEAR = {  # a year and the teller's own decision: a choice
    "en": "In 2014 I decided to put my real address back on my CV.",
    "fr": "En 2014, j’ai décidé de remettre ma vraie adresse sur mon CV.",
    "ar": "في سنة 2014 قرّرتُ أن أعيد عنواني الحقيقي إلى سيرتي الذاتية.",
}

DONE_BEFORE = {  # a capacity already proven: hope
    "en": "We have done this before.",
    "fr": "On l’a déjà fait.",
    "ar": "فعلناها من قبل.",
}
SOMETHING_MOVING = {  # change already under way, said outright: hope
    "en": "Still, something is moving in this town.",
    "fr": "Pourtant, quelque chose bouge dans cette ville.",
    "ar": "ومع ذلك، شيء ما يتحرك في هذه المدينة.",
}
SOLUTIONS_WITH_PROOF = {  # "solutions exist", and an evaluation right after: hope
    "en": "Solutions exist. The 2022 evaluation showed that the pilot in twelve schools halved hate posts.",
    "fr": ("Des solutions existent. L’évaluation de 2022 a montré que le programme pilote a fait "
           "baisser de moitié les contenus haineux."),
    "ar": "الحلول موجودة. أظهر تقييم 2022 أن البرنامج التجريبي خفّض خطاب الكراهية إلى النصف.",
}
KNOW_HOW_ALONE = {  # "we know how" with nothing to show for it: no hope
    "en": "In our neighbourhoods we know how to do this.",
    "fr": "Dans nos quartiers, on sait faire.",
    "ar": "في أحيائنا نعرف كيف نفعل هذا.",
}

OTHERS_ANNOUNCED = {  # an event others have announced for a date: urgency
    "en": "A far-right group has announced a march past the mosque on Rue Haute on 16 March.",
    "fr": "Un groupe d’ultradroite a annoncé un défilé dans notre quartier le 16 mars.",
    "ar": "أعلنت مجموعة متطرفة عن مسيرة في حيّنا يوم 16 مارس.",
}
WE_ANNOUNCED_IN_A_YEAR = {  # the teller's own announcement, a year alone: no urgency
    "en": "In 2019 we announced our reading programme for the whole district.",
    "fr": "En 2019, nous avons annoncé notre programme de lecture pour tout le quartier.",
    "ar": "في سنة 2019 أعلنّا برنامج القراءة لكل الحي.",
}

WE_ASK_OURSELVES = {  # a rhetorical question with "we": no value held
    "en": "Are we going to wait until our children fall ill and just stand there watching?",
    "fr": "Allons-nous attendre que nos enfants tombent malades et rester là à regarder ?",
    "ar": "هل ننتظر حتى يمرض أطفالنا ونقف نتفرج؟",
}
WE_KNOW_A_FIGURE = {  # a figure "we all know": no value held
    "en": "More than 80% of racist attacks are never reported, and we all know why.",
    "fr": "Plus de 80 % des agressions racistes ne sont jamais signalées, et nous savons tous pourquoi.",
    "ar": "أكثر من 80% من الاعتداءات العنصرية لا يتم التبليغ عنها، وكلنا نعرف لماذا.",
}
PEOPLE_SLOGAN = {  # a people describing itself: a slogan, no value shown
    "en": "We Libyans are a moderate, peace-loving people who love tolerance.",
    "fr": "Nous, les Libyens, sommes un peuple pacifique, modéré et attaché à la tolérance.",
    "ar": "نحن الليبيين شعب مسلم معتدل، محبّ للسلام والتسامح.",
}

ALL_HUMAN = {  # humanity said of everyone: a slogan, no value shown
    "en": "We are all the same.",
    "fr": "Nous sommes tous des êtres humains.",
    "ar": "نحن كلنا بشر.",
}

HELP_OFFERED = {  # help already offered: hope
    "en": "The bookshop on Gabriel-Péri Street has already offered books for the workshop.",
    "fr": "La librairie de la rue Gabriel-Péri a déjà offert des livres pour l’atelier.",
    "ar": "عرضت علينا مكتبة الحي كتباً للورشة.",
}
PROVED_WITH_A_WIN = {  # "we already proved it", and the win right after, ending in "never": hope
    "en": ("But we already proved that we can act. In 2018, when a group tried to open premises on "
           "Station Street, the residents mobilised and the premises never opened."),
    "fr": ("Mais on a déjà montré qu’on savait se tenir. En 2018, quand un groupe a voulu ouvrir un "
           "local rue de la Station, les habitants se sont mobilisés et le local n’a jamais ouvert."),
    "ar": ("لقد أثبتنا أننا قادرون على الفعل. في سنة 2018، حين أراد أحدهم فتح محل في شارع المحطة، "
           "تحرّك السكان ولم يُفتح المحل أبداً."),
}

BYLINE = {  # a byline with a name and a title: no moment
    "en": "Presented by Mr. Karim Bennani, municipal councillor, Commission for Social Affairs and Youth.",
    "fr": "Présenté par M. Karim Bennani, conseiller municipal, Commission des affaires sociales et de la jeunesse.",
    "ar": "من إعداد السيد كريم بناني، مستشار جماعي، لجنة الشؤون الاجتماعية والشباب.",
}
NAMED_IN_QUOTES = {  # an organisation's name in quotes is no words spoken: no moment
    "en": 'In Benghazi I am also founder of the association "Safe Youth Benghazi" and coordinator of its programme.',
    "fr": "À Casablanca, je suis aussi fondatrice de l’association « Santé pour tous » et formatrice au Croissant-Rouge.",
    "ar": "في بنغازي أنا أيضاً مؤسس جمعية «شباب آمن» ومنسق برنامج التوعية في المدارس.",
}


def _fifth_told_cases() -> list[tuple[str, str, str, str, str | None]]:
    """Fifth round, from blind-9 misses: whose choice it is, "we can" and its proof, hope
    doubted, named or a slogan (written anew, not copied)."""
    cases: list[tuple[str, str, str, str, str | None]] = []
    for lang in LANGUAGES:
        own = TELLER_CHOOSES[lang].split(". ")[-1]
        ask = BLOCKS[lang]["now.ask"]
        cases += [
            ("self.choice", lang, "self", SOMEONE_ELSE_CHOOSES[lang], None),
            ("self.choice", lang, "self", TELLER_CHOOSES[lang], own),
            ("now.hope", lang, "now", f"{CAN_WITH_PROOF[lang]} {ask}", CAN_WITH_PROOF[lang].split(". ")[0] + "."),
            ("now.hope", lang, "now", f"{CAN_ALONE[lang]} {ask}", None),
            ("now.hope", lang, "now", f"{HOPE_DOUBTED[lang]} {ask}", None),
            ("now.hope", lang, "now", f"{HOPE_HELD[lang]} {ask}", HOPE_HELD[lang]),
            ("now.hope", lang, "now", f"{HOPE_IN_A_NAME[lang]} {ask}", None),
            ("now.hope", lang, "now", f"{SLOGAN[lang]} {ask}", None),
            ("us.shared_value", lang, "us", SLOGAN[lang], None),
            ("self.choice", lang, "self", FOUNDED_AN_ORGANISATION[lang], None),
            ("self.choice", lang, "self", DECIDED_IN_A_YEAR[lang], DECIDED_IN_A_YEAR[lang]),
            ("now.hope", lang, "now", f"{DONE_BEFORE[lang]} {ask}", DONE_BEFORE[lang]),
            ("now.hope", lang, "now", f"{SOMETHING_MOVING[lang]} {ask}", SOMETHING_MOVING[lang]),
            ("now.hope", lang, "now", f"{SOLUTIONS_WITH_PROOF[lang]} {ask}",
             SOLUTIONS_WITH_PROOF[lang].split(". ")[0] + "."),
            ("now.hope", lang, "now", f"{KNOW_HOW_ALONE[lang]} {ask}", None),
            ("now.urgency", lang, "now", f"{OTHERS_ANNOUNCED[lang]} {ask}", OTHERS_ANNOUNCED[lang]),
            ("now.urgency", lang, "now", f"{WE_ANNOUNCED_IN_A_YEAR[lang]} {ask}", None),
            ("us.shared_value", lang, "us", WE_ASK_OURSELVES[lang], None),
            ("us.shared_value", lang, "us", WE_KNOW_A_FIGURE[lang], None),
            ("us.shared_value", lang, "us", PEOPLE_SLOGAN[lang], None),
            ("us.shared_value", lang, "us", ALL_HUMAN[lang], None),
            ("now.hope", lang, "now", f"{HELP_OFFERED[lang]} {ask}", HELP_OFFERED[lang]),
            ("self.moment", lang, "self", BYLINE[lang], None),
            ("self.moment", lang, "self", NAMED_IN_QUOTES[lang], None),
            ("now.hope", lang, "now", f"{PROVED_WITH_A_WIN[lang]} {ask}",
             PROVED_WITH_A_WIN[lang].split(". ")[0] + "."),
        ]
    return cases


NO_DISTINCTION = {  # help that asks nothing of who is helped: a shared value shown
    "en": "When the siren goes at night, nobody asks whose house it is or where they pray.",
    "fr": "Quand la sirène sonne la nuit, personne ne demande à qui est la maison ni où l’on prie.",
    "ar": "عندما تدوي صفارة الإنذار ليلاً، لا أحد يسأل لمن البيت ولا أين يصلي أصحابه.",
}
WITHOUT_DISTINCTION = {  # said with "without" / « sans » / دون: the same value
    "en": "In the flood the women shared the blankets without asking who was Muslim and who was not.",
    "fr": "Pendant l’inondation, les femmes partageaient les couvertures sans demander qui était musulman.",
    "ar": "في الفيضان تقاسمت النساء البطانيات دون أن يسألن عن دين أو أصل.",
}
NOT_CONSULTED = {  # nobody asked the teller: a complaint, no value
    "en": "Nobody asked us what we needed.",
    "fr": "Personne ne nous a demandé si nous étions d’accord.",
    "ar": "لم يسألنا أحد عن رأينا.",
}

WHO_WE_ARE = {  # the teller naming what was just shown: a shared value
    "en": "Last winter the whole street cooked for the Haddad family. That's who we are.",
    "fr": "L’hiver dernier, toute la rue a cuisiné pour la famille Haddad. C’est ça, nous.",
    "ar": "في الشتاء الماضي طبخ الشارع كله لعائلة حداد. هكذا نحن.",
}
NOT_WHO_WE_ARE = {  # denied: no value held
    "en": "This is not who we are.",
    "fr": "Ce n’est pas ça, nous.",
    "ar": "هذا ليس نحن.",
}


def _sixth_told_cases() -> list[tuple[str, str, str, str, str | None]]:
    """Sixth round, from blind-10..12 misses: a shared value shown by help that asks
    nothing of who is helped, or named right after it is shown (written anew, not copied)."""
    cases: list[tuple[str, str, str, str, str | None]] = []
    for lang in LANGUAGES:
        cases += [
            ("us.shared_value", lang, "us", NO_DISTINCTION[lang], NO_DISTINCTION[lang]),
            ("us.shared_value", lang, "us", WITHOUT_DISTINCTION[lang], WITHOUT_DISTINCTION[lang]),
            ("us.shared_value", lang, "us", NOT_CONSULTED[lang], None),
            ("us.shared_value", lang, "us", WHO_WE_ARE[lang], WHO_WE_ARE[lang].split(". ")[-1]),
            ("us.shared_value", lang, "us", NOT_WHO_WE_ARE[lang], None),
        ]
    return cases


COMMON_HUMANITY = {  # humanity asserted of everyone: no value of this community shown
    "en": "We all cry the same tears and we all love our children.",
    "fr": "Nous pleurons tous les mêmes larmes, nous avons tous le même cœur.",
    "ar": "كلنا نبكي نفس الدموع، وكلنا نحب أولادنا.",
}
ONE_FAMILY_THAT_ACTS = {  # "one family" with what we did: a value shown
    "en": "We are all one family here: last winter we took turns cooking for Mrs Diallo.",
    "fr": "Nous sommes tous une grande famille ici : l’hiver dernier, nous avons cuisiné à tour de rôle pour Mme Diallo.",
    "ar": "نحن كلنا عائلة واحدة هنا: في الشتاء الماضي طبخنا بالتناوب للسيدة ديالو.",
}
GREW_BY = {  # a rise said with another verb: urgency
    "en": "Hate crimes against Arabs grew by 70% in the last two years.",
    "fr": "Les crimes de haine contre les Arabes se sont accrus de 70 % en deux ans.",
    "ar": "زادت جرائم الكراهية ضد العرب بنسبة 70% خلال السنتين الأخيرتين.",
}
ORIGIN_DOES_NOT_MATTER = {  # declared, with common humanity: no value of this community shown
    "en": "It does not matter where we come from or the colour of our skin: we all have a heart.",
    "fr": "Peu importe d’où l’on vient ou la couleur de notre peau : nous avons tous un cœur.",
    "ar": "لا يهم من أين جئنا ولا لون بشرتنا، نحن كلنا نحب ونتألم ونحلم.",
}
WORKED_THERE = {  # what worked elsewhere said to work here, no "we" needed: hope
    "en": "What worked on the night bus can work on every line.",
    "fr": "Ce qui a marché dans la tour 9 peut marcher dans chaque immeuble.",
    "ar": "ما نجح في حي النور يمكن أن ينجح في كل حي.",
}
FAILED_THERE = {  # what failed elsewhere: no hope
    "en": "What failed on the night bus can fail on every line.",
    "fr": "Ce qui a échoué dans la tour 9 peut échouer dans chaque immeuble.",
    "ar": "ما فشل في حي النور يمكن أن يفشل في كل حي.",
}


RESULT_FIGURE = {  # a figure of what a programme already achieved: hope
    "en": "Of the 212 trainees, 96 have moved into paid work: 45 percent.",
    "fr": "Selon l’Observatoire, 7 jeunes sur 10 qui reçoivent un tuteur sont scolarisés.",
    "ar": "بحسب تقرير الجمعية، نجح 40 شابا من أصل 60 في إيجاد عمل بعد التكوين.",
}
RESULT_FIGURE_THREAT = {  # …said with a danger growing: no hope
    "en": "Of the 212 trainees, 96 have moved into paid work: 45 percent, while the danger grows.",
    "fr": "Selon l’Observatoire, 7 jeunes sur 10 qui reçoivent un tuteur sont scolarisés, mais le danger grandit.",
    "ar": "بحسب تقرير الجمعية، نجح 40 شابا من أصل 60 في إيجاد عمل، لكن الخطر يكبر.",
}

NOTHING_WORKED = {  # "can" and "worked", but nothing has: no hope
    "en": "Politicians can promise anything, but nothing has worked so far.",
    "fr": "Les élus peuvent tout promettre, mais rien n’a marché jusqu’ici.",
    "ar": "يمكن للسياسيين أن يعدوا بكل شيء، لكن لا شيء نجح حتى الآن.",
}
SCARCE_RESULT = {  # a result said to be small: no hope
    "en": "Only 5 percent of the trainees have moved into paid work.",
    "fr": "Seulement 7 jeunes sur 100 qui reçoivent un tuteur sont scolarisés.",
    "ar": "نجح 5% فقط من الشباب في إيجاد عمل بعد التكوين.",
}


def _seventh_told_cases() -> list[tuple[str, str, str, str, str | None]]:
    """Seventh round, from blind-10..13 misses: common humanity is no shared value; what
    worked elsewhere, and a figure of what a programme achieved, are hope (written anew)."""
    cases: list[tuple[str, str, str, str, str | None]] = []
    for lang in LANGUAGES:
        ask = BLOCKS[lang]["now.ask"]
        cases += [
            ("us.shared_value", lang, "us", COMMON_HUMANITY[lang], None),
            ("us.shared_value", lang, "us", ORIGIN_DOES_NOT_MATTER[lang], None),
            ("us.shared_value", lang, "us", ONE_FAMILY_THAT_ACTS[lang], ONE_FAMILY_THAT_ACTS[lang]),
            ("now.urgency", lang, "now", f"{GREW_BY[lang]} {ask}", GREW_BY[lang]),
            ("now.hope", lang, "now", f"{WORKED_THERE[lang]} {ask}", WORKED_THERE[lang]),
            ("now.hope", lang, "now", f"{FAILED_THERE[lang]} {ask}", None),
            ("now.hope", lang, "now", f"{RESULT_FIGURE[lang]} {ask}", RESULT_FIGURE[lang]),
            ("now.hope", lang, "now", f"{RESULT_FIGURE_THREAT[lang]} {ask}", None),
            ("now.hope", lang, "now", f"{NOTHING_WORKED[lang]} {ask}", None),
            ("now.hope", lang, "now", f"{SCARCE_RESULT[lang]} {ask}", None),
        ]
    return cases


FAITH = {  # a statement of faith: no source of hope
    "en": "I believe with all my heart that love is stronger than hate.",
    "fr": "Je crois de tout mon cœur que l’amour est plus fort que la haine.",
    "ar": "أؤمن من كل قلبي أن الحب أقوى من الكراهية.",
}
DREAM = {  # a dream of a better world: no source of hope
    "en": "I dream of a town where no child is afraid to walk to school.",
    "fr": "Je rêve d’une ville où aucun enfant n’a peur d’aller à l’école.",
    "ar": "أحلم بمدينة لا يخاف فيها أي طفل من الذهاب إلى المدرسة.",
}
FAITH_AND_A_WIN = {  # …the same faith, and a win already had: hope
    "en": "I believe we can do it. Last year the council backed down after our petition.",
    "fr": "Je crois qu’on peut y arriver. L’an dernier, la mairie a reculé après notre pétition.",
    "ar": "أؤمن أننا نستطيع. في السنة الماضية تراجع المجلس بعد عريضتنا.",
}

CHANGE_WISHED = {  # a change wished for, not under way: no hope
    "en": "Share it with everyone, things have to move.",
    "fr": "Partagez autour de vous, il faut que ça bouge.",
    "ar": "شاركوا هذا مع الجميع، يجب أن يتحرك شيء.",
}
IF_WE_DO_NOT_LOVE = {  # "if we don't" about a feeling, asked: no urgency
    "en": "Because if we don't love each other, who will?",
    "fr": "Parce que si on ne s’aime pas entre nous, qui le fera ?",
    "ar": "لأننا إذا لم نحب بعضنا، فمن سيفعل؟",
}
IF_WE_DO_NOT_ACT = {  # …"if we don't act" and what follows: urgency
    "en": "If we don't show up, they will close the centre.",
    "fr": "Si nous ne faisons rien, ils fermeront le centre.",
    "ar": "إذا لم نتحرك، سيغلقون المركز.",
}

PILOT_TRIED = {  # a pilot already run, nothing bad told: hope
    "en": "Last spring on line 51 we tested passenger ambassadors: forty regular riders trained to step in.",
    "fr": ("Le printemps dernier, sur la ligne 51, nous avons testé des ambassadeurs de bord : "
           "quarante voyageurs formés."),
    "ar": "في الربيع الماضي جربنا سفراء الركاب على الخط 51: أربعون راكبا تدربوا على التدخل.",
}
PILOT_FAILED = {  # …a pilot that failed: no hope
    "en": "Last year we tried a night patrol. It was a disaster and the youths laughed at us.",
    "fr": "L’an dernier, nous avons essayé des rondes de nuit. Ce fut un échec et personne n’est venu.",
    "ar": "في السنة الماضية جربنا دوريات ليلية. كانت فشلا ولم يأت أحد.",
}
WIN_DATED = {  # a win dated in the past: hope
    "en": "In 2019 we won the vote and the library stayed open.",
    "fr": "En 2014, l’association a obtenu que le fondouk soit restauré pour les artisans.",
    "ar": "في 2014 ربحنا معركة الفندق وبقي للحرفيين.",
}
BIO_TODAY = {  # …what an organisation founded in a year is today: no hope
    "en": "The association was founded in 2015 and today it has 45 members.",
    "fr": "L’association a été fondée en 2015 et compte aujourd’hui 45 membres.",
    "ar": "تأسست الجمعية سنة 2015 وتضم اليوم 45 عضوا.",
}

HARM_GOES_ON = {  # a harm said to go on: urgency
    "en": "Every month that passes without an answer, our children learn that silence is the rule.",
    "fr": "Ça continue, chaque année, pendant qu’on regarde.",
    "ar": "وكل شهر يمر بلا رد، يتعلم أولادنا أن الصمت هو القاعدة.",
}
GOOD_MONTHS = {  # …every month of a good time told: no urgency
    "en": "Every month that the café was open, thirty women came to it.",
    "fr": "Chaque mois où le café était ouvert, trente femmes venaient.",
    "ar": "في كل شهر كان المقهى مفتوحا، كانت ثلاثون امرأة تأتي.",
}

ALL_OF_US_WISH = {  # "we all" and a wish or a feeling, nothing shown: no shared value
    "en": "We all want our children to be safe and happy.",
    "fr": "Je pleure pour nous tous.",
    "ar": "وكلنا نخاف.",
}
ALL_OF_US_DID = {  # …"we all" and something done at a place: a value shown
    "en": "We all cooked for the Benali family the night their flat burned, in the courtyard of block C.",
    "fr": "Nous avons tous cuisiné pour la famille Benali le soir de l’incendie, dans la cour du bloc C.",
    "ar": "كلنا طبخنا لعائلة بنعلي ليلة الحريق في ساحة العمارة.",
}

OUR_BOARD_VOTES = {  # a dated decision of "our" body: why now, not a value held
    "en": "On June 10 the executive board of our local votes on a rule against hate-group recruiting.",
    "fr": "Le 10 juin, le bureau de notre syndicat vote une règle contre le recrutement haineux.",
    "ar": "يوم 10 يونيو يصوت مكتب نقابتنا على قاعدة ضد التجنيد في جماعات الكراهية.",
}
WE_SHARE_IN_JUNE = {  # …a dated custom of sharing: a value shown
    "en": "Every June we share our bread in the square with whoever passes, whatever their faith.",
    "fr": "Chaque mois de juin, nous partageons notre pain sur la place avec tous ceux qui passent, quelle que soit leur foi.",
    "ar": "في كل شهر يونيو نتقاسم خبزنا في الساحة مع كل من يمر، أيا كان دينه.",
}

A_HABIT = {  # what keeps happening, in the present: no moment, and alone no challenge
    "en": "Sometimes I cry alone in the kitchen at night because I am afraid for my son.",
    "fr": "Parfois je pleure seule dans la cuisine la nuit, parce que j’ai peur pour mon fils.",
    "ar": "أحيانا أبكي وحدي في المطبخ ليلا لأنني خائفة على ابني.",
}
MOVED_IN = {
    "en": "Last year I moved to Lyon with my son.",
    "fr": "L’an dernier, j’ai déménagé à Lyon avec mon fils.",
    "ar": "في السنة الماضية انتقلت إلى ليون مع ابني.",
}
FELT_ALONE = {  # a feeling told once with no one, nowhere, no time: general pain, no challenge
    "en": "I was afraid too. I was ashamed of my fear.",
    "fr": "J’ai eu peur, moi aussi. J’ai eu honte de ma peur.",
    "ar": "خفت أنا أيضا. وخجلت من خوفي.",
}
ONE_NIGHT = {  # …one night told in the past: a moment and a challenge
    "en": "One night in March I cried alone in the kitchen because I was afraid for my son.",
    "fr": "Une nuit de mars, j’ai pleuré seule dans la cuisine, parce que j’avais peur pour mon fils.",
    "ar": "في ليلة من شهر مارس بكيت وحدي في المطبخ لأنني كنت خائفة على ابني.",
}

PILOT_DID_NOT_WORK = {  # a pilot and "it did not work" right after: no hope
    "en": "Last year we tried a night patrol. It did not work.",
    "fr": "L’an dernier, on a essayé une ronde de nuit. Ça n’a pas marché.",
    "ar": "في السنة الماضية جربنا دوريات ليلية. لم تنجح.",
}
THEY_WON_AGAINST_US = {  # a dated win of the other side: no hope
    "en": "In 2016 the landlord won the case against us.",
    "fr": "En 2016, le propriétaire a gagné son procès contre nous.",
    "ar": "في 2016 ربحوا القضية ضدنا.",
}
WE_LOOK_OUT = {  # "we all" and help given both ways: a value shown
    "en": "We all look out for each other's children on this street.",
    "fr": "Nous tous, ici, veillons sur les enfants les uns des autres.",
    "ar": "كلنا نرعى أطفال بعضنا في هذا الحي.",
}


def _eighth_told_cases() -> list[tuple[str, str, str, str, str | None]]:
    """Eighth round, from blind-14 misses: faith in love and a dream are no source of
    hope, a win already had is; "if we don't love each other" is no urgency, "if we don't
    act" is; a pilot already run and a win dated in the past are hope; a harm
    said to go on is urgency; "we all" with nothing shown, or a dated decision of "our" board, is no shared
    value; a habit told in the present is no moment (written anew)."""
    cases: list[tuple[str, str, str, str, str | None]] = []
    for lang in LANGUAGES:
        ask = BLOCKS[lang]["now.ask"]
        cases += [
            ("now.hope", lang, "now", f"{FAITH[lang]} {ask}", None),
            ("now.hope", lang, "now", f"{DREAM[lang]} {ask}", None),
            ("now.hope", lang, "now", f"{FAITH_AND_A_WIN[lang]} {ask}",
             FAITH_AND_A_WIN[lang].split(". ")[-1]),
            ("now.urgency", lang, "now", f"{IF_WE_DO_NOT_LOVE[lang]} {ask}", None),
            ("now.hope", lang, "now", f"{CHANGE_WISHED[lang]} {ask}", None),
            ("now.hope", lang, "now", f"{PILOT_TRIED[lang]} {ask}", PILOT_TRIED[lang]),
            ("now.hope", lang, "now", f"{PILOT_FAILED[lang]} {ask}", None),
            ("now.hope", lang, "now", f"{WIN_DATED[lang]} {ask}", WIN_DATED[lang]),
            ("now.hope", lang, "now", f"{BIO_TODAY[lang]} {ask}", None),
            ("now.urgency", lang, "now", f"{HARM_GOES_ON[lang]} {ask}", HARM_GOES_ON[lang]),
            ("now.urgency", lang, "now", f"{GOOD_MONTHS[lang]} {ask}", None),
            ("us.shared_value", lang, "us", ALL_OF_US_WISH[lang], None),
            ("us.shared_value", lang, "us", ALL_OF_US_DID[lang], ALL_OF_US_DID[lang]),
            ("us.shared_value", lang, "us", OUR_BOARD_VOTES[lang], None),
            ("us.shared_value", lang, "us", WE_SHARE_IN_JUNE[lang], WE_SHARE_IN_JUNE[lang]),
            # a habit of feeling alone is no challenge (the coaches of blind-14, -20, -28: general
            # pain), it may weigh in a story where the teller acts
            ("self.challenge", lang, "self", A_HABIT[lang], None),
            ("self.challenge", lang, "self", FELT_ALONE[lang], None),
            ("self.challenge", lang, "self", OWN_DIFFICULTY[lang], OWN_DIFFICULTY[lang].split(". ")[-1]),
            ("self.challenge", lang, "self", f"{MOVED_IN[lang]} {A_HABIT[lang]}", A_HABIT[lang]),
            ("now.hope", lang, "now", f"{PILOT_DID_NOT_WORK[lang]} {ask}", None),
            ("now.hope", lang, "now", f"{THEY_WON_AGAINST_US[lang]} {ask}", None),
            ("us.shared_value", lang, "us", WE_LOOK_OUT[lang], WE_LOOK_OUT[lang]),
            ("self.moment", lang, "self", A_HABIT[lang], None),
            ("self.challenge", lang, "self", ONE_NIGHT[lang], ONE_NIGHT[lang]),
            ("self.moment", lang, "self", ONE_NIGHT[lang], ONE_NIGHT[lang]),
            ("now.urgency", lang, "now", f"{IF_WE_DO_NOT_ACT[lang]} {ask}", IF_WE_DO_NOT_ACT[lang]),
        ]
    return cases


HARM_GROWS = {  # a harm said to grow while we wait: urgency
    "en": "Every day we stay silent, another child learns that this is normal.",
    "fr": "Et chaque semaine qui passe, le port se vide encore un peu plus.",
    "ar": "وكل يوم نسكتوا فيه، ولد جديد يتعلم أن هذا الشيء عادي.",
}
WE_MEET_DAILY = {  # …a custom kept every day: no urgency
    "en": "Every day we meet at the café after work and play cards.",
    "fr": "Chaque jour, on se retrouve au café après le travail pour jouer aux cartes.",
    "ar": "كل يوم نلتقي في المقهى بعد العمل ونلعب الورق.",
}
BUT_TODAY = {  # the turn from the story to the present: urgency
    "en": "But today nearly one young man out of three in our neighbourhood has no work and no school.",
    "fr": "Aujourd’hui, nos jeunes sont au chômage et restent seuls toute la journée.",
    "ar": "لكن اليوم ثلث الشباب في حينا بلا عمل.",
}
TODAY_NO_HARM = {  # …"today" of how things simply are, or "that day" of a story: none
    "en": "Today we are thirty volunteers from twelve countries.",
    "fr": "Aujourd’hui, la bibliothèque est tenue par des bénévoles de la rue.",
    "ar": "في ذلك اليوم خرج كل الحي إلى الشارع بلا عمل ولا خوف. اليوم العالمي للاجئين يوم سبت.",
}
TODAY_I_RUN = {  # …"today" of the teller, good news, a question or a day named: none
    "en": "Today I run the club with my brother. Why now?",
    "fr": "Aujourd’hui je tiens le club avec mon frère. Pourquoi maintenant ?",
    "ar": "اليوم الأول: تقديم المفاهيم وتمارين الحوار. لماذا الآن؟",
}
TODAY_GOOD_NEWS = {
    "en": "Today, thanks to the neighbours, there is hope again on our street.",
    "fr": "Aujourd’hui, grâce aux voisins, il y a de nouveau de l’espoir dans notre rue.",
    "ar": "اليوم، بفضل الجيران، عاد الأمل إلى شارعنا.",
}


FEELINGS_ONLY = {  # a Self of feelings, the teller never acts: no challenge, choice or outcome
    "en": ("I teach children to swim. I see the pain. I see the fear in the eyes of the people. "
           "Sometimes at night I cry. I wonder what we have become."),
    "fr": ("Je suis concierge d’un immeuble. Et depuis quelque temps, j’ai mal, savez-vous. J’ai mal de "
           "voir la haine entrer par les portes, comme un courant d’air qu’on ne peut pas arrêter. "
           "Je sens la peur dans les escaliers. Je me demande ce qu’on est devenus."),
    "ar": ("أنا راعي غنم. أعيش مع الصمت والوحدة. لكن الصمت الذي أسمعه اليوم في قلوب شبابنا "
           "صمت آخر، صمت يخوّف. ومن يومها أحس أن الناس صاروا غرباء."),
}
FELT_IN_THE_PAST = {  # …a challenge told in the past still is one
    "en": "I teach children to swim. Last winter I was alone and afraid in the hospital corridor.",
    "fr": "Je suis concierge. L’hiver dernier, j’étais seule et j’avais peur dans le couloir de l’hôpital.",
    "ar": "أنا راعي غنم. في الشتاء الماضي بكيت كثيرا في الليل، وحدي، حتى لا يراني أولادي.",
}
NOW_EVERYONE = {  # how things are now, no past: no moment
    "en": "I am a caretaker. Now everyone goes home, locks the door twice, and I stay in the cold hall with my sadness.",
    "fr": ("Je suis concierge. Maintenant chacun rentre chez soi, ferme sa porte à double tour, "
           "et moi je reste dans le hall froid avec ma tristesse."),
    "ar": "أنا حارس عمارة. الآن كل واحد يدخل بيته ويغلق بابه بالمفتاح، وأنا أبقى في البهو البارد مع حزني.",
}
AWARD_LINE = {  # a résumé's award line: no moment
    "en": "In 2019 I received the award for best radio programme from the Arab Women Media Forum in Tunis.",
    "fr": "J’ai été élu « artisan de l’année » par la Chambre des métiers à Bruxelles en 2019.",
    "ar": "في 2019 حصلت على جائزة أفضل برنامج إذاعي من منتدى الإعلاميات العربيات في تونس.",
}
AWARD_NIGHT = {  # …the night of an award, told as a scene, is one
    "en": "That night in May, at the ceremony in Tunis, my mother cried in the front row under the hot lights.",
    "fr": "Ce soir de mai, à la cérémonie à Bruxelles, ma mère pleurait au premier rang sous les lumières chaudes.",
    "ar": "في تلك الليلة من شهر ماي، في الحفل بتونس، بكت أمي في الصف الأول تحت الأضواء الحارة.",
}

HOW_WE_LIVE = {  # the teller names what was just shown, with "on" in French: a shared value
    "en": "Families here come from everywhere. That's who we are: we keep each other's children.",
    "fr": "À Roubaix on vient de partout. C’est comme ça qu’on vit ici : on se garde les enfants.",
    "ar": "في حينا جاء الناس من كل مكان. هكذا نعيش هنا: نحرس أولاد الجيران.",
}
WE_LIVE_HERE = {  # …living somewhere, with no value shown or named, is none
    "en": "Families here come from everywhere. We have lived here for a long time.",
    "fr": "À Roubaix on vient de partout. On vit ici depuis longtemps.",
    "ar": "في حينا جاء الناس من كل مكان. نعيش هنا منذ زمن طويل.",
}

QUOTED_CHOICE = {  # a choice in someone's quoted words is theirs, not the teller's
    "en": "One evening my neighbour Sami came to my shop. He told me: \"I decided to leave the group.\"",
    "fr": "Un soir, mon voisin Sami est venu à ma boutique. Il m’a dit : « J’ai décidé de quitter le groupe. »",
    "ar": "في مساء جاء جاري سامي إلى دكاني. قال لي: \"قررت أن أترك المجموعة\".",
}
TELLER_QUOTED = {  # …the teller quoting their own decision still chooses
    "en": "One evening my neighbour Sami came to my shop. I looked at him and said: \"I decided to go with you.\"",
    "fr": "Un soir, mon voisin Sami est venu à ma boutique. Je l’ai regardé et j’ai dit : « J’ai décidé de venir avec toi. »",
    "ar": "في مساء جاء جاري سامي إلى دكاني. نظرت إليه وقلت: \"قررت أن أذهب معك\".",
}
TELLER_DECIDED = {  # …the teller's own, outside quotes, is a choice
    "en": "One evening my neighbour Sami came to my shop. I decided to close the shop and walk with him to the centre.",
    "fr": "Un soir, mon voisin Sami est venu à ma boutique. J’ai décidé de fermer et de l’accompagner au centre.",
    "ar": "في مساء جاء جاري سامي إلى دكاني. قررت أن أغلق الدكان وأرافقه إلى المركز.",
}

RULE_IN_THE_WAY = {  # a rule or a warning in the teller's way is a challenge
    "en": "That Monday at dawn I saw the words on the mosque wall, and it was not my job: my boss had warned me.",
    "fr": "Ce lundi à l’aube, j’ai vu les mots sur le mur de la mosquée, et ce n’était pas mon travail.",
    "ar": "في ذلك الاثنين عند الفجر رأيت الكلمات على جدار المسجد، والقانون واضح: واجهات المباني ليست من شغلنا.",
}
RULE_FOR_OTHERS = {  # …a rule for nobody in the story is not
    "en": "The council says that dogs are not allowed in the park.",
    "fr": "Le règlement du parc dit que les chiens sont interdits.",
    "ar": "البلدية تقول إن الكلاب ممنوعة في الحديقة.",
}

WHAT_WORKS = {  # a programme that already cut a harm, and "we know what works": hope
    "en": "We know what works. In Sousse, a programme of neighbourhood clubs reduced school dropout by 20% in two years.",
    "fr": ("Nous savons ce qui marche. À Sidi Bouzid, un programme de soutien scolaire a réduit les "
           "abandons de 40 % en trois ans."),
    "ar": "نعرف ما ينجح. في سوسة، خفض برنامج نوادي الأحياء الانقطاع المدرسي بنسبة 20% في عامين.",
}
REDUCED_STAFF = {  # …"reduced" as a state, a cut, is none
    "en": "The print edition will end in October. In 2020 the council reduced the youth budget by half.",
    "fr": "L’édition papier s’arrêtera en octobre. En 2020, l’usine a réduit ses effectifs de moitié.",
    "ar": "ستتوقف النسخة الورقية في أكتوبر. وسيستمر الموقع بطاقم أقل.",
}

ALLIES_SAID_YES = {  # allies who already said yes: hope
    "en": "There are good signs.",
    "fr": "Le gérant de la supérette et les deux stations-service m’ont dit oui la semaine dernière.",
    "ar": "كاهن كنيسة الحي وممثل الجمعية اليهودية اتصلا بي هذا الأسبوع وعرضا أن يشاركا.",
}
ALLIES_SAID_NO = {  # …a no is none
    "en": "The pastor said no to our request.",
    "fr": "Le gérant de la supérette m’a dit non la semaine dernière.",
    "ar": "قال الكاهن إنه غير قادر على المشاركة هذا الأسبوع.",
}


def _ninth_told_cases() -> list[tuple[str, str, str, str, str | None]]:
    """Ninth round, from blind-15 misses: a harm said to grow while we wait is urgency, a
    custom kept every day is not; "But today…" turning from the story to a present harm is
    urgency, "today" of the teller, of good news, of a question, of how things simply are
    or of a day named is not; a Self of feelings where the teller never acts has no choice or outcome, and a challenge
    only told in the past or of someone named; how things are now is no moment; nor is a
    résumé's award line (the night of an award, told as a scene, is); "that's how we live
    here" in French, « c'est comme ça qu'on vit ici », names a shared value; a choice
    in someone's quoted words is theirs; a rule or a warning in the teller's way ("it was
    not my job") is a challenge; "we know what works" and a programme that already cut a
    harm are hope, "reduced staffing" is not; so are allies who already said yes."""
    cases: list[tuple[str, str, str, str, str | None]] = []
    for lang in LANGUAGES:
        ask = BLOCKS[lang]["now.ask"]
        cases += [
            ("now.urgency", lang, "now", f"{HARM_GROWS[lang]} {ask}", HARM_GROWS[lang]),
            ("now.urgency", lang, "now", f"{WE_MEET_DAILY[lang]} {ask}", None),
            ("now.urgency", lang, "now", f"{BUT_TODAY[lang]} {ask}", BUT_TODAY[lang]),
            ("now.urgency", lang, "now", f"{TODAY_I_RUN[lang]} {ask}", None),
            ("now.urgency", lang, "now", f"{TODAY_GOOD_NEWS[lang]} {ask}", None),
            ("now.urgency", lang, "now", f"{TODAY_NO_HARM[lang]} {ask}", None),
            ("self.challenge", lang, "self", FEELINGS_ONLY[lang], None),
            ("self.choice", lang, "self", FEELINGS_ONLY[lang], None),
            ("self.outcome", lang, "self", FEELINGS_ONLY[lang], None),
            ("self.challenge", lang, "self", FELT_IN_THE_PAST[lang], FELT_IN_THE_PAST[lang].split(". ")[-1]),
            ("self.moment", lang, "self", NOW_EVERYONE[lang], None),
            ("self.moment", lang, "self", AWARD_LINE[lang], None),
            ("self.moment", lang, "self", AWARD_NIGHT[lang], AWARD_NIGHT[lang]),
            ("us.shared_value", lang, "us", HOW_WE_LIVE[lang], HOW_WE_LIVE[lang].split(". ")[-1]),
            ("us.shared_value", lang, "us", WE_LIVE_HERE[lang], None),
            ("self.choice", lang, "self", QUOTED_CHOICE[lang], None),
            ("self.choice", lang, "self", TELLER_QUOTED[lang], TELLER_QUOTED[lang].split(". ", 1)[1]),
            ("self.choice", lang, "self", TELLER_DECIDED[lang], TELLER_DECIDED[lang].split(". ")[-1]),
            ("self.challenge", lang, "self", RULE_IN_THE_WAY[lang], RULE_IN_THE_WAY[lang]),
            ("self.challenge", lang, "self", RULE_FOR_OTHERS[lang], None),
            ("now.hope", lang, "now", f"{WHAT_WORKS[lang]} {ask}", WHAT_WORKS[lang].split(". ")[0] + "."),
            ("now.hope", lang, "now", f"{WHAT_WORKS[lang]} {ask}", WHAT_WORKS[lang].split(". ")[1]),
            ("now.hope", lang, "now", f"{REDUCED_STAFF[lang]} {ask}", None),
            ("now.hope", lang, "now", f"{ALLIES_SAID_YES[lang]} {ask}", ALLIES_SAID_YES[lang]),
            ("now.hope", lang, "now", f"{ALLIES_SAID_NO[lang]} {ask}", None),
        ]
    # Darija: "nobody asked anybody where he came from" (سوّل), not "nobody asked how they were".
    snow = "في شتاء 2021 خرج الجيران بمجارفهم ونظفوا الرصيف أمام دار المسنين."
    cases += [
        ("us.shared_value", "ar", "us", f"{snow} ما حد سوّل حد من أين جاء.", "ما حد سوّل حد من أين جاء."),
        ("us.shared_value", "ar", "us", "في شتاء 2021 تساقط الثلج على الرصيف. ما حد سوّل عن حال الجيران.", None),
    ]
    return cases


REFUSED_THE_OTHER_ROAD = {  # the road not taken, then the teller refuses it: a choice
    "en": ("One night in March, at the depot, my boss told me to sign a false report. I wanted to "
           "leave the room. Nobody would have blamed me. I didn't leave."),
    "fr": ("Un soir de mars, au dépôt, mon chef m’a demandé de signer un faux rapport. J’avais envie "
           "de quitter la pièce. Personne ne me l’aurait reproché. Je ne l’ai pas quittée."),
    "ar": ("في ليلة من شهر مارس، في المستودع، طلب مني رئيسي أن أوقّع تقريرا كاذبا. أردت أن أترك "
           "الغرفة. ما كان أحد سيلومني. لكنني لم أتركها."),
}
WISH_NOT_MET = {  # a wish, then what the teller did not get: the challenge, not a choice
    "en": "In June 2009, in Sfax, I wanted to be a doctor. I did not get the grades.",
    "fr": "En juin 2009, à Sfax, j’avais envie de devenir médecin. Je n’ai pas eu les notes.",
    "ar": "في يونيو 2009، في صفاقس، أردت أن أصبح طبيبة. لم أحصل على المعدل.",
}
NOT_SLEPT = {  # a negated past with no other road before it: no choice
    "en": "One night in March, at the depot, my boss shouted at me in front of everyone. I didn't sleep that night.",
    "fr": "Un soir de mars, au dépôt, mon chef m’a crié dessus devant tout le monde. Je n’ai pas dormi cette nuit-là.",
    "ar": "في ليلة من شهر مارس، في المستودع، صرخ رئيسي في وجهي أمام الجميع. لم أنم تلك الليلة.",
}
HER_TURN = {  # someone else's road not taken and turn, "us" only as who heard her: not the teller's
    "en": ("One Monday in November, at my crossing on the Rue de Lannoy, Samira stopped with her son. "
           "She could have kept him at home. Instead she knelt down on the wet pavement, buttoned his "
           "coat and said, loud enough for all of us to hear: \"No.\""),
    "fr": ("Un lundi de novembre, à mon passage piéton de la rue de Lannoy, Samira s’est arrêtée avec "
           "son fils. Il avait peur d’entrer dans l’école. Mais elle s’est agenouillée sur le trottoir "
           "mouillé, a boutonné son manteau et a dit, assez fort pour que tout le monde l’entende : « Non. »"),
    "ar": ("في صباح يوم اثنين من نوفمبر، عند ممر الراجلين في شارع لانوا، توقفت سميرة مع ابنها. كان "
           "بإمكانها أن تبقيه في البيت. لكنها ركعت على الرصيف المبلل وقالت بصوت سمعناه كلنا: «لا»."),
}


YEARS_TAUGHT = {  # a number of years, spelled ("eighteen years"), is a résumé's span: no moment
    "en": ("I have taught piano for more than eighteen years: at the Benghazi Institute of Fine Arts "
           "from 2000 to 2014, and in private lessons since then."),
    "fr": ("J’enseigne le piano depuis plus de dix-huit ans : à l’Institut des beaux-arts de Benghazi "
           "de 2000 à 2014, puis en cours particuliers."),
    "ar": ("درّست البيانو أكثر من ثماني عشرة سنة: في معهد الفنون الجميلة في بنغازي من 2000 إلى 2014، "
           "ثم في دروس خاصة."),
}
SOMEONE_CHOSE = {  # the minute someone else chose, remembered by the teller: not the teller's choice
    "en": ("In February 2021, in Tripoli, I drove Ayman to the garage in my taxi. Since that night I think of "
           "that minute, the minute Ayman chose."),
    "fr": ("En février 2021, à Tripoli, j’ai conduit Ayman au garage dans mon taxi. Depuis cette nuit-là, je "
           "pense à cette minute, la minute où Ayman a choisi."),
    "ar": ("في فبراير 2021، في طرابلس، أوصلت أيمن إلى الورشة بسيارتي. ومن ليلتها وأنا أفكر في تلك الدقيقة، "
           "الدقيقة اللي اختار فيها أيمن."),
}
WORK_AND_POST = {  # a job and a post held since a year: a résumé line, no moment
    "en": ("I have worked as a preschool teacher in the Sidi Moumen district since 2005, and I have held "
           "the position of head of the Al Baraim kindergarten since 2013."),
    "fr": ("Je travaille comme éducatrice au quartier Sidi Moumen depuis 2005, et j’occupe le poste de "
           "directrice du jardin d’enfants Al Baraim depuis 2013."),
    "ar": ("أشتغل مربية في التعليم الأولي بحي سيدي مومن منذ سنة 2005، وأشغل منصب المديرة التربوية لروض "
           "\"البراعم\" منذ سنة 2013."),
}
AT_EIGHTEEN = {  # …an age at a scene is still a moment
    "en": "At eighteen I stood in the Benghazi Institute of Fine Arts and heard a piano for the first time.",
    "fr": "À dix-huit ans, dans l’Institut des beaux-arts de Benghazi, j’ai entendu un piano pour la première fois.",
    "ar": "في سن الثامنة عشرة وقفت في معهد الفنون الجميلة ببنغازي وسمعت صوت البيانو لأول مرة.",
}


NOT_FORCED = {  # nothing forced the teller, then the first thing they do: the choice
    "en": ("In February, in room 14, I saw the swastika on his arm. I thought: I do not have to go "
           "in. Another chaplain could come tomorrow. I went in."),
    "fr": ("En février, dans la chambre 14, j’ai vu la croix gammée sur son bras. Je me suis dit : je "
           "ne suis pas obligée d’entrer. Une autre aumônière pourrait venir demain. Je suis entrée."),
    "ar": ("في فبراير، في الغرفة 14، رأيت الصليب المعقوف على ذراعه. قلت في نفسي: لست مضطرة للدخول. "
           "يمكن أن يأتي مرشد آخر غدا. دخلت الغرفة."),
}


FIRST_THOUGHT = {  # the first idea set aside, then the first thing the teller does
    "en": ("In April, at the field behind the school, I found the dugout covered in red paint. My first "
           "thought was to call the city. I actually had the phone in my hand. So I called the parents instead."),
    "fr": ("En avril, au terrain derrière l’école, j’ai trouvé l’abri couvert de peinture rouge. Mon premier "
           "réflexe a été d’appeler la mairie. J’avais déjà le téléphone à la main. Alors j’ai appelé les parents."),
    "ar": ("في أبريل، في الملعب خلف المدرسة، وجدت المخبأ مغطى بالطلاء الأحمر. أول ما فكرت فيه أن أتصل "
           "بالبلدية. كان الهاتف في يدي. فاتصلت بالأهالي."),
}


INTO_TRAINING = {  # young people already gone into training, counted and sourced: hope
    "en": "According to the county's report, 51 of them went into training or found work within the year.",
    "fr": "Selon le bilan du Conseil départemental, 51 d’entre eux sont entrés en formation dans l’année.",
    "ar": "وحسب تقرير المجلس الجهوي، التحق 51 منهم بالتكوين خلال السنة.",
}
WAITING_FOR_TRAINING = {  # …still waiting for it is no hope
    "en": "According to the county's report, 51 of them are still waiting for a training place.",
    "fr": "Selon le bilan du Conseil départemental, 51 d’entre eux attendent encore une place en formation.",
    "ar": "وحسب تقرير المجلس الجهوي، ما زال 51 منهم ينتظرون مكانا في التكوين.",
}


HOPE_LOST = {  # hope lost is no hope
    "en": "Young people in our district have lost hope and listen to those who promise them paradise.",
    "fr": "Des jeunes de notre quartier ont perdu l’espoir et écoutent ceux qui leur promettent le paradis.",
    "ar": "شباب حيّنا فقدوا الأمل ويستمعون لمن يعدهم بالجنة.",
}


FIRST_THOUGHT_THAT = {  # a first thought that something is so, not a road: no choice after it
    "en": "That night in March, in the hallway, my first thought was that my son was dead. I fell to my knees.",
    "fr": "Ce soir de mars, dans le couloir, ma première pensée a été que mon fils était mort. Je suis tombée à genoux.",
    "ar": "في تلك الليلة من مارس، في الممر، أول ما فكرت فيه هو أمي. جلست على الدرج.",
}
NOT_FORCED_TO_TELL = {  # said to the listeners about the telling: no road not taken
    "en": "I do not have to tell you how hard this winter was in Molenbeek. I lost my job in March.",
    "fr": "Je ne suis pas obligée de vous dire combien cet hiver a été dur à Molenbeek. J’ai perdu mon travail en mars.",
    "ar": "لست مضطرا أن أقول لكم كم كان هذا الشتاء قاسيا في مولنبيك. فقدت عملي في مارس.",
}


HOPE_NOT_LOST = {  # hope lost, denied, with the win that keeps it: hope
    "en": "We have not lost hope: last year we got the park reopened.",
    "fr": "Nous n’avons pas perdu l’espoir : l’an dernier, nous avons obtenu la réouverture du parc.",
    "ar": "ما فقدنا الأمل: في العام الماضي أعدنا فتح الحديقة.",
}
TRAINING_CAMP = {  # young people gone to train with a militia: a threat, no hope
    "en": "Last spring, three boys from our street started an apprenticeship with a militia in Syria.",
    "fr": "L’an dernier, trois garçons de notre rue sont entrés en formation dans une milice en Syrie.",
    "ar": "في الربيع الماضي، التحق ثلاثة شبان من شارعنا بالتكوين في ميليشيا في سوريا.",
}
SUMMER_CAMP = {  # …a sports camp that worked is hope
    "en": "But last summer our club took 30 girls to a training camp, and 12 of them have signed with academies.",
    "fr": "Mais l’été dernier, notre club a emmené 30 filles en camp d’entraînement, et 12 ont signé dans des centres de formation.",
    "ar": "لكن في الصيف الماضي نظمنا معسكرا صيفيا لثلاثين فتاة، ونجحت 12 منهن في الالتحاق بالأكاديميات.",
}
HOPE_NOT_LOST_SHORT = {  # contracted and "never" forms keep hope too
    "en": "We haven't lost hope: last year we got the park reopened.",
    "fr": "Nous n’avons jamais perdu espoir : l’an dernier, nous avons obtenu la réouverture du parc.",
    "ar": "ما فقدت الأمل: في العام الماضي أعدنا فتح الحديقة.",
}
RAN_NOT = {  # a short verb refused: "I wanted to run… I didn't run"
    "en": "That night in March, at the station, the men came towards me. I wanted to run. I didn't run.",
    "fr": "Ce soir de mars, à la gare, les hommes sont venus vers moi. J’aurais pu fuir. Je n’ai pas fui.",
    "ar": "في تلك الليلة من مارس، في المحطة، اقترب مني الرجال. أردت أن أهرب. لكنني لم أهرب.",
}
WENT_NOT = {  # a short verb matched whole ("go" / "go"); «لو» is no verb
    "en": "That night in March, at the station, I wanted to go home. Nobody would have blamed me. I didn't go home.",
    "fr": "Ce soir de mars, au dépôt, j’avais envie de tout lâcher. Personne ne me l’aurait reproché. Je n’ai rien lâché.",
    "ar": "في تلك الليلة من مارس، في المحطة، وددت لو أهرب. ما كان أحد سيلومني. لم أهرب.",
}
NOT_ALL_UNDERSTOOD = {  # « tout » is no verb: "I didn't understand everything" refuses nothing
    "en": "That night in March, at the depot, I wanted to give up on everything. I didn't understand everything.",
    "fr": "Ce soir de mars, au dépôt, j’avais envie de tout lâcher. Je n’ai pas tout compris.",
    "ar": "في تلك الليلة من مارس، في المستودع، أردت أن أترك كل شيء. لم أفهم كل شيء.",
}
HOW_IT_FELT = {  # "I don't have to explain how that felt": said to the listeners, no road
    "en": "That night in March, at the hospital, they told me. I don't have to explain how that felt. I went home and cried.",
    "fr": "Ce soir de mars, à l’hôpital, ils me l’ont dit. Je ne suis pas obligée d’expliquer ce que j’ai ressenti. Je suis rentrée et j’ai pleuré.",
    "ar": "في تلك الليلة من مارس، في المستشفى، أخبروني. لست مضطرة أن أشرح كيف شعرت. جلست في الممر وبكيت.",
}
SCHOOL_NOT_GOT = {  # the same noun after the wish and the negation is no refused road
    "en": "In June 2009, in Sfax, I wanted to go to medical school. I did not get into medical school.",
    "fr": "En juin 2009, à Sfax, je voulais devenir médecin. Je n’ai pas eu médecine au concours.",
    "ar": "في يونيو 2009، في صفاقس، أردت أن أدخل كلية الطب. لم أقبل في كلية الطب.",
}
# «رفضت أن أوقع» ("I refused to sign") is an act: a choice after the threat (a refusal
# cue is only a negated past, «لم», not a refusing verb).
REFUSED_TO_SIGN = "في ماي جاء صاحب البيت إلى شقتنا بأوراق ليطردنا. رفضت أن أوقع."
NO_NEED_TO_EXPLAIN = {  # "I did not have to explain anything to him": a road not taken, then the act
    "en": "That night in March, in the hallway, the boy was shaking. I did not have to explain anything to him. I sat down next to him until morning.",
    "fr": "Ce soir de mars, dans le couloir, le garçon tremblait. Je n’étais pas obligée de lui expliquer quoi que ce soit. Je me suis assise à côté de lui jusqu’au matin.",
    "ar": "في تلك الليلة من مارس، في الممر، كان الولد يرتجف. لم أكن مضطرة أن أشرح له شيئا. جلست بجانبه حتى الصباح.",
}


def _tenth_told_cases() -> list[tuple[str, str, str, str, str | None]]:
    """Tenth round, from blind-16 misses: refusing the road not taken just told ("I wanted
    to leave… I didn't leave") is the teller's choice, a negation with no other road
    before it is not; someone else's turn is not the teller's choice, even when "all of
    us" heard it; the teller's first act after "I do not have to go in" or "my first
    thought was to call the city" is their choice; young people already gone into
    training, counted, are hope, young people who "have lost hope" are not;
    "for more than eighteen years" is a résumé's span, no moment, while "at
    eighteen" at a scene is one."""
    cases: list[tuple[str, str, str, str, str | None]] = []
    for lang in LANGUAGES:
        ask = BLOCKS[lang]["now.ask"]
        cases += [
            ("self.choice", lang, "self", REFUSED_THE_OTHER_ROAD[lang], REFUSED_THE_OTHER_ROAD[lang].split(". ")[-1]),
            ("self.choice", lang, "self", NOT_SLEPT[lang], None),
            ("self.choice", lang, "self", WISH_NOT_MET[lang], None),
            ("self.choice", lang, "self", FIRST_THOUGHT_THAT[lang], None),
            ("self.choice", lang, "self", NOT_FORCED_TO_TELL[lang], None),
            ("self.choice", lang, "self", HER_TURN[lang], None),
            ("self.choice", lang, "self", NOT_FORCED[lang], NOT_FORCED[lang].split(". ")[-1]),
            ("self.choice", lang, "self", NOT_FORCED[lang].rsplit(". ", 1)[0] + ".", None),
            ("self.choice", lang, "self", FIRST_THOUGHT[lang], FIRST_THOUGHT[lang].split(". ")[-1]),
            ("self.choice", lang, "self", FIRST_THOUGHT[lang].rsplit(". ", 1)[0] + ".", None),
            ("now.hope", lang, "now", f"{INTO_TRAINING[lang]} {ask}", INTO_TRAINING[lang]),
            ("now.hope", lang, "now", f"{WAITING_FOR_TRAINING[lang]} {ask}", None),
            ("now.hope", lang, "now", f"{HOPE_LOST[lang]} {ask}", None),
            ("now.hope", lang, "now", f"{HOPE_NOT_LOST[lang]} {ask}", HOPE_NOT_LOST[lang]),
            ("now.hope", lang, "now", f"{TRAINING_CAMP[lang]} {ask}", None),
            ("now.hope", lang, "now", f"{SUMMER_CAMP[lang]} {ask}", SUMMER_CAMP[lang]),
            ("now.hope", lang, "now", f"{HOPE_NOT_LOST_SHORT[lang]} {ask}", HOPE_NOT_LOST_SHORT[lang]),
            ("self.choice", lang, "self", RAN_NOT[lang], RAN_NOT[lang].split(". ")[-1]),
            ("self.choice", lang, "self", SCHOOL_NOT_GOT[lang], None),
            ("self.choice", lang, "self", WENT_NOT[lang], WENT_NOT[lang].split(". ")[-1]),
            ("self.choice", lang, "self", NOT_ALL_UNDERSTOOD[lang], None),
            ("self.choice", lang, "self", HOW_IT_FELT[lang], None),
            ("self.choice", lang, "self", NO_NEED_TO_EXPLAIN[lang], NO_NEED_TO_EXPLAIN[lang].split(". ")[-1]),
            ("now.hope", lang, "now", f"{HOPE_LOST[lang]} {INTO_TRAINING[lang]} {ask}", INTO_TRAINING[lang]),
            ("self.moment", lang, "self", YEARS_TAUGHT[lang], None),
            ("self.moment", lang, "self", WORK_AND_POST[lang], None),
            ("self.choice", lang, "self", SOMEONE_CHOSE[lang], None),
            ("self.moment", lang, "self", AT_EIGHTEEN[lang], AT_EIGHTEEN[lang]),
        ]
    cases.append(("self.choice", "ar", "self", REFUSED_TO_SIGN, "رفضت أن أوقع."))
    return cases


ALLOWED_NOT_TAKEN = {  # the road the rules allowed, not taken: the act after it is the choice
    "en": ("I had a cubicle full of patients that night. The protocol allowed me to stitch him and move on. "
           "Instead I pulled up a stool and asked him about his sister."),
    "fr": ("Cette nuit-là, j'avais un box plein de patients. Le protocole me permettait de le recoudre et de "
           "passer au suivant. Au lieu de ça, j'ai pris un tabouret et je lui ai demandé qui était sa sœur."),
    "ar": "كان عندي قسم مليء بالمرضى تلك الليلة. كان البروتوكول يسمح لي أن أخيطه وأمضي. لكنني جلست بجانبه وسألته عن أخته.",
}


FELT_OFTEN = {  # feelings, and what kept happening ("I cried many times"), and a question: no story told
    "en": ("I look at our young people and it hurts. I am afraid for my sons. I cried many times. I prayed "
           "often. What have we done to make our children feel so alone? Today I want to speak to you with my heart."),
    "fr": ("Je regarde nos jeunes et j'ai mal. J'ai peur pour mes fils. J'ai pleuré souvent. J'ai prié souvent. "
           "Qu'est-ce qu'on a fait pour que nos enfants se sentent si seuls ? Aujourd'hui, je veux vous parler "
           "avec mon cœur."),
    "ar": ("أنظر إلى شبابنا فأتألم. أخاف على أولادي. كثيرا ما بكيت وحدي. وكثيرا ما صليت. ماذا فعلنا حتى "
           "يشعر أولادنا بهذه الوحدة؟ اليوم أريد أن أكلمكم من قلبي."),
}
HABIT_QUOTED = {  # …while "every morning" in the teller's quoted words leaves their act one
    "en": 'The driver shouted at the children and I was afraid. But I stood up and said to him: "Every morning you shout at them."',
    "fr": ("Le chauffeur criait sur les enfants et j'avais peur. Mais je me suis levée et je lui ai dit : "
           "« Chaque matin, vous criez sur eux. »"),
    "ar": "كان السائق يصرخ في الأطفال وكنت خائفة. لكنني وقفت وقلت له: «كل صباح تصرخ فيهم.»",
}
NOT_ASKED_WHERE = {  # help that asks nobody where they come from, said with "we": a value shown
    "en": ("When a boiler breaks in winter, we do not ask the lady where she comes from. We just ask where "
           "the stop valve is."),
    "fr": ("Chez nous, quand une chaudière lâche en plein hiver, on ne demande pas à la dame d'où elle vient. "
           "On demande juste où est le robinet d'arrêt."),
    "ar": "عندنا، حين تتعطل مدفأة في عز الشتاء، لا نسأل السيدة من أين أتت. نسأل فقط أين صمام الماء.",
}
HOLDS_US_TOGETHER = {  # …or named as what holds "us" together
    "en": "Good work and a helping hand, that is what holds us together.",
    "fr": "Le travail bien fait et la main tendue, c'est ça qui nous tient ensemble.",
    "ar": "الخدمة المتقنة واليد الممدودة، هذا ما يجمعنا.",
}
NOT_ASKED_TO_DO = {  # …not what "we" do not ask of the town hall
    "en": "We do not ask the city hall to do everything.",
    "fr": "On ne demande pas à la mairie de tout faire.",
    "ar": "لا نسأل البلدية أن تفعل كل شيء.",
}
CV_HONOURS = {  # a post held since a year, honours received: résumé lines, no moment
    "en": ("I have been a volunteer instructor at the Training Center every Tuesday night since 2011. In 2021 I "
           "received the Council's Brotherhood Award for community service, and in 2023 I was named one of the "
           "city's Men of Excellence."),
    "fr": ("Je suis formatrice bénévole au centre de formation tous les mardis soir depuis 2011. En 2021, j'ai "
           "reçu la médaille de la ville pour mon engagement, et en 2023 j'ai été nommée parmi les femmes de "
           "l'année du journal régional."),
    "ar": ("أنا مدرّبة متطوعة في مركز التكوين كل ثلاثاء مساء منذ 2011. وفي 2021 حصلت على وسام البلدية للعمل "
           "الجمعوي، وفي 2023 تم اختياري ضمن نساء السنة في الجريدة الجهوية."),
}
SMUGGLERS_NOW = {  # smugglers at work now: a harm of the present, urgency
    "en": "Now the smugglers go round the cafés, selling seats in the boats.",
    "fr": "Maintenant, les passeurs font le tour des cafés et vendent des places dans les bateaux.",
    "ar": "والسماسرة الآن يدورون على المقاهي، يبيعون المكان في القارب.",
}
SMUGGLERS_THEN = {  # …not the first time they came, years ago
    "en": "In 2016 the smugglers came to our cafés for the first time.",
    "fr": "En 2016, les passeurs sont venus dans nos cafés pour la première fois.",
    "ar": "في سنة 2016 جاء السماسرة إلى مقاهينا لأول مرة.",
}
BURIED_LAST_YEAR = {  # a loss counted last year: no hope
    "en": "Last year we buried three boys from this street.",
    "fr": "L'année dernière, nous avons enterré trois garçons de la cité.",
    "ar": "في السنة الماضية دفنّا ثلاثة أولاد من هذا الحي.",
}
LETTERS_UNANSWERED = {  # …nor attempts counted with no answer
    "en": "Last year I sent four letters to the mayor and got no answer.",
    "fr": "L'année dernière, nous avons écrit quatre lettres au maire, sans réponse.",
    "ar": "في السنة الماضية كتبنا أربع رسائل إلى البلدية دون جواب.",
}
OFTEN_THEN_THAT_NIGHT = {  # a habit, then a turn to one night's act: the act is a choice
    "en": ("My daughter wore a headscarf and I was ashamed of it. I had often thought of hiding it, but that night "
           "I walked with her to the school meeting."),
    "fr": ("Ma fille portait le foulard et j'en avais honte. J'avais souvent pensé à le cacher, mais ce soir-là je "
           "suis allée avec elle à la réunion de l'école."),
    "ar": ("كانت ابنتي تلبس الحجاب وكنت أخجل من ذلك. كثيرا ما فكرت في إخفائه، لكنني في تلك الليلة ذهبت معها "
           "إلى اجتماع المدرسة."),
}
KEPT_CALLING = {  # …and an act kept up until it worked is one
    "en": "The council ignored our letters and I was angry. I called the town hall every morning for three weeks, until they received me.",
    "fr": ("La mairie ignorait nos lettres et j'étais en colère. J'ai appelé la mairie chaque matin pendant trois "
           "semaines, jusqu'à ce qu'on me reçoive."),
    "ar": "كانت البلدية تتجاهل رسائلنا وكنت غاضبا. اتصلت بالبلدية كل صباح طوال ثلاثة أسابيع، إلى أن استقبلوني.",
}
NEIGHBOUR_CALLED = {  # the neighbour acted while the teller watched: no choice of the teller's
    "en": "I was afraid and I said nothing. My neighbour called the police.",
    "fr": "J'avais peur et je n'ai rien dit. Ma voisine a appelé la police.",
    "ar": "كنت خائفا ولم أقل شيئا. جارتي اتصلت بالشرطة.",
}
NEIGHBOUR_ALLOWED = {  # a kindness received is no road not taken: no choice after it
    "en": "A neighbour allowed me to sleep in her kitchen. I found work at the bakery a month later.",
    "fr": "Une voisine me permettait de dormir dans sa cuisine. J'ai trouvé du travail à la boulangerie un mois plus tard.",
    "ar": "سمحت لي جارتي أن أنام في مطبخها. وجدت عملا في المخبزة بعد شهر.",
}
NOT_ASKED_WHERE_MONEY = {  # "we did not ask" where the money came from: a complaint, no value
    "en": "We didn't ask the landlord who was responsible for the mould.",
    "fr": "On ne demandait jamais aux élus quel budget restait pour l'école.",
    "ar": "لم نسأل رئيس البلدية من أين جاءت الميزانية ولا أين ذهبت.",
}
HEARD_AND_THOUGHT = {  # hearing and words said to oneself are no act: the act after them is the choice
    "en": ("That night I was alone with a bleeding woman and I was afraid. I heard the wind under the door and "
           "said to myself: run now or never. I called the midwife in the next village and we worked for two hours."),
    "fr": ("Cette nuit-là, j'étais seule avec une femme qui saignait et j'avais peur. J'ai entendu le vent sous la "
           "porte et je me suis dit : fuis maintenant ou jamais. J'ai appelé la sage-femme du village voisin et "
           "nous avons travaillé deux heures."),
    "ar": ("في تلك الليلة كنت وحدي مع امرأة تنزف وكنت خائفة. سمعت الريح تصفر تحت الباب، وقلت في نفسي: إما أن "
           "تهربي الآن أو لا تهربي أبداً. اتصلت بالقابلة في الدوار المجاور واشتغلنا ساعتين."),
}
CAN_BECAUSE_DONE = {  # "we can", and the proof after "because" in the same sentence: hope
    "en": "We can do it differently, because last winter in Saint-Front thirty volunteers visited every isolated house.",
    "fr": ("On peut faire autrement, parce que l'hiver dernier, à Saint-Front, une trentaine de bénévoles ont "
           "visité toutes les maisons isolées."),
    "ar": "نستطيع أن نفعل غير ذلك، لأن في الشتاء الماضي زار ثلاثون متطوعا كل البيوت المعزولة في القرية المجاورة.",
}
CAN_BECAUSE_TIRED = {  # …not "we can" because we are tired
    "en": "We can do better, because we are tired of waiting.",
    "fr": "On peut faire mieux, parce qu'on en a assez d'attendre.",
    "ar": "نستطيع أن نفعل أفضل، لأننا تعبنا من الانتظار.",
}
HABIT_THEN_DECIDED = {  # a habit, then one day a decision: a choice
    "en": 'After the attack I was ashamed to go out. Every Friday I sat at home, and one Friday in May I decided to go to the mosque and speak to the imam.',
    "fr": "Après l'attentat, j'avais honte de sortir. Chaque vendredi, je restais à la maison, et un vendredi de mai, j'ai décidé d'aller à la mosquée parler à l'imam.",
    "ar": 'بعد الاعتداء كنت أخجل من الخروج. كل جمعة بقيت في البيت، وفي جمعة من شهر ماي قررت أن أذهب إلى المسجد وأكلم الإمام.',
}
WENT_THEN_EVERY_DAY = {  # an act, then a habit in a clause of its own: the act is a choice
    "en": 'The council ignored us and I was angry. The next morning I went to the council office, and every day for three weeks I sat in the waiting room.',
    "fr": "La mairie nous ignorait et j'étais en colère. Le lendemain matin, je suis allée à la mairie, et chaque jour pendant trois semaines, je me suis assise dans la salle d'attente.",
    "ar": 'كانت البلدية تتجاهلنا وكنت غاضبة. في صباح اليوم التالي ذهبت إلى مكتب البلدية، وكل يوم طوال ثلاثة أسابيع جلست في قاعة الانتظار.',
}
WAITED_UNTIL_MIDNIGHT = {  # waiting every night "until midnight": a habit, no choice
    "en": 'My son was gone and I was afraid. Every night I waited by the window until midnight.',
    "fr": "Mon fils était parti et j'avais peur. Chaque nuit, j'ai attendu à la fenêtre jusqu'à minuit.",
    "ar": 'ذهب ابني وكنت خائفة. كل ليلة جلست قرب النافذة حتى منتصف الليل.',
}
OFTEN_BUT_NOBODY = {  # a habit, "but nobody explained": still a habit, no choice
    "en": 'I was lost and afraid. I often went to the prefecture, but nobody explained anything.',
    "fr": "J'étais perdue et j'avais peur. Souvent, je suis allée à la préfecture, mais personne ne m'a rien expliqué.",
    "ar": 'كنت تائهة وخائفة. كثيرا ما ذهبت إلى العمالة، لكن لا أحد شرح لي شيئا.',
}
KNOCKED_ON_DOORS = {  # knocking on doors is an act (only hearing, seeing… are perception)
    "en": 'The fire alarm rang and I was afraid. That night I knocked on every door on my floor.',
    "fr": "L'alarme a sonné et j'avais peur. Cette nuit-là, j'ai frappé à toutes les portes de mon étage.",
    "ar": 'رن جرس الإنذار وكنت خائفة. في تلك الليلة طرقت كل أبواب الطابق.',
}
FLED_WHILE_SHE_CHOSE = {  # announced as Amal's story: the teller fleeing is no choice, she chose
    "en": 'I want to tell you about Amal. The night our building burned, I was terrified. I ran down to the street with my children. Amal ran up to the fourth floor and carried out the twins.',
    "fr": "Je veux vous parler d'Amal. La nuit où notre immeuble a brûlé, j'étais terrifiée. J'ai descendu l'escalier en courant avec mes enfants. Amal est montée au quatrième étage et a sorti les jumeaux.",
    "ar": 'أريد أن أحكي لكم عن أمل. في الليلة التي احترقت فيها عمارتنا كنت مرعوبة. نزلت إلى الشارع مع أطفالي. أما أمل فصعدت إلى الطابق الرابع وأخرجت التوأمين.',
}
ALLOWED_HOME = {  # "I was allowed to go home. I stayed…": the road not taken, then the choice
    "en": 'The old man was alone and afraid. My shift ended at six and I was allowed to go home. I stayed with him until his daughter came.',
    "fr": "Le vieil homme était seul et avait peur. Mon service finissait à six heures et j'avais le droit de rentrer. Je suis restée avec lui jusqu'à l'arrivée de sa fille.",
    "ar": 'كان الشيخ وحيدا وخائفا. انتهت نوبتي في السادسة وكان مسموحا لي أن أعود إلى البيت. بقيت معه حتى جاءت ابنته.',
}
PARCELS_LAST_WINTER = {  # work done for people, counted last winter: hope
    "en": 'Last winter our volunteers distributed 500 food parcels.',
    "fr": "L'hiver dernier, nos bénévoles ont distribué 500 colis alimentaires.",
    "ar": 'في الشتاء الماضي وزعنا خمسمئة سلة غذائية.',
}
NOT_ASKED_WHO = {  # "we don't ask patients where they're from": a value shown
    "en": "In our clinic we don't ask patients where they're from.",
    "fr": 'Dans notre dispensaire, on ne demande pas aux gens qui ils sont.',
    "ar": 'في مستوصفنا لا نسأل المرضى من أين هم.',
}
NOT_ASKED_MONEY = {  # "we didn't ask where the money came from": no value
    "en": "We didn't ask where the money came from.",
    "fr": "On ne demandait jamais aux élus quel budget restait pour l'école.",
    "ar": 'لم نسأل رئيس البلدية من أين جاءت الميزانية ولا أين ذهبت.',
}
ASKED_THEN_ACTED = {  # an act asked about is no choice; the act after the question is
    "en": "Our children have changed and I am afraid. How did we end up here? That night I called the imam.",
    "fr": "Nos enfants ont changé et j'ai peur. Comment en sommes-nous arrivés là ? Ce soir-là, j'ai appelé l'imam.",
    "ar": "تغيّر أطفالنا وأنا خائفة. كيف وصلنا إلى هنا؟ في تلك الليلة اتصلت بالإمام.",
}
CV_CAREER = {  # work counted over a career, posts held from year to year: a résumé, no moment
    "en": ('Since 2012 I have produced and presented more than 300 episodes of our morning program "Sbeh El '
           'Khir, Kasserine", on local governance and youth employment.'),
    "fr": ("De 2016 à 2019, j'ai été formateur pour le ministère des Affaires religieuses à Tunis et j'ai animé "
           "des sessions pour plus de trois cents imams."),
    "ar": ("منذ 2012 أنتجت وقدّمت أكثر من 300 حلقة من برنامجنا الصباحي «صباح الخير يا القصرين» عن الحوكمة "
           "المحلية وتشغيل الشباب."),
}
WHAT_HOLDS_US = {  # what our parents taught us, after "but": a value, no hope
    "en": "But what holds us together is what our parents taught us: a man is worth his word and the work of his hands.",
    "fr": ("Mais ce qui nous tient ensemble, c'est ce que nos parents nous ont appris : un homme vaut par sa "
           "parole et par le travail de ses mains."),
    "ar": "لكن ما يجمعنا هو ما علّمنا آباؤنا: الرجل بكلمته وبعمل يديه.",
}
THAT_NIGHT_WHEN = {  # "that night when I did not sleep": a night of the story, no urgency
    "en": "Every time I hear an old engine start again in Salem's workshop, I remember that night when I did not sleep.",
    "fr": ("Chaque fois que j'entends un vieux moteur redémarrer dans l'atelier de Salem, je me souviens de "
           "cette nuit où je n'ai pas dormi."),
    "ar": "وكل ما أسمع محركاً قديماً يدور من جديد في ورشة سالم، أتذكر تلك الليلة التي ما رقدتش فيها.",
}
ASKED_ALOUD = {  # standing up and asking aloud "who will protect Amina?" is an act, not a question of the teller's
    "en": 'Amina was insulted every day and nobody said anything. I was ashamed. So I stood up at the staff meeting and asked: who is going to protect Amina?',
    "fr": "Amina se faisait insulter chaque jour et personne ne disait rien. J'avais honte. Alors je me suis levée en réunion et j'ai demandé : qui va protéger Amina ?",
    "ar": 'كانت أمينة تُشتم كل يوم ولا أحد يقول شيئا. كنت أخجل. فوقفت في اجتماع الأساتذة وسألت: من سيحمي أمينة؟',
}
WHAT_UNITES_US_WON = {  # what unites "us", dated: a win, hope
    "en": 'But what unites us is that last year 40 families joined the cooperative and kept the shop open.',
    "fr": "Pourtant, nous tous, l'an dernier, nous avons sauvé la bibliothèque.",
    "ar": 'لكن كلنا نتذكر كيف أنقذنا المكتبة في 2019.',
}
OUR_PROGRAMMES_WORKED = {  # a programme or a petition that worked: hope, not a résumé line
    "en": 'But I have presented our petition to the council before, in 2019, and they kept the library open.',
    "fr": "Mais l'an dernier, nos émissions ont fait revenir 200 jeunes au club de foot.",
    "ar": 'لكن في السنة الماضية أعادت برامجنا الإذاعية مئتي شاب إلى النادي.',
}
ELECTIONS_THAT_DECIDE = {  # the elections that will decide are close: urgency
    "en": "The elections that will decide the centre's fate are close.",
    "fr": 'Les élections qui décideront du sort du centre sont proches.',
    "ar": 'الانتخابات التي ستقرر مصير المركز قريبة.',
}
COUNTED_LAST_YEAR = {  # work already done, dated and counted: hope
    "en": "Last year our committee matched 40 first-year apprentices with mentors.",
    "fr": "L'année dernière, il a formé soixante jeunes en électricité.",
    "ar": "في السنة الماضية درّبنا ستين شابا في الكهرباء.",
}
SHARE_LAST_YEAR = {  # …not a share of people harmed last year
    "en": "Around one in four pupils says they have been bullied online in the past year.",
    "fr": "Environ un élève sur quatre dit avoir été harcelé en ligne l'année dernière.",
    "ar": "حوالي تلميذ من كل أربعة تعرض للتنمر على الإنترنت في السنة الماضية.",
}
EVICTED_LAST_YEAR = {  # …nor a count of harm
    "en": "Last year 40 families were evicted from the building.",
    "fr": "L'année dernière, 40 familles ont été expulsées de l'immeuble.",
    "ar": "في السنة الماضية طُردت 40 عائلة من العمارة.",
}


def _eleventh_told_cases() -> list[tuple[str, str, str, str, str | None]]:
    """Eleventh round, from blind-17 misses: what the rules allowed ("The protocol allowed
    me to stitch him and move on") is a road not taken, the act after it the choice; the
    allowed road alone is none. Work already done, dated and counted ("Last year our
    committee matched 40 apprentices") is hope; a share or a harm counted last year is not.
    What kept happening ("I prayed often") is no act, nor one asked about ("What have we
    done…?"): feelings alone tell no challenge, choice or outcome; "every morning" inside
    the teller's quoted words leaves their act a choice. "We don't ask the lady where she
    comes from" shows a value, as "that is what holds us together" names one. A post held
    since a year and honours received are a résumé, no moment."""
    cases: list[tuple[str, str, str, str, str | None]] = []
    for lang in LANGUAGES:
        body = ALLOWED_NOT_TAKEN[lang]
        ask = BLOCKS[lang]["now.ask"]
        cases += [
            ("self.choice", lang, "self", body, body.rsplit(". ", 1)[-1]),
            ("self.choice", lang, "self", body.rsplit(". ", 1)[0] + ".", None),
            ("now.hope", lang, "now", f"{COUNTED_LAST_YEAR[lang]} {ask}", COUNTED_LAST_YEAR[lang]),
            ("now.hope", lang, "now", f"{SHARE_LAST_YEAR[lang]} {ask}", None),
            ("now.hope", lang, "now", f"{EVICTED_LAST_YEAR[lang]} {ask}", None),
            ("self.challenge", lang, "self", FELT_OFTEN[lang], None),
            ("self.choice", lang, "self", FELT_OFTEN[lang], None),
            ("self.outcome", lang, "self", FELT_OFTEN[lang], None),
            ("self.choice", lang, "self", HABIT_QUOTED[lang], HABIT_QUOTED[lang].split(". ", 1)[1]),
            ("us.shared_value", lang, "us", NOT_ASKED_WHERE[lang], NOT_ASKED_WHERE[lang].split(". ")[0] + "."),
            ("us.shared_value", lang, "us", HOLDS_US_TOGETHER[lang], HOLDS_US_TOGETHER[lang]),
            ("us.shared_value", lang, "us", NOT_ASKED_TO_DO[lang], None),
            ("self.moment", lang, "self", CV_HONOURS[lang], None),
            ("now.urgency", lang, "now", f"{SMUGGLERS_NOW[lang]} {ask}", SMUGGLERS_NOW[lang]),
            ("now.urgency", lang, "now", f"{SMUGGLERS_THEN[lang]} {ask}", None),
            ("now.hope", lang, "now", f"{BURIED_LAST_YEAR[lang]} {ask}", None),
            ("now.hope", lang, "now", f"{LETTERS_UNANSWERED[lang]} {ask}", None),
            ("self.choice", lang, "self", OFTEN_THEN_THAT_NIGHT[lang], OFTEN_THEN_THAT_NIGHT[lang].split(". ", 1)[1]),
            ("self.choice", lang, "self", KEPT_CALLING[lang], KEPT_CALLING[lang].split(". ", 1)[1]),
            ("self.choice", lang, "self", NEIGHBOUR_CALLED[lang], None),
            ("self.choice", lang, "self", NEIGHBOUR_ALLOWED[lang], None),
            ("us.shared_value", lang, "us", NOT_ASKED_WHERE_MONEY[lang], None),
            ("self.choice", lang, "self", HEARD_AND_THOUGHT[lang], HEARD_AND_THOUGHT[lang].rsplit(". ", 1)[1]),
            ("now.hope", lang, "now", f"{CAN_BECAUSE_DONE[lang]} {ask}", CAN_BECAUSE_DONE[lang]),
            ("now.hope", lang, "now", f"{CAN_BECAUSE_TIRED[lang]} {ask}", None),
            ("self.choice", lang, "self", ASKED_THEN_ACTED[lang], re.split(r"[?؟] ", ASKED_THEN_ACTED[lang])[-1]),
            ("self.moment", lang, "self", CV_CAREER[lang], None),
            ("now.hope", lang, "now", f"{WHAT_HOLDS_US[lang]} {ask}", None),
            ("now.urgency", lang, "now", f"{THAT_NIGHT_WHEN[lang]} {ask}", None),
            ("self.choice", lang, "self", ASKED_ALOUD[lang], ASKED_ALOUD[lang].rsplit(". ", 1)[1]),
            ("now.hope", lang, "now", f"{WHAT_UNITES_US_WON[lang]} {ask}", WHAT_UNITES_US_WON[lang]),
            ("now.hope", lang, "now", f"{OUR_PROGRAMMES_WORKED[lang]} {ask}", OUR_PROGRAMMES_WORKED[lang]),
            ("now.urgency", lang, "now", f"{ELECTIONS_THAT_DECIDE[lang]} {ask}", ELECTIONS_THAT_DECIDE[lang]),
            ("self.choice", lang, "self", HABIT_THEN_DECIDED[lang], HABIT_THEN_DECIDED[lang].split(". ", 1)[1]),
            ("self.choice", lang, "self", WENT_THEN_EVERY_DAY[lang], WENT_THEN_EVERY_DAY[lang].split(". ", 1)[1]),
            ("self.choice", lang, "self", WAITED_UNTIL_MIDNIGHT[lang], None),
            ("self.choice", lang, "self", OFTEN_BUT_NOBODY[lang], None),
            ("self.choice", lang, "self", KNOCKED_ON_DOORS[lang], KNOCKED_ON_DOORS[lang].split(". ", 1)[1]),
            ("self.choice", lang, "self", FLED_WHILE_SHE_CHOSE[lang], None),
            ("self.choice", lang, "self", ALLOWED_HOME[lang], ALLOWED_HOME[lang].rsplit(". ", 1)[1]),
            ("now.hope", lang, "now", f"{PARCELS_LAST_WINTER[lang]} {ask}", PARCELS_LAST_WINTER[lang]),
            ("us.shared_value", lang, "us", NOT_ASKED_WHO[lang], NOT_ASKED_WHO[lang]),
            ("us.shared_value", lang, "us", NOT_ASKED_MONEY[lang], None),
        ]
    return cases


NOT_INEVITABLE = {  # what is said not to be fate: hope
    "en": "But Ilyas shows us that this gap is not inevitable.",
    "fr": "Mais Ilyas nous montre que ce vide n'est pas une fatalité.",
    "ar": "لكن إلياس يبيّن لنا أن هذا الفراغ ليس قدرًا.",
}
SOMETHING_WORKS = {  # something already works, after a turn: hope
    "en": "Still, something works.",
    "fr": "Pourtant, quelque chose marche.",
    "ar": "والخبر الجيد أن ياسين تعلّم الإسعافات الأولية في ساعتين.",
}
MONTHS_PILOT = {  # a pilot run for months, and what came of it: hope
    "en": ("In 2023, a six-month pilot with the youth club added a weekly football session. "
           "45 young people attended regularly."),
    "fr": ("L'an dernier, une expérimentation de six mois avec le club de jeunes a ajouté une séance "
           "de football. 45 jeunes sont venus chaque semaine."),
    "ar": ("في العام الماضي أضاف مشروع نموذجي مع نادي الشباب حصة كرة قدم أسبوعية. حضر 45 شابا بانتظام."),
}
TRIED_THEN_CHANGED = {  # a pilot whose harm stayed, but something changed: hope
    "en": ("The children's wing already tried something simple last year: one contact person on every "
           "shift. The insults did not disappear, but the atmosphere changed."),
    "fr": ("L'aile pédiatrique a déjà testé quelque chose de simple l'an dernier : une personne de "
           "contact par équipe. Les insultes n'ont pas disparu, mais l'ambiance a changé."),
    "ar": ("جربنا في جناح الأطفال العام الماضي شيئا بسيطا: شخص مرجعي في كل مناوبة. لم تختف "
           "الشتائم، لكن الجو تغيّر."),
}
TRIED_THEN_NOTHING = {  # …not when nothing came of it
    "en": ("The children's wing already tried something simple last year: one contact person on every "
           "shift. The insults did not disappear."),
    "fr": ("L'aile pédiatrique a déjà testé quelque chose de simple l'an dernier : une personne de "
           "contact par équipe. Les insultes n'ont pas disparu."),
    "ar": ("جربنا في جناح الأطفال العام الماضي شيئا بسيطا: شخص مرجعي في كل مناوبة. لم تختف "
           "الشتائم."),
}

SPAT_THEN_CHOSE = {  # a challenge and a choice, then…
    "en": "Last spring a man spat at me on the tram. I decided to report it to the police that evening.",
    "fr": ("Au printemps dernier, un homme m'a craché dessus dans le tram. J'ai décidé de porter "
           "plainte le soir même."),
    "ar": "في الربيع الماضي بصق رجل في وجهي في الترامواي. قررت أن أبلّغ الشرطة في المساء نفسه.",
}
HOW_HATRED_ENTERS = {  # …how the world goes: no outcome
    "en": "That is how hatred enters.",
    "fr": "C'est ainsi que la haine entre.",
    "ar": "هكذا تدخل الكراهية.",
}
HOW_I_LEARNED = {  # …what the teller learned: an outcome
    "en": "That is how I learned to speak up.",
    "fr": "C'est ainsi que j'ai appris à parler.",
    "ar": "هكذا تعلمت أن أتكلم.",
}

HATE_DAY_AFTER_DAY = {  # a harm growing day after day, silence no longer possible: urgency, no hope
    "en": "Hatred grows around us day after day, and silence is no longer possible.",
    "fr": "La haine grandit autour de nous jour après jour, et le silence n'est plus possible.",
    "ar": "الكراهية تكبر حولنا يومًا بعد يوم، ولم يعد الصمت ممكنًا.",
}
NOT_OVER = {  # "And it is not over.": urgency
    "en": "And it is not over.",
    "fr": "Et ce n'est pas fini.",
    "ar": "ولم ينته الأمر.",
}
I_KNOW_THAT = {  # "I know that" a general truth, "I saw" cold looks: no hope
    "en": "I know that a beautiful dress needs patience. Whenever I saw the cold looks, I felt torn.",
    "fr": ("Je sais qu'une belle robe demande de la patience. Chaque fois que j'ai vu les regards "
           "froids, je me suis sentie déchirée."),
    "ar": "أعرف أن الثوب الجميل يحتاج صبرًا. كلما رأيت النظرات الباردة، شعرت بالتمزق.",
}
TRIED_THEN_CLOSED = {  # a pilot nobody used, then a time word, not a change: no hope
    "en": ("Last spring we tested a night bus on line 12. Almost nobody used it, but the council is "
           "now closing the line."),
    "fr": ("Au printemps dernier, nous avons testé un bus de nuit sur la ligne 12. Personne ne l'a "
           "pris, mais aujourd'hui la mairie supprime la ligne."),
    "ar": "جربنا في الربيع الماضي حافلة ليلية على الخط 12. لم يركبها أحد، لكن البلدية اليوم تغلق الخط.",
}
NOT_A_TRIAL = {  # a pilot of a plane, patience tested, a first experience: no trial, no hope
    "en": "In 1990 my grandfather was the pilot of the last plane out of the old terminal.",
    "fr": "L'an dernier, le bailleur a testé notre patience pendant des mois avec ses promesses.",
    "ar": "في عام 2019 عاش ابني تجربة أولى في المهجر.",
}
NO_GOOD_NEWS = {  # good news denied: no hope
    "en": "We never got good news from the council.",
    "fr": "Depuis un an, nous n'avons jamais eu de bonne nouvelle de la mairie.",
    "ar": "منذ سنة لم نسمع أي خبر جيد من البلدية.",
}
NOBODY_THERE = {  # nobody there for them, today: urgency
    "en": "Today there is nobody to welcome these young people at night.",
    "fr": "Aujourd'hui, il n'y a personne pour accueillir ces jeunes le soir.",
    "ar": "اليوم لا يوجد أحد يستقبل هؤلاء الشباب في المساء.",
}
THANKS_TO_HIM = {  # an outcome said with "thanks to", in the present: an outcome
    "en": "Thanks to that, Amina is back at school.",
    "fr": "Grâce à cela, Amina est retournée à l'école.",
    "ar": "بفضل ذلك، عادت أمينة إلى المدرسة.",
}
LIVING_PROOF = {  # someone who is the proof: hope
    "en": "Gérard is the living proof, and he is not the only one: several of our new volunteers are former beneficiaries.",
    "fr": ("Gérard en est la preuve, et il n'est pas le seul : plusieurs de nos nouveaux bénévoles "
           "sont d'anciens bénéficiaires."),
    "ar": "وجيرار خير دليل، وليس الوحيد: كثير من متطوعينا الجدد كانوا من المستفيدين.",
}
PILOTED_AND_ROSE = {  # a pilot, and the figure it moved: hope
    "en": ("In 2022 the program piloted on-site childcare in two evening sections. Course completion "
           "in those sections rose from 52% to 81%."),
    "fr": ("L'an dernier, nous avons expérimenté une garde d'enfants dans deux sections du soir. Le "
           "taux de réussite y est passé de 52 % à 81 %."),
    "ar": "في 2022 جربنا حضانة للأطفال في قسمين مسائيين. ارتفعت نسبة إتمام الدروس فيهما من 52٪ إلى 81٪.",
}
WHOLE_LIFE = {  # a whole life summed up, with eyes and children in it: no moment
    "en": "I spent my whole life as a teacher among children, and I saw innocence and big dreams in their eyes.",
    "fr": "J'ai passé toute ma vie d'institutrice parmi les enfants, et j'ai vu dans leurs yeux l'innocence et les grands rêves.",
    "ar": "قضيت عمري كله معلّمة بين الأطفال، ورأيت في عيونهم البراءة والأحلام الكبيرة.",
}
NIGHT_CHANGED_MY_LIFE = {  # …a night told, even one that changed a whole life: a moment
    "en": "On a Tuesday night in March, at the hospital, I held my mother's hand while she cried; it changed my whole life.",
    "fr": "Un mardi soir de mars, à l'hôpital, j'ai tenu la main de ma mère qui pleurait ; cela a changé toute ma vie.",
    "ar": "في ليلة ثلاثاء من شهر مارس، في المستشفى، أمسكت يد أمي وهي تبكي؛ وغيّر ذلك حياتي كلها.",
}
NO_LONGER_DELAYED = {  # acting "can no longer be delayed": urgency, no hope in "possible"
    "en": "As the new school year approaches, it is no longer possible to delay the intervention.",
    "fr": "À l'approche de la rentrée, il n'est plus possible de reporter l'intervention.",
    "ar": "ومع اقتراب العام الدراسي الجديد، لم يعد من الممكن تأجيل التدخل.",
}
HERE_FOR_GENERATIONS = {  # roots that have lasted: no harm lasting, no urgency
    "en": "Black families who have been here for generations live on our street.",
    "fr": "Des familles qui sont là depuis des générations vivent dans notre rue.",
    "ar": "في شارعنا عائلات تعيش هنا منذ أجيال.",
}
BROKEN_FOR_WEEKS = {  # a harm that has lasted: urgency
    "en": "The lift in our tower has been broken for six weeks.",
    "fr": "L'ascenseur de notre tour est en panne depuis six semaines.",
    "ar": "المصعد في عمارتنا معطل منذ ستة أسابيع.",
}
DAY_AFTER_DAY_WORKED = {  # "day after day" with no harm: no urgency
    "en": "Day after day, our parents cleaned the offices of this city and sent us to school.",
    "fr": "Jour après jour, nos parents ont nettoyé les bureaux de cette ville.",
    "ar": "يومًا بعد يوم، نظّف آباؤنا مكاتب هذه المدينة.",
}
NOT_FINISHED = {  # something not finished, a good thing no longer possible: no urgency
    "en": "Thanks to our campaign, evicting a family in winter is no longer possible in this city.",
    "fr": "Le nouveau gymnase n'est pas fini, mais les enfants y jouent déjà tous les soirs.",
    "ar": "أخي الأكبر لم ينتهِ من دراسته لأنه اضطر إلى العمل في الميناء.",
}
SILENCE_BUT_HOPE = {  # a doubt before "but" leaves the hope after it
    "en": "Silence is no longer possible, but there is hope.",
    "fr": "Le silence n'est plus possible, mais il y a de l'espoir.",
    "ar": "لم يعد الصمت ممكنًا، لكن عندي أمل.",
}
SEEN_WHAT_HAPPENS = {  # "I have seen what happens when we stand together": hope
    "en": "But I have seen what happens when we stand together.",
    "fr": "Mais j'ai vu ce qui se passe quand nous sommes unis.",
    "ar": "لكنني رأيت ما يحدث حين نقف معًا.",
}


def _twelfth_told_cases() -> list[tuple[str, str, str, str, str | None]]:
    """Twelfth round, from blind-19 misses: what is said not to be fate ("this gap is not
    inevitable", « ce vide n'est pas une fatalité »), "something works", «الخبر الجيد», a
    pilot run for months, and a pilot whose harm stayed but after which something changed
    are hope; a pilot after which nothing changed is not. How the world goes, said in the
    present with neither the teller nor a past ("That is how hatred enters"), is no outcome;
    what the teller learned is. A harm growing "day after day", "it is not over" are
    urgency; silence "no longer possible" is no hope, nor "I know that" a general truth or
    "I saw" cold looks; "I have seen what happens when we stand together" is."""
    cases: list[tuple[str, str, str, str, str | None]] = []
    for lang in LANGUAGES:
        ask = BLOCKS[lang]["now.ask"]
        cases += [
            ("now.hope", lang, "now", f"{NOT_INEVITABLE[lang]} {ask}", NOT_INEVITABLE[lang]),
            ("now.hope", lang, "now", f"{SOMETHING_WORKS[lang]} {ask}", SOMETHING_WORKS[lang]),
            ("now.hope", lang, "now", f"{MONTHS_PILOT[lang]} {ask}", MONTHS_PILOT[lang].split(". ")[0] + "."),
            ("now.hope", lang, "now", f"{TRIED_THEN_CHANGED[lang]} {ask}",
             re.split(r"(?<=\.) ", TRIED_THEN_CHANGED[lang])[0]),
            ("now.hope", lang, "now", f"{TRIED_THEN_NOTHING[lang]} {ask}", None),
            ("self.outcome", lang, "self", f"{SPAT_THEN_CHOSE[lang]} {HOW_HATRED_ENTERS[lang]}", None),
            ("self.outcome", lang, "self", f"{SPAT_THEN_CHOSE[lang]} {HOW_I_LEARNED[lang]}", HOW_I_LEARNED[lang]),
            ("now.urgency", lang, "now", f"{HATE_DAY_AFTER_DAY[lang]} {ask}", HATE_DAY_AFTER_DAY[lang]),
            ("now.hope", lang, "now", f"{HATE_DAY_AFTER_DAY[lang]} {ask}", None),
            ("now.urgency", lang, "now", f"{NOT_OVER[lang]} {ask}", NOT_OVER[lang]),
            ("now.hope", lang, "now", f"{I_KNOW_THAT[lang]} {ask}", None),
            ("now.hope", lang, "now", f"{SEEN_WHAT_HAPPENS[lang]} {ask}", SEEN_WHAT_HAPPENS[lang]),
            ("now.hope", lang, "now", f"{TRIED_THEN_CLOSED[lang]} {ask}", None),
            ("now.hope", lang, "now", f"{NOT_A_TRIAL[lang]} {ask}", None),
            ("now.urgency", lang, "now", f"{DAY_AFTER_DAY_WORKED[lang]} {ask}", None),
            ("now.hope", lang, "now", f"{NO_GOOD_NEWS[lang]} {ask}", None),
            ("self.moment", lang, "self", WHOLE_LIFE[lang], None),
            ("now.urgency", lang, "now", f"{HERE_FOR_GENERATIONS[lang]} {ask}", None),
            ("now.urgency", lang, "now", f"{BROKEN_FOR_WEEKS[lang]} {ask}", BROKEN_FOR_WEEKS[lang]),
            ("now.hope", lang, "now", f"{NO_LONGER_DELAYED[lang]} {ask}", None),
            ("now.urgency", lang, "now", f"{NO_LONGER_DELAYED[lang]} {ask}", NO_LONGER_DELAYED[lang]),
            ("self.moment", lang, "self", NIGHT_CHANGED_MY_LIFE[lang], NIGHT_CHANGED_MY_LIFE[lang]),
            ("now.hope", lang, "now", f"{LIVING_PROOF[lang]} {ask}", LIVING_PROOF[lang]),
            ("now.hope", lang, "now", f"{PILOTED_AND_ROSE[lang]} {ask}", PILOTED_AND_ROSE[lang].split(". ")[0] + "."),
            ("now.urgency", lang, "now", f"{NOBODY_THERE[lang]} {ask}", NOBODY_THERE[lang]),
            ("self.outcome", lang, "self", f"{SPAT_THEN_CHOSE[lang]} {THANKS_TO_HIM[lang]}", THANKS_TO_HIM[lang]),
            ("now.urgency", lang, "now", f"{NOT_FINISHED[lang]} {ask}", None),
            ("now.hope", lang, "now", f"{SILENCE_BUT_HOPE[lang]} {ask}", SILENCE_BUT_HOPE[lang]),
        ]
    return cases


COUNTED_SUCCESS = {  # what came of our work, counted in plain numbers: hope
    "en": ("Since 2019 we have trained young bakers: six have come through my bakery, four work "
           "today, and Bilal has opened his own bakery."),
    "fr": ("Depuis 2019, nous formons des jeunes au métier : six sont passés par mon fournil, quatre "
           "travaillent aujourd'hui, et Bilal a ouvert sa propre boulangerie."),
    "ar": "منذ 2019 ندرّب الشباب على المهنة: مرّ ستة منهم بمخبزي، وأربعة يعملون اليوم، وفتح بلال مخبزه الخاص.",
}
ORGANISATION_SIZE = {  # the size of an organisation today: no hope
    "en": "The association Horizon was founded in 2015 by teachers, and today it has 45 volunteer members.",
    "fr": "L'association Horizon a été fondée en 2015 par des enseignants et compte aujourd'hui 45 membres bénévoles.",
    "ar": "تأسست جمعية «أفق» سنة 2015 بمبادرة من مجموعة من الأساتذة، وتضم اليوم 45 عضواً متطوعاً.",
}


NOBODY_LEFT_ALONE = {  # a value of the village, said as what nobody suffers: shared value
    "en": "Twiza is our value: nobody harvests alone, and no one is left alone.",
    "fr": "La touiza, c'est notre valeur : personne ne récolte seul, personne n'est laissé seul.",
    "ar": "«التويزة» هي قيمتنا: لا أحد يجني وحده، ولا أحد يُترك وحده.",
}
WHATEVER_THEIR_ORIGIN = {  # no distinction made between workers: shared value
    "en": "Our union rests on one principle: a worker is a worker, whatever their origin or their contract.",
    "fr": ("Notre syndicalisme repose sur un principe : un salarié est un salarié, quelles que soient "
           "son origine, sa religion ou la nature de son contrat."),
    "ar": "نقابتنا تقوم على مبدأ واحد: العامل عامل، مهما كان أصله أو دينه أو نوع عقده.",
}
WHATEVER_THE_COST = {  # "whatever the cost": no value shown
    "en": "The road will be finished whatever the cost.",
    "fr": "La route sera terminée quel que soit le prix.",
    "ar": "سينتهي الطريق مهما كان الثمن.",
}


NOT_TOO_LATE = {  # "it is not too late": hope
    "en": "But Ethan's story tells me it is not too late.",
    "fr": "Mais l'histoire d'Ethan me dit qu'il n'est pas trop tard.",
    "ar": "لكن قصة إيثان تقول لي إنه لم يفت الأوان بعد.",
}
WON_LAST_YEAR = {  # a win others had last year: hope
    "en": "Last year, the staff of three vocational schools, backed by parents, secured the small workshop classes.",
    "fr": ("L'an dernier, les équipes de trois lycées professionnels, soutenues par les parents, ont obtenu "
           "le maintien des dédoublements."),
    "ar": "في السنة الماضية، حصلت ثلاث ثانويات على الإبقاء على الأفواج الصغيرة، بدعم من الأولياء.",
}
PROMISED_US = {  # allies who promised us their vote: hope
    "en": "Three councillors have promised us their vote against the project.",
    "fr": "Trois conseillers nous ont promis de voter contre le projet.",
    "ar": "ثلاثة مستشارين في المقاطعة وعدونا بالتصويت ضد المشروع.",
}
WAIT_WENT_UP = {  # a wait that went from three to seven weeks: no hope
    "en": "According to this report, the wait for family help went from three to seven weeks.",
    "fr": "Selon ce rapport, le délai d'attente pour une aide familiale est passé de trois à sept semaines.",
    "ar": "حسب هذا التقرير، ارتفعت مدة الانتظار للمساعدة العائلية من ثلاثة إلى سبعة أسابيع.",
}


ALLIES_WITH_US = {  # allies already with us: hope
    "en": "We already have forty members, and the neighbourhood social centre supports us.",
    "fr": "Nous avons déjà quarante adhérents à l'amicale, et le centre social du quartier nous soutient.",
    "ar": "لدينا أربعون منخرطًا في الودادية، والمركز الاجتماعي في الحي يدعمنا.",
}
NOBODY_SUPPORTS_US = {  # nobody with us: no hope
    "en": "Nobody supports us, not even the social centre.",
    "fr": "Personne ne nous soutient, même pas le centre social.",
    "ar": "لا أحد يدعمنا، ولا حتى المركز الاجتماعي.",
}


NIGHT_WITHOUT_SLEEP = {  # a night the teller could not sleep: a challenge
    "en": "After the three men left, I spent the whole night without sleeping.",
    "fr": "Après le départ des trois hommes, j'ai passé la nuit sans dormir.",
    "ar": "بعد أن خرج الرجال الثلاثة، قضيتُ الليل كله ولم أنم.",
}
BABY_SLEEPING = {  # someone asleep: no challenge
    "en": "The baby was sleeping when I came home.",
    "fr": "Le bébé dormait quand je suis rentré.",
    "ar": "كان الطفل نائما حين عدت إلى البيت.",
}


BROKEN_PROMISE = {  # a promise not kept: no hope
    "en": "They promised us a pitch ten years ago, and we are still waiting.",
    "fr": "Ils nous ont promis un gymnase il y a dix ans ; nous attendons toujours.",
    "ar": "وعدونا بملعب منذ عشر سنوات، وما زلنا ننتظر.",
}
DEMOLITION_PERMIT = {  # a win of the other side, a threat: no hope
    "en": "Last year the developers secured the permit to demolish the 120 flats of our street.",
    "fr": "L'an dernier, les promoteurs ont obtenu le permis de démolir les 120 logements de notre rue.",
    "ar": "في السنة الماضية حصلت الشركة على رخصة لهدم العمارات في شارعنا.",
}
YEARS_LOCKED = {  # years gone by are no count of a win: no hope
    "en": "For three years they kept the hall locked.",
    "fr": "Pendant trois ans, ils ont gardé la salle fermée, et rien n'a bougé.",
    "ar": "طوال ثلاث سنوات، أبقوا القاعة مغلقة.",
}
NO_HOPE_LEFT = {  # hope denied, in dialect too: no hope
    "en": "We have no hope in this government.",
    "fr": "Nous n'avons aucun espoir dans ce gouvernement.",
    "ar": "ما عندنا أمل في هذه الحكومة.",
}
HOME_NOT_TOO_LATE = {  # "not too late" as a time of day: no hope
    "en": "My son comes home not too late in the evening, but he cannot find work.",
    "fr": "Mon fils rentre pas trop tard le soir, mais il ne trouve pas de travail.",
    "ar": "ابني يرجع إلى البيت في وقت مبكر كل مساء، لكنه لا يجد عملا.",
}
NOBODY_LETS_US_SPEAK = {  # "nobody lets us": a grievance, no value
    "en": "And nobody lets us speak at council meetings.",
    "fr": "Et personne ne nous laisse parler aux réunions du conseil.",
    "ar": "ولا أحد يتركنا نتكلم في اجتماعات البلدية.",
}


NOW_IN_DIALECT = {  # the turn to now, in dialect too («توّا»، «دابا»): urgency with the harm
    "en": "But now things are serious: more than half the young men of our area have no work.",
    "fr": "Mais maintenant la situation est grave : plus de la moitié des jeunes du quartier n'ont pas de travail.",
    "ar": "لكن توّا الوضع خطير: أكثر من نصف شباب حيّنا بلا عمل.",
}
WHO_WE_ARE_IN_RAMADAN = {  # what "we" share, with a month and a verb of beginning: no urgency
    "en": "We are the neighbours who share bread in Ramadan and who believe that dignity begins with the first letter.",
    "fr": ("Nous sommes les voisins qui partagent le pain pendant le Ramadan et qui croient que la dignité "
           "commence à la première lettre."),
    "ar": "حنا الجيران اللي كيتقاسمو الخبز فرمضان، واللي كيآمنو بلي الكرامة كتبدا من الحرف الأول.",
}


WORKS_IN_PARTNERSHIP = {  # a win told with "in partnership with": hope, no résumé
    "en": "It works, though: in 2023 the club guided 22 young people into training, in partnership with the job centre.",
    "fr": "Ça marche, pourtant : en 2023, le club a accompagné 22 jeunes vers une formation, en partenariat avec le CPAS.",
    "ar": "ورغم ذلك فالأمر ينجح: في 2023 رافق النادي 22 شابا نحو التكوين، بشراكة مع مركز التشغيل.",
}
GROWN_SINCE_LAST_YEAR = {  # a group grown since it started: hope
    "en": "The group, started last year with six pupils, now brings together twenty-two.",
    "fr": "Le groupe, lancé l'an dernier avec six élèves, en réunit aujourd'hui vingt-deux.",
    "ar": "المجموعة التي انطلقت السنة الماضية بستة تلاميذ تضم اليوم اثنين وعشرين.",
}
NOT_INSURMOUNTABLE = {  # "serious but not insurmountable": hope
    "en": "The challenges are serious but not insurmountable.",
    "fr": "Les difficultés sont sérieuses, mais pas insurmontables.",
    "ar": "التحديات كبيرة، لكنها ليست مستحيلة.",
}
GAVE_US_SICK_DAYS = {  # a right won together last year: hope
    "en": "Last year, when the aides signed a letter together, the agency gave us paid sick days for the first time.",
    "fr": ("L'an dernier, quand les aides ont signé une lettre ensemble, l'agence nous a accordé des congés "
           "maladie payés pour la première fois."),
    "ar": "في العام الماضي، حين وقعت العاملات رسالة معا، منحتنا الوكالة أيام مرض مدفوعة لأول مرة.",
}


ITS_NOT_TOO_LATE = {  # said short, or in dialect: hope
    "en": "It's not too late.",
    "fr": "C'est pas trop tard.",
    "ar": "لكن الوقت ما زال أمامنا.",
}
NOBODY_LEFT_BEHIND = {  # nobody left behind here: a shared value
    "en": "We are the children of this district, and here we leave no one behind.",
    "fr": "Nous sommes les enfants de ce quartier, et ici nous ne laissons personne derrière.",
    "ar": "نحن أبناء حي النصر، وفي حينا لا أحد يُترك خلفنا.",
}


NEXT_TWO_WEEKS = {  # a harm unless someone acts "in the next two weeks": urgency
    "en": "Three teams of kids won't take the field unless somebody steps up in the next two weeks.",
    "fr": "Trois équipes d'enfants ne joueront pas si personne ne se lève dans les deux prochaines semaines.",
    "ar": "ثلاثة فرق من الأطفال لن تلعب إن لم يتقدم أحد خلال الأسبوعين القادمين.",
}


def _thirteenth_told_cases() -> list[tuple[str, str, str, str, str | None]]:
    """Thirteenth round, from blind-18 and blind-20 misses: what came of our work counted in
    plain numbers is hope; the size of an organisation today is not. "Nobody is left alone"
    and "whatever their origin" show a shared value; "whatever the cost" does not. "It is not
    too late", a win others secured last year and allies who promised us are hope; a wait
    that went from three to seven weeks is not. Allies already with us ("the social centre
    supports us") are hope; "nobody supports us" is not. A night the teller could not sleep
    is a challenge; a baby asleep is not. No hope in a promise we are still waiting for, the
    other side's win (a permit to demolish), years counted ("for three years they kept the
    hall locked"), hope denied («ما عندنا أمل») or "not too late" in the evening; no value
    in "nobody lets us speak". The turn to now in dialect («توّا») with a harm is urgency;
    what "we" share in Ramadan is no dated event. A win told "in partnership with" someone,
    a group grown since last year, "not insurmountable", a right "the agency gave us" are
    hope."""
    cases: list[tuple[str, str, str, str, str | None]] = []
    for lang in LANGUAGES:
        ask = BLOCKS[lang]["now.ask"]
        cases += [
            ("now.hope", lang, "now", f"{COUNTED_SUCCESS[lang]} {ask}", COUNTED_SUCCESS[lang]),
            ("now.hope", lang, "now", f"{ORGANISATION_SIZE[lang]} {ask}", None),
            ("us.shared_value", lang, "us", NOBODY_LEFT_ALONE[lang], NOBODY_LEFT_ALONE[lang]),
            ("us.shared_value", lang, "us", WHATEVER_THEIR_ORIGIN[lang], WHATEVER_THEIR_ORIGIN[lang]),
            ("us.shared_value", lang, "us", WHATEVER_THE_COST[lang], None),
            ("now.hope", lang, "now", f"{NOT_TOO_LATE[lang]} {ask}", NOT_TOO_LATE[lang]),
            ("now.hope", lang, "now", f"{WON_LAST_YEAR[lang]} {ask}", WON_LAST_YEAR[lang]),
            ("now.hope", lang, "now", f"{PROMISED_US[lang]} {ask}", PROMISED_US[lang]),
            ("now.hope", lang, "now", f"{WAIT_WENT_UP[lang]} {ask}", None),
            ("now.hope", lang, "now", f"{ALLIES_WITH_US[lang]} {ask}", ALLIES_WITH_US[lang]),
            ("now.hope", lang, "now", f"{NOBODY_SUPPORTS_US[lang]} {ask}", None),
            ("self.challenge", lang, "self", NIGHT_WITHOUT_SLEEP[lang], NIGHT_WITHOUT_SLEEP[lang]),
            ("self.challenge", lang, "self", BABY_SLEEPING[lang], None),
            ("now.hope", lang, "now", f"{BROKEN_PROMISE[lang]} {ask}", None),
            ("now.hope", lang, "now", f"{DEMOLITION_PERMIT[lang]} {ask}", None),
            ("now.hope", lang, "now", f"{YEARS_LOCKED[lang]} {ask}", None),
            ("now.hope", lang, "now", f"{NO_HOPE_LEFT[lang]} {ask}", None),
            ("now.hope", lang, "now", f"{HOME_NOT_TOO_LATE[lang]} {ask}", None),
            ("us.shared_value", lang, "us", NOBODY_LETS_US_SPEAK[lang], None),
            ("now.urgency", lang, "now", f"{NOW_IN_DIALECT[lang]} {ask}", NOW_IN_DIALECT[lang]),
            ("now.urgency", lang, "now", f"{WHO_WE_ARE_IN_RAMADAN[lang]} {ask}", None),
            ("now.hope", lang, "now", f"{WORKS_IN_PARTNERSHIP[lang]} {ask}", WORKS_IN_PARTNERSHIP[lang]),
            ("now.hope", lang, "now", f"{GROWN_SINCE_LAST_YEAR[lang]} {ask}", GROWN_SINCE_LAST_YEAR[lang]),
            ("now.hope", lang, "now", f"{NOT_INSURMOUNTABLE[lang]} {ask}", NOT_INSURMOUNTABLE[lang]),
            ("now.hope", lang, "now", f"{GAVE_US_SICK_DAYS[lang]} {ask}", GAVE_US_SICK_DAYS[lang]),
            ("now.hope", lang, "now", f"{ITS_NOT_TOO_LATE[lang]} {ask}", ITS_NOT_TOO_LATE[lang]),
            ("us.shared_value", lang, "us", NOBODY_LEFT_BEHIND[lang], NOBODY_LEFT_BEHIND[lang]),
            ("now.urgency", lang, "now", f"{NEXT_TWO_WEEKS[lang]} {ask}", NEXT_TWO_WEEKS[lang]),
        ]
    return cases


WATCHED_HER_DECIDE = {  # the teller watched someone else decide: no choice of the teller's
    "en": "I stood at the edge of the pool and I watched her decide to let go of the wall.",
    "fr": ("Moi, je n'ai rien fait de spécial. J'étais au bord, le sifflet autour du cou, et j'ai regardé "
           "quelqu'un décider que sa peur ne déciderait plus pour elle."),
    "ar": "كنت واقفا على حافة المسبح، ورأيتها تقرر أن خوفها لن يقرر عنها بعد اليوم.",
}
HEARD_THEN_DECIDED = {  # a comma ends what was heard: the choice after it is the teller's
    "en": "I heard the verdict, decided to go to law school.",
    "fr": "J'ai entendu le verdict, j'ai décidé de faire du droit.",
    "ar": "سمعت الحكم، فقررت أن أدرس الحقوق.",
}
SAW_IT_AND_DECIDED = {  # …but what the teller saw, then decided, is a choice of theirs
    "en": "That night I saw the empty chairs and decided to open the pool on Tuesdays.",
    "fr": "Ce soir-là, j'ai vu les chaises vides et j'ai décidé d'ouvrir la piscine le mardi.",
    "ar": "في تلك الليلة رأيت الكراسي فارغة فقررت أن أفتح المسبح يوم الثلاثاء.",
}

ALREADY_WITH_US = {  # allies already on our side: hope
    "en": "This year the tenants' union and St. Martin's parish are already with us.",
    "fr": "Cette année, l'association Roubaix Solidaire et la paroisse Saint-Martin sont déjà avec nous.",
    "ar": "هذه السنة، جمعية الحي وإمام المسجد معنا بالفعل.",
}
IMPROVEMENTS_POSSIBLE = {  # a change said possible with its object, after a pilot: hope
    "en": "This kind of programme shows that quick improvements are possible when the means follow.",
    "fr": "Ce type de dispositif montre que des améliorations rapides sont possibles lorsque les moyens suivent.",
    "ar": "هذا النوع من البرامج يبيّن أن التحسن السريع ممكن حين تتوفر الوسائل.",
}
NO_IMPROVEMENT_POSSIBLE = {  # a change said impossible: no hope
    "en": "The council told us no improvements are possible under this budget.",
    "fr": "Le conseil nous a dit qu'aucune amélioration n'est possible avec ce budget.",
    "ar": "ما بقى فيه أمل في هذه الحكومة.",
}
CUTS_POSSIBLE = {  # …not more harm said possible
    "en": "Deeper cuts are possible next year, the council says.",
    "fr": "D'autres coupes sont possibles l'an prochain, dit le conseil.",
    "ar": "تخفيضات أخرى ممكنة العام القادم، حسب المجلس.",
}

SOMETHING_ELSE_POSSIBLE = {"en": "And I know that something else is possible.",
                           "fr": "Et je sais qu'autre chose est possible.", "ar": "وأعرف أن شيئًا آخر ممكن."}
THERE_IS_HOPE = {"en": "And there is hope.", "fr": "Et il y a de l'espoir.", "ar": "وفي أمل."}
THERE_IS_NO_HOPE = {"en": "There is no hope left in this government.",
                    "fr": "Il n'y a plus d'espoir dans ce gouvernement.", "ar": "ما فيه أمل في هذه الحكومة."}
SUMMER_IS_COMING = {  # a season coming in which the harm grows: urgency
    "en": "Summer is coming, and every June the crossings rise.",
    "fr": "L'été arrive, et chaque juin les traversées augmentent.",
    "ar": "والصيف جاي، وكل عام في جوان تكثر الرحلات.",
}
SUMMER_CAME_EARLY = {  # …not a summer of the story
    "en": "That year the summer came early and we swam every evening.",
    "fr": "Cette année-là, l'été est venu tôt et on nageait chaque soir.",
    "ar": "في تلك السنة جاء الصيف مبكرا وكنا نسبح كل مساء.",
}
THE_DEAD_ARE_OWED = {  # a value shown for the dead, whatever their colour or religion
    "en": "We know that the dead are owed respect, whatever their colour or religion.",
    "fr": "On sait que le mort a droit au respect, quelle que soit sa couleur ou sa religion.",
    "ar": "نحنا ناس البحر: نعرفو إن الميت عندو حرمة، مهما كان لونو ولا دينو.",
}
VALUE_OF_WATER = {  # "the value of water" is its price, no value of ours
    "en": "We must raise awareness of the value of water.",
    "fr": "Nous devons sensibiliser à la valeur de l'eau.",
    "ar": "علينا أن نرفع الوعي بقيمة الماء.",
}


CV_DEGREES = {  # degrees earned at named schools, a post held from year to year: no moment
    "en": ("I earned my Associate of Arts from Sinte Gleska University in 2003 and my Bachelor of "
           "Science in Psychology from Black Hills State University in 2006."),
    "fr": "De 1995 à 2003, j'ai été moniteur à l'École de conduite du Centre, à Namur.",
    "ar": "في سنة 2006 حصلت على الإجازة في علم النفس من جامعة محمد الخامس بالرباط، وفي 2009 شغلت منصب المدير في مدرسة الأمل.",
}
AT_THE_UNIVERSITY = {  # …while a scene lived at a named school is one
    "en": "In March 2006, in the hallway of Black Hills State University, a professor shouted at me: \"Go home.\"",
    "fr": "En mars 2006, dans le couloir de l'École de conduite du Centre, à Namur, un client m'a crié : « Rentre chez toi. »",
    "ar": "في صباح يوم من مارس 2006، وقفت في ممر جامعة محمد الخامس بالرباط، وسمعت أستاذا يصرخ في وجهي: «ارجعي إلى بلادك».",
}


PAPERS_AT_LAST = {  # residence papers received on a day the teller lived: a moment, no résumé
    "en": "In March 2019 I finally got my residency card at the prefecture and I cried in the street.",
    "fr": "En mars 2019, j'ai obtenu mon titre de séjour à la préfecture de Lyon et j'ai pleuré dans la rue.",
    "ar": "في مارس 2019 حصلت أخيرا على بطاقة الإقامة في الولاية وبكيت في الشارع.",
}


HARM_TO_MY_OWN = {  # in a story of feelings only, a harm done to someone is a challenge…
    "en": "They hurt my brother.",
    "fr": "Ils ont menacé mon frère.",
    "ar": "طردوا أبي من العمل.",
}
HARD_TO_FIND_WORK = {  # …and so is a hardship (« du mal » is no feeling word, « mal » is)
    "en": "I struggled to find work.",
    "fr": "J'ai eu du mal à trouver du travail.",
    "ar": "في 2015 فقدت عملي في الميناء.",
}


DANGER_NOT_OVER = {  # the danger not over: why now
    "en": "But the danger is not over.",
    "fr": "Mais le danger n'est pas passé.",
    "ar": "لكن الخطر لم ينته.",
}
DANGER_WAS_OVER = {  # …a danger of the story, over then: no urgency
    "en": "In 2012 the danger was over and we went home.",
    "fr": "En 2012, le danger était passé et nous sommes rentrés.",
    "ar": "في 2012 انتهى الخطر ورجعنا إلى بيوتنا.",
}
DOOR_NOT_CLOSED = {  # a way still open: hope
    "en": "Hamza's story tells us that the door has not closed yet.",
    "fr": "L'histoire de Hamza nous dit que la porte n'est pas encore fermée.",
    "ar": "قصة حمزة تقول لنا إن الباب لم يغلق بعد.",
}
DOOR_CLOSED = {  # …a door closed in the story: none
    "en": "That night the door of the youth centre closed for good.",
    "fr": "Ce soir-là, la porte du centre de jeunes s'est fermée pour de bon.",
    "ar": "في تلك الليلة أغلق باب دار الشباب نهائيا.",
}


def _fifteenth_told_cases() -> list[tuple[str, str, str, str, str | None]]:
    """Fifteenth round, from blind-25..29 misses and their review: degrees earned at a named
    university and a post held from year to year are résumé lines, not a moment; a scene
    lived there is, and so is the day residence papers came. In a story of feelings only,
    a harm done or a hardship is still a challenge. "The danger is not over" is why now,
    "the door has not closed yet" a reason to hope."""
    cases: list[tuple[str, str, str, str, str | None]] = []
    for lang in LANGUAGES:
        ask = BLOCKS[lang]["now.ask"]
        cases += [
            ("self.moment", lang, "self", CV_DEGREES[lang], None),
            ("self.moment", lang, "self", AT_THE_UNIVERSITY[lang], AT_THE_UNIVERSITY[lang]),
            ("self.moment", lang, "self", PAPERS_AT_LAST[lang], PAPERS_AT_LAST[lang]),
            ("self.challenge", lang, "self", HARM_TO_MY_OWN[lang], HARM_TO_MY_OWN[lang]),
            ("self.challenge", lang, "self", HARD_TO_FIND_WORK[lang], HARD_TO_FIND_WORK[lang]),
            ("now.urgency", lang, "now", f"{DANGER_NOT_OVER[lang]} {ask}", DANGER_NOT_OVER[lang]),
            ("now.urgency", lang, "now", f"{DANGER_WAS_OVER[lang]} {ask}", None),
            ("now.hope", lang, "now", f"{DOOR_NOT_CLOSED[lang]} {ask}", DOOR_NOT_CLOSED[lang]),
            ("now.hope", lang, "now", f"{DOOR_CLOSED[lang]} {ask}", None),
        ]
    return cases


PROGRAMME_WORKED = {  # a programme run elsewhere or before, and what it showed: hope
    "en": ("A mentoring pilot in Grand Forks County, evaluated by the state university in 2022, "
           "showed that mentors keep students in school."),
    "fr": "Le programme de tutorat de Roubaix a montré que les décrochages pouvaient baisser.",
    "ar": "أثبتت تجربة نادي الحي بين 2017 و2019 نجاعتها في الحد من الانقطاع عن الدراسة.",
}
PROGRAMME_LAUNCHED = {  # …a programme only launched, nothing shown yet: none
    "en": "In 2024 the network launched a youth mentoring pilot with 25 mentors.",
    "fr": "En 2024, le réseau a lancé un programme de parrainage avec 25 bénévoles.",
    "ar": "في 2024 أطلقت الشبكة برنامج مرافقة للشباب مع 25 متطوعا.",
}
PROGRAMME_TO_SET_UP = {  # …a programme still to set up: none
    "en": "We must set up a pilot that shows the city what works.",
    "fr": "Il faut mettre en place un programme qui montre à la ville ce qui marche.",
    "ar": "يجب أن نطلق برنامجا يثبت للبلدية ما ينفع.",
}
PROGRAMME_FOUND_A_HARM = {  # …a programme that found the problem, a figure of it: none
    "en": "A state program found that one in three children in our county goes to bed hungry.",
    "fr": "Un programme de l'État a montré qu'un enfant sur trois du département se couche le ventre vide.",
    "ar": "وجد برنامج وزارة الصحة أن 30% من أطفال الولاية ينامون جائعين.",
}
LIFE_TAUGHT_ME = {  # …a life's experience that taught the teller (تجربة is both): none
    "en": "All this experience taught me that the young are the future.",
    "fr": "Toute cette expérience m'a appris que les jeunes sont l'avenir.",
    "ar": "كل هذه التجربة علمتني أن الشباب هم المستقبل.",
}


YEARS_OF_LIFE = {  # years of a life, nothing seen, heard or said: no moment
    "en": "I have been married to my wife, Delores, for forty-seven years.",
    "fr": "Je suis mariée à mon mari, Karim, depuis vingt-sept ans.",
    "ar": "عشت مع أمي في حي الزهور طوال عشرين سنة.",
}
SEEN_WITH_HIS_YEARS = {  # …a scene that names someone's years: a moment
    "en": "That night I turned and saw the lamp of Mustafa, a Turk who had worked with us for two years.",
    "fr": "Ce soir-là, je me suis retourné et j'ai vu la lampe de Mustafa, un Turc arrivé depuis deux ans.",
    "ar": "في تلك الليلة التفتُّ فرأيت مصباح مصطفى، التركي الذي عمل معنا طوال سبع سنوات.",
}
ONE_NIGHT_WITH_YEARS = {  # …one time of the story, with someone's years in it: a moment
    "en": "That night in the kitchen, my father, who had been sober for ten years, poured himself a glass.",
    "fr": ("Ce matin-là, à l'usine où je travaillais depuis douze ans, mon chef Marc m'a "
           "raccompagné jusqu'au parking."),
    "ar": "منذ خمس سنوات، في ليلة من ليالي رمضان، جاءت جارتي فاطمة إلى بيتي تطلب المساعدة.",
}


def _sixteenth_told_cases() -> list[tuple[str, str, str, str, str | None]]:
    """Sixteenth round, from blind-21..34 hope misses: a programme run elsewhere or before
    that showed or achieved something ("a mentoring pilot… showed", « le programme… a
    montré », «أثبتت تجربة… نجاعتها») is a reason to hope; one only launched, one still to
    set up, or the teller's life experience is not. Years of a life with nothing seen,
    heard or said and no one time ("married… for forty-seven years") are no moment; a scene
    naming someone's years is, and so is one night told with them ("That night… my father,
    who had been sober for ten years…"; Arabic «منذ خمس سنوات» is also "five years ago")."""
    cases: list[tuple[str, str, str, str, str | None]] = []
    for lang in LANGUAGES:
        ask = BLOCKS[lang]["now.ask"]
        cases += [
            ("now.hope", lang, "now", f"{PROGRAMME_WORKED[lang]} {ask}", PROGRAMME_WORKED[lang]),
            ("now.hope", lang, "now", f"{PROGRAMME_LAUNCHED[lang]} {ask}", None),
            ("now.hope", lang, "now", f"{PROGRAMME_TO_SET_UP[lang]} {ask}", None),
            ("now.hope", lang, "now", f"{LIFE_TAUGHT_ME[lang]} {ask}", None),
            ("now.hope", lang, "now", f"{PROGRAMME_FOUND_A_HARM[lang]} {ask}", None),
            ("self.moment", lang, "self", YEARS_OF_LIFE[lang], None),
            ("self.moment", lang, "self", SEEN_WITH_HIS_YEARS[lang], SEEN_WITH_HIS_YEARS[lang]),
            ("self.moment", lang, "self", ONE_NIGHT_WITH_YEARS[lang], ONE_NIGHT_WITH_YEARS[lang]),
        ]
    return cases


LIFE_AND_NIGHTLY_FEAR = {  # a life summed up is no act: a fear of every night is no challenge
    "en": "I have lived my whole life in these hills. Every night I am afraid for my son.",
    "fr": "J'ai vécu toute ma vie dans ces collines. Chaque nuit j'ai peur pour mon fils.",
    "ar": "عشت عمري كله في هاد الجبال. كل ليلة كنحس بالخوف على ولدي.",
}
HARDEST_YEAR = {  # …the hardest year, debts, told after an act: a challenge
    "en": "In 2014 the market closed and I sold my truck. It was the hardest year of my life.",
    "fr": "En 2014 le marché a fermé et j'ai vendu mon camion. Les dettes s'accumulaient.",
    "ar": "في صيف 2014 تسكّر السوق، وقعدت نبيع الحوت في الشوارع. كانت أصعب سنة في حياتي.",
}
NIGHT_WE_DID_NOT_SLEEP = {  # a night "we" did not sleep, as "I" did not: a challenge
    "en": "A man offered my brother money to guard a building, and we walked home. That night we did not sleep.",
    "fr": ("Un homme a proposé de l'argent à mon frère pour garder un local, et nous sommes rentrés. "
           "Cette nuit-là, nous n'avons pas dormi."),
    "ar": "عرض رجل على أخي مالا لحراسة مقر، فرجعنا إلى البيت. تلك الليلة لم ننم.",
}

COUSIN_KILLED = {  # one close person's violent death in the story: a challenge
    "en": "In March 2009 my cousin Viliami was shot outside a party. That night I drove to his mother's house.",
    "fr": "En mars 2009, mon cousin Karim a été tué devant une fête. Ce soir-là, j'ai conduit jusque chez sa mère.",
    "ar": "في مارس 2009 سمعت خبر مقتل ابن عمي كريم. في تلك الليلة ذهبت إلى بيت أمه.",
}
PUBLIC_KILLING = {  # …a public event in a résumé: none
    "en": "I hold a degree in social work from UTEP. In 2019 twenty-three people were killed at a store in our city.",
    "fr": "Je suis diplômé en travail social de l'université de Lille. En 2015, des dizaines de personnes ont été tuées à Paris.",
    "ar": "أنا حاصل على شهادة في العمل الاجتماعي. في 2015 قتل مسلح ثمانية وثلاثين سائحا في سوسة.",
}
PRESSED_AND_REFUSED = {  # pressed one way by others, the teller refuses: a choice
    "en": "Three of my friends were waiting for me to say go. I didn't say go.",
    "fr": "Trois de mes amis attendaient que je donne le signal. Je n'ai pas donné le signal.",
    "ar": "طلبوا مني أن أوقع الورقة. لم أوقعها.",
}
LIVED_HERE_AND_AFRAID = {  # living somewhere is no act: a story of feelings stays one
    "en": "All my life I have lived by this harbour. Every evening I am afraid for my children.",
    "fr": "Toute ma vie, j'ai vécu sur ce port. Chaque soir, j'ai peur pour mes enfants.",
    "ar": "طول عمري عشت في هذا المرسى. كل مساء أشعر بالخوف على أولادي.",
}
CRIED_AND_AFRAID = {  # « j'ai pleuré »: the participle says a feeling, no act (as "I cried")
    "en": "I cried. Every evening I am afraid for my children.",
    "fr": "J'ai pleuré. Chaque soir, j'ai peur pour mes enfants.",
    "ar": "بكيت. كل مساء أشعر بالخوف على أولادي.",
}
ALWAYS_CLOSE_AND_AFRAID = {  # « on a toujours été solidaires »: a state, no act
    "en": "We were always close. Every evening I am afraid for my children.",
    "fr": "On a toujours été solidaires. Chaque soir, j'ai peur pour mes enfants.",
    "ar": "كنا دائما متضامنين. كل مساء أشعر بالخوف على أولادي.",
}
KNOWN_SHAME_AND_AFRAID = {  # « j'ai connu la honte »: what was known, no act
    "en": "I have known shame. Every evening I am afraid for my children.",
    "fr": "J'ai connu la honte. Chaque soir, j'ai peur pour mes enfants.",
    "ar": "عرفت العار. كل مساء أشعر بالخوف على أولادي.",
}
FELT_SMALL_AND_AFRAID = {  # « je me suis sentie petite »: a feeling, no act
    "en": "I felt small. Every evening I am afraid for my children.",
    "fr": "Je me suis sentie petite. Chaque soir, j'ai peur pour mes enfants.",
    "ar": "شعرت أنني صغيرة. كل مساء أشعر بالخوف على أولادي.",
}
SOMETHING_PRECIOUS_AND_AFRAID = {  # « on a quelque chose »: the present, no participle
    "en": "We have something precious. Every evening I am afraid for my children.",
    "fr": "On a quelque chose de précieux. Chaque soir, j'ai peur pour mes enfants.",
    "ar": "عندنا شيء ثمين. كل مساء أشعر بالخوف على أولادي.",
}

VALUE_NAMED_OURS = {  # a value said to be ours: a shared value
    "en": "We have an old value: the master teaches the apprentice patience, not only the trade.",
    "fr": "Nous avons une valeur ancienne : le maître apprend à l'apprenti la patience, pas seulement le métier.",
    "ar": "عندنا قيمة قديمة: المعلم كيعلم المتعلم ماشي غير الصنعة، كيعلمو حتى الأخلاق والصبر.",
}
VALUE_OF_LAND = {  # …not the value of land: a price
    "en": "The value of the land has doubled in ten years.",
    "fr": "La valeur des terres a doublé en dix ans.",
    "ar": "قيمة الأرض تضاعفت في عشر سنوات.",
}
# «كان عندي جوج اختيارات»: the Darija "two choices" is the road not taken; the act after it a choice.
TWO_CHOICES_DARIJA = ("في صيف 2007 سمعت المتعلم ديالي كيقول كلام ديال الكراهية. كان عندي جوج اختيارات: "
                      "نجري عليه ولا نخليه حدايا. وليت كل نهار فالعشية نشربو أتاي ونتهضرو.")
# From the review of the seventeenth round: a life lived is no act, yet a precedent with it
# is still hope; after « être » the next word alone says a past (« je suis française » is
# a state), after « avoir » an adverb in -ment is passed over; pressed and going along is
# no choice.
PRECEDENT_WHO_LIVED = {
    "en": "But last year, the families who lived on our street rebuilt 40 houses in two months.",
    "fr": "Mais l'an dernier, les familles qui ont vécu l'inondation ont reconstruit 40 maisons en deux mois.",
    "ar": "لكن في السنة الماضية، لما كنا متحدين، أعدنا بناء أربعين بيتا.",
}
NATIONALITY_AND_AFRAID = {
    "en": "I am French. Every night I am afraid for my son.",
    "fr": "Je suis française. Chaque nuit, j'ai peur pour mon fils.",
    "ar": "أنا فرنسية. كل ليلة أشعر بالخوف على ابني.",
}
FINALLY_CALLED_AND_AFRAID = {
    "en": "I finally called the mayor. Every night I am afraid for my son.",
    "fr": "J'ai finalement appelé le maire. Chaque nuit, j'ai peur pour mon fils.",
    "ar": "اتصلت أخيرا بالعمدة. كل ليلة أشعر بالخوف على ابني.",
}
PRESSED_AND_WENT_ALONG = {
    "en": "My boss wanted me to sign, so I signed the paper.",
    "fr": "Mon patron voulait que je signe, alors j'ai signé le papier.",
    "ar": "أراد مني مديري أن أوقع، فوقعت الورقة.",
}


def _reviewed_seventeenth_cases() -> list[tuple[str, str, str, str, str | None]]:
    cases: list[tuple[str, str, str, str, str | None]] = []
    for lang in LANGUAGES:
        ask = BLOCKS[lang]["now.ask"]
        cases += [
            ("now.hope", lang, "now", f"{PRECEDENT_WHO_LIVED[lang]} {ask}", PRECEDENT_WHO_LIVED[lang]),
            ("self.challenge", lang, "self", NATIONALITY_AND_AFRAID[lang], None),
            ("self.challenge", lang, "self", FINALLY_CALLED_AND_AFRAID[lang],
             FINALLY_CALLED_AND_AFRAID[lang].split(". ")[-1]),
            ("self.choice", lang, "self", PRESSED_AND_WENT_ALONG[lang], None),
        ]
    return cases

def _seventeenth_told_cases() -> list[tuple[str, str, str, str, str | None]]:
    """Seventeenth round, from blind-36, blind-38 and earlier misses: "I have lived my whole
    life here", "I have lived by this harbour" is no act, nor « j'ai pleuré », « on a
    toujours été solidaires », « j'ai connu la honte », « je me suis sentie petite », « on a
    quelque chose » (a feeling, a state, the present), so a story of feelings stays one
    ("Every night I am afraid" is no challenge). The hardest year, debts, a night "we" did not sleep, a
    cousin killed are challenges (many killed in a public event are not the teller's);
    refusing what others pressed the teller to do is a choice. A value said to be ours
    ("We have an old value: …") is a shared value; "the value of the land" is a price."""
    cases: list[tuple[str, str, str, str, str | None]] = []
    for lang in LANGUAGES:
        cases += [
            ("self.challenge", lang, "self", LIFE_AND_NIGHTLY_FEAR[lang], None),
            ("self.challenge", lang, "self", HARDEST_YEAR[lang], HARDEST_YEAR[lang].split(". ")[-1]),
            ("self.challenge", lang, "self", NIGHT_WE_DID_NOT_SLEEP[lang],
             NIGHT_WE_DID_NOT_SLEEP[lang].split(". ")[-1]),
            ("self.challenge", lang, "self", COUSIN_KILLED[lang], COUSIN_KILLED[lang].split(". ")[0] + "."),
            ("self.challenge", lang, "self", PUBLIC_KILLING[lang], None),
            ("self.choice", lang, "self", PRESSED_AND_REFUSED[lang], PRESSED_AND_REFUSED[lang].split(". ")[-1]),
            ("self.challenge", lang, "self", LIVED_HERE_AND_AFRAID[lang], None),
            ("self.challenge", lang, "self", CRIED_AND_AFRAID[lang], None),
            ("self.challenge", lang, "self", ALWAYS_CLOSE_AND_AFRAID[lang], None),
            ("self.challenge", lang, "self", KNOWN_SHAME_AND_AFRAID[lang], None),
            ("self.challenge", lang, "self", FELT_SMALL_AND_AFRAID[lang], None),
            ("self.challenge", lang, "self", SOMETHING_PRECIOUS_AND_AFRAID[lang], None),
            ("us.shared_value", lang, "us", VALUE_NAMED_OURS[lang], VALUE_NAMED_OURS[lang]),
            ("us.shared_value", lang, "us", VALUE_OF_LAND[lang], None),
        ]
    cases.append(("self.choice", "ar", "self", TWO_CHOICES_DARIJA, TWO_CHOICES_DARIJA.split(". ")[-1]))
    return cases


POST_OVER_YEARS = {  # a post held over a span of years: no moment
    "en": "From 2014 to 2020 I worked nights in the hospital of Saint-Denis with Dr Marc Dupont.",
    "fr": ("Depuis 2012, je coordonne le programme d'orchestre à l'école dans trois écoles du "
           "quartier des Teppes."),
    "ar": "منذ 2012 وأنا أعمل في مطبخ المطعم الجامعي مع جارتي خديجة.",
}
TRAINING_NAMED_IN_QUOTES = {  # the quoted name of a training or a prize is no words spoken
    "en": 'In 2016 I followed the training "Preventing Radicalisation in Prison" at the National School in Agen.',
    "fr": ("En 2016, j'ai suivi la formation « Prévention de la radicalisation en milieu "
           "carcéral » de l'École nationale d'Agen."),
    "ar": "في سنة 2016 ربحت أنا جائزة «أحسن خياطة» في ساحة المدينة.",
}
BUSINESS_NAMED_IN_QUOTES = {  # a business's quoted name is no words spoken: no moment
    "en": 'In 2004 I took over the bookshop "The Wind of Pages" in Outremeuse.',
    "fr": "En 2004, j'ai repris la librairie « Le Vent des Pages », en Outremeuse.",
    "ar": "في سنة 2004 أخذت أنا المكتبة «رياح الصفحات» في حي الرمل.",
}
POST_WITH_A_QUOTED_TITLE = {  # a post held since a year, its title in quotes: no moment
    "en": 'Since 2016 I have been the "welcome desk" lead at Saint Nicholas School in Verviers.',
    "fr": "Depuis 2016, je suis référente « accueil des primo-arrivants » à l'école Saint-Nicolas de Verviers.",
    "ar": "منذ 2016 وأنا مسؤولة «الاستقبال» في مدرسة الحي مع زميلتي فاطمة.",
}
# A degree or a certificate held is a résumé line: no moment, and a Belgian « licenciée en… »
# is a graduate, not a worker laid off (no challenge).
CERTIFIED_EN = "I am certified in hospital chaplaincy at Queen's Medical Center in Honolulu."
GRADUATE_FR = "Je suis licenciée en philologie romane de l'Université de Liège (1996)."
ONE_DAY_AFTER_YEARS = {  # …one day told after a span of years: a moment
    "en": ("Since 2015 I had not cried, but on 3 March 2019, on the platform at Lille station, "
           "I heard my daughter Lina sob."),
    "fr": ("Depuis 2015 je n'avais pas pleuré, mais le 3 mars 2019, sur le quai de la gare de "
           "Lille, j'ai entendu ma fille Lina sangloter."),
    "ar": "منذ 2015 لم أبك، لكن في 3 مارس 2019، على رصيف محطة القطار في الرباط، سمعت ابنتي لينا تبكي.",
}
WORDS_SAID_AFTER_A_FILM = {  # …words said, with a work named before them: a moment
    "en": 'That night at the Rex cinema, I watched the film and heard my son whisper "Dad, let\'s go home."',
    "fr": "Ce soir-là, au cinéma Rex, après le film, j'ai entendu mon fils chuchoter : « Papa, on rentre. »",
    "ar": "في تلك الليلة، في سينما الريكس، بعد الفيلم، سمعت ابني يهمس: «بابا، نرجعو للدار».",
}
# « crise » is no cry (« cri »): a prize for work during a crisis is a résumé line.
PRIZE_IN_A_CRISIS_FR = ("En 2021, la Province de Namur m'a remis un prix pour mon travail pendant "
                        "la crise du Covid.")


def _eighteenth_told_cases() -> list[tuple[str, str, str, str, str | None]]:
    """Eighteenth round, from blind-21..43 résumé lines read as moments: a span of years
    ("since 2012", « de 2014 à 2020 », «منذ 2012») sums up a post or a life, and the quoted
    name of a project, a training, a prize or a business is no words spoken (nor, in a post
    held since a year, the post's quoted title); a degree or a certificate held is a
    résumé line; one day told after the span, and words said after a work is named, are
    still moments."""
    cases: list[tuple[str, str, str, str, str | None]] = []
    for lang in LANGUAGES:
        cases += [
            ("self.moment", lang, "self", POST_OVER_YEARS[lang], None),
            ("self.moment", lang, "self", TRAINING_NAMED_IN_QUOTES[lang], None),
            ("self.moment", lang, "self", ONE_DAY_AFTER_YEARS[lang], ONE_DAY_AFTER_YEARS[lang]),
            ("self.moment", lang, "self", WORDS_SAID_AFTER_A_FILM[lang], WORDS_SAID_AFTER_A_FILM[lang]),
        ]
    cases.append(("self.moment", "fr", "self", PRIZE_IN_A_CRISIS_FR, None))
    for lang in LANGUAGES:
        cases += [
            ("self.moment", lang, "self", BUSINESS_NAMED_IN_QUOTES[lang], None),
            ("self.moment", lang, "self", POST_WITH_A_QUOTED_TITLE[lang], None),
        ]
    cases += [
        ("self.moment", "en", "self", CERTIFIED_EN, None),
        ("self.challenge", "fr", "self", GRADUATE_FR, None),
    ]
    return cases


NO_ANSWER = {  # no answer to the teller: a challenge
    "en": "In 2009 I sent thirty-seven applications from my address in Clichy and got not a single reply.",
    "fr": ("En 2009, j'ai envoyé trente-sept CV avec mon adresse à Clichy, et je n'ai reçu "
           "aucune réponse."),
    "ar": "في 2009 بعثت أنا سبعة وثلاثين طلب عمل من حينا، ولا رد واحد.",
}
LATE_ON_DUTY = {  # late on one's own round: a challenge
    "en": "That Tuesday, on my round in Recouvrance, I was already twenty minutes late.",
    "fr": "Ce mardi-là, sur ma tournée à Recouvrance, j'avais déjà vingt minutes de retard.",
    "ar": "ذاك الثلاثاء، في جولتي بحي المرسى، كنت متأخرا عشرين دقيقة عن موعد الحافلة.",
}
FEELINGS_THEN_A_QUESTION = {  # feelings, then a question asked of oneself: no act, no challenge
    "en": ("I felt alone in the crowd, and I felt afraid for our children. I would sit in the "
           "mosque and ask myself: why had we stopped visiting each other?"),
    "fr": ("Je me sentais seul au milieu de la foule, et j'avais peur pour nos enfants. Je me "
           "demandais : qu'est-ce qu'on a fait ?"),
    "ar": "حسيت بالوحدة وسط الزحام، وحسيت بالخوف على ولادنا. كنت كنجلس في ركن المسجد وكنسول راسي: فين مشينا؟",
}
RAISED_ON_A_VALUE = {  # what "we" grew up on is a value, not a win to hope from
    "en": "But we grew up on one thing: the door of the house stays open, and the neighbour asks.",
    "fr": ("Mais nous avons grandi avec une chose : la porte de la maison reste ouverte, et le "
           "voisin demande."),
    "ar": "لكننا تربينا على شيء واحد: باب الدار يبقى محلولا، والجار يسأل.",
}
# «أنا رجل بسيط»: who the teller is ("I am a simple man"), no scene.
SIMPLE_MAN_AR = "أنا رجل بسيط، قيّم على بيت من بيوت الله."
# « une seule famille », « pas un seul jour »: "only one", no one alone.
ONLY_ONE_FR = "Je crois que nous sommes tous une seule famille. Je ne regrette pas un seul jour."
ALONE_ON_THE_BENCH_FR = "Ce soir-là, j'étais assise seule sur le banc de la gare."


def _nineteenth_told_cases() -> list[tuple[str, str, str, str, str | None]]:
    """Nineteenth round, from blind-42, blind-43 and earlier: no answer to the teller ("not a
    single reply", « aucune réponse », «ولا رد») and being late on one's own round ("I was
    already twenty minutes late") are challenges; a question asked of oneself after a colon
    ("I would ask myself: why had we stopped…?") holds no act, nor does what "we" grew up on
    (« nous avons grandi avec… », «تربينا على…», no precedent to hope from); French « seul » is one only when
    someone is alone, not in « une seule famille », « un seul jour » (and « nous sommes
    tous » is a state, not a past)."""
    cases: list[tuple[str, str, str, str, str | None]] = [
        ("self.challenge", lang, "self", text[lang], text[lang])
        for lang in LANGUAGES for text in (NO_ANSWER, LATE_ON_DUTY)
    ]
    for lang in LANGUAGES:
        ask = BLOCKS[lang]["now.ask"]
        cases += [
            ("self.challenge", lang, "self", FEELINGS_THEN_A_QUESTION[lang], None),
            ("now.hope", lang, "now", f"{RAISED_ON_A_VALUE[lang]} {ask}", None),
        ]
    cases += [
        ("self.moment", "ar", "self", SIMPLE_MAN_AR, None),
        ("self.challenge", "fr", "self", ONLY_ONE_FR, None),
        ("self.challenge", "fr", "self", ALONE_ON_THE_BENCH_FR, ALONE_ON_THE_BENCH_FR),
    ]
    return cases


WORDS_SAID_ON_WALKING_IN = {  # words said after a colon, a shop or a room named: a moment
    "en": 'That morning I walked into the store: "Is anyone here?"',
    "fr": "Ce soir-là, j'ai appelé depuis le salon : « Maman, viens ! »",
    "ar": "في تلك الليلة دخلت المحل: «السلام عليكم».",
}
SAID_AFTER_YEARS_OF_SILENCE = {  # words said, someone's years of silence in a clause: a moment
    "en": ('My father, who had not spoken to me since 2015, stood at my door at the hospital and '
           'said: "Come home, son."'),
    "fr": ("Mon père, qui ne m'avait pas parlé depuis 2015, s'est présenté à ma porte à l'hôpital "
           "et m'a dit : « Rentre à la maison, mon fils. »"),
    "ar": "أبي، الذي لم يكلمني منذ 2015، وقف عند باب المستشفى وقال لي: «ارجع للدار يا ولدي».",
}
AT_HALF_PAST_SIX = {  # a time's colon is no question's: the act before it is a choice
    "en": ("In 2015 I lost my job at the port and I was afraid. At 6:30 the next morning I went to "
           "the union office in Brest, because what else could I do?"),
    "fr": ("En 2015, j'ai perdu mon travail au port et j'avais peur. Le lendemain à 6:30, je suis "
           "allé au local du syndicat à Brest, parce que que faire d'autre ?"),
    "ar": "في 2015 فقدت عملي في الميناء وخفت. في الغد على 6:30 ذهبت إلى مقر النقابة، وماذا كنت سأفعل غير ذلك؟",
}
# « licenciée en mars 2015 » is laid off (a challenge), not a Belgian degree.
LAID_OFF_IN_MARCH_FR = ("J'ai été licenciée en mars 2015, le jour de mes quarante ans, devant "
                        "tous mes collègues de l'usine de Lille.")
# « nous sommes tous allés »: « tous » says who, the participle still follows.
ALL_OF_US_WENT_FR = ("En 2015, on nous a expulsés de notre logement et j'avais peur. Le "
                     "lendemain, nous sommes tous allés à la mairie de Lyon avec nos enfants.")
# «أنا إنسان» shouted in a scene is the scene's words, not a résumé line.
HUMAN_NOT_A_DOG_AR = "في تلك الليلة، عند باب المستشفى، صرخت في وجه الحارس: «أنا إنسان، لست كلباً!»"


def _reviewed_eighteenth_cases() -> list[tuple[str, str, str, str, str | None]]:
    """From a review of the eighteenth and nineteenth rounds: what they must not take away."""
    cases: list[tuple[str, str, str, str, str | None]] = []
    for lang in LANGUAGES:
        cases += [
            ("self.moment", lang, "self", WORDS_SAID_ON_WALKING_IN[lang], WORDS_SAID_ON_WALKING_IN[lang]),
            ("self.moment", lang, "self", SAID_AFTER_YEARS_OF_SILENCE[lang], SAID_AFTER_YEARS_OF_SILENCE[lang]),
            ("self.choice", lang, "self", AT_HALF_PAST_SIX[lang], AT_HALF_PAST_SIX[lang].split(". ")[-1]),
        ]
    cases += [
        ("self.challenge", "fr", "self", LAID_OFF_IN_MARCH_FR, LAID_OFF_IN_MARCH_FR),
        ("self.choice", "fr", "self", ALL_OF_US_WENT_FR, ALL_OF_US_WENT_FR.split(". ")[-1]),
        ("self.moment", "ar", "self", HUMAN_NOT_A_DOG_AR, HUMAN_NOT_A_DOG_AR),
    ]
    return cases


def _fourteenth_told_cases() -> list[tuple[str, str, str, str, str | None]]:
    """Fourteenth round, from blind-24 misses: "I watched her decide", « j'ai regardé
    quelqu'un décider » is her choice, not the teller's; "I saw the empty chairs and
    decided" is the teller's. Allies "already with us" and "quick improvements are possible"
    are hope; "deeper cuts are possible" is not; «وفي أمل» ("and there is hope") is. A
    summer coming in which the harm grows is urgency; a summer of the story is not. The
    dead owed respect whatever their colour is a value; "the value of water" is not."""
    cases: list[tuple[str, str, str, str, str | None]] = []
    for lang in LANGUAGES:
        ask = BLOCKS[lang]["now.ask"]
        cases += [
            ("self.choice", lang, "self", WATCHED_HER_DECIDE[lang], None),
            ("self.choice", lang, "self", SAW_IT_AND_DECIDED[lang], SAW_IT_AND_DECIDED[lang]),
            ("self.choice", lang, "self", HEARD_THEN_DECIDED[lang], HEARD_THEN_DECIDED[lang]),
            ("now.hope", lang, "now", f"{NO_IMPROVEMENT_POSSIBLE[lang]} {ask}", None),
            ("now.hope", lang, "now", f"{ALREADY_WITH_US[lang]} {ask}", ALREADY_WITH_US[lang]),
            ("now.hope", lang, "now", f"{IMPROVEMENTS_POSSIBLE[lang]} {ask}", IMPROVEMENTS_POSSIBLE[lang]),
            ("now.hope", lang, "now", f"{CUTS_POSSIBLE[lang]} {ask}", None),
            ("now.hope", lang, "now", f"{THERE_IS_HOPE[lang]} {ask}", THERE_IS_HOPE[lang]),
            ("now.hope", lang, "now", f"{SOMETHING_ELSE_POSSIBLE[lang]} {ask}", SOMETHING_ELSE_POSSIBLE[lang]),
            ("now.hope", lang, "now", f"{THERE_IS_NO_HOPE[lang]} {ask}", None),
            ("now.urgency", lang, "now", f"{SUMMER_IS_COMING[lang]} {ask}", SUMMER_IS_COMING[lang]),
            ("now.urgency", lang, "now", f"{SUMMER_CAME_EARLY[lang]} {ask}", None),
            ("us.shared_value", lang, "us", THE_DEAD_ARE_OWED[lang], THE_DEAD_ARE_OWED[lang]),
            ("us.shared_value", lang, "us", VALUE_OF_WATER[lang], None),
        ]
    return cases


SOMEONE_ELSES_STORY = {  # a Self told through someone met: her fear, her choice, her son's outcome
    "en": ("I have been a hairdresser in Lyon for twenty years. One Tuesday in March, Samira sat down "
           "in my chair and started to cry. Her son Yanis had stopped going to school. She said to me: "
           "\"I was afraid of losing him.\" She could have stayed silent. But she decided to call the "
           "youth centre that same evening. She went there the next morning with him. She enrolled him "
           "in the boxing club with his uncle. Today Yanis is an apprentice electrician."),
    "fr": ("Je suis coiffeuse à Lyon depuis vingt ans. Un mardi de mars, Samira s’est assise dans mon "
           "fauteuil et elle s’est mise à pleurer. Son fils Yanis avait arrêté d’aller au lycée. Elle m’a "
           "dit : « J’avais peur de le perdre. » Elle aurait pu se taire. Mais elle a décidé d’appeler la "
           "maison de quartier le soir même. Elle y est allée le lendemain matin avec lui. Elle l’a "
           "inscrit au club de boxe avec son oncle. Aujourd’hui Yanis est apprenti électricien."),
    # Arabic: "she", "her son", "him" said in the word (إنها، ابنها، أخذته); «لكنها… اتصلت» is
    # "but she called", though اتصلت is also "I called".
    "ar": ("أعمل حلاقة في ليون منذ عشرين سنة. في يوم ثلاثاء من شهر مارس، كانت سميرة تبكي على "
           "الكرسي. ابنها ياسين ترك المدرسة منذ شهرين. قالت لي إنها خائفة أن تفقده. كان يمكنها أن "
           "تسكت. لكنها في نفس المساء اتصلت بدار الشباب. وفي الصباح التالي أخذته معها إلى هناك. "
           "وسجلته في نادي الملاكمة مع خاله. اليوم ابنها متدرب في الكهرباء."),
}
TELLER_ROAD_NOT_TAKEN = {  # …and so does an act of theirs after the road not taken
    "en": "I could have stayed out of it, but I called the centre with her that evening.",
    "fr": "J’aurais pu ne rien faire, mais j’ai appelé le centre avec elle ce soir-là.",
    "ar": "كان بإمكاني أن أبقى بعيدة، لكنني اتصلت بدار الشباب معها في ذلك المساء.",
}
HER_OWN_STEPS = {  # …her steps, "herself", "her son": hers, though the Arabic verbs read "I" as well
    "en": "She went to the youth centre herself, then asked the director to enrol her son.",
    "fr": "Elle est allée elle-même à la maison de quartier, puis a demandé au directeur d'inscrire son fils.",
    "ar": "وذهبت بنفسها إلى دار الشباب، ثم طلبت من المدير أن يسجل ابنها.",
}
TELLER_CHOOSES_TOO = {  # …and the teller's own choice in it still counts
    "en": "That evening I decided to go with her to the centre.",
    "fr": "Ce soir-là, j’ai décidé de l’accompagner au centre.",
    "ar": "في ذلك المساء قررت أن أرافقها إلى دار الشباب.",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_story_told_through_someone_else_gives_the_teller_no_element_of_theirs(language: str) -> None:
    """Her challenge, choice and outcome are not the teller's, even with "me" in a sentence.
    In Arabic, whose subject lives inside the verb, "he", "she" and "they" said in the word
    (إنها، عينيه، عليهم) tell the sentences about someone else."""
    report = analyze(_with_part(language, "self", SOMEONE_ELSES_STORY[language]), language=language)
    found = {e.id: [s.text for s in e.evidence] for e in report.elements}
    assert found["self.challenge"] == found["self.choice"] == found["self.outcome"] == [], found
    report = analyze(_with_part(language, "self", f"{SOMEONE_ELSES_STORY[language]} "
                                f"{TELLER_CHOOSES_TOO[language]}"), language=language)
    choice = next(e for e in report.elements if e.id == "self.choice")
    assert [s.text for s in choice.evidence] == [TELLER_CHOOSES_TOO[language]]
    report = analyze(_with_part(language, "self", f"{SOMEONE_ELSES_STORY[language]} "
                                f"{TELLER_ROAD_NOT_TAKEN[language]}"), language=language)
    choice = next(e for e in report.elements if e.id == "self.choice")
    assert [s.text for s in choice.evidence] == [TELLER_ROAD_NOT_TAKEN[language]]
    report = analyze(_with_part(language, "self", f"{SOMEONE_ELSES_STORY[language]} "
                                f"{HER_OWN_STEPS[language]}"), language=language)
    assert next(e for e in report.elements if e.id == "self.choice").evidence == []
    if language == "ar":  # written ـتُ, or with a verb only "I" spells so (عدت, not عادت): the teller's
        for mine in ("ثم ذهبتُ إلى دار الشباب، وطلبت من المدير أن يسجل ابنها.", "عدت إلى بيتها وقررت مساعدتها."):
            report = analyze(_with_part(language, "self", f"{SOMEONE_ELSES_STORY[language]} {mine}"),
                             language=language)
            assert [s.text for s in next(e for e in report.elements if e.id == "self.choice").evidence] == [mine]


WITNESSED = {  # the teller watched: afraid, silent; the other acted and chose
    "en": ("It was a Tuesday in November 2021, in my shop on Rue Paradis. Three men came in and insulted "
           "Yanis. I was afraid and I said nothing. Yanis stood up and asked them to leave. He decided to "
           "report them the next day. Today he trains the young boxers at the club."),
    "fr": ("C'était un mardi de novembre 2021, dans ma boutique de la rue Paradis. Trois hommes sont entrés "
           "et ont insulté Yanis. J'avais peur et je n'ai rien dit. Yanis s'est levé et leur a demandé de "
           "sortir. Il a décidé de porter plainte le lendemain. Aujourd'hui il entraîne les jeunes boxeurs du club."),
    "ar": ("كان ذلك يوم ثلاثاء من نوفمبر 2021، في دكاني بشارع باريس. دخل ثلاثة رجال وشتموا يانيس. "
           "كنت خائفا ولم أقل شيئا. وقف يانيس وطلب منهم أن يخرجوا. في اليوم التالي ذهب إلى الشرطة "
           "وقدم شكوى. اليوم يدرب الملاكمين الصغار في النادي."),
}
WITNESS_AFRAID = {"en": "I was afraid and I said nothing.", "fr": "J'avais peur et je n'ai rien dit.",
                  "ar": "كنت خائفا ولم أقل شيئا."}
ABOUT_SOMEONE = {  # announced as someone else's story: by name, or said outright
    "en": ("I want to tell you about Yanis.", "I am not the hero of this story.",
           "I want to tell you about my student Yanis.", "There is a passenger I will never forget.",
           "Tonight we want to tell you about Yanis."),
    "fr": ("Je veux vous parler de Yanis.", "Ce n'est pas mon histoire, c'est celle de Yanis.",
           "Je veux vous parler de mon élève Yanis.", "Je ne suis pas l'héroïne de ce récit.",
           "Mais il y a un client que je n'ai jamais oublié.", "Ce soir, nous voulons vous parler de Yanis."),
    "ar": ("أريد أن أحكي لكم عن يانيس.", "لست بطل هذه القصة.", "لست بطلة هذه القصة.", "هناك شاب لن أنساه أبدا.",
           # the Maghrebi "I" (نحب) is read as "we"; a "we" announcing it is the teller too
           "اليوم ما نحبش نحكيلكم عليّ. نحب نحكيلكم على يانيس.", "نريد أن نحكي لكم عن يانيس."),
}
ABOUT_A_DAY = {  # …not a day, a topic, the teller's own or a value, nor said by someone else
    "en": ("I want to tell you about a Tuesday in November.", "Let me talk about what I learned.",
           "I want to tell you about my neighbourhood.", "Tonight I want to speak to you about courage.",
           "My mother did not want to talk about the war.", "This is not my story alone.",
           "My father wasn't the hero people think.", "There is a day I will never forget.",
           "I made a mistake I will never forget.", "Tonight we want to tell you about our street.",
           "Our grandmother would tell you about the war if you asked."),
    "fr": ("Je veux vous parler d'un mardi de novembre.", "Je veux vous parler de ce que j'ai appris.",
           "Je veux vous parler de mon quartier.", "Ce n'est pas mon histoire seulement.",
           "Ma mère n'était pas l'héroïne de ses propres récits.", "Il y a un jour que je n'ai jamais oublié.",
           "Il y a un moment que je n'oublierai jamais.", "Ce soir, nous voulons vous parler de notre rue.",
           "Notre grand-mère aimait vous parler de la guerre."),
    "ar": ("أريد أن أحكي لكم عن يوم ثلاثاء من نوفمبر.", "أريد أن أحكي لكم كيف تعلمت أن أتكلم.",
           "أريد أن أحكي لكم عن طفولتي في الحي.", "لم أكن أستطيع أن أحكي عن أبي.",
           "لست بطلة، أنا أم عادية من الحي.", "هناك يوم لن أنساه أبدا.", "نحب نحكيلكم على حومتنا.",
           "جدتنا كانت تحب أن تحكي لكم عن الحرب."),
}
ACTS_ON_OWN_SHAME = {  # announced as someone else's, yet the teller acts on a challenge they lived
    "en": ("I want to tell you about Yanis. He was my student, fourteen years old. One night the police beat him "
           "outside the school. I was ashamed that I had looked away. The next morning I went to the police "
           "station and filed a complaint with his mother."),
    "fr": ("Je veux vous parler de Yanis. C'était mon élève, il avait quatorze ans. Un soir, la police l'a "
           "frappé devant l'école. J'avais honte d'avoir détourné les yeux. Le lendemain matin, je suis allé au "
           "commissariat et j'ai porté plainte avec sa mère."),
    "ar": ("أريد أن أحكي لكم عن ياسين. كان تلميذي، عمره أربعة عشر عاما. في ليلة ضربته الشرطة أمام المدرسة. "
           "خجلت لأنني أدرت وجهي. في صباح اليوم التالي ذهبت إلى مركز الشرطة وقدمت شكوى مع أمه."),
}
WITNESS_LEARNED = {  # …what the watcher learned comes of no choice of theirs: no outcome
    "en": "From Yanis I learned that silence protects no one.",
    "fr": "Avec Yanis, j'ai appris que le silence ne protège personne.",
    "ar": "من يانيس تعلمت أن السكوت لا يحمي أحدا.",
}
WITNESS_ACTS = {  # …and the teller's own act after the road not taken is still theirs
    "en": "I could have stayed behind the counter, but I called the police.",
    "fr": "J'aurais pu rester derrière le comptoir, mais j'ai appelé la police.",
    "ar": "كان بإمكاني أن أبقى وراء الكونطوار، لكنني اتصلت بالشرطة.",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_self_announced_as_someone_elses_story_gives_the_watcher_no_challenge(language: str) -> None:
    """"I want to tell you about Yanis", "I am not the hero of this story": the teller's fear
    and silence while watching are no challenge of theirs, nor what they learned watching
    an outcome, unless they act on it (their first act after a challenge they lived);
    "about a Tuesday in November", "what I learned", "about my neighbourhood", "about
    courage", "not my story alone", someone else not wanting to talk about the war, or
    «لست بطلة» (modesty) announce the teller's own story."""
    def self_elements(body: str) -> dict[str, list[str]]:
        report = analyze(_with_part(language, "self", body), language=language)
        return {e.id: [s.text for s in e.evidence] for e in report.elements}

    for opening in ABOUT_SOMEONE[language]:
        found = self_elements(f"{opening} {WITNESSED[language]} {WITNESS_LEARNED[language]}")
        assert found["self.challenge"] == found["self.choice"] == found["self.outcome"] == [], (opening, found)
        found = self_elements(f"{opening} {WITNESSED[language]} {WITNESS_ACTS[language]}")
        assert found["self.choice"] == [WITNESS_ACTS[language]], (opening, found)
        assert WITNESS_AFRAID[language] in found["self.challenge"], (opening, found)
    for opening in ABOUT_A_DAY[language]:
        found = self_elements(f"{opening} {WITNESSED[language]} {WITNESS_LEARNED[language]}")
        assert WITNESS_AFRAID[language] in found["self.challenge"], (opening, found)
        assert WITNESS_LEARNED[language] in found["self.outcome"], (opening, found)
    found = self_elements(ACTS_ON_OWN_SHAME[language])
    *_, shame, act = ACTS_ON_OWN_SHAME[language].split(". ")
    assert found["self.challenge"] == [shame + "."] and found["self.choice"] == [act], found


WATCHED_IN_THE_MIRROR = {  # the teller only sees and hears; she acts: her story, not the teller's
    "en": ("I have driven the number 12 bus in Miami for fourteen years. From my seat I see everything in "
           "the big mirror. One Thursday in March, Nadège stood up in the aisle. I watched her in the mirror. "
           "She walked to the back of the bus with a box of rice. I heard her voice. She told the boys to "
           "taste it or keep laughing. I saw the boys take the fork, one after the other. The next month she "
           "started a Haitian club at her school. Today she leads it with the boy who laughed first."),
    "ar": ("أسوق الحافلة رقم 12 في صفاقس منذ أربعة عشر عاما. من مقعدي أرى كل شيء في المرآة الكبيرة. في "
           "يوم خميس من مارس، كانت نادية واقفة في الممر. سمعت صوتها يرتجف. مشت إلى آخر الحافلة وفي يدها "
           "علبة كسكسي. سمعت الأولاد يضحكون. قالت للأولاد إما أن يذوقوه أو يواصلوا الضحك. سمعت الملاعق "
           "في العلبة واحدة بعد الأخرى. وهي تبتسم جلست في مكانها. وفي الشهر الموالي، هي التي فتحت "
           "ناديا في معهدها. اليوم هي تديره مع الولد الذي كان يضحك أكثر من الجميع."),
}
ONLY_WATCHES = {  # (sentence, the teller only sees or hears): not a choice, an act after it, a feeling
    "en": [("I watched her in the mirror.", True), ("I watched her, and I decided to stop the bus.", False),
           ("I heard my brother scream, so I ran downstairs and opened the door.", False),
           ("I felt so alone that night.", False)],
    "fr": [("Je l'ai regardée dans le rétroviseur.", True),
           ("Je l'ai regardée, puis j'ai décidé d'arrêter le bus.", False),
           ("J'ai vu la fumée et j'ai appelé les pompiers.", False)],
    "ar": [("سمعت صوتها يرتجف في الممر.", True), ("سمعت صوتها يرتجف، فقررت أن أوقف الحافلة.", False),
           ("سمعت صراخا فخرجت إلى الشارع وحملت الطفل.", False)],
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_teller_who_only_watches_is_no_actor_of_the_story(language: str) -> None:
    """"I watched her in the mirror", « je l'ai regardée », «سمعت صوتها»: a witness's sentence
    counts neither for the teller nor for the other, so a story where she acts and the teller
    watches is told through someone else (French counts the same sentences; its "she acted"
    in the passé composé is read only for listed verbs, so no French story here)."""
    from narrative_kit.elements import _only_watches, _told_through_someone_else
    from narrative_kit.structure import draft_cues
    from narrative_kit.text import parse_draft

    for sentence, watches in ONLY_WATCHES[language]:
        assert _only_watches(draft_cues(parse_draft(sentence, language))[0]) is watches, sentence
    if language in WATCHED_IN_THE_MIRROR:
        assert _told_through_someone_else(draft_cues(parse_draft(WATCHED_IN_THE_MIRROR[language], language)))


WATCHED_IN_THE_PRESENT = {  # the story told in the present: others open the sentences, the teller is silent
    "en": ("I have driven the 12 bus for twelve years. One Friday in February, a young woman gets on with a "
           "stroller. Two stops later a man gets on. He sits across from her and he starts insulting her. She "
           "looks out of the window. Then a boy from the high school stands up. He crosses the bus. He sits down "
           "next to her and he talks to her about football. At the last stop, he helps her carry the stroller. "
           "I said nothing."),
    "fr": ("Je conduis le bus 12 depuis douze ans. Un vendredi de février, une jeune femme monte avec une "
           "poussette. Deux arrêts plus loin, un homme monte. Il s'assied en face d'elle et il commence à "
           "l'insulter. Elle regarde par la fenêtre. Puis un lycéen se lève. Il traverse le bus. Il s'assied à "
           "côté d'elle et il lui parle du match. Au terminus, il l'aide à descendre la poussette. Je n'ai rien dit."),
    "ar": ("أسوق الحافلة رقم 12 منذ اثنتي عشرة سنة. في يوم جمعة من فبراير، تصعد امرأة شابة مع عربة طفلها. "
           "بعد محطتين يصعد رجل. يجلس أمامها ويبدأ يشتمها. هي تنظر من النافذة. ثم يقوم تلميذ من الثانوية. "
           "يعبر الحافلة. يجلس بجانبها ويكلمها عن مباراة الكرة. في المحطة الأخيرة يساعدها على إنزال العربة. "
           "لم أقل شيئا."),
}
HER_ILLNESS_MY_STORY = {  # "she" opens sentences, but the teller acts in more of them: their own story
    "en": ("My mother falls ill in the winter of 2009. She stops working. She stays in bed. I am afraid every "
           "morning. I leave school in March. I take her place at the market stall. I learn to weigh and to "
           "count. I open the stall at five every day."),
    "fr": ("Ma mère tombe malade l'hiver 2009. Elle arrête de travailler. Elle reste au lit. J'ai peur chaque "
           "matin. Je quitte l'école en mars. Je prends sa place au marché. J'apprends à peser et à compter. "
           "J'ouvre l'étal à cinq heures tous les jours."),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_witness_story_told_in_the_present_gives_the_watcher_no_challenge(language: str) -> None:
    """« Il traverse le bus… Il s'assied à côté d'elle… Je n'ai rien dit. », "He crosses the
    bus… I said nothing.": another person opening the sentences in the present acts, so the
    story is told through them and the watcher's silence is no challenge of theirs
    (Arabic reads "he" and "she" from the verbs' suffixes). A story where the teller acts in
    more sentences than "she" does stays the teller's own."""
    report = analyze(_with_part(language, "self", WATCHED_IN_THE_PRESENT[language]), language=language)
    found = {e.id: e.evidence for e in report.elements}
    assert found["self.challenge"] == found["self.choice"] == found["self.outcome"] == [], found
    if language in HER_ILLNESS_MY_STORY:
        report = analyze(_with_part(language, "self", HER_ILLNESS_MY_STORY[language]), language=language)
        assert next(e for e in report.elements if e.id == "self.challenge").evidence, report.elements


OTHERS_OPEN_THE_CLAUSE = {  # (sentence, someone else opens a clause): said so, or impersonal / not a person
    "en": [("She picks up the phone.", True), ("At the third stop, he gets off.", True), ("She's crying.", True),
           ("They say nothing changes here.", False), ("The shelter closes at nine.", False),
           ("Then she waits.", True)],
    "fr": [("Elle regarde par la fenêtre.", True), ("Au troisième arrêt, il descend.", True),
           ("Il reste assis sans bouger.", True), ("Il s'est passé trois semaines.", False),
           ("Il ne reste rien.", False), ("Il est tard.", False), ("Il se trouve que j'avais tort.", False),
           ("Il me semble que c'était hier.", False), ("Il existe une autre voie.", False)],
    "ar": [("هي تنظر من النافذة.", True), ("ثم جلس، وهو يبكي.", True), ("هم يضحكون.", True),
           ("هذه هي تجربتي.", False), ("هو يوم لا ينسى.", False), ("هي تلك اللحظة.", False),
           ("هي تجربة صعبة.", False)],
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_someone_else_opening_a_clause_is_a_cue_an_impersonal_one_is_not(language: str) -> None:
    """"She picks up the phone", « Il reste assis », «هي تنظر»: someone else acts (a cue for a
    story told through them); « Il s'est passé trois semaines », « Il est tard », "They say",
    «هي تجربة صعبة» (a verbless "she is…"), «هو يوم لا ينسى»: no one acts."""
    from narrative_kit.structure import draft_cues
    from narrative_kit.text import parse_draft

    for sentence, acts in OTHERS_OPEN_THE_CLAUSE[language]:
        (c,) = draft_cues(parse_draft(sentence, language))
        assert c.has("others_subject") is acts, (sentence, c.kinds["others_subject"])


DONE_TO_THE_TELLER = {  # after a challenge, what was done to the teller (or not done): no act, no choice
    "en": ("That winter my shop window was broken three times. I was afraid to open in the morning. "
           "I have been called terrible names in my own shop."),
    "fr": ("Cet hiver-là, la vitrine de ma boutique a été cassée trois fois. J'avais peur d'ouvrir le matin. "
           "Je n'ai pas appelé la police."),
    "ar": "في ذلك الشتاء كُسرت واجهة دكاني ثلاث مرات. خفت أن أفتح الدكان في الصباح. كدت أغلق الدكان.",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_what_is_done_to_the_teller_is_no_choice(language: str) -> None:
    """"I have been called terrible names", "That is what I was taught": a passive after the
    challenge is done to the teller, not their first act (as « je n'ai pas appelé », «كدت أغلق»)."""
    report = analyze(_with_part(language, "self", DONE_TO_THE_TELLER[language]), language=language)
    assert next(e for e in report.elements if e.id == "self.choice").evidence == [], report.elements


WILL_NOT_BE_SILENT = {  # a vow about what is to come: no past, no act (Arabic: the ـت is the root's)
    "en": "I will not be silent.",
    "fr": "Je ne me tairai pas.",
    "ar": "لن أسكت.",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_vow_for_what_is_to_come_is_no_past(language: str) -> None:
    """"I will not be silent", « Je ne me tairai pas », «لن أسكت» (whose ت is the root's, not
    the ـت of "I did"): nothing told in the past, so no act of the story; «قررت» stays one."""
    from narrative_kit.structure import draft_cues
    from narrative_kit.text import parse_draft

    (c,) = draft_cues(parse_draft(WILL_NOT_BE_SILENT[language], language))
    assert c.kinds["narrative_past"] == [], c.kinds["narrative_past"]
    if language == "ar":
        (c,) = draft_cues(parse_draft("قررت ألا أسكت.", language))
        assert c.has("narrative_past")


AFRAID_AS_SPOKEN = {  # fear said as people say it: a challenge, and a feeling (the felt kind)
    "en": "That night I was scared.",
    "fr": "Ce soir-là, j'avais peur.",
    "ar": "في تلك الليلة كنت خايف.",  # Maghrebi «خايف» for «خائف»
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_fear_as_spoken_is_a_felt_challenge(language: str) -> None:
    from narrative_kit.structure import draft_cues
    from narrative_kit.text import parse_draft

    (c,) = draft_cues(parse_draft(AFRAID_AS_SPOKEN[language], language))
    assert c.has("challenge") and c.has("felt"), c.kinds


LEAVE_NO_ONE = {  # (sentence, the words of the value): "that we leave no one", however it is spelt
    "en": ("Our rule is that we never leave anyone behind.", "rule"),
    "fr": ("Notre règle : ne laisser personne de côté.", "laisser personne"),
    "ar": ("قاعدتنا ألا نترك أحدا وحده.", "ألا نترك"),  # «ألا» = «أن لا»
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_leaving_no_one_alone_is_a_value_word(language: str) -> None:
    from narrative_kit.structure import draft_cues
    from narrative_kit.text import parse_draft

    sentence, words = LEAVE_NO_ONE[language]
    (c,) = draft_cues(parse_draft(sentence, language))
    assert any(words in sentence[a:b] for a, b in c.kinds["values"]), c.kinds["values"]
    if language == "ar":  # «إلا نترك» ("but to leave") is no value, though spelt «الا» once normalised
        for other in ("لم يبق أمامنا إلا نترك البيت.", "علينا أن نحافظ على النور وألا نتركه ينطفئ."):
            (c,) = draft_cues(parse_draft(other, language))  # "…and not let it go out": a duty, no value
            assert c.kinds["values"] == [], other


US_AS_PEOPLE_SAY_IT = {  # (sentence, cue kind, the words): values, who we are, the ask and the time, as said
    "en": [("Out here, we don't leave people on the side of the road.", "values", "we don't leave"),
           ("On Tireman nobody's child is a stranger.", "values", "nobody's child"),
           ("That's the best of us.", "shared", "the best of us"),
           ("So here's my ask.", "invitation", "here's my ask"),
           ("I hear that talk a lot more lately, and it gets louder every month.", "urgency", "louder every month")],
    "fr": [("Ici, on ne laisse pas les gens tout seuls.", "values", "laisse pas les gens tout seuls"),
           ("Un enfant du quartier, c'est l'enfant de tout le monde.", "values", "l'enfant de tout le monde"),
           ("C'est notre manière de vivre.", "shared", "notre manière de vivre"),
           ("Alors voici ma demande.", "invitation", "voici ma demande")],
    "ar": [("الضيف ضيف ربي، وما نخلّيو حتى واحد يغرق.", "values", "الضيف ضيف ربي"),
           ("احنا ناس الجيرة والمحبة.", "shared", "احنا ناس"),
           ("ايا نحلّو قلوبنا.", "invitation", "ايا نحلّو"),  # Tunisian "come on, let's"
           ("الوقت يجري يا خوتي.", "urgency", "الوقت يجري")],
}
US_WORDS_NOT_SAID = {  # (sentence, cue kind): the same words saying something else
    "en": [("He doesn't leave the house any more.", "values"), ("We don't leave the house after dark.", "values"),
           ("My ask is simple.", "invitation")],
    "fr": [("Le gardien ne laisse pas les gens entrer après minuit.", "values"),
           ("Notre fierté nous a empêchés de demander de l'aide.", "values"), ("Ma demande a été refusée.", "invitation")],
    "ar": [("أيا كان السبب، سأبقى.", "invitation"),  # "whatever the reason": no "let's" verb after it
           ("يالاه نعست.", "invitation"),  # "I had only just fallen asleep": no plural verb
           ("البلاد تتقسم.", "shared")],
}
DARIJA_US_AND_NOW = (  # an emotional draft's Us and Now, in Tunisian: its Us part is found
    "أنا صانع أحذية، نخدم في الجلد بيديّ من وقت اللي كنت صغير. عشت أيام سودة وحسيت روحي وحدي.\n\n"
    "احنا ناس طيبين. احنا ناس الجيرة والمحبة. الخبزة عندنا تتقسم، والفرحة تتقسم.\n\n"
    "الوقت يجري يا خوتي. ايا نحضنو ولادنا، ونسمعوهم."
)


@pytest.mark.parametrize("language", LANGUAGES)
def test_us_and_now_as_people_say_them(language: str) -> None:
    """"we don't leave people on the side of the road", « c'est l'enfant de tout le monde »,
    «الضيف ضيف ربي»: values; "That's the best of us", «احنا ناس…»: who we are; "So here's my
    ask", «ايا نحلّو»: the ask announced; "it gets louder every month", «الوقت يجري»: now —
    not "He doesn't leave the house", « il ne laisse pas les gens entrer », «أيا كان السبب»."""
    from narrative_kit.structure import draft_cues
    from narrative_kit.text import parse_draft

    for sentence, kind, words in US_AS_PEOPLE_SAY_IT[language]:
        (c,) = draft_cues(parse_draft(sentence, language))
        assert any(words in sentence[a - c.sentence.start : b - c.sentence.start] for a, b in c.kinds[kind]), (
            sentence, c.kinds[kind])
    for sentence, kind in US_WORDS_NOT_SAID[language]:
        (c,) = draft_cues(parse_draft(sentence, language))
        assert c.kinds[kind] == [], (sentence, c.kinds[kind])
    if language == "ar":
        report = analyze(DARIJA_US_AND_NOW, language="ar")
        assert [s.part for s in report.sections] == ["self", "us", "now"], report.sections
        assert next(e for e in report.elements if e.id == "us.shared_value").present


NO_ACT_BEFORE = {  # (sentence, has a choice word): a passive or a denied perfect is no act
    "en": [("I have not stopped thinking about that morning.", False), ("We were stopped at the light.", False),
           ("She hasn't stopped since.", False), ("That night I stopped going to the café.", True),
           ("The truth was I would never go back.", True),
           ("I never thought I would see this.", False)],  # an expectation, no vow
    "fr": [("Je n'ai jamais arrêté d'y penser.", False), ("Ce soir-là, j'ai arrêté d'aller au café.", True),
           ("Cet été j'ai dit oui à l'association.", True), ("Je m'étais inscrite au club de boxe.", True),
           ("Je n'aurais jamais cru voir ça.", False)],
    "ar": [("كدت أتوقف عن الدراسة في تلك السنة.", False),  # "I almost stopped": I did not
           ("لم أتوقف عن الذهاب إلى الاجتماعات رغم التهديدات.", True),
           ("في تلك الليلة توقفت عن الذهاب إلى المقهى.", True),
           ("لم أكن أظن أنني سأرى هذا.", False)],
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_choice_word_after_a_passive_or_a_denied_perfect_is_no_choice(language: str) -> None:
    """"I have not stopped thinking", "we were stopped at the light", « je n'ai jamais arrêté »:
    no choice word; "I stopped going", "The truth was I would never…" (a clause of its own),
    « Cet été j'ai dit oui » (summer, not "been"), « je m'étais inscrite » (an active
    pluperfect) still are. In Arabic, «كدت أتوقف» ("I almost stopped") is no act; «لم» is
    "did not" as much as "have not", and «لم أتوقف عن الذهاب… رغم التهديدات» (kept going
    despite threats) is one."""
    from narrative_kit.structure import draft_cues
    from narrative_kit.text import parse_draft

    for sentence, choice in NO_ACT_BEFORE[language]:
        assert bool(draft_cues(parse_draft(sentence, language))[0].kinds["choice"]) is choice, sentence


@pytest.mark.parametrize(("sentence", "words"), [
    ("وهو يبكي، لم يرفع عينيه في وجه أمها، والله، وقالت المدرسة عليهم.", ["وهو", "عينيه", "أمها", "عليهم"]),
    ("ذهبت إلى المدرسة في الصباح مع جارتي.", []),  # ة is no "him"; "my" is the teller's
    # "O friends", "that day", "this", "praise be to God", "all of it", "afterwards": no one
    ("أيها الأصدقاء، يومها كانت هذه المدينة بلا ماء، والحمد لله، وكله بعدها تغير.", []),
    ("شربنا المياه ونظرنا في الوجه وفي الاتجاه، والمدرسه مفتوحة.", []),  # the article: no suffix
    ("هذه هي قصتي، والأمل هو الطريق.", []),  # a bare هو / هي: "is"
])
def test_arabic_he_she_they_are_read_inside_the_word(sentence: str, words: list[str]) -> None:
    """(English and French name the other apart — a pronoun, a name — read by subject_of.)"""
    from narrative_kit.person import third_person
    from narrative_kit.text import parse_draft

    parsed = parse_draft(sentence, "ar").sentences[0]
    assert [sentence[a - parsed.start : b - parsed.start] for a, b in third_person(parsed, "ar")] == words


@pytest.mark.parametrize(("sentence", "subject"), [
    ("قالت لي خالتي فاطمة إنها خائفة.", False),  # "she told me": "me" and "my aunt", no subject
    ("ذهبت إلى المركز في الصباح.", True),  # a ـت verb: may be "I went"
    ("قالت لي أمي إن أبي مريض.", False),  # "to me", "my mother", "my father"
    ("كان يوسف أسرع لاعب عندنا.", False),  # "our fastest player": "us" after a preposition
    ("لكنها في نفس المساء اتصلت بدار الشباب.", False),  # "but she… called": hers
    ("وهي تبتسم جلست في مكانها.", False),  # "smiling, she sat down", though جلست is listed as "I"
    ("ثم جلست في مكاني قرب النافذة.", True),  # "then I sat down in my seat"
    ("لأنها كانت خائفة، ذهبت معها إلى المركز.", True),  # another clause: "because she was afraid, I went"
    ("هي لم تتكلم، لكنني جلست بجانبها.", True),  # a sure "I" in the sentence
    ("وهي هناك عدت وحدي إلى البيت.", True),  # "alone" (وحدي) is the teller's
    ("وهي تبكي فقررتُ أن أبقى.", True),  # ـتُ written: "I"
    # "but she, one winter day, sat… and spoke": "she" set off by commas around an aside,
    # and a verb joined to hers by و.
    ("لكنها، في يوم من أيام الشتاء، جلست أمام الميكروفون وتكلمت باسمها الكامل.", False),
    ("لكنها، في يوم من أيام الشتاء، جلست أمام الميكروفون، وتكلمت أنا بعدها.", True),
])
def test_arabic_me_and_my_are_no_subject(sentence: str, subject: bool) -> None:
    from narrative_kit.elements import _teller_is_subject
    from narrative_kit.structure import draft_cues
    from narrative_kit.text import parse_draft

    cues = draft_cues(parse_draft(sentence, "ar"))
    assert _teller_is_subject(cues[0]) is subject


KEPT_GOING = {  # feelings and a turn to going on: no choice told
    "en": "I was afraid all the time and I felt so alone. But I kept going, day after day.",
    "fr": "J’avais peur tout le temps et je me sentais si seule. Mais j’ai continué, jour après jour.",
    "ar": "كنت خائفة طوال الوقت وكنت وحيدة. لكنني واصلت، يوما بعد يوم.",
}
WALKED_OUT = {  # …an act at that turn is one, with or without a day, a place or a name
    "en": "My husband shouted at me every night and I felt so alone. But I packed a bag and walked out with my two children.",
    "fr": "Mon mari criait sur moi chaque soir et je me sentais si seule. Mais j’ai fait mon sac et je suis partie avec mes deux enfants.",
    "ar": "كان زوجي يصرخ في وجهي كل ليلة وكنت وحيدة. لكنني حزمت حقيبتي وخرجت مع طفليّ.",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_going_on_is_no_choice_walking_out_is(language: str) -> None:
    """"But I kept going" after feelings tells no choice; "But I packed a bag and walked
    out" does, even in a story with no day, place or name."""
    for body, told in ((KEPT_GOING[language], None),
                       (WALKED_OUT[language], WALKED_OUT[language].split(". ")[-1])):
        report = analyze(_with_part(language, "self", body), language=language)
        choice = next(e for e in report.elements if e.id == "self.choice")
        assert [s.text for s in choice.evidence] == ([told] if told else []), choice.evidence


# Maghrebi and Libyan dialect in Arabic drafts (the lists were MSA-heavy): "I saw" شفت,
# "smell" ريحة, "the port" المرسى, "difficult" صعيب, "I was ashamed" حشمت, "the deadline"
# آخر أجل, "time won't wait" الوقت ما كيتسناش, "there is hope" كاين أمل — and "there is no
# hope" is none. English and French say the same in words their lists already held.
DIALECT_CUES = [
    ("self.moment", "self",
     "فجر 17 مارس 2022، كنت في المرسى، وشفت با العربي واقف قدام الفلوكة، وريحة الحوت عامرة المكان.", True),
    ("self.challenge", "self", "كانت الخدمة صعيبة برشا، وحشمت نطلب المساعدة من خويا.", True),
    ("now.urgency", "now", "الوزارة حلات باب طلبات الدعم، ولكن آخر أجل هو 30 أبريل.", True),
    ("now.urgency", "now", "الوقت ما كيتسناش، والشباب كيمشيو كل نهار.", True),
    ("now.hope", "now", "كاين أمل: التعاونية ديالنا نجحت العام اللي فات.", True),
    ("now.hope", "now", "ما كاينش أمل في هاد البلاد.", False),
    ("now.hope", "now", "المسؤولين ما كانوش واقفين معانا نهار سدو المعمل.", False),  # "were not with us"
    ("self.choice", "self", "ملي سمعت الخبر، بديت نبكي بلا ما نحس.", False),  # "I started crying"
    # «بلي» is "that", «ولادنا» "our children", «كنا» "we were": no "I", no act — a story of
    # feelings only («الما», "water", read as pain is a feeling with no time), whose fear of
    # every day is no challenge.
    ("self.challenge", "self",
     "كنحس بلي الما ما بقاش كيكفي ولادنا. ملي كنا صغار كان كلشي ساهل. كل نهار كنحس بالخوف.", False),
    ("self.challenge", "self", "أنا الدكتور سالم، صيدلي من مدينة البيضاء. شاركت في عشرة مؤتمرات.", False),
]


@pytest.mark.parametrize(("element_id", "part", "body", "present"), DIALECT_CUES)
def test_arabic_dialect_cues(element_id: str, part: str, body: str, present: bool) -> None:
    text = f"{body} {BLOCKS['ar']['now.ask']}" if part == "now" else body
    report = analyze(_with_part("ar", part, text), language="ar")
    element = next(e for e in report.elements if e.id == element_id)
    assert element.present == present, [s.text for s in element.evidence]
    if present:
        assert body in [s.text for s in element.evidence]


def _told_id(case: tuple[str, str, str, str, str | None]) -> str:
    return f"{case[0]}-{case[1]}-{'pass' if case[4] else 'flag'}"


PROOF_BEFORE = {  # (a win told at a date, "we can" after it): the proof before the hope
    "en": ("We already did this once. In 2019 it took us one meeting and three days.", "We can do it again."),
    "fr": ("On l'a déjà fait une fois. En 2019, il nous a fallu une réunion et trois jours.", "On peut le refaire."),
    "ar": ("فعلناها من قبل. في سنة 2019 احتجنا إلى اجتماع واحد وثلاثة أيام.", "نستطيع أن نفعلها مرة أخرى."),
}
LOSS_BEFORE = {  # a loss told at a date, "we can" after it: no proof
    "en": "In 2019 the council closed the youth centre. We can still ask for it.",
    "fr": "En 2019, la mairie a fermé le centre des jeunes. On peut encore le demander.",
    "ar": "في سنة 2019 أغلقت البلدية مركز الشباب. نستطيع أن نطالب به.",
}
MANY_SIGNED = {  # a precedent counted in hundreds, over days counted: no rate, a win
    "en": ("Last spring the Senior Saints collected six hundred signatures in three Sundays, and the "
           "council waived late fees."),
    "fr": ("Le printemps dernier, les paroissiens ont récolté six cents signatures en trois dimanches, et "
           "la mairie a renoncé aux pénalités de retard."),
    "ar": "في الربيع الماضي جمعنا ستمائة توقيع في ثلاثة أسابيع، ووافقت البلدية على إعفاء المتقاعدين من الغرامات.",
}
PEOPLE_OF = {  # who "we" are, named, and what we know how to do
    "en": "We are the people of this valley: we know how to mend what is broken.",
    "fr": "Nous sommes les gens de cette vallée : nous savons réparer ce qui est cassé.",
    "ar": "نحن أهل الزاوية نعرف كيف نصلح ما انكسر.",
}
LIVE_THERE = {  # where "we" live: no value
    "en": "We live in this valley.",
    "fr": "Nous habitons dans cette vallée.",
    "ar": "نحن نسكن في الزاوية.",
}
FOUNDING_TODAY = {  # a résumé: what an organisation founded in a year is today, no outcome
    "en": ("I am a farm worker in Provence. In 2012, I co-founded the Seasonal Workers' Association, "
           "which today brings together thirty-five farms."),
    "fr": ("Je suis ouvrier agricole en Provence. En 2012, j'ai cofondé l'association Terres d'estive, "
           "qui regroupe aujourd'hui trente-cinq exploitations."),
    "ar": "أنا إمام في مراكش. أسست سنة 2012 جمعية «الرحمة للتربية»، وأترأسها إلى اليوم.",
}
PAIN_OF_TODAY = {  # after the choice, the pain still there today: no outcome
    "en": "What hurts me most today is the hatred.",
    "fr": "Ce qui me fait le plus mal aujourd'hui, c'est la haine.",
    "ar": "وما يؤلمني اليوم أكثر من التعب هو الكراهية.",
}
PROVES = {  # what someone did proves it, and the result
    "en": "What Fatima did proves that one voice is enough: two boys went back to school.",
    "fr": "Ce qu'a fait Fatima prouve qu'une seule voix suffit : deux garçons sont retournés à l'école.",
    "ar": "ما فعلته فاطمة يثبت أن صوتاً واحداً يكفي: شابان عادا إلى الدراسة.",
}
TRAINED_WITH_ME = {  # people trained by the teller last year, counted
    "en": "Last year forty women trained with me.",
    "fr": "L'an dernier, quarante femmes se sont formées avec moi.",
    "ar": "في العام الماضي تدربت عندي أربعون امرأة.",
}


GROWING_ON_THE_LINES = {  # a harm growing now, as people say it (Darija «كتكثر»)
    "en": "Incidents are increasing on the bus lines.",
    "fr": "Les incidents se multiplient sur les lignes de bus.",
    "ar": "الحوادث كتكثر على خطوط الطوبيس.",
}
STARTS_IN_WEEKS = {  # a season that starts in weeks («من بعد ثلاثة سيمانات»)
    "en": "The summer holidays start in three weeks.",
    "fr": "Les vacances d'été commencent dans trois semaines.",
    "ar": "العطلة الصيفية كتبدا من بعد ثلاثة سيمانات.",
}
LINES_ARE_LONG = {  # how things are: no urgency
    "en": "The bus lines are long.",
    "fr": "Les lignes de bus sont longues.",
    "ar": "خطوط الطوبيس طويلة.",
}


PAIN_NOT_CHOSEN = {  # "pain we did not choose": a choice word, no choice made
    "en": "I was afraid of the anger around me. Our people have carried so much pain, pain we did not choose.",
    "fr": ("J'avais peur de la colère autour de moi. Notre peuple a porté tant de douleur, une douleur "
           "que nous n'avons pas choisie."),
    "ar": "كنت خائفا من الغضب من حولي. لقد حمل شعبنا ألما كثيرا، ألما لم نختره.",
}


LEGS_SHAKING = {  # the body afraid, as people say it (Libyan «رجليّ كانن يرجفن»)
    "en": "My legs were shaking as I walked into the burning house.",
    "fr": "Mes jambes tremblaient quand je suis entré dans la maison en feu.",
    "ar": "رجليّ كانن يرجفن وأنا ندخل للدار اللي شاعلة فيها النار.",
}
LIVING_LOST = {  # sales halved, rent unpaid (Darija «نقص بيعي… ما دفعتاش»)
    "en": "That winter my sales fell by half, and I still owed two months of rent.",
    "fr": "Cet hiver-là, mes ventes ont baissé de moitié, et je devais encore deux mois de loyer.",
    "ar": "داك الشتا نقص بيعي إلى النصف، وأنا عندي خمسة صغار والكراء ما زال ما دفعتاش.",
}


PILOT_SERVED = {  # a pilot that worked, with the families it served counted and sourced
    "en": ("The 2022 pilot on three wells in our district showed that the pumps can run through the "
           "blackouts: about 1,200 families benefited from it, according to the municipal council's report."),
    "fr": ("L'expérience pilote de 2022 sur trois puits du quartier a montré que les pompes tiennent pendant "
           "les coupures : environ 1 200 familles en ont bénéficié, selon le rapport du conseil municipal."),
    "ar": ("أثبتت التجربة التجريبية على ثلاثة آبار في حي عبد الكافي سنة 2022 إمكانية استمرار الضخ رغم "
           "انقطاع الكهرباء، وقد استفادت منها نحو 1200 أسرة حسب تقرير المجلس البلدي."),
}
POSITIVE_RESULTS = {  # initiatives that showed results
    "en": "Some local initiatives have shown positive results, such as the debate club launched at the engineering school in 2021.",
    "fr": "Des initiatives locales ont montré des résultats positifs, comme le club de débat lancé à l'école d'ingénieurs en 2021.",
    "ar": "أظهرت بعض المبادرات المحلية نتائج إيجابية، مثل نادي المناظرات الذي أطلق في كلية الهندسة سنة 2021.",
}


HOPE_SAID_ONLY = {  # hope as a slogan, with nothing behind it
    "en": "Love will win in the end, hand in hand.",
    "fr": "L'amour gagnera à la fin, main dans la main.",
    "ar": "تعالوا نزرع الأمل معاً، يداً بيد.",
}


TRAINED_MANY = {  # a résumé's achievement, counted, with no choice told: no outcome
    "en": ("I am a hairdresser in Sousse. I have trained more than sixty girls in the trade, and most "
           "of them work in salons today."),
    "fr": ("Je suis coiffeuse à Sousse. J'ai formé plus de soixante filles au métier, et la plupart "
           "travaillent aujourd'hui dans des salons."),
    "ar": "أنا حلاقة في سوسة. كوّنت أكثر من ستين فتاة في مهنة الحلاقة، وأغلبهن اليوم يعملن في صالونات.",
}


def _twentieth_told_cases() -> list[tuple[str, str, str, str, str | None]]:
    """Blind-54 and blind-55: a hope proven before it is said, precedents counted in hundreds
    or by what they prove, "we" named as a people, a founding line or today's pain as no
    outcome, a harm growing and a season weeks away as people say them."""
    cases: list[tuple[str, str, str, str, str | None]] = []
    for lang in LANGUAGES:
        ask = BLOCKS[lang]["now.ask"]
        proof, hope = PROOF_BEFORE[lang]
        story = ROAD_NOT_TAKEN[lang] + TURN_ACT[lang] + " "
        cases += [
            ("now.hope", lang, "now", f"{proof} {hope} {ask}", hope),
            ("now.hope", lang, "now", f"{LOSS_BEFORE[lang]} {ask}", None),
            ("now.hope", lang, "now", f"{MANY_SIGNED[lang]} {ask}", MANY_SIGNED[lang]),
            ("now.hope", lang, "now", f"{PROVES[lang]} {ask}", PROVES[lang]),
            ("now.hope", lang, "now", f"{TRAINED_WITH_ME[lang]} {ask}", TRAINED_WITH_ME[lang]),
            ("us.shared_value", lang, "us", PEOPLE_OF[lang], PEOPLE_OF[lang]),
            ("us.shared_value", lang, "us", LIVE_THERE[lang], None),
            ("self.outcome", lang, "self", FOUNDING_TODAY[lang], None),
            ("self.outcome", lang, "self", story + PAIN_OF_TODAY[lang], None),
            ("now.urgency", lang, "now", f"{GROWING_ON_THE_LINES[lang]} {ask}", GROWING_ON_THE_LINES[lang]),
            ("now.urgency", lang, "now", f"{STARTS_IN_WEEKS[lang]} {ask}", STARTS_IN_WEEKS[lang]),
            ("now.urgency", lang, "now", f"{LINES_ARE_LONG[lang]} {ask}", None),
            ("self.choice", lang, "self", PAIN_NOT_CHOSEN[lang], None),
            ("self.challenge", lang, "self", f"{LEGS_SHAKING[lang]} {TURN_ACT[lang]}", LEGS_SHAKING[lang]),
            ("self.challenge", lang, "self", f"{LIVING_LOST[lang]} {TURN_ACT[lang]}", LIVING_LOST[lang]),
            ("now.hope", lang, "now", f"{PILOT_SERVED[lang]} {ask}", PILOT_SERVED[lang]),
            ("now.hope", lang, "now", f"{POSITIVE_RESULTS[lang]} {ask}", POSITIVE_RESULTS[lang]),
            ("now.hope", lang, "now", f"{HOPE_SAID_ONLY[lang]} {ask}", None),
            ("self.outcome", lang, "self", TRAINED_MANY[lang], None),
        ]
    return cases


# A history held in common, named as ours (blind-56 fr-2).
COMMON_HISTORY = {
    "en": "Our grandparents came from Poland and Mexico for the mills; that is our shared history, long before "
          "our differences.",
    "fr": "Nos grands-parents sont venus de Flandre et du Maroc pour les filatures : c'est ça, notre histoire "
          "commune, bien avant nos différences.",
    "ar": "جاء أجدادنا من الجبال ومن الصحراء للعمل في المصانع: هذا تاريخنا المشترك، قبل كل اختلافاتنا.",
}


# Something good gone down is no win (blind-56 ar-3, blind-57 ar-3); a harm gone down is one.
GOOD_DECLINED = {
    "en": "Octopus catches fell by more than 60 percent over the last decade.",
    "fr": "Les prises de poulpe ont baissé de plus de 60 % au cours de la dernière décennie.",
    "ar": "تراجع مردود صيد الأخطبوط بنسبة تفوق 60 بالمائة خلال العشرية الأخيرة.",
}
HARM_DECLINED = {
    "en": "Last year, in the schools that ran the mediation programme, reported fights dropped by a third.",
    "fr": "L'an dernier, dans les écoles qui ont suivi le programme de médiation, les bagarres ont baissé d'un tiers.",
    "ar": "في السنة الماضية، في المدارس التي طبقت برنامج الوساطة، تراجعت الشجارات بنسبة الثلث.",
}
# A harm reduced by a pilot (blind-54 en-3).
HARM_REDUCED = {
    "en": "A comparable pilot at Lake Street Community School reduced repeat incidents by 27 percent.",
    "fr": "Un projet pilote comparable à l'école Jean-Jaurès a réduit les incidents répétés de 27 %.",
    "ar": "برنامج تجريبي مماثل في مدرسة الحي خفض الحوادث المتكررة بنسبة 27 بالمائة.",
}
# What a pilot shows, in the present (blind-43 ar-5).
PILOT_SHOWS = {
    "en": "The pilot of youth clubs that local groups opened in Metlaoui in 2016 shows that young people come "
          "when they have a place.",
    "fr": "L'expérimentation des clubs de jeunes ouverts à Metlaoui en 2016 montre que les jeunes viennent quand "
          "ils ont un lieu.",
    "ar": "تُظهر تجربة نوادي الشباب التي فتحتها جمعيات محلية في المتلوي سنة 2016 أن الشباب يُقبلون على الأنشطة "
          "متى توفرت لهم الفضاءات.",
}
# A turn to what a group already proves (blind-38 en-2).
PROVES_SOMETHING = {
    "en": ("But the co-op proves something.", "When we work together, we get paid."),
    "fr": ("Mais la coopérative prouve quelque chose.", "Quand on travaille ensemble, on est payés."),
    "ar": ("لكن التعاونية تثبت شيئاً.", "عندما نعمل معاً، نأخذ حقنا."),
}
# A story told through someone met, over two paragraphs: the "I" of the first («حكت لي زهرة») does
# not make «رجعت» ("she went back") in the next paragraph the teller's (blind-57 ar-5).
WITNESS_NEXT_PARAGRAPH = {
    "en": "Zohra told me what she had lived through for two years.\n\nThe truth did not break her. She went "
          "back to Sousse and knocked on the doors of other mothers who hid the same secret.",
    "fr": "Zohra m'a raconté ce qu'elle avait vécu pendant deux ans.\n\nLa vérité ne l'a pas brisée. Elle est "
          "retournée à Sousse et a frappé aux portes d'autres mères qui cachaient le même secret.",
    "ar": "حكت لي زهرة ما عاشته في سنتين.\n\nلم تكسرها الحقيقة. رجعت إلى سوسة، وطرقت أبواب أمهات أخريات يخفين "
          "نفس السر.",
}
# A licence or a title earned is a résumé's line, no outcome (blind-57 en-4, blind-32 ar-4).
CERTIFIED = {
    "en": "I came to San Diego from Mosul in 2009. I worked nights in a warehouse and studied in the mornings. "
          "In 2015 I became a certified court interpreter for Arabic.",
    "fr": "Je suis arrivée à Toulouse depuis Mossoul en 2009. J'ai travaillé la nuit dans un entrepôt et "
          "j'étudiais le matin. En 2015, je suis devenue interprète assermentée près la cour d'appel.",
    "ar": "وصلت إلى تونس من الموصل سنة 2009. اشتغلت ليلاً في مخزن ودرست في الصباح. وأنا اليوم مدرب معتمد في "
          "التحقق الرقمي.",
}
# What the teller feels everywhere, again and again, is no moment told once (blind-14 en-7).
FELT_EVERYWHERE = {
    "en": "I feel it in the looks in the street, in the eyes of the women on the train, in the words people say.",
    "fr": "Je le sens dans les regards dans la rue, dans les yeux des femmes du tram, dans les mots que les gens "
          "disent.",
    "ar": "أشعر به في النظرات في الشارع، في عيون النساء في القطار، في الكلمات التي يقولها الناس.",
}
# A credo with nothing under it is no hope (blind-57 en-7 and ar-7); with a past win as its
# reason, it is (blind-12 en-6).
CREDO_ONLY = {
    "en": "I believe we can change this. Hope never dies.",
    "fr": "Je crois qu'on peut changer les choses. L'espoir ne meurt jamais.",
    "ar": "أؤمن أننا نستطيع أن نغير هذا. الأمل لا يموت.",
}
CREDO_WITH_PROOF = {
    "en": "And I know we can change this, because we did it before.",
    "fr": "Et je sais qu'on peut changer les choses, parce qu'on l'a déjà fait.",
    "ar": "وأعرف أننا نستطيع أن نغير هذا، لأننا فعلناها من قبل.",
}
# Who "we" are, said with « on » as French speakers say it (blind-57 fr-6).
PEOPLE_OF_THE_SEA = {
    "en": "In Boulogne, we are a people of the sea; we stick together.",
    "fr": "À Boulogne, on est un peuple de la mer ; on se serre les coudes.",
    "ar": "في بنزرت، احنا ناس البحر، نوقفو مع بعضنا.",
}
# A win of ours, already had (blind-57 fr-4).
WON_ONCE = {"en": "We have already won once.", "fr": "On a déjà gagné une fois.", "ar": "سبق أن ربحنا مرة."}
# Care for our own, a habit "we" keep (blind-52 en-6, blind-56 en-6).
TAKE_CARE_OF_OUR_OWN = {
    "en": "At the barbershop we take care of our own, we always have.",
    "fr": "Au salon, on prend soin des nôtres, on l'a toujours fait.",
    "ar": "في الحي نعتني بأهلنا، هكذا كنا دائماً.",
}
# "None" right before a harm is no harm suffered, a win (blind-53 fr-1, blind-56 en-2); "nobody
# answered" about a harm is still nothing done.
NONE_HARMED = {
    "en": "But since the godmothers started visiting, not one of the mothers has missed a check-up.",
    "fr": "Mais depuis que les marraines passent, aucune des mères n'a manqué une consultation.",
    "ar": "لكن منذ أن بدأت العرابات زياراتهن، ولا واحدة من الأمهات تغيّبت عن موعد.",
}
NOBODY_ANSWERED = {
    "en": "But nobody from the council has answered about the violence.",
    "fr": "Mais personne à la mairie n'a répondu sur les violences.",
    "ar": "لكن لا أحد من البلدية ردّ علينا بشأن العنف.",
}
# Shores turned into a departure point for the boats of death: a harm, not a change won.
BOATS_OF_DEATH = {
    "en": "One young man in four on the islands now thinks about leaving, and our shores have turned into a "
          "departure point for the boats of death.",
    "fr": "Un jeune sur quatre dans l'archipel pense à partir, et nos côtes sont devenues un point de départ pour "
          "les bateaux de la mort.",
    "ar": "أصبح شاب من كل أربعة شبان في الأرخبيل يفكر في الهجرة، وتحولت سواحل الجزيرة إلى نقطة انطلاق لقوارب "
          "الهجرة السرية.",
}


# A life summed up, then feelings only: no act told at one time, so no challenge (blind-16
# fr-7, blind-58 en-7).
LIFE_THEN_FEELINGS = {
    "en": "I spent my whole working life listening to people on the worst days of their lives. Now my "
          "heart is broken. What I feel is fear, real fear. I am so angry I can barely breathe.",
    "fr": "Toute ma vie, j'ai cousu des robes pour les mariées du quartier. Aujourd'hui, mon cœur est "
          "brisé. J'ai peur, une vraie peur. Je suis tellement en colère que je n'arrive plus à respirer.",
    "ar": "طول عمري خدمت الناس في هذا الحي. اليوم قلبي مكسور. أشعر بالخوف، خوف حقيقي. أنا غاضب من الكراهية.",
}


# Who "we" are: a life side by side for centuries, a custom we are known for, no one asked
# where they come from (blind-58 ar-2, ar-5, ar-6).
LIVED_TOGETHER = {
    "en": "We here in Ghat, Tuareg and Arabs, have lived together in this oasis for centuries.",
    "fr": "Nous, à Ghat, Touaregs et Arabes, avons vécu ensemble des siècles dans cette oasis.",
    "ar": "نحن في غات، طوارق وعرباً، عشنا قروناً في هذه الواحة.",
}
KNOWN_FOR_A_CUSTOM = {
    "en": "And we fishermen are known for one custom: from every catch we give a fish to the widow "
          "and the orphan at the harbour before we sell.",
    "fr": "Et nous, les pêcheurs, on est connus pour une coutume : de chaque pêche, on donne un "
          "poisson à la veuve et à l'orphelin au port avant de vendre.",
    "ar": "وحنا معروفين بواحد العادة: الحوت اللي كنجيبو كنعطيو منو الحوتة للأرملة واليتيم فالمرسى قبل ما نبيعو.",
}
WHICH_TRIBE = {
    "en": "When trouble falls, we Libyans don't ask you where you're from or which tribe.",
    "fr": "Quand le malheur tombe, nous les Libyens, on ne te demande pas d'où tu viens ni de quelle tribu.",
    "ar": "إحنا الليبيين، لما تطيح المصيبة ما نسألوش انت من وين ولا من أي قبيلة.",
}
# A fight already won once is hope (blind-59 en-2).
BEAT_IT_ONCE = {"en": "We beat this once.", "fr": "On les a déjà battus une fois.", "ar": "هزمناهم مرة من قبل."}


# Feelings, and only others acting: "nobody understood me", "nothing was left" — no act of
# the teller's, so no challenge (blind-13 en-7, blind-39 en-7); « je suis si fatiguée » is no
# past either.
NOBODY_UNDERSTOOD = {
    "en": "I also felt that nobody understood me, that people looked at me and did not see me. I "
          "thought there was nothing left that could shock me. I am so tired, and so angry.",
    "fr": "J'ai senti que personne ne me comprenait, que les gens me regardaient sans me voir. Rien "
          "n'a changé depuis. Je suis si fatiguée, et si en colère.",
    "ar": "شعرت أن لا أحد فهمني، وأن الناس نظروا إلي ولم يروني. لم يتغير شيء منذ ذلك. أنا متعبة "
          "جداً، وغاضبة جداً.",
}


# A pilot where "not a single problem" happened is hope (blind-61 ar-1); so is "there is what
# gives hope", whose «ما» is no "not" (blind-61 ar-4).
TRIED_NO_PROBLEM = {
    "en": "Last Ramadan we tried a shared iftar table in front of the bakery: forty young men from the "
          "three neighbourhoods cooked and served together for thirty nights, and not a single problem "
          "happened.",
    "fr": "Pendant le dernier ramadan, nous avons essayé une table d'iftar partagée devant la "
          "boulangerie : quarante jeunes des trois quartiers ont cuisiné et servi ensemble pendant "
          "trente nuits, et pas un seul problème.",
    "ar": "في رمضان الماضي جربنا مائدة إفطار مشتركة أمام الفرن: أربعون شاباً من الأحياء الثلاثة طبخوا "
          "ورتبوا وخدموا معاً ثلاثين ليلة، ولم تقع مشكلة واحدة.",
}
REASON_FOR_HOPE = {
    "en": "And yet there is reason for hope.",
    "fr": "Et pourtant, il y a des raisons d'espérer.",
    "ar": "ومع ذلك، هناك ما يبعث على الأمل.",
}


# A husband who died, « mort », «توفي», is the teller's challenge (blind-61 ar-8).
WIDOWED = {
    "en": "In the summer of 2013 my husband died in an accident on the road to Marrakech.",
    "fr": "À l'été 2013, mon mari est mort dans un accident sur la route de Marrakech.",
    "ar": "في صيف 2013 توفي زوجي في حادث على الطريق إلى مراكش.",
}
CANNOT_READ = {
    "en": "I could not read or write.",
    "fr": "Je ne savais ni lire ni écrire.",
    "ar": "لم أكن أعرف القراءة ولا الكتابة.",
}


# Who "we" are, shown: grown up on the same songs, through the same hard years, not leaving
# each other on the road, not looking at papers (blind-60 en-1, en-8, fr-5; blind-61 en-5) —
# not a command to love one another, nor sessions "held".
GREW_UP_TOGETHER = {
    "en": "We grew up singing the same hymns in Primary.",
    "fr": "La plupart d'entre nous ont grandi en chantant les mêmes cantiques.",
    "ar": "حنا نساء مكناس، كبرنا على نفس الأغاني.",
}
HELD_ON_THROUGH = {
    "en": "We held on through the war, through the mine closures, through the buyout.",
    "fr": "Nous avons survécu à la guerre, à la fermeture des mines, au chômage.",
    "ar": "صمدنا في الحرب، وفي إغلاق المناجم، وفي البطالة.",
}
NOT_LEFT_ON_THE_ROAD = {
    "en": "We do not have much, but we do not leave each other on the road.",
    "fr": "Nous n'avons pas grand-chose, mais on s'entraide toujours.",
    "ar": "ما عندناش بزاف، ولكن لا نترك بعضنا في الطريق.",
}
NO_PAPERS_ASKED = {
    "en": "We are like that here: we don't look at people's papers, we look at what they do.",
    "fr": "Nous sommes comme ça, nous, les Namurois : on ne regarde pas les papiers des gens, on "
          "regarde ce qu'ils font.",
    "ar": "هكذا نحن هنا: لا ننظر إلى أوراق الناس، ننظر إلى ما يفعلون.",
}
LOVE_ONE_ANOTHER = {
    "en": "Love one another.",
    "fr": "Aimons-nous les uns les autres.",
    "ar": "أحبوا بعضكم بعضا.",
}
SESSIONS_HELD = {
    "en": "In 2023 we held 96 drop-in sessions and ran 14 workshops.",
    "fr": "En 2023, nous avons tenu 96 permanences et animé 14 ateliers.",
    "ar": "في 2023 نظمنا 96 حصة و14 ورشة.",
}


# Money that stops at a date is why now (blind-61 fr-1, fr-6); a result already had elsewhere,
# or a class kept open, is hope (blind-61 fr-3, fr-4).
FUNDING_ENDS = {
    "en": "The workshop loses its funding on June 30.",
    "fr": "L'atelier perd son financement le 30 juin.",
    "ar": "تفقد الورشة تمويلها يوم 30 يونيو.",
}
FUNDED_UNTIL = {
    "en": "The two youth worker posts are only funded until December.",
    "fr": "Les deux postes d'animateurs ne sont financés que jusqu'en décembre.",
    "ar": "منصبا المنشطين ممولان فقط حتى ديسمبر.",
}
DONE_ELSEWHERE = {
    "en": "In other European networks, onboard staff cut incidents by half.",
    "fr": "Dans d'autres réseaux européens, la présence d'agents d'accompagnement a permis de réduire "
          "les incidents de moitié.",
    "ar": "في شبكات أوروبية أخرى، سمح وجود المرافقين بتقليص الحوادث إلى النصف.",
}
KEPT_A_CLASS_OPEN = {
    "en": "Their four children kept a class of the primary school open.",
    "fr": "Leurs quatre enfants ont gardé ouverte une classe de l'école primaire.",
    "ar": "أبقى أطفالهم الأربعة قسما من المدرسة مفتوحا.",
}


# "I learned that…" in dialect («تعلمت اللي…», blind-62 ar-1): «اللي» after it names no day.
LEARNED_THAT = {
    "en": "I went to my neighbour Salah, and we bought the water together. I learned that the land is not "
          "kept by one man alone.",
    "fr": "Je suis allé voir mon voisin Salah, et nous avons acheté l'eau ensemble. J'ai appris que la terre "
          "ne se garde pas seul.",
    "ar": "مشيت لجاري عم صالح، وشرينا الماء مع بعضنا. تعلمت اللي الأرض ما تتحفظش بواحد وحدو.",
}


# The word "hope" alone is no reason to hope ("the hope of our children", blind-63 en-7).
HOPE_AS_A_WORD = {
    "en": "We carry the grief of our grandparents and the hope of our children in the same heart.",
    "fr": "Nous portons le chagrin de nos grands-parents et l'espoir de nos enfants dans le même cœur.",
    "ar": "نحمل حزن أجدادنا وأمل أطفالنا في القلب نفسه.",
}
FULL_OF_HOPE = {  # blind-65 en-7 (Arabic «الأمل» alone is still read as hope: dropping it lost 9 labels)
    "en": "My heart is full of hope, though.",
    "fr": "Mon cœur est plein d'espoir, pourtant.",
    "ar": "قلبي مليء بأمل كبير رغم ذلك.",
}


# "Hearing" words, « cette audience » (those listening) is no court date; "the hearing is on
# May 22" is (blind-63 en-7's feelings were read as why now).
HEARING_WORDS = {
    "en": "I am so tired of hearing the same poison words that I heard when I was young.",
    "fr": "Je suis si fatiguée de parler devant cette audience, comme quand j'étais jeune.",
    "ar": "تعبت من سماع نفس الكلمات المسمومة التي سمعتها حين كنت صغيرة.",
}
HEARING_DATE = {
    "en": "The hearing is on May 22 at the county court.",
    "fr": "L'audience du tribunal a lieu le 22 mai.",
    "ar": "الجلسة في المحكمة يوم 22 ماي.",
}


# A founding dated by month and year, the founded group named, is a résumé's line, no scene
# (blind-63 en-4).
FOUNDED_IN_MARCH = {
    "en": "In March 2022 I co-founded Chicago Medics for Ukraine, a volunteer group that collects medical "
          "supplies.",
    "fr": "En mars 2022, j'ai cofondé Médecins pour l'Ukraine, un groupe de bénévoles qui collecte du "
          "matériel médical.",
    "ar": "في مارس 2022 أسست جمعية أطباء من أجل أوكرانيا، وهي مجموعة متطوعين تجمع المعدات الطبية.",
}


# "Before" a habit told («قبل أن يطلب», blind-65 ar-8) is no why-now; before the council votes is.
HABIT_BEFORE = {
    "en": "In our villages, when a farmer falls ill, the neighbours harvest his field before he asks.",
    "fr": "Dans nos villages, quand un paysan tombe malade, les voisins moissonnent son champ avant qu'il ne "
          "demande.",
    "ar": "في قرانا، حين يمرض فلاح، يحصد الجيران حقله قبل أن يطلب.",
}
BEFORE_THE_VOTE = {
    "en": "We have to move before the council votes.",
    "fr": "Il faut agir avant que le conseil ne vote.",
    "ar": "علينا أن نتحرك قبل أن يصوت المجلس.",
}


CAME_WITH_HOPE = {  # blind-59 en-7, blind-64 fr-7: a journey summed up, no act at a turn
    "en": "I am tired. People smile at me and in their eyes I see fear. I came to this country with "
          "nothing but hope.",
    "fr": "Je suis fatigué. Les gens me sourient et dans leurs yeux je vois la peur. Je suis venu dans "
          "ce pays avec une certitude : que le travail paie.",
    "ar": "أنا متعب. الناس يبتسمون لي وفي عيونهم أرى الخوف. جئت إلى هذا البلد وليس معي إلا الأمل.",
}
PRESENT_EVENINGS = {  # blind-4 fr-5, blind-63 fr-7: how evenings go, told in the present
    "en": "And in the evening I turn on the TV in my kitchen and I hear a man on the news say that we "
          "refuse to fit in.",
    "fr": "Je m'assieds dans la cuisine et je pleure, une fois que tout le monde dort.",
    # Arabic keeps present scenes: its past forms are not all recognised (blind-18 ar-5).
    "ar": "في الحافلة، في طريق العودة من تونس، سألته: \"كيف قدرت تعمل هذا؟\"",
}

WELL_DRIED_UP = {  # blind-62 ar-1: a livelihood gone dry
    "en": "In 1987 my father dug the well behind our house. Last summer the well dried up, and I started "
          "buying water from the tanker at eighty dinars a load.",
    "fr": "En 1987, mon père a creusé le puits derrière notre maison. L'été dernier, le puits s'est "
          "asséché, et j'ai commencé à acheter l'eau au camion-citerne à quatre-vingts dinars.",
    "ar": "في سنة 1987 حفر أبي البئر وراء بيتنا. في الصيف الماضي جف البئر، وصرت أشتري الماء بالصهريج "
          "بثمانين دينارا للمرة.",
}
SHELLING_AT_THE_GATE = {  # blind-5 ar-1, blind-23 ar-6: war at the teller's door
    "en": "On the morning of May 16, 2014, I stood at the locked gate of my school, with the sound of the "
          "shelling coming from the port.",
    "fr": "Le matin du 16 mai 2014, je me suis tenue devant le portail fermé de mon école, avec le bruit "
          "des bombardements qui venait du port.",
    "ar": "صباح 16 مايو 2014 وقفت أمام البوابة المقفلة لمدرستي، وأصوات القصف تأتي من جهة الميناء.",
}

NOBODY_CAN_BREAK_US = {  # blind-64 en-7, blind-70 en-7, blind-62 ar-7: said with nothing behind it
    "en": "Justice will come. God sees everything, and one day the ones who did this to us will have to "
          "answer. Together we are strong. Together nobody can break us.",
    "fr": "La justice viendra. Dieu voit tout, et un jour ceux qui nous ont fait ça devront répondre. "
          "Ensemble, on est forts. Ensemble, personne ne pourra nous briser.",
    "ar": "الحب أقوى من الكراهية. فلنكن نحن الأمل الذي ننتظره.",
}

STAND_TOGETHER = {  # blind-73 en-7: said with nothing behind it, no reason to hope
    "en": "I believe one day it will change. Together we are strong. When we stand together, nobody "
          "can make us invisible.",
    "fr": "Je crois qu'un jour ça changera. Ensemble, on est forts. Quand on se tient debout ensemble, "
          "personne ne pourra nous briser.",
    "ar": "أؤمن أن يوما ما سيتغير كل شيء. معا نحن أقوياء. حين نقف معا، لا أحد يستطيع أن يكسرنا.",
}

DATED_PRESENT_SCENE = {  # blind-12 fr-6: a scene told in the present on a day of the month
    "en": "On January 8, 2015, the day after the attack, I start my shift at 5:30 at the Mourepiane "
          "terminal.",
    "fr": "Le 8 janvier 2015, le lendemain de Charlie, je prends mon poste à 5 h 30 au terminal de "
          "Mourepiane.",
    "ar": "في صباح 8 يناير 2015 وقفت أمام باب الميناء في مرسيليا، وكان المطر يسقط على وجهي.",
}


def _twenty_fourth_told_cases() -> list[tuple[str, str, str, str, str | None]]:
    """Blind-68 and blind-69: coming here with nothing but hope is no choice; a sentence with no
    past form is no scene in English and French (Arabic keeps it); a well gone dry and shelling
    at the door are a challenge; "nobody can break us", "let us be the hope" are slogans."""
    cases: list[tuple[str, str, str, str, str | None]] = []
    for lang in LANGUAGES:
        cases += [
            ("self.choice", lang, "self", CAME_WITH_HOPE[lang], None),
            ("self.moment", lang, "self", PRESENT_EVENINGS[lang],
             PRESENT_EVENINGS[lang] if lang == "ar" else None),
            ("self.challenge", lang, "self", WELL_DRIED_UP[lang], WELL_DRIED_UP[lang].split(". ")[1]),
            ("self.challenge", lang, "self", SHELLING_AT_THE_GATE[lang], SHELLING_AT_THE_GATE[lang]),
            ("now.hope", lang, "now", NOBODY_CAN_BREAK_US[lang], None),
            ("now.hope", lang, "now", STAND_TOGETHER[lang], None),
            ("self.moment", lang, "self", DATED_PRESENT_SCENE[lang], DATED_PRESENT_SCENE[lang]),
        ]
    return cases


def _twenty_third_told_cases() -> list[tuple[str, str, str, str, str | None]]:
    """Blind-60 and blind-61: feelings where only others act are no story told; a pilot with
    not a single problem, and "there is what gives hope", are hope; a death in the family is a
    challenge; who "we" are, shown by growing up and holding on together; funding that stops at a
    date is urgency; a result had elsewhere, a class kept open, is hope."""
    cases: list[tuple[str, str, str, str, str | None]] = []
    for lang in LANGUAGES:
        ask = BLOCKS[lang]["now.ask"]
        cases += [
            ("self.challenge", lang, "self", NOBODY_UNDERSTOOD[lang], None),
            ("now.hope", lang, "now", f"{TRIED_NO_PROBLEM[lang]} {ask}", TRIED_NO_PROBLEM[lang]),
            ("now.hope", lang, "now", f"{REASON_FOR_HOPE[lang]} {ask}", REASON_FOR_HOPE[lang]),
            ("self.challenge", lang, "self", f"{WIDOWED[lang]} {CANNOT_READ[lang]}", WIDOWED[lang]),
            ("us.shared_value", lang, "us", GREW_UP_TOGETHER[lang], GREW_UP_TOGETHER[lang]),
            ("us.shared_value", lang, "us", HELD_ON_THROUGH[lang], HELD_ON_THROUGH[lang]),
            ("us.shared_value", lang, "us", NOT_LEFT_ON_THE_ROAD[lang], NOT_LEFT_ON_THE_ROAD[lang]),
            ("us.shared_value", lang, "us", NO_PAPERS_ASKED[lang], NO_PAPERS_ASKED[lang]),
            ("us.shared_value", lang, "us", LOVE_ONE_ANOTHER[lang], None),
            ("us.shared_value", lang, "us", SESSIONS_HELD[lang], None),
            ("now.urgency", lang, "now", f"{FUNDING_ENDS[lang]} {ask}", FUNDING_ENDS[lang]),
            ("now.urgency", lang, "now", f"{FUNDED_UNTIL[lang]} {ask}", FUNDED_UNTIL[lang]),
            ("now.hope", lang, "now", f"{DONE_ELSEWHERE[lang]} {ask}", DONE_ELSEWHERE[lang]),
            ("now.hope", lang, "now", f"{KEPT_A_CLASS_OPEN[lang]} {ask}", KEPT_A_CLASS_OPEN[lang]),
            ("self.outcome", lang, "self", f"{ROAD_NOT_TAKEN[lang]} {LEARNED_THAT[lang]}",
             LEARNED_THAT[lang].split(". ")[1]),
            ("now.hope", lang, "now", f"{HOPE_AS_A_WORD[lang]} {ask}", None),
            ("now.hope", lang, "now", f"{FULL_OF_HOPE[lang]} {ask}", None),
            ("now.urgency", lang, "now", f"{HEARING_WORDS[lang]} {ask}", None),
            ("now.urgency", lang, "now", f"{HEARING_DATE[lang]} {ask}", HEARING_DATE[lang]),
            ("self.moment", lang, "self", FOUNDED_IN_MARCH[lang], None),
            ("now.urgency", lang, "now", f"{HABIT_BEFORE[lang]} {ask}", None),
            ("now.urgency", lang, "now", f"{BEFORE_THE_VOTE[lang]} {ask}", BEFORE_THE_VOTE[lang]),
        ]
    return cases


def _twenty_second_told_cases() -> list[tuple[str, str, str, str, str | None]]:
    """Blind-58 and blind-59: a life summed up is no act told, so feelings after it are no
    challenge; a fight won once is hope; who "we" are, lived side by side or by a custom."""
    cases: list[tuple[str, str, str, str, str | None]] = []
    for lang in LANGUAGES:
        ask = BLOCKS[lang]["now.ask"]
        cases += [
            ("self.challenge", lang, "self", LIFE_THEN_FEELINGS[lang], None),
            ("now.hope", lang, "now", f"{BEAT_IT_ONCE[lang]} {ask}", BEAT_IT_ONCE[lang]),
            ("us.shared_value", lang, "us", LIVED_TOGETHER[lang], LIVED_TOGETHER[lang]),
            ("us.shared_value", lang, "us", KNOWN_FOR_A_CUSTOM[lang], KNOWN_FOR_A_CUSTOM[lang]),
            ("us.shared_value", lang, "us", WHICH_TRIBE[lang], WHICH_TRIBE[lang]),
        ]
    return cases


def _twenty_first_told_cases() -> list[tuple[str, str, str, str, str | None]]:
    """Blind-56 and blind-57: a history held in common, who "we" are said with « on », care for
    our own; a decline a win only when a harm went
    down; what a pilot shows or a group proves; the boats of death as a harm; a witness story's
    "she" in the paragraph after the teller's "I"; a licence earned as a résumé's line; what is
    felt everywhere as no moment; a credo as no hope unless a past win is its reason; a win already had; "none" before a
    harm as a win."""
    cases: list[tuple[str, str, str, str, str | None]] = []
    for lang in LANGUAGES:
        ask = BLOCKS[lang]["now.ask"]
        proves, after = PROVES_SOMETHING[lang]
        cases += [
            ("us.shared_value", lang, "us", COMMON_HISTORY[lang], COMMON_HISTORY[lang]),
            ("us.shared_value", lang, "us", PEOPLE_OF_THE_SEA[lang], PEOPLE_OF_THE_SEA[lang]),
            ("us.shared_value", lang, "us", TAKE_CARE_OF_OUR_OWN[lang], TAKE_CARE_OF_OUR_OWN[lang]),
            ("now.hope", lang, "now", f"{GOOD_DECLINED[lang]} {ask}", None),
            ("now.hope", lang, "now", f"{HARM_DECLINED[lang]} {ask}", HARM_DECLINED[lang]),
            ("now.hope", lang, "now", f"{HARM_REDUCED[lang]} {ask}", HARM_REDUCED[lang]),
            ("now.hope", lang, "now", f"{PILOT_SHOWS[lang]} {ask}", PILOT_SHOWS[lang]),
            ("now.hope", lang, "now", f"{proves} {after} {ask}", proves),
            ("now.hope", lang, "now", f"{BOATS_OF_DEATH[lang]} {ask}", None),
            ("self.choice", lang, "self", WITNESS_NEXT_PARAGRAPH[lang], None),
            ("self.outcome", lang, "self", CERTIFIED[lang], None),
            ("self.moment", lang, "self", FELT_EVERYWHERE[lang], None),
            ("now.hope", lang, "now", f"{CREDO_ONLY[lang]} {ask}", None),
            ("now.hope", lang, "now", f"{WON_ONCE[lang]} {ask}", WON_ONCE[lang]),
            ("now.hope", lang, "now", f"{NONE_HARMED[lang]} {ask}", NONE_HARMED[lang]),
            ("now.hope", lang, "now", f"{NOBODY_ANSWERED[lang]} {ask}", None),
            ("now.hope", lang, "now", f"{CREDO_WITH_PROOF[lang]} {ask}", CREDO_WITH_PROOF[lang]),
        ]
    return cases


@pytest.mark.parametrize(
    "case", _told_cases() + _more_told_cases() + _third_told_cases() + _fourth_told_cases()
    + _fifth_told_cases() + _sixth_told_cases() + _seventh_told_cases() + _eighth_told_cases()
    + _ninth_told_cases() + _tenth_told_cases() + _eleventh_told_cases() + _twelfth_told_cases()
    + _thirteenth_told_cases() + _fourteenth_told_cases() + _fifteenth_told_cases()
    + _sixteenth_told_cases() + _seventeenth_told_cases() + _reviewed_seventeenth_cases()
    + _eighteenth_told_cases() + _nineteenth_told_cases() + _reviewed_eighteenth_cases()
    + _twentieth_told_cases() + _twenty_first_told_cases() + _twenty_second_told_cases()
    + _twenty_third_told_cases() + _twenty_fourth_told_cases(),
    ids=_told_id)
def test_elements_told_through_the_story(case: tuple[str, str, str, str, str | None]) -> None:
    element_id, language, part, body, told = case
    report = analyze(_with_part(language, part, body), language=language)
    element = next(e for e in report.elements if e.id == element_id)
    flagged = [f for f in report.findings if f.rule == ELEMENT_RULES[element_id]]
    if told is None:
        assert not element.present and len(flagged) == 1, [s.text for s in element.evidence]
    else:  # found, and the evidence is the sentence that tells it
        assert element.present and not flagged
        assert told in [s.text for s in element.evidence], [s.text for s in element.evidence]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_choice_is_not_its_own_outcome(language: str) -> None:
    choice = {"en": " A month later I decided to join the clean-up rota.",
              "fr": " Un an plus tard, j’ai décidé de rejoindre l’équipe de nettoyage.",
              "ar": " بعد شهر قررت أن أنضم إلى فريق التنظيف."}[language]
    report = analyze(_with_part(language, "self", ROAD_NOT_TAKEN[language] + choice.strip()),
                     language=language)
    assert next(e for e in report.elements if e.id == "self.choice").present
    assert not next(e for e in report.elements if e.id == "self.outcome").present


# --- evidence quotes the draft --------------------------------------------------


def _labelled(label_file: Path, root: Path) -> list[tuple[str, Path, dict]]:
    labels = json.loads(label_file.read_text(encoding="utf-8"))
    return [(rel, root / rel, label) for rel, label in labels.items()]


def _all_drafts() -> list[tuple[str, Path, dict]]:
    found: list[tuple[str, Path, dict]] = []
    for label_file in LABEL_FILES:
        found += _labelled(label_file, label_file.parent)
    return found


@pytest.mark.parametrize(("rel", "path", "label"), _all_drafts(), ids=lambda v: v if isinstance(v, str) else "")
def test_evidence_quotes_the_draft_exactly(rel: str, path: Path, label: dict) -> None:
    text = path.read_text(encoding="utf-8")
    report = analyze(text, language=label["lang"])
    for element in report.elements:
        assert element.present == bool(element.evidence)
        for span in element.evidence:
            assert text[span.start:span.end] == span.text and span.text.strip()
    for finding in report.findings:
        if finding.start is not None and finding.end:
            assert text[finding.start:finding.end] == finding.evidence
    if "parts" in label:
        assert [s.part for s in report.sections] == label["parts"]
    for part in label.get("missing", ()):
        assert part not in [s.part for s in report.sections]


def _blind_drafts() -> list[tuple[str, Path, dict]]:
    """Every held-out batch (tests/drafts/blind-*): evidence must quote each of them exactly."""
    drafts: list[tuple[str, Path, dict]] = []
    for labels in sorted((REPO / "tests" / "drafts").glob("blind-*/labels.json")):
        drafts += _labelled(labels, labels.parent)
    return drafts


@pytest.mark.parametrize(("rel", "path", "label"), _blind_drafts(),
                         ids=lambda v: v if isinstance(v, str) else "")
def test_evidence_quotes_the_blind_drafts(rel: str, path: Path, label: dict) -> None:
    text = path.read_text(encoding="utf-8")
    report = analyze(text, language=label["lang"])
    for element in report.elements:
        assert element.present == bool(element.evidence)
        for span in element.evidence:
            assert text[span.start:span.end] == span.text and span.text.strip()


def test_evidence_quotes_the_shared_corpus(shared_dir: Path) -> None:
    root = shared_dir / "corpus"
    for rel, path, label in _labelled(root / "labels.json", root):
        text = path.read_text(encoding="utf-8")
        report = analyze(text, language=label["lang"])
        for element in report.elements:
            for span in element.evidence:
                assert text[span.start:span.end] == span.text, rel


# --- agreement with a careful coach ----------------------------------------------


def agreement(cases: list[tuple[str, Path, dict]]) -> dict[str, dict[str, list[int]]]:
    """Per language: [agreeing, judged] for elements labelled present and labelled absent."""
    scores: dict[str, dict[str, list[int]]] = {}
    for _, path, label in cases:
        report = analyze(path.read_text(encoding="utf-8"), language=label["lang"])
        found = {e.id: e.present for e in report.elements}
        counts = scores.setdefault(label["lang"], {"present": [0, 0], "absent": [0, 0]})
        for element_id, expected in label["elements"].items():
            if expected is None:  # not judged
                continue
            bucket = counts["present" if expected else "absent"]
            bucket[0] += found[element_id] == expected
            bucket[1] += 1
    return scores


@pytest.mark.parametrize("language", LANGUAGES)
def test_agreement_on_hand_written_drafts(language: str) -> None:
    counts = agreement([c for c in _all_drafts() if c[2]["lang"] == language])[language]
    for kind in ("present", "absent"):
        agreeing, judged = counts[kind]
        assert judged >= 10, f"too few {kind} labels in {language}"
        assert agreeing / judged >= AGREEMENT, f"{language} {kind}: {agreeing}/{judged}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_agreement_on_blind_drafts(language: str) -> None:
    """Regression set: drafts labelled by a coach who never saw the code (blind-1)."""
    blind_1 = _labelled(BLIND_LABELS, BLIND_LABELS.parent)
    counts = agreement([c for c in blind_1 if c[2]["lang"] == language])[language]
    for kind in ("present", "absent"):
        agreeing, judged = counts[kind]
        assert judged >= 8, f"too few {kind} labels in {language}"
        assert agreeing / judged >= BLIND_AGREEMENT, f"{language} {kind}: {agreeing}/{judged}"


def test_agreement_on_shared_corpus(shared_dir: Path) -> None:
    root = shared_dir / "corpus"
    scores = agreement(_labelled(root / "labels.json", root))
    assert set(scores) >= {"en", "ar"}
    for language, counts in scores.items():
        for kind, (agreeing, judged) in counts.items():
            if judged:
                assert agreeing / judged >= AGREEMENT, f"{language} {kind}: {agreeing}/{judged}"


def test_reports_have_no_story_of_self(shared_dir: Path) -> None:
    """The seeds are workshop reports: real Arabic prose, and not a story."""
    for seed in sorted((shared_dir / "seeds").glob("*.txt")):
        report = analyze(seed.read_text(encoding="utf-8"), language="ar")
        assert "self" not in [s.part for s in report.sections], seed.name
        assert any(f.rule == "structure.missing-part" and f.part == "self" for f in report.findings)


# --- the registry stays honest ---------------------------------------------------


def test_every_structure_rule_is_registered_explained_and_tested() -> None:
    framework = load_framework("public-narrative")
    missing_rules = {e.missing_rule for p in framework.parts for e in p.elements}
    assert missing_rules == set(ELEMENT_RULES.values())
    flagged = {(rule, lang) for rule, lang, _ in FLAG_CASES}
    passed = {(rule, lang) for rule, lang, _ in PASS_CASES}
    runner = CliRunner()
    for rule_id in STRUCTURE_RULES:
        assert rule_id in RULES, rule_id
        current = RULES[rule_id]
        for text in (current.summary, current.rationale, current.example, current.better,
                     current.message, current.suggestion):
            assert text.strip(), rule_id
        result = runner.invoke(main, ["explain", rule_id])
        assert result.exit_code == 0, result.output
        assert current.rationale.split()[0] in result.output
        if rule_id != "structure.missing-part":  # tested in test_structure.py
            for language in LANGUAGES:
                assert (rule_id, language) in flagged, (rule_id, language)
                assert (rule_id, language) in passed, (rule_id, language)


def test_structure_rule_tables_cover_every_language_for_missing_part() -> None:
    from tests.test_structure import MISSING_PART_FLAG, MISSING_PART_PASS

    assert {lang for lang, _, _ in MISSING_PART_FLAG} == set(LANGUAGES)
    assert {lang for lang, _ in MISSING_PART_PASS} == set(LANGUAGES)


def test_blocks_cover_every_element() -> None:
    ids = load_framework("public-narrative").element_ids()
    for language in LANGUAGES:
        assert sorted(BLOCKS[language]) == sorted(ids)


# A post that is all story: the situation now, said in the present, is still urgency;
# the teller's own past ("the second time that month I had been stopped") is not.
STORY_THEN_NOW = {
    "en": ("Tuesday morning I opened the community centre and found the window smashed. "
           "My daughter picked up a piece of glass and asked me why. {now}"),
    "fr": ("Mardi matin, j’ai ouvert le centre et j’ai trouvé la vitre brisée. "
           "Ma fille a ramassé un morceau de verre et m’a demandé pourquoi. {now}"),
    "ar": ("صباح الثلاثاء فتحتُ المركز فوجدتُ الزجاج مكسوراً. "
           "التقطت ابنتي قطعة زجاج وسألتني لماذا. {now}"),
}
RUN_NOW = {
    "en": ("This is the second time this month.", "I cried in the car for the second time this month."),
    "fr": ("C’est la deuxième fois ce mois-ci.", "C’était la deuxième fois ce mois-là que j’ai pleuré."),
    "ar": ("وهذه للمرة الثانية هذا الشهر.", "كانت تلك للمرة الثانية التي بكيتُ فيها ذلك الشهر."),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_urgency_in_a_story_with_no_story_of_now(language: str) -> None:
    now, past = RUN_NOW[language]
    report = analyze(STORY_THEN_NOW[language].format(now=now), language=language)
    urgency = next(e for e in report.elements if e.id == "now.urgency")
    assert urgency.present and now in [s.text for s in urgency.evidence]
    report = analyze(STORY_THEN_NOW[language].format(now=past), language=language)
    urgency = next(e for e in report.elements if e.id == "now.urgency")
    assert not urgency.present, [s.text for s in urgency.evidence]


# The Self told with "we": the teller's group in a scene, a challenge, a choice, what came of it.
WE_STORY = {
    "en": ("In October 2022 the four of us walked into Room 4 at the Palm Tree primary school and "
           "found eleven children who spoke no English. On the first day a girl named Aisha cried for "
           "an hour because she could not find the toilet. We had no books and no instructions. So we "
           "decided to stay after class on Tuesdays and Thursdays. We bought the pencils with our own "
           "money. A year later Aisha read a story aloud to the whole class."),
    "fr": ("En octobre 2022, nous sommes entrées à quatre dans la classe 4 de l’école des Palmiers et "
           "nous avons trouvé onze enfants qui ne parlaient pas français. Le premier jour, une fillette "
           "nommée Aïcha a pleuré une heure parce qu’elle ne trouvait pas les toilettes. Nous n’avions "
           "ni livres ni consignes. Alors nous avons décidé de rester après les cours le mardi et le "
           "jeudi. Nous avons acheté les crayons de notre poche. Un an plus tard, Aïcha a lu une "
           "histoire devant toute la classe."),
    "ar": ("في أكتوبر ٢٠٢٢ دخلنا القسم رقم ٤ في مدرسة النخلة، نحن أربع معلمات، فوجدنا أحد عشر طفلاً "
           "لا يتكلمون العربية، ورائحة الطلاء الجديد تملأ المكان. في اليوم الأول بكت طفلة اسمها عائشة ساعة كاملة لأنها لم تجد المرحاض. "
           "لم يكن لدينا برنامج ولا كتب. فقرّرنا أن نبقى بعد الدوام يومي الثلاثاء والخميس. اشترينا "
           "الأقلام من جيوبنا. بعد سنة قرأت عائشة قصة أمام القسم كله."),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_self_told_with_we_is_a_story_of_self(language: str) -> None:
    draft = _with_part(language, "self", WE_STORY[language])
    report = analyze(draft, language=language)
    assert [s.part for s in report.sections] == ["self", "us", "now"]
    present = {e.id for e in report.elements if e.present}
    assert {"self.challenge", "self.choice", "self.moment"} <= present, present


# (language, sentence, its hope word is denied): a "not" right before it denies it; a state
# verb ("was", «كانت») does not.
HOPE_DENIED_OR_NOT = [
    ("en", "Help was offered to the students.", False),
    ("en", "Nobody offered to help.", True),
    ("fr", "Des voisins étaient prêts à aider.", False),
    ("fr", "Je ne pouvais pas espérer mieux.", True),
    ("ar", "كانت تنجح كل مرة.", False),
    ("ar", "لم تنجح التجربة.", True),
]


@pytest.mark.parametrize(("language", "text", "denied"), HOPE_DENIED_OR_NOT)
def test_a_hope_word_is_denied_only_by_a_not(language: str, text: str, denied: bool) -> None:
    from narrative_kit.elements import _denied
    from narrative_kit.structure import sentence_cues
    from narrative_kit.text import parse_draft

    (sentence,) = parse_draft(text, language).sentences
    cues = sentence_cues(sentence, language)
    assert cues.has("hope") and _denied(cues, "hope") == denied


LIVED_AGAIN_AND_AGAIN = {  # (what kept happening, the same told as one night): a life is no moment
    "en": ("I have felt fear when I hear the words people say about us, in the street. "
           "I have carried neighbours to weddings and to hospitals.",
           "That night I felt fear in the street when I heard the words people said about us."),
    "fr": ("Je ressens la peur chaque fois que j'entends les mots que les gens disent sur nous, dans la rue.",
           "Ce soir-là, dans la rue, j'ai senti la peur quand j'ai entendu les mots que les gens "
           "disaient sur nous."),
    "ar": ("أشعر بالخوف كلما أسمع ما يقوله الناس عنا في الشارع.",
           "في تلك الليلة شعرت بالخوف في الشارع حين سمعت ما قاله الناس عنا."),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_past_lived_again_and_again_is_no_moment(language: str) -> None:
    """"I have felt fear when I hear…", "I have carried neighbours to weddings": a past told
    only in the present perfect is a life going on, neither a moment nor an act (as « chaque
    fois que », «كلما», "whenever" in the present); the same fear told as one night is a
    moment."""
    again, once = LIVED_AGAIN_AND_AGAIN[language]
    elements = {e.id: e for e in analyze(_with_part(language, "self", again), language=language).elements}
    assert elements["self.moment"].evidence == [] and elements["self.choice"].evidence == [], elements
    elements = {e.id: e for e in analyze(_with_part(language, "self", once), language=language).elements}
    assert [s.text for s in elements["self.moment"].evidence] == [once], elements



LIVED_MORE_THAN_ONCE = {  # (said as lived more than once, the same told once)
    "en": ("I have sat alone in the kitchen and heard my mother crying.",
           "I sat alone in the kitchen and heard my mother crying."),
    "fr": ("Il m'est arrivé de m'asseoir seule dans la cuisine et d'entendre pleurer ma mère.",
           "Je me suis assise seule dans la cuisine et j'ai entendu pleurer ma mère."),
    "ar": ("لطالما جلست وحدي في المطبخ وسمعت بكاء أمي.", "جلست وحدي في المطبخ وسمعت بكاء أمي."),
}
HOW_MANY_NIGHTS = {  # "how many nights…": lived again and again, no one night
    "en": "How many nights I cried alone in the kitchen so my children would not hear me.",
    "fr": "Combien de nuits j'ai pleuré seule dans la cuisine pour que mes enfants ne m'entendent pas.",
    "ar": "كم من ليلة بكيت وحدي في المطبخ حتى لا يسمعني أولادي.",
}
HONOURS = {  # a résumé's honour, dated and placed: no moment
    "en": "I received the County Council's Community Care Award in 2016 at the town hall.",
    "fr": "J'ai reçu le prix de l'engagement citoyen du Conseil départemental en 2016, à la mairie.",
    "ar": "حصلت على جائزة المواطنة من المجلس البلدي سنة 2016 في قاعة البلدية.",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_what_was_lived_more_than_once_is_no_moment(language: str) -> None:
    """"I have sat… and heard", « Il m'est arrivé de… », «لطالما جلست… وسمعت»: every past
    after the sign of a past lived more than once, no time of its own: no moment, while the
    same scene told once is one. An honour received, dated and placed, is a résumé's line."""
    again, once = LIVED_MORE_THAN_ONCE[language]
    for body, told in ((again, []), (once, [once]), (HONOURS[language], []), (HOW_MANY_NIGHTS[language], [])):
        report = analyze(_with_part(language, "self", body), language=language)
        moment = next(e for e in report.elements if e.id == "self.moment")
        assert [s.text for s in moment.evidence] == told, (body, moment.evidence)


WIN_SEEN_BEFORE_THE_ASK = {  # a programme that worked, told between the teller's story and the ask
    "en": "Last year a pilot in two schools halved the fights, according to the school records.",
    "fr": "L'an dernier, l'expérience pilote dans deux écoles a été jugée positive par les équipes.",
    "ar": "في العام الماضي انخفضت حالات العراك في مدرستين إلى النصف بفضل التجربة، حسب سجلات الإدارة.",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_win_seen_right_after_the_story_of_self_is_the_hope_of_now(language: str) -> None:
    """With no Story of Us and no headings, "Last year a pilot halved the fights" between the
    teller's story and the ask is the Story of Now's proof, not one more line of the Self."""
    paragraphs = build_draft(language, without=("now.hope", "us.shared_value")).strip().split("\n\n")
    paragraphs.insert(len(paragraphs) - 1, WIN_SEEN_BEFORE_THE_ASK[language])
    report = analyze("\n\n".join(paragraphs) + "\n", language=language)
    hope = next(e for e in report.elements if e.id == "now.hope")
    assert [s.text for s in hope.evidence] == [WIN_SEEN_BEFORE_THE_ASK[language]], report.sections
