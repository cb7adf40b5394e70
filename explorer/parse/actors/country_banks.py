"""A country's central bank named in lower case ("Ethiopia's central bank raised its rate",
"the Turkish central bank"): a mention of that organisation (the country's listed central
bank, else "Central Bank of X", as services.service_before names it where it speaks), so
that "The bank said" after it is the bank's, and "Central bank Governor X" its governor.
So is a country's ministry named by its portfolio ("Saudi Arabia's finance ministry": the
Saudi Finance Ministry, so that "The ministry said" after it is the ministry's).

Apart: it adds mentions before the speakers are found, which the services cannot (they
name a bank only where it speaks)."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from functools import cache

from explorer.model import Actor, ActorKind, Mention
from explorer.parse.actors.data import load_toml
from explorer.parse.actors.services import central_banks, country_adjective

# Module constants: an enum member's attribute look-up costs several times a global's.
_COUNTRY = ActorKind.COUNTRY
_ORGANISATION = ActorKind.ORGANISATION
_PERSON = ActorKind.PERSON

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
_MINISTRY = " ministry"
# (no ministry where its phrase is a title's modifier: "health ministry spokesman X")
_MINISTRY_TITLE = re.compile(r"\s+(?:[A-Z]|spokes|officials?\b|sources?\b)")


def _portfolio_before(text: str, at: int) -> str | None:
    """The portfolio of the lower-case ministry whose " ministry" starts at ``at``
    ("finance" of "Saudi Arabia's finance ministry"), else None."""
    for p in _portfolios():
        if text.startswith(p, at - len(p)) and not text[at - len(p) - 1 : at - len(p)].isalpha():
            return p
    return None


@cache
def _portfolios() -> tuple[str, ...]:
    # (longest first: "foreign affairs" before "affairs")
    words = load_toml("vocabulary.toml")["ministry_portfolios"]
    return tuple(sorted(words, key=len, reverse=True))


def country_central_banks(
    text: str, actors: tuple[Actor, ...], mentions: list[Mention]
) -> tuple[tuple[Actor, ...], list[Mention]] | None:
    """``actors`` and ``mentions`` with each country's lower-case central bank a mention of
    its bank (after the country's own mention: "Ethiopia" of "Ethiopia's"), and the person
    after "Central bank Governor" (or president, chief, chair) made the officer of the bank
    named last before it; None where the text names none ("central bank" not after a country)."""
    kinds = {a.id: a.kind for a in actors}
    starts = [m.start for m in mentions]
    # mention index -> (bank or ministry, country, its phrase after the country)
    banks: dict[int, tuple[str, str, str]] = {}

    def country_before(at: int) -> int | None:
        """The index of the country's mention right before ``at`` (joined as _JOINS)."""
        for join in _JOINS:
            end = at - len(join)
            if text.startswith(join, end):
                k = bisect_left(starts, end) - 1
                while k >= 0 and mentions[k].end > end:
                    k -= 1
                if (
                    k >= 0
                    and mentions[k].end == end
                    and kinds.get(mentions[k].actor_id) is _COUNTRY
                ):
                    return k
                return None
        return None

    at = text.find(_BANK)
    while at >= 0:
        after = at + len(_BANK)
        # (not "central banks", "central banker")
        if not text[after : after + 1].isalpha() and (k := country_before(at)) is not None:
            country = mentions[k].actor_id
            name = central_banks().get(country) or f"Central Bank of {country}"
            banks[k] = (name, country, _BANK)
        at = text.find(_BANK, after)
    # "Saudi Arabia's finance ministry said ... The ministry said": the country's ministry
    # (named as services.service_before names it where it speaks)
    at = text.find(_MINISTRY)
    while at >= 0:
        after = at + len(_MINISTRY)
        if (
            not text[after : after + 1].isalpha()
            and not _MINISTRY_TITLE.match(text, after)
            and (p := _portfolio_before(text, at))
            and (k := country_before(at - len(p))) is not None
        ):
            country = mentions[k].actor_id
            name = f"{country_adjective(country)} {p.title()} Ministry"
            banks[k] = (name, country, p + _MINISTRY)
        at = text.find(_MINISTRY, after)
    if not banks:
        return None
    out: list[Mention] = []
    for k, m in enumerate(mentions):
        out.append(m)  # (the country's own mention stays: "Ethiopia" of "Ethiopia's")
        if k in banks:
            phrase = banks[k][2]
            at = text.find(phrase, m.end)
            out.append(Mention(at, at + len(phrase), text[at : at + len(phrase)], banks[k][0]))
    present = {a.id for a in actors}
    added = tuple(
        Actor(name, _ORGANISATION, (), None, country)
        for name, country, _ in dict.fromkeys(banks.values())
        if name not in present
    )
    names = {name for name, _, p in banks.values() if p == _BANK}
    officers: dict[str, str] = {}
    bank = None  # the bank named last
    for m in out:
        if m.actor_id in names:
            bank = m.actor_id
        elif (
            bank is not None
            and kinds.get(m.actor_id) is _PERSON
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
