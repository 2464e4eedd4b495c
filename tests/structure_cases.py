"""Building blocks of small drafts for the structure tests: one sentence group per element.

A complete draft has every block; a should-flag case leaves one out. Written for the
tests, in each language, by the same hand as tests/drafts/structure.
"""

from __future__ import annotations

# Order matters: Self (moment, challenge, choice, outcome), Us, Now (urgency, hope, ask).
BLOCKS: dict[str, dict[str, str]] = {
    "en": {
        "self.moment": (
            "I was sixteen the night the police came to our building in Molenbeek. "
            "I remember the blue lights on the kitchen ceiling and my mother holding the radio."
        ),
        "self.challenge": (
            "My best friend had left two weeks before, and I was afraid and alone with it."
        ),
        "self.choice": "A week later I decided to help with the homework club at the mosque.",
        "self.outcome": (
            "Since that evening I have run the club every Tuesday, and I learned that young "
            "people leave when nobody listens to them."
        ),
        "us.shared_value": (
            "We are the parents and neighbours of this neighbourhood, and we believe in "
            "dignity for every child, whatever their name."
        ),
        "now.urgency": "Right now, recruiters talk to our children every night while we sleep.",
        "now.hope": "But I have seen what one evening a week can do, and I know we can do it together.",
        "now.ask": (
            "Come to the community hall on Saturday 14 March at 10 a.m. and sign up to mentor "
            "one young person for one hour a week."
        ),
    },
    "fr": {
        "self.moment": (
            "J’avais seize ans la nuit où la police est venue dans notre immeuble à Roubaix. "
            "Je me souviens des lumières bleues au plafond de la cuisine et de ma mère qui serrait la radio."
        ),
        "self.challenge": "Mon meilleur ami était parti deux semaines plus tôt, et j’avais peur, seul avec ça.",
        "self.choice": "Une semaine plus tard, j’ai décidé d’aider au club de devoirs de la mosquée.",
        "self.outcome": (
            "Depuis ce soir-là, j’anime le club chaque mardi, et j’ai appris que les jeunes "
            "partent quand personne ne les écoute."
        ),
        "us.shared_value": (
            "Nous sommes les parents et les voisins de ce quartier, et nous croyons à la "
            "dignité de chaque enfant, quel que soit son nom."
        ),
        "now.urgency": "En ce moment même, des recruteurs parlent à nos enfants chaque nuit pendant que nous dormons.",
        "now.hope": "Mais j’ai vu ce qu’une soirée par semaine peut changer, et je sais qu’ensemble nous pouvons y arriver.",
        "now.ask": (
            "Venez au centre social samedi 14 mars à 10 heures et inscrivez-vous pour "
            "accompagner un jeune une heure par semaine."
        ),
    },
    "ar": {
        "self.moment": (
            "كنت في السادسة عشرة في الليلة التي جاءت فيها الشرطة إلى عمارتنا. "
            "ما زلت أذكر الأضواء الزرقاء على سقف المطبخ، وأمي تمسك المذياع بقوة."
        ),
        "self.challenge": "كان صديقي قد رحل قبل أسبوعين، وكنت خائفاً ووحيداً.",
        "self.choice": "بعد أسبوع قررت أن أساعد في نادي الواجبات في المسجد.",
        "self.outcome": (
            "ومنذ ذلك المساء أدير النادي كل ثلاثاء، وتعلمت أن الشباب يرحلون حين لا يصغي إليهم أحد."
        ),
        "us.shared_value": (
            "نحن آباء هذا الحي وجيرانه، ونؤمن بكرامة كل طفل مهما كان اسمه."
        ),
        "now.urgency": "في هذه اللحظة بالذات، يتحدث المجنِّدون إلى أطفالنا كل ليلة ونحن نائمون.",
        "now.hope": "لكنني رأيت ما تصنعه أمسية واحدة في الأسبوع، وأنا واثق أننا قادرون على ذلك معاً.",
        "now.ask": (
            "تعالوا إلى قاعة الحي يوم السبت 14 مارس في العاشرة صباحاً، وسجّلوا أسماءكم لمرافقة شاب واحد ساعة كل أسبوع."
        ),
    },
}

PARTS: dict[str, tuple[str, ...]] = {
    "self": ("self.moment", "self.challenge", "self.choice", "self.outcome"),
    "us": ("us.shared_value",),
    "now": ("now.urgency", "now.hope", "now.ask"),
}

HEADINGS: dict[str, dict[str, str]] = {
    "en": {"self": "## Story of Self", "us": "## Story of Us", "now": "## Story of Now"},
    "fr": {"self": "## Moi", "us": "## Nous", "now": "## Maintenant"},
    "ar": {"self": "## قصة الذات", "us": "## قصة النحن", "now": "## قصة الآن"},
}


def build_draft(language: str, *, without: tuple[str, ...] = (), headings: bool = False) -> str:
    """A draft from the blocks, one paragraph a part, leaving out elements in ``without``."""
    paragraphs: list[str] = []
    for part, element_ids in PARTS.items():
        body = " ".join(BLOCKS[language][e] for e in element_ids if e not in without)
        if not body:
            continue
        if headings:
            paragraphs.append(HEADINGS[language][part])
        paragraphs.append(body)
    return "\n\n".join(paragraphs) + "\n"
