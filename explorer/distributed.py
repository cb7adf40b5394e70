"""Optional: parse a corpus on a Dask distributed cluster (``pip install 'explorer[dask]'``).

Articles are read here (as ``iter_parsed`` does), sent to the cluster in batches
(``client.map``) and streamed back as they complete (``as_completed``): the order is
completion order, not discovery order (``Timeline.build`` sorts events anyway).
No parse cache is used on this path. Dask is imported only when called.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, Sequence
from datetime import date
from typing import Any

from explorer.corpus import _gather
from explorer.engine import ProblemHandler, ProgressHandler, _parse_list
from explorer.model import Article, ParsedArticle
from explorer.parse.actors import ActorDictionary

DEFAULT_BATCH = 32


class DaskUnavailable(ImportError):
    """dask[distributed] is not installed."""


def _parse_batch(
    articles: list[Article], dictionary: ActorDictionary | None
) -> list[tuple[str, ParsedArticle | str]]:
    """(origin, parse or why it failed) per article."""
    outcomes = _parse_list(articles, dictionary, encode=False)
    return [(a.origin, p) for a, (p, _) in zip(articles, outcomes, strict=True)]


def _import_distributed() -> Any:
    try:
        import distributed
    except ImportError as exc:
        raise DaskUnavailable(
            "the Dask path needs dask[distributed]: pip install 'explorer[dask]'"
        ) from exc
    return distributed


def parse_with_dask(
    paths: Sequence[str],
    scheduler_address: str = "local",
    *,
    published: date | None = None,
    dictionary: ActorDictionary | None = None,
    on_problem: ProblemHandler | None = None,
    on_progress: ProgressHandler | None = None,
    batch_size: int = DEFAULT_BATCH,
    local_workers: int | None = None,
    local_processes: bool = True,
) -> Iterator[ParsedArticle]:
    """Parse everything under ``paths`` on the cluster at ``scheduler_address``
    ("tcp://host:8786"), or on a LocalCluster started for the call with "local"
    (``local_workers`` workers, default the CPU count, one thread each; processes
    unless ``local_processes`` is false). Yields in completion order. Pre-parsed JSON
    Lines files are read as they are. Raises DaskUnavailable without dask[distributed]."""
    dist = _import_distributed()
    items = _gather(paths, published, on_problem)
    total = len(items)
    done = 0
    if on_progress is not None:
        on_progress(0, total)
    articles: list[Article] = []
    for item in items:
        if isinstance(item, ParsedArticle):
            yield item
            done += 1
            if on_progress is not None:
                on_progress(done, total)
        else:
            articles.append(item)
    if not articles:
        return
    size = max(1, batch_size)
    batches = [articles[i : i + size] for i in range(0, len(articles), size)]
    del articles, items

    cluster = None
    if scheduler_address == "local":
        cluster = dist.LocalCluster(
            n_workers=local_workers or os.cpu_count() or 1,
            threads_per_worker=1,
            processes=local_processes,
            dashboard_address=None,
        )
        client = dist.Client(cluster, set_as_default=False)
    else:
        client = dist.Client(scheduler_address, set_as_default=False)
    futures: list[Any] = []
    try:
        futures = client.map(_parse_batch, batches, dictionary=dictionary, pure=False)
        del batches
        for future in dist.as_completed(futures, loop=client.loop):
            outcomes: list[tuple[str, ParsedArticle | str]] = future.result()
            future.release()
            for origin, p in outcomes:
                if isinstance(p, str):
                    if on_problem is not None:
                        on_problem(origin, p)
                else:
                    yield p
                done += 1
                if on_progress is not None:
                    on_progress(done, total)
    finally:
        if futures:
            with contextlib.suppress(Exception):
                client.cancel(futures)
        client.close()
        if cluster is not None:
            cluster.close()
