"""Issuers' names that also name what they issue: "Treasury yields fell", "30-year Treasury
bonds", "Treasury securities" are bonds, no mention of the Treasury (which "A Treasury
spokesperson said" is)."""

from __future__ import annotations

import re
from operator import attrgetter

from explorer.model import Actor, Mention

# Listed organisations whose name, before an instrument's noun, is the instrument's.
_ISSUERS = frozenset({"Treasury"})
_ID = attrgetter("id")
# (a possessive, then up to two words, "10-year", "benchmark", before the noun)
_INSTRUMENT_AFTER = re.compile(
    r"(?:['’]s)?(?:\s+[\w\-]+){0,2}?\s+(?:yields?|bonds?|bills?|notes?|securities|index|"
    r"futures|prices|market|curve|auctions?|debt|issuance|paper|benchmark)(?![\w\-])"
)


def without_instruments(
    text: str, actors: tuple[Actor, ...], mentions: list[Mention]
) -> tuple[tuple[Actor, ...], list[Mention]]:
    """``actors`` and ``mentions`` without the mentions of an issuer that name its
    instruments (:data:`_ISSUERS`, :data:`_INSTRUMENT_AFTER`), and without the issuer if
    no other mention is left."""
    if _ISSUERS.isdisjoint(map(_ID, actors)):
        return actors, mentions  # (most articles: no issuer)
    kept = [
        m
        for m in mentions
        if m.actor_id not in _ISSUERS or _INSTRUMENT_AFTER.match(text, m.end, m.end + 40) is None
    ]
    if len(kept) == len(mentions):
        return actors, mentions
    used = {m.actor_id for m in kept}
    return tuple(a for a in actors if a.id in used or a.id not in _ISSUERS), kept
