"""A clock time told as a habit recurs: "The plant usually opens at 6 a.m.", "the store
normally closes at 9 p.m.", "The guards always changed shifts at 3 a.m." (was a time of
publication day, or of the day named before)."""

from __future__ import annotations

import re

# A frequency adverb, at most three words, then the clock time's preposition.
_HABIT_BEFORE = re.compile(
    r"\b(?:usually|normally|typically|generally|always|routinely|habitually|customarily)"
    r"\s+(?:[a-z]+\s+){1,3}(?:at|from|by|until|till|around|about|before|after)\s+$",
    re.IGNORECASE,
)
_REACH = 60  # characters back from the clock time


def told_as_habit(text: str, start: int) -> bool:
    """Whether the clock time at ``start`` follows a frequency adverb in its clause."""
    return _HABIT_BEFORE.search(text, max(0, start - _REACH), start) is not None


__all__ = ["told_as_habit"]
