"""A weekday a week on (British usage): "Tuesday week", "a week on Friday", "a week from
Monday" are the day a week after the coming one of that name, not the coming one itself.

Said on a Friday, "Tuesday week" is the Tuesday after next and "a week on Friday" the
Friday a week today: the coming day of that name (on or after publication) plus seven.

Also "the week of March 15 ... on the Tuesday": a weekday of a week the story named.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from explorer.parse.timex.calendar import add_days, day_iso, pretty_day, weekday_on_or_after
from explorer.parse.timex.reading import DATE, Context, Reading

# "Tuesday week", "on Friday week's vote" (not "Tuesday weekend", "Monday week-long").
_WEEK_AFTER_DAY = re.compile(r"\s+week(?![\w-])(?!\s*\d)")
# "a week on Friday", "a week from Monday", "a week next Tuesday".
_A_WEEK_BEFORE = re.compile(r"\b[Aa]\s+week\s+(?:on|from|next)\s+$")


def weekday_a_week_on(m: re.Match[str], ctx: Context, wd: int) -> Reading | None:
    """The reading of a bare weekday (``m``, its name at group ``k_wd``) said a week on,
    or None if it is not."""
    text = ctx.text
    after = before = None
    if text.startswith(" after next", m.end()) and text[m.end() + 11 : m.end() + 12] in (
        "",
        " ",
        ",",
        ".",
        ";",
        ":",
        ")",
    ):
        # "the Monday after next": a week after the first such day after publication
        # (said on a Monday: the Monday in two weeks)
        first = weekday_on_or_after(ctx.published + timedelta(days=1), wd)
        d = first and add_days(first, 7)
        if d is None:
            return None
        ctx.note_day(d)
        why = f"the {m.group('k_wd')} after next (publication {pretty_day(ctx.published)})"
        return Reading(DATE, day_iso(d), why, end=m.end() + 11)
    if text.startswith(" week", m.end()):  # (cheap pre-test)
        after = _WEEK_AFTER_DAY.match(text, m.end())
    if after is None and "week" in text[max(0, m.start() - 12) : m.start()]:
        before = _A_WEEK_BEFORE.search(text, max(0, m.start() - 16), m.start())
    if after is None and before is None:
        return None
    coming = weekday_on_or_after(ctx.published, wd)
    d = coming and add_days(coming, 7)
    if d is None:
        return None
    ctx.note_day(d)
    why = f"a week after the coming {m.group('k_wd')} (publication {pretty_day(ctx.published)})"
    if after is not None:
        return Reading(DATE, day_iso(d), why, end=after.end())
    assert before is not None
    return Reading(DATE, day_iso(d), why, start=before.start())


_WEEK_OF_REACH = 5000  # characters back to "the week of <date>" a "the Tuesday" is in
_ON_THE_BEFORE = re.compile(r"\b(?:on|by|until|from)\s+the\s+$", re.IGNORECASE)


def weekday_of_week_named(m: re.Match[str], ctx: Context, wd: int) -> date | None:
    """ "a hearing for the week of March 15 ... listed to start at 10:30 a.m. on the
    Tuesday": the weekday ``wd`` of the last week the story named by "the week of <date>"
    (within ``_WEEK_OF_REACH``); None if it named none."""
    if not _ON_THE_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
        return None
    at = ctx.text.rfind("the week of ", max(0, m.start() - _WEEK_OF_REACH), m.start())
    if at < 0:
        return None
    named = [d for pos, d in ctx.days if at <= pos <= at + len("the week of ")]
    if not named:
        return None
    return add_days(named[-1], wd - named[-1].weekday())
