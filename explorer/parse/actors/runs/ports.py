"""A port's authority named "Port of <Place>": "The Port of Rotterdam Authority said",
"chief executive of Port of Antwerp-Bruges", "The Port of Oakland said" name one
organisation (was "Rotterdam Authority", a place "Antwerp-Bruges", a place Oakland), the
capitalised "Port" the name's first word; not a place the lexicon lists whole ("Port of
Spain", one known name)."""

from __future__ import annotations

from explorer.model import ActorKind
from explorer.parse.actors.runs.steps import Known, Name, Step, UnknownOrg

_PLACE = ActorKind.PLACE


def port_of(text: str, rs: int, plan: tuple[Step, ...]) -> tuple[Step, ...]:
    """``plan`` with "Port" and the name after its "of" made one organisation; else
    ``plan``."""
    if len(plan) < 2:
        return plan
    first, second = plan[0], plan[1]
    if (
        type(first) is not Name
        or first.words != 1
        or first.titled
        or not text.startswith("Port of ", rs + first.start)
        or second.start != first.end + 4
    ):
        return plan
    if type(second) is Known:
        if second.entry.kind is not _PLACE and second.entry.kind is not ActorKind.COUNTRY:
            return plan
    elif type(second) is Name:
        if second.titled or second.words > 2:
            return plan
    elif type(second) is not UnknownOrg:
        return plan
    return (UnknownOrg(first.start, second.end, None), *plan[2:])
