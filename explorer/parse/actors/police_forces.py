"""Bare "police" as the one police force the article names: "West Yorkshire Police said a
man had been charged ... Police said they were not looking for anyone else" is the force's
statement, "Kenyan police fired tear gas ... police said" the Kenyan police's (were a group
"police" of their own)."""

from __future__ import annotations

import re
from dataclasses import replace

from explorer.model import Actor, ActorKind, Mention

# How the name of a police force ends ("West Yorkshire Police", "Lagos State Police
# Command", "the Royal Canadian Mounted Police"; not "Independent Office for Police
# Conduct", "the Police Federation").
_FORCE_ENDS = (
    " Police",
    " Police Service",
    " Police Department",
    " Police Force",
    " Police Command",
    " Constabulary",
    " Gendarmerie",
    "Police Scotland",
    " police",
)
_BARE = frozenset({"police", "Police", "the police", "The police"})
# Words of a police union's or a watchdog's name, no force ("the Fraternal Order of Police").
_UNIONS = frozenset({"Order", "Federation", "Union", "Association", "Fraternal", "Benevolent"})


def bare_police(
    text: str, actors: tuple[Actor, ...], mentions: list[Mention]
) -> tuple[tuple[Actor, ...], list[Mention]]:
    """``actors`` and ``mentions`` with the group of bare "police" made the one police body
    the article names (an organisation whose name ends as a force's does, or a group such as
    "Kenyan police"), if it names exactly one; else as they are."""
    if "olice" not in text:
        return actors, mentions  # (the cheap test first)
    bare = {a.id for a in actors if a.kind is ActorKind.GROUP and a.id in _BARE}
    if not bare:
        return actors, mentions
    bodies = [
        a
        for a in actors
        if a.id not in bare
        and a.kind in (ActorKind.ORGANISATION, ActorKind.GROUP)
        and a.id.endswith(_FORCE_ENDS)
        and _UNIONS.isdisjoint(a.id.split())
        and not a.id.startswith(("a ", "an "))
    ]
    if len(bodies) != 1:
        return actors, mentions
    force = bodies[0]
    # (not "police" before a noun of its own: "the police department said" is the
    # description's, read later)
    moved = {
        i
        for i, m in enumerate(mentions)
        if m.actor_id in bare and not _NOUN_AFTER.match(text, m.end)
    }
    if not moved:
        return actors, mentions
    kept = {m.actor_id for i, m in enumerate(mentions) if m.actor_id in bare and i not in moved}
    seen = {mentions[i].text for i in moved}
    aliases = force.aliases + tuple(sorted(s for s in seen if s not in force.aliases))
    return (
        tuple(
            replace(a, aliases=aliases) if a is force else a
            for a in actors
            if a.id not in bare or a.id in kept
        ),
        [
            Mention(m.start, m.end, m.text, force.id) if i in moved else m
            for i, m in enumerate(mentions)
        ],
    )


_NOUN_AFTER = re.compile(
    r" (?:department|force|service|station|headquarters|chief|commissioner|officers?"
    r"|spokes(?:man|woman|person)|sources?|union|federation|command)\b"
)
