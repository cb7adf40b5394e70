"""Days kept every year: "Every year on Aug. 6 at 8:15 a.m., the city falls silent",
"Survivors meet on March 16 each year". A month-day without a year so told is every year's
(``XXXX-08-06``), as "reviews its rates twice a year, in March and September" is every
year's March (see ``months_years``), and so is a clock time on it; not the day of
publication's year each was read as.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from explorer.model import Timex, TimexType

_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_YEAR_WRITTEN = re.compile(r"\d{4}")
# "every year on", "each year on", "annually on", "every year at the end of", ...
_YEARLY_BEFORE = re.compile(
    r"\b(?:(?:every|each)\s+year|annually|yearly)\s+(?:on\s+|in\s+)?$", re.IGNORECASE
)
# "on March 16 each year", "on Aug. 6 every year"
_YEARLY_AFTER = re.compile(r",?\s+(?:every|each)\s+year\b", re.IGNORECASE)
_CLOCK_AFTER = re.compile(r",?\s+(?:at|from)\s+$")
_REACH = 30  # characters back from a day to "every year"


def yearly_days(text: str, found: Sequence[Timex]) -> tuple[Timex, ...]:
    """``found`` with each month-day told as kept every year set to every year's, and a
    clock time right after it too."""
    out = list(found)
    for i, t in enumerate(out):
        if t.type is not TimexType.DATE or not _DAY.fullmatch(t.value):
            continue  # (cheap pre-test)
        if "year" not in text[max(0, t.start - _REACH) : t.end + 12] and (
            "nnually" not in text[max(0, t.start - _REACH) : t.start]
        ):
            continue
        if _YEAR_WRITTEN.search(t.text):
            continue
        if not (
            _YEARLY_BEFORE.search(text, max(0, t.start - _REACH), t.start)
            or _YEARLY_AFTER.match(text, t.end)
        ):
            continue
        out[i] = _every_year(t)
        nxt = out[i + 1] if i + 1 < len(out) else None
        if (
            nxt is not None
            and nxt.type is TimexType.TIME
            and nxt.value[:10] == t.value
            and _CLOCK_AFTER.fullmatch(text, t.end, nxt.start)
        ):
            out[i + 1] = _every_year(nxt)
    return tuple(out)


def _every_year(t: Timex) -> Timex:
    value = "XXXX" + t.value[4:]
    why = f"{t.text} → {value}: a day kept every year, no one year"
    return replace(t, value=value, explanation=why, range=None)
