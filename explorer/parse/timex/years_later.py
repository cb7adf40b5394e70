"""Years "later" that cannot run past publication: '"We said the same after the last
sinking, in 2011," a relative said on Thursday. "Fifteen years later, nothing has
changed."' counts from 2011 (2026), not from Thursday (2041). A count of years told in
the past or present, which from the last date would land after the year of publication,
counts from the latest year the text named close before that lands no later."""

from __future__ import annotations

from datetime import date

from explorer.parse.timex.reading import Context
from explorer.parse.timex.resolve import Tense

_YEARS: dict[str, int] = {"year": 1, "decade": 10, "century": 100}
_REACH = 600  # characters back to the year counted from (about three sentences)


def years_later_anchor(
    n: float, unit: str, word: str, anchor: date, ctx: Context, start: int, end: int
) -> tuple[date, str] | None:
    """The year to count ``n`` ``unit``s "later" from instead of ``anchor``, or None."""
    per = _YEARS.get(unit)
    if per is None or word != "later" or n != int(n):
        return None
    years = int(n) * per
    limit = ctx.published.year
    if anchor.year + years <= limit or ctx.tense(start, end) is Tense.FUTURE:
        return None
    for (year, _month), _s, e in reversed(ctx.periods):
        if start - e > _REACH:
            break
        if e <= start and year < anchor.year and year + years <= limit:
            return date(year, 1, 1), f"the last year named it can count from ({year:04d})"
    return None
