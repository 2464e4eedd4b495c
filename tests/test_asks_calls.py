"""Calls made by an organisation in the third person, and plans that are not asks (en, fr, ar).

A press release or a communiqué asks in the third person: "The network urges residents
to…", « Le collectif invite les parents à… », تدعو الجمعية الأهالي إلى…. Those are
asks, graded like the others. A statement of what the teller or their organisation
will do ("we will provide…", « l'association proposera… », ستوفر الجمعية…) is a plan,
not an ask; a story told in the present ("she asks me to sit down") is no ask either.
"""

from __future__ import annotations

import pytest

from narrative_kit.asks import detect_asks
from narrative_kit.text import parse_draft


def findings_of(text: str, language: str):
    return detect_asks(parse_draft(text, language))


# (language, sentence, is an ask)
THIRD_PERSON_CALLS = [
    # An organisation calls on someone to act.
    ("en", "The Alliance urges every parent in the district to attend the school board meeting.", True),
    ("en", "Our network invites local employers to offer one internship each this summer.", True),
    ("en", "The undersigned organisations call upon the city council to keep the shelter open.", True),
    ("en", "Amnesty International calls for the immediate release of the detained journalists.", True),
    ("en", "CAIR urges mosque boards to report every threat to the police.", True),
    ("fr", "Le réseau Solidarité Quartiers invite les parents à une réunion jeudi soir.", True),
    ("fr", "L’association exhorte les élus à rouvrir le centre social avant l’hiver.", True),
    ("fr", "Les syndicats réclament l’ouverture immédiate de négociations.", True),
    ("fr", "Le comité demande au recteur la création de deux postes de médiateur.", True),
    ("ar", "تدعو الشبكة أولياء الأمور إلى حضور اجتماع المدرسة يوم الخميس.", True),
    ("ar", "ويطالب الائتلاف وزارة التربية بفتح أقسام جديدة في الأحياء الشعبية.", True),
    ("ar", "وتحث المنظمة الشباب على التسجيل في القوائم الانتخابية.", True),
    # A story told in the present, a reported past call, a figure of speech: no asks.
    ("en", "Every evening my grandmother asks me to read her the news.", False),
    ("en", "The situation calls for patience, my teacher used to say.", False),
    ("en", "Parents ask teachers to listen more.", False),
    ("en", "Last year the association called on its members to vote.", False),
    ("fr", "Le directeur de l’association m’invite à déjeuner tous les vendredis.", False),
    ("fr", "Mon père appelle sa sœur à Casablanca chaque dimanche.", False),
    ("fr", "Amina invite ses voisines à dîner le vendredi.", False),
    ("fr", "ATD Quart Monde invite les familles à témoigner devant les élus.", True),
    ("fr", "En 2019, le collectif avait appelé les habitants à manifester.", False),
    ("ar", "ودعا السفير المشاركين إلى التفكير في دورهم داخل مجتمعاتهم.", False),
    ("ar", "إن ارتفاع نسبة البطالة يدعو إلى القلق.", False),
    ("ar", "كانت أمي تدعوني إلى الطعام كل مساء.", False),
]


@pytest.mark.parametrize(("language", "text", "is_ask"), THIRD_PERSON_CALLS)
def test_third_person_calls_by_an_organisation_are_asks(language: str, text: str, is_ask: bool):
    assert bool(findings_of(text, language)) == is_ask


# (language, sentence, is an ask): what the teller or their organisation will do is a plan.
PLANS_OR_ASKS = [
    ("en", "Stand Together will provide tutoring and weekend workshops for two years.", False),
    ("en", "Open Hands Foundation has opened a second food bank.", False),
    ("en", "Reach Out Network is launching a helpline in March.", False),
    ("en", "Help is on the way for the families of Elm Street.", False),
    ("en", "We will provide meals, transport and childcare for every volunteer.", False),
    ("en", "The council decides next Thursday, March 14.", False),
    ("en", "Our first meeting was on Friday, May 3, in the library.", False),
    ("en", "March with us on Sunday from the station to the town hall.", True),
    ("en", "Next month we will invite parents to an open day at the school.", False),
    ("en", "I ask you to provide one hour a week to tutor a child.", True),
    ("en", "Who will join us on Saturday at the library?", True),
    ("en", "Support the fund at openhands.org before Friday.", True),
    ("en", "Tonight I will ask you to do one thing: sign the pledge.", True),
    ("fr", "L’association proposera des ateliers d’écriture aux collégiens dès janvier.", False),
    ("fr", "Nous offrirons un goûter à tous les enfants du quartier.", False),
    ("fr", "Le collectif organisera une marche blanche samedi.", False),
    ("fr", "Nous allons inviter les parents à la fête de l’école en juin.", False),
    ("fr", "Je vous demande de proposer une heure par semaine à un jeune du quartier.", True),
    ("ar", "ستوفر الجمعية ورشات تدريبية للشباب طوال السنة.", False),
    ("ar", "سندعو الأهالي إلى حفل الافتتاح في شهر مايو.", False),
    ("ar", "وستدعو الجمعية الشركاء إلى لقاء تقييمي في نهاية البرنامج.", False),
    ("ar", "وسوف تدعو الشبكة المتطوعين إلى دورة تدريبية في الخريف.", False),
    ("ar", "سأدعوكم غداً إلى زيارة المكتبة.", True),
    ("ar", "أطلب منكم أن توفروا ساعة واحدة في الأسبوع لشاب من الحي.", True),
]


