"""A title owned by "Its" whose organisation the sentence before names first, maybe by a
description: "The union said bargaining would continue. Its secretary-treasurer, X, said
..." is the union's officer (the union named sentences before, "the union" standing for
it). The names' pass gives "Its" an organisation named in its sentence or the ones
before, before "the union" is a mention of the union; this one, run after, gives it the
first organisation of the sentence before (its subject, mostly), where there is one."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace

from explorer.model import Actor, ActorKind, Mention, Sentence

# Module constants: an enum member's attribute look-up costs several times a global's.
_ORGANISATION = ActorKind.ORGANISATION
_PERSON = ActorKind.PERSON

# "Its secretary-treasurer, " right before the name.
_ITS_TITLE = re.compile(r"(?<![\w’'\-])Its (?:[a-z][\w\-]*\s){0,3}[a-z][\w\-]*,\s$")


def its_described_owners(
    text: str, actors: Sequence[Actor], mentions: Sequence[Mention], sentences: Sequence[Sentence]
) -> tuple[Actor, ...] | None:
    """``actors`` with the persons titled by "Its" given the first organisation mentioned
    in the sentence before theirs; None if none changes."""
    lost = {a.id for a in actors if a.kind is _PERSON and a.role is not None}
    if not lost:
        return None
    kinds = {a.id: a.kind for a in actors}
    owners: dict[str, str] = {}
    starts = [s.start for s in sentences]
    for i, m in enumerate(mentions):
        if m.actor_id not in lost or m.actor_id in owners or not text.startswith(", ", m.start - 2):
            continue
        if _ITS_TITLE.search(text, max(0, m.start - 50), m.start) is None:
            continue
        # the sentence before the name's
        own = bisect_right(starts, m.start) - 1
        if own < 1:
            continue
        lo, hi = starts[own - 1], starts[own]
        for prev in mentions[:i]:
            if lo <= prev.start < hi and kinds.get(prev.actor_id) is _ORGANISATION:
                owners[m.actor_id] = prev.actor_id
                break
    if not owners:
        return None
    if all(a.affiliation == owners[a.id] for a in actors if a.id in owners):
        return None
    return tuple(replace(a, affiliation=owners[a.id]) if a.id in owners else a for a in actors)
