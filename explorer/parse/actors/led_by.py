"""The organisation a person leads where the text says so after its name: "the centrist
D66 party led by Rob Jetten" (Jetten: D66's, its leader, where no other affiliation is
known)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from explorer.model import Actor, ActorKind, Mention

# Module constants: an enum member's attribute look-up costs several times a global's.
_ORGANISATION = ActorKind.ORGANISATION
_PERSON = ActorKind.PERSON

# What stands between the organisation's name and its leader's: its noun, maybe, then "led
# by" ("the D66 party led by", "the PVV, led by", "a coalition headed by").
_LED_BY = re.compile(
    r"(?:\s+(?:party|group|coalition|alliance|movement|bloc|list|faction|government))?"
    r",?\s+(?:led|headed|chaired)\s+by\s+"
)


def leaders_named(
    text: str, actors: Sequence[Actor], mentions: Sequence[Mention]
) -> tuple[Actor, ...] | None:
    """``actors`` with each person of no affiliation that the text names as the leader of
    the organisation right before ("D66 party led by Rob Jetten"): that organisation's, a
    leader unless the text gives another role; None if there is none."""
    if " by " not in text or not (" led by " in text or " headed by " in text):
        return None  # (the substring tests first: most texts have none)
    by_id = {a.id: a for a in actors}
    found: dict[str, str] = {}
    for before, m in pairwise(mentions):
        person, org = by_id.get(m.actor_id), by_id.get(before.actor_id)
        if (
            person is None
            or org is None
            or person.kind is not _PERSON
            or org.kind is not _ORGANISATION
            or person.affiliation is not None
            or person.id in found
            or m.start - before.end > 30
            or _LED_BY.fullmatch(text, before.end, m.start) is None
        ):
            continue
        found[person.id] = org.id
    if not found:
        return None
    return tuple(
        replace(a, affiliation=found[a.id], role=a.role or "leader") if a.id in found else a
        for a in actors
    )
