"""Rules for dates named on the calendar: "Aug. 7, 1998", "March 3", "23.09.2016",
"on the 19th", "the nineties" (holidays and feasts are in ``holidays``).

An expression that names its month and day (or decade) and perhaps its
year: the year, when not written, comes from tense, the story's flashback (``story``) or
the sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta

from explorer.model import DateRange, Precision
from explorer.parse.timex import grammar as g
from explorer.parse.timex.calendar import (
    add_days,
    add_months,
    day_iso,
    iso_week,
    pretty_day,
    safe_date,
    weekday_on_or_after,
)
from explorer.parse.timex.chronology import chronology_year
from explorer.parse.timex.compared_back import compared_back
from explorer.parse.timex.day_choice import year_for_day
from explorer.parse.timex.day_ranges import range_under_way
from explorer.parse.timex.day_scene_year import scene_year_of_day
from explorer.parse.timex.months_years import year_before_in_sentence
from explorer.parse.timex.past_day import told_as_gone
from explorer.parse.timex.reading import DATE, TIME, Context, Reading
from explorer.parse.timex.resolve import Tense
from explorer.parse.timex.story import (
    flashback_month_year,
    year_of_a_things_day,
)
from explorer.parse.timex.subject_year_ahead import subject_year_ahead
from explorer.parse.timex.week_of_month import week_of_month
from explorer.parse.timex.words import (
    _low,
    _month,
    _period_mod,
    past_point,
    spelled_year,
)

# "March 3 and 5": a bare day right after a month-day, closing the phrase.
_AND_DAY = re.compile(
    r"\s+(?:and|or)\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:.,]\d|\w)"
    r"(?=\s*(?:[.,;:)!?]|$)|\s+(?:in|at|on|for|to|and|or|but|when|while|with|as|after|"
    r"before|this|next|last|(?:1[89]|20)\d\d)\b)"
)


def _day_span(first: date, last_day: int) -> DateRange | None:
    """ "Sept. 23-25": from the first day through ``last_day`` of the same month."""
    last = safe_date(first.year, first.month, last_day)
    if last is None or last <= first:
        return None
    end = add_days(last, 1)
    if end is None:
        return None
    return DateRange(
        datetime.combine(first, datetime.min.time()),
        datetime.combine(end, datetime.min.time()),
        Precision.DAY,
    )


def _and_day(m: re.Match[str], ctx: Context, first: date, why: str) -> Reading | None:
    """ "between March 3 and 5": the bare day after "and" is the same month's day."""
    a = _AND_DAY.match(ctx.text, m.end())
    if a is None:
        return None
    d = safe_date(first.year, first.month, int(a.group("d")))
    if d is None or d <= first:
        return None
    return Reading(
        DATE,
        day_iso(d),
        f"a day of the month just named ({why})",
        None,
        None,
        a.start("d"),
        a.end("d"),
    )


def rule_full(m: re.Match[str], ctx: Context) -> Reading | None:
    if m.group("f_dw"):
        return _ordinal_of_month(m, ctx)
    r = _full(m, ctx)
    if r is None:
        return None
    if (
        m.group("f_the")
        and not (m.group("f_wd") or m.group("f_wk"))
        and (m.group("f_m") or m.group("f_m3"))
    ):
        # "the June 2016 referendum", "the March 20 meeting": TimeBank leaves "the" out
        return replace(r, start=m.end("f_the"))
    return r


