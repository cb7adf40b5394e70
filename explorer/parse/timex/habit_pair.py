"""Two weekdays sharing a plural part of day in a sentence that tells a habit: "games will
be played on Tuesday and Wednesday evenings, and at 3 p.m. on Saturdays" is every Tuesday
and Wednesday evening, not the coming two ("flooding possible on Saturday and Sunday
nights" stays two nights: nothing in its sentence recurs)."""

from __future__ import annotations

import re

from explorer.parse.timex import grammar as g
from explorer.parse.timex.reading import SET, Reading

_WD = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# "Tuesday| and Wednesday evenings": the first of the pair, its shared part of day
_PAIR_AHEAD = re.compile(
    rf",?\s+(?:and|or)\s+{_WD}\s+(?P<pod>morning|afternoon|evening|night)s\b", re.IGNORECASE
)
# Another recurrence in the sentence: "on Saturdays", "every week", "each Sunday", "weekly";
# or the weeks or months the habit runs for: "until the end of February", "through
# March", "for the rest of the season" (not a day: "until Jan. 8")
_HABIT = re.compile(
    rf"\b(?:{_WD}s\b|(?:every|each)\s+(?:week|{_WD})\b|weekly\b|twice\s+a\s+week\b"
    r"|(?:until|till|through)\s+(?:the\s+end\s+of\s+)?(?:January|February|March|April|May"
    r"|June|July|August|September|October|November|December)\b(?!\s*\d)"
    r"|for\s+the\s+rest\s+of\s+the\s+(?:season|year|winter|spring|summer|autumn)\b)",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+(?=[\"“A-Z])")
_REACH = 160  # characters searched each side for the sentence's other recurrence


def _habit_in_sentence(text: str, start: int, end: int) -> bool:
    """Whether the sentence around start..end names another recurrence."""
    lo = max(0, start - _REACH)
    for cut in _SENTENCE_END.finditer(text, lo, start):
        lo = cut.end()
    hi = min(len(text), end + _REACH)
    after = _SENTENCE_END.search(text, end, hi)
    if after is not None:
        hi = after.start()
    return _HABIT.search(text, lo, start) is not None or _HABIT.search(text, end, hi) is not None


def habit_pair_first(text: str, start: int, end: int, wd: int) -> Reading | None:
    """The first weekday of a pair sharing a plural part of day ("on Tuesday| and Wednesday
    evenings") as a recurrence when its sentence tells a habit; else None."""
    if not text.startswith((" and ", " or ", ", and ", ", or "), end):
        return None  # (cheap pre-test)
    pair = _PAIR_AHEAD.match(text, end)
    if pair is None or not _habit_in_sentence(text, start, pair.end()):
        return None
    pod = g.PARTS_OF_DAY[pair.group("pod").lower()]
    why = "every week on this day (a pair of weekdays in a sentence telling a habit)"
    return Reading(SET, f"XXXX-WXX-{wd + 1}T{pod}", why)


def habit_pair_second(text: str, start: int, end: int) -> bool:
    """Whether the second weekday of a pair ("Tuesday and |Wednesday evenings") stands in a
    sentence telling a habit, so it recurs rather than names one evening."""
    return _habit_in_sentence(text, start, end)


_PAIR_BEFORE = re.compile(rf"\b{_WD},?\s+(?:and|or)\s+$", re.IGNORECASE)


def recurs_unless_paired(found: re.Match[str], text: str) -> bool:
    """Whether a recurrence found by a clock time recurs: a plural part of day ("Tuesday
    evenings, at 7 p.m.") does, unless it ends a pair of days told once ("on Saturday and
    Sunday nights at 10 p.m." in a forecast, with no other recurrence in its sentence)."""
    at = found.start("pl2")
    if at < 0:
        return True
    if _PAIR_BEFORE.search(text, max(0, at - 16), at) is None:
        return True
    return _habit_in_sentence(text, at, found.end())
