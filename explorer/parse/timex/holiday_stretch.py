"""A weekend, week or stretch of days told by a holiday: "the last weekend before
Christmas" (the weekend that ends before it, not the one of its week), "the weekend after
Thanksgiving", "the week before Christmas" (a calendar week), "the two weeks before
Christmas" (that long, up to the holiday, on the timeline), "the ten days after Easter"."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from explorer.model import DateRange, Precision
from explorer.parse.timex.calendar import iso_week, weekday_on_or_after, weekday_on_or_before
from explorer.parse.timex.reading import DATE, DURATION, Context, Reading
from explorer.parse.timex.words import number

_WEEKEND_AROUND = re.compile(
    r"\b[Tt]he\s+(?:(?:last|first|final)\s+)?weekend\s+(?P<ab>after|before)\s+$"
)
_WEEK_AROUND = re.compile(r"\b[Tt]he\s+(?:(?:last|first|final)\s+)?week\s+(?P<ab>after|before)\s+$")
_STRETCH_AROUND = re.compile(
    r"\b[Tt]he\s+(?:(?:last|first|final)\s+)?(?P<n>[\w-]+)\s+(?P<u>days|weeks)"
    r"\s+(?P<ab>after|before)\s+$"
)
_SATURDAY = 5


def stretch_by_holiday(
    m: re.Match[str], ctx: Context, day: date, why: str, end: int | None
) -> Reading | None:
    """The weekend or stretch of days the words right before the holiday at ``m`` (on
    ``day``) tell of, or None if they tell of none (``why``: how ``day`` was found; ``end``:
    where the expression ends, if past ``m``)."""
    lo = max(0, m.start() - 40)
    if " before " not in ctx.text[lo : m.start()] and " after " not in ctx.text[lo : m.start()]:
        return None  # (cheap pre-test)
    name = m.group("h_n")
    weekend = _WEEKEND_AROUND.search(ctx.text, lo, m.start())
    if weekend is not None:
        before = weekend.group("ab").lower() == "before"
        # (a Sunday's weekend before is the one a week earlier)
        near = day - timedelta(days=2) if before else day + timedelta(days=1)
        sat = (
            weekday_on_or_before(near, _SATURDAY)
            if before
            else weekday_on_or_after(near, _SATURDAY)
        )
        if sat is None:
            return None
        reason = f"the weekend {weekend.group('ab').lower()} {name} ({why})"
        return Reading(DATE, iso_week(sat) + "-WE", reason, start=weekend.start(), end=end)
    week = _WEEK_AROUND.search(ctx.text, lo, m.start())
    if week is not None:
        # "the week before Christmas": the calendar week a week before (after) the holiday
        ab = week.group("ab").lower()
        # (the last Monday-to-Sunday week that ends by it, or the first that starts after
        # it: Holy Week before Easter Sunday, the week of Dec. 14 before a Friday Christmas)
        then = (
            weekday_on_or_before(day, 6)
            if ab == "before"
            else weekday_on_or_after(day + timedelta(days=1), 0)
        )
        if then is None:
            return None
        ctx.note_day(then)  # ("sales in the week after Christmas fell from a year earlier")
        reason = f"the week {ab} {name} ({why})"
        return Reading(DATE, iso_week(then), reason, start=week.start(), end=end)
    stretch = _STRETCH_AROUND.search(ctx.text, lo, m.start())
    n = None if stretch is None else number(stretch.group("n"))
    if stretch is None or n is None or n != int(n) or n <= 0:
        return None
    weeks = stretch.group("u").lower() == "weeks"
    days = int(n) * (7 if weeks else 1)
    before = stretch.group("ab").lower() == "before"
    first = day - timedelta(days=days) if before else day + timedelta(days=1)
    begin = datetime(first.year, first.month, first.day)
    span = DateRange(begin, begin + timedelta(days=days), Precision.DAY)
    value = f"P{int(n)}{'W' if weeks else 'D'}"
    reason = (
        f"{days} days {'up to' if before else 'from the day after'} {name}, from {first} ({why})"
    )
    return Reading(DURATION, value, reason, None, span, start=stretch.start(), end=end)
