"""A town before a company's noun and name is where the company is, not an organisation:
"X of the Glasgow firm Harper Macleod" is Harper Macleod's (was an organisation "Glasgow",
X's employer, which "the university" later took for the University of Glasgow)."""

from __future__ import annotations

import re
from dataclasses import replace

from explorer.model import ActorKind
from explorer.parse.actors.mentions.raw import Raw

_ORGANISATION = ActorKind.ORGANISATION
_PERSON = ActorKind.PERSON
_PLACE = ActorKind.PLACE

# The company's noun (maybe "law", "accounting") between the town and the name.
_FIRM_NOUN = re.compile(
    r" (?:(?:law|accounting|consulting|engineering) )?(?:firm|company|consultancy) "
)


def firm_towns(text: str, out: list[Raw]) -> None:
    """Make places, in place, of the unknown one-word organisations right before a
    company's noun and the company's name ("the Glasgow firm Harper Macleod"), and the
    company the employer of the persons that had the town for theirs."""
    moved: dict[str, str] = {}
    for i in range(len(out) - 1):
        r, nxt = out[i], out[i + 1]
        if (
            r.kind is _ORGANISATION
            and not r.known
            and " " not in r.name
            and nxt.kind is _ORGANISATION
            and text.endswith(("the ", "The "), 0, r.start)
            and (m := _FIRM_NOUN.match(text, r.end)) is not None
            and m.end() == nxt.start
        ):
            out[i] = replace(r, kind=_PLACE)
            moved[r.name] = nxt.name
    if moved:
        for i, r in enumerate(out):
            if r.kind is _PERSON and r.affiliation in moved:
                out[i] = replace(r, affiliation=moved[r.affiliation])
