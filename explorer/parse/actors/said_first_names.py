"""A place's or a country's one-word name as a person's first name right after an
inverted cue: '"...," said Tirana Hassan, the group's director' and "said Jordan Reyes."
name one person (no place Tirana, no speaker "Hassan"); a place or country of one word
before the one word of an unknown surname, the run ending the cue's clause."""

from __future__ import annotations

from explorer.model import ActorKind
from explorer.parse.actors.runs import Known, Name, Step

_COUNTRY = ActorKind.COUNTRY
_PLACE = ActorKind.PLACE
# The inverted cues before the name.
_CUES = ("said ", "says ", "added ", "asked ")
# What follows the name: an apposition, the sentence's end.
_AFTER = (",", ".")


def said_first_name(text: str, rs: int, plan: tuple[Step, ...]) -> tuple[Step, ...]:
    """``plan`` made one two-word name where it is such a place and surname; else
    ``plan``."""
    if len(plan) != 2 or not text.endswith(_CUES, rs - 7 if rs > 7 else 0, rs):
        return plan
    first, last = plan
    if (
        type(first) is not Known
        or type(last) is not Name
        or last.titled
        or last.words != 1
        or first.start != 0
        or last.start != first.end + 1
        or not text.startswith(_AFTER, rs + last.end)
        or (first.entry.kind is not _PLACE and first.entry.kind is not _COUNTRY)
    ):
        return plan
    word = text[rs : rs + first.end]
    if not word.isalpha() or not word[1:].islower():
        return plan
    return (Name(0, last.end, 2, False, None, None),)
