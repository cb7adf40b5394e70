"""The year of a list of days: "meetings for Jan. 27-28, March 17-18 and May 5-6", told in
December, are all next year's. A calendar or schedule lists its days in order, so a day
without a year after one of the same list keeps that day's year while its month is no
earlier: each day read alone would take the year nearest publication (or its own clause's
tense), which may put "March 17-18" before the "Jan. 27-28" it follows.

Only days joined by a bare ", ", " and ", ", and " or " or " are read so, and only when the
list is not told in the past tense (a list of results "reported on Jan. 27, March 17 and May
5" is read by its verb, each alone); a list set for days to come ("sets meetings for ...")
is to come to its end, whatever verb stands nearer its later days.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from explorer.model import DateRange, Timex, TimexType
from explorer.parse.timex.resolve import Tense

_JOIN = re.compile(r",\s+(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_YEAR_WRITTEN = re.compile(r"\d{4}")


def _shifted(r: DateRange | None, years: int) -> DateRange | None:
    if r is None:
        return None
    try:
        return replace(
            r,
            start=r.start.replace(year=r.start.year + years),
            end=r.end.replace(year=r.end.year + years),
        )
    except ValueError:  # (Feb. 29 in a year without one)
        return None


def list_years(
    text: str, found: Sequence[Timex], tense: Callable[[int, int], Tense]
) -> tuple[Timex, ...]:
    """``found`` with each day of a list that follows a day of the same list set to that
    day's year, when its month is no earlier and it was read as another year."""
    out = list(found)
    head: Tense | None = None  # the tense of the list's first day, while the list goes on
    for i in range(1, len(out)):
        before, t = out[i - 1], out[i]
        joined = (
            t.type is TimexType.DATE
            and before.type is TimexType.DATE
            and _DAY.fullmatch(t.value) is not None
            and _DAY.fullmatch(before.value) is not None
            and _JOIN.fullmatch(text, before.end, t.start) is not None
        )
        if not joined:
            head = None
            continue
        if head is None:
            head = tense(before.start, before.end)
        if t.value[:4] == before.value[:4] or t.value[5:7] < before.value[5:7]:
            continue
        if _YEAR_WRITTEN.search(t.text):
            continue
        if head is Tense.PAST or (head is not Tense.FUTURE and tense(t.start, t.end) is Tense.PAST):
            continue  # (a list told in the past: each day by its verb)
        years = int(before.value[:4]) - int(t.value[:4])
        rng = _shifted(t.range, years)
        if rng is None:
            continue
        value = before.value[:4] + t.value[4:]
        out[i] = replace(
            t,
            value=value,
            explanation=f"{t.text} → {value}: the year of the day before it in a list",
            range=rng,
        )
    return tuple(out)
