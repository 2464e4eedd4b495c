"""Calls to action: which sentences ask, and what makes an ask concrete (en, fr, ar)."""

from __future__ import annotations

import pytest

from narrative_kit import analyze
from narrative_kit.asks import AskData, detect_asks, load_ask_lexicons
from narrative_kit.languages import LanguageDataError, load_language_file
from narrative_kit.text import parse_draft


def asks_of(text: str, language: str):
    return [found.ask for found in detect_asks(parse_draft(text, language))]


# (language, sentence, is an ask)
ASK_OR_NOT = [
    ("en", "Join us on Saturday.", True),
    ("en", "I ask you to call your councillor.", True),
    ("en", "So, come with your children.", True),
    ("en", "Please bring a friend.", True),
    ("en", "Will you join us next week?", True),
    ("en", "We must do more.", True),
    ("en", "It is for us to finish the work.", True),
    ("en", "I joined the club the next week.", False),
    ("en", "They come from Morocco and Congo.", False),
    ("en", "Do you remember that night?", False),
    ("en", "We will gain the inevitable triumph - so help us God.", False),
    ("fr", "Rejoignez-nous samedi.", True),
    ("fr", "Je vous invite à venir samedi.", True),
    ("fr", "Alors, venez avec vos enfants.", True),
    ("fr", "Il faut sensibiliser le public.", True),
    ("fr", "Vous venez souvent ici.", False),
    ("fr", "Nous venons du Mali et du Portugal.", False),
    ("fr", "J’ai rejoint le club la semaine suivante.", False),
    ("ar", "تعالوا يوم السبت.", True),
    ("ar", "ندعوكم إلى الحضور يوم السبت.", True),
    ("ar", "انضموا إلينا في المكتبة.", True),
    ("ar", "يجب أن نبذل المزيد.", True),
    ("ar", "وقد شارك في هذه الورشة زعماء دينيون.", False),
    ("ar", "نحن آباء وأمهات ومعلمون.", False),
    ("ar", "وأنشأوا بشكل مستقل منصة للتواصل.", False),
    # Calls on someone, with the ones called on between the call and its link.
    ("en", "I therefore call on all the parents of this school to come on Monday.", True),
    ("en", "We urge every imam, priest and teacher in this city to speak up.", True),
    ("fr", "Nous appelons tous les élus de la région à venir nous écouter.", True),
    ("fr", "J’invite donc chacun à s’engager.", True),
    ("fr", "Ce que nous appelons radicalisation est un phénomène complexe.", False),
    ("fr", "J’appelle ma mère tous les soirs.", False),
    ("ar", "وفي الختام، ندعو جميع الجهات المعنية إلى الانخراط الفعلي في هذا الورش.", True),
    ("ar", "ندعو الله لكم بالتوفيق.", False),
    # An obligation on everyone, a proposal, a negative imperative: asks with no imperative.
    ("en", "All stakeholders must mobilise urgently to address this situation.", True),
    ("en", "Everyone should keep an eye on the news.", True),
    ("en", "All the lights were off when we came home.", False),
    ("fr", "Il est proposé au conseil d’administration de voter une motion mardi.", True),
    ("fr", "Chacun doit prendre ses responsabilités.", True),
    ("fr", "Chacun avait sa place autour de la table.", False),
    ("ar", "المطلوب أن تتحمل السلطات الجهوية مسؤولياتها كاملة.", True),
    ("ar", "لا تبقوا تنظرون في هواتفكم.", True),
    ("ar", "ما تسكتوش على هذا الظلم.", True),
    ("ar", "لا تزال المشكلة قائمة في حيّنا.", False),
    ("ar", "قالت لي إنها لا تعرف أحداً في الحي.", False),
    # An obligation on a named group: "All members of our local must be present".
    ("en", "All members of our local must be present at the hearing on 9 April at 6 p.m.", True),
    ("en", "All members of our local were present at the hearing on 9 April.", False),
    ("fr", "Tous les membres de notre section doivent être présents à l’audience du 9 avril à 18 h.", True),
    ("fr", "Tous les membres de notre section étaient présents à l’audience du 9 avril.", False),
    ("ar", "على جميع أعضاء النقابة الحضور إلى جلسة الاستماع يوم 9 أبريل على الساعة السادسة مساء.", True),
    ("ar", "حضر جميع أعضاء النقابة جلسة الاستماع يوم 9 أبريل.", False),
    # "It is on all of us, the night workers, to…": the obligation with "all" between.
    ("en", "All of us night workers have to collect a thousand signatures by Friday.", True),
    ("en", "We all have to collect a thousand signatures by Friday.", True),
    ("en", "All I have to offer tonight is my story.", False),
    ("en", "All of us night workers had to collect a thousand signatures that year.", False),
    ("fr", "Nous tous, travailleurs de nuit, devons réunir mille signatures avant vendredi.", True),
    ("fr", "Nous tous, travailleurs de nuit, avons réuni mille signatures en un mois.", False),
    ("ar", "علينا جميعًا، نحن عمال الليل في صفاقس، أن نجمع ألف توقيع قبل يوم الجمعة.", True),
    ("ar", "عملنا جميعًا، نحن عمال الليل في صفاقس، حتى جمعنا ألف توقيع قبل يوم الجمعة.", False),
    # A month that is also a verb, dated by a year: a date, not an order.
    ("en", "March of 1978, a roof fall on the Number 4 section.", False),
    ("en", "March with us on Saturday.", True),
    ("fr", "Mars 1978, un éboulement dans la section numéro 4.", False),
    ("ar", "مارس 1978، انهيار في القسم رقم 4.", False),
    # "I want one clear thing from you": a request, in dialect too (Libyan «نبي منكم»).
    ("en", "I want one clear thing: come to the club on Saturday.", True),
    ("fr", "J’attends de vous une chose claire : venez au club samedi.", True),
    ("ar", "نبي منكم حاجة واضحة: تجيو للنادي يوم السبت.", True),
    ("ar", "بغيت منكم حاجة وحدة: تجيو للنادي نهار السبت.", True),
    ("ar", "نبي نخدم في النادي يوم السبت.", False),
    # «خلّونا» is also "they made us": a complaint, no ask.
    ("ar", "العام الماضي، خلونا نستناو ثلاث ساعات في البلدية وفي الآخر رجعونا للدار.", False),
    # A word of a list in brackets, after its first item, is no call ("(training, work or a
    # language course)"); an aside that opens with a call is one ("(come early!)").
    ("en", "Roughly 40% of young men have no daily activity (training, work or a language course).", False),
    ("en", "On the signs, simple words (hello, share the bread, open your doors).", False),
    ("fr", "Sur les pancartes, des mots simples (bienvenue, partagez le pain, ouvrez vos portes).", False),
    ("ar", "على اللافتات كلمات بسيطة (أهلا، شاركوا الخبز، افتحوا أبوابكم).", False),
    ("en", "The hall opens at nine on Saturday (come early!).", True),
    ("fr", "La salle ouvre à neuf heures samedi (venez tôt !).", True),
    ("ar", "تفتح القاعة على التاسعة يوم السبت (تعالوا باكرًا!).", True),
    # A request to a named body (« au conseil », «من مجلس الجامعة»), not a prayer.
    ("en", "We ask the university council to adopt these recommendations.", True),
    ("fr", "Nous demandons au conseil de l’université d’adopter ces recommandations.", True),
    ("ar", "نرجو من مجلس الجامعة اعتماد هذه التوصيات.", True),
    ("en", "I pray to God to protect our children.", False),
    ("fr", "Je prie Dieu de protéger nos enfants.", False),
    ("ar", "أرجو من الله أن يحفظ أولادنا.", False),
    # What the listener needs to know, said to explain, is no ask; what they need to do is.
    ("en", "Here's what you need to understand about driving a bus.", False),
    ("fr", "Voici ce que vous devez comprendre sur le métier de chauffeur.", False),
    ("ar", "إليكم ما يجب أن تعرفوه عن قيادة الحافلة.", False),
    ("en", "What you need to do is come to the hall on Saturday.", True),
    ("fr", "Ce que vous devez faire, c’est venir samedi à la salle.", True),
    ("ar", "ما يجب أن نفعله هو أن نأتي يوم السبت إلى القاعة.", True),
    # A prayer to God, a question to the mayor: no ask.
    ("fr", "Je demande au Seigneur de nous donner la force.", False),
    ("ar", "نرجو من المولى عز وجل أن يحفظ أولادنا.", False),
    ("en", "Every night I ask God to protect our children.", False),
    ("fr", "Je demande au maire ce qu’il compte faire de ce terrain.", False),
    ("en", "I ask the mayor what he plans to do with this land.", False),
    ("ar", "أسأل رئيس البلدية ماذا ينوي أن يفعل بهذه الأرض.", False),
    # A call in brackets after a condition or a colon is still a call.
    ("en", "The hall opens at nine on Saturday (if you can, come early and bring a dish).", True),
    ("fr", "La salle ouvre à neuf heures samedi (si vous le pouvez, venez tôt et apportez un plat).", True),
    ("ar", "تفتح القاعة على التاسعة يوم السبت (إن استطعتم، تعالوا باكرًا وأحضروا طبقًا).", True),
    ("fr", "L’atelier a lieu samedi à la bibliothèque (pour vous inscrire : appelez Sara).", True),
    # Asking each one present, in dialect too («نبي من كل واحد»).
    ("en", "I ask every stall owner in the market to take one apprentice.", True),
    ("fr", "Je demande à chaque commerçant du marché de prendre un apprenti.", True),
    ("ar", "نبي من كل واحد عنده محل في السوق ياخذ ولد واحد يتعلم عنده.", True),
    # A request to each one present; an aside ("whatever their age") in a call; a title.
    ("ar", "أرجو من كل واحد منكم أن يأتي يوم السبت إلى البلدية ليوقع العريضة.", True),
    ("fr", "Nous appelons tous les habitants, quel que soit leur âge, à venir samedi devant la mairie.", True),
    ("en", "We call on all residents, whatever their age, to come on Saturday to the town hall.", True),
    ("ar", "ندعو كل السكان، مهما كان سنهم، إلى الحضور يوم السبت أمام البلدية.", True),
    ("en", "We ask the Lord Mayor to open the town hall to families on Saturday.", True),
    # A quoted title that asks a question does not make the sentence a question.
    ("en", "Sign up for the workshop \"True or false?\"", True),
    ("fr", "Inscrivez-vous à l’atelier « Vrai ou faux ? »", True),
    ("ar", "سجلوا في ورشة \"صحيح أم خطأ؟\"", True),
    # « Que le conseil vote… »: a demand in the subjunctive opening a motion's line.
    ("fr", "- Que le conseil d’administration vote, le 14 novembre, une enveloppe de 3 200 euros.", True),
    ("fr", "Je sais que le conseil vote toujours contre nous.", False),
    # A request told of the story: its list of verbs after commas is the teller's past words.
    ("en", "I asked him to let me park Bus 47 behind the depot that week, put a tarp over the words, "
           "and let the families paint it over with us on Saturday.", False),
    ("fr", "Je lui ai demandé de me laisser garer le bus derrière le dépôt, mettre une bâche sur les "
           "mots, et laisser les familles le repeindre samedi.", False),
    ("ar", "طلبت منه أن يتركني أركن الحافلة وراء المستودع، وضعوا غطاء على الكلمات، واتركوا العائلات "
           "تطليها معنا يوم السبت.", False),
    # …until the teller speaks again, after a colon.
    ("en", "I asked him to wait a week: now come and paint the bus with us on Saturday.", True),
    ("fr", "Je lui ai demandé d'attendre une semaine : maintenant venez repeindre le bus avec nous samedi.", True),
    ("ar", "طلبت منه أن ينتظر أسبوعا: والآن تعالوا نطلي الحافلة معا يوم السبت.", True),
    # Tunisian "let us" to many: «خلّيونا نوقفو مع بعضنا».
    ("ar", "خلّيونا نوقفو مع بعضنا.", True),
    # A request announced, then said ("My request to you is clear: …"); "we ask that you";
    # a greeting that reads like a duty is none.
    ("en", "My request to you is clear: come to the union hall on Sunday at 10 a.m.", True),
    ("fr", "Ma demande est claire : venez au local du syndicat dimanche à 10 h.", True),
    ("ar", "لذلك عندي طلب واضح: نهار الأحد الجاي، على العشرة ديال الصباح، فمقر النقابة.", True),
    ("ar", "لذا طلبي منكم واضح.", True),
    ("en", "We ask that you listen to us.", True),
    ("fr", "Nous demandons que vous nous écoutiez.", True),
    ("ar", "نطلب إنكم تسمعونا.", True),
    ("en", "Put your hand in ours.", True),
    ("fr", "Mettez votre main dans la nôtre.", True),
    ("ar", "حطّو يدكم في يدنا.", True),
    ("en", "Good evening to all of you.", False),
    ("fr", "Bonsoir à vous tous.", False),
    ("ar", "السلام عليكم جميعا.", False),
]


