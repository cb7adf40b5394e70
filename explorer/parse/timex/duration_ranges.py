"""A length given as a range of two counts of one unit: "within six to eight weeks", "for
two or three days", "between 6 and 8 weeks", "6-8 weeks". The whole range is one expression
(it was only its last count, "eight weeks"); its value is the longer length, which is
what a deadline ("within ...") or a plan goes by."""

from __future__ import annotations

import re

from explorer.parse.timex import grammar as g
from explorer.parse.timex.words import number

# The smaller count and the joining word right before the larger count ("six to ", "two or
# ", "between 6 and ", "6-"): a number word or digits, not "a"/"an" ("a day or two").
_LOW_BEFORE = re.compile(
    r"(?:\b(?P<between>between)\s+)?\b(?P<low>\d{1,3}(?:\.\d)?|[a-z]+)"
    r"(?:\s+(?P<join>to|or|and)\s+|-)$",
    re.IGNORECASE,
)


def range_start(text: str, at: int, high: float) -> int | None:
    """Where a range that ends in the count at ``at`` (of value ``high``) starts, or None
    when the count has no smaller count joined right before it."""
    tail = text[max(0, at - 5) : at]
    if not tail.endswith(("-", " to ", " or ", " and ")):
        return None  # (cheap pre-test: "to", "or", "and" or a hyphen right before it)
    m = _LOW_BEFORE.search(text, max(0, at - 24), at)
    if m is None:
        return None
    word = m.group("low").lower()
    if word in ("a", "an") or (not word[0].isdigit() and word not in g.NUMBER_WORDS):
        return None
    low = number(word)
    if low is None or not 0 < low < high:
        return None
    if (m.group("join") or "").lower() == "and" and not m.group("between"):
        return None  # "two and three days" only after "between"
    return m.start() if m.group("between") else m.start("low")
