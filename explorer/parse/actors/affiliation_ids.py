"""An affiliation written as another name of an actor of the article is that actor's id:
"The Christian Democrats' general secretary, X," is the general secretary of the
Christian Democratic Union (named "CDU" and "Christian Democrats" too), as the table and
a filter by actor show it, not of a "Christian Democrats" no actor is."""

from __future__ import annotations

from dataclasses import replace

from explorer.model import Actor


def affiliation_ids(actors: tuple[Actor, ...]) -> tuple[Actor, ...] | None:
    """``actors`` with each affiliation that is no actor's id but one actor's alias
    replaced by that actor's id; None if there is none."""
    ids = {a.id for a in actors}
    # (a name of several words: a one-word alias may be a merge's stretch, "Democrats" of
    # the Liberal Democrats where "Democrat X" is of the US party)
    stray = {
        a.affiliation
        for a in actors
        if a.affiliation and " " in a.affiliation and a.affiliation not in ids
    }
    if not stray:
        return None  # (most articles)
    owner: dict[str, str | None] = {}
    for a in actors:
        for alias in a.aliases:
            if alias in stray:
                owner[alias] = a.id if owner.get(alias, a.id) == a.id else None
    found = {alias: aid for alias, aid in owner.items() if aid is not None}
    if not found:
        return None
    return tuple(
        replace(a, affiliation=found[a.affiliation])
        if a.affiliation is not None and a.affiliation in found
        else a
        for a in actors
    )