@pytest.mark.parametrize(("language", "text", "is_ask"), ASK_OR_NOT)
def test_finds_asks(language: str, text: str, is_ask: bool):
    assert bool(asks_of(text, language)) == is_ask


# (language, ask, concrete)
CONCRETE_OR_NOT = [
    ("en", "Come to the community hall on Saturday 14 March at 10 a.m.", True),
    ("en", "Sign our pledge at fairshops.be before 30 September.", True),
    ("en", "Bring twenty volunteers to the mosque tomorrow.", True),
    ("en", "We must all work together for a better future.", False),
    ("en", "It is important to raise awareness.", False),
    ("en", "Join us.", False),
    # Talk with nothing to decide is vague, wherever it is held; a meeting set is not.
    ("en", "Let's start talking about it, in our homes and in our church.", False),
    ("en", "Come and talk about it with the mayor at the town hall on Monday 3 March at 6 p.m.", True),
    ("en", "Come and talk about it with the mayor on 12 March.", True),
    ("fr", "Venez en parler au maire le 12 mars.", True),
    ("fr", "Commençons à en parler, chez nous et à la mosquée.", False),
    ("fr", "Venez en parler avec le maire à la mairie lundi 3 mars à 18 h.", True),
    ("ar", "خلينا نبداو نتكلمو عليه في ديارنا وفي الجامع.", False),
    ("ar", "تعالوا نتكلمو عليه مع رئيس البلدية في البلدية يوم الاثنين 3 مارس على الساعة السادسة مساء.", True),
    ("fr", "Venez à la maison de quartier samedi 21 mars à 14 h.", True),
    ("fr", "Écrivez au maire avant le conseil municipal du 18 mai.", True),
    ("fr", "Il faut que chacun fasse plus pour lutter contre la haine.", False),
    ("fr", "Rejoignez-nous.", False),
    ("ar", "تعالوا إلى مكتبة الحيّ يوم السبت القادم في الساعة العاشرة صباحاً.", True),
    ("ar", "انضموا إلينا يوم الخميس ١٤ مارس في دار الشباب.", True),
    ("ar", "يجب أن نبذل المزيد من الجهود لمكافحة هذه الظاهرة.", False),
    ("ar", "انضموا إلينا.", False),
    ("en", "All members of our local must be present at the hearing on 9 April at 6 p.m.", True),
    ("fr", "Tous les membres de notre section doivent être présents à l’audience du 9 avril à 18 h.", True),
    ("ar", "على جميع أعضاء النقابة الحضور إلى جلسة الاستماع يوم 9 أبريل على الساعة السادسة مساء.", True),
    # A number word in a figure of speech counts nothing; the same word counting people does.
    ("en", "Let us stand together with one voice and one heart against hate.", False),
    ("en", "Let us each bring one neighbour to the library this Saturday.", True),
    ("en", "Be there for one another, like we were there that night.", False),
    ("fr", "Soyez là les uns pour les autres, comme nous l’étions cette nuit-là.", False),
    ("ar", "كونوا سندا لبعضكم، كما كنا تلك الليلة.", False),
    ("fr", "Levons-nous d’une seule voix et d’un seul cœur contre la haine.", False),
    ("fr", "Amenez chacun un ami à la bibliothèque samedi.", True),
    ("ar", "لازم نكونوا كلنا يدا واحدة من أجل غد أجمل لأولادنا.", False),
    ("ar", "أطلب من كل واحد منكم أن يأخذ شابا واحدا معه إلى المكتبة يوم السبت.", True),
    # "I ask you today:" is the day the teller asks, not when to act.
    ("en", "So I ask you today: let us all work together and raise awareness for a better future.", False),
    ("fr", "Alors je vous demande aujourd’hui : travaillons tous ensemble et sensibilisons pour un avenir meilleur.", False),
    ("ar", "لهذا أطلب منكم اليوم: خاصنا نتعاونو كاملين، ونرفعو الوعي عند الشباب.", False),
    ("en", "I ask you today: come to the town hall on Saturday at 10 a.m.", True),
    ("fr", "Je vous demande aujourd’hui : venez à la mairie samedi à 10 h.", True),
    ("ar", "أطلب منكم اليوم: تعالوا إلى البلدية يوم السبت على الساعة العاشرة.", True),
    # …nor is the evening right after the request, before what is asked.
    ("en", "So I ask you tonight, and it is simple.", False),
    ("fr", "Alors ce que je vous demande ce soir, c'est simple.", False),
    ("ar", "أطلب منكم الليلة، والأمر بسيط.", False),
    # …nor the evening the request ends on, with only who is asked before it.
    ("en", "So I'm asking all of you tonight.", False),
    ("fr", "C'est ce que je vous demande à tous ce soir.", False),
    ("ar", "لذلك أطلب منكم جميعا الليلة.", False),
    ("en", "Come to the meeting tonight.", True),
    ("en", "I need you here tonight.", True),
    ("fr", "J'ai besoin de vous tous ici ce soir.", True),
    ("fr", "Venez à la réunion ce soir.", True),
    ("ar", "تعالوا إلى الاجتماع الليلة.", True),
    ("en", "I ask you tonight to come to the town hall on Saturday at 10 a.m.", True),
    ("fr", "Je vous demande ce soir, de venir à la mairie samedi à 10 h.", True),
    ("ar", "أطلب منكم الليلة أن تأتوا إلى البلدية يوم السبت على الساعة العاشرة.", True),
    # A purpose clause says what the ask is for, not where or when to act.
    ("en", "We must improve coordination so that students are not passed from office to office.", False),
    ("fr", "Nous devons améliorer la coordination pour que les étudiants ne soient plus renvoyés "
           "de bureau en bureau.", False),
    ("ar", "يجب أن نحسن التنسيق حتى لا يُحال الطلبة من مكتب إلى مكتب.", False),
    ("en", "Come to the town hall on Saturday so that the council sees us.", True),
    ("fr", "Venez à la mairie samedi pour que le conseil nous voie.", True),
    ("ar", "تعالوا إلى البلدية يوم السبت حتى لا ينسانا المجلس.", True),
    # …up to the next clause: a second ask joined after it keeps its time.
    ("en", "Write to the mayor so that she hears us, and come to the council meeting on Monday at 7 p.m.", True),
    ("fr", "Signez la pétition pour que le maire nous entende, et venez au conseil lundi à 19 h.", True),
    ("ar", "وقعوا العريضة حتى لا ينسانا المجلس، وتعالوا إلى البلدية يوم الاثنين على الساعة السابعة.", True),
    # Being "more human", however soon, is nothing to do.
    ("en", "Let us be more human, simply, starting tomorrow.", False),
    ("fr", "Soyons plus humains, tout simplement, dès demain.", False),
    ("ar", "لنكن أكثر إنسانية، ببساطة، من الغد.", False),
    # Cooperation to strengthen between bodies named is a means, not a place to go.
    ("en", "We must strengthen cooperation between the Sheriff's Office, the school district and the clinics.",
     False),
    ("fr", "Nous devons renforcer la coopération entre la mairie, les écoles et les associations.", False),
    ("ar", "يجب علينا تعزيز التعاون بين مركز الشرطة والمدارس والجمعيات.", False),
    # The day to act, right after the request, is the ask's time (only "tonight," is when it is asked).
    ("en", "We need you tomorrow to paint the bus.", True),
    ("fr", "J'ai besoin de vous samedi matin pour repeindre le bus.", True),
    ("ar", "تعالوا غدا لطلاء الحافلة في المستودع.", True),
    # The teller's own ask after someone's request in the same sentence is an ask.
    ("en", "The mayor asked us to be patient, and I am asking you to be at the council meeting on "
           "Monday at 7 p.m.", True),
    ("fr", "Le maire nous a demandé d'être patients, et moi je vous demande de venir au conseil lundi à 19 h.",
     True),
    ("ar", "طلب منا أن ننتظر، واليوم أطلب منكم أن تأتوا إلى البلدية يوم الاثنين على الساعة السابعة.", True),
    # A report's "we must…" needs more than one of when, where and how much: "beyond the
    # first 90 days" says nothing of what a listener does; a meeting set does, and so does
    # one specific in an imperative.
    ("en", "We must invest in long-term case management beyond the first 90 days.", False),
    ("en", "We must open later on Saturdays.", False),
    ("en", "We must fill the town hall on Monday 3 March at 6 p.m.", True),
    ("en", "Come on Saturday.", True),
    ("fr", "Nous devons financer l'accompagnement au-delà des 90 premiers jours.", False),
    ("fr", "Il faut ouvrir plus tard le samedi.", False),
    ("fr", "Nous devons remplir la salle du conseil lundi 3 mars à 18 h.", True),
    ("fr", "Venez samedi.", True),
    ("ar", "يجب علينا أن نمدد المرافقة إلى ما بعد 90 يوما.", False),
    ("ar", "علينا أن نفتح متأخرين يوم السبت.", False),
    ("ar", "يجب علينا أن نملأ قاعة البلدية يوم الاثنين 3 مارس على الساعة السادسة.", True),
    ("ar", "تعالوا يوم السبت.", True),
    ("en", "We must all come to City Hall.", False),
    ("fr", "Nous devons tous venir à la mairie.", False),
    ("ar", "لا بد من أن نأتي إلى البلدية.", False),
    # "no one" counts no one; "for tomorrow" says what for, not when (blind-32 en-7, fr-4).
    ("en", "Be a voice for those who are afraid to speak. Together we can make this a place where no one has to cry.",
     False),
    ("fr", "Soyons présents, pour eux, pour nous, pour demain.", False),
    ("fr", "Soyez là demain à 18 h à la mairie.", True),
]

