"""The years of ages told in a life story: "At 19 she won a scholarship", "She left school
at 15", "She began writing in her late 30s", "when he was 71", once the story gave its
subject's birth year ("Carrow was born in Halsworth in March 1938"). A reader counts the
year from the birth; a sentence with no date of its own takes it (approximately: the
birthday is seldom told).
"""

from __future__ import annotations

import re
from datetime import datetime

from explorer.model import DateRange, Precision

# The subject's birth: "was born in March 1938", "was born on Jan. 3, 1950 in Leeds" (once
# only: a story of two births gives no one subject).
_BORN = re.compile(r"\b(?:was|were)\s+born\b[^.;!?]{0,60}?\b(?P<y>1[89]\d\d|20[0-4]\d)\b")
# An age: "At 19, ...", "left school at 15 and", "aged 22,", "in her late 30s", "when she
# was 71" (not "at 15 percent", "at 10:30", "at 19 Downing Street").
_AGE = re.compile(
    r"(?:(?<![\w-])[Aa]t|\baged)\s+(?P<n>[1-9]\d?)(?=,|\.(?!\d)|;|\s+(?:she|he|they|and|but"
    r"|in|to|from|after|before|when|while|with)\b)"
    r"|\b(?:[Ii]n|[Ii]nto)\s+(?:her|his|their)\s+(?:(?P<pm>early|mid|late)[\s-]*)?(?P<d>[1-9]0)s\b"
    r"|\bwhen\s+(?:she|he)\s+was\s+(?P<w>[1-9]\d?)\b"
)
# The years of a decade of life a word before it means: "early 50s" 50-53, "mid-40s"
# 44-46, "late 30s" 37-39, "her 80s" 80-89.
_PART_OF_DECADE = {"early": (0, 4), "mid": (4, 7), "late": (7, 10), "": (0, 10)}
_OLDEST = 120  # years: no age told in news is over this


def birth_year(text: str) -> int | None:
    """The birth year the story gives its subject ("was born in March 1938"), if it gives
    exactly one."""
    if "born" not in text:
        return None  # (cheap pre-test)
    births = {int(b.group("y")) for b in _BORN.finditer(text)}
    return births.pop() if len(births) == 1 else None


def age_range(
    born: int, text: str, start: int, end: int, published: datetime
) -> tuple[DateRange, int] | None:
    """The years of the first age told in ``text[start:end]`` (a sentence), counted from
    ``born``, up to ``published``, and where the age is told; None when it tells none."""
    if not any(text.find(w, start, end) >= 0 for w in ("t ", "aged", "0s", " was ")):
        return None  # (cheap pre-test)
    age = _AGE.search(text, start, end)
    if age is None:
        return None
    if age.group("d"):
        lo, hi = _PART_OF_DECADE[(age.group("pm") or "").lower()]
        first, last = int(age.group("d")) + lo, int(age.group("d")) + hi
    else:
        n = int(age.group("n") or age.group("w"))
        first, last = n, n + 2  # (the birthday unknown: that year or the next)
    if last > _OLDEST:
        return None
    lo_year, hi_year = born + first, min(born + last, published.year + 1)
    if lo_year >= hi_year:
        return None
    rng = DateRange(
        datetime(lo_year, 1, 1), datetime(hi_year, 1, 1), Precision.YEAR, approximate=True
    )
    return rng, age.start()
