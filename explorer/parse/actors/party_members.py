"""An unnamed member of a party by the party's noun alone: "with one Republican warning
that ...", "A Democrat said", "..., said another Conservative." is a group of the party
(was a person "Republican"), read by the name scan (mentions/names.py)."""

from __future__ import annotations

from functools import cache

from explorer.parse.actors.data import load_toml, vocabulary

# The determiners of one member, as they end the text before the noun.
_ONE = (" a ", " an ", " one ", " another ", "A ", "One ", "Another ")
_PUNCTUATION = frozenset(",.;:!?")


@cache
def _members() -> dict[str, str]:
    """A member's noun -> the party's id ("Republican" -> "Republicans"): the singulars of
    vocabulary.toml's party_plurals ("Tory" of "Tories")."""
    plurals = load_toml("vocabulary.toml")["party_plurals"]
    return {p[:-3] + "y" if p.endswith("ies") else p[:-1]: p for p in plurals}


@cache
def _verbs() -> frozenset[str]:
    return frozenset(vocabulary().cues) | {"who"}


def unnamed_member(text: str, s: int, e: int) -> tuple[int, str] | None:
    """The start of the phrase and the party, where ``text[s:e]`` is a party's member noun
    after a determiner of one and before punctuation, a cue, "who" or a word in -ing (not
    an adjective: "a Republican bill"; not an apposition: "X, a Republican, said"); else
    None."""
    party = _members().get(text[s:e])
    if party is None or not text.endswith(_ONE, 0, s):
        return None
    start = text.rfind(" ", 0, s - 1) + 1
    if text[start - 2 : start] == ", ":
        return None  # "Sen. X, a Republican from Kansas,": X, described
    nxt = text[e : e + 1]
    if nxt not in _PUNCTUATION:
        if nxt != " ":
            return None
        word = text[e + 1 : e + 20].split(" ", 1)[0].rstrip(",.;:")
        if not (word in _verbs() or (word.islower() and word.endswith("ing"))):
            return None
    return start, party
