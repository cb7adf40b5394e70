"""Day words: "yesterday", "tonight", "overnight", "the day before", "the day after
the vote", "this time last year", "the night before", "mid-afternoon Friday".

Each is a day counted from publication or from a day the story named; "the day before the
accident" looks back for the day the accident was named with.
"""

from __future__ import annotations

import re
from datetime import date

from explorer.parse.timex import grammar as g
from explorer.parse.timex.calendar import add_days, day_iso, pretty_day, shift_date
from explorer.parse.timex.day_choice import weekday_date
from explorer.parse.timex.quote_day import quote_day
from explorer.parse.timex.reading import DATE, TIME, Context, Reading, month_named_since
from explorer.parse.timex.resolve import Tense
from explorer.parse.timex.words import _SENTENCE_BREAK, _low, _pod_value, _weekday

# "overnight" is the night itself only where it ends a clause or leads a prepositional
# phrase ("fighting raged overnight in the city"), not as an adjective ("an overnight stay").
_OVERNIGHT_NOUN_BEFORE = re.compile(r"\b(?:an?|the|his|her|their|its|our|my)\s+$", re.IGNORECASE)
# How far back a night named may be for "overnight" to be that night (about two sentences).
_OVERNIGHT_REACH = 400
_SMALL_HOURS = 6  # a clock time before this hour is in the night before its day
# A sentence's end (not an abbreviated month's full stop: "on Dec. 2, draining").
_NEW_SENTENCE = re.compile(r"[.!?][\"”’']?\s+[A-Z\"“]|\n")
_OVERNIGHT_END = re.compile(
    r"\s*(?:[.,;:)!?\"”]|$)|\s+(?:in|on|at|to|from|and|as|after|before|when|while|with|near|"
    r"into|across|around|inside|outside|by|amid|along|against|that|Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday)\b"
)


# "overnight into Thursday", "overnight into early Sunday": the night before that day.
_INTO_DAY = re.compile(
    r"\s+into\s+(?:early\s+)?(?P<wd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b"
)


def _overnight(m: re.Match[str], ctx: Context) -> Reading | None:
    if _OVERNIGHT_NOUN_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start()):
        return None
    night: date | None = None
    if m.group("w_onday"):
        d, why = weekday_date(
            _weekday(m.group("w_onday")), ctx.published, ctx.tense(m.start(), m.end())
        )
    else:
        if not _OVERNIGHT_END.match(ctx.text, m.end()):
            return None
        into = _INTO_DAY.match(ctx.text, m.end()) if ctx.text.startswith(" into", m.end()) else None
        if into is None and ctx.text.startswith(" into a ", m.end()):
            return None  # "talks that ran overnight into a Sunday morning": a night of a story
        if into is not None:
            # "snow overnight into Thursday": the night that ends on that day (the day read
            # as a weekday of the sentence is)
            day, why = weekday_date(
                _weekday(into.group("wd")), ctx.published, ctx.tense(into.start(), into.end())
            )
            d = add_days(day, -1) if day is not None else None
            why = f"the night into {into.group('wd')} ({why})"
        elif ctx.tense(m.start(), m.end()) is Tense.FUTURE:
            d, why = ctx.published, "the coming night (future tense)"
        elif (
            ctx.day_night
            and ctx.last_day is not None
            and ctx.last_day < ctx.published
            and 0 <= m.start() - ctx.day_at <= _OVERNIGHT_REACH
        ):  # "The quake hit at 11:42 p.m. ... tremors were recorded overnight"
            d, why = ctx.last_day, "the night just named"
        elif (
            ctx.last_day is not None
            and ctx.last_day < ctx.published
            and 0 <= m.start() - ctx.day_at <= _OVERNIGHT_REACH
            and ctx.text[max(0, ctx.day_at - 3) : ctx.day_at].lower() == "on "
            and not ctx.day_reported  # ("said on Tuesday morning that ... overnight")
            and _NEW_SENTENCE.search(ctx.text, ctx.day_at, m.start()) is None
        ):
            # "The gate failed shortly after 3 a.m. on Dec. 2, draining the stretch above
            # it overnight": the night of the day its sentence named with "on" (the one
            # that day's small hours end, after a clock time before 6 a.m. on it; not a day
            # after "since": "a wildfire that has burned since Christmas Eve jumped
            # containment lines overnight" is last night)
            d, why = ctx.last_day, "the night of the day named in its sentence"
            clock = ctx.last_clock
            if clock is not None and clock[2].date() == d and clock[2].hour < _SMALL_HOURS:
                night = add_days(d, -1)  # (the story stays on the day: "that morning")
        else:
            d = add_days(ctx.published, -1)
            why = "the night before publication"
    if d is None:
        return None
    ctx.note_day(d)
    return Reading(TIME, _pod_value(night or d, "night"), f"overnight: {why}")


