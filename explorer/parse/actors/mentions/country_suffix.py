"""National chapters named with their country last: "The Minerals Council South Africa,
which represents mining companies, said", "Transparency International Kenya" are one
organisation each (were an organisation "Minerals Council" and the country, which then
spoke for the body). "Cancer Research UK" has its own rule (uk_names)."""

from __future__ import annotations

from dataclasses import replace

from explorer.model import ActorKind
from explorer.parse.actors.data import vocabulary
from explorer.parse.actors.mentions.raw import Raw

_ORGANISATION = ActorKind.ORGANISATION
_COUNTRY = ActorKind.COUNTRY


def country_named(text: str, out: list[Raw]) -> None:
    """Join, in place, an unknown organisation's name ending in an organisation's word
    ("Council", "International") and a country's name right after it, one space apart,
    when no capitalised word nor a possessive follows ("the Minerals Council South Africa
    said"; not "the Minerals Council South Africa Board", nor a listed body's name)."""
    heads = vocabulary().organisation_heads
    i = len(out) - 2
    while i >= 0:
        r, nxt = out[i], out[i + 1]
        if (
            nxt.kind is _COUNTRY
            and r.kind is _ORGANISATION
            and nxt.start == r.end + 1
            and not r.known
            and nxt.known
            and text[r.end] == " "
            and text[r.start : r.end].rsplit(None, 1)[-1] in heads
            and not text[nxt.end + 1 : nxt.end + 2].isupper()
            and not text.startswith(("'s", "’s", "-"), nxt.end)
        ):
            out[i] = replace(r, end=nxt.end, name=text[r.start : nxt.end], guessed=False)
            del out[i + 1]
        i -= 1
