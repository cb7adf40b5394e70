"""Calendar arithmetic and TIMEX3 value <-> DateRange conversion. Pure, never raises."""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, datetime, timedelta
from functools import lru_cache

from explorer.model import DateRange, Precision

MIN_YEAR = 1
MAX_YEAR = 9998  # keep one year of head-room for exclusive range ends

_PART_HOURS = {"MO": (6, 12), "AF": (12, 18), "EV": (18, 22), "NI": (21, 30), "DT": (8, 18)}
_SEASON_MONTHS = {"SP": (3, 6), "SU": (6, 9), "FA": (9, 12), "WI": (12, 15)}
_VALUE = re.compile(
    r"^(?:(?P<cent>\d{2})|(?P<dec>\d{3})|(?P<y>\d{4})"
    r"(?:-(?:(?P<q>Q[1-4])|(?P<h>H[12])|(?P<season>SP|SU|FA|WI)|W(?P<w>\d{2})(?P<we>-WE)?"
    r"|(?P<m>\d{2})(?:-(?P<d>\d{2})(?:T(?:(?P<pod>MO|AF|EV|NI|DT)|(?P<hh>\d{2}):(?P<mm>\d{2})))?)?))?)$"
)


def pretty_day(d: date) -> str:
    """Fri 23 Sep 2016."""
    return f"{d:%a} {d.day} {d:%b} {d.year}"


def day_iso(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def valid_year(y: int) -> bool:
    return MIN_YEAR <= y <= MAX_YEAR


def safe_date(y: int, m: int, d: int) -> date | None:
    if not valid_year(y) or not 1 <= m <= 12 or not 1 <= d <= monthrange(y, m)[1]:
        return None
    return date(y, m, d)


def add_days(d: date, n: int) -> date | None:
    try:
        return d + timedelta(days=n)
    except OverflowError:
        return None


def add_months(y: int, m: int, n: int) -> tuple[int, int]:
    total = y * 12 + (m - 1) + n
    return total // 12, total % 12 + 1


def shift_date(d: date, unit: str, n: int) -> date | None:
    """``d`` moved by ``n`` units (D, W, M, Y, DE, CE, Q); day clipped to month end."""
    if unit == "D":
        return add_days(d, n)
    if unit == "W":
        return add_days(d, 7 * n)
    months = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}.get(unit)
    if months is None:
        return None
    y, m = add_months(d.year, d.month, n * months)
    if not valid_year(y):
        return None
    return date(y, m, min(d.day, monthrange(y, m)[1]))


def weekday_on_or_before(d: date, weekday: int) -> date | None:
    return add_days(d, -((d.weekday() - weekday) % 7))


def weekday_on_or_after(d: date, weekday: int) -> date | None:
    return add_days(d, (weekday - d.weekday()) % 7)


def iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def nth_weekday(y: int, month: int, weekday: int, nth: int) -> date | None:
    """The nth weekday of a month (nth=-1: last); nth=0: the Tuesday after the first Monday."""
    if not valid_year(y):
        return None
    if nth == 0:
        first_monday = weekday_on_or_after(date(y, month, 1), 0)
        return add_days(first_monday, 1) if first_monday else None
    if nth < 0:
        last = date(y, month, monthrange(y, month)[1])
        return weekday_on_or_before(last, weekday)
    first = weekday_on_or_after(date(y, month, 1), weekday)
    return add_days(first, 7 * (nth - 1)) if first else None


def easter_sunday(y: int) -> date | None:
    """Western (Gregorian) Easter Sunday: the anonymous Gregorian computus."""
    if not valid_year(y) or y < 1583:
        return None
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(y, month, day + 1)


def orthodox_easter(y: int) -> date | None:
    """Orthodox Easter Sunday: the Julian computus (Meeus), moved to the Gregorian calendar
    (13 days ahead from 1900 to 2099)."""
    if not valid_year(y) or not 1900 <= y <= 2099:
        return None
    a, b, c = y % 4, y % 7, y % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    return date(y, month, day + 1) + timedelta(days=13)


def _dt(y: int, m: int = 1, d: int = 1, h: int = 0) -> datetime | None:
    if not valid_year(y):
        return None
    try:
        return datetime(y, m, d) + timedelta(hours=h)
    except (ValueError, OverflowError):
        return None


def _span(
    start: datetime | None, end: datetime | None, precision: Precision, **kw: object
) -> DateRange | None:
    if start is None or end is None or end <= start:
        return None
    return DateRange(start, end, precision, **kw)  # type: ignore[arg-type]


