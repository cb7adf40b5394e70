"""The body a person leads, said in a relative clause after the name: "X, who leads the
Social Democrats," is of the Social Democrats ("X, the party's leader," is found by its
title; this clause gives none)."""

from __future__ import annotations

import re
from bisect import bisect_left

from explorer.model import Mention
from explorer.parse.actors.canonical.records import _ORGANISATION, _PERSON, _START, _Acc

# The verbs of leading, after "who" (an adverb between: "who now leads", "who also chairs").
_LEADS = ("who leads", "who heads", "who chairs", "who runs", "who now ", "who also ")
_LEADS_RE = re.compile("who (?:leads|heads|chairs|runs|now |also )")  # (one scan)
# From the name's end to the organisation's name (an age between: "X, 61, who leads"): the
# verb, then "the" and lower-case words ("the more moderate CFDT").
_CLAUSE = re.compile(
    r"(?:,\s+\d{1,3})?,\s+who\s+(?:now\s+|also\s+|currently\s+)?(?P<verb>leads|heads|chairs|runs)\s+"
    r"(?:the\s+)?(?:[a-z][\w\-]*\s+){0,3}"
)
_ROLES = {"leads": "leader", "heads": "head", "chairs": "chair", "runs": "head"}
_REACH = 80  # characters from the name's end to the organisation's start


def affiliate_leaders(text: str, mentions: list[Mention], accs: dict[str, _Acc]) -> None:
    """Give a person of no affiliation the organisation a "who leads" clause after one of
    their mentions names (and the role of leading, if they have none)."""
    if _LEADS_RE.search(text) is None:
        return  # (the clause is rare: most texts stop here)
    for i, m in enumerate(mentions):
        if not text.startswith(",", m.end):
            continue
        acc = accs.get(m.actor_id)
        if acc is None or acc.kind is not _PERSON or acc.affiliation is not None:
            continue
        j = bisect_left(mentions, m.end + 1, lo=i + 1, key=_START)
        if j >= len(mentions) or mentions[j].start - m.end > _REACH:
            continue
        org = mentions[j]
        owner = accs.get(org.actor_id)
        if owner is None or owner.kind is not _ORGANISATION:
            continue
        clause = _CLAUSE.fullmatch(text, m.end, org.start)
        if clause is None:
            continue
        acc.affiliation = org.actor_id
        acc.role = acc.role or _ROLES[clause.group("verb")]


# "X, the ruling party's candidate," and "the ruling party's candidate, X,": the party is
# the one the text calls ruling by its name ("the ruling Jubilee Party").
_RULING_AFTER = re.compile(r",\s+the\s+ruling\s+party[’']s\s")
_RULING_BEFORE = re.compile(
    r"the\s+ruling\s+party[’']s\s+(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*,?\s+$"
)


def affiliate_ruling_party(text: str, mentions: list[Mention], accs: dict[str, _Acc]) -> None:
    """Give a person of no affiliation called "the ruling party's candidate" (after or
    before their name) the one organisation the text names after "ruling"."""
    if "ruling party" not in text or (
        "ruling party’s" not in text and "ruling party's" not in text
    ):
        return  # (one scan of the text for most texts, which have neither)
    ruling = {
        m.actor_id
        for m in mentions
        if text.endswith("ruling ", 0, m.start)
        and (acc := accs.get(m.actor_id)) is not None
        and acc.kind is _ORGANISATION
    }
    if len(ruling) != 1:
        return
    (party,) = ruling
    for m in mentions:
        acc = accs.get(m.actor_id)
        if acc is None or acc.kind is not _PERSON or acc.affiliation is not None:
            continue
        if _RULING_AFTER.match(text, m.end) or _RULING_BEFORE.search(
            text, m.start - 60 if m.start > 60 else 0, m.start
        ):
            acc.affiliation = party
