"""A listed organisation's last word standing alone: its short form ("Eli Lilly ... Lilly
said"), where it names no other actor of the article; and its members' plural ("the Social
Democrats" for the "Social Democratic Party of Germany")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from explorer.model import Actor, Mention
from explorer.parse.actors.canonical.records import _ORGANISATION, _PERSON
from explorer.parse.actors.data import vocabulary
from explorer.parse.actors.lexicon import Lexicon


def listed_short_forms(
    actors: tuple[Actor, ...], mentions: list[Mention], lex: Lexicon
) -> tuple[tuple[Actor, ...], list[Mention]]:
    """The actors and mentions with each unknown one-word organisation that is the last word
    of just one listed organisation of the article ("Lilly" for "Eli Lilly") merged into it."""
    singles = [
        a
        for a in actors
        if (
            (a.kind is _ORGANISATION and (" " not in a.id or a.id.endswith("s")))
            # (or read as a person's one name, which a founder's name looks like: "Eli
            # Lilly ... A Lilly spokeswoman said"; one with a role or an affiliation is
            # someone's: "Coach Lilly")
            or (a.kind is _PERSON and " " not in a.id and a.role is None and a.affiliation is None)
        )
        and lex.lookup(a.id) is None
    ]
    if not singles:
        return actors, mentions  # (most articles)
    by_last: dict[str, list[str]] = {}
    # ... and the first word of one whose last is an organisation's noun ("Fitch Ratings ...
    # Fitch said", as "Kestrel Mining ... Kestrel said" for unknown names)
    by_first: dict[str, list[str]] = {}
    heads = vocabulary().organisation_heads
    for a in actors:
        if a.kind is _ORGANISATION and " " in a.id and lex.lookup(a.id) is not None:
            by_last.setdefault(a.id[a.id.rfind(" ") + 1 :], []).append(a.id)
            if a.id.count(" ") == 1 and a.id[a.id.rfind(" ") + 1 :] in heads:
                by_first.setdefault(a.id[: a.id.find(" ")], []).append(a.id)
    remap = {a.id: by_last[a.id][0] for a in singles if len(by_last.get(a.id, [])) == 1}
    for a in singles:
        if a.id not in remap and a.id not in by_last and len(by_first.get(a.id, [])) == 1:
            remap[a.id] = by_first[a.id][0]
    for a in singles:
        if " " in a.id and a.id not in remap:
            # "the Social Democrats" for the "Social Democratic Party of Germany": members'
            # plural of the one listed party the article names so
            stem = a.id[:-1]
            named = [
                b.id
                for b in actors
                if b.kind is _ORGANISATION
                and b.id != a.id
                and b.id.startswith(stem)
                and lex.lookup(b.id) is not None
            ]
            if len(named) == 1:
                remap[a.id] = named[0]
    if not remap:
        return actors, mentions
    moved: dict[str, list[str]] = {}
    for a in actors:
        if a.id in remap:
            moved.setdefault(remap[a.id], []).extend((a.id, *a.aliases))
    out = tuple(
        replace(a, aliases=_joined(a.aliases, moved[a.id])) if a.id in moved else a
        for a in actors
        if a.id not in remap
    )
    return out, [
        Mention(m.start, m.end, m.text, remap[m.actor_id]) if m.actor_id in remap else m
        for m in mentions
    ]


def _joined(first: Sequence[str], more: Sequence[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys([*first, *more]))


# The spokesman groups an owner's short form may stand before ("A Lilly spokeswoman said").
_SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson"})


def short_form_owners(
    text: str, actors: tuple[Actor, ...], mentions: list[Mention], lex: Lexicon
) -> list[Mention]:
    """``mentions`` with a mention of a listed organisation of the article for its last word
    standing before its spokesman ("Eli Lilly ... A Lilly spokeswoman said": Eli Lilly's,
    which then speaks, as "A Toyota spokesman said"), where no other actor has that word."""
    spokes = [k for k, m in enumerate(mentions) if m.actor_id in _SPOKES]
    if not spokes:
        return mentions
    by_last: dict[str, list[str]] = {}
    for a in actors:
        if a.kind is _ORGANISATION and " " in a.id and lex.lookup(a.id) is not None:
            by_last.setdefault(a.id[a.id.rfind(" ") + 1 :], []).append(a.id)
    if not by_last:
        return mentions
    out = list(mentions)
    for k in reversed(spokes):
        m = mentions[k]
        at = text.rfind(" ", max(0, m.start - 30), m.start - 1) + 1
        word = text[at : m.start - 1]
        owners = by_last.get(word, [])
        if len(owners) == 1 and text[m.start - 1 : m.start] == " " and at > 0:
            if k > 0 and mentions[k - 1].end > at:
                continue  # (the word is a mention's already)
            out.insert(k, Mention(at, at + len(word), word, owners[0]))
    return out
