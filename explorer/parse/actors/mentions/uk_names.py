"""British bodies named with "UK" last: "Cancer Research UK", "Universities UK" are one
organisation each (were an organisation "Cancer Research" and the United Kingdom, which
then spoke for the charity)."""

from __future__ import annotations

from dataclasses import replace

from explorer.model import ActorKind
from explorer.parse.actors.mentions.raw import Raw

_ORGANISATION = ActorKind.ORGANISATION
_COUNTRY = ActorKind.COUNTRY


def uk_named(text: str, out: list[Raw]) -> None:
    """Join, in place, an unknown organisation's name (or an unknown word's) and the "UK"
    right after it, when no capitalised word follows ("Cancer Research UK said"; not
    "the Universities UK Board", a longer name)."""
    i = len(out) - 2
    while i >= 0:
        r, nxt = out[i], out[i + 1]
        if (
            nxt.known
            and nxt.kind is _COUNTRY
            and nxt.end - nxt.start == 2
            and nxt.start == r.end + 1
            and text.startswith(" UK", r.end)
            and not r.known
            and (r.kind is _ORGANISATION or r.kind is None)
            and not text[nxt.end + 1 : nxt.end + 2].isupper()
        ):
            out[i] = replace(
                r, end=nxt.end, kind=_ORGANISATION, name=text[r.start : nxt.end], guessed=False
            )
            del out[i + 1]
        i -= 1
