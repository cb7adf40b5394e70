""" "The week before", "the month before" (or "after", "earlier", "later") right after a
week or month named in its sentence count from that week or month: "Last week alone brought
38 new cases, up from 22 the week before" is the week before last week, and "Sales rose last
month, after a fall the month before" is the month before last month (both were counted from
publication, giving the same week or month as the one named)."""

from __future__ import annotations

from datetime import timedelta

from explorer.parse.timex.calendar import add_months, iso_week
from explorer.parse.timex.reading import DATE, Context, Reading
from explorer.parse.timex.week_offsets import _STEP, _WEEK_BEFORE

_REACH = 200  # characters back to the week or month its sentence named
_BREAKS = (". ", "? ", "! ", "; ", "\n")


def unit_in_sentence(m_start: int, unit: str, sign: int, word: str, ctx: Context) -> Reading | None:
    """ "the week/month before" (``unit``, one of it, ``sign`` -1 or +1) counted from the week
    or month its sentence named before it; None when it named none."""
    if unit == "week":
        lo = max(0, m_start - _REACH)
        if "week" not in ctx.text[lo:m_start]:
            return None  # (cheap pre-test)
        w = _WEEK_BEFORE.search(ctx.text, lo, m_start)
        if w is None or (ctx.day_at >= 0 and w.start() < ctx.day_at):
            return None  # (a day was named since: it anchors)
        step = _STEP[" ".join(w.group("w").lower().split())] + sign
        then = ctx.published + timedelta(days=7 * step)
        why = f"the week {word} the week named before it ({w.group('w').lower()} week)"
        return Reading(DATE, iso_week(then), why)
    if unit != "month" or ctx.month_named is None:
        return None
    end, (y, month) = ctx.month_named
    if not 0 <= m_start - end <= _REACH:
        return None
    between = ctx.text[end:m_start]
    if any(b in between for b in _BREAKS):
        return None
    y, month = add_months(y, month, sign)
    if not 1 <= y <= 9999:
        return None
    why = f"the month {word} the month named before it in its sentence"
    return Reading(DATE, f"{y:04d}-{month:02d}", why)


__all__ = ["unit_in_sentence"]
