"""Calls to action: find every ask in a draft and grade how concrete it is.

The workshop's third rule of a message is to offer concrete, practical solutions,
and a Story of Now ends with a specific ask: who should do what, when and where.
An ask is a sentence with a request ("I ask you to…", « je vous invite à… »,
ندعوكم), a call on someone to act with a few words between the call and its link
("we call on all stakeholders to…", « nous appelons les élus à… », ندعو جميع الجهات
المعنية إلى…), or an imperative that opens the sentence or a clause ("Join us", venez,
تعالوا). Its specifics (time, place, quantity, audience) are looked for in the ask
and in the sentence right after it, when that one is not itself an ask: "Join us.
We meet on Saturday at 10 a.m. at the community hall." tells the listener enough.

The phrase lists live in ``data/lang/<lang>/asks.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from pydantic import Field, field_validator

from .context import AnalysisContext
from .languages import StrictData, check_regexes, load_language_file
from .lexicon import Lexicon
from .models import Ask, AskSpecifics
from .text import Block, ParsedDraft, Sentence, Word, enumerates, normalize_word, numbered

# Punctuation after which a new clause (and so an imperative) may start. Dashes are
# left out: they mostly set off asides ("— so help us God").
_CLAUSE_BREAK_RE = re.compile(r"[,:;،؛«“\"(]")
_LIST_BREAK_RE = re.compile(r"[,،]")
_ACTION_END_RE = re.compile(r"[.;:!?؛؟…\n]")
_YEAR_RE = re.compile(r"(?<!\d)(?:1[89]|20)\d{2}(?!\d)")
_ACTION_WORDS = 6
# Words past the action's own where vague wording still makes the ask vague.
_VAGUE_REACH = 4
# How many words may name who is called on, between "we call on" and "to": enough for
# "the residents, the associations and the elected officials".
_CALL_GAP = 8
# How many sentences after an ask may still say when and where to come.
_MEETING_AHEAD = 2
_GAP = "…"
# Quoted speech inside a story ("He shouted: «Get out!»") reports an order, it asks nothing.
# Quotation marks, opening and closing (a straight quote does both).
_QUOTE_MARK_RE = re.compile(r"[«»“”\"]")
_CLOSERS = {"«": "»", "“": "”", '"': '"'}
_REVERSED = {"»": "«", "”": "“", '"': '"'}
_SENTENCE_END_RE = re.compile(r"[.!?؟…]")
# What may stand between two pieces of one time or place: "Saturday, 14 March at 10".
_JOINER_RE = re.compile(r"^[\s,\-–—]*(?:at|à|a|on|le|في|،)?[\s,\-–—]*$", re.IGNORECASE)


class AskData(StrictData):
    """``asks.toml``: what makes a sentence an ask, and what makes an ask concrete."""

    requests: tuple[str, ...] = Field(min_length=1)
    # "we call on … to": a call, up to a few words naming who, then its link.
    calls: tuple[str, ...] = ()
    # The same in the third person, made by an organisation the sentence names.
    org_requests: tuple[str, ...] = ()
    org_calls: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    # Next to a call, these show it is on the teller or a character ("asks me to").
    not_called: tuple[str, ...] = ()
    # Words that make a request or a call the teller's own plan ("we will invite… to"),
    # unless it is made to the listener (``listeners``); Arabic marks the future with a prefix.
    plans: tuple[str, ...] = ()
    future_prefixes: tuple[str, ...] = ()
    listeners: tuple[str, ...] = ()
    # After an imperative-looking word, these show it was a name or a subject
    # ("Open Doors will provide…", "Help is on the way", "Stop AAPI Hate received…").
    statement_verbs: tuple[str, ...] = ()
    # Small words inside such a name, between capitalised words (« Osez le Féminisme »).
    name_particles: tuple[str, ...] = ()
    imperatives: tuple[str, ...] = Field(min_length=1)
    # Imperatives no word list can hold, as regular expressions on the sentence: the Arabic
    # negative imperative «لا تبقوا», Maghrebi «ما تسكتوش».
    imperative_patterns: tuple[str, ...] = ()
    openers: tuple[str, ...] = ()
    subjects: tuple[str, ...] = ()
    vague_actions: tuple[str, ...] = ()
    # A result to guarantee, no act anyone listening can do ("We must ensure that…",
    # « garantir l'accès… », «ضمان…»): vague even with a when and a where.
    guarantees: tuple[str, ...] = ()
    # Someone else's words reported ("he started to shout that we should go back home",
    # « un homme qui disait que les filles doivent… », «قال إن علينا…»): what follows, to the
    # end of the sentence, is an order reported, as in quotes, not the teller's ask.
    reported_speech: tuple[str, ...] = ()
    # Right after a request, a duty laid on "he" or "it" in the story, not on the listener
    # (« il faut qu'il parle »: the heart, a son), unless impersonal (« qu'il y ait »).
    third_persons: tuple[str, ...] = ()
    # "we owe" said with the words of "we must": no request (« le respect que nous devons à
    # nos mères »).
    owed: tuple[str, ...] = ()
    # What the listener needs to know, said to explain, not to ask an act: "Here's what you
    # need to understand about driving a bus", « voici ce que vous devez savoir »; or a
    # greeting that reads like a duty («السلام عليكم جميعا»).
    explained: tuple[str, ...] = ()
    # The word that joins the last items of a list ("training, work or a course"): with the
    # commas, what makes a bracket a list (see ``_listed_in_aside``).
    list_links: tuple[str, ...] = ()
    # A request verb asking a question, not for an act: « je demande aux jeunes ce qu'ils
    # veulent » (a question word after its object, before « de »), not « je demande aux
    # parents de venir » nor an aside (« je vous demande, quel que soit votre âge, de… »).
    question_words: tuple[str, ...] = ()
    # The word that opens the act asked for ("to", « de », «أن»): a question word after it
    # is part of the act ("I ask you to tell the mayor what happened").
    request_links: tuple[str, ...] = ()
    # What names the ask's own meeting two sentences on ("Sign-up is on Saturday…", «التسجيل
    # يوم السبت…»): only then does that sentence's when and where belong to the ask.
    meeting_words: tuple[str, ...] = ()
    impersonal: tuple[str, ...] = ()
    times: tuple[str, ...] = ()
    time_patterns: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    place_patterns: tuple[str, ...] = ()
    number_words: tuple[str, ...] = ()
    # A number word in a figure of speech, counting nothing: "with one voice", «يدا واحدة».
    not_quantities: tuple[str, ...] = ()
    # A time word that says what the act is for, not when: « Soyons présents… pour demain »,
    # "for tomorrow", «من أجل الغد».
    not_times: tuple[str, ...] = ()
    audiences: tuple[str, ...] = ()
    # A purpose clause says what the ask is for, not where or when to act: "improve
    # coordination so that students are not passed from office to office".
    purpose_links: tuple[str, ...] = ()
    # The time the teller asks in ("tonight", « ce soir », «الليلة»), right after a request
    # and before a comma: not when to act.
    asking_times: tuple[str, ...] = ()
    # Who is asked, between the request and the time it is made ("I'm asking *all of you*
    # tonight", « je vous demande *à tous* ce soir », «أطلب منكم *جميعا* الليلة»).
    asked_of: tuple[str, ...] = ()
    min_specifics: int = Field(default=1, ge=1, le=3)
    # "We must…", « nous devons… », «يجب أن…»: an obligation on an unnamed "we" (a report's
    # recommendations) is concrete only with this many of time, place and quantity.
    obligations: tuple[str, ...] = ()
    obligation_min_specifics: int = Field(default=2, ge=1, le=3)

    @field_validator("calls", "org_calls")
    @classmethod
    def _valid_calls(cls, calls: tuple[str, ...]) -> tuple[str, ...]:
        for call in calls:
            parts = [part.strip() for part in call.split(_GAP)]
            if len(parts) != 2 or not all(parts):
                raise ValueError(f"a call is 'words {_GAP} link', got {call!r}")
        return calls

    @field_validator("time_patterns", "place_patterns", "imperative_patterns")
    @classmethod
    def _valid_regexes(cls, patterns: tuple[str, ...]) -> tuple[str, ...]:
        check_regexes(patterns)
        return patterns


@dataclass(frozen=True)
class AskLexicons:
    language: str
    requests: Lexicon
    calls: tuple[tuple[Lexicon, Lexicon], ...]
    org_requests: Lexicon
    org_calls: tuple[tuple[Lexicon, Lexicon], ...]
    organisations: Lexicon
    not_called: frozenset[str]
    plans: Lexicon
    future_prefixes: tuple[str, ...]
    listeners: Lexicon
    statement_verbs: Lexicon
    name_particles: frozenset[str]
    imperatives: Lexicon
    imperative_patterns: tuple[re.Pattern[str], ...]
    openers: Lexicon
    subjects: frozenset[str]
    vague_actions: Lexicon
    guarantees: Lexicon
    reported_speech: Lexicon
    third_persons: Lexicon
    request_links: frozenset[str]
    question_words: Lexicon
    meeting_words: Lexicon
    owed: Lexicon
    explained: Lexicon
    list_links: frozenset[str]
    impersonal: Lexicon
    times: Lexicon
    time_patterns: tuple[re.Pattern[str], ...]
    places: Lexicon
    place_patterns: tuple[re.Pattern[str], ...]
    number_words: Lexicon
    not_quantities: Lexicon
    not_times: Lexicon
    audiences: Lexicon
    purpose_links: Lexicon
    asking_times: Lexicon
    asked_of: Lexicon
    min_specifics: int
    obligations: Lexicon
    obligation_min_specifics: int


@cache
def load_ask_lexicons(language: str) -> AskLexicons:
    data = load_language_file(language, "asks.toml", AskData)
    return AskLexicons(
        language=language,
        requests=Lexicon(data.requests, language),
        calls=_compile_calls(data.calls, language),
        org_requests=Lexicon(data.org_requests, language),
        org_calls=_compile_calls(data.org_calls, language),
        organisations=Lexicon(data.organisations, language),
        not_called=frozenset(normalize_word(w, language) for w in data.not_called),
        plans=Lexicon(data.plans, language),
        future_prefixes=tuple(normalize_word(p, language) for p in data.future_prefixes),
        listeners=Lexicon(data.listeners, language),
        statement_verbs=Lexicon(data.statement_verbs, language),
        name_particles=frozenset(normalize_word(w, language) for w in data.name_particles),
        imperatives=Lexicon(data.imperatives, language),
        imperative_patterns=tuple(re.compile(p) for p in data.imperative_patterns),
        openers=Lexicon(data.openers, language),
        subjects=frozenset(s.casefold() for s in data.subjects),
        vague_actions=Lexicon(data.vague_actions, language),
        guarantees=Lexicon(data.guarantees, language),
        reported_speech=Lexicon(data.reported_speech, language),
        third_persons=Lexicon(data.third_persons, language),
        request_links=frozenset(normalize_word(w, language) for w in data.request_links),
        question_words=Lexicon(data.question_words, language),
        meeting_words=Lexicon(data.meeting_words, language),
        owed=Lexicon(data.owed, language),
        explained=Lexicon(data.explained, language),
        list_links=frozenset(w.casefold() for w in data.list_links),
        impersonal=Lexicon(data.impersonal, language),
        times=Lexicon(data.times, language),
        time_patterns=tuple(re.compile(p) for p in data.time_patterns),
        places=Lexicon(data.places, language),
        place_patterns=tuple(re.compile(p) for p in data.place_patterns),
        number_words=Lexicon(data.number_words, language),
        not_quantities=Lexicon(data.not_quantities, language),
        not_times=Lexicon(data.not_times, language),
        audiences=Lexicon(data.audiences, language),
        purpose_links=Lexicon(data.purpose_links, language),
        asking_times=Lexicon(data.asking_times, language),
        asked_of=Lexicon(data.asked_of, language),
        min_specifics=data.min_specifics,
        obligations=Lexicon(data.obligations, language),
        obligation_min_specifics=data.obligation_min_specifics,
    )


def _compile_calls(calls: Sequence[str], language: str) -> tuple[tuple[Lexicon, Lexicon], ...]:
    return tuple(
        (Lexicon([head.strip()], language), Lexicon([link.strip()], language))
        for head, link in (call.split(_GAP) for call in calls)
    )


@dataclass(frozen=True)
class AskFinding:
    """An ask with what the rules need to explain it: the cue and any vague wording."""

    ask: Ask
    sentence_index: int
    cue: tuple[int, int]
    action: tuple[int, int]
    vague: tuple[tuple[int, int], ...]
    specifics: tuple[tuple[int, int], ...]  # spans of time, place, quantity, audience found
    logistics: tuple[tuple[int, int], ...] = ()  # time, place and quantity spans only


def find_asks(ctx: AnalysisContext) -> None:
    """Pipeline stage: every call to action of the draft, with its specifics."""
    ctx.asks = [found.ask for found in detect_asks(ctx.draft)]


@lru_cache(maxsize=16)
def detect_asks(draft: ParsedDraft) -> tuple[AskFinding, ...]:
    """Every ask in the draft, one per sentence, in order."""
    lexicons = load_ask_lexicons(draft.language)
    quotes = _quotes_by_sentence(draft)
    cues = {s.index: cue for s in draft.sentences if (cue := _find_cue(draft, s, lexicons, quotes[s.index]))}
    found: list[AskFinding] = []
    for index, (cue, action_start) in cues.items():
        sentence = draft.sentences[index]
        scope = [sentence]
        for ahead in range(1, _MEETING_AHEAD + 1):
            following = draft.sentences[index + ahead] if index + ahead < len(draft.sentences) else None
            if (following is None or following.block != sentence.block or following.index in cues
                    or _gives_a_statistic(draft, following)):
                break
            # The next sentence tells more of the ask; one further on only when it names the
            # ask's meeting and says when and where ("… for six months. We need twenty.
            # Sign-up is on Saturday 8 June at 10 a.m. at the youth centre."), not another
            # event ("Last year the council met on Tuesday 8 June at the town hall").
            if ahead == 1 or (lexicons.meeting_words.find(following.words)
                              and _sets_the_meeting(draft, following, lexicons)):
                scope.append(following)
        # "Saturday 14 June, we ask you to:" says nothing to do: its list does.
        bare = action_start >= len(sentence.words) - 1
        # "We must:" above "- come to the town hall on Monday…": its items are the asks.
        lead_only = sentence.text.rstrip().endswith(":") and cue[1] >= sentence.words[-1].end
        listed = index + 1 in cues and draft.blocks[draft.sentences[index + 1].block].kind == "list-item"
        if lead_only and listed:
            continue
        items = [] if _says_when_where(draft, sentence, lexicons) and not bare else _items_listed(
            draft, sentence, cues)
        scope += items
        preceding = draft.sentences[index - 1] if index > 0 else None
        if (preceding is not None and preceding.block == sentence.block and preceding.index not in cues
                and _sets_the_meeting(draft, preceding, lexicons)):
            scope.insert(0, preceding)
        found.append(_grade(draft, sentence, scope, cue, action_start, lexicons, items))
    return tuple(found)


def _says_when_where(draft: ParsedDraft, sentence: Sentence, lexicons: AskLexicons) -> bool:
    """The sentence gives a time or an amount of its own ("Join the vigil on Friday at 7 pm
    outside the mosque:"): what follows its colon (who is invited, reasons, what to bring)
    is not what it asks. A place alone is most often who is asked ("to the town council:")."""
    words = sentence.words
    times = _time_spans(draft, [sentence], words, lexicons)
    return bool(times or _quantity_spans(draft, [sentence], words, times, lexicons))


def _items_listed(draft: ParsedDraft, sentence: Sentence, cues: Mapping[int, object]) -> list[Sentence]:
    """The list right after an ask that ends with a colon says what it asks: « Il est proposé
    au conseil municipal : - d'inscrire au budget 9 500 € ; - de signer avant le 30 juin »
    — up to an item that is an ask of its own; not a list of whole sentences, each ended
    («1. يجب على الوزارة توفير أخصائي في كل مدرسة. 2. يجب…»): recommendations of their own."""
    if not sentence.text.rstrip().endswith(":"):
        return []
    items: list[Sentence] = []
    for following in draft.sentences[sentence.index + 1:]:
        if draft.blocks[following.block].kind != "list-item" or following.index in cues:
            break
        if following.block > (items[-1].block if items else sentence.block) + 1:
            break
        items.append(following)
    if any(_SENTENCE_END_RE.fullmatch(item.text.rstrip()[-1:]) for item in items[:-1]):
        return []
    return items


def _gives_a_statistic(draft: ParsedDraft, sentence: Sentence) -> bool:
    """"Today 40% of our young men have no work" after an ask is the world, not where or
    how many to come: no specifics of the ask, and still a fact. A sentence with numbers
    of its own beside the figure still says them ("We need 40 mentors by June 1, because
    one in three of our kids has no adult to call")."""
    from .facts import find_numbers, find_statistics  # facts reads the ask lexicons

    figures = [(s.start, s.end) for s in find_statistics(sentence, draft.text, draft.language)]
    # A year beside the figure ("In 2023, 40% of…") is no number of the ask's; a date may
    # be its day ("On 14 March, 300 families will walk to city hall").
    others = [n for n in find_numbers(sentence, draft.text, draft.language)
              if n.role != "year" and not any(a <= n.start < b for a, b in figures)]
    return bool(figures) and not others


def _quotes_by_sentence(draft: ParsedDraft) -> list[list[tuple[int, int]]]:
    """For each sentence, the quotes that reach into it (see ``_quoted_spans``)."""
    quotes = _quoted_spans(draft)
    found: list[list[tuple[int, int]]] = []
    k = 0
    for sentence in draft.sentences:
        while k < len(quotes) and quotes[k][1] <= sentence.start:
            k += 1
        here = []
        for a, b in quotes[k:]:
            if a >= sentence.end:
                break
            here.append((a, b))
        found.append(here)
    return found


def _quoted_spans(draft: ParsedDraft) -> list[tuple[int, int]]:
    """Quotes, in order, however many sentences they run over (« Allez, m'fi. C'est nous
    deux qui allons l'enlever. »). A paragraph whose first mark is a closer pairs its marks
    the other way round (right-to-left typing: »لا تخافي«). A quote that opens a paragraph
    and is left open goes on only if the next paragraph opens with the same mark (a speech
    over paragraphs), otherwise it is none (a typo); one opened mid-paragraph and left open
    quotes to the end of its sentence."""
    spans: list[tuple[int, int]] = []
    carried: tuple[int, str, str] | None = None  # start, closer, opener of a quote going on
    for block in draft.blocks:
        marks = list(_QUOTE_MARK_RE.finditer(draft.text, block.start, block.end))
        first = marks[0].group() if marks else ""
        reversed_pair = first in "»”" and len(marks) > 1 and marks[1].group() == _REVERSED.get(first)
        pairs = _REVERSED if reversed_pair else _CLOSERS
        opened: tuple[int, str, str] | None = None
        goes_on = carried and marks and marks[0].group() == carried[2]
        if goes_on and _opens_block(draft, block, marks[0].start()):
            opened, marks = carried, marks[1:]
        for mark in marks:
            char = mark.group()
            if opened is None:
                if char in pairs:
                    opened = (mark.start(), pairs[char], char)
            elif char == opened[1]:
                spans.append((opened[0], mark.end()))
                opened = None
        # Only a quote that opened its paragraph goes on into the next (a speech over
        # paragraphs); a mark left open mid-paragraph quotes to the end of its sentence
        # ("My mother always said “be brave. So please join us…").
        carried = opened if opened and _opens_block(draft, block, opened[0]) else None
        if opened and not carried:
            stop = _SENTENCE_END_RE.search(draft.text, opened[0], block.end)
            spans.append((opened[0], stop.end() if stop else block.end))
    return spans


def _opens_block(draft: ParsedDraft, block: Block, offset: int) -> bool:
    return not draft.text[block.start : offset].strip()


def _find_cue(
    draft: ParsedDraft, sentence: Sentence, lexicons: AskLexicons, quotes: Sequence[tuple[int, int]] = ()
) -> tuple[tuple[int, int], int] | None:
    """The first request or clause-opening imperative: its span and where its action starts;
    ``quotes`` are the quoted stretches of the sentence."""
    words = sentence.words
    # Reported words end where the teller asks again: "The mayor asked us to be patient, and
    # I am asking you to be at the council on Monday."
    requested = lexicons.requests.find(words)
    own_asks = [m.start for m in requested  # made to "you": the match or next word
                if lexicons.listeners.contains(words[m.first_word : m.last_word + 2])]
    reported = [(m.start, min([_reported_end(sentence, m.end)] + [a for a in own_asks if a > m.end]))
                for m in lexicons.reported_speech.find(words)]
    quoted = list(quotes) + reported
    by_organisation = lexicons.organisations.contains(words)
    found = list(requested) + [
        m for m in lexicons.org_requests.find(words)
        if by_organisation or _is_name(words, m.first_word - 1, lexicons)
    ]
    own = len(requested)  # "who will join us?" asks: only a call's plan is looked before
    requests = [
        (m.first_word, m.last_word, (m.start, m.end)) for k, m in enumerate(found)
        if not _inside(m.start, quoted) and not _on_someone_else(words, m.last_word, lexicons)
        and not _is_plan(words, m.first_word, m.last_word, m.entry, lexicons, before=k >= own)
        and not _owed(words, m.first_word, lexicons)
        and not _asks_a_question(words, m.last_word, lexicons, draft.text)
    ]
    calls = _find_calls(words, lexicons.calls, lexicons, draft.text) + [
        call for call in _find_calls(words, lexicons.org_calls, lexicons, draft.text)
        if by_organisation or _is_name(words, call[0] - 1, lexicons)
    ]
    calls = [call for call in calls if not _inside(call[2][0], quoted)]
    if calls:  # a call says what to do after its link: it replaces a request at the same word
        called = {first for first, _, _ in calls}
        requests = sorted(calls + [r for r in requests if r[0] not in called])
    imperatives: list[tuple[int, tuple[int, int]]] = []
    # A question ends the sentence, not a quoted title (« l'atelier « Vrai ou faux ? » »).
    is_question = sentence.text.rstrip(" )").endswith(("?", "؟"))
    if not is_question:
        # "next Tuesday, March 19": a verb that is also a month, in a date, is no imperative.
        dates = [
            (sentence.start + m.start(), sentence.start + m.end())
            for pattern in lexicons.time_patterns for m in pattern.finditer(sentence.text)
        ]
        imperatives = [
            (m.first_word, (m.start, m.end)) for m in lexicons.imperatives.find(words)
            if _opens_clause(draft, words, m.first_word, lexicons) and not _inside(m.start, quoted)
            and not _names_a_subject(draft, words, m.last_word, lexicons)
            and not any(start <= m.start < end for start, end in dates)
            and not _year_follows(words, m.last_word)
            and not _listed_in_aside(sentence, m.start, lexicons)
        ]
        imperatives += [
            (first, span) for first, span in _pattern_imperatives(sentence, lexicons)
            if _opens_clause(draft, words, first, lexicons) and not _inside(span[0], quoted)
            and not _listed_in_aside(sentence, span[0], lexicons)
        ]
        imperatives.sort()
    if not requests and not imperatives:
        return None
    if imperatives and (not requests or imperatives[0][0] <= requests[0][0]):
        first, span = imperatives[0]
        return span, first
    first, last, span = requests[0]
    # "I am asking you tonight: come to…": the imperative says what to do.
    later = [i for i, _ in imperatives if i > last]
    if later:
        return span, later[0]
    return span, last + 1 if last + 1 < len(words) else first


# Where someone else's reported words end and the teller speaks again: "The mayor said
# that nothing can be done, so prove him wrong: come…", « …a dit que… : venez », «…فتعالوا».
_REPORTED_END_RE = re.compile(r"[:;\u2014\u2013]|,\s*(?:so|but|alors|donc|mais)\b|[\s،,]ف(?=\w)")


def _reported_end(sentence: Sentence, after: int) -> int:
    """The end of reported speech that starts before offset ``after``: the next clause
    break that hands the word back to the teller, else past the sentence's end."""
    match = _REPORTED_END_RE.search(sentence.text, after - sentence.start)
    return sentence.start + match.start() if match else sentence.end + 1


def _owed(words: Sequence[Word], first: int, lexicons: AskLexicons) -> bool:
    """The request says what is owed to someone, nothing to do (« le respect que nous
    devons à nos mères »), not « il est proposé au CA »; or what the listener needs to
    know ("Here's what you need to understand"), not "What you need to do is come"."""
    return any(m.first_word == first for m in lexicons.owed.find(words)) or any(
        m.first_word <= first <= m.last_word for m in lexicons.explained.find(words))


# How far after « je demande aux » a question word may come (« aux élus de la commune ce que »),
# and the act's opening word after an aside (« Je demande aux élus, quelle que soit leur
# couleur politique, de rouvrir… »).
_QUESTION_WITHIN = 6
_LINK_WITHIN = 12


def _asks_a_question(words: Sequence[Word], last: int, lexicons: AskLexicons, text: str) -> bool:
    """« Je demande aux jeunes ce qu'ils veulent », "I ask you what you would have done":
    a question word after the request and before the act's opening word ("to", « de »,
    «أن») asks a question, not an act — unless it opens an aside closed by a comma
    right before that word ("I ask you, whether you are a parent or a teacher, to come")."""
    after = words[last + 1 : last + 1 + _LINK_WITHIN]
    link = next((k for k, w in enumerate(after) if w.norm in lexicons.request_links), None)
    asked = [m for m in lexicons.question_words.find(after[:_QUESTION_WITHIN])
             if link is None or m.first_word < link]
    if not asked:
        return False
    if link is None:
        return True
    aside = after[asked[0].first_word - 1].end if asked[0].first_word else words[last].end
    closed = text[after[link - 1].end : after[link].start]
    return not ("," in text[aside : after[asked[0].first_word].start] and "," in closed)


def _on_someone_else(words: Sequence[Word], last: int, lexicons: AskLexicons) -> bool:
    """The request's next words lay the duty on "he" or "it": « il faut qu'il parle », not
    « il faut qu'il y ait un médiateur »."""
    after = words[last + 1 : last + 4]
    return any(m.first_word == 0 for m in lexicons.third_persons.find(after)) and not any(
        m.first_word == 0 for m in lexicons.impersonal.find(after))


def _listed_in_aside(sentence: Sentence, offset: int, lexicons: AskLexicons) -> bool:
    """The word is an item of a list in brackets, after its first item: "(training, work or
    a language course)", « (bienvenue, partagez le pain, ouvrez vos portes) » — a bracket
    with two list breaks (commas, "or") and a comma right before the word; not the first
    word of an aside ("(come early!)"), nor a call after a condition or a colon ("(if you
    can, come early)", « (pour vous inscrire : appelez Sara) »)."""
    text, at = sentence.text, offset - sentence.start
    opened = text.rfind("(", 0, at)
    if opened < 0 or text.rfind(")", 0, at) > opened:
        return False
    closed = text.find(")", at)
    inside = text[opened + 1 : closed if closed >= 0 else len(text)]
    breaks = len(_LIST_BREAK_RE.findall(inside)) + sum(
        1 for w in inside.split() if w.casefold() in lexicons.list_links)
    return breaks >= 2 and text[opened + 1 : at].rstrip().endswith((",", "،"))


def _year_follows(words: Sequence[Word], last: int) -> bool:
    """"March of 1978, a roof fall…": a month that is also a verb, dated by a year just after."""
    return any(_YEAR_RE.fullmatch(w.norm) for w in words[last + 1 : last + 3])


def _pattern_imperatives(sentence: Sentence, lexicons: AskLexicons) -> list[tuple[int, tuple[int, int]]]:
    """Imperatives found by pattern: the index of their first word and their span."""
    found: list[tuple[int, tuple[int, int]]] = []
    for pattern in lexicons.imperative_patterns:
        for m in pattern.finditer(sentence.text):
            start, end = sentence.start + m.start(), sentence.start + m.end()
            first = next((k for k, w in enumerate(sentence.words) if w.start >= start), None)
            if first is not None and sentence.words[first].start < end:
                found.append((first, (start, end)))
    return found


def _find_calls(
    words: Sequence[Word], calls: Sequence[tuple[Lexicon, Lexicon]], lexicons: AskLexicons, text: str
) -> list[tuple[int, int, tuple[int, int]]]:
    """Calls on someone: the head, at most ``_CALL_GAP`` words, then the link ("to", « à », إلى).

    Not a call on the listener when it is on the teller or a character ("she asks me to",
    « il m'invite à »), nor when it is the teller's plan ("we will invite parents to").
    """
    found: list[tuple[int, int, tuple[int, int]]] = []
    for head, link in calls:
        for h in head.find(words):
            window = words[h.last_word + 1 : h.last_word + 2 + _CALL_GAP]
            # "to" or « à » before a name or a number says where or when: "à Casablanca à 8 h".
            links = [
                m for m in link.find(window)
                if not _names_place_or_time(words, h.last_word + 2 + m.last_word)
            ]
            if not links:
                continue
            last = h.last_word + 1 + links[0].last_word
            beside = (words[k].norm for k in (h.first_word - 1, h.last_word + 1) if 0 <= k < len(words))
            if any(norm in lexicons.not_called for norm in beside):
                continue
            if _is_plan(words, h.first_word, last, h.entry, lexicons, before=True):
                continue
            # « Je demande au maire ce qu'il compte faire de ce terrain »: a question (not an
            # aside after a comma, « les habitants, quel que soit leur âge, à venir »); « je
            # demande au Seigneur de… »: a prayer.
            asked = [h.last_word + 1 + m.first_word
                     for m in lexicons.question_words.find(window[: links[0].first_word])]
            if any("," not in text[words[k - 1].end : words[k].start] for k in asked) or (
                    _on_someone_else(words, h.last_word, lexicons)):
                continue
            found.append((h.first_word, last, (h.start, words[last].end)))
    return found


def _names_place_or_time(words: Sequence[Word], i: int) -> bool:
    return i < len(words) and (words[i].text[:1].isupper() or words[i].text[:1].isdigit())


def _is_plan(
    words: Sequence[Word], first: int, last: int, entry: str, lexicons: AskLexicons, before: bool
) -> bool:
    """A request or call in the future tense is the teller's plan, unless made to the listener.

    "We will invite parents to an open day", سوف ندعو / سندعو الأهالي إلى…: a plan. "Tonight
    I will ask you to…", سأطلب منكم…: an ask all the same. A plan word opening the cue asks
    ("will you join us?"); one right before it is looked for only with ``before`` (calls:
    "who will join us?" is still an ask).
    """
    start = max(first - 1, 0) if before else first
    plan = any(start + m.first_word != first for m in lexicons.plans.find(words[start : last + 1]))
    head = words[first].norm
    written = normalize_word(entry.split()[0], lexicons.language)
    plan = plan or any(head.startswith(p) and not written.startswith(p) for p in lexicons.future_prefixes)
    return plan and not lexicons.listeners.contains(words[first : last + 1])


def _is_name(words: Sequence[Word], i: int, lexicons: AskLexicons) -> bool:
    """Word ``i`` ends a name that may make a call: "Amnesty International calls for…",
    « ATD invite… ». A capital opening the sentence is no name ("Parents ask teachers to…")
    unless the word is an acronym."""
    if i < 0:
        return False
    text = words[i].text
    if i == 0 and not (len(text) > 1 and text.isupper()):
        return False
    norm = words[i].norm
    return text[:1].isupper() and norm not in lexicons.subjects and norm not in lexicons.not_called


def _names_a_subject(draft: ParsedDraft, words: Sequence[Word], last: int, lexicons: AskLexicons) -> bool:
    """The imperative-looking word starts a name or a subject: "Open Doors will provide…",
    "Stop AAPI Hate received 11,000 reports", « Osez le Féminisme a recensé… »."""
    def capitalised(i: int) -> bool:
        return i < len(words) and words[i].text[:1].isupper()

    k = last + 1
    while k <= last + 4 and (
        capitalised(k) or (capitalised(k + 1) and words[k].norm in lexicons.name_particles)
    ):
        k += 1
    if k >= len(words) or _CLAUSE_BREAK_RE.search(draft.text[words[last].end : words[k].start]):
        return False
    found = lexicons.statement_verbs.find(words[k : k + 3])
    return bool(found) and found[0].first_word == 0


def _inside(offset: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start < offset < end for start, end in spans)


def _opens_clause(draft: ParsedDraft, words: Sequence[Word], i: int, lexicons: AskLexicons) -> bool:
    """Word ``i`` starts the sentence or a clause, perhaps after openers ("So, now, come")."""
    start = 0
    for k in range(i, 0, -1):  # the clause holding word i starts after the last break
        if _CLAUSE_BREAK_RE.search(draft.text[words[k - 1].end : words[k].start]):
            start = k
            break
    if start == 0 and i > 0 and numbered(draft.text, words):
        start = 1  # "1. Bring twenty volunteers": a list item's number opens nothing
    if start > 0 and words[start - 1].norm in lexicons.subjects:
        return False
    if start == i:
        return True
    if words[i - 1].norm in lexicons.subjects:
        return False
    # Everything between the clause start and the verb must be openers.
    covered = 0
    for match in lexicons.openers.find(words[start:i]):
        if match.first_word != covered:
            return False
        covered = match.last_word + 1
    return covered == i - start


def _grade(
    draft: ParsedDraft, sentence: Sentence, scope: list[Sentence],
    cue: tuple[int, int], action_start: int, lexicons: AskLexicons, items: Sequence[Sentence] = (),
) -> AskFinding:
    words = sentence.words
    scope_words = [w for s in scope for w in s.words]
    times = _merge(draft, _time_spans(draft, scope, scope_words, lexicons))
    first = 1 if items and numbered(draft.text, items[0].words) else 0
    if items and first < len(items[0].words):  # "It is proposed to the council: - to put 9,500 euros…"
        words, action_start = items[0].words, first  # the first item says what to do
    action_words = _action_words(draft, words, action_start)
    # «أطلب منكم اليوم: خاصنا نتعاونو…», "I ask you today: …": the day the teller asks, not
    # when to act; the action is what follows.
    said_on = [(a, b) for a, b in times if a <= action_words[0].start and action_words[-1].end <= b]
    if said_on and action_start + len(action_words) < len(words):
        action_words = _action_words(draft, words, action_start + len(action_words))
    # « Ce que je vous demande ce soir, c'est simple. »: the evening the teller asks in
    # (tonight, today, before a comma), right after the request, then what is asked.
    head = next(((a, b) for a, b in times if a <= action_words[0].start < b
                 and lexicons.asking_times.contains(_words_in(words, a, b))
                 and draft.text[b : b + 1] in (",", "،")), None)
    after = next((k for k, w in enumerate(words) if w.start >= head[1]), None) if head else None
    if head is not None and after is not None:
        said_on.append(head)
        action_words = _action_words(draft, words, after)
    # « Je vous demande aujourd'hui : travaillons… »: a time inside the request, before its action.
    said_on += [(a, b) for a, b in times if cue[0] <= a and b <= action_words[0].start]
    said_on += _asked_of_then_when(words, times, action_words, lexicons)
    times = [t for t in times if t not in said_on]
    action = (action_words[0].start, action_words[-1].end)
    # Vague wording a little past the action's first words: "I'm asking all of us tonight to
    # raise awareness" (who is asked and when push the verb out of the action's six words).
    action_first = next(k for k, w in enumerate(words) if w.start == action_words[0].start)
    reach = _action_words(draft, words, action_first, _ACTION_WORDS + _VAGUE_REACH)
    guaranteed = _guarantee_asked(words, cue, action_words[0], lexicons)
    vague = tuple(sorted(guaranteed + tuple((m.start, m.end) for m in lexicons.vague_actions.find(reach))))
    purpose = _purpose_clause(draft, sentence, action[0], lexicons)
    # A place named among those called on is who is asked, not where: "we call on the
    # city council to…", ندعو المجلس البلدي إلى….
    named = _lexicon_and_regex(draft, scope, scope_words, lexicons.places, lexicons.place_patterns)
    places = _merge(draft, [(a, b) for a, b in named if not (cue[0] <= a and b <= cue[1])])
    quantities = _quantity_spans(draft, scope, scope_words, times, lexicons)
    audiences = [(m.start, m.end) for m in lexicons.audiences.find(scope_words)]
    times, places, quantities, audiences = ([(a, b) for a, b in spans if not purpose[0] <= a < purpose[1]]
                                            for spans in (times, places, quantities, audiences))
    specifics = AskSpecifics(
        action=draft.quote(*action),
        time=_first_quote(draft, times, action[0]),
        place=_first_quote(draft, places, action[0]),
        quantity=_first_quote(draft, quantities, action[0]),
        audience=_first_quote(draft, audiences, action[0]),
    )
    practical = sum(1 for spans in (times, places, quantities) if spans)
    # A broad action ("work together") is still something to do when the ask says
    # exactly when and where to show up; a result to guarantee is not.
    obliged = any(m.start < cue[1] and cue[0] < m.end for m in lexicons.obligations.find(sentence.words))
    needed = lexicons.obligation_min_specifics if obliged else lexicons.min_specifics
    concrete = (not vague and practical >= needed) or bool(times and places and not guaranteed)
    # A list of recommendations naming only places ("– renforcer les moyens de la
    # bibliothèque ; – développer les partenariats…") says no when and how much.
    concrete = concrete and not (items and not (times or quantities))
    ask = Ask(start=sentence.start, end=sentence.end, text=sentence.text, concrete=concrete,
              specifics=specifics)
    return AskFinding(
        ask=ask, sentence_index=sentence.index, cue=cue, action=action, vague=vague,
        specifics=tuple(sorted(times + places + quantities + audiences)),
        logistics=tuple(sorted(times + places + quantities)),
    )


def _asked_of_then_when(
    words: Sequence[Word], times: Sequence[tuple[int, int]], action_words: Sequence[Word],
    lexicons: AskLexicons,
) -> list[tuple[int, int]]:
    """"So I'm asking all of you tonight.", « C'est ce que je vous demande à tous ce soir. »,
    «لذلك أطلب منكم جميعا الليلة.»: after the request only who is asked and the time it is
    asked in, ending the sentence — nothing to do, so no time to do it ("Come to the meeting
    tonight" has its action before the time)."""
    last = action_words[-1].end
    if words[-1].end != last:
        return []
    asked = [w for w in action_words if lexicons.asked_of.contains([w])]
    return [
        (a, b) for a, b in times
        if b == last and lexicons.asking_times.contains(_words_in(words, a, b))
        and all(w in asked for w in action_words if w.end <= a)
    ]


def _guarantee_asked(
    words: Sequence[Word], cue: tuple[int, int], head: Word, lexicons: AskLexicons,
) -> tuple[tuple[int, int], ...]:
    """A result to guarantee that is what is asked: the action's first word or the cue's own
    verb ("We must *ensure* that…", «يجب أن *نضمن*…») — not a purpose further on ("Come on
    Tuesday to ensure we are heard") nor a place («مكتب الضمان الاجتماعي»)."""
    near = [w for w in words if cue[0] <= w.start <= head.start + _GUARANTEE_SPAN]
    return tuple((m.start, m.end) for m in lexicons.guarantees.find(near) if m.start <= head.start)


# Characters past the action's first word a guarantee phrase may run on (« veiller à »).
_GUARANTEE_SPAN = 40


def _words_in(words: Sequence[Word], start: int, end: int) -> list[Word]:
    return [w for w in words if start <= w.start < end]


def _purpose_clause(
    draft: ParsedDraft, sentence: Sentence, after: int, lexicons: AskLexicons
) -> tuple[int, int]:
    """The ask's purpose clause after its action ("so that…", « pour que… », «حتى لا…»), up to
    the next clause break ("…so that she hears us, and come on Monday"); empty if none."""
    start = next((m.end for m in lexicons.purpose_links.find(sentence.words) if m.start > after), None)
    if start is None:
        return (sentence.end, sentence.end)
    stop = _CLAUSE_BREAK_RE.search(draft.text, start, sentence.end)
    return (start, stop.start() if stop else sentence.end)


def _sets_the_meeting(draft: ParsedDraft, sentence: Sentence, lexicons: AskLexicons) -> bool:
    """The sentence before an ask says both when and where ("It's on Wednesdays at 12:30 in
    room B14. Bring your lunch."): the ask needs no more. A year alone is no time here: it
    dates the story ("In 2019, in Tunis, …")."""
    words = sentence.words
    return bool(
        _lexicon_and_regex(draft, [sentence], words, lexicons.times, lexicons.time_patterns)
        and _lexicon_and_regex(draft, [sentence], words, lexicons.places, lexicons.place_patterns)
    )


def _action_words(
    draft: ParsedDraft, words: Sequence[Word], start: int, size: int = _ACTION_WORDS,
) -> list[Word]:
    """The words saying what to do: a few words from the action's first, within the clause."""
    taken = [words[start]]
    for k in range(start + 1, min(len(words), start + size)):
        if _ACTION_END_RE.search(draft.text[words[k - 1].end : words[k].start]):
            break
        taken.append(words[k])
    return taken


def _lexicon_and_regex(
    draft: ParsedDraft, scope: list[Sentence], words: Sequence[Word],
    lexicon: Lexicon, patterns: Sequence[re.Pattern[str]],
) -> list[tuple[int, int]]:
    spans = [(m.start, m.end) for m in lexicon.find(words)]
    for sentence in scope:
        for pattern in patterns:
            spans.extend(
                (sentence.start + m.start(), sentence.start + m.end())
                for m in pattern.finditer(sentence.text)
            )
    return spans


def _time_spans(
    draft: ParsedDraft, scope: list[Sentence], words: Sequence[Word], lexicons: AskLexicons
) -> list[tuple[int, int]]:
    spans = _lexicon_and_regex(draft, scope, words, lexicons.times, lexicons.time_patterns)
    spans.extend((w.start, w.end) for w in words if _YEAR_RE.fullmatch(w.norm))
    # "…pour nous, pour demain.": what for, said last; not "register for tomorrow morning".
    purposes = [(m.start, m.end) for m in lexicons.not_times.find(words)
                if _one_phrase(draft.text, m.start, m.end) and _SENTENCE_END_RE.match(draft.text, m.end)]
    return [(a, b) for a, b in spans if not any(p <= a and b <= q for p, q in purposes)]


_SENTENCE_END_RE = re.compile(r"\s*(?:[.!?…]|$)")
_PUNCTUATION_RE = re.compile(r"[.,;:!?…،؛]")


def _one_phrase(text: str, start: int, end: int) -> bool:
    """The words from ``start`` to ``end`` are said together: no punctuation between them
    ("Don't say no. One hour…" holds no "no one")."""
    return not _PUNCTUATION_RE.search(text, start, end)


def _quantity_spans(
    draft: ParsedDraft, scope: Sequence[Sentence], words: Sequence[Word], times: list[tuple[int, int]],
    lexicons: AskLexicons,
) -> list[tuple[int, int]]:
    """A number, in digits or words, with the word it counts; not part of a time or date,
    nor of a figure of speech ("with one voice", « d'une seule voix », «يدا واحدة»), nor a
    word mixing letters and digits: Darija written in Latin script ("y3awn", "3afak",
    "7na") as well as "COVID-19" are no count (facts.find_numbers, role "name")."""
    from .facts import find_numbers  # facts reads the ask lexicons

    def in_time(start: int, end: int) -> bool:
        return any(a <= start and end <= b for a, b in times)

    names = {n.start for s in scope for n in find_numbers(s, draft.text, draft.language) if n.role == "name"}
    spans: list[tuple[int, int]] = []
    for i, word in enumerate(words):
        counts = any(c.isdigit() for c in word.norm) and word.start not in names
        if counts and (enumerates(draft.text, word) or any(
                s.words[0].start == word.start and numbered(draft.text, s.words) for s in scope)):
            continue  # "1. We must…", "2) sign…": the item's number in a list, no count
        if counts and not in_time(word.start, word.end):
            end = words[i + 1].end if i + 1 < len(words) else word.end
            spans.append((word.start, end))
    figures = [(m.start, m.end) for m in lexicons.not_quantities.find(words)
               if _one_phrase(draft.text, m.start, m.end)]
    for match in lexicons.number_words.find(words):
        if not in_time(match.start, match.end) and not any(
                a <= match.start < b for a, b in figures):
            after = match.last_word + 1
            end = words[after].end if after < len(words) else match.end
            spans.append((match.start, end))
    return sorted(spans)


def _merge(draft: ParsedDraft, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping or adjacent pieces as one span: "Saturday" + "14 March" + "10 a.m."."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and (start <= merged[-1][1] or _JOINER_RE.match(draft.text[merged[-1][1] : start])):
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _first_quote(draft: ParsedDraft, spans: Sequence[tuple[int, int]], after: int) -> str | None:
    """The first span from the action on ("asking you tonight: come on Saturday" → Saturday)."""
    if not spans:
        return None
    chosen = next((span for span in spans if span[0] >= after), spans[0])
    return draft.quote(*chosen)
