"""A place's adjective the lexicon lacks: "Valdorian President X", "the Valdorian
government" after "Valdoria" name the place the text names (its name and "n": Valdoria,
Valdorian), no organisation "Valdorian"; what was its affiliation is the place's."""

from __future__ import annotations

from dataclasses import replace

from explorer.model import Actor, ActorKind, Mention

_PLACE = ActorKind.PLACE
_ORGANISATION = ActorKind.ORGANISATION


def place_demonyms(
    actors: tuple[Actor, ...], mentions: list[Mention]
) -> tuple[tuple[Actor, ...], list[Mention]] | None:
    """The actors and mentions with each such organisation made its place; None if the
    text has none (most texts)."""
    places = {a.id for a in actors if a.kind is _PLACE and a.id[-1:] == "a" and " " not in a.id}
    if not places:
        return None
    place_of = {
        a.id: a.id[:-1]
        for a in actors
        if a.kind is _ORGANISATION and a.id[-2:] == "an" and a.id[:-1] in places
    }
    if not place_of:
        return None
    out = tuple(
        replace(a, affiliation=place_of[a.affiliation])
        if a.affiliation is not None and a.affiliation in place_of
        else a
        for a in actors
        if a.id not in place_of
    )
    return out, [
        Mention(m.start, m.end, m.text, place_of[m.actor_id]) if m.actor_id in place_of else m
        for m in mentions
    ]
