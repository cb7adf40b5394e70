"""Whose spokesman "a department spokeswoman" is: the organisation named last whose name
holds the noun before the spokesman ("The Commerce Department said ... A department
spokeswoman said": the Commerce Department's), as "a company spokesperson" is the company
named last (spokesmen.owned_spokesman); one named with the noun itself ("the FNV Havens
union", "the Dockers' Union") before one whose name holds a union's other word only (a
federation named later)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from explorer.model import ActorKind, Mention

_ORGANISATION = ActorKind.ORGANISATION

# The nouns an organisation's name ends in that may stand, lower-case, before "spokesman".
_NOUNS = (
    "department",
    "ministry",
    "agency",
    "commission",
    "bank",
    "fund",
    "council",
    "court",
    "office",
    "embassy",
    "party",
    "union",
    "authority",
)
_BEFORE = tuple(f"{n} " for n in _NOUNS)
# Other words a union's name holds ("The British Medical Association ... A union spokesman
# said", "the Writers Guild", "the United Auto Workers").
_UNION_WORDS = frozenset(
    {"union", "association", "federation", "confederation", "guild", "workers"}
)
_REACH = 800  # characters back to the organisation's name


def noun_owner(
    text: str, mentions: Sequence[Mention], kinds: Mapping[str, ActorKind], k: int
) -> str | None:
    """The organisation "a department spokeswoman" (the spokesman's mention ``k``) speaks
    for: the last one named within reach whose name holds the noun; "" where none does (the
    spokesman is then no other organisation's); None where no such noun stands before."""
    m = mentions[k]
    at = m.start
    words = m.text.split()
    if len(words) > 1:  # ("A ministry spokesman": the mention holds the noun)
        noun = words[-2].lower()
        if noun not in _NOUNS:
            return None
    else:
        lo = at - 14
        if lo < 0:
            lo = 0
        if not text.endswith(_BEFORE, lo, at):  # (the cheap pre-test: most have none)
            return None
        noun = text[lo:at].rstrip().rpartition(" ")[2].lower()
    after = f" {noun}"  # (the noun after a name: "the FNV Havens union said")
    loose = ""  # (a union's other word: "the Transport Workers' Federation")
    for j in range(k - 1, -1, -1):
        m = mentions[j]
        if m.end < at - _REACH and not loose:
            break  # (past reach, only a union named so outranks a federation within it)
        aid = m.actor_id
        if kinds.get(aid) is not _ORGANISATION:
            continue
        names = aid.lower().split()
        if noun in names or text.startswith(after, m.end) or m.text.endswith(after):
            return aid
        if not loose and noun == "union" and not _UNION_WORDS.isdisjoint(names):
            loose = aid
    return loose
