"""Speech cues ("said", "told", "according to") of every sentence, from the cues of the
whole text (one scan, see wordscan.py).

The reference is ``patterns().cue`` searched sentence by sentence. The whole text's cues
are each sentence's, except where a sentence's own scan sees something else (a cue crossing
its end, a word going on after it): those sentences are scanned on their own.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import islice
from operator import le

from explorer.model import Sentence
from explorer.parse.actors.patterns import patterns

Span = tuple[int, int]

_WORD_CHAR = re.compile(r"[\w-]")


def _by_sentence(text: str, sentences: Sequence[Sentence]) -> dict[int, list[Span]]:
    """The reference: each sentence scanned on its own."""
    cue_re = patterns().cue
    out: dict[int, list[Span]] = {}
    for si, sent in enumerate(sentences):
        spans = [m.span() for m in cue_re.finditer(text, sent.start, sent.end)]
        if spans:
            out[si] = spans
    return out


def sentence_cues(
    text: str, sentences: Sequence[Sentence], text_cues: list[Span]
) -> dict[int, list[Span]]:
    """The spans of ``patterns().cue.finditer(text, start, end)`` of each sentence, by the
    sentence's index (sentences without a cue left out). ``text_cues``: the spans of
    ``patterns().cue.finditer(text)``."""
    starts = [s.start for s in sentences]
    ends = [s.end for s in sentences]
    n = len(text)
    # The whole-text scan gives each sentence's cues when the sentences are in order and
    # disjoint (as segment gives them).
    if (
        not sentences
        or starts[0] < 0
        or ends[-1] > n
        or not all(map(le, starts, ends))
        or not all(map(le, ends, islice(starts, 1, None)))
    ):
        return _by_sentence(text, sentences)
    out: dict[int, list[Span]] = {}
    # Sentences whose own scan may differ: a cue crosses one of their ends, or a word
    # character follows them (their scan sees no character there, so a cue may end at their
    # end where the whole-text scan sees it go on).
    redo: set[int] = set()
    for span in text_cues:
        cs, ce = span
        si = bisect_right(starts, cs) - 1
        if si >= 0 and ce <= ends[si]:
            out.setdefault(si, []).append(span)
            continue
        if si >= 0 and cs < ends[si]:
            redo.add(si)
        redo.update(range(si + 1, bisect_left(starts, ce)))
    following = "".join(map(text.__getitem__, islice(ends, bisect_left(ends, n))))
    redo.update(m.start() for m in _WORD_CHAR.finditer(following))
    if redo:
        cue_re = patterns().cue
        for si in redo:
            sent = sentences[si]
            spans = [m.span() for m in cue_re.finditer(text, sent.start, sent.end)]
            if spans:
                out[si] = spans
            else:
                out.pop(si, None)
    return out