NOT_A_SPECIFIC = [  # (language, ask, the specific it does not have): no one, not one; what for
    # "the one who…" is who to be, not how many (blind-37 en-7)
    ("en", "Be the one who opens the door.", "quantity"),
    ("fr", "Soyez celle qui ouvre la porte.", "quantity"),
    ("ar", "كونوا الواحد الذي يفتح الباب.", "quantity"),
    ("en", "Come to the square, and no one stays alone.", "quantity"),
    ("en", "Stand with us at the square for tomorrow.", "time"),
    ("fr", "Soyez là demain, et pas une personne ne doit rester seule.", "quantity"),
    ("fr", "Tendez la main au marché, pour eux et pour demain.", "time"),
    ("ar", "تعالوا إلى السوق، ولا واحدة منكن تبقى وحدها.", "quantity"),
    ("ar", "كونوا معنا في الساحة من أجل غداً.", "time"),
]
SPECIFIC_KEPT = [  # (language, ask, specific, its words): a count or a time that really is one
    ("en", "Call the mayor, and if not, one email to the council is enough.", "quantity", "one email"),
    ("en", "Please register for tomorrow morning at the library.", "time", "tomorrow"),
    ("fr", "Inscrivez-vous pour demain matin à la bibliothèque.", "time", "demain matin"),
    ("ar", "تعالوا إلى البلدية، لا، واحدة من كل عائلة تكفي.", "quantity", "واحدة"),
    ("ar", "سجلوا أسماءكم من أجل غداً على الساعة السادسة في دار الشباب.", "time", "غداً"),
]


@pytest.mark.parametrize(("language", "text", "field", "words"), SPECIFIC_KEPT)
def test_no_one_and_what_for_leave_real_specifics_alone(language: str, text: str, field: str, words: str):
    """Not across punctuation ("if not, one email"), not before the time said in full
    ("for tomorrow morning"): the phrase must be said together, and "for tomorrow" last."""
    (ask,) = asks_of(text, language)
    assert words in (getattr(ask.specifics, field) or ""), ask.specifics


@pytest.mark.parametrize(("language", "text", "field"), NOT_A_SPECIFIC)
def test_no_one_and_what_for_are_no_specifics(language: str, text: str, field: str):
    (ask,) = asks_of(text, language)
    assert getattr(ask.specifics, field) is None, ask.specifics


@pytest.mark.parametrize(("language", "text", "concrete"), CONCRETE_OR_NOT)
def test_grades_concreteness(language: str, text: str, concrete: bool):
    (ask,) = asks_of(text, language)
    assert ask.concrete == concrete, ask.specifics


