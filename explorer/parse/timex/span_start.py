"""The first day of a span named apart from its last: "The government declared three days
of national mourning starting on Saturday, and flags will fly at half-mast until Monday
night", on a Friday, starts on the coming Saturday (read alone, in the past of
"declared", it was the Saturday gone, nine days before the Monday). A span "starting" or
"beginning" on a weekday and running "until" (or "through") a weekday to come in the same
sentence is less than a week long: its first day is the last such weekday on or before
the last (adjacent ranges, "from Friday until Monday", are day_ranges')."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from explorer.model import Timex, TimexType
from explorer.parse.timex.calendar import value_range

_WEEKDAY = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
_STARTING = re.compile(r"\b(?:starting|beginning)\s+(?:on\s+)?$", re.IGNORECASE)
_UNTIL = re.compile(r"\b(?:until|till|through)\s+(?:on\s+)?$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z\"“]")
_REACH = 160  # characters from the first day to the last


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if len(value) >= 10 else None
    except ValueError:
        return None


def span_start_days(text: str, found: Sequence[Timex], published: date) -> Sequence[Timex]:
    """``found`` with the first day of each such span moved to the week of its last."""
    if "starting" not in text and "beginning" not in text:
        return found  # (cheap pre-test)
    out = list(found)
    for i, t in enumerate(out):
        if (
            t.type is not TimexType.DATE
            or not _WEEKDAY.fullmatch(t.text)
            or not _STARTING.search(text, max(0, t.start - 14), t.start)
        ):
            continue
        first = _day(t.value)
        for u in out[i + 1 :]:
            if u.start - t.end > _REACH or _SENTENCE_END.search(text, t.end, u.start):
                break
            last = _day(u.value)
            if (
                first is None
                or last is None
                or not _WEEKDAY.match(u.text)
                or not _UNTIL.search(text, max(0, u.start - 12), u.start)
            ):
                continue
            weeks = (last - first).days // 7
            if last >= published and weeks > 0:
                moved = first + timedelta(days=7 * weeks)
                value = moved.isoformat() + t.value[10:]
                why = f"{t.text} → {value}: the first day of a span to {u.text} ({u.value})"
                out[i] = replace(t, value=value, explanation=why, range=value_range(value))
            break
    return out
