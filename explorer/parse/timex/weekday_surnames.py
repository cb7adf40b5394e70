"""A weekday that ends a person's name by how the sentence goes on, not by a word before it
(see ``date_names.is_name_not_date`` for those): "hired Mark Friday, who spent the past
decade in Ardmore", "Councillor Anna Sunday, who proposed the change" (a relative clause
about a person right after a Capitalised name and the weekday), '"That ends now,"
Friday said' (the speaker of a quote, right after it: a day would be "he said Friday"),
"Its sponsor, Rep. Luis Friday, said" (a name closing an apposition, the verb right after
its comma) and "Speaker Dana Monday said on Thursday" (a speech has one day: with another
day after its verb, the weekday before it is a name); "said his solicitor, Grace Sunday."
(a name in apposition to the speaker, closing the sentence); '"I ran it in 1999," said
Sunday.' (the speaker right after a quote's speech verb: a day would need a speaker before
it) and, once a story has named
"the winger Danny Friday, who", "Friday's agent said" and "Friday said" (the surname again).
"""

from __future__ import annotations

import re

from explorer.parse.timex.date_names import is_name_not_date

# A Capitalised first name right before the weekday (not a preposition or another word
# that opens a date phrase: "On Friday, who ..." is no name).
_FIRST_NAME_BEFORE = re.compile(
    r"\b(?!(?:On|By|During|Including|Until|Till|Since|From|Before|After|Last|Next|This|That"
    r"|Each|Every|Early|Late|Later|Earlier|Through|Throughout|And|But|Or|Then|Also"
    r"|Only|Even|The|A|An)\s)[A-Z][a-z]+\s+$"
)
_WHO_AFTER = re.compile(r",\s+who\s")
# A speech verb right after the comma that closes the name: "Rep. Luis Friday, said".
_COMMA_SAID_AFTER = re.compile(r",\s+(?:said|says|told|added|wrote)\b")
# Not a place before the weekday: "speaking in Kyiv Friday, said" is a day.
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|to|near|outside)\s+[A-Z][a-z]+\s+$")
# A speech verb and the day of the speech after the weekday: "Dana Monday said on
# Thursday", "Dana Monday told reporters on Jan. 3".
_SAID_ON_DAY_AFTER = re.compile(
    r"\s+(?:said|says|told(?:\s+[a-z]+){0,2}|added|announced)\s+(?:on\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)\b"
)
# A quote closed with a comma or a mark right before the weekday, a speech verb after it.
_QUOTE_BEFORE = re.compile(r"[,!?][\"”]\s+$")
_SAID_AFTER = re.compile(r"\s+(?:said|says|told|added|asked|wrote|insisted|replied)\b")
# A speaker described, then named in apposition at the sentence's end: "said his
# solicitor, Grace Sunday." (a day there would have no name before it: "said on Sunday.").
_SAID_ROLE_BEFORE = re.compile(
    r"\b(?:said|says|according\s+to)\s+(?:[\w'’.-]+\s+){0,4}?[a-z][\w'’-]+,\s+[A-Z][a-z]+\s+$"
)
# A quote closed, then its speech verb right before the weekday that ends the sentence:
# '"It was cold," said Sunday.' ('"It was cold," he said Sunday.' is a day).
_QUOTE_SAID_BEFORE = re.compile(r"[,!?][\"”]\s+(?:said|says|added|asked|replied)\s+$")
# What a person has or does, after the surname again: "Friday's agent said", "Friday said".
_PERSONS_AFTER = re.compile(
    r"(?:['’]s\s+(?:agent|lawyer|lawyers|attorney|solicitor|wife|husband|family|son|daughter"
    r"|mother|father|brother|sister|partner|spokesman|spokeswoman|spokesperson|representative"
    r"|office|campaign|manager|adviser|advisers|friend|friends|colleague|colleagues)\b"
    r"|\s+(?:said|says|told|added|wrote|insisted|replied)\b)"
)


def _named_before(text: str, start: int, end: int) -> bool:
    """Whether the story named a person with this weekday as surname before ``start``
    ("the winger Danny Friday, who ...", "Council member Ada Sunday")."""
    word = text[start:end]
    at = text.rfind(word, 0, start)
    while at > 0:
        if text[at - 1] == " " and (
            weekday_is_surname(text, at, at + len(word), again=False)
            or is_name_not_date(text, at, weekday=True)
        ):
            return True
        at = text.rfind(word, 0, at)
    return False


def weekday_is_surname(text: str, start: int, end: int, again: bool = True) -> bool:
    """Whether the weekday ``text[start:end]`` is a surname by the words around it (and,
    with ``again``, by the person the story named with it before)."""
    after = text[end : end + 1]
    if after in (".", ";"):  # (cheap pre-test: a sentence's end right after it)
        if _QUOTE_SAID_BEFORE.search(text, max(0, start - 14), start) is not None:
            return True
        return _SAID_ROLE_BEFORE.search(
            text, max(0, start - 70), start
        ) is not None and _first_name_before(text, start)
    if (
        again
        and after in ("'", "’", " ")
        and _PERSONS_AFTER.match(text, end)
        and _named_before(text, start, end)
    ):
        return True
    if after == ",":  # (cheap pre-test: ", who" or ", said" comes next)
        if _WHO_AFTER.match(text, end) is None and _COMMA_SAID_AFTER.match(text, end) is None:
            return False
        return _first_name_before(text, start)
    if after == " " and text[start - 2 : start - 1] in ('"', "”"):  # (cheap pre-test)
        return (
            _SAID_AFTER.match(text, end) is not None
            and _QUOTE_BEFORE.search(text, max(0, start - 4), start) is not None
        )
    if after == " " and text[start - 2 : start - 1].isalpha():  # (cheap pre-test)
        return _SAID_ON_DAY_AFTER.match(text, end) is not None and _first_name_before(text, start)
    return False


def _first_name_before(text: str, start: int) -> bool:
    """Whether a Capitalised first name, not a place, comes right before ``start``."""
    lo = max(0, start - 20)
    return (
        _FIRST_NAME_BEFORE.search(text, lo, start) is not None
        and _PLACE_BEFORE.search(text, max(0, start - 30), start) is None
    )
