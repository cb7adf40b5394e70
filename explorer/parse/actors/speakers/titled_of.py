"""A person named after "of" and a title before a cue is no subject: "The Freedom Party of
former president X said" is the party's statement, as "a resident of Djibo said" is the
resident's (gaps._PREP_BEFORE, which needs the name right after "of")."""

from __future__ import annotations

import re

from explorer.parse.actors.data import vocabulary
from explorer.parse.actors.speakers.gaps import _BRIEF_PREPS

# "of former president ", "of Prime Minister ": "of", maybe "former"/"late", then a title of
# one to three words right before the name.
_OF_TITLE = re.compile(
    r"(?<![\w-])of\s+(?:the\s+)?(?:(?:former|late|ex-)\s*)?"
    r"(?P<title>(?:[A-Za-z][a-z\-]*\s+){0,2}[A-Za-z][a-z\-]*)\s+$"
)


def titled_of_start(text: str, sent_start: int, start: int) -> int | None:
    """Where "of" opens, if a title after "of" stands right before the name at ``start``
    ("The Freedom Party of former president X"); else None."""
    lo = start - 40
    if lo < sent_start:
        lo = sent_start
    if text.find(" of ", lo, start) < 0:  # (the cheap pre-test: most names have none)
        return None
    m = _OF_TITLE.search(text, lo, start)
    if m is None or m.group("title").lower() not in vocabulary().titles:
        return None
    return m.start()


# A person's firm after "of", a company's noun before it ("X of the Glasgow firm Harper
# Macleod, said", "X of the law firm Y"): X speaks, not the firm.
FIRM_NOUN_ENDS = (" firm ", " company ", " consultancy ")
OF_FIRM_BEFORE = re.compile(
    r" of the (?:[A-Z][\w\-]* )?(?:(?:law|accounting|consulting) )?(?:firm|company|consultancy) $"
)


# "(MK) party " between an organisation's letters and "of": the organisation's noun.
_ORG_NOUN_GAP = re.compile(r"\)?\s+(?:party|group|movement|alliance|coalition|union)\s+")


def org_noun_gap(text: str, end: int, of: int) -> bool:
    """Whether only an organisation's noun stands between the mention ending at ``end`` and
    "of" at ``of`` ("The uMkhonto weSizwe (MK) party of ...": the MK's)."""
    return of - end < 16 and _ORG_NOUN_GAP.fullmatch(text, end, of) is not None


# "to"/"for" then a title right before a name: "An aide to President X said", "A lawyer
# for former Governor X said" (the name is the brief of the phrase before, no subject).
_BRIEF_TITLE = re.compile(
    r"\s(?:to|for)\s+(?:the\s+)?(?:(?:former|late|ex-)\s*)?"
    r"(?P<title>(?:[A-Za-z][a-z\-]*\s+){0,2}[A-Za-z][a-z\-]*\.?)\s+$"
)


def titled_brief_start(text: str, sent_start: int, start: int) -> int | None:
    """Where the title after "to" or "for" opens, if one stands right before the name at
    ``start`` ("An aide to |President X"); else None."""
    lo = start - 45
    if lo < sent_start:
        lo = sent_start
    if text.find(" to ", lo, start) < 0 and text.find(" for ", lo, start) < 0:
        return None  # (the cheap pre-test: most names have neither)
    m = _BRIEF_TITLE.search(text, lo, start)
    if m is None or m.group("title").lower().rstrip(".") not in vocabulary().titles:
        return None
    return m.start("title")


def brief_before(text: str, sent_start: int, start: int) -> bool:
    """Whether the name at ``start`` may be a title phrase's brief: "to" or "for" (and a
    title) right before it ("A lawyer for X", "An aide to President X")."""
    return text.endswith(_BRIEF_PREPS, sent_start, start) or (
        text[start - 1 : start] == " " and titled_brief_start(text, sent_start, start) is not None
    )
