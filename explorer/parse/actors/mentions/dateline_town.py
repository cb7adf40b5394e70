"""The dateline's town, unlisted, is a place wherever its name stands alone in the story:
"MILAN, Dec 3 (Reuters) - ... said Milan needed a fresh start" (was a person "Milan", a
given name too, and "MILAN" a person of its own). A person the story names in full whose
surname it is ("HAMILTON, Bermuda ... Lewis Hamilton ... Hamilton said") is still the
person's (place_surnames)."""

from __future__ import annotations

import re
from dataclasses import replace

from explorer.model import ActorKind
from explorer.parse.actors.mentions.raw import Raw

_PERSON = ActorKind.PERSON
_PLACE = ActorKind.PLACE

# The dateline's town in capitals at a line's start, then its state, date or agency
# ("MILAN, Dec 3 (Reuters) -", "EDINBURGH, Scotland, Dec 4", "LUSAKA (Reuters) -").
_DATELINE = re.compile(r"(?m)^([A-Z][A-Z’'.\-]+(?: [A-Z][A-Z’'.\-]+){0,2})(?=,| \(| —| –| - )")


def dateline_town_name(text: str) -> str:
    """The dateline's town as written, in capitals ("LEIPZIG"); "" if the text has none."""
    m = _DATELINE.search(text, 0, 600)
    return "" if m is None else m.group(1)


def dateline_town(text: str, out: list[Raw]) -> None:
    """Make places, in place, of the unknown candidates (no kind, or a person by their
    look or place) named as the dateline's town."""
    m = _DATELINE.search(text, 0, 600)
    if m is None:
        return
    town = m.group(1)
    if len(town) < 3:
        return
    hits = [
        i
        for i, r in enumerate(out)
        if not r.known
        and (r.kind is None or r.kind is _PERSON or r.kind is _PLACE)
        and len(r.name) == len(town)
        and r.name.upper() == town
    ]
    # the name as the story writes it in the text ("Milan"), for the dateline's too
    name = next((out[i].name for i in hits if out[i].name != town), None)
    if name is None:
        return  # the dateline alone: no actor, as before
    for i in hits:
        out[i] = replace(out[i], kind=_PLACE, name=name, guessed=False)