def test_specifics_quote_the_draft():
    text = ("So I am asking you tonight: come to the community hall on Saturday 14 March at 10 a.m., "
            "and bring one young person with you.")
    (ask,) = asks_of(text, "en")
    assert ask.text == text and (ask.start, ask.end) == (0, len(text))
    assert ask.specifics.action.startswith("come to the community hall")
    assert ask.specifics.time == "Saturday 14 March at 10 a.m."
    assert ask.specifics.place == "community hall"
    assert ask.specifics.quantity == "one young"


def test_arabic_indic_dates_are_times():
    (ask,) = asks_of("انضموا إلينا يوم ١٤ مارس.", "ar")
    assert ask.specifics.time == "١٤ مارس" and ask.concrete


def test_specifics_may_come_from_the_next_sentence():
    (ask,) = asks_of("Join us. We meet every Saturday at 10 a.m. at the community hall.", "en")
    assert ask.concrete and ask.specifics.place == "community hall"


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Volunteer with us. We need 40 mentors by June 1, because one in three of our kids has no adult to call."),
    ("fr", "Devenez tuteurs avec nous. Il nous faut 40 tuteurs avant le 1er juin, car un enfant sur trois n’a "
           "aucun adulte à appeler."),
    ("ar", "كونوا مرشدين معنا. نحتاج 40 مرشدا قبل 1 يونيو، لأن طفلا من كل ثلاثة لا يجد من يتصل به."),
])
def test_the_asks_own_numbers_beside_a_statistic_still_count(language: str, text: str):
    asks = asks_of(text, language)
    assert any("40" in (a.specifics.quantity or "") for a in asks), [a.specifics for a in asks]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Please help us. In 2023, 40% of the young men here had no job."),
    ("fr", "Aidez-nous. En 2023, 40 % des jeunes d’ici n’avaient pas de travail."),
    ("ar", "انضموا إلينا. في 2023 كان 40% من شباب الحي بلا عمل."),
])
def test_a_dated_statistic_after_the_ask_is_no_specific_of_it(language: str, text: str):
    (ask,) = asks_of(text, language)
    assert not ask.concrete and ask.specifics.time is None, ask.specifics


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Sign up to march with us. On 14 March, 300 families will walk to city hall."),
    ("fr", "Inscrivez-vous pour marcher avec nous. Le 14 mars, 300 familles marcheront jusqu’à la mairie."),
    ("ar", "سجلوا أسماءكم للمشاركة في المسيرة. يوم 14 مارس، ستسير 300 عائلة إلى البلدية."),
])
def test_the_day_of_the_event_after_the_ask_is_its_time(language: str, text: str):
    (ask,) = asks_of(text, language)
    assert ask.concrete and ask.specifics.time, ask.specifics



@pytest.mark.parametrize(("language", "text", "asked"), [
    ("en", "What unites us is the respect we owe to our mothers.", False),
    ("fr", "Ce qui nous unit, c’est le respect que nous devons à nos mères.", False),
    ("ar", "ما يجمعنا هو الاحترام الذي ندين به لأمهاتنا.", False),
    ("en", "We must act now.", True),
    ("fr", "Nous devons agir maintenant.", True),
    ("ar", "علينا أن نتحرك الآن.", True),
])
def test_what_we_owe_is_no_ask(language: str, text: str, asked: bool):
    """« nous devons à »: owed, said with the words of "we must"."""
    assert bool(asks_of(text, language)) == asked


@pytest.mark.parametrize(("language", "text", "asked"), [
    ("en", "I ask you what you would have done in my place.", False),
    ("fr", "Quand je demande aux jeunes ce qu’ils veulent, ils haussent les épaules.", False),
    ("ar", "أطلب منكم لماذا تسكتون.", False),
    ("en", "I ask you to tell the mayor what happened, on Saturday at the town hall.", True),
    ("fr", "Je demande donc aux pharmaciennes et aux pharmaciens présents ce soir de s’inscrire avant le 15 avril.", True),
    ("ar", "أطلب منكم أن تقولوا للعمدة ماذا حدث، يوم السبت في البلدية.", True),
    ("en", "So I ask you what you would do if it were your own child going to school from a car.", False),
    ("fr", "Je demande aux élus ce qu’ils comptent faire de ce terrain.", False),
    ("fr", "Alors je vous demande combien de nuits encore ces enfants devront dormir dehors.", False),
    # …and an aside before the act is no question.
    ("fr", "Je demande aux élus, quelle que soit leur couleur politique, de rouvrir le centre avant le 1er juin.", True),
    ("en", "I ask you, whether you are a parent or a teacher, to come to city hall on Monday 3 March at 7pm.", True),
    ("fr", "Je vous demande, quel que soit votre âge, de venir à la mairie lundi 3 mars à 19 h.", True),
    ("ar", "أطلب منكم، مهما كانت أعماركم وكيفما كانت ظروفكم، أن تأتوا إلى البلدية يوم الاثنين 3 مارس.", True),
])
def test_a_request_verb_asking_a_question_is_no_ask(language: str, text: str, asked: bool):
    """« je demande aux jeunes ce qu'ils veulent »: a question asked, not an act; a question
    word after the act's opening word ("to", « de », «أن») is part of the act asked for."""
    assert bool(asks_of(text, language)) == asked


ROUTINE_IN_THE_SELF = {  # what the teller asks of their pupils every week: no ask of the listener
    "en": "I teach fourth grade in Dayton. Every Monday I ask my students to tell me about their weekend.",
    "fr": "Je suis institutrice à Roubaix. Chaque lundi, je demande aux élèves de raconter leur week-end.",
    "ar": "أنا معلمة في الدار البيضاء. كل صباح أطلب من تلاميذي أن يحكوا لي عن يومهم.",
}


ROUTINE_AND_ASK = {  # …but the same sentence turning to "you" tonight is an ask
    "en": "Every Friday since then we have walked the children home, and tonight I ask you to walk with us next Friday at 4 p.m.",
    "fr": ("Chaque vendredi depuis, nous raccompagnons les enfants, et ce soir je vous demande de marcher avec "
           "nous vendredi prochain à 16 h."),
    "ar": ("كل جمعة منذ ذلك اليوم نرافق الأطفال إلى بيوتهم، والليلة أطلب منكم أن تمشوا معنا يوم الجمعة القادم "
           "على الساعة الرابعة."),
}


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_a_routine_of_the_teller_in_the_story_of_self_is_no_ask(language: str):
    """« Chaque lundi, je demande aux élèves de… » in the Story of Self is the teller's
    routine, not an ask of the listener; the Now's ask stays."""
    from tests.test_elements import _with_part

    report = analyze(_with_part(language, "self", ROUTINE_IN_THE_SELF[language]), language=language)
    routine = ROUTINE_IN_THE_SELF[language].split(". ", 1)[1]
    assert report.asks and not any(a.text == routine for a in report.asks), [a.text for a in report.asks]
    report = analyze(_with_part(language, "self", ROUTINE_AND_ASK[language]), language=language)
    assert any(a.text == ROUTINE_AND_ASK[language] for a in report.asks), [a.text for a in report.asks]


@pytest.mark.parametrize(("language", "text", "figure"), [
    ("en", "Join us. Today 40% of the young men on our street have no work.", "40%"),
    ("fr", "Rejoignez-nous. Aujourd’hui, 40 % des jeunes de notre rue n’ont pas de travail.", "40 %"),
    ("ar", "انضموا إلينا. اليوم ٤٠٪ من شباب شارعنا بلا عمل.", "٤٠٪"),
])
def test_a_statistic_after_the_ask_is_no_specific_of_it(language: str, text: str, figure: str):
    """The next sentence may say when and where (above); a figure about the world there
    is not how many to bring, and it stays a fact of the draft."""
    (ask,) = asks_of(text, language)
    assert figure not in (ask.specifics.quantity or ""), ask.specifics
    assert not ask.concrete, ask.specifics
    assert analyze(text, language=language).metrics.fact_share == 0.5


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Let us be the light in the darkness. Rana y3awn kulshi."),
    ("fr", "Soyons la lumière dans l’obscurité. Rana m3akom, kolchi b3adna."),
    ("ar", "لنكن النور في الظلام. Rana m3akom, kolchi b3adna."),
    ("en", "Come and help us, 3afak."),
    ("fr", "Venez nous aider, 3afak, 3la wlidatna."),
    ("ar", "تعالوا ساعدونا، 7na kamlin khwa."),
])
def test_arabic_written_with_digits_counts_nothing(language: str, text: str):
    """Darija in Latin script writes ع as 3 ("y3awn", "m3akom"): no quantity of the ask."""
    (ask,) = asks_of(text, language)
    assert ask.specifics.quantity is None and not ask.concrete, ask.specifics


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The circle is on Wednesdays at 12:30 in room B14. Bring your lunch."),
    ("fr", "Le cercle a lieu mercredi à 12 h 30 à la salle B14. Apportez votre repas."),
    ("ar", "اللقاء يوم الأربعاء على الساعة 12:30 في القاعة ب14. أحضروا غداءكم."),
])
def test_when_and_where_said_just_before_the_ask_make_it_concrete(language: str, text: str):
    (ask,) = asks_of(text, language)
    assert ask.concrete, ask.specifics


