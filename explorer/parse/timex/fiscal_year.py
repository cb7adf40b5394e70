"""A company's fiscal calendar as the story gives it: "whose fiscal year ends on June 30",
"its financial year runs from July to June", "Its fiscal year runs to the end of March";
the story's quarters then count on it (see ``fiscal_owner.set_fiscal``)."""

from __future__ import annotations

import re

from explorer.parse.timex.fiscal_owner import set_fiscal
from explorer.parse.timex.reading import Context
from explorer.parse.timex.words import _month

# "whose fiscal year ends on June 30", "its financial year ending in March"
_FISCAL_YEAR_END = re.compile(
    r"\b(?:fiscal|financial|business)\s+year\s+(?:that\s+|which\s+)?end(?:s|ed|ing)?"
    r"\s+(?:on\s+|in\s+)?$",
    re.IGNORECASE,
)
# "whose fiscal year runs from July to June" (or "from July 1 to June 30"): both months
# (days) are every year's.
_FISCAL_YEAR_RUNS = re.compile(
    r"\b(?:fiscal|financial|business)\s+year\s+(?:that\s+|which\s+)?(?:runs|ran|running|lasts"
    r"|goes)\s+from\s+(?:(?P<first>[A-Z][a-z]{2,8})\.?(?:\s+\d{1,2})?\s+(?:to|through|until)\s+)?$"
)
# "whose fiscal year runs to the end of March", "its financial year runs through June"
_FISCAL_YEAR_RUNS_TO = re.compile(
    r"\b(?:fiscal|financial|business)\s+year\s+(?:that\s+|which\s+)?(?:runs|ran|running"
    r"|lasts|goes)\s+(?:to|through|until|till)\s+$"
)


def fiscal_year_end(ctx: Context, start: int, month: int, whole_month: bool = False) -> bool:
    """After "whose fiscal year ends on June 30" (a month-day at ``start``): the story's
    quarters are counted on that fiscal calendar (its fourth quarter ends that month), and
    the day is every year's (True). "In the fiscal year ended Jan. 31" sets the calendar
    too, but that day is one past day (False). A month (``whole_month``) is every year's
    only after "ends in" ("its fiscal year ends in December"), not after "the fiscal year
    ending in March", which is one year."""
    m = _FISCAL_YEAR_END.search(ctx.text, max(0, start - 40), start)
    if m is None and _FISCAL_YEAR_RUNS_TO.search(ctx.text, max(0, start - 40), start):
        # "Its fiscal year runs to the end of March": every year's March. The story's
        # quarters stay calendar ones: such stories name quarters either way ("the quarter
        # was the second of fiscal 2027" beside "Q3" for July to September).
        return True
    if m is None:
        runs = _FISCAL_YEAR_RUNS.search(ctx.text, max(0, start - 60), start)
        if runs is None:
            return False
        if not runs.group("first"):  # "runs from July": it ends in June
            month = (month - 2) % 12 + 1
        set_fiscal(ctx, ((month - 1) // 3 + 1 - 4) % 4, start, month)
        return True
    set_fiscal(ctx, ((month - 1) // 3 + 1 - 4) % 4, start, month)
    said = m.group().lower()
    if whole_month:
        return "ending" not in said and "ended" not in said
    return "ended" not in said


# The fiscal year's end given after a fiscal quarter, in the next sentence or so: "a loss
# in its fiscal third quarter ... The company's fiscal year ends in June".
_LATER_REACH = 400  # characters
_FISCAL_YEAR_ENDS_IN = re.compile(
    r"\b(?:fiscal|financial)\s+year\s+(?:that\s+|which\s+)?ends\s+(?:on\s+|in\s+)?"
    r"(?P<mon>[A-Z][a-z]{2,8})\b"
)


def fiscal_year_named_later(ctx: Context, q_start: int, q_end: int) -> bool:
    """For a fiscal quarter at ``q_start..q_end`` the story has given no calendar for: when
    a sentence soon after it says when the fiscal year ends, count the story's quarters on
    that calendar from here (True)."""
    window = ctx.text[q_end : q_end + _LATER_REACH]
    if "year" not in window:
        return False  # (cheap pre-test)
    later = _FISCAL_YEAR_ENDS_IN.search(window)
    month = _month(later.group("mon")) if later is not None else 0
    if not month:
        return False
    set_fiscal(ctx, ((month - 1) // 3 + 1 - 4) % 4, q_start, month)
    return True
