"""The reference for quotes.py: paragraph_spans and find_quotes written plainly (each
paragraph's marks from one regex scan, every paragraph visited), to test the faster ones
against. A change of behaviour in quotes.py is made here too."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from explorer.model import Sentence
from explorer.parse.actors.quotes import (  # the parts the faster code shares
    QuoteSpan,
    _is_opening,
)

_MARKS = re.compile(r"[“”\"]")


def paragraph_spans(sentences: Sequence[Sentence]) -> list[tuple[int, int]]:
    """(start, end) of every paragraph covered by sentences, in order."""
    spans: dict[int, tuple[int, int]] = {}
    for s in sentences:
        if s.paragraph in spans:
            a, b = spans[s.paragraph]
            spans[s.paragraph] = (min(a, s.start), max(b, s.end))
        else:
            spans[s.paragraph] = (s.start, s.end)
    return [spans[k] for k in sorted(spans)]


def find_quotes(text: str, sentences: Sequence[Sentence]) -> list[QuoteSpan]:
    out: list[QuoteSpan] = []
    chain = 0
    open_chain: int | None = None  # a quote left open at the end of the previous paragraph
    # The marks of the whole text, then each paragraph's (single characters: the same as
    # scanning each paragraph alone).
    all_marks = [(m.start(), m.group()) for m in _MARKS.finditer(text)]
    positions = [pos for pos, _ in all_marks]
    for ps, pe in paragraph_spans(sentences):
        marks = all_marks[bisect_left(positions, ps) : bisect_left(positions, pe)]
        if not marks or marks[0][0] != ps or marks[0][1] == "”":
            open_chain = None
        i = 0
        left_open: int | None = None
        while i < len(marks):
            pos, ch = marks[i]
            if ch == "”" or (ch == '"' and not _is_opening(text, pos, ps)):
                i += 1  # a stray closing mark
                continue
            close = None
            j = i + 1
            while j < len(marks):
                q, c = marks[j]
                if c == "”" or (c == '"' and (ch == '"' or not _is_opening(text, q, ps))):
                    close = q
                    break
                if c == "“" or (c == '"' and _is_opening(text, q, ps) and ch == "“"):
                    break
                j += 1
            continued = i == 0 and pos == ps and open_chain is not None
            number = open_chain if continued and open_chain is not None else chain + 1
            if number > chain:
                chain = number
            if close is not None:
                out.append(QuoteSpan(pos, close + 1, number, continued))
                i = j + 1
            else:
                end = pe
                if j < len(marks):
                    end = marks[j][0]
                    while end > pos and text[end - 1].isspace():
                        end -= 1
                if end - pos > 1:
                    out.append(QuoteSpan(pos, end, number, continued))
                    if j >= len(marks):
                        left_open = number
                i = j
        open_chain = left_open
    return out
