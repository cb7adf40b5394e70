"""A country's central bank named in lower case ("Ethiopia's central bank raised its rate",
"the Turkish central bank"): a mention of that organisation (the country's listed central
bank, else "Central Bank of X", as services.service_before names it where it speaks), so
that "The bank said" after it is the bank's, and "Central bank Governor X" its governor.

Apart: it adds mentions before the speakers are found, which the services cannot (they
name a bank only where it speaks)."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from explorer.model import Actor, ActorKind, Mention
from explorer.parse.actors.services import central_banks

_BANK = "central bank"
# What joins the country to the bank: a possessive ("Ethiopia's") or nothing (an adjective,
# "the Turkish central bank").
_JOINS = ("'s ", "’s ", " ")
# A title of the bank's officer before a name ("Central bank Governor X", "central bank
# chief X"): the person is the bank's.
_OFFICER = re.compile(
    r"(?<![\w-])[Cc]entral\s+bank\s+(?:[Dd]eputy\s+)?"
    r"(?:[Gg]overnor|[Pp]resident|[Cc]hief|[Cc]hairman|[Cc]hairwoman|[Cc]hair)\s+\Z"
)
_OFFICER_REACH = 40


def country_central_banks(
    text: str, actors: tuple[Actor, ...], mentions: list[Mention]
) -> tuple[tuple[Actor, ...], list[Mention]] | None:
    """``actors`` and ``mentions`` with each country's lower-case central bank a mention of
    its bank (after the country's own mention: "Ethiopia" of "Ethiopia's"), and the person
    after "Central bank Governor" (or president, chief, chair) made the officer of the bank
    named last before it; None where the text names none ("central bank" not after a country)."""
    kinds = {a.id: a.kind for a in actors}
    starts = [m.start for m in mentions]
    banks: dict[int, tuple[str, str]] = {}  # mention index -> (bank, country)
    at = text.find(_BANK)
    while at >= 0:
        after = at + len(_BANK)
        if not text[after : after + 1].isalpha():  # (not "central banks", "central banker")
            for join in _JOINS:
                end = at - len(join)
                if text.startswith(join, end):
                    k = bisect_left(starts, end) - 1
                    while k >= 0 and mentions[k].end > end:
                        k -= 1
                    if k >= 0 and mentions[k].end == end:
                        country = mentions[k].actor_id
                        if kinds.get(country) is ActorKind.COUNTRY:
                            name = central_banks().get(country) or f"Central Bank of {country}"
                            banks[k] = (name, country)
                    break
        at = text.find(_BANK, after)
    if not banks:
        return None
    out: list[Mention] = []
    for k, m in enumerate(mentions):
        out.append(m)  # (the country's own mention stays: "Ethiopia" of "Ethiopia's")
        if k in banks:
            at = text.find(_BANK, m.end)
            out.append(Mention(at, at + len(_BANK), text[at : at + len(_BANK)], banks[k][0]))
    present = {a.id for a in actors}
    added = tuple(
        Actor(name, ActorKind.ORGANISATION, (), None, country)
        for name, country in dict.fromkeys(banks.values())
        if name not in present
    )
    names = {name for name, _ in banks.values()}
    officers: dict[str, str] = {}
    bank = None  # the bank named last
    for m in out:
        if m.actor_id in names:
            bank = m.actor_id
        elif (
            bank is not None
            and kinds.get(m.actor_id) is ActorKind.PERSON
            and _OFFICER.search(text, max(0, m.start - _OFFICER_REACH), m.start)
        ):
            officers.setdefault(m.actor_id, bank)
    used = {m.actor_id for m in out}
    kept = tuple(
        replace(a, affiliation=officers[a.id]) if a.id in officers and a.affiliation is None else a
        for a in actors
        if a.id in used
    )
    return kept + added, out
