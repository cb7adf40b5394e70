"""An office named by its owner and title ("Hungary's prime minister", "Westpac's chief
economist") is the one person of the article who holds it, named before or after (of
several, the one named before it); an organisation's unnamed spokesman makes it speak
(spokesman_owners); a person named after a demonym is of its country
(demonym_nationals); a country's title standing alone ("Hungary's prime minister vetoed")
is the one person holding it (country_titles)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from itertools import pairwise

from explorer.model import Actor, ActorKind, Mention
from explorer.parse.actors.countries import countries
from explorer.parse.actors.data import vocabulary
from explorer.parse.actors.services import spokesman_service

# Module constants: an enum member's attribute look-up costs several times a global's.
_COUNTRY = ActorKind.COUNTRY
_GROUP = ActorKind.GROUP
_ORGANISATION = ActorKind.ORGANISATION
_PERSON = ActorKind.PERSON

Offices = tuple[tuple[Actor, ...], list[Mention], dict[str, str]]

# The words news uses for whoever heads an organisation ("the UN chief", "the WHO boss"),
# and the roles that head one.
_HEAD_WORDS = frozenset({"chief", "head", "boss", "leader"})
_HEAD_ROLES = frozenset(
    {"secretary-general", "director-general", "director general", "secretary general"}
    | {"president", "chairman", "chairwoman", "chair", "chief executive", "executive director"}
    | {"head", "chief", "leader", "director", "commissioner", "governor"}
    # ("the Canadian leader said": the one head of its government or state named)
    | {"prime minister", "premier", "chancellor", "king", "queen", "emir", "taoiseach"}
)


def offices_held(actors: tuple[Actor, ...], mentions: list[Mention]) -> Offices:
    """``actors`` and ``mentions`` with each group that is an owner's title (a role and an
    affiliation: "Hungary's prime minister") replaced by the one person of the article with
    that role and affiliation ("Hungarian Prime Minister Viktor Orban"), and the groups so
    replaced, to the person; unchanged where none or several hold it."""
    offices = [
        a for a in actors if a.kind is _GROUP and a.role is not None and a.affiliation is not None
    ]
    if not offices:
        return actors, mentions, {}
    holders: dict[tuple[str, str], list[str]] = {}
    for a in actors:
        if a.kind is _PERSON and a.role is not None and a.affiliation is not None:
            holders.setdefault((a.role, a.affiliation), []).append(a.id)
    held: dict[str, str] = {}
    several: dict[str, list[str]] = {}  # an office several persons hold -> them
    for office in offices:
        assert office.role is not None and office.affiliation is not None
        persons = holders.get((office.role, office.affiliation), [])
        if not persons:
            # "SPD co-leader X ... The SPD leader said": a co-holder holds the office
            persons = holders.get((f"co-{office.role}", office.affiliation), [])
        if not persons and office.role in _HEAD_WORDS:
            # "The UN chief said" after "UN Secretary-General X": the one head of it
            persons = [
                pid
                for (role, aff), ids in holders.items()
                if aff == office.affiliation and role in _HEAD_ROLES
                for pid in ids
            ]
        if len(persons) == 1:
            held[office.id] = persons[0]
        elif persons:
            several[office.id] = persons
    if not held and not several:
        return actors, mentions, held
    out = [
        m if m.actor_id not in held else Mention(m.start, m.end, m.text, held[m.actor_id])
        for m in mentions
    ]
    if several:
        out = _nearest_holders(out, several, held)
    used = {m.actor_id for m in out} if several else set()
    kept = tuple(a for a in actors if a.id not in held and (a.id not in several or a.id in used))
    return kept, out, held


def _nearest_holders(
    mentions: list[Mention], several: dict[str, list[str]], held: dict[str, str]
) -> list[Mention]:
    """The mentions with each of an office several persons hold ("The Conservative leader
    said" after "Conservative Leader X", before "The party's House leader, Y,") made the
    one holder named before it, if just one is; an office all of whose mentions are so made
    joins ``held``, to that holder, if one."""
    named_so_far: set[str] = set()
    out: list[Mention] = []
    left: set[str] = set()
    got: dict[str, set[str]] = {}
    for m in mentions:
        persons = several.get(m.actor_id)
        if persons is None:
            named_so_far.add(m.actor_id)
            out.append(m)
            continue
        named = [p for p in persons if p in named_so_far]
        if len(named) != 1:
            left.add(m.actor_id)
            out.append(m)
            continue
        who = named[0]
        got.setdefault(m.actor_id, set()).add(who)
        out.append(Mention(m.start, m.end, m.text, who))
    for office, whom in got.items():
        if office not in left and len(whom) == 1:
            held[office] = next(iter(whom))
    return out


_SPOKES_ROLES = frozenset({"spokesman", "spokeswoman", "spokesperson"})


def spokesman_owners(actors: tuple[Actor, ...]) -> tuple[dict[str, str], tuple[Actor, ...]]:
    """The groups that are an organisation's unnamed spokesman by a word of its name ("A
    Commission spokesman said" after "the European Commission"), to the organisation: it
    speaks, as "A Toyota spokesman said" makes Toyota speak; so does a country's service
    ("a spokesman for China's foreign ministry": the Chinese Foreign Ministry, as "China's
    foreign ministry said"), with the services so named not yet actors."""
    kinds = {a.id: a.kind for a in actors}
    owners: dict[str, str] = {}
    added: dict[str, Actor] = {}
    for a in actors:
        if a.kind is not _GROUP or a.role not in _SPOKES_ROLES or a.affiliation is None:
            continue
        owner = kinds.get(a.affiliation)
        if (
            owner is _ORGANISATION
            and a.id.endswith(f" {a.role}")
            and a.id[:1].isupper()
            and " " not in a.id[: -len(a.role) - 1]
        ):
            owners[a.id] = a.affiliation
        elif owner is _COUNTRY and (service := spokesman_service(a.id, a.affiliation)) is not None:
            owners[a.id] = service
            if service not in kinds:
                added[service] = Actor(service, _ORGANISATION, (), None, a.affiliation)
    return owners, tuple(added.values())


@cache
def _demonym_words() -> frozenset[str]:
    """The countries' demonyms of one word ("American", "Norwegian")."""
    return frozenset(d for c in countries() for d in c.demonyms if " " not in d)


def demonym_nationals(
    text: str, actors: tuple[Actor, ...], mentions: Sequence[Mention]
) -> tuple[Actor, ...] | None:
    """``actors`` with each person of no affiliation named right after a country's demonym
    ("American Cole Hocker-Reed took silver", as "Kenya's X" and "French striker X") made
    that country's; None if none is."""
    demonyms = _demonym_words()
    # (the positions first, the kinds only for the few such pairs)
    pairs = [
        (prev, m)
        for prev, m in pairwise(mentions)
        if prev.end + 1 == m.start and prev.text in demonyms and text[prev.end] == " "
    ]
    if not pairs:
        return None
    kinds = {a.id: a.kind for a in actors}
    found: dict[str, str] = {}
    for prev, m in pairs:
        if kinds.get(m.actor_id) is _PERSON and kinds.get(prev.actor_id) is _COUNTRY:
            found.setdefault(m.actor_id, prev.actor_id)
    if not found:
        return None
    return tuple(
        replace(a, affiliation=found[a.id]) if a.id in found and a.affiliation is None else a
        for a in actors
    )


# "Hungary's prime minister" (also capitalised): a country's possessive, then a title of up
# to _TITLE_WORDS words.
_POSSESSIVES = ("'s ", "’s ")
_APOSTROPHES = "'’"  # (their first characters)
_TITLE_WORDS = 3
# What follows such a title where it stands alone: a verb or an adverb (not a preposition
# that goes on with the title, a comma or a name).
_TITLE_ENDS = re.compile(r" (?!(?:to|in|of|for|at|and|from|on\s+behalf)\b)[a-z]")
# The offices only a country has, which a person of no affiliation may hold.
_STATE_ROLES = frozenset(
    {"president", "prime minister", "king", "queen", "chancellor", "premier", "emir"}
    | {"public protector", "ombudsman", "attorney general", "foreign minister", "taoiseach"}
)


def title_after(text: str, at: int, titles: dict[str, str]) -> tuple[str | None, int]:
    """The longest title of up to _TITLE_WORDS words at ``at`` (after a possessive) and
    where it ends; (None, ``at``) if none."""
    words = text[at : at + 60].split(None, _TITLE_WORDS)[:_TITLE_WORDS]
    for n in range(len(words), 0, -1):
        title = " ".join(words[:n]).lower().rstrip(".,;:")
        if title in titles and words[n - 1][-1:].isalpha():
            return titles[title], text.index(words[n - 1], at) + len(words[n - 1])
    return None, at


def country_titles(
    text: str, actors: tuple[Actor, ...], mentions: list[Mention]
) -> tuple[tuple[Actor, ...], list[Mention]] | None:
    """``actors`` and ``mentions`` with each country's title ("South Africa's Public
    Protector on Tuesday found", "Hungary's prime minister vetoed") a mention of the one
    person of the article with that role (named before or after: "Public Protector X"), of
    that country or of none (then made the country's); not where the person's name follows
    in apposition ("Kenya's president, X,": their own mention). None if none is."""
    # (the apostrophe first: a one-character slice costs less than the tuple's test, and
    # most mentions are followed by none)
    owners = [
        k
        for k, m in enumerate(mentions)
        if text[m.end : m.end + 1] in _APOSTROPHES and text.startswith(_POSSESSIVES, m.end)
    ]
    if not owners:
        return None
    kinds = {a.id: a.kind for a in actors}
    titles = vocabulary().titles
    found: dict[int, tuple[int, str, str]] = {}  # mention index -> (end, person, country)
    by_role: dict[str, list[Actor]] | None = None
    for k in owners:
        m = mentions[k]
        if kinds.get(m.actor_id) is not _COUNTRY:
            continue
        role, end = title_after(text, m.end + 3, titles)
        if role is None:
            continue
        if by_role is None:
            by_role = {}
            for a in actors:
                if a.kind is _PERSON and a.role is not None:
                    by_role.setdefault(a.role, []).append(a)
        holders = [
            a
            for a in by_role.get(role, ())
            if a.affiliation == m.actor_id
            # (a holder of none only of a country's office: not a club's "President X")
            or (a.affiliation is None and (role in _STATE_ROLES or role.endswith(" minister")))
        ]
        if len(holders) != 1:
            continue
        if not _TITLE_ENDS.match(text, end):
            # ("Kenya's president, X,", "Iran's ambassador to the IAEA, X,", "Oman's Foreign
            # Minister Sayyid X": the person's own name follows)
            continue
        found[k] = (end, holders[0].id, m.actor_id)
    if not found:
        return None
    out: list[Mention] = []
    for k, m in enumerate(mentions):
        out.append(m)  # (the country's own mention stays: "South Africa" of "South Africa's")
        if k in found:
            end, pid, _ = found[k]
            at = m.end + 3
            out.append(Mention(at, end, text[at:end], pid))
    owned = {pid: country for _, pid, country in found.values()}
    kept = tuple(
        replace(a, affiliation=owned[a.id]) if a.id in owned and a.affiliation is None else a
        for a in actors
    )
    return kept, out
