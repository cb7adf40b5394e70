"""A person's party from a bare apposition: "Sen. Tom Ridley, a Republican, said", "X, the
top Democrat on the Senate Commerce Committee,", "X, a Democrat from Ohio,". (A party's
noun after the adjective, "a Republican lawmaker", is the mention scan's.)"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from explorer.model import Actor, ActorKind, Mention
from explorer.parse.actors.mentions.tables import _PARTY_ADJECTIVES

# Module constants: an enum member's attribute look-up costs several times a global's.
_PERSON = ActorKind.PERSON
_PLACE = ActorKind.PLACE

# ", a Republican,", ", the top Democrat on", ", a Democrat from Ohio": the adjective alone,
# then a comma or a word that goes on with no noun of its own.
_PARTY_APPOSED = re.compile(
    r", (?:a|an|the) (?:(?:top|senior|ranking|leading|fellow|moderate|conservative|progressive"
    r"|former|veteran|first-term|freshman|lone|only) )?"
    # (after a place of one or two words: ", an Ohio Democrat,", ", a New York Democrat,")
    r"(?:[A-Z][a-z]+ ){0,2}(?P<adj>[A-Z][a-z]+)"
    r"(?=[,.;]| (?:from|on|who|and|in|representing|of|whose)\b)"
)


def apposed_parties(
    text: str, actors: tuple[Actor, ...], mentions: Sequence[Mention]
) -> tuple[Actor, ...]:
    """``actors`` with a person of no affiliation (or a place's) given the party a bare
    apposition after one of their mentions names (the article's party of that name if it
    names one)."""
    if ", a " not in text and ", the " not in text and ", an " not in text:
        return actors  # (the cheap test first: no apposition at all)
    # (a place's office yields to the party: "Ohio Attorney General X, a Republican," is
    # selected by "Republicans")
    places = {a.id for a in actors if a.kind is _PLACE}
    open_persons = {
        a.id
        for a in actors
        if a.kind is _PERSON and (a.affiliation is None or a.affiliation in places)
    }
    if not open_persons:
        return actors
    ids = {a.id for a in actors}
    found: dict[str, str] = {}
    for m in mentions:
        if (
            m.actor_id not in open_persons
            or m.actor_id in found
            or not text.startswith(", ", m.end)  # (the cheap test first)
        ):
            continue
        pm = _PARTY_APPOSED.match(text, m.end)
        if pm is None or pm.group("adj") not in _PARTY_ADJECTIVES:
            continue
        adj = pm.group("adj")
        party = _PARTY_ADJECTIVES[adj]
        named = [p for p in (party, f"{adj} Party", f"{adj}ic Party") if p in ids]
        found[m.actor_id] = named[0] if named else party
    if not found:
        return actors
    return tuple(replace(a, affiliation=found[a.id]) if a.id in found else a for a in actors)
