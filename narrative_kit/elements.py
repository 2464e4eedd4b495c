"""Which elements of the public narrative a draft really contains, with the words that show it.

Coaching, not keyword spotting: a cue counts only where it does the element's job.

- Self elements are looked for only inside the Story of Self, in sentences where the
  teller is present ("I", or the sentence before says "I"); a CV line ("I am a
  lawyer", "I have worked for fifteen years") is never a moment.
- A moment needs at least two kinds of concrete detail close together — a time, a
  place, something seen / heard / felt, a named person, words spoken — in a sentence
  that tells a story (past narrative or first person).
- A shared value needs a "we" that is more than the subject of an exhortation ("we
  must", "nous devons", "علينا") and a value or a shared experience: "we should
  all do better" is not one. Help that asks nothing of who is helped ("nobody asks
  where you come from", « sans distinction de quartier », «لم يسأل أحد من أين أنت») is a
  value shown, with or without a "we".
- Urgency and hope are looked for outside the Story of Self; "now" or "today" alone
  count only when said to "us" / "you" or next to a threat.
- The ask comes from the ask detector (``ctx.asks``): it is never found twice.

Writers often tell an element through the story instead of naming it:

- a choice is the teller acting at a turn ("Instead I called…", "J'ai quand même
  écrit…", "لكنني أغلقت…") after a challenge or the road not taken, or right after the
  road not taken ("I could have…" / "Je pouvais me taire… J'ai parlé.");
- an outcome is what the story says after that choice at a later time ("By June…",
  "He coaches Little League now", "في السنة الموالية…") or what became of someone
  ("Le titre n'est jamais paru");
- hope is also a witness of change ("I have watched a kid walk back", "je l'ai vu")
  or, after a turn, evidence of change already made ("Pourtant, notre atelier a permis…");
- a general figure ("unemployment exceeds 40%") is not the teller's challenge.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import takewhile

from .context import AnalysisContext
from .facts import count_words, find_numbers, find_statistics
from .models import Element, Span
from .person import object_form, spelt_as_she
from .structure import (
    DaysNamed,
    SentenceCues,
    draft_cues,
    load_structure,
    overlaps,
    sentence_text_norm,
    years_counted_words,
)

MAX_EVIDENCE = 3
# How far back a turn looks for the challenge (or road not taken) it answers.
TURN_LOOKBACK = 3
# A turn word opens the sentence ("But I…", "Et pourtant, j'ai…"), not "Red paint, still wet".
TURN_OPENING = 2
# "But I didn't", « Mais je ne suis pas », «لكنني لم»: a refusal opens its sentence.
REFUSAL_OPENING = 3
# The refused road is the one just told: the verb after "I wanted to" and after "I didn't",
# compared on its first letters (leave / leave, quitter / quittée, fuir / fui).
VERB_STEM = 4
VERB_STEM_MIN = 3
MOMENT_MIN_KINDS = 2
SCENE_KINDS = frozenset({"sensory", "people", "speech", "named"})

Detector = Callable[[AnalysisContext, list[SentenceCues]], list[tuple[int, int]]]


def _in_part(ctx: AnalysisContext, cues: Sequence[SentenceCues], part: str) -> list[SentenceCues]:
    sections = [s for s in ctx.sections if s.part == part]
    return [c for c in cues if any(s.start <= c.sentence.start < s.end for s in sections)]


def _outside_self(ctx: AnalysisContext, cues: Sequence[SentenceCues]) -> list[SentenceCues]:
    own = {id(c) for c in _in_part(ctx, cues, "self")}
    return [c for c in cues if id(c) not in own]


def _teller_present(cues: Sequence[SentenceCues], i: int) -> bool:
    """The teller is in sentence i of their story: "I" or "we" there or just before."""
    return any(bool(c.singular or c.plural) for c in cues[max(0, i - 1) : i + 1])


def _self_story(ctx: AnalysisContext, cues: list[SentenceCues]) -> list[SentenceCues]:
    """Sentences of the Story of Self that are not CV lines."""
    return [c for c in _in_part(ctx, cues, "self") if not c.has("cv")]


def _general_figure(c: SentenceCues) -> bool:
    """A statistic about others ("unemployment exceeds 40%"), not the teller's own story."""
    return c.has("statistic") and not c.singular


def _within(span: tuple[int, int], others: Sequence[tuple[int, int]]) -> bool:
    """The span lies inside one of ``others`` (a cue inside quoted words)."""
    return any(x <= span[0] and span[1] <= y for x, y in others)


def _acts(c: SentenceCues) -> bool:
    """The teller does something: "I" (or the "we" of "my colleague and I") and a past
    form that is not a state, a feeling or a setting ("I called", "J'ai parlé", "أغلقت" —
    not "I was afraid", "j'avais peur")."""
    if not (c.singular or c.plural) or c.has("alternative") or _repeated(c):
        return False  # « J'ai prié souvent », "I cried many times": what kept happening
    if _lived_again_and_again(c):
        return False  # "I have carried people to weddings and to hospitals": a life, not a turn
    return bool(_act_spans(c))


def _repeated(c: SentenceCues) -> bool:
    """Said of what kept happening ("often", « souvent », «كل يوم»), outside words said
    («قلت له: "كل صباح تطلب مني نفس الشريط"», "I told him: … my bread every day") — not
    with a choice in the sentence ("Every Friday I sat at home, and one Friday I decided
    to go"), an act of its own clause before the habit ("I went to the council office, and
    every day for three weeks I sat…"), a turn to an act after it ("I had often thought
    of hiding it, but that night I walked with her") or kept up until it worked (« chaque
    matin pendant trois semaines, jusqu'à ce qu'on me reçoive »)."""
    text, base = c.sentence.text, c.sentence.start
    quoted = c.kinds.get("quoted", [])
    colon = text.find(":")
    said = colon >= 0 and any(b <= base + colon for _, b in c.kinds["speech"])
    said_from = base + colon if said else c.sentence.end
    habits = [a for a, b in c.kinds["habitual"]
              if a < said_from and not _within((a, b), quoted)]
    if not habits or c.has("persisted") or c.has("choice"):
        return False
    first = min(habits)
    acts = [(a, b) for a, b in c.kinds["narrative_past"] if not overlaps((a, b), c.kinds["not_action"])]
    # A turn to an act of the teller's, not "…but nobody explained anything".
    turn = min((a for a, _ in c.kinds["turn"] if a > first), default=None)
    if turn is not None and any(a > turn for a, _ in acts) and _teller_subject_after(c, turn):
        return False
    return not any(b <= first and _CLAUSE_BREAK_RE.search(text[b - base : first - base]) for _, b in acts)


_CLAUSE_BREAK_RE = re.compile(r"[,;،؛]")


def _teller_subject_after(c: SentenceCues, offset: int) -> bool:
    """"I", "we" as a subject after ``offset`` (« mais personne ne m'a rien expliqué »: no)."""
    return _teller_is_subject(c, after=offset)


