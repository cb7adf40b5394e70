"""A month in a "when" clause after a season of a year: "19 days in the winter of 2019-20,
when a warm spell in January melted the lower runs" is January 2020, "the summer of 2018,
when the river dried up in August" August 2018 (was publication's year). A winter opens in
December: its January to June are of the year after."""

from __future__ import annotations

import re

from explorer.parse.timex.reading import Context

_SEASON_WHEN = re.compile(
    r"\bthe\s+(?P<s>winter|spring|summer|autumn|fall)\s+of\s+(?P<y>(?:1[89]|20)\d\d)"
    r"(?:[-–/]\d\d(?:\d\d)?)?,\s+when\s+(?P<rest>[^.;!?\n]*)$",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_REACH = 120  # characters back to the season


def season_when_year(at: int, ctx: Context, month: int) -> int | None:
    """The year of a month at ``at`` inside ", when ..." right after "the <season> of
    <year>", with no other year between; None otherwise."""
    if ", when " not in ctx.text[max(0, at - _REACH) : at]:
        return None  # (cheap pre-test)
    s = _SEASON_WHEN.search(ctx.text, max(0, at - _REACH), at)
    if s is None or _YEAR.search(s.group("rest")):
        return None
    y = int(s.group("y"))
    return y + 1 if s.group("s").lower() == "winter" and month < 7 else y
