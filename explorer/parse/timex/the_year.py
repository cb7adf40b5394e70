"""The year and its parts named by words: "the end of the year", "this year", "the year ahead",
"a generation ago", "midweek", "the fiscal year" (a year under way, just ended or written
before it)."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from explorer.model import DateRange, Precision
from explorer.parse.timex.calendar import (
    iso_week,
    shift_date,
)
from explorer.parse.timex.game_periods import sentence_around
from explorer.parse.timex.quarters import _ENDED, _results_sentence
from explorer.parse.timex.reading import DATE, DURATION, Context, Reading
from explorer.parse.timex.resolve import Tense
from explorer.parse.timex.sentence_year import past_year_named as _past_year_named
from explorer.parse.timex.words import _low, _month, _period_mod

# A year written right before "the year", a comma between: "in 1961, the year ...".
_YEAR_APPOSED = re.compile(r"(?<![\w.,$€£])(?P<y>(?:1[6-9]|20)\d\d),\s+\Z")


_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:and|or|but|in|at|to|for|when|with|of|on|as|the|a|is|was|will|would)\b)[a-z]"
)


# "the year to June 30", "the year through March": a year named by the month it ends in.
_YEAR_TO = re.compile(r"\s+(?:to|through)\s+(?:the\s+end\s+of\s+)?(?P<mon>(?-i:[A-Z][a-z]{2,8}))\b")


# "most of the year", "the rest of the year", "much of the year".
# "the fiscal year that ended in September" (a month, no day: "ended Sept. 30" is a length
# named by its last day, above).
_YEAR_ENDED_IN = re.compile(
    r",?\s+(?:that\s+|which\s+)?ended\s+in\s+(?P<mon>(?-i:[A-Z][a-z]{2,8}))\b(?!\.?\s+\d)"
)
_PART_OF_BEFORE = re.compile(r"\b(?:most|much|the\s+rest|part|parts)\s+of\s+$", re.IGNORECASE)
# A present of what is always so, in the sentence: "is frozen", "stay away", "remains shut".
_GENERIC_PRESENT = re.compile(
    r"\b(?:is|are|stay|stays|remain|remains|lie|lies|spend|spends|live|lives)\b", re.IGNORECASE
)
_PERFECT = re.compile(r"\b(?:has|have|had)\b", re.IGNORECASE)


def _always_so(text: str, lo: int, hi: int) -> bool:
    """Whether the sentence at lo..hi has a present of what is always so and no perfect
    ("is frozen for most of the year"; not "has been high for most of the year")."""
    return _GENERIC_PRESENT.search(text, lo, hi) is not None and not _PERFECT.search(text, lo, hi)


# "the year ahead" (not "the year ahead of the election": a preposition)
_AHEAD = re.compile(r"\s+ahead\b(?!\s+of\b)", re.IGNORECASE)


_GENERATION_YEARS = 30  # "a generation ago"
# "by midweek", "at midweek", "until midweek": the week's middle (not "a midweek game").
_MIDWEEK_PREP = re.compile(r"\b(?:by|at|until|till|before|from|since|after)\s+$", re.IGNORECASE)


_OF_THE_NAME = re.compile(r"\s+of\s+the\s+[A-Z]")


def rule_theyear(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "for the year": publication's year; "the year ended March 31": a year's length."""
    pub = ctx.published
    if m.group()[-4:] == "Year" and _OF_THE_NAME.match(ctx.text, m.end()):
        return None  # "the Year of the Horse", "the Year of the Child": a name
    if m.group("ty_rel"):
        return _fiscal_year_by_another(m, ctx)
    if m.group("ty_gen"):
        y = pub.year - _GENERATION_YEARS
        return Reading(DATE, f"{y:04d}", f"about {_GENERATION_YEARS} years ago", "APPROX")
    if m.group("ty_mw"):
        if not _MIDWEEK_PREP.search(ctx.text, max(0, m.start() - 8), m.start()):
            return None  # "a midweek game": an adjective, any week's
        tense = ctx.tense(m.start(), m.end())
        d, why = pub, "the middle of the week under way"
        if tense is Tense.FUTURE and pub.weekday() > 2:  # (after Wednesday: next week's)
            d, why = pub + timedelta(days=7), "the middle of next week (its middle is past)"
        elif tense is Tense.PAST and pub.weekday() < 2:  # (before Wednesday: last week's)
            d, why = pub - timedelta(days=7), "the middle of last week (this one's is ahead)"
        return Reading(DATE, iso_week(d), why, "MID")
    unit = _low(m.group("ty_u") or m.group("ty_u3"))
    if unit == "millennium":
        if _low(m.group("ty_pm")).split()[1] == "middle":
            return None
        # "the turn of the millennium", "by the end of the millennium": about 2000, the
        # only turn news now tells of
        y = (pub.year // 1000) * 1000
        return Reading(DATE, f"{y:04d}", "about the turn of the millennium", "APPROX")
    if unit:  # "the end of the month": publication's month or week
        mod = _period_mod(m.group("ty_pm") or m.group("ty_pm3"))
        if unit == "week":
            return Reading(DATE, iso_week(pub), "the week under way at publication", mod)
        if unit == "decade":  # "close its last coal plant by the end of the decade"
            if mod and (named := _past_year_named(m, ctx)) is not None:
                # "called it brutal in 1968, but by the end of the decade it had become a
                # model": the decade of the year its sentence named
                why = f"the decade of {named}, named before it in its past-tense sentence"
                return Reading(DATE, f"{named // 10:03d}", why, mod)
            return Reading(
                DATE, f"{pub.year // 10:03d}", "the decade under way at publication", mod
            )
        if unit == "century":
            value = f"{pub.year // 100:02d}"
            return Reading(DATE, value, "the century under way at publication", mod)
        value = f"{pub.year:04d}-{pub.month:02d}"
        return Reading(DATE, value, "the month under way at publication", mod)
    if m.group("ty_ytd"):
        # the year so far: from its start (the fiscal year's, once the story gave its
        # calendar) up to publication; valued by the year, as "this year"
        ctx.year_to_date = True
        start = date(pub.year, 1, 1)
        if ctx.fiscal_shift:
            first = 3 * ctx.fiscal_shift + 1  # the month the fiscal year starts in
            start = date(pub.year if pub.month >= first else pub.year - 1, first, 1)
        end = datetime.combine(pub, datetime.min.time()) + timedelta(days=1)
        so_far = DateRange(datetime.combine(start, datetime.min.time()), end, Precision.YEAR)
        why = "the year so far, up to publication"
        return Reading(DATE, f"{pub.year:04d}", why, None, so_far)
    if m.group("ty_ye"):
        if _NOUN_AFTER.match(ctx.text, m.end()):
            return None  # "year-end net", "a year-end bonus": an adjective
        y = pub.year
        why = f"the end of the year under way at publication ({y})"
        if _SINCE_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start()):
            y -= 1
            why = f"since year-end: the end of the year before publication ({y})"
        mod = "APPROX" if m.group("ty_around") else "END"
        return Reading(DATE, f"{y:04d}", why, mod)
    ended_in = _YEAR_ENDED_IN.match(ctx.text, m.end()) if not m.group("ty_pm2") else None
    if ended_in is not None and _month(ended_in.group("mon")):
        # "In the fiscal year that ended in September": the year up to the last such month
        # gone, named (as fiscal years are) by the year it ended in
        last = _month(ended_in.group("mon"))
        y = pub.year if last < pub.month else pub.year - 1
        return Reading(DATE, f"{y:04d}", f"the year that ended in {y:04d}-{last:02d}")
    to = _YEAR_TO.match(ctx.text, m.end())
    if _ENDED.match(ctx.text, m.end()) or (to is not None and _month(to.group("mon"))):
        # ("the year to June 30", "the year to June 2027": the date is read on its own)
        return Reading(DURATION, "P1Y", "a twelve-month period named by the day it ends")
    ahead = _AHEAD.match(ctx.text, m.end())
    if ahead is not None and not m.group("ty_pm2") and not m.group("ty_a"):
        # "confident about the year ahead": the twelve months from publication, as "the
        # coming year" (not the calendar year, most of which may be gone)
        nxt = shift_date(pub, "Y", 1)
        rng = None
        if nxt is not None:
            start = datetime(pub.year, pub.month, pub.day)
            rng = DateRange(start, datetime(nxt.year, nxt.month, nxt.day), Precision.DAY)
        why = "the year ahead: the twelve months from publication"
        return Reading(DURATION, "P1Y", why, range=rng, end=ahead.end())
    y = pub.year
    mod = _period_mod(m.group("ty_pm2"))
    if mod == "END" and ctx.fiscal_shift and _low(m.group("ty_a")) in ("fiscal", "financial"):
        # "by the end of the financial year", on a fiscal year ending in June (see
        # ``fiscal_shift``): the month the fiscal year under way ends
        last = ctx.fiscal_end_month or 3 * ctx.fiscal_shift  # ("ended Nov. 30": May)
        y = pub.year if pub.month <= last else pub.year + 1
        why = f"the month the fiscal year under way ends ({y:04d}-{last:02d})"
        return Reading(DATE, f"{y:04d}-{last:02d}", why)
    if (
        not mod
        and not m.group("ty_a")
        and _PART_OF_BEFORE.search(ctx.text, max(0, m.start() - 14), m.start())
        and ctx.tense(m.start(), m.end()) is Tense.NONE
        and _always_so(ctx.text, *sentence_around(m, ctx.text))
    ):
        # "The lake is frozen for most of the year", "the rest of the year I stay away":
        # every year, in a present of what is always so (not "Prices rose for most of the
        # year", "will stay shut for the rest of the year")
        return Reading(DATE, "XXXX", "part of every year (a present of what is always so)")
    appos = (
        None
        if mod or m.group("ty_a")
        else _YEAR_APPOSED.search(ctx.text, max(0, m.start() - 8), m.start())
    )
    if appos is not None:
        # "joined Stern in 1961, the year the wall went up": the year just written
        return Reading(DATE, appos.group("y"), "the year written right before it, in apposition")
    if mod and (named := _past_year_named(m, ctx)) is not None:
        # "It rained in 1968, and by the end of the year the river had flooded": 1968's
        why = f"the year {named}, named before it in its past-tense sentence"
        return Reading(DATE, f"{named:04d}", why, mod)
    if _year_reported(m, ctx):
        y -= 1
        why = f"the year just ended ({y}): results told in the past early in a year are of the last"
        return Reading(DATE, f"{y:04d}", why, mod)
    return Reading(DATE, f"{y:04d}", f"the year under way at publication ({y})", mod)


