"""Both ends of a range of clock times recur when the recurrence stands by either end:
"Supplies will be shut off from 10 p.m. to 6 a.m. every night" and "Clinics open every day
from 8 a.m. to 8 p.m." are two clock times of a recurrence, `XXXX-XX-XXT22:00` and
`XXXX-XX-XXT06:00` (the end away from "every night" was a time of publication day, or of
the day named before)."""

from __future__ import annotations

import re

_CLOCK = (
    r"(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\.?)(?:\s+(?-i:[A-Z]{2,4})\b)?"
    r"|\d{4}\s+(?-i:GMT|UTC)|noon|midnight)"
)
# The rest of a range after its first clock time: " to 6 a.m. BST".
_TO_END = re.compile(rf"\s*(?:-|–|to|until|till|and)\s*{_CLOCK}", re.IGNORECASE)
# The start of a range before its second clock time: "from 8 a.m. to ".
_FROM_START = re.compile(
    rf"\b(?:from|between)\s+{_CLOCK}\s*(?:-|–|to|until|till|and)\s*$", re.IGNORECASE
)
_REACH = 40  # characters back to the range's start


def range_recurrence(
    m: re.Match[str], text: str, every_before: re.Pattern[str], every_after: re.Pattern[str]
) -> re.Match[str] | None:
    """The recurrence ("every night", "daily", "every day at") standing by the other end of
    the range of clock times ``m`` is one end of; None when it is no such end."""
    nxt = m.end()
    if nxt < len(text) and text[nxt : nxt + 8].lstrip()[:1] in ("t", "u", "-", "–", "a"):
        to = _TO_END.match(text, nxt)  # (cheap pre-test: a word that goes on to an end)
        if to is not None and (found := every_after.match(text, to.end())) is not None:
            return found
    if (
        "from" not in text[max(0, m.start() - _REACH) : m.start()]
        and "between" not in text[max(0, m.start() - _REACH) : m.start()]
    ):
        return None
    start = _FROM_START.search(text, max(0, m.start() - _REACH), m.start())
    if start is None:
        return None
    return every_before.search(text, max(0, start.start() - _REACH), start.start() + 5)
