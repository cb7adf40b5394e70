"""The news-reading rules that pick a calendar date for words that name none: a bare
weekday ("Friday"), "last/next Friday", a month-day or a month written without a year
("September 12", "in June"), a quarter ("the third quarter"), each by the tense around it
(:class:`explorer.parse.timex.resolve.Tense`)."""

from __future__ import annotations

from datetime import date

from explorer.parse.timex import grammar as g
from explorer.parse.timex.calendar import (
    add_days,
    pretty_day,
    safe_date,
    weekday_on_or_after,
    weekday_on_or_before,
)
from explorer.parse.timex.resolve import Tense

# A past-tense sentence may still name a date a little after publication ("extended the
# offer to Nov. 20"); only further than this does tense move a month-day to another year.
SHIFT_MARGIN_DAYS = 80
# A future-tense sentence may name a day a little before publication (a schedule reported
# late: "would reopen on Dec. 28", in early January), but not months before: "said on
# Tuesday it would push for a vote at the annual meeting on Nov. 12", written in late
# January, is the coming November.
FUTURE_SHIFT_MARGIN_DAYS = 31
# A month named without a day moves to another year by tense only when it is more than
# this many months away: "the sale closes in January" written in late October of a past-
# tense story is still the coming January, "the trip in June" written in October is not.
SHIFT_MARGIN_MONTHS = 2
# ... unless the past verb governs the month itself, close by ("the outbreak was declared
# over in April", "the ceasefire was agreed in December"): then it is the last such month.
DIRECT_VERB_GAP = 20  # characters between the verb and the month


def weekday_date(weekday: int, published: date, tense: Tense) -> tuple[date | None, str]:
    """A bare weekday: on or before publication, unless the sentence is future."""
    if tense is Tense.FUTURE:
        d = weekday_on_or_after(published, weekday)
        why = "next"
        rule = "on or after"
    else:
        d = weekday_on_or_before(published, weekday)
        why = "most recent"
        rule = "on or before"
    name = list(g.WEEKDAYS)[weekday].capitalize()
    reason = f"{why} {name} {rule} publication ({pretty_day(published)})"
    if tense is Tense.FUTURE:
        reason += ", future tense"
    return d, reason


def relative_weekday(weekday: int, published: date, direction: int) -> date | None:
    """last Friday: strictly before publication; next Friday: strictly after."""
    if direction < 0:
        d = add_days(published, -1)
        return weekday_on_or_before(d, weekday) if d else None
    if direction > 0:
        d = add_days(published, 1)
        return weekday_on_or_after(d, weekday) if d else None
    return weekday_on_or_after(published, weekday)


def year_for_day(
    month: int, day: int, published: date, tense: Tense, verb_gap: int = DIRECT_VERB_GAP + 1
) -> tuple[int, str]:
    """The year of a month-day written without one.

    Past tense: the latest such day no more than ``SHIFT_MARGIN_DAYS`` after publication,
    or on or before it when the past verb is right by the day (``verb_gap`` characters
    away: "the government fell on Dec. 9", written in November, is last December's);
    future tense: the earliest no more than ``FUTURE_SHIFT_MARGIN_DAYS`` before it;
    otherwise the nearest one.
    """
    y = published.year
    this = safe_date(y, month, day)
    if this is None:
        return y, "publication year"
    cands = [(cand, d) for cand in (y - 1, y, y + 1) if (d := safe_date(cand, month, day))]
    if tense is Tense.PAST:
        margin = 0 if verb_gap <= DIRECT_VERB_GAP else SHIFT_MARGIN_DAYS
        best = max(c for c, d in cands if (d - published).days <= margin)
        if best < y:
            return best, "previous year: past tense and the date is after publication"
        if best > y:
            return best, "next year: the date is only a few weeks after publication"
        return y, "publication year"
    if tense is Tense.FUTURE:
        best = min(c for c, d in cands if (published - d).days <= FUTURE_SHIFT_MARGIN_DAYS)
        if best > y:
            return best, "next year: future tense and the date is before publication"
        if best < y:
            return best, "previous year: the date is only a few weeks before publication"
        return y, "publication year"
    best = y
    for cand, d in cands:
        if abs((d - published).days) < abs((this - published).days) - 1:
            best = cand
    if best != y:
        return best, "nearest such date to publication"
    return y, "publication year"


def year_for_month(
    month: int, published: date, tense: Tense, verb_gap: int = DIRECT_VERB_GAP + 1
) -> tuple[int, str]:
    """The year of a month written without one.

    Past tense: the latest such month, unless it is at most ``SHIFT_MARGIN_MONTHS`` ahead
    ("agreed to buy the unit in January", written in October: the coming January) and the
    past verb is not right by the month (``verb_gap`` characters away); future tense
    mirrors that; otherwise the nearest such month.
    """
    y = published.year
    ahead = (month - published.month) % 12  # months from publication's month forward
    behind = (published.month - month) % 12
    if tense is Tense.PAST:
        if 0 < ahead <= SHIFT_MARGIN_MONTHS and verb_gap > DIRECT_VERB_GAP:
            if month < published.month:
                return y + 1, "next year: the month is only a little after publication"
            return y, "publication year"
        if month > published.month:
            return y - 1, "previous year: past tense and the month is after publication"
        return y, "publication year"
    if tense is Tense.FUTURE:
        if 0 < behind <= SHIFT_MARGIN_MONTHS:
            if month > published.month:
                return y - 1, "previous year: the month is only a little before publication"
            return y, "publication year"
        if month < published.month:
            return y + 1, "next year: future tense and the month is before publication"
        return y, "publication year"
    diff = month - published.month
    if diff > 6:
        return y - 1, "nearest such month to publication"
    if diff < -6:
        return y + 1, "nearest such month to publication"
    return y, "publication year"


def latest_quarter_on_or_before(q: int, published: date, tense: Tense, results: bool = True) -> int:
    """Year of quarter ``q`` named without a year (future tense: the next one). A quarter
    of no results in the future tense is the one under way or to come ("the deal will close
    in the fourth quarter", in March); results to come may be of one just ended ("expects
    to report third-quarter results", in October)."""
    current = (published.month - 1) // 3 + 1
    if tense is Tense.PAST:
        return published.year if q <= current else published.year - 1
    if tense is Tense.FUTURE and not results:
        return published.year if q >= current else published.year + 1
    diff = q - current
    if diff > 2 or (diff == 2 and tense is Tense.NONE):
        return published.year - 1
    if diff < -2 or (diff == -2 and tense is Tense.FUTURE):
        return published.year + 1
    return published.year
