"""A shipping or bus company named "X Line": "Danish carrier Nordvik Line said" and
"Nordvik Line said it rerouted 14 ships" name an organisation that speaks, not a place
(the run alone, "Nordvik Line", reads like "the Blue Line", a railway's line); one such
name after a carrier's noun or before a speech verb."""

from __future__ import annotations

from explorer.parse.actors.runs import Step, UnknownOrg, UnknownPlace

# The nouns of a company that runs ships or coaches before its name.
_CARRIERS = ("carrier ", "line ", "operator ", "company ", "firm ", "group ")
# A speech verb right after the name.
_SPOKE = (" said", " says", " told", " announced", " declined", " confirmed", " added")


def speaking_line(text: str, rs: int, plan: tuple[Step, ...]) -> tuple[Step, ...]:
    """``plan`` with its last place that ends in "Line" made an organisation where a
    carrier's noun stands before it or a speech verb after it; else ``plan``."""
    last = plan[-1]
    if type(last) is not UnknownPlace:
        return plan
    s, e = rs + last.start, rs + last.end
    if not text.endswith(" Line", s, e) or not (
        text.startswith(_SPOKE, e) or text.endswith(_CARRIERS, s - 9 if s > 9 else 0, s)
    ):
        return plan
    return (*plan[:-1], UnknownOrg(last.start, last.end, None))
