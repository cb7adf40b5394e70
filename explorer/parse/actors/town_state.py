"""A town written with its state or province after a preposition: "Maria Lopez, 34, of
Cedar Rapids, Iowa,", "flooding in Grand Forks, North Dakota." name a place, no person
"Cedar Rapids" (whose two words look like a first name and a surname)."""

from __future__ import annotations

import re

from explorer.model import ActorKind
from explorer.parse.actors.lexicon import Lexicon

_PLACE = ActorKind.PLACE
# The state after the town, then the end of the phrase.
_STATE_AFTER = re.compile(r", (?P<state>[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=[,.;]| on | in | and )")
# A preposition right before the town.
_PREPOSITION_BEFORE = re.compile(r"\b(?:of|in|at|from|near|outside|to|into|toward|towards) $")


def town_of_state(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the name at ``start``..``end`` follows a preposition and precedes ", " and a
    listed place, then the end of the phrase ("of Cedar Rapids, Iowa,")."""
    after = _STATE_AFTER.match(text, end)
    if after is None or not _PREPOSITION_BEFORE.search(text, max(0, start - 12), start):
        return False
    entry = lex.lookup(after.group("state"))
    return entry is not None and entry.kind is _PLACE
