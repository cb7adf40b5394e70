"""Names holding a singular or plural people's word as a possessive after a capitalised
word ("Whole Woman's Health", "Every Mother's Voice"): one organisation, no owner person
"Whole Woman" and person "Health"."""

from __future__ import annotations

import re
from dataclasses import replace

from explorer.model import ActorKind
from explorer.parse.actors.mentions.raw import Raw, is_initial

_ORGANISATION = ActorKind.ORGANISATION

# The people's words such a name holds ("Woman's", "Mothers'"): one of them must be in the
# text before the pattern is searched.
_WORDS = (
    "Woman", "Women", "Mother", "Child", "Children", "Worker", "Patient", "Family",
    "Families", "Citizen", "Veteran", "Soldier", "Farmer", "Parent",
)  # fmt: skip
_NAME = re.compile(
    r"(?<![\w’'\-])(?!(?:The|A|An|This|That|In|On|At|For|By|And|But|His|Her|Its|Their|Our|My|Your)\s)"
    r"(?:[A-Z][\w\-]*\s+){1,2}"
    rf"(?:{'|'.join(_WORDS)})s?(?:['’]s|s['’])"
    # (no event: "International Women's Day")
    r"(?:\s+(?!(?:Day|Week|Month|Year|Night|March)\b)[A-Z][\w\-]*){1,3}"
)


def owner_word_names(text: str, out: list[Raw]) -> list[Raw]:
    """``out`` with each name of ``_NAME`` one organisation: the candidates inside it
    replaced by one (a listed name inside it keeps the reading)."""
    result = out
    for s, e in _spans(text):
        inside = [r for r in result if s <= r.start < e]
        if not inside or inside[-1].end > e:
            continue
        if any(r.known or r.kind is _ORGANISATION for r in inside):
            continue  # (read already: "the Republican People's Party")
        first = inside[0]
        name = " ".join(text[s:e].split())
        made = replace(
            first,
            start=s,
            end=e,
            kind=_ORGANISATION,
            name=name,
            guessed=False,
            role=None,
            affiliation=None,
            initial=is_initial(text, s),
        )
        result = [r for r in result if not (s <= r.start < e)]
        at = next((k for k, r in enumerate(result) if r.start > s), len(result))
        result.insert(at, made)
    return result


# The marks a people's word written as a possessive ends with ("Woman's ", "Mothers' ").
_MARKS = ("'s ", "’s ", "s' ", "s’ ")
_WORD_SET = frozenset(_WORDS)


def _possessive_words(text: str) -> list[tuple[int, int]]:
    """The spans of the people's words written as possessives ("Woman's ", "Mothers' ",
    also ending a longer capitalised word), in order: found from the marks, which
    ``str.find`` finds in C, not by a regex tried at every character (a tenth of the cost)."""
    found: list[tuple[int, int]] = []
    for mark in _MARKS:
        at = text.find(mark)
        while at >= 0:
            j = at
            while j > 0 and text[j - 1].isalpha():
                j -= 1
            tail = text[j:at]  # (before "'s", or before the plural's "s'")
            plural_s = mark[0] != "s" and tail.endswith("s")  # ("Womans's", as the regex had it)
            for k in range(len(tail)):
                if tail[k].isupper() and (
                    tail[k:] in _WORD_SET or (plural_s and tail[k:-1] in _WORD_SET)
                ):
                    found.append((j + k, at + 3))
                    break
            at = text.find(mark, at + 3)
    found.sort()
    return found


def _spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``_NAME`` in ``text``: searched only around a people's word written as
    a possessive (most texts have none)."""
    out: list[tuple[int, int]] = []
    for at, end in _possessive_words(text):
        m = _NAME.search(text, max(0, at - 60), min(len(text), end + 90))
        if m is not None and m.start() < at < m.end() and m.span() not in out:
            out.append(m.span())
    return out
