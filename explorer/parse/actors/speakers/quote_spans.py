"""Mentions and cues inside or outside the quotes: the free mentions of a sentence
(_unquoted, _quoted), the cues inside a quote (_in_quotes), and whether a quote fills a
sentence (_quote_filled).

Apart: index arithmetic over sorted spans (bisect), no language; find_speakers reads it
(_quote_filled for the distance a "he said" looks back over).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import chain, islice, repeat
from sys import maxsize

from explorer.model import Sentence


def _quote_filled(sent: Sentence, qstarts: Sequence[int], qends: Sequence[int]) -> bool:
    """Whether a quote fills ``sent`` (from its start to its end, marks and a space aside):
    a sentence continuing a quote ("“A,” X said. “B. C.”") does not count in the distance
    of a "he said" to its person (``qstarts`` ascending, the spans disjoint)."""
    idx = bisect_right(qstarts, sent.start + 1) - 1
    return idx >= 0 and qends[idx] >= sent.end - 2


def _unquoted(
    starts: list[int], ends: list[int], qstarts: list[int], qends: list[int]
) -> tuple[Sequence[int], list[int], list[int]]:
    """The indices of ``starts`` (ascending) not inside one of the spans ``qstarts[i] <
    start < qends[i]`` (``qstarts`` ascending; as :func:`_quoted`), and their starts and
    ends: the mentions of each span found by bisect, those between spans taken in slices."""
    n = len(starts)
    # The mentions inside each span, [lo, hi): one bisect per span without a Python loop.
    los = map(bisect_right, repeat(starts), qstarts)
    his = map(bisect_left, repeat(starts), qends)
    inside = [(lo, hi) for lo, hi in zip(los, his, strict=True) if lo < hi]
    if not inside:
        return range(n), starts, ends
    free: list[int] = []
    free_starts: list[int] = []
    free_ends: list[int] = []
    nxt = 0  # the first mention after the spans so far
    # The spans' lows ascend (those of their starts): the free mentions run between them.
    for lo, hi in [*inside, (n, n)]:
        if lo > nxt:
            free.extend(range(nxt, lo))
            free_starts.extend(starts[nxt:lo])
            free_ends.extend(ends[nxt:lo])
        nxt = max(nxt, hi)
    return free, free_starts, free_ends


def _in_quotes(cue_spans: list[tuple[int, int]], qstarts: list[int], qends: list[int]) -> set[int]:
    """The starts of the cues inside a quote: inside the last one opening at or before them
    (strictly; ``qstarts`` ascending). Found from the quotes (fewer than cues in news text):
    quote ``q`` is the last one for the cues from its start to the next quote's."""
    if not qstarts:
        return set()
    # (A list comprehension is faster than a generator here, and sorting a sorted list a
    # pass in C.)
    cstarts = [cs for cs, _ in cue_spans]
    cstarts.sort()
    nexts = chain(islice(qstarts, 1, None), (maxsize,))
    los = list(map(bisect_right, repeat(cstarts), qstarts))
    his = list(map(bisect_left, repeat(cstarts), map(min, qends, nexts)))
    out: set[int] = set()
    if los == his:
        return out  # (no cue inside a quote, as in most texts: one comparison in C)
    for lo, hi in zip(los, his, strict=True):
        if lo < hi:
            out.update(cstarts[lo:hi])
    return out


def _quoted(starts: list[int], spans: list[tuple[int, int]]) -> list[bool]:
    """For each position of ``starts`` (sorted): inside one of ``spans`` (sorted, disjoint)?"""
    out = [False] * len(starts)
    if not spans:
        return out
    j = 0
    for k, pos in enumerate(starts):
        while j < len(spans) and spans[j][1] <= pos:
            j += 1
        out[k] = j < len(spans) and spans[j][0] < pos < spans[j][1]
    return out
