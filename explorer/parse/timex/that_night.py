""" "That night", "that day", "that morning" after a year (or month) written after the last day
named is of that year: "The museum will reopen on April 18. ... In 1972, two men stole a
silver chalice ... 'That night, nobody noticed for a week'" is a night of 1972, valued
`1972` (was April 18's night, two paragraphs up)."""

from __future__ import annotations

from explorer.parse.timex.reading import Context

_REACH = 400  # characters back to the year named (about two sentences)
# A sentence between the last day and the year ("reopened on Monday, after closing in 2019
# for repairs. That night": Monday's night, the year is its background).
_BREAKS = (". ", "? ", "! ", '." ', "\n")


def period_since_day(m_start: int, ctx: Context) -> tuple[int, int] | None:
    """The year and month (0: none) written in figures after the last day named and close
    before ``m_start``; None when none was, or a day was named since."""
    for period, start, end in reversed(ctx.periods[-4:]):
        if start <= ctx.day_at or m_start - end > _REACH:
            return None
        written = ctx.text[start:end]
        if (
            any(c.isdigit() for c in written)
            and (ctx.last_day is None or period[0] != ctx.last_day.year)
            and ctx.narrates(start, end)  # (past narration: "In 1972, two men stole")
            and (ctx.day_at < 0 or any(b in ctx.text[ctx.day_at : start] for b in _BREAKS))
        ):
            return period
    return None
