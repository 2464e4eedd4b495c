"""Reading a draft from a file or stdin and decoding it, with clear errors for bad input."""

from __future__ import annotations

import codecs
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from charset_normalizer import from_bytes

from .text import count_words

DEFAULT_MAX_BYTES = 1_000_000
# Legacy encodings participants really have: Windows Arabic, ISO Arabic, Windows Western.
LEGACY_ENCODINGS = ("cp1252", "cp1256", "iso8859_6")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_BINARY_SIGNATURES = (
    (b"PK\x03\x04", "a Word, OpenDocument or zip file"),
    (b"%PDF", "a PDF file"),
    (b"\xd0\xcf\x11\xe0", "an old Word (.doc) file"),
    (b"{\\rtf", "an RTF file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
)
SAVE_AS_TEXT = "save the draft as plain text (.txt, UTF-8) or Markdown and try again"


class InputError(ValueError):
    """A draft that cannot be analysed; the message is one sentence for the writer."""


@dataclass(frozen=True)
class Draft:
    text: str
    source: str
    encoding: str


def read_draft(
    path: str, *, encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Draft:
    """Read and decode a draft; ``-`` reads stdin. Raises InputError for bad input."""
    if path == "-":
        return decode_draft(_read_limited(sys.stdin.buffer, "<stdin>", max_bytes), "<stdin>", encoding)
    file = Path(path)
    if not file.exists():
        raise InputError(f"{path}: no such file; check the path and try again.")
    if file.is_dir():
        raise InputError(f"{path}: is a folder, not a draft; give the path of a .txt or .md file.")
    try:
        with file.open("rb") as handle:
            data = _read_limited(handle, path, max_bytes)
    except PermissionError:
        raise InputError(f"{path}: cannot be read (permission denied); check its permissions.") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror}).") from None
    return decode_draft(data, path, encoding)


def _read_limited(handle: BinaryIO, source: str, max_bytes: int) -> bytes:
    data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(
            f"{source}: is larger than {max_bytes:,} bytes; a spoken narrative is far shorter — "
            "check that this is the right file, or raise the limit with --max-bytes."
        )
    return data


def decode_draft(data: bytes, source: str, encoding: str | None = None) -> Draft:
    """Decode bytes into a draft: BOM, then strict UTF-8, then the legacy encodings."""
    if not data.strip():
        raise InputError(f"{source}: is empty; write your draft in it and try again.")
    text, used = _decode(data, source, encoding)
    if "\x00" in text:
        raise InputError(f"{source}: looks like a binary file, not text; {SAVE_AS_TEXT}.")
    if not text.strip():
        raise InputError(f"{source}: is empty; write your draft in it and try again.")
    if not _looks_like_text(text):
        raise InputError(
            f"{source}: does not decode to Arabic, French or English text (wrong encoding?); "
            "save it as UTF-8, or name its encoding with --encoding."
        )
    if count_words(text, "en") == 0:
        raise InputError(f"{source}: contains no words; write your draft in it and try again.")
    return Draft(text, source, used)


def _looks_like_text(text: str) -> bool:
    """Most characters are Latin or Arabic letters, digits, spaces or punctuation."""
    sample = text[:20_000]
    readable = sum(
        1 for c in sample
        if c.isspace() or c.isdigit() or unicodedata.category(c)[0] in "PSZ"
        or (c.isalpha() and (c < "\u0250" or "\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f"
                             or "\ufb50" <= c <= "\ufeff"))
        or unicodedata.category(c) == "Mn"
    )
    return readable >= 0.6 * len(sample)


def _decode(data: bytes, source: str, encoding: str | None) -> tuple[str, str]:
    if encoding:
        try:
            return data.decode(encoding), encoding
        except LookupError:
            raise InputError(f"unknown encoding {encoding!r}; try utf-8, cp1256 or cp1252.") from None
        except UnicodeDecodeError as exc:
            raise InputError(
                f"{source}: cannot be decoded as {encoding} (byte {exc.start}); "
                "try another --encoding, or leave it out to detect the encoding."
            ) from None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError:
                raise InputError(
                    f"{source}: starts with a {codec} mark but is not valid {codec}; {SAVE_AS_TEXT}."
                ) from None
    for signature, kind in _BINARY_SIGNATURES:
        if data.startswith(signature):
            raise InputError(f"{source}: is {kind}, not text; {SAVE_AS_TEXT}.")
    if b"\x00" in data:
        raise InputError(f"{source}: looks like a binary file, not text; {SAVE_AS_TEXT}.")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)).best()
    if best is None or best.encoding not in LEGACY_ENCODINGS:
        raise InputError(
            f"{source}: is not UTF-8 and does not look like Windows Arabic, ISO Arabic or "
            "Windows Western text; save it as UTF-8, or name its encoding with --encoding."
        )
    return data.decode(best.encoding), best.encoding
