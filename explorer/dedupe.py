"""Wire copy: the same statement in several articles becomes one event.

Two events are the same statement when their sentences are near-verbatim copies and
they are the k-th event of that sentence in their articles (a sentence with two dates
has two events). Near-verbatim: equal once normalised (case folded, punctuation and
whitespace collapsed), or word-trigram Jaccard similarity >= ``SIMILARITY`` (found by
MinHash buckets, then checked exactly). Each group keeps the event of its
earliest-published article (ties: timeline order) with ``Event.also_in`` naming the
other articles; the other events are dropped.

About linear: hashing and buckets, never all pairs. Sentences shorter than ``MIN_WORDS``
words are never grouped ("He said so." is not wire copy).
"""

from __future__ import annotations

import re
from dataclasses import replace

from explorer.model import Event
from explorer.timeline import Timeline

MIN_WORDS = 5
SIMILARITY = 0.9  # word-trigram Jaccard for near-verbatim copies
_SHINGLE = 3
_MASKS = (0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93)
_MULT = 0xFF51AFD7ED558CCD
_U64 = (1 << 64) - 1
_BUCKET_CAP = 50  # compare a sentence with at most this many others per bucket
_NON_WORD = re.compile(r"[\W_]+")


def normalise(text: str) -> str:
    """Case folded, every run of punctuation/whitespace one space, trimmed."""
    return _NON_WORD.sub(" ", text.casefold()).strip()


def _shingles(text: str) -> frozenset[int]:
    words = text.split()
    n = len(words) - _SHINGLE + 1
    return frozenset(hash(tuple(words[i : i + _SHINGLE])) for i in range(max(1, n)))


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


def near_duplicate_classes(texts: list[str]) -> list[int]:
    """For distinct normalised sentences: the index of the first sentence of each one's
    class of near-verbatim copies (word-trigram Jaccard >= SIMILARITY, transitively)."""
    parent = list(range(len(texts)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    shingles = [_shingles(t) for t in texts]
    buckets: dict[tuple[int, int], list[int]] = {}
    for i, sh in enumerate(shingles):
        for j, mask in enumerate(_MASKS):
            sig = min(((h ^ mask) * _MULT) & _U64 for h in sh)
            bucket = buckets.setdefault((j, sig), [])
            for other in bucket[:_BUCKET_CAP]:
                ri, ro = root(i), root(other)
                if ri != ro and jaccard(sh, shingles[other]) >= SIMILARITY:
                    parent[max(ri, ro)] = min(ri, ro)
            bucket.append(i)
    return [root(i) for i in range(len(texts))]


def _statement_keys(timeline: Timeline, near: bool = True) -> list[tuple[int, int] | None]:
    """Per event: (statement class, k-th event of that sentence), or None if too short."""
    norm: dict[tuple[str, int], str | None] = {}
    per_sentence: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for i, e in enumerate(timeline.events):
        sk = (e.article_id, e.sentence_index)
        if sk not in norm:
            n = normalise(timeline.sentence_text(e))
            norm[sk] = n if n.count(" ") + 1 >= MIN_WORDS else None
        per_sentence.setdefault(sk, []).append((-1 if e.timex_index is None else e.timex_index, i))
    distinct = {t: n for n, t in enumerate(dict.fromkeys(t for t in norm.values() if t))}
    texts = list(distinct)
    classes = near_duplicate_classes(texts) if near else list(range(len(texts)))
    keys: list[tuple[int, int] | None] = [None] * len(timeline.events)
    for sk, items in per_sentence.items():
        text = norm[sk]
        if text is None:
            continue
        cls = classes[distinct[text]]
        for k, (_, i) in enumerate(sorted(items)):
            keys[i] = (cls, k)
    return keys


def group_duplicates(timeline: Timeline, *, near: bool = True) -> Timeline:
    """A timeline where each statement found in several articles is one event (see the
    module docstring; ``near=False``: exact normalised copies only). Articles and actors
    are unchanged; events keep their order."""
    events = timeline.events
    rank = {aid: r for r, aid in enumerate(timeline.articles)}

    def age(article_id: str) -> tuple[object, int]:
        return (timeline.articles[article_id].article.published, rank[article_id])

    groups: dict[tuple[int, int], list[int]] = {}
    for i, key in enumerate(_statement_keys(timeline, near)):
        if key is not None:
            groups.setdefault(key, []).append(i)

    drop: set[int] = set()
    replaced: dict[int, Event] = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        first_of_article: dict[str, int] = {}
        for i in members:
            first_of_article.setdefault(events[i].article_id, i)
        if len(first_of_article) < 2:
            continue  # repeated within one article only
        chosen = sorted(first_of_article.values(), key=lambda i: (age(events[i].article_id), i))
        keep, others = chosen[0], chosen[1:]
        also: dict[str, None] = dict.fromkeys(events[keep].also_in)
        for i in others:
            also[events[i].article_id] = None
            also.update(dict.fromkeys(events[i].also_in))
        also.pop(events[keep].article_id, None)
        replaced[keep] = replace(events[keep], also_in=tuple(also))
        drop.update(others)

    if not replaced:
        return timeline
    kept = [replaced.get(i, e) for i, e in enumerate(events) if i not in drop]
    return Timeline(timeline.articles, kept, timeline.actors, timeline.undated)
