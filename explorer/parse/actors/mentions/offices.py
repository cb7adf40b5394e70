"""An ombudsman's or an adjudicator's office named by its field and no person after it:
"The Pension Funds Adjudicator, which handles complaints by members, said", "The Banking
Ombudsman said" are one organisation each (were a person "Pension Funds Adjudicator", or
no actor). "Banking Ombudsman Lena Hale said" stays her title."""

from __future__ import annotations

import re

from explorer.model import ActorKind
from explorer.parse.actors.mentions.raw import Raw, is_initial

_ORGANISATION = ActorKind.ORGANISATION
# The office's words ("Ombudsman", "Adjudicator", South Africa's "Ombud").
WORDS = ("Ombudsman", "Adjudicator", "Ombud")
# "The" then one to three capitalised words of the field, the office's word, and no
# capitalised word after it (a name would make it a title).
_OFFICE = re.compile(
    r"[Tt]he ((?:[A-Z][\w\-]* ){1,3}(?:Ombudsman|Adjudicator|Ombud))(?![\w\-]| [A-Z])"
)


def office_names(text: str, out: list[Raw]) -> list[Raw]:
    """``out`` with each office of ``_OFFICE`` one organisation: the candidates inside it
    replaced by one; a listed name inside it keeps its reading."""
    result = out
    for m in _offices(text):
        s, e = m.span(1)
        inside = [r for r in result if s <= r.start < e]
        if any(r.known or r.end > e for r in inside):
            continue
        name = text[s:e]
        made = Raw(s, e, _ORGANISATION, name, initial=is_initial(text, s))
        result = [r for r in result if not (s <= r.start < e)]
        at = next((k for k, r in enumerate(result) if r.start > s), len(result))
        result.insert(at, made)
    return result


def _offices(text: str) -> list[re.Match[str]]:
    """The matches of ``_OFFICE``, searched only just before each office's word (found by
    ``str.find``), not at every character of the text."""
    found: list[re.Match[str]] = []
    for word in WORDS:
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            m = _OFFICE.search(text, max(0, at - 60), min(len(text), end + 2))
            if m is not None and m.end(1) == end and all(f.span() != m.span() for f in found):
                found.append(m)
            at = text.find(word, end)
    found.sort(key=lambda f: f.start())
    return found
