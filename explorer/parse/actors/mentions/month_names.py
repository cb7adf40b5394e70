"""A month opening a run that is the given name of the unknown name after it ("May
Lindqvist said", "Her neighbour, June Carter,"): the run's plan reads the month as a date's
word and names only the surname; :func:`explorer.parse.given_months.month_is_given_name`
decides from the words around it, which the plan (a function of the run alone) cannot see.
So is "He" inside a sentence, a Chinese surname ("A spokesperson for the ministry, He
Yadong, said"; opening a sentence it is the pronoun).
"""

from __future__ import annotations

from dataclasses import replace

from explorer.parse.actors.runs import Name, Step
from explorer.parse.given_months import month_is_given_name

# The runs that may open with such a month (the pre-test of :func:`with_given_month`).
MONTH_OPENERS = ("April ", "May ", "June ", "August ", "He ")


def with_given_month(text: str, rs: int, plan: tuple[Step, ...]) -> tuple[Step, ...]:
    """``plan`` of the run at ``rs``, its first step, an unknown name right after an opening
    month that is a given name, made to start with the month."""
    first = plan[0]
    if type(first) is not Name or first.titled:
        return plan
    month_end = rs + first.start - 1
    if text[month_end] != " ":
        return plan
    if month_end - rs == 2:  # "He"
        if not (rs > 1 and text[rs - 1] == " " and (text[rs - 2] == "," or text[rs - 2].islower())):
            return plan
    elif not month_is_given_name(text, rs, month_end):
        return plan
    return (replace(first, start=0, words=first.words + 1), *plan[1:])
