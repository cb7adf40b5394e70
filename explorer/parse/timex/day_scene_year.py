"""The year a month-day without one takes from the year that sets its sentence's scene:
"In 2021, the autumn session ended on Dec. 17" is 2021's Dec. 17, and "two years later,
lawmakers sat until Dec. 21" is the Dec. 21 two years on (months had this rule; days took
publication's year)."""

from __future__ import annotations

import re

from explorer.parse.timex.reading import Context

# "In 2021, ..." / "During 2019, ..." opening the sentence, with no sentence break since.
_OPENING_YEAR = re.compile(
    r"(?:^|[.!?][\"”’']?\s+|\n)(?:In|During)\s+(?P<y>(?:1[89]|20)\d\d),"
    r"(?!\s+(?:and|but|then|or)\b)(?P<rest>(?:[^.;!?\n]|\.(?=\s\d))*)$"
)
# Another time between the scene's year and the day (seasons are read in the scene's year:
# "In 2021, the autumn session ended on Dec. 17").
_OTHER_TIME = re.compile(
    r"\b(?:(?:1[89]|20)\d\d|year|month|week|quarter|ago|last|next|which|who|later|earlier"
    r"|will|would)\b",
    re.IGNORECASE,
)
_COORDINATED = re.compile(r",\s+(?:and|but)\s|;")
_LATER = ("later", "earlier")
_DAY_NAMED = re.compile(r"\.\s\d|[a-z]\s\d")


def scene_year_of_day(at: int, ctx: Context, future: bool, month: int, day: int) -> int | None:
    """The year of a month-day at ``at`` set by "In <year>," opening its sentence (not for
    a day told in the future) or by "<n> years later/earlier," right before it; None if
    neither. A day after another the scene named counts on from it ("In 2019, the plant
    closed on Dec. 3 and reopened on Feb. 2": 2020's)."""
    named = ctx.year_named
    if named is not None and 0 < at - named[0] <= 60:
        end, y = named
        rest = ctx.text[end:at]
        if (
            rest.startswith(",")
            and ctx.text[max(0, end - 7) : end].endswith(_LATER)
            and not _OTHER_TIME.search(rest)
            and not _COORDINATED.search(rest)
            and "." not in rest
            and y < ctx.published.year
        ):
            return y
    lo = max(0, at - 120)
    if future or "," not in ctx.text[lo:at]:  # (cheap pre-test)
        return None
    s = _OPENING_YEAR.search(ctx.text, lo, at)
    if s is None or _OTHER_TIME.search(s.group("rest")):
        return None
    y = int(s.group("y"))
    last = ctx.last_day
    if last is not None and y <= last.year <= y + 1 and _DAY_NAMED.search(s.group("rest")):
        y = last.year + ((month, day) < (last.month, last.day))
    return y if y < ctx.published.year else None
