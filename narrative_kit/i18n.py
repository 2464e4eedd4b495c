"""Translations of the tool's own words (finding messages, headings) via gettext catalogs.

Catalogs live in ``narrative_kit/locale/<lang>/LC_MESSAGES/narrative_kit.po`` (sources)
and ``.mo`` (compiled, shipped); the English source strings are the message ids.
``scripts/update_translations.py`` extracts every id (rule texts from the registry,
strings marked in the code and in the templates) and compiles the catalogs.
Coaching prompts and element names are in the framework data files, in every
language, and are not translated here.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Callable
from functools import cache
from importlib import resources

DOMAIN = "narrative_kit"
LANGUAGES = ("en", "fr", "ar")
RTL_LANGUAGES = frozenset({"ar"})

# Embeddings, overrides and isolates (U+202A–202E, U+2066–2069): in a draft they can
# reorder what the reader sees around them (Trojan-Source style); we never pass them on.
BIDI_CONTROLS_RE = re.compile("[\u202a-\u202e\u2066-\u2069]")
# C0/C1 control characters other than tab and newlines: a terminal would act on them.
_TERMINAL_CONTROLS_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def N_(message: str) -> str:  # noqa: N802 - the conventional gettext marker name
    """Mark ``message`` for extraction; it is translated later, where it is shown."""
    return message


def locale_dir() -> str:
    return str(resources.files("narrative_kit") / "locale")


@cache
def translations(language: str) -> gettext.NullTranslations:
    return gettext.translation(DOMAIN, localedir=locale_dir(), languages=[language], fallback=True)


def translate(message: str, language: str) -> str:
    """``message`` (an English source string) in ``language``; English when there is none."""
    if not message or language == "en":
        return message
    return translations(language).gettext(message)


def translator(language: str) -> Callable[[str], str]:
    """A ``_`` function for one language."""
    return lambda message: translate(message, language)


def direction(language: str | None) -> str:
    """``rtl`` or ``ltr`` for a known language, ``auto`` when it is unknown."""
    if language is None:
        return "auto"
    return "rtl" if language in RTL_LANGUAGES else "ltr"


def neutralize_bidi(text: str) -> str:
    """``text`` without bidi embedding, override and isolate characters."""
    return BIDI_CONTROLS_RE.sub("", text)


def neutralize_for_terminal(text: str) -> str:
    """``text`` safe to print: no bidi controls, no escape sequences or other controls."""
    return _TERMINAL_CONTROLS_RE.sub("", neutralize_bidi(text))
