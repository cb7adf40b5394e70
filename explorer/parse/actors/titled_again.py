"""A person's role named again with "the" and the title alone ("said X, a Nigerian
virologist ... The virologist said", "Defence Minister General X ... the general said"):
the one person of that role named shortly before.

The titles a reader names by "the" alone in any story ("the president", "the minister")
are the role holders' of :func:`explorer.parse.actors.nominal.definite_descriptions`; these
are the others (a profession, a rank), whose "the" reaches only a few sentences back.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache

from explorer.model import Actor, ActorKind, Mention
from explorer.parse.actors.data import vocabulary
from explorer.parse.actors.nominal import _held_titles as held_titles

_COUNTRY = ActorKind.COUNTRY
_GROUP = ActorKind.GROUP
_ORGANISATION = ActorKind.ORGANISATION
_PERSON = ActorKind.PERSON

# How far before "the <title>" its person's mention may end (about three sentences).
_REACH = 600


@cache
def _titles() -> dict[str, str]:
    """The titles "the" may open to their role, but those of role holders."""
    held = held_titles()
    return {t: r for t, r in vocabulary().titles.items() if r and t not in held and "." not in t}


def _capitalised(title: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in title.split())


def titled_again(
    text: str,
    actors: Sequence[Actor],
    mentions: Sequence[Mention],
    kinds: Mapping[str, ActorKind],
) -> list[Mention]:
    """Mentions of the person for the group mentions "the <title>" (of no role holder's
    title) whose role, or the capitalised title right before whose name, is that title:
    where exactly one such person is named in the ``_REACH`` before it."""
    titles = _titles()
    # (the groups first, from the kinds: far fewer than the mentions, and most texts have
    # no such group)
    groups = {
        i for i, k in kinds.items() if k is _GROUP and i.startswith("the ") and i[4:] in titles
    }
    if not groups:
        return []
    wanted = [m for m in mentions if m.actor_id in groups]
    roles = {a.id: a.role for a in actors if a.kind is _PERSON}
    out: list[Mention] = []
    for g in wanted:
        title = g.actor_id[4:]
        role = titles[title]
        ending = " " + role
        before = _capitalised(title) + " "
        near = {
            m.actor_id
            for m in mentions
            if g.start - _REACH <= m.end <= g.start
            and m.actor_id in roles
            and (
                (r := roles[m.actor_id]) == role
                or (r is not None and r.endswith(ending))
                or text.endswith(before, 0, m.start)
            )
        }
        if len(near) == 1:
            out.append(Mention(g.start, g.end, g.text, near.pop()))
    return out


def titled_speakers(
    text: str, actors: tuple[Actor, ...], mentions: list[Mention]
) -> tuple[tuple[Actor, ...], list[Mention], dict[str, str]]:
    """``actors`` and ``mentions`` with the groups "the <title>" that speak ("..., the
    general said": made from the speech cue) given to their person, as
    :func:`titled_again`, where each mention of such a group is that one person's; and
    the groups so renamed (group id -> person)."""
    kinds = {a.id: a.kind for a in actors}
    again = titled_again(text, actors, mentions, kinds)
    if not again:
        return actors, mentions, {}
    at = {(m.start, m.end): m.actor_id for m in again}
    groups = {m.actor_id for m in mentions if (m.start, m.end) in at}
    whose: dict[str, set[str]] = {}
    for m in mentions:
        if m.actor_id in groups:  # (each mention's person; "" for one of nobody)
            whose.setdefault(m.actor_id, set()).add(at.get((m.start, m.end), ""))
    renamed = {g: ids.pop() for g, ids in whose.items() if len(ids) == 1 and "" not in ids}
    if not renamed:
        return actors, mentions, {}
    out = [
        m if m.actor_id not in renamed else Mention(m.start, m.end, m.text, renamed[m.actor_id])
        for m in mentions
    ]
    return tuple(a for a in actors if a.id not in renamed), out, renamed


# "The party's president said": an organisation's noun, its possessive, then a title.
_OWNER_NOUNS = (
    "party", "company", "group", "union", "bank", "club", "firm", "agency", "movement",
    "alliance", "coalition", "federation", "association", "charity", "collective",
)  # fmt: skip
# What comes before "'s " in "the <organisation's noun>'s <title> said" (the "T" or "t" and
# the start of the word tested after), then the title and the cue after the mark.
_OWNED_BEFORE = tuple(f"he {noun}" for noun in _OWNER_NOUNS)
_OWNED_AFTER = re.compile(
    r"['’]s (?P<title>[a-z][\w\- ]{1,40}?)"
    r"(?=,?\s+(?:also\s+)?(?:said|says|told|added|wrote|insisted)\b)"
)


def owned_title_phrases(text: str) -> list[tuple[int, int, str]]:
    """The phrases "he <organisation's noun>'s <title>" before a speech cue, in order, as
    (start of "he", end, title): found from the possessive marks, which ``str.find`` finds
    in C (the literal "he " a regex would open with is in every "the")."""
    found: list[tuple[int, int, str]] = []
    for mark in ("'s ", "’s "):
        at = text.find(mark)
        while at >= 0:
            if (
                text.endswith(_OWNED_BEFORE, 0, at)
                and (m := _OWNED_AFTER.match(text, at)) is not None
            ):
                start = at - next(len(b) for b in _OWNED_BEFORE if text.endswith(b, 0, at))
                found.append((start, m.end(), m["title"]))
            at = text.find(mark, at + 3)
    found.sort()
    return found


def owned_titles_again(
    text: str,
    actors: Sequence[Actor],
    mentions: Sequence[Mention],
    kinds: Mapping[str, ActorKind],
) -> list[Mention]:
    """Mentions of the person for "the <organisation's noun>'s <title>" before a speech cue
    and with no name after it ("Morena's president, X, ... The party's president said"):
    the one person of that role in an organisation named in the ``_REACH`` before it."""
    holders: dict[str, list[str]] = {}
    for a in actors:
        if a.kind is _PERSON and a.role and kinds.get(a.affiliation or "") is _ORGANISATION:
            holders.setdefault(a.role, []).append(a.id)
    if not holders:
        return []  # (the cheap tests first: most texts hold no such officer, nor phrase)
    titles = vocabulary().titles
    out: list[Mention] = []
    for h, e, title in owned_title_phrases(text):
        s = h - 1
        if (
            s < 0
            or text[s] not in "Tt"
            or (s > 0 and (text[s - 1].isalnum() or text[s - 1] == "-"))
        ):
            continue
        role = titles.get(title)
        if role is None or role not in holders:
            continue
        ids = set(holders[role])
        near = {x.actor_id for x in mentions if s - _REACH <= x.end <= s and x.actor_id in ids}
        if len(near) == 1 and not any(s <= x.start < e for x in mentions):
            out.append(Mention(s, e, text[s:e], near.pop()))
    return out


# "The Nigerian specialist said": a demonym, up to three lower-case words, a cue (opening
# with its literal "he ", which the regex engine finds fast).
_DEMONYM_NOUN = re.compile(
    r"he (?P<adj>[A-Z][a-z]+) (?:[a-z][\w\-]* ){0,2}(?P<noun>[a-z][\w\-]*)"
    r"(?=,?\s+(?:also\s+)?(?:said|says|told|added)\b)"
)


def demonym_described_again(
    text: str,
    actors: Sequence[Actor],
    mentions: Sequence[Mention],
    kinds: Mapping[str, ActorKind],
) -> list[Mention]:
    """Mentions of the person for "The <demonym> <noun> said" ("said X, an infectious
    disease specialist ... The Nigerian specialist said"): the one person whose role ends
    in the noun named in the ``_REACH`` before it, the demonym a country's mention."""
    roles = {a.id: a.role for a in actors if a.kind is _PERSON and a.role}
    if not roles:
        return []  # (the cheap test first: most texts' persons have no role)
    out: list[Mention] = []
    for m in _DEMONYM_NOUN.finditer(text):
        s, e = m.start() - 1, m.end()
        if s < 0 or text[s] not in "Tt" or (s > 0 and not text[s - 1].isspace()):
            continue
        a0, a1 = m.span("adj")
        if not any(
            x.start == a0 and x.end == a1 and kinds.get(x.actor_id) is _COUNTRY for x in mentions
        ):
            continue  # (no demonym: "The Interior ministry said")
        noun = m["noun"]
        ending = " " + noun
        near = {
            x.actor_id
            for x in mentions
            if s - _REACH <= x.end <= s
            and (r := roles.get(x.actor_id)) is not None
            and (r == noun or r.endswith(ending))
        }
        if len(near) == 1:
            out.append(Mention(s, e, text[s:e], near.pop()))
    return out
