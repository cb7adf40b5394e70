"""The two days of a weekday range read together: "from Monday to Wednesday", "from 6 p.m.
Wednesday until noon Thursday", "between Monday and Wednesday".

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
from collections.abc import Callable
from datetime import date, timedelta

from explorer.parse.timex.calendar import safe_date
from explorer.parse.timex.reading import Context
from explorer.parse.timex.resolve import Tense
from explorer.parse.timex.words import _month

__all__ = ["CLOCK_ON_DAY", "DayEnd", "range_ends", "weekday_ended"]

# A weekday's name ending an expression ("Monday", "6 p.m. Wednesday", "noon Thursday").
_WEEKDAY_TAIL = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\Z", re.IGNORECASE)
# The words that join the two days of a range ("from Monday to Wednesday", "Monday-Friday").
# (The end's clock time may come first: "from 7am on Friday until 7am on Wednesday".)
# ("Early voting begins Monday and runs through Friday": a verb of lasting may join them.)
_DAY_RANGE_JOIN = re.compile(
    r"\s*(?:-|–|\s(?:and\s+(?:runs|lasts|continues|goes\s+on|stays\s+open|remains\s+open)\s+)?"
    r"(?:to|through|until|till)\s+(?:\S{1,8}(?:\s?[ap]\.?m\.?)?\s+on\s+)?)$",
    re.IGNORECASE,
)
_LASTING_JOIN = re.compile(r"\band\s+(?:runs|lasts|continues|goes|stays|remains)\b", re.I)
# A clock time right before "on" and a weekday: the clock of a range's last day ("until 7am
# on Wednesday").
CLOCK_ON_DAY = re.compile(r"\s+on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
# ... and "between Monday and Wednesday", whose "and" joins a range only after "between".
_AND_JOIN = re.compile(r"\s+and\s+$", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
# What is still to come, told in the range's sentence or the next: a forecast's words.
_TO_COME = re.compile(
    r"\b(?:will|would|shall|expected|forecasts?|forecasters?|predicted)\b|['’]ll\b",
    re.IGNORECASE,
)
# A past progressive before the range: what was under way when told ("said he was staying
# from Friday until Monday", on a Saturday: may still be).
_PROGRESSIVE_BEFORE = re.compile(r"\b(?:was|were)\s+[a-z]+ing\s+(?:from|between)\s+$")
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
    text: str,
    first: DayEnd,
    start: int,
    end: int,
    value: str,
    published: date,
    tense_of: Callable[[int, int], Tense],
) -> tuple[str, str] | None:
    """The values of a weekday range's first and last day read together, when apart they
    are out of order or a week or more apart, or run past publication in a range told in
    the past, or miss it in one told in the present (``tense_of``: the tense of a span);
    None if the range is in order (or no range)."""
    f_start, f_end, f_value = first
    if start - f_end > 24:
        return None
    join = text[f_end:start]
    if not _DAY_RANGE_JOIN.match(join) and not (
        _AND_JOIN.match(join) and _BETWEEN.search(text, max(0, f_start - 9), f_start)
    ):
        return None
    if not weekday_ended(text, start, end, value):
        return None
    d1, d2 = date.fromisoformat(f_value[:10]), date.fromisoformat(value[:10])
    if d2 >= d1 and _LASTING_JOIN.search(join):
        return None  # "opened on Saturday and runs until Tuesday": each end as it was told
    tense = tense_of(f_start, f_end)
    if tense is Tense.NONE and not _to_come_around(text, end):
        # "The festival runs from Tuesday to Monday", on a Wednesday: a range told in the
        # present is the one under way at publication, if one is
        s = published - timedelta(days=(published.weekday() - d1.weekday()) % 7)
        e = s + timedelta(days=(d2.weekday() - s.weekday()) % 7 or 7)
        if published <= e and (s, e) != (d1, d2):
            return _moved(f_value, (s - d1).days), _moved(value, (e - d2).days)
    if d2 < d1:
        # "will be shut from Monday to Wednesday", Wednesday read before Monday: the first
        # Wednesday after it; but in a range told as gone, both ends before publication ("was
        # shut from Monday to Wednesday", on a Tuesday), the last Monday before the Wednesday
        weeks = 7 * ((d1 - d2).days // 7 + 1)
        if d1 <= published and not _to_come_around(text, end):
            return _moved(f_value, -weeks), value
        return f_value, _moved(value, weeks)
    if (d2 - d1).days < 7:
        if (
            d1 <= published < d2
            and not _PROGRESSIVE_BEFORE.search(text, max(0, f_start - 30), f_start)
            and tense is Tense.PAST
            and not _to_come_around(text, end)
        ):
            # "The plant ran from Friday until Monday", on a Saturday: a range told as gone
            # ends before publication (the Monday "until" would read as the coming one)
            return _moved(f_value, -7), _moved(value, -7)
        return None
    if _to_come_around(text, end):
        return _moved(f_value, 7 * ((d2 - d1).days // 7)), value
    return f_value, _moved(value, -7 * ((d2 - d1).days // 7))


# The end of a range right after its first day: "to Nov. 30", "through March 10".
_RANGE_END_AFTER = re.compile(
    r"\s+(?:to|through|until|till|and)\s+(?P<mon>[A-Z][a-z]{2,8})\.?\s+(?P<d>[0-3]?\d)\b"
)


def range_under_way(m: re.Match[str], ctx: Context, month: int, day: int) -> bool:
    """Whether the month-day at ``m`` starts a range ("from June 1 to Nov. 30") that,
    this year, has begun and not ended by publication."""
    end = _RANGE_END_AFTER.match(ctx.text, m.end())
    last_month = _month(end.group("mon")) if end is not None else None
    if end is None or not last_month:
        return False
    pub = ctx.published
    first = safe_date(pub.year, month, day)
    last = safe_date(pub.year, last_month, int(end.group("d")))
    return first is not None and last is not None and first <= pub <= last
