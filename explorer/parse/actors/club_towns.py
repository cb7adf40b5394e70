"""A town before a club's title ("Real Madrid beat Bayern. Madrid coach X said"): the one
listed club of the article whose name holds the town, not the town, and its coach the
club's (a town names no club's staff of its own)."""

from __future__ import annotations

import re
from dataclasses import replace

from explorer.model import Actor, ActorKind, Mention

# Module constants: an enum member's attribute look-up costs several times a global's.
_PERSON = ActorKind.PERSON
_PLACE = ActorKind.PLACE

# The club's titles and people a town may stand before.
_CLUB_TITLE = re.compile(
    r" (?:head coach|coach|manager|boss|captain|striker|midfielder|defender|goalkeeper"
    r"|winger|forward|playmaker|president|chairman|sporting director|fans|supporters)\b"
)


def club_towns(
    text: str, actors: tuple[Actor, ...], mentions: list[Mention], club_ids: frozenset[str]
) -> tuple[tuple[Actor, ...], list[Mention]] | None:
    """``actors`` and ``mentions`` with each such town a mention of its club, and the person
    named right after the title of no affiliation made the club's; None if none is."""
    clubs = [a.id for a in actors if a.id in club_ids]
    if not clubs:
        return None
    kinds = {a.id: a.kind for a in actors}
    out = list(mentions)
    staff: dict[str, str] = {}
    for k, m in enumerate(mentions):
        if kinds.get(m.actor_id) is not _PLACE:
            continue
        title = _CLUB_TITLE.match(text, m.end)
        if title is None:
            continue
        owners = [c for c in clubs if m.text in c.split() and c != m.text]
        if len(owners) != 1:
            continue  # ("Milan coach X" of AC Milan and Inter Milan: no guess)
        out[k] = Mention(m.start, m.end, m.text, owners[0])
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        if nxt is not None and kinds.get(nxt.actor_id) is _PERSON and nxt.start == title.end() + 1:
            staff[nxt.actor_id] = owners[0]
    if out == mentions:
        return None
    used = {m.actor_id for m in out}
    kept = tuple(
        replace(a, affiliation=staff[a.id]) if a.id in staff and a.affiliation is None else a
        for a in actors
        if a.id in used or a.kind is not _PLACE
    )
    return kept, out
