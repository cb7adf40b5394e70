"""Cue words that are plural nouns after a people's adjective: "Greek claims had no basis",
"Chinese reports said" (the claims, the reports: no statement of Greece's or China's; "The
Greek said" and "Greece claims" stay statements)."""

from __future__ import annotations

from functools import cache

from explorer.parse.actors.countries import countries

Span = tuple[int, int]

# The cues that are also plural nouns ("claims", "reports").
_NOUN_FORMS = frozenset({"claims", "reports", "notes", "states", "demands", "counters"})


@cache
def _adjectives() -> frozenset[str]:
    return frozenset(d for c in countries() for d in c.demonyms)


def without_noun_cues(text: str, cues: list[Span]) -> list[Span]:
    """``cues`` without those of :data:`_NOUN_FORMS` right after a people's adjective."""
    drop = [
        (s, e)
        for s, e in cues
        if text[s:e] in _NOUN_FORMS
        and s > 1
        and text[s - 1] == " "
        and text[text.rfind(" ", 0, s - 1) + 1 : s - 1] in _adjectives()
    ]
    return cues if not drop else [c for c in cues if c not in drop]
