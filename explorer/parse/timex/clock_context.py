"""The day of a clock time whose sentence names none, from the story around it (see
``clock._last_day_or_publication``): "In 2023, when the temperature hit 29 degrees, the
race was stopped at 1 p.m." (a year its own sentence names after "in": some day of that
year, not publication day nor the last day named) and "A record field will line up on
Sunday, organisers warned on Thursday. ... The elite women are due to start at 7:35 a.m."
(a time to come after a day to come was named, and since then only the day of the
telling: that day)."""

from __future__ import annotations

import re
from datetime import date

from explorer.parse.timex.reading import Context
from explorer.parse.timex.resolve import Tense
from explorer.parse.timex.words import _SENTENCE_BREAK

# A timetable's present right before the clock time: "The course closes at 4 p.m.".
_SCHEDULE_AT = re.compile(
    r"\b(?:starts|begins|opens|closes|ends|finishes|departs|leaves|kicks\s+off|resumes)"
    r"\s+(?:[\w'’-]+\s+){0,2}?at\s+$"
)
_COMING_REACH = 700  # characters from a day to come named to a clock time on it


def year_of_its_sentence(m: re.Match[str], ctx: Context) -> bool:
    """Whether the clock time's sentence named a year other than publication's before it,
    after the last day named ("In 2023, ... was stopped at 1 p.m.")."""
    if ctx.year_named is None:
        return False
    end, year = ctx.year_named
    if year == ctx.published.year or not ctx.day_at < end <= m.start():
        return False  # (cheap pre-test)
    if not (ctx.text[end - 4 : end].isdigit() and ctx.text[end - 7 : end - 4].lower() == "in "):
        return False  # "in 2023" (not "Five years ago", "the 2026 budget")
    return _SENTENCE_BREAK.search(ctx.text, end, m.start()) is None


def coming_day_named(m: re.Match[str], ctx: Context) -> date | None:
    """The day to come the story named last, when a clock time in the future or in a
    timetable's present follows it and only publication day was named since (as the day of
    a telling)."""
    for at, day in reversed(ctx.days[-4:]):
        if m.start() - at > _COMING_REACH:
            return None
        if day > ctx.published:
            break
        if day != ctx.published:
            return None
    else:
        return None
    clock = ctx.last_clock
    if clock is not None and clock[0] > at and clock[2].date() != day:
        return None  # a clock time on another day since ("8:05 p.m. - A warning ...")
    if ctx.tense(m.start(), m.end()) is Tense.FUTURE:
        return day
    # (else only a timetable's present: "The course closes at 4 p.m.", not "Shares are up 2%
    # at 10 a.m.", today's)
    return day if _SCHEDULE_AT.search(ctx.text, max(0, m.start() - 40), m.start()) else None


# The end of a range of clock times right after its start: "from 10 a.m. to 8 p.m.".
_RANGE_TO = re.compile(r"\s*(?:to|until|till|through|-|–|—)\s*", re.IGNORECASE)
# ... with its own day right after it ("to 3 a.m. on Tuesday"): that day's.
_OWN_DAY_AFTER = re.compile(
    r"\s*,?\s*(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE
)


def range_end_day(
    day: date | None, why: str, m: re.Match[str], ctx: Context
) -> tuple[date | None, str]:
    """The end of a range of clock times with no day of its own takes its start's day, not
    a day named later in the sentence: "opens on Friday from 10 a.m. to 8 p.m. and on
    Saturday from 9 a.m." (8 p.m. is Friday's)."""
    clock = ctx.last_clock
    if day is None or clock is None or clock[2].date() == day or m.start() - clock[1] > 10:
        return day, why  # (cheap pre-test: a clock time of another day right before)
    if _RANGE_TO.fullmatch(ctx.text, clock[1], m.start()) is None:
        return day, why
    if _OWN_DAY_AFTER.match(ctx.text, m.end()):
        return day, why
    start = clock[2].date()
    return start, f"the day of the range's start ({why})"


# A deadline beaten: "passed the bill hours before a midnight deadline".
_BEATEN = re.compile(r"\b(?:before|ahead\s+of)\s+(?:a|the|an?\s+[\w-]+)\s+$", re.IGNORECASE)


def deadline_beaten(text: str, start: int, end: int) -> bool:
    """Whether the midnight at [start, end) is a deadline something was done before
    ("passed the bill hours before a midnight deadline"): told in the past with no day, it
    ends the day the story tells of (publication day), not the night before ("the
    midnight deadline passed without a deal" and "heard a bang before midnight" stay gone)."""
    return text.startswith(" deadline", end) and bool(
        _BEATEN.search(text, max(0, start - 20), start)
    )
