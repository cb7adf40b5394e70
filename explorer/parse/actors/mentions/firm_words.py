"""Company names a word marks: a trading house's or estate's opening word ("Maison
Lafitte", "Domaine Leroy", "Grupo Mexico": were persons), an airline's closing "Air"
("Riyadh Air chief executive X": was a place and an organisation "Air"; "Jeju Air said":
a person), a name opened by an unknown word of four capitals or more ("EUNAVFOR Atalanta
said": was a person), and no actor in a model's letters after a maker's number ("Boeing 737 MAX
jets": was an organisation "MAX")."""

from __future__ import annotations

from dataclasses import replace

from explorer.model import ActorKind
from explorer.parse.actors.mentions.raw import Raw

_ORGANISATION = ActorKind.ORGANISATION
_PERSON = ActorKind.PERSON
_PLACE = ActorKind.PLACE

OPENING_WORDS = frozenset(
    {"Maison", "Domaine", "Domaines", "Groupe", "Grupo", "Bodegas", "Cantina", "Tenuta"}
    | {"Weingut", "Château", "Chateau"}
)


def _unknown_person(r: Raw) -> bool:
    return not r.known and (r.kind is None or r.kind is _PERSON) and r.role is None


def firm_words(text: str, out: list[Raw]) -> None:
    """Mend, in place, the names such words mark (see the module)."""
    i = len(out) - 1
    while i >= 0:
        r = out[i]
        name = r.name
        if _unknown_person(r) and " " in name:
            first = name[: name.find(" ")]
            if (
                first in OPENING_WORDS
                or (name.endswith(" Air") and name.count(" ") == 1)  # (not "MGM Grand Air")
                # "EUNAVFOR Atalanta said": a mission's letters open its name, no given name
                # (a dateline or a heading in capitals is no name of that kind: "PORT ALDA")
                or (
                    len(first) > 3
                    and first.isupper()
                    and first.isalpha()
                    and not name[len(first) :].isupper()
                )
            ):
                out[i] = replace(r, kind=_ORGANISATION, guessed=False)  # "Jeju Air said"
        elif (
            name == "Air"
            and not r.known
            and i
            and (prev := out[i - 1]).end + 1 == r.start
            and text[prev.end] == " "
            and (prev.kind is _PLACE or _unknown_person(prev))
            and " " not in prev.name
            and not text[r.end + 1 : r.end + 2].isupper()
        ):
            # "Riyadh Air chief executive X": one airline
            out[i - 1] = replace(
                prev,
                end=r.end,
                kind=_ORGANISATION,
                name=text[prev.start : r.end],
                known=False,
                guessed=False,
                role=None,
                affiliation=None,
            )
            del out[i]
            if i < len(out) and out[i].affiliation == "Air":
                out[i].affiliation = out[i - 1].name  # its chief executive's
        elif (
            name.isupper()
            and not r.known
            and i
            and ((prev := out[i - 1]).kind is _ORGANISATION or _unknown_person(prev))
            and _model_number(text, prev.end, r.start)
        ):
            del out[i]  # "Boeing 737 MAX jets": a model's letters
        i -= 1


def _model_number(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` is one space, a number (with letters or a dash) and one
    space: " 737 ", " A320 " (a model's number)."""
    gap = text[lo:hi]
    return (
        len(gap) > 2
        and gap[0] == " "
        and gap[-1] == " "
        and " " not in gap[1:-1]
        and any(c.isdigit() for c in gap)
    )
