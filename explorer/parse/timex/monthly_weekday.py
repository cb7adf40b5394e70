""" "The ministry publishes its estimates every month on the second Tuesday", "the board
meets on the first Monday of every month": that weekday of each month, a recurrence (was
the last or next such weekday, one day)."""

from __future__ import annotations

import re

from explorer.parse.timex.calendar import add_months, day_iso, nth_weekday, pretty_day
from explorer.parse.timex.reading import DATE, SET, Context, Reading
from explorer.parse.timex.resolve import Tense

_NTH_BEFORE = re.compile(r"\bthe\s+(?:first|second|third|fourth|last)\s+$", re.IGNORECASE)
_OF_EVERY_MONTH = re.compile(r"\s+of\s+(?:every|each|the)\s+month\b", re.IGNORECASE)
_EVERY_MONTH_BEFORE = re.compile(
    r"\b(?:every|each)\s+month\s+(?:on\s+)?$|\bmonthly\s+(?:on\s+)?$", re.IGNORECASE
)
_REACH = 24  # characters back to "the second"
_MONTH_REACH = 40  # characters back to "every month on"


def monthly_weekday(text: str, start: int, end: int, wd: int) -> Reading | None:
    """The weekday at start..end as the nth of every month, when "the first ... of every
    month" or "every month on the second ..." says so; else None."""
    if not text.endswith(("t ", "d ", "h "), 0, start):
        return None  # (cheap pre-test: "first ", "second ", "third ", "last ")
    nth = _NTH_BEFORE.search(text, max(0, start - _REACH), start)
    if nth is None:
        return None
    after = _OF_EVERY_MONTH.match(text, end)
    every_after = after is not None and after.group().split()[-2].lower() != "the"
    if not every_after and not _EVERY_MONTH_BEFORE.search(
        text, max(0, nth.start() - _MONTH_REACH), nth.start()
    ):
        return None  # ("the second Tuesday of the month": one month's)
    why = f"{text[nth.start() : end].lower()} of every month: a recurrence"
    stop = after.end() if after is not None else None
    return Reading(SET, f"XXXX-WXX-{wd + 1}", why, None, None, nth.start(), stop)


def nth_weekday_of_the_month(m: re.Match[str], ctx: Context, wd: int, nth: int) -> Reading | None:
    """ "the second Tuesday of the month": of publication's month, or the next one when
    that day is gone and the clause looks ahead (the month before when it is to come and
    the clause is past)."""
    if wd < 0:
        return None
    pub = ctx.published
    y, month = pub.year, pub.month
    d = nth_weekday(y, month, wd, nth)
    tense = ctx.tense(m.start(), m.end())
    if d is not None and d < pub and tense is not Tense.PAST:
        y, month = add_months(y, month, 1)
    elif d is not None and d > pub and tense is Tense.PAST:
        y, month = add_months(y, month, -1)
    d = nth_weekday(y, month, wd, nth) if 1 <= y <= 9999 else None
    if d is None or d.month != month:
        return None
    ctx.note_day(d)
    return Reading(DATE, day_iso(d), f"{m.group().lower()}: {pretty_day(d)}")


__all__ = ["monthly_weekday", "nth_weekday_of_the_month"]
