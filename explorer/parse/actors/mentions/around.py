"""Small tests of the words around a name: places named by a royal title and one name
("Prince George", "Prince Albert", "Prince Rupert": cities), told from the prince by where
the text puts the name; an age between a name and its apposition ("X, 34, a teacher,")."""

from __future__ import annotations

from explorer.model import ActorKind
from explorer.parse.actors.mentions.raw import Raw

_PLACE = ActorKind.PLACE

# The roles of the royal titles a city's name may open.
ROYAL_ROLES = frozenset({"prince", "princess"})
# Prepositions that make such a name a place wherever the text has one before it.
_PLACE_PREPOSITIONS = (" in", " near", " outside", " around")
# What joins two places of a list.
_PLACE_JOINS = frozenset({" and ", ", ", " or "})


def royal_place(text: str, out: list[Raw], s: int, e: int) -> int | None:
    """Where a place named by a royal title and the one name at ``s``..``e`` starts (the
    title's offset), if the text puts the name after a place's preposition ("in Prince
    George", "near Prince Albert") or the title right after a place with "and" or a comma
    ("Dawson Creek and Prince George"); else None (the prince, and "Prince George's
    christening": an owner)."""
    t = text.rfind(" ", 0, s - 1) + 1
    if t < 2 or text[t - 1] != " " or not text[t:s].istitle():
        return None
    if text[e : e + 2] in ("'s", "’s"):
        return None
    prev = out[-1] if out else None
    if prev is not None and prev.kind is _PLACE and text[prev.end : t] in _PLACE_JOINS:
        return t
    full = text[t:e]
    if any(f"{prep} {full}" in text for prep in _PLACE_PREPOSITIONS):
        return t
    return None


def past_age(text: str, e: int) -> int:
    """The comma after an age set off after a name ending at ``e`` ("Yesenia Mosquera, 34,
    a street vendor": the apposition then describes the name), else ``e``."""
    if text.startswith(", ", e) and text[e + 2 : e + 3].isdigit():
        c = text.find(", ", e + 3, e + 7)
        if c > 0 and text[e + 2 : c].isdigit():
            return c
    return e
