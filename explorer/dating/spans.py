"""A range of two dates in one sentence ("between 2015 and 2016", "from March to May", two
years joined by a dash: "the 1991-2020 average") is one row of the timeline, spanning both,
not a row for each end."""

from __future__ import annotations

import re
from collections.abc import Sequence

from explorer.model import DateRange, ParsedArticle, TimexType

__all__ = ["range_rows"]

# "between X and Y", "from X to Y" (also "until", "through", "till"): the words before the
# first date and between the two.
_OPENS = re.compile(r"\b(?:between|from)\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?$", re.I)
_JOINS_BETWEEN = re.compile(r"\s+and\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?", re.I)
_JOINS_FROM = re.compile(
    r"\s*(?:-|–|\s(?:to|until|till|through|into)\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?)",
    re.I,
)


def range_rows(
    parsed: ParsedArticle, dated: Sequence[int], ranges: Sequence[DateRange | None]
) -> dict[int, DateRange | None]:
    """For the dated time expressions of a sentence (``dated``, their ``ranges``): the
    position of the first of each range of two mapped to the range spanning both, and the
    position of its second mapped to None (no row of its own)."""
    out: dict[int, DateRange | None] = {}
    text = parsed.article.text
    for k in range(len(dated) - 1):
        a, b = parsed.timexes[dated[k]], parsed.timexes[dated[k + 1]]
        ra, rb = ranges[k], ranges[k + 1]
        if (
            ra is None
            or rb is None
            or k in out
            or a.type is not TimexType.DATE
            or b.type is not TimexType.DATE
            or b.start - a.end > 16
            or rb.end <= ra.start
            or rb.start < ra.start
            or ra.open_end
            or rb.open_end
        ):
            continue
        if text[a.end : b.start] in ("-", "–") and a.value.isdigit() and b.value.isdigit():
            pass  # "the 1991-2020 average", "in 2010-2015": two years joined by a dash
        else:
            opener = _OPENS.search(text, max(0, a.start - 24), a.start)
            if opener is None:
                continue
            join = _JOINS_BETWEEN if opener.group().lower().startswith("between") else _JOINS_FROM
            if not join.fullmatch(text, a.end, b.start):
                continue
        precision = min(ra.precision, rb.precision)
        out[k] = DateRange(ra.start, rb.end, precision, ra.approximate or rb.approximate)
        out[k + 1] = None
    return out
