"""'Arsenal and Benfica agreed a fee ... The player will sign on Friday, Arsenal said in a
statement. "We are delighted," the club said': of several organisations of the kind a
description names ("the club", "the bank", "the party"), the one its own sentence opens
with where the description opens a reported clause ("Chelsea said in a statement that the
club would appeal"), else the one the sentence before (in the same paragraph) opens with
or has speak ("..., Arsenal said"); read by nominal.definite_descriptions where more than
one of that kind was named before the description."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Mapping, Sequence

from explorer.model import ActorKind, Mention, Sentence

_ORGANISATION = ActorKind.ORGANISATION
_QUOTE_OPENERS = ('"', "“")
# What a description opening a reported clause follows: "said (that) the club would",
# "told reporters that the bank must" (not "control of the company", "sale of the company").
_CLAUSE_BEFORE = re.compile(r"(?:\bthat|\bsaid|\bsays|\btold \w+)\s+$")
# A speech cue right after a name ("Arsenal said in a statement").
_CUE_AFTER = re.compile(r"\s+(?:said|says|told|added|announced)\b")


def _speaks_or_opens(
    text: str,
    start: int,
    here: Sequence[Mention],
    kinds: Mapping[str, ActorKind],
    ids: Collection[str],
) -> str | None:
    """The one of ``ids`` among the mentions ``here`` (of the sentence at ``start``) that
    opens the sentence as its first organisation and the one of them it names, at most
    three words and no comma before it ("Last week Control Data reported", "The cycling
    team Astana Kira hired"; not "The Dallas oil and gas concern said ... from its lender,
    National Canada Corp."), or that a speech cue follows; None where none or two are."""
    orgs = [m for m in here if kinds.get(m.actor_id) is _ORGANISATION]
    named = {m.actor_id for m in orgs if m.actor_id in ids}
    found = {
        m.actor_id
        for k, m in enumerate(orgs)
        if m.actor_id in named
        and (
            # (the opener only where it is the one of them named: not "Arsenal and Chelsea
            # both bid")
            (
                k == 0
                and len(named) == 1
                and "," not in (lead := text[start : m.start])
                and len(lead.split()) <= 3
            )
            or _CUE_AFTER.match(text, m.end)
        )
    }
    return next(iter(found)) if len(found) == 1 else None


def one_named_nearby(
    text: str,
    mentions: Sequence[Mention],
    starts: Sequence[int],
    ids: Collection[str],
    kinds: Mapping[str, ActorKind],
    sentences: Sequence[Sentence],
    at: int,
) -> str | None:
    """The one of ``ids`` the sentence of ``at`` opens with where the description at ``at``
    opens a reported clause (none named in a quotation opening the sentence counts: '"Arsenal
    and Benfica have agreed," the club said'), else, where the sentence names none of them
    before ``at``, the one of them the sentence before (same paragraph) opens with or has
    speak; None where none or several are."""
    i = bisect_right([sent.start for sent in sentences], at) - 1
    if i < 0:
        return None
    sent = sentences[i]
    if not text.startswith(_QUOTE_OPENERS, sent.start):
        here = mentions[bisect_left(starts, sent.start) : bisect_left(starts, at)]
        orgs = [m.actor_id for m in here if kinds.get(m.actor_id) is _ORGANISATION]
        if orgs and orgs[0] in ids and _CLAUSE_BEFORE.search(text, max(0, at - 30), at):
            return orgs[0]  # ("Chelsea said in a statement that the club would")
        if any(c in ids for c in orgs):
            return None  # ("The AIADMK walked out after BJP leaders ... the party called")
    if i < 1 or "\n" in text[sentences[i - 1].end : sent.start]:
        return None
    prev = sentences[i - 1]
    before = mentions[bisect_left(starts, prev.start) : bisect_left(starts, prev.end)]
    return _speaks_or_opens(text, prev.start, before, kinds, ids)
