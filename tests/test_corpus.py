from __future__ import annotations

import gc
import json
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

import explorer.engine as engine
from explorer.corpus import (
    is_parsed_jsonl,
    iter_parsed,
    load_timeline,
    parse_articles,
    parsed_article_record,
    read_parsed_jsonl,
    reparse,
)
from explorer.model import Article, ParsedArticle, PublishedSource
from explorer.parse import pipeline
from explorer.parse.pipeline import parse_article
from explorer.store import DB_NAME, Cache

STORY = (
    "Talks collapsed on Monday in Geneva, officials said.\n\n"
    "The minister said the ceasefire began September 12, {n}.\n\n"
    "No date in this sentence number {n}.\n"
)


def _articles(n: int) -> list[Article]:
    return [
        Article(
            id=f"a{i:03d}",
            text=STORY.format(n=i),
            title=f"Story {i}",
            published=date(2016, 9, 23),
            published_source=PublishedSource.METADATA,
            origin=f"/corpus/a{i:03d}.txt",
        )
        for i in range(n)
    ]


def _write_corpus(root: Path, n: int) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (root / f"s{i:03d}.txt").write_text(STORY.format(n=i))
        (root / f"s{i:03d}.txt.meta.toml").write_text(
            f'title = "Story {i}"\npublished = 2016-09-23\n'
        )
    return root


def test_parallel_equals_sequential_and_keeps_order(tmp_path: Path) -> None:
    arts = _articles(40)
    seq = list(parse_articles(arts, jobs=1, use_cache=False))
    par = list(parse_articles(arts, jobs=2, use_cache=False))
    assert seq == par == [parse_article(a) for a in arts]


def test_cache_hits_on_the_second_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    arts = _articles(20)
    first = list(parse_articles(arts, jobs=2, cache_dir=tmp_path))
    cache = Cache.open(tmp_path)
    assert cache is not None and cache.info().entries == 20
    cache.close()

    def boom(*args: object, **kw: object) -> ParsedArticle:
        raise AssertionError("parsed although cached")

    monkeypatch.setattr(engine, "parse_article", boom)
    monkeypatch.setattr(engine, "parse_batch", boom)
    assert list(parse_articles(arts, jobs=2, cache_dir=tmp_path)) == first
    # A new article among cached ones: only that one is parsed.
    monkeypatch.undo()
    more = [*arts[:5], *_articles(25)[20:], *arts[5:]]
    assert list(parse_articles(more, jobs=1, cache_dir=tmp_path)) == [
        parse_article(a) for a in more
    ]


