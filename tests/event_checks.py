"""Helpers for the dating tests on invented articles (tests/test_dating_*.py)."""

from __future__ import annotations

from datetime import date

from explorer.model import Article, DatedBy, Event, PublishedSource
from explorer.parse.pipeline import parse_article
from explorer.timeline import Undated, article_events


def sentence_events(text: str, published: date, start: str) -> list[Event]:
    """The timeline events (undated sentences dated by context) of the sentences of an
    invented article, published on ``published``, that start with ``start``."""
    parsed = parse_article(Article("t", text, "T", published, PublishedSource.METADATA, "t.txt"))
    return [
        e
        for e in article_events(parsed, Undated.CONTEXT)
        if parsed.sentences[e.sentence_index].text.startswith(start)
    ]


def sentence_days(text: str, published: date, start: str) -> list[tuple[str, DatedBy]]:
    """The days of those events (their ISO dates' first ten characters) and how each was
    dated."""
    return [(e.range.iso()[:10], e.dated_by) for e in sentence_events(text, published, start)]