def _fiscal_year_by_another(m: re.Match[str], ctx: Context) -> Reading:
    """ "next fiscal year", "the latest fiscal year": by publication's year (valued, as
    "the current fiscal year" is, by the calendar year); "the following/previous fiscal
    year" after a year the story named: by that year."""
    rel = _low(m.group("ty_rel"))
    step = 1 if rel in ("next", "following", "coming") else -1
    base, what = ctx.published.year, "publication's"
    if rel in ("following", "previous") and ctx.last_period is not None:
        base, what = ctx.last_period[0], "the last named"
    y = base + step
    ctx.last_period = (y, 0)
    return Reading(DATE, f"{y:04d}", f"the fiscal year {rel}: {step:+d} from {what} year")


# The last month of a year's results season: a year's results come out by its end.
_RESULTS_SEASON_END = 3


def _year_reported(m: re.Match[str], ctx: Context) -> bool:
    """ "For the full year, the company earned $1.5 billion" in February: the year just
    ended, whose results the story reports (past tense, in a sentence of results, early in
    the year or after the fourth quarter)."""
    pub = ctx.published
    if pub.month > _RESULTS_SEASON_END and ctx.last_quarter != (pub.year - 1, 4):
        return False
    if ctx.tense(m.start(), m.end()) is not Tense.PAST:
        return False
    whole = _low(m.group("ty_a")) in ("full", "fiscal", "financial", "entire", "whole")
    return whole or _results_sentence(m, ctx)
