"""What :func:`~explorer.parse.actors.speakers.find.find_speakers` gives, and the lookups it
and its reference copy share: the persons by their surnames, the holder of a role a title
alone refers to."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from explorer.model import ActorKind, Attribution
from explorer.parse.actors.data import vocabulary
from explorer.parse.actors.nominal import Nominal, holder_at

# Module constants: an enum member's attribute look-up costs several times a global's.
_PERSON = ActorKind.PERSON


@dataclass(frozen=True, slots=True)
class SpeakerResult:
    attributions: tuple[Attribution, ...]
    remapped: dict[int, str]  # mention index -> new actor id (capital city used as government)
    nominal: tuple[Nominal, ...] = ()  # title phrases found as speakers (new group actors)


def surname_people(kinds: Mapping[str, ActorKind]) -> dict[str, str]:
    """The last words of the article's persons' names that only one has -> the person (a
    place of that name speaking is the person: "Siamand Kobani ... Kobani said")."""
    out: dict[str, str] = {}
    shared: set[str] = set()
    for pid, kind in kinds.items():
        if kind is _PERSON and " " in pid:
            last = pid.rsplit(" ", 1)[1]
            if last in out:
                shared.add(last)
            out[last] = pid
    for last in shared:
        del out[last]
    return out


def _role_holder(nom: Nominal, holders: Mapping[str, tuple[str, int, int]]) -> str | None:
    """The person a title alone after "the" refers to ("The governor said" after "RBI
    Governor Anand Kulkarni"): ``holders`` maps a role to the first person of the article
    who has it, with the start of their first mention and of the next holder's (the
    phrase between them)."""
    if nom.role is None or not nom.id.startswith("the "):
        return None
    # (a country's holder, the others of organisations: "the president" is theirs where
    # they were named last)
    who = holder_at(holders, nom.role, nom.start)
    if who is None or vocabulary().titles.get(nom.id[4:]) != nom.role:
        return None  # (no such person, named after, a rival named, "the governor of Texas")
    return who


def ascending(xs: list[int]) -> bool:
    """Whether ``xs`` is in order (sorted() of a sorted list is one pass in C, faster than
    comparing pairs by map)."""
    return xs == sorted(xs)
