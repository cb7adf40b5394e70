"""The two days of a weekday range read together: "from Monday to Wednesday", "from 6 p.m.
Wednesday until noon Thursday".

Each weekday is first read alone, by the tense around it; a range's end after "until" is
read as to come while its start, in a past sentence, is read as gone, so the two can land
more than a week apart ("The road was shut from Friday until Monday": last Friday and the
coming Monday). A range of weekday names is less than a week long, so the two ends are
moved together: the end to the first such day after the start, or, when the text around
the range speaks of what is still to come (a forecast: "Warnings were in effect from 6 p.m.
Wednesday until noon Thursday. Forecasters said snow would begin ..."), the start to the
last such day before the end.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

__all__ = ["DayEnd", "range_ends", "weekday_ended"]

# A weekday's name ending an expression ("Monday", "6 p.m. Wednesday", "noon Thursday").
_WEEKDAY_TAIL = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\Z", re.IGNORECASE)
# The words that join the two days of a range ("from Monday to Wednesday", "Monday-Friday").
_DAY_RANGE_JOIN = re.compile(r"\s*(?:-|–|\s(?:to|through|until|till)\s+)$", re.IGNORECASE)
# What is still to come, told in the range's sentence or the next: a forecast's words.
_TO_COME = re.compile(
    r"\b(?:will|would|shall|expected|forecasts?|forecasters?|predicted)\b|['’]ll\b",
    re.IGNORECASE,
)
_NEXT_SENTENCE = re.compile(r"[.!?][\"”’']?\s+[A-Z\"“][^.!?\n]*")

DayEnd = tuple[int, int, str]  # start, end and TIMEX3 value of a range's first day


def weekday_ended(text: str, start: int, end: int, value: str) -> bool:
    """Whether an expression is a day (perhaps with a clock time) named by a weekday that
    ends it: "Friday", "6 p.m. Wednesday" (``value`` "2026-12-09T18:00")."""
    return (
        len(value) >= 10
        and value[:4].isdigit()
        and value[4:5] == "-"
        and value[7:8] == "-"
        and text.endswith("day", start, end)
        and _WEEKDAY_TAIL.search(text, max(start, end - 9), end) is not None
    )


def _moved(value: str, days: int) -> str:
    return (date.fromisoformat(value[:10]) + timedelta(days=days)).isoformat() + value[10:]


def _to_come_around(text: str, end: int) -> bool:
    """Whether the rest of the range's sentence or the next sentence of its paragraph
    speaks of what is to come ("... until noon Thursday. Forecasters said snow would
    begin ...")."""
    stop = text.find("\n", end, end + 400)
    hi = end + 400 if stop < 0 else stop
    nxt = _NEXT_SENTENCE.search(text, end, hi)
    return _TO_COME.search(text, end, hi if nxt is None else nxt.end()) is not None


def range_ends(
    text: str, first: DayEnd, start: int, end: int, value: str
) -> tuple[str, str] | None:
    """The values of a weekday range's first and last day read together, when apart they
    are out of order or a week or more apart; None if the range is in order (or no range)."""
    _, f_end, f_value = first
    if start - f_end > 12 or not _DAY_RANGE_JOIN.match(text[f_end:start]):
        return None
    if not weekday_ended(text, start, end, value):
        return None
    d1, d2 = date.fromisoformat(f_value[:10]), date.fromisoformat(value[:10])
    if d2 < d1:
        # "shut from Monday to Wednesday", Wednesday read before Monday: the first after it
        return f_value, _moved(value, 7)
    if (d2 - d1).days < 7:
        return None
    if _to_come_around(text, end):
        return _moved(f_value, 7 * ((d2 - d1).days // 7)), value
    return f_value, _moved(value, -7 * ((d2 - d1).days // 7))
