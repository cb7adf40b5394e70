"""Months that are given names: "May Lindqvist said", "Her neighbour, June Carter, 64,",
"April Ryan asked". Such a month names a person, not a time, so the time expressions skip
it and the actors read it as the first word of the name.

A month is a given name when a Capitalised surname follows it that is the subject or an
apposition (a comma, a possessive or a speech verb after it) and no word that leads a date
comes before it: "In May Congress passed the bill", "by June Parliament said", "5 May
Smith" keep the month. Shared by :mod:`explorer.parse.timex` and
:mod:`explorer.parse.actors`, which must agree.
"""

from __future__ import annotations

import re

# Months that are also given names.
GIVEN_MONTHS = frozenset({"April", "May", "June", "August"})

# The surname after the month, then what makes it the subject or an apposition.
_SURNAME_AFTER = re.compile(
    r" (?P<surname>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
    r"(?:,|['’]s |"
    r" (?:said|says|told|tells|asked|asks|added|wrote|writes|recalled|explained|insisted"
    r"|admitted|agreed|replied|remembered|described|noted)\b)"
)
# Capitalised words after a month that make a day's or a thing's name ("May Day", "April
# Fools"), or another date ("May Monday"): no surnames.
_NO_SURNAMES = frozenset(
    {"Day", "Days", "Eve", "Fools", "Bank", "Holiday", "Holidays", "Week", "Weekend"}
    | {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
    | {"January", "February", "March", "April", "May", "June", "July", "August"}
    | {"September", "October", "November", "December", "Madness", "Sales", "Quarter"}
)
# Words that lead a date ("in May", "since June", "early April", "the August figures").
_DATE_LEADS = frozenset(
    {"in", "on", "by", "since", "until", "till", "of", "from", "to", "through", "thru"}
    | {"during", "before", "after", "early", "late", "mid", "last", "next", "this", "that"}
    | {"every", "each", "between", "and", "or", "around", "about", "for", "into", "as"}
    | {"throughout", "the", "a", "an", "all", "whole", "entire", "following", "previous"}
    | {"past", "than", "come", "end", "start", "beginning", "later", "earlier"}
)
_WORD_BEFORE = re.compile(r"([\w\-]+)[ \u00a0]$")


def month_is_given_name(text: str, start: int, end: int) -> bool:
    """Whether the month ``text[start:end]`` is a person's given name (see the module)."""
    if text[start:end] not in GIVEN_MONTHS:
        return False
    after = _SURNAME_AFTER.match(text, end)
    if after is None or after.group("surname") in _NO_SURNAMES:
        return False
    if start == 0:
        return True
    before = text[start - 1]
    if before not in " \u00a0":
        return before in "\n\"“'‘("  # (a line or a quote opens with the name; "mid-May")
    word = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if word is None:
        return True  # ("Her neighbour, May Lindqvist,": a comma before it)
    w = word.group(1)
    return not (w[:1].isdigit() or w.lower() in _DATE_LEADS or w.lower().startswith("mid"))
