"""Where a date sits in its sentence: in the clause that says what the sentence is about,
or in one that only describes a noun or another event.

"The commissioner praised the voting across the districts, where polling was held on
Nov. 6": Nov. 6 is the polling's, not the praise's. "Norvex, founded in 2019, says ...":
2019 is the founding's. "The strike came three days after ministers met ... by the end of
the year": the year is the ministers' pledge. A sentence whose every date is of that kind
still happens at its own time (:mod:`explorer.timeline` dates it by context).

Plain functions over the text and character offsets; only the sentence's words near a date
are read, so this costs nothing for sentences without dates.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

# What ends a clause inside a sentence (a comma inside a date, "June 12, 2026", does not).
_BREAK = re.compile(r"[,;:()—–“”\"«»]")
# Irregular past participles that open a describing phrase ("built in 1998"); regular ones
# end in -ed.
_IRREGULAR = (
    "built|born|held|made|set|known|seen|taken|given|written|won|begun|run|sold|bought|brought"
    "|paid|led|chosen|drawn|grown|shown|thrown|cut|put|shut|laid|sent|spent|lost|kept|told"
    "|found|struck|sworn|hit|torn|broken|spoken|stolen|frozen|hidden|driven|beaten|fallen|shaken"
)
_IRREGULAR_WORDS = frozenset(_IRREGULAR.split("|"))
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
    r"\b(?:where|who|(?:under|in|by|during|at|on)\s+which)\s+(?:[^\s]+\s+){0,8}$", re.IGNORECASE
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
    r"\s+(?:the|a|an|its|their|his|her|this|that|these|those)\s+"
    r"(?:(?!(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must)\s)"
    r"[\w’'-]+\s+){0,2}?"
    rf"{_PARTICIPLE}\s+(?:[\w’'.-]+\s+){{0,3}}$",
    re.IGNORECASE,
)
_REACH = 160  # characters before a date that are read (a clause's start, further, is not)
_PARTICIPLE_REACH = 90  # characters before a date that can hold "to the plan agreed in"
# An offset counted from another event ("three days after NATO ministers met in Brussels
# and pledged ... by"), or a reason ("because the budget was rejected on"): a date further on
# in that clause is the other event's.
# A stretch of time before "after"/"before" is no offset when it is how long something
# lasted: "deliberated for five days before returning verdicts at 3 p.m.".
_OTHER_EVENT = re.compile(
    r"(?:\b(?P<lead>\w+)\s+(?:[\w-]+\s+)?(?:minutes?|hours?|days?|weeks?|months?|years?"
    r"|decades?)\s+(?:after|before)"
    r"|\b(?:because|although|though|whereas))\s+(?:[^\s]+\s+){0,16}$",
    re.IGNORECASE,
)
_LASTING = frozenset(["for", "over", "within", "during", "in", "lasting", "spent", "took"])


def _clause_start(text: str, lo: int, at: int, skip: Sequence[tuple[int, int]]) -> int:
    """Where the clause holding ``at`` begins: after the last break before it, from ``lo``
    (the sentence start); breaks inside the ``skip`` spans (other dates) do not count."""
    begin = lo
    spans = [(s, e) for s, e in skip if s < at and e > lo]  # those that can hold a break
    for m in _BREAK.finditer(text, lo, at):
        i = m.start()
        if not spans or not any(s <= i < e for s, e in spans):
            begin = i + 1
    return begin


def _clause_end(text: str, at: int, hi: int, skip: Sequence[tuple[int, int]]) -> int:
    """Where the clause holding ``at`` ends (the next break, or ``hi``)."""
    for m in _BREAK.finditer(text, at, hi):
        i = m.start()
        if not any(s <= i < e for s, e in skip):
            return i
    return hi


def _participle_near(window: str) -> bool:
    """Whether a participle is among the last five words: "founded in", "the plan agreed
    on", "first built as early as" (a cheap pre-test of the participle patterns)."""
    tail = window[-48:]
    words = tail.split()[-5:]
    if not _IRREGULAR_WORDS.isdisjoint(words):
        return True
    if "ed" not in tail:  # no word of it ends in -ed
        return False
    return any(w.endswith("ed") and len(w) > 4 and w[1:].islower() for w in words)


def describes_other(
    text: str, lo: int, hi: int, start: int, end: int, skip: Sequence[tuple[int, int]]
) -> bool:
    """Whether the date at text[start:end], in the sentence text[lo:hi], sits in a clause
    that describes a noun or another event rather than the sentence's own: a relative
    clause (", where polling was held on Nov. 6", ", under which the pact takes effect on
    June 12"), a participle phrase (", founded in 2019,", "the timetable agreed in 2024"),
    the event an offset counts from ("three days after ministers met ... by the end of the
    year") or a reason ("because ... on Tuesday"). ``skip``: the sentence's date spans."""
    window = text[max(lo, start - _REACH) : start]
    # cheap pre-tests (plain substring searches): most dates are in no such clause
    relative = "which" in window or "where" in window or "who" in window or "Wh" in window
    other = (
        "after" in window
        or "before" in window
        or "ecause" in window
        or "hough" in window
        or "hereas" in window
    )  # the words of _OTHER_EVENT
    participle = _participle_near(window)  # both participle patterns end near the date
    if not (relative or other or participle):
        return False
    begin = _clause_start(text, max(lo, start - _REACH), start, skip)
    before = text[begin:start]
    if relative and _RELATIVE_OPEN.match(before):
        return True
    if participle and _PARTICIPLE_OPEN.match(before) and not _SPEAKING.match(before):
        # an aside closed by a comma with the sentence going on (", founded in 2019, says"),
        # or the sentence's opening ("Founded in 2019, Norvex ..."); not a main verb after
        # an aside ("The talks, which began in May, ended on Friday.")
        after = _clause_end(text, end, hi, skip)
        if after >= hi or text[after] != "," or not text[after + 1 : hi].strip(' .\n”"'):
            return False
        if begin == lo:
            return True
        if text[begin - 1] != ",":
            return False
        # the aside follows a noun ("Norvex, founded in 2019,"), not another aside ("X, of
        # Aurora, made his appearance on Tuesday, ...": there "made" is the main verb)
        if text[begin - 2 : begin - 1] in ('"', "”"):
            return False  # 'Her memoir, "A Second Life", appeared in 2009, when': a title
        opened = _clause_start(text, lo, begin - 1, skip)
        return opened == lo or not _NOT_A_NOUN.match(text[opened : begin - 1])
    window = window[len(window) - (start - begin) :] if start - begin < len(window) else window
    if (
        relative
        and ("which" in window or "where" in window or "who" in window)
        and _RELATIVE_INSIDE.search(window)
    ):
        return True
    if participle and _NOUN_PARTICIPLE.search(window, max(0, len(window) - _PARTICIPLE_REACH)):
        return True
    if not other:
        return False
    found = _OTHER_EVENT.search(window)
    return found is not None and (found["lead"] or "").lower() not in _LASTING


