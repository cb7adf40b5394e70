"""A ministry named by its portfolio alone ("The Foreign Ministry said") in a story that
names a country's minister of that portfolio before it ("Greek Foreign Minister X ... The
Foreign Ministry said": Greece's), else whose dateline names a capital of the country the
story names most ("ATHENS (Reuters) - ... The Foreign Ministry said"): that country's
ministry ("Greek Foreign Ministry"). A ministry of no such country stays of none."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import cache

from explorer.model import Actor, ActorKind, Mention
from explorer.parse.actors.capitals import dateline_country
from explorer.parse.actors.data import load_toml
from explorer.parse.actors.services import country_adjective

# Module constants: an enum member's attribute look-up costs several times a global's.
_COUNTRY = ActorKind.COUNTRY
_ORGANISATION = ActorKind.ORGANISATION
_PERSON = ActorKind.PERSON


@cache
def _portfolios() -> dict[str, str]:
    """A ministry's name -> the role of its minister ("Foreign Ministry" -> "foreign
    minister")."""
    return {
        f"{p.title()} Ministry": f"{p} minister"
        for p in load_toml("vocabulary.toml")["ministry_portfolios"]
    }


def owned_ministries(
    text: str,
    actors: Sequence[Actor],
    mentions: list[Mention],
    capital_of: Mapping[str, str],
) -> tuple[tuple[Actor, ...], list[Mention]] | None:
    """``actors`` and ``mentions`` with each ministry of no country made its country's, as
    the module says; None if none changes."""
    portfolios = _portfolios()
    bare = {
        a.id: portfolios[a.id]
        for a in actors
        if a.kind is _ORGANISATION and a.affiliation is None and a.id in portfolios
    }
    if not bare:
        return None
    by_id = {a.id: a for a in actors}
    kinds = {a.id: a.kind for a in actors}
    owners: dict[str, str] = {}
    last_minister: dict[str, str] = {}  # role -> the country of its last minister mentioned
    for m in mentions:
        a = by_id.get(m.actor_id)
        if a is None:
            continue
        if a.kind is _PERSON and a.role is not None and a.affiliation is not None:
            if kinds.get(a.affiliation) is _COUNTRY:
                last_minister[a.role] = a.affiliation
        elif a.id in bare and a.id not in owners and bare[a.id] in last_minister:
            owners[a.id] = last_minister[bare[a.id]]
    if len(owners) < len(bare):
        home = dateline_country(text, actors, mentions, capital_of)
        if home is not None:
            for aid in bare:
                owners.setdefault(aid, home)
    if not owners:
        return None
    renames = {aid: f"{country_adjective(c)} {aid}" for aid, c in owners.items()}
    out: list[Actor] = []
    for a in actors:
        if a.id in renames:
            new_id = renames[a.id]
            if new_id in by_id:
                continue  # (named so elsewhere: that actor)
            a = replace(a, id=new_id, affiliation=owners[a.id])
        out.append(a)
    new = [
        m if m.actor_id not in renames else Mention(m.start, m.end, m.text, renames[m.actor_id])
        for m in mentions
    ]
    return tuple(out), new
