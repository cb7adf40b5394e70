"""Years and months named alone: "1998", "2012-13", "FY2017", "the 2026-27 season",
"March", "in early May".

A bare four-digit number may be a label or a count ("Route 2016", "2000 people"); a bare
month takes its year from tense, a year set earlier in its sentence ("In 2010 we saw it
coming in August"), or the story's flashback.
"""

from __future__ import annotations

import re
from datetime import datetime

from explorer.model import DateRange, Precision
from explorer.parse.timex import grammar as g
from explorer.parse.timex.calendar import safe_date, valid_year
from explorer.parse.timex.chronology import chronology_year
from explorer.parse.timex.compared_back import compared_back
from explorer.parse.timex.day_choice import year_for_month
from explorer.parse.timex.month_range_end import range_end_year
from explorer.parse.timex.put_off import put_off_until
from explorer.parse.timex.reading import DATE, Context, Reading
from explorer.parse.timex.resolve import Tense
from explorer.parse.timex.season_when import season_when_year
from explorer.parse.timex.story import flashback_month_year, past_deadline_before
from explorer.parse.timex.words import (
    _SENTENCE_BREAK,
    _low,
    _month,
    _period_mod,
    past_point,
    spelled_year,
)

_PREP_BEFORE = re.compile(
    r"(?:\b(?:in|since|until|till|by|during|from|through|to|before|after|of|last|next|this|"
    r"early|late|mid|between|and|or|around|that|each|every|until|on)\s+|-)$",
    re.IGNORECASE,
)
# A schedule's "for" before a month ("scheduled for March", "had been targeted for
# February"): the month planned, whatever the tense of the planning.
_SCHEDULED_FOR = re.compile(
    r"\b(?:scheduled|slated|planned|set|targeted|penciled|pencilled|earmarked)\s+for\s+$",
    re.IGNORECASE,
)
# The word before a four-digit number, to tell "Route 2016" (a label) from a year.
_WORD_BEFORE = re.compile(r"(?P<w>[A-Za-z]+)\.?\s+$")
_WORD_AFTER = re.compile(r"\s+(?P<w>[a-z]+)\b")


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
# Sports whose season lies within a calendar year (spring to autumn): a story naming one
# means that year's season by "this season" (baseball, motor racing, the summer leagues).
_CALENDAR_YEAR_SPORT = re.compile(
    r"\b(?:baseball|MLB|Major League Baseball|World Series|home runs?|pitchers?|Formula One"
    r"|Grand Prix|NASCAR|IndyCar|MotoGP|Major League Soccer|WNBA)\b"
)
# A season that lies within a calendar year and is no sport's: a story of the filing
# season or the hurricane season means that year's by "this season" (not in a story of a
# league, whose seasons span two years).
_CALENDAR_YEAR_SEASON = re.compile(
    r"\b(?:filing|tax|hurricane|typhoon|tourist|tourism|growing|planting|harvest|wildfire"
    r"|monsoon|rainy|cruise|nesting|hunting|fishing|camping|wedding|exam|festival)\s+season\b"
    r"|\bTax\s+Day\b"
)
_LEAGUE = re.compile(r"\b(?:league|League|club|clubs|transfer|fixtures?|championship)\b")
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


_NEW_YEAR_FROM = 10  # from October, "the new year" is the next one
_PREP_OF_NEW_YEAR = re.compile(
    r"\b(?:of|in|into|for|until|till|before|after|by|through|during|early|late)\s+$",
    re.IGNORECASE,
)


