"""A range of months across a new year told in the past, whose end came out still to come:
"all between November and February, when temperatures fell below freezing" (Dec. 29, 2026)
is November 2025 to February 2026, the last such winter (was November 2026 to February
2027: a past cannot end two months ahead)."""

from __future__ import annotations

import re
from datetime import date

from explorer.parse.timex.reading import Reading

# "between November and February", "from November to February" (a few words at most).
_RANGE = re.compile(
    r"\b(?:between|from)\s+(?:early\s+|late\s+|mid-?)?[A-Z][a-z]+\.?"
    r"\s+(?:and|to|through|until|till)\s+(?:early\s+|late\s+|mid-?)?$",
    re.IGNORECASE,
)


def past_range_back(
    text: str, first: tuple[int, int, Reading], end_start: int, end_value: str, published: date
) -> tuple[Reading, str] | None:
    """The range's first month and its last month's value, both a year back, when a range
    from ``first`` to the month at ``end_start`` (``end_value``) crosses a new year and ends
    after publication (the caller asks only of a past); None otherwise."""
    start_value = first[2].value
    if start_value > end_value or int(start_value[5:]) <= int(end_value[5:]):
        return None  # (cheap pre-test: in order, across a new year)
    if end_value <= f"{published.year:04d}-{published.month:02d}":
        return None
    if _RANGE.search(text, max(0, first[0] - 12), end_start) is None:
        return None
    r = first[2]
    back = f"{int(start_value[:4]) - 1:04d}{start_value[4:]}"
    why = "a past range of months across a new year: the last such one"
    return Reading(r.type, back, why, r.mod), f"{int(end_value[:4]) - 1:04d}{end_value[4:]}"
