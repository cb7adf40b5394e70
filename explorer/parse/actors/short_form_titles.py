"""A title owned by an organisation's short form: "A Halvern spokeswoman, Dana X," and
"Leerink analyst David Y" are Halvern Pharmaceuticals' spokeswoman and Leerink Partners'
analyst, as the full names' owners are ("A Halvern Pharmaceuticals spokeswoman, X,"); so is
a body's last word alone ("A Commission spokesman, Z," after the European Commission).
Read by actors.analyse_actors once the short forms are merged into their organisations."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from explorer.model import Actor, ActorKind, Mention

_PERSON = ActorKind.PERSON
_ORGANISATION = ActorKind.ORGANISATION
_REACH = 80  # the owner and the title right before the name
# The last words of a body's name that stand for it alone, capitalised, before a title: "A
# Commission spokesman, X," (the European Commission), "a Ministry official, Y,".
_BODY_HEADS = frozenset(
    {"Commission", "Council", "Ministry", "Agency", "Authority", "Parliament", "Department"}
)


def short_form_titles(
    text: str, actors: tuple[Actor, ...], mentions: Sequence[Mention]
) -> tuple[Actor, ...] | None:
    """``actors`` with the organisation for each titled person of none whose first mention
    follows "<organisation's name or alias> <title> " or "... <title>, "; None if none."""
    titled = {a.id for a in actors if a.kind is _PERSON and a.role and a.affiliation is None}
    if not titled:
        return None
    names: list[tuple[str, str]] = []  # (name or alias, organisation), the longer first
    heads: dict[str, str | None] = {}  # a body's last word: the one organisation it ends
    for a in actors:
        if a.kind is _ORGANISATION:
            names.extend((n, a.id) for n in (a.id, *a.aliases) if n[:1].isupper())
            head = a.id.rpartition(" ")[2]
            if head in _BODY_HEADS and head != a.id:
                heads[head] = a.id if heads.get(head, a.id) == a.id else None
    # ("A Commission spokesman, X," after the European Commission: its one body so named)
    names.extend((head, org) for head, org in heads.items() if org is not None)
    if not names:
        return None
    names.sort(key=lambda p: -len(p[0]))
    roles = {a.id: a.role for a in actors if a.id in titled}
    owners: dict[str, str] = {}
    for m in mentions:
        if m.actor_id not in titled or m.actor_id in owners:
            continue
        titled.discard(m.actor_id)  # (the first mention only)
        role = roles[m.actor_id] or ""
        before = text[max(0, m.start - _REACH) : m.start]
        tail = before[-len(role) - 3 :].lower()
        if tail.endswith(f" {role}, "):
            end = len(before) - len(role) - 3
        elif tail.endswith(f" {role} "):
            end = len(before) - len(role) - 2
        else:
            continue
        for name, org in names:
            at = end - len(name)
            if at < 0 or not before.startswith(name, at) or (at and before[at - 1] != " "):
                continue
            # (a capitalised word opening the sentence may be a common noun: "Music attorney
            # X" names no Universal Music Group; the full name or initials only there)
            if name == org or name.isupper() or not _opens_sentence(before, at):
                owners[m.actor_id] = org
                break
    if not owners:
        return None
    return tuple(replace(a, affiliation=owners[a.id]) if a.id in owners else a for a in actors)


def _opens_sentence(before: str, at: int) -> bool:
    """Whether ``before[at:]`` opens a sentence (or the text seen)."""
    head = before[:at].rstrip(" ")
    return not head or head[-1] in '.!?\n"”'
