"""A name followed by ", who are" is no one person: "La Real, who are ninth in the table,
play Getafe on Sunday", "Sunderland, who are top, beat Leeds" (a side, a band, a company
in British usage). A person's name guessed by its look alone, or an unknown name of no
kind, is then an organisation."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from explorer.model import ActorKind
from explorer.parse.actors.mentions.raw import Raw

_PERSON = ActorKind.PERSON
_ORGANISATION = ActorKind.ORGANISATION
WHO_ARE = (", who are ", ", who were ", ", who have ")
# (not the last of a list: "Tom Hale and Ann Lee, who are married,")
_LIST_BEFORE = (" and ", ", ", " & ")


def collective_names(text: str, raws: Sequence[Raw]) -> list[Raw]:
    """``raws`` with each guessed person or unknown name right before ", who are" made an
    organisation (``text`` holds ", who are")."""
    return [
        replace(r, kind=_ORGANISATION, guessed=False)
        if (r.kind is None or (r.kind is _PERSON and r.guessed and r.role is None))
        and not r.known
        and text.startswith(WHO_ARE, r.end)
        and not text.endswith(_LIST_BEFORE, 0, r.start)
        else r
        for r in raws
    ]
