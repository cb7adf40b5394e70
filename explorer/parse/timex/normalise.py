"""Turn one detected match into a TIMEX3 reading (type, value, range, explanation)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from explorer.model import DateRange, Precision, TimexType
from explorer.parse.timex import grammar as g
from explorer.parse.timex.calendar import (
    add_days,
    add_months,
    day_iso,
    easter_sunday,
    iso_week,
    nth_weekday,
    orthodox_easter,
    pretty_day,
    quarter_of,
    safe_date,
    shift_date,
    weekday_on_or_after,
)
from explorer.parse.timex.resolve import (
    Tense,
    latest_quarter_on_or_before,
    weekday_date,
    year_for_day,
    year_for_month,
)

DATE, TIME, DURATION, SET = TimexType.DATE, TimexType.TIME, TimexType.DURATION, TimexType.SET


@dataclass(frozen=True, slots=True)
class Reading:
    type: TimexType
    value: str
    why: str  # the reason part of the explanation
    mod: str | None = None
    range: DateRange | None = None  # None: derived from value
    start: int | None = None  # extent override
    end: int | None = None
    also: Reading | None = None  # a second expression read with this one ("May 3 and 5")


_STORY_LOOKBACK = 12  # periods named: how far back the story's is looked for


@dataclass(slots=True)
class Context:
    """What a rule may look at: the text, publication date, tense, and discourse state."""

    text: str
    published: date
    tense: Callable[[int, int], Tense]
    # Characters between an expression and the verb that gave it its tense.
    verb_gap: Callable[[int, int], int] = lambda start, end: 1 << 30
    last_day: date | None = None  # the last specific date mentioned (for "two days later")
    last_quarter: tuple[int, int] | None = None  # the last quarter mentioned (year, q)
    # The last year (and month, 0 if none) a date named: anchor of "that year", "the
    # following month".
    last_period: tuple[int, int] | None = None
    # Every year (and month) named, as (period, start, end), and whether the expression at
    # start..end is past narration ("In June 2022, she woke ..."), not a present ("three
    # years later, the town has rebuilt"), perfect ("engineers had warned in March 2019")
    # or a noun's ("the 2021 monsoon"): "that summer" in past narration counts from the
    # last period such narration named (worked out only when asked: it is rare).
    periods: list[tuple[tuple[int, int], int, int]] = field(default_factory=list)
    narrates: Callable[[int, int], bool] = lambda start, end: False

    def story_period(self) -> tuple[int, int] | None:
        """The last year (and month) past narration named (see ``periods``)."""
        for period, start, end in reversed(self.periods[-_STORY_LOOKBACK:]):
            if self.narrates(start, end):
                return period
        return None

    # The story last spoke of a part of the year longer than a quarter ("the first nine
    # months"): "a year earlier" then means that year, not the quarter.
    year_to_date: bool = False
    # The last quarter named and where its expression ends: "grew in the fourth quarter,
    # down from a year earlier" compares with that quarter, whatever the story's latest.
    quarter_named: tuple[int, tuple[int, int]] | None = None
    # ... and the last month named: "Sales in January fell 3% from a year earlier" compares
    # with January of the year before.
    month_named: tuple[int, tuple[int, int]] | None = None
    # ... and the last half-year named: "Second-half profit rose 22% from the same period a
    # year earlier" compares with that half a year before.
    half_named: tuple[int, tuple[int, int]] | None = None
    # Quarters from a fiscal quarter's number to its calendar quarter, once the story has
    # said which months a fiscal quarter is ("the October-December quarter, the third
    # quarter of its fiscal year": 1); 0 until then.
    fiscal_shift: int = 0
    # The last clock time named: where it starts and its day. "an hour later" counts from
    # it, not from a day named since in passing ("announced at 10 a.m., after figures
    # published on Tuesday ... told a news conference an hour later").
    last_clock: tuple[int, int, datetime] | None = None  # (start, end, the time)
    # Where the expression that set ``last_day`` starts (-1: none yet).
    day_at: int = -1
    # ``last_day`` is only the day something was said ("an official said on Wednesday"):
    # the day of speaking, not of the events around it.
    day_reported: bool = False
    # The part of ``last_day`` named with it ("Monday night": "NI"), else "".
    day_part: str = ""
    # ``last_day`` was named as a night or late in it ("Tuesday night", "late on Tuesday",
    # "11:42 p.m."): what "overnight" right after it means.
    day_night: bool = False
    # Every day named, as (where its expression starts, the day): what "the day before the
    # accident" may count from.
    days: list[tuple[int, date]] = field(default_factory=list)

    def note_day(self, d: date) -> None:
        self.last_day = d
        self.last_period = (d.year, d.month)

    def note_quarter(self, yq: tuple[int, int]) -> None:
        """Remember a quarter as the one under discussion, if it has already ended.

        Earnings stories report a finished quarter and compare it "a year ago"; a quarter
        still running or to come ("expects fourth-quarter profit to fall") is a forecast,
        not the reference for "the latest quarter".
        """
        pub = self.published
        q = quarter_of(pub)
        prev = (pub.year - 1, 4) if q == 1 else (pub.year, q - 1)
        if yq <= prev and (self.last_quarter is None or yq >= self.last_quarter):
            # A story reports its latest finished quarter; an earlier one it names is
            # a comparison ("after a flat second quarter"), not the one under discussion.
            self.last_quarter = yq
            self.year_to_date = False


Rule = Callable[[re.Match[str], Context], Reading | None]
_PREP_BEFORE = re.compile(
    r"(?:\b(?:in|since|until|till|by|during|from|through|to|before|after|of|last|next|this|"
    r"early|late|mid|between|and|or|around|that|each|every|until|on)\s+|-)$",
    re.IGNORECASE,
)
# "the quarter ended Sept. 30", "its second quarter, the three months to Dec. 31": the
# period's last day follows the expression.
_ENDED = re.compile(
    r"(?:,?\s+(?:that\s+|which\s+)?end(?:ed|ing|s)"
    r"|\s*[,(]\s*the\s+three\s+months\s+(?:to|ended|ending|through|until))"
    r"\s+(?:on\s+)?(?P<mon>[A-Z][a-z]{2,8})\.?\s+(?P<day>[0-3]?\d)\b"
)
# "whose fiscal year ends on June 30", "its financial year ending in March"
_FISCAL_YEAR_END = re.compile(
    r"\b(?:fiscal|financial|business)\s+year\s+(?:that\s+|which\s+)?end(?:s|ed|ing)?"
    r"\s+(?:on\s+|in\s+)?$",
    re.IGNORECASE,
)
# "whose fiscal year runs from July to June": both months are every year's.
_FISCAL_YEAR_RUNS = re.compile(
    r"\b(?:fiscal|financial|business)\s+year\s+(?:that\s+|which\s+)?(?:runs|ran|running|lasts"
    r"|goes)\s+from\s+(?:(?P<first>[A-Z][a-z]{2,8})\.?\s+(?:to|through|until)\s+)?$"
)
# "March 3 and 5": a bare day right after a month-day, closing the phrase.
_AND_DAY = re.compile(
    r"\s+(?:and|or)\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:.,]\d|\w)"
    r"(?=\s*(?:[.,;:)!?]|$)|\s+(?:in|at|on|for|to|and|or|but|when|while|with|as|after|"
    r"before|this|next|last|(?:1[89]|20)\d\d)\b)"
)
# Twilight words count only after a preposition: "at dawn", "shortly before dusk".
_TWILIGHT_PREP = re.compile(
    r"\b(?:at|before|after|until|till|by|from|since|around|near|towards?|approaching|past)\s+$",
    re.IGNORECASE,
)
# What follows "before"/"after" when it introduces an event: a word, not punctuation.
_EVENT_AFTER = re.compile(r"\s+[\w$]")
_UNIT_NAMES = {"S": "second", "M": "month", "H": "hour", "D": "day", "W": "week", "Y": "year"}


def _low(s: str | None) -> str:
    return " ".join((s or "").lower().split())


def _month(word: str) -> int:
    return g.MONTHS.get(word.lower().rstrip("."), 0)


def _weekday(word: str) -> int:
    return g.WEEKDAYS.get(word.lower(), -1)


def number(text: str) -> float | None:
    """The value of a number phrase; None when vague ("several")."""
    t = _low(text).replace(",", "")
    half = 0.0
    for tail in ("-and-a-half", " and a half", " 1/2"):
        if t.endswith(tail):
            t, half = t[: -len(tail)], 0.5
    if t in g.VAGUE_QUANTITIES:
        return None
    try:
        return float(t) + half
    except ValueError:
        pass
    if t in g.NUMBER_WORDS:
        return float(g.NUMBER_WORDS[t]) + half
    parts = re.split(r"[\s-]+", t)
    total = 0.0
    for p in parts:
        if p not in g.NUMBER_WORDS:
            return None
        total += g.NUMBER_WORDS[p]
    return total + half


def spelled_year(text: str) -> int | None:
    """ "nineteen ninety-seven" -> 1997, "twenty ten" -> 2010."""
    sp = _low(text).replace("-", " ").split()
    if sp[:2] == ["two", "thousand"]:  # "two thousand", "two thousand and five"
        ones = [w for w in sp[2:] if w != "and"]
        n = number(" ".join(ones)) if ones else 0.0
        return None if n is None or not 0 <= n < 100 else 2000 + int(n)
    if len(sp) < 2 or sp[0] not in ("nineteen", "twenty"):
        return None
    rest = number(" ".join(sp[1:]))
    if rest is None or not 0 <= rest < 100:
        return None
    return (1900 if sp[0] == "nineteen" else 2000) + int(rest)


def _num_str(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


def _unit(word: str) -> str:
    w = word.lower()
    w = g.UNIT_PLURALS.get(w, w)
    if w not in g.UNITS and w.endswith("s"):
        w = w[:-1]
    return w


def _period_mod(word: str | None) -> str | None:
    w = _low(word)
    if not w:
        return None
    for key, mod in g.PERIOD_MODS.items():
        if w.startswith(key):
            return mod
    return None


# A fraction of a unit is written in the next smaller one: (unit code, how many per unit).
_SMALLER = {
    "year": ("M", 12),
    "month": ("D", 30),
    "day": ("H", 24),
    "hour": ("M", 60),
    "minute": ("S", 60),
}


def duration_value(n: float | None, unit: str) -> str:
    code = g.UNITS.get(unit, "X")
    if code == "DE":
        code, n = "Y", None if n is None else n * 10
    elif code == "CE":
        code, n = "Y", None if n is None else n * 100
    elif code == "ML":
        code, n = "Y", None if n is None else n * 1000
    elif code == "2W":
        code, n = "W", None if n is None else n * 2
    elif code == "Q":
        code, n = "M", None if n is None else n * 3
    elif code == "WE":
        code, n = "D", None if n is None else n * 2
    prefix = "PT" if unit in g.TIME_UNITS else "P"
    if n is not None and n != int(n) and unit in _SMALLER:
        # "2 1/2 years" -> P2Y6M, "5 1/2 hours" -> PT5H30M, "a day and a half" -> P1DT12H
        lower, per = _SMALLER[unit]
        rest = (n - int(n)) * per
        if rest == int(rest):
            whole = f"{int(n)}{code}" if int(n) else ""
            sep = "T" if unit == "day" else ""
            return f"{prefix}{whole}{sep}{int(rest)}{lower}"
    amount = "X" if n is None else _num_str(n)
    return prefix + amount + code


def at_granularity(d: date, unit: str) -> str:
    """``d`` written at the precision of a unit: day, week, month, quarter, year."""
    code = g.UNITS.get(unit, "D")
    if code in ("D", "H", "M") and unit != "month":
        return day_iso(d)
    if code == "W" or code == "WE":
        return iso_week(d)
    if unit == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if code == "Q":
        return f"{d.year:04d}-Q{quarter_of(d)}"
    return f"{d.year:04d}"


# ---- rules ---------------------------------------------------------------------------


def _day_of(word: str | None, m: re.Match[str], ctx: Context) -> tuple[date | None, str]:
    w = _low(word)
    if not w:
        return ctx.published, "publication day"
    if w in g.DAY_WORDS:
        d = add_days(ctx.published, g.DAY_WORDS[w])
        return d, w
    return weekday_date(_weekday(w), ctx.published, ctx.tense(m.start(), m.end()))


_NEARBY_DAY = re.compile(
    r"(?<![\w'’])(?-i:(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|(?P<dw>yesterday|today|tomorrow|tonight)"
    # "just after 3 o'clock this morning", "at 11 p.m. last night": the part of a day the
    # speaker is in (or just left), which beats a day named in an earlier sentence
    r"|(?P<tm>this\s+(?:morning|afternoon|evening))|(?P<ln>last\s+night))(?!\w)",
    re.IGNORECASE,
)
_NEARBY = 60  # characters either side of a clock time searched for its day
# Where the search for a clock time's day stops: a sentence end (not "Nov. 11"), a line
# end, or a new clause with its own verb ("closed at noon and are expected to reopen
# Thursday": Thursday is the reopening's day, not the closing's).
_CLAUSE_END = re.compile(
    r"[.!?][\"”’']?\s+(?=[A-Z\"“‘'])|\n|;|\s+but\s+"
    r"|,?\s+and\s+(?:is|are|was|were|will|would|has|have|had|could|should|may|might|did"
    r"|does|do)\b"
)


# A clock time whose "a.m."/"p.m." ends its sentence: the full stop is the abbreviation's,
# so a capitalised word after it opens the next sentence, unless it is a weekday or month
# naming the time's day ("at 10:35 a.m. Friday", "at 9 p.m. Nov. 4") or its zone ("at 11
# p.m. London time on March 29").
_NEW_SENTENCE_AFTER = re.compile(
    r"(?<=\.)\s+(?!(?:Mon|Tues?|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct"
    r"|Nov|Dec|GMT|UTC|EST|EDT|PST|PDT|CET|BST)[a-z]*\b|[A-Z][a-z]+\s+time\b)[A-Z\"“‘']"
)


def _day_nearby(m: re.Match[str], ctx: Context) -> tuple[date | None, str]:
    """A clock time without its day takes a weekday or day word named close by in the
    same sentence ("at 10:35 a.m. (0735 GMT) Friday"); else publication day."""
    lo = max(0, m.start() - _NEARBY)
    hi = min(len(ctx.text), m.end() + _NEARBY)
    for b in _CLAUSE_END.finditer(ctx.text, lo, m.start()):
        lo = b.end()
    a = _CLAUSE_END.search(ctx.text, m.end(), hi)
    if a is not None:
        hi = a.start()
    if _NEW_SENTENCE_AFTER.match(ctx.text, m.end()):
        hi = m.end()  # "read shortly after 2:30 p.m. Judge Roth set sentencing for Oct. 3"
    best: re.Match[str] | None = None
    # "at 4:15 a.m. (1715 GMT Thursday)": Thursday is the universal time's day
    bracket = _UNIVERSAL_AFTER.match(ctx.text, m.end())
    own = _DAY_RIGHT_AFTER.match(ctx.text, m.end())
    for w in _NEARBY_DAY.finditer(ctx.text, lo, hi):
        if bracket is not None and bracket.start() <= w.start() < bracket.end():
            continue
        if own is not None and w.end() == own.end():
            # "from 9 p.m. on Monday to 5 a.m. on Tuesday": the day right after is its own
            best = w
            break
        if w.start() > m.end() and _other_verb_between(ctx.text, m.end(), w.start()):
            continue  # "announced at 10 a.m. after figures published on Tuesday"
        dist = m.start() - w.end() if w.end() <= m.start() else w.start() - m.end()
        if best is None or dist < (
            m.start() - best.end() if best.end() <= m.start() else best.start() - m.end()
        ):
            best = w
    md = _nearest_month_day(m, ctx, lo, hi)
    if md is not None and (best is None or md[0] < _dist(m, best)):
        return md[1], md[2]
    if best is None:
        return _last_day_or_publication(m, ctx)
    if best.group("tm") or best.group("ln"):
        back = -1 if best.group("ln") else 0
        return add_days(ctx.published, back), f"{_low(best.group())} (named in the same sentence)"
    day, why = _day_of(best.group(), m, ctx)
    return day, f"{why} (named in the same sentence)"


# A local clock time with its universal time in brackets: "at 4:15 a.m. (1715 GMT
# Thursday)", "at 10:00 a.m. (0900 GMT)". A day named inside the brackets is the universal
# time's, not the local one's.
_UNIVERSAL_AFTER = re.compile(r"\s*\((?P<in>[^()]{0,30}?\b(?:GMT|UTC)\b[^()]{0,20})\)")
_OPEN_BRACKET = re.compile(r"\s*\(\s*")
# Time zones are at most 12 hours behind universal time and 14 ahead.
_ZONE_BEHIND, _ZONE_AHEAD = -12 * 60, 14 * 60


def _universal_of_local(
    m: re.Match[str], ctx: Context, hour: int, minute: int
) -> tuple[date, str] | None:
    """The day of "0900 GMT" in brackets right after a local clock time with no day of its
    own named in them: the local time's, moved across midnight by the zone's offset ("7
    p.m. (0000 GMT)" is the next day)."""
    clock = ctx.last_clock
    if clock is None or not 0 <= m.start() - clock[1] <= 4:
        return None
    if not _OPEN_BRACKET.fullmatch(ctx.text, clock[1], m.start()):
        return None
    close = ctx.text.find(")", m.end(), m.end() + 30)
    if close < 0 or _NEARBY_DAY.search(ctx.text, m.end(), close):
        return None  # "(1715 GMT Thursday)": the day named is the universal time's
    local = clock[2]
    offset = _zone_offset(local.hour * 60 + local.minute, hour * 60 + minute)
    day = (local - timedelta(minutes=offset)).date()
    return day, f"the day of the local time before it ({pretty_day(local.date())})"


def _day_in_its_brackets(m: re.Match[str], ctx: Context) -> tuple[date, str] | None:
    """The day named after a universal time inside its brackets: "at 2:14 a.m. on Tuesday
    (1814 GMT on Monday)" is Monday's 18:14, not the local time's Tuesday."""
    if not ctx.text[max(0, m.start() - 3) : m.start()].rstrip().endswith("("):
        return None
    close = ctx.text.find(")", m.end(), m.end() + 30)
    named = _NEARBY_DAY.search(ctx.text, m.end(), close) if close >= 0 else None
    if named is None or named.group("tm") or named.group("ln"):
        return None
    day, why = _day_of(named.group(), m, ctx)
    if day is None:
        return None
    return day, f"{why} (named with it in its brackets)"


_UNIVERSAL_CLOCK = re.compile(r"\s*(?P<h>[0-2]\d)(?P<m>[0-5]\d)\s*(?:GMT|UTC)\b")


def _zone_offset(local_minutes: int, universal_minutes: int) -> int:
    """Minutes a time zone is ahead of universal time, from one time read in both."""
    offset = local_minutes - universal_minutes
    while offset > _ZONE_AHEAD:
        offset -= 24 * 60
    while offset < _ZONE_BEHIND:
        offset += 24 * 60
    return offset


def _local_of_universal(
    m: re.Match[str], ctx: Context, hour: int, minute: int
) -> tuple[date, str] | None:
    """The day of a local clock time whose universal time in brackets names its day: "at
    4:15 a.m. (1715 GMT Thursday)" is Friday's 4:15, eleven hours ahead."""
    bracket = _UNIVERSAL_AFTER.match(ctx.text, m.end())
    if bracket is None:
        return None
    inner = bracket.group("in")
    clock = _UNIVERSAL_CLOCK.match(inner)
    named = _NEARBY_DAY.search(inner)
    if clock is None or named is None or named.group("tm") or named.group("ln"):
        return None
    day, _ = _day_of(named.group(), m, ctx)
    if day is None:
        return None
    universal = int(clock.group("h")) * 60 + int(clock.group("m"))
    offset = _zone_offset(hour * 60 + minute, universal)
    at = datetime(day.year, day.month, day.day) + timedelta(minutes=universal + offset)
    return at.date(), f"{pretty_day(at.date())} (the universal time's day in brackets)"


_ED_WORD = re.compile(r"\b[a-z]{3,}ed\b")
# Irregular pasts that open a clause of their own after a clock time: "landed at dawn, and
# the EU said on Tuesday".
_IRREGULAR_PAST_WORD = re.compile(
    r"\b(?:said|told|says|sent|went|came|took|gave|made|met|held|began|broke|fell|rose|won"
    r"|lost|left|spoke|struck|found|ran|brought|wrote|flew|hit|put|kept|paid|built)\b"
)


def _other_verb_between(text: str, start: int, end: int) -> bool:
    """Whether a past verb or participle stands between a clock time and a day named after
    it: the day is that verb's ("announced at 10 a.m., had been expected after figures
    published on Tuesday", "landed at dawn, and the EU said on Tuesday"), not the time's."""
    return any(w.group() not in g.NOT_PAST_ED for w in _ED_WORD.finditer(text, start, end)) or (
        _IRREGULAR_PAST_WORD.search(text, start, end) is not None
    )


def _dist(m: re.Match[str], w: re.Match[str]) -> int:
    return m.start() - w.end() if w.end() <= m.start() else w.start() - m.end()


# "at 11 p.m. on March 29", "on Nov. 11, 1918 at 5:10 a.m.": a month-day near a clock time.
_NEARBY_MONTH_DAY = re.compile(
    r"(?<![\w'’])(?P<mon>(?-i:[A-Z][a-z]{2,8}))\.?\s+(?P<md>[0-3]?\d)(?![\d:])"
    r"(?:,?\s+(?P<y>(?:1[0-9]|20)\d\d)(?!\d))?"
)


def _nearest_month_day(
    m: re.Match[str], ctx: Context, lo: int, hi: int
) -> tuple[int, date, str] | None:
    best: tuple[int, date, str] | None = None
    for w in _NEARBY_MONTH_DAY.finditer(ctx.text, lo, hi):
        month = _month(w.group("mon"))
        if not month:
            continue
        day = int(w.group("md"))
        if w.group("y"):
            y, why = int(w.group("y")), "date as written"
        else:
            y, why = year_for_day(month, day, ctx.published, ctx.tense(m.start(), m.end()))
        d = safe_date(y, month, day)
        dist = _dist(m, w)
        if d is not None and (best is None or dist < best[0]):
            best = (dist, d, f"{pretty_day(d)} ({why}; named in the same sentence)")
    return best


# A clock time that opens a line is a time stamp ("11:40 p.m. - The storm ..."), read on
# publication day, not on the last date the story mentioned.
_LINE_START = re.compile(r"(?:^|\n)[ \t]*(?:[A-Z][a-z]+:?[ \t]+)?$")
# How far back (characters) the last date mentioned still anchors a clock time.
_LAST_DAY_REACH = 1500


def _last_day_or_publication(m: re.Match[str], ctx: Context) -> tuple[date | None, str]:
    """A clock time whose sentence names no day: the last date the story mentioned
    ("At 5:10 a.m. on Nov. 11, 1918 ... did not take effect until 11 a.m."), unless it
    is a time stamp or that date is far back; else publication day."""
    last = ctx.last_day
    if (
        not ctx.day_reported
        and last is not None
        and last != ctx.published
        # a day still to come ("a dividend payable on Sept. 24") is no day a past clock
        # time ("shares fell 2% by 11:30 a.m.") happened on
        and not (last > ctx.published and ctx.tense(m.start(), m.end()) is Tense.PAST)
        and 0 <= m.start() - ctx.day_at <= _LAST_DAY_REACH
        and not _LINE_START.search(ctx.text, max(0, m.start() - 20), m.start())
    ):
        return last, f"the last date mentioned ({pretty_day(last)})"
    return ctx.published, "publication day"


def rule_time(m: re.Match[str], ctx: Context) -> Reading | None:
    named = _low(m.group("t_named"))
    day: date | None
    if m.group("t_tw"):
        return _twilight(m, ctx)
    if m.group("t_h4"):  # "0730 GMT": a 24-hour clock time written without a colon
        hour_i = int(m.group("t_h4"))
        if hour_i > 24:
            return None
        day, why = (
            _universal_of_local(m, ctx, hour_i, int(m.group("t_m4")))
            or _day_in_its_brackets(m, ctx)
            or _day_nearby(m, ctx)
        )
        if day is None:
            return None
        ctx.note_day(day)
        hhmm = f"{hour_i:02d}:{m.group('t_m4')}"
        return Reading(TIME, f"{day_iso(day)}T{hhmm}", f"24-hour clock time on {why}")
    if named:
        hhmm = g.NAMED_TIMES[named]
        every = None if m.group("t_day2") else _recurrence(m, ctx.text)
        if every is not None:  # "at noon every day"
            return Reading(SET, f"{every}T{hhmm}", "a time of day of a recurrence ('every day')")
        if m.group("t_day2"):
            day, why = _day_of(m.group("t_day2"), m, ctx)
        else:
            day, why = _day_nearby(m, ctx)
        clock = ctx.last_clock
        if (
            named == "midnight"
            and _AFTER_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())
            and (
                m.group("t_day2")
                or _DAY_RIGHT_AFTER.match(ctx.text, m.end())
                or (clock is not None and clock[2].date() == day and clock[2].hour < 12)
            )
        ):
            # "shortly after midnight on Saturday", or after "until 6 a.m. on Friday": the
            # small hours the day begins with, not its end (after a day named alone,
            # "midnight" ends it)
            hhmm = "00:00"
    else:
        h = m.group("t_h") or m.group("t_h2")
        mins = m.group("t_m") or m.group("t_m2") or "00"
        hour: float | None
        if h is None:
            hour = number(m.group("t_h3") or "")
            if hour is None:
                return None
        else:
            hour = float(h)
        hour_i = int(hour)
        ap = _low(m.group("t_ap")).replace(".", "").replace(" ", "")
        pod = _low(m.group("t_pod"))
        if ap or pod:
            if not 1 <= hour_i <= 12:
                return None
            if (ap == "pm" or pod in ("afternoon", "evening")) and hour_i < 12:
                hour_i += 12
            elif ap == "am" and hour_i == 12:
                hour_i = 0
        elif hour_i > 24:
            return None
        every = None if m.group("t_mon") or m.group("t_day") else _recurrence(m, ctx.text)
        if every is not None:  # "every morning at 4 a.m.": part of the recurrence
            value = f"{every}T{hour_i:02d}:{mins}"
            return Reading(SET, value, "a clock time of a recurrence ('every morning at')")
        if m.group("t_mon"):
            month, md = _month(m.group("t_mon")), int(m.group("t_md"))
            y, why = year_for_day(month, md, ctx.published, ctx.tense(m.start(), m.end()))
            day = safe_date(y, month, md)
        elif m.group("t_day"):
            day, why = _day_of(m.group("t_day"), m, ctx)
        else:
            local = _local_of_universal(m, ctx, hour_i, int(mins))
            if local is not None:
                ctx.note_day(local[0])
                return Reading(TIME, f"{day_iso(local[0])}T{hour_i:02d}:{mins}", local[1])
            day, why = _day_nearby(m, ctx)
            on = day
            day, why = _across_midnight(day, why, hour_i, m, ctx)
            day, why = _range_end_after_midnight(day, why, hour_i, int(mins), m, ctx)
            if day is not None and day != on:  # the night (or morning) named stays the day
                return Reading(TIME, f"{day_iso(day)}T{hour_i:02d}:{mins}", f"clock time on {why}")
        hhmm = f"{hour_i:02d}:{mins}"
    if day is None:
        return Reading(TIME, f"XXXX-XX-XXT{hhmm}", "day out of range")
    ctx.note_day(day)
    return Reading(TIME, f"{day_iso(day)}T{hhmm}", f"clock time on {why}")


