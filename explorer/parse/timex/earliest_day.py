"""A day that is the earliest something can happen: "will try again no earlier than Friday",
"the launch was pushed back to no earlier than Thursday". Said of a day still to come (a
launch, a vote, a ruling), whatever the tense of the telling; not of a day gone in a year
the sentence names ("In 2019 the flight slipped to no earlier than Friday" keeps its own)."""

from __future__ import annotations

import re

_NO_EARLIER = re.compile(r"\bno\s+(?:earlier|sooner)\s+than\s+(?:on\s+)?\Z", re.IGNORECASE)
# A past year written in the sentence before the day (its story, not this week).
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_SENTENCE_END = re.compile(r"[.!?]\s")


def earliest_to_come(text: str, start: int) -> bool:
    """Whether the day at ``start`` follows "no earlier than" (cheap pre-test: "than")."""
    lo = max(0, start - 30)
    if "than" not in text[lo:start]:
        return False
    if _NO_EARLIER.search(text, lo, start) is None:
        return False
    back = text[max(0, start - 200) : start]
    ends = list(_SENTENCE_END.finditer(back))
    clause = back[ends[-1].end() :] if ends else back
    return _YEAR.search(clause) is None