# ---------------------------------------------------------------- offsets from an event

_OFFSET_VALUE = re.compile(r"P(\d{1,3})([DWMY])")
_OFFSET_LINK = re.compile(r"\s+(after|before)\s+", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
# Words that say nothing of which event an anchor is ("after the ministers met": "ministers",
# "met" do).
_FUNCTION_TEXT = """
    a an the this that these those his her its their our my your he she it they we i you
    of in on at to for from by with into over under about as and or but than then
    is are was were be been being has have had do does did will would could should may
    might not no also just first last next after before when while who which where what"""
_FUNCTION_WORDS = frozenset(_FUNCTION_TEXT.split())
ANCHOR_WORDS = 6  # content words of an anchor that are compared


@dataclass(frozen=True, slots=True)
class Offset:
    """ "three days after NATO ministers met in Brussels": a time counted from another event
    (the anchor, text[anchor_start:anchor_end]) by ``n`` ``unit``s (D, W, M, Y) forward
    (``sign`` 1, "after") or back (-1, "before")."""

    n: int
    unit: str
    sign: int
    anchor_start: int
    anchor_end: int


def offset_at(
    text: str, value: str, start: int, end: int, hi: int, skip: Sequence[tuple[int, int]]
) -> Offset | None:
    """The offset a duration (TIMEX3 ``value``, at text[start:end]) starts, if "after" or
    "before" follows it: "three days after ...", "two weeks before the vote"; ``hi``: the
    sentence end; ``skip``: the sentence's date spans."""
    m = _OFFSET_VALUE.fullmatch(value)
    if m is None:
        return None
    before = text[max(0, start - 12) : start].split()
    if before and before[-1].lower() in _LASTING:  # "for five days before": how long
        return None
    link = _OFFSET_LINK.match(text, end, hi)
    if link is None:
        return None
    sign = 1 if link.group(1).lower() == "after" else -1
    stop = _clause_end(text, link.end(), hi, skip)
    return Offset(int(m.group(1)), m.group(2), sign, link.end(), stop)


def content_words(
    text: str, start: int, end: int, most: int = 1 << 30, *, names: bool = False
) -> frozenset[str]:
    """The words of text[start:end] that can tell one event from another, lower case,
    without a plural or possessive "s" ("Ministers met in Brussels" -> minister, met,
    brussels); at most ``most`` of them, from the start. ``names``: only those written
    with a capital (of the same first ``most``: "brussels")."""
    out: list[str] = []
    kept: list[str] = []
    for m in _WORD.finditer(text, start, end):
        w = m.group().lower().replace("’", "'")
        if w.endswith("'s"):
            w = w[:-2]
        if w in _FUNCTION_WORDS or len(w) < 3:
            continue
        if len(w) > 4 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
        out.append(w)
        if m.group()[0].isupper():
            kept.append(w)
        if len(out) >= most:
            break
    return frozenset(kept if names else out)


# ------------------------------------------------------------- the story's own time

# A year a determiner puts before a noun names the noun's time: "the 2021 monsoon", "its
# 2019 report" (lower-case word after it).
ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:the|a|an|its|his|her|their|this|that)\s+$")
ATTRIBUTIVE_AFTER = frozenset(" " + c for c in "abcdefghijklmnopqrstuvwxyz")
# A perfect: "had warned", "has rebuilt", "have not been".
_PERFECT = re.compile(
    r"\b(?:has|have|had)\s+(?:(?:not|never|already|also|just|long|since|[a-z]+ly)\s+)?"
    # (a prefixed irregular one too: "has rebuilt", "had overcome", "have undone")
    r"(?:re|un|over|under|out|mis|up|with)?"
    rf"(?:been|{_PARTICIPLE}|[a-z]+en|[a-z]+wn|gone|come|become|done|met|left|fled)\b"
)
_RELATIVE_WORD = re.compile(r"\b(?:where|which|who|whom|whose|that)\b")


def has_perfect(text: str, lo: int, hi: int) -> bool:
    """Whether the sentence text[lo:hi] has a perfect before any relative clause ("the
    market where she had sold fish" does not count)."""
    rel = _RELATIVE_WORD.search(text, lo, hi)
    return _PERFECT.search(text, lo, rel.start() if rel else hi) is not None