_AFTER_BEFORE = re.compile(r"\bafter\s+$", re.IGNORECASE)
_DAY_RIGHT_AFTER = re.compile(
    r"\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE
)
# A recurrence right before or after a clock time: "Every morning at 4 a.m.", "at 6 p.m.
# daily", "on Sundays at 10 a.m.", "at noon each day".
_DAY_NAMES = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_EVERY_BEFORE = re.compile(
    rf"(?:\b(?:every|each)\s+(?:single\s+)?(?P<u>day|morning|afternoon|evening|night|weekday"
    rf"|{_DAY_NAMES})|\b(?:daily|nightly)|\bon\s+(?P<pl>{_DAY_NAMES})s)"
    r",?\s+(?:at|from|by|until|till|around|about|before|after|shortly\s+(?:before|after))?\s*$",
    re.IGNORECASE,
)
_EVERY_AFTER = re.compile(
    rf"\s*,?\s+(?:(?:every|each)\s+(?P<u>day|morning|afternoon|evening|night|weekday"
    rf"|{_DAY_NAMES})\b|(?:daily|nightly)\b|on\s+(?P<pl>{_DAY_NAMES})s\b)",
    re.IGNORECASE,
)


def _recurrence(m: re.Match[str], text: str) -> str | None:
    """The days a clock time recurs on ("XXXX-XX-XX", "XXXX-WXX-7" for Sundays) when a
    recurrence stands right by it; None otherwise."""
    found = _EVERY_BEFORE.search(text, max(0, m.start() - 40), m.start()) or _EVERY_AFTER.match(
        text, m.end()
    )
    if found is None:
        return None
    day = (found.group("u") or found.group("pl") or "").lower()
    return f"XXXX-WXX-{g.WEEKDAYS[day] + 1}" if day in g.WEEKDAYS else "XXXX-XX-XX"


