"""Companies whose name ends in a word that names no actor elsewhere: "Kestrel Games sued
Apple" is a games company, though "the Commonwealth Games" is no actor ("Games" is a
not-actor head, vocabulary.toml); "Bavarian Nordic, the Danish maker of the vaccine,"
a company, though "Nordic" is a stopword ("the Nordic countries"). Such a name is a
company where it does business (sues, buys, says) or a company's noun is apposed to it;
then its first word alone is it too ("Kestrel said")."""

from __future__ import annotations

import re
from bisect import insort

from explorer.model import Actor, ActorKind, Mention

# Module constants: an enum member's attribute look-up costs several times a global's.
_ORGANISATION = ActorKind.ORGANISATION
_PERSON = ActorKind.PERSON

# Words ending such names (a not-actor head, regional adjectives among the stopwords).
_HEADS = ("Games", "Nordic", "Scandinavian", "European", "Asian", "African", "Arab")
# The name is one or two capitalised words and the head (found by str.find, this matched
# right after it), then a verb of business or speech, or a company's noun apposed ("X
# Nordic, the Danish maker of ...,").
_COMPANY_DOES = re.compile(
    r"(?: (?:said|says|sued|sues|acquired|acquires|bought|buys|announced|announces|filed"
    r"|agreed|released|launched|reported)\b"
    r"|, (?:the|a|an) (?:[A-Z][a-z]+ )?(?:[a-z]+ )?(?:maker|company|firm|group|producer"
    r"|manufacturer|developer|publisher|studio|supplier)\b)"
)
_NAME_BEFORE = re.compile(r"(?<![\w’'\-])(?P<first>[A-Z][\w’'\-]+)(?: [A-Z][\w’'\-]+)? \Z")
# First words that make such a name a region's ("North African", "East Asian") or no name.
_NOT_FIRST = frozenset({"The", "A", "An", "North", "South", "East", "West", "Central", "Pan"})


def games_companies(
    text: str, actors: tuple[Actor, ...], mentions: list[Mention]
) -> tuple[tuple[Actor, ...], list[Mention]]:
    """``actors`` and ``mentions`` with each unknown "X Games" (or "X Nordic", ...) that does
    business an organisation: its every mention, and its first word alone where that is a person of
    no role ("Kestrel said": no person Kestrel)."""
    heads = [h for h in _HEADS if h in text]
    if not heads:
        return actors, mentions  # (the cheap test first: most articles name none)
    known = {a.id for a in actors}
    found: dict[str, str] = {}
    for head in heads:
        at = text.find(" " + head)
        while at >= 0:
            start, end = at + 1, at + 1 + len(head)
            at = text.find(" " + head, end)
            if _COMPANY_DOES.match(text, end) is None:
                continue
            b = _NAME_BEFORE.search(text, max(0, start - 60), start)
            if b is not None and b.group("first") not in _NOT_FIRST:
                name = text[b.start() : end]
                if name not in known:
                    found[name] = b.group("first")
    if not found:
        return actors, mentions
    out = list(mentions)
    firsts = {first: name for name, first in found.items()}
    lone = {
        a.id
        for a in actors
        if a.id in firsts and a.kind is _PERSON and a.role is None and not a.aliases
    }
    # (the first word's own mentions: now the company's)
    out = [
        Mention(m.start, m.end, m.text, firsts[m.actor_id]) if m.actor_id in lone else m
        for m in out
    ]
    taken = [(m.start, m.end) for m in out]
    for name in found:
        for nm in re.finditer(rf"(?<![\w’'\-]){re.escape(name)}(?![\w’'\-])", text):
            s, e = nm.span()
            if any(a < e and s < b for a, b in taken):
                continue  # (inside another name)
            insort(out, Mention(s, e, name, name), key=lambda m: m.start)
            taken.append((s, e))
    kept = tuple(a for a in actors if a.id not in lone)
    extra = tuple(
        Actor(name, _ORGANISATION, (first,) if first in lone else ())
        for name, first in found.items()
    )
    return kept + extra, out
