"""'Kyiv's ambassador to Poland, Vasyl X, said': a title owned by a country's possessive,
whatever names the country (its capital, "Kyiv's", as well as "Ukraine's"), set off before
a person's name, gives the person that country, where the person has no affiliation yet;
read by actors.analyse_actors after the capitals are linked to their countries."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import replace

from explorer.model import Actor, ActorKind, Mention

_PERSON = ActorKind.PERSON
_COUNTRY = ActorKind.COUNTRY
_PLACE = ActorKind.PLACE
_REACH = 60  # (the title between the possessive and the name: "ambassador to Poland")


def capital_possessive_owners(
    text: str,
    actors: Sequence[Actor],
    mentions: Sequence[Mention],
    capital_of: Mapping[str, str],
) -> tuple[Actor, ...] | None:
    """``actors`` with the country whose possessive (or its capital's: ``capital_of``) owns
    the title set off before the first mention of a person of a role and no affiliation
    ("Kyiv's ambassador to Poland, X,"), where the title holds the person's role; None if
    there is none to change."""
    lost = {
        a.id: a.role
        for a in actors
        if a.kind is _PERSON and a.affiliation is None and a.role is not None
    }
    if not lost:
        return None
    kinds: Mapping[str, ActorKind] = {}
    starts: list[int] = []  # (both built at the first title set off before a name)
    found: dict[str, str] = {}
    seen: set[str] = set()
    for m in mentions:
        if m.actor_id not in lost or m.actor_id in seen:
            continue
        seen.add(m.actor_id)
        if text[m.start - 2 : m.start] != ", ":
            continue
        lo = max(0, m.start - 2 - _REACH)
        cut = max(text.rfind("’s ", lo, m.start), text.rfind("'s ", lo, m.start))
        if cut < 0:
            continue
        title = text[cut + 3 : m.start - 2]
        role = lost[m.actor_id] or ""
        if (
            not title[:1].islower()
            or any(c in title for c in ',.;:“”"')
            or (role.split()[-1] not in title.lower())
        ):
            continue
        if not starts:
            kinds = {a.id: a.kind for a in actors}
            starts = [x.start for x in mentions]
        k = bisect_left(starts, cut) - 1
        owner = mentions[k] if k >= 0 else None
        if owner is None or owner.end != cut:
            continue
        kind = kinds.get(owner.actor_id)
        if kind is _COUNTRY:
            found[m.actor_id] = owner.actor_id
        elif kind is _PLACE and (country := capital_of.get(owner.actor_id)) is not None:
            found[m.actor_id] = country  # ("Kyiv's", linked to Ukraine only later)
    if not found:
        return None
    return tuple(replace(a, affiliation=found[a.id]) if a.id in found else a for a in actors)
