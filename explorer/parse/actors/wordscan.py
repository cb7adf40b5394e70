"""Generic group nouns ("rebels", "officials") and speech cues ("said", "according to") of a
text, from one fast scan.

The references are ``patterns().group_head.finditer(text)`` and
``patterns().cue.finditer(text)``. Both open with a look-behind (no word character before
the word), so the regex engine tries a match at every character of the text, twice. The scan
here runs once, over the lower-cased text (same length and offsets), for the words of both
lists, and opens with the character before a word, a character class the engine skips to in
C. At each hit the reference pattern of each list the word can belong to decides, so the
spans are exactly the references': about three times faster than the two reference scans.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from explorer.parse.actors.data import vocabulary
from explorer.parse.actors.patterns import patterns, trie_words

Span = tuple[int, int]

# The characters both references admit before a word, in ASCII (the scan's first character;
# a non-ASCII word character passes it and is rejected afterwards), and the weaker of their
# look-aheads: every reference match is a scan hit.
_BEFORE = r"[^a-zA-Z0-9_\-]"
_AFTER = r"(?![\w-])"
_PUNCTUATION_KEPT = frozenset("_-’'‐‑")
# Characters other than ASCII and the usual typography (quotes, dashes, ellipsis, no-break
# space), which lower-casing leaves as they are.
_UNUSUAL = re.compile("[^\x00-\x7f‘’“”‐‑–—…\u00a0]")


@dataclass(frozen=True, slots=True)
class WordHits:
    group_heads: list[Span]  # the spans of patterns().group_head.finditer(text)
    cues: list[Span]  # the spans of patterns().cue.finditer(text)


@dataclass(frozen=True, slots=True)
class _Scan:
    pattern: re.Pattern[str]
    words: frozenset[str]  # the words scanned for (lower case, one space between words)
    # Scan words with a group noun (a cue) as their start: only at those can the group
    # (cue) reference match ("sources" starts with "source").
    group_words: frozenset[str]
    cue_words: frozenset[str]
    # The words as the references match them, written out: a hit written so, with the
    # references' look-arounds around it, is their match (the scan's is the longest word).
    group_written: frozenset[str]  # lower case and capitalised
    cue_written: frozenset[str]


def _starting_with(words: set[str], starts: set[str]) -> frozenset[str]:
    return frozenset(w for w in words if any(w.startswith(s) for s in starts))


@cache
def _scan() -> _Scan:
    v = vocabulary()
    heads = {h.lower() for h in (*v.group_heads, *v.bound_group_heads)}
    cues = {c.lower() for c in (*v.cues, "According to")}
    words = heads | cues
    return _Scan(
        re.compile(rf"{_BEFORE}(?=({trie_words(sorted(words))}){_AFTER})"),
        frozenset(words),
        _starting_with(words, heads),
        _starting_with(words, cues),
        frozenset((*heads, *(h.capitalize() for h in heads))),
        frozenset((*v.cues, "According to")),
    )


def lowered(text: str) -> str | None:
    """``text.lower()`` when it has the same offsets and the same word characters as
    ``text`` (true of almost all text), else None."""
    low = text.lower()
    if len(low) != len(text):
        return None
    if not text.isascii():
        for ch in set(_UNUSUAL.findall(text)):
            lo = ch.lower()
            if lo == ch:
                continue  # (most letters' lower cases)
            if len(lo) != 1 or lo.isalnum() != ch.isalnum() or lo in _PUNCTUATION_KEPT:
                return None
    return low


def scan_words(text: str) -> WordHits:
    """The group nouns and speech cues of ``text``."""
    p = patterns()
    group_ref, cue_ref = p.group_head, p.cue
    low = lowered(text)
    if low is None:
        return WordHits(
            [m.span() for m in group_ref.finditer(text)], [m.span() for m in cue_ref.finditer(text)]
        )
    scan = _scan()
    groups: list[Span] = []
    cues: list[Span] = []
    group_end = cue_end = 0
    # A word opening the text has no character before it for the scan to find.
    m = group_ref.match(text)
    if m is not None:
        groups.append(m.span())
        group_end = m.end()
    m = cue_ref.match(text)
    if m is not None:
        cues.append(m.span())
        cue_end = m.end()
    for hit in scan.pattern.finditer(low):
        start = hit.start(1)
        if text[start - 1].isalnum():
            continue  # after a non-ASCII word character
        word = hit.group(1)
        if word not in scan.words:
            word = " ".join(word.split())  # "according\nto"
        end = hit.end(1)
        if start >= group_end and word in scan.group_words:
            if text[start:end] in scan.group_written and _group_bounds(text, start, end):
                groups.append((start, end))
                group_end = end
            elif (m := group_ref.match(text, start)) is not None:
                groups.append(m.span())
                group_end = m.end()
        if start >= cue_end and word in scan.cue_words:
            # (The scan's look-arounds are the cue reference's.)
            if text[start:end] in scan.cue_written:
                cues.append((start, end))
                cue_end = end
            elif (m := cue_ref.match(text, start)) is not None:
                cues.append(m.span())
                cue_end = m.end()
    return WordHits(groups, cues)


def _group_bounds(text: str, start: int, end: int) -> bool:
    """The group reference's look-arounds beyond the scan's: no apostrophe or Unicode
    hyphen before the noun, no Unicode hyphen or "'s" after it."""
    if text[start - 1] in "’'‐‑":
        return False
    following = text[end : end + 1]
    if following in ("‐", "‑"):
        return False
    if following in ("'", "’"):
        after = text[end + 1 : end + 2]
        return not (after.isalnum() or after == "_")
    return True