@lru_cache(maxsize=4096)
def value_range(value: str) -> DateRange | None:
    """The calendar stretch a TIMEX3 DATE/TIME value names; None if it names none.

    Memoised: a story repeats its dates, and a DateRange is immutable.
    """
    m = _VALUE.match(value)
    if m is None:
        return None
    g = m.groupdict()
    if g["cent"]:
        c = int(g["cent"])
        return _span(_dt(max(c * 100, 1)), _dt(c * 100 + 100), Precision.CENTURY)
    if g["dec"]:
        dec = int(g["dec"])
        return _span(_dt(max(dec * 10, 1)), _dt(dec * 10 + 10), Precision.DECADE)
    y = int(g["y"])
    if not valid_year(y):
        return None
    if g["q"]:
        q = int(g["q"][1])
        ey, em = add_months(y, q * 3 - 2, 3)
        return _span(_dt(y, q * 3 - 2), _dt(ey, em), Precision.QUARTER)
    if g["h"]:
        half = int(g["h"][1])
        ey, em = add_months(y, half * 6 - 5, 6)
        return _span(_dt(y, half * 6 - 5), _dt(ey, em), Precision.HALF)
    if g["season"]:
        sm, em_ = _SEASON_MONTHS[g["season"]]
        ey, em = add_months(y, sm, em_ - sm)
        return _span(_dt(y, sm), _dt(ey, em), Precision.SEASON)
    if g["w"]:
        try:
            monday = date.fromisocalendar(y, int(g["w"]), 1)
        except ValueError:
            return None
        if g["we"]:
            sat = datetime.combine(monday, datetime.min.time()) + timedelta(days=5)
            return _span(sat, sat + timedelta(days=2), Precision.DAY)
        start = datetime.combine(monday, datetime.min.time())
        return _span(start, start + timedelta(days=7), Precision.WEEK)
    if g["m"]:
        mo = int(g["m"])
        if not 1 <= mo <= 12:
            return None
        if g["d"]:
            day = safe_date(y, mo, int(g["d"]))
            if day is None:
                return None
            start = datetime.combine(day, datetime.min.time())
            if g["pod"]:
                h0, h1 = _PART_HOURS[g["pod"]]
                return _span(
                    start + timedelta(hours=h0),
                    start + timedelta(hours=h1),
                    Precision.PART_OF_DAY,
                    part_of_day=g["pod"],
                )
            if g["hh"]:
                hh, mm = int(g["hh"]), int(g["mm"])
                if hh > 24 or mm > 59:
                    return None
                t = start + timedelta(hours=hh, minutes=mm)
                if hh == 24:
                    # "midnight on Tuesday" (T24:00) ends Tuesday: its last minute, on the
                    # day a reader files it under (not the first of Wednesday)
                    return _span(t - timedelta(minutes=1), t, Precision.MINUTE)
                return _span(t, t + timedelta(minutes=1), Precision.MINUTE)
            return _span(start, start + timedelta(days=1), Precision.DAY)
        ey, em = add_months(y, mo, 1)
        return _span(_dt(y, mo), _dt(ey, em), Precision.MONTH)
    return _span(_dt(y), _dt(y + 1), Precision.YEAR)


def open_range(start: DateRange, published: date) -> DateRange | None:
    """From ``start`` up to the end of publication day ("since 2012")."""
    end = _dt(published.year, published.month, published.day)
    if end is None:
        return None
    end += timedelta(days=1)
    if end <= start.start:
        return None
    return DateRange(start.start, end, start.precision, start.approximate, True, None)


# The thirds of a year (months) and a decade (years) that "early", "mid" and "late" name:
# (first, last) counted from 1 (from 0 for a decade's years). A month's stay whole: a part
# of one would read as a day.
_PART_THIRDS = {
    Precision.YEAR: {"START": (1, 4), "MID": (5, 8), "END": (9, 12)},
    Precision.DECADE: {"START": (0, 3), "MID": (4, 6), "END": (7, 9)},
}


def part_range(whole: DateRange, mod: str, now: date | None = None) -> DateRange:
    """The part of a year or decade that "early", "mid-" or "late" names ("early 2024":
    about January to April), approximate; with ``now`` (publication, inside the year or
    week), the months or days before or after it ("earlier this year", "later this
    week"); ``whole`` unchanged for anything else."""
    s = whole.start
    if now is not None and whole.precision is Precision.WEEK and mod in ("START", "END"):
        # "earlier this week": from its start up to publication; "later this week": the
        # days after publication to its end
        if not s.date() <= now < whole.end.date():
            return whole
        day_after = _dt(now.year, now.month, now.day)
        day_after = day_after + timedelta(days=1) if day_after is not None else None
        lo, hi = (s, day_after) if mod == "START" else (day_after, whole.end)
        return _span(lo, hi, Precision.DAY, approximate=True) or whole
    parts = _PART_THIRDS.get(whole.precision)
    if parts is None or mod not in parts:
        return whole
    if now is not None and whole.precision is Precision.YEAR:
        if now.year != s.year or mod == "MID":
            return whole
        month_end = _dt(now.year + 1) if now.month == 12 else _dt(now.year, now.month + 1)
        lo, hi = (s, month_end) if mod == "START" else (_dt(now.year, now.month), whole.end)
        return _span(lo, hi, Precision.MONTH, approximate=True) or whole
    first, last = parts[mod]
    if whole.precision is Precision.YEAR:
        start, end = _dt(s.year, first), _dt(s.year + 1) if last == 12 else _dt(s.year, last + 1)
        finer = Precision.MONTH
    else:
        start, end = _dt(s.year + first), _dt(s.year + last + 1)
        finer = Precision.YEAR
    return _span(start, end, finer, approximate=True) or whole
