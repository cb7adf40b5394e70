"""A weekday that ends a person's name by how the sentence goes on, not by a word before it
(see ``date_names.is_name_not_date`` for those): "hired Mark Friday, who spent the past
decade in Ardmore", "Councillor Anna Sunday, who proposed the change" (a relative clause
about a person right after a Capitalised name and the weekday), and '"That ends now,"
Friday said' (the speaker of a quote, right after it: a day would be "he said Friday").
"""

from __future__ import annotations

import re

# A Capitalised first name right before the weekday (not a preposition or another word
# that opens a date phrase: "On Friday, who ..." is no name).
_FIRST_NAME_BEFORE = re.compile(
    r"\b(?!(?:On|By|During|Including|Until|Till|Since|From|Before|After|Last|Next|This|That"
    r"|Each|Every|Early|Late|Later|Earlier|Through|Throughout|And|But|Or|Then|Also"
    r"|Only|Even|The|A|An)\s)[A-Z][a-z]+\s+$"
)
_WHO_AFTER = re.compile(r",\s+who\s")
# A quote closed with a comma or a mark right before the weekday, a speech verb after it.
_QUOTE_BEFORE = re.compile(r"[,!?][\"”]\s+$")
_SAID_AFTER = re.compile(r"\s+(?:said|says|told|added|asked|wrote|insisted|replied)\b")


def weekday_is_surname(text: str, start: int, end: int) -> bool:
    """Whether the weekday ``text[start:end]`` is a surname by the words around it."""
    after = text[end : end + 1]
    if after == ",":  # (cheap pre-test: ", who" comes next)
        return (
            _WHO_AFTER.match(text, end) is not None
            and _FIRST_NAME_BEFORE.search(text, max(0, start - 20), start) is not None
        )
    if after == " " and text[start - 2 : start - 1] in ('"', "”"):  # (cheap pre-test)
        return (
            _SAID_AFTER.match(text, end) is not None
            and _QUOTE_BEFORE.search(text, max(0, start - 4), start) is not None
        )
    return False
