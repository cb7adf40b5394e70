"""A weekday that is the subject of its own verb, or the word before that subject's noun,
is told of by that verb, not by the "said" around it: "Church leaders said Sunday Mass
would be held in the open air" (the Sunday to come), '"Thursday night and Friday morning
look rough," she said' (a forecast: a day's present is one still ahead, a day gone
"looked").
"""

from __future__ import annotations

import re

from explorer.parse.timex import grammar as g
from explorer.parse.timex.detect import WEEKDAY
from explorer.parse.timex.reading import Context

_POD = "|".join(sorted(g.PARTS_OF_DAY, key=len, reverse=True))
# Another weekday joined to this one ("Thursday night and Friday morning").
_AND_DAY = rf"(?:\s+(?:and|or)\s+{WEEKDAY}(?:\s+(?:{_POD}))?)?"
# The present of a day ahead: "look rough", "is the busiest day", "promises rain".
_PRESENT = (
    r"(?:looks?|is|are|remains?|promises?|brings?|seems?|appears?|will|could|should|may"
    r"|might|is\s+expected|are\s+expected|is\s+forecast|are\s+forecast)"
)
# The weekday opens its clause: the sentence's or a quotation's start, or after "and" with
# a weekday before it.
_CLAUSE_OPEN = re.compile(
    rf"(?:\A|[.!?]\s+|[\"“]\s*|\n\s*|{WEEKDAY}(?:\s+(?:{_POD}))?\s+(?:and|or)\s+)$"
)
_SUBJECT_OF_PRESENT = re.compile(rf"{_AND_DAY}\s+{_PRESENT}\b(?!\s+have\b)")
# "Sunday Mass would be held", "Friday prayers will take place": the weekday before the
# noun of something held on a day (no possessive), then a verb of what is to come. Only
# such nouns: in "said Sunday officials would ..." the weekday is the day of the saying.
_NOUN_THEN_TO_COME = re.compile(
    r"\s+(?P<noun>[A-Za-z][a-z]+)\s+"
    r"(?:will|would|is\s+(?:due|set|scheduled|expected)\s+to|are\s+(?:due|set|scheduled"
    r"|expected)\s+to)\b(?!\s+have\b)"
)
_HELD_ON_A_DAY = frozenset(
    {"mass", "masses", "service", "services", "prayers", "worship", "parade", "concert",
     "session", "sessions", "game", "games", "match", "matches", "fixture", "fixtures",
     "race", "vote", "election", "meeting", "talks", "hearing", "trial", "ceremony",
     "wedding", "funeral", "debate", "final", "deadline", "rally", "march", "market",
     "auction", "opening", "reopening", "show", "festival", "screening", "summit"}
)  # fmt: skip
# The verbs the two shapes end in: none in the next words, no test.
_CUES = (
    "will",
    "would",
    "look",
    "is ",
    "are ",
    "remain",
    "promise",
    "bring",
    "seem",
    "appear",
    "could",
    "should",
    "may ",
    "might",
)


def subject_to_come(m: re.Match[str], ctx: Context) -> bool:
    """Whether the weekday at ``m`` (its part of day included) is the subject of a present
    or future verb right after it (at its clause's start), or the word before such a
    subject's noun (see the module's examples)."""
    text = ctx.text
    window = text[m.end() : m.end() + 60]
    if not any(c in window for c in _CUES):
        return False
    held = _NOUN_THEN_TO_COME.match(text, m.end())
    if held is not None and held.group("noun").lower() in _HELD_ON_A_DAY:
        return True
    if _SUBJECT_OF_PRESENT.match(text, m.end()) is None:
        return False
    return _CLAUSE_OPEN.search(text, max(0, m.start() - 40), m.start()) is not None
