""" "The following week", "the week after" (or "the previous week", "the week before")
right after a month named since the last day count from that month, not from the day named
before it: "doctors will review her recovery at the end of January. If it goes well,
rehearsals would start the following week" is the first week of February (it was the week
after March 5, a day the paragraph before named), and "the lifting is planned for the first
half of March. A load test would follow the week after" is in March (it was the week after
publication's Monday)."""

from __future__ import annotations

from datetime import date

from explorer.parse.timex.calendar import add_months, iso_week, safe_date
from explorer.parse.timex.reading import DATE, Context, Reading

_REACH = 260  # characters from the month named to the week counted from it (two sentences)
# Words before a month that put it at its end or start ("the end of January", "late May").
_LATE = ("end of ", "late ", "close of ")
_EARLY = ("start of ", "beginning of ", "early ")


def month_part_day(ctx: Context, period: tuple[int, int]) -> int:
    """The day of ``period``'s month that "early", "late", "the end of" put it at when it
    was the last month named so ("In early November ... three weeks later" counts from
    about the 5th, not mid-month); 0 when it was named plain."""
    named = ctx.month_named
    if named is None or named[1] != period:
        return 0
    before = ctx.text[max(0, named[0] - 30) : named[0]].lower()
    if any(w in before for w in _EARLY):
        return 5
    if any(w in before for w in _LATE):
        return 25
    return 0


def week_from_month(m_start: int, sign: int, ctx: Context) -> Reading | None:
    """The week after (``sign`` +1) or before (-1) the month named since the last day and at
    most about two sentences before ``m_start``; None when no such month was named."""
    named = ctx.month_named
    if named is None:
        return None
    end, (y, month) = named
    if end <= ctx.day_at or not 0 <= m_start - end <= _REACH:
        return None  # (a day was named since: it anchors)
    before = ctx.text[max(0, end - 30) : end].lower()
    late = any(w in before for w in _LATE)
    early = any(w in before for w in _EARLY)
    d: date | None = None
    if sign > 0 and late:
        ny, nm = add_months(y, month, 1)
        d = safe_date(ny, nm, 1)  # the week the next month opens in
    elif sign < 0 and early:
        d = safe_date(y, month, 1)
        d = d and date.fromordinal(d.toordinal() - 7)
    if d is None:
        # a week somewhere around a month: no more than the month can be said
        why = f"the week {'after' if sign > 0 else 'before'} something in the month named"
        return Reading(DATE, f"{y:04d}-{month:02d}", why + " last: about that month")
    why = f"the week {'after the end' if sign > 0 else 'before the start'} of the month named"
    return Reading(DATE, iso_week(d), why)


__all__ = ["month_part_day", "week_from_month"]