def _act_spans(c: SentenceCues, after: int = -1) -> list[Span]:
    """Past forms after an offset that are acts, not a state, a feeling or a setting."""
    # A negated past is not an act either (« Je n'ai pas eu les notes »): a refusal is a
    # choice only as the road not taken refused (_refused_the_other_road).
    # "I heard the wind", «سمعت الريح»: perceived, not done.
    still = (c.kinds["not_action"] + c.kinds["no_act"] + c.kinds["challenge"] + c.kinds["others_act"]
             + c.kinds["refusal"] + c.kinds["perceived"])
    # « J'ai entendu le vent »: the auxiliary is the past, the perception right after it;
    # « J'ai pleuré », « on a toujours été solidaires »: the participle says what, a feeling, a state.
    perceived = {a for a, _ in c.kinds["perceived"]}
    # "I have been called names", "That is what I was taught": done to the teller, no act.
    passive = {b for _, b in c.kinds["no_act_before"]}
    asked = _question_after_colon(c)
    return [(a, b) for a, b in c.kinds["narrative_past"] if a > after and not overlaps((a, b), still)
            and not ({b, b + 1} & perceived) and not overlaps(_participle_of(c, b), still)
            and not ({a, a - 1} & passive) and a < asked]


def _question_after_colon(c: SentenceCues) -> int:
    """Where the question the sentence ends on begins, after a colon ("I would sit in a
    corner of the mosque and ask myself: where have we gone?", «وكنسول راسي: فين مشينا؟»):
    the verbs in it are asked about, not done. The sentence's end when it asks nothing."""
    text = c.sentence.text.rstrip()
    colons = [m.start() for m in _QUESTION_COLON_RE.finditer(text)]
    if not colons or not text.rstrip(_CLOSING_QUOTES).endswith(("?", "؟")):
        return c.sentence.end
    return c.sentence.start + colons[-1]


# A colon that opens words, not one between digits ("At 6:30 the next morning").
_QUESTION_COLON_RE = re.compile(r"(?<!\d):(?!\d)")
_CLOSING_QUOTES = " \"»”'’"


def _participle_of(c: SentenceCues, end: int) -> Span:
    """The participle of a French auxiliary ending at ``end`` (« j'ai *pleuré* »): the
    first after it, before the next past; else (and in English and Arabic) an empty span."""
    participles = c.kinds.get("participle")
    if not participles:
        return (end, end)
    following = min((a for a, _ in c.kinds["narrative_past"] if a >= end), default=c.sentence.end)
    return next(((a, b) for a, b in participles if end <= a < following), (end, end))


def _own_choice(c: SentenceCues) -> bool:
    """A choice word the teller does ("I stopped"), not someone met ("her son had stopped")
    nor quoted from them («قال لي: "قررت أن أبقى"»)."""
    return any(span not in c.kinds["others_act"] for span in _told_by_teller(c, "choice"))


def _told_by_teller(c: SentenceCues, kind: str) -> list[Span]:
    """The cues of a kind outside quotes: someone else's words («قال لي: "فهمت أنني…"»,
    « il m'a dit : "j'ai peur" ») tell their challenge or outcome, not the teller's —
    unless the teller is the one speaking («وقلت: "قررت أن أعود"»)."""
    quoted = [] if _teller_is_subject(c) else c.kinds.get("quoted", [])
    return [(a, b) for a, b in c.kinds.get(kind, []) if not _within((a, b), quoted)]


def _ask_spans(ctx: AnalysisContext) -> list[Span]:
    return [(a.start, a.end) for a in ctx.asks]


# A Story of Self told through someone met: most of its sentences are another person
# acting, few the teller ("Mehdi showed me his phone… He chose. Not me.").
OTHERS_STORY_SHARE = 0.6
OTHERS_STORY_MIN = 5


def _told_through_someone_else(story: Sequence[SentenceCues]) -> bool:
    """The story's acts are another person's: announced so at its start, or at least
    OTHERS_STORY_MIN sentences where someone else acts and the teller is no subject, making
    most sentences of the story (a sentence where the teller only watches counts for
    neither; a "he" or "she" opening a clause with no "I" — « Il traverse le bus », "She picks up
    the phone", «هي تنظر» — or, in Arabic, spelt on a word, counts as someone else acting)."""
    if any(_announces_someone_else(c) for c in story[:ANNOUNCED_WITHIN]):
        return True
    own = sum(1 for c in story if _teller_is_subject(c) and not _only_watches(c))
    others = sum(1 for c in story if not _teller_is_subject(c)
                 and (c.has("others_act") or c.has("third_person") or c.has("others_subject")))
    return others >= OTHERS_STORY_MIN and others >= OTHERS_STORY_SHARE * (own + others)


def _only_watches(c: SentenceCues) -> bool:
    """The teller only sees or hears ("I watched her in the mirror", « je l'ai regardée
    partir », «سمعت صوتها»): a witness — not "I heard a scream, so I ran downstairs" (an
    act after seeing), nor "I felt so alone" (a feeling of their own)."""
    if not c.has("perceived") or _own_choice(c) or c.has("challenge"):
        return False
    return not _act_spans(c, after=min(a for a, _ in c.kinds["perceived"]))


# The announcement opens the story: "Good evening. My name is Karim… I want to tell you about Yanis."
ANNOUNCED_WITHIN = 5
# A topic or a time this close after "tell you about" makes it the teller's own story.
_ABOUT_WORDS = 3


def _announces_someone_else(c: SentenceCues) -> bool:
    """"I want to tell you about Yanis", « Je veux vous parler de Monsieur Benali », «أريد أن
    أحكي لكم عن ياسين», said by the teller ("I want…", not "My mother did not want to talk
    about the war") — not "about a Tuesday in November 2023", « de comment je suis
    devenu… », "about my neighbourhood", «عن حياتي», "about courage" (a time, a topic, the
    teller's own or a value right after); or "I am not the hero of this story", « ce n'est
    pas mon histoire », «ولم أكن أنا بطلته», « il y a un client que je n'ai jamais oublié » —
    not "not my story alone", not « un jour que je n'ai jamais oublié »."""
    words = c.sentence.words
    for start, end in c.kinds["not_my_story"]:
        if any(a == start for a, _ in c.kinds["time"] + c.kinds["tell_about_topic"]):
            continue  # « un jour que je n'ai jamais oublié », "a day I will never forget": the teller's
        nxt = next((w for w in words if w.start >= end), None)
        if nxt is None or not any(a == nxt.start for a, _ in c.kinds["only"]):
            return True
    for start, end in c.kinds["tell_about"]:
        # "I want…", « je veux », "we want", «نحب نحكيلكم» (a Maghrebi "I", read as "we"
        # elsewhere) — a "we" only as the subject, not "our grandmother would tell you about"
        said = (any(a < end for a, _ in c.singular) or _we_subject_before(c, end)) and not any(
            a < start for a, _ in c.kinds["refusal"])
        after = [w.start for w in words if w.start >= end][:_ABOUT_WORDS]
        if not said or not after:
            continue
        topic = any(a in after[:2] for a, _ in c.kinds["tell_about_topic"] + c.kinds["values"])
        # "about my neighbourhood", not "about my student Yanis" nor "Khadija, ma collègue"
        own = any(a == after[0] for a, _ in c.singular + c.plural) and not any(
            a in after[1:] for a, _ in c.kinds["people"] + c.kinds["named"])
        if not topic and not own and not any(a in after for a, _ in c.kinds["time"]):
            return True
    return False


def _no_story_told(story: Sequence[SentenceCues]) -> bool:
    """The teller never acts in their Story of Self ("I see the pain… Sometimes at night I
    cry… I am tired of being afraid"): feelings, no story; no choice, no outcome of theirs,
    and a challenge only as ``_felt_of_something`` says (« Mon père perd son travail », a
    harm of someone; not "Every night I am afraid for my son"). An act asked about
    (« qu'est-ce qu'on a fait pour que… ? ») is no act told."""
    return not any(not _is_question(c) and not _a_life_summed_up(c) and (
        _acts(c) or _road_not_taken_then_act(c) or _refused_the_other_road(story, i))
        for i, c in enumerate(story))


