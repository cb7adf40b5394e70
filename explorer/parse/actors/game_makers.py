"""Companies whose name ends in a word that names no actor elsewhere: "Kestrel Games sued
Apple" is a games company, though "the Commonwealth Games" is no actor ("Games" is a
not-actor head, vocabulary.toml). Such a name is a company where it does business (sues,
buys, says); then its first word alone is it too ("Kestrel said")."""

from __future__ import annotations

import re
from bisect import insort

from explorer.model import Actor, ActorKind, Mention

# The name (one or two capitalised words and the head), then a verb of business or speech.
_COMPANY_DOES = re.compile(
    r"(?<![\w’'\-])(?P<name>(?P<first>[A-Z][\w’'\-]+)(?: [A-Z][\w’'\-]+)? Games)"
    r"(?= (?:said|says|sued|sues|acquired|acquires|bought|buys|announced|announces|filed"
    r"|agreed|released|launched|reported)\b)"
)


def games_companies(
    text: str, actors: tuple[Actor, ...], mentions: list[Mention]
) -> tuple[tuple[Actor, ...], list[Mention]]:
    """``actors`` and ``mentions`` with each unknown "X Games" that does business an
    organisation: its every mention, and its first word alone where that is a person of
    no role ("Kestrel said": no person Kestrel)."""
    if " Games " not in text:
        return actors, mentions  # (the cheap test first: most articles name none)
    known = {a.id for a in actors}
    found = {
        m.group("name"): m.group("first")
        for m in _COMPANY_DOES.finditer(text)
        if m.group("name") not in known and m.group("first") not in ("The", "A")
    }
    if not found:
        return actors, mentions
    out = list(mentions)
    firsts = {first: name for name, first in found.items()}
    lone = {
        a.id
        for a in actors
        if a.id in firsts and a.kind is ActorKind.PERSON and a.role is None and not a.aliases
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
        Actor(name, ActorKind.ORGANISATION, (first,) if first in lone else ())
        for name, first in found.items()
    )
    return kept + extra, out
