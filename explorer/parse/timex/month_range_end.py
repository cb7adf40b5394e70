"""The end month of a range from a month with no year, later in the same year ("too shallow
from July until late September", told in December): the start's year, whatever the tense
of "until" says (a weak future, which read alone would put September next year). So is a
later month coordinated with a month told ahead ("one in April and one in October")."""

from __future__ import annotations

import re

from explorer.parse.timex.reading import Context
from explorer.parse.timex.words import _month

_FROM_MONTH = re.compile(
    r"\b[Ff]rom\s+(?:early\s+|late\s+|mid-?)?(?P<mon>[A-Z][a-z]+)\.?(?:,?\s+\d{4})?"
    r"\s+(?:until|till|through|to)\s+$"
)
# A later month coordinated with a month told ahead: "split into two steps, one in April
# and one in October", "in April and again in October" (in December: both next year's).
_AND_MONTH = re.compile(
    r"\bin\s+(?P<mon>[A-Z][a-z]+)\.?,?\s+(?:and|or)\s+(?:(?:one|another|again|then)\s+)?"
    r"in\s+$"
)


def range_end_year(start: int, ctx: Context, month: int, y: int) -> int | None:
    """The year of a month at ``start`` (read alone as ``y``) that ends a range "from
    <month> until", when its own reading put it in a later year than the start (an end read
    earlier moves the start back instead: "from March to May", told in the past in January,
    is last year's), or that follows "in <month> and one in", when it was read in an earlier
    year than that month; None otherwise."""
    last = ctx.last_period
    if last is None or y == last[0] or month < last[1]:
        return None  # (cheap pre-test)
    before = ctx.text[max(0, start - 45) : start]
    r = None
    if y > last[0] and "rom " in before:
        r = _FROM_MONTH.search(ctx.text, max(0, start - 45), start)
    elif y < last[0] and before.endswith(" in "):
        r = _AND_MONTH.search(ctx.text, max(0, start - 45), start)
    if r is None or _month(r.group("mon")) != last[1]:
        # (a range across a new year, "from July to June", is read from its end: the start
        # moves back to the year before the end's)
        return None
    return last[0]
