"""A clock time told with "on" and a named day after it: "stores stay open until 9 p.m. on
New Year's Eve", "open at noon on Easter Monday", "close from 3 p.m. on Christmas Eve". The
clock time is read before the day after it is, so it took a day named before it (or
publication day); the named day after "on" is its day. Weekdays and month-days after a
clock time are already read with it ("at 2 p.m. on Friday, Dec. 18"), so this pass only
moves a clock time onto a day named by a feast or holiday.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from explorer.model import Timex, TimexType
from explorer.parse.timex.calendar import value_range

_CLOCK = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
# Between the clock time and the day: "on", maybe a zone ("9 p.m. ET on", "9 p.m. local
# time on") and "the".
_ON = re.compile(r"\s+(?:(?:[A-Z]{2,4}|local\s+time)\s+)?on\s+(?:the\s+)?$")
# A day already read with the clock time: a weekday or a month-day (or "the 10th"); a
# weekday read again after it with a cue of its own ("Kickoff is at 1 p.m. ET on Sunday":
# a schedule, the coming Sunday) gives it that day.
_READ_WITH_CLOCK = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct"
    r"|Nov|Dec)[a-z]*\.?\s+\d|\d"
)


def clocks_on_feasts(text: str, found: Sequence[Timex]) -> tuple[Timex, ...]:
    """``found`` with each clock time right before "on <named day>" set on that day."""
    out = list(found)
    for i, t in enumerate(out[:-1]):
        if t.type is not TimexType.TIME or not _CLOCK.match(t.value):
            continue  # (cheap pre-test)
        nxt = out[i + 1]
        if (
            nxt.type is not TimexType.DATE
            or nxt.start - t.end > 20
            or not _DAY.fullmatch(nxt.value)
            or nxt.value == t.value[:10]
            or not _ON.search(text, t.end, nxt.start)
        ):
            continue
        if _READ_WITH_CLOCK.match(nxt.text) and not _same_weekday(t.value, nxt.value):
            continue
        value = nxt.value + t.value[10:]
        why = f"{t.text} → {value}: the clock time of {nxt.text}, named right after it"
        out[i] = replace(t, value=value, explanation=why, range=value_range(value))
    return tuple(out)


def _same_weekday(clock: str, day: str) -> bool:
    """Whether the clock time's day and the day after it are the same weekday."""
    return date.fromisoformat(clock[:10]).weekday() == date.fromisoformat(day).weekday()