def _a_life_summed_up(c: SentenceCues) -> bool:
    """"I spent my whole working life listening to people", « Toute ma vie, j'ai cousu »,
    "I have been a nurse for thirty years": a life summed up, no act told at one time."""
    return c.has("lifelong") or _years_of_life(c)


def detect_challenge(ctx: AnalysisContext, cues: list[SentenceCues]) -> list[Span]:
    story = _self_story(ctx, cues)
    # Told through someone met, only where the teller is the subject ("I went back", not
    # "Nadia sat down and, instead of talking to me, cried").
    own_only = _told_through_someone_else(story)
    if own_only and not _teller_choices(story, through_someone_else=True):
        return []  # the teller watched: "I said nothing", « je ne l'ai jamais oublié »
    felt_only = _no_story_told(story)
    return [c.span for i, c in enumerate(story)
            if _told_by_teller(c, "challenge") and _teller_present(story, i) and not _general_figure(c)
            and (not own_only or _teller_is_subject(c))
            and (not felt_only or _felt_of_something(c))]


def _felt_of_something(c: SentenceCues) -> bool:
    """In a story of feelings only, a challenge is a harm done, told in the past once or of
    someone or somewhere ("I was threatened because of my articles", "They beat my
    brother"), or a feeling told in the past once of someone, somewhere or some time ("That
    night I was afraid for my son") — not a feeling alone (« J'ai eu peur, moi aussi »), nor
    one that keeps coming back ("Sometimes I cry alone in the kitchen", « J'ai pleuré
    souvent »): general pain, the coaches say, is no challenge."""
    felt = c.kinds.get("felt", [])
    told_once = c.has("narrative_past") and not _repeated(c)
    of_something = any(c.has(k) for k in ("people", "named", "place"))
    if any(not _within(span, felt) for span in c.kinds["challenge"]):  # a harm, « du mal » too
        return told_once or of_something
    return told_once and (of_something or c.has("time"))


def _habit(c: SentenceCues) -> bool:
    """"Sometimes I cry alone in the mosque", « je pleure souvent », «كل ليلة أجلس وحدي»:
    what keeps happening, told in the present, is no moment (it may still be a challenge:
    "I often face the administration alone")."""
    return _repeated(c) and not c.has("narrative_past")


def _refused_the_other_road(story: Sequence[SentenceCues], i: int) -> bool:
    """The teller refuses the road not taken told just before, with its own verb: "I wanted
    to leave the room… Nobody would have blamed me. I didn't leave", « J'avais envie de
    quitter la pièce… Je ne l'ai pas quittée », «أردت أن أترك الغرفة… لكنني لم أتركها» — a
    refusal opening the sentence. "I wanted to be a doctor. I did not get the grades" is the
    challenge, not a choice; "I didn't sleep that night" after no other road is nothing. The
    other road may be one others pressed on the teller: "three of my boys were waiting for
    me to say go. I didn't say go"."""
    c = story[i]
    refuses = c.opens_with("refusal", within=REFUSAL_OPENING) and _teller_is_subject(c)
    if not refuses or c.has("alternative"):
        return False
    refused = _verb_of(c, "refusal")
    return any(b.singular and any(_same_verb(_verb_of(b, kind), refused) for kind in _ROADS_NOT_TAKEN)
               for b in story[max(0, i - TURN_LOOKBACK) : i])


# The road not taken: the teller's own ("I wanted to leave") or others pressing them ("they
# were waiting for me to say go"); a verb is read after either only when it is there.
_ROADS_NOT_TAKEN = ("alternative", "pressed")


def _verb_of(c: SentenceCues, kind: str) -> str | None:
    """The verb after a cue ("I wanted to *leave*", "I didn't *leave*"): structure's
    ``<kind>_verb`` span, normalised."""
    spans = c.kinds.get(kind + "_verb", [])
    return sentence_text_norm(c.sentence, *spans[0]) if spans else None


def _same_verb(a: str | None, b: str | None) -> bool:
    """The same verb, on its first letters ("run" / "run", « fuir » / « fui », «أترك» /
    «أتركها», "leave" / "leave"), not "go" / "get"."""
    if not a or not b:
        return False
    k = min(len(a), len(b), VERB_STEM)
    return a == b or (k >= VERB_STEM_MIN and a[:k] == b[:k])


def _road_not_taken_then_act(c: SentenceCues) -> bool:
    """One sentence holds both roads: "I could have lectured him, but I asked him to stay"
    (a turn after the road not taken, and an act of the teller after the turn)."""
    if not c.singular or not c.has("alternative"):
        return False
    after_alternative = [a for a, _ in c.kinds["turn"] if a > c.kinds["alternative"][0][0]]
    if not after_alternative:
        return False
    return bool(_act_spans(c, after=after_alternative[0]))


def _told_choice(story: Sequence[SentenceCues], i: int) -> bool:
    """The teller acts at a turn of the story: after a turn word that answers a challenge
    or a road not taken just before, right after the road not taken, or as the first
    thing the teller does after the challenge ("…thousands of insults. In the morning I
    went to the police")."""
    c = story[i]
    if not _teller_is_subject(c):
        return False  # "Instead she knelt down… for all of us to hear": her turn, not the teller's
    if _road_not_taken_then_act(c):
        return True
    if i == 0:
        return False
    if _refused_the_other_road(story, i):
        return True
    before = story[max(0, i - TURN_LOOKBACK) : i]
    if not _acts(c):
        return False
    if _right_after_alternative(story, i):
        return True
    if c.opens_with("turn", within=TURN_OPENING) and any(
            b.has("challenge") or b.has("alternative") for b in before):
        return True
    return _first_act_after_challenge(story, i)


# "I" as a subject (en / fr); Arabic marks the subject inside the verb, so any "I" form.
_SUBJECT_I = frozenset({"i", "i'm", "i've", "i'd", "je", "j'", "j", "we", "nous"})


def _is_subject(c: SentenceCues, span: tuple[int, int]) -> bool:
    """The "I" / "we" at ``span`` can be a subject ("I", « nous », «ذهبت»), not "me" / "my"."""
    a, b = span
    word = c.sentence.text[a - c.sentence.start : b - c.sentence.start].casefold().replace("’", "'")
    return word in _SUBJECT_I or _arabic_subject(word)


def _we_subject_before(c: SentenceCues, end: int) -> bool:
    """"We" as a subject before offset ``end`` ("we want", « nous voulons », «نحب»)."""
    return any(span[0] < end and _is_subject(c, span) for span in c.plural)


def _teller_is_subject(c: SentenceCues, after: int = -1) -> bool:
    """"I went", "je suis allée", «ذهبت» — not only "me" / "my" ("ce nom m'a suivi",
    «قالت لي»، «خالتي»); ``after``: only past that offset."""
    return any(span[0] > after and _is_subject(c, span) for span in c.singular + c.plural)


def _arabic_subject(word: str) -> bool:
    """An Arabic "I" / "we" that can be a subject (a verb form, a pronoun), not a "me" /
    "my" suffix in ـي (لي، معي، وحدي، خالتي، أبي) nor "us" after a preposition (عندنا، لنا)."""
    letters = "".join(ch for ch in word if "ء" <= ch <= "ي")
    return bool(letters) and not letters.endswith("ي") and not object_form(letters, "ar")


