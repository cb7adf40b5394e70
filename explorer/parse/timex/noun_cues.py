"""Tense cues that are nouns in their place: "Varnell beat forecasts as second-quarter profit
rose in August" has no verb "forecasts" (which would make the quarter one to come); the
word is the analysts' figures that results beat, missed or met."""

from __future__ import annotations

import re
from typing import Final

# Words of grammar.FUTURE_CUES that are as often plural nouns.
NOUN_CUES: Final = frozenset({"forecasts"})
# What comes before such a noun: a verb of results measured against it, a comparison, or
# a determiner or owner ("beat forecasts", "ahead of forecasts", "analysts' forecasts",
# "its forecasts").
_NOUN_BEFORE = re.compile(
    r"(?:\b(?:beat|beats|beating|missed|misses|missing|topped|tops|topping|exceeded|exceeds"
    r"|surpassed|surpasses|met|meets|matched|matches|trailed|lagged|above|below|under|over"
    r"|of|with|than|on|to|the|its|their|his|her|our|some|all|most|earlier|previous|latest"
    r"|official|consensus|market|analyst|analysts['’]?|economists['’]?)|['’]s?)\s+$",
    re.IGNORECASE,
)


def noun_cue(text: str, start: int) -> bool:
    """Whether the cue word at ``start`` (one of NOUN_CUES) is a noun by the words before."""
    return _NOUN_BEFORE.search(text, max(0, start - 16), start) is not None
