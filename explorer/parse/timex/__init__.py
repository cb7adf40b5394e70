"""Time expressions: detect spans, normalise to TIMEX3, resolve against publication date.

``find_timexes`` is the only entry point. The work is split by concern:

- ``grammar``   word tables (months, numbers, units, cues): data only
- ``detect``    one compiled regular expression built from the tables
- ``resolve``   tense of the sentence and the news-reading anchoring rules
- ``calendar``  date arithmetic and TIMEX3 value -> DateRange

The rules that turn a detected expression into a TIMEX3 value, one module per kind:

- ``named_dates``  dates named on the calendar ("Aug. 7, 1998", "the 19th", "the
                   nineties"); holidays and feasts in ``holidays`` ("Christmas")
- ``clock``        clock times and their day ("at 10:35 a.m. Friday", "0730 GMT", "at dawn")
- ``quarters``     quarters, halves, fiscal calendars
- ``the_year``     the year named by words ("the end of the year", "the fiscal year")
- ``offsets``      counted offsets ("two days ago", "three years later", "a year earlier")
- ``months_years`` a year or month named alone ("1998", "FY2017", "March")
- ``weekdays``     weekdays ("Friday", "the second Sunday of May"); a weekday told as
                   a schedule in ``weekday_schedule`` ("The vote is on Sunday")
- ``deictic``      a determiner and a period ("last week", "next Monday", "that year")
- ``daywords``     day words ("yesterday", "overnight", "the day before the vote")
- ``durations``    lengths, recurrences and vague references ("three days", "every
                   April", "recently")

and below them ``reading`` (``Context`` and ``Reading``), ``words`` (number and unit
words, TIMEX3 value writers) and ``story`` (flashbacks: the past a story tells of); after
them, passes over the expressions found (``apposition``, ``date_lists``: "Jan. 27-28,
March 17-18 and May 5-6" keep one year; ``yearly_days``: "every year on Aug. 6";
``season_before``: "Last winter ... The winter before").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta
from functools import lru_cache

from explorer.model import Sentence, Timex, TimexType
from explorer.parse.clauses import (
    ATTRIBUTIVE_AFTER,
    ATTRIBUTIVE_BEFORE,
    describes_other,
    has_perfect,
)
from explorer.parse.given_months import month_is_given_name
from explorer.parse.timex.apposition import (
    count_from_days,
    keep_plans,
    recurring_ranges,
    restate_days,
)
from explorer.parse.timex.calendar import (
    open_range,
    part_range,
    pretty_day,
    value_range,
)
from explorer.parse.timex.clock import rule_time
from explorer.parse.timex.clock_on_feast import clocks_on_feasts
from explorer.parse.timex.count_restated import restate_counted_years
from explorer.parse.timex.date_lists import list_years
from explorer.parse.timex.date_names import names_a_thing
from explorer.parse.timex.day_ranges import CLOCK_ON_DAY, range_ends, weekday_ended
from explorer.parse.timex.daywords import rule_dayword
from explorer.parse.timex.deictic import rule_rel
from explorer.parse.timex.detect import candidates, rule_of
from explorer.parse.timex.durations import rule_duration, rule_set, rule_vague
from explorer.parse.timex.fiscal_year import fiscal_year_end
from explorer.parse.timex.holidays import rule_holiday
from explorer.parse.timex.mid_day_after import mid_part_on
from explorer.parse.timex.month_ranges import past_range_back
from explorer.parse.timex.months_years import (
    rule_new_year,
    rule_sport_season,
    rule_year,
)
from explorer.parse.timex.named_dates import (
    rule_decade,
    rule_full,
    rule_iso,
    rule_nth,
)
from explorer.parse.timex.offsets import rule_ago
from explorer.parse.timex.quarters import rule_quarter
from explorer.parse.timex.quoted_title import in_quoted_title
from explorer.parse.timex.reading import Context, Reading, Rule
from explorer.parse.timex.resolve import Tense, TenseReader
from explorer.parse.timex.season_before import seasons_before
from explorer.parse.timex.seasons import rule_season
from explorer.parse.timex.span_start import span_start_days
from explorer.parse.timex.the_year import rule_theyear
from explorer.parse.timex.week_of_month import rule_month_or_week
from explorer.parse.timex.weekdays import rule_nth_weekday, rule_weekday
from explorer.parse.timex.yearly_days import yearly_days

__all__ = ["explain_value", "find_timexes"]

RULES: dict[str, Rule] = {
    "time": rule_time,
    "full": rule_full,
    "nthwd": rule_nth_weekday,
    "nth": rule_nth,
    "iso": rule_iso,
    "ago": rule_ago,
    "newyear": rule_new_year,
    "sport": rule_sport_season,
    "quarter": rule_quarter,
    "theyear": rule_theyear,
    "decade": rule_decade,
    "holiday": rule_holiday,
    "season": rule_season,
    "rel": rule_rel,
    "dayword": rule_dayword,
    "year": rule_year,
    "month": rule_month_or_week,  # "the second week of February": the week
    "weekday": rule_weekday,
    "duration": rule_duration,
    "set": rule_set,
    "vague": rule_vague,
}
# "said on Wednesday", "told reporters late Friday": the date of a statement.
_REPORTED = re.compile(
    r"\b(?:said|says|told\s+(?:\w+\s+){0,2}|added|announced|stated)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
_SINCE = re.compile(r"\b(?:since|from)\s+$", re.IGNORECASE)
# "early", "mid-", "late" name a part of their period ("the end of the year" is its end).
_PART_WORD = re.compile(r"(?:the\s+)?(?P<w>early|mid|late|earlier|later)\b", re.IGNORECASE)
# "mid-to-late 2027", "the early to mid 2010s": from the first part to the end of the second.
_PART_TO_PART = re.compile(
    r"(?:the\s+)?(?:early|mid)(?:-|\s+)(?:to|or)(?:-|\s+)(?P<w2>mid|late)\b", re.IGNORECASE
)


@lru_cache(maxsize=4096)
def explain_value(value: str) -> str:
    """A TIMEX3 value for people: 2016-09-23 -> Fri 23 Sep 2016 (others unchanged)."""
    r = value_range(value)
    if r is not None and len(value) >= 10 and value[4] == "-" and value[7] == "-":
        rest = value[10:]
        part = {"TMO": "morning", "TAF": "afternoon", "TEV": "evening", "TNI": "night"}
        rest = f" {part[rest]}" if rest in part else rest.replace("T", " ", 1)
        return pretty_day(r.start.date()) + rest
    return value


def _timex(text: str, start: int, end: int, r: Reading, published: date) -> Timex:
    surface = text[start:end]
    rng = r.range
    if rng is None and r.type in (TimexType.DATE, TimexType.TIME):
        rng = value_range(r.value)
        part = _PART_WORD.match(surface) if rng is not None and r.mod is not None else None
        if rng is not None and r.mod is not None and part is not None:
            # "early this year": about January to April; "earlier this year": up to now
            now = published if part.group("w").lower() in ("earlier", "later") else None
            whole, rng = rng, part_range(rng, r.mod, now)
            two = _PART_TO_PART.match(surface) if now is None else None
            if two is not None:  # "mid-to-late 2027": from mid-2027 to the end of late 2027
                second = part_range(whole, "MID" if two.group("w2").lower() == "mid" else "END")
                rng = replace(rng, end=max(rng.end, second.end))
    why = r.why
    if (
        rng is not None
        and r.type is TimexType.DATE
        and _SINCE.search(text, max(0, start - 7), start)
        and text[max(0, start - 7) : start].strip().lower() == "since"
    ):
        since = open_range(rng, published)
        if since is not None:
            rng = since
            why += f"; 'since': open range from {rng.iso()} up to publication"
            why += f" ({pretty_day(published)})"
    explanation = f"{surface} → {explain_value(r.value)}: {why}"
    return Timex(start, end, surface, r.type, r.value, explanation, rng, r.mod)


# Between the two months of a range: "March and August", "May to July", "June-September".
_MONTH_RANGE_JOIN = re.compile(
    r"\s*(?:-|–|\s(?:and|to|through|until|till)\s+(?:early\s+|late\s+|mid-?)?)$",
    re.IGNORECASE,
)


def _bare_month(text: str, start: int, end: int, value: str) -> bool:
    """A month named without a year ("March", "in early May")."""
    return _is_month(value) and not any(c.isdigit() for c in text[start:end])


def _is_month(value: str) -> bool:
    """A month value ("2025-03"), not a quarter ("2025-Q3") or season ("2025-SU")."""
    return len(value) == 7 and value[4] == "-" and value[:4].isdigit() and value[5:].isdigit()


def _range_start(
    text: str, first: tuple[int, int, Reading], end_start: int, end_value: str
) -> Reading | None:
    """The first month of a range read in a later year than its last ("between March and
    August" in a past-tense story of March: March 2025 to August 2024), moved to the year
    that makes it start the range; None if the range is in order."""
    f_end, reading = first[1], first[2]
    if end_start - f_end > 24 or not _MONTH_RANGE_JOIN.match(text[f_end:end_start]):
        return None
    if reading.value <= end_value:
        return None
    month = int(reading.value[5:])
    year = int(end_value[:4]) - (1 if month > int(end_value[5:]) else 0)
    why = f"the first month of a range that ends in {end_value}"
    return Reading(reading.type, f"{year:04d}-{month:02d}", why, reading.mod)


_OPENING = 16  # characters: a date this close to its sentence's start opens it
_WHEN_AFTER = re.compile(r",\s+when\s")


def _background(
    text: str, tense: TenseReader, start: int, end: int, found: Sequence[Timex]
) -> bool:
    """Whether a date only describes a noun or another event, so that "that year", "that
    summer", "the following spring" do not count from it: "since 1975", ", built in 1998,",
    ", which she had first visited in 2001" (see :func:`describes_other`)."""
    if text[max(0, start - 7) : start].strip().lower() == "since":
        return True
    lo, hi = tense.sentence_span(start)
    if start - lo <= _OPENING:  # "In 2019, ...": the story's year
        return False
    spans = [(t.start, t.end) for t in found[-4:] if t.start >= lo]
    return describes_other(text, lo, hi, start, end, spans)


def _narrates(text: str, tense: TenseReader, start: int, end: int) -> bool:
    """Whether a date is named by past narration: past tense, no perfect in its sentence
    before a relative clause ("had warned", "has rebuilt"), not a noun's ("the 2021
    monsoon")."""
    if ATTRIBUTIVE_BEFORE.search(text, max(0, start - 6), start) and text[end : end + 2] in (
        ATTRIBUTIVE_AFTER
    ):
        return False
    if tense.at(start, end) is not Tense.PAST:
        return False
    lo, hi = tense.sentence_span(start)
    return not has_perfect(text, lo, hi)


_NIGHT_HOUR = 20  # a clock time from this hour on is the night's


def _names_night(surface: str, value: str, part: str) -> bool:
    """Whether a day was named as a night or late in it: "Tuesday night", "late on
    Tuesday", "11:42 p.m." (TIMEX3 ``value``, its part of day ``part``)."""
    if part in ("NI", "EV"):
        return True
    if len(value) == 16 and value[10] == "T" and value[11:13].isdigit():
        return int(value[11:13]) >= _NIGHT_HOUR
    return surface[:4].lower() == "late"


# The day a period ends ("its second quarter, the three months to Dec. 31", "whose fiscal
# year ends on June 30") is no day anything happened on: a later clock time ("shares fell
# 5% by 0830 GMT") or "two days later" does not count from it.
# A day named as a market's reference: "a 28% premium to Tuesday's closing price", "up
# from Friday's close". No day anything happened on, nor what "by 1130 GMT" is on.
_CLOSE_AFTER = re.compile(r"['’]s\s+(?:close|closing|settle|settlement)\b", re.IGNORECASE)
_PERIOD_END = re.compile(
    r"\b(?:months?|weeks?|year|quarter|half|period)\s+(?:that\s+)?"
    r"(?:to|ended|ending|ends|end|through|until)\s+(?:on\s+)?$",
    re.IGNORECASE,
)


# A day a state lasts to ("keep the government open through Dec. 20", "closed until
# Friday").
_UNTIL_BEFORE = re.compile(r"\b(?:through|until|till|thru)\s+$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s|\n")


def _end_after_event_day(text: str, start: int, last_day: date | None, day_at: int) -> bool:
    """Whether the day at ``start`` only ends what a day named before it in the sentence
    began ("passed a bill on Friday to keep the government open through Dec. 20, ... hours
    before a midnight deadline": midnight is Friday's, not Dec. 20's); "closed until Friday"
    alone in its sentence still names the day a later clock time is on."""
    return (
        last_day is not None
        and 0 <= day_at < start
        and _UNTIL_BEFORE.search(text, max(0, start - 8), start) is not None
        and _SENTENCE_END.search(text, day_at, start) is None
    )


# A holiday as the break something comes after or before ("after the Thanksgiving
# holiday", "ahead of the Christmas break").
_HOLIDAY_PASSED = re.compile(r"\s+(?:holidays?|break|recess|weekend|lull)\b", re.IGNORECASE)
_AFTER_THE = re.compile(r"\b(?:after|before|ahead\s+of|since)\s+the\s+$", re.IGNORECASE)


# "rose 0.1 percent in November from October": the month a figure is compared with.
_FROM_BEFORE = re.compile(r"\bfrom\s+$")
_COMPARED_REACH = 24  # characters from the month a figure is for to "from"


def _compared_month(text: str, start: int, named: tuple[int, tuple[int, int]] | None) -> bool:
    """Whether the month at ``start`` is only what the month named right before it is
    compared with ("in November from October"): "from a year earlier" after it still
    compares with November."""
    return (
        named is not None
        and 0 <= start - named[0] <= _COMPARED_REACH
        and _FROM_BEFORE.search(text, max(0, start - 6), start) is not None
    )


_BRACKET_REACH = 30  # characters from an opening bracket to a day inside it


def _inside_universal_bracket(text: str, start: int) -> bool:
    """Whether ``start`` is inside a bracket of universal time: "(1715 GMT Thursday)"."""
    opened = text.rfind("(", max(0, start - _BRACKET_REACH), start)
    if opened < 0 or text.find(")", opened, start) >= 0:
        return False
    closed = text.find(")", start, start + _BRACKET_REACH)
    return closed >= 0 and ("GMT" in text[opened:closed] or "UTC" in text[opened:closed])


def _bracketed_universal(text: str, start: int, end: int) -> bool:
    """Whether the time at start..end is a universal time in brackets ("(1814 GMT")."""
    return text[max(0, start - 3) : start].rstrip().endswith("(") and (
        "GMT" in text[start : end + 5] or "UTC" in text[start : end + 5]
    )


def find_timexes(text: str, published: date, sentences: Sequence[Sentence]) -> tuple[Timex, ...]:
    """All time expressions in ``text``, in text order, resolved against ``published``."""
    tense = TenseReader(text, sentences)
    ctx = Context(text, published, tense.at, tense.gap)
    ctx.narrates = lambda start, end: _narrates(text, tense, start, end)
    out: list[Timex] = []
    skip_until = 0
    prev_month: tuple[int, int, Reading] | None = None  # the last timex, a bare month
    prev_day: tuple[int, int, str] | None = None  # the last timex, a weekday alone
    end_clock: int | None = None  # a range's last clock time, its weekday still to come
    for m in candidates(text):
        if m.start() < skip_until or in_quoted_title(text, m.start(), m.end()):
            continue  # already read as the second half of "March 3 and 5"; "Harbour at Dusk"
        rule = RULES.get(rule_of(m))
        if rule is None:
            continue
        last_day, last_period = ctx.last_day, ctx.last_period
        try:
            reading = rule(m, ctx)
        except (ValueError, OverflowError, KeyError, IndexError):
            reading = None  # a rule met a calendar it cannot place: no timex, never a crash
        if (
            reading is not None
            and reading.type is TimexType.DATE
            and (
                names_a_thing(
                    text,
                    s := m.start() if reading.start is None else reading.start,
                    e := m.end() if reading.end is None else reading.end,
                )
                or (e - s < 7 and month_is_given_name(text, s, e))
            )
        ):
            # "the November Singers", "the Ninth of May Foundation": names, no date told of;
            # "May Lindqvist said", "Her neighbour, June Carter,": a person
            reading = None
            ctx.last_day, ctx.last_period = last_day, last_period
        if reading is not None and len(reading.value) == 4 and reading.value.isdigit():
            ctx.year_named = (m.end() if reading.end is None else reading.end, int(reading.value))
        if ctx.last_period != last_period:
            if last_period is not None and _background(text, tense, m.start(), m.end(), out):
                named = ctx.last_period
                if named is not None and named[1] == 0 and _WHEN_AFTER.match(text, m.end()):
                    # "the strongest since 2009, when a tremor killed 300": what "two years
                    # later" may count from (not the story's time: "biggest gain since March
                    # 2020, when ... In the six months to Sept. 30" is this September)
                    ctx.when_year = (m.start(), named[0])
                if ctx.last_period is not None:
                    ctx.background = (ctx.last_period, m.end())
                ctx.last_period = last_period  # "That summer" still counts from the story's
            elif ctx.last_period is not None:
                ctx.periods.append((ctx.last_period, m.start(), m.end()))
                if (
                    ctx.last_period[1] == 0
                    and _WHEN_AFTER.match(text, m.end())
                    and text[max(0, m.start() - 7) : m.start()].strip().lower() == "since"
                ):
                    # (the story's first date: "the first strike since 1998, when drivers
                    # stayed out in March" is that year's March)
                    ctx.when_year = (m.start(), ctx.last_period[0])
        if ctx.last_day is not last_day and (
            _PERIOD_END.search(text, max(0, m.start() - 40), m.start())
            or _end_after_event_day(text, m.start(), last_day, ctx.day_at)
            or _CLOSE_AFTER.match(text, m.end())
            or (
                rule_of(m) == "holiday"
                and _HOLIDAY_PASSED.match(text, m.end())
                and _AFTER_THE.search(text, max(0, m.start() - 14), m.start())
            )
            or (last_day is not None and _inside_universal_bracket(text, m.start()))
        ):  # (only when a day was just named: a few times an article)
            # "the three months to Dec. 31", "Tuesday's closing price", "rose on Friday in a
            # shortened session after the Thanksgiving holiday": no day anything happened,
            # nor what "at 1 p.m." is on;
            # "at 4:15 a.m. (1715 GMT Thursday)": the universal time's day, not the story's
            ctx.last_day = last_day
        if ctx.last_day is not last_day:
            ctx.day_at = m.start()
            v = "" if reading is None else reading.value
            ctx.day_part = v[11:] if len(v) == 13 and v[10] == "T" else ""
            # ("11:42 p.m. on Tuesday": the weekday after the time names the same night)
            ctx.day_night = _names_night(m.group(), v, ctx.day_part) or (
                ctx.day_night and ctx.last_day == last_day
            )
            if ctx.last_day is not None:
                ctx.days.append((m.start(), ctx.last_day))
            ctx.day_reported = _REPORTED.search(text, max(0, m.start() - 40), m.start()) is not None
            if not ctx.day_reported and ctx.last_day is not None:
                ctx.event_day = (m.start(), ctx.last_day)
        if reading is None:
            continue
        start = m.start() if reading.start is None else reading.start
        end = m.end() if reading.end is None else reading.end
        if start >= end:
            continue
        while out and start < m.start() and out[-1].end > start:
            # the reading reaches back over what was read before it ("a week on Friday":
            # no length "a week" of its own)
            out.pop()
        v = reading.value
        if (
            reading.type is TimexType.DATE
            and len(v) in (7, 10)
            and v[:4].isdigit()
            and v[4:5] == "-"
            and v[5:7].isdigit()
            and fiscal_year_end(ctx, start, int(v[5:7]), len(v) == 7)
        ):
            # "whose fiscal year ends on June 30", "runs from July to June": every year's
            # June 30 (or July, June), nothing on the timeline
            v = "XXXX" + v[4:]
            why = "a day or month of a fiscal year, every year"
            reading = Reading(reading.type, v, why, reading.mod, None, reading.start, reading.end)
        if (mid := mid_part_on(out[-1] if out else None, text, start, v)) is not None:
            # ("peaked mid-afternoon on Monday": Monday's afternoon)
            out[-1] = _timex(text, out[-1].start, out[-1].end, mid, published)
        if prev_month is not None and _is_month(v):
            fixed = _range_start(text, prev_month, start, v)
            back = None
            if fixed is None and ctx.tense(prev_month[0], prev_month[1]) is Tense.PAST:
                back = past_range_back(text, prev_month, start, v, published)
            if back is not None:  # "had received reports all between November and February"
                fixed, v = back[0], back[1]
                reading = Reading(reading.type, v, back[0].why, reading.mod, None, start, end)
                ctx.last_period = (int(v[:4]), int(v[5:]))
            if fixed is not None:
                out[-1] = _timex(text, prev_month[0], prev_month[1], fixed, published)
        prev_month = (start, end, reading) if _bare_month(text, start, end, v) else None
        if prev_day is not None:
            ends = range_ends(
                text,
                prev_day,
                start,
                end,
                v,
                published,
                ctx.tense,
            )
            if ends is not None:
                if ends[0] != prev_day[2]:
                    why = "the last such day before the one that ends the range"
                    k = -1 if end_clock is None else -2
                    f = out[k]
                    moved_first = Reading(f.type, ends[0], why, f.mod)
                    out[k] = _timex(text, f.start, f.end, moved_first, published)
                if ends[1] != v:
                    why = "the first such day after the one that opens the range"
                    if end_clock is not None and out[-1].value[:10] == v[:10]:
                        # (its clock time, read before it: "until 7am on Wednesday")
                        c = out[-1]
                        moved = Reading(c.type, ends[1][:10] + c.value[10:], why, c.mod)
                        out[-1] = _timex(text, c.start, c.end, moved, published)
                    reading = Reading(reading.type, ends[1], why, reading.mod)
                    v = ends[1]
        if (
            prev_day is not None
            and reading.type is TimexType.TIME
            and CLOCK_ON_DAY.match(text, end) is not None
        ):
            end_clock = end  # ("from 7am on Friday until 7am| on Wednesday": the range goes on)
        else:
            end_clock = None
            prev_day = (start, end, v) if weekday_ended(text, start, end, v) else None
        out.append(_timex(text, start, end, reading, published))
        if reading.type is TimexType.TIME and len(v) >= 16 and v[13] == ":" and v[:4].isdigit():
            try:  # "10:00 a.m.": what "an hour later" counts from
                at = datetime.fromisoformat(v[:10]) + timedelta(
                    hours=int(v[11:13]), minutes=int(v[14:16])
                )
            except ValueError:
                at = None
            if at is not None and not _bracketed_universal(text, start, end):
                # (a universal time in brackets restates the local one before it, which
                # stays the story's clock: "at 2:14 a.m. (1814 GMT) ... three hours later")
                ctx.last_clock = (start, end, at)
        if end > m.end():  # the reading reaches past its match ("Tuesday last week")
            skip_until = end
        if v.endswith("-WE") and v[:4].isdigit():  # "this weekend": what "the weekend shows" are on
            ctx.weekend_named = v
        if len(v) == 7 and v[5] == "Q" and v[:4].isdigit():  # a quarter: "2025-Q4"
            ctx.quarter_named = (end, (int(v[:4]), int(v[6])))
        elif len(v) == 7 and v[5] == "H" and v[:4].isdigit() and v[6] in "12":  # "2026-H2"
            ctx.half_named = (end, (int(v[:4]), int(v[6])))
        elif (
            len(v) == 7
            and v[:4].isdigit()
            and v[5:].isdigit()
            and not _compared_month(text, start, ctx.month_named)
        ):  # a month: "2028-01" (not one a figure is compared with)
            ctx.month_named = (end, (int(v[:4]), int(v[5:])))
        also = reading.also
        if (
            also is not None
            and also.start is not None
            and also.end is not None
            and also.start >= end
        ):
            out.append(_timex(text, also.start, also.end, also, published))
            skip_until = also.end
            prev_month = None
    days = restate_days(text, count_from_days(text, out, published))
    days = restate_counted_years(text, days)
    listed = list_years(text, recurring_ranges(text, keep_plans(text, days, published)), tense.at)
    found = clocks_on_feasts(text, seasons_before(text, yearly_days(text, listed)))
    return tuple(span_start_days(text, found, published))  # "starting on Saturday ... until"
