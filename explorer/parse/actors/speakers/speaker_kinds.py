"""The kinds of actors that may speak (_SPEAKERS) and that an "it said" may refer to
(_IT_SPEAKERS), as module constants.

Apart: read by several modules of the package (subjects, spokesmen, find), so at its
bottom; no rule of its own.
"""

from __future__ import annotations

from explorer.model import ActorKind

_SPEAKERS = frozenset(
    {ActorKind.PERSON, ActorKind.ORGANISATION, ActorKind.COUNTRY, ActorKind.GROUP}
)
_GROUP = ActorKind.GROUP
# An "it said" is the statement of the organisation or country that alone made the last
# statement, in the same or the previous sentence.
_IT_SPEAKERS = frozenset({ActorKind.ORGANISATION, ActorKind.COUNTRY})
