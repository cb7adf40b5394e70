"""An officer whose title a common noun's possessive owns is no organisation's the article
names: "The Istanbul bid's chairman, X," (was the chairman of the IOC, the organisation
named before) is the bid's; "The company's chairman, X," stays the company's."""

from __future__ import annotations

import re
from functools import cache

from explorer.parse.actors.data import vocabulary
from explorer.parse.actors.runs import run_sets

# "bid's chairman, ": a lower-case owner's possessive, at most two more words and the
# title, then the comma before the name.
_OWNED_TITLE = re.compile(r"([a-z]+)[’']s (?:[a-z\-]+ ){0,2}[a-z\-]+, \Z")


@cache
def _organisation_nouns() -> frozenset[str]:
    return run_sets().organisation_nouns | {w.lower() for w in vocabulary().organisation_heads}


def owned_by_other(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows a title a common noun owns that names no
    organisation ("the bid's chairman, ")."""
    if not text.startswith(", ", start - 2):
        return False
    m = _OWNED_TITLE.search(text, max(0, start - 50), start)
    return m is not None and m.group(1) not in _organisation_nouns()
