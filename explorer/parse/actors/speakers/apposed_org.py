"""The organisation named after its owner's description, after "according to": "according to
the European Union's naval force, EUNAVFOR Atalanta" (the speaker was the owner, the
European Union; the naval force is the speaker), also after a noun's possessive ("according
to the bloc's naval mission, X": had no speaker)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from explorer.model import ActorKind, Mention

_ORGANISATION = ActorKind.ORGANISATION
_OWNERS = (ActorKind.COUNTRY, ActorKind.ORGANISATION)
# The owner's possessive, one to three lower-case words (the description), a comma and
# maybe "the": "'s naval force, ", "'s maritime regulator, the ".
_DESCRIBED = re.compile(r"[’']s\s+(?:[a-z][a-z\-]*\s+){0,2}[a-z][a-z\-]*,\s+(?:the\s+)?")


def apposed_org(
    text: str, mentions: Sequence[Mention], kinds: Mapping[str, ActorKind], first: int, second: int
) -> bool:
    """Whether mention ``second`` is an organisation set after mention ``first`` (a country
    or an organisation), its possessive and a description, and before the clause's end."""
    owner, owned = mentions[first], mentions[second]
    if kinds.get(owned.actor_id) is not _ORGANISATION or kinds.get(owner.actor_id) not in _OWNERS:
        return False
    if _DESCRIBED.fullmatch(text, owner.end, owned.start) is None:
        return False
    return text[owned.end : owned.end + 1] in (".", ",", ";", ")", "")


# "according to the bloc's naval mission, ": an owner in lower case, its description.
_NOUN_DESCRIBED = re.compile(
    r"\s+the\s+[a-z]+[’']s\s+(?:[a-z][a-z\-]*\s+){0,2}[a-z][a-z\-]*,\s+(?:the\s+)?"
)


def described_org(text: str, cue_end: int, owned: Mention, kind: ActorKind | None) -> bool:
    """Whether the organisation ``owned`` follows "according to" (ending at ``cue_end``)
    and an owner's noun and description ("the bloc's naval mission, "), before the
    clause's end."""
    return (
        kind is _ORGANISATION
        and _NOUN_DESCRIBED.fullmatch(text, cue_end, owned.start) is not None
        and text[owned.end : owned.end + 1] in (".", ",", ";", ")", "")
    )
