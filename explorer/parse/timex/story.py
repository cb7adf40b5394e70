"""The past a story tells of: flashbacks and times set earlier in a sentence.

"The strike began on Nov. 12, 1989 ... The government fell on Dec. 9": a month or holiday
named without a year in past narration is of the time the story went back to; "In 2025
the launch was delayed until the autumn": a deadline set in that past. Rules for dates
(month-days, holidays, seasons) and for months (``months_years``) ask the same questions,
so the answers live here.
"""

from __future__ import annotations

import re

from explorer.parse.timex.calendar import safe_date
from explorer.parse.timex.reading import Context
from explorer.parse.timex.resolve import Tense

_SENTENCE_END_ANY = re.compile(r"[.!?][\"”’']?(?:\s|$)")


def _flashback_year(ctx: Context) -> tuple[int, int] | None:
    """The year (and month, 1 if none) a story told in the past has gone back to, when it
    is well before publication and nothing later was named since ("When the colliery closed
    in the spring of 1994 ... 'we'd be gone by Christmas'"): a holiday then is of that time."""
    story = ctx.story_period()
    last = ctx.last_period
    if story is None or last is None or last[0] != story[0]:
        return None
    if story[0] >= ctx.published.year - 1:
        return None
    return story[0], max(story[1], 1)


def flashback_month_year(ctx: Context, month: int, at: int, day: int = 0) -> int | None:
    """The year of a month named without one in past narration, when the story has gone
    back to a month or season well before publication and nothing later was named since
    ("Trouble began in the spring of 1989 ... Welders stopped work in April", "The strike
    began on Nov. 12, 1989 ... The government fell on Dec. 9"): that year, when the month
    comes later in it. A story back at a bare year ("founded in 1998. In March it cut
    jobs") frames no month, nor does a month that would turn the year ("cut rates in
    December 2019. ... at the meeting in late October" is last October): news goes back to
    the past in passing and returns to its present. Only a time the sentence before named
    frames it (one in the month's own sentence has rules of its own; one further back may
    have been left: "... on Jan. 1, 1959. Castro said ... Their boat sank in late
    November" is last November). A ``day`` later in the month of the last day named counts
    too ("set out on Nov. 18, 2023 ... The search stopped on Nov. 27": 2023's)."""
    story = ctx.story_period()
    if story is None or story[1] == 0 or story[0] >= ctx.published.year - 1:
        return None
    last = ctx.last_period
    if last is None or last != story or month < story[1] or not ctx.periods:
        return None
    seen = ctx.last_day
    if month == story[1] and not (
        day and seen is not None and (seen.year, seen.month) == story and day > seen.day
    ):
        return None
    named_end = max(ctx.periods[-1][2], ctx.day_at)  # (a day of the same month adds none)
    if named_end > at or len(_SENTENCE_END_ANY.findall(ctx.text, named_end, at)) != 1:
        return None
    return story[0]


_PERIOD_REACH = 150  # characters back to a period named earlier in the sentence
# A deadline set in the past right before a date: "was delayed until", "were postponed to
# the", "had been pushed back to".
_PAST_DEADLINE = re.compile(
    r"\b(?:was|were|had\s+been)\s+(?:[a-z]+\s+){1,2}?(?:until|till|to|into|for)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def past_deadline_before(text: str, at: int) -> bool:
    """Whether a deadline or a date set in the past stands right before ``at`` ("was
    delayed until", "was scheduled for")."""
    return _PAST_DEADLINE.search(text, max(0, at - 48), at) is not None


def _period_earlier_in_sentence(m: re.Match[str], ctx: Context) -> tuple[int, int] | None:
    """The year (and month) the last date named earlier in ``m``'s sentence sets, if any."""
    if not ctx.periods:
        return None
    period, _start, end = ctx.periods[-1]
    if not 0 <= m.start() - end <= _PERIOD_REACH:
        return None
    if _SENTENCE_END_ANY.search(ctx.text, end, m.start()):
        return None
    return period


# A day that dates a thing in a sentence's subject, its past verb timed on its own after it:
# "Prices for the men's downhill on Feb. 7 were cut by a third last week".
_THING_ON = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}?[a-z]+\s+on\s+$")
_OWN_TIME_AFTER = re.compile(
    r"[^.;!?]*?\b(?:was|were|had\s+been)\s+[^.;!?]*?\b(?:last\s+(?:week|month)|yesterday"
    r"|earlier\s+this\s+(?:week|month)|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b"
)


def year_of_a_things_day(
    ctx: Context, start: int, end: int, month: int, day: int, tense: Tense
) -> int | None:
    """The year of a day at ``start``..``end`` (``month``/``day``) that dates a thing in the
    subject of a past verb timed on its own after it (``_THING_ON``, ``_OWN_TIME_AFTER``):
    the year of the latest day the story named within a month of it, when that is not
    publication's ("The Games run from Feb. 5 to Feb. 21" in October: 2027); else None."""
    text = ctx.text
    if tense is not Tense.PAST or text[max(0, start - 3) : start] != "on ":
        return None  # (cheap pre-test)
    if _THING_ON.search(text, max(0, start - 60), start) is None:
        return None
    if _OWN_TIME_AFTER.match(text, end) is None:
        return None
    for _at, named in reversed(ctx.days):
        d = safe_date(named.year, month, day)
        if d is not None and abs((d - named).days) <= _NEAR_DAYS:
            return named.year if named.year != ctx.published.year else None
    return None


_NEAR_DAYS = 31  # days between a thing's day and a day the story named that gives its year
