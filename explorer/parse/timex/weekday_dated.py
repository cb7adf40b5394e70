"""A weekday's possessive after the story dated that weekday: '"Wednesday's replay suits
us"', told on Oct. 5 after "the derby would be replayed on Wednesday, Nov. 11", is Nov. 11
(it was the last Wednesday gone). The story's own "<weekday>, <month> <day>" still to come
is the one its later "<weekday>'s <thing>" names when that thing's verb is present or to
come ("Wednesday's vote went badly" stays the last Wednesday)."""

from __future__ import annotations

import re

from explorer.parse.timex.calendar import day_iso, pretty_day
from explorer.parse.timex.reading import DATE, Context, Reading

_WEEKDAY_AT = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s")
# "'s replay suits", "'s final would": the possessed noun's own verb, present or to come
_NOT_PAST_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?[a-z]+\s+(?:is|are|will|would|could|can|may|might|should|must|has|have"
    r"|suits|looks|remains|means|starts|begins|goes|gives)\b"
)
_REACH = 4000  # characters back to the dated weekday
_NEAR = 6  # days ahead the ordinary reading already reaches


def weekday_dated_before(m: re.Match[str], ctx: Context, wd: int) -> Reading | None:
    """The day the story named with this weekday ("Wednesday, Nov. 11"), when this is the
    weekday's possessive ("Wednesday's replay") and that day is more than a week ahead of
    publication; else None."""
    end = m.end("k_wd")
    if not ctx.text.startswith(("'s ", "’s "), end) or not ctx.days:
        return None  # (cheap pre-test)
    if _NOT_PAST_AFTER.match(ctx.text, end + 2) is None:
        return None  # "Wednesday's vote went badly", "after Wednesday's vote": no present
    for at, day in reversed(ctx.days):
        if at >= m.start():
            continue
        if m.start() - at > _REACH:
            break
        if day.weekday() != wd or (day - ctx.published).days <= _NEAR:
            continue
        if _WEEKDAY_AT.match(ctx.text, at) is None:
            continue
        return Reading(DATE, day_iso(day), f"the {pretty_day(day)} the story named before")
    return None
