"""Cue words that are plural nouns after a people's adjective: "Greek claims had no basis",
"Chinese reports said" (the claims, the reports: no statement of Greece's or China's; "The
Greek said" and "Greece claims" stay statements), or after a preposition and a word
("despite opposition claims that ...")."""

from __future__ import annotations

import re
from functools import cache

from explorer.parse.actors.countries import countries

Span = tuple[int, int]

# The cues that are also plural nouns ("claims", "reports").
_NOUN_FORMS = frozenset({"claims", "reports", "notes", "states", "demands", "counters"})


@cache
def _adjectives() -> frozenset[str]:
    return frozenset(d for c in countries() for d in c.demonyms)


# A preposition or a verb taking a noun, then one word, before a cue: the cue is a noun
# ("despite opposition claims that ...", "amid police reports of ...").
_NOUN_LEAD = re.compile(
    r"(?<![\w\-])(?:despite|amid|over|after|against|about|of|to|on|with|by|from|dismissed"
    r"|rejected|denied|disputed)\s+[\w\-]+\s+\Z"
)


def without_noun_cues(text: str, cues: list[Span]) -> list[Span]:
    """``cues`` without those of :data:`_NOUN_FORMS` right after a people's adjective or
    after a preposition and one word (``_NOUN_LEAD``)."""
    drop = [
        (s, e)
        for s, e in cues
        if text[s:e] in _NOUN_FORMS
        and s > 1
        and text[s - 1] == " "
        and (
            text[text.rfind(" ", 0, s - 1) + 1 : s - 1] in _adjectives()
            or _NOUN_LEAD.search(text, max(0, s - 30), s) is not None
        )
    ]
    return cues if not drop else [c for c in cues if c not in drop]
