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
from operator import itemgetter, le

from explorer.model import Sentence
from explorer.parse.actors.patterns import patterns

Span = tuple[int, int]

_WORD_CHAR = re.compile(r"[\w-]")
# "Jonas Berg called her “a quiet giant”", "dubbed the plan “a raid”", "..., calling the result
# “...”": a verb naming what the quote that follows within three words says (no cue
# elsewhere: "a group called Hamas").
_NAMING = re.compile(
    r"(?<![\w’'\-])(?<!is )(?<!was )(?<!be )(?<!been )(?<!are )(?<!were )"
    r"(?:called|calls|calling|dubbed|dubs|dubbing|labell?ed|labell?ing|branded|brands|branding"
    r"|hailed|hails|hailing)"
    r"\s+(?:[\w’'\-]+\s+){0,3}\Z"
)
# "He asked party agents to “stop announcing results”": a request whose words the quote right
# after "to" gives (no cue elsewhere: "asked the court to block the sale").
_REQUEST = re.compile(r"(?<![\w’'\-])(?:asked|asks|asking)\s+(?:[\w’'\-]+\s+){0,4}?to\s+\Z")
_NAMING_REACH = 60
# The stems of _NAMING's and _REQUEST's verbs: a match opens with one.
_NAMING_VERBS = re.compile(r"call|dub|label|brand|hail|ask")
# The last character of _NAMING's words: a match has one before the spaces ending it.
_WORD_END = re.compile(r"[\w’'\-]")
_SENTENCE = itemgetter(0)


def _by_sentence(text: str, sentences: Sequence[Sentence]) -> dict[int, list[Span]]:
    """The reference: each sentence scanned on its own."""
    cue_re = patterns().cue
    out: dict[int, list[Span]] = {}
    for si, sent in enumerate(sentences):
        spans = [m.span() for m in cue_re.finditer(text, sent.start, sent.end)]
        if spans:
            out[si] = spans
    return out


def quote_cues(text: str, quote_starts: Sequence[int]) -> list[Span]:
    """The spans of the naming verbs right before the quotes opening at ``quote_starts``
    (``_NAMING``: "called her “...”"; ``_REQUEST``: "asked them to “...”"): cues of those
    quotes only."""
    out: list[Span] = []
    for q in quote_starts:
        # _NAMING ends with a word and spaces: most quotes follow a colon, a comma or a
        # paragraph's end instead (tests cheaper than the search, which then opens at the
        # first verb's stem in reach: no match opens before it).
        end = q
        while end > 0 and text[end - 1].isspace():
            end -= 1
        if end == q or end == 0 or _WORD_END.match(text, end - 1) is None:
            continue
        verb = _NAMING_VERBS.search(text, q - _NAMING_REACH if q > _NAMING_REACH else 0, q)
        if verb is None:
            continue
        m = _NAMING.search(text, verb.start(), q) or _REQUEST.search(text, verb.start(), q)
        if m is not None:
            out.append((m.start(), m.start() + len(m.group().split()[0])))
    return out


# A question quoted, then who asked it: '"Where will the money come from?" she asked', '...?"
# asked the senator'. "asked" is the speech verb of the quote there only ("X asked the judge
# to ..." is a request, no statement).
_ASKED_AFTER = re.compile(
    r"[ \t]+(?:(?:he|she|they|[A-Z][\w’'.\-]*(?:[ \t]+[A-Z][\w’'.\-]*){0,3})[ \t]+)?"
    r"(asked|asks|wondered)\b"
)
_CLOSING = frozenset('"”’')


def question_cues(text: str, quote_ends: Sequence[int]) -> list[Span]:
    """The spans of "asked" right after the quoted questions ending at ``quote_ends``
    (``_ASKED_AFTER``): cues of those quotes only."""
    out: list[Span] = []
    for e in quote_ends:
        if e >= 2 and text[e - 1] in _CLOSING and text[e - 2] == "?":
            m = _ASKED_AFTER.match(text, e, e + 60)
            if m is not None:
                out.append(m.span(1))
    return out


def with_quote_cues(
    text: str, text_cues: list[Span], quote_starts: Sequence[int], quote_ends: Sequence[int] = ()
) -> list[Span]:
    """``text_cues`` with the :func:`quote_cues` and :func:`question_cues` of the quotes,
    in order."""
    extra = quote_cues(text, quote_starts) + question_cues(text, quote_ends)
    if not extra:
        return text_cues
    known = {cs for cs, _ in text_cues}
    return sorted(text_cues + [c for c in extra if c[0] not in known])


def sentence_cues(
    text: str, sentences: Sequence[Sentence], text_cues: list[Span]
) -> dict[int, list[Span]]:
    """The spans of ``patterns().cue.finditer(text, start, end)`` of each sentence, by the
    sentence's index (sentences without a cue left out). ``text_cues``: the spans of
    ``patterns().cue.finditer(text)``."""
    out: dict[int, list[Span]] = {}
    for si, span in zip(*cues_in_order(text, sentences, text_cues), strict=True):
        out.setdefault(si, []).append(span)
    return out


def cues_in_order(
    text: str, sentences: Sequence[Sentence], text_cues: list[Span]
) -> tuple[list[int], list[Span]]:
    """The cues of :func:`sentence_cues` in a row: the sentence of each, and its span
    (sentence by sentence, each one's in the order of the text). Two lists, as the whole
    text's cues mostly are the sentences' (no list of triples to build)."""
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
        by_sentence = _by_sentence(text, sentences)
        return (
            [si for si, spans in by_sentence.items() for _ in spans],
            [span for spans in by_sentence.values() for span in spans],
        )
    # The sentence of each cue: the last one starting at or before it.
    sis = [bisect_right(starts, cs) - 1 for cs, _ in text_cues]
    spans = text_cues
    # Sentences whose own scan may differ: a cue crosses one of their ends, or a word
    # character follows them (their scan sees no character there, so a cue may end at their
    # end where the whole-text scan sees it go on).
    redo: set[int] = set()
    if sis and (
        min(sis) < 0 or not all(map(le, map(itemgetter(1), spans), map(ends.__getitem__, sis)))
    ):
        kept: list[int] = []
        for k, (si, (cs, ce)) in enumerate(zip(sis, spans, strict=True)):
            if si >= 0 and ce <= ends[si]:
                kept.append(k)
                continue
            if si >= 0 and cs < ends[si]:
                redo.add(si)
            redo.update(range(si + 1, bisect_left(starts, ce)))
        sis = [sis[k] for k in kept]
        spans = [spans[k] for k in kept]
    # The character after each sentence ending before the text does (one C call for all).
    inner = bisect_left(ends, n)
    following = "".join(itemgetter(*ends[:inner])(text)) if inner else ""
    if _WORD_CHAR.search(following) is not None:  # (rare: one search first)
        redo.update(m.start() for m in _WORD_CHAR.finditer(following))
    if not redo:
        return sis, spans
    # Each sentence to redo: its own scan's cues instead, then all in sentence order again.
    cue_re = patterns().cue
    cues = [c for c in zip(sis, spans, strict=True) if c[0] not in redo]
    for si in redo:
        sent = sentences[si]
        cues.extend((si, m.span()) for m in cue_re.finditer(text, sent.start, sent.end))
    cues.sort(key=_SENTENCE)  # stable: a sentence's cues stay in the order of the text
    return [si for si, _ in cues], [span for _, span in cues]
