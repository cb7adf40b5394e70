"""A comma before a cue that closes where the subject is from, no inverted cue: "The
Underwood family of Toledo, Ohio, said their father, Ray Underwood-Fisk, fell ill" is the
family's statement (not Ray Underwood-Fisk's, as '"...," said their father, X' would be)."""

from __future__ import annotations

from collections.abc import Sequence

from explorer.model import ActorKind, Mention
from explorer.parse.actors.speakers.speaker_kinds import _SPEAKERS

_PLACES = frozenset({ActorKind.PLACE, ActorKind.COUNTRY})
# The preposition before the place ("of Toledo, Ohio,", "from Lagos, Nigeria,").
_FROM = (" of ", " from ", " in ")
_REACH = 40  # the town before the state: a few capitalised words
_AGE_REACH = 6  # ", 34," between the subject and the preposition


def place_apposed(
    text: str,
    lead_end: int,
    mentions: Sequence[Mention],
    kinds: dict[str, ActorKind],
    before: Sequence[int],
    sent_start: int = 0,
) -> str | None:
    """The subject's actor when the comma ending at ``lead_end`` closes "of <Town>, <State>," or "of
    <Place>," right after a subject: ``before`` are the indexes of the sentence's mentions
    before the cue, in order; the last one the place, an earlier one the subject. None
    if it closes no such phrase, or where the subject stands in a relative clause ("The
    union, which represents nurses in Leeds, said": no nurses)."""
    if len(before) < 2:
        return None
    place = mentions[before[-1]]
    if place.end != lead_end - 1 or kinds.get(place.actor_id) not in _PLACES:
        return None
    at = place.start
    if not text.endswith(_FROM, 0, at):
        # "of Toledo, Ohio,": the town, then a comma, before the state
        if not text.endswith(", ", 0, at):
            return None
        town = text.rfind(" ", max(0, at - _REACH), at - 2)
        if town < 0:
            return None
        words = text[town + 1 : at - 2].split()
        if not words or not all(w[:1].isupper() for w in words):
            return None
        at = town + 1
        # (a capitalised run of two or three words: "of Cedar Rapids, Iowa,")
        for _ in range(3):
            if text.endswith(_FROM, 0, at):
                break
            back = text.rfind(" ", max(0, at - _REACH), at - 1)
            if back < 0 or not text[back + 1 : at][:1].isupper():
                return None
            at = back + 1
        else:
            return None
    # The subject right before the preposition (an age between: "Maria Lopez, 34, of");
    # a mention of the town itself is passed over.
    prep = text.rfind(" ", 0, at - 1)
    for i in range(len(before) - 2, -1, -1):
        m = mentions[before[i]]
        if m.start >= at:
            continue
        # (the sentence's first name: not "X, a professor at Y University in Beijing, said")
        if (
            i == 0
            and prep - _AGE_REACH <= m.end <= prep
            and kinds.get(m.actor_id) in _SPEAKERS
            and text.find(", wh", sent_start, m.start) < 0
        ):
            return m.actor_id
        return None
    return None
