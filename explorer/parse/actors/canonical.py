"""Merge mention candidates into canonical actors.

Persons: a surname-only mention ("Assad", "Mr Kerry") links to the full name of the article
with that surname ("Bashar al-Assad"). Generic groups: "That activist" links to an earlier
"the activist"; "the source" to "a military source".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from explorer.model import Actor, ActorKind, Mention
from explorer.parse.actors.data import vocabulary
from explorer.parse.actors.lexicon import Lexicon
from explorer.parse.actors.mentions import Raw

_INDEFINITE = frozenset({"a", "an", "one", "another"})
_DEFINITE = frozenset({"the", "that", "this"})


@cache
def _particle_re() -> re.Pattern[str]:
    words = "|".join(sorted(vocabulary().name_particles, key=len, reverse=True))
    return re.compile(rf"^(?:{words})[-‐‑]")


@lru_cache(maxsize=1 << 16)
def surname_key(name: str) -> str:
    """The linking key of a personal name: its last word, lower case, without "al-"."""
    words = name.split()
    last = words[-1].lower() if words else ""
    return _particle_re().sub("", last)


@dataclass(slots=True)
class _Acc:
    kind: ActorKind
    aliases: list[str] = field(default_factory=list)
    role: str | None = None
    affiliation: str | None = None

    def add(self, surface: str, role: str | None, affiliation: str | None) -> None:
        if surface not in self.aliases:
            self.aliases.append(surface)
        self.role = self.role or role
        self.affiliation = self.affiliation or affiliation


def _group_id(raw: Raw, earlier: dict[str, list[str]]) -> str:
    """The id of a generic group mention, linking definite mentions to earlier ones."""
    core = raw.core or raw.name
    words = core.split()
    head = words[-1]
    plural = head.endswith("s") and not head.endswith("ss")
    if raw.det in _DEFINITE or raw.det in _INDEFINITE:
        if raw.det in _DEFINITE:
            for gid in reversed(earlier.get(head, [])):
                gwords = gid.split()
                if set(words[:-1]) <= set(gwords[:-1]):
                    return gid
        if plural:
            return core
        if raw.det in _INDEFINITE:
            return ("an " if core[:1] in "aeiou" else "a ") + core
        return "the " + core
    return core


def canonicalise(
    text: str, raws: list[Raw], lex: Lexicon
) -> tuple[tuple[Actor, ...], list[Mention]]:
    """Actors (in order of first mention) and mentions (in text order)."""
    # Person clusters: full names by surname.
    full: dict[str, list[str]] = {}
    for r in raws:
        if r.kind is ActorKind.PERSON and not r.known and len(r.name.split()) >= 2:
            names = full.setdefault(surname_key(r.name), [])
            if r.name not in names:
                names.append(r.name)
    single_persons = {
        surname_key(r.name)
        for r in raws
        if r.kind is ActorKind.PERSON and not r.known and len(r.name.split()) == 1
    }

    def person_id(r: Raw) -> str | None:
        key = surname_key(r.name)
        names = full.get(key, [])
        if len(r.name.split()) >= 2:
            # "Bashar Assad" and "Bashar al-Assad": the longer spelling is the id.
            same = [n for n in names if n.split()[0] == r.name.split()[0]]
            return max(same, key=len) if same else r.name
        if len(names) == 1:
            return names[0]
        if len(names) > 1:
            before = [n for n in names if text.find(n) < r.start]
            return before[-1] if before else names[0]
        if r.kind is ActorKind.PERSON or key in single_persons:
            return r.name
        return None

    accs: dict[str, _Acc] = {}
    groups_by_head: dict[str, list[str]] = {}
    mentions: list[Mention] = []
    for r in raws:
        aid: str | None
        kind = r.kind
        if r.known:
            aid = r.name
        elif kind is ActorKind.GROUP:
            aid = _group_id(r, groups_by_head)
            head = (r.core or r.name).split()[-1]
            ids = groups_by_head.setdefault(head, [])
            if aid not in ids:
                ids.append(aid)
        elif kind is ActorKind.PERSON or kind is None:
            aid = person_id(r)
            kind = ActorKind.PERSON
        else:
            aid = r.name
        if aid is None or kind is None:
            continue
        surface = text[r.start : r.end]
        acc = accs.get(aid)
        if acc is None:
            acc = accs[aid] = _Acc(kind)
        alias = r.name if kind is ActorKind.PLACE and r.known else surface
        acc.add(alias if kind is not ActorKind.GROUP else surface.lower(), r.role, r.affiliation)
        mentions.append(Mention(r.start, r.end, surface, aid))
    actors = []
    for aid, acc in accs.items():
        aliases = [a for a in acc.aliases if a != aid]
        for known in lex.aliases.get(aid, ()):
            if known not in aliases and known != aid:
                aliases.append(known)
        actors.append(Actor(aid, acc.kind, tuple(aliases), acc.role, acc.affiliation))
    return tuple(actors), mentions
