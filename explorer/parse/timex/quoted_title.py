"""A time word that is part of a title in quotation marks is no time: the painting "Harbour
at Dusk", the film "Midnight in Paris" (were the evening and the midnight of a day). A title
here is two to six words in quotes, each capitalized but for short function words, with no
punctuation inside ('"Tonight," he said' stays speech); a weekday or month, capitalized
anyway, stays a date ('the sign read "Closed Monday"')."""

from __future__ import annotations

from explorer.parse.timex import grammar as g

_QUOTES_OPEN = ('"', "“")
_QUOTES_CLOSE = ('"', "”")
_REACH = 40  # characters from the word to either quote
_SMALL = frozenset({"a", "an", "the", "at", "in", "of", "on", "and", "or", "to", "for", "by"})
_PUNCT = frozenset(".,;:!?")


def in_quoted_title(text: str, start: int, end: int) -> bool:
    """Whether the single capitalized word at start..end lies in a quoted title."""
    if not text[start : start + 1].isupper() or " " in text[start:end]:
        return False  # (cheap pre-test: one capitalized word)
    word = text[start:end].lower().rstrip(".")
    if word in g.WEEKDAYS or word in g.MONTHS:
        return False  # (always capitalized: "Closed Monday" is a day)
    lo = max(0, start - _REACH)
    opened = max(text.rfind(q, lo, start) for q in _QUOTES_OPEN)
    if opened < 0 or (opened > 0 and not text[opened - 1].isspace()):
        return False
    closes = [c for q in _QUOTES_CLOSE if (c := text.find(q, end, end + _REACH)) >= 0]
    if not closes:
        return False
    inner = text[opened + 1 : min(closes)]
    words = inner.split()
    if not 2 <= len(words) <= 6 or any(ch in _PUNCT for ch in inner):
        return False
    return all(w[:1].isupper() or w in _SMALL for w in words)
