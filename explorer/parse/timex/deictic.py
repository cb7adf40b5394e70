"""A determiner and a period: "last week", "this summer", "next Monday", "that year",
"the following spring", "the weekend".

"last", "this", "next" count from publication; "that", "the same", "the following", "the
previous" point back at the day or period the story named last (in past narration, the
one it tells of).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from explorer.parse.timex import grammar as g
from explorer.parse.timex.calendar import (
    add_days,
    add_months,
    day_iso,
    iso_week,
    pretty_day,
    quarter_of,
    safe_date,
    shift_date,
    valid_year,
    value_range,
    weekday_on_or_after,
    weekday_on_or_before,
)
from explorer.parse.timex.day_choice import (
    relative_weekday,
    weekday_date,
    year_for_day,
    year_for_month,
)
from explorer.parse.timex.durations import _anchored_duration
from explorer.parse.timex.monthly_weekday import monthly_weekday
from explorer.parse.timex.reading import DATE, TIME, Context, Reading, month_named_since
from explorer.parse.timex.resolve import Tense
from explorer.parse.timex.that_night import period_since_day
from explorer.parse.timex.week_after_month import week_from_month
from explorer.parse.timex.words import (
    _SENTENCE_BREAK,
    _low,
    _month,
    _period_mod,
    _pod_value,
    _unit,
    _weekday,
)

# "began unusually early this year", "arrived too late this week": "early" and "late" after
# an adverb of degree say how early something happened, not which part of the period.
_DEGREE_BEFORE = re.compile(
    r"\b(?:unusually|very|too|so|relatively|surprisingly|particularly|quite|remarkably"
    r"|exceptionally|extremely|comparatively|fairly|rather|much|far|uncharacteristically)\s+$",
    re.IGNORECASE,
)


_HAD = re.compile(r"\bhad\b")
_EVENT_REACH = 600  # characters back from the saying to the event's day


def _event_before_telling(m: re.Match[str], ctx: Context) -> date | None:
    """The day of the event named before a day of saying, when "that day" is in a past
    perfect after that saying in its sentence ("said on Tuesday that it had run ... that
    day"); else None."""
    event, last = ctx.event_day, ctx.last_day
    if not ctx.day_reported or event is None or last is None or not event[1] < last:
        return None
    text = ctx.text
    if not 0 < ctx.day_at - event[0] <= _EVENT_REACH or not 0 <= m.start() - ctx.day_at <= 200:
        return None
    between = text[ctx.day_at : m.start()]
    if _HAD.search(between) is None or _SENTENCE_BREAK.search(between) is not None:
        return None
    return event[1]


def rule_rel(m: re.Match[str], ctx: Context) -> Reading | None:
    pm = _low(m.group("r_pm"))
    if pm in ("early", "late") and _DEGREE_BEFORE.search(
        ctx.text, max(0, m.start() - 24), m.start()
    ):
        r = _rule_rel(m, ctx, "")
        return None if r is None else replace(r, start=m.start("r_det"))
    r = _rule_rel(m, ctx, pm)
    if r is not None and _past_told_ahead(r, m, ctx) and not _day_named_in_clause(m, ctx):
        # "Price is due in court on Jan. 6. Hundreds attended a vigil the following
        # weekend": what happened cannot follow a day still to come; it follows the last
        # day named that leaves it before publication (the killing's, Nov. 30)
        # (each try may move the story's day and period: kept as the first reading left
        # them unless a try is taken)
        kept = ctx.last_day, ctx.last_period
        for day in sorted({d for _, d in ctx.days if d < ctx.published}, reverse=True):
            ctx.last_day = day
            earlier = _rule_rel(m, ctx, pm)
            if earlier is not None and not _past_told_ahead(earlier, m, ctx):
                return replace(
                    earlier, why=earlier.why + " (the last day named before it is still to come)"
                )
        ctx.last_day, ctx.last_period = kept
    return r


def _day_named_in_clause(m: re.Match[str], ctx: Context) -> bool:
    """Whether the day "the next day" counts from was named earlier in its own sentence
    ("any tax owed is still due on April 15, and interest runs from the next day"): that
    day holds, still to come or not."""
    return (
        ctx.last_day is not None
        and 0 <= ctx.day_at < m.start()
        and m.start() - ctx.day_at <= _SAME_CLAUSE_REACH
        and _SENTENCE_BREAK.search(ctx.text, ctx.day_at, m.start()) is None
    )


_SAME_CLAUSE_REACH = 80  # characters from a day to "the next day" counted from it


def _past_told_ahead(r: Reading, m: re.Match[str], ctx: Context) -> bool:
    """ "the following weekend" read after publication, in a past-tense clause."""
    if _low(m.group("r_det")) not in ("the following", "the next") or r.type not in (DATE, TIME):
        return False
    rng = value_range(r.value)
    if rng is None or rng.start.date() <= ctx.published:
        return False
    return ctx.tense(m.start(), m.end()) is Tense.PAST


def _rule_rel(m: re.Match[str], ctx: Context, pm: str) -> Reading | None:
    if m.group("r_we"):
        return _the_weekend(m, ctx)
    if m.group("r_wan"):  # "the week after next": two weeks after publication's
        d = add_days(ctx.published, 14)
        return None if d is None else Reading(DATE, iso_week(d), "the week after next week")
    det = _low(m.group("r_det"))
    x = m.group("r_x")
    xl = _low(x)
    mod = {"earlier": "START", "later": "END"}.get(pm) or _period_mod(pm)
    if pm.startswith("the rest"):
        mod = None
    direction = g.DEICTICS.get(det, 0)
    pub = ctx.published
    discourse = det in ("that", "the same") or (
        det in ("the next", "the following", "the previous")
        and xl in ("day", "morning", "afternoon", "evening", "night")
    )
    if det in ("the following", "the previous") and (
        _unit(xl) in _ANAPHORIC_UNITS or (_weekday(xl) >= 0 and x[:1].isupper())
    ):
        # "died on Feb. 3 ... in the following week": the week after the last date named;
        # "paid on March 15, ... the following Monday": the Monday after that day
        discourse = ctx.last_day is not None
    if det == "the same" and xl == "day" and _AS_AFTER.match(ctx.text, m.end()):
        # "will be sentenced on the same day as her co-defendant": the day of another
        # event, which this does not name (not the last date named, nor publication)
        return Reading(DATE, "XXXX-XX-XX", "the same day as another event, not named here")
    if det == "the same" and xl == "day" and ctx.last_day is not None:
        back = _YEAR_BACK_AFTER.match(ctx.text, m.end())
        d = back and safe_date(ctx.last_day.year - 1, ctx.last_day.month, ctx.last_day.day)
        if back is not None and d:
            # "takings on Saturday were down on the same day a year earlier": that day's date
            # a year before, one expression
            why = f"the same day a year before the last date mentioned ({pretty_day(ctx.last_day)})"
            return Reading(DATE, day_iso(d), why, end=back.end())
    anchor = ctx.last_day if discourse and ctx.last_day else pub
    named = period_since_day(m.start(), ctx) if det == "that" else None
    if named is not None and (xl in g.PARTS_OF_DAY or xl == "day"):  # "In 1972, ... That night"
        value = f"{named[0]:04d}" + (f"-{named[1]:02d}" if named[1] else "")
        return Reading(DATE, value, f"that {xl}: of the year written after the last day")
    if discourse and det in ("that", "the same"):
        direction = 0
        before = _event_before_telling(m, ctx) if det == "that" else None
        if before is not None:
            # "The last strike, on the Monday ..., Network Rail said on Tuesday that it had
            # run fewer than 40% of trains that day": the past perfect goes back to the
            # event's day, not the day of the saying
            anchor = before
    anchor_name = "the last date mentioned" if anchor is not pub else "publication"
    if anchor is not pub and anchor != ctx.last_day:
        anchor_name = "the day of the event told of before the saying"
    if xl in g.PARTS_OF_DAY:
        if det not in (
            "this",
            "last",
            "that",
            "the same",
            "the next",
            "the following",
            "the previous",
        ):
            return None
        if det == "the same" and not _SAME_PART_ENDS.match(ctx.text, m.end()):
            return None  # "gives the same morning talk": a kind of talk, no time
        d = add_days(anchor, direction if det != "this" else 0)
        if det == "last" and xl != "night":
            return None
        if d is None:
            return None
        if discourse and ctx.last_day and det in ("the next", "the following", "the previous"):
            # "met on Tuesday. The talks resumed the following morning and ended at 4:15
            # p.m.": the story is on that day now (a clock time after it is of it)
            ctx.note_day(d)
        return Reading(TIME, _pod_value(d, xl), f"{det} {xl} relative to {anchor_name}", mod)
    if xl in g.SEASONS:
        code = g.SEASONS[xl]
        start_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
        if ctx.last_period is not None and _anaphoric(det, m, ctx):
            return _season_after_last_period(code, start_month, det, direction, ctx, mod, m)
        y = pub.year
        if code == "WI" and pub.month < 3:
            # in January or February the winter under way opened last December, and a
            # winter is the year of its December ("this winter", in February 2027: 2026-WI;
            # "last winter" 2025-WI; "next winter" 2027-WI)
            y += (direction > 0) - (direction < 0) - 1
        elif direction < 0 and (pub.month < start_month + 3):
            y -= 1
        elif direction > 0 and pub.month >= start_month:
            y += 1
        elif direction == 0 and pub.month - start_month > 7 and _future_at(ctx, m):
            # "The trial will open this spring", in November: the coming spring, nearer
            # than the one gone ("Sales will rise this spring", in September, stays)
            y += 1
        # (the story is back at publication's time: "since the blizzard of January 2022
        # ... so far this winter, below the average for mid-February" is this February)
        ctx.last_period = (y, start_month)
        return Reading(DATE, f"{y:04d}-{code}", f"{det} {xl} relative to publication", mod)
    wd = _weekday(xl)
    if wd >= 0 and x[:1].isupper():
        if det == "the last" and (r := monthly_weekday(ctx.text, m.start("r_x"), m.end(), wd)):
            return r  # "on the last Thursday of every month": a recurrence
        if discourse and ctx.last_day:
            # ("that Monday": the one on or after the day named; "the following Monday":
            # the one after it, "the previous Friday" the one before)
            d = relative_weekday(wd, ctx.last_day, direction)
        elif direction == 0:
            d, why = weekday_date(wd, pub, ctx.tense(m.start(), m.end()))
            if d is None:
                return None
            ctx.note_day(d)
            return Reading(DATE, day_iso(d), why, mod)
        else:
            d = relative_weekday(wd, pub, direction)
            last = ctx.last_day
            if (
                d is not None
                and direction > 0
                and last is not None
                and 0 < (last - d).days < 7
                and 0 <= ctx.day_at < m.start()
                and _SENTENCE_BREAK.search(ctx.text, ctx.day_at, m.start()) is None
            ):
                # "restart on Wednesday and be back by next Sunday", on a Saturday: not
                # tomorrow, before the Wednesday the sentence named first, but the one after
                d = add_days(d, 7)
        if d is None:
            return None
        ctx.note_day(d)
        rule = "before" if direction < 0 else "after"
        return Reading(DATE, day_iso(d), f"the {x} {rule} publication ({pretty_day(pub)})", mod)
    month = _month(xl) if x[:1].isupper() else 0
    if month and m.group("r_md"):
        tense = ctx.tense(m.start(), m.end())
        if det == "past":
            # "slips past Feb. 19", "runs past Oct. 3": beyond the day, the date alone
            r = _deictic_month_day(month, int(m.group("r_md")), "", 0, ctx, mod, tense)
            return None if r is None else replace(r, start=m.start("r_x"))
        return _deictic_month_day(month, int(m.group("r_md")), det, direction, ctx, mod, tense)
    if m.group("r_md"):
        return None
    if month:
        if det in ("the following", "the previous") and ctx.last_period is not None:
            # "closed in 2019 and reopened the following March": the first March after the
            # period named last (2020), not after publication
            y0, m0 = _period_anchor(ctx, m)
            if direction > 0:
                y = y0 if 0 < m0 < month else y0 + 1
            else:
                y = y0 if month < m0 else y0 - 1
            if valid_year(y):
                why = f"{det} {x}: relative to the last period mentioned ({y0})"
                ctx.last_period = (y, month)  # the story's time from here on
                return Reading(DATE, f"{y:04d}-{month:02d}", why, mod)
        if det in ("that", "the same") and ctx.last_period is not None:
            # "fled in the spring of 1953, weeks before the uprising that June": that
            # month of the period named last (was publication's year)
            y0 = _period_anchor(ctx, m)[0]
            if valid_year(y0):
                ctx.last_period = (y0, month)
                why = f"{det} {x}: in the year of the last period mentioned ({y0})"
                return Reading(DATE, f"{y0:04d}-{month:02d}", why, mod)
        if det == "this":
            y, why = pub.year, "this: the month in publication's year"
        elif direction < 0:
            y = pub.year if month < pub.month else pub.year - 1
            why = "the last such month before publication"
        elif direction > 0:
            y = pub.year if month > pub.month else pub.year + 1
            why = "the next such month after publication"
        else:
            y, why = year_for_month(month, pub, ctx.tense(m.start(), m.end()))
        return Reading(DATE, f"{y:04d}-{month:02d}", why, mod)
    unit = _unit(xl)
    if unit not in g.UNITS:
        return None
    if unit in ("year", "month") and ctx.last_period is not None and _anaphoric(det, m, ctx):
        return _after_last_period(unit, det, direction, ctx, f"{pm} " if pm else "", mod, m)
    if det == "the last" and _SUPERLATIVE_AFTER.match(ctx.text, m.end()):
        return None  # "The last year to come in below the average was 2010": no date
    if det == "the last" and unit == "minute" and not ctx.text.startswith(" of", m.end()):
        return None  # "wait until the last minute", "at the last minute": an idiom, no time
    if det in ("the past", "the last") and unit == "year":
        return Reading(DATE, f"{pub.year - 1:04d}", "the past year: the year before publication")
    if det in ("the past", "the last", "the next", "the coming", "past") and unit in (
        "week",
        "month",
        "year",
        "decade",
        "century",
        "hour",
        "minute",
    ):
        return _anchored_duration(1.0, unit, -1 if direction < 0 else 1, pub, None, det)
    if unit == "day":
        if not discourse:
            return None
        later = month_named_since(ctx) if direction and anchor is not pub else None
        if later is not None:
            # "on Sept. 12, 2018. Two months later, Apple cut its forecast. Its shares fell
            # the next day": a day of the month the story moved on to, not after Sept. 12
            why = f"{det} day after an event of the month named since the last day"
            return Reading(DATE, f"{later[0]:04d}-{later[1]:02d}", why)
        d = add_days(anchor, direction)
        if d is None:
            return None
        ctx.note_day(d)
        return Reading(
            DATE, day_iso(d), f"{det} day relative to {anchor_name} ({pretty_day(anchor)})"
        )
    if unit in g.TIME_UNITS:
        return None
    if unit == "quarter" and det == "this":
        reported = _quarter_reported(m, ctx)
        if reported is not None:
            return reported
    if unit == "fortnight":
        # "last fortnight", "the following fortnight": two weeks, which no calendar unit
        # names (a year's value would say nothing)
        return _anchored_duration(1.0, unit, -1 if direction < 0 else 1, pub, None, det)
    # "review it at the end of January. ... the following week": counted from the month
    if unit == "week" and det in ("the following", "the previous"):
        r = week_from_month(m.start(), direction, ctx)
        if r is not None:
            return r
    shift_unit = {"weekend": "W"}.get(unit, g.UNITS[unit])
    d = shift_date(anchor, shift_unit, direction)
    if unit == "weekend" and anchor is not pub and direction:
        # after a date named: the first weekend after it (or the last one before it)
        near = add_days(anchor, direction)
        d = near and (
            weekday_on_or_after(near, 5) if direction > 0 else weekday_on_or_before(near, 6)
        )
    elif unit == "weekend" and direction > 0 and pub.weekday() < _NEXT_WEEKEND_IS_COMING:
        # written early in a week, just after a weekend, "next weekend" is the coming one
        # (as "next Sunday" is): "That win could come next weekend, when they travel to
        # Kestrel on Saturday"
        d = pub
    elif (
        unit == "weekend"
        and det == "this"
        and pub.weekday() < _NEXT_WEEKEND_IS_COMING
        and ctx.tense(m.start(), m.end()) is Tense.PAST
        # (a past verb far back tells of something else: "has postponed 14 dates, including
        # two nights at the arena this weekend" is the coming one)
        and ctx.verb_gap(m.start(), m.end()) <= _WEEKEND_VERB_REACH
    ):
        # told early in a week of what was done, "this weekend" is the one just gone: "We
        # held the town this weekend", on a Tuesday
        d = add_days(pub, -7)
    if d is None:
        return None
    if unit == "weekend":
        value = iso_week(d) + "-WE"
    elif unit == "week":
        value = iso_week(d)
    elif unit == "month":
        value = f"{d.year:04d}-{d.month:02d}"
    elif unit == "quarter":
        value = f"{d.year:04d}-Q{quarter_of(d)}"
        ctx.note_quarter((d.year, quarter_of(d)))
    elif unit == "decade":
        value = f"{d.year // 10:03d}"
    elif unit == "century":
        value = f"{d.year // 100:02d}"
    else:
        value = f"{d.year:04d}"
    lead = f"{pm} " if pm else ""
    return Reading(
        DATE, value, f"{lead}{det} {unit} relative to {anchor_name} ({pretty_day(anchor)})", mod
    )


def _quarter_reported(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "This quarter it wasn't", said of results just reported: in the past tense, "this
    quarter" is the finished quarter under discussion, not the one under way."""
    pub = ctx.published
    q = quarter_of(pub)
    prev = (pub.year - 1, 4) if q == 1 else (pub.year, q - 1)
    if ctx.last_quarter != prev or ctx.tense(m.start(), m.end()) is not Tense.PAST:
        return None
    why = "this quarter in the past tense: the quarter under discussion, just reported"
    return Reading(DATE, f"{prev[0]:04d}-Q{prev[1]}", why)


def _deictic_month_day(
    month: int,
    day: int,
    det: str,
    direction: int,
    ctx: Context,
    mod: str | None,
    tense: Tense,
) -> Reading | None:
    """ "last Oct. 23": the latest such day before publication; "next May 5": the first after."""
    pub = ctx.published
    if direction == 0:
        y, why = year_for_day(month, day, pub, tense)
    else:
        y = pub.year
        d0 = safe_date(y, month, day)
        if d0 is None:
            return None
        if direction < 0 and d0 >= pub:
            y -= 1
        elif direction > 0 and d0 <= pub:
            y += 1
        why = f"{det}: the {'latest' if direction < 0 else 'first'} such day "
        why += f"{'before' if direction < 0 else 'after'} publication"
    d = safe_date(y, month, day)
    if d is None:
        return None
    ctx.note_day(d)
    return Reading(DATE, day_iso(d), why, mod)


# After "the last year", "the last month": the most recent one something happened in, a
# superlative ("The last year to come in below the average was 2010", "the last month in
# which prices fell"), no period before publication.
_SUPERLATIVE_AFTER = re.compile(r"\s+(?:to\s+(?!date\b)[a-z]+|in\s+which|when)\b")
# Units that "the following"/"the previous" count from the last date mentioned (months
# and years go by the last period named, see below).
_ANAPHORIC_UNITS = frozenset({"week", "weekend", "fortnight"})
# Determiners that point back at the period named last: "that year", "the following month".
# "the same day as ...": a comparison with another event's day.
_AS_AFTER = re.compile(r"\s+as\b(?!\s+(?:before|usual|always|planned|scheduled|expected)\b)")
# "the same day a year earlier", "... last year": the day named, a year back.
_YEAR_BACK_AFTER = re.compile(
    r"\s+(?:a\s+year\s+(?:earlier|ago|before)|last\s+year|the\s+(?:previous|prior)\s+year"
    r"|the\s+year\s+before)\b"
)
# What may follow "the same night" told as a time: punctuation or a function word ("flew
# home the same night.", "the same evening, police said", "the same night he left").
_SAME_PART_ENDS = re.compile(
    r"\s*(?:[,.;:!?)\"'”]|$)|\s+(?:and|or|but|as|in|at|on|when|while|that|after|before|to"
    r"|from|by|with|he|she|it|they|we|i|you|the|a|an|his|her|their)\b",
    re.IGNORECASE,
)
_PERIOD_DISCOURSE = frozenset({"that", "the same", "the following", "the previous"})


# "over the next year", "in the next month": a stretch from publication, not a period
# after the one just named.
_SPAN_PREP_BEFORE = re.compile(
    r"\b(?:over|in|within|during|for|throughout|through|into)\s+$", re.IGNORECASE
)


def _anaphoric(det: str, m: re.Match[str], ctx: Context) -> bool:
    """Whether a year, month or season with this determiner points back at the period
    named last ("that summer", "the following spring", "The next year he ...") rather
    than at publication ("next year", "over the next year")."""
    if det in _PERIOD_DISCOURSE:
        return True
    return det == "the next" and not _SPAN_PREP_BEFORE.search(
        ctx.text, max(0, m.start() - 12), m.start()
    )


_SAME_SENTENCE_REACH = 150  # characters from a year named to "the following year"


def _period_anchor(ctx: Context, m: re.Match[str]) -> tuple[int, int]:
    """The period "that summer", "the following year" count from: in past narration, the
    story's (``Context.story_period``), else the one named last."""
    assert ctx.last_period is not None
    named = ctx.year_named
    if (
        named is not None
        and 0 < m.start() - named[0] <= _SAME_SENTENCE_REACH
        and _SENTENCE_BREAK.search(ctx.text, named[0], m.start()) is None
    ):
        # "Her series, published in 1963, won an award the following year": the year
        # named earlier in its sentence, even in an aside the story's time skips
        return named[1], 0
    last = ctx.periods[-1][0::2] if ctx.periods else None
    if ctx.background is not None and (last is None or last[1] <= ctx.background[1]):
        last = ctx.background
    if (
        last is not None
        and 0 < m.start() - last[1] <= _SAME_SENTENCE_REACH
        and _SENTENCE_BREAK.search(ctx.text, last[1], m.start()) is None
    ):
        # "had separated in the summer of 2022 and had not spoken to him since that year":
        # the period named last, earlier in its sentence, though the story's time is later
        return last[0]
    if ctx.tense(m.start(), m.end()) is Tense.PAST:
        story = ctx.story_period()
        if story is not None:
            return story
    return ctx.last_period


def _future_at(ctx: Context, m: re.Match[str]) -> bool:
    """Whether the season at ``m`` is when something is still to happen (not a thing's:
    "will see the effects of this summer" is the summer gone)."""
    if ctx.text.endswith("of ", 0, m.start()):
        return False
    return ctx.tense(m.start(), m.end()) is Tense.FUTURE


def _season_after_last_period(
    code: str,
    start_month: int,
    det: str,
    direction: int,
    ctx: Context,
    mod: str | None,
    m: re.Match[str],
) -> Reading | None:
    """ "That summer" after "the 2022 flood": 2022's; "the following spring": the first
    one after the period named last; "the previous autumn": the last one before it."""
    y, month = _period_anchor(ctx, m)
    if det not in ("that", "the same"):
        if direction > 0 and (month >= start_month or (month == 0 and code != "WI")):
            y += 1  # (winter begins in December: the one after a year is that year's)
        elif direction < 0 and (month == 0 or month < start_month + 3):
            y -= 1
    if not valid_year(y):
        return None
    ctx.last_period = (y, 0)
    why = f"{det} {_SEASON_NAMES[code]} relative to the last period mentioned"
    return Reading(DATE, f"{y:04d}-{code}", why, mod)


_SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
_BACK_STEP = {"that": 0, "the same": 0, "the following": 1, "the previous": -1}


def year_pointed_back(ctx: Context, m: re.Match[str], det: str) -> int | None:
    """The year "that year", "the following year" (``det``) right after the expression
    at ``m`` names, counted as a year expression of its own would be ("since Christmas that
    year", after "in the summer of 2022" in its sentence: 2022); None with no period named
    before it."""
    if ctx.last_period is None or det not in _BACK_STEP:
        return None
    y = _period_anchor(ctx, m)[0]
    if det == "that":
        y = ctx.past_that_year(m.start(), m.end(), y)
    return y + _BACK_STEP[det]


def _after_last_period(
    unit: str,
    det: str,
    direction: int,
    ctx: Context,
    lead: str,
    mod: str | None,
    m: re.Match[str],
) -> Reading | None:
    y, month = _period_anchor(ctx, m)
    step = 0 if det in ("that", "the same") else direction
    why = f"{lead}{det} {unit} relative to the last period mentioned"
    if unit == "year" and det == "that":
        y = ctx.past_that_year(m.start(), m.end(), y)
    if unit == "year":
        y += step
        if not valid_year(y):
            return None
        ctx.last_period = (y, 0)
        return Reading(DATE, f"{y:04d}", f"{why} ({ctx.last_period[0] - step})", mod)
    if month == 0:
        return None
    y2, m2 = add_months(y, month, step)
    if not valid_year(y2):
        return None
    ctx.last_period = (y2, m2)
    return Reading(DATE, f"{y2:04d}-{m2:02d}", f"{why} ({y:04d}-{month:02d})", mod)


# Weekdays (Monday 0) before which "next weekend" is the coming one: Monday to Wednesday.
_NEXT_WEEKEND_IS_COMING = 3
_WEEKEND_VERB_REACH = 60  # characters from the past verb to "this weekend" it puts behind


# "sent home for the weekend and will resume on Monday": a stretch entered ("for the
# weekend") before a coordinated clause that is still to come.
_ENTERED_FOR = re.compile(r"\bfor\s+\Z", re.IGNORECASE)
_FUTURE_CLAUSE_AFTER = re.compile(
    r"[^.!?;]{0,40}?\band\s+(?:will|(?:is|are)\s+(?:due|set|expected|scheduled)\s+to)\b",
    re.IGNORECASE,
)


_TOLD_TO = re.compile(
    r"\b(?:told|asked|urged|ordered|advised)\s+(?:[\w'’-]+\s+){0,3}?to\s+[a-z]+\s+"
    r"(?:[\w'’-]+\s+){0,2}?\Z",
    re.IGNORECASE,
)
_AFTER_THAT = re.compile(r"\s+after\s+that\b", re.IGNORECASE)


# A plural noun the weekend qualifies: "the weekend shows", "the weekend games".
_PLURAL_NOUN_AFTER = re.compile(r" [a-z]{3,}s\b")


def _the_weekend(m: re.Match[str], ctx: Context) -> Reading | None:
    pub = ctx.published
    last = ctx.last_day
    if ctx.weekend_named and _PLURAL_NOUN_AFTER.match(ctx.text, m.end()):
        # "two nights at the arena this weekend ... Fans who had travelled for the weekend
        # shows": the weekend of the things named before, whatever the tense
        return Reading(DATE, ctx.weekend_named, "the weekend named before (its events)")
    if last is not None and _AFTER_THAT.match(ctx.text, m.end()):
        # "more snow possibly on Wednesday or Thursday ... A milder spell is likely by the
        # weekend after that": the first weekend after the day named last
        sat = weekday_on_or_after(last, 5) if last.weekday() < 5 else add_days(last, 7)
        if sat is None:
            return None
        return Reading(DATE, iso_week(sat) + "-WE", "the first weekend after the last day named")
    entered = _ENTERED_FOR.search(ctx.text, max(0, m.start() - 6), m.start()) is not None
    future = (
        ctx.tense(m.start(), m.end()) is Tense.FUTURE
        or (entered and _FUTURE_CLAUSE_AFTER.match(ctx.text, m.end()) is not None)
        # "members were told to keep the weekend free": what one is told to do is ahead
        or _TOLD_TO.search(ctx.text, max(0, m.start() - 50), m.start()) is not None
    )
    if (
        not future
        and entered
        and last is not None
        and last.weekday() < 5
        and 0 <= (pub - last).days < 7
        and 0 <= ctx.day_at < m.start()
        and _SENTENCE_BREAK.search(ctx.text, ctx.day_at, m.start()) is None
    ):
        # "said on Monday it had added 40 flights for the weekend": what is done on a
        # weekday for the weekend is for the one after it
        sat = weekday_on_or_after(last, 5)
        if sat is None:
            return None
        return Reading(DATE, iso_week(sat) + "-WE", "the weekend after the weekday named before it")
    if future and last is not None and last.weekday() < 5 and 0 < (last - pub).days < 7:
        # "Snow is expected to taper off by Thursday evening, with frigid air following
        # over the weekend", told on a Sunday: the weekend after the weekday to come
        sat = weekday_on_or_after(last, 5)
        if sat is None:
            return None
        return Reading(DATE, iso_week(sat) + "-WE", "the weekend after the weekday named before it")
    if future or pub.weekday() >= 5:
        d: date | None = pub
        why = "the weekend of the publication week"
    else:
        d = add_days(pub, -7)
        why = "the weekend before publication"
    if d is None:
        return None
    return Reading(DATE, iso_week(d) + "-WE", why)
