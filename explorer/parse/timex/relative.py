"""Rules for expressions relative to publication or to the last date mentioned:
"last week", "yesterday", "Friday", "three days", "daily", "now"."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Final

from explorer.model import DateRange, Precision
from explorer.parse.timex import grammar as g
from explorer.parse.timex.calendar import (
    add_days,
    add_months,
    day_iso,
    iso_week,
    nth_weekday,
    pretty_day,
    quarter_of,
    safe_date,
    shift_date,
    valid_year,
    weekday_on_or_after,
    weekday_on_or_before,
)
from explorer.parse.timex.named_dates import is_name_not_date
from explorer.parse.timex.reading import DATE, DURATION, SET, TIME, Context, Reading
from explorer.parse.timex.resolve import (
    Tense,
    relative_weekday,
    weekday_date,
    year_for_day,
    year_for_month,
)
from explorer.parse.timex.story import flashback_month_year, past_deadline_before
from explorer.parse.timex.words import (
    _PREP_BEFORE,
    _low,
    _month,
    _period_mod,
    _unit,
    _weekday,
    at_granularity,
    duration_value,
    number,
    spelled_year,
)

_OLD_AFTER = re.compile(r"[\s-]+old\b", re.IGNORECASE)
# An amount right before "a year"/"a week" makes it a rate: "$55 a night", "24 hours a
# day", "four flights a week".
_RATE_BEFORE = re.compile(
    r"(?:\d|\b(?:million|billion|thousand|hundred|dozen|once|twice|times|one|two|three|four"
    r"|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundreds|thousands))"
    r"(?:\s+[a-z]+s)?\s+$",
    re.IGNORECASE,
)
# "last" after "to" or a modal is the verb: "meant to last 30 days", "could last weeks" (a
# length, not the stretch up to publication).
_LAST_VERB_BEFORE = re.compile(
    r"\b(?:to|will|would|could|can|may|might|should|must|not|never|cannot|won['’]t"
    r"|wouldn['’]t|couldn['’]t|['’]ll|likely|usually|typically|often)\s+$",
    re.IGNORECASE,
)
_FOR_BEFORE = re.compile(
    r"\b(?:for|in|over|within|took|take|takes|taking|spent|spend|spends|lasted)\s+$",
    re.IGNORECASE,
)
_LIKE_AFTER = re.compile(r"\s+like\b", re.IGNORECASE)
_MOST_BEFORE = re.compile(r"\bmost\s+$", re.IGNORECASE)
# "Hours later", "minutes after the blast": an unspecified length before/after an event.
_OFFSET_AFTER = re.compile(r"\s+(?:later|after|earlier|before)\b", re.IGNORECASE)
# Units that count as a bare plural only with "for"/"over"/"within" (not "in days").
_SHORT_BARE = frozenset({"day", "hour", "minute"})
# Bare plurals that "later"/"after" may follow: "hours later", "minutes after the blast"
# (TimeML reads "in the days before the vote" as a date anchored on the event: no value).
_OFFSET_BARE = frozenset({"hour", "minute"})
# Longer units are such a length only before "later"/"earlier": "Days later, ...", "years
# earlier" (not "the days before the vote", "in the weeks after").
_LATER_BARE = frozenset({"day", "week", "month", "year", "decade"})
_LATER_AFTER = re.compile(r"\s+(?:later|earlier)\b", re.IGNORECASE)
# A weekday right after a present "is" or "are" ("The vote is on Sunday"): its schedule.
_COPULA_BEFORE = re.compile(r"\b(?:is|are)\s+(?:on\s+)?$", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\b(?:the|those|these)\s+$", re.IGNORECASE)
# The word before a four-digit number, to tell "Route 2016" (a label) from a year.
_WORD_BEFORE = re.compile(r"(?P<w>[A-Za-z]+)\.?\s+$")
_WORD_AFTER = re.compile(r"\s+(?P<w>[a-z]+)\b")
# "overnight" is the night itself only where it ends a clause or leads a prepositional
# phrase ("fighting raged overnight in the city"), not as an adjective ("an overnight stay").
_OVERNIGHT_NOUN_BEFORE = re.compile(r"\b(?:an?|the|his|her|their|its|our|my)\s+$", re.IGNORECASE)
# How far back a night named may be for "overnight" to be that night (about two sentences).
_OVERNIGHT_REACH = 400
_OVERNIGHT_END = re.compile(
    r"\s*(?:[.,;:)!?\"”]|$)|\s+(?:in|on|at|to|from|and|as|after|before|when|while|with|near|"
    r"into|across|around|inside|outside|by|amid|along|against|that|Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday)\b"
)


def _pod_value(d: date, pod: str) -> str:
    return f"{day_iso(d)}T{g.PARTS_OF_DAY[pod]}"


# "began unusually early this year", "arrived too late this week": "early" and "late" after
# an adverb of degree say how early something happened, not which part of the period.
_DEGREE_BEFORE = re.compile(
    r"\b(?:unusually|very|too|so|relatively|surprisingly|particularly|quite|remarkably"
    r"|exceptionally|extremely|comparatively|fairly|rather|much|far|uncharacteristically)\s+$",
    re.IGNORECASE,
)


def rule_rel(m: re.Match[str], ctx: Context) -> Reading | None:
    pm = _low(m.group("r_pm"))
    if pm in ("early", "late") and _DEGREE_BEFORE.search(
        ctx.text, max(0, m.start() - 24), m.start()
    ):
        r = _rule_rel(m, ctx, "")
        return None if r is None else replace(r, start=m.start("r_det"))
    return _rule_rel(m, ctx, pm)


def _rule_rel(m: re.Match[str], ctx: Context, pm: str) -> Reading | None:
    if m.group("r_we"):
        return _the_weekend(m, ctx)
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
    anchor = ctx.last_day if discourse and ctx.last_day else pub
    if discourse and det in ("that", "the same"):
        direction = 0
    anchor_name = "the last date mentioned" if anchor is not pub else "publication"
    if xl in g.PARTS_OF_DAY:
        if det not in ("this", "last", "that", "the next", "the following", "the previous"):
            return None
        d = add_days(anchor, direction if det != "this" else 0)
        if det == "last" and xl != "night":
            return None
        if d is None:
            return None
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
        return Reading(DATE, f"{y:04d}-{code}", f"{det} {xl} relative to publication", mod)
    wd = _weekday(xl)
    if wd >= 0 and x[:1].isupper():
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
    shift_unit = {"weekend": "W", "fortnight": "W"}.get(unit, g.UNITS[unit])
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


# Units that "the following"/"the previous" count from the last date mentioned (months
# and years go by the last period named, see below).
_ANAPHORIC_UNITS = frozenset({"week", "weekend", "fortnight"})
# Determiners that point back at the period named last: "that year", "the following month".
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


def _period_anchor(ctx: Context, m: re.Match[str]) -> tuple[int, int]:
    """The period "that summer", "the following year" count from: in past narration, the
    story's (``Context.story_period``), else the one named last."""
    assert ctx.last_period is not None
    if ctx.tense(m.start(), m.end()) is Tense.PAST:
        story = ctx.story_period()
        if story is not None:
            return story
    return ctx.last_period


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


# "sent home for the weekend and will resume on Monday": a stretch entered ("for the
# weekend") before a coordinated clause that is still to come.
_ENTERED_FOR = re.compile(r"\bfor\s+\Z", re.IGNORECASE)
_FUTURE_CLAUSE_AFTER = re.compile(
    r"[^.!?;]{0,40}?\band\s+(?:will|(?:is|are)\s+(?:due|set|expected|scheduled)\s+to)\b",
    re.IGNORECASE,
)


def _the_weekend(m: re.Match[str], ctx: Context) -> Reading | None:
    pub = ctx.published
    future = ctx.tense(m.start(), m.end()) is Tense.FUTURE or (
        _ENTERED_FOR.search(ctx.text, max(0, m.start() - 6), m.start()) is not None
        and _FUTURE_CLAUSE_AFTER.match(ctx.text, m.end()) is not None
    )
    if future or pub.weekday() >= 5:
        d: date | None = pub
        why = "the weekend of the publication week"
    else:
        d = add_days(pub, -7)
        why = "the weekend before publication"
    if d is None:
        return None
    return Reading(DATE, iso_week(d) + "-WE", why)