@pytest.mark.parametrize(("language", "text"), [
    ("en", "I ask you one clear thing: give one day a month to take a young person out to sea. "
           "We need twenty fishermen. Sign-up is on Saturday 8 June at 10 a.m. at the youth centre."),
    ("fr", "Je vous demande une chose claire : donnez une journée par mois pour emmener un jeune en mer. "
           "Nous cherchons vingt pêcheurs. L’inscription a lieu samedi 8 juin à 10 h à la maison des jeunes."),
    ("ar", "أطلب منكم شيئًا واضحًا: كل صياد يعطي يومًا واحدًا في الشهر ليأخذ معه شابًا إلى البحر. "
           "نحتاج عشرين صيادًا. التسجيل يوم السبت 8 جوان على الساعة العاشرة صباحًا في دار الشباب."),
])
def test_when_and_where_said_two_sentences_after_the_ask_make_it_concrete(language: str, text: str):
    (ask,) = asks_of(text, language)
    assert ask.concrete and ask.specifics.place is not None, ask.specifics


@pytest.mark.parametrize(("language", "text"), [
    # …not a meeting set after a figure that closes the ask's scope.
    ("en", "I ask you one clear thing: give one day a month. One in three boats stays in port. "
           "The fair is on Saturday 8 June at 10 a.m. at the youth centre."),
    ("fr", "Je vous demande une chose claire : donnez une journée par mois. Un bateau sur trois reste "
           "au port. La foire a lieu samedi 8 juin à 10 h à la maison des jeunes."),
    ("ar", "أطلب منكم شيئًا واضحًا: أعطوا يومًا واحدًا في الشهر. قارب من كل ثلاثة يبقى في الميناء. "
           "المعرض يوم السبت 8 جوان على الساعة العاشرة صباحًا في دار الشباب."),
])
def test_a_meeting_set_after_a_statistic_is_not_the_asks(language: str, text: str):
    (ask,) = asks_of(text, language)
    assert ask.specifics.place is None, ask.specifics


@pytest.mark.parametrize(("language", "text"), [
    # …nor another event two sentences on, with its own day and place.
    ("en", "Please join our campaign for safe crossings. We have waited long enough. Last year the "
           "council met on Tuesday 8 June at 6 p.m. at the town hall and voted no."),
    ("fr", "Rejoignez notre campagne pour des passages piétons sûrs. Nous avons assez attendu. L'an "
           "dernier, le conseil s'est réuni le mardi 8 juin à 18 h à la mairie et a voté contre."),
    ("ar", "أطلب منكم شيئًا واحدًا: أعطوا يومًا واحدًا في الشهر لتأخذوا شابًا إلى البحر. قواربنا "
           "أصبحت قديمة. مهرجان السمك يوم السبت 8 جوان على الساعة العاشرة صباحًا في دار الشباب."),
])
def test_another_event_two_sentences_on_is_not_the_asks(language: str, text: str):
    (ask,) = asks_of(text, language)
    assert ask.specifics.place is None and not ask.concrete, ask.specifics


@pytest.mark.parametrize(("language", "text"), [
    ("en", "1. We must strengthen coordination between all the actors concerned."),
    ("fr", "1. Il faut renforcer la coordination entre tous les acteurs concernés."),
    ("ar", "1. يجب على وزارة العدل تعزيز الرقابة القضائية على جميع أماكن الاحتجاز."),
    ("ar", "3. يجب علينا العمل على رفع الوعي القانوني لدى الأسر والشباب."),
    # Dash and degree numbering, and a list said inline.
    ("en", "1- We must strengthen coordination between all the actors concerned."),
    ("fr", "1° Il faut renforcer la coordination entre tous les acteurs concernés."),
    ("fr", "1- Il faut renforcer la coordination entre tous les acteurs concernés."),
    ("ar", "١- يجب علينا العمل على رفع الوعي القانوني لدى الأسر والشباب."),
    ("en", "We ask you three things: 1) come to our meetings, 2) sign the petition, 3) talk to your neighbours."),
    ("fr", "Je vous demande deux choses : 1) venez aux réunions, 2) signez la pétition."),
    ("ar", "أطلب منكم شيئين: 1) احضروا الاجتماعات، 2) وقعوا العريضة."),
])
def test_a_list_items_number_is_no_quantity(language: str, text: str):
    (ask,) = asks_of(text, language)
    assert ask.specifics.quantity is None and not ask.concrete, ask.specifics


@pytest.mark.parametrize(("language", "text"), [
    # A count in brackets is a count, not a list item.
    ("en", "Please recruit volunteers for the night shelter (we need 20)."),
    ("fr", "Venez aider à l'abri de nuit (il nous en faut 20)."),
    ("ar", "تعالوا ساعدونا في مأوى الليل (نحتاج 20)."),
])
def test_a_count_in_brackets_is_still_a_quantity(language: str, text: str):
    (ask,) = asks_of(text, language)
    assert ask.specifics.quantity is not None, ask.specifics


@pytest.mark.parametrize(("language", "text"), [
    ("en", "1. Bring 20 volunteers to the youth centre."),
    ("fr", "1. Amenez 20 bénévoles à la maison des jeunes."),
    ("ar", "1. أحضروا 20 متطوعا إلى دار الشباب."),
])
def test_a_count_inside_a_list_item_still_counts(language: str, text: str):
    (ask,) = asks_of(text, language)
    assert ask.specifics.quantity is not None and ask.concrete, ask.specifics


@pytest.mark.parametrize(("language", "text"), [
    ("en", "In 2019, in Tunis, the flood took everything. Join us."),
    ("fr", "En 2019, à Tunis, l’inondation a tout emporté. Rejoignez-nous."),
    ("ar", "في سنة 2019، في مدينة تونس، جرف الفيضان كل شيء. انضموا إلينا."),
])
def test_a_dated_story_just_before_the_ask_does_not_make_it_concrete(language: str, text: str):
    (ask,) = asks_of(text, language)
    assert not ask.concrete, ask.specifics


def test_one_ask_per_sentence_and_many_sentences_many_asks():
    assert len(asks_of("Join us, sign the petition and call your MP.", "en")) == 1
    assert len(asks_of("Join us. Sign the petition. Call your MP.", "en")) == 3


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_ask_data_loads_and_is_strict(language: str):
    lexicons = load_ask_lexicons(language)
    assert len(lexicons.requests) and len(lexicons.imperatives) and len(lexicons.vague_actions)
    with pytest.raises(LanguageDataError):
        load_language_file(language, "language.toml", AskData)  # unknown keys are errors


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", 'That night the man at the door shouted at me: "Get out of here!" and I left.'),
        ("fr", "Ce soir-là, l’homme m’a crié : « Sortez d’ici ! » et je suis parti."),
        ("ar", "صرخ الرجل في وجهي: «أحضروا لي شخصاً آخر!» ثم خرج."),
        # …a quote that runs over two sentences, too.
        ("en", "I went back with two buckets and said to him: “Come on, kid. You and I are going to scrub it off.”"),
        ("fr", "J’ai été chercher deux seaux et je lui ai dit : « Allez, m’fi. C’est nous deux qui allons l’enlever. »"),
        ("ar", "رجعت بسطلين وقلت له: «تعال يا ولدي. أنا وأنت سننظفه معا.»"),
        # …and the sentences in the middle of a quote, in any quotation marks.
        ("en", 'He said: "Come on, son. Take the sponge. We are going to scrub it off."'),
        ("fr", "Il a dit : « Allez, les enfants. Venez m’aider. C’est nous qui allons l’enlever. »"),
        ("ar", "قال لهم: «هيا يا أولاد. تعالوا ساعدوني. نحن من سيزيله.»"),
    ],
)
def test_quoted_orders_inside_a_story_are_not_asks(language, text):
    assert analyze(text, language=language).asks == []


