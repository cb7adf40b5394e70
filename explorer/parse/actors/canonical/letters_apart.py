"""A text's own organisation before a listed one's letters in brackets: "the International
Transport Workers' Federation (ITF)" is no International Tennis Federation."""

from __future__ import annotations


def _stems(name: str) -> set[str]:
    """The first five letters of the capitalised words of ``name``, lower-cased, without a
    possessive ("Workers'" -> "worke"): spelling variants meet ("Organisation",
    "Organization"; "Palestinian", "Palestine")."""
    return {w.lower().rstrip("'\u2019")[:5] for w in name.split() if w[:1].isupper()}


def named_apart(name: str, listed: str) -> bool:
    """Whether the text's organisation ``name`` before the bracketed letters of the
    ``listed`` organisation names another body: two of its capitalised words or more are
    none of the listed name's, and the listed name has a word it lacks ("International
    Transport Workers' Federation" / "International Tennis Federation"); a variant of the
    listed name ("Atomic Energy Agency" for IAEA, "Palestinian Liberation Organisation"
    for PLO) is not."""
    mine, theirs = _stems(name), _stems(listed)
    return len(mine - theirs) >= 2 and bool(theirs - mine)
