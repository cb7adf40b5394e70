"""Firm names joined by an ampersand: "Procter & Gamble", "Robbins Geller Rudman & Dowd",
"Marks & Spencer's". Separate from the run scanner because a run stops at "&": it read
the words after it as a person ("Gamble said") and lost the words before it."""

from __future__ import annotations

import re
from dataclasses import replace

from explorer.model import ActorKind
from explorer.parse.actors.data import vocabulary
from explorer.parse.actors.lexicon import Lexicon
from explorer.parse.actors.mentions.raw import Raw
from explorer.parse.actors.runs import strip_possessive

_ORGANISATION = ActorKind.ORGANISATION
_PERSON = ActorKind.PERSON

_WORD = r"[A-Z][\w'’.\-]*"
# Up to three capitalised words, " & ", one word and the company words after it ("Co.",
# "Sons"): the names of partners in a firm. Only the company words may follow the name
# after "&", so "Marks & Spencer Chief Executive X" keeps its title and person apart.
_FIRM = re.compile(
    rf"(?<![\w'’.\-&])(?:{_WORD} ){{0,2}}{_WORD} & {_WORD}(?: {_WORD})*",
)
# A firm's own words after the name, besides the organisation heads ("Co", "Group").
_FIRM_TAILS = frozenset({"Sons", "Partners", "Associates", "Company", "Co", "Co."})
_NOT_FIRMS = frozenset({ActorKind.COUNTRY, ActorKind.PLACE, ActorKind.PERSON})


def firm_names(text: str, lex: Lexicon, taken: list[tuple[int, int]]) -> list[Raw]:
    """The names written "A & B" in ``text``: a known name ("Johnson & Johnson") or else
    an organisation. The words before "A" that open sentences or name no one ("On Monday
    Marks & Spencer") and a title ("Chairman Procter") are no part of it, nor a name
    already found (``taken``: spans of known names)."""
    if " & " not in text:
        return []
    v = vocabulary()
    out: list[Raw] = []
    for m in _FIRM.finditer(text):
        before, _, after = m.group().partition(" & ")
        left = before.split(" ")
        while len(left) > 1 and (left[0] in v.stopwords or left[0].lower().rstrip(".") in v.titles):
            left.pop(0)
        if left[0] in v.stopwords:
            continue
        right = after.split(" ")
        keep = 1
        while keep < len(right) and (
            right[keep] in _FIRM_TAILS or right[keep].rstrip(".") in v.organisation_heads
        ):
            keep += 1
        amp = m.start() + len(before)  # where " & " starts
        start = amp - len(" ".join(left))
        end = amp + 3 + len(" ".join(right[:keep]))
        end = strip_possessive(text, start, end)
        if text[end - 1] == "." and text[text.rfind(" ", start, end) + 1 : end] not in _FIRM_TAILS:
            end -= 1  # the sentence's end: "advised by Sullivan & Cromwell."
        if any(s < end and start < e for s, e in taken):
            continue  # part of a known name: "Wachtell, Lipton, Rosen & Katz"
        surface = text[start:end]
        entry = (
            lex.lookup(surface)
            or lex.lookup(surface.replace(" & ", " and "))
            or (lex.lookup(" ".join(left)) if right[0] in _FIRM_TAILS and keep == 1 else None)
        )  # ("Goldman Sachs & Co." is Goldman Sachs)
        if entry is not None:  # "Johnson & Johnson", "Trinidad & Tobago"
            out.append(Raw(start, end, entry.kind, entry.id, True, entry.role, entry.affiliation))
        elif not (
            _names_one(lex, " ".join(left))
            or _names_one(lex, right[0])
            or (len(left) == 1 and keep == 1 and _two_surnames(text, left[0], right[0], end))
        ):
            name = " ".join(surface.split()).removesuffix(".")  # ("Crisp & Co." = "Crisp & Co")
            out.append(Raw(start, end, _ORGANISATION, name))
    return out


def _two_surnames(text: str, a: str, b: str, after: int) -> bool:
    """True if the words of "A & B" each end a person's name written later in full
    ("Putin & Xi meet" ... "Vladimir Putin" ... "Xi Jinping" or "President Xi"): a
    headline's two persons, no firm. (A one-word name before the word: "Vladimir Putin",
    "Leader Xi".)"""
    return all(
        re.search(rf"[A-Z][\w'’\-]+ {re.escape(w)}\b|\b{re.escape(w)} [A-Z][a-z]+\b", text[after:])
        is not None
        for w in (a.removesuffix("'s").removesuffix("’s"), b)
    )


def _names_one(lex: Lexicon, words: str) -> bool:
    """True if ``words`` alone name a country, place or listed person ("Russia & China"):
    two actors, no firm. (A surname alone is no listed name: a headline's "Putin & Xi"
    still reads as a firm.)"""
    entry = lex.lookup(words)
    return entry is not None and entry.kind in _NOT_FIRMS


def firm_employees(text: str, firms: list[Raw], out: list[Raw]) -> None:
    """Give the firm to the titled people right after it ("Procter & Gamble Chief
    Executive Jon Moeller", "Marks & Spencer's chairman X"): the run scanner, which gives
    a name the organisation before its title, never saw the firm (its runs stop at "&")."""
    by_end = {f.end: f for f in firms if f.kind is _ORGANISATION}
    for idx, r in enumerate(out):
        if r.role is None or r.kind is not _PERSON:
            continue
        lo = r.start - len(r.role) - 4
        for end, firm in by_end.items():
            if lo <= end < r.start:
                title = text[end : r.start].removeprefix("’s").removeprefix("'s")
                if " ".join(title.split()).lower() == r.role and (
                    r.affiliation is None or firm.name.endswith(f" {r.affiliation}")
                ):  # (the scanner's run began after "&": "Gamble Chief Executive X")
                    out[idx] = replace(r, affiliation=firm.name)
                break
