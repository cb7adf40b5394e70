"""A weekday joined to an "every <weekday>" before it: "every Tuesday and Thursday", "each
Monday, Wednesday and Friday" are all recurrences (the second was read as one day, the
coming or last Thursday)."""

from __future__ import annotations

import re

from explorer.parse.timex.reading import SET, Reading

_EVERY_DAYS_BEFORE = re.compile(
    r"\b(?:every|each)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:,\s+|,?\s+(?:and|or)\s+))+$",
    re.IGNORECASE,
)
_REACH = 70  # characters back to "every"


def every_weekday_pair(text: str, start: int, wd: int) -> Reading | None:
    """The weekday at ``start`` as a recurrence when it ends a list opened by "every" or
    "each" and a weekday; else None."""
    if not text.endswith(("and ", "or ", ", "), 0, start):
        return None  # (cheap pre-test)
    if _EVERY_DAYS_BEFORE.search(text, max(0, start - _REACH), start) is None:
        return None
    return Reading(SET, f"XXXX-WXX-{wd + 1}", "every week on this day (listed after 'every')")
