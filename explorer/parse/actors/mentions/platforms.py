"""The social network X by the words around its one letter: "in a post on X", "wrote on
X", "Elon Musk's X", "X, formerly Twitter" (a letter alone is no person: "on X, the
governor thanked crews" was a governor "X")."""

from __future__ import annotations

import re

from explorer.model import ActorKind
from explorer.parse.actors.mentions.raw import Raw

_X = re.compile(
    r"(?:(?<=\bon )|(?<=\bOn )|(?<=['’]s )|(?<=\bto )|(?<=\bvia ))X(?![\w&\-’'])(?!\.\w)"
    r"|\bX(?=,? \(?formerly (?:known as )?Twitter)"
)


def platform_names(text: str) -> list[Raw]:
    """The mentions of the social network X in ``text`` (see the module's doc)."""
    if " X" not in text:
        return []  # (the cheap test first)
    return [Raw(m.start(), m.end(), ActorKind.ORGANISATION, "X", True) for m in _X.finditer(text)]
