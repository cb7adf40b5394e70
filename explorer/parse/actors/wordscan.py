"""Generic group nouns ("rebels", "officials") and speech cues ("said", "according to") of a
text, from one fast scan.

The references are ``patterns().group_head.finditer(text)`` and
``patterns().cue.finditer(text)``. Both open with a look-behind (no word character before
the word), so the regex engine tries a match at every character of the text, twice. The scan
here runs once for the words of both lists and opens with the character before a word, a
character class the engine skips to in C. It finds a superset of the references' matches;
at each hit the reference patterns decide, so the spans are exactly the references'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from explorer.parse.actors.data import vocabulary
from explorer.parse.actors.patterns import patterns, trie_words

Span = tuple[int, int]

# The characters both references admit before a word, in ASCII (a non-ASCII word character
# passes too, and the references reject the hit), and the weaker of their look-aheads.
_BEFORE = r"[^a-zA-Z0-9_\-]"
_AFTER = r"(?![\w-])"


@dataclass(frozen=True, slots=True)
class WordHits:
    group_heads: list[Span]  # the spans of patterns().group_head.finditer(text)
    cues: list[Span]  # the spans of patterns().cue.finditer(text)


# The references' verdicts at a hit (see _verdict), by the hit's window: its text from the
# character before it to two characters after it, all that decides them. Texts repeat
# windows (" said,", " officials "), so most hits cost one dict look-up; kept across texts,
# as short texts (TimeML articles) repeat few of their own. (A window cut short by the end
# of the text could equal a full one of a longer hit: those are not kept.)
_VERDICTS: dict[str, tuple[int, int]] = {}
_MAX_VERDICTS = 1 << 15  # (about 1,100 windows in the TimeML corpus)


def clear_caches() -> None:
    """Forget the remembered verdicts (for benchmarks of a first pass)."""
    _VERDICTS.clear()


@cache
def _scan() -> re.Pattern[str]:
    """The scan: the words as the references write them (group nouns as listed and
    capitalised, cues as listed), as their first letter, a class, then a trie of the rest.

    A trie of the whole words opens with an alternation of some forty first letters, lower
    and upper case, which the engine tries one by one at every word of the text; one class
    and a trie keyed by the second letter cost about a third less (and no lower-casing of
    the text). The price is a few hits that are no word of the lists ("Says", "paid" for
    "said"), which the references reject.
    """
    v = vocabulary()
    heads = (*v.group_heads, *v.bound_group_heads)  # (as in patterns())
    written = {*heads, *(h.capitalize() for h in heads), *v.cues, "According to"}
    firsts = "".join(sorted({w[0] for w in written}))
    rests = trie_words(sorted({w[1:] for w in written}))
    return re.compile(rf"{_BEFORE}(?=([{re.escape(firsts)}]{rests}){_AFTER})")


def scan_words(text: str) -> WordHits:
    """The group nouns and speech cues of ``text``."""
    p = patterns()
    group_ref, cue_ref = p.group_head, p.cue
    groups: list[Span] = []
    cues: list[Span] = []
    group_end = cue_end = 0
    # A word opening the text has no character before it for the scan to find.
    m = group_ref.match(text)
    if m is not None:
        groups.append(m.span())
        group_end = m.end()
    m = cue_ref.match(text)
    if m is not None:
        cues.append(m.span())
        cue_end = m.end()
    verdicts = _VERDICTS
    if len(verdicts) > _MAX_VERDICTS:
        verdicts.clear()
    full_before = len(text) - 2  # hits ending up to here have full windows
    for hit in _scan().finditer(text):
        start, end = hit.span(1)
        window = text[start - 1 : end + 2]
        verdict = verdicts.get(window)
        if verdict is None or end > full_before:
            verdict = _verdict(text, start)
            if end <= full_before:
                verdicts[window] = verdict
        group_len, cue_len = verdict
        if group_len and start >= group_end:
            group_end = start + group_len
            groups.append((start, group_end))
        if cue_len and start >= cue_end:
            cue_end = start + cue_len
            cues.append((start, cue_end))
    return WordHits(groups, cues)


def _verdict(text: str, start: int) -> tuple[int, int]:
    """The lengths of the group reference's and the cue reference's matches at ``start``
    (0: none).

    They depend only on the text from ``start - 1`` to two characters after the scan's hit
    (``hit.end(1)``): every reference match at ``start`` is a scan match there (the scan's
    words, character before and look-ahead are the weaker), the scan's is the longest, so a
    reference match ends at or before it, and the references' look-arounds read one
    character before a match and two after it.
    """
    p = patterns()
    g = p.group_head.match(text, start)
    c = p.cue.match(text, start)
    return (0 if g is None else g.end() - start, 0 if c is None else c.end() - start)
