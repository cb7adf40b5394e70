"""Weekdays: "Friday", "on Tuesday last week", "the second Sunday of May".

A weekday alone is the one before or after publication by the tense around it, and much
of this module is cues that overrule that tense: a schedule ("The vote is on Sunday"), a
deadline ("ordered him to leave by Friday"), "ahead of Sunday's vote", a mishap "after
injuring his ankle on Saturday", a day gone before a deadline set on it.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from explorer.parse.timex import grammar as g
from explorer.parse.timex.calendar import (
    add_days,
    day_iso,
    nth_weekday,
    pretty_day,
    weekday_on_or_after,
    weekday_on_or_before,
)
from explorer.parse.timex.compared_back import compared_back
from explorer.parse.timex.date_names import is_name_not_date
from explorer.parse.timex.day_choice import weekday_date, year_for_day
from explorer.parse.timex.earliest_day import earliest_to_come
from explorer.parse.timex.every_weekday_pair import every_weekday_pair
from explorer.parse.timex.habit_pair import habit_pair_first, habit_pair_second
from explorer.parse.timex.monthly_weekday import monthly_weekday, nth_weekday_of_the_month
from explorer.parse.timex.months_years import _OTHER_DATE, _year_in_sentence
from explorer.parse.timex.reading import DATE, SET, TIME, Context, Reading
from explorer.parse.timex.resolve import Tense
from explorer.parse.timex.week_idioms import weekday_a_week_on, weekday_of_week_named
from explorer.parse.timex.weekday_ahead import (
    CLAUSE_TO_COME,
    booked_after,
    called_for,
    lasting_through,
    participle_to_come,
    present_after_opening_day,
)
from explorer.parse.timex.weekday_by import closest_to_a_day, read_with_a_holiday
from explorer.parse.timex.weekday_dated import weekday_dated_before
from explorer.parse.timex.weekday_schedule import copula_before, told_as_schedule
from explorer.parse.timex.weekday_subject import subject_to_come
from explorer.parse.timex.weekday_surnames import weekday_is_surname
from explorer.parse.timex.words import (
    _SENTENCE_BREAK,
    _THE_BEFORE,
    _low,
    _month,
    _period_mod,
    _pod_value,
    _weekday,
)
from explorer.parse.timex.yearly_habit_day import told_yearly

# A market value fixed on a day ("the closing price on Wednesday", "Tuesday's close" is
# another rule): that day has passed, whatever the tense of the deal around it. "close"
# is that noun only after a determiner or a possessive, perhaps with one singular word
# between ("the stock's close on Tuesday", "the market close on Friday"): after a subject
# or a modal it is the verb of what is still to come ("Schools will close on Thursday",
# "the markets close on Friday").
_SETTLED_VALUE_BEFORE = re.compile(
    r"\b(?:(?:closing|opening|settlement|settling)\s+(?:share\s+|stock\s+)?"
    r"(?:prices?|levels?|values?|rates?|bid)"
    r"|(?:\b(?:the|a|its|their|his|her|this|that)|\w['’]s?)\s+(?:[\w-]*[^\Ws]\s+)?close)"
    r"\s+(?:on|of)\s+$",
    re.IGNORECASE,
)


# A noun with its day, then that noun's past verb: "a fire late on Thursday damaged".
_NOUN_BEFORE_DAY = re.compile(
    r"\b(?:a|an|the|its|their|his|her|this|that)\s+[a-z-]{3,}\s+(?:on\s+)?$"
)
_PAST_VERB_AFTER = re.compile(r"\s+(?:was|were|had|[a-z]{3,}ed)\b(?!\s+by\b)")


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


# "on Tuesday last week", "Monday afternoon next week", "Friday of this week", "on
# Thursday afternoon two weeks ago".
_WEEK_AFTER = re.compile(
    r"\s+(?:of\s+)?(?:(?P<d>last|next|this)\s+week"
    r"|(?P<n>a|one|two|three|four|five|six|[1-9])\s+weeks?\s+ago)(?!\w|['’])",
    re.IGNORECASE,
)
_WEEKS_BACK: Final = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# ... and after a range's second day: "Monday through Friday last week".
_RANGE_WEEK_AFTER = re.compile(
    r"\s*(?:-|–|\s(?:to|through|until|till|and)\s+(?:on\s+)?)(?:Mon|Tues|Wednes|Thurs|Fri"
    r"|Satur|Sun)day\s+(?:of\s+)?(?P<d>last|next|this)\s+week(?!\w|['’])",
    re.IGNORECASE,
)
# "a Monday", "one Saturday in October", "any Sunday": some day of that name, not the one
# next to publication.
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an|one|any|another)\s+$", re.IGNORECASE)
_NTH_OF_BEFORE = re.compile(r"\bthe\s+(?:first|second|third|last|final)\s+\Z", re.IGNORECASE)
_ATTRIBUTIVE_AFTER = re.compile(
    r"\s+(?!(?:in|of|at|on|when|after|before|that|and|or|but|as|while|last|this|with|by"
    r"|during|for|to|from|early|late|he|she|they|we|i|it|the|a|an|his|her|their|is|was"
    r"|are|were|will|would|could|has|had|can|may|might)\b)[a-z]"
)


_NEXT_WORD = re.compile(r"\s+(?P<w>[A-Za-z][a-z-]*)")
# "after Thanksgiving", "before Christmas" right after a weekday ("the Sunday after
# Thanksgiving" is read as one day by the holiday rule).
# ", a Monday", ", at 1 p.m. on Thursday": a weekday set beside the date right before it.
_BREAK_NOT_DAY = re.compile(r"[.!?][\"”’']?\s(?!\d)|\n")
_APPOSED_A = re.compile(r",\s+(?:an?|at\s+\d[\d:.]*\s*(?:a\.m\.|p\.m\.|am|pm)\s+on)\s+$")


def _weekday_of_date_before(m: re.Match[str], ctx: Context, wd: int) -> date | None:
    """The day named right before ", a <weekday>" when it falls on that weekday ("on May 14,
    a Thursday, the largest ..."); else None."""
    if m.group("k_pod") or m.group("k_pl") or m.group("k_pl2") or not ctx.days:
        return None
    a = _APPOSED_A.search(ctx.text, max(0, m.start() - 24), m.start())
    if a is None:
        return None
    at, day = ctx.days[-1]
    if day.weekday() != wd or not 0 < a.start() - at <= 24:
        return None
    if _BREAK_NOT_DAY.search(ctx.text, at, a.start()) is not None:
        return None  # (not the period of "Nov. 18, 2023, a Saturday")
    return day


_PAIRED = re.compile(r",?\s+(?:or|and)\s+$")


def _first_of_pair(m: re.Match[str], ctx: Context) -> date | None:
    """The day of the weekday right before "or"/"and" and this one ("Wednesday or
    Thursday"), if it was read just before; else None."""
    if not ctx.days:
        return None
    a = _PAIRED.search(ctx.text, max(0, m.start() - 6), m.start())
    if a is None:
        return None
    at, day = ctx.days[-1]
    w = _WEEKDAY_WORD.match(ctx.text, at)
    if w is None or a.start() != w.end():
        return None
    return day


_WEEKDAY_WORD = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")


# A weekday naming a kind of meal or of day out, after words that name no one day: "time for
# Sunday lunch", "a Sunday roast", "the Friday prayers" ("on Sunday lunch was late" is a day).
_KIND_AFTER = re.compile(r"\s+(?:lunch|lunches|dinner|dinners|roast|roasts|brunch|prayers)\b")
_KIND_BEFORE = re.compile(r"\b(?:for|a|the|of|no|their|his|her|our|my|your|family)\s+$", re.I)


# "on Saturday and |Sunday nights": two nights, the first a day just read; not a schedule
# ("on Monday and Tuesday nights from March 30", "... nights until June").
_PAIR_BEFORE = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+and\s+$")
_SCHEDULE_AFTER = re.compile(
    r"\s+(?:from|starting|beginning|until|till|through|in|each|every)\b", re.IGNORECASE
)


def _nights_of_a_pair(m: re.Match[str], ctx: Context, wd: int) -> Reading | None:
    """The night (or other part) of the weekday at ``m`` when it is the second of a pair
    after a weekday just read as a day ("flooding possible on Saturday and Sunday nights"),
    else None."""
    if ctx.last_day is None or not 0 <= m.start() - ctx.day_at <= _PAIR_REACH:
        return None
    if _PAIR_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start()) is None:
        return None
    if _SCHEDULE_AFTER.match(ctx.text, m.end()) is not None:
        return None
    if habit_pair_second(ctx.text, m.start(), m.end()):
        return None  # "... evenings, and at 3 p.m. on Saturdays": a habit's pair recurs
    nxt = add_days(ctx.last_day, 1)
    d = nxt and weekday_on_or_after(nxt, wd)
    if d is None:
        return None
    pod = g.PARTS_OF_DAY[_low(m.group("k_pod"))]
    why = f"the second of two days, after {pretty_day(ctx.last_day)}, its {m.group('k_pod')}"
    ctx.note_day(d)
    return Reading(TIME, f"{day_iso(d)}T{pod}", why, start=m.start("k_wd"))