# (language, sentence, is an ask): an organisation whose name opens with an imperative
# ("Stop AAPI Hate", « Osez le Féminisme ») reports what it counted; Arabic writes no
# capitals, and such a name there is quoted or led by جمعية (guards).
NAMES_THAT_REPORT = [
    ("en", "Stop AAPI Hate received more than 11,000 reports of hate incidents in two years.", False),
    ("en", "Stop Hate for Kids reported 300 calls last year.", False),
    ("en", "Help Portrait Project found that 40% of the families had no photo of their children.", False),
    ("en", "Join the March for Our Lives on Saturday at 10 a.m. at City Hall.", True),
    ("en", "Stop the Hate by signing the pledge at the library on Friday.", True),
    # "reports", "records" after a name are nouns here, not an organisation reporting.
    ("en", "Send the Mayor reports of every broken streetlight by Friday.", True),
    ("en", "Email the City Council records of every eviction on your block by March 1.", True),
    ("fr", "Osez le Féminisme a recensé 120 plaintes dans le département en 2023.", False),
    ("fr", "Stop Violences Femmes Paris a reçu 3 000 appels l’an dernier.", False),  # a control
    ("fr", "Rejoignez la Marche a 14h devant la mairie.", True),
    ("fr", "Rejoignez Amnesty International samedi à 10 h devant la gare.", True),
    ("ar", "جمعية أوقفوا الكراهية تلقت أكثر من 11 ألف بلاغ خلال عامين.", False),
    ("ar", "تلقت جمعية \"أوقفوا الكراهية\" أكثر من 11 ألف بلاغ خلال عامين.", False),
    ("ar", "انضموا إلى مسيرة السبت على الساعة العاشرة أمام البلدية.", True),
    # Maghrebi imperatives and requests: "come", "bring", "we are waiting for you"; not the
    # past "they came".
    ("ar", "اجيو نهار السبت على العشرة لدار الشباب وجيبو معاكم صاحب واحد.", True),
    ("ar", "نستناوكم نهار الأحد على الساعة التاسعة قدام الجامع.", True),
    ("ar", "جاو نهار السبت على العشرة لدار الشباب.", False),
]


@pytest.mark.parametrize(("language", "text", "is_ask"), NAMES_THAT_REPORT)
def test_a_name_opening_with_an_imperative_is_no_ask(language: str, text: str, is_ask: bool):
    assert bool(findings_of(text, language)) == is_ask


@pytest.mark.parametrize(("language", "text", "is_ask"), PLANS_OR_ASKS)
def test_plans_of_the_teller_are_not_asks(language: str, text: str, is_ask: bool):
    assert bool(findings_of(text, language)) == is_ask


# (language, ask, concrete, has vague wording)
GRADES = [
    ("en", "The network calls on all partners to support this important effort and to get involved.",
     False, True),
    ("en", "We call on everyone to get involved in building a safer, more inclusive future.", False, True),
    ("en", "The Alliance urges parents to meet at the town hall on Monday 3 June at 6 p.m.", True, False),
    ("fr", "Le réseau invite chacun à soutenir cette initiative.", False, True),
    ("fr", "L’association appelle les voisins à se rassembler le dimanche 4 mai à 15 h devant la "
     "médiathèque.", True, False),
    ("ar", "وتدعو المنظمة جميع الفاعلين إلى التكاتف ودعم هذه المبادرة.", False, True),
    ("ar", "وتدعو الجمعية الأهالي إلى دعم جهود الوقاية.", False, True),
    ("ar", "تدعو الجمعية الأهالي إلى التجمع أمام مقر البلدية يوم السبت على الساعة العاشرة صباحاً.",
     True, False),
]


@pytest.mark.parametrize(("language", "text", "concrete", "vague"), GRADES)
def test_third_person_asks_are_graded(language: str, text: str, concrete: bool, vague: bool):
    (found,) = findings_of(text, language)
    assert found.ask.concrete == concrete, found.ask.specifics
    assert bool(found.vague) == vague, found.ask.specifics


@pytest.mark.parametrize(
    ("language", "text", "action"),
    [
        ("en", "The network urges residents to register before the deadline.", "register"),
        ("fr", "Le collectif invite les parents à venir samedi.", "venir"),
        ("ar", "تدعو الجمعية الأهالي إلى حضور اللقاء.", "حضور"),
    ],
)
def test_an_organisation_call_says_what_to_do_after_its_link(language: str, text: str, action: str):
    (found,) = findings_of(text, language)
    assert found.ask.specifics.action.startswith(action)


@pytest.mark.parametrize(
    ("language", "text", "concrete"),
    [
        ("en", "We call on the city council to review its housing policy.", False),
        ("en", "We call on the city council to vote on the housing plan on Monday.", True),
        ("fr", "Nous appelons la mairie à revoir sa politique du logement.", False),
        ("fr", "Nous appelons la mairie à voter le plan logement lundi.", True),
        ("ar", "ندعو المجلس البلدي إلى مراجعة سياسة السكن.", False),
        ("ar", "ندعو المجلس البلدي إلى التصويت على خطة السكن يوم الاثنين.", True),
    ],
)
def test_a_place_among_those_called_on_is_who_is_asked_not_where(language: str, text: str, concrete: bool):
    (found,) = findings_of(text, language)
    assert found.ask.concrete == concrete, found.ask.specifics
