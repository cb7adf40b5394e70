from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.sources.decode import BinaryInput, decode_bytes, normalise_newlines

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"


def test_utf8_plain_and_bom() -> None:
    assert decode_bytes("Café – “ok”".encode()).text == "Café – “ok”"
    d = decode_bytes(codecs.BOM_UTF8 + b"hello")
    assert d.text == "hello"
    assert d.warnings == ()


@pytest.mark.parametrize("enc", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_bom(enc: str) -> None:
    bom = {
        "utf-16": b"",  # python's utf-16 writes its own BOM
        "utf-16-le": codecs.BOM_UTF16_LE,
        "utf-16-be": codecs.BOM_UTF16_BE,
        "utf-32": b"",
    }[enc]
    data = bom + "Aleppo, 23 září\r\n".encode(enc)
    d = decode_bytes(data)
    assert d.text == "Aleppo, 23 září\n"
    assert d.warnings == ()


@pytest.mark.parametrize("enc", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_from_nul_pattern(enc: str) -> None:
    d = decode_bytes("The ceasefire collapsed on Monday.\n".encode(enc))
    assert d.text == "The ceasefire collapsed on Monday.\n"
    assert any("UTF-16" in w for w in d.warnings)


def test_latin1_and_cp1252_fallback() -> None:
    d = decode_bytes("Café crème à Genève".encode("latin-1"))
    assert d.text == "Café crème à Genève"
    assert d.encoding == "cp1252"
    assert any("decoded as cp1252" in w for w in d.warnings)
    d = decode_bytes("“smart quotes” — €".encode("cp1252"))
    assert d.text == "“smart quotes” — €"
    # 0x81 is undefined in cp1252: latin-1 it is
    d = decode_bytes(b"abc \x81 def \xe9")
    assert d.encoding == "latin-1"
    assert d.text == "abc \x81 def é"


def test_mostly_utf8_with_a_stray_byte_stays_utf8() -> None:
    data = "Café “ok” déjà vu — ".encode() * 5 + b"\xff end"
    d = decode_bytes(data)
    assert d.encoding == "utf-8"
    assert d.text.startswith("Café “ok”")
    assert d.text.count("\ufffd") == 1
    assert any("U+FFFD" in w for w in d.warnings)


def test_binary_detected() -> None:
    with pytest.raises(BinaryInput, match="binary file"):
        decode_bytes(PNG)
    with pytest.raises(BinaryInput, match="binary file"):
        decode_bytes(bytes(range(256)) * 20)
    with pytest.raises(BinaryInput):
        decode_bytes(b"%PDF-1.4\n...")


def test_few_nuls_removed_with_warning() -> None:
    d = decode_bytes(b"abc\x00def " * 3 + b"x" * 1000)
    assert "\x00" not in d.text
    assert d.text.startswith("abcdef ")
    assert any("NUL" in w for w in d.warnings)


def test_newlines_normalised() -> None:
    assert decode_bytes(b"a\r\nb\rc\nd\r\n\r\n").text == "a\nb\nc\nd\n\n"
    assert normalise_newlines("x\r\r\ny") == "x\n\ny"


def test_ansi_text_is_not_binary() -> None:
    d = decode_bytes(b"\x1b[31mred\x1b[0m text\x07 with a bell\n" * 10)
    assert "\x1b[31m" in d.text  # kept: the views sanitise


def test_big_single_line_decoded() -> None:
    """(How fast: bench/bench_inputs.py.)"""
    data = b"word " * 1_000_000  # 5 MB, one line
    d = decode_bytes(data)
    assert len(d.text) == 5_000_000


@given(st.binary(max_size=2000))
@settings(max_examples=300)
def test_decode_never_fails_unexpectedly(data: bytes) -> None:
    try:
        d = decode_bytes(data)
    except BinaryInput as e:
        assert str(e).startswith("binary file")
        return
    assert "\r" not in d.text
    assert "\x00" not in d.text


@given(st.text(max_size=300), st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"]))
@settings(max_examples=300)
def test_round_trip_of_text_with_bom_or_utf8(text: str, enc: str) -> None:
    text = text.replace("\x00", "").lstrip("\ufeff")  # a leading U+FEFF is a BOM
    try:
        data = text.encode(enc)
    except UnicodeEncodeError:  # lone surrogates
        return
    try:
        d = decode_bytes(data)
    except BinaryInput:
        # Only plain UTF-8 full of control characters may look binary.
        assert enc == "utf-8"
        return
    assert d.text == text.replace("\r\n", "\n").replace("\r", "\n")
