"""A weekday of a month told as a yearly habit: "The race, held on the last Saturday of
January since 1978", "Boats are normally allowed back on the first Saturday of April",
"the fair is held every year on the second Sunday of May". No one year's day (was the
last such day, or this year's gone): the month of no year, `XXXX-01`, as a month of
something done every year is."""

from __future__ import annotations

import re

# A frequency adverb (or "every year") a few words before the day's preposition.
_HABIT_BEFORE = re.compile(
    r"\b(?:usually|normally|typically|generally|always|traditionally|customarily"
    r"|(?:every|each)\s+year)\s+(?:[\w'’-]+\s+){0,6}?(?:on|in|during)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "... since 1978", "... every year", "... each year" right after the day.
_HABIT_AFTER = re.compile(r",?\s+(?:since\s+(?:1[89]|20)\d\d\b|(?:every|each)\s+year\b)")
_REACH = 70  # characters back from the day


def told_yearly(text: str, start: int, end: int) -> bool:
    """Whether the day at [start, end) is told as a yearly habit."""
    if (
        text.startswith((" since", ", since", " every", " each", ", every", ", each"), end)
        and _HABIT_AFTER.match(text, end) is not None
    ):
        return True
    return _HABIT_BEFORE.search(text, max(0, start - _REACH), start) is not None
