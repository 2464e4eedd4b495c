"""Splitting a draft into blocks, sentences and words, keeping character offsets.

Nothing here changes the draft: every span indexes the decoded text as given, so
evidence can always quote the writer's own words. Normalisation (case, tatweel,
harakat, alef forms, Arabic-Indic digits, typographic apostrophes) is applied only
to the ``norm`` used for lexicon look-ups.

Uses nltk tokenizers that need no downloaded data (see PITFALLS.md): a Punkt
sentence tokenizer built from our own per-language abbreviation lists and a
regular-expression word tokenizer.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from nltk.tokenize import RegexpTokenizer
from nltk.tokenize.punkt import PunktLanguageVars, PunktParameters, PunktSentenceTokenizer

try:  # nltk >= 3.10 runs every regular expression under a wall-clock limit (nltk.redos)
    from nltk import redos as _redos
except ImportError:  # pragma: no cover - nltk 3.9: plain ``re``, no limit to lift
    _redos = None

from .languages import load_profile

TATWEEL = "\u0640"
HARAKAT_RE = re.compile("[\u064b-\u065f\u0670\u06d6-\u06ed]")
ARABIC_LETTER_RE = re.compile("[\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06ff]")
LATIN_LETTER_RE = re.compile("[A-Za-z\u00c0-\u024f]")
APOSTROPHES = "'\u2019\u02bc\u2018"
SPACE_LIKE = "\u00a0\u202f\u2007\u2009"
DIGIT_TABLE = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
ALEF_TABLE = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})

# A word: a letter or digit, then letters, digits, combining marks (harakat),
# tatweel, or an apostrophe / hyphen / decimal point joining two such parts.
WORD_PATTERN = (
    r"[^\W_](?:[^\W_]|[\u064b-\u065f\u0670\u0640]|[" + APOSTROPHES + r"\-](?=[^\W_])"
    r"|(?<=\d)[.,](?=\d))*"
)
_FRENCH_ELISION_RE = re.compile(
    r"^(?P<prefix>(?:qu|lorsqu|puisqu|quoiqu|jusqu|presqu|[cdjlmnst]))['\u2019\u02bc](?P<rest>.+)$",
    re.IGNORECASE,
)
# Markup and addresses that are not spoken: link targets, bare URLs, HTML tags.
_UNSPOKEN_RE = re.compile(r"\]\([^)\n]*\)|https?://\S+|www\.\S+|<[^<>\n]{1,200}>")
_HEADING_RE = re.compile(r"^\s{0,3}#{1,6}\s+\S")
_LIST_ITEM_RE = re.compile(r"^\s*(?:[-*+\u2022\u2013\u2014]|\d{1,2}[.)])\s+\S")
# "- sign the petition", "– renforcer…": an item, never a label.
_BULLET_RE = re.compile(r"^\s*[-*+\u2022\u2013\u2014]\s+\S")
_MAX_HEADING_WORDS = 16  # a longer "# ..." line is a paragraph the writer marked up
_SENTENCE_END = ".!?؟…:;؛"
_OPENING_PUNCT = "«“‘\"'(["
_CLOSING_PUNCT = "»”’\"')]"


@dataclass(frozen=True)
class Word:
    start: int
    end: int
    text: str
    norm: str  # normalised form for look-ups, never shown
    elision: bool = False  # French "l’", "qu’": looked up alone, counted with the next word


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    block: int
    words: tuple[Word, ...]

    @property
    def word_count(self) -> int:
        return sum(1 for w in self.words if not w.elision)


@dataclass(frozen=True)
class Block:
    """A paragraph, or a heading / label line standing on its own."""

    index: int
    start: int
    end: int
    text: str
    kind: str  # "heading" | "paragraph" | "list-item"


@dataclass(frozen=True)
class ParsedDraft:
    text: str
    language: str
    blocks: tuple[Block, ...]
    sentences: tuple[Sentence, ...]
    words: tuple[Word, ...] = field(repr=False)

    def quote(self, start: int, end: int) -> str:
        return self.text[start:end]

    def sentences_between(self, start: int, end: int) -> list[Sentence]:
        return [s for s in self.sentences if s.start >= start and s.end <= end]

    def words_between(self, start: int, end: int) -> list[Word]:
        return [w for w in self.words if w.start >= start and w.end <= end]


_ENUMERATOR_RE = re.compile(r"\d{1,2}(?:[.)°]|[-–]\s)")
_INLINE_ENUMERATOR_RE = re.compile(r"\d{1,2}\)\s+\w")


def numbered(text: str, words: Sequence[Word]) -> bool:
    """The words open with a list item's number ("1. Bring…", "2) We must…", « 1° Il
    faut… », «١- يجب…»): a number that counts nothing, before the item's first word."""
    return bool(words) and _ENUMERATOR_RE.match(text, words[0].start) is not None and (
        words[0].norm.isdigit())


def enumerates(text: str, word: Word) -> bool:
    """A number closed by ")" before a word: an item of a list said inline ("three things:
    1) come…, 2) sign…"), not a count in brackets ("(we need 20).")."""
    return _INLINE_ENUMERATOR_RE.match(text, word.start) is not None