_SMALL_HOURS = 6  # a clock time before this hour after a night is the next morning
_EVENING = 18  # ... and one from this hour after a morning on publication day, the evening before


def _across_midnight(
    day: date | None, why: str, hour: int, m: re.Match[str], ctx: Context
) -> tuple[date | None, str]:
    """A clock time read on the day just named, moved across midnight where the story's
    part of day says so: "Monday night ... by 4 a.m." is Tuesday's small hours; "relatives
    gathered on Thursday morning ... he called at 11:15 p.m.", in the past on publication
    day Thursday, is the evening before (that evening had not come when it was filed)."""
    if day is None or day != ctx.last_day:
        return day, why
    if hour < _SMALL_HOURS and ctx.day_part == "NI":
        after = add_days(day, 1)
        if after is not None:
            return after, f"{pretty_day(after)}, the small hours after the night named before"
    if (
        hour >= _EVENING
        and ctx.day_part == "MO"
        and day == ctx.published
        and ctx.tense(m.start(), m.end()) is Tense.PAST
    ):
        before = add_days(day, -1)
        if before is not None:
            return before, (
                f"{pretty_day(before)}, the evening before the morning named"
                " (past tense; that evening was still to come at publication)"
            )
    return day, why


# What joins the two ends of a range of clock times: "from 10 p.m. to 3 a.m.", "8 p.m.
# until 6 a.m.", "between 11 p.m. and 6 a.m." (a weekday may follow the first: "from 10
# p.m. on Monday to 3 a.m.").
_CLOCK_RANGE_JOIN = re.compile(
    r"(?:\s+on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)?"
    r"\s*(?P<j>to|until|till|through|and|-|–|—)\s*",
    re.IGNORECASE,
)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)


