"""A date something was put off "until", told in the past: "Two weeks ago, the operator
had asked to delay the ship's annual overhaul until the autumn" (in May: this autumn, not
last), "had agreed to adjourn the case until October" (this October). The new date was
ahead when the delay was set; set lately, it is the nearest such month or season. Not a
verb of lasting: "the dry weather lasted until the autumn" is the autumn gone."""

from __future__ import annotations

import re

# A verb of putting off, a few words, and "until" right before the date.
_PUT_OFF = re.compile(
    r"\b(?:delay|postpon|defer|adjourn|put\s+off|push(?:ed)?\s+back|extend|suspend)\w*"
    r"(?:\s+[\w'’-]+){0,6}\s+(?:until|till)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def put_off_until(text: str, start: int) -> bool:
    """Whether the date at ``start`` is what something was put off until."""
    before = text[max(0, start - 10) : start]
    if "until " not in before and "till " not in before:
        return False  # (cheap pre-test)
    return _PUT_OFF.search(text, max(0, start - 90), start) is not None
