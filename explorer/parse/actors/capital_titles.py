"""A country's or organisation's capitalised title with no name after it before a speech
cue ("Iran's Supreme Leader said", "Nigeria's Army Chief told"): the title phrase a
speaker is, as the lower-case one ("Iran's supreme leader said") is."""

from __future__ import annotations

import re
from functools import cache

from explorer.parse.actors.data import vocabulary
from explorer.parse.actors.patterns import trie_words


def _capitalised(title: str) -> str:
    return " ".join("-".join(p[:1].upper() + p[1:] for p in w.split("-")) for w in title.split())


@cache
def _titles() -> dict[str, str]:
    """The capitalised titles to their role ("Supreme Leader": "supreme leader")."""
    return {
        _capitalised(t): role
        for t, role in vocabulary().titles.items()
        if role and "." not in t and t[:1].islower()
    }


@cache
def _pattern() -> re.Pattern[str]:
    return re.compile(
        r"(?<![\w’'\-])(?P<np>[A-Z][\w.\-]*['’]s\s+"
        rf"(?P<title>{trie_words(sorted(_titles()))}))(?![\w\-])"
        r"\s+(?:(?:also|then|later|has|had|on\s+\w+)\s+)?$"
    )


def capitalised_title_before(
    text: str, lo: int, cue_start: int
) -> tuple[int, int, str, str] | None:
    """The span, phrase and role of a possessive's capitalised title right before the cue
    at ``cue_start`` (searched from ``lo``), if any."""
    if text.find("'s ", lo, cue_start) < 0 and text.find("’s ", lo, cue_start) < 0:
        return None  # (the cheap test first: most cues have no possessive before them)
    m = _pattern().search(text, max(lo, cue_start - 80), cue_start)
    if m is None:
        return None
    s, e = m.span("np")
    return s, e, " ".join(text[s:e].split()), _titles()[" ".join(m.group("title").split())]