def _first_act_after_challenge(story: Sequence[SentenceCues], i: int) -> bool:
    """Sentence i is the teller's first act since the nearest challenge, or road not taken,
    just before it ("I do not have to go in. Another chaplain could come tomorrow. I went in.")."""
    c = story[i]
    if not _teller_is_subject(c) or _repeated(c):
        return False
    if c.has("challenge") or c.has("outcome") or c.has("later"):
        return False  # "Since that evening I have run the club": what came of it, not the turn
    for j in range(i - 1, max(-1, i - 1 - TURN_LOOKBACK), -1):
        b = story[j]
        if b.sentence.index < c.sentence.index - TURN_LOOKBACK:
            return False
        if (b.has("challenge") or b.has("alternative")) and _teller_present(story, j):
            return True
        if _acts(b) and not _is_question(b):  # "How did we end up here?" is no act in between
            return False
    return False


def _choice_indexes(story: Sequence[SentenceCues]) -> list[int]:
    """The story's choices: not a résumé's founding line, nor an act asked about ("How did
    we get here?", «كيف وصلنا إلى هنا؟»)."""
    return [i for i, c in enumerate(story) if not _founding_line(c) and not _is_question(c)
            and ((_own_choice(c) and _teller_present(story, i)) or _told_choice(story, i))]


def _founding_line(c: SentenceCues) -> bool:
    """"In 2012 I founded the Nakhil Centre, which has since trained…", « J'ai fondé en 2011
    l'association… », «في سنة 2017 أسّست جمعية…»: an organisation and a year alone, a
    résumé line, not a choice told at a turn of the story."""
    years = [w for w in c.sentence.words if len(w.norm) == 4 and w.norm.isdigit()]
    return c.has("organisation") and bool(years) and not _dated(c)


def _teller_choices(story: Sequence[SentenceCues], through_someone_else: bool) -> list[int]:
    """The choices of the story; in one told through someone met, only a choice word the
    teller says of themself ("I put a cup of chocolate next to him") or an act after the
    road not taken ("I could have said nothing, but I called his mother"), not an act of
    theirs read as the turn ("I was booked for one hour…" before "He chose. Not me.")."""
    choices = _choice_indexes(story)
    if through_someone_else:  # the road not taken still frames the act as a choice
        return [i for i in choices if _said_choice(story, i) or _after_road_not_taken(story, i)
                or _acts_on_own_challenge(story, i)]
    return choices


def _acts_on_own_challenge(story: Sequence[SentenceCues], i: int) -> bool:
    """In a story told through someone met, the teller's first act after a challenge they
    lived, told in the past, opening on a time or a turn ("I was ashamed that I had looked
    away. The next morning I went to the police station"), not after a habit of theirs
    (« souvent je suis la seule personne… Moi, ce jour-là, j'ai porté le seau »)."""
    if not _first_act_after_challenge(story, i) or not (
            story[i].opens_with("time") or story[i].opens_with("turn")):
        return False  # "I ran down to the street with my children. Amal ran up…": fleeing, no turn
    lived = next((b for b in reversed(story[max(0, i - TURN_LOOKBACK) : i]) if b.has("challenge")), None)
    return (lived is not None and _teller_is_subject(lived) and lived.has("narrative_past")
            and not _repeated(lived))


def _said_choice(story: Sequence[SentenceCues], i: int) -> bool:
    return _own_choice(story[i]) and _teller_is_subject(story[i]) and not _hers_as_well(story[i])


def _hers_as_well(c: SentenceCues) -> bool:
    """In a story told through someone met, an Arabic sentence whose only "I" is a ـت verb,
    spelt as "she" too, and which says "her" or "him" («ذهبت بنفسها إلى جمعية… ثم طلبت من
    إمام الحي أن يسمح لها»): hers — not «قررتُ»، «ذهبت وحدي»، «أنا…»."""
    base = c.sentence.start
    return bool(c.kinds.get("third_person")) and not c.plural and all(
        spelt_as_she(c.sentence.text[a - base : b - base]) for a, b in c.singular)


def _after_road_not_taken(story: Sequence[SentenceCues], i: int) -> bool:
    """"I could have lectured him, but I asked him to stay" (one sentence or two)."""
    return _road_not_taken_then_act(story[i]) or _right_after_alternative(story, i)


def _right_after_alternative(story: Sequence[SentenceCues], i: int) -> bool:
    """The sentence just before sentence i tells the road not taken ("I could have…")."""
    return i > 0 and story[i - 1].sentence.index == story[i].sentence.index - 1 and (
        story[i - 1].has("alternative"))


def detect_choice(ctx: AnalysisContext, cues: list[SentenceCues]) -> list[Span]:
    story = _self_story(ctx, cues)
    if _no_story_told(story):
        return []
    return [story[i].span for i in _teller_choices(story, _told_through_someone_else(story))]


def detect_outcome(ctx: AnalysisContext, cues: list[SentenceCues]) -> list[Span]:
    """What came of it: an outcome said after the story has begun (not its first line), or
    told after the choice — a later time, or what became of someone in the story."""
    whole = _self_story(ctx, cues)
    if _no_story_told(whole):
        return []
    story = [c for c in whole if not _is_question(c)]
    through_someone_else = _told_through_someone_else(story)
    choices = _teller_choices(story, through_someone_else)
    # Told through someone met, with no choice of the teller's: what became of them is
    # theirs, and what the teller learned watching ("From Hawa I learned…") comes of no
    # choice of theirs: no outcome.
    if through_someone_else and not choices:
        return []
    # With a choice in the story, its outcome comes after it ("I learned to hide my
    # address" before deciding to stop hiding is part of the challenge).
    first = choices[0] if choices else 0
    # Nor a résumé's founding line with what the organisation is today (« En 2012, j'ai
    # cofondé l'association…, qui regroupe aujourd'hui trente-cinq exploitations »).
    spans = [c.span for i, c in enumerate(story)
             if i > first and i not in choices and _told_by_teller(c, "outcome")
             and _teller_present(story, i) and not _general_truth(c) and not _founding_line(c)
             and not _pain_of_today(c) and (choices or not _work_counted(ctx, c))]
    if choices:  # the choice itself ("A few months later I decided…") is not its outcome
        spans += [c.span for j, c in enumerate(story)
                  if j > choices[0] and j not in choices
                  and (c.has("later") or (c.has("result") and not c.singular)) and not _pain_of_today(c)]
    return spans


def _work_counted(ctx: AnalysisContext, c: SentenceCues) -> bool:
    """Work done for people, counted ("I have trained more than sixty girls; most of them work
    in salons today", «كوّنت أكثر من ستين فتاة… وأغلبهن اليوم يعملن»): with no choice told
    in the story, a résumé's achievement, not what came of a choice."""
    return c.has("work_done") and _counts(ctx, c)


def _pain_of_today(c: SentenceCues) -> bool:
    """"What hurts me today is the hatred", «وما يؤلمني اليوم… هو الكراهية»: "today" its only
    sign of an outcome, and something bad in it — the challenge still there, nothing that
    came of a choice (not "Today I know I can speak", "Today the street is lit")."""
    signs = c.kinds["outcome"] + c.kinds.get("later", [])
    today = c.kinds.get("present_lead", [])
    return bool(signs) and all(_within(span, today) for span in signs) and any(
        c.has(k) for k in _BAD_NEWS)


def _general_truth(c: SentenceCues) -> bool:
    """How the world goes, said in the present with neither the teller nor a past ("That is how
    hatred enters", « C'est ainsi que la haine entre »): no outcome of the teller's choice —
    unlike "Thanks to him, Amina is back at school"."""
    return c.has("how_it_goes") and not (c.singular or c.plural or c.has("narrative_past"))


