"""A finishing time written as hours, minutes and seconds: "won in 2:19:04", "the course
record of 2:05:12". It is a length (``PT2H19M4S``), not a clock time of publication day;
"at 2:05:12", "18:14:52 UTC" and "02:05:12" (a clock's leading zero) stay clock times."""

from __future__ import annotations

import re

from explorer.parse.timex.reading import DURATION, Context, Reading

# A word before the time that makes it a point of the day: "at 2:05:12", "by 1:59:59".
_POINT_BEFORE = re.compile(
    r"\b(?:at|by|until|till|from|before|after|around|about|since|to)\s+$", re.IGNORECASE
)

_HALF_DAY_AFTER = re.compile(r"\s*[ap]\.?m\b", re.IGNORECASE)  # "2:05:12 a.m."


def race_time(m: re.Match[str], ctx: Context) -> Reading | None:
    """The length a clock-like ``h:mm:ss`` without a zone gives (see module doc), or None."""
    hours, mins, secs = m.group("t_h2"), m.group("t_m2"), m.group("t_s2")
    if secs is None or hours is None or len(hours) != 1 or m.group("t_tz2"):
        return None  # (cheap pre-test: seconds and a one-digit hour, no zone)
    if _HALF_DAY_AFTER.match(ctx.text, m.end()) or _POINT_BEFORE.search(
        ctx.text, max(0, m.start() - 8), m.start()
    ):
        return None
    value = f"PT{int(hours)}H{int(mins)}M{int(secs)}S"
    return Reading(DURATION, value, "a finishing time (hours, minutes, seconds): a length")
