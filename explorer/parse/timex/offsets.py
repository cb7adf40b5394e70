"""Counted offsets: "two days ago", "three years later", "a week before", "a year earlier".

What the count starts from is the work: publication for "ago", else the last date,
month, year, clock time or quarter the story named ("In 1995 ... two years later" is
1997; "profit fell from a year earlier" is the same quarter of the year before).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta

from explorer.model import DateRange, Precision
from explorer.parse.timex import grammar as g
from explorer.parse.timex.calendar import (
    add_months,
    day_iso,
    iso_week,
    pretty_day,
    safe_date,
    shift_date,
)
from explorer.parse.timex.quarters import _QUARTER_REACH, _SENTENCE_END, _half_just_named
from explorer.parse.timex.reading import DATE, DURATION, Context, Reading
from explorer.parse.timex.resolve import Tense
from explorer.parse.timex.unit_before import unit_in_sentence
from explorer.parse.timex.week_after_month import month_part_day, week_from_month
from explorer.parse.timex.week_offsets import week_offset
from explorer.parse.timex.words import (
    _low,
    _num_str,
    _unit,
    at_granularity,
    duration_value,
    number,
    unit_plural,
)
from explorer.parse.timex.years_later import years_later_anchor

# What follows "before"/"after" when it introduces an event: a word, not punctuation.
_EVENT_AFTER = re.compile(r"\s+[\w$]")


# "a decade later, in 1996": a year in apposition right after a counted offset.
_YEAR_IN_APPOSITION = re.compile(r",?\s+in\s+(?P<y>(?:1[89]|20)\d\d)(?![\d%-]|[,.]\d)")


_THIS_PART_AFTER = re.compile(r"\s+(?:this\s+(?P<p>week|month)|(?P<p2>today))\b", re.IGNORECASE)


def rule_ago(m: re.Match[str], ctx: Context) -> Reading | None:
    n = 1 if _low(m.group("a_n")) == "the" else number(m.group("a_n"))
    if n is not None and m.group("a_half") and n == int(n):
        n += 0.5  # "a year and a half ago"
    unit = _unit(m.group("a_u"))
    word = _low(m.group("a_w"))
    sign = g.OFFSET_WORDS.get(word, -1)
    if n == 1 and unit == "year" and (named := _year_in_sentence(m, ctx)) is not None:
        # "dropped to $300 million last year, down from $450 million the year before"
        y = named + sign
        why = f"a year {word} the year named right before it ({named:04d})"
        return Reading(DATE, f"{y:04d}", why)
    if n == 1 and _low(m.group("a_n")) == "the" and word in g.DISCOURSE_OFFSETS:
        named_unit = unit_in_sentence(m.start(), unit, sign, word, ctx)  # "the week before"
        if named_unit is not None:
            return named_unit
        if (
            unit == "week"
            and not _EVENT_AFTER.match(ctx.text, m.end())
            and (in_month := week_from_month(m.start(), sign, ctx)) is not None
        ):
            return in_month  # "planned for the first half of March. ... the week after"
    mod = g.QUANTITY_MODS.get(_low(m.group("a_q"))) if m.group("a_q") else None
    if (
        word in ("before", "after", "earlier", "later", "sooner")
        and n == 1
        and ctx.text.endswith(("not ", "Not "), 0, m.start())
    ):
        return None  # "when we are ready, and not a day before": an idiom, no day
    length_why: str | None = None
    if word in ("before", "after") and _EVENT_AFTER.match(ctx.text, m.end()):
        # "a month after the strike began": the anchor is an event, not a date; TimeML
        # marks the length alone and leaves "after" as a signal.
        length_why = f"a length of time before/after an event ('{word}' is not part of it)"
    elif word in ("later", "earlier") and _THAN_AFTER.match(ctx.text, m.end()):
        # "two years later than planned": a comparison of two dates, only the length is one
        length_why = f"a length of time in a comparison ('{word} than ...'), not a date"
    elif (
        word in ("later", "earlier")
        and unit in ("hour", "minute")
        and _HOURS_SHIFTED_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start())
    ):
        # "open its stores an hour earlier from Monday": opening hours moved, no time
        length_why = f"a shift of a timetable by a length ('{word}'), not a time"
    if length_why is not None:
        return Reading(
            DURATION,
            duration_value(n, unit),
            length_why,
            mod,
            None,
            None,
            m.end("a_half") if m.group("a_half") else m.end("a_u"),
        )
    if n is None:
        ref = "PAST_REF" if sign < 0 else "FUTURE_REF"
        return Reading(DATE, ref, f"an unspecified number of {unit_plural(unit)} {word}", mod)
    same = _THIS_PART_AFTER.match(ctx.text, m.end()) if word == "ago" else None
    if same is not None and unit in ("year", "decade", "century") and n == int(n):
        # "Forty years ago this week", "a year ago this month", "ten years ago today": that
        # week, month or day so many years back, one expression
        years = int(n) * {"year": 1, "decade": 10, "century": 100}[unit]
        then = shift_date(ctx.published, "Y", -years)
        if then is None:
            return None
        part = (same.group("p") or "day").lower()
        if part == "week":
            value, what = iso_week(then), "week"
        elif part == "month":
            value, what = f"{then.year:04d}-{then.month:02d}", "month"
        else:
            ctx.note_day(then)
            value, what = day_iso(then), "day"
        ctx.last_period = (then.year, then.month)  # the story's time from here on
        why = f"the {what} of publication, {years} years back"
        return Reading(DATE, value, why, mod, None, None, same.end())
    written = _YEAR_IN_APPOSITION.match(ctx.text, m.end()) if word in ("later", "earlier") else None
    if written is not None and unit in ("year", "decade"):
        # "A decade later, in 1996, she won the prize": the year the text gives is the date
        y = int(written.group("y"))
        why = f"{y}: the year written right after it, which it counts to"
        return Reading(DATE, f"{y:04d}", why, mod)
    in_week = week_offset(n, unit, word, ctx, m.start())
    if in_week is not None:  # "as early as next week, ... seven days later"
        return replace(in_week, mod=mod)
    in_month = _month_offset(n, unit, sign, word, ctx, m.start())
    if in_month is None:
        in_month = _year_offset(n, unit, word, ctx, m.start())
    if in_month is not None:
        return replace(in_month, mod=mod)
    anchor, anchor_name = _offset_anchor(word, unit, ctx)
    moved = years_later_anchor(n, unit, word, anchor, ctx, m.start(), m.end())
    if moved is not None:  # "in 2011 ... said on Thursday. Fifteen years later, ..."
        anchor, anchor_name = moved
    clock = ctx.last_clock
    if (
        unit == "second"
        and word in g.DISCOURSE_OFFSETS
        and (clock is None or not 0 <= m.start() - clock[0] <= _CLOCK_REACH)
    ):
        # "A second later, the gates were shut": a moment after something the story tells,
        # with no clock time to count from, is no day (not the day of publication)
        why = f"{word} by seconds, with no clock time to count from: a length, not a date"
        return Reading(
            DURATION,
            duration_value(n, unit),
            why,
            mod,
            None,
            None,
            m.end("a_half") if m.group("a_half") else m.end("a_u"),
        )
    if (
        unit in g.TIME_UNITS
        and word in g.DISCOURSE_OFFSETS
        and clock is not None
        and 0 <= m.start() - clock[0] <= _CLOCK_REACH
    ):
        # counted in hours from the time itself: "at 11 p.m. ... Two hours later" is the
        # next day
        shift = timedelta(**{unit + "s": sign * n}) if unit in ("hour", "minute") else None
        at = clock[2] + shift if shift is not None else clock[2]
        anchor, anchor_name = at.date(), "the last clock time named"
    if (
        sign < 0
        and anchor > ctx.published
        and (anchor - ctx.published).days > n * _DAYS_IN.get(unit, 0)
        and ctx.tense(m.start(), m.end()) is Tense.PAST
    ):
        # "has until May 15 to rule ... said two days earlier": the last date named is
        # still to come, and what was said earlier is past: counted from publication. (Not
        # when counting back from it reaches the past: "a memorial on Wednesday, the minute
        # the quake struck a year earlier" is a year before that Wednesday.)
        anchor, anchor_name = ctx.published, "publication (the last date named is to come)"
    near = ctx.quarter_named
    half = _half_just_named(m, ctx)
    if unit == "year" and n == 1 and half is not None:
        y, h = half
        why = f"same half-year one year {word} (the half named just before)"
        return Reading(DATE, f"{y + sign:04d}-H{h}", why)
    if (
        unit == "year"
        and n == 1
        and near is not None
        and 0 <= m.start() - near[0] <= _QUARTER_REACH
        and not _SENTENCE_END.search(ctx.text, near[0], m.start())
    ):
        y, q = near[1]
        y += sign
        why = f"same quarter one year {word} (the quarter named just before)"
        return Reading(DATE, f"{y:04d}-Q{q}", why)
    month = ctx.month_named
    if (
        unit == "year"
        and n == 1
        and month is not None
        and word in ("earlier", "before")
        and 0 <= m.start() - month[0] <= _QUARTER_REACH
        and not _SENTENCE_END.search(ctx.text, month[0], m.start())
        and (near is None or near[0] < month[0])
    ):
        y, mo = month[1]
        why = f"same month one year {word} (the month named just before)"
        return Reading(DATE, f"{y + sign:04d}-{mo:02d}", why)
    if unit == "year" and n == 1 and ctx.last_quarter is not None and not ctx.year_to_date:
        y, q = ctx.last_quarter
        y += sign
        return Reading(DATE, f"{y:04d}-Q{q}", f"same quarter one year {word} (quarter in context)")
    code = g.UNITS.get(unit, "D")
    whole = int(n)
    grain = "week" if unit == "fortnight" else unit
    if n != whole:
        if code == "Y":
            code, whole = "M", round(n * 12)
        elif code == "M":
            code, whole = "D", round(n * 30)
        elif code in ("DE", "CE") and word not in g.DISCOURSE_OFFSETS:
            # "a quarter-century ago", "half a century from now": so many years, that year
            # ("More than half a century later, the lessons of that winter": left at the
            # story's time, which "that winter" still counts from)
            code, whole, grain = "Y", round(n * (10 if code == "DE" else 100)), "year"
    if unit in g.TIME_UNITS:
        code, whole = "D", 0
    shift_unit = {"WE": "W", "2W": "W"}.get(code, code)
    try:
        d = shift_date(anchor, shift_unit, sign * whole * (2 if code == "2W" else 1))
    except (OverflowError, ValueError):
        d = None
    if d is None:
        return Reading(
            DATE, "PAST_REF" if sign < 0 else "FUTURE_REF", "too far to place on a calendar", mod
        )
    # (a fortnight is counted in weeks: "a fortnight ago" is the week two weeks back)
    value = at_granularity(d, "month" if code == "M" and unit not in ("month",) else grain)
    from_day = unit == "week" and n == whole and anchor_name == "the last date mentioned"
    from_day = from_day and _low(m.group("a_n")) != "the"  # ("the week before": a week)
    if unit in g.TIME_UNITS or (from_day and word in g.DISCOURSE_OFFSETS):
        # "on May 23. A week later, ...": whole weeks counted from a day the story named
        # land on a day (May 30), as "two days later" does, not on the week around it
        value = day_iso(d)
    if g.UNITS.get(unit) in ("D",) or value == day_iso(d):
        ctx.note_day(d)
    elif code in ("Y", "DE", "CE", "M") and not _COMPARED_BEFORE.search(
        ctx.text, max(0, m.start() - 10), m.start()
    ):
        # the story's time from here on ("Two years later, he died ... The following
        # spring"), unless it is only compared with ("up from 40% a year earlier")
        ctx.last_period = (d.year, d.month if code == "M" else 0)
    return Reading(
        DATE, value, f"{_num_str(n)} {unit}(s) {word} {anchor_name} ({pretty_day(anchor)})", mod
    )


# Days in a unit, to tell whether counting back from a date still to come reaches the past.
_DAYS_IN = {"day": 1, "week": 7, "fortnight": 14, "month": 30, "year": 365, "decade": 3652}
_THAN_AFTER = re.compile(r"\s+than\b", re.IGNORECASE)
# A timetable's verb before "an hour earlier/later": "open its stores an hour earlier",
# "Shops will close two hours later" (hours moved, not a time after a clock time).
_HOURS_SHIFTED_BEFORE = re.compile(
    r"\b(?:open|opens|close|closes|start|starts|finish|finishes|run|runs|leave|leaves"
    r"|depart|departs|shut|shuts)\s+(?:[\w'’-]+\s+){0,3}?$",
    re.IGNORECASE,
)
# What a figure is compared with: "up from 40% a year earlier", "compared with a year ago",
# "$980 billion a year earlier".
_COMPARED_BEFORE = re.compile(
    # (a figure's word: "with $980 billion a year earlier", "barely more than a year earlier")
    r"(?:\b(?:from|with|than|to|versus|against|vs\.?|million|billion|trillion|percent|points?"
    r"|barely|slightly|little)|%|\d)\s+$",
    re.IGNORECASE,
)
# Units counted from the last period named (a year, or a month) when no day was named
# since: "In 1995 ... two years later" is 1997, "In June 2022 ... three years later" 2025.
_PERIOD_OFFSET_UNITS = frozenset({"year", "decade", "century"})


_SHORT_UNIT_DAYS = {"second": 0, "minute": 0, "hour": 0, "day": 1, "week": 7}


_MONTH_OFFSET_REACH = 250  # characters from a month to the offset that counts from it


def _month_offset(
    n: float, unit: str, sign: int, word: str, ctx: Context, m_start: int
) -> Reading | None:
    """ "In September ... A week later": a few days or weeks from a month named after the
    last day (or with none named) fall in that month or a neighbour, as precisely as the
    month was named, when the month is close by and the time the story told of in the past
    (not "has confirmed cases since March 2024"); None for any other offset."""
    days = _SHORT_UNIT_DAYS.get(unit)
    period = ctx.last_period
    if days is None or word not in g.DISCOURSE_OFFSETS or period is None or not period[1]:
        return None
    day = ctx.last_day
    if day is not None and period == (day.year, day.month):
        return None  # the last thing named was that day
    if not _told_just_now(ctx, period, m_start):
        return None  # the month is not the time the story just told of
    y, month = add_months(period[0], period[1], sign * round(n * days / 30.4))
    if (part := month_part_day(ctx, period)) and 1 <= period[0] <= 9998:
        # "In early November ... three weeks later": late November, from about the 5th
        then = date(period[0], period[1], part) + timedelta(days=sign * round(n * days))
        y, month = then.year, then.month
    if not 1 <= y <= 9999:
        return None
    ctx.last_period = (y, month)
    start = datetime(y, month, 1)
    end = datetime(y + 1, 1, 1) if month == 12 else datetime(y, month + 1, 1)
    rng = DateRange(start, end, Precision.MONTH, approximate=True)
    why = f"{_num_str(n)} {unit}(s) {word} the last month mentioned "
    why += f"({period[0]:04d}-{period[1]:02d}): about that month"
    return Reading(DATE, f"{y:04d}-{month:02d}", why, None, rng)


def _told_just_now(ctx: Context, period: tuple[int, int], m_start: int) -> bool:
    """Whether ``period`` (year, month; month 0 for a year) is the last one the text named,
    close before ``m_start``, and the time the story told of in the past."""
    named = ctx.periods[-1] if ctx.periods else None
    return (
        named is not None
        and named[0] == period
        and 0 <= m_start - named[2] <= _MONTH_OFFSET_REACH
        and ctx.narrates(named[1], named[2])
    )


_YEAR_OFFSET_DAYS = 62  # a few days, weeks or a month from a year named stay in that year


_YEAR_IN_SENTENCE_REACH = 200  # characters back to the year a sentence named


def _year_in_sentence(m: re.Match[str], ctx: Context) -> int | None:
    """The year a timex named earlier in the sentence of "the year before" (``m``), if any,
    or in the sentence before when it named no other period since."""
    if _low(m.group("a_n")) != "the" or ctx.year_named is None:
        return None
    end, year = ctx.year_named
    if not 0 <= m.start() - end <= _YEAR_IN_SENTENCE_REACH:
        return None
    between = ctx.text[end : m.start()]
    breaks = sum(between.count(b) for b in (". ", "? ", "! ", "\n"))
    if breaks == 0:
        return year
    if breaks == 1 and (not ctx.periods or ctx.periods[-1][2] <= end):
        # "Last year sales rose. The year before, they fell.": a year told relative to
        # publication in the sentence before, the last year named (it sets no period)
        return year
    return None


def _year_offset(n: float, unit: str, word: str, ctx: Context, m_start: int) -> Reading | None:
    """ "A truce was agreed in 2019. Two weeks earlier, ...": a few days or weeks from a
    year named after the last day (or with none named) are about that year, when it is close
    by and the time the story told of in the past (like :func:`_month_offset`); None for any
    other offset."""
    days = _SHORT_UNIT_DAYS.get(unit, 30 if unit == "month" else None)
    period = ctx.last_period
    if (
        days is None
        or n * days > _YEAR_OFFSET_DAYS
        or word not in g.DISCOURSE_OFFSETS
        or period is None
        or period[1]
    ):
        return None
    day = ctx.last_day
    if day is not None and day.year == period[0]:
        return None  # a day of that year was named: it anchors
    if not _told_just_now(ctx, period, m_start):
        return None
    y = period[0]
    if not 1 <= y <= 9999:
        return None
    rng = DateRange(datetime(y, 1, 1), datetime(y + 1, 1, 1), Precision.YEAR, approximate=True)
    why = f"{_num_str(n)} {unit}(s) {word} the last year mentioned ({y:04d}): about that year"
    return Reading(DATE, f"{y:04d}", why, None, rng)


def _offset_anchor(word: str, unit: str, ctx: Context) -> tuple[date, str]:
    """What "N units later/earlier/after/before" counts from: the last date mentioned, at
    the precision it was named (HeidelTime's anaphoric reference time); "ago" and "from
    now" count from publication."""
    if word not in g.DISCOURSE_OFFSETS:
        return ctx.published, "publication"
    period = ctx.last_period
    day = ctx.last_day
    when = ctx.when_year
    if (
        when is not None
        and unit in _PERIOD_OFFSET_UNITS
        and when[0] > ctx.day_at
        and (not ctx.periods or when[0] > ctx.periods[-1][1])
    ):
        # "the strongest since 2009, when a tremor killed 300 people. New codes came into
        # force two years later": from that year, named after any other date
        return date(when[1], 1, 1), f"the year of the 'since ..., when' clause ({when[1]:04d})"
    if day is not None and (period is None or period == (day.year, day.month)):
        return day, "the last date mentioned"
    if period is not None and (
        unit in _PERIOD_OFFSET_UNITS or (unit in ("month", "quarter") and period[1])
    ):
        y, month = period
        d = safe_date(y, month or 1, 1)
        if d is not None:
            return d, f"the last period mentioned ({y:04d}{f'-{month:02d}' if month else ''})"
    if day is not None:
        return day, "the last date mentioned"
    return ctx.published, "publication"


# How far back (characters, about two sentences) a clock time anchors "an hour later".
_CLOCK_REACH = 400
