"""A minister's portfolio of several fields is the title's, no actor: "Nigeria's Minister of
Art, Culture and Creative Economy, X," (were persons "Art" and "Culture" and an
organisation "Creative Economy", and X had no role), "the Minister of Trade and Industry,
X," (was a person "Industry")."""

from __future__ import annotations

import re

from explorer.parse.actors.runs.sets import run_sets

# A title, "of"/"for" and a list of two to five fields, each one or two words (capitalised
# or not: "minister of ports and marine transport"), the last after "and" (literal first:
# the title's letters after its capital).
_ITEM = r"[A-Za-z][a-z]+(?:[ \u00a0][A-Za-z][a-z]+)?"
_LIST = re.compile(
    r"(?:inister|ecretary|ommissioner)[ \u00a0](?:of|for)[ \u00a0](?:State[ \u00a0]for[ \u00a0])?"
    rf"(?P<first>{_ITEM})(?P<rest>(?:,[ \u00a0]{_ITEM}){{0,3}},?[ \u00a0]and[ \u00a0]{_ITEM}),"
)
# Fields of portfolios besides the title fields of vocabulary.toml.
_MORE_FIELDS = frozenset(
    {"art", "arts", "creative", "heritage", "gender", "family", "families", "local"}
    | {"government", "rural", "urban", "innovation", "investment", "wildlife", "diaspora"}
    | {"livestock", "skills", "training", "tertiary", "higher", "leisure", "entertainment"}
    | {"broadcasting", "telecommunications", "postal", "services", "consumer", "protection"}
    | {"community", "communities", "cooperatives", "marine", "blue", "ports", "regional"}
)
_OPENERS = ("inister ", "ecretary ", "ommissioner ")


def _fields(words: str) -> bool:
    fields = run_sets().title_fields
    return all(
        w in fields or w in _MORE_FIELDS
        for w in words.replace(",", " ").lower().split()
        if w != "and"
    )


def portfolio_lists(text: str) -> list[tuple[int, int]]:
    """The spans (a title's start, the list's end) of the portfolio lists in ``text``:
    every word of them a portfolio's field."""
    spans = []
    for opener in _OPENERS:  # (each title's letters found by str.find, the list matched there)
        at = text.find(opener)
        while at >= 0:
            m = _LIST.match(text, at)
            if m is not None and _fields(m.group("first")) and _fields(m.group("rest")):
                spans.append((m.start(), m.end() - 1))
            at = text.find(opener, at + 1)
    spans.sort()
    return spans


def portfolio_title_end(text: str, s: int) -> int | None:
    """Where the title's first field ends (at its comma or before "and"), for a name at
    ``s`` after ", " that ends a portfolio list ("Minister of Art|, Culture and Creative
    Economy, X"); else None."""
    window = text[max(0, s - 90) : s]
    if not any(o in window for o in _OPENERS):
        return None
    for m in _LIST.finditer(text, max(0, s - 90), s):
        if m.end() == s - 1 and _fields(m.group("first")) and _fields(m.group("rest")):
            return m.end("first")
    return None
