"""'The Carter Center, one of the few observers invited, said ... The U.S.-based group said':
"the group" opening its sentence, where no organisation named before is called a group, is
the organisation opening the sentence before it (its subject); read by
nominal.definite_descriptions."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence

from explorer.model import ActorKind, Mention, Sentence

_ORGANISATION = ActorKind.ORGANISATION
_OPENERS = ("The ", "the ", "“", '"')
_THE = frozenset({"The", "the", "“The", '"The'})


def previous_subject(
    text: str,
    mentions: Sequence[Mention],
    starts: Sequence[int],
    kinds: Mapping[str, ActorKind],
    sentences: Sequence[Sentence],
    at: int,
) -> str | None:
    """The organisation opening the sentence before the one of ``at``, where the description
    at ``at`` opens its own (after "The" and a word at most); else None."""
    sent_starts = [sent.start for sent in sentences]
    i = bisect_right(sent_starts, at) - 1
    if i < 1:
        return None
    before = text[sentences[i].start : at].split()
    if not before or before[0] not in _THE or len(before) > 2:
        return None  # ("The group", "The U.S.-based group": it opens its sentence)
    prev = sentences[i - 1]
    j = bisect_left(starts, prev.start)
    if j >= len(mentions) or mentions[j].start >= prev.end:
        return None
    m = mentions[j]
    lead = text[prev.start : m.start]
    if kinds.get(m.actor_id) is not _ORGANISATION or (lead and lead not in _OPENERS):
        return None
    return m.actor_id
