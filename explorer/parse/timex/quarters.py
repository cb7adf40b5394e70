"""Quarters, halves and years of business news: "the third quarter", "Q3", "H1",
"the June quarter", "the January-March quarter", "for the year", "year-to-date".

Earnings stories count on their company's fiscal calendar once they give it ("whose fiscal
year ends on June 30"), and compare with "the year-ago quarter": these rules share that
state (``Context.fiscal_shift``, ``last_quarter``) and the test of a sentence of results.
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
    quarter_of,
    safe_date,
)
from explorer.parse.timex.day_choice import (
    latest_quarter_on_or_before,
    year_for_day,
    year_for_month,
)
from explorer.parse.timex.fiscal_owner import other_company, set_fiscal
from explorer.parse.timex.fiscal_year import fiscal_year_named_later
from explorer.parse.timex.game_periods import game_quarter, half_year_context, sentence_around
from explorer.parse.timex.reading import DATE, Context, Reading
from explorer.parse.timex.resolve import Tense
from explorer.parse.timex.sentence_year import past_year_named
from explorer.parse.timex.words import _THE_BEFORE, _low, _month

# "the quarter ended Sept. 30", "its second quarter, the three months to Dec. 31": the
# period's last day follows the expression.
_ENDED = re.compile(
    r"(?:,?\s+(?:that\s+|which\s+)?end(?:ed|ing|s)"
    r"|\s*[,(]\s*the\s+three\s+months\s+(?:to|ended|ending|through|until))"
    r"\s+(?:on\s+)?(?P<mon>[A-Z][a-z]{2,8})\.?\s+(?P<day>[0-3]?\d)\b"
)
# A quarter ended in a month, its day unsaid too ("the quarter ending in April").
_ENDED_QUARTER = re.compile(
    r"(?:,?\s+(?:that\s+|which\s+)?end(?:ed|ing|s)"
    r"|\s*[,(]\s*the\s+three\s+months\s+(?:to|ended|ending|through|until)"
    r"|\s*,\s+to\s+the\s+end\s+of)"  # ("its fiscal third quarter, to the end of March")
    r"\s+(?:on\s+|in\s+)?(?P<mon>[A-Z][a-z]{2,8})\.?(?:\s+(?P<day>[0-3]?\d)\b)?"
)
# Why a quarter ended on a day the story gives is the calendar quarter it is.
_ENDED_WHY: Final = "the calendar quarter of the three months up to the end date that follows"
# The first year of a span just before a year ("2028-" in "the 2028-2034 period").
_RANGE_FIRST_YEAR = re.compile(r"\b\d{4}[-–]$")
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
        set_fiscal(ctx, (ended[1] - q) % 4, m.start(), _year_end_month(m, ctx, q))
        return ended, _ENDED_WHY
    near = ctx.quarter_named
    if near is not None and 0 <= m.start() - near[0] <= 12:
        between = text[near[0] : m.start()]
        if _APPOSITION.match(between):
            set_fiscal(ctx, (near[1][1] - q) % 4, m.start())
            return near[1], "the calendar quarter just named, which the story calls so"
    ended = _ended_quarter(m, ctx)
    if ended is not None:
        set_fiscal(ctx, (ended[1] - q) % 4, m.start(), _year_end_month(m, ctx, q))
        return ended, _ENDED_WHY
    begins = _BEGINS_IN.match(text, m.end())
    first = _month(begins.group("mon")) if begins is not None else 0
    if begins is not None and first:
        # "its fiscal third quarter, which begins in February": February to April, the
        # calendar quarter of its middle month, in the year that month comes in
        mid = first % 12 + 1
        y, _ = year_for_month(mid, ctx.published, ctx.tense(m.start(), m.end()))
        cal = (mid - 1) // 3 + 1
        set_fiscal(ctx, (cal - q) % 4, m.start())
        return (y, cal), f"the three months from {begins.group('mon')}, as the story says"
    if not ctx.fiscal_shift:
        # "its fiscal third quarter ... The company's fiscal year ends in June": the calendar
        # given next (its quarter is then read on it, below)
        fiscal_year_named_later(ctx, m.start(), m.end())
    return None


# A fiscal quarter's first month in the clause after it: ", which begins in February".
_BEGINS_IN = re.compile(
    r",?\s+(?:which|that)\s+(?:begins|starts|will\s+begin|will\s+start|runs\s+from)\s+"
    r"(?:in\s+)?(?P<mon>[A-Z][a-z]{2,8})\b"
)


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
    if m is not None and other_company(ctx, m.start()):
        return q, "latest such quarter by publication (another company's than the fiscal one)"
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
    if other_company(ctx, m.start()):
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
        if other_company(ctx, m.start()):  # "Q3" of another company than the fiscal one
            why = "latest such quarter by publication (another company's than the fiscal one)"
        else:
            q, why = _calendar_quarter(q, ctx)
        y = latest_quarter_on_or_before(q, pub, ctx.tense(m.start(), m.end()))
    ctx.note_quarter((y, q))
    return Reading(DATE, f"{y:04d}-Q{q}", why)


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


# A year that owns the quarter or half after it: "2025's fourth quarter", "fiscal 2027's
# third quarter".
_YEAR_OWNS = re.compile(r"(?:\b(?P<fis>fiscal|financial)\s+)?\b(?P<y>(?:19|20)\d\d)['’]s\s+$")


def _part_of_owner_year(owner: re.Match[str], q: int, half: bool, ctx: Context) -> Reading | None:
    """Quarter or half ``q`` of the year at ``owner``: of its fiscal calendar, once the story
    gave it, for "fiscal 2027's third quarter"."""
    y = int(owner.group("y"))
    if q > (2 if half else 4):
        return None
    if half:
        return Reading(
            DATE, f"{y:04d}-H{q}", "the half of the year that owns it", start=owner.start()
        )
    if owner.group("fis") and ctx.fiscal_shift:
        cal = (q - 1 + ctx.fiscal_shift) % 4 + 1
        last_cal = (3 + ctx.fiscal_shift) % 4 + 1  # the fiscal year's last quarter
        y = y if cal <= last_cal else y - 1
        why = f"fiscal quarter {q} of fiscal {owner.group('y')} is calendar quarter {cal}"
        ctx.note_quarter((y, cal))
        return Reading(DATE, f"{y:04d}-Q{cal}", why, start=owner.start())
    ctx.note_quarter((y, q))
    return Reading(
        DATE, f"{y:04d}-Q{q}", "the quarter of the year that owns it", start=owner.start()
    )


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
    if ctx.text.startswith((" in a row", " running"), m.end()) and m.group("q_ord"):
        return None  # "the second quarter in a row": a count of quarters, not one of them
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
                if _RANGE_FIRST_YEAR.search(ctx.text, max(0, m.start() - 6), m.start()):
                    # "the 2028-2034 period": the second year of a span, no period of its own
                    return Reading(
                        DATE, f"{explicit_year:04d}", "year as written", end=m.start() + 4
                    )
                return Reading(DATE, f"{explicit_year:04d}", "a period of the year as written")
            return Reading(DATE, f"{explicit_year:04d}-Q{q}", "the quarter under discussion")
    rel = _low(m.group("q_yd") or m.group("q_yr"))
    if rel:
        explicit_year = pub.year + {"last": -1, "next": 1}.get(rel, 0)
        if rel == "the" and (told := past_year_named(m, ctx)) is not None:
            explicit_year = (
                told  # "a loss for 2025 after costs rose in the second half of the year"
            )
    owner = (
        None
        if explicit_year is not None or ordw not in g.ORDINALS
        else _YEAR_OWNS.search(ctx.text, max(0, m.start() - 18), m.start())
    )
    if owner is not None:  # "2025's fourth quarter", "fiscal 2027's third quarter"
        return _part_of_owner_year(owner, g.ORDINALS[ordw], half, ctx)
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
            if fiscal_half is not None and (fy is not None or half_year_context(m, ctx)):
                return fiscal_half
        if explicit_year is not None and not half and m.group("q_y2") and ctx.fiscal_shift:
            # "the fourth quarter of fiscal 2026", on a fiscal year to June: April to June
            # 2026 (its calendar quarter, in the calendar year its months fall in)
            cal = (q - 1 + ctx.fiscal_shift) % 4 + 1
            last_cal = (3 + ctx.fiscal_shift) % 4 + 1  # the fiscal year's last quarter
            y = explicit_year if cal <= last_cal else explicit_year - 1
            ctx.note_quarter((y, cal))
            why = f"fiscal quarter {q} of fiscal {explicit_year} is calendar quarter {cal}"
            return Reading(DATE, f"{y:04d}-Q{cal}", why)
        if explicit_year is not None:
            y, why = explicit_year, "year as written"
        elif half:
            if not half_year_context(m, ctx):
                return None  # "dominated the first half": a half of a match
            y, why = _half_year(q, pub, ctx.tense(m.start(), m.end()))
        elif not half:
            if game_quarter(m, ctx):
                return None  # "led by 14 in the fourth quarter": a quarter of a game
            fiscal = _fiscal_quarter(m, ctx, q)
            if fiscal is not None:
                ctx.note_quarter(fiscal[0], ended=fiscal[1] is _ENDED_WHY)
                return Reading(DATE, f"{fiscal[0][0]:04d}-Q{fiscal[0][1]}", fiscal[1])
            q, why = _calendar_quarter(q, ctx, m)
            # ("would reach full output by the third quarter": a deadline to come, never
            # results of a quarter just ended)
            by = ctx.text[max(0, m.start() - 3) : m.start()] == "by "
            y = latest_quarter_on_or_before(
                q, pub, ctx.tense(m.start(), m.end()), not by and _results_sentence(m, ctx)
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
    # A quarter already under discussion (perhaps a fiscal one) is the one that ended;
    # one that ends on a date still to come is that one ("reports results in January, for
    # the quarter ending Dec. 31", in November: this quarter).
    to_end = _quarter_to_end(m, ctx)
    ended = to_end or (_ended_quarter(m, ctx) if ctx.last_quarter is None else None)
    if ended is not None and ordw not in ("year-ago", "year-earlier"):
        ctx.note_quarter(ended, ended=to_end is None)
        why = _ENDED_WHY
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
    elif ctx.last_quarter is None and _quarter_to_come(m, ctx):
        # "plans to hire 5,000 staff before the end of the quarter", with no quarter named
        # before: the quarter under way, not the last one reported
        yq, why = cur, "publication's quarter (its end still to come)"
        ctx.note_quarter(yq)
    else:
        yq, why = base, "the quarter under discussion"
        ctx.note_quarter(yq)
    return Reading(DATE, f"{yq[0]:04d}-Q{yq[1]}", why)


def _results_sentence(m: re.Match[str], ctx: Context) -> bool:
    """The sentence around ``m`` speaks of results (a word of _RESULTS_CUE outside ``m``)."""
    lo, hi = sentence_around(m, ctx.text)
    cue = _RESULTS_CUE
    return bool(cue.search(ctx.text, lo, m.start()) or cue.search(ctx.text, m.end(), hi))


# ... or comes right before it, the quarter in apposition: "the three months to Sept. 30,
# its fiscal first quarter".
_MONTHS_TO_BEFORE = re.compile(
    r"\bthe\s+three\s+months\s+(?:to|ended|ending|through)\s+(?:on\s+)?"
    r"(?P<mon>[A-Z][a-z]{2,8})\.?\s+(?P<day>[0-3]?\d),?\s+(?:its\s+|the\s+|their\s+)?$"
)


def _year_end_month(m: re.Match[str], ctx: Context, q: int) -> int:
    """The month the fiscal year ends in, by the month fiscal quarter ``q`` ended in ("the
    second quarter ended Nov. 30": May); 0 if the story gave no month."""
    e = _ENDED_QUARTER.match(ctx.text, m.end())
    month = _month(e.group("mon")) if e is not None else 0
    return (month + 3 * (4 - q) - 1) % 12 + 1 if month else 0


def _ended_quarter(m: re.Match[str], ctx: Context) -> tuple[int, int] | None:
    """ "the quarter ended July 31", "the three months to Sept. 30, its first quarter": the
    calendar quarter holding most of those 3 months."""
    e = _ENDED_QUARTER.match(ctx.text, m.end())
    if e is None and "months" in ctx.text[max(0, m.start() - 50) : m.start()]:
        e = _MONTHS_TO_BEFORE.search(ctx.text, max(0, m.start() - 50), m.start())
    if e is None:
        return None
    month = _month(e.group("mon"))
    if not month:
        return None
    day = int(e.group("day")) if e.group("day") else _MONTH_DAYS[month]  # ("ended in June")
    y, _ = year_for_day(month, min(day, 28), ctx.published, Tense.PAST)
    end = safe_date(y, month, day)
    middle = add_days(end, -45) if end is not None else None
    if middle is None:
        return None
    return middle.year, quarter_of(middle)


# "the quarter ending Dec. 31", "the quarter that ends March 31"
_ENDING = re.compile(
    r"\s+(?:that\s+|which\s+)?end(?:ing|s)\s+(?:on\s+|in\s+)?(?P<mon>[A-Z][a-z]{2,8})\.?"
    r"(?:\s+(?P<day>[0-3]?\d)\b)?"
)


def _quarter_to_end(m: re.Match[str], ctx: Context) -> tuple[int, int] | None:
    """The calendar quarter of "the quarter ending Dec. 31" when that day is still to come
    (after publication, within a quarter): the one under way; None otherwise."""
    if "end" not in ctx.text[m.end() : m.end() + 20]:
        return None  # (cheap pre-test)
    e = _ENDING.match(ctx.text, m.end())
    month = _month(e.group("mon")) if e is not None else 0
    if e is None or not month:
        return None
    # ("the quarter ending in April": to the month's end)
    day = int(e.group("day")) if e.group("day") else _MONTH_DAYS[month]
    end = safe_date(ctx.published.year, month, day)
    if end is None or not timedelta(0) < end - ctx.published:
        return None
    if end - ctx.published > timedelta(days=92) and (
        # ("sales in the quarter ending in September will rise": ahead, within the year)
        ctx.tense(m.start(), m.end()) is not Tense.FUTURE
    ):
        return None
    # (the calendar quarter holding most of its three months: a fiscal quarter ending in
    # April is the first)
    middle = add_days(end, -45)
    return (middle.year, quarter_of(middle)) if middle is not None else None


_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


# "the end of the quarter" after a deadline's preposition: "before the end of the quarter".
_END_TO_COME = re.compile(r"\b(?:before|by|until|till)\s+the\s+end\s+of\s+$", re.IGNORECASE)


def _quarter_to_come(m: re.Match[str], ctx: Context) -> bool:
    """Whether "the quarter" is told as one still to end: its end after "before", "by",
    "until", in a clause that is not in the past, nor of results."""
    if "end of" not in ctx.text[max(0, m.start() - 8) : m.start()]:
        return False  # (cheap pre-test)
    return (
        _END_TO_COME.search(ctx.text, max(0, m.start() - 24), m.start()) is not None
        and ctx.tense(m.start(), m.end()) is not Tense.PAST
        and not _results_sentence(m, ctx)
    )
