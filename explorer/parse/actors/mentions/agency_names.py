"""Public agencies named by their field, then their country or province: "Statistics
Canada", "Elections Nova Scotia", "Sport England" are one organisation each (were a person
"Statistics Canada", or a person "Elections" and the province, which then spoke for it)."""

from __future__ import annotations

from dataclasses import replace

from explorer.model import ActorKind
from explorer.parse.actors.mentions.raw import Raw

_ORGANISATION = ActorKind.ORGANISATION
_PERSON = ActorKind.PERSON
_AREAS = (ActorKind.COUNTRY, ActorKind.PLACE)

# Fields such agencies are named by (not "Justice": "Justice Jordan" is a judge).
FIELDS = frozenset(
    {"Statistics", "Elections", "Health", "Transport", "Parks", "Environment", "Fisheries"}
    | {"Sport", "Tourism", "Infrastructure", "Employment", "Immigration", "Heritage"}
    | {"Revenue", "Historic", "Natural", "Screen", "Creative", "Invest", "Destination"}
)


def agency_named(text: str, out: list[Raw]) -> None:
    """Make, in place, a name of such a field word and a country or place right after it
    one organisation ("Transport Canada said", "according to Elections Ontario"), when no
    capitalised word follows (not a longer name: "Health Canada Inspection Unit")."""
    i = len(out) - 1
    while i >= 0:
        r = out[i]
        s = r.start
        if r.kind in _AREAS and s > 1 and text[s - 1] == " ":
            ws = text.rfind(" ", 0, s - 1) + 1
            if (nl := text.rfind("\n", ws, s - 1)) >= 0:
                ws = nl + 1  # (a line's first word: searched back to the space only)
            prev = out[i - 1] if i else None
            if (
                text[ws : s - 1] in FIELDS
                and not text[r.end + 1 : r.end + 2].isupper()
                and (prev is None or prev.end <= ws or (prev.start == ws and not prev.known))
            ):
                out[i] = replace(
                    r,
                    start=ws,
                    kind=_ORGANISATION,
                    name=text[ws : r.end],
                    known=False,
                    guessed=False,
                    role=None,
                    affiliation=None,
                )
                if prev is not None and prev.start == ws:
                    del out[i - 1]
                    i -= 1
        elif (
            not r.known
            and (r.kind is None or r.kind is _PERSON)
            and r.role is None
            and " " in r.name
            and r.name[: r.name.find(" ")] in FIELDS
            and r.name[0].isupper()
        ):
            # "Statistics Canada said"
            out[i] = replace(r, kind=_ORGANISATION, guessed=False)
        i -= 1
