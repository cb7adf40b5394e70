"""A union's local branch by its number: "UAW Local 900 said", "Union Local 140 President
X", "The Fraternal Order of Police Lodge 42, which represents ..., said". The number is
part of the name (an organisation, "UAW Local 900"); "Union" before "Local" is the plain
word ("Local 140": no second union for "the union" to stand for), and its officer
named after it its officer ("Local 140 President X"); "Lodge 42" after an
organisation's name is a branch of it (its mention, so the clause's subject still
speaks)."""

from __future__ import annotations

import re
from dataclasses import replace

from explorer.model import ActorKind
from explorer.parse.actors.mentions import Raw

# Module constants: an enum member's attribute look-up costs several times a global's.
_ORGANISATION = ActorKind.ORGANISATION
_PERSON = ActorKind.PERSON

_NUMBER = re.compile(r" \d{1,5}\b")
_BRANCHES = ("Local", "Lodge")
# A capitalised title between a local's number and its officer's name (" President ").
_TITLE_BETWEEN = re.compile(r" (?:[A-Z][a-z]+ ){1,3}")


def union_locals(text: str, raws: list[Raw]) -> list[Raw]:
    """``raws`` with each name ending in "Local" or "Lodge" before a number made that
    branch, as the module says."""
    out: list[Raw | None] | None = None
    for i, r in enumerate(raws):
        if r.known or not r.name.endswith(_BRANCHES) or (n := _NUMBER.match(text, r.end)) is None:
            continue
        if out is None:
            out = list(raws)
        prev = raws[i - 1] if i else None
        if (
            r.name in _BRANCHES
            and prev is not None
            and prev.kind is _ORGANISATION
            and prev.end + 1 == r.start
        ):
            out[i - 1] = replace(prev, end=n.end())  # "Fraternal Order of Police Lodge 42"
            out[i] = None
            continue
        if r.name.endswith("Lodge"):
            continue
        start = r.start
        if r.name == "Union Local":
            start = r.end - len("Local")
        name = text[start : n.end()]
        out[i] = Raw(start, n.end(), _ORGANISATION, name)
        after = raws[i + 1] if i + 1 < len(raws) else None
        if (
            after is not None
            and after.kind is _PERSON
            and after.role is not None
            and after.affiliation is None
            and _TITLE_BETWEEN.fullmatch(text, n.end(), after.start)
        ):
            out[i + 1] = replace(after, affiliation=name)  # "Local 140 President X"
    return raws if out is None else [r for r in out if r is not None]
