"""A weekday told by another day: "the Sunday after Thanksgiving", "the Friday and Sunday
before Christmas" (read with the holiday, see ``named_dates.rule_holiday``), "the Saturday
closest to Jan. 31"."""

from __future__ import annotations

import re

from explorer.parse.timex.calendar import add_days, day_iso, safe_date
from explorer.parse.timex.day_choice import year_for_day
from explorer.parse.timex.detect import HOLIDAY
from explorer.parse.timex.reading import DATE, Context, Reading
from explorer.parse.timex.words import _THE_BEFORE, _month

_BY_A_HOLIDAY = re.compile(rf"\s+(?:after|before)\s+{HOLIDAY}(?!\w)")
# ... and a pair of weekdays by one: "the Friday and Sunday before Christmas".
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_PAIR_BY_A_HOLIDAY = re.compile(rf"\s+(?:and|or)\s+{_WEEKDAY}\s+(?:after|before)\s+{HOLIDAY}(?!\w)")
_PAIR_FIRST_BEFORE = re.compile(rf"\b[Tt]he\s+{_WEEKDAY}\s+(?:and|or)\s+$")


def read_with_a_holiday(m: re.Match[str], text: str) -> bool:
    """The weekday at ``m`` is "the Sunday after Thanksgiving" (or either day of "the
    Friday and Sunday before Christmas"): the holiday's rule reads it."""
    lo = max(0, m.start() - 24)
    if _BY_A_HOLIDAY.match(text, m.end()):
        return bool(
            _THE_BEFORE.search(text, max(0, m.start() - 8), m.start())
            or _PAIR_FIRST_BEFORE.search(text, lo, m.start())
        )
    return bool(
        _PAIR_BY_A_HOLIDAY.match(text, m.end())
        and _THE_BEFORE.search(text, max(0, m.start() - 8), m.start())
    )


# "the Saturday closest to Jan. 31", "the Friday nearest (to) June 30".
_CLOSEST_TO = re.compile(
    r"\s+(?:closest|nearest)\s+(?:to\s+)?(?P<mon>[A-Z][a-z]{2,8})\.?\s+(?P<day>[0-3]?\d)\b(?![,.]?\d)"
)


def closest_to_a_day(m: re.Match[str], ctx: Context, wd: int) -> Reading | None:
    """ "the Saturday closest to Jan. 31": that weekday nearest the day named (of the year
    that day takes), the whole phrase one expression."""
    text = ctx.text
    if not text.startswith((" closest", " nearest"), m.end()):
        return None  # (cheap pre-test)
    c = _CLOSEST_TO.match(text, m.end())
    the = _THE_BEFORE.search(text, max(0, m.start() - 8), m.start()) if c is not None else None
    if c is None or the is None:
        return None
    month = _month(c.group("mon"))
    if not month:
        return None
    day = int(c.group("day"))
    y, _ = year_for_day(month, day, ctx.published, ctx.tense(m.start(), m.end()))
    target = safe_date(y, month, day)
    if target is None:
        return None
    shift = (wd - target.weekday() + 3) % 7 - 3  # -3..3: the nearest such weekday
    d = add_days(target, shift)
    if d is None:
        return None
    ctx.note_day(d)
    why = f"the {m.group('k_wd')} nearest {c.group('mon')} {day}, {y}"
    return Reading(DATE, day_iso(d), why, start=the.start(), end=c.end())
