"""A title held for now: "Acting President Han", "Interim Prime Minister X" keep the rank
in the role ("acting president"), as "Deputy Prime Minister X" does; read by the run scan
(mentions/scanner.py) for a title right before a name."""

from __future__ import annotations

_RANKS = frozenset({"acting", "interim"})


def acting_role(role: str, lead: str) -> str:
    """``role`` with "acting" or "interim" where ``lead``, the words before the name, end in
    that rank and the role's title ("Acting Chief Justice "); else ``role``."""
    words = lead.lower().split()
    n = len(role.split())
    if len(words) > n and words[-n - 1] in _RANKS and " ".join(words[-n:]) == role:
        return f"{words[-n - 1]} {role}"
    return role


def acting_held(held: dict[str, tuple[str, int, int]]) -> dict[str, tuple[str, int, int]]:
    """The roles alone that acting holders hold where no one else is named with them:
    "Acting President X ... the president said" is X (``held``: the role holders by role,
    as explorer.parse.actors._role_holders makes them)."""
    return {
        base: holder
        for role, holder in held.items()
        if role.startswith(("acting ", "interim ")) and (base := role.split(" ", 1)[1]) not in held
    }
