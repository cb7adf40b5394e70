"""The place before an abbreviated office: "Texas Gov. Greg Abbott", "New York Gov. X" hold
an office of the listed place named right before the abbreviation (see
:mod:`explorer.parse.actors.place_offices`)."""

from __future__ import annotations

from explorer.model import ActorKind
from explorer.parse.actors.lexicon import Lexicon


def place_before(text: str, lead: int, lex: Lexicon) -> str | None:
    """The listed place whose name (of one to three words) ends right before ``lead``, the
    space before an abbreviated title; None if there is none."""
    start = lead
    for _ in range(3):
        start = text.rfind(" ", 0, start)
        name = text[start + 1 : lead]
        if not name[:1].isupper():
            return None
        entry = lex.lookup(name)
        if entry is not None:
            return entry.id if entry.kind is ActorKind.PLACE else None
        if start < 0:
            return None
    return None