def normalize_word(word: str, language: str) -> str:
    """Look-up form of a word: casefolded, no tatweel/harakat, unified alef/yaa/taa marbuta."""
    norm = word.casefold().translate(DIGIT_TABLE)
    for apostrophe in APOSTROPHES[1:]:
        norm = norm.replace(apostrophe, "'")
    if language == "ar" or ARABIC_LETTER_RE.search(norm):
        norm = HARAKAT_RE.sub("", norm.replace(TATWEEL, "")).translate(ALEF_TABLE)
    return unicodedata.normalize("NFC", norm)


def normalize_text(text: str, language: str) -> str:
    """Look-up form of a whole phrase (same rules as normalize_word, spaces unified)."""
    for space in SPACE_LIKE:
        text = text.replace(space, " ")
    return " ".join(normalize_word(part, language) for part in text.split())


@cache
def _word_tokenizer() -> RegexpTokenizer:
    return RegexpTokenizer(WORD_PATTERN)


def _word_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the words of ``text``, all matched before any is read: nltk 3.10 bounds a
    regular-expression iteration by 5 s of processor time from its first match, so work
    done between two words (normalising a megabyte of them) must not run inside it."""
    return list(_word_tokenizer().span_tokenize(text))


def _split_elision(word: Word, language: str) -> list[Word]:
    """French ``l’homme`` → ``l’`` + ``homme`` so each part can be looked up."""
    if language != "fr":
        return [word]
    match = _FRENCH_ELISION_RE.match(word.text)
    if not match:
        return [word]
    cut = word.start + match.end("prefix") + 1
    prefix, rest = word.text[: cut - word.start], word.text[cut - word.start :]
    return [
        Word(word.start, cut, prefix, normalize_word(prefix, language), elision=True),
        *_split_elision(Word(cut, word.end, rest, normalize_word(rest, language)), language),
    ]


def unspoken_mask(text: str) -> list[tuple[int, int]]:
    """Spans of markup and addresses that are not read aloud (ignored in counts)."""
    return [m.span() for m in _UNSPOKEN_RE.finditer(text)]


def tokenize_words(text: str, language: str, offset: int = 0) -> list[Word]:
    """Words of ``text`` with offsets (plus ``offset``); French elisions split off."""
    masked = unspoken_mask(text)
    words: list[Word] = []
    for start, end in _word_spans(text):
        if any(a <= start < b for a, b in masked):
            continue
        surface = text[start:end]
        word = Word(start + offset, end + offset, surface, normalize_word(surface, language))
        words.extend(_split_elision(word, language))
    return words


def count_words(text: str, language: str) -> int:
    """Spoken words in ``text``; a French elision counts with the word it joins."""
    masked = unspoken_mask(text)
    return sum(
        1 for start, _ in _word_spans(text)
        if not any(a <= start < b for a, b in masked)
    )


def _without_time_limit(pattern: Any) -> Any:
    """nltk 3.10's patterns run under a 5 s wall-clock limit, a backstop against patterns a
    caller supplies. Punkt's own patterns are linear and a draft is capped in size
    (``reading.DEFAULT_MAX_BYTES``), so on a loaded machine that limit only makes a sentence
    split fail at random (a lazy ``finditer`` is timed from its first match while Punkt works
    between matches): the same pattern, with no limit."""
    if _redos is None or not isinstance(pattern, _redos.TimedPattern):
        return pattern
    return _redos.compile(pattern, timeout=None)


class _LanguageVars(PunktLanguageVars):
    sent_end_chars = (".", "?", "!", "؟", "…")

    def period_context_re(self) -> Any:
        return self._untimed("period_context", super().period_context_re)

    def _word_tokenizer_re(self) -> Any:
        return self._untimed("word_tokenizer", super()._word_tokenizer_re)

    def _untimed(self, name: str, compile_pattern: Callable[[], Any]) -> Any:
        """Punkt's pattern ``name``, compiled once, with no time limit."""
        patterns = self.__dict__.setdefault("_untimed_patterns", {})
        if name not in patterns:
            patterns[name] = _without_time_limit(compile_pattern())
        return patterns[name]


@cache
def _sentence_tokenizer(language: str) -> PunktSentenceTokenizer:
    params = PunktParameters()
    params.abbrev_types = set(load_profile(language).abbreviations)
    return PunktSentenceTokenizer(params, lang_vars=_LanguageVars())


def _is_label_line(line: str) -> bool:
    """A short line with no sentence-ending punctuation: a heading or a part label."""
    stripped = line.strip().strip("*_#").strip()
    if not stripped or len(stripped.split()) > 8:
        return False
    return stripped[-1] not in ".!?؟…,،;؛" or stripped.endswith(":")


