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

# The words that may open a run so, a month or "He" (the pre-test of
# :func:`with_opening_name_word`).
NAME_OPENING_WORDS = ("April ", "May ", "June ", "August ", "He ")


def with_opening_name_word(text: str, rs: int, plan: tuple[Step, ...]) -> tuple[Step, ...]:
    """``plan`` of the run at ``rs``, its first step, an unknown name right after an opening
    month that is a given name (or "He" inside a sentence), made to start with that word."""
    first = plan[0]
    if type(first) is not Name or first.titled:
        return plan
    word_end = rs + first.start - 1
    if text[word_end] != " ":
        return plan
    if word_end - rs == 2:  # "He"
        if not (rs > 1 and text[rs - 1] == " " and (text[rs - 2] == "," or text[rs - 2].islower())):
            return plan
    elif not month_is_given_name(text, rs, word_end):
        return plan
    return (replace(first, start=0, words=first.words + 1), *plan[1:])
