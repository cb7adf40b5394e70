"""A place's one-word name that is the surname of a person the text named in full before
it: "Ferrari's Lewis Hamilton ... Hamilton said" (no city of Hamilton, no Bermuda), unless
a place's preposition stands before it ("in Hamilton"; not a noun of trust's: "full
confidence in Hamilton" is the person)."""

from __future__ import annotations

from explorer.model import Actor, ActorKind, Mention

# Module constants: an enum member's attribute look-up costs several times a global's.
_PERSON = ActorKind.PERSON
_PLACE = ActorKind.PLACE

_PLACE_PREPOSITIONS = ("in ", "at ", "from ", "to ", "near ", "outside ", "of ", "into ")
# Nouns whose "in" takes a person ("confidence in Hamilton", "faith in Hamilton").
_TRUST_IN = ("confidence in ", "faith in ", "trust in ", "belief in ")


def surname_places(
    text: str, actors: tuple[Actor, ...], mentions: list[Mention]
) -> tuple[tuple[Actor, ...], list[Mention]]:
    """The mentions with such places' mentions made the person's; the actors still
    mentioned."""
    persons: dict[str, str | None] = {}
    for a in actors:
        if a.kind is _PERSON and " " in a.id:
            last = a.id.rsplit(" ", 1)[1]
            persons[last] = None if last in persons else a.id
    if not persons:
        return actors, mentions
    places = {a.id for a in actors if a.kind is _PLACE and persons.get(a.id)}
    if not places:
        return actors, mentions
    first_full: dict[str, int] = {}
    for m in mentions:
        if " " in m.text:
            first_full.setdefault(m.actor_id, m.start)
    changed = False
    out = []
    for m in mentions:
        who = persons.get(m.actor_id) if m.actor_id in places else None
        if (
            who is not None
            and m.text == m.actor_id
            and first_full.get(who, len(text)) < m.start
            and (
                not text.endswith(_PLACE_PREPOSITIONS, max(0, m.start - 9), m.start)
                # ("had full confidence in Streeting-Lowe": a person's "in")
                or text.endswith(_TRUST_IN, max(0, m.start - 14), m.start)
            )
        ):
            out.append(Mention(m.start, m.end, m.text, who))
            changed = True
        else:
            out.append(m)
    if not changed:
        return actors, mentions
    used = {m.actor_id for m in out}
    return tuple(a for a in actors if a.id in used), out
