"""The parsing engine behind ``explorer.corpus``: cache look-up, worker processes in
chunks, results in input order.

Workers get (article, cached payload or None) chunks and send back cache payloads (the
parent decodes them: far cheaper than unpickling objects) or, in render mode, the text a
``Render`` function made of each article, so a streaming export uses every core.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import signal
import threading
import warnings
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from datetime import date
from typing import Any

from explorer.model import Article, ParsedArticle
from explorer.parse.actors import ActorDictionary
from explorer.parse.pipeline import parse_article, parse_batch
from explorer.store import (
    Cache,
    CacheWarning,
    cache_key,
    decode_entry,
    encode_entry,
    fingerprint,
)
from explorer.timeline import with_events

ProblemHandler = Callable[[str, str], None]  # (origin, message)
ProgressHandler = Callable[[int, int], None]  # (done, total)
WarningHandler = Callable[[str], None]
# Turns a parsed article into text (e.g. its JSON Lines), in the worker processes: it
# must be picklable (a module-level function, or functools.partial of one).
Render = Callable[[ParsedArticle], str]

CHUNK_MAX = 32  # articles per worker task (fewer for small corpora)
MIN_PARALLEL = 8  # fewer articles to parse than this: parse in-process, no pool
INFLIGHT_PER_JOB = 4  # worker tasks queued ahead per job (bounds memory)
_HIT_WINDOW = 64  # cached articles fetched per query


# Worker side ---------------------------------------------------------------------------

_worker_dictionary: ActorDictionary | None = None
_worker_encode = False
_worker_render: Render | None = None


def _init_worker(dictionary: ActorDictionary | None, encode: bool, render: Render | None) -> None:
    global _worker_dictionary, _worker_encode, _worker_render
    # Ctrl-C is the parent's to handle: it shuts the pool down.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_dictionary = dictionary
    _worker_encode = encode
    _worker_render = render


# An article to work on, with its cached payload when the cache has one.
Work = tuple[Article, bytes | None]
# (result, problem, payload to store): the result is the cache payload of the parse
# (plain mode in a worker: the parent decodes it, far cheaper than unpickling a
# ParsedArticle), the ParsedArticle itself (plain mode in this process), or the rendered
# text (render mode); a problem says why there is none.
Done = tuple[bytes | str | ParsedArticle | None, str | None, bytes | None]


def _work_chunk(chunk: list[Work]) -> list[Done]:
    return _work_many(chunk, _worker_dictionary, _worker_encode, _worker_render)


def _problem(exc: Exception) -> str:
    return f"could not be parsed ({type(exc).__name__}: {exc})"


def _dated(made: ParsedArticle | Exception) -> ParsedArticle | Exception:
    """A fresh parse with its timeline events worked out (kept in the cache with it), so
    the timeline is built from them; an article whose dating fails gets the exception."""
    if not isinstance(made, ParsedArticle):
        return made
    try:
        return with_events(made)
    except Exception as exc:
        return exc


def _work_many(
    works: list[Work],
    dictionary: ActorDictionary | None,
    encode: bool,
    render: Render | None,
    local: bool = False,
) -> list[Done]:
    """Decode or parse each article (the ones to parse together, stage by stage); render
    each in render mode. ``local``: in this process, so a parse is handed over as it is
    (no payload to decode). Never raises for a parser bug on one article: that becomes a
    problem, and the corpus goes on."""
    parsed: list[ParsedArticle | Exception | None] = []
    for article, payload in works:
        try:
            parsed.append(decode_entry(payload, article) if payload is not None else None)
        except Exception as exc:
            parsed.append(exc)
    fresh_at = [i for i, p in enumerate(parsed) if p is None]
    made = parse_batch([works[i][0] for i in fresh_at], dictionary) if fresh_at else []
    made = [_dated(m) for m in made]
    for i, made_one in zip(fresh_at, made, strict=True):
        parsed[i] = made_one
    fresh = set(fresh_at)
    out: list[Done] = []
    for i, ((article, _), result) in enumerate(zip(works, parsed, strict=True)):
        if not isinstance(result, ParsedArticle):
            out.append((None, _problem(result) if result is not None else None, None))
            continue
        try:
            encoded: bytes | None = None
            if i in fresh and (encode or (render is None and not local)):
                encoded = encode_entry(article, result)
            store = encoded if encode else None
            if render is None:
                out.append(((result if local else encoded), None, store))
            else:
                out.append((render(result), None, store))
        except Exception as exc:
            out.append((None, _problem(exc), None))
    return out


def _work(
    work: Work,
    dictionary: ActorDictionary | None,
    encode: bool,
    render: Render | None,
    local: bool = False,
) -> Done:
    """_work_many of one article."""
    return _work_many([work], dictionary, encode, render, local)[0]


# A parse, or why it failed; and its cache payload (for callers that want the objects,
# such as the Dask path).
Outcome = tuple[ParsedArticle | str, bytes | None]


def _parse_one(article: Article, dictionary: ActorDictionary | None, encode: bool) -> Outcome:
    """A parser bug on one article must not lose a whole corpus: it becomes a problem."""
    try:
        p = with_events(parse_article(article, dictionary))
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
    render: Render | None = None,
) -> Iterator[ParsedArticle | str]:
    warn = on_warning or _warn_default
    dict_hash = fingerprint(dictionary) if dictionary is not None else None
    cache = Cache.open(cache_dir, on_warning=warn) if use_cache else None
    try:
        yield from _run(
            items, published, dictionary, dict_hash, jobs, cache, on_progress, on_problem, render
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
    render: Render | None = None,
) -> Iterator[ParsedArticle | str]:
    """The engine of ``iter_parsed`` (yields ParsedArticles) and ``iter_rendered`` (yields
    ``render(parsed)``, computed in the workers, cached articles included)."""
    total = len(items)
    keys: list[str | None] = [
        cache_key(it, published=published, dictionary_hash=dict_hash)
        if isinstance(it, Article)
        else None
        for it in items
    ]
    hits = cache.contains(k for k in keys if k is not None) if cache is not None else set()
    # Plain mode decodes cached articles here; render mode sends them to the workers too.
    to_work = [
        i for i, k in enumerate(keys) if k is not None and (render is not None or k not in hits)
    ]
    n_jobs = max(1, jobs if jobs is not None else (os.cpu_count() or 1))
    parallel = n_jobs > 1 and len(to_work) >= MIN_PARALLEL
    size = max(1, min(CHUNK_MAX, len(to_work) // (n_jobs * INFLIGHT_PER_JOB) or 1))
    tasks = [to_work[i : i + size] for i in range(0, len(to_work), size)]
    task_of = {pos: (t, j) for t, chunk in enumerate(tasks) for j, pos in enumerate(chunk)}
    encode = cache is not None

    pool: ProcessPoolExecutor | None = None
    futures: dict[int, Future[list[Done]]] = {}
    results: dict[int, list[Done]] = {}
    submitted = 0

    def work_of(t: int) -> list[Work]:
        chunk = [_article(items[p]) for p in tasks[t]]
        wanted = [keys[p] or "" for p in tasks[t] if keys[p] in hits]
        payloads = cache.payloads(wanted) if cache is not None and wanted else {}
        return [(a, payloads.get(keys[p] or "")) for a, p in zip(chunk, tasks[t], strict=True)]

    def submit_more() -> None:
        nonlocal submitted
        assert pool is not None
        while submitted < len(tasks) and len(futures) < n_jobs * INFLIGHT_PER_JOB:
            futures[submitted] = pool.submit(_work_chunk, work_of(submitted))
            submitted += 1

    def result_of(t: int) -> list[Done]:
        if t not in results:
            if pool is None:
                results[t] = _work_many(work_of(t), dictionary, encode, render, True)
            else:
                results[t] = futures.pop(t).result()
                submit_more()
            if cache is not None:
                cache.put_encoded(
                    (keys[p] or "", store)
                    for p, (_, _, store) in zip(tasks[t], results[t], strict=True)
                    if store is not None
                )
        return results[t]

    interrupted = False
    try:
        if parallel:
            pool = ProcessPoolExecutor(
                max_workers=min(n_jobs, len(tasks)),
                mp_context=_mp_context(),
                initializer=_init_worker,
                initargs=(dictionary, encode, render),
            )
            submit_more()
        if on_progress is not None:
            on_progress(0, total)
        done = 0
        for lo in range(0, total, _HIT_WINDOW):
            settle_long_lived()
            window = range(lo, min(total, lo + _HIT_WINDOW))
            cached: dict[int, ParsedArticle | None] = {}
            if cache is not None and render is None:
                wanted = [i for i in window if keys[i] in hits]
                got = cache.get_many([(keys[i] or "", _article(items[i])) for i in wanted])
                cached = dict(zip(wanted, got, strict=True))
            for i in window:
                item = items[i]
                outcome: ParsedArticle | str | None
                problem: str | None = None
                if isinstance(item, ParsedArticle):
                    outcome = item if render is None else render(item)
                elif i in task_of:
                    t, j = task_of[i]
                    value, problem, _ = result_of(t)[j]
                    if j == len(tasks[t]) - 1:
                        del results[t]
                    if isinstance(value, bytes):
                        outcome = decode_entry(value, _article(item))
                        if outcome is None:
                            problem = "could not be parsed (unreadable result)"
                    else:
                        outcome = value  # a parse made here, a rendering, or None
                else:
                    outcome = cached.get(i)
                    if outcome is None:  # in the cache but unreadable: parse it here
                        value, problem, store = _work(
                            (_article(item), None), dictionary, encode, None, True
                        )
                        if cache is not None and store is not None:
                            cache.put_encoded([(keys[i] or "", store)])
                        outcome = value if isinstance(value, ParsedArticle) else None
                origin = item.origin if isinstance(item, Article) else ""
                items[i] = None  # let it go once yielded
                if outcome is None or problem is not None:
                    if on_problem is not None:
                        on_problem(origin, problem or "could not be parsed")
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


def settle_long_lived() -> None:
    """Take what this process holds so far out of the cyclic garbage collector's reach
    (``gc.freeze``). A corpus's parsed articles (and the events made from them) live as
    long as the corpus is open, and hold no reference cycles: each full collection walked
    all of them again, about a tenth of a cold parse of 10,000 articles (and a pause in
    the app). Reference counting still frees whatever is dropped; only a reference cycle
    already unreachable at this moment stays in memory (the parser makes none)."""
    gc.freeze()


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
