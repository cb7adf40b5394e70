"""Timeline events are worked out with the parse and kept in the cache with it, so a warm
launch builds the same timeline without dating every sentence again."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

import explorer.timeline as timeline
from explorer.corpus import parse_articles
from explorer.model import Article, ParsedArticle
from explorer.sources import load_articles
from explorer.timeline import Timeline, Undated, article_events

FIXTURES = Path(__file__).parent / "fixtures" / "actors_unseen4"


def _articles() -> list[Article]:
    return [a for a in load_articles([str(FIXTURES)]) if isinstance(a, Article)]


def test_a_parse_carries_its_events_and_the_cache_keeps_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    arts = _articles()
    cold = list(parse_articles(arts, jobs=1, cache_dir=tmp_path))
    assert all(p.events is not None for p in cold)
    fresh = [replace_events(p) for p in cold]
    for p, f in zip(cold, fresh, strict=True):
        assert list(p.events or ()) == article_events(f)  # the same as dating it now

    # A warm run decodes the events: no sentence is dated again.
    def boom(*args: object, **kw: object) -> object:
        raise AssertionError("dated again although cached")

    monkeypatch.setattr(timeline, "ContextDater", boom)
    warm = list(parse_articles(arts, jobs=1, cache_dir=tmp_path))
    assert [p.events for p in warm] == [p.events for p in cold]
    assert Timeline.build(warm).events == Timeline.build(cold).events


def test_other_dating_modes_are_worked_out_anew() -> None:
    arts = _articles()
    parsed = list(parse_articles(arts, jobs=1, use_cache=False))
    bare = [replace_events(p) for p in parsed]
    for mode in (Undated.PUBLISHED, Undated.HIDE):
        assert Timeline.build(parsed, mode).events == Timeline.build(bare, mode).events


def replace_events(p: ParsedArticle) -> ParsedArticle:
    return replace(p, events=None)
