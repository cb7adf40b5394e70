"""From paths to parsed articles: reading, cache look-up, parallel parsing.

The one entry point views use to get ParsedArticles; it never imports Textual.

``iter_parsed`` yields articles in discovery order (the order of ``paths``, then the
order the sources find them), whatever the number of jobs: cached articles come from
the parse cache (``explorer.store``), the others are parsed in worker processes in
chunks, and stored. Pre-parsed JSON Lines files (written by ``explorer parse --format
jsonl``, see ``parsed_article_record``) are read back without parsing.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import date

from explorer.engine import (
    ProblemHandler,
    ProgressHandler,
    Render,
    WarningHandler,
    _iter_items,
)
from explorer.model import Article, ParsedArticle, PublishedSource
from explorer.parse.actors import ActorDictionary
from explorer.parse.pipeline import parse_article
from explorer.preparsed import (
    RECORD_TYPE,
    is_parsed_jsonl,
    parsed_article_record,
    read_parsed_jsonl,
)
from explorer.timeline import Timeline, TimelineBuilder, Undated

__all__ = [
    "RECORD_TYPE",
    "ProblemHandler",
    "ProgressHandler",
    "Render",
    "WarningHandler",
    "build_timeline",
    "is_parsed_jsonl",
    "iter_parsed",
    "iter_rendered",
    "load_timeline",
    "parse_articles",
    "parsed_article_record",
    "read_parsed_jsonl",
    "reparse",
]


# Reading -------------------------------------------------------------------------------


def _gather(
    paths: Sequence[str], published: date | None, on_problem: ProblemHandler | None
) -> list[Article | ParsedArticle]:
    """Everything under ``paths`` in discovery order: Articles to parse, and
    ParsedArticles read from pre-parsed JSON Lines (re-dated Articles with ``published``),
    found as given or inside directories."""
    from explorer.sources import InputFile, InputKind, LoadProblem, discover, load_inputs

    found = discover(paths)
    position = {id(f): i for i, f in enumerate(found)}
    preparsed = [
        (i, f.path)
        for i, f in enumerate(found)
        if isinstance(f, InputFile)
        and f.kind is InputKind.JSONL
        and f.path is not None
        and is_parsed_jsonl(f.path)
    ]
    skip = {i for i, _ in preparsed}
    items: list[Article | ParsedArticle] = []

    def take_preparsed(before: int) -> None:
        while preparsed and preparsed[0][0] < before:
            _, path = preparsed.pop(0)
            for parsed in read_parsed_jsonl(path, on_problem or _ignore_problem):
                if published is not None:
                    items.append(_redated(parsed.article, published))
                else:
                    items.append(parsed)

    def reading(inp: InputFile) -> None:
        take_preparsed(position.get(id(inp), len(found)))

    raw = [f for i, f in enumerate(found) if i not in skip]
    for item in load_inputs(raw, published, on_input=reading):
        if isinstance(item, LoadProblem):
            if on_problem is not None:
                on_problem(item.origin, item.message)
            continue
        items.append(item)
    take_preparsed(len(found))
    return items


def _ignore_problem(origin: str, message: str) -> None:
    return None


def _redated(article: Article, published: date) -> Article:
    return replace(article, published=published, published_source=PublishedSource.OPTION)


# Parsing -------------------------------------------------------------------------------


def iter_parsed(
    paths: Sequence[str],
    *,
    published: date | None = None,
    dictionary: ActorDictionary | None = None,
    on_problem: ProblemHandler | None = None,
    jobs: int | None = None,
    use_cache: bool = True,
    cache_dir: str | os.PathLike[str] | None = None,
    on_progress: ProgressHandler | None = None,
    on_warning: WarningHandler | None = None,
) -> Iterator[ParsedArticle]:
    """Parse every article found under ``paths``; yields them in discovery order.

    ``jobs``: worker processes (default ``os.cpu_count()``; 1 = in this process).
    ``use_cache``/``cache_dir``: the parse cache (default dir: ``default_cache_dir()``).
    ``on_problem(origin, message)``: an input that could not be read, or an article
    the parser failed on (skipped, the rest goes on).
    ``on_progress(done, total)``: after each article (and once with done=0).
    ``on_warning(message)``: the cache could not be used (default: a CacheWarning).
    Ctrl-C (KeyboardInterrupt) stops the workers, leaves the cache consistent and is
    re-raised; so is any other error. Closing the generator early stops the workers.
    """
    items: list[Article | ParsedArticle | None] = [*_gather(paths, published, on_problem)]
    yield from _parsed_only(
        _iter_items(
            items,
            on_problem=on_problem,
            published=published,
            dictionary=dictionary,
            jobs=jobs,
            use_cache=use_cache,
            cache_dir=cache_dir,
            on_progress=on_progress,
            on_warning=on_warning,
        )
    )


def iter_rendered(
    paths: Sequence[str],
    render: Render,
    *,
    published: date | None = None,
    dictionary: ActorDictionary | None = None,
    on_problem: ProblemHandler | None = None,
    jobs: int | None = None,
    use_cache: bool = True,
    cache_dir: str | os.PathLike[str] | None = None,
    on_progress: ProgressHandler | None = None,
    on_warning: WarningHandler | None = None,
    on_article_warning: ProblemHandler | None = None,
) -> Iterator[str]:
    """``render(parsed)`` for every article, in discovery order, computed in the worker
    processes (cached articles are decoded there too), so a streaming export uses every
    core: the parent only reads inputs and writes what comes back.
    ``on_article_warning(origin, message)``: each warning of an article read (an assumed
    publication date, a replaced byte...), since the parsed articles stay in the workers."""
    items: list[Article | ParsedArticle | None] = [*_gather(paths, published, on_problem)]
    if on_article_warning is not None:
        for item in items:
            if isinstance(item, Article):
                for message in item.warnings:
                    on_article_warning(item.origin, message)
    for out in _iter_items(
        items,
        on_problem=on_problem,
        published=published,
        dictionary=dictionary,
        jobs=jobs,
        use_cache=use_cache,
        cache_dir=cache_dir,
        on_progress=on_progress,
        on_warning=on_warning,
        render=render,
    ):
        assert isinstance(out, str)
        yield out


def _parsed_only(outs: Iterator[ParsedArticle | str]) -> Iterator[ParsedArticle]:
    for out in outs:
        assert isinstance(out, ParsedArticle)
        yield out


def parse_articles(
    articles: Sequence[Article],
    *,
    dictionary: ActorDictionary | None = None,
    on_problem: ProblemHandler | None = None,
    jobs: int | None = None,
    use_cache: bool = True,
    cache_dir: str | os.PathLike[str] | None = None,
    on_progress: ProgressHandler | None = None,
    on_warning: WarningHandler | None = None,
) -> Iterator[ParsedArticle]:
    """``iter_parsed`` for Articles already read: cached, parallel, in order."""
    return _parsed_only(
        _iter_items(
            [*articles],
            on_problem=on_problem,
            published=None,
            dictionary=dictionary,
            jobs=jobs,
            use_cache=use_cache,
            cache_dir=cache_dir,
            on_progress=on_progress,
            on_warning=on_warning,
        )
    )


# Conveniences --------------------------------------------------------------------------


def load_timeline(
    paths: Sequence[str],
    *,
    undated: Undated = Undated.CONTEXT,
    published: date | None = None,
    dictionary: ActorDictionary | None = None,
    on_problem: ProblemHandler | None = None,
    jobs: int | None = None,
    use_cache: bool = True,
    cache_dir: str | os.PathLike[str] | None = None,
    on_progress: ProgressHandler | None = None,
    on_warning: WarningHandler | None = None,
    group: bool = True,
) -> Timeline:
    """``build_timeline`` over ``iter_parsed(paths, ...)``."""
    parsed = list(
        iter_parsed(
            paths,
            published=published,
            dictionary=dictionary,
            on_problem=on_problem,
            jobs=jobs,
            use_cache=use_cache,
            cache_dir=cache_dir,
            on_progress=on_progress,
            on_warning=on_warning,
        )
    )
    return build_timeline(parsed, undated, group=group)


def reparse(
    article: Article, published: date, dictionary: ActorDictionary | None = None
) -> ParsedArticle:
    """The same article with another publication date (its dates re-resolved)."""
    return parse_article(_redated(article, published), dictionary)


def build_timeline(
    parsed: Sequence[ParsedArticle] | TimelineBuilder,
    undated: Undated = Undated.CONTEXT,
    *,
    group: bool = True,
) -> Timeline:
    """One timeline for a corpus: actors linked across articles ("Kerry" in one article is
    "John Kerry" of another), then wire copy grouped into one event (``group``).
    ``parsed`` may be a TimelineBuilder that already holds the articles' events."""
    from explorer.dedupe import group_duplicates
    from explorer.parse.actors import link_corpus

    articles = parsed.articles if isinstance(parsed, TimelineBuilder) else parsed
    actor_map = {k: v for k, v in link_corpus(articles).items() if k != v}
    if isinstance(parsed, TimelineBuilder):
        timeline = parsed.timeline(actor_map or None)
    else:
        timeline = Timeline.build(parsed, undated, actor_map or None)
    return group_duplicates(timeline) if group else timeline
