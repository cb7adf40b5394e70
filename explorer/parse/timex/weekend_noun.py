""" "Inspectors found cracks during a weekend survey": a thing done at the weekend, told in
the past, is of the weekend just gone (was "a weekend", a length of two days)."""

from __future__ import annotations

import re

from explorer.parse.timex.calendar import iso_week, weekday_on_or_before
from explorer.parse.timex.reading import DATE, Context, Reading
from explorer.parse.timex.resolve import Tense

_PREP_BEFORE = re.compile(r"\b(?:during|after|in|at|from|over)\s+$", re.IGNORECASE)
# A noun "weekend" qualifies: "a weekend survey" (not "a weekend of talks", "a weekend away").
_NOUN_AFTER = re.compile(
    r" (?!(?:of|in|at|on|to|for|and|or|but|with|away|ago|before|after|later|earlier|when"
    r"|that|which|off|break|trip|getaway|visit)\b)[a-z]{3,}\b"
)
_SATURDAY = 5


def weekend_of_a_thing(start: int, end: int, ctx: Context) -> Reading | None:
    """ "a weekend" at start..end before a noun, after "during", "after", "in" ..., in a
    past clause: the weekend gone; else None."""
    if not _NOUN_AFTER.match(ctx.text, end):
        return None
    if not _PREP_BEFORE.search(ctx.text, max(0, start - 8), start):
        return None
    if ctx.tense(start, end) is not Tense.PAST:
        return None
    sat = weekday_on_or_before(ctx.published, _SATURDAY)
    if sat is None:
        return None
    why = "a weekend of a thing told in the past: the weekend gone"
    return Reading(DATE, iso_week(sat) + "-WE", why)


__all__ = ["weekend_of_a_thing"]
