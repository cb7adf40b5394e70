"""An organisation set off after its country's possessive description: "India's drug
regulator, the Central Drugs Standard Control Organisation, said" and "Germany's
competition regulator, the Federal Cartel Office," are India's and Germany's bodies, as
"the Indian drug regulator" would be. So is one with that description set off after it:
"The National Intelligence Service, South Korea's spy agency,", and a body's unit: "The
Investigating Directorate, the NPA's anti-corruption unit," is the NPA's."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from explorer.model import Actor, ActorKind, Mention

_COUNTRY = ActorKind.COUNTRY
_ORGANISATION = ActorKind.ORGANISATION
# What stands between the country and the organisation: "'s drug regulator, the " (a few
# lower-case words, the last the description's noun).
_BETWEEN = re.compile(r"(?:'s|’s) (?:[a-z][\w\-]* ){0,3}[a-z][\w\-]*, the ")
_REACH = 60
# After an organisation: ", <Owner>'s <description>," (the owner's mention between); the
# description's last word one of a public body's (owner a country) or of a body's unit.
_AFTER = re.compile(r"(?:'s|’s) (?:[a-z][\w\-]* ){0,3}(?P<noun>[a-z][\w\-]*),")
_BODY_NOUNS = frozenset(
    {"regulator", "agency", "authority", "ministry", "watchdog", "service", "office", "army"}
    | {"military", "navy", "police", "court", "parliament", "commission", "council", "body"}
)
_UNIT_NOUNS = frozenset(
    {"unit", "arm", "division", "subsidiary", "wing", "branch", "department", "bureau"}
    | {"directorate", "committee", "panel", "office", "agency"}
)


def possessed_apposed(
    text: str, actors: tuple[Actor, ...], mentions: Sequence[Mention]
) -> tuple[Actor, ...] | None:
    """``actors`` with the country for each organisation of none whose first mention
    follows "<Country>'s <description>, the ", or the owner (a country, or an organisation
    of a unit's description) of one whose mention ", (the) <Owner>'s <description>,"
    follows; None if there is none."""
    kinds = {a.id: a.kind for a in actors}
    loose = {a.id for a in actors if a.kind is _ORGANISATION and a.affiliation is None}
    if not loose:
        return None
    owners: dict[str, str] = {}
    previous: Mention | None = None
    seen: set[str] = set()
    for m in mentions:
        aid = m.actor_id
        if (
            aid in loose
            and aid not in seen
            and previous is not None
            and kinds.get(previous.actor_id) is _COUNTRY
            and m.start - previous.end <= _REACH
            and text.endswith(", the ", 0, m.start)
            and _BETWEEN.fullmatch(text, previous.end, m.start) is not None
        ):
            owners[aid] = previous.actor_id
        elif (
            previous is not None
            and previous.actor_id in loose
            and previous.actor_id not in owners
            and aid != previous.actor_id
            and text.startswith(", ", previous.end)
            and m.start - previous.end <= 6
            and text[previous.end : m.start] in (", ", ", the ")
            and (after := _AFTER.match(text, m.end)) is not None
            and after.group("noun") in (_BODY_NOUNS if kinds.get(aid) is _COUNTRY else _UNIT_NOUNS)
            and kinds.get(aid) in (_COUNTRY, _ORGANISATION)
        ):
            # "The Investigating Directorate, the NPA's anti-corruption unit,"
            owners[previous.actor_id] = aid
        seen.add(aid)
        previous = m
    if not owners:
        return None
    return tuple(replace(a, affiliation=owners[a.id]) if a.id in owners else a for a in actors)
