"""A time word that is part of a title in quotation marks is no time: the painting "Harbour
at Dusk", the film "Midnight in Paris" (were the evening and the midnight of a day). A title
here is two to six words in quotes, each capitalized but for short function words, with no
punctuation inside ('"Tonight," he said' stays speech); a weekday or month, capitalized
anyway, stays a date ('the sign read "Closed Monday"') unless a noun naming the work comes
right before the quote (the single "Sunday Driver")."""

from __future__ import annotations

from explorer.parse.timex import grammar as g

_QUOTES_OPEN = ('"', "“")
_QUOTES_CLOSE = ('"', "”")
_REACH = 40  # characters from the word to either quote
_SMALL = frozenset({"a", "an", "the", "at", "in", "of", "on", "and", "or", "to", "for", "by"})
_PUNCT = frozenset(".,;:!?")
# A weekday or month is in a title only after a noun naming the work: the single "Sunday
# Driver", the film "Friday Night Lights", the novel "Monday Begins on Saturday".
_WORK_BEFORE = [
    [w]
    for w in (
        "single",
        "song",
        "album",
        "film",
        "movie",
        "novel",
        "book",
        "play",
        "track",
        "hit",
        "series",
        "painting",
        "poem",
        "opera",
        "musical",
        "EP",
        "anthem",
        "ballad",
        "sitcom",
    )
]


def in_quoted_title(text: str, start: int, end: int) -> bool:
    """Whether the single capitalized word at start..end lies in a quoted title."""
    if not text[start : start + 1].isupper() or " " in text[start:end]:
        return False  # (cheap pre-test: one capitalized word)
    word = text[start:end].lower().rstrip(".")
    named = word in g.WEEKDAYS or word in g.MONTHS
    lo = max(0, start - _REACH)
    opened = max(text.rfind(q, lo, start) for q in _QUOTES_OPEN)
    if opened < 0 or (opened > 0 and not text[opened - 1].isspace()):
        return False
    if named and text[max(0, opened - 12) : opened].split()[-1:] not in _WORK_BEFORE:
        return False  # (always capitalized: "Closed Monday" is a day)
    closes = [c for q in _QUOTES_CLOSE if (c := text.find(q, end, end + _REACH)) >= 0]
    if not closes:
        return False
    inner = text[opened + 1 : min(closes)]
    words = inner.split()
    if not 2 <= len(words) <= 6 or any(ch in _PUNCT for ch in inner):
        return False
    # (a title opens with a capital: a quoted fragment of speech, "by Easter", "at
    # Christmas", does not)
    return words[0][:1].isupper() and all(w[:1].isupper() or w in _SMALL for w in words)
