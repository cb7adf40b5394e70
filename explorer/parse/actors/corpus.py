"""Corpus-level linking of actors across articles, and name lookup for filters."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from explorer.model import Actor, ActorKind
from explorer.parse.actors.lexicon import build_lexicon, norm_key
from explorer.parse.actors.surnames import first_key, inner_keys, surname_key


class HasActors(Protocol):
    @property
    def actors(self) -> tuple[Actor, ...]: ...


def link_corpus(items: Sequence[HasActors]) -> dict[str, str]:
    """Map every actor id of the analyses (or parsed articles) to a corpus-wide id.

    A person known by surname only in one article ("Kerry") links to the full name used in
    another ("John Kerry") when exactly one full name in the corpus has that surname; a
    one-word name that ends no full name links, as in an article, to the one full name it
    begins (a surname in East Asian order: "Liu" -> "Liu Jiayi"; never when two persons
    begin so), or stands inside (the first of two surnames: "Pardo" -> "Gustavo Andrés Pardo
    Restrepo"; never when two persons hold it). Other ids map to themselves.
    """
    persons: dict[str, Actor] = {}
    mapping: dict[str, str] = {}
    for item in items:
        for actor in item.actors:
            mapping.setdefault(actor.id, actor.id)
            if actor.kind is ActorKind.PERSON:
                persons.setdefault(actor.id, actor)
    full: dict[str, set[str]] = {}
    by_word: dict[str, set[str]] = {}  # first words and words inside -> full names
    for pid in persons:
        if len(pid.split()) >= 2:
            full.setdefault(surname_key(pid), set()).add(pid)
            by_word.setdefault(first_key(pid), set()).add(pid)
            for key in inner_keys(pid):
                by_word.setdefault(key, set()).add(pid)
    for pid in persons:
        names = full.get(surname_key(pid), set())
        if len(pid.split()) == 1:
            if len(names) == 1:
                mapping[pid] = next(iter(names))
            elif not names:
                # One person: one first word and surname ("Bashar Assad", "Bashar al-Assad").
                held = by_word.get(first_key(pid), set())
                if len({(first_key(n), surname_key(n)) for n in held}) == 1:
                    mapping[pid] = max(sorted(held), key=len)
        else:
            # "Bashar Assad" / "Bashar al-Assad": same first name and surname.
            same = sorted(n for n in names if n.split()[0] == pid.split()[0])
            if same:
                mapping[pid] = max(same, key=len)
    return mapping


def match_actor_names(query: str, actors: Iterable[Actor]) -> set[str]:
    """Ids of the actors a filter query names: case-insensitive, alias-aware.

    "us", "U.S.", "american" all find "United States"; "kerry" finds "John Kerry"; a query of
    three letters or more also finds names with a word starting with it ("chur" -> Churkin).
    """
    q = norm_key(query)
    if not q:
        return set()
    actors = list(actors)  # (read twice)
    entry = build_lexicon().entries.get(q)
    known = entry.id if entry is not None else None
    out: set[str] = set()
    for actor in actors:
        names = (actor.id, *actor.aliases)
        keys = {norm_key(n) for n in names}
        if q in keys or actor.id == known:
            out.add(actor.id)
            continue
        if actor.kind is ActorKind.PERSON and (
            q == surname_key(actor.id) or q == first_key(actor.id)
        ):
            out.add(actor.id)
            continue
        if len(q) >= 3 and any(w.startswith(q) for k in keys for w in k.split()):
            out.add(actor.id)
    if not out:
        # An affiliation no actor is, named exactly: a party known only by its members'
        # letters ("Sen. X, R-Texas": "republicans" selects the Republicans' people).
        out = {
            actor.affiliation
            for actor in actors
            if actor.affiliation is not None and norm_key(actor.affiliation) == q
        }
    return out
