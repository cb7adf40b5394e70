"""Input sources: find article files and read them robustly into :class:`Article`.

Public API::

    discover(paths) -> list[InputFile | LoadProblem]
    load_articles(paths, published=None, today=None) -> Iterator[Article | LoadProblem]
    load_inputs(found, published=None, today=None) -> Iterator[Article | LoadProblem]

``load_articles(paths)`` is ``load_inputs(discover(paths))``; a CLI wanting a progress
bar calls :func:`discover` once, counts the :class:`InputFile` items, then passes the
same list to :func:`load_inputs` (with ``on_input`` to tick the bar).

Problems never raise: they are yielded as :class:`LoadProblem` (print ``str(p)`` to
stderr) and the remaining inputs still load. Input files are only ever opened for
reading.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import date

from explorer.model import Article
from explorer.sources.discover import SUFFIXES, discover
from explorer.sources.readers import MAX_INPUT_BYTES, Options, read_input
from explorer.sources.types import InputFile, InputKind, LoadProblem

__all__ = [
    "MAX_INPUT_BYTES",
    "SUFFIXES",
    "InputFile",
    "InputKind",
    "LoadProblem",
    "discover",
    "load_articles",
    "load_inputs",
]


def load_inputs(
    found: Iterable[InputFile | LoadProblem],
    published: date | None = None,
    today: date | None = None,
    *,
    on_input: Callable[[InputFile], None] | None = None,
    max_bytes: int = MAX_INPUT_BYTES,
) -> Iterator[Article | LoadProblem]:
    """Read what :func:`discover` found, lazily, in order.

    ``published`` overrides every article's date (PublishedSource.OPTION); ``today``
    (default: ``date.today()``) is the date assumed when no date is found.
    ``on_input`` is called just before each input is read. Article ids are made
    unique across everything yielded (a clash gets ``~2``, ``~3``... and a warning).
    """
    opts = Options(published=published, today=today or date.today(), max_bytes=max_bytes)
    ids: set[str] = set()
    for item in found:
        if isinstance(item, LoadProblem):
            yield item
            continue
        if on_input is not None:
            on_input(item)
        for result in read_input(item, opts):
            if isinstance(result, Article):
                result = _unique(result, ids)
            yield result


def _unique(article: Article, ids: set[str]) -> Article:
    if article.id not in ids:
        ids.add(article.id)
        return article
    n = 2
    while f"{article.id}~{n}" in ids:
        n += 1
    new_id = f"{article.id}~{n}"
    ids.add(new_id)
    warning = f"id {article.id!r} already used by another article; renamed {new_id!r}"
    return replace(article, id=new_id, warnings=(*article.warnings, warning))


def load_articles(
    paths: Sequence[str],
    published: date | None = None,
    today: date | None = None,
) -> Iterator[Article | LoadProblem]:
    """Articles and problems from files, directories, and ``-`` (stdin)."""
    return load_inputs(discover(paths), published, today)