def _is_question(c: SentenceCues) -> bool:
    """The sentence asks, in the teller's own words: not "I stood up and asked: who is going
    to protect Amina?" (an act, then the question it asked)."""
    text = c.sentence.text.rstrip()
    return text.endswith(("?", "؟")) and ":" not in text


def _is_scene(kinds: set[str], *, perceived: bool = False) -> bool:
    """Standing in the moment: a setting (when, where, or a place named) and something of
    the scene itself (seen / heard / felt, a person, words spoken, a name), at least two
    kinds in all. "A week later, at the mosque" is a time and a place, still a summary;
    "my best friend had left" is a person, still backstory. Across two sentences,
    something seen, heard, felt or said is needed."""
    setting = kinds & {"time", "place", "named"}
    scene = kinds & ({"sensory", "speech"} if perceived else SCENE_KINDS)
    return len(kinds) >= MOMENT_MIN_KINDS and bool(setting) and bool(scene) and (
        len(setting | scene) >= MOMENT_MIN_KINDS
    )


# "Role: Lead mediator (since 2016)", «الاسم: سالم»: a one-word field of a form or a CV.
_FIELD_RE = re.compile(r"^\s*[\w'’.]+\s*[:：]\s*\S")


def _form_line(ctx: AnalysisContext, c: SentenceCues) -> bool:
    """A list item or a form field without the teller's "I" ("- 2012–2016: Youth outreach
    worker", "Education: B.A."): a résumé line, not a scene."""
    block = ctx.draft.blocks[c.sentence.block]
    return not c.singular and (block.kind == "list-item" or bool(_FIELD_RE.match(c.sentence.text)))


def _years_of_life(c: SentenceCues) -> bool:
    """Years of a life or of a post, with nothing seen, heard or said and no one time ("I
    have been married to my wife, Delores, for forty-seven years", « je suis déléguée
    syndicale depuis 2012 », "From 2020 to 2023 I coordinated the project 'Maths and
    Jobs' in Ghent"): a life summed up — not "I turned and saw the lamp of Mustafa, a Turk
    who had arrived two years before", nor "That night my father, who had been sober for
    ten years, poured himself a glass"."""
    if _dated(c) or any(c.has(k) for k in ("sensory", "perceived")):
        return False
    # A quote in a post held over years is its title (« depuis 2016 je suis référente
    # « accueil des primo-arrivants » »); words said, with a verb of saying, are a scene
    # ("My father, who had not spoken to me since 2015, … said: "Come home, son."").
    quoted = c.kinds.get("quoted", [])
    said = any(span not in quoted for span in c.kinds["speech"])
    return (c.has("year_span") and not said) or (c.has("years_of_life") and not c.has("speech"))


def detect_moment(ctx: AnalysisContext, cues: list[SentenceCues]) -> list[Span]:
    """A scene in one sentence, or across two neighbouring ones with a third kind of detail."""
    story = [c for c in _self_story(ctx, cues) if not _form_line(ctx, c)]
    present_scenes = load_structure(ctx.draft.language).present_scenes
    spans: list[Span] = []
    for i, c in enumerate(story):
        # Nor a life summed up ("I spent my whole life among children", ``lifelong``).
        # In the present, only a day of the month makes a scene where the language says no
        # (« Le 8 janvier 2015, le lendemain de Charlie, je prends mon poste à 5 h 30 »).
        told = c.has("narrative_past") or (c.singular and (present_scenes or _day_of_month(c)))
        if not told or _general_figure(c) or _habit(c) or _a_life_summed_up(c):
            continue
        if c.opens_with("present_lead", within=TURN_OPENING) and not c.has("narrative_past"):
            continue  # « Maintenant chacun rentre chez soi… »: how things are now, not a scene
        if _lived_again_and_again(c):
            continue  # "I have felt fear when I hear…"
        kinds = c.moment_kinds()
        if not _dated(c):  # "In 2011 I founded the association": a year is a résumé's date
            kinds.discard("time")
        if _is_scene(kinds):
            spans.append(c.span)
        elif i + 1 < len(story) and kinds:
            nxt = story[i + 1]
            together = kinds | nxt.moment_kinds()
            adjacent = nxt.sentence.index == c.sentence.index + 1
            if adjacent and len(together) > MOMENT_MIN_KINDS and _is_scene(together, perceived=True):
                spans.append(c.span)
    return spans


def _lived_again_and_again(c: SentenceCues) -> bool:
    """A past told as lived more than once or still going ("I have felt fear when I hear the
    words people say", "I have sat at my kitchen table and cried", « il m'est arrivé de
    pleurer », «لطالما شعرت بالخوف»): every past of the sentence at or after that sign,
    and no time of its own — not one moment ("That night I felt it")."""
    again = c.kinds.get("lived_again", [])
    past = c.kinds["narrative_past"]
    if not again or c.has("time"):
        return False
    first = min(a for a, _ in again)
    return all(a >= first for a, _ in past)


def _value_list(c: SentenceCues) -> bool:
    """"Our core values are diversity, inclusion, respect", «نؤمن بقيم الحوار والتسامح»:
    values named as a list, with nothing shared or seen to make them concrete."""
    concrete = c.moment_kinds() - {"named"}
    return c.has("values_named") and not c.has("shared") and not concrete


def _slogan_only(c: SentenceCues) -> bool:
    """"Together we can build a better future", « un monde meilleur », «مستقبل أفضل»: a
    slogan with nothing concrete beside it (no detail of a scene, no figure, no win)."""
    concrete = c.moment_kinds() - {"named"}
    slogans = c.kinds.get("slogan", [])
    # "We are all the same": the shared cue inside the slogan is the slogan itself.
    shared = [s for s in c.kinds.get("shared", []) if not overlaps(s, slogans)]
    # "We can change this, because we did it before": the slogan with its proof, a past.
    proof = c.has("because") and c.has("narrative_past")
    return bool(slogans) and not concrete and not shared and not proof and not any(
        c.has(k) for k in ("success", "precedent", "statistic"))


def _universal_only(c: SentenceCues) -> bool:
    """Common humanity asserted with nothing done beside it, at a time or a place: "We all
    bleed the same red" — not "we are one family: last winter we took turns cooking"."""
    return c.has("universal") and not (_acts(c) and (_dated(c) or c.has("place")))


def _hashtags(c: SentenceCues) -> bool:
    """"#NotInOurName #كلنا_إبراهيم": tags, not a sentence."""
    words = c.sentence.text.split()
    return bool(words) and all(w.startswith("#") for w in words)


def _exhorts(c: SentenceCues) -> bool:
    """"We must all do better" exhorts; "We share the belief that nobody should lie in the
    dark" holds a value whose content is an ought: the "should" comes after the value."""
    held = [a for kind in ("values", "shared") for a, _ in c.kinds.get(kind, [])]
    return any(not held or a < min(held) for a, _ in c.kinds.get("obligation", []))


