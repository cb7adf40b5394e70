"""Unions and federations whose names hold a list of trades: "the Kenya Union of
Commercial, Food and Allied Workers", "the Union of Shop, Distributive and Allied
Workers". The commas would split such a name into a name and persons ("Food Workers");
the body's noun before "of" and the members' plural noun at the end tell it is one name,
with no abbreviation in brackets after it (which :func:`.passes._comma_list_names` asks)."""

from __future__ import annotations

import re

from explorer.model import ActorKind
from explorer.parse.actors.mentions.raw import Raw, is_initial

# The members' plural nouns that end such a name.
_MEMBERS = (
    "Workers",
    "Employees",
    "Employers",
    "Unions",
    "Industries",
    "Manufacturers",
    "Traders",
    "Producers",
    "Exporters",
    "Professionals",
    "Technicians",
    "Engineers",
    "Officers",
    "Farmers",
    "Teachers",
)
_BODIES = (
    "Union|Federation|Confederation|Association|Congress|Council|Chamber|Society|Guild"
    "|Syndicate|Alliance"
)
_WORD = r"[A-Z][\w'’.\-]*"
_MEMBER_LIST_NAME = re.compile(
    rf"(?:{_WORD} )*(?:{_BODIES}) (?:of|for)(?: the)? {_WORD}(?: {_WORD})*"
    rf"(?:, {_WORD}(?: {_WORD})*)*,? (?:and|&) (?:{_WORD} )*(?:{'|'.join(_MEMBERS)})(?![\w\-])"
)
_ORGANISATION = ActorKind.ORGANISATION


def member_list_names(text: str, taken: list[Raw]) -> list[Raw]:
    """The names of bodies of members with a list of trades in them (see the module), not
    inside a name already ``taken``; a leading "The" is no part of the name."""
    out: list[Raw] = []
    done = 0
    for head in _MEMBERS:
        at = text.find(f" {head}")
        while at >= 0:
            end = at + 1 + len(head)
            lo = max(done, at - 160)
            # (only a list holds a comma before "and": a cheap test before the regex)
            if ", " in text[lo:at] and (" and " in text[lo:end] or " & " in text[lo:end]):
                m = _MEMBER_LIST_NAME.search(text, lo, end)
                while m is not None and m.end() != end:
                    m = _MEMBER_LIST_NAME.search(text, m.end(), end)
                if m is not None and "," in m.group():
                    start = m.start() + (4 if text.startswith("The ", m.start()) else 0)
                    if not any(r.start <= start < r.end for r in taken):
                        name = " ".join(text[start:end].split())
                        out.append(
                            Raw(start, end, _ORGANISATION, name, initial=is_initial(text, start))
                        )
                        done = end
            at = text.find(f" {head}", end)
    return out
