"""Well-known public figures (``data/people.toml``): "Merkel" = "Ms Merkel" = "Angela Merkel".

A listed person is found by their full name or a full-name alias ("Tayyip Erdogan"), or by a
one-word surname alias ("Merkel", "al-Maliki", "bin Laden") that no other listed person
shares. Whether the article names somebody else with that surname is the caller's test, and
so is a shared surname ("Kim") in an article that names one of its people in full.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from explorer.model import Actor
from explorer.parse.actors.data import load_toml
from explorer.parse.actors.dictionary import parse_actor_dictionary
from explorer.parse.actors.lexicon import norm_key
from explorer.parse.actors.surnames import surname_key


@dataclass(frozen=True, slots=True)
class Listed:
    actor: Actor
    bare: bool  # found by a one-word surname alias, not by a full name


@dataclass(frozen=True, slots=True)
class People:
    full: dict[str, Actor]  # norm_key of a full name or a several-word alias -> person
    bare: dict[str, Actor]  # surname key of a one-word alias -> person (unambiguous only)
    owners: dict[str, frozenset[str]]  # surname key of a one-word alias -> all its people


def _bare_form(alias: str) -> str | None:
    """The one-word surname an alias stands for ("bin Laden" -> "Laden"), if it is one."""
    words = alias.split()
    while len(words) > 1 and words[0].islower():
        words = words[1:]  # name particles written apart: "bin", "de", "von der"
    return words[0] if len(words) == 1 else None


def _unique(claims: dict[str, set[str]], actors: dict[str, Actor]) -> dict[str, Actor]:
    return {k: actors[next(iter(ids))] for k, ids in claims.items() if len(ids) == 1}


# Transliterations of one given name: a listed "Mohamed Hamdan Dagalo" is the text's
# "Mohammed Hamdan Dagalo" too (a first word of one group may stand for any other).
_GIVEN_VARIANTS = (
    ("Mohamed", "Mohammed", "Muhammad", "Mohammad", "Muhammed", "Mohamad"),
    ("Ahmed", "Ahmad"),
    ("Hussein", "Husain", "Hussain"),
    ("Yusuf", "Youssef", "Yousef", "Yusef"),
    ("Mahmoud", "Mahmud"),
    ("Mustafa", "Mostafa"),
    ("Omar", "Umar"),
    ("Abdel", "Abdul"),
)
_VARIANTS_OF = {name: group for group in _GIVEN_VARIANTS for name in group}


def _spellings(name: str) -> list[str]:
    """``name`` and its other spellings: by the given name it opens with, and without the
    article of an Arabic surname ("Abdel Fattah al-Burhan" is "Abdel Fattah Burhan")."""
    first, _, rest = name.partition(" ")
    group = _VARIANTS_OF.get(first)
    out = [name] if group is None or not rest else [f"{g} {rest}" for g in group]
    if " al-" in name or " el-" in name:
        out += [n.replace(" al-", " ").replace(" el-", " ") for n in out]
    return out


@cache
def people() -> People:
    listed = parse_actor_dictionary(load_toml("people.toml"), "people.toml").actors
    actors = {a.id: a for a in listed}
    full: dict[str, set[str]] = {}
    bare: dict[str, set[str]] = {}
    for a in listed:
        if len(a.id.split()) == 1:
            bare.setdefault(surname_key(a.id), set()).add(a.id)  # a one-name person
        else:
            for spelling in _spellings(a.id):
                full.setdefault(norm_key(spelling), set()).add(a.id)
            # Another listed person's surname is no surname alias of this one.
            bare.setdefault(surname_key(a.id), set())
        for alias in a.aliases:
            one = _bare_form(alias)
            if one is None:
                for spelling in _spellings(alias):
                    full.setdefault(norm_key(spelling), set()).add(a.id)
            else:
                bare.setdefault(surname_key(one), set()).add(a.id)
    # "Powell" said by Colin Powell's and Jerome Powell's aliases, or "Bush" as an alias
    # of one and the surname of another: ambiguous, so no bare match.
    for a in listed:
        if len(a.id.split()) > 1:
            owners = bare[surname_key(a.id)]
            if owners and a.id not in owners:
                owners.add(a.id)
    claimed = {k: frozenset(ids) for k, ids in bare.items() if ids}
    return People(_unique(full, actors), _unique(bare, actors), claimed)


@cache
def _full_last_words() -> frozenset[str]:
    """The last words of the listed full names and several-word aliases (as keys)."""
    return frozenset(key.rsplit(" ", 1)[-1] for key in people().full)


@lru_cache(maxsize=1 << 15)
def find_person(name: str) -> Listed | None:
    """The listed person a name of an article stands for, if any."""
    p = people()
    # Most names are nobody's. A plain name (ASCII, no dot or apostrophe) is tested by its
    # last word in lower case, without norm_key or surname_key: for it, that is the last
    # word of norm_key (which translates only dots and non-ASCII characters, and strips no
    # possessive without an apostrophe), and its surname_key unless it has a dash.
    last = name.rsplit(None, 1)[-1:]
    if last and name.isascii() and "." not in name and "'" not in name:
        word = last[0].lower()
        actor = p.full.get(norm_key(name)) if word in _full_last_words() else None
        if actor is not None:
            return Listed(actor, False)
        if " " not in name.strip():
            actor = p.bare.get(word if "-" not in word else surname_key(name))
            if actor is not None:
                return Listed(actor, True)
        return None
    actor = p.full.get(norm_key(name))
    if actor is not None:
        return Listed(actor, False)
    if " " not in name.strip():
        actor = p.bare.get(surname_key(name))
        if actor is not None:
            return Listed(actor, True)
    return None
