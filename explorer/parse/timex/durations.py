"""Lengths of time, recurrences and vague references: "three days", "the past two
years", "a day-long meeting", "in two years' time", "every April", "recently".

A length has no date, but some are anchored ("the past three years" ends at publication,
"the five-year-old war" began about five years ago) and the timeline places them; sets
("every two years", "daily") and vague references ("now", "the weeks ahead") are values of
their own.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Final

from explorer.model import DateRange, Precision
from explorer.parse.timex import grammar as g
from explorer.parse.timex.calendar import (
    add_days,
    add_months,
    pretty_day,
    safe_date,
    shift_date,
    valid_year,
)
from explorer.parse.timex.duration_ranges import range_start
from explorer.parse.timex.reading import DATE, DURATION, SET, Context, Reading
from explorer.parse.timex.resolve import Tense
from explorer.parse.timex.someday import someday
from explorer.parse.timex.weekend_noun import weekend_of_a_thing
from explorer.parse.timex.words import (
    _THE_BEFORE,
    _low,
    _month,
    _unit,
    _weekday,
    at_granularity,
    duration_value,
    number,
    unit_plural,
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
# ... and after "and" joining it to such a verb: "is due to begin on Sunday and last six weeks".
_LAST_VERB_AFTER_AND = re.compile(
    r"\b(?:to|will|would|could|can|may|might|should|must)\s+[a-z]+\b[^.;:!?,]{0,50}\band\s+$",
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


# Words after which "over" and a number of units is "more than": "for over an hour", "took
# over 18 months", "a delay of over two years", "is over three weeks", "with over a year
# to go". After any other word it is the preposition of a stretch something happened in:
# "were arrested over three weekends", "prices rose 5% over two years", "visited every
# other Tuesday over 18 months".
_MORE_THAN_BEFORE = frozenset(
    {
        "for",
        "in",
        "of",
        "after",
        "than",
        "took",
        "take",
        "takes",
        "taking",
        "lasted",
        "last",
        "lasts",
        "lasting",
        "spent",
        "spend",
        "spends",
        "spending",
        "within",
        "to",
        "by",
        "and",
        "or",
        "is",
        "was",
        "are",
        "were",
        "be",
        "been",
        "being",
        "aged",
        "about",
        "nearly",
        "almost",
        "from",
        "just",
        "well",
        "at",
        "with",
        "some",
        "only",
        "up",
        "down",
    }
)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")


def _over_is_during(m: re.Match[str], ctx: Context) -> bool:
    """ "over" before a number of units (group ``u_q``) is the preposition "during" (see
    ``_MORE_THAN_BEFORE``): a word other than those right before it, no "just"/"well"."""
    at = m.start("u_q")
    if _low(m.group("u_q")) != "over":
        return False
    w = _WORD_BEFORE.search(ctx.text, max(0, at - 20), at)
    return w is not None and w.group(1).lower() not in _MORE_THAN_BEFORE


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
    return _LAST_VERB_BEFORE.search(ctx.text, max(0, at - 12), at) is not None or (
        ctx.text.endswith("and ", 0, at)
        and _LAST_VERB_AFTER_AND.search(ctx.text, max(0, at - 70), at) is not None
    )


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
    if (m.end() - m.start() in (7, 8)) and (vague := someday(m, ctx)) is not None:
        return vague  # "will one day be", "win it one day": no length
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
        return Reading(
            DURATION, duration_value(None, unit), f"an unspecified number of {unit_plural(unit)}"
        )
    if m.group("u_rel2"):
        unit = _unit(m.group("u_u2"))
        if not m.group("u_u2").lower().endswith(("s", "ia")):
            return None
        rel2 = _low(m.group("u_rel2"))
        if rel2 == "last" and _last_is_verb(m, ctx):  # "could last weeks": a length
            units = unit_plural(unit)
            why = f"a length of time ('last' is the verb): an unspecified number of {units}"
            return Reading(DURATION, duration_value(None, unit), why, None, None, m.start("u_u2"))
        if rel2 == "recent":  # "in recent weeks": an unspecified stretch up to now
            why = f"an unspecified number of {unit_plural(unit)} up to publication"
            return Reading(DURATION, duration_value(None, unit), why)
        if rel2 == "past":
            return Reading(
                DATE, "PAST_REF", f"past {unit_plural(unit)}: a vague reference to the past"
            )
        if rel2 == "coming":
            return Reading(
                DATE, "FUTURE_REF", f"coming {unit_plural(unit)}: a vague reference to the future"
            )
        return Reading(
            DURATION, duration_value(None, unit), f"an unspecified number of {unit_plural(unit)}"
        )
    raw_n = _low(m.group("u_n"))
    n = number(raw_n)
    if n is not None and m.group("u_half") and n == int(n):
        n += 0.5  # "an hour and a half", "a year and a half"
    unit_word = m.group("u_u").lower()
    unit = _unit(unit_word)
    plural = unit_word != unit
    start: int | None = None
    if raw_n in ("a", "an", "one") and unit in ("second", "quarter") and not plural:
        return None
    if raw_n in ("a", "an") and not plural and _LIKE_AFTER.match(ctx.text, m.end()):
        return None  # "a night like this": a kind of night, no length
    if (
        raw_n == "a"
        and unit == "weekend"
        and not plural
        and not m.group("u_q")
        and (done := weekend_of_a_thing(m.start(), m.end(), ctx)) is not None
    ):
        return done  # "found cracks during a weekend survey": the weekend gone
    if unit == "quarter" and re.match(r"\s+of\b", ctx.text[m.end() : m.end() + 4]):
        return None
    mod = g.QUANTITY_MODS.get(_low(m.group("u_q"))) if m.group("u_q") else None
    rel = _low(m.group("u_rel"))
    det = m.group("u_det")
    if rel == "last" and not det and not mod and _last_is_verb(m, ctx):
        rel, start = "", m.start("u_n")  # "meant to last 30 days": a length, not a stretch
    if mod and (det or rel):  # "over the past three years": "over" is a preposition here
        mod, start = None, m.start("u_det") if det else m.start("u_rel")
    elif mod == "MORE_THAN" and _over_is_during(m, ctx):
        mod, start = None, m.start("u_n")  # "were arrested over three weekends": during them
    old = m.group("u_old") is not None or _OLD_AFTER.match(ctx.text, m.end()) is not None
    if m.group("u_tm") and n is not None and not rel and not mod:
        return _in_time(n, unit, ctx, start)
    ahead = (
        _in_time(n, unit, ctx, start)
        if n is not None
        and not (rel or mod or det)
        and (_opens_with_in(m, ctx) or _happens_in(m, ctx))
        else None
    )
    if ahead is not None:  # '"In three weeks the roof goes on"': that far ahead, no length
        return ahead
    if old and plural and not det and not m.group("u_long"):
        return None  # "Mr. Smith, 52 years old": a person's age
    if (
        raw_n in ("a", "an")
        and not plural
        and _RATE_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start())
    ):
        # "$2 million a year", "four flights a week": a rate, i.e. a recurrence
        end = m.end("u_u") if m.group("u_half") else None  # ("a year and a half of it")
        return Reading(SET, duration_value(1, unit), "a rate: once every " + unit, end=end)
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
        then = _story_time(m, ctx) if rel in ("next", "following", "ensuing") else None
        r = _anchored_duration(n, unit, 1, then or ctx.published, mod, rel)
        why = (
            r.why
            if then is None
            else f"{r.why[: r.why.rfind(' from ')]} from {then} (the story's time)"
        )
        return Reading(r.type, r.value, why, r.mod, r.range, start)
    if old and n is not None and unit not in g.TIME_UNITS:
        return _old(n, unit, value, ctx.published, mod, start)
    low = None if rel or det or mod or n is None else range_start(ctx.text, m.start("u_n"), n)
    if low is not None:  # "within six to eight weeks": one length, the longer one
        return Reading(DURATION, value, "a range of lengths: up to the longer one", None, None, low)
    if unit == "month" and n in (6.0, 9.0):
        ctx.year_to_date = True  # "the first nine months": a part of the year
    return Reading(DURATION, value, "a length of time, not a date", mod, None, start)


# "In three weeks" opening a sentence or a quote, and not "In three weeks of talks".
_IN_OPENING = re.compile(r"(?:^|[.!?][\"”’']?\s+|[\"“‘]|\n)In\s+$")
_OF_AFTER = re.compile(r"\s+(?:of|in|on|at|to)\b")
_QUOTE_MARKS = frozenset('"“‘')
_CLAUSE = re.compile(r"[^,.;!?\"”]{1,80}")
_PAST_WORD = re.compile(r"\b(?:was|were|had|did|[a-z]+ed)\b")


def _opens_with_in(m: re.Match[str], ctx: Context) -> bool:
    """Whether the length at ``m`` is a sentence's opening "In <length>" told of what is to
    come (present or future: "In two years, sales doubled" is a length)."""
    if ctx.text[max(0, m.start() - 3) : m.start()] != "In ":
        return False  # (cheap pre-test)
    if _IN_OPENING.search(ctx.text, max(0, m.start() - 6), m.start()) is None:
        return False
    if _OF_AFTER.match(ctx.text, m.end()) is not None:
        return False
    if ctx.text[m.start() - 4 : m.start() - 3] in _QUOTE_MARKS:
        # (a quote's own time: '"In three weeks the roof goes on," he said' is no past)
        clause = _CLAUSE.match(ctx.text, m.end())
        return clause is not None and _PAST_WORD.search(clause.group()) is None
    return ctx.tense(m.start(), m.end()) is not Tense.PAST


# A verb of a moment right before "in" and a length that ends its clause: "The Games open in
# 100 days", "Talks resume in two weeks, officials said" (not "built in 100 days": a verb of
# something that takes that long).
_MOMENT_VERB_IN = re.compile(
    r"\b(?:open|opens|reopen|reopens|start|starts|begin|begins|resume|resumes|close|closes"
    r"|expire|expires|arrive|arrives|return|returns|launch|launches|kick\s+off|kicks\s+off"
    r"|take\s+place|takes\s+place|go\s+on\s+sale|goes\s+on\s+sale)\s+in\s+$"
)
_CLAUSE_ENDS = re.compile(r"\s*(?:[,.;:!?\"”’)]|$)")


def _happens_in(m: re.Match[str], ctx: Context) -> bool:
    """Whether the length at ``m`` is how far ahead something happens at a moment (see
    ``_MOMENT_VERB_IN``), told in the present or future."""
    if ctx.text[max(0, m.start() - 3) : m.start()] != "in ":
        return False  # (cheap pre-test)
    if _CLAUSE_ENDS.match(ctx.text, m.end()) is None:
        return False  # ("resume in two weeks of talks", "open in 100 days' time")
    if _MOMENT_VERB_IN.search(ctx.text, max(0, m.start() - 24), m.start()) is None:
        return False
    return ctx.tense(m.start(), m.end()) is not Tense.PAST


def _story_time(m: re.Match[str], ctx: Context) -> date | None:
    """The start of the past a story told in the past is at, for "the next two decades"
    counted from it ("in the spring of 1965. Over the next two decades she worked"); None
    if the story is at its present."""
    story = ctx.story_period()
    if story is None or story[0] >= ctx.published.year - 1:
        return None
    if ctx.tense(m.start(), m.end()) is not Tense.PAST:
        return None
    return date(story[0], max(story[1], 1), 1)


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
    why += f" ({_fmt(n)} {unit_plural(unit)} before publication)"
    return Reading(DURATION, value, why, mod, rng, start)


def rule_set(m: re.Match[str], ctx: Context) -> Reading | None:
    if m.group("e_w"):
        return Reading(SET, g.SETS[_low(m.group("e_w"))], "a recurring time")
    if m.group("e_u3"):  # "every two years"
        unit = _unit(m.group("e_u3"))
        if unit not in g.UNITS:
            return None
        return Reading(SET, duration_value(number(m.group("e_n3")), unit), "a recurring time")
    if m.group("e_wkd"):  # "crossed the bridge each weekday": every working day
        return Reading(SET, "P1D", f"every {_low(m.group('e_wkd'))}: each working day")
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
            every = 3 if _low(m.group("e_oth")) == "third" else 2
            why = f"every {_low(m.group('e_oth'))} weekend: once in {every} weeks"
            return Reading(SET, f"P{every}W", why)
        return Reading(SET, "XXXX-WXX-WE", "every week at the weekend")
    # "every other year", "every second week": once in two; "every third month"
    every = {"other": 2, "second": 2, "third": 3}.get(_low(m.group("e_oth")), 1)
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
