"""An office named by its owner and title ("Hungary's prime minister", "Westpac's chief
economist") is the one person of the article who holds it, named before or after."""

from __future__ import annotations

from explorer.model import Actor, ActorKind, Mention

Offices = tuple[tuple[Actor, ...], list[Mention], dict[str, str]]

# The words news uses for whoever heads an organisation ("the UN chief", "the WHO boss"),
# and the roles that head one.
_HEAD_WORDS = frozenset({"chief", "head", "boss", "leader"})
_HEAD_ROLES = frozenset(
    {"secretary-general", "director-general", "director general", "secretary general"}
    | {"president", "chairman", "chairwoman", "chair", "chief executive", "executive director"}
    | {"head", "chief", "leader", "director", "commissioner", "governor"}
)


def offices_held(actors: tuple[Actor, ...], mentions: list[Mention]) -> Offices:
    """``actors`` and ``mentions`` with each group that is an owner's title (a role and an
    affiliation: "Hungary's prime minister") replaced by the one person of the article with
    that role and affiliation ("Hungarian Prime Minister Viktor Orban"), and the groups so
    replaced, to the person; unchanged where none or several hold it."""
    offices = [
        a
        for a in actors
        if a.kind is ActorKind.GROUP and a.role is not None and a.affiliation is not None
    ]
    if not offices:
        return actors, mentions, {}
    holders: dict[tuple[str, str], list[str]] = {}
    for a in actors:
        if a.kind is ActorKind.PERSON and a.role is not None and a.affiliation is not None:
            holders.setdefault((a.role, a.affiliation), []).append(a.id)
    held: dict[str, str] = {}
    for office in offices:
        assert office.role is not None and office.affiliation is not None
        persons = holders.get((office.role, office.affiliation), [])
        if not persons and office.role in _HEAD_WORDS:
            # "The UN chief said" after "UN Secretary-General X": the one head of it
            persons = [
                pid
                for (role, aff), ids in holders.items()
                if aff == office.affiliation and role in _HEAD_ROLES
                for pid in ids
            ]
        if len(persons) == 1:
            held[office.id] = persons[0]
    if not held:
        return actors, mentions, held
    out = [
        m if m.actor_id not in held else Mention(m.start, m.end, m.text, held[m.actor_id])
        for m in mentions
    ]
    return tuple(a for a in actors if a.id not in held), out, held