def _full(m: re.Match[str], ctx: Context) -> Reading | None:
    mname = m.group("f_m") or m.group("f_m2") or m.group("f_m3")
    month = _month(mname)
    if not month:
        return None
    ystr = m.group("f_y") or m.group("f_y2") or m.group("f_y3")
    spelled = m.group("f_sy")
    dstr = m.group("f_d") or m.group("f_d2")
    if dstr is None:  # month and year
        sy = spelled_year(spelled) if spelled else None
        y = int(ystr) if ystr else sy if sy is not None else 0
        rel = _low(m.group("f_rel"))
        why = "month and year as written"
        if rel:  # "June last year"
            y = ctx.published.year + {"last": -1, "next": 1}.get(rel, 0)
            why = f"month of {rel} year (publication {ctx.published.year})"
        if not y:
            return None
        mod = _period_mod(m.group("f_pm"))
        ctx.last_period = (y, month)
        return week_of_month(Reading(DATE, f"{y:04d}-{month:02d}", why, mod), m.group("f_pm"))
    day = int(dstr)
    year_end: int | None = None
    if ystr:
        y, why = int(ystr), "date as written"
    else:
        tense = ctx.tense(m.start(), m.end())
        if (
            tense is Tense.NONE
            and _SCHEDULE_ON.search(ctx.text, max(0, m.start() - 20), m.start())
            and not range_under_way(m, ctx, month, day)
        ):
            # "the March window runs from March 4 to March 10", in August: a timetable
            # told in the present is of days to come (but "the season, which runs from June
            # 1 to Nov. 30", in September, is this year's: under way)
            tense = Tense.FUTURE
        near = year_of_a_things_day(ctx, m.start(), m.end(), month, day, tense)
        gap = 1 << 30
        if tense is Tense.PAST and _PAST_VERB_ON.search(
            ctx.text, max(0, m.start() - 30), m.start()
        ):
            gap = ctx.verb_gap(m.start(), m.end())
        elif tense is Tense.PAST and told_as_gone(ctx.text, *m.span(), ctx.published, month, day):
            gap = 0  # "He was arrested on Feb. 3.", in November: gone, not weeks ahead
        if tense is Tense.PAST and _KEPT_UNTIL.search(ctx.text, max(0, m.start() - 90), m.start()):
            # "passed a bill to keep the government open through Jan. 30", "extended the
            # programme until March 31": a day the extension reaches, still to come
            tense = Tense.FUTURE
        if (tense is not Tense.FUTURE and past_point(ctx.text, m.start())) or compared_back(
            ctx.text, m.start()
        ):
            # "has lived there since Jan. 1", "down from 40,000 on Jan. 3", in December: a
            # point already past, on or before publication
            tense, gap = Tense.PAST, 0
        y, why = year_for_day(month, day, ctx.published, tense, gap)
        if near is not None:
            # "The Games run from Feb. 5 to Feb. 21 ... Prices for the men's downhill on Feb.
            # 7 were cut by a third last week": the cut is last week's, the downhill's day
            # is by the days the story named
            y, why = near, f"the year of a day named before, close to it ({near})"
        same = year_before_in_sentence(m.start(), ctx, future=tense is Tense.FUTURE)
        same = same or scene_year_of_day(m.start(), ctx, tense is Tense.FUTURE, month, day)
        same = same or subject_year_ahead(m.start(), ctx, tense, month, day)
        if same is not None:
            # "The 2025 season ran from Nov. 28", "this year Easter falls on April 5"
            y, why = same, f"the year named earlier in the sentence ({same})"
        back = flashback_month_year(ctx, month, m.start(), day) if tense is Tense.PAST else None
        if back is not None:
            y, why = back, f"the first such day after the past the story tells of ({back})"
        chron = chronology_year(ctx, m.start(), month, tense is Tense.PAST)
        if chron is not None:
            y, why = chron, f"the year of its line in a chronology ({chron})"
        start = _range_start_before(m, ctx)
        if start is not None:
            # "runs from March 4 to March 10": a range ends in its start's year, or the
            # next ("from Dec. 28 to Jan. 3")
            y = start.year + ((month, day) < (start.month, start.day))
            why = f"the first such day after the day the range starts on ({pretty_day(start)})"
        named = _year_word_after_day(m, ctx)
        if named is not None:
            y, why, year_end = named
        later = _year_later_in_clause(m, ctx, tense) if named is None else None
        if later is not None:
            # "May 17 was the deadline in 2021", "The deadline was May 17 in 2021": the
            # past year its own clause names after it
            y, why = later, f"the past year named after it in its clause ({later})"
    d = safe_date(y, month, day)
    if d is None:
        return Reading(DATE, f"XXXX-{month:02d}-{day:02d}", "no such day in the calendar")
    ctx.note_day(d)
    if m.group("f_we"):
        # "the weekend of Nov. 21-22", "the weekend of Dec. 5": the weekend by that day (a
        # Friday's is the weekend after it)
        sat = weekday_on_or_after(d, 5) if d.weekday() < 5 else d
        if sat is None:
            return None
        return Reading(DATE, iso_week(sat) + "-WE", f"the weekend by {pretty_day(d)} ({why})")
    if m.group("f_wk"):  # "the week of March 6": the calendar week holding that day
        return Reading(DATE, iso_week(d), f"the week holding {pretty_day(d)} ({why})")
    if m.group("f_de"):
        span = _day_span(d, int(m.group("f_de")))
        if span is None:  # "Sept. 23-5" is no range: the first day alone
            return Reading(DATE, day_iso(d), why, end=m.end("f_d"))
        why += f"; a range of days through {pretty_day(span.end.date() - timedelta(days=1))}"
        return Reading(DATE, day_iso(d), why, None, span)
    return Reading(DATE, day_iso(d), why, end=year_end, also=_and_day(m, ctx, d, why))