def detect_shared_value(ctx: AnalysisContext, cues: list[SentenceCues]) -> list[Span]:
    spans: list[Span] = []
    us = {id(c) for c in _in_part(ctx, cues, "us")}
    asks = _ask_spans(ctx)
    for c in cues:
        if overlaps(c.span, asks):
            continue  # "we call on all actors to work together for values…": an ask
        if _exhorts(c):
            continue  # "we must raise our children on tolerance": an exhortation, not a value held
        if _value_list(c) or _hashtags(c) or _slogan_only(c):
            continue
        if _universal_only(c):
            continue  # "We all bleed the same red": true of everyone, no value of this community
        if c.has("no_distinction"):
            # "Nobody asked where you came from", « sans distinction de quartier », «لم يسأل
            # أحد: من أين أنت؟»: the value shown in what people do (even before a question).
            spans.append(c.span)
            continue
        if _is_question(c) or c.has("statistic"):
            continue  # «هل ننتظر حتى…؟» asks; "80% … and we all know why" counts
        if _all_of_us_only(c):
            continue  # "We all want them to be safe", « je pleure pour nous tous »
        if c.has("event") and _day_of_month(c) and not c.has("shared"):
            continue  # "On June 10 the board of our local votes on a rule…": why now, not a value
        if c.plural_beyond("obligation") and (c.has("values") or c.has("shared")):
            spans.append(c.span)
        # In the Story of Us, a value held by the community named ("Teachers and parents
        # in this city share one belief: every child deserves…"), not an exhortation.
        elif id(c) in us and c.has("values") and c.has("community") and not c.has("obligation"):
            spans.append(c.span)
    return spans


def _all_of_us_only(c: SentenceCues) -> bool:
    """"We all", « nous tous », «كلنا» with no value word and nothing done, dated or placed:
    a quantifier, not a value shown ("We all want them to be safe and happy")."""
    quantifiers = c.kinds.get("all_of_us", [])
    if not quantifiers or c.has("values") or c.has("reciprocal"):
        return False
    # "we all know what it is to arrive with nothing" is more than "we all": a shared cue
    # reaching past the quantifier counts.
    only = all(any(a <= s and e <= b for a, b in quantifiers) for s, e in c.kinds.get("shared", []))
    return only and not (c.has("narrative_past") or c.has("place") or _dated(c))


def _good_news(c: SentenceCues) -> bool:
    return any(c.has(k) for k in ("success", "hope", "hope_weak"))


def _dated(c: SentenceCues) -> bool:
    """A day, a month or a season, not only a year or a number of years ("In 2025 we plan
    to…" is a plan, "In 2011 I founded…, which I chaired for eight years" a résumé)."""
    counted = c.kinds.get("years_counted", [])
    for a, b in c.kinds.get("time", []):
        norm = sentence_text_norm(c.sentence, a, b)
        if not (norm.isdigit() and len(norm) == 4) and (a, b) not in counted:
            return True
    return False


def _day_of_month(c: SentenceCues) -> bool:
    """A date with its day ("On June 10", « le 12 mars », «يوم 14 مارس»), not a custom
    ("each year in June, when school ends") nor a year alone."""
    words = c.sentence.words
    days = [k for k, w in enumerate(words) if w.norm.isdigit() and len(w.norm) <= 2]
    for a, b in c.kinds.get("time", []):
        at = [k for k, w in enumerate(words) if a <= w.start < b]
        if at and any(at[0] - 2 <= k <= at[-1] + 2 for k in days):
            return True
    return False


def _others_future(c: SentenceCues) -> bool:
    """A future whose subject is not the teller ("On 30 June the owner wants to sell", not
    "we will expand our programmes"): the word before the verb is no "I" or "we"."""
    first_person = {a for a, _ in c.singular} | {a for a, _ in c.plural}
    words = c.sentence.words
    for a, _ in c.kinds.get("future", []):
        i = next((k for k, w in enumerate(words) if w.start == a), None)
        if i is None or (i > 0 and words[i - 1].start in first_person) or a in first_person:
            continue
        return True
    return False


def _situation_urgency(c: SentenceCues, asks: Sequence[Span]) -> bool:
    """Urgency told as a fact of the situation, not in an ask nor a precedent: a dated
    event ("The board votes next Tuesday, March 19", "On 30 June the owner wants to sell"),
    a countdown or run ("the school year starts in three weeks", «العام الثالث على التوالي»),
    or a harm that has lasted up to now ("the lift has been broken for six weeks")."""
    # Not what "we" hold ("we who share bread in Ramadan, who believe dignity starts with
    # the first letter"): a value, no date.
    coming = (c.has("event") and c.has("time") and not (c.plural and c.has("values"))) or (
        # Not a belief or good news: «أؤمن أن الربيع سيُزهر من جديد» ("spring will bloom").
        _others_future(c) and _dated(c) and not _good_news(c) and not c.has("values")
        and not c.singular)
    # "Still, since January the bakeries have been leaving their bread": a turn to what
    # already lasts is hope, not a harm.
    lasting = c.has("lasting") and not _good_news(c) and not c.opens_with("turn", within=TURN_OPENING)
    if not (coming or lasting or c.has("countdown")) or c.has("precedent"):
        return False
    return not overlaps(c.span, asks)  # last: a long draft has many asks


def _but_today(c: SentenceCues, asks: Sequence[Span], days_named: DaysNamed) -> bool:
    """"But today more than half of the young have no job", « Aujourd'hui, nos jeunes sont
    au chômage », «لكن اليوم ثلث الشباب بلا عمل»: the turn from the story to the
    present with a harm in it (a difficulty, a threat, nothing done, a figure) — not good
    news, not the teller ("Today I run the club"), not a question ("Why now?"), not how
    things simply are ("Today we are thirty volunteers"), not a day named («اليوم الأول»،
    «في ذلك اليوم»)."""
    if not c.opens_with("present_lead", within=TURN_OPENING + 1):
        return False
    if _good_news(c) or c.singular or _is_question(c):
        return False
    if not any(c.has(k) for k in _HARM_NOW):
        return False
    words = c.sentence.words
    lead = next(k for k, w in enumerate(words) if any(w.start == a for a, _ in c.kinds["present_lead"]))
    named = (lead + 1 < len(words) and words[lead + 1].norm in days_named.after) or (
        lead > 0 and words[lead - 1].norm in days_named.before)
    return not named and not overlaps(c.span, asks)


def _asked_if(c: SentenceCues, conditionals: Sequence[str]) -> bool:
    """"Because if we don't love each other, who will?": a condition asked, with no other
    sign of urgency, is a plea, not why now ("If we don't act now, they will sell" is)."""
    spans = c.kinds.get("urgency", [])
    return _is_question(c) and all(
        sentence_text_norm(c.sentence, a, b).split()[0] in conditionals for a, b in spans)


def detect_urgency(ctx: AnalysisContext, cues: list[SentenceCues]) -> list[Span]:
    spans: list[Span] = []
    asks = _ask_spans(ctx)
    data = load_structure(ctx.draft.language)
    conditionals = data.conditionals
    outside = _outside_self(ctx, cues)
    for c in outside:
        # "Every week" in an ask, or "today" in a greeting, is not urgency: a weak time
        # word counts next to a threat ("Now we are engaged in a great civil war"); a
        # threat alone ("we condemn the attack") is news, not a reason to act now.
        # A threat in a precedent ("in 2022 we reopened the library, closed for two years")
        # is the story of a success, not why now.
        threatened = c.has("urgency_weak") and c.has("threat") and not c.has("precedent")
        said = c.has("urgency") and not _asked_if(c, conditionals)
        if said or threatened or _situation_urgency(c, asks) or _but_today(c, asks, data.days_named):
            spans.append(c.span)
    # Inside a story with no Story of Now ("This is the second time this month."): the
    # situation in the present, not the teller's own past.
    seen = {id(c) for c in outside}
    spans += [c.span for c in cues if id(c) not in seen and not c.singular
              and not c.has("narrative_past") and _situation_urgency(c, asks)]
    return spans


# Something bad told in a sentence: no hope in it (a win, a pilot, a figure achieved).
_BAD_NEWS = ("threat", "nothing_done", "scarce", "challenge", "waiting")
# A harm said in the present, bad news or a figure: what makes "But today…" urgency.
_HARM_NOW = _BAD_NEWS + ("statistic",)