_PAIR_REACH = 16  # characters from the first weekday of a pair to the second


# "the Sunday after it", "the Friday after that", "the Wednesday before": a weekday counted
# from the day named last (not "the Sunday after the election", nor "the Monday after next").
_AFTER_IT = re.compile(
    r"\s+(?P<dir>after|before)(?:\s+(?:it|that|this))?(?=[,.;:!?)\"”]|\s+(?:and|at|in|with)\s|$)"
)


def _weekday_from_day(m: re.Match[str], ctx: Context, wd: int) -> Reading | None:
    """ "on Saturday week and the Sunday after it": the first such weekday after (or
    before) the day named last; None for any other weekday."""
    at = m.start("k_wd")
    if ctx.last_day is None or m.group("k_pod") or ctx.text[at - 4 : at] != "the ":
        return None  # (cheap pre-test)
    rel = _AFTER_IT.match(ctx.text, m.end())
    if rel is None:
        return None
    after = rel.group("dir") == "after"
    near = add_days(ctx.last_day, 1 if after else -1)
    if near is None:
        return None
    d = weekday_on_or_after(near, wd) if after else weekday_on_or_before(near, wd)
    if d is None:
        return None
    why = f"the weekday {rel.group('dir')} the day named last ({pretty_day(ctx.last_day)})"
    return Reading(DATE, day_iso(d), why)


