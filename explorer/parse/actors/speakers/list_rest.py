"""A list's rest after a name, no apposition of it: "..., which speaks for Inuit in Alaska,
Canada, Greenland and Chukotka, said", "X, who visited Paris, Berlin and Rome last week,
said". "Canada" and "Paris" are items of a list inside the clause, not subjects whose
apposition is ", Greenland and Chukotka,"; the subject is named before the list."""

from __future__ import annotations

import re

from explorer.model import ActorKind

# The rest of a list of names: ", Y and Z," or ", Y, Z and W last week," (lower-case words
# may close the last item before the comma).
_LIST_REST = re.compile(
    r",\s+(?:[A-Z][\w’'\-]*\s+){0,2}[A-Z][\w’'\-]*"
    r"(?:,\s+(?:[A-Z][\w’'\-]*\s+){0,2}[A-Z][\w’'\-]*)*"
    r",?\s+and\s+(?:[A-Z][\w’'\-]*\s+){0,2}[A-Z][\w’'\-]*(?:\s+[a-z][\w\-]*){0,3},\s*"
)
# A comma inside a list of names in an apposition or a place's gap ("..., which speaks for
# Inuit in Alaska, Canada, Greenland and Chukotka, said": the commas after Alaska and
# Canada), for the gaps' regexes: one or more names, then "and" and a capital.
_NAME = r"(?:[A-Z][\w’'\-]*\s+){0,2}[A-Z][\w’'\-]*"
LIST_COMMA = rf",(?=\s+(?:{_NAME},\s+)*{_NAME},?\s+and\s+[A-Z]|\s+and\s+[A-Z])"
_WHERE = frozenset({ActorKind.PLACE, ActorKind.COUNTRY})


def list_item(text: str, start: int, end: int, limit: int, kind: ActorKind | None) -> bool:
    """Whether the gap from ``end`` to ``limit`` is the rest of a list whose item is the
    name at ``start``: a place's, or any name after a comma ("Alaska, Canada, ..."). A
    person's "CEO and chairman" after his name stays an apposition."""
    if " and " not in text[end:limit]:
        return False
    if kind not in _WHERE and not text.endswith(", ", 0, start):
        return False
    return _LIST_REST.fullmatch(text, end, limit) is not None


def place_list_item(text: str, end: int, limit: int) -> bool:
    """Whether the place after a preposition in the gap from ``end`` to ``limit`` is the
    first item of a list the gap runs to its end (" in Leeds, York and Hull, ")."""
    if " and " not in text[end:limit]:
        return False
    comma = text.find(",", end, limit)
    return comma > 0 and _LIST_REST.fullmatch(text, comma, limit) is not None
