"""Whose fiscal calendar it is: a story gives one company's fiscal year ("Meridian Foods
... its fiscal year that ends in June"), and its later quarters of results count on it;
but a quarter in a sentence about another company ("Carrow Energy said fourth-quarter
output would be lower") is that company's, on the calendar.

The owner is the capitalized names of the sentence that gave the calendar, before it; a
sentence is of another company when, before its quarter, it names someone in two or more
capitalized words and nothing the owner's names share a word with.
"""

from __future__ import annotations

import re

from explorer.parse.timex.reading import Context
from explorer.parse.timex.story import _SENTENCE_END_ANY

# A capitalized word without digits ("Meridian", "S&P", "O'Neill"; not "FY27", "Q3").
_CAP_WORD = re.compile(r"\b[A-Z][A-Za-z&'’.-]*(?![\w&'’.-])")
# How far back (characters) the start of the sentence is looked for.
_REACH = 300
# Articles that open a name without being part of it ("The Carrow Group").
_ARTICLES = frozenset({"The", "A", "An"})


def _sentence_start(text: str, at: int) -> int:
    lo = max(0, at - _REACH)
    ends = list(_SENTENCE_END_ANY.finditer(text, lo, at))
    return ends[-1].end() if ends else lo


def _names(text: str, lo: int, hi: int) -> tuple[frozenset[str], bool]:
    """The capitalized words between ``lo`` and ``hi`` that read as parts of names (the
    sentence's first word only when the next word is capitalized too: "In company news"
    is no name, "Carrow Energy" is), and whether any run of two or more is there."""
    words: set[str] = set()
    long_run = False
    prev_end = -2
    run: list[tuple[int, str]] = []
    runs: list[list[tuple[int, str]]] = []
    for w in _CAP_WORD.finditer(text, lo, hi):
        if run and text[prev_end : w.start()].strip() == "":
            run.append((w.start(), w.group()))
        else:
            if run:
                runs.append(run)
            run = [(w.start(), w.group())]
        prev_end = w.end()
    if run:
        runs.append(run)
    for r in runs:
        parts = [w for _, w in r if w not in _ARTICLES]
        if len(parts) >= 2:
            long_run = True
        elif r[0][0] == lo or not parts:
            continue  # a sentence's first word alone is capitalized anyway
        words.update(parts)
    return frozenset(words), long_run


def set_fiscal(ctx: Context, shift: int, at: int, end_month: int = 0) -> None:
    """The story counts quarters ``shift`` from the calendar's, on the calendar of the
    company its sentence names before ``at``; its fiscal year ends in ``end_month`` when
    the story said (0: the last month of a quarter, ``3 * shift``)."""
    ctx.fiscal_shift = shift
    ctx.fiscal_end_month = end_month
    ctx.fiscal_owner = _names(ctx.text, _sentence_start(ctx.text, at), at)[0]


def other_company(ctx: Context, at: int) -> bool:
    """The sentence of the expression at ``at`` is about another company than the one
    whose fiscal calendar the story gave: its own calendar's quarter, not that one's."""
    if not ctx.fiscal_owner:
        return False
    words, long_run = _names(ctx.text, _sentence_start(ctx.text, at), at)
    return long_run and not (words & ctx.fiscal_owner)
