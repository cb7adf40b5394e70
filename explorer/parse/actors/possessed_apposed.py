"""An organisation set off after its country's possessive description: "India's drug
regulator, the Central Drugs Standard Control Organisation, said" and "Germany's
competition regulator, the Federal Cartel Office," are India's and Germany's bodies, as
"the Indian drug regulator" would be."""

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


def possessed_apposed(
    text: str, actors: tuple[Actor, ...], mentions: Sequence[Mention]
) -> tuple[Actor, ...] | None:
    """``actors`` with the country for each organisation of none whose first mention
    follows "<Country>'s <description>, the "; None if there is none."""
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
        seen.add(aid)
        previous = m
    if not owners:
        return None
    return tuple(replace(a, affiliation=owners[a.id]) if a.id in owners else a for a in actors)
