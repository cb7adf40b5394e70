"""Names in a list described as companies in the plural are companies: "Northgate Mining
and Halvorsen-Brandt, two of the largest employers in the region, said" (the hyphenated
name was a person), "Halvorsen-Brandt and Northgate Mining, two of ..." (one organisation
"Halvorsen-Brandt and Northgate Mining": the list's "and" was read as part of a name)."""

from __future__ import annotations

import re
from dataclasses import replace

from explorer.model import ActorKind
from explorer.parse.actors.mentions.raw import Raw

_ORGANISATION = ActorKind.ORGANISATION
_PERSON = ActorKind.PERSON
# The pre-tests of the apposition (its opening).
_OPENINGS = (", two of ", ", three of ", ", four of ", ", both ", ", the two ", ", the three ")
_FIRM_PLURALS = (
    r"(?:employers|companies|firms|lenders|banks|insurers|airlines|retailers|manufacturers"
    r"|suppliers|exporters|brands|chains|utilities|conglomerates|refiners|automakers"
    r"|carmakers|drugmakers|groups)(?![\w'’\-])"
)
# ", two of the largest employers in the region,", ", both listed companies,", ", the two
# biggest lenders,": a number or "both", up to four lower-case words (or an owner's
# possessive: "the country's"), a plural noun of companies.
_PLURAL_FIRMS = re.compile(
    r",\s+(?:(?:two|three|four)\s+of\s+(?:the|its|their|[A-Z][\w\-]*['’]s)\s+|both\s+"
    r"|the\s+(?:two|three)\s+)"
    rf"(?:[a-z][\w\-]*(?:['’]s)?\s+){{0,4}}?{_FIRM_PLURALS}"
)
_LIST_JOIN = re.compile(r",?\s+(?:and|&)\s+|,\s+")


def _unknown_person(r: Raw) -> bool:
    return not r.known and (r.kind is None or r.kind is _PERSON) and r.role is None


def _firm(r: Raw) -> Raw:
    return replace(r, kind=_ORGANISATION, guessed=False, role=None, affiliation=None)


def listed_firms(text: str, out: list[Raw]) -> list[Raw]:
    """``out`` with the names of a list that an apposition calls companies made
    organisations (unknown persons), and an unknown organisation of two names joined by
    "and" before it split in two."""
    if not any(o in text for o in _OPENINGS):
        return out
    mended = list(out)
    for i in range(len(out) - 1, -1, -1):
        r = out[i]
        if text[r.end : r.end + 1] != "," or _PLURAL_FIRMS.match(text, r.end) is None:
            continue
        # the list's items, last first, while joined by "and" or commas
        j = i
        while True:
            item = mended[j]
            if _unknown_person(item):
                mended[j] = _firm(item)
            elif item.kind is _ORGANISATION and not item.known and j == i:
                name = text[item.start : item.end]
                cut = name.rfind(" and ")
                if cut > 0 and " and " not in name[:cut]:
                    first = replace(item, end=item.start + cut, name=name[:cut])
                    second = replace(
                        item, start=item.start + cut + 5, name=name[cut + 5 :], initial=False
                    )
                    mended[j : j + 1] = [first, second]
            if j == 0:
                break
            prev = mended[j - 1]
            if _LIST_JOIN.fullmatch(text, prev.end, mended[j].start) is None:
                break
            j -= 1
    return mended
