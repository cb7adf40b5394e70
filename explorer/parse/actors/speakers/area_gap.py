"""A place named after a group and a preposition, before an area's noun, is no subject:
"Growers in the Halden area, where most of the wine is made, said" (had no speaker: the
place stood nearest the cue with no subject gap, and the growers' gap ran past it)."""

from __future__ import annotations

import re

from explorer.parse.actors.speakers.gaps import _PREP_BEFORE

# The area's noun after the place, then maybe a "where" clause, up to the cue.
_AREA_TAIL = re.compile(
    r"\s+(?:area|region|district|province|valley|county|state|suburbs?|neighbou?rhood)"
    r"(?:,\s+where\s+[^,\"“”]*)?,?\s*"
)


def area_limit(text: str, sent_start: int, start: int, end: int, limit: int) -> int | None:
    """Where the subject's gap ends before the place named ``start:end`` and its area's
    noun running to ``limit`` (the preposition before the place), else None."""
    if text[end : end + 1] != " ":
        return None
    am = _AREA_TAIL.match(text, end, limit)
    if am is None or am.end() != limit:
        return None
    pm = _PREP_BEFORE.search(text, max(sent_start, start - 12), start)
    return None if pm is None else pm.start()
