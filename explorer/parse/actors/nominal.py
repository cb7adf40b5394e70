"""Nominal speakers: a title phrase next to a speech cue ("the German chancellor said",
"a spokesman for the ministry said", "..., said a senior army commander").

Such a speaker is a generic group, named by its phrase ("a spokesman for the ministry").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from explorer.parse.actors.data import vocabulary
from explorer.parse.actors.patterns import trie_words

# Words between the phrase and a cue after it (as speakers.py's gaps).
_GAP = (
    r"(?:\s*,\s*[^,;“”\"]{1,140},\s*(?:also\s+|then\s+)?"
    r"|\s*(?:(?:also|then|later|previously|earlier|again|quickly|repeatedly|reportedly|has|"
    r"have|had|was|were|is|would|will|further|last\s+\w+|on\s+\w+|in\s+a\s+statement)\s+)*)"
)
_TAIL = r"\s*(?:,[^“”\"]*)?[.!?”\"’']*\s*"


@dataclass(frozen=True, slots=True)
class Nominal:
    start: int
    end: int
    id: str  # the phrase, determiner in lower case, spaces collapsed
    role: str | None


@dataclass(frozen=True, slots=True)
class _Patterns:
    before: re.Pattern[str]  # the phrase right before a cue (match ends at the cue)
    after: re.Pattern[str]  # the phrase after an inverted cue, to the sentence end
    after_according: re.Pattern[str]  # the phrase after "according to", before a comma
    title: re.Pattern[str]  # a title after a space: found in every phrase ``before`` matches


@cache
def _patterns() -> _Patterns:
    v = vocabulary()
    titles = [t for t, role in v.titles.items() if role and "." not in t]
    mods = trie_words(sorted({*v.title_modifiers, *v.group_modifiers}))
    # Modifiers: a capitalised word ("German", "U.S.") or a title/group modifier.
    mod = rf"(?:[A-Z][\w’'.\-]*|{mods})"
    rest = (
        rf"\s+(?:{mod}\s+){{0,3}}?(?P<title>{trie_words(titles)})(?![\w\-])"
        r"(?:\s+(?:for|of|at)\s+(?:the\s+)?(?:[\w’'.\-]+\s+){0,3}?[\w’'.\-]+)?)"
    )
    np = rf"(?<![\w’'\-])(?P<np>(?:(?P<det>[Tt]he|[Aa]n?)|[A-Z][\w.\-]*[’']s){rest}"
    # The same phrase to search for, opening with its first letter instead of the look-behind:
    # the regex engine then skips to the candidate letters in C (about twice as fast). The
    # look-behinds after the letter test what the look-behind and the letters did; the
    # determiner is the first letter and "det_tail".
    np_search = (
        r"(?P<np>[A-Zat](?<![\w’'\-].)"
        rf"(?:(?P<det_tail>(?<=[Tt])he|(?<=[Aa])n?)|(?<=[A-Z])[\w.\-]*[’']s){rest}"
    )
    return _Patterns(
        before=re.compile(rf"{np_search}{_GAP}$"),
        # In ``rest`` a space (of "\\s+") opens the title, whose look-ahead sees what that of
        # ``before`` sees when searched to the same end.
        title=re.compile(rf"\s(?:{trie_words(titles)})(?![\w\-])"),
        after=re.compile(rf"\s+{np}{_TAIL}$"),
        after_according=re.compile(rf"\s+{np}(?=\s*,)"),
    )


def _found(text: str, m: re.Match[str], det: str | None) -> Nominal:
    s, e = m.span("np")
    if text[e - 1] == "." and text[s:e].split()[-1].count(".") == 1:
        e -= 1  # the sentence's full stop, not an abbreviation's ("U.S.")
    phrase = " ".join(text[s:e].split())
    if det is not None:
        phrase = det.lower() + phrase[len(det) :]
    role = vocabulary().titles.get(" ".join(m.group("title").split()))
    return Nominal(s, e, phrase, role or None)


def nominal_before(text: str, lo: int, cue_start: int) -> Nominal | None:
    """The title phrase ending just before the cue at ``cue_start`` (searched from ``lo``)."""
    p = _patterns()
    lo = max(lo, cue_start - 200)
    # Most windows hold no title: that search is about half the cost of the phrase's.
    if p.title.search(text, lo, cue_start) is None:
        return None
    m = p.before.search(text, lo, cue_start)
    if m is None:
        return None
    tail = m.group("det_tail")
    return _found(text, m, None if tail is None else text[m.start("np")] + tail)


def nominal_after(text: str, cue_end: int, hi: int, according: bool) -> Nominal | None:
    """The title phrase after an inverted cue ("..., said the minister.")."""
    p = _patterns()
    m = (p.after_according if according else p.after).match(text, cue_end, hi)
    return None if m is None else _found(text, m, m.group("det"))