def _range_end_after_midnight(
    day: date | None, why: str, hour: int, mins: int, m: re.Match[str], ctx: Context
) -> tuple[date | None, str]:
    """The end of a range of clock times earlier in the day than its start is the next
    morning's: "a curfew from 8 p.m. to 6 a.m.", "talks ran from 10 p.m. to 3 a.m."."""
    clock = ctx.last_clock
    if (
        day is None
        or clock is None
        or clock[2].date() != day
        or _DAY_RIGHT_AFTER.match(ctx.text, m.end())  # "until 6 a.m. on Tuesday": that day's
    ):
        return day, why
    join = _CLOCK_RANGE_JOIN.fullmatch(ctx.text, clock[1], m.start())
    if join is None or (hour, mins) >= (clock[2].hour, clock[2].minute):
        return day, why
    if join.group("j").lower() == "and" and not _BETWEEN_BEFORE.search(
        ctx.text, max(0, clock[0] - 12), clock[0]
    ):
        return day, why  # "at 10 p.m. and 3 a.m.": two times, no range
    after = add_days(day, 1)
    if after is None:
        return day, why
    return after, f"{pretty_day(after)}, the morning after the range's start ({why})"


def _twilight(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "at dawn Friday": the part of day the sun-up/sun-down word falls in."""
    if not _TWILIGHT_PREP.search(ctx.text, max(0, m.start() - 24), m.start()):
        return None
    word = _low(m.group("t_tw"))
    if m.group("t_day3"):
        day, why = _day_of(m.group("t_day3"), m, ctx)
    else:
        day, why = _day_nearby(m, ctx)
        pub, period = ctx.published, ctx.last_period
        if day == pub and period is not None and period != (pub.year, pub.month):
            return None  # "In June 2022 ... by dawn": a dawn of that time, not of today
    if day is None:
        return None
    ctx.note_day(day)
    pod = g.TWILIGHT[word]
    return Reading(TIME, f"{day_iso(day)}T{pod}", f"{word}: part of the day on {why}")


def _day_span(first: date, last_day: int) -> DateRange | None:
    """ "Sept. 23-25": from the first day through ``last_day`` of the same month."""
    last = safe_date(first.year, first.month, last_day)
    if last is None or last <= first:
        return None
    end = add_days(last, 1)
    if end is None:
        return None
    return DateRange(
        datetime.combine(first, datetime.min.time()),
        datetime.combine(end, datetime.min.time()),
        Precision.DAY,
    )


def _and_day(m: re.Match[str], ctx: Context, first: date, why: str) -> Reading | None:
    """ "between March 3 and 5": the bare day after "and" is the same month's day."""
    a = _AND_DAY.match(ctx.text, m.end())
    if a is None:
        return None
    d = safe_date(first.year, first.month, int(a.group("d")))
    if d is None or d <= first:
        return None
    return Reading(
        DATE,
        day_iso(d),
        f"a day of the month just named ({why})",
        None,
        None,
        a.start("d"),
        a.end("d"),
    )


def rule_full(m: re.Match[str], ctx: Context) -> Reading | None:
    if m.group("f_dw"):
        return _ordinal_of_month(m, ctx)
    r = _full(m, ctx)
    if r is None:
        return None
    if (
        m.group("f_the")
        and not (m.group("f_wd") or m.group("f_wk"))
        and (m.group("f_m") or m.group("f_m3"))
    ):
        # "the June 2016 referendum", "the March 20 meeting": TimeBank leaves "the" out
        return replace(r, start=m.end("f_the"))
    return r


def _full(m: re.Match[str], ctx: Context) -> Reading | None:
    mname = m.group("f_m") or m.group("f_m2") or m.group("f_m3")
    month = _month(mname)
    if not month:
        return None
    ystr = m.group("f_y") or m.group("f_y2") or m.group("f_y3")
    spelled = m.group("f_sy")
    dstr = m.group("f_d") or m.group("f_d2")
    if dstr is None:  # month and year
        sy = spelled_year(spelled) if spelled else None
        y = int(ystr) if ystr else sy if sy is not None else 0
        rel = _low(m.group("f_rel"))
        why = "month and year as written"
        if rel:  # "June last year"
            y = ctx.published.year + {"last": -1, "next": 1}.get(rel, 0)
            why = f"month of {rel} year (publication {ctx.published.year})"
        if not y:
            return None
        mod = _period_mod(m.group("f_pm"))
        ctx.last_period = (y, month)
        return Reading(DATE, f"{y:04d}-{month:02d}", why, mod)
    day = int(dstr)
    if ystr:
        y, why = int(ystr), "date as written"
    else:
        tense = ctx.tense(m.start(), m.end())
        gap = 1 << 30
        if tense is Tense.PAST and _PAST_VERB_ON.search(
            ctx.text, max(0, m.start() - 30), m.start()
        ):
            gap = ctx.verb_gap(m.start(), m.end())
        y, why = year_for_day(month, day, ctx.published, tense, gap)
        back = flashback_month_year(ctx, month, m.start()) if tense is Tense.PAST else None
        if back is not None:
            y, why = back, f"the first such day after the past the story tells of ({back})"
    d = safe_date(y, month, day)
    if d is None:
        return Reading(DATE, f"XXXX-{month:02d}-{day:02d}", "no such day in the calendar")
    ctx.note_day(d)
    if m.group("f_we"):
        # "the weekend of Nov. 21-22", "the weekend of Dec. 5": the weekend by that day (a
        # Friday's is the weekend after it)
        sat = weekday_on_or_after(d, 5) if d.weekday() < 5 else d
        if sat is None:
            return None
        return Reading(DATE, iso_week(sat) + "-WE", f"the weekend by {pretty_day(d)} ({why})")
    if m.group("f_wk"):  # "the week of March 6": the calendar week holding that day
        return Reading(DATE, iso_week(d), f"the week holding {pretty_day(d)} ({why})")
    if m.group("f_de"):
        span = _day_span(d, int(m.group("f_de")))
        if span is None:  # "Sept. 23-5" is no range: the first day alone
            return Reading(DATE, day_iso(d), why, end=m.end("f_d"))
        why += f"; a range of days through {pretty_day(span.end.date() - timedelta(days=1))}"
        return Reading(DATE, day_iso(d), why, None, span)
    return Reading(DATE, day_iso(d), why, also=_and_day(m, ctx, d, why))


# A past verb of an event right before "on" and a month-day ("the government fell on Dec.
# 9", "prices rose sharply on"): the day it happened, gone by publication. Not "was likely
# on Jan. 13", "extended the offer to Nov. 20" or a passive ("the summit was held on April
# 24", reported early in a year, may be the coming one).
_PAST_VERB_ON = re.compile(
    r"(?<![\w'’])(?<!was )(?<!were )(?<!been )(?!(?:was|were|had|been)\b)(?:[a-z]+ed|"
    + "|".join(w for w in g.PAST_CUES if " " not in w and w.isalpha())
    + r")\s+(?:[a-z]+ly\s+)?on\s+$"
)


def _ordinal_of_month(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "the Fourth of July", "the first of May": a spelled ordinal day of a month."""
    month = _month(m.group("f_m4"))
    day = g.ORDINALS.get(_low(m.group("f_dw")), 0)
    if not month or not 1 <= day <= 31:
        return None
    if m.group("f_y4"):
        y, why = int(m.group("f_y4")), "date as written"
    else:
        y, why = year_for_day(month, day, ctx.published, ctx.tense(m.start(), m.end()))
    d = safe_date(y, month, day)
    if d is None:
        return None
    ctx.note_day(d)
    return Reading(DATE, day_iso(d), f"ordinal day of the month ({why})")


def rule_nth(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "on the 19th": that day of publication's month, moved a month by tense."""
    day = int(m.group("n_o"))
    pub = ctx.published
    tense = ctx.tense(m.start(), m.end())
    y, mo = pub.year, pub.month
    why = "day of the publication month"
    if tense is Tense.PAST and day > pub.day:
        y, mo = add_months(y, mo, -1)
        why = "day of the month before publication (past tense, day after publication)"
    elif tense is Tense.FUTURE and day < pub.day:
        y, mo = add_months(y, mo, 1)
        why = "day of the month after publication (future tense, day before publication)"
    d = safe_date(y, mo, day)
    if d is None:
        return None
    ctx.note_day(d)
    return Reading(DATE, day_iso(d), why)


def rule_iso(m: re.Match[str], ctx: Context) -> Reading | None:
    why = "numeric date as written"
    if m.group("i_y"):
        y, mo, d = int(m.group("i_y")), int(m.group("i_m")), int(m.group("i_d"))
    elif m.group("e_y"):
        # "23.09.2016": a dotted date is day.month.year (the European order; US wire copy
        # writes month/day/year with slashes, never with dots).
        y, mo, d = int(m.group("e_y")), int(m.group("e_m")), int(m.group("e_d"))
        why = "numeric date as written (day.month.year)"
    else:
        y, mo, d = int(m.group("n_y")), int(m.group("n_m")), int(m.group("n_d"))
        if y < 100:
            y += 1900 if y > 30 else 2000
    day = safe_date(y, mo, d)
    if day is None:
        return None
    ctx.note_day(day)
    if m.group("i_h"):
        return Reading(TIME, f"{day_iso(day)}T{m.group('i_h')}:{m.group('i_mi')}", "as written")
    return Reading(DATE, day_iso(day), why)


# "a decade later, in 1996": a year in apposition right after a counted offset.
_YEAR_IN_APPOSITION = re.compile(r",?\s+in\s+(?P<y>(?:1[89]|20)\d\d)(?![\d%-]|[,.]\d)")


_THIS_PART_AFTER = re.compile(r"\s+(?:this\s+(?P<p>week|month)|(?P<p2>today))\b", re.IGNORECASE)


def rule_ago(m: re.Match[str], ctx: Context) -> Reading | None:
    n = number(m.group("a_n"))
    unit = _unit(m.group("a_u"))
    word = _low(m.group("a_w"))
    sign = g.OFFSET_WORDS.get(word, -1)
    mod = g.QUANTITY_MODS.get(_low(m.group("a_q"))) if m.group("a_q") else None
    if word in ("before", "after") and _EVENT_AFTER.match(ctx.text, m.end()):
        # "a month after the strike began": the anchor is an event, not a date; TimeML
        # marks the length alone and leaves "after" as a signal.
        why = f"a length of time before/after an event ('{word}' is not part of it)"
        return Reading(DURATION, duration_value(n, unit), why, mod, None, None, m.end("a_u"))
    if word in ("later", "earlier") and _THAN_AFTER.match(ctx.text, m.end()):
        # "two years later than planned": a comparison of two dates, only the length is one
        why = f"a length of time in a comparison ('{word} than ...'), not a date"
        return Reading(DURATION, duration_value(n, unit), why, mod, None, None, m.end("a_u"))
    if n is None:
        ref = "PAST_REF" if sign < 0 else "FUTURE_REF"
        return Reading(DATE, ref, f"an unspecified number of {unit}s {word}", mod)
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
    in_month = _month_offset(n, unit, sign, word, ctx, m.start())
    if in_month is None:
        in_month = _year_offset(n, unit, word, ctx, m.start())
    if in_month is not None:
        return replace(in_month, mod=mod)
    anchor, anchor_name = _offset_anchor(word, unit, ctx)
    clock = ctx.last_clock
    if (
        unit == "second"
        and word in g.DISCOURSE_OFFSETS
        and (clock is None or not 0 <= m.start() - clock[0] <= _CLOCK_REACH)
    ):
        # "A second later, the gates were shut": a moment after something the story tells,
        # with no clock time to count from, is no day (not the day of publication)
        why = f"{word} by seconds, with no clock time to count from: a length, not a date"
        return Reading(DURATION, duration_value(n, unit), why, mod, None, None, m.end("a_u"))
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
    if sign < 0 and anchor > ctx.published and ctx.tense(m.start(), m.end()) is Tense.PAST:
        # "has until May 15 to rule ... said two days earlier": the last date named is
        # still to come, and what was said earlier is past: counted from publication.
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
    if n != whole:
        if code == "Y":
            code, whole = "M", round(n * 12)
        elif code == "M":
            code, whole = "D", round(n * 30)
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
    value = at_granularity(d, "month" if code == "M" and unit not in ("month",) else unit)
    from_day = unit == "week" and n == whole and anchor_name == "the last date mentioned"
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


_THAN_AFTER = re.compile(r"\s+than\b", re.IGNORECASE)
# What a figure is compared with: "up from 40% a year earlier", "compared with a year ago".
_COMPARED_BEFORE = re.compile(
    r"(?:\b(?:from|with|than|to|versus|against|vs\.?)|%|\d)\s+$", re.IGNORECASE
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
    if day is not None and (period is None or period == (day.year, day.month)):
        return day, "the last date mentioned"
    if period is not None and (unit in _PERIOD_OFFSET_UNITS or (unit == "month" and period[1])):
        y, month = period
        d = safe_date(y, month or 1, 1)
        if d is not None:
            return d, f"the last period mentioned ({y:04d}{f'-{month:02d}' if month else ''})"
    if day is not None:
        return day, "the last date mentioned"
    return ctx.published, "publication"


# How far back (characters, about two sentences) a clock time anchors "an hour later".
_CLOCK_REACH = 400
# How far (characters, same sentence) a quarter just named anchors "a year earlier".
_QUARTER_REACH = 100
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s")


def _half_just_named(m: re.Match[str], ctx: Context) -> tuple[int, int] | None:
    """The half-year (year, 1 or 2) named just before ``m`` in its sentence, after any
    quarter or month: what "a year earlier" then compares with."""
    half = ctx.half_named
    if half is None or not 0 <= m.start() - half[0] <= _QUARTER_REACH:
        return None
    if _SENTENCE_END.search(ctx.text, half[0], m.start()):
        return None
    later = [p[0] for p in (ctx.quarter_named, ctx.month_named) if p is not None]
    if any(at > half[0] for at in later):
        return None
    return half[1]


# "the third quarter of its fiscal year", "of the financial year"
_OF_FISCAL_YEAR = re.compile(
    r"\s+of\s+(?:its|the|their|our|this|that)\s+(?:fiscal|financial|business)\s+year\b",
    re.IGNORECASE,
)
_APPOSITION = re.compile(r"\s*(?:,|\(|—|–|-)\s*(?:or\s+)?(?:its\s+|the\s+)?$")


def _fiscal_quarter(m: re.Match[str], ctx: Context, q: int) -> tuple[tuple[int, int], str] | None:
    """A numbered fiscal quarter the story ties to calendar months: in apposition to the
    calendar quarter just named ("the October-December quarter, the third quarter of its
    fiscal year") or ended on a date ("its fiscal second quarter ended Dec. 31"). That
    quarter, and the shift from fiscal to calendar quarters kept for the rest of the story;
    None for any other quarter."""
    text = ctx.text
    fiscal = bool(m.group("q_fis")) or _OF_FISCAL_YEAR.match(text, m.end()) is not None
    if not fiscal:
        # "its second quarter, the three months to Dec. 31": the months say which it is
        ended = _ended_quarter(m, ctx)
        if ended is None or (ended[1] - q) % 4 == 0:
            return None
        ctx.fiscal_shift = (ended[1] - q) % 4
        return ended, "the calendar quarter of the three months up to the end date that follows"
    near = ctx.quarter_named
    if near is not None and 0 <= m.start() - near[0] <= 12:
        between = text[near[0] : m.start()]
        if _APPOSITION.match(between):
            ctx.fiscal_shift = (near[1][1] - q) % 4
            return near[1], "the calendar quarter just named, which the story calls so"
    ended = _ended_quarter(m, ctx)
    if ended is not None:
        ctx.fiscal_shift = (ended[1] - q) % 4
        return ended, "the calendar quarter of the three months up to the end date that follows"
    return None


def fiscal_year_end(ctx: Context, start: int, month: int, whole_month: bool = False) -> bool:
    """After "whose fiscal year ends on June 30" (a month-day at ``start``): the story's
    quarters are counted on that fiscal calendar (its fourth quarter ends that month), and
    the day is every year's (True). "In the fiscal year ended Jan. 31" sets the calendar
    too, but that day is one past day (False). A month (``whole_month``) is every year's
    only after "ends in" ("its fiscal year ends in December"), not after "the fiscal year
    ending in March", which is one year."""
    m = _FISCAL_YEAR_END.search(ctx.text, max(0, start - 40), start)
    if m is None:
        runs = _FISCAL_YEAR_RUNS.search(ctx.text, max(0, start - 60), start)
        if runs is None:
            return False
        if not runs.group("first"):  # "runs from July": it ends in June
            month = (month - 2) % 12 + 1
        ctx.fiscal_shift = ((month - 1) // 3 + 1 - 4) % 4
        return True
    ctx.fiscal_shift = ((month - 1) // 3 + 1 - 4) % 4
    said = m.group().lower()
    if whole_month:
        return "ending" not in said and "ended" not in said
    return "ended" not in said


# Words of a company's results, near a quarter the story may count on its fiscal calendar.
_RESULTS_CUE = re.compile(
    r"\b(?:profits?|earnings|revenues?|sales|results|loss(?:es)?|income|margins?|forecasts?"
    r"|outlook|guidance|fiscal|dividends?|deliveries|shipments|orders|production|output"
    r"|charges?|write-?downs?)\b",
    re.IGNORECASE,
)


def _calendar_quarter(q: int, ctx: Context, m: re.Match[str] | None = None) -> tuple[int, str]:
    """The calendar quarter a numbered quarter of the story is, and why: on the story's
    fiscal calendar for a short form ("Q3") or a quarter of results ("profit in the fourth
    quarter"), not for other things ("expected to close in the second quarter")."""
    if not ctx.fiscal_shift or (m is not None and not _results_sentence(m, ctx)):
        return q, "latest such quarter by publication"
    cal = (q - 1 + ctx.fiscal_shift) % 4 + 1
    why = f"fiscal quarter {q} is calendar quarter {cal}, as the story says; the latest such"
    return cal, why


def _half_year(h: int, pub: date, tense: Tense) -> tuple[int, str]:
    """The year of half ``h`` named without one: the latest begun by publication; in the
    future tense the one under way or the next ("will raise prices in the second half")."""
    current = 1 if pub.month <= 6 else 2
    if tense is Tense.FUTURE:
        if h >= current:
            return pub.year, "the half-year under way or to come (future tense)"
        return pub.year + 1, "the next such half-year (future tense)"
    if h <= current:
        return pub.year, "latest such half-year by publication"
    return pub.year - 1, "latest such half-year by publication"


def _fiscal_half(h: int, ctx: Context, m: re.Match[str], fiscal_year: int | None) -> Reading | None:
    """A half of a fiscal year that ends in June (``fiscal_shift`` 2, from "whose fiscal year
    runs from July to June"), in a sentence of results: its first half is the calendar
    second half before ("H1 results, released in February", written in August, are
    2025-H2), its second half the calendar first half. Told in the past, it is a half that
    has ended; ``fiscal_year`` is the year written after "of fiscal"."""
    if ctx.fiscal_shift != 2 or not (_results_sentence(m, ctx) or "fiscal" in m.group().lower()):
        return None
    cal = 3 - h
    if fiscal_year is not None:
        y = fiscal_year - 1 if cal == 2 else fiscal_year
        return Reading(DATE, f"{y:04d}-H{cal}", f"fiscal half {h} of fiscal {fiscal_year}")
    pub = ctx.published
    tense = ctx.tense(m.start(), m.end())
    y, why = _half_year(cal, pub, tense)
    if tense is not Tense.FUTURE and (y, cal) == (pub.year, 1 if pub.month <= 6 else 2):
        y, why = y - 1, "the latest such half-year ended by publication (results told)"
    why = f"fiscal half {h} of a year ending in June: the calendar half {cal} ({why})"
    return Reading(DATE, f"{y:04d}-H{cal}", why)


def _short_quarter(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "Q3", "3Q 2015", "H1": the short forms of quarters and halves."""
    pub = ctx.published
    yy = m.group("q_qy") or m.group("q_qyy")
    explicit = None
    if yy:
        explicit = int(yy) if len(yy) == 4 else (pub.year // 100) * 100 + int(yy)
    if m.group("q_hn"):
        h = int(m.group("q_hn"))
        if explicit is not None:
            return Reading(DATE, f"{explicit:04d}-H{h}", "half-year as written")
        fiscal = _fiscal_half(h, ctx, m, None)
        if fiscal is not None:
            return fiscal
        y, why = _half_year(h, pub, ctx.tense(m.start(), m.end()))
        return Reading(DATE, f"{y:04d}-H{h}", why)
    q = int(m.group("q_qn") or m.group("q_qn2"))
    if explicit is not None:
        y, why = explicit, "quarter as written"
    else:
        q, why = _calendar_quarter(q, ctx)
        y = latest_quarter_on_or_before(q, pub, ctx.tense(m.start(), m.end()))
    ctx.note_quarter((y, q))
    return Reading(DATE, f"{y:04d}-Q{q}", why)


_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def _month_span(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "the January-March quarter": a calendar quarter (or half) named by its months; any
    other span of months is a date range from the first month through the last."""
    first, last = _month(m.group("q_rm1")), _month(m.group("q_rm2"))
    if not first or not last or first == last:
        return None
    n = (last - first) % 12 + 1
    start = m.start()
    the = _THE_BEFORE.search(ctx.text, max(0, start - 5), start) if m.group("q_ru") else None
    if the is not None:
        start = the.start()  # "the" goes with "quarter"
    pub = ctx.published
    explicit = int(m.group("q_ry")) if m.group("q_ry") else None
    written = f"{m.group('q_rm1')}-{m.group('q_rm2')}"
    if n == 3 and first % 3 == 1:
        q = (first - 1) // 3 + 1
        if explicit is not None:
            y, why = explicit, "quarter as written"
        else:
            y = latest_quarter_on_or_before(q, pub, ctx.tense(m.start(), m.end()))
            why = "latest such quarter by publication"
        ctx.note_quarter((y, q))
        return Reading(
            DATE, f"{y:04d}-Q{q}", f"{written}: the calendar quarter ({why})", None, None, start
        )
    if n == 6 and first in (1, 7):
        h = 1 if first == 1 else 2
        y = (
            explicit
            if explicit is not None
            else pub.year
            if h == 1 or pub.month > 6
            else (pub.year - 1)
        )
        return Reading(DATE, f"{y:04d}-H{h}", f"{written}: the half-year", None, None, start)
    if explicit is not None:
        y_last = explicit if last >= first else explicit + 1
        why = "months as written"
    else:
        tense = ctx.tense(m.start(), m.end())
        gap = ctx.verb_gap(m.start(), m.end()) if tense is Tense.PAST else 1 << 30
        y_last, why = year_for_month(last, pub, tense, gap)
    y_first = y_last if first < last else y_last - 1
    end = datetime(y_last + 1, 1, 1) if last == 12 else datetime(y_last, last + 1, 1)
    rng = DateRange(datetime(y_first, first, 1), end, Precision.MONTH)
    ctx.last_period = (y_last, last)
    why = f"months {written} ({why}; value: the first month)"
    return Reading(DATE, f"{y_first:04d}-{first:02d}", why, None, rng, start)


# A quarter named by its last month: "the June quarter" is April to June.
_QUARTER_OF_END_MONTH = {"March": 1, "June": 2, "September": 3, "December": 4}


# "the first half of the fiscal year, the six months to Sept. 30": a half of a fiscal
# year, with the months the story gives it
_FISCAL_HALF_AFTER = re.compile(
    r"\s+of\s+(?:the|its|this)\s+(?:current\s+)?(?:fiscal|financial)\s+year(?P<fy>)"
    r",?\s+(?:the|its)\s+six\s+months\s+(?:to|ended|ending|through|until)\s+"
    r"(?:the\s+end\s+of\s+)?(?P<mon>[A-Za-z]+)\b",
    re.IGNORECASE,
)


def _fiscal_half_of_months(fiscal: re.Match[str], ordw: str, ctx: Context) -> Reading:
    """A fiscal half-year as the six months the story says it is, ending in the latest such
    month by publication (TimeML's H1/H2 are calendar halves: valued by its first month,
    as a span of months is)."""
    pub = ctx.published
    last = _month(fiscal.group("mon"))
    ey = pub.year if last <= pub.month else pub.year - 1
    sy, sm = add_months(ey, last, -5)
    ny, nm = add_months(ey, last, 1)
    rng = DateRange(datetime(sy, sm, 1), datetime(ny, nm, 1), Precision.MONTH, approximate=True)
    why = f"the {ordw} half of the fiscal year: the six months to {fiscal.group('mon')}"
    if last in (6, 12):  # the months of a calendar half: that half
        return Reading(DATE, f"{ey:04d}-H{last // 6}", why, end=fiscal.end("fy"))
    return Reading(DATE, f"{sy:04d}-{sm:02d}", why, None, rng, end=fiscal.end("fy"))


def rule_quarter(m: re.Match[str], ctx: Context) -> Reading | None:
    if m.group("q_qm"):
        qe = _QUARTER_OF_END_MONTH[m.group("q_qm")]
        y = latest_quarter_on_or_before(qe, ctx.published, ctx.tense(m.start(), m.end()))
        ctx.note_quarter((y, qe))
        why = f"the quarter ending in {m.group('q_qm')} (latest such quarter by publication)"
        return Reading(DATE, f"{y:04d}-Q{qe}", why)
    if m.group("q_rm1"):
        return _month_span(m, ctx)
    if m.group("q_qn") or m.group("q_qn2") or m.group("q_hn"):
        return _short_quarter(m, ctx)
    pub = ctx.published
    cur = (pub.year, quarter_of(pub))
    prev = (cur[0] - 1, 4) if cur[1] == 1 else (cur[0], cur[1] - 1)
    half = _low(m.group("q_u")) == "half"
    ordw = _low(m.group("q_ord") or m.group("q_ord0") or m.group("q_ord1") or m.group("q_adj"))
    if ordw == "prior":
        ordw = "previous"  # "up 2% from the prior quarter"
    if m.group("q_ya") or m.group("q_lyq"):  # "the corresponding period last year"
        ordw = "year-ago"
    explicit_year: int | None = None
    if m.group("q_y") or m.group("q_y2") or m.group("q_y0"):
        explicit_year = int(m.group("q_y") or m.group("q_y2") or m.group("q_y0"))
        if not ordw:
            q = ctx.last_quarter[1] if ctx.last_quarter and not ctx.year_to_date else None
            if q is None:
                return Reading(DATE, f"{explicit_year:04d}", "a period of the year as written")
            return Reading(DATE, f"{explicit_year:04d}-Q{q}", "the quarter under discussion")
    rel = _low(m.group("q_yd") or m.group("q_yr"))
    if rel:
        explicit_year = pub.year + {"last": -1, "next": 1}.get(rel, 0)
    if half and ordw == "last" and explicit_year is not None:  # "the last half of 1989"
        return Reading(DATE, f"{explicit_year:04d}-H2", "the second half of the year named")
    months = _FISCAL_HALF_AFTER.match(ctx.text, m.end()) if half and not explicit_year else None
    if months is not None and ordw in ("first", "second") and _month(months.group("mon")):
        return _fiscal_half_of_months(months, ordw, ctx)
    if ordw in g.ORDINALS or ordw == "final":
        q = 4 if ordw == "final" else g.ORDINALS[ordw]
        if q > (2 if half else 4):
            return None
        if half and (explicit_year is None or m.group("q_y2")):
            fy = int(m.group("q_y2")) if m.group("q_y2") else None
            fiscal_half = _fiscal_half(q, ctx, m, fy)
            if fiscal_half is not None and (fy is not None or _half_year_context(m, ctx)):
                return fiscal_half
        if explicit_year is not None:
            y, why = explicit_year, "year as written"
        elif half:
            if not _half_year_context(m, ctx):
                return None  # "dominated the first half": a half of a match
            y, why = _half_year(q, pub, ctx.tense(m.start(), m.end()))
        elif not half:
            fiscal = _fiscal_quarter(m, ctx, q)
            if fiscal is not None:
                ctx.note_quarter(fiscal[0])
                return Reading(DATE, f"{fiscal[0][0]:04d}-Q{fiscal[0][1]}", fiscal[1])
            q, why = _calendar_quarter(q, ctx, m)
            y = latest_quarter_on_or_before(
                q, pub, ctx.tense(m.start(), m.end()), _results_sentence(m, ctx)
            )
        if half:
            return Reading(DATE, f"{y:04d}-H{q}", why)
        ctx.note_quarter((y, q))
        return Reading(DATE, f"{y:04d}-Q{q}", why)
    if half:
        return None
    base = ctx.last_quarter or prev
    half_named = _half_just_named(m, ctx)
    if half_named is not None and ordw in ("year-ago", "year-earlier"):
        # "Second-half profit rose from the same period a year earlier": that half
        why = "the same half-year a year before (the half named just before)"
        return Reading(DATE, f"{half_named[0] - 1:04d}-H{half_named[1]}", why)
    if ctx.year_to_date and ordw in ("year-ago", "year-earlier"):
        return Reading(DATE, f"{base[0] - 1:04d}", "the same part of the year a year before")
    # A quarter already under discussion (perhaps a fiscal one) is the one that ended.
    ended = _ended_quarter(m, ctx) if ctx.last_quarter is None else None
    if ended is not None and ordw not in ("year-ago", "year-earlier"):
        ctx.note_quarter(ended)
        why = "the calendar quarter of the three months up to the end date that follows"
        return Reading(DATE, f"{ended[0]:04d}-Q{ended[1]}", why)
    if ordw in ("year-ago", "year-earlier"):
        yq = (base[0] - 1, base[1])
        why = "the same quarter a year before"
    elif ordw in ("previous", "preceding") and ctx.last_quarter is not None:
        # "grew in the third quarter, after contracting in the previous quarter": the one
        # before the quarter just named ("last quarter" stays the one before publication's)
        lq = ctx.last_quarter
        yq = (lq[0] - 1, 4) if lq[1] == 1 else (lq[0], lq[1] - 1)
        why = "the quarter before the one just named"
    elif ordw in ("last", "previous", "preceding"):
        yq, why = prev, "the quarter before publication's"
    elif ordw == "current":
        yq, why = cur, "publication's quarter"
    elif ordw == "next":
        yq = (cur[0] + 1, 1) if cur[1] == 4 else (cur[0], cur[1] + 1)
        why = "the quarter after publication's"
    else:
        yq, why = base, "the quarter under discussion"
        ctx.note_quarter(yq)
    return Reading(DATE, f"{yq[0]:04d}-Q{yq[1]}", why)


# "the first half" names half a year only with no year written when its sentence is about
# money or the economy ("first-half profit", "sales will recover in the second half") and
# not about a match ("scored early in the second half").
_HALF_YEAR_CUE = re.compile(
    r"\b(?:profits?|revenues?|sales|earnings|results|growth|econom(?:y|ic|ies)|gdp"
    r"|inflation|output|margins?|loss(?:es)?|dividends?|forecasts?|outlook|guidance|fiscal"
    r"|budget|income|demand|prices|exports|imports|production|deliveries|orders|shipments"
    r"|investment|spending|quarters?|percent|billion|million)\b|[%$€£¥]",
    re.IGNORECASE,
)
_MATCH_CUE = re.compile(
    r"\b(?:minutes?|goals?|match|matches|game|games|scored|scoring|penalty|half-?time"
    r"|pitch|equali[sz]er|striker|referee|kick-?off|touchdowns?|innings|tries|stoppage"
    r"|header|keeper|goalkeeper|whistle|fans)\b",
    re.IGNORECASE,
)
_HALF_REACH = 150  # characters either side, within the sentence


def _half_year_context(m: re.Match[str], ctx: Context) -> bool:
    lo, hi = _sentence_around(m, ctx.text)
    if _MATCH_CUE.search(ctx.text, lo, hi):
        return False
    return _HALF_YEAR_CUE.search(ctx.text, lo, hi) is not None


_SENTENCE_END_ANY = re.compile(r"[.!?][\"”’']?(?:\s|$)")


def _sentence_around(m: re.Match[str], text: str) -> tuple[int, int]:
    """The span of the sentence around ``m``, at most ``_HALF_REACH`` characters either side."""
    lo, hi = max(0, m.start() - _HALF_REACH), min(len(text), m.end() + _HALF_REACH)
    before = _SENTENCE_END_ANY.findall(text, lo, m.start())
    if before:
        lo = text.rfind(before[-1], lo, m.start()) + len(before[-1])
    after = _SENTENCE_END_ANY.search(text, m.end(), hi)
    if after is not None:
        hi = after.start()
    return lo, hi


def _results_sentence(m: re.Match[str], ctx: Context) -> bool:
    """The sentence around ``m`` speaks of results (a word of _RESULTS_CUE outside ``m``)."""
    lo, hi = _sentence_around(m, ctx.text)
    cue = _RESULTS_CUE
    return bool(cue.search(ctx.text, lo, m.start()) or cue.search(ctx.text, m.end(), hi))


def _ended_quarter(m: re.Match[str], ctx: Context) -> tuple[int, int] | None:
    """ "the quarter ended July 31": the calendar quarter holding most of those 3 months."""
    e = _ENDED.match(ctx.text, m.end())
    if e is None:
        return None
    month = _month(e.group("mon"))
    if not month:
        return None
    day = int(e.group("day"))
    y, _ = year_for_day(month, min(day, 28), ctx.published, Tense.PAST)
    end = safe_date(y, month, day)
    middle = add_days(end, -45) if end is not None else None
    if middle is None:
        return None
    return middle.year, quarter_of(middle)


_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:and|or|but|in|at|to|for|when|with|of|on|as|the|a|is|was|will|would)\b)[a-z]"
)


# "the year to June 30", "the year through March": a year named by the month it ends in.
_YEAR_TO = re.compile(r"\s+(?:to|through)\s+(?:the\s+end\s+of\s+)?(?P<mon>(?-i:[A-Z][a-z]{2,8}))\b")


# "the year ahead" (not "the year ahead of the election": a preposition)
_AHEAD = re.compile(r"\s+ahead\b(?!\s+of\b)", re.IGNORECASE)


def rule_theyear(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "for the year": publication's year; "the year ended March 31": a year's length."""
    pub = ctx.published
    unit = _low(m.group("ty_u"))
    if unit:  # "the end of the month": publication's month or week
        mod = _period_mod(m.group("ty_pm"))
        if unit == "week":
            return Reading(DATE, iso_week(pub), "the week under way at publication", mod)
        if unit == "decade":  # "close its last coal plant by the end of the decade"
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
        last = 3 * ctx.fiscal_shift
        y = pub.year if pub.month <= last else pub.year + 1
        why = f"the month the fiscal year under way ends ({y:04d}-{last:02d})"
        return Reading(DATE, f"{y:04d}-{last:02d}", why)
    if _year_reported(m, ctx):
        y -= 1
        why = f"the year just ended ({y}): results told in the past early in a year are of the last"
        return Reading(DATE, f"{y:04d}", why, mod)
    return Reading(DATE, f"{y:04d}", f"the year under way at publication ({y})", mod)


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


def rule_decade(m: re.Match[str], ctx: Context) -> Reading | None:
    if m.group("d_sp"):  # "the nineties": a decade of the 1900s
        digit = g.DECADE_WORDS[_low(m.group("d_sp"))]
        return Reading(DATE, f"19{digit}", "decade in words", _period_mod(m.group("d_pm2")))
    if m.group("c_ord"):
        n = g.ORDINALS.get(_low(m.group("c_ord")), 0)
        if not n:
            return None
        return Reading(DATE, f"{n - 1:02d}", "century as written")
    mod = _period_mod(m.group("d_pm"))
    if m.group("d_y"):
        y = int(m.group("d_y"))
        if y % 100 == 0 and y + 100 <= ctx.published.year:
            # "the 1800s", "the early 1900s": a whole century that has ended
            return Reading(DATE, f"{y // 100:02d}", "century as written (the N00s)", mod)
        return Reading(DATE, m.group("d_y")[:3], "decade as written", mod)
    yy = int(m.group("d_yy"))
    century = ctx.published.year // 100
    if yy > ctx.published.year % 100:
        century -= 1
    return Reading(DATE, f"{century:02d}{yy // 10}", "decade in the last hundred years", mod)


_WORD_AFTER = re.compile(r"\s+(?P<w>[a-z]+)\b")


# A job and a Capitalised name, or "Mr", right before a weekday make it a surname ("Council
# member Ada Sunday", "its chief executive, Jonas Tuesday,"); a work or a business before a
# holiday or a weekday makes it a title ("the blockbuster Independence Day", "watching
# \"Independence Day\"", "the restaurant chain Tuesday's").
_SURNAME_BEFORE = re.compile(
    # (the job in lower case: "Defense Minister Gantz Sunday warned" is a title and a day)
    r"\b(?:"
    + "|".join(sorted(g.NAME_BEFORE_JOBS))
    + r"),?\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][a-z]+\s+$|\b(?:Mr|Mrs|Ms|Dr)\.?\s+$"
)
_TITLE_BEFORE = re.compile(
    r"\b(?i:" + "|".join(sorted(g.TITLE_BEFORE_NOUNS)) + r"),?\s+[\"“]?$"
    # (what one watches is a title only in quotes: "watched Sunday's final" is a day)
    r"|\b(?i:watching|watched|watch)\s+[\"“]$"
)


def is_name_not_date(text: str, start: int, weekday: bool) -> bool:
    """Whether the weekday (``weekday``) or holiday starting at ``start`` is part of a
    person's name or a title (see ``_SURNAME_BEFORE``, ``_TITLE_BEFORE``)."""
    lo = max(0, start - 40)
    return _TITLE_BEFORE.search(text, lo, start) is not None or (
        weekday and _SURNAME_BEFORE.search(text, lo, start) is not None
    )


def rule_holiday(m: re.Match[str], ctx: Context) -> Reading | None:
    name = _low(m.group("h_n"))
    det = _low(m.group("h_det"))
    if not det and is_name_not_date(ctx.text, m.start("h_n"), weekday=False):
        return None  # "the blockbuster Independence Day": a film
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

    if m.group("h_y"):
        y, why = int(m.group("h_y")), "year as written"
    else:
        this = on(ctx.published.year)
        if this is None:
            return None
        tense = ctx.tense(m.start(), m.end())
        y, why = ctx.published.year, "publication year"
        back = _flashback_year(ctx) if not det and tense is Tense.PAST else None
        if back is not None:
            y, month = back
            first = on(y)
            if first is not None and (first.month, first.day) < (month, 1):
                y += 1  # the first such holiday from the time the story went back to
            why = f"the first one after the past the story tells of ({back[0]:04d})"
        elif (det == "last" or (not det and tense is Tense.PAST)) and this > ctx.published:
            y, why = y - 1, "the last one before publication"
        elif (det == "next" or (not det and tense is Tense.FUTURE)) and this < ctx.published:
            y, why = y + 1, "the next one after publication"
    d = on(y)
    if d is None:
        return None
    ctx.note_day(d)
    if name in g.EASTER_WEEKS:
        return Reading(DATE, iso_week(d), f"the week ending on Easter Sunday ({why})")
    return Reading(DATE, day_iso(d), why)


def _flashback_year(ctx: Context) -> tuple[int, int] | None:
    """The year (and month, 1 if none) a story told in the past has gone back to, when it
    is well before publication and nothing later was named since ("When the colliery closed
    in the spring of 1994 ... 'we'd be gone by Christmas'"): a holiday then is of that time."""
    story = ctx.story_period()
    last = ctx.last_period
    if story is None or last is None or last[0] != story[0]:
        return None
    if story[0] >= ctx.published.year - 1:
        return None
    return story[0], max(story[1], 1)


def flashback_month_year(ctx: Context, month: int, at: int) -> int | None:
    """The year of a month named without one in past narration, when the story has gone
    back to a month or season well before publication and nothing later was named since
    ("Trouble began in the spring of 1989 ... Welders stopped work in April", "The strike
    began on Nov. 12, 1989 ... The government fell on Dec. 9"): that year, when the month
    comes later in it. A story back at a bare year ("founded in 1998. In March it cut
    jobs") frames no month, nor does a month that would turn the year ("cut rates in
    December 2019. ... at the meeting in late October" is last October): news goes back to
    the past in passing and returns to its present. Only a time the sentence before named
    frames it (one in the month's own sentence has rules of its own; one further back may
    have been left: "... on Jan. 1, 1959. Castro said ... Their boat sank in late
    November" is last November)."""
    story = ctx.story_period()
    if story is None or story[1] == 0 or story[0] >= ctx.published.year - 1:
        return None
    last = ctx.last_period
    if last is None or last != story or month <= story[1] or not ctx.periods:
        return None
    named_end = max(ctx.periods[-1][2], ctx.day_at)  # (a day of the same month adds none)
    if named_end > at or len(_SENTENCE_END_ANY.findall(ctx.text, named_end, at)) != 1:
        return None
    return story[0]


_CAPITALISED_AFTER = re.compile(r"\s+[A-Z]")
# The month each season begins in (winter: the December that opens it).
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def rule_season(m: re.Match[str], ctx: Context) -> Reading | None:
    if m.group("s_bare"):
        return _bare_season(m, ctx)
    code = g.SEASONS[_low(m.group("s_s"))]
    mod = _period_mod(m.group("s_pm"))
    y = int(m.group("s_y")) if m.group("s_y") else spelled_year(m.group("s_sy"))
    if y is None:
        return None
    # the story's time from here on: "the winter of 1996 ... That winter ... Two years later"
    ctx.last_period = (y, _SEASON_START[code])
    return Reading(DATE, f"{y:04d}-{code}", "season and year as written", mod)


def _bare_season(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "since the summer": the latest such season begun by publication; future tense:
    the one under way or the next. "The Summer Olympics" is a name, not a season."""
    word = m.group("s_bare")
    if word[:1].isupper() and _CAPITALISED_AFTER.match(ctx.text, m.end()):
        return None
    code = g.SEASONS[_low(word)]
    pub = ctx.published
    begun = pub.year if pub.month >= _SEASON_START[code] else pub.year - 1
    why = "the latest such season begun by publication"
    tense = ctx.tense(m.start(), m.end())
    start_month = begun * 12 + _SEASON_START[code]
    now = pub.year * 12 + pub.month
    if (
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
    mod = _period_mod(m.group("s_pm2") or m.group("s_pm3"))
    return Reading(DATE, f"{begun:04d}-{code}", why, mod)


_PERIOD_REACH = 150  # characters back to a period named earlier in the sentence
# A deadline set in the past right before a date: "was delayed until", "were postponed to
# the", "had been pushed back to".
_PAST_DEADLINE = re.compile(
    r"\b(?:was|were|had\s+been)\s+(?:[a-z]+\s+){1,2}?(?:until|till|to|into)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def past_deadline_before(text: str, at: int) -> bool:
    """Whether a deadline set in the past stands right before ``at`` ("was delayed
    until")."""
    return _PAST_DEADLINE.search(text, max(0, at - 48), at) is not None


def _period_earlier_in_sentence(m: re.Match[str], ctx: Context) -> tuple[int, int] | None:
    """The year (and month) the last date named earlier in ``m``'s sentence sets, if any."""
    if not ctx.periods:
        return None
    period, _start, end = ctx.periods[-1]
    if not 0 <= m.start() - end <= _PERIOD_REACH:
        return None
    if _SENTENCE_END_ANY.search(ctx.text, end, m.start()):
        return None
    return period
