"""The records canonicalise builds and reads: the actor being gathered (_Acc), Mention and
Actor made without their dataclass __init__ (_mention, _actor), the binary search of a
mention by its start, and the actor kinds as module constants.

Apart from the rules: every other module of the package reads these, and they hold no
rule of what names what.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, fields
from operator import attrgetter

from explorer.model import Actor, ActorKind, Mention

# Module constants for the kinds tested once or twice per candidate: a global name is
# found faster than an enum member (a class attribute lookup).
_PERSON = ActorKind.PERSON
_GROUP = ActorKind.GROUP
_PLACE = ActorKind.PLACE
_ORGANISATION = ActorKind.ORGANISATION
_COUNTRY = ActorKind.COUNTRY
_START = attrgetter("start")


# A frozen dataclass's __init__ sets each field through object.__setattr__, a generic call
# that costs more than all the rest of making the object; the descriptors of its slots set
# them at half the cost. canonicalise makes a Mention per mention and an Actor per actor:
# made so (_mention, _actor), the same objects as Mention(...) and Actor(...) make.
_MENTION_FIELDS = ("start", "end", "text", "actor_id")
_ACTOR_FIELDS = ("id", "kind", "aliases", "role", "affiliation")
if tuple(f.name for f in fields(Mention)) != _MENTION_FIELDS or (
    tuple(f.name for f in fields(Actor)) != _ACTOR_FIELDS
):
    raise TypeError("canonical.records._mention/_actor: the fields of Mention or Actor changed")
_new = object.__new__
_M_START, _M_END, _M_TEXT, _M_ACTOR_ID = (getattr(Mention, f).__set__ for f in _MENTION_FIELDS)
_A_ID, _A_KIND, _A_ALIASES, _A_ROLE, _A_AFFILIATION = (
    getattr(Actor, f).__set__ for f in _ACTOR_FIELDS
)


# What _mention calls, for a loop to make its mentions inline (canonicalise: one a name).
_MENTION_MAKERS = (_new, _M_START, _M_END, _M_TEXT, _M_ACTOR_ID)
# What _actor calls, for canonicalise to make its actors inline (one an actor of the text).
_ACTOR_MAKERS = (_new, _A_ID, _A_KIND, _A_ALIASES, _A_ROLE, _A_AFFILIATION)


def _mention(start: int, end: int, text: str, actor_id: str) -> Mention:
    """Mention(start, end, text, actor_id), made faster."""
    m: Mention = _new(Mention)
    _M_START(m, start)
    _M_END(m, end)
    _M_TEXT(m, text)
    _M_ACTOR_ID(m, actor_id)
    return m


def _actor(
    aid: str, kind: ActorKind, aliases: tuple[str, ...], role: str | None, affiliation: str | None
) -> Actor:
    """Actor(aid, kind, aliases, role, affiliation), made faster."""
    a: Actor = _new(Actor)
    _A_ID(a, aid)
    _A_KIND(a, kind)
    _A_ALIASES(a, aliases)
    _A_ROLE(a, role)
    _A_AFFILIATION(a, affiliation)
    return a


@dataclass(slots=True)
class _Acc:
    kind: ActorKind
    aliases: list[str]
    role: str | None = None
    affiliation: str | None = None

    def add(self, surface: str, role: str | None, affiliation: str | None) -> None:
        if surface not in self.aliases:
            self.aliases.append(surface)
        self.role = self.role or role
        self.affiliation = self.affiliation or affiliation


def _mention_at(mentions: list[Mention], start: int) -> int:
    """The index of the last of ``mentions`` (in text order) that starts at ``start``; 0 if
    none does (as for the first: no mention before it). A binary search: most texts need
    only a few lookups, too few to index every mention."""
    i = bisect_right(mentions, start, key=_START) - 1
    return i if i > 0 and mentions[i].start == start else 0
