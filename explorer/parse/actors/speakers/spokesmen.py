"""Whom a spokesman, an office or a mission speaks for: "his office said", "Kulkarni's
spokesman said" (on_behalf, _behalf_referent), "A Toyota spokesman said"
(org_spokesman), "a spokesman for NASA said" (spokesman_for), and a company's
spokesperson.

Apart: these move a statement from the one who utters it to the one it is made for.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Mapping, Sequence

from explorer.model import ActorKind, Mention
from explorer.parse.actors.data import vocabulary
from explorer.parse.actors.nominal import holder_at
from explorer.parse.actors.speakers.gaps import _SIMPLE_GAP
from explorer.parse.actors.speakers.noun_spokesman import noun_owner
from explorer.parse.actors.speakers.speaker_kinds import _IT_SPEAKERS

# Module constants: an enum member's attribute look-up costs several times a global's.
_GROUP = ActorKind.GROUP
_ORGANISATION = ActorKind.ORGANISATION

# "a company spokesperson said": the company is the organisation named last, within reach.
_SPOKES_GROUPS = frozenset({"spokesman", "spokeswoman", "spokesperson"})
_COMPANY_BEFORE = ("company ", "firm ", "company's ", "company’s ")
_COMPANY_REACH = 600
# The look-behind after the "s": the pattern then opens with a literal the regex engine
# skips to in C (the same matches as with the look-behind first).
_SPOKES = re.compile(r"s(?<![\w-].)pokes(?:man|woman|person|people)\s+(?:for|of)\s+(?:the\s+)?$")
# "his office said", "Kulkarni's spokesman said": an unnamed office or spokesman speaks for
# the person (``pron`` the pronoun, else a possessive after the person's name).
_ON_BEHALF = re.compile(
    r"(?:(?<![\w-])(?P<pron>[Hh]is|[Hh]er)|(?<=\w)['’]s)\s+(?:(?:press|official|chief)\s+)?"
    r"(?:office|spokesman|spokeswoman|spokesperson)" + _SIMPLE_GAP.pattern + r"\Z"
)
_ON_BEHALF_REACH = 80
# The words one of which every match of _ON_BEHALF holds, all of _BEHALF_LEN letters.
_BEHALF_WORDS = ("office", "spokes")
_BEHALF_LEN = 6
# "A Toyota spokesman said": the organisation's spokesman (org_spokesman).
_SPOKES_WORDS = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople"})
# "the EU's observer mission said": a mission or delegation speaks for its organisation.
_ENVOY_GROUPS = (" mission", " delegation")
_OWNER_GAP = re.compile(r"(?:[’']s)?[ \u00a0]")
_FOR_GAP = re.compile(r"\s+(?:for|of)\s+(?:the\s+)?")


def on_behalf(
    text: str, sent_start: int, cue_start: int, words: Sequence[int]
) -> re.Match[str] | None:
    """ "his office", "Kulkarni's spokesman" (from its "'s") right before the cue, if any.
    ``words``: the starts of _BEHALF_WORDS in ``text`` (:func:`behalf_words`), ascending."""
    lo = cue_start - _ON_BEHALF_REACH
    if lo < sent_start:  # (a test is cheaper than a max call)
        lo = sent_start
    # The search only where one of the words lies between (most cues: none).
    at = bisect_left(words, lo)
    if at == len(words) or words[at] + _BEHALF_LEN > cue_start:
        return None
    return _ON_BEHALF.search(text, lo, cue_start)


def behalf_words(text: str) -> list[int]:
    """The starts of _BEHALF_WORDS in ``text``, ascending (a match of _ON_BEHALF holds one)."""
    out: list[int] = []
    for word in _BEHALF_WORDS:
        at = text.find(word)
        while at >= 0:
            out.append(at)
            at = text.find(word, at + 1)
    out.sort()
    return out


def _behalf_referent(
    named: Sequence[str], said: Mapping[str, str], gender: str, earlier: Callable[[], str | None]
) -> str | None:
    """The person "his office" (``gender`` "m") or "her spokesman" ("f") speaks for: of the
    persons ``named`` before it in its sentence, the one, unless the text gives them the
    other gender, or else the one of the pronoun's gender ("Lind met Ms Okafor, her office
    said"); with none named, the person a "he said" there would be (``earlier``)."""
    if not named:
        return earlier()
    people = list(dict.fromkeys(named))
    if len(people) == 1 and said.get(people[0]) in (None, gender):
        return people[0]
    matching = [p for p in people if said.get(p) == gender]
    return matching[0] if len(matching) == 1 else None


