"""A listed organisation's last word standing alone: its short form ("Eli Lilly ... Lilly
said"), where it names no other actor of the article."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from explorer.model import Actor, ActorKind, Mention
from explorer.parse.actors.lexicon import Lexicon


def listed_short_forms(
    actors: tuple[Actor, ...], mentions: list[Mention], lex: Lexicon
) -> tuple[tuple[Actor, ...], list[Mention]]:
    """The actors and mentions with each unknown one-word organisation that is the last word
    of just one listed organisation of the article ("Lilly" for "Eli Lilly") merged into it."""
    singles = [
        a
        for a in actors
        if a.kind is ActorKind.ORGANISATION and " " not in a.id and lex.lookup(a.id) is None
    ]
    if not singles:
        return actors, mentions  # (most articles)
    by_last: dict[str, list[str]] = {}
    for a in actors:
        if a.kind is ActorKind.ORGANISATION and " " in a.id and lex.lookup(a.id) is not None:
            by_last.setdefault(a.id[a.id.rfind(" ") + 1 :], []).append(a.id)
    remap = {a.id: by_last[a.id][0] for a in singles if len(by_last.get(a.id, [])) == 1}
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
