"""Merge mention candidates into canonical actors.

Persons: a surname-only mention ("Assad", "Mr Kerry") links to the full name of the article
with that surname ("Bashar al-Assad"). Generic groups: "That activist" links to an earlier
"the activist"; "the source" to "a military source".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from explorer.model import Actor, ActorKind, Mention
from explorer.parse.actors.lexicon import Lexicon
from explorer.parse.actors.mentions import Raw
from explorer.parse.actors.people import find_person, people
from explorer.parse.actors.surnames import first_key, surname_key

_INDEFINITE = frozenset({"a", "an", "one", "another"})
_DEFINITE = frozenset({"the", "that", "this"})
_NOT_PROMOTED = frozenset({ActorKind.PERSON, ActorKind.GROUP})
# Last words of company and club names, whose first word alone names them ("Halvorsen").
_COMPANY_HEADS = frozenset(
    {
        *("Group", "Inc", "Corp", "Co", "Ltd", "Limited", "PLC", "Plc", "LLC", "AG", "SA"),
        *("NV", "Holdings", "Investments", "Capital", "Partners", "Energy", "Resources"),
        *("Airlines", "Airways", "Motors", "Technologies", "Industries", "Pharmaceuticals"),
        *("Securities", "Insurance", "Bank", "United", "FC", "Hotspur", "Rovers", "Wanderers"),
    }
)
_AFFILIATION_KINDS = frozenset({ActorKind.COUNTRY, ActorKind.ORGANISATION})
# "the Federal Emergency Management Agency (FEMA)": an abbreviation introduced in brackets.
_ABBREVIATION = re.compile(r"\(\s*(?:the\s+)?([A-Z][A-Za-z&]{1,7})\s*\)")


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


def _promote(r: Raw, in_lower_case: dict[str, bool], text: str) -> Raw:
    """A listed person's name is a person, whatever its context suggested; a bare surname
    only where the context does not say otherwise: not "in Austin", and as a sentence's
    first word only if the article never writes it in lower case ("Ban on ..." / "ban")."""
    if r.known or r.kind is ActorKind.PERSON or r.kind is ActorKind.GROUP:
        return r
    hit = find_person(r.name)
    if hit is None:
        return r
    if hit.bare and r.kind is ActorKind.PLACE:
        return r
    if hit.bare and r.kind is None and r.initial:
        word = r.name.lower()
        if word not in in_lower_case:
            in_lower_case[word] = _lower_word(word).search(text) is not None
        if in_lower_case[word]:
            return r
    return replace(r, kind=ActorKind.PERSON)


@lru_cache(maxsize=1024)
def _lower_word(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")


class _Listing:
    """Article person ids -> listed people (well-known public figures)."""

    def __init__(self, full: dict[str, list[str]]) -> None:
        self.by_first: dict[str, list[str]] = {}
        self.by_surname = full
        self.named: dict[str, str] = {}  # listed person named in full -> the article's name
        for names in full.values():
            for n in names:
                self.by_first.setdefault(first_key(n), []).append(n)
                hit = find_person(n)
                if hit is not None and not hit.bare:
                    self.named.setdefault(hit.actor.id, n)
        self.persons: dict[str, Actor] = {}  # canonical id -> listed person
        self._ids: dict[str, str] = {}

    def id(self, aid: str) -> str:
        """The listed person's name for an article's person id, else the id itself.

        A bare surname is the listed person's only if the article names nobody else with
        that surname ("Anna Merkel" in the text: "Merkel" is Anna Merkel). A surname of several
        listed people ("Kim") is the one of them the article names in full."""
        found = self._ids.get(aid)
        if found is None:
            person = self._find(aid)
            found = aid if person is None else person.id
            if person is not None:
                self.persons[found] = person
            self._ids[aid] = found
        return found

    def _find(self, aid: str) -> Actor | None:
        hit = find_person(aid)
        if hit is not None:
            return hit.actor if not (hit.bare and self._named_otherwise(aid, hit.actor)) else None
        if " " in aid:
            return None
        owners = people().owners.get(surname_key(aid), frozenset())
        named = [pid for pid in owners if pid in self.named]
        if len(named) != 1:
            return None
        other = find_person(self.named[named[0]])
        if other is None or self._named_otherwise(aid, other.actor):
            return None
        return other.actor

    def _named_otherwise(self, surname: str, person: Actor) -> bool:
        key = surname_key(surname)
        for n in (*self.by_surname.get(key, ()), *self.by_first.get(key, ())):
            other = find_person(n)
            if other is None or other.actor.id != person.id:
                return True
        return False


def canonicalise(
    text: str, raws: list[Raw], lex: Lexicon
) -> tuple[tuple[Actor, ...], list[Mention]]:
    """Actors (in order of first mention) and mentions (in text order)."""
    in_lower_case: dict[str, bool] = {}  # word -> written in lower case in the text
    # One pass over the candidates (listed people promoted to persons first) for: person
    # clusters (full names by surname), surnames of one-word persons, names written only as
    # a sentence's first words ("Late Okafor goal sends ...": a capitalised opener may have
    # joined the name), and unknown organisations by their first word ("Halvorsen" for
    # "Halvorsen Energy Group").
    full: dict[str, list[str]] = {}
    single_persons: set[str] = set()
    initial_names: set[str] = set()
    other_names: set[str] = set()
    org_firsts: set[str] = set()
    promoted: list[Raw] = []
    for r in raws:
        if not r.known and r.kind not in _NOT_PROMOTED:
            r = _promote(r, in_lower_case, text)
        promoted.append(r)
        name = r.name
        if r.initial:
            initial_names.add(name)
        else:
            other_names.add(name)
        if r.known:
            continue
        if r.kind is ActorKind.PERSON:
            n_words = len(name.split())
            if n_words >= 2:
                names = full.setdefault(surname_key(name), [])
                if name not in names:
                    names.append(name)
            elif n_words == 1:
                single_persons.add(surname_key(name))
        elif r.kind is ActorKind.ORGANISATION and " " in name:
            words = name.split()
            if words[-1] in _COMPANY_HEADS:
                org_firsts.add(words[0])
    raws = promoted
    only_initial = initial_names - other_names

    def person_id(r: Raw) -> str | None:
        key = surname_key(r.name)
        names = full.get(key, [])
        if len(r.name.split()) >= 2:
            # "Bashar Assad" and "Bashar al-Assad": the longer spelling is the id.
            same = [n for n in names if n.split()[0] == r.name.split()[0]]
            if same == [r.name] and r.name in only_initial:
                others = [n for n in names if n not in only_initial]
                if len(others) == 1:
                    return others[0]
            return max(same, key=len) if same else r.name
        if len(names) == 1:
            return names[0]
        if len(names) > 1:
            before = [n for n in names if text.find(n) < r.start]
            return before[-1] if before else names[0]
        if r.kind is ActorKind.PERSON or key in single_persons:
            return r.name
        return None

    listed = _Listing(full)
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
        elif kind is None and r.name in org_firsts and surname_key(r.name) not in full:
            aid, kind = r.name, ActorKind.ORGANISATION
        elif kind is ActorKind.PERSON or kind is None:
            aid = person_id(r)
            kind = ActorKind.PERSON
            if aid is not None:
                aid = listed.id(aid)
        else:
            aid = r.name
        if aid is None or kind is None:
            continue
        surface = text[r.start : r.end]
        acc = accs.get(aid)
        if acc is None:
            acc = accs[aid] = _Acc(kind, [])
        if kind is ActorKind.GROUP:
            alias = surface.lower()
        elif kind is ActorKind.PLACE and r.known:
            alias = r.name
        else:
            alias = surface
        # acc.add(alias, r.role, r.affiliation), inlined
        if alias not in acc.aliases:
            acc.aliases.append(alias)
        acc.role = acc.role or r.role
        acc.affiliation = acc.affiliation or r.affiliation
        mentions.append(Mention(r.start, r.end, surface, aid))
    _merge_aliases(text, mentions, accs, known={r.name for r in raws if r.known})
    actors = []
    for aid, acc in accs.items():
        aliases = [a for a in acc.aliases if a != aid]
        person = listed.persons.get(aid)
        known_aliases = person.aliases if person is not None else lex.aliases.get(aid, ())
        for known in known_aliases:
            if known not in aliases and known != aid:
                aliases.append(known)
        role, affiliation = acc.role, acc.affiliation
        if affiliation is not None and affiliation not in accs and lex.lookup(affiliation) is None:
            affiliation = None  # an owner that is no country or organisation ("X's lawyer")
        elif (
            affiliation is not None
            and affiliation in accs
            and accs[affiliation].kind not in _AFFILIATION_KINDS
        ):
            affiliation = None
        if person is not None:  # the text's role and affiliation win over the listed ones
            role, affiliation = role or person.role, affiliation or person.affiliation
        actors.append(Actor(aid, acc.kind, tuple(aliases), role, affiliation))
    return tuple(actors), mentions


def _merge_aliases(
    text: str, mentions: list[Mention], accs: dict[str, _Acc], known: set[str]
) -> None:
    """Merge, in place, the names of one organisation: an abbreviation introduced in
    brackets ("the World Food Programme (WFP)") and a short form of an organisation's name
    ("Halvorsen" for "Halvorsen Energy Group")."""
    remap: dict[str, str] = {}
    by_start: dict[int, int] | None = None
    for m in _ABBREVIATION.finditer(text):
        if by_start is None:
            by_start = {x.start: i for i, x in enumerate(mentions)}
        idx = by_start.get(m.start(1), 0)
        if idx == 0:
            continue
        a, b = mentions[idx - 1], mentions[idx]
        if a.actor_id == b.actor_id or b.end != m.end(1) or m.start() - a.end > 1:
            continue
        long, short = accs.get(a.actor_id), accs.get(b.actor_id)
        if long is None or short is None or long.kind in (ActorKind.PLACE, ActorKind.GROUP):
            continue
        if b.text[:1].upper() != a.actor_id[:1].upper() and b.text[:1] != a.text[:1]:
            continue
        if a.actor_id in known and b.actor_id in known:
            continue
        if b.actor_id in known:
            remap[a.actor_id] = b.actor_id
        else:
            remap[b.actor_id] = a.actor_id
    unknown_orgs = [
        aid
        for aid, acc in accs.items()
        if acc.kind is ActorKind.ORGANISATION and aid not in known and " " in aid
    ]
    firsts = {o.split(" ", 1)[0] for o in unknown_orgs}
    for aid, acc in accs.items() if firsts else ():
        if aid.split(" ", 1)[0] not in firsts or aid in known or aid in remap:
            continue
        if acc.kind is ActorKind.GROUP:
            continue
        words = aid.split()
        longer = {
            o
            for o in unknown_orgs
            if o != aid
            and o.split()[: len(words)] == words
            and o not in remap
            and (len(words) > 1 or o.split()[-1] in _COMPANY_HEADS)
        }
        if longer:
            # The longest name that all the others are short forms of.
            best = max(longer, key=len)
            if all(best.split()[: len(o.split())] == o.split() for o in longer):
                remap[aid] = best
    if not remap:
        return
    for k, v in list(remap.items()):
        seen = {k}
        while v in remap and v not in seen:
            seen.add(v)
            v = remap[v]
        remap[k] = v
    for i, mention in enumerate(mentions):
        target = remap.get(mention.actor_id)
        if target is not None:
            mentions[i] = Mention(mention.start, mention.end, mention.text, target)
    for old, new in remap.items():
        gone = accs.pop(old, None)
        if gone is None or new not in accs:
            continue
        dest = accs[new]
        if old not in dest.aliases:
            dest.aliases.append(old)
        for alias in gone.aliases:
            dest.add(alias, None, None)
        if dest.kind is ActorKind.PERSON:
            dest.kind = ActorKind.ORGANISATION
        dest.affiliation = dest.affiliation or gone.affiliation
    for acc in accs.values():
        if acc.affiliation in remap:
            acc.affiliation = remap[acc.affiliation]
