"""Runs of capitalised words split into items: known names, titles, connectors, stopwords,
unknown names and unknown organisations ("Halvorsen Energy Group").

A run's items depend on its text alone, so they are cached (names recur).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from explorer.model import ActorKind
from explorer.parse.actors.data import vocabulary
from explorer.parse.actors.lexicon import Entry, Lexicon
from explorer.parse.actors.patterns import patterns

POSSESSIVES = ("’s", "'s", "’", "'")
_POSSESSIVE_ENDS = frozenset("s’'")


def without_possessive(word: str) -> str:
    """``word`` without its possessive endings ("Reuters'" -> "Reuters")."""
    if word[-1:] not in _POSSESSIVE_ENDS:
        return word  # (the usual case: no suffix to remove)
    for suffix in POSSESSIVES:
        word = word.removesuffix(suffix)
    return word


@dataclass(slots=True)
class Item:  # not frozen: created in a hot loop (cached items are never changed)
    kind: str  # LEX, TITLE, CONN, STOP, NAME, ORG
    i: int  # first token index
    j: int  # one past the last token index
    entry: Entry | None = None
    role: str | None = None


@dataclass(frozen=True, slots=True)
class Sets:
    connectors: frozenset[str]
    particles: frozenset[str]
    title_first: frozenset[str]
    title_lengths: dict[str, tuple[int, ...]]  # first word (no dot) -> word counts, longest first
    title_last: frozenset[str]
    titles_longest_first: tuple[str, ...]
    group_words: frozenset[str]
    prepositions: frozenset[str]  # prepositions and "the" (the word before a place)


def _title_lengths(titles: dict[str, str]) -> dict[str, tuple[int, ...]]:
    out: dict[str, set[int]] = {}
    for t in titles:
        words = t.split()
        if len(words) <= 4:
            out.setdefault(words[0].rstrip("."), set()).add(len(words))
    return {w: tuple(sorted(n, reverse=True)) for w, n in out.items()}


@cache
def run_sets() -> Sets:
    v = vocabulary()
    return Sets(
        connectors=frozenset(v.connectors),
        particles=frozenset(v.name_particles) - {"and", "of", "the", "for", "to"},
        title_first=frozenset(t.split()[0] for t in v.titles),
        title_lengths=_title_lengths(v.titles),
        title_last=frozenset(t.split()[-1] for t in v.titles),
        titles_longest_first=tuple(sorted(v.titles, key=len, reverse=True)),
        group_words=frozenset((*v.group_heads, *v.bound_group_heads)),
        prepositions=frozenset((*v.place_prepositions, "the")),
    )


@lru_cache(maxsize=1 << 15)
def classify_single(word: str, lex: Lexicon) -> Entry | bool:
    """A one-word run: its known entry, True to skip it (a title alone, a stopword), or False
    (an unknown name)."""
    entry = lex.lookup(word) if lex.first_key(word) in lex.first_words else None
    if entry is not None:
        return entry
    v = vocabulary()
    if word.lower().rstrip(".") in v.titles:
        return True
    return without_possessive(word) in v.stopwords


def _segment(text: str, toks: list[tuple[int, int]], lex: Lexicon) -> list[Item]:
    """The items of a run of several words (``toks``: its tokens' offsets in ``text``)."""
    sets = run_sets()
    v = vocabulary()
    connectors = sets.connectors
    title_lengths = sets.title_lengths
    title_first = sets.title_first
    titles = v.titles
    first_words = lex.first_words
    lengths = lex.lengths
    n = len(toks)
    items: list[Item] = []
    i = 0
    while i < n:
        s0 = toks[i][0]
        word = text[s0 : toks[i][1]]
        if word in connectors:
            items.append(Item("CONN", i, i + 1))
            i += 1
            continue
        found = False
        first = lex.first_key(word)
        counts = lengths.get(first, ()) if first in first_words else ()
        for k in counts:
            if k > n - i:
                continue
            last = text[toks[i + k - 1][0] : toks[i + k - 1][1]]
            if k > 1 and last in connectors:
                continue
            entry = lex.lookup(text[s0 : toks[i + k - 1][1]])
            if entry is not None:
                items.append(Item("LEX", i, i + k, entry))
                i += k
                found = True
                break
        if found:
            continue
        tkey = word.lower().rstrip(".")
        for k in title_lengths.get(tkey, ()) if tkey in title_first else ():
            if k > n - i:
                continue
            phrase = text[s0 : toks[i + k - 1][1]].lower().rstrip(".")
            phrase = " ".join(phrase.split())
            role = titles.get(phrase)
            if role is not None:
                items.append(Item("TITLE", i, i + k, role=role))
                i += k
                found = True
                break
        if found:
            continue
        bare = without_possessive(word)
        stop = bare in v.stopwords and not (
            i > 0 and bare in v.organisation_heads  # "Sky News"
        )
        items.append(Item("STOP" if stop else "NAME", i, i + 1))
        i += 1
    return _organisations(text, items, toks)


def _organisations(text: str, items: list[Item], toks: list[tuple[int, int]]) -> list[Item]:
    """Merge an unknown name ending in an organisation word into one organisation."""
    heads = vocabulary().organisation_heads
    idx = 0
    while idx < len(items):
        it = items[idx]
        if (
            it.kind != "NAME"
            or without_possessive(text[toks[it.i][0] : toks[it.i][1]]) not in heads
        ):
            idx += 1
            continue
        left = idx
        while left > 0:
            prev = items[left - 1]
            if (
                prev.kind == "NAME"
                or (prev.kind == "LEX" and prev.entry is not None)
                # "the Justice Department", "the Premier League"
                or (prev.kind == "TITLE" and left == idx and prev.j - prev.i == 1)
                or (
                    prev.kind == "CONN"
                    and text[toks[prev.i][0] : toks[prev.i][1]]
                    in (
                        "of",
                        "for",
                        "the",
                        "on",
                        "and",
                    )
                )
            ):
                left -= 1
            else:
                break
        while left < idx and items[left].kind == "CONN":
            left += 1
        right = idx
        while True:
            if right + 1 < len(items) and items[right + 1].kind == "NAME":
                right += 1
            elif (
                right + 2 < len(items)
                and items[right + 1].kind == "CONN"
                and text[toks[items[right + 1].i][0] : toks[items[right + 1].i][1]]
                in ("of", "for", "on")
                and (
                    items[right + 2].kind in ("NAME", "LEX")
                    or (  # "European Court of Justice"
                        items[right + 2].kind == "TITLE"
                        and items[right + 2].j - items[right + 2].i == 1
                        and (right + 3 >= len(items) or items[right + 3].kind != "NAME")
                    )
                )
            ):
                right += 2
            else:
                break
        if items[right].j - items[left].i < 2:
            idx += 1
            continue
        affiliation = next(
            (
                x.entry.id
                for x in items[left : right + 1]
                if x.kind == "LEX"
                and x.entry is not None
                and x.entry.kind in (ActorKind.COUNTRY, ActorKind.ORGANISATION)
            ),
            None,
        )
        org = Item("ORG", items[left].i, items[right].j, None, affiliation)
        items[left : right + 1] = [org]
        idx = left + 1
    return items


@lru_cache(maxsize=1 << 15)
def split_run(run: str, lex: Lexicon) -> tuple[tuple[tuple[int, int], ...], tuple[Item, ...]]:
    """The tokens (offsets in ``run``) and items of a run of several words: a function of
    the run's text alone, so cached (names recur)."""
    toks = [(m.start(), m.end()) for m in patterns().token.finditer(run)]
    return tuple(toks), tuple(_segment(run, toks, lex))


def clear_caches() -> None:
    """Forget the cached runs and words (for benchmarks of a first pass)."""
    split_run.cache_clear()
    classify_single.cache_clear()