# An extension's end ("extended the deadline until March 31", "a bill to keep the
# government open through Jan. 30", "agreed to push the vote back to May 15"): a verb of
# keeping, extending or moving, then its words (no clause's end), then "through", "until"
# or "to" right before the day.
_KEPT_UNTIL = re.compile(
    r"\b(?:extend(?:ed|s|ing)?|prolong(?:ed|s|ing)?|to\s+(?:keep|fund|extend|run|stay|remain"
    # (a decision to move a day: "agreed to push back the end of the season to May 15")
    r"|push|move|postpone|delay|put\s+off|bring\s+forward))"
    r"\b[^.;:!?\n]{0,70}?\b(?:through|until|till|to)\s+$",
    re.IGNORECASE,
)
# A month-day followed by a year word: "Oct. 1 next year", "on March 3 last year" (by
# publication's year), "the election of Feb. 28 that year", "June 4 the following year"
# (by the year named last).
_DAY_YEAR_AFTER = re.compile(
    r",?\s+(?:(?P<rel>last|next|this)|(?:of\s+)?(?P<d>that|the\s+same|the\s+following"
    r"|the\s+previous|the\s+next))\s+year\b(?!['’])",
    re.IGNORECASE,
)
_DAY_YEAR_STEP = {"last": -1, "next": 1, "this": 0, "that": 0, "the same": 0,
                  "the following": 1, "the previous": -1}  # fmt: skip


def _year_word_after_day(m: re.Match[str], ctx: Context) -> tuple[int, str, int] | None:
    """The year a year word right after a plain month-day gives it, why, and where the
    expression then ends; None if none follows (or "that year" has nothing to point at)."""
    if m.group("f_de") or m.group("f_we") or m.group("f_wk"):
        return None
    if "year" not in ctx.text[m.end() : m.end() + 30].lower():
        return None  # (cheap pre-test)
    t = _DAY_YEAR_AFTER.match(ctx.text, m.end())
    if t is None:
        return None
    if t.group("rel"):
        word = t.group("rel").lower()
        y = ctx.published.year + _DAY_YEAR_STEP[word]
        return y, f"{word} year (publication {ctx.published.year})", t.end()
    if ctx.last_period is None:
        return None
    word = " ".join(t.group("d").lower().split())
    y = ctx.last_period[0] + _DAY_YEAR_STEP[word]
    return y, f"{word} year, relative to the last period mentioned ({ctx.last_period[0]})", t.end()


_RANGE_END_BEFORE = re.compile(r"\s+(?:to|through|until|till|and)\s+$")
_RANGE_REACH = 24  # characters from a range's first day to its last


def _range_start_before(m: re.Match[str], ctx: Context) -> date | None:
    """The day a range begins on, when the month-day at ``m`` ends it ("from March 4 to
    March 10", "between May 4 and May 11"); else None."""
    if not ctx.days or m.group("f_de") or m.group("f_we") or m.group("f_wk"):
        return None
    at, day = ctx.days[-1]
    if not 0 < m.start() - at <= _RANGE_REACH:
        return None
    if _RANGE_END_BEFORE.search(ctx.text, max(0, m.start() - 10), m.start()) is None:
        return None
    opener = ctx.text[max(0, at - 9) : at].lower()
    return day if "from" in opener or "between" in opener else None


# A timetable's present right before a month-day ("runs from", "opens on").
_SCHEDULE_ON = re.compile(
    r"\b(?:runs|opens|starts|begins|resumes|closes|ends)\s+(?:on\s+|from\s+)?$", re.IGNORECASE
)
# A past verb of an event right before "on" and a month-day ("the government fell on Dec.
# 9", "prices rose sharply on"): the day it happened, gone by publication. Not "was likely
# on Jan. 13", "extended the offer to Nov. 20" or a passive ("the summit was held on April
# 24", reported early in a year, may be the coming one).
_PAST_VERB_ON = re.compile(
    r"(?<![\w'’])(?<!was )(?<!were )(?<!been )(?!(?:was|were|had|been)\b)(?:[a-z]+ed|"
    + "|".join(w for w in g.PAST_CUES if " " not in w and w.isalpha())
    # (and the past of a start: "the quota that took effect on Jan. 1", in December)
    + r"|took\s+(?:effect|office|place|power)|came\s+into\s+(?:force|effect)"
    + r")\s+(?:[a-z]+ly\s+)?on\s+$"
)


