"""An organisation described again by the word the text put before its name: "the
paramilitary Rapid Support Forces (RSF) ... The paramilitary group denied it", "the
Islamist Hamas movement ... the Islamist group said".

The adjective must stand before one organisation's name ("the <adjective> <Name>"), and
the description ("the <adjective> <noun of a body>") come after it; where two
organisations were so described ("the militant A ... the militant B"), none.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from explorer.model import ActorKind, Mention

# Module constants: an enum member's attribute look-up costs several times a global's.
_ORGANISATION = ActorKind.ORGANISATION

# "the paramilitary " right before an organisation's name (a lower-case adjective).
_THE_ADJECTIVE = re.compile(r"(?<![\w’'\-])[Tt]he ([a-z][a-z\-]{3,}) \Z")
# The nouns of bodies a description ends in.
_BODY_NOUNS = (
    "group|movement|force|forces|militia|organisation|organization|outfit|party|faction"
    "|alliance|coalition|network|army"
)
# Adjectives that describe no one body ("the new", "the same"), and determiners' look-alikes.
_NOT_DESCRIBING = frozenset(
    {"same", "other", "whole", "entire", "main", "first", "last", "next", "former", "then"}
    | {"newly", "recently", "current", "latest", "largest", "biggest", "only", "very"}
)


# (from "he ": a literal start the regex engine scans for fast; "the"/"The" checked after)
# (the adjective's letters possessive, "+": a space follows them, so giving one back never
# lets the rest match)
_DESCRIPTION = re.compile(rf"he ([a-z][a-z\-]{{3,}}+) (?:{_BODY_NOUNS})(?![\w’'\-])")


def described_again(
    text: str, mentions: Sequence[Mention], kinds: Mapping[str, ActorKind]
) -> list[Mention]:
    """Mentions of "the <adjective> <body noun>" for the one organisation the text named
    after that adjective before it."""
    # The descriptions first, in one scan (most texts have none): their adjectives.
    described = {
        dm.group(1)
        for dm in _DESCRIPTION.finditer(text)
        if text[dm.start() - 1 : dm.start()] in ("t", "T")
        and (dm.start() < 2 or not text[dm.start() - 2].isalnum())
        and dm.group(1) not in _NOT_DESCRIBING
        and not (text.startswith(" ", dm.end()) and text[dm.end() + 1 : dm.end() + 2].isupper())
    }
    if not described:
        return []
    by_adjective: dict[str, set[str]] = {}
    first_at: dict[str, int] = {}
    for m in mentions:
        s = m.start
        if s < 5 or text[s - 1] != " " or not text[s - 2].islower():
            continue  # (the usual case: no lower-case word right before the name)
        if kinds.get(m.actor_id) is not _ORGANISATION:
            continue
        am = _THE_ADJECTIVE.search(text, m.start - 30 if m.start > 30 else 0, m.start)
        if am is None or am.group(1) not in described:
            continue
        by_adjective.setdefault(am.group(1), set()).add(m.actor_id)
        first_at.setdefault(am.group(1), m.end)
    single = {a: ids.pop() for a, ids in by_adjective.items() if len(ids) == 1}
    if not single:
        return []
    words = "|".join(re.escape(a) for a in sorted(single, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w’'\-])[Tt]he ({words}) (?:{_BODY_NOUNS})(?![\w’'\-])")
    out: list[Mention] = []
    for dm in pattern.finditer(text):
        adjective = dm.group(1)
        if dm.start() < first_at[adjective]:
            continue
        if text.startswith(" ", dm.end()) and text[dm.end() + 1 : dm.end() + 2].isupper():
            continue  # ("the militant group Hamas": the name after it names it)
        out.append(Mention(dm.start(), dm.end(), dm.group(), single[adjective]))
    return out
