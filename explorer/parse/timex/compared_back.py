"""A figure compared back to an earlier one: "up from $5.20 it forecast in November", "down
from 80 percent on Tuesday". The earlier figure's date is gone whatever the tense of the
sentence ("Harbin now expects earnings of $5.80, up from the $5.50 it forecast in
November" is last November's, though "expects" looks ahead)."""

from __future__ import annotations

import re

# "up from", "down from", "compared with", then the figure (decimal points allowed) and
# "in"/"on" right before the date.
_BACK = re.compile(
    r"\b(?:(?:up|down)\s+from|compared\s+(?:with|to))\s+"
    r"(?:[^.;:!?\n]|\.(?=\d)){0,50}?\b(?:in|on)\s+\Z",
    re.IGNORECASE,
)


def compared_back(text: str, start: int) -> bool:
    """Whether the date at ``start`` is the date of a figure compared back to ("up from
    $4 in January", "down from 80 percent on Tuesday")."""
    lo = max(0, start - 70)
    if text.find(" from ", lo, start) < 0 and text.find("compared ", lo, start) < 0:
        return False  # (cheap pre-test)
    return _BACK.search(text, lo, start) is not None
