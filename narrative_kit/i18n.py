"""Translations of the tool's own words (finding messages, headings) via gettext catalogs.

Catalogs live in ``narrative_kit/locale/<lang>/LC_MESSAGES/narrative_kit.mo``; the
English source strings are the message ids. Coaching prompts and element names are
in the framework data files, in every language, and are not translated here.
"""

from __future__ import annotations

import gettext
from functools import cache
from importlib import resources

DOMAIN = "narrative_kit"


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
