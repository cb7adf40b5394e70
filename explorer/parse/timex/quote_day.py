"""The day a quotation was spoken on, for the day words inside it: '"The day before
yesterday we buried my cousin," said Omar, reached by phone on Sunday' (published on a
Monday: the Friday, not the Saturday), and the quotation's next sentences in the same
paragraph ('"Yesterday it was the neighbours. Today nobody goes out."').

Only a paragraph that names one weekday of the telling ("said on Sunday", "told
reporters on Thursday evening", "reached by phone Sunday") moves its quoted day words; a
day word outside quotation marks, or in a paragraph with no such telling, counts from
publication.
"""

from __future__ import annotations

import re
from datetime import date

from explorer.parse.timex.calendar import weekday_on_or_before
from explorer.parse.timex.detect import WEEKDAY
from explorer.parse.timex.words import _weekday

__all__ = ["quote_day"]

# A telling with its day, outside the quotation: "said on Sunday", "told reporters on
# Thursday evening", "reached by phone Sunday", "speaking in Moscow on Friday".
_TOLD_ON = re.compile(
    r"\b(?:said|told|added|wrote|reached\s+by\s+(?:tele)?phone|speaking|interviewed)\b"
    rf"[^.!?\"“”\n]{{0,60}}?\b(?:on\s+)?(?P<wd>{WEEKDAY})\b(?!['’]s)"
)
_QUOTES = '"“”'


def _inside_quotation(text: str, lo: int, at: int) -> bool:
    """Whether ``at`` is inside a quotation opened in its paragraph (from ``lo``)."""
    before = text[lo:at]
    curly_open, curly_close = before.count("“"), before.count("”")
    if curly_open or curly_close:
        return curly_open > curly_close
    return before.count('"') % 2 == 1


def quote_day(text: str, at: int, published: date) -> date | None:
    """The day the quotation holding ``at`` was spoken on, when its paragraph names one
    weekday of the telling (outside the quotation) before publication; else None."""
    lo = text.rfind("\n", 0, at) + 1
    if not any(q in text[lo:at] for q in _QUOTES) or not _inside_quotation(text, lo, at):
        return None
    hi = text.find("\n", at)
    para = text[lo : len(text) if hi < 0 else hi]
    told = [t for t in _TOLD_ON.finditer(para) if not _inside_quotation(text, lo, lo + t.start())]
    if len({t.group("wd").lower() for t in told}) != 1:
        return None
    d = weekday_on_or_before(published, _weekday(told[0].group("wd")))
    return None if d is None or d == published else d
