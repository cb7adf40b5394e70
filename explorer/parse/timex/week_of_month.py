""" "The first week of November", "the second week of February", "the last week of August":
a calendar week, not the month (was the month, with a start or end modifier); "the first
(last) weekend of February" the weekend of its first (last) Saturday. The nth week
is the ISO week holding the month's 4th, 11th, 18th or 25th (most of its days are in the
month); the last is the one holding the day three before the month's last."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from explorer.parse.timex.calendar import add_months, iso_week
from explorer.parse.timex.months_years import rule_month
from explorer.parse.timex.reading import Context, Reading

_WEEK_OF = re.compile(
    r"the\s+(first|second|third|fourth|last|final)\s+week(end)?\s+of", re.IGNORECASE
)
_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def week_of_month(reading: Reading, pm: str | None) -> Reading:
    """The month ``reading`` as the week its prefix ``pm`` names, if it names one."""
    v = reading.value
    if not pm or "week" not in pm or len(v) != 7 or not v[:4].isdigit() or not v[5:].isdigit():
        return reading  # (cheap pre-test)
    w = _WEEK_OF.match(pm)
    if w is None:
        return reading
    y, month = int(v[:4]), int(v[5:])
    nth = _NTH.get(w.group(1).lower())
    if w.group(2):
        return _weekend_of_month(reading, y, month, nth == 1)
    if nth is not None:
        d = date(y, month, 7 * nth - 3)
    else:
        ny, nm = add_months(y, month, 1)
        if not 1 <= ny <= 9999:
            return reading
        d = date(ny, nm, 1) - timedelta(days=4)
    why = f"the {w.group(1).lower()} week of {v}: the week holding {d.isoformat()}"
    return replace(reading, value=iso_week(d), why=f"{why} ({reading.why})", mod=None)


def _weekend_of_month(reading: Reading, y: int, month: int, first: bool) -> Reading:
    """ "The first weekend of February": the weekend of the month's first Saturday; "the
    last weekend of January": of its last Saturday (was the month, with a modifier)."""
    if first:
        sat = date(y, month, 1)
        sat += timedelta(days=(5 - sat.weekday()) % 7)
    else:
        ny, nm = add_months(y, month, 1)
        if not 1 <= ny <= 9999:
            return reading
        sat = date(ny, nm, 1) - timedelta(days=1)
        sat -= timedelta(days=(sat.weekday() - 5) % 7)
    which = "first" if first else "last"
    why = f"the {which} weekend of {reading.value}: the weekend of {sat.isoformat()}"
    return replace(reading, value=iso_week(sat) + "-WE", why=f"{why} ({reading.why})", mod=None)


def rule_month_or_week(m: re.Match[str], ctx: Context) -> Reading | None:
    """A month (``rule_month``), or the week of it its prefix names."""
    r = rule_month(m, ctx)
    return None if r is None else week_of_month(r, m.group("m_pm"))


__all__ = ["rule_month_or_week", "week_of_month"]
