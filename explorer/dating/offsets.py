"""Offsets from another event: "three days after the vote", and vague ones opening a
sentence ("Days later, ...") with the stretch of time they may mean."""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta

from explorer.model import (
    DateRange,
    ParsedArticle,
    Precision,
    TimexType,
)
from explorer.parse.clauses import Offset, offset_at
from explorer.parse.timex.calendar import shift_date

# An unspecified number of days, weeks, months or years before or after the last event
# ("Only days earlier, he had denied ...", "Weeks later, the party collapsed"): the unit,
# and how far the time may lie (a reader's "a few": up to a week of days, two months of
# weeks, a year of months, a decade of years).
_VAGUE_UNITS = {"PXD": "D", "PXW": "W", "PXM": "M", "PXY": "Y"}
_VAGUE_AFTER = re.compile(r"\s+(earlier|later)\b", re.IGNORECASE)
_VAGUE_LEAD_CHARS = 12  # ("Only just ", "But mere ")


def vague_offset(parsed: ParsedArticle, si: int, lo: int, hi: int) -> tuple[int, str] | None:
    """The direction (-1 earlier, 1 later) and unit of a vague offset opening the sentence
    ("Days later, ...", "Only days earlier, ..."), if it has one; not one inside it ("a
    snap election that had looked likely only days earlier": that clause's time)."""
    text = parsed.article.text
    start = parsed.sentences[si].start
    for i in range(lo, hi):
        timex = parsed.timexes[i]
        if timex.start - start > _VAGUE_LEAD_CHARS or "," in text[start : timex.start]:
            break
        unit = _VAGUE_UNITS.get(timex.value) if timex.type is TimexType.DURATION else None
        if unit is None or timex.range is not None:
            continue
        m = _VAGUE_AFTER.match(text, timex.end)
        if m is not None and not any(q.start <= timex.start < q.end for q in parsed.quotes):
            return (-1 if m.group(1).lower() == "earlier" else 1), unit
    return None


def vague_range(base: DateRange, sign: int, unit: str) -> DateRange | None:
    """The stretch "days earlier" (``sign`` -1) or "weeks later" (1) than ``base`` may
    mean, approximate: the week before or after its day for days, a week to two months for
    weeks, the eleven months around its month for months, nine years for years; None
    where ``base`` is too coarse for the unit ("days after" a year)."""
    day = base.start.date() if sign < 0 else (base.end - timedelta(microseconds=1)).date()
    if unit in ("D", "W"):
        if base.precision < Precision.DAY:
            return None
        near, far = (1, 7) if unit == "D" else (7, 63)
        if sign < 0:
            lo, hi = day - timedelta(days=far - 1), day - timedelta(days=near - 1)
        else:
            lo, hi = day + timedelta(days=near), day + timedelta(days=far)
        return DateRange(
            datetime.combine(lo, time()), datetime.combine(hi, time()), Precision.DAY, True
        )
    if unit == "M":
        if base.precision < Precision.MONTH:
            return None
        first = day.replace(day=1)
        lo_m = shift_date(first, "M", -11 if sign < 0 else 1)
        hi_m = shift_date(first, "M", 0 if sign < 0 else 12)
        if lo_m is None or hi_m is None:
            return None
        return DateRange(
            datetime.combine(lo_m, time()), datetime.combine(hi_m, time()), Precision.MONTH, True
        )
    if base.precision < Precision.YEAR:
        return None
    year = day.year
    lo_y, hi_y = (year - 9, year) if sign < 0 else (year + 1, year + 10)
    if lo_y < 1 or hi_y > 9999:
        return None
    return DateRange(datetime(lo_y, 1, 1), datetime(hi_y, 1, 1), Precision.YEAR, True)


def offset_of(parsed: ParsedArticle, si: int, lo: int, hi: int) -> Offset | None:
    """The first offset from another event in a sentence ("three days after ...")."""
    sent = parsed.sentences[si]
    text = parsed.article.text
    for i in range(lo, hi):
        timex = parsed.timexes[i]
        if timex.type is TimexType.DURATION and timex.range is None:
            spans = [(t.start, t.end) for t in parsed.timexes[lo:hi]]
            found = offset_at(text, timex.value, timex.start, timex.end, sent.end, spans)
            if found is not None and not any(q.start <= timex.start < q.end for q in parsed.quotes):
                return found
    return None
