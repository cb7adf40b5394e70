"""A family named by its surname in the plural: "The Kesslers said" after "Dale and Mary
Kessler" is the article's persons of that surname, not a person named "Kesslers"."""

from __future__ import annotations

from explorer.model import Actor, ActorKind, Mention

# Module constants: an enum member's attribute look-up costs several times a global's.
_PERSON = ActorKind.PERSON


def _singular(word: str) -> tuple[str, ...]:
    """The surnames a plural may stand for: "Kesslers" -> Kessler, "Joneses" -> Jones."""
    if word.endswith("ses"):
        return (word[:-2], word[:-1])
    return (word[:-1],)


def family_mentions(
    actors: tuple[Actor, ...], mentions: list[Mention]
) -> tuple[tuple[Actor, ...], list[Mention]]:
    """``actors`` and ``mentions`` with each person named as a plural surname ("the
    Kesslers") replaced by the article's persons of that surname, a mention of each on its
    span (as "the two companies" is each company); unchanged if there is none or no such
    person."""
    plurals = [
        a
        for a in actors
        if a.kind is _PERSON
        and " " not in a.id
        and a.id.endswith("s")
        and a.id[:1].isupper()
        and a.id[1:].islower()
    ]
    if not plurals:
        return actors, mentions
    members: dict[str, list[str]] = {}
    for family in plurals:
        names = _singular(family.id)
        found = [
            a.id
            for a in actors
            if a.kind is _PERSON and " " in a.id and a.id.rsplit(" ", 1)[1] in names
        ]
        if found:
            members[family.id] = found
    if not members:
        return actors, mentions
    out: list[Mention] = []
    for m in mentions:
        persons = members.get(m.actor_id)
        if persons is None:
            out.append(m)
        else:
            out.extend(Mention(m.start, m.end, m.text, p) for p in persons)
    return tuple(a for a in actors if a.id not in members), out
