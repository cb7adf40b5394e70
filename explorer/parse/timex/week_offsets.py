"""A count of days or weeks "later" or "after" a week named earlier in its sentence: "a deal
could be signed as early as next week, with a ceasefire to take effect seven days later" is
the week after next week (not a week after the last day or month the story named)."""

from __future__ import annotations

import re
from datetime import timedelta

from explorer.parse.timex.calendar import iso_week
from explorer.parse.timex.reading import DATE, Context, Reading

# A week named relative to publication, with the rest of the sentence up to the offset.
_WEEK_BEFORE = re.compile(
    r"\b(?P<w>next|this|last|the\s+following|the\s+coming)\s+week\b(?P<rest>[^.;!?\n]*)$",
    re.IGNORECASE,
)
_STEP = {"next": 1, "this": 0, "last": -1, "the following": 1, "the coming": 1}
_REACH = 150  # characters back to the week named


def week_offset(n: float, unit: str, word: str, ctx: Context, m_start: int) -> Reading | None:
    """The week so many whole weeks (or sevens of days) after a week its sentence named
    before it, with no day named since; None otherwise."""
    if unit not in ("day", "week") or word not in ("later", "after") or n != int(n):
        return None
    days = int(n) * (7 if unit == "week" else 1)
    lo = max(0, m_start - _REACH)
    if days % 7 or "week" not in ctx.text[lo:m_start]:
        return None  # (cheap pre-test)
    w = _WEEK_BEFORE.search(ctx.text, lo, m_start)
    if w is None or w.start() < ctx.day_at:
        return None
    step = _STEP[" ".join(w.group("w").lower().split())]
    then = ctx.published + timedelta(days=7 * step + days)
    why = f"{int(n)} {unit}(s) {word} the week named before it ({w.group().split(' week')[0]} week)"
    return Reading(DATE, iso_week(then), why)
