"""Tense cue words that, by their neighbours, are no verb nor adverb of time: "next to the
embassy" (a place), "the first on Sept. 8 and the last on Dec. 17" (the last one of a
list), "the only business left for the autumn", "with three days left" (what remains)."""

from __future__ import annotations

import re
from typing import Final

# The words these checks are for (a cheap pre-test for callers).
MAYBE_NO_CUE: Final = frozenset({"next", "last", "left"})

_NEXT_TO = re.compile(r"\s+to\b", re.IGNORECASE)
# "the last" before a preposition or a comma: the last one, no past ("the last in May").
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_PREP_AFTER = re.compile(r"\s*(?:,|(?:on|in|at|of|by)\b)", re.IGNORECASE)
# "left" after what is or remains: "the only business left", "nothing left", "days left".
_REMAINING_BEFORE = re.compile(
    r"\b(?:only\s+(?:[a-z-]+\s+){1,2}|(?:nothing|little|much|anything|something|none|few"
    r"|seconds|minutes|hours|days|weeks|months|years|time)\s+)$",
    re.IGNORECASE,
)


def no_tense_cue(text: str, word: str, start: int, end: int) -> bool:
    """Whether the cue ``word`` (lower case) at ``text[start:end]`` marks no tense."""
    if word == "next":
        return _NEXT_TO.match(text, end) is not None
    if word == "last":
        return (
            _THE_BEFORE.search(text, max(0, start - 6), start) is not None
            and _PREP_AFTER.match(text, end) is not None
        )
    if word == "left":
        return _REMAINING_BEFORE.search(text, max(0, start - 30), start) is not None
    return False
