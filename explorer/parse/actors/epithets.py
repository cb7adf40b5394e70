"""Epithets: wire copy's second names for an actor named before it ("Apple ... The iPhone
maker denied wrongdoing", "Saudi Arabia ... the kingdom", "Qatar ... the Gulf state").

Which actors an epithet may stand for is data (data/epithets.toml: products and the kinds
of states); "the <epithet>" is the one of them the article named before it, none if it
named two (a story on Jordan and Morocco has no one "kingdom").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from explorer.model import Actor, ActorKind, Mention
from explorer.parse.actors.data import load_toml
from explorer.parse.actors.patterns import trie_words

# Module constants: an enum member's attribute look-up costs several times a global's.
_GROUP = ActorKind.GROUP
_PERSON = ActorKind.PERSON
_PLACE = ActorKind.PLACE


@dataclass(frozen=True, slots=True)
class _Epithets:
    by_phrase: dict[str, frozenset[str]]  # an epithet to the ids it may stand for
    by_id: dict[str, tuple[str, ...]]  # an id to its epithets
    # "the" and up to two modifiers ("the oil-rich", "the tiny Pacific") right before it
    the_before: re.Pattern[str]


@cache
def _epithets() -> _Epithets:
    raw: dict[str, list[str]] = load_toml("epithets.toml")["epithets"]
    by_phrase = {p: frozenset(ids) for p, ids in raw.items()}
    by_id: dict[str, list[str]] = {}
    for p, ids in raw.items():
        for i in ids:
            by_id.setdefault(i, []).append(p)
    return _Epithets(
        by_phrase,
        {i: tuple(ps) for i, ps in by_id.items()},
        # (a count's compound too: "the 27-nation bloc", "the 11-member bloc")
        re.compile(
            r"(?<![\w’'\-])[Tt]he\s+(?:(?:[a-z][a-z\-]*|[A-Z][a-z]+|\d{1,3}-[a-z]+)\s+){0,2}\Z"
        ),
    )


@lru_cache(maxsize=64)
def _phrases_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """The epithets of ``phrases`` as words of the text (any white space between).

    The trie of :func:`trie_words` with the look-behind after each first letter instead of
    before the trie (the same matches): the regex then opens with the first letters, which
    the engine skips to in C, rather than trying the look-behind at every character.
    """
    rests: dict[str, list[str]] = {}
    for phrase in phrases:
        rests.setdefault(phrase[0], []).append(phrase[1:])
    firsts = "|".join(
        re.escape(first) + r"(?<![\w’'\-].)" + trie_words(rests[first]) for first in sorted(rests)
    )
    return re.compile(rf"(?:{firsts})(?![\w’'\-])")


# "the Gulf state of Qatar", "the kingdom's ... ": the epithet followed by "of" or a name
# names someone after it (who may be another), so it refers to no one.
_NOT_AFTER = re.compile(r"\s+(?:of|for)\s|\s+[A-Z]")


def epithet_mentions(
    text: str, actors: Sequence[Actor], mentions: Sequence[Mention], kinds: Mapping[str, ActorKind]
) -> list[Mention]:
    """Mentions for the epithets of ``text`` ("the iPhone maker", "the kingdom"): each of the
    one actor it may stand for that is named before it (``mentions`` in text order). An
    epithet overlapping a mention (other than a group's or a place's inside it: "the Gulf
    state") is none ("the United Kingdom")."""
    ep = _epithets()
    # (each actor looked up: an intersection with the dict would read all its keys)
    by_id = ep.by_id
    present = {i for a in actors if (i := a.id) in by_id}
    if not present:
        return []  # (most articles: no actor an epithet stands for)
    # The epithets of those actors each of whose words the text holds (substring tests:
    # most articles hold none, and one search for the few left; "United Nations" holds
    # "nation" but no "island").
    # (each word looked for once: the epithets share a few words, "island", "state",
    # "nation", and a word the text lacks costs a reading of all of it)
    held: dict[str, bool] = {}
    chosen: set[str] = set()
    for i in present:
        for p in ep.by_id[i]:
            for w in p.split():
                has = held.get(w)
                if has is None:
                    has = held[w] = w in text
                if not has:
                    break
            else:
                chosen.add(p)
    phrases = tuple(sorted(chosen))
    if not phrases:
        return []
    first: dict[str, int] = {}
    for m in mentions:
        if m.actor_id in present and m.actor_id not in first:
            first[m.actor_id] = m.start
    # (the bodies the actors belong to, only for an epithet naming one: "U.N. agency")
    owners = (
        {a.id: a.affiliation for a in actors if a.affiliation is not None}
        if any(p[:1].isupper() for p in phrases)
        else None
    )
    starts = [m.start for m in mentions]
    out: list[Mention] = []
    for e in _phrases_pattern(phrases).finditer(text):
        the = ep.the_before.search(text, max(0, e.start() - 40), e.start())
        if the is None or _NOT_AFTER.match(text, e.end()):
            continue
        s, end = the.start(), e.end()
        # (the words as listed: the text may break a line between them)
        phrase = ep.by_phrase[" ".join(e.group().split())]
        named = [c for c in phrase if c in first and first[c] < s]
        if len(named) != 1:
            continue
        k = bisect_left(starts, s)
        if k > 0 and mentions[k - 1].end > s:
            continue  # (inside a name)
        clash = False
        while k < len(mentions) and mentions[k].start < end:
            m = mentions[k]
            if m.end > end or (
                kinds.get(m.actor_id) not in (_GROUP, _PLACE)
                # ("The Blues said": no person "Blues", the nickname)
                and not (kinds.get(m.actor_id) is _PERSON and m.actor_id == e.group())
                # ("the U.N. agency said": the agency's own body inside the epithet)
                and not (owners is not None and owners.get(named[0]) == m.actor_id)
            ):
                clash = True  # ("the United Kingdom": a name of its own)
                break
            k += 1
        if not clash:
            out.append(Mention(s, end, text[s:end], named[0]))
    return out


# A group owned by an epithet: "The Blues' manager", "the Gunners' captain".
_EPITHET_OWNER = re.compile(r"[Tt]he ([A-Z][\w\-]*(?: [A-Z][\w\-]*)?)(?:[’']s|[’']) ")


def epithet_owned_groups(actors: Sequence[Actor], mentions: Sequence[Mention]) -> tuple[Actor, ...]:
    """``actors`` with a group named by an epithet's possessive ("The Blues' manager said",
    no club of its own) made of the one actor that epithet may stand for named before it
    ("Chelsea beat Arsenal ... The Blues' manager": Chelsea's)."""
    ep = _epithets()
    owned: dict[str, str] = {}
    for a in actors:
        if (
            a.kind is not _GROUP
            or a.affiliation is not None
            or ("’" not in a.id and "'" not in a.id)
        ):
            continue
        em = _EPITHET_OWNER.match(a.id)
        if em is not None and em.group(1) in ep.by_phrase:
            owned[a.id] = em.group(1)
    if not owned:
        return tuple(actors)
    first: dict[str, int] = {}
    for m in mentions:
        first.setdefault(m.actor_id, m.start)
    out = []
    for a in actors:
        phrase = owned.get(a.id)
        if phrase is not None:
            at = first.get(a.id, 0)
            named = [c for c in ep.by_phrase[phrase] if first.get(c, at) < at]
            if len(named) == 1:
                a = replace(a, affiliation=named[0])
        out.append(a)
    return tuple(out)
