"""A count of days or weeks "later" or "after" a week named earlier in its sentence: "a deal
could be signed as early as next week, with a ceasefire to take effect seven days later" is
the week after next week (not a week after the last day or month the story named). A count
of days that is no whole week counts from the middle of that week, and may look back to the
sentence before: "Talks collapsed last week. Three days later, the rebels attacked" is a day
around the end of last week (was three days after publication). "Earlier" and "before"
count back: "Talks ran all last week. The week before, ..." is the week before last (was
a week before publication)."""

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
# ... or in the sentence before (for a count of days that is no whole week).
_WEEK_BEFORE_SENTENCE = re.compile(
    r"\b(?P<w>next|this|last|the\s+following|the\s+coming)\s+week\b(?P<rest>[^.;!?\n]*)"
    r"[.!?][\"”’]?\s+[^.;!?\n]*$",
    re.IGNORECASE,
)
_STEP = {"next": 1, "this": 0, "last": -1, "the following": 1, "the coming": 1}
_REACH = 150  # characters back to the week named
_WORDS = {"later": 1, "after": 1, "earlier": -1, "before": -1}
_DAY_OF_WEEK = 13  # "Wednesday of last week": characters from a day to its week


def week_offset(n: float, unit: str, word: str, ctx: Context, m_start: int) -> Reading | None:
    """The week so many whole weeks (or sevens of days) after a week its sentence named
    before it, with no day named since; None otherwise."""
    if unit not in ("day", "week") or word not in _WORDS or n != int(n):
        return None
    days = int(n) * (7 if unit == "week" else 1) * _WORDS[word]
    lo = max(0, m_start - _REACH)
    if "week" not in ctx.text[lo:m_start]:
        return None  # (cheap pre-test)
    w = _WEEK_BEFORE.search(ctx.text, lo, m_start)
    if w is None and (days % 7 or days < 0):  # ("Talks ran all last week. The week before")
        w = _WEEK_BEFORE_SENTENCE.search(ctx.text, lo, m_start)
    if w is None or (ctx.day_at >= 0 and w.start() < ctx.day_at + _DAY_OF_WEEK):
        return None  # (a day named since, or the week's own day: "on Tuesday last week")
    step = _STEP[" ".join(w.group("w").lower().split())]
    then = ctx.published + timedelta(days=7 * step + days)
    if days % 7:
        # (from the week's middle, its Thursday: a day of the week after it, or of its end)
        then += timedelta(days=3 - ctx.published.weekday())
    why = f"{int(n)} {unit}(s) {word} the week named before it ({w.group().split(' week')[0]} week)"
    return Reading(DATE, iso_week(then), why)