def test_progress_is_reported(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    out = list(
        parse_articles(
            _articles(12), jobs=2, cache_dir=tmp_path, on_progress=lambda d, t: calls.append((d, t))
        )
    )
    assert len(out) == 12
    assert calls[0] == (0, 12) and calls[-1] == (12, 12)
    assert [d for d, _ in calls] == list(range(13))


def test_no_cache_writes_nothing(tmp_path: Path) -> None:
    list(parse_articles(_articles(3), jobs=1, use_cache=False, cache_dir=tmp_path))
    assert not (tmp_path / DB_NAME).exists()


def test_unusable_cache_warns_once_and_still_parses(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    said: list[str] = []
    out = list(
        parse_articles(_articles(10), jobs=2, cache_dir=blocker / "c", on_warning=said.append)
    )
    assert len(out) == 10 and len(said) == 1


def test_early_close_stops_the_pool(tmp_path: Path) -> None:
    it = parse_articles(_articles(60), jobs=2, cache_dir=tmp_path)
    first = next(it)
    assert first.article.id == "a000"
    it.close()
    cache = Cache.open(tmp_path)
    assert cache is not None and cache.info().entries >= 1


def test_iter_parsed_over_files(tmp_path: Path) -> None:
    root = _write_corpus(tmp_path / "in", 12)
    problems: list[tuple[str, str]] = []
    kw = {"cache_dir": tmp_path / "cache", "on_problem": lambda o, m: problems.append((o, m))}
    seq = list(iter_parsed([str(root)], jobs=1, use_cache=False, **kw))  # type: ignore[arg-type]
    par = list(iter_parsed([str(root)], jobs=2, **kw))  # type: ignore[arg-type]
    warm = list(iter_parsed([str(root)], jobs=2, **kw))  # type: ignore[arg-type]
    assert len(seq) == 12 and seq == par == warm
    list(iter_parsed([str(tmp_path / "missing.txt")], **kw))  # type: ignore[arg-type]
    assert problems and problems[-1][0].endswith("missing.txt")


def test_published_override_changes_the_key(tmp_path: Path) -> None:
    root = _write_corpus(tmp_path / "in", 2)
    kw = {"cache_dir": tmp_path / "cache", "jobs": 1}
    plain = list(iter_parsed([str(root)], **kw))  # type: ignore[arg-type]
    moved = list(iter_parsed([str(root)], published=date(2017, 3, 1), **kw))  # type: ignore[arg-type]
    assert {p.article.published for p in moved} == {date(2017, 3, 1)}
    assert plain != moved


def test_load_timeline(tmp_path: Path) -> None:
    root = _write_corpus(tmp_path / "in", 3)
    tl = load_timeline([str(root)], jobs=1, cache_dir=tmp_path / "c")
    assert len(tl.articles) == 3


def test_parsed_jsonl_round_trip(tmp_path: Path) -> None:
    parsed = [parse_article(a) for a in _articles(3)]
    path = tmp_path / "out.jsonl"
    with path.open("w") as fh:
        for p in parsed:
            fh.write(json.dumps(parsed_article_record(p)) + "\n")
            fh.write(json.dumps({"type": "event", "article": p.article.id}) + "\n")
    assert is_parsed_jsonl(path)
    assert list(read_parsed_jsonl(path)) == parsed
    # iter_parsed reads it back without parsing, in order, beside other inputs.
    root = _write_corpus(tmp_path / "in", 1)
    got = list(iter_parsed([str(path), str(root)], jobs=1, cache_dir=tmp_path / "c"))
    assert got[:3] == parsed and len(got) == 4
    # With a publication date, its articles are parsed again against it.
    redated = list(iter_parsed([str(path)], published=date(2020, 1, 1), jobs=1, use_cache=False))
    assert [p.article.published for p in redated] == [date(2020, 1, 1)] * 3


def test_raw_jsonl_is_not_mistaken_for_parsed(tmp_path: Path) -> None:
    path = tmp_path / "raw.jsonl"
    path.write_text('{"text": "Hello.", "type": "news"}\n')
    assert not is_parsed_jsonl(path)
    assert not is_parsed_jsonl(tmp_path / "absent.jsonl")


def test_broken_parsed_line_is_a_problem(tmp_path: Path) -> None:
    p = parse_article(_articles(1)[0])
    path = tmp_path / "out.jsonl"
    path.write_text(
        json.dumps(parsed_article_record(p)) + "\n" + '{"type": "article", "parsed": {}}\n'
    )
    problems: list[str] = []
    got = list(read_parsed_jsonl(path, lambda o, m: problems.append(o)))
    assert got == [p] and problems == [f"{path}:2"]
    with pytest.raises(ValueError):
        list(read_parsed_jsonl(path))


def test_reparse_redates() -> None:
    a = _articles(1)[0]
    p = reparse(a, date(2017, 1, 2))
    assert p.article.published == date(2017, 1, 2)
    assert p.article.published_source is PublishedSource.OPTION
    assert replace(p.article, published=a.published, published_source=a.published_source) == a


_INTERRUPTED = textwrap.dedent(
    """
    import sys, time
    from datetime import date
    import explorer.corpus as corpus
    import explorer.engine as engine
    from explorer.model import Article, PublishedSource
    from explorer.parse import pipeline

    real = pipeline.parse_article
    def slow(article, dictionary=None):
        time.sleep(0.01)
        return real(article, dictionary)
    engine.parse_article = slow

    arts = [Article(f"a{i}", f"Story {i}. On Monday it rained.", None, date(2020, 1, 1),
                    PublishedSource.METADATA, f"a{i}.txt") for i in range(5000)]
    try:
        for i, p in enumerate(corpus.parse_articles(arts, jobs=2, cache_dir=sys.argv[1])):
            if i == 50:
                print("started", flush=True)
    except KeyboardInterrupt:
        print("interrupted", flush=True)
        sys.exit(130)
    """
)


def _default_sigint() -> None:
    """Let the child take Ctrl-C whoever started the tests: a shell starts its background
    jobs with SIGINT ignored, and a child inherits that (Python then raises no
    KeyboardInterrupt)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_stops_workers_and_leaves_cache_consistent(tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", _INTERRUPTED, str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=_default_sigint,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "started"
    time.sleep(0.2)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 130, err
    assert "interrupted" in out
    conn = sqlite3.connect(tmp_path / DB_NAME)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    n = conn.execute("SELECT count(*) FROM parsed").fetchone()[0]
    conn.close()
    assert 50 <= n < 5000  # all rows: the child's parser version may differ from ours


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_parser_crash_is_a_problem_not_a_lost_corpus(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    real = pipeline.analyse_actors

    def fragile(text: str, sentences: object, dictionary: object = None) -> object:
        if "number 7." in text:  # article a007
            raise RuntimeError("boom")
        return real(text, sentences)  # type: ignore[arg-type]

    # The articles of a task are parsed together: one crash loses only its own article.
    monkeypatch.setattr(pipeline, "analyse_actors", fragile)
    problems: list[tuple[str, str]] = []
    out = list(
        parse_articles(
            _articles(20),
            jobs=jobs,
            cache_dir=tmp_path,
            on_problem=lambda o, m: problems.append((o, m)),
        )
    )
    assert [p.article.id for p in out] == [f"a{i:03d}" for i in range(20) if i != 7]
    assert problems == [("/corpus/a007.txt", "could not be parsed (RuntimeError: boom)")]
    cache = Cache.open(tmp_path)
    assert cache is not None and cache.info().entries == 19


def test_parse_batch_is_parse_article_stage_by_stage(monkeypatch: pytest.MonkeyPatch) -> None:
    arts = _articles(12)
    assert pipeline.parse_batch(arts) == [parse_article(a) for a in arts]
    real = pipeline.find_timexes

    def fragile(text: str, published: date, sentences: object) -> object:
        if "number 3." in text:
            raise ValueError("bad date")
        return real(text, published, sentences)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "find_timexes", fragile)
    out = pipeline.parse_batch(arts)
    assert isinstance(out[3], ValueError)
    assert out[:3] + out[4:] == [parse_article(a) for a in arts[:3] + arts[4:]]


def test_parsed_articles_are_kept_out_of_the_cyclic_collector(tmp_path: Path) -> None:
    """A corpus's parses live as long as it is open: full collections must not walk them
    again and again (about a tenth of a cold parse of 10,000 articles)."""
    gc.unfreeze()
    try:
        corpus = _write_corpus(tmp_path, 70)
        parsed = list(iter_parsed([str(corpus)], jobs=1, use_cache=False))
        assert len(parsed) == 70
        # Frozen objects are in no generation's list: the collector never visits them.
        tracked = {id(o) for g in range(3) for o in gc.get_objects(generation=g)}
        first = parsed[0]
        assert first.sentences and id(first) not in tracked
        assert id(first.sentences[0]) not in tracked
        assert id(parsed[-1]) in tracked  # (the last window: frozen by the next parse)
    finally:
        gc.unfreeze()
