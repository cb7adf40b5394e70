"""What a headline's tense tells: "Union to strike on Friday" (a name and "to") is to come
(``headline_future``); a feast named in a headline that tells of no past is the one nearest
publication, ahead or gone ("Skyline cancels flights as pilots strike over Easter weekend",
on April 1, is the Easter four days ahead; "council to keep markets open over Easter", in
December, next Easter), as a headline names what the news is about now."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

_HEADLINE_LONGEST = 120  # characters; a longer first line is a lead paragraph
# A past in the headline keeps the feast its tense gives ("Markets stayed open over Easter").
_PAST_IN_LINE = re.compile(r"\b(?:was|were|had|did|[a-z]{3,}ed)\b")


def headline_feast_year(
    text: str, start: int, on: Callable[[int], date | None], published: date
) -> int | None:
    """The year of the feast at ``start`` (``on`` gives its day in a year) when it is in a
    headline with no past: the year of its day nearest publication; else None."""
    line_end = text.find("\n")
    if not 0 < line_end <= _HEADLINE_LONGEST or start > line_end:
        return None  # (cheap pre-test)
    if _PAST_IN_LINE.search(text, 0, line_end) is not None:
        return None
    near = [
        (abs((d - published).days), d.year)
        for y in (published.year - 1, published.year, published.year + 1)
        if (d := on(y)) is not None
    ]
    return min(near)[1] if near else None


# A headline's future is a name and "to": "Hurricane Delphine to strike Gulf Coast late
# Thursday", "Union to strike on Friday" (not "Shares rise to record": a verb before "to").
_HEADLINE_TO = re.compile(r"^[^\n.]*?[A-Z][\w'’.-]*\s+to\s+[a-z]{2,}\b[^\n.]*$")


def headline_future(text: str, start: int) -> bool:
    """Whether ``start`` is in a text's first line, a headline that says what someone or
    something is "to" do (see ``_HEADLINE_TO``)."""
    line_end = text.find("\n")
    if not 0 < line_end <= _HEADLINE_LONGEST or start > line_end or " to " not in text[:start]:
        return False  # (cheap pre-test; a lead paragraph is no headline)
    if _HEADLINE_PAST_EVENT.search(text, max(0, start - 12), start):
        return False  # "Man to face trial over Monday attack": the attack is gone
    return _HEADLINE_TO.match(text, 0, start) is not None


_HEADLINE_PAST_EVENT = re.compile(r"\b(?:over|after|since|following|for)\s+$", re.IGNORECASE)
