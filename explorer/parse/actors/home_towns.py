"""A person's home town written with its state: "Dan Reed of Boulder, Colorado, is
missing" names a place, Boulder, no employer of Dan Reed (the run alone, "Dan Reed of
Boulder", reads like "Maria Santos of Morningstar", an organisation)."""

from __future__ import annotations

from explorer.parse.actors.lexicon import Lexicon
from explorer.parse.actors.runs import Name, Step, UnknownOrg, UnknownPlace
from explorer.parse.actors.town_state import town_of_state


def home_town(text: str, rs: int, plan: tuple[Step, ...], lex: Lexicon) -> tuple[Step, ...]:
    """``plan`` with a last one-word organisation that is the person's before it by "of"
    made a place, where ", " and a listed state follow it; else ``plan``."""
    last = plan[-1]
    if len(plan) < 2 or type(last) is not UnknownOrg or not text.startswith(", ", rs + last.end):
        return plan
    prev = plan[-2]
    s, e = rs + last.start, rs + last.end
    if (
        type(prev) is not Name
        or prev.affiliation != text[s:e]
        or not town_of_state(text, s, e, lex)
    ):
        return plan
    person = Name(prev.start, prev.end, prev.words, prev.titled, prev.role, None)
    return (*plan[:-2], person, UnknownPlace(last.start, last.end))