def split_blocks(text: str, language: str | None = None) -> list[Block]:
    """Paragraphs separated by blank lines; headings, labels and list items stand alone."""
    blocks: list[Block] = []
    pending_start: int | None = None
    pending_end = 0

    def flush() -> None:
        nonlocal pending_start
        if pending_start is not None:
            blocks.append(_make_block(text, len(blocks), pending_start, pending_end, "paragraph"))
            pending_start = None

    position = 0
    lines = text.splitlines(keepends=True)
    for k, line in enumerate(lines):
        line_start, position = position, position + len(line)
        content = line.rstrip("\r\n")
        if not content.strip():
            flush()
            continue
        start = line_start + (len(content) - len(content.lstrip()))
        end = line_start + len(content.rstrip())
        if (_HEADING_RE.match(content) and len(content.split()) <= _MAX_HEADING_WORDS) or (
            _is_label_line(content) and _stands_alone(text, line_start, position)
            and not _BULLET_RE.match(content) and not _leads_in(content, lines[k + 1 : k + 3], language)
        ):
            flush()
            blocks.append(_make_block(text, len(blocks), start, end, "heading"))
        elif _LIST_ITEM_RE.match(content):
            flush()
            blocks.append(_make_block(text, len(blocks), start, end, "list-item"))
        else:
            if pending_start is None:
                pending_start = start
            pending_end = end
    flush()
    return blocks


def _leads_in(content: str, following: Sequence[str], language: str | None) -> bool:
    """"We must:", « Nous devons : », «يجب علينا:» right above a list: a sentence the list
    completes, spoken, not a heading — not "Our demands:", "Why we must act now:"."""
    stripped = content.strip().strip("*_").strip()
    following = [line for line in following if line.strip()][:1]
    if language is None or not stripped.endswith((":", "\uff1a")) or not following or not (
            _LIST_ITEM_RE.match(following[0])):
        return False
    words = [normalize_word(w, language) for w in stripped[:-1].strip("*_").split()]
    if words and language == "ar" and words[0].startswith("و") and len(words) == 1:
        words = [words[0][1:]]  # «وعلينا:»
    return any(words[-len(ending):] == ending for ending in _lead_in_endings(language))


@cache
def _lead_in_endings(language: str) -> tuple[list[str], ...]:
    return tuple([normalize_word(w, language) for w in entry.split()]
                 for entry in load_profile(language).lead_in_endings)


def _stands_alone(text: str, line_start: int, line_end: int) -> bool:
    """A label line is followed by more text, and starts a paragraph or the draft."""
    before = text[:line_start].rstrip(" \t")
    after = text[line_end:].strip()
    return bool(after) and (not before or before.endswith("\n\n") or before.endswith("\n"))


def _make_block(text: str, index: int, start: int, end: int, kind: str) -> Block:
    return Block(index, start, end, text[start:end], kind)


def split_sentences(block: Block, language: str) -> list[tuple[int, int]]:
    """Sentence spans of one block, as absolute offsets."""
    if block.kind == "heading":
        return [(block.start, block.end)]
    spans = [
        (block.start + a, block.start + b)
        for a, b in _sentence_tokenizer(language).span_tokenize(block.text)
    ]
    # A list item may hold more than one sentence ("- We must develop mentoring. A pilot in
    # Ghent reported…"); its number ("1.", "2.") is no sentence of its own.
    if block.kind == "list-item" and len(spans) > 1 and _ENUMERATOR_RE.fullmatch(
            block.text[: spans[0][1] - block.start].strip()):
        spans = [(spans[0][0], spans[1][1])] + spans[2:]
    return _reattach_quotes(block.text, block.start, spans)


def _reattach_quotes(text: str, offset: int, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Punkt leaves an opening « or “ at the end of the previous sentence: move it forward."""
    fixed = list(spans)
    for i in range(len(fixed) - 1):
        start, end = fixed[i]
        chunk = text[start - offset : end - offset]
        stripped = chunk.rstrip()
        cut = len(stripped)
        while cut > 0 and stripped[cut - 1] in _OPENING_PUNCT and (
            cut == 1 or stripped[cut - 2].isspace() or stripped[cut - 2] in SPACE_LIKE
        ):
            cut -= 1
            while cut > 0 and (stripped[cut - 1].isspace()):
                cut -= 1
        if cut < len(stripped) and cut > 0:
            moved_from = start + len(stripped[:cut])
            new_next_start = moved_from + (len(chunk[cut:]) - len(chunk[cut:].lstrip()))
            fixed[i] = (start, moved_from)
            fixed[i + 1] = (new_next_start, fixed[i + 1][1])
    return fixed


def parse_draft(text: str, language: str) -> ParsedDraft:
    """Blocks, sentences and words of a draft, all with offsets into ``text``."""
    blocks = split_blocks(text, language)
    sentences: list[Sentence] = []
    all_words: list[Word] = []
    for block in blocks:
        if block.kind == "heading":  # kept for segmentation, not spoken
            continue
        for start, end in split_sentences(block, language):
            words = tuple(tokenize_words(text[start:end], language, start))
            if not words:
                continue
            sentences.append(
                Sentence(len(sentences), start, end, text[start:end], block.index, words)
            )
            all_words.extend(words)
    return ParsedDraft(text, language, tuple(blocks), tuple(sentences), tuple(all_words))


def script_counts(text: str) -> tuple[int, int]:
    """Number of Arabic-script and Latin-script letters in ``text``."""
    return len(ARABIC_LETTER_RE.findall(text)), len(LATIN_LETTER_RE.findall(text))
