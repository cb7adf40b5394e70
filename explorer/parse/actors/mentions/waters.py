"""A body of water named "Gulf of X", "Bay of X", "Sea of X" or "Strait of X" is one place:
"the Gulf of Aden" (was a place "Gulf" and the port city Aden), "the Bay of Bengal" and
"the Gulf of Guinea" (were nothing, or the country Guinea)."""

from __future__ import annotations

import re

from explorer.model import ActorKind
from explorer.parse.actors.mentions.raw import Raw, is_initial

_PLACE = ActorKind.PLACE
# (literal first: the water's noun; one or two capitalised words after "of")
_WATER = re.compile(
    r"(?:Gulf|Bay|Sea|Straits?) of (?:the )?[A-Z][\w\-]+(?: [A-Z][\w\-]+)?(?![\w\-])"
)
_NOUNS = ("Gulf of ", "Bay of ", "Sea of ", "Strait of ", "Straits of ")


def water_places(text: str, out: list[Raw]) -> list[Raw]:
    """``out`` with each such body of water one place, the mentions inside it dropped."""
    if not any(n in text for n in _NOUNS):
        return out
    # (a name the lexicon lists whole stays its entry: "the Strait of Hormuz")
    listed = {(r.start, r.end) for r in out if r.known}
    spans = [(m.start(), m.end()) for m in _WATER.finditer(text)]
    spans = [sp for sp in spans if sp not in listed]
    if not spans:
        return out
    kept = [r for r in out if not any(s <= r.start < e for s, e in spans)]
    kept += [Raw(s, e, _PLACE, text[s:e], initial=is_initial(text, s)) for s, e in spans]
    kept.sort(key=lambda r: r.start)
    return kept
