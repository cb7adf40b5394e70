"""An organisation's kind noun opening a sentence as a name ("The ANC said ... Party
Secretary-General X told reporters"): read as a name ("Party") of no organisation, it is
the organisation of that kind named just before (for "Party", the organisation named
last, as "the party" is), and the titles it gives are that one's."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from explorer.model import Actor, ActorKind, Mention
from explorer.parse.actors.nominal import _ORG_NOUNS, _kinds_by_id

# Module constants: an enum member's attribute look-up costs several times a global's.
_ORGANISATION = ActorKind.ORGANISATION

# How far back the organisation may be named (about two sentences).
_REACH = 400
# The nouns that refer to the organisation named last, whatever its name ("party": many
# parties' names lack the word).
_ANY_NAME = frozenset({"party"})
_OPENERS = frozenset('.!?"”\n')


def bare_kind_nouns(
    text: str, actors: Sequence[Actor], mentions: list[Mention]
) -> tuple[tuple[Actor, ...], list[Mention]] | None:
    """``actors`` and ``mentions`` with each such noun's mentions the organisation's, and
    the persons it gave a title the organisation's; None where none is."""
    bare = {
        a.id
        for a in actors
        if a.kind is _ORGANISATION
        and " " not in a.id
        and a.id[:1].isupper()
        and a.id.lower() in _ORG_NOUNS
    }
    if not bare:
        return None
    kinds = {a.id: a.kind for a in actors}
    moved: dict[str, set[str]] = {}
    out = list(mentions)
    for k, m in enumerate(mentions):
        if m.actor_id not in bare or not _opens(text, m.start):
            continue
        noun = m.actor_id.lower()
        for j in range(k - 1, -1, -1):
            prev = mentions[j]
            if prev.end < m.start - _REACH:
                break
            if kinds.get(prev.actor_id) is not _ORGANISATION or prev.actor_id in bare:
                continue
            if noun in _ANY_NAME or noun in _kinds_by_id(prev.actor_id, False, False):
                out[k] = Mention(m.start, m.end, m.text, prev.actor_id)
                moved.setdefault(m.actor_id, set()).add(prev.actor_id)
            break
    whole = {
        noun: next(iter(orgs))
        for noun, orgs in moved.items()
        if len(orgs) == 1 and all(m.actor_id != noun for m in out)
    }
    if not moved:
        return None
    kept = tuple(
        replace(a, affiliation=whole[a.affiliation])
        if a.affiliation is not None and a.affiliation in whole
        else a
        for a in actors
        if a.id not in whole
    )
    return kept, out


def _opens(text: str, start: int) -> bool:
    """Whether ``start`` opens its sentence."""
    before = text[max(0, start - 3) : start].rstrip()
    return not before or before[-1] in _OPENERS
