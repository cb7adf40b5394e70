"""Rules for the seasons: "the summer of 1996", "since the summer", "in the autumn" (the
year a bare season is of comes from tense, the sentence and the story's chronology)."""

from __future__ import annotations

import re

from explorer.parse.timex import grammar as g
from explorer.parse.timex.chronology import chronology_year
from explorer.parse.timex.put_off import put_off_until
from explorer.parse.timex.reading import DATE, Context, Reading
from explorer.parse.timex.resolve import Tense
from explorer.parse.timex.story import _period_earlier_in_sentence, past_deadline_before
from explorer.parse.timex.words import _low, _period_mod, spelled_year

_CAPITALISED_AFTER = re.compile(r"\s+[A-Z]")
# The month each season begins in (winter: the December that opens it).
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def rule_season(m: re.Match[str], ctx: Context) -> Reading | None:
    if m.group("s_bare") or m.group("s_bare4"):
        return _bare_season(m, ctx)
    code = g.SEASONS[_low(m.group("s_s"))]
    mod = _period_mod(m.group("s_pm"))
    y = int(m.group("s_y")) if m.group("s_y") else spelled_year(m.group("s_sy"))
    if y is None:
        return None
    # the story's time from here on: "the winter of 1996 ... That winter ... Two years later"
    ctx.last_period = (y, _SEASON_START[code])
    return Reading(DATE, f"{y:04d}-{code}", "season and year as written", mod)


# "the summer of that year", "the winter of the following year"
_OF_THAT_YEAR = re.compile(
    r"\s+of\s+(?P<d>that|the\s+same|the\s+following|the\s+previous|the\s+next)\s+year\b(?!['’])",
    re.IGNORECASE,
)
_OF_THAT_YEAR_STEP = {"that": 0, "the same": 0, "the following": 1, "the previous": -1,
                      "the next": 1}  # fmt: skip
_SOON_SEASON = 3  # months ahead: a season "before" which something is done
_BEFORE_SEASON = re.compile(r"\b(?:before|ahead\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
# A season something was put off until, told in the past: the coming one when it starts
# within this many months (put_off).
_SOON_DEADLINE = 5


def _bare_season(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "since the summer": the latest such season begun by publication; future tense:
    the one under way or the next. "The Summer Olympics" is a name, not a season."""
    word = m.group("s_bare") or m.group("s_bare4")
    if word[:1].isupper() and _CAPITALISED_AFTER.match(ctx.text, m.end()):
        return None
    if m.group("s_bare4") and ctx.tense(m.start(), m.end()) is Tense.NONE:
        return None  # "In summer we fish": a habit, every year's season, no one season
    code = g.SEASONS[_low(word)]
    mod = _period_mod(m.group("s_pm2") or m.group("s_pm3"))
    that = _OF_THAT_YEAR.match(ctx.text, m.end()) if ctx.last_period is not None else None
    if that is not None and ctx.last_period is not None and m.group("s_bare"):
        # "by the summer of that year", after "the spring of 2022": the year named last,
        # moved by the determiner (one expression)
        det = " ".join(that.group("d").lower().split())
        y = ctx.last_period[0] + _OF_THAT_YEAR_STEP[det]
        why = f"the {word.lower()} of {det} year (the year named last, {ctx.last_period[0]})"
        ctx.last_period = (y, _SEASON_START[code])
        return Reading(DATE, f"{y:04d}-{code}", why, mod, end=that.end())
    chron = chronology_year(ctx, m.start(), _SEASON_START[code])
    if chron is not None:
        # "Sept. 12 - ... Fighting continues into the winter": its line's
        why = f"the first such season in its line's year in a chronology ({chron})"
        return Reading(DATE, f"{chron:04d}-{code}", why, mod)
    pub = ctx.published
    begun = pub.year if pub.month >= _SEASON_START[code] else pub.year - 1
    why = "the latest such season begun by publication"
    tense = ctx.tense(m.start(), m.end())
    start_month = begun * 12 + _SEASON_START[code]
    now = pub.year * 12 + pub.month
    if start_month + 12 - now <= _SOON_SEASON and _BEFORE_SEASON.search(
        ctx.text, max(0, m.start() - 12), m.start()
    ):
        # "targeting our energy system before winter", in October: the winter to come, a
        # few months ahead, whatever the tense
        begun += 1
        why = "the coming such season: what is done before it is ahead of it"
    elif (
        tense is Tense.NONE
        and start_month + 12 - now < now - start_month
        and _period_earlier_in_sentence(m, ctx) is None
    ):
        # "Prices for the summer are up 5%", in March: in the present, the nearer season
        # (the summer to come), not the one nine months gone
        begun += 1
        why = "the nearest such season to publication (present tense)"
    elif (
        tense is Tense.FUTURE
        and past_deadline_before(ctx.text, m.start())
        and (named := _period_earlier_in_sentence(m, ctx)) is not None
        and named[0] < pub.year
    ):
        # "In 2025 the launch was delayed until the autumn": a deadline set in the past the
        # sentence names, the first such season after it
        begun = named[0] if _SEASON_START[code] >= named[1] else named[0] + 1
        why = f"the first such season after the past named earlier in the sentence ({named[0]})"
    elif (
        tense is Tense.PAST
        and now - start_month >= 3
        and start_month + 12 - now <= _SOON_DEADLINE
        and put_off_until(ctx.text, m.start())
        and _period_earlier_in_sentence(m, ctx) is None
    ):
        # "Two weeks ago, the operator had asked to delay the overhaul until the autumn",
        # in May: a deadline set lately, the season to come
        begun += 1
        why = "the coming such season: a deadline set in the past, a few months ahead"
    elif tense is Tense.FUTURE:
        # under way (begun at most three months ago) or the next one
        if now - start_month >= 3:
            begun += 1
            why = "the next such season after publication (future tense)"
        else:
            why = "the season under way at publication (future tense)"
    else:
        named = _period_earlier_in_sentence(m, ctx)
        if named is not None and named[0] < begun:
            # "fell for six months after the rise in the spring of 2024, before recovering in
            # the autumn": the first such season after the time the sentence named
            begun = named[0] if _SEASON_START[code] >= named[1] else named[0] + 1
            why = f"the first such season after the one named earlier in the sentence ({named[0]})"
    return Reading(DATE, f"{begun:04d}-{code}", why, mod)
