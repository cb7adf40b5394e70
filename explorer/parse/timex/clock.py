"""Clock times and the day they fall on: "at 10:35 a.m. Friday", "0730 GMT", "at dawn".

A clock time rarely names its day: it takes a day named close by in its sentence, the
local day of a universal time in brackets (or the other way round), the last date the
story mentioned, or publication day; ranges and nights move it across midnight. This is
one rule (``rule_time``) with many helpers, kept apart from the rules for dates.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from explorer.parse.timex import grammar as g
from explorer.parse.timex.calendar import add_days, day_iso, pretty_day, safe_date
from explorer.parse.timex.clock_context import (
    coming_day_named,
    deadline_beaten,
    range_end_day,
    year_of_its_sentence,
)
from explorer.parse.timex.clock_range_every import range_recurrence
from explorer.parse.timex.day_choice import weekday_date, year_for_day
from explorer.parse.timex.habit_pair import recurs_unless_paired
from explorer.parse.timex.habitual_clock import told_as_habit
from explorer.parse.timex.race_times import race_time
from explorer.parse.timex.reading import SET, TIME, Context, Reading
from explorer.parse.timex.resolve import Tense
from explorer.parse.timex.weekday_ahead import CLAUSE_TO_COME, participle_to_come
from explorer.parse.timex.words import _SENTENCE_BREAK, _low, _month, _weekday, number

# Twilight words count only after a preposition: "at dawn", "shortly before dusk".
_TWILIGHT_PREP = re.compile(
    r"\b(?:at|before|after|until|till|by|from|since|around|near|towards?|approaching|past)\s+$",
    re.IGNORECASE,
)


def _day_of(word: str | None, m: re.Match[str], ctx: Context) -> tuple[date | None, str]:
    w = _low(word)
    if not w:
        return ctx.published, "publication day"
    if w in g.DAY_WORDS:
        d = add_days(ctx.published, g.DAY_WORDS[w])
        return d, w
    tense = ctx.tense(m.start(), m.end())
    if tense is Tense.PAST and (
        CLAUSE_TO_COME.search(ctx.text, max(0, m.start() - 60), m.start())
        or participle_to_come(ctx, m.start(), m.end())
    ):
        tense = Tense.FUTURE  # "urged them to act before funding lapses at midnight Friday"
    return weekday_date(_weekday(w), ctx.published, tense)


_NEARBY_DAY = re.compile(
    r"(?<![\w'’])(?-i:(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|(?P<dw>yesterday|today|tomorrow|tonight)"
    # "just after 3 o'clock this morning", "at 11 p.m. last night": the part of a day the
    # speaker is in (or just left), which beats a day named in an earlier sentence
    r"|(?P<tm>this\s+(?:morning|afternoon|evening))|(?P<ln>last\s+night))(?!\w)",
    re.IGNORECASE,
)
# A month-day right after a weekday: "on Friday, Dec. 18".
_MONTH_DAY_AFTER_WEEKDAY = re.compile(r",?\s+(?-i:[A-Z][a-z]{2,8})\.?\s+[0-3]?\d(?![\d:])")
_NEARBY = 60  # characters either side of a clock time searched for its day
# Where the search for a clock time's day stops: a sentence end (not "Nov. 11"), a line
# end, or a new clause with its own verb ("closed at noon and are expected to reopen
# Thursday": Thursday is the reopening's day, not the closing's). The full stop of "a.m."
# or "p.m." before a weekday is no end ("between 2 a.m. and 9 a.m. Thursday": both are
# Thursday's); ", and" before a weekday's thing is one ("before noon, and Sunday's derby").
_CLAUSE_END = re.compile(
    r"[.!?](?!(?<=[ap]\.m\.)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
    r"[\"”’']?\s+(?=[A-Z\"“‘'])|\n|;|\s+but\s+"
    r"|,?\s+and\s+(?:is|are|was|were|will|would|has|have|had|could|should|may|might|did"
    r"|does|do)\b"
    # (and a weekday's thing opening the next clause: "called off before noon, and Sunday's
    # derby was abandoned")
    r"|,\s+and\s+(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s\s)"
)


# A clock time whose "a.m."/"p.m." ends its sentence: the full stop is the abbreviation's,
# so a capitalised word after it opens the next sentence, unless it is a weekday or month
# naming the time's day ("at 10:35 a.m. Friday", "at 9 p.m. Nov. 4") or its zone ("at 11
# p.m. London time on March 29", "at 1 p.m. ET on Sunday", "9 a.m. AEST").
_NEW_SENTENCE_AFTER = re.compile(
    r"(?<=\.)\s+(?!(?:Mon|Tues?|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct"
    r"|Nov|Dec|UTC)[a-z]*\b|[A-Z]{1,3}[SD]?T\b|[A-Z][a-z]+\s+time\b)[A-Z\"“‘']"
)


_APPOSED_REACH = 30  # characters from a day named to a clock time set beside it


# "the opening ceremony, which starts at |8 p.m.": a time of an event the story named
# before with its day ("the opening ceremony on Feb. 5").
_EVENT_WHICH_AT = re.compile(
    r"\bthe\s+(?P<ev>(?:[a-z]+\s+)?[a-z]{4,}),\s+which\s+(?:starts|begins|opens|ends|finishes"
    r"|closes|kicks\s+off|gets\s+under\s+way)\s+at\s+$"
)


def _day_of_the_event(m: re.Match[str], ctx: Context) -> tuple[date, str] | None:
    """The day of the event a clock time is told of in a relative clause, where the story
    named that event before with "on" and a day ("the opening ceremony on Feb. 5. ...
    the opening ceremony, which starts at 8 p.m."); None if it did not."""
    if "which" not in ctx.text[max(0, m.start() - 24) : m.start()]:
        return None  # (cheap pre-test)
    w = _EVENT_WHICH_AT.search(ctx.text, max(0, m.start() - 70), m.start())
    if w is None:
        return None
    named = f"{w.group('ev')} on "
    at = {start: day for start, day in ctx.days}
    where = ctx.text.rfind(named, 0, w.start())
    while where >= 0:
        day = at.get(where + len(named))
        if day is not None:
            return day, f"the day of the {w.group('ev')}, named before ({pretty_day(day)})"
        where = ctx.text.rfind(named, 0, where)
    return None


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
        if w.start() < m.start() and _in_universal_bracket(ctx.text, lo, w.start(), m.start()):
            # "Polls close at 8 p.m. local time (0100 GMT Wednesday), and results are
            # expected by midnight": the universal time's day, not the local midnight's
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
    if (
        md is not None
        and best is not None
        and best.group("wd")
        and md[1].weekday() == _weekday(best.group("wd"))
        and _MONTH_DAY_AFTER_WEEKDAY.match(ctx.text, best.end())
    ):
        # "at 2 p.m. on Friday, Dec. 18": the weekday restated by the date after it
        return md[1], md[2]
    if best is None:
        held = _day_of_the_event(m, ctx)
        return held if held is not None else _last_day_or_publication(m, ctx)
    if best.group("tm") or best.group("ln"):
        back = -1 if best.group("ln") else 0
        return add_days(ctx.published, back), f"{_low(best.group())} (named in the same sentence)"
    if best.group("wd"):
        wd = _weekday(best.group("wd"))
        for at, named in reversed(ctx.days[-4:]):
            if named.weekday() == wd and 0 <= best.start() - at <= (
                24 if ctx.text.endswith(", a ", 0, best.start()) else 9  # ("Nov. 18, 2023, a")
            ):
                # "I fly out on Wednesday at 6 a.m.": the day that weekday was read as
                return named, f"{pretty_day(named)}, named in the same sentence"
        if ctx.days and best.start() > m.end():
            at, named = ctx.days[-1]
            if (
                named.weekday() == wd
                and 0 <= m.start() - at <= _APPOSED_REACH
                and _SENTENCE_BREAK.search(ctx.text, at, m.start()) is None
            ):
                # "close early on New Year's Eve, at 1 p.m. on Thursday": the day just
                # named, which the weekday after the time sets beside it
                return named, f"{pretty_day(named)}, the day named right before"
    day, why = _day_of(best.group(), m, ctx)
    return day, f"{why} (named in the same sentence)"


# A local clock time with its universal time in brackets: "at 4:15 a.m. (1715 GMT
# Thursday)", "at 10:00 a.m. (0900 GMT)". A day named inside the brackets is the universal
# time's, not the local one's.
# (also after the zone's name: "at 2:14 a.m. local time (1814 GMT Friday)")
_UNIVERSAL_AFTER = re.compile(
    r"(?:\s+(?:local|[A-Z][a-z]+)\s+time\b)?\s*\((?P<in>[^()]{0,30}?\b(?:GMT|UTC)\b[^()]{0,20})\)"
)
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


# A participle opening a clause after a comma: "reached 39 degrees at 3:40 p.m., beating
# the record set on July 19" (not a part of the day or a preposition in -ing).
_COMMA_PARTICIPLE = re.compile(
    r",\s+(?!(?:during|morning|evening|including|following|according|spring|nothing"
    r"|something|anything|everything)\b)[a-z]{2,}ing\b"
)


def _in_universal_bracket(text: str, lo: int, at: int, clock: int) -> bool:
    """Whether the day at ``at`` is inside a closed bracket of universal time before the
    clock time at ``clock``: "(0100 GMT Wednesday)"."""
    opened = text.rfind("(", lo, at)
    if opened < 0 or text.rfind(")", opened, at) >= 0:
        return False
    closed = text.find(")", at, clock)
    return closed >= 0 and ("GMT" in text[opened:closed] or "UTC" in text[opened:closed])


def _other_verb_between(text: str, start: int, end: int) -> bool:
    """Whether a past verb or participle stands between a clock time and a day named after
    it: the day is that verb's ("announced at 10 a.m., had been expected after figures
    published on Tuesday", "landed at dawn, and the EU said on Tuesday", "at 3:40 p.m.,
    beating the record set on July 19"), not the time's."""
    return (
        any(w.group() not in g.NOT_PAST_ED for w in _ED_WORD.finditer(text, start, end))
        or _IRREGULAR_PAST_WORD.search(text, start, end) is not None
        or _participle_between(text, start, end)
    )


def _participle_between(text: str, start: int, end: int) -> bool:
    """Whether a clause of a participle after a comma stands between a clock time and a day
    named after it (cheap pre-test: an "ing")."""
    return text.find("ing", start, end) >= 0 and (
        _COMMA_PARTICIPLE.search(text, start, end) is not None
    )


def _dist(m: re.Match[str], w: re.Match[str]) -> int:
    return m.start() - w.end() if w.end() <= m.start() else w.start() - m.end()


# "at 11 p.m. on March 29", "on Nov. 11, 1918 at 5:10 a.m.": a month-day near a clock time.
_NEARBY_MONTH_DAY = re.compile(
    r"(?<![\w'’])(?P<mon>(?-i:[A-Z][a-z]{2,8}))\.?\s+(?P<md>[0-3]?\d)(?![\d:])"
    r"(?:,?\s+(?P<y>(?:1[0-9]|20)\d\d)(?!\d))?"
)


# A day a state lasts to: "open through Dec. 20", "closed until March 3".
_UNTIL_BEFORE = re.compile(r"\b(?:through|until|till|thru)\s+$", re.IGNORECASE)


def _nearest_month_day(
    m: re.Match[str], ctx: Context, lo: int, hi: int
) -> tuple[int, date, str] | None:
    best: tuple[int, date, str] | None = None
    for w in _NEARBY_MONTH_DAY.finditer(ctx.text, lo, hi):
        month = _month(w.group("mon"))
        if not month:
            continue
        if (
            w.end() <= m.start()
            and "," in ctx.text[w.end() : m.start()]
            and _UNTIL_BEFORE.search(ctx.text, max(0, w.start() - 8), w.start())
        ):
            # "to keep the government open through Dec. 20, sending it to the Senate hours
            # before a midnight deadline": the end of a state, in a clause of its own, is
            # no day of the time after it
            continue
        if w.start() > m.end() and _participle_between(ctx.text, m.end(), w.start()):
            continue  # "at 3:40 p.m., beating the record set on July 19": that verb's day
        if w.end() <= m.start() and any(w.end() <= at < m.start() for at, _ in ctx.days[-4:]):
            continue  # "April 26 - On this day in 1976, after 11 p.m.": the nearer day's
        day = int(w.group("md"))
        read = next((d for at, d in reversed(ctx.days[-4:]) if at == w.start()), None)
        if read is not None and (read.month, read.day) == (month, day):
            # "set sentencing for Sept. 14 at 10 a.m. and allowed him ...": the day that
            # month-day was read as, not read again by a verb nearer the clock time
            y, why = read.year, "the day that date was read as"
        elif w.group("y"):
            y, why = int(w.group("y")), "date as written"
        else:
            y, why = year_for_day(month, day, ctx.published, ctx.tense(m.start(), m.end()))
        d = safe_date(y, month, day)
        dist = _dist(m, w)
        if d is not None and (best is None or dist < best[0]):
            best = (dist, d, f"{pretty_day(d)} ({why}; named in the same sentence)")
    return best


# A clock time that opens a line is a time stamp ("11:40 p.m. - The storm ..."), read on
# publication day, not on the last date the story mentioned ("At 2 a.m. the clocks ..." is
# a sentence's preposition, no stamp).
_LINE_START = re.compile(
    r"(?:^|\n)[ \t]*(?:(?!(?:At|By|From|Until|Before|After)\b)[A-Z][a-z]+:?[ \t]+)?$"
)
# How far back (characters) the last date mentioned still anchors a clock time.
_LAST_DAY_REACH = 1500


_EVENT_REACH = 200  # characters between an event's day and the day it was told on
_NEXT_PARAGRAPH_REACH = 600  # ... and a clock time in the paragraph after them
_BREAKS = re.compile(r"\n\s*")
_SAID_AT = re.compile(
    r"\b(?:said|told|announced|added|wrote|tweeted|posted)\b[^.!?\n]{0,20}$", re.IGNORECASE
)


def _event_before_telling(m: re.Match[str], ctx: Context) -> date | None:
    """The day of an event named right before the day it was told on, which a past clock
    time after them in the paragraph times: "A quake struck late on Sunday, officials said
    on Monday. The quake hit at 11:47 p.m." is Sunday's 11:47 p.m., not Monday's."""
    event = ctx.event_day
    last = ctx.last_day
    if not ctx.day_reported or event is None or last is None:
        return None
    at, day = event
    between = ctx.text[ctx.day_at : m.start()]
    if (
        not day < last <= ctx.published
        or not 0 < ctx.day_at - at <= _EVENT_REACH
        or _SENTENCE_BREAK.search(ctx.text, at, ctx.day_at) is not None
        or ctx.tense(m.start(), m.end()) is not Tense.PAST
    ):
        return None
    if "\n" not in between:
        return day if 0 <= len(between) <= _EVENT_REACH else None
    # The paragraph right after a lead tells its event in detail ("Hurricane X tore across
    # Jamaica on Tuesday, officials said on Wednesday.\n\nThe storm made landfall at about
    # 1 p.m."), unless the clock time is a saying's ("told reporters at 10 a.m."); deeper
    # in a story (a live blog's entries) a paragraph is news of its own.
    if (
        len(between) > _NEXT_PARAGRAPH_REACH
        or len(_BREAKS.findall(ctx.text, 0, ctx.day_at)) > 2
        or len(_BREAKS.findall(between)) != 1
        or _SAID_AT.search(ctx.text, max(0, m.start() - 30), m.start()) is not None
        or not _same_subject(ctx.text, at, _BREAKS.search(ctx.text, ctx.day_at, m.start()))
    ):
        return None
    return day


# "The storm" after "Hurricane Melissa", "The quake" after "An earthquake": a subject naming
# the lead's event again by a word of its kind.
_KIND_WORDS = {
    "storm": ("hurricane", "typhoon", "cyclone", "storm"),
    "quake": ("earthquake", "quake", "tremor"),
    "blast": ("explosion", "blast", "bomb"),
    "fire": ("fire", "wildfire", "blaze"),
    "blaze": ("fire", "wildfire", "blaze"),
}
_SUBJECT = re.compile(r"\s*(?:It|The ([a-z]+))\b")


def _same_subject(text: str, lead_at: int, brk: re.Match[str] | None) -> bool:
    """Whether the paragraph after the break ``brk`` opens with the subject of the lead's
    sentence around ``lead_at`` again: "It", or "The <noun>" its sentence names ("A quake
    struck ... The quake hit") or names by its kind ("Hurricane Melissa ... The storm")."""
    if brk is None:
        return False
    paragraph = brk.end()
    sm = _SUBJECT.match(text, paragraph)
    if sm is None:
        return False
    noun = sm.group(1)
    if noun is None:
        return True
    lo = max(text.rfind(". ", 0, lead_at), text.rfind("\n", 0, lead_at)) + 1
    lead = text[lo:paragraph].lower()
    return any(re.search(rf"\b{w}\b", lead) for w in _KIND_WORDS.get(noun, (noun,)))


def _last_day_or_publication(m: re.Match[str], ctx: Context) -> tuple[date | None, str]:
    """A clock time whose sentence names no day: the last date the story mentioned
    ("At 5:10 a.m. on Nov. 11, 1918 ... did not take effect until 11 a.m."), unless it
    is a time stamp or that date is far back; else publication day."""
    last = ctx.last_day
    if year_of_its_sentence(m, ctx):  # "In 2023, ... the race was stopped at 1 p.m."
        return None, "a day of the year its sentence names"
    told = _event_before_telling(m, ctx)
    if told is not None:
        return told, f"the day of the event told of before the saying ({pretty_day(told)})"
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
    ahead = coming_day_named(m, ctx) if last == ctx.published else None
    if ahead is not None:  # "will line up on Sunday ... are due to start at 7:35 a.m."
        return ahead, f"the day to come named before ({pretty_day(ahead)})"
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
        elif (
            named == "midnight"
            and hhmm == "24:00"
            and day == ctx.published
            and not m.group("t_day2")
            and not (clock is not None and clock[2].date() == day and clock[2].hour >= 12)
            and ctx.tense(m.start(), m.end()) is Tense.PAST
            and not deadline_beaten(ctx.text, m.start(), m.end())
        ):
            # "residents said they heard a bang shortly before midnight": a midnight gone
            # ends the day before publication (publication's own is still ahead, unless the
            # story already told that day's evening: "counted by 9 p.m. ... after midnight")
            day, why = add_days(day, -1), "the last midnight before publication (past tense)"
    else:
        if (race := race_time(m, ctx)) is not None:  # "the course record of 2:05:12"
            return race
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
            day, why = range_end_day(*_day_nearby(m, ctx), m, ctx)
            on = day
            day, why = _across_midnight(day, why, hour_i, m, ctx)
            day, why = _range_end_after_midnight(day, why, hour_i, int(mins), m, ctx)
            day, why = _range_start_the_night_before(day, why, hour_i, m, ctx)
            if day is not None and day != on:  # the night (or morning) named stays the day
                return Reading(TIME, f"{day_iso(day)}T{hour_i:02d}:{mins}", f"clock time on {why}")
        hhmm = f"{hour_i:02d}:{mins}"
        if m.group("t_s2"):  # "18:14:52 UTC": the seconds too
            hhmm += f":{m.group('t_s2')}"
    if day is None:
        return Reading(TIME, f"XXXX-XX-XXT{hhmm}", "day out of range")
    ctx.note_day(day)
    return Reading(TIME, f"{day_iso(day)}T{hhmm}", f"clock time on {why}")


_AFTER_BEFORE = re.compile(r"\bafter\s+$", re.IGNORECASE)
_DAY_RIGHT_AFTER = re.compile(
    r"\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE
)
# A recurrence right before or after a clock time: "Every morning at 4 a.m.", "at 6 p.m.
# daily", "on Sundays at 10 a.m.", "at noon each day", "from 7 a.m. to 7 p.m. on weekdays".
_DAY_NAMES = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_PODS = "(?:morning|afternoon|evening|night)s"  # "on Tuesday evenings at 7 p.m."
_EVERY_BEFORE = re.compile(
    rf"(?:\b(?:every|each)\s+(?:single\s+)?(?P<u>day|morning|afternoon|evening|night|weekday"
    rf"|{_DAY_NAMES})|\b(?:daily|nightly|(?:five|six|seven|[5-7])\s+days\s+a\s+week)|\bon\s+(?:(?P<pl>{_DAY_NAMES})|week(?:day|night))s"
    rf"|\b(?P<pl2>{_DAY_NAMES})\s+{_PODS})"
    # ("every Tuesday in February, at 10 a.m.": the months the habit lasts)
    r"(?:\s+(?:in|during)\s+[A-Z][a-z]+)?"
    r",?\s+(?:at|from|by|until|till|around|about|before|after|shortly\s+(?:before|after))?\s*$",
    re.IGNORECASE,
)
_EVERY_AFTER = re.compile(
    rf"\s*,?\s+(?:(?:every|each)\s+(?P<u>day|morning|afternoon|evening|night|weekday"
    rf"|{_DAY_NAMES})\b|(?:daily|nightly)\b|on\s+(?:(?P<pl>{_DAY_NAMES})|week(?:day|night))s\b"
    rf"|on\s+(?P<pl2>{_DAY_NAMES})\s+{_PODS}\b)",
    re.IGNORECASE,
)


def _recurrence(m: re.Match[str], text: str) -> str | None:
    """The days a clock time recurs on ("XXXX-XX-XX", "XXXX-WXX-7" for Sundays) when a
    recurrence stands right by it; None otherwise."""
    found = (
        _EVERY_BEFORE.search(text, max(0, m.start() - 40), m.start())
        or _EVERY_AFTER.match(text, m.end())
        or range_recurrence(m, text, _EVERY_BEFORE, _EVERY_AFTER)
    )  # "from 10 p.m. to 6 a.m. every night"
    if found is None or not recurs_unless_paired(found, text):  # "Sunday nights, at 9"
        return "XXXX-XX-XX" if told_as_habit(text, m.start()) else None  # "usually opens at"
    day = (found.group("u") or found.group("pl") or found.group("pl2") or "").lower()
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


# A range's end right after its start, with the end's day after it: "from 10 p.m. until 5
# a.m. Saturday", "between 11 p.m. and 4 a.m. on Sunday".
_RANGE_END_WITH_DAY = re.compile(
    r"\s*(?:to|until|till|through|and|-|–|—)\s*(?P<h>[01]?\d)(?::[0-5]\d)?\s*"
    r"(?P<ap>[ap])\.?m\.?\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b",
    re.IGNORECASE,
)


def _range_start_the_night_before(
    day: date | None, why: str, hour: int, m: re.Match[str], ctx: Context
) -> tuple[date | None, str]:
    """The start of a range of clock times later in the day than its end, with the day
    named after the end, is the evening before that day: "from 10 p.m. until 5 a.m.
    Saturday" starts on Friday night."""
    if day is None or "day" not in ctx.text[m.end() : m.end() + 40].lower():
        return day, why  # (cheap pre-test)
    end = _RANGE_END_WITH_DAY.match(ctx.text, m.end())
    if end is None:
        return day, why
    end_hour = int(end.group("h")) % 12 + (12 if end.group("ap").lower() == "p" else 0)
    if hour <= end_hour:
        return day, why
    before = add_days(day, -1)
    if before is None:
        return day, why
    return before, f"{pretty_day(before)}, the evening before the range's end ({why})"


# A day's span from sun-up to sun-down: "from dawn to dusk", "dawn-to-dusk".
_DAILY_SPAN_START = re.compile(
    r"\b(?:dawn|daybreak|sunrise|first\s+light)\s*(?:-\s*)?(?:to|till|until|-|–)\s*-?\s*\Z",
    re.IGNORECASE,
)
_DAILY_SPAN = re.compile(
    r"\s*(?:-\s*)?(?:to|till|until|-|–)\s*-?\s*(?:dusk|sunset|nightfall|sundown)\b", re.IGNORECASE
)


def _twilight(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "at dawn Friday": the part of day the sun-up/sun-down word falls in."""
    if not _TWILIGHT_PREP.search(ctx.text, max(0, m.start() - 24), m.start()):
        return None
    word = _low(m.group("t_tw"))
    if not m.group("t_day3") and (
        _DAILY_SPAN.match(ctx.text, m.end())
        or _DAILY_SPAN_START.search(ctx.text, max(0, m.start() - 24), m.start())
    ):
        return None  # "open from dawn to dusk": every day's hours, no day of its own
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
