"""A day restated by the date right after it.

News names a day twice: "The House of Lords returns a week later, on Sept. 14", "Black
Friday, on Nov. 27, brought in ...", "Super Saturday, on Dec. 19", "marked Easter on April
20 last year", "Thanksgiving fell on Nov. 26". The written date is the better reading of the
two: a count ("a week later") may count from the wrong day, a holiday or weekday may be
given the wrong year or week. And "Cyber Monday three days later": the count says where the
holiday is, so it is the holiday's day. One pass over the expressions found, comparing
neighbours only.

Two more passes read expressions by those after them: "Three weeks from Friday" is one
date (``count_from_days``), and a month of a plan told in the past is the one a day told
after it shows was kept ("vowed to march in May, and thousands did so on May 14":
``keep_plans``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from explorer.model import Timex, TimexType
from explorer.parse.timex.calendar import value_range

# Between a day and the date that restates it: ", on", ", ", " on", " fell on", " falls on".
_RESTATED_BY = re.compile(
    r",\s+(?:on\s+)?|\s+(?:(?:fell|falls|fall|was|is|came|comes)\s+)?on\s+", re.IGNORECASE
)
_COUNT = re.compile(
    r"\b(?:later|earlier|after|afterwards)$"
    # "The previous day, Thursday,": a day counted from another, restated by its weekday
    r"|^the\s+(?:previous|preceding|following|next)\s+(?:day|morning|afternoon|evening|night)$",
    re.IGNORECASE,
)
# A named day's verb of where it falls, before the count that places it: "Yom Kippur falls
# ten days later" is Yom Kippur's day, not ten days after it.
_FALLS = re.compile(r"\s+(?:falls|fell|comes|came)\s+")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_HOLIDAY_DRIFT = timedelta(days=40)  # how far a movable holiday's day moves between years


# A weekday, where or in which round it falls, then the date: "play on Monday night in Week
# 3, on Sept. 21", "face Ardmore on Friday at Wembley, on Dec. 18".
_PLACED_THEN_RESTATED = re.compile(r"\s+(?:in|at)\s+[^,.;:!?\n]{1,20},\s+on\s+")


def _weekday_placed_then_restated(first: Timex, second: Timex) -> Timex:
    """``first`` (a weekday, maybe with its part of day) set on ``second``'s date when that
    date is that weekday; else ``first`` as it was."""
    words = first.text.lower().split()
    day = _day(second)
    if day is None or not words or first.value[:10] == second.value:
        return first
    weekday = words[-2] if len(words) > 1 and first.type is TimexType.TIME else words[-1]
    if weekday not in _WEEKDAYS or _WEEKDAYS[day.weekday()] != weekday:
        return first
    part = first.value[10:] if first.value[10:11] == "T" else ""
    return _moved(first, second.value + part, "a weekday restated by the date after it")


def _day(t: Timex) -> date | None:
    """The day a DATE expression names, None if it names no single day."""
    v = t.value
    if t.type is not TimexType.DATE or len(v) != 10 or not v[:4].isdigit():
        return None
    try:
        return date.fromisoformat(v)
    except ValueError:
        return None


def _restates(first: Timex, first_day: date, second_day: date) -> str | None:
    """Why the day ``second_day``, written right after ``first``, is ``first``'s day; None
    if it is not ("on Friday, on Nov. 27" reads as it is told)."""
    words = first.text.lower().split()
    if any(ch.isdigit() for ch in first.text):
        return None  # a date as written keeps its reading
    if words and words[-1] in _WEEKDAYS:
        if _WEEKDAYS[second_day.weekday()] == words[-1]:
            return "a weekday restated by the date after it"
        return None
    if first_day.year == second_day.year:
        return None  # "breaks for Christmas on Dec. 16": another day, by the holiday
    if (first_day.month, first_day.day) == (second_day.month, second_day.day):
        return "a holiday restated by the date after it"
    try:
        moved = first_day.replace(year=second_day.year)
    except ValueError:
        return None
    if first_day.weekday() == second_day.weekday() and abs(moved - second_day) <= _HOLIDAY_DRIFT:
        # (a movable feast: "Easter on April 20 last year", "Thanksgiving fell on Nov. 26")
        return "a movable holiday restated by the date after it"
    return None


def restate_days(text: str, found: Sequence[Timex]) -> tuple[Timex, ...]:
    """``found`` with each day that the written date right after it restates set to that
    date, and each count right after a named day ("Cyber Monday three days later") set to
    that day."""
    out = list(found)
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        gap = text[first.end : second.start]
        if len(gap) > 12:
            if len(gap) <= 34 and gap.endswith(" on ") and _PLACED_THEN_RESTATED.fullmatch(gap):
                out[i] = _weekday_placed_then_restated(first, second)
            continue  # (cheap pre-test)
        first_day, second_day = _day(first), _day(second)
        if second_day is None or first.value == second.value:
            continue
        if first.type is not TimexType.DATE and not (
            first.type is TimexType.TIME and first.value[10:11] == "T"
        ):  # (a part of a day: "The following morning, Saturday,")
            continue
        if _RESTATED_BY.fullmatch(gap):
            if _COUNT.search(first.text):  # ("a week later" may be a week: "2026-W38")
                part = first.value[10:] if first.value[10:11] == "T" else ""  # ("morning")
                value = second.value + part
                out[i] = _moved(first, value, "a count restated by the date after it")
                named = out[i - 1] if i > 0 and text[out[i - 1].end : first.start] == " " else None
                named_day = None if named is None else _day(named)
                if named is not None and named_day is not None:
                    # "and Orthodox Easter a week later, on April 12": the holiday's day too
                    why = _restates(named, named_day, second_day)
                    if why is not None:
                        out[i - 1] = _moved(named, second.value, why)
                continue
            if first_day is not None and gap.strip() == "," and _COUNT.search(second.text):
                # "Talks ended on Tuesday, two days later": the count is that Tuesday
                out[i + 1] = _moved(second, first.value, "a count restating the day before it")
                continue
            why = None if first_day is None else _restates(first, first_day, second_day)
            if why is not None:
                out[i] = _moved(first, second.value, why)
        elif (
            (gap == " " or _FALLS.fullmatch(gap))
            and first_day is not None
            and _COUNT.search(second.text)
            and not any(c.isdigit() for c in first.text)
        ):
            out[i + 1] = _moved(second, first.value, "a count that places the day before it")
    return tuple(out)


# A plan told in the past ("vowed to march on the ministry in May"): its month may be the
# one a day told after it in the sentence shows was kept ("and thousands did so on May 14").
_PAST_PLAN = re.compile(
    r"\b(?:vowed|pledged|promised|threatened|planned|wanted|hoped|aimed|intended)\s+to\s"
)
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+[A-Z\"“]")
_PLAN_REACH = 160  # characters from a plan's month to the day that keeps it


def keep_plans(text: str, found: Sequence[Timex], published: date) -> tuple[Timex, ...]:
    """``found`` with each month of a plan told in the past (``_PAST_PLAN``) read ahead but
    followed, in its sentence, by a day of that month gone by publication, set to that
    day's year: "Protesters vowed to march in May, and thousands did so on May 14" (in
    December) is this May."""
    out = list(found)
    for i, t in enumerate(out):
        v = t.value
        if t.type is not TimexType.DATE or len(v) != 7 or not v[:4].isdigit() or v[4] != "-":
            continue
        if any(c.isdigit() for c in t.text) or int(v[:4]) <= published.year:
            continue  # a month as written, or not read ahead
        if _PAST_PLAN.search(text, max(0, t.start - 80), t.start) is None:
            continue
        for later in out[i + 1 :]:
            if later.start - t.end > _PLAN_REACH:
                break
            if _SENTENCE_END.search(text, t.end, later.start):
                break
            day = _day(later)
            if day is not None and day.month == int(v[5:]) and day <= published:
                out[i] = _moved(
                    t, f"{day.year:04d}-{day.month:02d}", "a plan kept on a day told after it"
                )
                break
    return tuple(out)


_LENGTH = re.compile(r"P(?P<n>\d+)(?P<u>[DW])")
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
_RANGE_END = re.compile(r",?\s+(?:to|until|till|through|and)\b")


def count_from_days(text: str, found: Sequence[Timex], published: date) -> tuple[Timex, ...]:
    """``found`` with each length of days or weeks right before "from" and a day ("three
    weeks from Friday", "10 days from Monday") read with that day as one date: so many days
    after it (a weekday's coming one)."""
    out: list[Timex] = []
    i = 0
    while i < len(found):
        t = found[i]
        nxt = found[i + 1] if i + 1 < len(found) else None
        length = _LENGTH.fullmatch(t.value) if t.type is TimexType.DURATION else None
        if (
            nxt is not None
            and length is not None
            and text[t.end : nxt.start] == " from "
            and nxt.type is TimexType.DATE
            and _DAY_VALUE.fullmatch(nxt.value)
            and text[nxt.end : nxt.end + 2] not in ("'s", "’s")
            and not t.text.lower().startswith(("the ", "a "))
            and _RANGE_END.match(text, nxt.end) is None
            and text[max(0, t.start - 4) : t.start].lower() != "for "
        ):  # (not a stretch: "the five days from Wednesday to Sunday", "will close for
            # three weeks from Feb. 1": a length and its start)
            days = int(length.group("n")) * (7 if length.group("u") == "W" else 1)
            base = date.fromisoformat(nxt.value)
            before = out[-1] if out and text[out[-1].end : t.start] == ", " else None
            told = None if before is None else _day(before)
            weekday = not any(c.isdigit() for c in nxt.text)
            if base < published and weekday:
                base += timedelta(days=7)  # ("10 days from Monday": the coming Monday)
            for week in (0, -7, 7) if weekday and told is not None else ():
                # "on June 22, two weeks from Monday": the Monday that count restates
                if base + timedelta(days=days + week) == told:
                    base += timedelta(days=week)
                    break
            day = base + timedelta(days=days)
            value = day.isoformat()
            why = f"{t.text} after {nxt.text} ({base.isoformat()})"
            out.append(
                Timex(
                    t.start, nxt.end, text[t.start : nxt.end], TimexType.DATE, value,
                    f"{text[t.start : nxt.end]} → {value}: {why}", value_range(value),
                )
            )  # fmt: skip
            i += 2
            continue
        out.append(t)
        i += 1
    return tuple(out)


def _moved(t: Timex, value: str, why: str) -> Timex:
    return replace(
        t, value=value, explanation=f"{t.text} → {value}: {why}", range=value_range(value)
    )


_RANGE_TO = re.compile(r"\s*(?:-|–|to|until|till|through)\s*")
_SET_CLOCK = re.compile(r"(?P<day>XXXX-WXX-\d)T\d\d:\d\d")
_CLOCK = re.compile(r"\d{4}-\d\d-\d\dT(?P<hm>\d\d:\d\d)")


def recurring_ranges(text: str, found: Sequence[Timex]) -> tuple[Timex, ...]:
    """``found`` with the first clock time of a range whose second one recurs set to recur
    on the same day: "from 9 a.m. to 1 p.m. on Saturdays" is every Saturday's 9 a.m. (it
    was publication's)."""
    out = list(found)
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        if second.type is not TimexType.SET or first.type is not TimexType.TIME:
            continue  # (cheap pre-test)
        then = _SET_CLOCK.fullmatch(second.value)
        clock = _CLOCK.fullmatch(first.value)
        if then is None or clock is None or not _RANGE_TO.fullmatch(text[first.end : second.start]):
            continue
        value = f"{then.group('day')}T{clock.group('hm')}"
        out[i] = replace(
            first,
            type=TimexType.SET,
            value=value,
            explanation=f"{first.text} → {value}: the start of a range that recurs",
            range=value_range(value),
        )
    return tuple(out)
