"""Read TimeML / TempEval-3 documents: text, creation time (DCT) and gold TIMEX3 spans.

Text choice: ``TimeMLDoc.text`` is the raw content of ``<TEXT>`` with every tag removed
and character entities *kept as written* (``&amp;`` stays five characters). That way
``markup_before + text-with-tags-reinserted + markup_after`` rebuilds the file byte for
byte, and an export that writes TIMEX3 tags into ``text`` stays valid XML. Gold offsets
point into this text. Pure functions: no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

__all__ = ["GoldTimex", "TimeMLDoc", "TimeMLError", "parse_timeml"]


class TimeMLError(ValueError):
    """The input is not a TimeML document we can read (one-line message)."""


@dataclass(frozen=True, slots=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str
    tid: str
    mod: str | None = None


@dataclass(frozen=True, slots=True)
class TimeMLDoc:
    text: str
    dct: date | None
    title: str | None
    docid: str | None
    markup_before: str
    markup_after: str
    gold: tuple[GoldTimex, ...]
    warnings: tuple[str, ...] = ()


_TEXT_OPEN = re.compile(r"<TEXT(?:\s[^<>]*)?>", re.IGNORECASE)
_TEXT_CLOSE = re.compile(r"</TEXT\s*>", re.IGNORECASE)
_TAG = re.compile(r"<(/?)([A-Za-z_][\w:.\-]*)((?:[^<>\"']|\"[^\"]*\"|'[^']*')*?)(/?)>")
_SKIP = re.compile(r"<!--.*?-->|<\?.*?\?>|<!\[CDATA\[.*?\]\]>|<![^<>]*>", re.DOTALL)
_ATTR = re.compile(r"([\w:.\-]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_DCT_BLOCK = re.compile(r"<DCT\b[^>]*>(.*?)</DCT\s*>", re.IGNORECASE | re.DOTALL)
_TIMEX_TAG = re.compile(r"<TIMEX3\b([^>]*)>", re.IGNORECASE)
_DOCID = re.compile(r"<DOCID\b[^>]*>(.*?)</DOCID\s*>", re.IGNORECASE | re.DOTALL)
_TITLE = re.compile(r"<TITLE\b[^>]*>(.*?)</TITLE\s*>", re.IGNORECASE | re.DOTALL)
_ANY_TAG = re.compile(r"<[^<>]*>")
_DCT_VALUE = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})")


def _attrs(raw: str) -> dict[str, str]:
    return {
        m.group(1): m.group(2) if m.group(2) is not None else m.group(3) or ""
        for m in _ATTR.finditer(raw)
    }


def _dct(outside: str) -> tuple[date | None, tuple[str, ...]]:
    """The creation time from a <DCT> block, or from a TIMEX3 marked CREATION_TIME."""
    candidates: list[str] = []
    block = _DCT_BLOCK.search(outside)
    if block:
        candidates.append(block.group(1))
    for m in _TIMEX_TAG.finditer(outside):
        if "CREATION_TIME" in m.group(1):
            candidates.append(m.group(0))
    if not candidates:
        return None, ("no DCT (document creation time) found",)
    chunk = candidates[0]
    tag = _TIMEX_TAG.search(chunk)
    value = _attrs(tag.group(1)).get("value", "") if tag else _ANY_TAG.sub("", chunk)
    found = _DCT_VALUE.match(value.strip())
    if found:
        try:
            return date(int(found.group(1)), int(found.group(2)), int(found.group(3))), ()
        except ValueError:
            pass
    return None, (f"DCT value {value.strip()[:40]!r} is not a calendar date",)


def _clean(s: str | None) -> str | None:
    if s is None:
        return None
    s = " ".join(_ANY_TAG.sub("", s).split())
    return s or None


def parse_timeml(raw: str) -> TimeMLDoc:
    """Parse one TimeML (.tml) or TempEval-3 input (.TE3input) document.

    Raises TimeMLError (a ValueError) for input we cannot read; nothing else.
    """
    if not isinstance(raw, str):
        raise TimeMLError("TimeML input must be text")
    opened = _TEXT_OPEN.search(raw)
    if opened is None:
        raise TimeMLError("no <TEXT> element in document")
    closed = _TEXT_CLOSE.search(raw, opened.end())
    if closed is None:
        raise TimeMLError("<TEXT> element is never closed")
    content = raw[opened.end() : closed.start()]
    before, after = raw[: opened.end()], raw[closed.start() :]

    pieces: list[str] = []
    length = 0
    spans: list[tuple[int, int, dict[str, str]]] = []
    stack: list[tuple[str, int, dict[str, str]]] = []
    pos = 0
    n = len(content)
    while pos < n:
        lt = content.find("<", pos)
        if lt < 0:
            pieces.append(content[pos:])
            break
        if lt > pos:
            pieces.append(content[pos:lt])
            length += lt - pos
        skip = _SKIP.match(content, lt)
        if skip:
            pos = skip.end()
            continue
        tag = _TAG.match(content, lt)
        if tag is None:
            line = raw.count("\n", 0, opened.end() + lt) + 1
            raise TimeMLError(f"unclosed or malformed tag at line {line}")
        closing, name, attr_text, selfclose = tag.groups()
        if closing:
            if not stack or stack[-1][0] != name:
                line = raw.count("\n", 0, opened.end() + lt) + 1
                raise TimeMLError(f"unexpected </{name}> at line {line}")
            _, start, attrs = stack.pop()
            if name.upper() == "TIMEX3":
                spans.append((start, length, attrs))
        elif not selfclose:
            stack.append((name, length, _attrs(attr_text)))
        pos = tag.end()
    if stack:
        raise TimeMLError(f"<{stack[-1][0]}> inside <TEXT> is never closed")
    text = "".join(pieces)
    gold = [
        GoldTimex(
            start=s,
            end=e,
            text=text[s:e],
            type=a.get("type", ""),
            value=a.get("value", ""),
            tid=a.get("tid", ""),
            mod=a.get("mod"),
        )
        for s, e, a in spans
    ]
    dct, warnings = _dct(before + after)
    docid = _DOCID.search(before)
    title = _TITLE.search(before)
    docid_s = _clean(docid.group(1)) if docid else None
    return TimeMLDoc(
        text=text,
        dct=dct,
        title=_clean(title.group(1)) if title else docid_s,
        docid=docid_s,
        markup_before=before,
        markup_after=after,
        gold=tuple(sorted(gold, key=lambda g: (g.start, g.end))),
        warnings=warnings,
    )
