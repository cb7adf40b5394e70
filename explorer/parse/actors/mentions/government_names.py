"""An unknown name ending in "Government" is an organisation, never a person: "The Lagos
State Government said" (was a person "Lagos State Government"), "Officials of the Kano
State Government said"."""

from __future__ import annotations

from dataclasses import replace

from explorer.model import ActorKind
from explorer.parse.actors.mentions.raw import Raw

_ORGANISATION = ActorKind.ORGANISATION
_PERSON = ActorKind.PERSON


def government_names(text: str, out: list[Raw]) -> None:
    """Make, in place, each unknown person whose name ends in " Government" an
    organisation (without a person's role)."""
    for i, r in enumerate(out):
        if (
            not r.known
            and (r.kind is None or r.kind is _PERSON)
            and text.endswith(" Government", r.start, r.end)
        ):
            out[i] = replace(r, kind=_ORGANISATION, guessed=False, role=None, affiliation=None)
