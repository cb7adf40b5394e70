"""A season counted back or on from the one named before it: "Last winter, 3,100 people
were admitted. The winter before, the figures were 2,600" is the winter before last
winter, not last winter again ("the summer after" likewise the one after), as "the year
before" counts from the year named before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from explorer.model import Timex, TimexType
from explorer.parse.timex.calendar import value_range

_THE_SEASON = re.compile(r"[Tt]he\s+(?:spring|summer|autumn|fall|winter)")
# "before" or "after" ending its phrase: "The winter before, ...", "the summer after.", "The
# summer before was wet" (not "the winter before the election").
_BEFORE_AFTER = re.compile(
    r"\s+(?P<w>before|after)(?=\s*[,.;:!?)]|\s*$|\s+(?:was|were|had|saw|brought)\b)"
)
_SEASON_VALUE = re.compile(r"(?P<y>\d{4})-(?P<s>SP|SU|FA|WI)")
_REACH = 400  # characters back to the season named before


def seasons_before(text: str, found: Sequence[Timex]) -> tuple[Timex, ...]:
    """``found`` with each "the <season> before/after" counted from the same season named
    before it (its text then takes in "before" or "after")."""
    out = list(found)
    for i, t in enumerate(out):
        if t.type is not TimexType.DATE or not _THE_SEASON.fullmatch(t.text):
            continue  # (cheap pre-test)
        word = _BEFORE_AFTER.match(text, t.end)
        own = _SEASON_VALUE.fullmatch(t.value)
        if word is None or own is None:
            continue
        named = next(
            (
                v
                for p in reversed(out[:i])
                if t.start - p.end <= _REACH
                and (v := _SEASON_VALUE.fullmatch(p.value)) is not None
                and v.group("s") == own.group("s")
            ),
            None,
        )
        if named is None:
            continue
        y = int(named.group("y")) + (1 if word.group("w") == "after" else -1)
        value = f"{y:04d}-{own.group('s')}"
        surface = text[t.start : word.end()]
        why = f"{surface} → {value}: the season {word.group('w')} the one named ({named.group()})"
        out[i] = replace(
            t, end=word.end(), text=surface, value=value, explanation=why, range=value_range(value)
        )
    return tuple(out)
