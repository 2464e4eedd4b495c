#!/usr/bin/env python3
"""Extract every translatable string, update the fr / ar catalogs and compile them.

Sources of message ids (English source strings):
  * the rule registry (``narrative_kit.checks.RULES``): summary, rationale, example,
    better, message and suggestion of every registered rule;
  * strings marked with ``_()`` / ``N_()`` / ``gettext()`` in ``narrative_kit/*.py``;
  * ``{{ _("...") }}`` in ``narrative_kit/templates/*.j2`` (Jinja2's Babel extractor).

Usage:
  python scripts/update_translations.py           update the .po files, compile the .mo
  python scripts/update_translations.py --check   change nothing; fail if anything is stale

New ids get an empty translation in each .po; the script then lists every
untranslated id per language and exits 1 until a translator fills them in
(narrative_kit/locale/<lang>/LC_MESSAGES/narrative_kit.po) and runs it again.
Ids no longer used are dropped. Fuzzy matching is off: a guessed translation of a
changed message is worse than none.
"""

from __future__ import annotations

import argparse
import io
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract
from babel.messages.mofile import read_mo, write_mo
from babel.messages.pofile import read_po, write_po
from jinja2.ext import babel_extract

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "narrative_kit"
LOCALE = PACKAGE / "locale"
DOMAIN = "narrative_kit"
TARGET_LANGUAGES = ("fr", "ar")
PYTHON_KEYWORDS = {"_": None, "N_": None, "gettext": None, "translate": (1,)}
JINJA_OPTIONS = {"extensions": "jinja2.ext.i18n", "newstyle_gettext": "true",
                 "trim_blocks": "true", "lstrip_blocks": "true"}
RULE_FIELDS = ("summary", "rationale", "example", "better", "message", "suggestion")
BRACE_RE = re.compile(r"\{(\w+)\}")
PERCENT_RE = re.compile(r"%\((\w+)\)s")


@dataclass
class Source:
    msgid: str
    locations: list[tuple[str, int]] = field(default_factory=list)


def extract_messages() -> dict[str, Source]:
    """Every message id, in a stable order, with where it comes from."""
    found: dict[str, Source] = {}

    def add(msgid: str, where: str, line: int) -> None:
        if msgid and msgid.strip():
            found.setdefault(msgid, Source(msgid)).locations.append((where, line))

    sys.path.insert(0, str(ROOT))
    import narrative_kit  # noqa: F401 - importing the pipeline registers every rule
    from narrative_kit.checks import RULES

    for rule_id in sorted(RULES):
        current = RULES[rule_id]
        for name in RULE_FIELDS:
            add(getattr(current, name), f"rule:{rule_id}.{name}", 0)
    for path in sorted(PACKAGE.glob("*.py")):
        for msg in _extract_file(path, "python", PYTHON_KEYWORDS, {}):
            add(msg[0], str(path.relative_to(ROOT)), msg[1])
    for path in sorted((PACKAGE / "templates").glob("*.j2")):
        for msg in _extract_file(path, babel_extract, {"_": None, "gettext": None}, JINJA_OPTIONS):
            add(msg[0], str(path.relative_to(ROOT)), msg[1])
    return found


def _extract_file(path: Path, method, keywords, options) -> Iterator[tuple[str, int]]:
    with path.open("rb") as handle:
        for lineno, message, _comments, _context in extract(
            method, handle, keywords=keywords, options=options, strip_comment_tags=True
        ):
            if isinstance(message, str):
                yield message, lineno


def catalog_path(language: str, suffix: str) -> Path:
    return LOCALE / language / "LC_MESSAGES" / f"{DOMAIN}.{suffix}"


def read_catalog(language: str) -> Catalog:
    path = catalog_path(language, "po")
    if not path.exists():
        return Catalog(locale=language, domain=DOMAIN)
    with path.open("rb") as handle:
        return read_po(handle, locale=language, domain=DOMAIN)


def merge(old: Catalog, sources: dict[str, Source], language: str) -> Catalog:
    """A catalog with exactly the extracted ids, keeping every existing translation."""
    new = Catalog(
        locale=language, domain=DOMAIN, project="narrative-kit", version="",
        copyright_holder="narrative-kit contributors", msgid_bugs_address="",
        creation_date=old.creation_date, revision_date=old.revision_date,
        fuzzy=False,
    )
    for msgid, source in sources.items():
        previous = old.get(msgid)
        flags = set(previous.flags) if previous else set()
        flags.discard("python-format")
        if BRACE_RE.search(msgid):
            flags.add("python-brace-format")
        new.add(
            msgid, string=previous.string if previous else "",
            locations=[(where, line) for where, line in source.locations[:3]],
            flags=flags,
        )
    return new


def untranslated(catalog: Catalog) -> list[str]:
    return [m.id for m in catalog if m.id and (not m.string or m.fuzzy)]


def placeholder_problems(catalog: Catalog) -> list[str]:
    """Translations whose {name} / %(name)s placeholders differ from their id's."""
    problems = []
    for message in catalog:
        if not message.id or not message.string:
            continue
        for pattern in (BRACE_RE, PERCENT_RE):
            if set(pattern.findall(message.id)) != set(pattern.findall(message.string)):
                problems.append(message.id)
    return problems


def render_po(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=100, omit_header=False, sort_output=False, include_previous=False)
    return buffer.getvalue()


def render_mo(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()


def compiled_matches(language: str, catalog: Catalog) -> bool:
    """Whether the shipped .mo holds exactly the .po's translations."""
    path = catalog_path(language, "mo")
    if not path.exists():
        return False
    with path.open("rb") as handle:
        shipped = {m.id: m.string for m in read_mo(handle) if m.id}
    wanted = {m.id: m.string for m in catalog if m.id and m.string and not m.fuzzy}
    return shipped == wanted


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if anything is stale")
    args = parser.parse_args(argv)
    sources = extract_messages()
    status = 0
    for language in TARGET_LANGUAGES:
        old = read_catalog(language)
        catalog = merge(old, sources, language)
        po_path, mo_path = catalog_path(language, "po"), catalog_path(language, "mo")
        po_bytes = render_po(catalog)
        current_po = po_path.read_bytes() if po_path.exists() else b""
        if args.check:
            if set(sources) - {m.id for m in old if m.id}:
                print(f"{language}: {po_path.relative_to(ROOT)} lacks ids; run this script without --check")
                status = 1
            if not compiled_matches(language, old):
                print(f"{language}: {mo_path.relative_to(ROOT)} is stale; run this script without --check")
                status = 1
        else:
            po_path.parent.mkdir(parents=True, exist_ok=True)
            if po_bytes != current_po:
                po_path.write_bytes(po_bytes)
            mo_path.write_bytes(render_mo(catalog))
        missing = untranslated(catalog)
        bad = placeholder_problems(catalog)
        print(f"{language}: {len(sources)} messages, {len(missing)} untranslated, "
              f"{len(bad)} with wrong placeholders")
        for msgid in missing:
            print(f"  untranslated [{language}]: {msgid!r}")
        for msgid in bad:
            print(f"  placeholders differ [{language}]: {msgid!r}")
        if missing or bad:
            status = 1
    if status:
        print("Fill in the empty msgstr entries in the .po files above, then run this script again.")
    return status


if __name__ == "__main__":
    sys.exit(main())
