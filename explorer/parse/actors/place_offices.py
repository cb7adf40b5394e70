"""The offices of a place's own government: "Colorado Attorney General Phil Weiser",
"Chicago Mayor X", "Sindh Chief Minister X" hold an office of the place named before the
title, which is their affiliation (a city's or a state's, where a country's would be
"Russian Ambassador X"). Other roles keep no place ("Toledo chief executive", "a
spokesman for the Miami relatives"): the place only says where they are."""

from __future__ import annotations

from explorer.parse.actors.data import load_toml

_VOCABULARY = load_toml("vocabulary.toml")
_OFFICES = frozenset(_VOCABULARY["place_offices"])
# Words before an office that leave it the place's: "former governor", "deputy mayor".
_RANKS = ("former ", "deputy ", "acting ", "interim ", "then-", "lieutenant ")


def holds_place_office(role: str | None) -> bool:
    """Whether ``role`` is an office of a place's government (see the module's doc)."""
    if role is None:
        return False
    while role.startswith(_RANKS):
        role = role[next(len(rank) for rank in _RANKS if role.startswith(rank)) :]
    return role in _OFFICES


# Words before an office that describe its holder or the office's level, no place's name
# ("Outgoing Mayor X", "State Premier X"; see vocabulary.toml), besides the openers and
# the title modifiers there and words in -ing, -ed, -ly.
_HOLDER_WORDS = frozenset(_VOCABULARY["office_holder_words"]) | frozenset(
    w.capitalize() for w in _VOCABULARY["title_modifiers"]
)
# Directions before a place's name that are part of it: "Western Cape Premier X".
PLACE_DIRECTIONS = frozenset({"Western", "Eastern", "Northern", "Southern", "Central"})


def office_place_words(words: list[str], openers: frozenset[str]) -> bool:
    """Whether ``words``, an unknown name of one or two words right before an office of a
    place, can be that place's name ("Chicago", "Grand Rapids"), not words describing the
    holder ("Outgoing", "Embattled", "Incumbent")."""
    if len(words) > 2:
        return False
    for word in words:
        if (
            word in _HOLDER_WORDS
            or word.lower() in openers
            # (and no people's adjective: "Bavarian Premier X" is Bavaria's, which the
            # adjective does not name)
            or word.endswith(("ing", "ed", "ly", ".", "ian", "ese", "ish"))
            or not word[:1].isupper()
            or word.isupper()
        ):
            return False
    return True