def detect_hope(ctx: AnalysisContext, cues: list[SentenceCues]) -> list[Span]:
    spans: list[Span] = []
    for c in _outside_self(ctx, cues):
        # "We can" alone does not count (a slogan, not a source of hope); "this valley
        # will be split" or "we must do better" do not either.
        # "Throughout my career I have seen discrimination": the teller's résumé (not « le club
        # a accompagné 22 jeunes, en partenariat avec le CPAS »).
        if c.has("cv") and c.singular:
            continue
        if _slogan_only(c):  # "I believe that together we can build a better future"
            continue
        # "Together we can" alone is a slogan; with a sign of change already made
        # ("we can: forty families have already joined") it is hope.
        weak = (c.has("hope_weak") or c.has("can")) and c.has("success") and not any(
            c.has(k) for k in ("obligation", "threat", "nothing_done"))
        # After a turn, change already made: "Yet our club has helped sixty young people".
        # Or a precedent: a success already seen ("Last winter the campaign worked",
        # "an evaluation showed that most of them went back to school"), or a win dated
        # in the past ("En 2014, l'association a obtenu que le fondouk soit restauré") —
        # not what an organisation is today ("founded in 2015, today it has 45 members").
        shown = c.has("success") and not c.has("threat") and not c.has("waiting") and not _value_said(c) and (
            c.opens_with("turn", within=TURN_OPENING) or c.has("precedent") or _dated_win(c))
        # A turn to what already happened, with nothing bad in it: "But last spring, eleven
        # volunteers kept the sessions going", «لكن الحي أثبت أنه أقوى» — not what holds "us"
        # together (« Mais ce qui nous tient ensemble, c'est ce que nos parents nous ont appris »).
        # Or someone already acting: "Still, since January the bakeries have been leaving
        # their bread", «لكنّنا لسنا أوّل من يواجه هذا: … فحصلوا على».
        done = any(c.has(k) for k in ("precedent", "narrative_past", "success", "outcome"))
        turned = c.opens_with("turn", within=TURN_OPENING) and done and not any(
            c.has(k) for k in ("threat", "challenge", "event", "obligation", "countdown",
                               "future", "not_action", "nothing_done")) and not _value_said(c)
        # "We can win." and the proof right after it: "In 2019 line 12 was to close too…",
        # « L'an dernier, l'association a réuni l'argent », «في 2019 نجحنا…».
        proven = (c.has("can") and not c.has("obligation") and not c.has("threat") and (
            _proof_follows(cues, c) or _proof_given(c) or _proof_before(cues, c)))
        # A figure of what was already achieved: "96 of the 212 trainees have moved into
        # paid work", « 7 jeunes sur 10 … sont scolarisés », «نجح 40 شابا من أصل 60».
        # Or counted in plain numbers: « six sont passés par mon fournil, quatre travaillent
        # aujourd'hui, et Bilal a ouvert sa propre boulangerie » — not the size of an
        # organisation («تأسست جمعية «أفق» سنة 2015 … وتضم اليوم 45 عضواً»).
        counted = c.has("success") and (c.has("statistic") or (
            _counts(ctx, c) and not c.has("organisation"))) and not any(
            c.has(k) for k in _BAD_NEWS + ("obligation",))
        hoped = c.has("hope") and not _denied(c, "hope")
        if (hoped or weak or shown or turned or proven or counted or _tried(cues, c)
                or _programme_worked(ctx, c) or _counted_precedent(ctx, c) or _won_after_dated_past(cues, c)):
            spans.append(c.span)
    return spans


TRIAL_LOOKAHEAD = 1
# What in the sentence after a pilot says it failed ("It didn't work", "I doubt it helped").
_TRIAL_FAILURE = _BAD_NEWS + ("not_action", "doubt")


def _programme_worked(ctx: AnalysisContext, c: SentenceCues) -> bool:
    """A programme that worked: "a mentoring pilot… showed", «أثبتت تجربة… نجاعتها» — a
    success said, or a precedent other than the programme's own word («التجربة» is both)
    with no figure of a problem ("A state program found that one in three children goes to
    bed hungry" is the problem); nothing bad, nothing owed or still to come."""
    if not c.has("programme") or any(c.has(k) for k in _BAD_NEWS + ("obligation", "future")):
        return False
    if c.has("success"):
        return True
    shown_by = [span for span in c.kinds["precedent"] if not _within(span, c.kinds["programme"])]
    # (A count of people it served, sourced or in hundreds, is its result, not a problem's figure.)
    draft = ctx.draft
    return bool(shown_by) and not find_statistics(c.sentence, draft.text, draft.language, counts=False)


def _value_said(c: SentenceCues) -> bool:
    """What holds "us" together, said with no time (« Mais ce qui nous tient ensemble, c'est ce
    que nos parents nous ont appris »): a value, no win — not "But what unites us is that
    last year 40 families joined the cooperative"."""
    return c.has("shared") and not (c.has("time") or c.has("precedent"))


def _counted_precedent(ctx: AnalysisContext, c: SentenceCues) -> bool:
    """Work already done for people (``work_done``), dated and counted, with nothing bad in
    it — not "Last year we buried three boys", "we sent four letters": "Last year our
    committee matched 40 first-year apprentices with mentors", « L'an dernier, le centre a
    formé 60 jeunes », «السنة الماضية درّبنا 60 شابا» — a count, not a year or a date; not
    a figure that rose ("acts rose by 52% last year") nor a letter about what will be cut."""
    if not (c.has("precedent") and c.has("work_done")) or any(
            c.has(k) for k in _BAD_NEWS + ("obligation", "not_action", "statistic", "future")):
        return False
    if find_statistics(c.sentence, ctx.draft.text, ctx.draft.language, counts=False):
        return False  # "one in four pupils… in the past year" (not "collected 340 signatures")
    return _counts(ctx, c)


def _counts(ctx: AnalysisContext, c: SentenceCues) -> bool:
    """The sentence counts something, in figures or words ("40 apprentices", « six ») —
    not a year, a date or an hour, nor years gone by ("For three years they kept the hall
    locked", « en deux ans »)."""
    language, text, words = ctx.draft.language, ctx.draft.text, c.sentence.words
    years = years_counted_words(language)

    def counts(last: int) -> bool:
        return last + 1 >= len(words) or words[last + 1].norm not in years

    return any(counts(i) for i in count_words(c.sentence, language)) or any(
        n.role is None and counts(n.last) for n in find_numbers(c.sentence, text, language))


def _denied(c: SentenceCues, kind: str) -> bool:
    """Every ``kind`` cue comes right after a "not" ("It did not work", «لم تنجح»)."""
    nots = [b for _, b in c.kinds.get("nothing_done", []) + c.kinds.get("negation", [])]
    spans = c.kinds.get(kind, [])
    return bool(spans) and all(any(0 <= a - b <= 1 for b in nots) for a, _ in spans)


def _dated_win(c: SentenceCues) -> bool:
    """A success at a time in the past, with nothing bad in it: "In 2019 we won the vote",
    « en 2014, l'association a obtenu que le fondouk soit restauré » — not "In 2020 the
    council agreed to close the centre" (a threat), "the landlord won the case against
    us" (not our win), nor what an organisation is today."""
    return c.has("time") and not c.has("present_lead") and not any(
        c.has(k) for k in _BAD_NEWS + ("obligation", "not_action"))


