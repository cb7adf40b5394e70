""" "One day" and "some day" as a vague time to come, no length: "Islam will one day be the
second largest religion" (TimeBank's gold: FUTURE_REF), "He is going to win this
tournament one day", "I hope to play here some day". A length stays one: "the job lasted
one day", "for one day", "in one day", "only one day"."""

from __future__ import annotations

import re

from explorer.parse.timex.reading import DATE, Context, Reading

# A modal right before ("will one day be").
_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|might|may|can|shall|must)\s+$", re.I)
# A future or a hope in the clause before, "one day" closing it ("is going to win it one
# day,", "hope to play here one day.").
_AHEAD_BEFORE = re.compile(
    r"\b(?:will|'ll|’ll|going\s+to|hopes?|hoped|hoping|dreams?|dreamed|dreamt|wants?|wanted"
    r"|wish|wishes|would\s+like|plans?\s+to|intends?\s+to|aims?\s+to)\b[^.;!?\n]*$",
    re.I,
)
# ... or a future right after it ("Some day we will win", "one day you'll see").
_AHEAD_AFTER = re.compile(r",?\s+(?:[\w’']+\s+){1,3}?(?:will|would|could|might|'ll|’ll)\b", re.I)
# ... when it opens its sentence or clause.
_OPENS_CLAUSE = re.compile(r"(?:^|[.;!?“\"\n,]\s*|\b(?:and|but)\s+)$")
_CLAUSE_END = re.compile(r"\s*(?:[,.;!?”\"]|$)")
# Words before that make it a length ("for one day", "only one day", "lasted one day").
_LENGTH_BEFORE = re.compile(
    r"\b(?:for|in|within|after|only|just|than|lasted|lasts|last|took|takes|spent|every|per"
    r"|a|about|nearly|over|least)\s+$",
    re.I,
)


def someday(m: re.Match[str], ctx: Context) -> Reading | None:
    """A vague future for "one day"/"some day" at ``m`` told of a time to come; else None."""
    words = m.group().lower()
    if words not in ("one day", "some day"):
        return None
    text, start = ctx.text, m.start()
    lo = start - 12 if start > 12 else 0
    if _LENGTH_BEFORE.search(text, lo, start):
        return None
    ahead = _MODAL_BEFORE.search(text, lo, start) is not None or (
        _CLAUSE_END.match(text, m.end()) is not None
        and _AHEAD_BEFORE.search(text, start - 80 if start > 80 else 0, start) is not None
    )
    if not ahead and not (
        _OPENS_CLAUSE.search(text, lo, start) is not None
        and _AHEAD_AFTER.match(text, m.end()) is not None
    ):
        return None
    return Reading(DATE, "FUTURE_REF", f"{words}: a vague time to come, no length")
