"""An unknown name of several words set off by a description of a body: "Investigators
from the Guardia di Finanza, the financial police, found" is an organisation (was a
place), as "X, the country's consumer watchdog," or "X, the local council," would be."""

from __future__ import annotations

import re
from dataclasses import replace

from explorer.model import ActorKind
from explorer.parse.actors.mentions.raw import Raw

_ORGANISATION = ActorKind.ORGANISATION
_PERSON = ActorKind.PERSON
# ", the financial police,", ", the country's consumer watchdog,": "the", up to three
# lower-case words (or an owner's possessive), a body's noun, and the closing comma.
_BODY_APPOSITION = re.compile(
    r", the (?:[a-z][\w\-]*(?:['’]s)? ){0,3}"
    r"(?:police|agency|regulator|watchdog|authority|council|ministry|broadcaster"
    r"|newspaper|union|tribunal|inspectorate|directorate|bureau)(?=,)"
)

_PLACE_PREPOSITIONS = ("In ", "in ", "At ", "at ", "Near ", "near ")


def apposed_bodies(text: str, out: list[Raw]) -> None:
    """Make, in place, each unknown name of two words or more whose apposition describes a
    body (``_BODY_APPOSITION``) an organisation; not a person's name known as one, nor a
    place after "in" or "at"."""
    for i, r in enumerate(out):
        if (
            r.known
            or r.kind is _ORGANISATION
            or (r.kind is _PERSON and not r.guessed)
            or not text.startswith(", the ", r.end)
            or " " not in text[r.start : r.end]
            # ("In Halvor Bay, the local council, which ..., said": the place, then the
            # sentence's subject)
            or text.endswith(_PLACE_PREPOSITIONS, 0, r.start)
        ):
            continue
        if _BODY_APPOSITION.match(text, r.end) is not None:
            out[i] = replace(r, kind=_ORGANISATION, guessed=False, role=None, affiliation=None)
