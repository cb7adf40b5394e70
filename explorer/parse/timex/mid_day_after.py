"""The day a "mid-morning", "mid-afternoon" or "mid-evening" is on, named right after it:
"Temperatures peaked mid-afternoon on Monday", "The fire broke out mid-morning on Oct.
30" are that Monday's and that October 30's (were publication day's; "mid-afternoon
Monday" is read as one expression already)."""

from __future__ import annotations

from explorer.model import Timex, TimexType
from explorer.parse.timex.reading import Reading


def mid_part_on(prev: Timex | None, text: str, start: int, value: str) -> Reading | None:
    """``prev`` (the expression read before) dated by the day read at ``start`` (``value``),
    when ``prev`` is a mid-part of a day and " on " alone joins them; None otherwise."""
    if (
        prev is None
        or prev.mod != "MID"
        or prev.type is not TimexType.TIME
        or start - prev.end != 4
        or not text.startswith(" on ", prev.end)
        or not prev.text.lower().startswith("mid")
        or len(value) != 10
        or not value[:4].isdigit()
        or len(prev.value) <= 10
        or prev.value[:10] == value
    ):
        return None
    why = f"the middle of the {prev.text[3:].lstrip('-').lower()} on the day named after it"
    return Reading(TimexType.TIME, value + prev.value[10:], why, "MID", None, prev.start, prev.end)
