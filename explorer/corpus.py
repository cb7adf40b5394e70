"""From paths to parsed articles: reading, parsing (later: in parallel, cached).

The one entry point views use to get ParsedArticles; it never imports Textual.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date

from explorer.model import Article, ParsedArticle
from explorer.parse.actors import ActorDictionary
from explorer.parse.pipeline import parse_article

ProblemHandler = Callable[[str, str], None]  # (origin, message)


def iter_parsed(
    paths: Sequence[str],
    *,
    published: date | None = None,
    dictionary: ActorDictionary | None = None,
    on_problem: ProblemHandler | None = None,
) -> Iterator[ParsedArticle]:
    """Parse every article found under ``paths``, in discovery order."""
    from explorer.sources import LoadProblem, load_articles

    for item in load_articles(paths, published=published):
        if isinstance(item, LoadProblem):
            if on_problem is not None:
                on_problem(item.origin, item.message)
            continue
        yield parse_article(item, dictionary)


def reparse(
    article: Article, published: date, dictionary: ActorDictionary | None = None
) -> ParsedArticle:
    """The same article with another publication date (its dates re-resolved)."""
    from dataclasses import replace

    from explorer.model import PublishedSource

    changed = replace(article, published=published, published_source=PublishedSource.OPTION)
    return parse_article(changed, dictionary)