# Quotes and the asks beside them: the one ask the draft makes, outside every quote.
QUOTES_AND_ASKS = [
    ("en", "I said to him: “Come on, kid. We'll scrub it.” Come to the stadium on Sunday at 6 p.m.",
     "Come to the stadium on Sunday at 6 p.m."),
    ("fr", "Je lui ai dit : « Allez, m’fi. On va l’enlever. » Venez au stade dimanche à 18 h.",
     "Venez au stade dimanche à 18 h."),
    ("ar", "قلت له: «تعال يا ولدي. سننظفه معا.» تعالوا إلى الملعب يوم الأحد على الساعة السادسة.",
     "تعالوا إلى الملعب يوم الأحد على الساعة السادسة."),
    # A quotation mark left open at the end of its paragraph quotes nothing.
    ("en", "“Come to the town hall on Saturday 14 March at 10 a.m.\n\nWe will be there.",
     "“Come to the town hall on Saturday 14 March at 10 a.m."),
    ("fr", "« Venez samedi 14 mars à 10 h à la mairie.\n\nNous serons là.", "« Venez samedi 14 mars à 10 h à la mairie."),
    # A closing mark with nothing open (right-to-left typing) opens nothing.
    ("ar", "إذن تعالوا يوم السبت إلى البلدية وقولوا للعمدة »نحن هنا«.",
     "إذن تعالوا يوم السبت إلى البلدية وقولوا للعمدة »نحن هنا«."),
    # A speech over paragraphs: each opens with the mark, only the last one closes.
    ("en", "He told us:\n\n“Stand up at every meeting. Speak first.\n\n“And never let them tell you to go home.”"
           "\n\nCome to the town hall on Saturday at 10 a.m.", "Come to the town hall on Saturday at 10 a.m."),
    ("fr", "Il nous a dit :\n\n« Levez-vous à chaque réunion. Parlez les premiers.\n\n« Et ne les laissez jamais "
           "vous dire de rentrer chez vous. »\n\nVenez à la mairie samedi à 10 h.", "Venez à la mairie samedi à 10 h."),
    # Right-to-left typing, twice in a paragraph: »…« pairs the other way round.
    ("ar", "قالت لي أمي »لا تخافي«. تعالوا معنا يوم السبت 14 مارس إلى البلدية. »معا نستطيع«.",
     "تعالوا معنا يوم السبت 14 مارس إلى البلدية."),
    # A stray closer before ordinary quotes pairs nothing the other way round.
    ("en", "”Stay with me,” my mother said. Join us at the school on Saturday at 10.",
     "Join us at the school on Saturday at 10."),
    ("fr", "» Reste avec moi », m’a dit ma mère. Rejoignez-nous à l’école samedi à 10 h.",
     "Rejoignez-nous à l’école samedi à 10 h."),
    # A mark left open mid-paragraph quotes to the end of its sentence, and is not carried
    # into the next paragraph.
    ("en", "My mother always said “be brave. So please join us on Saturday at 10 at the school.",
     "So please join us on Saturday at 10 at the school."),
    ("fr", "Ma mère disait toujours « sois courageux. Alors rejoignez-nous samedi à 10 h à l’école.",
     "Alors rejoignez-nous samedi à 10 h à l’école."),
    ("ar", "قالت أمي دائما «كن شجاعا. تعالوا معنا يوم السبت على الساعة العاشرة إلى المدرسة.\n\n«معا نستطيع» كتبت "
           "في آخر بطاقة.", "تعالوا معنا يوم السبت على الساعة العاشرة إلى المدرسة."),
]


@pytest.mark.parametrize(("language", "text", "ask"), QUOTES_AND_ASKS)
def test_the_ask_outside_the_quotes_is_the_one_found(language, text, ask):
    """A quote over two sentences or paragraphs holds no ask, the ask after it is one; a
    stray or reversed quotation mark hides none."""
    assert [a.text for a in analyze(text, language=language).asks] == [ask]


REPORTED_ORDERS = {  # someone else's order reported after "that": no ask of the teller's
    "en": "A man stood in front of us and started to shout that we should go back home.",
    "fr": "C’était la vidéo d’un homme qui disait que les mères doivent tout quitter.",
    "ar": "وقف رجل أمامنا وقال إن علينا أن نعود إلى بلادنا.",
}
TELLER_ORDERS = {  # the teller's own ask after a report still counts
    "en": "He said that nothing would change. Come to the town hall on Monday at 7 p.m.",
    "fr": "Il a dit que rien ne changerait. Venez à la mairie lundi à 19 h.",
    "ar": "قال إن شيئاً لن يتغير. تعالوا إلى البلدية يوم الإثنين على الساعة السابعة.",
}


HANDED_BACK = {  # the teller speaks again after the report, in the same sentence: an ask
    "en": "The mayor said that nothing can be done, so come to the council meeting on Tuesday at 7 p.m.",
    "fr": "Le maire a dit que rien ne changerait : venez au conseil mardi à 19 h.",
    "ar": "قال إن شيئا لن يتغير، فتعالوا إلى البلدية يوم الثلاثاء على الساعة السابعة.",
}


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_orders_reported_after_that_are_not_asks(language):
    assert analyze(REPORTED_ORDERS[language], language=language).asks == []
    asks = analyze(TELLER_ORDERS[language], language=language).asks
    assert [a.text for a in asks] == [TELLER_ORDERS[language].split(". ", 1)[1]]
    assert len(analyze(HANDED_BACK[language], language=language).asks) == 1


DUTY_ON_SOMEONE_ELSE = {  # a duty laid on "he", "she" or "it" in the story: no ask
    "en": "But today my heart is too full and it has to speak.",
    "fr": "Mais aujourd’hui mon cœur est trop plein et il faut qu’il parle.",
    "ar": "لكن اليوم قلبي ممتلئ ويجب أن يتكلم.",
}
DUTY_ON_US = {  # …a duty laid on "us" or on a body named: an ask
    "en": "We must all be at the town hall on Monday at 6 p.m.",
    "fr": "Il faut que la mairie rouvre la salle lundi.",
    "ar": "يجب علينا جميعا أن نكون أمام البلدية يوم الإثنين على الساعة السادسة.",
}


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_a_duty_laid_on_someone_in_the_story_is_not_an_ask(language):
    assert analyze(DUTY_ON_SOMEONE_ELSE[language], language=language).asks == []
    assert [a.text for a in analyze(DUTY_ON_US[language], language=language).asks] == [DUTY_ON_US[language]]
    if language == "fr":  # « il » impersonal: still an ask
        text = "Il faut qu’il y ait un médiateur dans chaque collège dès la rentrée."
        assert [a.text for a in analyze(text, language="fr").asks] == [text]


STORY_ASK = {  # an ask the teller once made to someone in the story, between two past sentences
    "en": ("In March 2019 I went back to the burnt garden behind the school. I asked the boys: do you "
           "want to earn five dinars a day? Help me clean and plant. I paid them from my own salary "
           "for two months."),
    "fr": ("En mars 2019, je suis retourné au jardin brûlé derrière l’école. J’ai demandé aux garçons : "
           "vous voulez gagner cinq dinars par jour ? Aidez-moi à nettoyer et à planter. Je les ai payés "
           "avec mon propre salaire pendant deux mois."),
    "ar": ("في مارس 2019 عدت إلى الحديقة المحروقة خلف المدرسة. سألت الأولاد: هل تريدون أن تربحوا "
           "خمسة دنانير في اليوم؟ تعالوا ساعدوني في التنظيف والغرس. دفعت لهم من راتبي شهرين."),
}
ASK_BETWEEN_PASTS = {  # the teller turns to the listener mid-story: an ask
    "en": ("In 2018 my son was stopped by the police four times in one month. I went to the station "
           "every time. So I ask you to write to the mayor before Friday. I wrote to him too, and he "
           "answered me within a week."),
    "fr": ("En 2018, mon fils a été contrôlé quatre fois en un mois. Je suis allée au commissariat à "
           "chaque fois. Alors je vous demande d’écrire au maire avant vendredi. Je lui ai écrit "
           "aussi, et il m’a répondu en une semaine."),
    "ar": ("في 2018 أوقفت الشرطة ابني أربع مرات في شهر واحد. ذهبتُ أنا إلى المركز كل مرة. لذلك أطلب "
           "منكم أن تكتبوا إلى العمدة قبل يوم الجمعة. كتبتُ أنا أيضا إليه، فأجابني في أسبوع."),
}
STORY_ASK_US = {
    "en": "We in this town are people of gardens: we share the fruit of our trees with our neighbours.",
    "fr": "Dans cette ville, nous sommes des gens de jardins : nous partageons les fruits de nos arbres avec nos voisins.",
    "ar": "نحن في هذه المدينة أهل حدائق: نتقاسم ثمار أشجارنا مع جيراننا.",
}
STORY_ASK_NOW = {
    "en": "The council votes on 12 May to sell the garden. Come to the town hall on 12 May at 6 p.m.",
    "fr": "Le conseil vote le 12 mai la vente du jardin. Venez à la mairie le 12 mai à 18 h.",
    "ar": "يصوت المجلس يوم 12 ماي على بيع الحديقة. تعالوا إلى البلدية يوم 12 ماي على الساعة السادسة مساء.",
}


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_an_ask_made_to_someone_in_the_story_is_not_an_ask_of_the_listener(language):
    """"I asked the boys: …? Help me clean and plant. I paid them…": said in the story."""
    draft = f"{STORY_ASK[language]}\n\n{STORY_ASK_US[language]}\n\n{STORY_ASK_NOW[language]}"
    report = analyze(draft, language=language)
    assert [s.part for s in report.sections] == ["self", "us", "now"]
    assert [a.text for a in report.asks] == [STORY_ASK_NOW[language].split(". ", 1)[1]]
    # An ask to the listener between two past sentences, with no speech opened, stays.
    told = f"{ASK_BETWEEN_PASTS[language]}\n\n{STORY_ASK_US[language]}\n\n{STORY_ASK_NOW[language]}"
    asks = [a.text for a in analyze(told, language=language).asks]
    assert ASK_BETWEEN_PASTS[language].split(". ")[2] + "." in asks, asks