def _day_relative(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "The day before, ...": a day from the last date mentioned (else publication)."""
    off = -1 if _low(m.group("w_rel")) in ("before", "earlier") else 1
    later = month_named_since(ctx)
    if later is not None:
        # "on Sept. 12, 2018. Two months later, Apple cut its forecast. Its shares fell the
        # next day": a day of the month the story moved on to, not after Sept. 12
        why = "a day by an event of the month named after the last day"
        return Reading(DATE, f"{later[0]:04d}-{later[1]:02d}", why)
    anchor = ctx.last_day or ctx.published
    name = "the last date mentioned" if ctx.last_day else "publication"
    d = add_days(anchor, off)
    if d is None:
        return None
    ctx.note_day(d)
    return Reading(DATE, day_iso(d), f"{off:+d} day from {name} ({pretty_day(anchor)})")


_EVENT_NOUN = re.compile(r"\s+(?:before|after)\s+(?:the|his|her|their|its)\s+(?P<w>[a-z]+)")
# "the eve of the vote": the day before it.
_EVE_NOUN = re.compile(r"\s+of\s+(?:the|his|her|their|its)\s+(?P<w>[a-z]+)")
# A day just named, then its description: "Saturday, the day before the vote".
_APPOSED_AFTER_DAY = re.compile(r"(?:day|\d),\s+$")
_LEAD_CHARS = 600  # the opening, whose first day is the story's event
_LEAD_DAYS = 7  # ... if no more than this before publication


def _day_of_event(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "the day before the accident", "the day after the vote", "the eve of the vote": a
    day from the event's,
    which is the day named in the last earlier sentence that speaks of it ("Sunday's
    vote"), else, for an event a story is about (``STORY_EVENTS``), the first day of the
    story's opening; None if neither is known."""
    eve = m.group("w_eve") is not None
    noun = (_EVE_NOUN if eve else _EVENT_NOUN).match(ctx.text, m.end())
    if noun is None:
        return None
    last = ctx.last_day
    if (
        last is not None
        and 0 <= m.start() - ctx.day_at <= 40
        and _APPOSED_AFTER_DAY.search(ctx.text, max(0, m.start() - 6), m.start())
    ):
        # "on Saturday, the day before the vote": the day just named, described
        ctx.note_day(last)
        return Reading(DATE, day_iso(last), f"the day just named ({pretty_day(last)}), described")
    if ctx.text[max(0, m.start() - 3) : m.start()].lower() == "to ":
        return None  # "35 years to the day after the disaster": exactly that many years
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
    off = -1 if eve or m.group("w_ab").lower() == "before" else 1
    d = add_days(anchor, off)
    if d is None:
        return None
    ctx.note_day(d)
    return Reading(DATE, day_iso(d), f"{off:+d} day from {why} ({pretty_day(anchor)})")


_OF_EVENT = re.compile(r"\s+of\s+(?:the|his|her|their|its)\s+(?P<w>[a-z]+)\b")


def _part_of_event_day(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "On the night of the killing": the day of an event the story is about (``STORY_EVENTS``,
    or any noun the story named with a day), and the part of it. The story that said "on
    the night of Oct. 3, 2023" first means that night again; else the day named with the
    event's noun, else the first day of the story's opening."""
    noun = _OF_EVENT.match(ctx.text, m.end())
    if noun is None:
        return None
    word, pod = noun.group("w"), _low(m.group("w_of"))
    lead = f"the {pod} of "
    said = [d for at, d in ctx.days if ctx.text[max(0, at - len(lead)) : at].lower() == lead]
    anchor: date | None
    if said and word in g.STORY_EVENTS:
        # "on the night of Oct. 3, 2023 ... On the night of the killing": that night again
        anchor, why = said[-1], f"the {pod} of a date named earlier"
    else:
        anchor, why = _day_where_named(word, m.start(), ctx), f"the day of the {word} named earlier"
    if anchor is None and word in g.STORY_EVENTS:
        pub = ctx.published
        days = [d for at, d in ctx.days if at < _LEAD_CHARS and 0 <= (pub - d).days <= _LEAD_DAYS]
        anchor = min(days) if days else None
        why = f"the first day of the story's opening, its {word}"
    if anchor is None:
        return None
    ctx.note_day(anchor)
    if pod == "day":
        return Reading(DATE, day_iso(anchor), f"{why} ({pretty_day(anchor)})")
    return Reading(TIME, _pod_value(anchor, pod), f"{why} ({pretty_day(anchor)})")


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
    if m.group("w_an") or m.group("w_eve"):
        return _day_of_event(m, ctx)
    if m.group("w_of"):
        return _part_of_event_day(m, ctx)
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
    said = quote_day(ctx.text, m.start(), ctx.published)
    anchor = ctx.published if said is None else said
    told = "publication" if said is None else f"the day it was said on, {pretty_day(said)}"
    if m.group("w_ba"):
        off = -2 if "before" in m.group("w_ba").lower() else 2
        d = add_days(anchor, off)
        if d is None:
            return None
        ctx.note_day(d)
        return Reading(DATE, day_iso(d), f"{off:+d} days from {told}")
    w = _low(m.group("w_w"))
    if m.group("w_w") == "Today" and _TITLE_TODAY.search(
        ctx.text, max(0, m.start() - 5), m.end() + 12
    ):
        return None  # "BBC Radio 4's Today programme", "USA Today": a title, no day
    if w != "tonight" and not m.group("w_pod") and _generic_day(m, ctx.text):
        value = {"yesterday": "PAST_REF", "today": "PRESENT_REF"}.get(w, "FUTURE_REF")
        why = f"{w}: rhetoric, not a day ('yesterday, today and tomorrow', '... every day')"
        return Reading(DATE, value, why)
    d = add_days(anchor, g.DAY_WORDS[w])
    if d is None:
        return None
    ctx.note_day(d)
    pod = _low(m.group("w_pod"))
    why = f"{w}: {g.DAY_WORDS[w]:+d} day(s) from {told} ({pretty_day(anchor)})"
    if w == "tonight":
        return Reading(TIME, _pod_value(d, "night"), why)
    if pod:
        return Reading(TIME, _pod_value(d, pod), why)
    return Reading(DATE, day_iso(d), why)


# "Today" as (part of) a title: a programme's or a newspaper's.
_TITLE_TODAY = re.compile(r"(?:[’']s |USA )Today\b|\bToday (?:programme|program|show|newspaper)\b")
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
