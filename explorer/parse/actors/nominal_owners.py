"""The actor a definite description refers to, by what is named around it (for
:func:`explorer.parse.actors.nominal.definite_descriptions`): the one company whose own
words show it is one, the one country of the sentence or the one before, the one of some
actors named last, the last organisation, the organisation whose spokesperson speaks of
"the company", the first organisation of a sentence."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence

from explorer.model import ActorKind, Mention, Sentence

_COUNTRY = ActorKind.COUNTRY
_ORGANISATION = ActorKind.ORGANISATION
# How far back a description looks for the actor last named (characters).
RECENT_REACH = 600


def _own_company(
    text: str,
    mentions: Sequence[Mention],
    kinds: Mapping[str, ActorKind],
    described: list[tuple[str, int, bool]],
    at: int,
) -> str | None:
    """The one company whose own words show it is one ("the TotalEnergies refinery"), if it
    is the last organisation named before ``at`` but those only a next sentence's "The
    company" describes ("... a CGT delegate told AFP. The company said": TotalEnergies;
    not Epic Games, shown by ", which", where Apple was named since)."""
    own = [c for c, first, shown in described if first < at and shown]
    if len(own) != 1:
        return None
    weak = {c for c, _, shown in described if not shown}
    for m in reversed(mentions):
        if m.start >= at or kinds.get(m.actor_id) is not _ORGANISATION:
            continue
        # (one only a next "The company" describes counts where it opens its sentence:
        # "Apple must comply by June. The company asked" is Apple's, no other's)
        if m.actor_id not in weak or _opens_sentence(text, m.start):
            return own[0] if m.actor_id == own[0] else None
    return None


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the mention at ``start`` opens its sentence ("The" aside)."""
    if text.endswith(("The ", "the "), 0, start):
        start -= 4
    before = text[max(0, start - 3) : start].rstrip()
    return not before or before[-1] in '.!?\n"”'


def _near_country(
    mentions: Sequence[Mention],
    kinds: Mapping[str, ActorKind],
    sentences: Sequence[Sentence],
    at: int,
) -> str | None:
    """The one country named before ``at`` in its sentence or the one before ("Congo
    declared an outbreak. The government said ..."), if just one; a country named further
    back may be no government's the text means (a US market story that named Britain's
    chancellor in its lead, "Conservative MPs voted against the government" a paragraph
    after France)."""
    if not sentences:
        return None
    k = bisect_right([x.start for x in sentences], at) - 1
    floor = sentences[max(0, k - 1)].start
    named = {
        m.actor_id for m in mentions if floor <= m.start < at and kinds.get(m.actor_id) is _COUNTRY
    }
    return named.pop() if len(named) == 1 else None


def _last_named(
    mentions: Sequence[Mention],
    starts: Sequence[int],
    ids: Sequence[str],
    at: int,
    reach: int = RECENT_REACH,
) -> str | None:
    """Of the actors ``ids``, the one mentioned last before ``at``, within ``reach``
    characters."""
    for j in range(bisect_left(starts, at) - 1, -1, -1):
        m = mentions[j]
        if m.end < at - reach:
            return None
        if m.actor_id in ids:
            return m.actor_id
    return None


def _last_organisation(
    mentions: Sequence[Mention], kinds: Mapping[str, ActorKind], k: int
) -> str | None:
    """The organisation of the last organisation mention before ``mentions[k]``."""
    for j in range(k - 1, -1, -1):
        if kinds.get(mentions[j].actor_id) is _ORGANISATION:
            return mentions[j].actor_id
    return None


# "X spokesperson said the company ...", "a spokesman for X told Reuters that the company":
# the words between the organisation and "the company".
_SPOKESPERSON_SAID = re.compile(
    r"(?:[’']s)?\s+(?:spokes(?:person|man|woman)|representative)\s+"
    r"(?:said|told\s+(?:[A-Z]\w*|reporters))\s+(?:that\s+)?$"
)


