"""Reading drafts: encodings participants really have, and one clear sentence for bad input."""

from __future__ import annotations

import codecs

import pytest

from narrative_kit.reading import InputError, decode_draft, read_draft

FRENCH = (
    "J’ai grandi à Roubaix. Ma mère était infirmière ; elle travaillait la nuit. "
    "Rejoignez-nous samedi à la salle Léo-Lagrange, nous serons très heureux."
)
ARABIC = (
    "نشأت في طرابلس. كانت أمي ممرضة، تعمل في الليل. "
    "انضموا إلينا يوم السبت في قاعة البلدية، فنحن بحاجة إليكم."
)
ENGLISH = "I grew up in Chicago. My mother was a nurse who worked nights. Join us on Saturday."


@pytest.mark.parametrize("text", [ENGLISH, FRENCH, ARABIC])
def test_utf8_with_and_without_bom(text):
    assert decode_draft(text.encode("utf-8"), "d.txt").text == text
    with_bom = decode_draft(codecs.BOM_UTF8 + text.encode("utf-8"), "d.txt")
    assert with_bom.text == text
    assert with_bom.encoding == "utf-8-sig"


@pytest.mark.parametrize("text", [ENGLISH, FRENCH, ARABIC])
def test_utf16_with_bom(text):
    assert decode_draft(text.encode("utf-16"), "d.txt").text == text


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (ARABIC, "cp1256"),
        (ARABIC, "iso8859_6"),
        (FRENCH.replace("’", "'"), "cp1252"),
    ],
)
def test_legacy_encodings_are_detected(text, encoding):
    draft = decode_draft(text.encode(encoding), "d.txt")
    assert draft.text == text
    assert draft.encoding == encoding


def test_forced_encoding_is_used():
    data = FRENCH.replace("’", "'").encode("cp1252")
    assert decode_draft(data, "d.txt", encoding="cp1252").text.startswith("J'ai grandi à")


def test_forced_encoding_that_does_not_fit_is_an_input_error():
    with pytest.raises(InputError, match="cannot be decoded as utf-8"):
        decode_draft(ARABIC.encode("cp1256"), "d.txt", encoding="utf-8")


def test_unknown_encoding_name_is_an_input_error():
    with pytest.raises(InputError, match="unknown encoding"):
        decode_draft(b"hello", "d.txt", encoding="klingon")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "is empty"),
        (b"   \n\t  \n", "is empty"),
        (b"\x00\x01\x02binary\x00stuff", "binary"),
        (b"%PDF-1.7 ...", "PDF"),
        (b"PK\x03\x04 word document", "Word"),
        (b"\x89PNG\r\n\x1a\n", "PNG"),
        (b"--- *** ### ...", "no words"),
        (bytes(range(0x80, 0x100)) * 4, "UTF-8"),
    ],
)
def test_bad_bytes_get_one_clear_sentence(data, expected):
    with pytest.raises(InputError) as info:
        decode_draft(data, "draft.txt")
    message = str(info.value)
    assert message.startswith("draft.txt:")
    assert expected in message
    assert "\n" not in message


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_draft(str(tmp_path / "nope.txt"))


def test_directory(tmp_path):
    with pytest.raises(InputError, match="is a folder"):
        read_draft(str(tmp_path))


def test_size_limit(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("word " * 300, encoding="utf-8")
    with pytest.raises(InputError, match="larger than 1,000 bytes"):
        read_draft(str(big), max_bytes=1000)
    assert read_draft(str(big), max_bytes=2000).text.startswith("word")


def test_reading_never_changes_the_file(tmp_path):
    path = tmp_path / "draft.txt"
    data = codecs.BOM_UTF8 + ARABIC.encode("utf-8")
    path.write_bytes(data)
    read_draft(str(path))
    assert path.read_bytes() == data
