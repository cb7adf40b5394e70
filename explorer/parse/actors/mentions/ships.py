"""A ship's name is a place, as after a ship's noun ("the ferry Santa Lucia"): also one
opened by a navy's or a merchant ship's prefix ("HMS Diamond fired": was a person; "INS
Chennai", "MV Coral Meridian")."""

from __future__ import annotations

from explorer.model import ActorKind
from explorer.parse.actors.mentions.raw import Raw

_PERSON = ActorKind.PERSON
_PLACE = ActorKind.PLACE
_PREFIXES = frozenset(
    {"USS", "HMS", "INS", "MV", "MT", "SS", "HMAS", "HMCS", "HMNZS", "RV", "BRP", "TCG"}
    | {"KRI", "PNS", "ESPS", "NRP", "FGS", "ROKS", "USNS", "RFA", "HNLMS", "HDMS", "SAS"}
)


def ship_places(out: list[Raw]) -> None:
    """Make, in place, an unknown name opened by a ship's prefix a place."""
    for r in out:
        name = r.name
        space = name.find(" ")
        if (
            space > 1
            and not r.known
            and (r.kind is None or r.kind is _PERSON)
            and name[:space] in _PREFIXES
        ):
            r.kind = _PLACE
            r.role = None
            r.affiliation = None
            r.guessed = False