def _spokesperson_company(
    text: str, mentions: Sequence[Mention], kinds: Mapping[str, ActorKind], at: int
) -> str | None:
    """The organisation whose spokesperson says "the company" at ``at`` ("An SK Hynix
    spokesperson said the company was ..."): the company is theirs, whatever other
    company the article named before."""
    for m in reversed(mentions):
        if m.end > at or m.text in _SPOKES_WORDS:
            continue  # (the spokesperson's own mention, linked to the organisation)
        if at - m.end > 60 or kinds.get(m.actor_id) is not _ORGANISATION:
            return None
        return m.actor_id if _SPOKESPERSON_SAID.match(text, m.end, at) else None
    return None


_SPOKES_WORDS = frozenset({"spokesperson", "spokesman", "spokeswoman", "representative"})


def _sentence_organisation(
    mentions: Sequence[Mention],
    starts: Sequence[int],
    kinds: Mapping[str, ActorKind],
    sentences: Sequence[Sentence],
    at: int,
) -> str | None:
    """The first organisation mentioned in the sentence of ``at``, before it."""
    i = bisect_right([sent.start for sent in sentences], at) - 1
    if i < 0:
        return None
    for k in range(bisect_left(starts, sentences[i].start), bisect_left(starts, at)):
        if kinds.get(mentions[k].actor_id) is _ORGANISATION:
            return mentions[k].actor_id
    return None


# A company's shares told of around its name: "Shares in X fell", "X's shares", "X shares
# rose" (before the name, then after it).
_SHARES_BEFORE = ("Shares in ", "shares in ", "Shares of ", "shares of ", "stake in ")
_SHARES_AFTER = re.compile(
    r"(?:['’]s?\s+(?:shares|stock|share\s+price)\b"
    r"|\s+(?:shares|stock)\s+(?:rose|fell|jumped|slumped|climbed|dropped|gained|lost|closed"
    r"|slid|surged|tumbled|sank|soared|rallied|edged)\b)"
)


def traded_just_before(
    text: str,
    mentions: Sequence[Mention],
    starts: Sequence[int],
    kinds: Mapping[str, ActorKind],
    at: int,
) -> str | None:
    """The organisation named last before ``at``, in the sentence just before, if the text
    tells of its shares there ("The Halden Group said ... Shares in Varnet fell 1.2 percent.
    The company said": Varnet, not the one whose name ends in "Group")."""
    k = bisect_left(starts, at) - 1
    while k >= 0 and kinds.get(mentions[k].actor_id) is not _ORGANISATION:
        k -= 1
    if k < 0:
        return None
    m = mentions[k]
    between = text[m.end : at]
    if between.count(". ") + between.count(".\n") != 1:
        return None  # (not in the sentence just before)
    if text.endswith(_SHARES_BEFORE, max(0, m.start - 10), m.start) or _SHARES_AFTER.match(
        text, m.end
    ):
        return m.actor_id
    return None


# After a dateline's credit: "FRANKFURT, Nov 26 (Reuters) - ".
_CREDIT_END = re.compile(r"\)\s*[-–—]\s*")
# A verb after the subject: a lower-case word ("will", "cut", "plans").
_VERB_AFTER = re.compile(r"\s+(?:[a-z][\w\-]*)")


def subject_organisation(
    text: str,
    mentions: Sequence[Mention],
    starts: Sequence[int],
    kinds: Mapping[str, ActorKind],
    sentences: Sequence[Sentence],
    at: int,
) -> str | None:
    """The organisation opening the sentence of ``at`` as its subject, right before a
    lower-case verb ("Lufthansa will cut 500 jobs ..., the company said"; after a
    dateline's credit); None if the sentence opens otherwise."""
    i = bisect_right([sent.start for sent in sentences], at) - 1
    if i < 0:
        return None
    opens = sentences[i].start
    credit = _CREDIT_END.search(text, opens, min(at, opens + 100))
    if credit is not None:
        opens = credit.end()  # (after a dateline: "FRANKFURT, Nov 26 (Reuters) - ")
    k = bisect_left(starts, opens)
    if k >= len(mentions) or mentions[k].start not in (opens, opens + 4):
        return None  # (the sentence's first words, maybe after "The ")
    m = mentions[k]
    if m.start >= at or kinds.get(m.actor_id) is not _ORGANISATION:
        return None
    return m.actor_id if _VERB_AFTER.match(text, m.end) else None
