"""A constituency named before "seat", "riding" or "constituency" is a place: "who held her
Dartmouth South seat", "lost the Kings West riding" (was a person "Dartmouth South")."""

from __future__ import annotations

import re

from explorer.model import ActorKind
from explorer.parse.actors.mentions.raw import Raw

_PLACE = ActorKind.PLACE
_PERSON = ActorKind.PERSON
_SEAT_AFTER = re.compile(r" (?:seats?|riding|constituency|electorate)\b")
_DETERMINERS = ("his ", "her ", "their ", "its ", "the ", "His ", "Her ", "Their ", "The ")


def seat_places(text: str, out: list[Raw]) -> None:
    """Make, in place, an unknown name between a determiner and "seat" a place."""
    for r in out:
        if (
            not r.known
            and (r.kind is None or r.kind is _PERSON)
            and r.role is None
            and text.startswith(" ", r.end)
            and _SEAT_AFTER.match(text, r.end) is not None
            and text.endswith(_DETERMINERS, r.start - 6 if r.start > 6 else 0, r.start)
        ):
            r.kind = _PLACE
            r.guessed = False
