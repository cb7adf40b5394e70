"""Holidays and feasts: "Christmas", "Easter Monday last year", "the Friday before
Thanksgiving", "Ramadan", "Remembrance Sunday" (the year of each by tense, the story and
the words around it)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, timedelta

from explorer.model import DateRange, Precision
from explorer.parse.timex import grammar as g
from explorer.parse.timex.calendar import (
    add_days,
    day_iso,
    easter_sunday,
    iso_week,
    nth_weekday,
    orthodox_easter,
    pretty_day,
    safe_date,
    weekday_on_or_after,
    weekday_on_or_before,
)
from explorer.parse.timex.date_names import is_name_not_date
from explorer.parse.timex.deictic import year_pointed_back
from explorer.parse.timex.headline_feast import headline_feast_year
from explorer.parse.timex.holiday_stretch import stretch_by_holiday
from explorer.parse.timex.lunar import lunar_day, ramadan_end
from explorer.parse.timex.months_years import year_before_in_sentence
from explorer.parse.timex.named_dates import _LIKE_BEFORE
from explorer.parse.timex.reading import DATE, Context, Reading
from explorer.parse.timex.resolve import Tense
from explorer.parse.timex.story import (
    _flashback_year,
)
from explorer.parse.timex.words import (
    _low,
    _month,
    _weekday,
    number,
)

_WORD_AFTER = re.compile(r"\s+(?P<w>[a-z]+)\b")


# A Capitalised word right before a holiday that is also a surname ("Tariq Ramadan"), other
# than a preposition or a determiner that may open a sentence ("During Ramadan").
_NAME_WORD_BEFORE = re.compile(
    r"\b(?!(?:During|Before|After|Since|Until|Through|Throughout|In|Of|For"
    r"|By|The|This|Last|Next|Holy|Each|Every|From|Like|Unlike|Ahead|Around|Near|With)\b)"
    r"[A-Z][a-z]+ $"
)
# A holiday's own day told right after it: "is celebrated on Nov. 4".
_KEPT_ON = re.compile(
    r"\s+(?:is|are)\s+(?:celebrated|marked|observed|kept|commemorated)\s+(?:each\s+year\s+)?"
    r"on\s+(?P<mon>[A-Z][a-z]{2,8})\.?\s+(?P<d>[0-3]?\d)\b"
)


def rule_holiday(m: re.Match[str], ctx: Context) -> Reading | None:
    name = _low(m.group("h_n"))
    det = _low(m.group("h_det"))
    if not det and is_name_not_date(ctx.text, m.start("h_n"), weekday=False):
        return None  # "the blockbuster Independence Day": a film
    if name == "ramadan" and _NAME_WORD_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start()):
        return None  # "Tariq Ramadan", "Taha Yassin Ramadan": a surname
    thing = None if m.group("h_y") else _WORD_AFTER.match(ctx.text, m.end())
    if thing is not None and thing.group("w") in g.HOLIDAY_THINGS:
        return None  # "its first Christmas market": a kind of thing, not the day

    def on(y: int) -> date | None:
        if name in g.EASTER_WEEKS:  # its Monday: the week is past once it has begun
            easter = easter_sunday(y)
            return add_days(easter, -6) if easter else None
        if name in g.ORTHODOX_EASTER_HOLIDAYS:
            easter = orthodox_easter(y)
            return add_days(easter, g.ORTHODOX_EASTER_HOLIDAYS[name]) if easter else None
        if name in g.LUNAR_HOLIDAYS:  # "Lunar New Year", "Ramadan": from the tables
            return lunar_day(g.LUNAR_HOLIDAYS[name], y)
        if name in g.EASTER_HOLIDAYS:
            easter = easter_sunday(y)
            return add_days(easter, g.EASTER_HOLIDAYS[name]) if easter else None
        if name in g.HOLIDAYS:
            mo, d = g.HOLIDAYS[name]
            return safe_date(y, mo, d)
        if name in g.HOLIDAY_DAYS_AFTER:  # "Black Friday": the day after Thanksgiving
            base, after = g.HOLIDAY_DAYS_AFTER[name]
            mo, wd, nth = g.HOLIDAY_RULES[base]
            day = nth_weekday(y, mo, wd, nth)
            return add_days(day, after) if day else None
        mo, wd, nth = g.HOLIDAY_RULES[name]
        return nth_weekday(y, mo, wd, nth)

    kept = None if m.group("h_y") else _KEPT_ON.match(ctx.text, m.end())
    if kept is not None and (month := _month(kept.group("mon"))):
        this = on(ctx.published.year)
        day = int(kept.group("d"))
        if this is None or (this.month, this.day) != (month, day):
            # "Independence Day is celebrated on Nov. 4": a country's own day, as the text
            # says, every year (not the U.S. one)
            value = f"XXXX-{month:02d}-{day:02d}"
            return Reading(DATE, value, "a holiday kept on another day, as the text says")
    if not m.group("h_y") and _LIKE_BEFORE.search(ctx.text, max(0, m.start() - 10), m.start()):
        # '"It was like the Fourth of July"': a likeness, no day of anything (nor the day
        # a clock time after it is on)
        this = on(ctx.published.year)
        value = "XXXX-XX-XX" if this is None else f"XXXX-{this.month:02d}-{this.day:02d}"
        return Reading(DATE, value, "a holiday in a likeness ('like Christmas'): no one day")
    if name == "election day" and not det and not m.group("h_y"):
        held = _election_day_named(m, ctx)
        if held is not None:
            # "Sunday's general election ... cast their ballots before Election Day": the
            # day the story's election was named on (not the U.S. one)
            ctx.note_day(held)
            return Reading(DATE, day_iso(held), "the day of the election the story named")
    rel = None if m.group("h_y") or det else _YEAR_WORD_AFTER.match(ctx.text, m.end())
    word = "" if rel is None else " ".join(rel.group("d").lower().split()).removeprefix("of ")
    pointed = year_pointed_back(ctx, m, word) if word in _BACK_WORDS else None
    end = None
    if m.group("h_y"):
        y, why = int(m.group("h_y")), "year as written"
    elif pointed is not None and rel is not None and rel.group("which") is None:
        # "since Christmas that year": the year the words after it point back at
        y, why, end = pointed, f"{word} year, relative to the last period mentioned", rel.end()
    elif rel is not None and word not in _BACK_WORDS:
        # "on Easter Monday last year": one expression, that year's
        shift = {"last": -1, "next": 1}.get(rel.group("d").lower(), 0)
        y, why = ctx.published.year + shift, f"{rel.group('d').lower()} year"
        end = rel.end() if rel.group("which") is None else m.end()
    else:
        this = on(ctx.published.year)
        if this is None:
            return None
        tense = ctx.tense(m.start(), m.end())
        # the next one (New Year's Day, in late December, is next year's)
        ahead = this if this >= ctx.published else on(ctx.published.year + 1)
        soon = ahead is not None and ahead <= ctx.published + _SOON
        if (
            not det
            and tense is not Tense.FUTURE
            and soon
            and _FOR_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start())
        ):
            # "Millions travelled for Thanksgiving", "Bookings for Christmas Eve are up 6% on
            # last year", in the weeks before it: the holiday ahead, whatever the tense
            tense = Tense.FUTURE
        elif not det and tense is not Tense.FUTURE and _booked_for(m, ctx, this, on):
            # "Bookings to the Middle East for the end of Ramadan were also higher", in
            # November: what is booked is the one to come, not the one months gone
            tense = Tense.FUTURE
        elif not det and tense is not Tense.FUTURE and soon and _present_of_its_own(ctx.text, m):
            # "The day after tomorrow is Christmas Eve, and we saw the plan on Monday",
            # "Cyber Monday, Nov. 30, is expected to ...": its own verb's present, the one ahead
            tense = Tense.FUTURE
        elif not det and tense is not Tense.FUTURE and _outlook_before_feast(ctx.text, m):
            # "A ruling before the Easter vacation, which begins on April 1, is unlikely,
            # lawyers said": what is (un)likely before a feast is before the coming one
            tense = Tense.FUTURE
        y, why = ctx.published.year, "publication year"
        back = _flashback_year(ctx) if not det and tense is Tense.PAST else None
        if back is not None:
            y, month = back
            first = on(y)
            if first is not None and (first.month, first.day) < (month, 1):
                y += 1  # the first such holiday from the time the story went back to
            why = f"the first one after the past the story tells of ({back[0]:04d})"
        elif (
            not det
            and tense is not Tense.FUTURE
            and (same := year_before_in_sentence(m.start(), ctx))
        ):
            # "this year Easter Sunday falls on April 5, and Orthodox Easter a week later"
            y, why = same, f"the year named earlier in the sentence ({same})"
        elif (det == "last" or (not det and tense is Tense.PAST)) and this > ctx.published:
            y, why = y - 1, "the last one before publication"
        elif (det == "next" or (not det and tense is Tense.FUTURE)) and this < ctx.published:
            y, why = y + 1, "the next one after publication"
        elif (
            not det
            and tense is Tense.NONE
            and (this - ctx.published).days > _FAR_AHEAD
            and not _present_of_its_own(ctx.text, m)
        ):
            before = on(y - 1)
            if before is not None and 0 <= (ctx.published - before).days <= _JUST_GONE:
                # "Cyber Monday set a record", told on Jan. 2: the one a month gone, not the
                # one eleven months ahead
                y, why = y - 1, "the one just gone (no tense; the next is far ahead)"
        if not det and (hl := headline_feast_year(ctx.text, m.start(), on, ctx.published)):
            # "pilots strike over Easter weekend" (headline, April 1): the Easter four days on
            y, why = hl, "a headline's feast with no past: the one nearest publication"
    around = None if det else _WEEKDAY_AROUND.search(ctx.text, max(0, m.start() - 34), m.start())
    apposed = _apposed(around, ctx) if around is not None else None
    if apposed is not None and not m.group("h_y") and rel is None:
        # "Super Saturday, the last Saturday before Christmas": the holiday of the day it
        # describes, whatever the tense around ("said" after it)
        after = on(apposed.year)
        if around is not None and around.group("ab").lower() == "before":
            y = apposed.year if after is not None and after >= apposed else apposed.year + 1
        else:
            y = apposed.year if after is not None and after <= apposed else apposed.year - 1
        why = f"of the day just named, {pretty_day(apposed)}"
    d = on(y)
    if d is None:
        return None
    if around is not None and name not in g.EASTER_WEEKS:
        # "the Sunday after Thanksgiving", "the Friday before Christmas": one day
        ab = around.group("ab").lower()
        by_day = _weekday_by_holiday(d, _weekday(around.group("wd")), ab)
        if by_day is None:
            return None
        ctx.note_day(by_day)
        why_day = f"the {around.group('wd')} {ab} {m.group('h_n')} ({why})"
        if around.group("wd1") is None:
            return Reading(DATE, day_iso(by_day), why_day, start=around.start(), end=end)
        first = _weekday_by_holiday(d, _weekday(around.group("wd1")), ab)
        if first is None:
            return None
        second_end = m.end() if end is None else end
        second = Reading(DATE, day_iso(by_day), why_day, start=around.start("wd"), end=second_end)
        why_first = f"the {around.group('wd1')} {ab} {m.group('h_n')} ({why})"
        return Reading(
            DATE,
            day_iso(first),
            why_first,
            start=around.start(),
            end=around.end("wd1"),
            also=second,
        )
    near = None if det or around is not None else stretch_by_holiday(m, ctx, d, why, end)
    if near is not None:  # "the last weekend before Christmas", "the two weeks before Easter"
        return near
    days = (
        None
        if det or around is not None
        else _DAYS_AROUND.search(ctx.text, max(0, m.start() - 24), m.start())
    )
    if days is not None and name not in g.EASTER_WEEKS and g.LUNAR_HOLIDAYS.get(name) != "ramadan":
        # "the day before Thanksgiving", "two days after Christmas": one day, counted from it
        n = 1 if days.group("the") else number(days.group("n"))
        if n is None:
            return None
        off = int(n) if days.group("ab").lower() == "after" else -int(n)
        d = add_days(d, off)
        if d is None:
            return None
        ctx.note_day(d)
        why = f"{off:+d} day(s) from {m.group('h_n')} ({why})"
        return Reading(DATE, day_iso(d), why, start=days.start(), end=end)
    ctx.note_day(d)
    last = ramadan_end(d) if g.LUNAR_HOLIDAYS.get(name) == "ramadan" else None
    if last is not None:  # a month: its year, and its days on the timeline
        first = datetime(d.year, d.month, d.day)
        span = DateRange(first, first + timedelta(days=(last - d).days + 1), Precision.DAY)
        why = f"Ramadan {d.year}, {d.isoformat()} to {last.isoformat()} ({why})"
        return Reading(DATE, f"{d.year:04d}", why, None, span, end=end)
    if name in g.EASTER_WEEKS:
        return Reading(DATE, iso_week(d), f"the week ending on Easter Sunday ({why})", end=end)
    return Reading(DATE, day_iso(d), why, end=end)


# A day named as an election's: "Sunday's general election", "the election on Nov. 29".
_ELECTION_DAY_NAMED = re.compile(
    r"(?P<wd>\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)['’]s\s+(?:[a-z-]+\s+){0,2}"
    r"(?:election|elections|vote|polls|ballot)\b"
    r"|\b(?:election|elections|vote)\s+(?:was\s+|is\s+)?(?:held\s+)?on\s+(?P<on>[A-Z])"
)


def _election_day_named(m: re.Match[str], ctx: Context) -> date | None:
    """The day of the election a story named before "Election Day" ("Sunday's general
    election"), from the days read so far; None if it named none (the U.S. one, then)."""
    lo = m.start() - 3000 if m.start() > 3000 else 0
    if "lection" not in ctx.text[lo : m.start()] and "vote" not in ctx.text[lo : m.start()]:
        return None  # (cheap pre-test)
    at = {start: d for start, d in ctx.days}
    for e in _ELECTION_DAY_NAMED.finditer(ctx.text, lo, m.start()):
        where = e.start("wd") if e.group("wd") else e.start("on")
        if where in at:
            return at[where]
    return None


# "the Sunday after Thanksgiving", "the Friday before Christmas": a day by the holiday
# ("the last Saturday before Christmas" is the same day).
_WEEKDAY_AROUND = re.compile(
    r"\b[Tt]he\s+(?:(?:last|first|final)\s+)?"
    # ("the Friday and Sunday before Christmas": two days)
    r"(?:(?P<wd1>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+(?:and|or)\s+)?"
    r"(?P<wd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+(?P<ab>after|before)\s+$"
)


def _weekday_by_holiday(d: date, wd: int, ab: str) -> date | None:
    """The weekday ``wd`` right after (``ab``) or before the holiday on ``d``."""
    if ab == "after":
        nxt = add_days(d, 1)
        return nxt and weekday_on_or_after(nxt, wd)
    prev = add_days(d, -1)
    return prev and weekday_on_or_before(prev, wd)


_FAR_AHEAD = 300  # days: a holiday this far ahead of publication, told with no tense ...
_JUST_GONE = 45  # ... is the one this many days or fewer before it


# "the day before Thanksgiving", "two days after Christmas": a day counted from a holiday.
_DAYS_AROUND = re.compile(
    r"\b(?:(?P<the>[Tt]he\s+day)|(?P<n>\d|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix)\s+days)"
    r"\s+(?P<ab>before|after)\s+$"
)
_APPOSED_GAP = re.compile(r"(?:[A-Za-z]*day|\b\d{1,2}),\s+$")
# A holiday's own present: the verb before it ("is Christmas Eve") or after it, perhaps
# after its day in apposition ("Cyber Monday, Nov. 30, is expected").
_PRESENT_BEFORE = re.compile(r"\b(?:is|are)\s+$")
_PRESENT_AFTER = re.compile(
    r"(?:,\s+[A-Z][a-z]{2,4}\.?\s+\d{1,2},)?\s+(?:is|are|will|falls|begins|starts)\b"
)


# A thing before a feast (its noun perhaps after it, an aside perhaps set off by commas)
# judged in the present: "A ruling before Easter is unlikely", "a deal before the Christmas
# break, which starts on Dec. 19, is possible".
_UNTIL_BEFORE = re.compile(r"\b(?:before|by|until|ahead\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
_OUTLOOK_AFTER = re.compile(
    r"(?:\s+[a-z]+)?(?:,\s+(?:which|when)\s[^,.;!?]{0,60},)?\s+(?:is|are)\s+(?:\w+ly\s+)?"
    r"(?:unlikely|likely|possible|impossible|expected|doubtful|in\s+doubt|planned|due"
    r"|needed|vital|essential|the\s+goal|the\s+aim)\b"
)


def _outlook_before_feast(text: str, m: re.Match[str]) -> bool:
    """Whether the holiday at ``m`` is what something is judged to come before, in the
    present (``_UNTIL_BEFORE``, ``_OUTLOOK_AFTER``)."""
    return (
        _UNTIL_BEFORE.search(text, max(0, m.start() - 14), m.start()) is not None
        and _OUTLOOK_AFTER.match(text, m.end()) is not None
    )


def _present_of_its_own(text: str, m: re.Match[str]) -> bool:
    """Whether the holiday at ``m`` is the subject or complement of a present verb next to
    it (``_PRESENT_BEFORE``, ``_PRESENT_AFTER``)."""
    return (
        _PRESENT_BEFORE.search(text, max(0, m.start() - 5), m.start()) is not None
        or _PRESENT_AFTER.match(text, m.end()) is not None
    )


def _apposed(around: re.Match[str], ctx: Context) -> date | None:
    """The day of the same weekday just named that "the Saturday before Christmas" at
    ``around`` stands in apposition to ("Super Saturday, the last Saturday ...", "Dec. 28,
    the Monday after Christmas"); else
    None. (A rule may have read "the last Saturday" since: the day named before it.)"""
    for at, day in reversed(ctx.days[-3:]):
        if at >= around.start():
            continue
        if (
            day.weekday() == _weekday(around.group("wd"))
            and around.start() - at <= 16
            and _APPOSED_GAP.search(ctx.text, at, around.start()) is not None
        ):
            return day
        return None
    return None


# "Easter Monday last year", "Christmas next year": the holiday of that year.
_BACK_WORDS = frozenset({"that", "the same", "the following", "the previous"})
_YEAR_WORD_AFTER = re.compile(
    # (or in a clause right after it: "Easter, which comes late next year")
    r"(?P<which>,\s+which\s+(?:comes|falls|is|begins|starts|will\s+(?:come|fall|be|begin|start))"
    r"(?:\s+(?:early|late))?)?\s+(?P<d>last|next|this|(?:of\s+)?(?:that|the\s+same"
    r"|the\s+following|the\s+previous))\s+year\b(?!['’])",
    re.IGNORECASE,
)
# What is done "for" a holiday, or "ahead of" it, in the weeks before it is for the one ahead.
_FOR_BEFORE = re.compile(r"\b(?:for|ahead\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
_SOON = timedelta(days=45)
# Bookings, tickets or fares "for" a holiday (its start or end): what is booked is ahead.
_BOOKED_FOR_BEFORE = re.compile(
    r"\b(?:bookings?|booked|reservations?|tickets?|fares?)\b[^.;!?]{0,50}?\bfor\s+"
    r"(?:the\s+(?:end|start|beginning)\s+of\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)


def _booked_for(
    m: re.Match[str], ctx: Context, this: date, on: Callable[[int], date | None]
) -> bool:
    """Whether the holiday at ``m`` is what bookings are for (``_BOOKED_FOR_BEFORE``) and
    its last one (``this`` is this year's) is more than ``_SOON`` before publication: the
    next one is meant ("Bookings for Christmas were strong", in early January, may be the
    one just gone)."""
    pub = ctx.published
    before = ctx.text[max(0, m.start() - 90) : m.start()]
    if "for" not in before or _BOOKED_FOR_BEFORE.search(before) is None:
        return False
    last = this if this <= pub else on(pub.year - 1)
    return last is not None and pub - last > _SOON
