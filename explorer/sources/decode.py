"""Bytes → text: encoding detection, binary sniffing, newline normalisation.

Order: magic numbers (binary) → BOM (UTF-8/16/32) → UTF-16 without BOM from the NUL
pattern → binary heuristics → strict UTF-8 → UTF-8 with rare bad bytes replaced →
cp1252 → latin-1. Every non-UTF-8 outcome leaves a warning.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

__all__ = ["BinaryInput", "Decoded", "decode_bytes", "normalise_newlines"]

_SAMPLE = 8192

# (magic, description). Checked only at offset 0.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or docx/odt/epub)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"\x7fELF", "ELF executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office (OLE) document"),
    (b"SQLite format 3\x00", "SQLite database"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: same first two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Control bytes that do not occur in text (tab, LF, VT, FF, CR, ESC, SUB are allowed).
_BAD_CONTROLS = bytes([*range(0x00, 0x09), 0x0E, 0x0F, *range(0x10, 0x1A), 0x1C, 0x1D, 0x1E, 0x1F])


class BinaryInput(ValueError):
    """The bytes are not text."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str  # newlines normalised to \n, NULs removed
    encoding: str
    warnings: tuple[str, ...] = ()


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR → LF."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _utf16_without_bom(sample: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' if the NUL pattern says so (mostly-ASCII UTF-16)."""
    if len(sample) < 4:
        return None
    even = sample[0::2]
    odd = sample[1::2]
    even_nul = even.count(0) / len(even)
    odd_nul = odd.count(0) / len(odd)
    if odd_nul > 0.3 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.3 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def _sniff_binary(sample: bytes) -> str | None:
    for magic, what in _MAGIC:
        if sample.startswith(magic):
            return what
    if not sample:
        return None
    nuls = sample.count(0)
    if nuls > max(4, len(sample) // 100):
        return "many NUL bytes"
    bad = len(sample) - len(sample.translate(None, _BAD_CONTROLS))
    if bad > max(8, len(sample) // 20):
        return "many control bytes"
    return None


def _decode_8bit(data: bytes) -> tuple[str, str, str]:
    try:
        return data.decode("cp1252"), "cp1252", "not valid UTF-8; decoded as cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1", "not valid UTF-8; decoded as latin-1"


def _decode_utf8_or_8bit(data: bytes) -> tuple[str, str, list[str]]:
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    good = non_ascii - replaced - data.count(b"\xef\xbf\xbd")
    if good >= 2 * replaced:
        # UTF-8 with a few stray bytes: keep UTF-8, don't turn it all into mojibake.
        return text, "utf-8", [f"{replaced} invalid UTF-8 byte sequence(s) replaced with U+FFFD"]
    decoded, enc, warning = _decode_8bit(data)
    return decoded, enc, [warning]


def decode_bytes(data: bytes) -> Decoded:
    """Decode file bytes to normalised text. Raises :class:`BinaryInput`."""
    warnings: list[str] = []
    sample = data[:_SAMPLE]
    text: str | None = None
    encoding = ""
    for bom, enc in _BOMS:
        if sample.startswith(bom):
            try:
                text = data[len(bom) :].decode(enc)
            except UnicodeDecodeError:
                text = data[len(bom) :].decode(enc, errors="replace")
                warnings.append(f"invalid {enc.upper()} sequences replaced with U+FFFD")
            encoding = enc
            break
    if text is None:
        for magic, what in _MAGIC:
            if sample.startswith(magic):
                raise BinaryInput(f"binary file ({what}), skipped")
        enc16 = _utf16_without_bom(sample)
        if enc16 is not None:
            try:
                text = data.decode(enc16)
                encoding = enc16
                warnings.append(f"no byte-order mark; decoded as {enc16.upper()}")
            except UnicodeDecodeError:
                text = None
    if text is None:
        why = _sniff_binary(sample)
        if why is not None:
            raise BinaryInput(f"binary file ({why}), skipped")
        text, encoding, more = _decode_utf8_or_8bit(data)
        warnings.extend(more)
    if "\x00" in text:
        warnings.append(f"removed {text.count(chr(0))} NUL character(s)")
        text = text.replace("\x00", "")
    return Decoded(normalise_newlines(text), encoding, tuple(warnings))
