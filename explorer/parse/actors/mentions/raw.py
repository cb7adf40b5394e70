"""The mention candidate (:class:`Raw`) the scan emits, and :func:`is_initial`, whether a
name opens its sentence, which every part of the scan asks."""

from __future__ import annotations

from dataclasses import dataclass

from explorer.model import ActorKind
from explorer.parse.actors.mentions.tables import _ENDERS, _INITIAL_SKIP, _NOT_INSIDE, _OPENERS

_DASHES = frozenset("-—–")


@dataclass(slots=True)
class Raw:
    start: int
    end: int
    kind: ActorKind | None  # None: an unknown name, kept only if it links to a person
    name: str  # actor id (known) or surface name (unknown)
    known: bool = False
    role: str | None = None
    affiliation: str | None = None
    det: str | None = None  # groups: the determiner
    core: str | None = None  # groups: modifiers + head, lower case
    initial: bool = False  # first word of its sentence
    guessed: bool = False  # a person by the look of the name alone (no title, no verb)
    club: str | None = None  # a listed club's one-word form standing alone: the club's name
    chamber: bool = False  # "the Senate", "the House": a chamber (of the article's country)


def is_initial(text: str, start: int) -> bool:
    """True if nothing but opening punctuation stands between ``start`` and a sentence start."""
    if start > 1 and text[start - 1] == " " and text[start - 2] not in _NOT_INSIDE:
        return False  # the usual case: "... word Name"
    lo = start - 16 if start > 16 else 0
    head = text[lo:start].rstrip(_INITIAL_SKIP)
    if head:
        last = head[-1]
        # (or a dateline's bracket before its dash: "LEEDS (Reuters) - Substitute X")
        return last in _ENDERS or (
            last == ")" and not _DASHES.isdisjoint(text[lo + len(head) : start])
        )
    if lo == 0:
        return True
    i = start - 1
    while i >= 0 and (text[i] in " \t\u00a0" or text[i] in _OPENERS):
        i -= 1
    return i < 0 or text[i] in _ENDERS