INSTRUCTED_IN_THE_STORY = {  # what the teller was told to do at work: orders quoted, no ask
    "en": ("I have carried Route 2 for nineteen years. On the morning of January 11, 2022, I came around "
           "the bend and I saw the mailbox lying in the ditch. I sat in the truck with my hands on the "
           "wheel. We're told not to get involved. Deliver the mail, report the damage, move on. I had "
           "300 boxes still to go. I got out anyway."),
    "fr": ("Je fais la tournée 2 depuis dix-neuf ans. Le matin du 11 janvier 2022, j'ai pris le virage et "
           "j'ai vu la boîte aux lettres dans le fossé. Je suis restée dans le camion, les mains sur le "
           "volant. On nous dit de ne pas nous en mêler. Distribuez le courrier, signalez les dégâts, "
           "continuez. J'avais encore 300 boîtes à faire. Je suis descendue quand même."),
    "ar": ("أوزع البريد في هذا الخط منذ تسعة عشر عاما. صباح 11 يناير 2022 وصلت إلى المنعطف ورأيت صندوق "
           "البريد ملقى في الخندق. جلست في الشاحنة ويداي على المقود. قالوا لنا لا تتدخلوا. وزعوا "
           "البريد، بلّغوا عن الضرر، واكملوا الطريق. كان أمامي 300 صندوق. لكنني نزلت."),
}
INSTRUCTED_THEN_ASKED = {  # …the teller's own ask after such a rule, the story not going on, stays
    "en": "We're told not to get involved. Come to the post office on Saturday at 10 a.m. We will be there.",
    "fr": "On nous dit de ne pas nous en mêler. Venez à la poste samedi à dix heures. Nous serons là.",
    "ar": "قالوا لنا لا تتدخلوا. تعالوا إلى مكتب البريد يوم السبت على الساعة العاشرة. سنكون هناك.",
}


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_orders_the_teller_was_given_in_the_story_are_no_ask(language):
    draft = f"{INSTRUCTED_IN_THE_STORY[language]}\n\n{STORY_ASK_US[language]}\n\n{STORY_ASK_NOW[language]}"
    report = analyze(draft, language=language)
    assert [a.text for a in report.asks] == [STORY_ASK_NOW[language].split(". ", 1)[1]]
    asked = [a.text for a in analyze(INSTRUCTED_THEN_ASKED[language], language=language).asks]
    assert any(a.startswith(INSTRUCTED_THEN_ASKED[language].split(". ")[1]) for a in asked), asked


PAST_ORDERS_IN_THE_STORY = {  # orders said or thought then, in a sentence of the teller's past
    "en": ("On the night of January 30, 2019, it was twenty-eight below zero. A woman called from the "
           "dialysis center on Chicago Avenue. My boss said, don't send anyone, it's too dangerous. I "
           "wanted to hang up, finish my shift and go home. I got on the radio instead."),
    "fr": ("La nuit du 30 janvier 2019, il faisait moins vingt-huit. Une dame a appelé depuis le centre "
           "de dialyse de l'avenue Louise. Mon patron m'a dit : n'envoie personne, c'est trop dangereux. "
           "J'ai voulu raccrocher, finir mon service et rentrer chez moi. J'ai pris la radio à la place."),
    "ar": ("ليلة 30 يناير 2019 كانت الحرارة ثماني وعشرين تحت الصفر. اتصلت امرأة من مركز غسيل الكلى في "
           "شارع شيكاغو. قال لي المدير: لا ترسل أحدا، الأمر خطير جدا. أردت أن أغلق الخط، وأكمل نوبتي، "
           "وأعود إلى البيت. لكنني أمسكت الراديو."),
}


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_orders_in_a_sentence_of_the_tellers_past_are_no_ask(language):
    """"My boss said, don't send anyone" (blind-60 en-8, a draft with no Story of Now): what was
    said then, in the Story of Self, is no ask of the listener; "So I ask you…" still is."""
    draft = f"{PAST_ORDERS_IN_THE_STORY[language]}\n\n{STORY_ASK_US[language]}\n\n{STORY_ASK_NOW[language]}"
    report = analyze(draft, language=language)
    assert [s.part for s in report.sections] == ["self", "us", "now"]
    assert [a.text for a in report.asks] == [STORY_ASK_NOW[language].split(". ", 1)[1]]


@pytest.mark.parametrize(
    "text",
    [
        "وندعو السلطات المحلية إلى فتح مركز للشباب في الحي قبل نهاية العام.",
        "فلنقم جميعاً بدورنا.",
    ],
)
def test_arabic_calls_on_others_and_first_person_plural_imperatives_are_asks(text):
    assert len(analyze(text, language="ar").asks) == 1


@pytest.mark.parametrize(
    ("language", "text", "action"),
    [
        ("en", "We call on the mayor and the council to open the youth centre on Sundays.", "open"),
        ("fr", "Nous appelons le maire et le conseil municipal à ouvrir la maison de quartier.", "ouvrir"),
        ("ar", "ندعو رئيس البلدية وأعضاء المجلس إلى فتح دار الشباب يوم الأحد.", "فتح"),
    ],
)
def test_a_call_on_others_says_what_to_do_after_its_link(language: str, text: str, action: str):
    (ask,) = asks_of(text, language)
    assert ask.specifics.action.startswith(action)


LISTED_ASK = {  # an ask ending with a colon, and the list that says it
    "en": ("The budget is voted on 9 April. It is proposed to the town council:\n"
           "- to put 9,500 euros in the budget for a youth worker;\n"
           "- to sign the agreement with the neighbouring towns before 30 June.\n", "to put 9,500 euros"),
    "fr": ("Le budget est voté le 9 avril. Il est proposé au conseil municipal :\n"
           "- d’inscrire au budget la somme de 9 500 € pour un animateur ;\n"
           "- de signer la convention avec les communes voisines avant le 30 juin.\n", "d’inscrire au budget"),
    "ar": ("يُصوَّت على الميزانية يوم 9 أبريل. نرجو من المجلس البلدي ما يلي:\n"
           "- رصد مبلغ 9500 يورو في الميزانية لتوظيف منشط؛\n"
           "- توقيع الاتفاقية مع البلديات المجاورة قبل 30 يونيو.\n", "رصد مبلغ 9500 يورو"),
}
RECOMMENDATIONS_LISTED = {  # …not a list of whole sentences, each a recommendation of its own
    "en": ("Our schools have lacked support for years. We must act on several fronts:\n"
           "1. The ministry must provide a counsellor in every primary school by 30 June.\n"
           "2. Training must be organised for 300 teachers.\n"),
    "fr": ("Nos écoles manquent d’accompagnement depuis des années. Nous devons agir sur plusieurs axes :\n"
           "1. Le ministère doit fournir un psychologue dans chaque école primaire avant le 30 juin.\n"
           "2. Des formations doivent être organisées pour 300 enseignants.\n"),
    "ar": ("مدارسنا تعاني منذ سنوات من نقص كبير في المرافقة. يجب علينا العمل على المحاور التالية:\n"
           "1. يجب على وزارة التربية توفير أخصائي نفسي في كل مدرسة ابتدائية قبل 30 يونيو.\n"
           "2. يجب تنظيم دورات تدريبية لـ300 معلم.\n"),
}


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_the_list_after_an_ask_ending_with_a_colon_says_what_it_asks(language: str):
    text, action = LISTED_ASK[language]
    (ask,) = asks_of(text, language)
    assert ask.concrete and ask.specifics.action.startswith(action)


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_a_list_of_whole_recommendations_is_not_the_asks_specifics(language: str):
    first = asks_of(RECOMMENDATIONS_LISTED[language], language)[0]
    assert first.text.rstrip().endswith(":") and not first.concrete