def rule_new_year(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "the new year": from October the year to come, before it the one under way; only
    after a preposition of time ("meeting of the new year", "in the new year"; "Nobody
    wants to start the new year in hospital" says what anyone wants of any year)."""
    if _PREP_OF_NEW_YEAR.search(ctx.text, max(0, m.start() - 10), m.start()) is None:
        return None
    pub = ctx.published
    y = pub.year + (pub.month >= _NEW_YEAR_FROM)
    why = "the year to come, late in the year" if y > pub.year else "the year just begun"
    return Reading(DATE, f"{y:04d}", why)


def rule_sport_season(m: re.Match[str], ctx: Context) -> Reading | None:
    if m.group("sp_y"):
        y = int(m.group("sp_y"))
        end = m.group("sp_y2")
        last = int(end) if len(end) == 4 else (y // 100) * 100 + int(end)
        if last != y + 1:
            return None  # "the 2026-28 season" is no season
        # "won the league in the 1994-95 season and the cup two years later": counted from
        # the year the season ends in, where its results fall (1997)
        ctx.last_period = (last, 0)
        return _sport_season(y, f"the season of {y}-{last}, valued by the year it begins in")
    det = _low(m.group("sp_det") or m.group("sp_det2"))
    if _OWNER_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start()):
        return None
    pub = ctx.published
    shift = {"last": -1, "next": 1, "coming": 1, "upcoming": 1}.get(det, 0)
    if _CALENDAR_YEAR_SPORT.search(ctx.text) or (
        _CALENDAR_YEAR_SEASON.search(ctx.text) and not _LEAGUE.search(ctx.text)
    ):
        # "This season" in a baseball story in May: the season of this spring and summer
        y = pub.year + shift
        if not valid_year(y):
            return None
        why = f"'{det} season': a season within a calendar year, the season of {y}"
        return Reading(DATE, f"{y:04d}", why)
    current = pub.year if pub.month >= _SEASON_START_MONTH else pub.year - 1
    start = current + shift
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
    this_day = (
        None
        if mod or m.group("y_y2")
        else _THIS_DAY_IN.search(ctx.text, max(0, m.start() - 24), m.start())
    )
    if this_day is not None:
        # "On this day in 1991": publication's month and day in that year
        d = safe_date(y, ctx.published.month, ctx.published.day)
        if d is not None:
            ctx.note_day(d)
            why = "publication's day of the year in the year written ('this day in')"
            return Reading(DATE, d.isoformat(), why, start=this_day.start())
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


# "On this day in 1991", "this date in 2004": the day of publication in that year.
_THIS_DAY_IN = re.compile(r"\bthis\s+(?:day|date)\s+in\s+$", re.IGNORECASE)


def _fiscal_range(y: int, ctx: Context) -> DateRange | None:
    """The months of fiscal year ``y`` (named by the year it ends in) once the story gave its
    calendar ("whose fiscal year runs from July to June": fiscal 2026 is July 2025 to June
    2026); None for a calendar year (TimeML keeps the value ``2026`` either way)."""
    if not ctx.fiscal_shift or not valid_year(y - 1):
        return None
    last = 3 * ctx.fiscal_shift  # the month the fiscal year ends in
    return DateRange(datetime(y - 1, last + 1, 1), datetime(y, last + 1, 1), Precision.MONTH)


# What a month names as its own after "the": "at the March meeting", "the May elections",
# "the March figures" (not "the May government": a name's).
_EVENT_OF_MONTH = re.compile(
    r"\s+(?:meetings?|elections?|votes?|polls?|figures|data|deadline|budget|summit|talks"
    r"|session|referendum|strikes?|floods?|quake|earthquake|storm|auction|review|edition)\b"
)
_MONTH_PAIR = re.compile(
    r"\s+(?:and|or)\s+(?:Jan|Feb|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?!\s+[A-Z])\b"
)
_NAME_WORD_AFTER = re.compile(r" (?P<w>[A-Z][A-Za-z]+)\b")
_NOT_BEFORE = re.compile(r"\bnot\s+$", re.IGNORECASE)
_THROUGH = re.compile(r"\b(?:through|thru)\s+$", re.IGNORECASE)
# A decision's or promise's past with the act decided on ("agreed to hear the case in their
# December argument session", "voted to cut rates in October"): the month is the act's, after
# the deciding (a few words between, no clause's end).
_DECIDED_TO = re.compile(
    r"\b(?:agreed|decided|voted|planned|promised|pledged|vowed|resolved|opted|chose|offered"
    r"|threatened|proposed)\s+to\s+[a-z]+\b(?:[^.;:!?\n]|(?<=\sv)\.|(?<=\s[A-Z])\.){0,60}?$",
    re.IGNORECASE,
)
# A deadline a noun is given in speech reported in the past ("said a vote by the end of
# September was realistic", "a deal by October was unlikely"): still to come when the month
# is later in the year than publication's.
_NOUN_BY = re.compile(r"\b(?:a|an|the|any|no)\s+[a-z]+\s+by\s+$", re.IGNORECASE)
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


# A comparison with someone's own earlier figure: "up from its", "than their", "below the
# bank's".
_COMPARED_WITH_OWN = re.compile(
    r"\b(?:from|than|above|below|over|with|versus|vs\.?)\s+"
    r"(?:its|their|his|her|our|the\s+[\w-]+['’]s?)\s+$",
    re.IGNORECASE,
)
# What is issued in a month and known since ("its August forecast", "the March figures").
_ISSUED_AFTER = re.compile(
    r"\s+(?:forecasts?|estimates?|guidance|outlook|projections?|figures|data|survey|reading)\b"
)


# A futures contract's month, still to come: "wheat for December delivery", "the March
# futures", "Brent for November settlement".
_CONTRACT_AFTER = re.compile(r"\s+(?:delivery|futures|contracts?|settlement)\b")


def rule_month(m: re.Match[str], ctx: Context) -> Reading | None:
    word = m.group("m_m")
    month = _month(word)
    if not month:
        return None
    if (
        word.lower() in g.AMBIGUOUS_MONTHS
        and not m.group("m_pm")
        and not _CONTRACT_AFTER.match(ctx.text, m.end())  # "for March delivery"
    ):
        firm = _NAME_WORD_AFTER.match(ctx.text, m.end())
        if firm is not None and (
            firm.group("w") in g.FIRM_HEAD_NOUNS or firm.group("w") in g.NAME_HEAD_NOUNS
        ):
            return None  # "Shares of May Holdings fell": a firm's name
        if (
            not _PREP_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())
            # ("but May and June are another story": a month in a pair of months)
            and not _MONTH_PAIR.match(ctx.text, m.end())
            and not _SCHEDULED_FOR.search(ctx.text, max(0, m.start() - 20), m.start())
            and not (
                ctx.text.endswith(("the ", "The "), 0, m.start())
                and _EVENT_OF_MONTH.match(ctx.text, m.end())
            )
        ):
            return None
        # after "in", "since", "until" ... the word is the month whatever follows ("since
        # March and", "in March for health reasons"); after "to", "and" it may be the verb
        strong = _TEMPORAL_PREP.search(ctx.text, max(0, m.start() - 12), m.start())
        if (
            not strong
            and re.match(
                # ("going to March straight to the bus stop": the verb, with its adverb;
                # "not going to March into a season": with its particle)
                r"\s+(?:on|to|and|in|is|was|will|would|of|for|straight|together|across"
                r"|along|towards?|into|past|off|out|back|forward|ahead|home)\b",
                ctx.text[m.end() : m.end() + 10],
            )
            and not ctx.text.endswith(("from ", "From "), 0, m.start())
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
    if (
        tense is not Tense.PAST
        and not m.group("m_pm")
        and _ISSUED_AFTER.match(ctx.text, m.end())
        and _COMPARED_WITH_OWN.search(ctx.text, max(0, m.start() - 30), m.start())
    ):
        # "now expects revenue of $33 billion, up from its August forecast": a forecast
        # compared with is already issued, in the last such month, whatever the tense
        # around it ("will publish its December forecast" is still to come)
        pub = ctx.published
        y = pub.year if month <= pub.month else pub.year - 1
        ctx.last_period = (y, month)
        why = "the last such month: a figure issued then, compared with"
        return Reading(DATE, f"{y:04d}-{month:02d}", why)
    if tense is not Tense.FUTURE and _CONTRACT_AFTER.match(ctx.text, m.end()):
        tense = Tense.FUTURE  # "wheat for December delivery closed at": a contract's month
    if tense is Tense.PAST and (
        _THROUGH.search(ctx.text, max(0, m.start() - 9), m.start())
        or _SCHEDULED_FOR.search(ctx.text, max(0, m.start() - 20), m.start())
        or put_off_until(ctx.text, m.start())  # "had asked to delay it until October"
    ):
        # "extended the loans through January": the end of a term, the nearest such month;
        # so a month planned: "The flight had been targeted for February", in December, is
        # the coming February
        tense = Tense.NONE
    elif (
        tense is Tense.PAST
        and month > ctx.published.month
        and not m.group("m_pm")
        and _DECIDED_TO.search(ctx.text, max(0, m.start() - 90), m.start())
        and _year_in_sentence(m.start(), ctx, month) is None
        and _relative_year_in_sentence(m.start(), ctx) is None
    ):
        # "The justices agreed to hear the case in December", in September: the December
        # to come (a month gone this year stays: "voted to cut rates in March")
        tense = Tense.FUTURE
    elif (
        tense is Tense.PAST
        and month > ctx.published.month
        and ctx.text[max(0, m.start() - 3) : m.start()] == "by "  # (cheap pre-test)
        and _NOUN_BY.search(ctx.text, max(0, m.start() - 30), m.start())
        and _year_in_sentence(m.start(), ctx, month) is None
    ):
        # "said a vote by the end of September was realistic", in July: this September
        tense = Tense.FUTURE
    gap = ctx.verb_gap(m.start(), m.end()) if tense is Tense.PAST else 1 << 30
    if gap and _FRONTED.search(ctx.text, max(0, m.start() - 24), m.start()):
        # "In January, the competition authority blocked the merger", in December: a month
        # that opens its clause is the time of that clause's past verb, however far the
        # subject puts it (no infinitive between them can look ahead)
        gap = 0
    if (tense is not Tense.FUTURE and past_point(ctx.text, m.start())) or compared_back(
        ctx.text, m.start()
    ):
        # "down from a high of $123 in January", "since January", in December: last January
        tense, gap = Tense.PAST, 0
    y, why = year_for_month(month, ctx.published, tense, gap)
    same = (
        _year_in_sentence(m.start(), ctx, month)
        # ("In 2025 the launch was delayed until March": a deadline of that past)
        if tense is not Tense.FUTURE or past_deadline_before(ctx.text, m.start())
        else None
    )
    if same is None:
        same = _relative_year_in_sentence(m.start(), ctx) or season_when_year(m.start(), ctx, month)
    when = ctx.when_year
    if (
        same is None
        and tense is Tense.PAST
        and when is not None
        and when[0] < m.start()
        and _SENTENCE_BREAK.search(ctx.text, when[0], m.start()) is None
    ):
        # "the first strike since 1998, when drivers stayed out in March": that year's, in
        # the background as the year is (the story does not go back to it)
        why = f"in the 'since {when[1]:04d}, when' clause: that year's"
        return Reading(DATE, f"{when[1]:04d}-{month:02d}", why, _period_mod(m.group("m_pm")))
    if same is not None:
        y, why = same, f"the year named earlier in the sentence ({same})"
    elif (chron := chronology_year(ctx, m.start(), month, tense is Tense.PAST)) is not None:
        y, why = chron, f"the year of its line in a chronology ({chron})"
    elif tense is Tense.PAST and (back := flashback_month_year(ctx, month, m.start())) is not None:
        y, why = back, f"the first such month after the past the story tells of ({back})"
    elif (
        (y, month) < (ctx.published.year, ctx.published.month)
        # (told in the past, only a month long gone: "Shares fell ahead of January's data",
        # in February, is that January's)
        and (
            tense is not Tense.PAST
            or (ctx.published.year - y) * 12 + ctx.published.month - month >= _AHEAD_STALE
        )
        and "ahead" in ctx.text[max(0, m.start() - 16) : m.start()]
        and _AHEAD_OF_MONTH.search(ctx.text, max(0, m.start() - 16), m.start())
    ):
        # "a boost ahead of October's midterm elections", in February: what something is
        # ahead of is still to come
        y, why = y + 1, "the next such month: what something is 'ahead of' is to come"
    end = None
    later = (
        _NOUN_IN_YEAR_AFTER.match(ctx.text, m.end())
        if ctx.text[m.end() : m.end() + 1] == " "
        else None
    )
    if later is not None and _A_OR_THE_BEFORE.search(ctx.text, max(0, m.start() - 5), m.start()):
        # "to return to a mid-August date in 2027", "the March meeting in 2028": the month
        # of a thing of that year
        y, why = (
            int(later.group("y")),
            f"the year of the thing it names, after it ({later.group('y')})",
        )
    if (ranged := range_end_year(m.start(), ctx, month, y)) is not None:
        y, why = ranged, f"the year of the month its range or pair starts with ({ranged})"
    that = _that_year_after(m, ctx)
    if that is not None:
        # "in April and May that year", "in March the following year": the year the story
        # is at (one expression with the month right before it)
        y, why, end = that
    ctx.last_period = (y, month)
    return Reading(DATE, f"{y:04d}-{month:02d}", why, _period_mod(m.group("m_pm")), end=end)


# A month opening its clause: "In January, ...", "..., and in February the bank raised".
_FRONTED = re.compile(
    r"(?:^|[.!?][\"”’']?\s+|\n|[,;]\s+(?:and\s+|but\s+)?|\band\s+)(?:[Ii]n|[Dd]uring)\s+$"
)
_AHEAD_STALE = 3  # months back: no news is "ahead of" something so long gone
_AHEAD_OF_MONTH = re.compile(r"\bahead\s+of\s+(?:the\s+)?$", re.IGNORECASE)


# A month, perhaps another after it, then a year that points back at the period named last:
# "May that year", "April and May that year", "March of the following year".
_THAT_YEAR_AFTER = re.compile(
    r"(?P<other>\s+(?:and|or|to|through|until)\s+(?:early\s+|late\s+|mid-)?[A-Z][a-z]+\.?)?"
    r"(?P<tail>,?\s+(?:of\s+)?(?P<d>that|the\s+same|the\s+following|the\s+previous|the\s+next)"
    r"\s+year)\b(?!['’])",
    re.IGNORECASE,
)
_THAT_YEAR_STEP = {"that": 0, "the same": 0, "the following": 1, "the next": 1, "the previous": -1}


def _that_year_after(m: re.Match[str], ctx: Context) -> tuple[int, str, int | None] | None:
    """The year of a month followed by "that year", "the following year" (or by another
    month and such a year): the period named last, moved by the determiner; and where the
    expression ends when the year phrase follows the month right away."""
    if ctx.last_period is None or "year" not in ctx.text[m.end() : m.end() + 40]:
        return None
    t = _THAT_YEAR_AFTER.match(ctx.text, m.end())
    if t is None or (t.group("other") and not _month(t.group("other").split()[-1])):
        return None
    det = " ".join(t.group("d").lower().split())
    y = ctx.last_period[0]
    if det == "that":
        y = ctx.past_that_year(m.start(), m.end(), y)
    y += _THAT_YEAR_STEP[det]
    if not valid_year(y):
        return None
    why = f"{det} year, relative to the last period mentioned ({y - _THAT_YEAR_STEP[det]})"
    return y, why, None if t.group("other") else t.end()


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
    r"\b(?:(?:1[89]|20)\d\d|year|month|week|quarter|ago|last|next|which|who"
    r"|spring|summer|autumn|winter)\b",
    re.IGNORECASE,
)


# "The 2021 runoff was held in November": a year before the noun a sentence opens with is
# the year of what the sentence tells of.
_SUBJECT_YEAR = re.compile(
    r"(?:^|[.!?][\"”’']?\s+|\n)The\s+(?P<y>(?:1[89]|20)\d\d)\s+(?:[a-z][\w-]*\s+){1,2}"
    r"(?P<rest>[^.;!?\n]*)$"
)


# "In 2019, the board sold the unit in December": a year opening the sentence before a
# comma sets the scene of all of it (not one inside it: "in 2024, and again in March").
_OPENING_YEAR = re.compile(
    r"(?:^|[.!?][\"”’']?\s+|\n)(?:In|During)\s+(?P<mon>)(?P<y>(?:1[89]|20)\d\d),"
    r"(?!\s+(?:and|but|then|or)\b)(?P<rest>[^.;!?\n]*)$"
)


# A relative clause opened before a year and not closed yet (", who served ... until").
_RELATIVE_OPEN = re.compile(r",\s+(?:who|which|whose)\s[^,;.!?\n]*$")


def _year_in_sentence(at: int, ctx: Context, month: int = 0) -> int | None:
    s = _SCENE_YEAR.search(ctx.text, max(0, at - 120), at)
    if s is None and "," in ctx.text[at - 120 if at > 120 else 0 : at]:
        s = _OPENING_YEAR.search(ctx.text, max(0, at - 120), at)
    if s is None:
        s = _SUBJECT_YEAR.search(ctx.text, max(0, at - 120), at)
        if s is not None and _OTHER_DATE.search(s.group("rest")):
            return None
        if s is not None:
            y = int(s.group("y"))
            return y if valid_year(y) and y < ctx.published.year else None
    if s is None or _OTHER_DATE.search(s.group("rest")):
        return None
    if s.group("rest").startswith(",") and _RELATIVE_OPEN.search(
        ctx.text, max(0, s.start() - 100), s.start()
    ):
        # "Keel, who served until his arrest in February 2024, pleaded guilty in June": the
        # year of the relative clause the comma closes, not of the sentence's own verb
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


# A noun, not a participle, right before "for": "budget for", "plans for" (not "set for",
# "scheduled for", "is for").
_NOUN_FOR_BEFORE = re.compile(
    r"\b(?!(?:is|are|was|were|be|been|only|just)\b)[a-z]{3,}(?<!ed)\s+for\s+$"
)
_COMPARED_YEAR = re.compile(r"\b(?:than|as|versus|against)\s+$")
_COORDINATED = re.compile(r",\s+(?:and|but)\s|;")


# A month before its noun and that noun's year: "a mid-August date in 2027".
_NOUN_IN_YEAR_AFTER = re.compile(r"\s+[a-z]{3,12}\s+in\s+(?P<y>(?:19|20)\d\d)\b(?!-|\s*[-–])")
_A_OR_THE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+$")


def _relative_year_in_sentence(at: int, ctx: Context) -> int | None:
    s = _SCENE_RELATIVE_YEAR.search(ctx.text, max(0, at - 120), at)
    if s is None:
        return _years_ago_before(at, ctx)
    if _OTHER_DATE.search(s.group("rest")):
        return None
    if _COMPARED_YEAR.search(ctx.text, max(0, s.start() - 10), s.start()):
        # "opened a week later than last year, after a dispute settled in late July": a
        # year compared with, not the sentence's
        return None
    if _NOUN_FOR_BEFORE.search(ctx.text, max(0, s.start() - 24), s.start()):
        # "The city's budget for next year, due to be approved by Dec. 15": the year of the
        # budget, not of the sentence's events (but "scheduled for next year, on Nov. 28")
        return None
    rest = s.group("rest")
    if not rest.startswith(",") and _COORDINATED.search(rest):
        # "As recently as last year she spoke at a hearing, and in March she gave her final
        # interview": a year inside one clause frames only that clause ("Last year, ..." the
        # whole sentence)
        return None
    return ctx.published.year + {"last": -1, "next": 1}.get(s.group("d").lower(), 0)


def _years_ago_before(at: int, ctx: Context) -> int | None:
    """The year of "five years ago" set right before a month by a comma: "came five years
    ago, on a snowy December afternoon" is that year's December."""
    named = ctx.year_named
    if named is None or not 0 < at - named[0] <= 60:
        return None
    end, y = named
    rest = ctx.text[end:at]
    if (
        not rest.startswith(",")
        or not ctx.text[max(0, end - 4) : end].endswith("ago")
        or _OTHER_DATE.search(rest)
        or _COORDINATED.search(rest)
        or _SENTENCE_BREAK.search(ctx.text, end, at) is not None
    ):
        return None
    return y


def year_before_in_sentence(at: int, ctx: Context, future: bool = False) -> int | None:
    """The year a day at ``at`` takes from one its sentence opens with: "The 2025 season ran
    from Nov. 28", "this year Easter Sunday falls on April 5"; None if none ("a program
    approved in 1987 ... had purchased shares through Sept. 29" is this September). A day
    told in the future (``future``) takes only "next year" or "this year" before it: "The
    fair opens next year, on Nov. 28" (in December) is next year's."""
    own = _opening_years_thing(at, ctx)
    if own is not None:  # "Next year's race is set for Sept. 26"
        return own
    if future:
        s = _SCENE_RELATIVE_YEAR.search(ctx.text, max(0, at - 120), at)
        if s is None or s.group("d").lower() == "last":
            return None
        return _relative_year_in_sentence(at, ctx)
    s = _SUBJECT_YEAR.search(ctx.text, max(0, at - 120), at)
    if s is not None and not _OTHER_DATE.search(s.group("rest")):
        y = int(s.group("y"))
        return y if valid_year(y) and y < ctx.published.year else None
    return _relative_year_in_sentence(at, ctx)


# A sentence that opens with a thing of last, next or this year: "Next year's race is set
# for Sept. 26", "Last year's festival opened on June 5" (that year's days).
_OPENING_YEARS_THING = re.compile(
    r"(?:^|[.!?][\"”’']?\s+|\n)(?P<d>Last|Next|This)\s+year['’]s\s+(?P<rest>[^.;!?\n]*)$"
)


def _opening_years_thing(at: int, ctx: Context) -> int | None:
    """The year of a day at ``at`` whose sentence opens with "Next year's <thing>" (or last
    or this year's), with no other date between; None if it does not."""
    if "year" not in ctx.text[max(0, at - 120) : at]:
        return None  # (cheap pre-test)
    s = _OPENING_YEARS_THING.search(ctx.text, max(0, at - 120), at)
    if s is None or _OTHER_DATE.search(s.group("rest")):
        return None
    return ctx.published.year + {"last": -1, "next": 1, "this": 0}[s.group("d").lower()]
