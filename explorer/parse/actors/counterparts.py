"""A counterpart: "Foreign Minister X met his Saudi counterpart Y" makes Y Saudi Arabia's
foreign minister. The possessive's person is the one named last before it in the sentence
with a role; the demonym's country is Y's affiliation. Only what the text leaves open is
filled in (a role or an affiliation Y already has stays, but for an honorific: "Prince").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from explorer.model import Actor, ActorKind, Mention
from explorer.parse.actors.mentions.tables import HONORIFIC_ROLES

_PERSON = ActorKind.PERSON
_COUNTRY = ActorKind.COUNTRY
# "his Saudi counterpart Y", "her Polish counterpart, Y,", "their Chinese counterparts": the
# possessive, the demonym (a capitalised word or two), the noun, then the name.
_COUNTERPART = re.compile(
    r"\b(?:his|her|their)\s+(?P<dem>[A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?)\s+counterparts?,?\s+"
)
_TITLE = re.compile(r"[A-Z][a-z]+\.? ")  # a title or honorific of one word before the name
_REACH = 200  # characters back to the possessive's person


def counterparts(
    text: str, actors: tuple[Actor, ...], mentions: Sequence[Mention]
) -> tuple[Actor, ...] | None:
    """``actors`` with each counterpart given its role and country, as above; None if the
    text names none."""
    if "counterpart" not in text:
        return None
    by_id = {a.id: a for a in actors}
    by_start = {m.start: m for m in mentions}
    found: dict[str, tuple[str | None, str | None]] = {}
    for cm in _COUNTERPART.finditer(text):
        named = by_start.get(cm.end())
        if named is None and (title := _TITLE.match(text, cm.end())) is not None:
            named = by_start.get(title.end())  # ("his Saudi counterpart Prince X")
        country = by_start.get(cm.start("dem"))
        if named is None or country is None:
            continue
        person = by_id.get(named.actor_id)
        nation = by_id.get(country.actor_id)
        if person is None or person.kind is not _PERSON or nation is None:
            continue
        if nation.kind is not _COUNTRY or country.end != cm.end("dem"):
            continue
        role = _subject_role(text, cm.start(), mentions, by_id)
        found.setdefault(person.id, (role, nation.id))
    if not found:
        return None
    out: list[Actor] = []
    for a in actors:
        if a.id in found:
            office, nation_id = found[a.id]
            # (an honorific is no office: "his Saudi counterpart Prince X" is the minister)
            kept = a.role if a.role is not None and a.role not in HONORIFIC_ROLES else None
            a = replace(a, role=kept or office or a.role, affiliation=a.affiliation or nation_id)
        out.append(a)
    return tuple(out)


def _subject_role(
    text: str, at: int, mentions: Sequence[Mention], by_id: dict[str, Actor]
) -> str | None:
    """The role of the last person with one named in the sentence before ``at`` (within
    _REACH characters): whose counterpart it is."""
    lo = max(0, at - _REACH, text.rfind(". ", 0, at) + 1)
    for m in reversed(mentions):
        if m.start >= at:
            continue
        if m.start < lo:
            break
        a = by_id.get(m.actor_id)
        if a is not None and a.kind is _PERSON and a.role is not None:
            return a.role
    return None