def _tried(cues: Sequence[SentenceCues], c: SentenceCues) -> bool:
    """A pilot already run, with nothing bad in it nor right after it: "Last spring on line
    51 we tested passenger ambassadors…", « l'an dernier, nous avons testé… », «جرّبنا…»."""
    if not (c.has("trial") and (c.has("precedent") or c.has("narrative_past"))):
        return False
    # "It didn't work", "He never answered": a negation right after is the pilot's failure,
    # unless that sentence turns to what did change ("The insults did not disappear, but
    # people started to speak").
    return not any(c.has(k) for k in _BAD_NEWS) and not any(
        n.has(k) and not _turns_to_good(n, _TRIAL_FAILURE)
        for n in _next_in_paragraph(cues, c, TRIAL_LOOKAHEAD)
        for k in _TRIAL_FAILURE)


def _turns_to_good(c: SentenceCues, bad: Sequence[str]) -> bool:
    """All the ``bad`` cues come before the sentence's last turn, and a change or a win
    after it: "The insults did not disappear, but the atmosphere changed", « Les insultes
    n'ont pas disparu, mais l'ambiance a changé », «لم تختف الشتائم، لكن الجو تغيّر»."""
    turns = c.kinds.get("turn", [])
    if not turns:
        return False
    turn = max(a for a, _ in turns)
    worse = [span for k in bad for span in c.kinds.get(k, [])]
    # A change, not a time word read as one ("but today the council closes the line").
    times = [span for k in ("later", "present_lead", "time") for span in c.kinds.get(k, [])]
    better = c.kinds.get("success", []) + [
        span for span in c.kinds.get("outcome", []) if not overlaps(span, times)]
    return all(b <= turn for _, b in worse) and any(a > turn for a, _ in better)


WIN_LOOKBACK = 2


def _won_after_dated_past(cues: Sequence[SentenceCues], c: SentenceCues) -> bool:
    """A win told over sentences: a success with nothing bad in it, a sentence or two after a
    past told at a date or as a precedent, in the same paragraph ("In 2019 the trust announced
    it would drop dental coverage. Four hundred retirees signed the petition. They kept the
    dental plan.") — not "Today they have agreed to…" (the present), nor a value said."""
    if not c.has("success") or any(c.has(k) for k in _BAD_NEWS + ("obligation", "future", "present_lead")):
        return False
    if _value_said(c):
        return False
    return bool(_dated_pasts_before(cues, c))


def _dated_past(c: SentenceCues) -> bool:
    """Told as past: a precedent ("Last year…"), or a time with a past form or a year and
    nothing still to come ("In 2019 the trust announced…", «في سنة 2019 قرر الصندوق…» — its
    past spelt with no person is not read) — not "In 2030 the plant will close"."""
    if c.has("precedent"):
        return True
    if not c.has("time") or any(c.has(k) for k in ("present_lead", "countdown", "obligation")):
        return False
    return c.has("narrative_past") or (
        not c.has("future") and any(_YEAR_WORD_RE.fullmatch(w.norm) for w in c.sentence.words))


_YEAR_WORD_RE = re.compile(r"(?:19|20)\d\d")


def _previous_in_paragraph(cues: Sequence[SentenceCues], c: SentenceCues, count: int) -> list[SentenceCues]:
    """Up to ``count`` sentences right before ``c``, in its paragraph, nearest first."""
    i = c.sentence.index
    before = reversed(cues[max(0, i - count) : i])
    return list(takewhile(lambda p: p.sentence.block == c.sentence.block, before))


def _dated_pasts_before(cues: Sequence[SentenceCues], c: SentenceCues) -> list[SentenceCues]:
    """The sentences up to WIN_LOOKBACK before ``c``, in its paragraph, that tell a past at a
    date or as a precedent (``_dated_past``): what a win or a "we can" may rest on."""
    return [b for b in _previous_in_paragraph(cues, c, WIN_LOOKBACK) if _dated_past(b)]


def _next_in_paragraph(cues: Sequence[SentenceCues], c: SentenceCues, count: int) -> list[SentenceCues]:
    """Up to ``count`` sentences right after ``c``, in its paragraph."""
    i = c.sentence.index
    return list(takewhile(lambda n: n.sentence.block == c.sentence.block, cues[i + 1 : i + 1 + count]))


PROOF_LOOKAHEAD = 2


def _proof_given(c: SentenceCues) -> bool:
    """"We can", and after "because" in the same sentence a win already had or a work kept
    up: « Je sais qu'on peut faire autrement, parce qu'à Saint-Front une trentaine de
    bénévoles se relaient depuis deux ans », "We can do it, because last winter…"."""
    since = [a for a, _ in c.kinds["because"]]
    if not since:
        return False
    proofs = c.kinds["precedent"] + c.kinds["success"] + c.kinds["lasting"]
    return any(a > min(since) for a, _ in proofs)


def _proof_before(cues: Sequence[SentenceCues], c: SentenceCues) -> bool:
    """"We can", a sentence or two after a past told at a date or as a precedent, with nothing
    bad in it, in the same paragraph: "We already did this once. In 2019 it took us one
    meeting and three days. We can do it again" — not "In 2019 the mill closed. We can…",
    nor a "can" that is no hope ("for as long as anyone can remember", "We ask you to sign
    the letter so that it can be delivered")."""
    if c.has("lifelong") or c.has("invitation"):
        return False
    return any(not any(b.has(k) for k in _BAD_NEWS) for b in _dated_pasts_before(cues, c))


def _proof_follows(cues: Sequence[SentenceCues], c: SentenceCues) -> bool:
    """One of the next sentences of the paragraph tells a win already had: a precedent, a
    success, a dated past ("En 2019, la ligne 12 devait fermer aussi") or a dated figure
    ("En 2019, … les appels ont doublé") — not a résumé line, nor nothing done (unless
    that is the win: « le local n'a jamais ouvert »)."""
    for nxt in _next_in_paragraph(cues, c, PROOF_LOOKAHEAD):
        if nxt.has("cv"):
            return False
        if nxt.has("nothing_done") and not nxt.has("result"):
            return False
        if nxt.has("precedent") or nxt.has("success") or (
                nxt.has("time") and (nxt.has("narrative_past") or nxt.has("statistic"))):
            return True
    return False


def detect_ask(ctx: AnalysisContext, cues: list[SentenceCues]) -> list[Span]:
    return _ask_spans(ctx)


DETECTORS: dict[str, Detector] = {
    "self.challenge": detect_challenge,
    "self.choice": detect_choice,
    "self.outcome": detect_outcome,
    "self.moment": detect_moment,
    "us.shared_value": detect_shared_value,
    "now.urgency": detect_urgency,
    "now.hope": detect_hope,
    "now.ask": detect_ask,
}


def _evidence(ctx: AnalysisContext, spans: Sequence[tuple[int, int]]) -> list[Span]:
    unique = sorted(set(spans))[:MAX_EVIDENCE]
    return [Span(start=a, end=b, text=ctx.draft.quote(a, b)) for a, b in unique]


def detect_elements(ctx: AnalysisContext) -> None:
    """Every element of the framework, in framework order, present or not, with evidence.

    Must run after ``find_sections`` and after the ask detector (``find_asks``).
    """
    cues = draft_cues(ctx.draft)
    known = {e.id: e for e in ctx.elements}
    elements: list[Element] = []
    for element_id in ctx.framework.element_ids():
        detector = DETECTORS.get(element_id)
        if detector is None:  # another stage's element: keep what it found
            elements.append(known.get(element_id) or Element(id=element_id, present=False))
            continue
        spans = detector(ctx, cues)
        elements.append(Element(id=element_id, present=bool(spans), evidence=_evidence(ctx, spans)))
    ctx.elements = elements
