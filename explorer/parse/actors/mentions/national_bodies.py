"""A body named by "National", "State", "Federal" ... and a listed one-word body's name:
"Officials at the National Treasury said" is one organisation, South Africa's or Kenya's
National Treasury (was a place "National" beside the listed Treasury, which then spoke
for the officials)."""

from __future__ import annotations

from dataclasses import replace

from explorer.model import ActorKind
from explorer.parse.actors.mentions.raw import Raw

_ORGANISATION = ActorKind.ORGANISATION
# The words that open such a name (capitalised, a word of its own).
OPENERS = ("National", "State", "Federal", "Provincial", "Central", "Municipal")


def national_named(text: str, out: list[Raw]) -> None:
    """Join, in place, an opener of ``OPENERS`` read as an unknown word or a place and the
    listed organisation of one word right after it ("the National Treasury"), into one
    unknown organisation; not where the listed name is longer ("the National Security
    Council" is read whole already)."""
    i = len(out) - 2
    while i >= 0:
        r, nxt = out[i], out[i + 1]
        if (
            nxt.known
            and nxt.kind is _ORGANISATION
            and nxt.start == r.end + 1
            and not r.known
            and text[r.start : r.end] in OPENERS
            and text[r.end] == " "
            and " " not in text[nxt.start : nxt.end]
        ):
            out[i] = replace(
                r,
                end=nxt.end,
                kind=_ORGANISATION,
                name=text[r.start : nxt.end],
                guessed=False,
                role=None,
                affiliation=None,
            )
            del out[i + 1]
        i -= 1
