"""A group's participle phrase before the cue is no break in the subject's gap: "Voters
leaving polling stations said", "Residents fleeing the fighting told reporters" (had no
speaker)."""

from __future__ import annotations

import re

# One lower-case word in "-ing" (not a cue's or a list's), then at most five lower-case
# words, up to the cue.
_PARTICIPLE = re.compile(
    r"\s+(?!saying\b|adding\b|according\b|including\b|during\b)[a-z]+ing"
    r"(?:\s+[a-z][a-z'-]*){0,5}\s+$"
)


# Words of a clause, not of a participle's object: "a fax to local police explaining that
# providers were warned" (the police warned no one).
_CLAUSE_WORDS = frozenset(
    {"that", "were", "was", "is", "are", "be", "been", "had", "has", "have", "who", "which"}
)


def participle_gap(text: str, end: int, limit: int) -> bool:
    """Whether ``text[end:limit]``, after a group's mention, is such a phrase."""
    return (
        limit - end < 60
        and _PARTICIPLE.match(text, end, limit) is not None
        and _CLAUSE_WORDS.isdisjoint(text[end:limit].split())
    )
