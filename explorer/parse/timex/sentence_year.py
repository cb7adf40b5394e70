"""The year written last in a sentence that tells of the past: what "the end of the year" or
"the second half of the year" in it count from ("posted a loss for 2025 after fuel costs
rose in the second half of the year" is 2025's second half, not publication's)."""

from __future__ import annotations

import re

from explorer.parse.timex.game_periods import sentence_around
from explorer.parse.timex.reading import Context
from explorer.parse.timex.resolve import Tense

# A year written as a number ("in 1968", "1989's"), not part of an amount ("1,968").
_YEAR_WRITTEN = re.compile(r"(?<![\w.,$€£])(?:1[6-9]|20)\d\d(?![\w.,]\d|\w)")


def past_year_named(m: re.Match[str], ctx: Context) -> int | None:
    """The year written last before ``m`` in its sentence, when the sentence tells of the
    past and that year is before publication's: what "the end of the year" or "by the end
    of the decade" then counts from."""
    lo, _ = sentence_around(m, ctx.text)
    years = _YEAR_WRITTEN.findall(ctx.text, lo, m.start())
    if not years or ctx.tense(m.start(), m.end()) is not Tense.PAST:
        return None
    year = int(years[-1])
    return year if year < ctx.published.year else None