def rule_weekday(m: re.Match[str], ctx: Context) -> Reading | None:
    wd = _weekday(m.group("k_wd"))
    if wd < 0:
        return None
    if m.start("k_wd") == m.start() and (
        is_name_not_date(ctx.text, m.start(), weekday=True)
        or weekday_is_surname(ctx.text, m.start(), m.end("k_wd"))
    ):
        return None  # "Council member Ada Sunday", "the restaurant chain Tuesday's": names
    if not m.group("k_pod") and read_with_a_holiday(m, ctx.text):
        # "the Sunday after Thanksgiving", "the Friday and Sunday before Christmas": days
        # read with the holiday
        return None
    if not m.group("k_pod") and (r := monthly_weekday(ctx.text, m.start(), m.end(), wd)):
        return r  # "every month on the second Tuesday": a recurrence
    if not m.group("k_pod") and (r := every_weekday_pair(ctx.text, m.start(), wd)):
        return r  # "every Tuesday and Thursday": a recurrence
    if not m.group("k_pod"):
        nearest = closest_to_a_day(m, ctx, wd)
        if nearest is not None:  # "the Saturday closest to Jan. 31"
            return nearest
    if (
        not (m.group("k_pod") or m.group("k_pl"))
        and _KIND_AFTER.match(ctx.text, m.end())
        and _KIND_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())
    ):
        return None  # "still have time for Sunday lunch", "a Sunday roast": a kind of meal
    if not (m.group("k_pod") or m.group("k_pl")) and (
        r := habit_pair_first(ctx.text, m.start(), m.end(), wd)
    ):
        return r  # "on Tuesday and Wednesday evenings, ... on Saturdays": a recurrence
    pair = _nights_of_a_pair(m, ctx, wd) if m.group("k_pl2") else None
    if pair is not None:  # "on Saturday and Sunday nights": the second of two nights
        return pair
    if m.group("k_pl") or m.group("k_pl2"):  # "on Mondays", "Monday mornings": a recurrence
        pod = _low(m.group("k_pod"))
        value = f"XXXX-WXX-{wd + 1}" + (f"T{g.PARTS_OF_DAY[pod]}" if pod else "")
        return Reading(SET, value, "every week on this day (plural)", start=m.start("k_wd"))
    if not m.group("k_pod") and not m.group("k_pm"):
        on = weekday_a_week_on(m, ctx, wd)
        if on is not None:  # "Tuesday week", "a week on Friday": a week after the coming one
            return on
    counted = None if m.group("k_pm") else _weekday_from_day(m, ctx, wd)
    if counted is not None:
        return counted
    named = _weekday_of_date_before(m, ctx, wd)
    if named is not None:
        # "began on April 20, a Monday, and": the weekday of the date it is set beside
        return Reading(DATE, day_iso(named), "the weekday of the date set right before it")
    thing = _NEXT_WORD.match(ctx.text, m.end())
    if (
        (thing is not None and thing.group("w").lower() in g.WEEKLY_THINGS)
        or (
            _INDEFINITE_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())
            and not _ATTRIBUTIVE_AFTER.match(ctx.text, m.end())
        )
        # "the first Monday of last season": a weekday of a period, no day near publication
        or (
            ctx.text.startswith(" of ", m.end())
            and _NTH_OF_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start())
        )
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
    if tense is not Tense.FUTURE and (told_as_schedule(m, ctx)):
        # "The vote is on Sunday", "The final is Saturday, organisers said", "I fly out on
        # Wednesday": a schedule (the present right before outweighs an attribution's past)
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
    if tense is Tense.PAST and CLAUSE_TO_COME.search(ctx.text, max(0, m.start() - 60), m.start()):
        # "had little hope of containing it before the winds ease on Wednesday": a present
        # verb after "before", "until", "once" tells of a day still to come
        tense = Tense.FUTURE
    if tense is Tense.PAST and participle_to_come(ctx, m.start(), m.end()):
        tense = Tense.FUTURE  # "trains running at 1 a.m. on Sunday would wait"
    if tense is not Tense.FUTURE and (called_for(m, ctx) or lasting_through(m, ctx)):
        # "has declared a day of mourning for Wednesday", "issued a red flag warning
        # through Tuesday"
        tense = Tense.FUTURE
    if tense is not Tense.FUTURE and booked_after(m, ctx):
        # "trains on Thursday evening were already sold out", "Seats on Friday's flights
        # are fully booked": a state now of a day still to come
        tense = Tense.FUTURE
    if tense is not Tense.FUTURE and present_after_opening_day(m, ctx):
        # "After Friday the money goes back", "From Monday, shops open at nine": a day that
        # opens a sentence in the present is the one to come (the past of a "she said"
        # around it is the telling's)
        tense = Tense.FUTURE
    if tense is not Tense.FUTURE and earliest_to_come(ctx.text, m.start()):
        tense = Tense.FUTURE  # "said it would try again no earlier than Friday"
    if tense is not Tense.FUTURE and subject_to_come(m, ctx):
        # "said Sunday Mass would be held", '"Thursday night and Friday morning look
        # rough," she said': the day's own verb tells of it, not the telling's past
        tense = Tense.FUTURE
    if tense is not Tense.PAST and (
        _SETTLED_VALUE_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start())
        or compared_back(ctx.text, m.start())  # "down from 80 percent on Tuesday"
    ):
        tense = Tense.PAST  # "a premium to the closing price on Wednesday": a price known
    elif (
        tense is Tense.FUTURE
        and _PAST_VERB_AFTER.match(ctx.text, m.end())
        and _NOUN_BEFORE_DAY.search(ctx.text, max(0, m.start() - 30), m.start())
    ):
        # "will stay shut through next week after a fire late on Thursday damaged its main
        # unit": the day of a noun whose own verb, right after it, is past
        tense = Tense.PAST
    if r := weekday_dated_before(m, ctx, wd):
        return r  # '"Wednesday's replay suits us"' after "on Wednesday, Nov. 11"
    d, why = weekday_date(wd, ctx.published, tense)
    week = _WEEK_AFTER.match(ctx.text, m.end())
    # "Monday through Friday last week": the first day of a range takes the last's week
    ranged = _RANGE_WEEK_AFTER.match(ctx.text, m.end()) if week is None else None
    end = None
    named_week = week or ranged
    if named_week is not None:  # "on Tuesday last week": that week's Tuesday
        back = named_week.group("n") if week is not None else None
        if back is not None:  # "Thursday two weeks ago": that many weeks before this one
            weeks = _WEEKS_BACK.get(back.lower(), int(back) if back.isdigit() else 1)
            shift, which = -7 * weeks, f"the week {weeks} week(s) before publication's"
        else:
            which = named_week.group("d").lower()
            shift = {"last": -7, "next": 7}.get(which, 0)
            which += " week"
        monday = add_days(ctx.published, shift - ctx.published.weekday())
        d = monday and add_days(monday, wd)
        why = f"the {m.group('k_wd')} of {which}"
        why += f" (publication {pretty_day(ctx.published)})"
        end = week.end() if week is not None else None
    elif (
        d is not None
        and tense is Tense.FUTURE
        and (first := _first_of_pair(m, ctx)) is not None
        and d <= first
    ):
        # "possibly on Wednesday or Thursday", after next week's Wednesday: the Thursday
        # after it, not today
        after = add_days(first, 1)
        d = after and weekday_on_or_after(after, wd)
        why = f"the first {m.group('k_wd')} after the day it is paired with"
    elif d is not None and (same := _apposed_to_day(m, ctx, wd)) is not None:
        # "on Jan. 3, the Sunday before most schools reopen": the day just named, described
        d = same
        why = f"the day just named, which is a {m.group('k_wd')} (in apposition to it)"
    elif d is not None and wd >= 4 and (sat := _this_weekend_before(m, ctx)) is not None:
        # "postponed all of this weekend's matches, including Sunday's game": a day of the
        # weekend the sentence named, whatever the tense
        d = add_days(sat, wd - 5)
        why = f"the {m.group('k_wd')} of this weekend, named before it in the sentence"
    elif d is not None and tense is Tense.FUTURE and (told := _told_future_of(m, ctx, d)):
        # "said on Thursday ... Asked whether a deal would be reached by Friday", on the
        # Tuesday after: a future told in the past counts from the day of the telling
        d = add_days(told, 1)
        d = d and weekday_on_or_after(d, wd)
        why = f"the first {m.group('k_wd')} after the day it was said on (a future told then)"
    elif d is not None and _deadline_before_its_day(m, ctx, d):
        # "threatened on Sunday to publish the records if not paid by Friday": a deadline
        # comes after the day it was set
        assert ctx.last_day is not None
        after = add_days(ctx.last_day, 1)
        d = after and weekday_on_or_after(after, wd)
        why = f"the first {m.group('k_wd')} after the day named before it (a deadline)"
    elif d is not None and (in_week := weekday_of_week_named(m, ctx, wd)) is not None:
        # "a hearing for the week of March 15 ... to start on the Tuesday": that week's
        d, why = in_week, f"the {m.group('k_wd')} of the week named before ('the week of')"
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
    elif d is not None and (
        _AHEAD_OF.search(ctx.text, max(0, m.start() - 16), m.start()) or _ahead_of_on(m, ctx)
    ):
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
            d = weekday_on_or_after(ctx.published, wd)
            why = f"the next {m.group('k_wd')} on or after publication ('ahead of')"
        elif d < ctx.published and _ahead_of_on(m, ctx):
            # in the past, a thing "ahead of" which something happened, with its day after
            # it, is still to come from the day the past tells of (the news day or the day
            # before): "Oil slipped ahead of a meeting on Sunday", on a Friday, is the
            # coming Sunday (a day's possessive may be gone: "Stocks fell ahead of Monday's
            # jobs report", on a Wednesday)
            eve = add_days(ctx.published, -1)
            d = eve and weekday_on_or_after(eve, wd)
            why = f"the first {m.group('k_wd')} from the day before publication ('ahead of')"
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
    if not compared_back(ctx.text, m.start()):  # (a compared figure's day is no story's)
        ctx.note_day(d)
    mod = _period_mod(m.group("k_pm"))
    pod = _low(m.group("k_pod"))
    if pod:
        return Reading(TIME, _pod_value(d, pod), why, mod, end=end)
    return Reading(DATE, day_iso(d), why, mod, end=end)


