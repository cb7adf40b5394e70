"""From paths to parsed articles: reading, cache look-up, parallel parsing.

The one entry point views use to get ParsedArticles; it never imports Textual.

``iter_parsed`` yields articles in discovery order (the order of ``paths``, then the
order the sources find them), whatever the number of jobs: cached articles come from
the parse cache (``explorer.store``), the others are parsed in worker processes in
chunks, and stored. Pre-parsed JSON Lines files (written by ``explorer parse --format
jsonl``, see ``parsed_article_record``) are read back without parsing.
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import os
import signal
import threading
import warnings
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from explorer.codec import CodecError, parsed_from_dict, parsed_to_dict
from explorer.model import Article, ParsedArticle, PublishedSource
from explorer.parse.actors import ActorDictionary
from explorer.parse.pipeline import PARSER_VERSION, parse_article
from explorer.store import Cache, CacheWarning, cache_key, encode_entry, fingerprint
from explorer.timeline import Timeline, Undated

ProblemHandler = Callable[[str, str], None]  # (origin, message)
ProgressHandler = Callable[[int, int], None]  # (done, total)
WarningHandler = Callable[[str], None]

CHUNK_MAX = 32  # articles per worker task (fewer for small corpora)
MIN_PARALLEL = 8  # fewer articles to parse than this: parse in-process, no pool
INFLIGHT_PER_JOB = 4  # worker tasks queued ahead per job (bounds memory)
_HIT_WINDOW = 64  # cached articles fetched per query
RECORD_TYPE = "article"


# Pre-parsed JSON Lines -----------------------------------------------------------------


def parsed_article_record(parsed: ParsedArticle) -> dict[str, Any]:
    """The "article" line of ``explorer parse --format jsonl``: the article and its full
    parse, read back by ``read_parsed_jsonl``. Defined here only."""
    return {
        "type": RECORD_TYPE,
        "id": parsed.article.id,
        "parser": PARSER_VERSION,
        "parsed": parsed_to_dict(parsed),
    }


def is_parsed_jsonl(path: str | os.PathLike[str]) -> bool:
    """True for a .jsonl file whose first record is a ``parsed_article_record``."""
    p = Path(path)
    if p.suffix.lower() != ".jsonl" or not p.is_file():
        return False
    try:
        with p.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    rec = json.loads(line)
                    return (
                        isinstance(rec, dict)
                        and rec.get("type") == RECORD_TYPE
                        and isinstance(rec.get("parsed"), dict)
                    )
    except (OSError, UnicodeDecodeError, ValueError):
        return False
    return False


_EVENT_LINE_START = '{"type":"event"'


def read_parsed_jsonl(
    path: str | os.PathLike[str], on_problem: ProblemHandler | None = None
) -> Iterator[ParsedArticle]:
    """The articles of a file written with ``parsed_article_record`` lines, without
    re-parsing; other lines ("event", ...) are skipped. A broken line is reported to
    ``on_problem`` as ("PATH:LINE", message) and skipped; without a handler it raises
    ValueError."""
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip() or line.startswith(_EVENT_LINE_START):
                continue  # event lines are for other readers: no need to decode them
            try:
                rec = json.loads(line)
                if not isinstance(rec, dict):
                    raise ValueError("not a JSON object")
                if rec.get("type") != RECORD_TYPE:
                    continue
                yield parsed_from_dict(rec["parsed"])
            except (ValueError, KeyError, CodecError) as exc:
                msg = f"not a parsed article line: {exc}"
                if on_problem is None:
                    raise ValueError(f"{path}:{lineno}: {msg}") from exc
                on_problem(f"{path}:{lineno}", msg)


# Worker side ---------------------------------------------------------------------------

_worker_dictionary: ActorDictionary | None = None
_worker_encode = False


def _init_worker(dictionary: ActorDictionary | None, encode: bool) -> None:
    global _worker_dictionary, _worker_encode
    # Ctrl-C is the parent's to handle: it shuts the pool down.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_dictionary = dictionary
    _worker_encode = encode


# A parse, or why it failed; and its cache payload.
Outcome = tuple[ParsedArticle | str, bytes | None]


def _parse_chunk(articles: list[Article]) -> list[Outcome]:
    return _parse_list(articles, _worker_dictionary, _worker_encode)


def _parse_one(article: Article, dictionary: ActorDictionary | None, encode: bool) -> Outcome:
    """A parser bug on one article must not lose a whole corpus: it becomes a problem."""
    try:
        p = parse_article(article, dictionary)
        return p, encode_entry(article, p) if encode else None
    except Exception as exc:
        return f"could not be parsed ({type(exc).__name__}: {exc})", None


def _parse_list(
    articles: list[Article], dictionary: ActorDictionary | None, encode: bool
) -> list[Outcome]:
    return [_parse_one(a, dictionary, encode) for a in articles]


def _mp_context() -> Any:
    """How to start workers. fork when this process runs a single thread (fast, and
    scripts need no ``if __name__ == "__main__"`` guard); forkserver when other threads
    run (e.g. in the app), where fork is unsafe, with the parser preloaded; spawn where
    neither exists. ``$EXPLORER_MP_START`` overrides."""
    methods = multiprocessing.get_all_start_methods()
    chosen = os.environ.get("EXPLORER_MP_START", "")
    if chosen not in methods:
        if "fork" in methods and threading.active_count() == 1:
            chosen = "fork"
        elif "forkserver" in methods:
            chosen = "forkserver"
        else:
            chosen = "spawn"
    ctx = multiprocessing.get_context(chosen)
    if chosen == "forkserver":
        ctx.set_forkserver_preload(["explorer.parse.pipeline", "explorer.store"])
    return ctx


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
    yield from _iter_items(
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
    return _iter_items(
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


def _iter_items(
    items: list[Article | ParsedArticle | None],
    *,
    on_problem: ProblemHandler | None,
    published: date | None,
    dictionary: ActorDictionary | None,
    jobs: int | None,
    use_cache: bool,
    cache_dir: str | os.PathLike[str] | None,
    on_progress: ProgressHandler | None,
    on_warning: WarningHandler | None,
) -> Iterator[ParsedArticle]:
    warn = on_warning or _warn_default
    dict_hash = fingerprint(dictionary) if dictionary is not None else None
    cache = Cache.open(cache_dir, on_warning=warn) if use_cache else None
    try:
        yield from _run(
            items, published, dictionary, dict_hash, jobs, cache, on_progress, on_problem
        )
    finally:
        if cache is not None:
            cache.close()


def _warn_default(message: str) -> None:
    warnings.warn(message, CacheWarning, stacklevel=4)


def _article(item: Article | ParsedArticle | None) -> Article:
    assert isinstance(item, Article)
    return item


def _run(
    items: list[Article | ParsedArticle | None],
    published: date | None,
    dictionary: ActorDictionary | None,
    dict_hash: str | None,
    jobs: int | None,
    cache: Cache | None,
    on_progress: ProgressHandler | None,
    on_problem: ProblemHandler | None,
) -> Iterator[ParsedArticle]:
    total = len(items)
    keys: list[str | None] = [
        cache_key(it, published=published, dictionary_hash=dict_hash)
        if isinstance(it, Article)
        else None
        for it in items
    ]
    hits = cache.contains(k for k in keys if k is not None) if cache is not None else set()
    misses = [i for i, k in enumerate(keys) if k is not None and k not in hits]
    n_jobs = max(1, jobs if jobs is not None else (os.cpu_count() or 1))
    parallel = n_jobs > 1 and len(misses) >= MIN_PARALLEL
    size = max(1, min(CHUNK_MAX, len(misses) // (n_jobs * INFLIGHT_PER_JOB) or 1))
    tasks = [misses[i : i + size] for i in range(0, len(misses), size)]
    task_of = {pos: (t, j) for t, chunk in enumerate(tasks) for j, pos in enumerate(chunk)}
    encode = cache is not None

    pool: ProcessPoolExecutor | None = None
    futures: dict[int, Future[list[Outcome]]] = {}
    results: dict[int, list[Outcome]] = {}
    submitted = 0

    def submit_more() -> None:
        nonlocal submitted
        assert pool is not None
        while submitted < len(tasks) and len(futures) < n_jobs * INFLIGHT_PER_JOB:
            chunk = [_article(items[p]) for p in tasks[submitted]]
            futures[submitted] = pool.submit(_parse_chunk, chunk)
            submitted += 1

    def result_of(t: int) -> list[Outcome]:
        if t not in results:
            if pool is None:
                chunk = [_article(items[p]) for p in tasks[t]]
                results[t] = _parse_list(chunk, dictionary, encode)
            else:
                results[t] = futures.pop(t).result()
                submit_more()
            if cache is not None:
                cache.put_encoded(
                    (keys[p] or "", payload)
                    for p, (_, payload) in zip(tasks[t], results[t], strict=True)
                    if payload is not None
                )
        return results[t]

    interrupted = False
    try:
        if parallel:
            pool = ProcessPoolExecutor(
                max_workers=min(n_jobs, len(tasks)),
                mp_context=_mp_context(),
                initializer=_init_worker,
                initargs=(dictionary, encode),
            )
            submit_more()
        if on_progress is not None:
            on_progress(0, total)
        done = 0
        for lo in range(0, total, _HIT_WINDOW):
            window = range(lo, min(total, lo + _HIT_WINDOW))
            cached: dict[int, ParsedArticle | None] = {}
            if cache is not None:
                wanted = [i for i in window if keys[i] in hits]
                got = cache.get_many([(keys[i] or "", _article(items[i])) for i in wanted])
                cached = dict(zip(wanted, got, strict=True))
            for i in window:
                item = items[i]
                outcome: ParsedArticle | str
                if isinstance(item, ParsedArticle):
                    outcome = item
                elif i in task_of:
                    t, j = task_of[i]
                    outcome = result_of(t)[j][0]
                    if j == len(tasks[t]) - 1:
                        del results[t]
                else:
                    found = cached.get(i)
                    if found is None:  # in the cache but unreadable: parse it here
                        art = _article(item)
                        outcome, payload = _parse_one(art, dictionary, cache is not None)
                        if cache is not None and payload is not None:
                            cache.put_encoded([(keys[i] or "", payload)])
                    else:
                        outcome = found
                origin = item.origin if isinstance(item, Article) else ""
                items[i] = None  # let it go once yielded
                if isinstance(outcome, str):
                    if on_problem is not None:
                        on_problem(origin, outcome)
                else:
                    yield outcome
                done += 1
                if on_progress is not None:
                    on_progress(done, total)
    except KeyboardInterrupt:
        interrupted = True
        raise
    finally:
        if pool is not None:
            _stop_pool(pool, futures, wait=not interrupted)


def _stop_pool(pool: ProcessPoolExecutor, futures: dict[int, Future[Any]], *, wait: bool) -> None:
    """Cancel what has not started; on Ctrl-C, also stop the running workers."""
    for f in futures.values():
        f.cancel()
    if not wait:
        procs = getattr(pool, "_processes", None) or {}
        for proc in list(procs.values()):
            with contextlib.suppress(Exception):
                proc.terminate()
    with contextlib.suppress(Exception):
        pool.shutdown(wait=True, cancel_futures=True)


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
    parsed: Sequence[ParsedArticle], undated: Undated = Undated.CONTEXT, *, group: bool = True
) -> Timeline:
    """One timeline for a corpus: actors linked across articles ("Kerry" in one article is
    "John Kerry" of another), then wire copy grouped into one event (``group``)."""
    from explorer.dedupe import group_duplicates
    from explorer.parse.actors import link_corpus

    actor_map = {k: v for k, v in link_corpus(parsed).items() if k != v}
    timeline = Timeline.build(parsed, undated, actor_map or None)
    return group_duplicates(timeline) if group else timeline
