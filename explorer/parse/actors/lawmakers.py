"""A legislator named again by the generic noun: "His son, Senator Flavio X, said ... The
lawmaker said the party had enough signatures" is X (was a group "the lawmaker"), as "the
judge" is the one justice named. Only where one person alone holds a legislator's title."""

from __future__ import annotations

# Roles a lawmaker holds ("Senator X", "Rep. X", "X, a Labour MP").
_LEGISLATORS = frozenset(
    {
        "senator",
        "state senator",
        "us senator",
        "congressman",
        "congresswoman",
        "representative",
        "legislator",
        "mp",
        "member of parliament",
        "deputy",
        "assemblyman",
        "assemblywoman",
        "lawmaker",
    }
)


def lawmaker_held(held: dict[str, tuple[str, int, int]]) -> dict[str, tuple[str, int, int]]:
    """ "the lawmaker" for the one person holding a legislator's role in ``held`` (the role
    holders by role, as explorer.parse.actors._role_holders makes them); none where two
    roles are held (a senator and a congressman: the noun is either)."""
    holders = {holder[0]: holder for role, holder in held.items() if role.lower() in _LEGISLATORS}
    if len(holders) != 1:
        return {}
    (holder,) = holders.values()
    return {"lawmaker": holder}