ASKED_BODY = {  # the body asked is who acts, not where: a vague ask
    "en": "We ask the school to let the mothers in.",
    "fr": "Nous demandons au collège de recevoir les parents.",
    "ar": "نرجو من المدرسة أن تسمح للأمهات بالدخول.",
}


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_the_body_asked_is_no_place_of_the_ask(language: str):
    (ask,) = asks_of(ASKED_BODY[language], language)
    assert not ask.concrete and ask.specifics.place is None


OWN_TIME_THEN_LIST = {  # an ask that says its own time: the list after its colon is who comes
    "en": ("We call on everyone to join the vigil on Friday at 7 pm outside the mosque:\n"
           "- parents, teachers and youth workers from the neighbourhood\n"
           "- shopkeepers from the high street\n", "join the vigil"),
    "fr": ("Nous appelons chacun à rejoindre la veillée vendredi à 19 h devant la mosquée :\n"
           "- les parents, les enseignants et les animateurs du quartier\n"
           "- les commerçants de la grand-rue\n", "rejoindre la veillée"),
    "ar": ("ندعو الجميع إلى الوقفة يوم الجمعة على الساعة السابعة مساء أمام المسجد:\n"
           "- الأولياء والمعلمون ومنشطو الحي\n"
           "- تجار الشارع الكبير\n", "الوقفة"),
}


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_an_ask_that_says_its_own_time_keeps_its_action(language: str):
    text, action = OWN_TIME_THEN_LIST[language]
    (ask,) = asks_of(text, language)
    assert action in ask.specifics.action and ask.specifics.time is not None


PLACES_ONLY_LISTED = {  # recommendations listed after a colon, naming only places: vague
    "en": ("In the light of the above, we must act as follows:\n– strengthen the means of the library;\n"
           "– develop partnerships with cultural associations.\n"),
    "fr": ("Au regard de ce qui précède, nous devons agir ainsi :\n– renforcer les moyens de la bibliothèque ;\n"
           "– développer les partenariats avec les associations culturelles.\n"),
    "ar": ("بناء على ما سبق، نرجو من الإدارة ما يلي:\n– تعزيز وسائل المكتبة؛\n"
           "– تطوير الشراكات مع الجمعيات الثقافية.\n"),
}


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_a_list_that_names_only_places_is_no_concrete_ask(language: str):
    asks = asks_of(PLACES_ONLY_LISTED[language], language)
    assert asks and not any(a.concrete for a in asks)


LEAD_INS = {  # "We must:" on its own line above a list: (above infinitives, above asks of their own)
    "en": ("Recommendations\n\nWe must:\n- reduce overcrowding;\n- train more staff.\n",
           "We must:\n- come to the town hall on Monday 3 March at 6 p.m.;\n- call the mayor on Friday at 9 a.m.\n"),
    "fr": ("Recommandations\n\nNous devons :\n- réduire la surpopulation ;\n- renforcer les effectifs.\n",
           "Nous devons :\n- venez à la mairie lundi 3 mars à 18 h ;\n- appelez le maire vendredi à 9 h.\n"),
    "ar": ("التوصيات\n\nيجب علينا:\n- تقليص الاكتظاظ؛\n- تعزيز عدد الموظفين.\n",
           "يجب علينا:\n- تعالوا إلى البلدية يوم الاثنين 3 مارس على الساعة السادسة؛\n- اتصلوا بالعمدة يوم الجمعة.\n"),
}


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
@pytest.mark.parametrize("items_ask", [False, True])
def test_a_lead_in_above_its_list(language: str, items_ask: bool):
    """Above infinitives the lead-in is the ask, and a vague one; above asks of their own,
    the items are the asks and the lead-in is none."""
    asks = asks_of(LEAD_INS[language][items_ask], language)
    lead_asked = any(a.text.rstrip().endswith(":") for a in asks)
    assert asks and lead_asked != items_ask
    assert items_ask or not any(a.concrete for a in asks)



# (language, ask, concrete): vague wording a few words past the action's first still makes
# the ask vague when who is asked and when push the verb back (blind-36 en-6); a time and a
# place said in full still make it concrete.
VAGUE_PAST_THE_ADDRESSEE = [
    ("en", "So I'm asking all of us tonight to raise awareness about this.", False),
    ("en", "I'm asking all of us tonight to come to the library on Friday at 6 p.m. to raise awareness.", True),
    ("fr", "Alors je demande à chacun d'entre nous ce soir de sensibiliser nos voisins.", False),
    ("fr", "Je demande à chacun d'entre nous de venir vendredi à 18 h à la médiathèque pour sensibiliser.", True),
    ("ar", "لذلك أطلب من كل واحد منا هذه الليلة أن يرفع الوعي بهذا الخطر.", False),
    ("ar", "أطلب منكم جميعا الليلة في هذه القاعة أن ترفعوا الوعي.", True),
]


# (language, ask, concrete): a result to guarantee ("ensure", « garantir », «ضمان») is no act
# a listener can do, even with a when and a where (blind-38 en-4's report); a broad action
# with a when and a where still is.
GUARANTEE_WITH_WHEN_AND_WHERE = [
    ("en", "We must ensure that every school serves halal meals every day starting Monday.", False),
    ("en", "We must all work together at the community hall on Monday at 6 p.m.", True),
    ("fr", "Nous devons garantir l'accès à l'eau potable dans chaque école dès lundi.", False),
    ("fr", "Travaillons ensemble à la salle des fêtes lundi à 18 h.", True),
    ("ar", "علينا أن نضمن انتظام صرف مرتبات المعلمين في كل مدرسة ابتداء من يوم الاثنين.", False),
    ("ar", "يجب علينا أن نعمل معا في قاعة الحي يوم الاثنين على الساعة السادسة.", True),
    # …and a guarantee as the purpose of a concrete act is no guarantee asked.
    ("en", "Come to the hall on Tuesday at 7 p.m. to ensure we are heard.", True),
    ("fr", "Venez mardi à 19 h à la mairie pour garantir qu'on nous entende.", True),
    ("ar", "تعالوا يوم السبت على الساعة العاشرة إلى مكتب الضمان الاجتماعي.", True),
    ("ar", "يجب أن نضمن صرف المرتبات في كل مدرسة ابتداء من يوم الاثنين.", False),
    ("en", "We must guarantee that every school serves halal meals every day starting Monday.", False),
]


@pytest.mark.parametrize(("language", "text", "concrete"), GUARANTEE_WITH_WHEN_AND_WHERE)
def test_a_result_to_guarantee_is_vague_even_with_a_when_and_a_where(language: str, text: str, concrete: bool):
    (ask,) = asks_of(text, language)
    assert ask.concrete == concrete, ask.specifics


# (language, ask, its vague words): after "I ask you today:", the action is what follows, and
# so is where its vague wording is looked for.
VAGUE_AFTER_THE_DAY_OF_ASKING = [
    ("en", "I am asking you today: work together for a better future.", "work together"),
    ("fr", "Je vous demande aujourd’hui : travaillons ensemble pour un avenir meilleur.", "avenir meilleur"),
    ("ar", "أطلب منكم اليوم: خاصنا نتعاونو من أجل مستقبل أفضل.", "مستقبل أفضل"),
]


@pytest.mark.parametrize(("language", "text", "words"), VAGUE_AFTER_THE_DAY_OF_ASKING)
def test_vague_wording_after_the_day_of_asking(language: str, text: str, words: str):
    (found,) = detect_asks(parse_draft(text, language))
    assert words in [text[a:b] for a, b in found.vague]


@pytest.mark.parametrize(("language", "text", "concrete"), VAGUE_PAST_THE_ADDRESSEE)
def test_vague_wording_past_the_addressee(language: str, text: str, concrete: bool):
    (ask,) = asks_of(text, language)
    assert ask.concrete == concrete, ask.specifics
