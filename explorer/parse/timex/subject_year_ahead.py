"""A month-day in the present tense whose sentence opens with a thing of a year to come
("The budget for 2027 ... cuts the tax on low incomes from July 1", "The 2027 season's
first race is on March 3", told in November 2026): that year's day, not one already gone
this year. A past ("The 2027 budget was approved on Nov. 3") or a future ("The 2027
budget debate begins on Dec. 2", a day ahead this year) keeps the usual reading, and so
does a day still ahead this year."""

from __future__ import annotations

import re
from datetime import date

from explorer.parse.timex.months_years import _OTHER_DATE
from explorer.parse.timex.reading import Context
from explorer.parse.timex.resolve import Tense

# "The 2027 budget ...", "The budget for 2027 ...", "The new season for 2028 ..." opening
# the sentence, and what follows up to the day.
_AHEAD_SUBJECT = re.compile(
    r"(?:^|[.!?][\"”’']?\s+|\n)The\s+(?:(?P<y>20\d\d)\s+(?:[a-z][\w'’-]*\s+){1,2}"
    r"|(?:[a-z][\w'’-]*\s+){1,2}for\s+(?P<y2>20\d\d)\b)(?P<rest>[^.;!?\n]*)$"
)
_REACH = 160  # characters from the sentence's opening to the day


def subject_year_ahead(at: int, ctx: Context, tense: Tense, month: int, day: int) -> int | None:
    """The year to come the sentence's subject is of, for a month-day at ``at`` told in the
    present that would otherwise be gone this year; None otherwise."""
    pub = ctx.published
    if tense is not Tense.NONE or (month, day) >= (pub.month, pub.day):
        return None
    window = ctx.text[max(0, at - _REACH) : at]
    if "The " not in window or str(pub.year)[:2] not in window:
        return None  # (cheap pre-test)
    s = _AHEAD_SUBJECT.search(ctx.text, max(0, at - _REACH), at)
    if s is None or _OTHER_DATE.search(s.group("rest")):
        return None
    y = int(s.group("y") or s.group("y2"))
    try:
        date(y, month, day)
    except ValueError:
        return None
    return y if pub.year < y <= pub.year + 10 else None
