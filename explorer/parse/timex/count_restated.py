"""A count of years restated by the year or month right after it: "A quarter-century later,
in 2001, the town unveiled a plaque", "Two years later, in March 2003, ...". The written
date is the better reading: the count may count from the wrong date (the story's time or
the last year named). One pass comparing neighbours only."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from explorer.model import Timex, TimexType
from explorer.parse.timex.calendar import value_range

# The count: "later", "earlier", "after", "afterwards", "on" at its end.
_COUNT = re.compile(r"\b(?:later|earlier|after|afterwards|on)$", re.IGNORECASE)
# Between the count and the date that restates it: ", in " or ", by ".
_RESTATED_BY = re.compile(r",\s+(?:in|by)\s+", re.IGNORECASE)
# A year or a month of a year as written.
_YEAR_OR_MONTH = re.compile(r"\d{4}(?:-\d\d)?")


def restate_counted_years(text: str, found: Sequence[Timex]) -> tuple[Timex, ...]:
    """``found`` with each count of years or months ("A quarter-century later") set to the
    year or month written right after it (", in 2001")."""
    if ", in " not in text and ", by " not in text:
        return tuple(found)  # (cheap pre-test)
    out = list(found)
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        if second.start - first.end > 6 or text.find(",", first.end, first.end + 1) < 0:
            continue  # (cheap pre-test)
        if first.type is not TimexType.DATE or second.type is not TimexType.DATE:
            continue
        if first.value == second.value or not _YEAR_OR_MONTH.fullmatch(second.value):
            continue
        if not _YEAR_OR_MONTH.fullmatch(first.value) or not _COUNT.search(first.text):
            continue
        if not _RESTATED_BY.fullmatch(text, first.end, second.start):
            continue
        why = f"{first.text} → {second.value}: a count restated by the date after it"
        out[i] = replace(
            first, value=second.value, explanation=why, range=value_range(second.value)
        )
    return tuple(out)
