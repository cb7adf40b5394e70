"""Where a date sits in its sentence: in the clause that says what the sentence is about,
or in one that only describes a noun or another event.

"The commissioner praised the voting across the districts, where polling was held on
Nov. 6": Nov. 6 is the polling's, not the praise's. "Paylink, founded in 2019, says ...":
2019 is the founding's. "The strike came three days after ministers met ... by the end of
the year": the year is the ministers' pledge. A sentence whose every date is of that kind
still happens at its own time (:mod:`explorer.timeline` dates it by context).

Plain functions over the text and character offsets; only the sentence's words near a date
are read, so this costs nothing for sentences without dates.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# What ends a clause inside a sentence (a comma inside a date, "June 12, 2026", does not).
_BREAKS = frozenset(',;:()—–“”"«»')
# Irregular past participles that open a describing phrase ("built in 1998"); regular ones
# end in -ed.
_IRREGULAR = (
    "built|born|held|made|set|known|seen|taken|given|written|won|begun|run|sold|bought|brought"
    "|paid|led|chosen|drawn|grown|shown|thrown|cut|put|shut|laid|sent|spent|lost|kept|told"
    "|found|struck|sworn|hit|torn|broken|spoken|stolen|frozen|hidden|driven|beaten|fallen|shaken"
)
_PARTICIPLE = rf"(?-i:[a-z]{{3,}}ed|{_IRREGULAR})"  # lower case: not "United"
# A clause that describes a noun, opening the stretch of text before the date:
# ", where polling was held on", ", which opened in", ", under which the pact takes effect on".
_RELATIVE_OPEN = re.compile(
    r"\s*(?:(?:and|but)\s+)?(?:where|which|who|whom|whose"
    r"|(?:under|in|by|for|from|through|with|during|at|on|to)\s+(?:which|whom))\b",
    re.IGNORECASE,
)
# ... or inside it without a comma: "the districts where polling was held on"
_RELATIVE_INSIDE = re.compile(
    r"\b(?:where|(?:under|in|by|during|at|on)\s+which)\s+(?:[^\s]+\s+){0,8}$", re.IGNORECASE
)
# A participle opening an aside (", founded in 2019,") or the sentence ("Founded in 2019,").
_PARTICIPLE_OPEN = re.compile(
    rf"\s*(?:first\s+|originally\s+|only\s+|later\s+|formally\s+)?(?-i:[A-Z]?){_PARTICIPLE}"
    r"(?:\s+(?:in|on|at|during|by|early|late|last|this|back|as\s+early\s+as))*\s*$",
    re.IGNORECASE,
)
_NOT_A_NOUN = re.compile(
    rf"\s*(?:(?:of|in|at|from|with|for|on|by|as|and|but|or|where|which|who|whom|whose)\b"
    rf"|{_PARTICIPLE}\b)",
    re.IGNORECASE,
)
# ... but not one that tells when the sentence's subject spoke ("Asked on Monday, she said").
_SPEAKING = re.compile(r"\s*(?:asked|pressed|questioned|interviewed|quoted)\b", re.IGNORECASE)
# A participle after a noun that cannot be a subject, being a preposition's object: "to stick
# to the timetable agreed in", "against the law passed in".
_NOUN_PARTICIPLE = re.compile(
    r"\b(?:to|for|of|with|on|in|at|from|into|under|by|against|over|about)"
    r"\s+(?:the|a|an|its|their|his|her|this|that|these|those)\s+(?:[\w’'-]+\s+){0,2}?"
    rf"{_PARTICIPLE}\s+(?:[\w’'.-]+\s+){{0,3}}$",
    re.IGNORECASE,
)
# An offset counted from another event ("three days after NATO ministers met in Brussels
# and pledged ... by"), or a reason ("because the budget was rejected on"): a date further on
# in that clause is the other event's.
_OTHER_EVENT = re.compile(
    r"\b(?:(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)\s+(?:after|before)"
    r"|because|although|though|whereas)\s+(?:[^\s]+\s+){0,16}$",
    re.IGNORECASE,
)
_OTHER_EVENT_WORD = re.compile(r"after|before|ecause|hough|hereas")  # cheap pre-test


def _clause_start(text: str, lo: int, at: int, skip: Sequence[tuple[int, int]]) -> int:
    """Where the clause holding ``at`` begins: after the last break before it, from ``lo``
    (the sentence start); breaks inside the ``skip`` spans (other dates) do not count."""
    i = at - 1
    while i >= lo:
        if text[i] in _BREAKS and not any(s <= i < e for s, e in skip):
            return i + 1
        i -= 1
    return lo


def _clause_end(text: str, at: int, hi: int, skip: Sequence[tuple[int, int]]) -> int:
    """Where the clause holding ``at`` ends (the next break, or ``hi``)."""
    for i in range(at, hi):
        if text[i] in _BREAKS and not any(s <= i < e for s, e in skip):
            return i
    return hi


def describes_other(
    text: str, lo: int, hi: int, start: int, end: int, skip: Sequence[tuple[int, int]]
) -> bool:
    """Whether the date at text[start:end], in the sentence text[lo:hi], sits in a clause
    that describes a noun or another event rather than the sentence's own: a relative
    clause (", where polling was held on Nov. 6", ", under which the pact takes effect on
    June 12"), a participle phrase (", founded in 2019,", "the timetable agreed in 2024"),
    the event an offset counts from ("three days after ministers met ... by the end of the
    year") or a reason ("because ... on Tuesday"). ``skip``: the sentence's date spans."""
    begin = _clause_start(text, lo, start, skip)
    before = text[begin:start]
    if _RELATIVE_OPEN.match(before):
        return True
    if _PARTICIPLE_OPEN.match(before) and not _SPEAKING.match(before):
        # an aside closed by a comma with the sentence going on (", founded in 2019, says"),
        # or the sentence's opening ("Founded in 2019, Paylink ..."); not a main verb after
        # an aside ("The talks, which began in May, ended on Friday.")
        after = _clause_end(text, end, hi, skip)
        if after >= hi or text[after] != "," or not text[after + 1 : hi].strip(' .\n”"'):
            return False
        if begin == lo:
            return True
        if text[begin - 1] != ",":
            return False
        # the aside follows a noun ("Paylink, founded in 2019,"), not another aside ("X, of
        # Aurora, made his appearance on Tuesday, ...": there "made" is the main verb)
        opened = _clause_start(text, lo, begin - 1, skip)
        return opened == lo or not _NOT_A_NOUN.match(text[opened : begin - 1])
    window = text[max(begin, start - 120) : start]
    if ("which" in window or "where" in window) and _RELATIVE_INSIDE.search(window):
        return True
    if _NOUN_PARTICIPLE.search(window):
        return True
    return _OTHER_EVENT_WORD.search(window) is not None and _OTHER_EVENT.search(window) is not None
