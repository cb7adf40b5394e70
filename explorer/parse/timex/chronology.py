"""The years of a chronology: a factbox of dated lines ("2014 - Rebels seize Kesh in
March", a year alone on its line and then "March 3 - ...", "Sept. 12 - ...").

Each line of such a list tells its own time, in the historic present ("Rebels seize",
"He takes office on May 1"), so tense says nothing of the year: a month or month-day
without one is of the year its line names, or of the year the list last named (a year
heading, or a dated line above it). A month before the line's own month is the next year's
("Dec. 20 - Mediators announce talks to start in January"). Only lines that open with a
date are read so; the text around the list keeps its own rules.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from explorer.parse.timex.reading import Context
from explorer.parse.timex.words import _month

# A line opening with a date and a dash (or a year alone on its line): "2014 - ",
# "Aug. 9, 2014 - ", "Feb. 2019 - ", "March 3 - ", "June - ", "2025".
_ENTRY = re.compile(
    r"^[ \t]*(?:[-*\u2022][ \t]*)?(?:(?P<y>(?:1[6-9]|20)\d\d)"
    r"|(?P<mon>[A-Z][a-z]{2,8})\.?(?:[ \t]+(?P<d>[0-3]?\d))?(?:,?[ \t]+(?P<y2>(?:1[6-9]|20)\d\d))?)"
    r"[ \t]*(?:[-:\u2013\u2014][ \t]|$)",
    re.MULTILINE,
)
_MIN_ENTRIES = 3  # dated lines that make a list a chronology (one of them with a year)


# One line of a chronology: where it starts and ends, its year, and its month (0 if none).
Entry = tuple[int, int, int, int]


def chronology_entries(text: str) -> tuple[Entry, ...]:
    """The dated lines of ``text``'s chronology, in order; empty if it has none."""
    if text.count("\n") < _MIN_ENTRIES:
        return ()  # (cheap pre-test: a chronology is a list of lines)
    found: list[tuple[int, int, int | None, int]] = []
    for e in _ENTRY.finditer(text):
        month = 0
        if e.group("mon"):
            month = _month(e.group("mon"))
            if not month:
                continue
        ystr = e.group("y") or e.group("y2")
        end = text.find("\n", e.end())
        found.append((e.start(), len(text) if end < 0 else end, int(ystr) if ystr else None, month))
    if len(found) < _MIN_ENTRIES or all(y is None for _, _, y, _ in found):
        return ()
    years = [y for _, _, y, _ in found if y is not None]
    newest_first = years[-1] < years[0]  # (a list may run back from the latest)
    out: list[Entry] = []
    year: int | None = None
    last_month = 0
    for start, end, y, month in found:
        if y is not None:
            year, last_month = y, month
        elif year is not None and month:
            if last_month and not newest_first and month < last_month:
                year += 1  # "Dec. 20 - ...", then "Jan. 15 - ...": the list has turned the year
            elif last_month and newest_first and month > last_month:
                year -= 1  # "Jan. 15 - ...", then "Dec. 20 - ...", newest first
            last_month = month
        if year is not None:
            out.append((start, end, year, month))
    return tuple(out)


def chronology_year(ctx: Context, at: int, month: int, past: bool = False) -> int | None:
    """The year of ``month`` named without a year at ``at``, if a chronology line holds it
    (``past``: told in the past, so a month before the line's own is of the same year:
    "Aug. 9, 2014 - ..., after rebels seized Kesh in March")."""
    entries = ctx.chronology
    if entries is None:
        entries = ctx.chronology = chronology_entries(ctx.text)
    if not entries:
        return None
    i = bisect_right(entries, (at, 1 << 62)) - 1
    if i < 0:
        return None
    start, end, year, own = entries[i]
    if not start <= at < end:
        return None
    return year + 1 if month < own and not past else year
