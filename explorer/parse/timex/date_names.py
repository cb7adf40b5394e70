"""Weekdays and holidays that are part of a name or a title, not dates: "Council member Ada
Sunday", "said Denise Sunday, a shelter manager", "the blockbuster Independence Day",
"the November Singers"."""

from __future__ import annotations

import re

from explorer.parse.timex import grammar as g

# A job and a Capitalised name, or "Mr", right before a weekday make it a surname ("Council
# member Ada Sunday", "its chief executive, Jonas Tuesday,"); a work or a business before a
# holiday or a weekday makes it a title ("the blockbuster Independence Day", "watching
# \"Independence Day\"", "the restaurant chain Tuesday's").
_SURNAME_BEFORE = re.compile(
    # (the job in lower case: "Defense Minister Gantz Sunday warned" is a title and a day)
    r"\b(?:"
    + "|".join(sorted(g.NAME_BEFORE_JOBS))
    + r"),?\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][a-z]+\s+$|\b(?:Mr|Mrs|Ms|Dr)\.?\s+$"
)
_TITLE_BEFORE = re.compile(
    r"\b(?i:" + "|".join(sorted(g.TITLE_BEFORE_NOUNS)) + r"),?\s+[\"“]?$"
    # (what one watches is a title only in quotes: "watched Sunday's final" is a day)
    r"|\b(?i:watching|watched|watch)\s+[\"“]$"
)


_NAME_HEAD_AFTER = re.compile(r" (?P<w>[A-Z][a-z]+)\b")
# The last word of a street's name: a month right before it is the name's ("April Lane").
_STREET_NOUNS = frozenset(
    {"Street", "Road", "Avenue", "Lane", "Drive", "Crescent", "Terrace", "Boulevard",
     "Gardens", "Square", "Close", "Mews"}
)  # fmt: skip


def names_a_thing(text: str, start: int, end: int) -> bool:
    """Whether a date after "the" (or opening with it) is followed by a Capitalised noun of
    ``NAME_HEAD_NOUNS``, which makes it a name ("the November Singers", "the Ninth of May
    Foundation"; "the November jobs report", "the December Fed meeting" stay dates)."""
    if text[end : end + 1] != " " or not text[end + 1 : end + 2].isupper():
        return False  # (cheap pre-test)
    w = _NAME_HEAD_AFTER.match(text, end)
    if w is None:
        return False
    if w.group("w") in _STREET_NOUNS and text[start:end].isalpha():
        return True  # "at his home on April Lane", "June Road": a street, with or without "the"
    if w.group("w") not in g.NAME_HEAD_NOUNS:
        return False
    return "the " in (text[start : start + 4].lower(), text[max(0, start - 4) : start].lower())


# A speaker's name ending in a weekday, described after it: "said Denise Sunday, a shelter
# manager", "according to Tom Friday, who ..." (not "said Monday, the ...": no name).
_SPEAKER_BEFORE = re.compile(r"\b(?:said|says|according\s+to)\s+[A-Z][a-z]+\s+$")
_DESCRIBED_AFTER = re.compile(r",\s+(?:a|an|the|who|whose)\s")


def is_name_not_date(text: str, start: int, weekday: bool) -> bool:
    """Whether the weekday (``weekday``) or holiday starting at ``start`` is part of a
    person's name or a title (see ``_SURNAME_BEFORE``, ``_TITLE_BEFORE``,
    ``_SPEAKER_BEFORE``)."""
    lo = max(0, start - 40)
    if _TITLE_BEFORE.search(text, lo, start) is not None:
        return True
    if not weekday:
        return False
    if _SURNAME_BEFORE.search(text, lo, start) is not None:
        return True
    after = text.find(",", start, start + 10)  # (cheap pre-test: a comma right after it)
    return (
        after > 0
        and _DESCRIBED_AFTER.match(text, after) is not None
        and _SPEAKER_BEFORE.search(text, lo, start) is not None
    )
