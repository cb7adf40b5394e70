"""A justice's court where the text names one: "India's Supreme Court struck down the
scheme. A bench headed by Chief Justice X said" is the Supreme Court's chief justice.

Justices sit on a supreme, high or constitutional court; an article about one of their
rulings names it. Judges are left alone: a trial judge's court often goes unnamed while a
higher court is named in passing ("the case may reach the Supreme Court").
"""

from __future__ import annotations

from dataclasses import replace

from explorer.model import Actor, ActorKind

_PERSON = ActorKind.PERSON
_ORGANISATION = ActorKind.ORGANISATION
_JUSTICE_ROLES = frozenset(
    {"chief justice", "justice", "associate justice", "deputy chief justice"}
)
# The higher courts' words (their justices' benches).
_HIGH_COURTS = ("Supreme Court", "High Court", "Constitutional Court", "Court of Justice")


def court_justices(actors: tuple[Actor, ...]) -> tuple[Actor, ...] | None:
    """``actors`` with each justice of no affiliation made the one higher court's the text
    names; None where no justice lacks one or the text names no or several such courts."""
    justices = {
        a.id
        for a in actors
        if a.role in _JUSTICE_ROLES and a.affiliation is None and a.kind is _PERSON
    }
    if not justices:
        return None
    courts = [a.id for a in actors if a.kind is _ORGANISATION and a.id.endswith(_HIGH_COURTS)]
    if len(courts) != 1:
        return None
    court = courts[0]
    return tuple(replace(a, affiliation=court) if a.id in justices else a for a in actors)