def spokesman_for(text: str, m: Mention, owner: Mention, kinds: Mapping[str, ActorKind]) -> bool:
    """Whether the group mention ``m`` is the spokesman of the organisation or country
    ``owner`` right after it ("A spokesman for NASA said", "a spokeswoman for the fund
    said"): the spokesman is then a mention of the organisation, no group of its own."""
    return (
        m.actor_id.rpartition(" ")[2] in _SPOKES_WORDS
        and kinds.get(m.actor_id) is _GROUP
        and kinds.get(owner.actor_id) in _IT_SPEAKERS
        and _FOR_GAP.fullmatch(text, m.end, owner.start) is not None
    )


def org_spokesman(text: str, owner: Mention, m: Mention, kinds: Mapping[str, ActorKind]) -> bool:
    """Whether the group mention ``m`` is the spokesman of the organisation or country
    ``owner`` right before it ("A Toyota spokesman said", "NASA's spokeswoman said"): the
    organisation then speaks (a reader filtering by it expects the statement). So does its
    mission or delegation ("The African Union's election observer mission said")."""
    return (
        (m.actor_id in _SPOKES_WORDS or m.actor_id.endswith(_ENVOY_GROUPS))
        and kinds.get(m.actor_id) is _GROUP
        and kinds.get(owner.actor_id) in _IT_SPEAKERS
        and _OWNER_GAP.fullmatch(text, owner.end, m.start) is not None
    )


def owned_spokesman(
    text: str,
    mentions: Sequence[Mention],
    kinds: Mapping[str, ActorKind],
    spokes_owner: Mapping[str, str],
    remapped: dict[int, str],
    k: int,
    who: str,
) -> str:
    """The organisation of "the spokesperson" (mention ``k``, speaker ``who``) whose
    spokesperson spoke before (``spokes_owner``: "A Downing Street spokesperson said ... The
    spokesperson said"), else ``who``; the mention remapped to it in ``remapped``."""
    owner = spokes_owner.get(who)
    if owner is not None and mentions[k].text[:4].lower() == "the ":
        remapped[k] = owner
        return owner
    at = mentions[k].start
    if who in _SPOKES_GROUPS and text.endswith(_COMPANY_BEFORE, max(0, at - 12), at):
        # "Google said ... a company spokesperson said": the organisation named last
        for j in range(k - 1, -1, -1):
            if mentions[j].end < at - _COMPANY_REACH:
                break
            if kinds.get(mentions[j].actor_id) is _ORGANISATION:
                remapped[k] = mentions[j].actor_id
                return mentions[j].actor_id
    if who.rpartition(" ")[2] in _SPOKES_GROUPS and (
        (owner := noun_owner(text, mentions, kinds, k)) is not None
    ):
        if owner:  # "A department spokeswoman said": the department named last
            remapped[k] = owner
        return owner or who
    if who.rpartition(" ")[2] in _SPOKES_GROUPS and mentions[k].text[:2].lower() == "a ":
        owner = _organisation_that_spoke(text, mentions, kinds, k)
        if owner is not None:
            # "National Grid said ... Engineers expect ..., a spokesperson said": the
            # organisation that has just spoken
            remapped[k] = owner
            return owner
    return who


_SPOKE = (" said", " says", " told", " announced", " added")
_SPOKE_REACH = 400  # characters back to the organisation's statement


def _organisation_that_spoke(
    text: str, mentions: Sequence[Mention], kinds: Mapping[str, ActorKind], k: int
) -> str | None:
    """The one organisation named in the paragraph before mention ``k`` (within
    _SPOKE_REACH characters), if a speech verb follows one of its mentions."""
    at = mentions[k].start
    lo = max(at - _SPOKE_REACH, text.rfind("\n", 0, at) + 1)
    owners: set[str] = set()
    spoke = False
    for j in range(k - 1, -1, -1):
        m = mentions[j]
        if m.start < lo:
            break
        if kinds.get(m.actor_id) is _ORGANISATION:
            owners.add(m.actor_id)
            spoke = spoke or text.startswith(_SPOKE, m.end)
    return next(iter(owners)) if spoke and len(owners) == 1 else None


# "the prime minister" right before a possessive.
_TITLE_BEFORE = re.compile(r"(?<![\w\-])[Tt]he ((?:[a-z][a-z\-]* ){0,2}[a-z][a-z\-]*)\Z")


def titled_owner(text: str, at: int, role_holders: Mapping[str, tuple[str, int, int]]) -> list[str]:
    """The person a title before the possessive at ``at`` names ("The prime minister's
    spokesman": the article's prime minister, as "the prime minister said" would be)."""
    m = _TITLE_BEFORE.search(text, max(0, at - 40), at)
    role = vocabulary().titles.get(m.group(1)) if m is not None else None
    who = holder_at(role_holders, role, at) if role else None
    return [who] if who is not None else []
