"""A province's name and "State" before its officer's title is the state, an organisation
as "the Lagos State Government" is, no person: "Kaduna State Governor X said", "The Kaduna
State Governor, X, said" (were a person "Kaduna State" and a governor of none; the
governor is the state's, and "Kaduna State said" speaks for it); after "in", "of" or
"from" it is a place ("residents of Kano State")."""

from __future__ import annotations

import re
from dataclasses import replace

from explorer.model import ActorKind
from explorer.parse.actors.lexicon import Lexicon
from explorer.parse.actors.mentions.raw import Raw
from explorer.parse.actors.provinces import province_countries

_PERSON = ActorKind.PERSON
_PLACE = ActorKind.PLACE
_ORGANISATION = ActorKind.ORGANISATION
# The title between the state's name and its holder's: " Governor ", " Deputy Governor, ".
_TITLE_GAP = re.compile(r"(?: [A-Z][\w\-]*){1,3},? ")
_PLACE_WORDS = ("in ", "of ", "from ")


def state_names(text: str, out: list[Raw], lex: Lexicon) -> None:
    """Make, in place, each unknown person named a province's (or a known place's) name and
    " State" an organisation where a titled person of no affiliation follows its title (who
    becomes the state's), a place where a place's preposition stands before it."""
    for i, r in enumerate(out):
        if r.known or not (r.kind is None or r.kind is _PERSON):
            continue
        if not text.endswith(" State", r.start, r.end):
            continue
        nxt = out[i + 1] if i + 1 < len(out) else None
        governed = (
            nxt is not None
            and nxt.role is not None
            and nxt.affiliation is None
            and _TITLE_GAP.fullmatch(text, r.end, nxt.start) is not None
        )
        if not governed and not text.endswith(_PLACE_WORDS, max(0, r.start - 5), r.start):
            continue
        head = text[r.start : r.end - 6]
        if head not in province_countries():
            entry = lex.lookup(head)
            if entry is None or entry.kind is not _PLACE:
                continue
        name = text[r.start : r.end]
        kind = _ORGANISATION if governed else _PLACE  # (the state as a polity, or a land)
        out[i] = replace(r, kind=kind, name=name, guessed=False, role=None, affiliation=None)
        if governed and nxt is not None:
            out[i + 1] = replace(nxt, affiliation=name)