def _ordinal_of_month(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "the Fourth of July", "the first of May": a spelled ordinal day of a month."""
    month = _month(m.group("f_m4"))
    day = g.ORDINALS.get(_low(m.group("f_dw")), 0)
    if not month or not 1 <= day <= 31:
        return None
    if m.group("f_y4"):
        y, why = int(m.group("f_y4")), "date as written"
    elif _LIKE_BEFORE.search(ctx.text, max(0, m.start() - 10), m.start()):
        why = "a day in a likeness ('like the Fourth of July'): no one day"
        return Reading(DATE, f"XXXX-{month:02d}-{day:02d}", why)
    else:
        y, why = year_for_day(month, day, ctx.published, ctx.tense(m.start(), m.end()))
    d = safe_date(y, month, day)
    if d is None:
        return None
    ctx.note_day(d)
    return Reading(DATE, day_iso(d), f"ordinal day of the month ({why})")


def rule_nth(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "on the 19th": that day of publication's month, moved a month by tense."""
    day = int(m.group("n_o"))
    pub = ctx.published
    tense = ctx.tense(m.start(), m.end())
    y, mo = pub.year, pub.month
    why = "day of the publication month"
    if tense is Tense.PAST and day > pub.day:
        y, mo = add_months(y, mo, -1)
        why = "day of the month before publication (past tense, day after publication)"
    elif tense is Tense.FUTURE and day < pub.day:
        y, mo = add_months(y, mo, 1)
        why = "day of the month after publication (future tense, day before publication)"
    d = safe_date(y, mo, day)
    if d is None:
        return None
    ctx.note_day(d)
    return Reading(DATE, day_iso(d), why)


def rule_iso(m: re.Match[str], ctx: Context) -> Reading | None:
    why = "numeric date as written"
    if m.group("i_y"):
        y, mo, d = int(m.group("i_y")), int(m.group("i_m")), int(m.group("i_d"))
    elif m.group("e_y"):
        # "23.09.2016": a dotted date is day.month.year (the European order; US wire copy
        # writes month/day/year with slashes, never with dots).
        y, mo, d = int(m.group("e_y")), int(m.group("e_m")), int(m.group("e_d"))
        why = "numeric date as written (day.month.year)"
    else:
        y, mo, d = int(m.group("n_y")), int(m.group("n_m")), int(m.group("n_d"))
        if y < 100:
            y += 1900 if y > 30 else 2000
    day = safe_date(y, mo, d)
    if day is None:
        return None
    ctx.note_day(day)
    if m.group("i_h"):
        return Reading(TIME, f"{day_iso(day)}T{m.group('i_h')}:{m.group('i_mi')}", "as written")
    return Reading(DATE, day_iso(day), why)


def rule_decade(m: re.Match[str], ctx: Context) -> Reading | None:
    if m.group("d_sp"):  # "the nineties": a decade of the 1900s
        digit = g.DECADE_WORDS[_low(m.group("d_sp"))]
        return Reading(DATE, f"19{digit}", "decade in words", _period_mod(m.group("d_pm2")))
    if m.group("c_ord"):
        n = g.ORDINALS.get(_low(m.group("c_ord")), 0)
        if not n:
            return None
        return Reading(DATE, f"{n - 1:02d}", "century as written")
    mod = _period_mod(m.group("d_pm"))
    if m.group("d_y"):
        y = int(m.group("d_y"))
        if y % 100 == 0 and y + 100 <= ctx.published.year:
            # "the 1800s", "the early 1900s": a whole century that has ended
            return Reading(DATE, f"{y // 100:02d}", "century as written (the N00s)", mod)
        return Reading(DATE, m.group("d_y")[:3], "decade as written", mod)
    yy = int(m.group("d_yy"))
    century = ctx.published.year // 100
    if yy > ctx.published.year % 100:
        century -= 1
    return Reading(DATE, f"{century:02d}{yy // 10}", "decade in the last hundred years", mod)


# A likeness: "like the Fourth of July", "like Christmas morning".
_LIKE_BEFORE = re.compile(r"\blike\s+(?:a\s+)?$", re.IGNORECASE)


# A past year after a month-day it is said of with a copula: "May 17 was the deadline in
# 2021" (the day the subject, a few words between), "The deadline was May 17 in 2021".
_YEAR_LATER = re.compile(
    r"\s+(?:was|were)\s+(?:the|a|an|its|their)\s+(?:[a-z-]+\s+){1,3}?in\s+(?P<y>(?:1[89]|20)\d\d)\b"
    r"(?![-–/]|\s+\w+s\b)"
)
_YEAR_RIGHT_AFTER = re.compile(r"\s+in\s+(?P<y>(?:1[89]|20)\d\d)\b(?![-–/]|\s+\w+s\b)")
_COPULA_BEFORE = re.compile(r"\b(?:was|were)\s+(?:on\s+)?$")


def _year_later_in_clause(m: re.Match[str], ctx: Context, tense: Tense) -> int | None:
    """The year "in <year>" names after the month-day at ``m`` said of with a past copula
    (``_YEAR_LATER``, or ``_YEAR_RIGHT_AFTER`` with the copula before the day), when it is
    before publication's year; None otherwise."""
    if tense is not Tense.PAST or " in " not in ctx.text[m.end() : m.end() + 48]:
        return None  # (cheap pre-test)
    later = _YEAR_LATER.match(ctx.text, m.end())
    if later is None and _COPULA_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
        later = _YEAR_RIGHT_AFTER.match(ctx.text, m.end())
    if later is None:
        return None
    y = int(later.group("y"))
    return y if y < ctx.published.year else None