_NTH: Final = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1,
               "final": -1}  # fmt: skip


_SUNDAY = 6
_ADVENT_SUNDAYS = 4
_REL_YEAR_AFTER = re.compile(r"\s+(?P<d>next|last|this)\s+year\b(?!['’])", re.IGNORECASE)


def _advent_sunday(y: int, _month: int, _wd: int, nth: int) -> date | None:
    """The ``nth`` Sunday of Advent in year ``y`` (the fourth is the last before Christmas)."""
    eve = date(y, 12, 24) if 1 <= y <= 9999 else None
    fourth = weekday_on_or_before(eve, _SUNDAY) if eve else None
    return add_days(fourth, -7 * (_ADVENT_SUNDAYS - nth)) if fourth else None


def rule_nth_weekday(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "the second Sunday of May", "the last Saturday in June 2027": that day of the month
    (not this week's Sunday and a month beside it). Without a year, the year a day of that
    month would have ("The final is on the last Saturday of May", in November: next May)."""
    if m.group("nw_tm"):  # "due on the second Tuesday of the month": this month's, or next
        return nth_weekday_of_the_month(
            m, ctx, _weekday(m.group("nw_wd")), _NTH[_low(m.group("nw_o"))]
        )
    month, wd = _month(m.group("nw_m")), _weekday(m.group("nw_wd"))
    nth = _NTH[_low(m.group("nw_o"))]
    advent = m.group("nw_m") == "Advent"
    day_of = _advent_sunday if advent else nth_weekday
    if advent:
        # "the first Sunday of Advent": the fourth Sunday before Christmas (Nov. 27 to
        # Dec. 3), the second to fourth after it
        if wd != _SUNDAY or not 1 <= nth <= _ADVENT_SUNDAYS:
            return None
        month = 12
    if not month or wd < 0:
        return None
    end = None
    if m.group("nw_y"):
        y, why = int(m.group("nw_y")), "year as written"
    elif told_yearly(ctx.text, m.start(), m.end()):  # "held on the last Saturday of January"
        return Reading(DATE, f"XXXX-{month:02d}", "a day of a yearly habit: no one year")
    else:
        near = day_of(ctx.published.year, month, wd, nth)
        if near is None:
            return None
        tense = ctx.tense(m.start(), m.end())
        if tense is not Tense.FUTURE and copula_before(m, ctx, 12):
            tense = Tense.FUTURE  # "The final is on the last Saturday of May": a schedule
        # ("The board met on the second Tuesday of October", on Oct. 2: last October's)
        gap = ctx.verb_gap(m.start(), m.end()) if tense is Tense.PAST else 1 << 30
        y, why = year_for_day(near.month, near.day, ctx.published, tense, gap)
        same = _year_in_sentence(m.start(), ctx, month) if tense is not Tense.FUTURE else None
        if same is not None:
            y, why = same, f"the year named earlier in the sentence ({same})"
        rel = _REL_YEAR_AFTER.match(ctx.text, m.end())
        if rel is not None:
            # "on the first Sunday of Advent next year": that year's (one expression)
            y = ctx.published.year + {"next": 1, "last": -1}.get(rel.group("d").lower(), 0)
            why, end = (
                f"{rel.group('d').lower()} year (publication {ctx.published.year})",
                rel.end(),
            )
    d = day_of(y, month, wd, nth)
    if d is None or (d.month != month and not advent):
        return None  # ("the fifth Monday of February": no such day)
    ctx.note_day(d)
    ctx.last_period = (y, month)
    name = f"{m.group('nw_o').lower()} {m.group('nw_wd')} of {m.group('nw_m')}"
    return Reading(DATE, day_iso(d), f"the {name} ({why})", end=end)


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
# ... or with what comes between it and the day ("ahead of a meeting of producers on
# Sunday"): a few words, none a verb or a clause's start.
_AHEAD_OF_ON = re.compile(
    r"\b(?:ahead\s+of|run-up\s+to|eve\s+of)\s+(?:(?!(?:was|were|had|has|is|are|which|that"
    r"|who|and|but|after|when)\b)[\w+&'’.-]+\s+){1,6}?on\s+$",
    re.IGNORECASE,
)


_THIS_WEEKEND = re.compile(r"\bthis\s+weekend\b(?P<rest>[^.;!?\n]*)$", re.IGNORECASE)


def _this_weekend_before(m: re.Match[str], ctx: Context) -> date | None:
    """The Saturday of "this weekend" named before a Friday, Saturday or Sunday in its
    sentence ("this weekend's matches, including Sunday's game"); None if none is."""
    lo = m.start() - 120 if m.start() > 120 else 0
    if "weekend" not in ctx.text[lo : m.start()].lower():
        return None  # (cheap pre-test)
    if _THIS_WEEKEND.search(ctx.text, lo, m.start()) is None:
        return None
    pub = ctx.published
    # this weekend: the coming one until Saturday, the one under way on Sunday
    return add_days(pub, 5 - pub.weekday()) if pub.weekday() < 6 else add_days(pub, -1)


def _ahead_of_on(m: re.Match[str], ctx: Context) -> bool:
    """Whether "on <weekday>" ends the thing a clause is "ahead of" ("ahead of a meeting of
    OPEC+ producers on Sunday")."""
    if ctx.text[max(0, m.start() - 3) : m.start()] != "on ":
        return False  # (cheap pre-test: "on" right before the day)
    lo = m.start() - 70 if m.start() > 70 else 0
    window = ctx.text[lo : m.start()]
    return ("ahead" in window or "run-up" in window or "eve of" in window) and (
        _AHEAD_OF_ON.search(ctx.text, lo, m.start()) is not None
    )


# A deadline's preposition right before a weekday: "paid by Friday", "extended until Monday".
_DEADLINE_BEFORE = re.compile(r"\b(?:by|until|till)\s+$", re.IGNORECASE)


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


# A future told in the past ("would", "was possible", "was due to"), with no present
# future ("will") beside it.
_BACKSHIFTED_FUTURE = re.compile(
    r"\b(?:would|(?:was|were)\s+(?:possible|likely|due|expected|going)|(?:was|were)\s+to"
    # "said on Thursday it planned to restart the unit on Friday"
    r"|(?:planned|intended|hoped|aimed|expected|promised|pledged|vowed|agreed|decided)\s+to"
    r"|(?:was|were)\s+(?:planning|hoping|preparing|scheduled|set)\s+to)\b",
    re.IGNORECASE,
)
_PRESENT_FUTURE = re.compile(r"\b(?:will|shall|is|are)\b|['’]ll\b", re.IGNORECASE)
_TELLING_REACH = 250  # characters from the day of the telling: its sentence or the next


def _told_future_of(m: re.Match[str], ctx: Context, d: date) -> date | None:
    """The day a future in the past was told on, when the weekday read from publication
    comes a week or more after it ("Mr Lee said on Thursday that talks were continuing.
    Asked whether a deal would be reached by Friday, ...", on a Tuesday: the Friday after
    that Thursday, not the coming one); else None."""
    last = ctx.last_day
    if (
        last is None
        or not ctx.day_reported
        or not 0 < (ctx.published - last).days < 7
        or (d - last).days < 7
        or not 0 <= m.start() - ctx.day_at <= _TELLING_REACH
    ):
        return None
    lo = ctx.day_at
    breaks = list(_SENTENCE_BREAK.finditer(ctx.text, lo, m.start()))
    if len(breaks) > 1:
        return None  # (the telling's own sentence or the next only)
    clause = ctx.text[breaks[-1].end() if breaks else lo : m.start()]
    if _BACKSHIFTED_FUTURE.search(clause) is None or _PRESENT_FUTURE.search(clause):
        return None
    return last


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


# "Jan. 3, the", "March 8, 2027, the": a month-day just named, then "the" and a weekday.
_DAY_THEN_THE = re.compile(r"[A-Z][a-z]{2,8}\.?\s+[0-3]?\d(?:,\s+\d{4})?,\s+the\s+$")


def _apposed_to_day(m: re.Match[str], ctx: Context, wd: int) -> date | None:
    """The day just named, when the weekday at ``m`` stands in apposition to it and is its
    weekday ("Jan. 3, the Sunday before most schools reopen"); else None."""
    last = ctx.last_day
    if last is None or last.weekday() != wd or not 0 < m.start() - ctx.day_at <= 30:
        return None
    hit = _DAY_THEN_THE.search(ctx.text, max(0, m.start() - 30), m.start())
    return last if hit is not None and hit.start() == ctx.day_at else None


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
