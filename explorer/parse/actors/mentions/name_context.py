"""Clues of an unknown name in the words around it: the place before an abbreviated office
("Texas Gov. Greg Abbott", "New York Gov. X" hold an office of the listed place named right
before the abbreviation; see :mod:`explorer.parse.actors.place_offices`), and whether an
organisation's description after a name is its apposition ("Voltara, the state grid
operator,") or a clause's subject ("in the first Test, the governing body said")."""

from __future__ import annotations

import re

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


# A speech cue right after a description: the description is a clause's subject, no
# apposition ("in the first Test, the governing body said").
_CUE_NEXT = re.compile(r"\s+(?:said|says|told|tells|added|adds|announced|reported)\b")


def org_apposed(m: re.Match[str] | None, text: str) -> bool:
    """Whether ``m``, a match of an organisation's description after a name and a comma
    (``appos_org``), is the name's apposition: not the subject of a cue after it ("the first
    Test, the governing body said" names no organisation "Test")."""
    return m is not None and _CUE_NEXT.match(text, m.end()) is None
