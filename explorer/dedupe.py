"""Wire copy: the same statement in several articles becomes one event.

Two events are the same statement when their sentences are equal once normalised
(case folded, punctuation and whitespace collapsed) and they are the k-th event of that
sentence in their articles (a sentence with two dates has two events). Each group keeps
the event of its earliest-published article (ties: timeline order) with
``Event.also_in`` naming the other articles; the other events are dropped.

Linear: one dict keyed by the normalised text. Sentences shorter than ``MIN_WORDS``
words are never grouped ("He said so." is not wire copy).
"""

from __future__ import annotations

import re
from dataclasses import replace

from explorer.model import Event
from explorer.timeline import Timeline

MIN_WORDS = 5
_NON_WORD = re.compile(r"[\W_]+")


def normalise(text: str) -> str:
    """Case folded, every run of punctuation/whitespace one space, trimmed."""
    return _NON_WORD.sub(" ", text.casefold()).strip()


def _statement_keys(timeline: Timeline) -> list[tuple[str, int] | None]:
    """Per event: (normalised sentence, k-th event of that sentence), or None if too short."""
    norm: dict[tuple[str, int], str | None] = {}
    per_sentence: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for i, e in enumerate(timeline.events):
        sk = (e.article_id, e.sentence_index)
        if sk not in norm:
            n = normalise(timeline.sentence_text(e))
            norm[sk] = n if n.count(" ") + 1 >= MIN_WORDS else None
        per_sentence.setdefault(sk, []).append((-1 if e.timex_index is None else e.timex_index, i))
    keys: list[tuple[str, int] | None] = [None] * len(timeline.events)
    for sk, items in per_sentence.items():
        text = norm[sk]
        if text is None:
            continue
        for k, (_, i) in enumerate(sorted(items)):
            keys[i] = (text, k)
    return keys


def group_duplicates(timeline: Timeline) -> Timeline:
    """A timeline where each statement found in several articles is one event (see the
    module docstring). Articles and actors are unchanged; events keep their order."""
    events = timeline.events
    rank = {aid: r for r, aid in enumerate(timeline.articles)}

    def age(article_id: str) -> tuple[object, int]:
        return (timeline.articles[article_id].article.published, rank[article_id])

    groups: dict[tuple[str, int], list[int]] = {}
    for i, key in enumerate(_statement_keys(timeline)):
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