def _overnight(m: re.Match[str], ctx: Context) -> Reading | None:
    if _OVERNIGHT_NOUN_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start()):
        return None
    if m.group("w_onday"):
        d, why = weekday_date(
            _weekday(m.group("w_onday")), ctx.published, ctx.tense(m.start(), m.end())
        )
    else:
        if not _OVERNIGHT_END.match(ctx.text, m.end()):
            return None
        if ctx.tense(m.start(), m.end()) is Tense.FUTURE:
            d, why = ctx.published, "the coming night (future tense)"
        elif (
            ctx.day_night
            and ctx.last_day is not None
            and ctx.last_day < ctx.published
            and 0 <= m.start() - ctx.day_at <= _OVERNIGHT_REACH
        ):  # "The quake hit at 11:42 p.m. ... tremors were recorded overnight"
            d, why = ctx.last_day, "the night just named"
        else:
            d = add_days(ctx.published, -1)
            why = "the night before publication"
    if d is None:
        return None
    ctx.note_day(d)
    return Reading(TIME, _pod_value(d, "night"), f"overnight: {why}")


def _day_relative(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "The day before, ...": a day from the last date mentioned (else publication)."""
    off = -1 if _low(m.group("w_rel")) in ("before", "earlier") else 1
    anchor = ctx.last_day or ctx.published
    name = "the last date mentioned" if ctx.last_day else "publication"
    d = add_days(anchor, off)
    if d is None:
        return None
    ctx.note_day(d)
    return Reading(DATE, day_iso(d), f"{off:+d} day from {name} ({pretty_day(anchor)})")


_EVENT_NOUN = re.compile(r"\s+(?:before|after)\s+(?:the|his|her|their|its)\s+(?P<w>[a-z]+)")
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’']?\s+|\n")
_LEAD_CHARS = 600  # the opening, whose first day is the story's event
_LEAD_DAYS = 7  # ... if no more than this before publication


def _day_of_event(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "the day before the accident", "the day after the vote": a day from the event's,
    which is the day named in the last earlier sentence that speaks of it ("Sunday's
    vote"), else, for an event a story is about (``STORY_EVENTS``), the first day of the
    story's opening; None if neither is known."""
    noun = _EVENT_NOUN.match(ctx.text, m.end())
    if noun is None:
        return None
    word = noun.group("w")
    anchor = _day_where_named(word, m.start(), ctx)
    why = f"the day of the {word} named earlier"
    if anchor is None and word in g.STORY_EVENTS:
        pub = ctx.published
        lead = [d for at, d in ctx.days if at < _LEAD_CHARS and 0 <= (pub - d).days <= _LEAD_DAYS]
        anchor = min(lead) if lead else None
        why = f"the first day of the story's opening, its {word}"
    if anchor is None:
        return None
    off = 1 if m.group("w_ab").lower() == "after" else -1
    d = add_days(anchor, off)
    if d is None:
        return None
    ctx.note_day(d)
    return Reading(DATE, day_iso(d), f"{off:+d} day from {why} ({pretty_day(anchor)})")


_SENTENCE_REACH = 400  # characters back to a sentence's start


def _day_where_named(word: str, before: int, ctx: Context) -> date | None:
    """The day named nearest ``word`` in the last sentence before ``before`` that holds
    both."""
    text = ctx.text
    for named in reversed(list(re.finditer(rf"\b{word}\b", text[:before], re.IGNORECASE))):
        end = _SENTENCE_BREAK.search(text, named.end(), before)
        if end is None:
            continue  # the sentence of the expression itself
        lo = max(0, named.start() - _SENTENCE_REACH)
        for b in _SENTENCE_BREAK.finditer(text, lo, named.start()):
            lo = b.end()
        near = [(abs(at - named.start()), d) for at, d in ctx.days if lo <= at < end.start()]
        if near:
            return min(near)[1]
    return None


def _this_time(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "this time last year": the same day one year before (or after) publication."""
    off = -1 if _low(m.group("w_tt")) == "last" else 1
    d = shift_date(ctx.published, "Y", off)
    if d is None:
        return None
    return Reading(
        DATE, day_iso(d), f"the same date one year {'before' if off < 0 else 'after'} publication"
    )


def rule_dayword(m: re.Match[str], ctx: Context) -> Reading | None:
    if m.group("w_on"):
        return _overnight(m, ctx)
    if m.group("w_rel"):
        return _day_relative(m, ctx)
    if m.group("w_rpod"):
        # "housed 8,500 people on Monday night, down from 11,000 the night before": that
        # part of the day before the last day named (else before publication)
        pod = _low(m.group("w_rpod"))
        anchor = ctx.last_day or ctx.published
        d = add_days(anchor, -1)
        if d is None:
            return None
        why = f"the {pod} of the day before {pretty_day(anchor)}"
        return Reading(TIME, _pod_value(d, pod), why)
    if m.group("w_an"):
        return _day_of_event(m, ctx)
    if m.group("w_tt"):
        return _this_time(m, ctx)
    if m.group("w_mid"):  # "by mid-afternoon", "mid-morning Friday"
        pod = _low(m.group("w_mid")).replace("-", " ").split()[-1].removeprefix("mid")
        if m.group("w_midday"):
            d, why = _day_word_or_weekday(m.group("w_midday"), m, ctx)
        else:
            d, why = ctx.published, "publication day"
        if d is None:
            return None
        return Reading(TIME, _pod_value(d, pod), f"the middle of the {pod} on {why}", "MID")
    if m.group("w_ba"):
        off = -2 if "before" in m.group("w_ba").lower() else 2
        d = add_days(ctx.published, off)
        if d is None:
            return None
        ctx.note_day(d)
        return Reading(DATE, day_iso(d), f"{off:+d} days from publication")
    w = _low(m.group("w_w"))
    if w != "tonight" and not m.group("w_pod") and _generic_day(m, ctx.text):
        value = {"yesterday": "PAST_REF", "today": "PRESENT_REF"}.get(w, "FUTURE_REF")
        why = f"{w}: rhetoric, not a day ('yesterday, today and tomorrow', '... every day')"
        return Reading(DATE, value, why)
    d = add_days(ctx.published, g.DAY_WORDS[w])
    if d is None:
        return None
    ctx.note_day(d)
    pod = _low(m.group("w_pod"))
    why = f"{w}: {g.DAY_WORDS[w]:+d} day(s) from publication ({pretty_day(ctx.published)})"
    if w == "tonight":
        return Reading(TIME, _pod_value(d, "night"), why)
    if pod:
        return Reading(TIME, _pod_value(d, pod), why)
    return Reading(DATE, day_iso(d), why)


_DAY = r"(?:yesterday|today|tomorrow)"
_LIST_SEP = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
# "today, tomorrow and every day after that", "yesterday, today and tomorrow": day words
# in a list that names all of time, not particular days.
_DAY_LIST = re.compile(
    rf"(?<![\w'’]){_DAY}{_LIST_SEP}{_DAY}(?:{_LIST_SEP}{_DAY})?(?P<on>{_LIST_SEP}(?:every\s+day|forever"
    r"|for\s+ever|always|beyond|for\s+(?:years|decades|generations)\s+to\s+come))?",
    re.IGNORECASE,
)
_LIST_NEXT = re.compile(r"\s*,|\s+(?:and|or)\s", re.IGNORECASE)
_LIST_PREV = re.compile(r"(?:,|\b(?:and|or))\s*$", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z]+")


def _generic_day(m: re.Match[str], text: str) -> bool:
    """A day word in a rhetorical list ("today, tomorrow and every day after that")."""
    if not _LIST_NEXT.match(text, m.end()) and not _LIST_PREV.search(
        text, max(0, m.start() - 6), m.start()
    ):
        return False  # the cheap test: no list around the word
    for d in _DAY_LIST.finditer(text, max(0, m.start() - 30), min(len(text), m.end() + 60)):
        if d.start() <= m.start() < d.end():
            named = {w.lower() for w in _WORD.findall(d.group()) if w.lower() in g.DAY_WORDS}
            return d.group("on") is not None or len(named) == 3
    return False


def _day_word_or_weekday(word: str, m: re.Match[str], ctx: Context) -> tuple[date | None, str]:
    w = _low(word)
    if w in g.DAY_WORDS:
        return add_days(ctx.published, g.DAY_WORDS[w]), w
    return weekday_date(_weekday(w), ctx.published, ctx.tense(m.start(), m.end()))


def _label_or_count(m: re.Match[str], ctx: Context) -> bool:
    """ "Route 2016", "Windows 2000", "2000 people": a four-digit number that is no year."""
    b = _WORD_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start())
    if b is not None:
        w = b.group("w")
        low = w.lower()
        if low in g.NOT_YEAR_BEFORE:
            return True
        if (
            w[0].isupper()
            and (len(w) == 1 or w[1:].islower())
            and low not in g.YEAR_AFTER_CAPITAL
            and b.group().endswith(" ")
            and len(b.group()) - len(w) == 1
        ):
            return True  # "Vision 2030", "Agenda 2063": a name with a year in it
    a = _WORD_AFTER.match(ctx.text, m.end())
    return a is not None and a.group("w") in g.COUNT_NOUNS


def _year_span(m: re.Match[str], y: int, mod: str | None, ctx: Context) -> Reading:
    """ "2012-13", "the 1998-99 season": a span of years written with a two-digit end."""
    yy = int(m.group("y_y2"))
    last = (y // 100) * 100 + yy
    if not y < last <= y + 20 or not valid_year(last + 1):
        return Reading(DATE, f"{y:04d}", "year as written", mod, end=m.end("y_y"))
    rng = DateRange(datetime(y, 1, 1), datetime(last + 1, 1, 1), Precision.YEAR)
    why = f"years as written: {y} through {last} (value: the first year)"
    return Reading(DATE, f"{y:04d}", why, mod, rng)


# The month a season of a sport that spans two years (football, basketball, hockey, rugby:
# most seasons news names "2026-27") is taken to begin in: before it, "this season" is the
# one that began the year before.
_SEASON_START_MONTH = 7
# "his last season", "the club's last season in the top flight": a final season, no date.
_OWNER_BEFORE = re.compile(r"(?:\b(?:his|her|their|its|my|our|your)|['’]s?)\s+$", re.IGNORECASE)


def _sport_season(start: int, why: str) -> Reading | None:
    """A season of a sport starting in the summer of ``start``: valued by the year it begins
    in (TimeML has no code for it), and spanning to the next summer."""
    if not valid_year(start) or not valid_year(start + 1):
        return None
    rng = DateRange(
        datetime(start, _SEASON_START_MONTH, 1),
        datetime(start + 1, _SEASON_START_MONTH, 1),
        Precision.YEAR,
        approximate=True,
    )
    return Reading(DATE, f"{start:04d}", why, None, rng)


def rule_sport_season(m: re.Match[str], ctx: Context) -> Reading | None:
    if m.group("sp_y"):
        y = int(m.group("sp_y"))
        end = m.group("sp_y2")
        last = int(end) if len(end) == 4 else (y // 100) * 100 + int(end)
        if last != y + 1:
            return None  # "the 2026-28 season" is no season
        return _sport_season(y, f"the season of {y}-{last}, valued by the year it begins in")
    det = _low(m.group("sp_det") or m.group("sp_det2"))
    if _OWNER_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start()):
        return None
    pub = ctx.published
    current = pub.year if pub.month >= _SEASON_START_MONTH else pub.year - 1
    start = current + {"last": -1, "next": 1, "coming": 1, "upcoming": 1}.get(det, 0)
    why = f"'{det} season': a season of a sport from the summer of {start} (by its first year)"
    return _sport_season(start, why)


def rule_year(m: re.Match[str], ctx: Context) -> Reading | None:
    mod = _period_mod(m.group("y_pm"))
    if m.group("y_2k"):
        y2k = spelled_year(m.group("y_2k"))
        if y2k is None:
            return None
        ctx.last_period = (y2k, 0)
        return Reading(DATE, f"{y2k:04d}", "year in words")
    if m.group("y_fy"):  # "FY2017", "FY17": the fiscal year named by the year it ends in
        fy = m.group("y_fy")
        y = int(fy) if len(fy) == 4 else (ctx.published.year // 100) * 100 + int(fy)
        ctx.last_period = (y, 0)
        return Reading(DATE, f"{y:04d}", "fiscal year as written", None, _fiscal_range(y, ctx))
    if m.group("y_y"):
        y = int(m.group("y_y"))
        bare = not (m.group("y_pm") or m.group("y_fis"))
        if bare and _label_or_count(m, ctx):
            return None
        bare = not (m.group("y_pm") or m.group("y_fis"))
        if (
            y < 1900
            and bare
            and not _PREP_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())
        ):
            return None
    else:
        sy = spelled_year(m.group("y_sp"))
        if sy is None:
            return None
        y = sy
    ctx.last_period = (y, 0)
    if m.group("y_y2"):
        return _year_span(m, y, mod, ctx)
    half = _low(m.group("y_pm"))
    if half.endswith("half of") and not m.group("y_fis"):  # "the last half of 1989"
        h = 1 if half.startswith("the first") else 2
        return Reading(DATE, f"{y:04d}-H{h}", "half of the year as written")
    fiscal = _fiscal_range(y, ctx) if _low(m.group("y_fis")) in ("fiscal", "financial") else None
    if fiscal is not None and not mod:
        why = "fiscal year as written, on the fiscal calendar the story gave"
        return Reading(DATE, f"{y:04d}", why, None, fiscal)
    return Reading(DATE, f"{y:04d}", "year as written", mod)


def _fiscal_range(y: int, ctx: Context) -> DateRange | None:
    """The months of fiscal year ``y`` (named by the year it ends in) once the story gave its
    calendar ("whose fiscal year runs from July to June": fiscal 2026 is July 2025 to June
    2026); None for a calendar year (TimeML keeps the value ``2026`` either way)."""
    if not ctx.fiscal_shift or not valid_year(y - 1):
        return None
    last = 3 * ctx.fiscal_shift  # the month the fiscal year ends in
    return DateRange(datetime(y - 1, last + 1, 1), datetime(y, last + 1, 1), Precision.MONTH)


_NOT_BEFORE = re.compile(r"\bnot\s+$", re.IGNORECASE)
_THROUGH = re.compile(r"\b(?:through|thru)\s+$", re.IGNORECASE)
_TEMPORAL_PREP = re.compile(
    r"\b(?:in|since|until|till|during|through|before|after|early|late|mid|last|next|by)\s+$"
    # "the first week of May", "the month of March", "the end of May": "of" after a part
    # of time (not "Supporters of May")
    r"|\b(?:weeks?|month|days|end|start|beginning|middle|rest|half|part|ides|first|second|third"
    r"|fourth|last|final)\s+of\s+$",
    re.IGNORECASE,
)


# The second month of a range after an ambiguous first one ("March and August").
_MONTH_RANGE_END = re.compile(
    r"\s+(?:and|to|through|until|or)\s+(?:early\s+|late\s+|mid-?)?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b",
    re.IGNORECASE,
)


def rule_month(m: re.Match[str], ctx: Context) -> Reading | None:
    word = m.group("m_m")
    month = _month(word)
    if not month:
        return None
    if word.lower() in g.AMBIGUOUS_MONTHS and not m.group("m_pm"):
        if not _PREP_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
            return None
        # after "in", "since", "until" ... the word is the month whatever follows ("since
        # March and", "in March for health reasons"); after "to", "and" it may be the verb
        strong = _TEMPORAL_PREP.search(ctx.text, max(0, m.start() - 12), m.start())
        if (
            not strong
            and re.match(
                r"\s+(?:on|to|and|in|is|was|will|would|of|for)\b",
                ctx.text[m.end() : m.end() + 8],
            )
            # "between March and August", "from May to July": a range of months
            and not _MONTH_RANGE_END.match(ctx.text, m.end(), m.end() + 40)
        ):
            return None
    if _NOT_BEFORE.search(ctx.text, max(0, m.start() - 5), m.start()):
        # "March is when titles are decided, not January", "in June, not January": a month
        # denied, when nothing happens
        why = "a month denied ('..., not January'): no time of anything"
        return Reading(DATE, f"XXXX-{month:02d}", why, _period_mod(m.group("m_pm")))
    if _in_a_yearly_round(m, ctx):
        # "reviews its rates twice a year, in March and September": every such month, no
        # one of them (not the March and September of publication's year or the last)
        why = "a month of something done every year ('twice a year, in March'): no one year"
        return Reading(DATE, f"XXXX-{month:02d}", why, _period_mod(m.group("m_pm")))
    tense = ctx.tense(m.start(), m.end())
    if tense is Tense.PAST and _THROUGH.search(ctx.text, max(0, m.start() - 9), m.start()):
        # "extended the loans through January": the end of a term, the nearest such month
        tense = Tense.NONE
    gap = ctx.verb_gap(m.start(), m.end()) if tense is Tense.PAST else 1 << 30
    y, why = year_for_month(month, ctx.published, tense, gap)
    same = (
        _year_in_sentence(m.start(), ctx, month)
        # ("In 2025 the launch was delayed until March": a deadline of that past)
        if tense is not Tense.FUTURE or past_deadline_before(ctx.text, m.start())
        else None
    )
    if same is None:
        same = _relative_year_in_sentence(m.start(), ctx)
    if same is not None:
        y, why = same, f"the year named earlier in the sentence ({same})"
    elif tense is Tense.PAST and (back := flashback_month_year(ctx, month, m.start())) is not None:
        y, why = back, f"the first such month after the past the story tells of ({back})"
    ctx.last_period = (y, month)
    return Reading(DATE, f"{y:04d}-{month:02d}", why, _period_mod(m.group("m_pm")))


# How often a year something comes round: "twice a year", "every year", "annually".
_YEARLY = re.compile(
    r"\b(?:(?:once|twice|three\s+times|four\s+times)\s+(?:a|per|each|every)\s+year"
    r"|every\s+year|each\s+year|annually|yearly)\b",
    re.IGNORECASE,
)
_CLAUSE_STOP = re.compile(r"[.;!?]\s|\n")


def _in_a_yearly_round(m: re.Match[str], ctx: Context) -> bool:
    """Whether a month is one of something done every year, said in its sentence near it
    ("reviews its rates twice a year, in March and September", "in June every year")."""
    text = ctx.text
    lo = m.start() - 80 if m.start() > 80 else 0
    hi = m.end() + 40
    window = text[lo:hi].lower()
    if "year" not in window and "annual" not in window:
        return False  # (cheap pre-test)
    for y in _YEARLY.finditer(text, lo, hi):
        a, b = (y.end(), m.start()) if y.end() <= m.start() else (m.end(), y.start())
        if a <= b and _CLAUSE_STOP.search(text, a, b) is None:
            return True
    return False


# "In 2010 we saw it coming in August": a year set as the scene earlier in the sentence
# ("in 2010", "during 1998"), with no other date in between, is the month's year.
# So is a month with its year ("was arrested in January 2025 ... and was charged in
# March": March 2025; one in an earlier month is the next year's).
_SCENE_YEAR = re.compile(
    r"\b(?:in|during|by|of)\s+(?:(?P<mon>(?-i:[A-Z][a-z]{2,8}))\.?,?\s+)?"
    # (a comma may follow a month's year, not a bare year: "in 2024, and again in March")
    r"(?P<y>(?:1[89]|20)\d\d)(?![\d%-]|[,.]\d|\s*(?:percent|%)|(?(mon)(?!)|[,.]))"
    r"(?P<rest>[^.;!?\n]*)$",
    re.IGNORECASE,
)
_OTHER_DATE = re.compile(
    r"\b(?:(?:1[89]|20)\d\d|year|month|week|quarter|ago|last|next|which|who)\b", re.IGNORECASE
)


# "The 2021 runoff was held in November": a year before the noun a sentence opens with is
# the year of what the sentence tells of.
_SUBJECT_YEAR = re.compile(
    r"(?:^|[.!?][\"”’']?\s+|\n)The\s+(?P<y>(?:1[89]|20)\d\d)\s+(?:[a-z][\w-]*\s+){1,2}"
    r"(?P<rest>[^.;!?\n]*)$"
)


def _year_in_sentence(at: int, ctx: Context, month: int = 0) -> int | None:
    s = _SCENE_YEAR.search(ctx.text, max(0, at - 120), at)
    if s is None:
        s = _SUBJECT_YEAR.search(ctx.text, max(0, at - 120), at)
        if s is not None and _OTHER_DATE.search(s.group("rest")):
            return None
        if s is not None:
            y = int(s.group("y"))
            return y if valid_year(y) and y < ctx.published.year else None
    if s is None or _OTHER_DATE.search(s.group("rest")):
        return None
    y = int(s.group("y"))
    scene_month = _month(s.group("mon")) if s.group("mon") else 0
    if s.group("mon") and not scene_month:
        return None  # "in Brussels 2024"? not a month: no scene
    if scene_month and month and month < scene_month:
        y += 1  # "arrested in November 2024 ... and charged in March": the March after
    return y if valid_year(y) and y <= ctx.published.year else None


# "Last year, the fire burned 3,900 acres in late June": a year named relative to
# publication earlier in the sentence, with no other date in between.
_SCENE_RELATIVE_YEAR = re.compile(
    r"\b(?P<d>last|next|this)\s+year(?!\w|['’])(?P<rest>[^.;!?\n]*)$", re.IGNORECASE
)


_COORDINATED = re.compile(r",\s+(?:and|but)\s|;")


def _relative_year_in_sentence(at: int, ctx: Context) -> int | None:
    s = _SCENE_RELATIVE_YEAR.search(ctx.text, max(0, at - 120), at)
    if s is None or _OTHER_DATE.search(s.group("rest")):
        return None
    rest = s.group("rest")
    if not rest.startswith(",") and _COORDINATED.search(rest):
        # "As recently as last year she spoke at a hearing, and in March she gave her final
        # interview": a year inside one clause frames only that clause ("Last year, ..." the
        # whole sentence)
        return None
    return ctx.published.year + {"last": -1, "next": 1}.get(s.group("d").lower(), 0)


# A market value fixed on a day ("the closing price on Wednesday", "Tuesday's close" is
# another rule): that day has passed, whatever the tense of the deal around it.
_SETTLED_VALUE_BEFORE = re.compile(
    r"\b(?:(?:closing|opening|settlement|settling)\s+(?:share\s+|stock\s+)?"
    r"(?:prices?|levels?|values?|rates?|bid)|close)\s+(?:on|of)\s+$",
    re.IGNORECASE,
)


# A sentence that opens in a year ("In 1998 ...", "Born in 1931 ...", "During 2020 ..."),
# with no other date up to the expression: the sentence tells of that year.
_OPENING_YEAR = re.compile(
    r"(?:^|[.!?][\"”’']?\s+|\n)(?:[A-Z][a-z]+\s+)?(?:[Ii]n|[Dd]uring|[Bb]y)\s+"
    r"(?P<y>(?:1[89]|20)\d\d)(?![\d%-]|[,.]\d|\s*(?:percent|%))(?P<rest>[^.;!?\n]*)$"
)


def _in_a_past_year(m: re.Match[str], ctx: Context) -> bool:
    """Whether a weekday is in a sentence that opens in a year before publication's, with no
    other date between ("In 1998 he was arrested on Sunday"), and not "the Wednesday" of a
    story told day by day."""
    lo = m.start() - 300 if m.start() > 300 else 0
    text = ctx.text
    if not any(c.isdigit() for c in text[lo : m.start()]):
        return False  # (cheap pre-test: no year before it)
    s = _OPENING_YEAR.search(text, lo, m.start())
    return (
        s is not None
        and int(s.group("y")) < ctx.published.year
        and _OTHER_DATE.search(s.group("rest")) is None
        and not _THE_BEFORE.search(text, max(0, m.start() - 8), m.start())
    )


# "on Tuesday last week", "Monday afternoon next week", "Friday of this week".
_WEEK_AFTER = re.compile(r"\s+(?:of\s+)?(?P<d>last|next|this)\s+week(?!\w|['’])", re.IGNORECASE)
# "a Monday", "one Saturday in October", "any Sunday": some day of that name, not the one
# next to publication.
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an|one|any|another)\s+$", re.IGNORECASE)
_ATTRIBUTIVE_AFTER = re.compile(
    r"\s+(?!(?:in|of|at|on|when|after|before|that|and|or|but|as|while|last|this|with|by"
    r"|during|for|to|from|early|late|he|she|they|we|i|it|the|a|an|his|her|their|is|was"
    r"|are|were|will|would|could|has|had|can|may|might)\b)[a-z]"
)


_NEXT_WORD = re.compile(r"\s+(?P<w>[A-Za-z][a-z-]*)")


def rule_weekday(m: re.Match[str], ctx: Context) -> Reading | None:
    wd = _weekday(m.group("k_wd"))
    if wd < 0:
        return None
    if m.start("k_wd") == m.start() and is_name_not_date(ctx.text, m.start(), weekday=True):
        return None  # "Council member Ada Sunday", "the restaurant chain Tuesday's": names
    if m.group("k_pl") or m.group("k_pl2"):  # "on Mondays", "Monday mornings": a recurrence
        pod = _low(m.group("k_pod"))
        value = f"XXXX-WXX-{wd + 1}" + (f"T{g.PARTS_OF_DAY[pod]}" if pod else "")
        return Reading(SET, value, "every week on this day (plural)", start=m.start("k_wd"))
    thing = _NEXT_WORD.match(ctx.text, m.end())
    if (thing is not None and thing.group("w").lower() in g.WEEKLY_THINGS) or (
        _INDEFINITE_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())
        and not _ATTRIBUTIVE_AFTER.match(ctx.text, m.end())
    ):
        # "on a Monday morning in April 2023", "one Saturday, ...", "a Sunday paper": no
        # particular day (but "a Sunday night memorial service" is that Sunday's: "a" goes
        # with the noun)
        pod = _low(m.group("k_pod"))
        value = f"XXXX-WXX-{wd + 1}" + (f"T{g.PARTS_OF_DAY[pod]}" if pod else "")
        return Reading(
            TIME if pod else DATE, value, "a weekday, but no particular one ('a', 'a Sunday paper')"
        )
    if _in_a_past_year(m, ctx):
        # "Born in 1931, ... was playing the organ at Sunday services by the age of 12", "In
        # 1998 he was arrested on Sunday": a day of that year, not this week's
        pod = _low(m.group("k_pod"))
        value = f"XXXX-WXX-{wd + 1}" + (f"T{g.PARTS_OF_DAY[pod]}" if pod else "")
        why = "a weekday of the past year the sentence opens with: no particular day"
        return Reading(TIME if pod else DATE, value, why)
    tense = ctx.tense(m.start(), m.end())
    if tense is not Tense.FUTURE and (
        _COPULA_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())
        or _SCHEDULE_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start())
    ):
        # "The vote is on Sunday", "The final is Saturday, organisers said": a schedule (the
        # present right before outweighs an attribution's past)
        tense = Tense.FUTURE
    elif (
        tense is not Tense.FUTURE
        and _DEADLINE_PREP.search(ctx.text, max(0, m.start() - 12), m.start())
        and (
            _DIRECTIVE_DEADLINE.search(ctx.text, max(0, m.start() - 160), m.start())
            or _FORECAST_BY.search(ctx.text, max(0, m.start() - 60), m.start())
        )
        and not _day_before_in_sentence(m, ctx)
    ):
        # "ordered him to leave the country by Friday" (with the day of the telling named
        # before it, the deadline comes after that day: "told on Dec. 30 to leave by Friday");
        # "more rain forecast by Wednesday night"
        tense = Tense.FUTURE
    if tense is Tense.PAST and _CLAUSE_TO_COME.search(ctx.text, max(0, m.start() - 60), m.start()):
        # "had little hope of containing it before the winds ease on Wednesday": a present
        # verb after "before", "until", "once" tells of a day still to come
        tense = Tense.FUTURE
    if tense is not Tense.FUTURE and _booked_after(m, ctx):
        # "trains on Thursday evening were already sold out", "Seats on Friday's flights
        # are fully booked": a state now of a day still to come
        tense = Tense.FUTURE
    if tense is not Tense.FUTURE and _present_after_opening_day(m, ctx):
        # "After Friday the money goes back", "From Monday, shops open at nine": a day that
        # opens a sentence in the present is the one to come (the past of a "she said"
        # around it is the telling's)
        tense = Tense.FUTURE
    if tense is not Tense.PAST and _SETTLED_VALUE_BEFORE.search(
        ctx.text, max(0, m.start() - 40), m.start()
    ):
        tense = Tense.PAST  # "a premium to the closing price on Wednesday": a price known
    d, why = weekday_date(wd, ctx.published, tense)
    week = _WEEK_AFTER.match(ctx.text, m.end())
    end = None
    if week is not None:  # "on Tuesday last week": that week's Tuesday
        shift = {"last": -7, "next": 7}.get(week.group("d").lower(), 0)
        monday = add_days(ctx.published, shift - ctx.published.weekday())
        d = monday and add_days(monday, wd)
        why = f"the {m.group('k_wd')} of {week.group('d').lower()} week"
        why += f" (publication {pretty_day(ctx.published)})"
        end = week.end()
    elif d is not None and _deadline_before_its_day(m, ctx, d):
        # "threatened on Sunday to publish the records if not paid by Friday": a deadline
        # comes after the day it was set
        assert ctx.last_day is not None
        after = add_days(ctx.last_day, 1)
        d = after and weekday_on_or_after(after, wd)
        why = f"the first {m.group('k_wd')} after the day named before it (a deadline)"
    elif (
        d is not None
        and ctx.last_day is not None
        and (ctx.published - ctx.last_day).days > 7
        and _THE_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())
    ):
        # "The strike began on Sunday, Nov. 12, 1989. By the Wednesday, the yard was
        # occupied": "the" makes it the one after the day the story is at, not this week's
        after = add_days(ctx.last_day, 1)
        d = after and weekday_on_or_after(after, wd)
        why = f"the first {m.group('k_wd')} after the day the story is at ('the')"
    elif d is not None and _AHEAD_OF.search(ctx.text, max(0, m.start() - 16), m.start()):
        # "held their final rallies on Thursday ahead of Sunday's vote": what something is
        # ahead of comes after it, the day named before it in the sentence or publication
        if (
            ctx.last_day is not None
            and 0 <= ctx.day_at < m.start()
            and _SENTENCE_BREAK.search(ctx.text, ctx.day_at, m.start()) is None
        ):
            after = add_days(ctx.last_day, 1)
            d = after and weekday_on_or_after(after, wd)
            why = f"the first {m.group('k_wd')} after the day named before it ('ahead of')"
        elif d < ctx.published and tense is not Tense.PAST:
            # (in the past, with no day before it, it may be gone too: "Stocks fell ahead
            # of Friday's jobs report", on a Saturday)
            d = weekday_on_or_after(ctx.published, wd)
            why = f"the next {m.group('k_wd')} on or after publication ('ahead of')"
    elif d is not None and d > ctx.published and _after_mishap(m, ctx):
        # "will miss the cup tie on Tuesday after injuring his ankle on Saturday": what
        # keeps him out has happened
        d = weekday_on_or_before(ctx.published, wd)
        why = f"the last {m.group('k_wd')} by publication (a mishap 'after ...-ing')"
    elif d is not None and _after_clause_past_its_event(m, ctx, d):
        # "will miss Saturday's game after picking up a red card on Sunday": what an
        # "after" clause tells came before the day of the clause it follows
        assert ctx.last_day is not None
        before = add_days(ctx.last_day, -1)
        d = before and weekday_on_or_before(before, wd)
        why = f"the last {m.group('k_wd')} before the day named before 'after ...-ing'"
    if d is None:
        return None
    ctx.note_day(d)
    mod = _period_mod(m.group("k_pm"))
    pod = _low(m.group("k_pod"))
    if pod:
        return Reading(TIME, _pod_value(d, pod), why, mod, end=end)
    return Reading(DATE, day_iso(d), why, mod, end=end)


_NTH: Final = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1,
               "final": -1}  # fmt: skip


def rule_nth_weekday(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "the second Sunday of May", "the last Saturday in June 2027": that day of the month
    (not this week's Sunday and a month beside it). Without a year, the year a day of that
    month would have ("The final is on the last Saturday of May", in November: next May)."""
    month, wd = _month(m.group("nw_m")), _weekday(m.group("nw_wd"))
    nth = _NTH[_low(m.group("nw_o"))]
    if not month or wd < 0:
        return None
    if m.group("nw_y"):
        y, why = int(m.group("nw_y")), "year as written"
    else:
        near = nth_weekday(ctx.published.year, month, wd, nth)
        if near is None:
            return None
        tense = ctx.tense(m.start(), m.end())
        if tense is not Tense.FUTURE and _COPULA_BEFORE.search(
            ctx.text, max(0, m.start() - 12), m.start()
        ):
            tense = Tense.FUTURE  # "The final is on the last Saturday of May": a schedule
        y, why = year_for_day(month, near.day, ctx.published, tense)
        same = _year_in_sentence(m.start(), ctx, month) if tense is not Tense.FUTURE else None
        if same is not None:
            y, why = same, f"the year named earlier in the sentence ({same})"
    d = nth_weekday(y, month, wd, nth)
    if d is None or d.month != month:
        return None  # ("the fifth Monday of February": no such day)
    ctx.note_day(d)
    ctx.last_period = (y, month)
    name = f"{m.group('nw_o').lower()} {m.group('nw_wd')} of {m.group('nw_m')}"
    return Reading(DATE, day_iso(d), f"the {name} ({why})")


# A weekday right after a present "is" or "are" ("The vote is on Sunday"): its schedule.
_COPULA_BEFORE = re.compile(r"\b(?:is|are)\s+(?:on\s+)?$", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# A schedule's present right before a weekday: "The festival runs Thursday to Sunday",
# "Voting starts on Monday", "the strike ends Friday" (the -s forms only: "runs", not "run").
_SCHEDULE_BEFORE = re.compile(
    r"\b(?:runs|opens|starts|begins|resumes|closes|ends|takes\s+place|kicks\s+off)\s+"
    r"(?:again\s+)?(?:on\s+|from\s+)?$",
    re.IGNORECASE,
)
# What is forecast or expected by a weekday comes by then: "more rain forecast by Wednesday
# night" (a headline), "More rain is forecast by Wednesday night", "a ruling expected by
# Friday" (weekdays only, as below).
_FORECAST_BY = re.compile(
    r"(?<![\w'’])(?:forecast|forecasts|forecasted|predicted|predicts|expected|expects)"
    r"\s+(?:[\w'’-]+\s+){0,4}?by\s+$",
    re.IGNORECASE,
)
# A deadline in what someone was told or asked to do is still to come when it was said,
# whatever the tense of the telling: "ordered him to surrender his passport by Friday",
# "asked residents not to return before Friday" (a directive verb, its object, "to", a verb
# and its words, then "by" or "before"; no comma between, so a clause of its own is not
# read into it: "told him to leave, and he had gone by Friday"). Weekdays only: a month or
# a day of the month may be a flashback's ("In 2019 the court ordered him to leave by June").
_DEADLINE_PREP = re.compile(r"\b(?:by|before|than)\s+$", re.IGNORECASE)
_DIRECTIVE_DEADLINE = re.compile(
    r"(?<![\w'’])(?:order(?:ed|s|ing)?|told|tells?|telling|ask(?:ed|s|ing)?|urg(?:ed|es|ing|e)"
    r"|instruct(?:ed|s|ing)?|direct(?:ed|s|ing)?|requir(?:ed|es|ing|e)|advis(?:ed|es|ing|e)"
    r"|warn(?:ed|s|ing)?|call(?:ed|s|ing)?\s+on|press(?:ed|es|ing)?|beg(?:ged|s|ging)?"
    r"|invit(?:ed|es|ing|e)|allow(?:ed|s|ing)?)"
    r"\s+(?:[\w'’.-]+\s+){0,5}?(?:not\s+)?to\s+[a-z]+\b[^.;:!?,]{0,80}?"
    r"\b(?:by|before|no\s+later\s+than)\s+$",
    re.IGNORECASE,
)
# "ahead of Sunday's vote", "in the run-up to Friday's summit", "days before a Friday
# deadline": a day still to come.
_AHEAD_OF = re.compile(
    r"\b(?:ahead\s+of|run-up\s+to|eve\s+of|(?:days|hours|weeks)\s+before)\s+(?:the\s+|a\s+)?$",
    re.IGNORECASE,
)
# A deadline's preposition right before a weekday: "paid by Friday", "extended until Monday".
_DEADLINE_BEFORE = re.compile(r"\b(?:by|until|till)\s+$", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’']?\s|\n")


# A sentence end: a stop before a capital or a quote, or a line break (not the dot of an
# abbreviated month: "on Dec. 30 to leave").
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+(?=[A-Z\"“‘])|\n")


def _day_before_in_sentence(m: re.Match[str], ctx: Context) -> bool:
    """Whether the sentence named a day before the expression."""
    return (
        ctx.last_day is not None
        and 0 <= ctx.day_at < m.start()
        and _SENTENCE_END.search(ctx.text, ctx.day_at, m.start()) is None
    )


def _deadline_before_its_day(m: re.Match[str], ctx: Context, d: date) -> bool:
    """Whether a weekday after "by" or "until" falls before the day named earlier in its
    sentence, a day gone (the day the deadline was set; not "will go to the polls on
    Tuesday, and 40 million had voted by Saturday")."""
    last = ctx.last_day
    return (
        last is not None
        and d < last <= ctx.published
        and 0 <= ctx.day_at < m.start()
        and _DEADLINE_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start()) is not None
        and _SENTENCE_BREAK.search(ctx.text, ctx.day_at, m.start()) is None
    )


# "after" opening a clause of a gerund, whose tense is its main clause's: "after picking
# up", "after having been" ("after he was injured" has a past of its own).
_AFTER_GERUND = re.compile(r"\bafter\s+(?:\w+ing|having)\b", re.IGNORECASE)


# "after" and a gerund of a mishap that keeps someone out, then words up to the weekday
# (no clause break): "after injuring his ankle in training on", "after picking up a fifth
# yellow card on", "after being sent off on".
_AFTER_MISHAP = re.compile(
    r"\bafter\s+(?:being\s+(?:sent\s+off|injured|hurt|booked|suspended|banned|arrested)"
    r"|(?:injuring|hurting|straining|spraining|tearing|breaking|fracturing|rupturing|pulling"
    r"|twisting|damaging|suffering|sustaining|picking\s+up|receiving|collecting|getting))"
    r"\b[^.;:!?\n]{0,80}$",
    re.IGNORECASE,
)


def _after_mishap(m: re.Match[str], ctx: Context) -> bool:
    """Whether a weekday ends a clause "after" a mishap's gerund ("will miss the game after
    injuring his ankle on Saturday"): the mishap has happened, whatever the tense of the
    clause it follows."""
    lo = m.start() - 120 if m.start() > 120 else 0
    return "after" in ctx.text[lo : m.start()].lower() and (
        _AFTER_MISHAP.search(ctx.text, lo, m.start()) is not None
    )


def _after_clause_past_its_event(m: re.Match[str], ctx: Context, d: date) -> bool:
    """Whether a weekday in an "after" clause would fall after the day still to come that
    its sentence named before the clause ("will miss Saturday's game after picking up a
    card on Sunday": the card came first, so the Sunday is the one before)."""
    last = ctx.last_day
    if last is None or not (d > last > ctx.published) or not 0 <= ctx.day_at < m.start():
        return False
    between = ctx.text[ctx.day_at : m.start()]
    return (
        "after" in between.lower()
        and _SENTENCE_BREAK.search(between) is None
        and _AFTER_GERUND.search(between) is not None
    )


# "After", "From", "Starting", "Until" opening a sentence or a quote, right before a day.
_OPENING_FROM = re.compile(
    r"(?:^|[.!?\n][\"”’]?\s+|[\"“‘]\s*)(?:after|from|starting|beginning|until|till)\s+\Z",
    re.IGNORECASE,
)
# The day's own clause after it: up to the next comma, quote or sentence end.
# (not a possessive, "After Friday's attack", nor a range, "From Monday to Wednesday")
_CLAUSE_AFTER_DAY = re.compile(
    r"(?![’']s\b|\s*(?:(?:to|through|until|till|and|or)\b|[-–]))\s*,?\s*(?P<c>[^,;:.!?\"“”]*)",
    re.IGNORECASE,
)


def _present_after_opening_day(m: re.Match[str], ctx: Context) -> bool:
    """Whether a weekday after a sentence's opening "After"/"From" is followed by a clause
    of its own with no past verb (the verb that gave it its tense is beyond that clause):
    a present, which tells of what is to come ("After Friday the money goes back to the
    Treasury," she said); not "After Friday's attack, ..." nor "After Friday, prices fell"."""
    if not _OPENING_FROM.search(ctx.text, max(0, m.start() - 16), m.start()):
        return False
    clause = _CLAUSE_AFTER_DAY.match(ctx.text, m.end())
    if clause is None or len(clause.group("c").split()) < 3:
        return False
    gap = ctx.verb_gap(m.start(), m.end())
    if ctx.tense(m.start(), m.end()) is Tense.PAST and gap >= len(ctx.text):
        return False  # a past no verb gave ("Until Friday, they had not called him"): kept
    return gap > clause.end() - m.end()


# "before the winds ease on", "until the waters recede on", "once talks resume on": a
# clause of time whose verb is in the present (of these, which are no nouns after "the":
# not "before the vote on Sunday").
_CLAUSE_TO_COME = re.compile(
    r"\b(?:before|until|till|once)\s+(?:the\s+|its\s+|their\s+)?(?:[a-z]+\s+){0,2}?"
    r"(?:ease|eases|recede|recedes|resume|resumes|reopen|reopens|expire|expires|arrive|"
    r"arrives|subside|subsides|abate|abates)\s+(?:again\s+)?(?:on\s+)?\Z",
    re.IGNORECASE,
)
# After a weekday, in its clause: sold out or booked up now, or already ("were already sold
# out"; not "The concert on Friday was sold out": that may be the concert gone).
_BOOKED_AFTER = re.compile(
    r"[^.;:!?\n]{0,60}?\b(?:(?:are|is)\s+(?:already\s+|now\s+|almost\s+|nearly\s+|all\s+but\s+)?"
    r"|(?:were|was|had|has|have)\s+(?:been\s+)?already\s+(?:been\s+)?)"
    r"(?:sold\s+out|fully\s+booked|booked\s+(?:up|solid))\b",
    re.IGNORECASE,
)


def _booked_after(m: re.Match[str], ctx: Context) -> bool:
    """Whether the weekday's clause says it is sold out or booked up (a day to come)."""
    window = ctx.text[m.end() : m.end() + 90]
    return ("sold out" in window or "booked" in window) and (
        _BOOKED_AFTER.match(ctx.text, m.end()) is not None
    )


def _dt(d: date) -> datetime:
    return datetime(d.year, d.month, d.day)


def _anchored_duration(
    n: float, unit: str, direction: int, pub: date, mod: str | None, det: str
) -> Reading:
    value = duration_value(n, unit)
    code = g.UNITS.get(unit, "D")
    whole = n
    if unit in g.TIME_UNITS:
        return Reading(DURATION, value, f"{det} {_fmt(n)} {unit}(s) up to publication", mod)
    if whole != int(whole):
        code, whole = ("M", round(n * 12)) if code == "Y" else ("D", round(n * 30))
    shift_unit = {"WE": "D", "2W": "W", "ML": "CE"}.get(code, code)
    amount = int(whole) * {"WE": 2, "2W": 2, "ML": 10}.get(code, 1)
    other = shift_date(pub, shift_unit, direction * amount)
    rng = None
    if other is not None:
        end_day = add_days(pub, 1)
        if direction < 0 and end_day is not None:
            rng = DateRange(_dt(other), _dt(end_day), Precision.DAY)
        elif direction > 0:
            rng = DateRange(_dt(pub), _dt(other), Precision.DAY)
    where = "up to" if direction < 0 else "from"
    return Reading(DURATION, value, f"{_fmt(n)} {unit}(s) {where} publication", mod, rng)


def _last_is_verb(m: re.Match[str], ctx: Context) -> bool:
    """Whether a duration's "last" is the verb: "meant to last 30 days", "will last weeks"."""
    at = m.start()
    return _LAST_VERB_BEFORE.search(ctx.text, max(0, at - 12), at) is not None


def _fmt(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


# "the last three months of 2027", "the first seven months of the calendar year": a part of
# a year named after it, not the months up to publication.
_OF_YEAR_AFTER = re.compile(
    r"\s+of\s+(?:(?P<y>(?:1[89]|20)\d\d)(?!\d)|(?P<d>the|this|last|next)\s+(?:calendar\s+)?"
    r"year(?![\w'’-]))",
    re.IGNORECASE,
)


def _months_of_year(
    m: re.Match[str], ctx: Context, n: float | None, unit: str, rel: str
) -> tuple[DateRange, str] | None:
    """The range of "the first/last N months of YEAR" (TimeML keeps the length, ``P3M``;
    the timeline places it in that year)."""
    if unit != "month" or rel not in ("first", "last", "final") or n is None:
        return None
    if not 1 <= n <= 12 or n != int(n):
        return None
    of = _OF_YEAR_AFTER.match(ctx.text, m.end())
    if of is None:
        return None
    pub = ctx.published
    if of.group("y"):
        y = int(of.group("y"))
    else:
        y = pub.year + {"last": -1, "next": 1}.get(of.group("d").lower(), 0)
    if not valid_year(y):
        return None
    first = 1 if rel == "first" else 13 - int(n)
    last = int(n) if rel == "first" else 12
    end = datetime(y + 1, 1, 1) if last == 12 else datetime(y, last + 1, 1)
    rng = DateRange(datetime(y, first, 1), end, Precision.MONTH)
    return rng, f"a length of time: the {rel} {int(n)} months of {y}"


def rule_duration(m: re.Match[str], ctx: Context) -> Reading | None:
    if m.group("u_dl"):  # "a day-long meeting", "the decades-long feud"
        word = m.group("u_dlu").lower()
        unit = _unit(word)
        n = None if word != unit else 1.0
        return Reading(DURATION, duration_value(n, unit), "a length of time ('-long')")
    if m.group("u_bare"):
        unit = _unit(m.group("u_bare"))
        offset = (unit in _OFFSET_BARE and _OFFSET_AFTER.match(ctx.text, m.end()) is not None) or (
            unit in _LATER_BARE
            and _LATER_AFTER.match(ctx.text, m.end()) is not None
            and _THE_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start()) is None
        )
        prep = _FOR_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())
        before = prep is not None
        if prep is not None and unit in _SHORT_BARE:
            before = not prep.group().lower().startswith("in")  # "in days": a deadline
        if not (before or offset):
            return None
        return Reading(DURATION, duration_value(None, unit), f"an unspecified number of {unit}s")
    if m.group("u_rel2"):
        unit = _unit(m.group("u_u2"))
        if not m.group("u_u2").lower().endswith(("s", "ia")):
            return None
        rel2 = _low(m.group("u_rel2"))
        if rel2 == "last" and _last_is_verb(m, ctx):  # "could last weeks": a length
            why = f"a length of time ('last' is the verb): an unspecified number of {unit}s"
            return Reading(DURATION, duration_value(None, unit), why, None, None, m.start("u_u2"))
        if rel2 == "recent":  # "in recent weeks": an unspecified stretch up to now
            why = f"an unspecified number of {unit}s up to publication"
            return Reading(DURATION, duration_value(None, unit), why)
        if rel2 == "past":
            return Reading(DATE, "PAST_REF", f"past {unit}s: a vague reference to the past")
        if rel2 == "coming":
            return Reading(DATE, "FUTURE_REF", f"coming {unit}s: a vague reference to the future")
        return Reading(DURATION, duration_value(None, unit), f"an unspecified number of {unit}s")
    raw_n = _low(m.group("u_n"))
    n = number(raw_n)
    unit_word = m.group("u_u").lower()
    unit = _unit(unit_word)
    plural = unit_word != unit
    start: int | None = None
    if raw_n in ("a", "an", "one") and unit in ("second", "quarter") and not plural:
        return None
    if raw_n in ("a", "an") and not plural and _LIKE_AFTER.match(ctx.text, m.end()):
        return None  # "a night like this": a kind of night, no length
    if unit == "quarter" and re.match(r"\s+of\b", ctx.text[m.end() : m.end() + 4]):
        return None
    mod = g.QUANTITY_MODS.get(_low(m.group("u_q"))) if m.group("u_q") else None
    rel = _low(m.group("u_rel"))
    det = m.group("u_det")
    if rel == "last" and not det and not mod and _last_is_verb(m, ctx):
        rel, start = "", m.start("u_n")  # "meant to last 30 days": a length, not a stretch
    if mod and (det or rel):  # "over the past three years": "over" is a preposition here
        mod, start = None, m.start("u_det") if det else m.start("u_rel")
    old = m.group("u_old") is not None or _OLD_AFTER.match(ctx.text, m.end()) is not None
    if m.group("u_tm") and n is not None and not rel and not mod:
        return _in_time(n, unit, ctx, start)
    if old and plural and not det and not m.group("u_long"):
        return None  # "Mr. Smith, 52 years old": a person's age
    if (
        raw_n in ("a", "an")
        and not plural
        and _RATE_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start())
    ):
        # "$2 million a year", "four flights a week": a rate, i.e. a recurrence
        return Reading(SET, duration_value(1, unit), "a rate: once every " + unit)
    if det and (old or (not plural and raw_n not in ("a", "an", "one"))) and not rel:
        start = m.start("u_n")
    if m.group("u_long") and raw_n in ("a", "an") and not (det or rel or mod):
        start = m.start("u_u")  # "a day-long meeting": the article belongs to the noun
    value = duration_value(n, unit)
    part = _months_of_year(m, ctx, n, unit, rel)
    if part is not None:
        return Reading(DURATION, value, part[1], mod, part[0], start)
    if n is not None and n > 0 and rel in ("last", "past", "recent", "previous", "preceding"):
        r = _anchored_duration(n, unit, -1, ctx.published, mod, rel)
        return Reading(r.type, r.value, r.why, r.mod, r.range, start)
    if n is not None and n > 0 and rel in ("next", "coming", "following", "remaining", "ensuing"):
        r = _anchored_duration(n, unit, 1, ctx.published, mod, rel)
        return Reading(r.type, r.value, r.why, r.mod, r.range, start)
    if old and n is not None and unit not in g.TIME_UNITS:
        return _old(n, unit, value, ctx.published, mod, start)
    if unit == "month" and n in (6.0, 9.0):
        ctx.year_to_date = True  # "the first nine months": a part of the year
    return Reading(DURATION, value, "a length of time, not a date", mod, None, start)


def _in_time(n: float, unit: str, ctx: Context, start: int | None) -> Reading | None:
    """ "in two years' time": the date that many units after publication."""
    code = g.UNITS.get(unit, "D")
    if unit in g.TIME_UNITS or n != int(n):
        return None
    shift_unit = {"WE": "W", "2W": "W"}.get(code, code)
    d = shift_date(ctx.published, shift_unit, int(n) * (2 if code == "2W" else 1))
    if d is None:
        return None
    value = at_granularity(d, unit)
    why = f"{_fmt(n)} {unit}(s) after publication ({pretty_day(ctx.published)})"
    return Reading(DATE, value, why, None, None, start)


def _old(n: float, unit: str, value: str, pub: date, mod: str | None, start: int | None) -> Reading:
    """ "the five-and-a-half year old war": a duration whose start is about n units ago."""
    months = {"Y": 12, "M": 1, "DE": 120, "CE": 1200, "Q": 3}.get(g.UNITS[unit])
    if months is None:
        return Reading(DURATION, value, "a length of time (age)", mod, None, start)
    y, mo = add_months(pub.year, pub.month, -round(n * months))
    end = add_days(pub, 1)
    if not valid_year(y) or end is None:
        return Reading(DURATION, value, "an age too long to place on a calendar", mod, None, start)
    began = datetime(y, mo, 1)
    precision = Precision.MONTH if n * months < 240 else Precision.YEAR
    rng = DateRange(began, _dt(end), precision, approximate=True, open_end=True)
    label = began.strftime("%b %Y") if precision == Precision.MONTH else str(y)
    why = f"a length of time; '… old' puts its start about {label}"
    why += f" ({_fmt(n)} {unit}s before publication)"
    return Reading(DURATION, value, why, mod, rng, start)


def rule_set(m: re.Match[str], ctx: Context) -> Reading | None:
    if m.group("e_w"):
        return Reading(SET, g.SETS[_low(m.group("e_w"))], "a recurring time")
    if m.group("e_u3"):  # "every two years"
        unit = _unit(m.group("e_u3"))
        if unit not in g.UNITS:
            return None
        return Reading(SET, duration_value(number(m.group("e_n3")), unit), "a recurring time")
    if m.group("e_sea"):  # "toured every summer": each year's summer
        return Reading(
            SET, f"XXXX-{g.SEASONS[_low(m.group('e_sea'))]}", "every year in this season"
        )
    if m.group("e_mon"):  # "every April", "every Nov. 11"
        month = _month(m.group("e_mon"))
        if m.group("e_md"):
            day = int(m.group("e_md"))
            if safe_date(2000, month, day) is None:
                return None
            return Reading(SET, f"XXXX-{month:02d}-{day:02d}", "every year on this day")
        return Reading(SET, f"XXXX-{month:02d}", "every year in this month")
    word = m.group("e_u") or m.group("e_u2") or ""
    wd = _weekday(word)
    if wd >= 0:
        return Reading(SET, f"XXXX-WXX-{wd + 1}", "every week on this day")
    if _low(word) in g.PARTS_OF_DAY:
        return Reading(SET, f"XXXX-XX-XXT{g.PARTS_OF_DAY[_low(word)]}", "every day at this time")
    unit = _unit(word)
    if unit not in g.UNITS:
        return None
    if unit == "weekend":
        # "Every weekend is a final": each week's weekend, not a two-day stretch ("every
        # other weekend": once a fortnight)
        if m.group("e_oth"):
            return Reading(SET, "P2W", "every other weekend: once in two weeks")
        return Reading(SET, "XXXX-WXX-WE", "every week at the weekend")
    every = 2 if m.group("e_oth") else 1  # "every other year": once in two
    return Reading(SET, duration_value(every, unit), "a recurring time")


_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
_AHEAD_UNITS: Final = {"the months ahead": "M", "the weeks ahead": "W", "the days ahead": "D"}


def rule_vague(m: re.Match[str], ctx: Context) -> Reading | None:
    w = _low(m.group("v_w"))
    value = g.VAGUE.get(w)
    if value is None:
        return None
    if w == "recently" and _MOST_BEFORE.search(ctx.text, max(0, m.start() - 6), m.start()):
        return None  # "most recently in January": "the last time", the date follows
    if w.endswith(" ahead") and _OF_AFTER.match(ctx.text, m.end()):
        return None  # "in the days ahead of the vote": before an event, not the future
    unit = _AHEAD_UNITS.get(w)
    if unit is not None:  # "in the weeks ahead": an unknown number of them, as TimeML has it
        return Reading(DURATION, f"PX{unit}", "an unspecified number of the units to come")
    if w in ("future", "current", "recent") and re.match(
        r"\s+(?:of|and|,)", ctx.text[m.end() : m.end() + 5]
    ):
        return None
    rng = None
    if value == "PRESENT_REF":
        rng = DateRange(
            _dt(ctx.published),
            _dt(ctx.published) + timedelta(days=1),
            Precision.DAY,
            approximate=True,
        )
    return Reading(
        DATE, value, "a vague reference to " + value.split("_")[0].lower() + " time", None, rng
    )


# silence unused-import linters for helpers re-exported for rule authors
_ = (Tense, add_months)
