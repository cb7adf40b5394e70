from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

import explorer.store as store
from explorer.model import Actor, ActorKind, Article, ParsedArticle, PublishedSource
from explorer.parse.actors import ActorDictionary
from explorer.parse.pipeline import parse_article
from explorer.store import DB_NAME, Cache, cache_key, fingerprint


def _article(i: int, text: str | None = None) -> Article:
    return Article(
        id=f"a{i}",
        text=text or f"Article number {i}. On Monday the minister said so.\n\nIt rained.",
        title=f"Title {i}",
        published=date(2016, 9, 23),
        published_source=PublishedSource.METADATA,
        origin=f"/x/a{i}.txt",
    )


def _entries(n: int, start: int = 0) -> list[tuple[str, Article, ParsedArticle]]:
    out = []
    for i in range(start, start + n):
        a = _article(i)
        out.append((cache_key(a), a, parse_article(a)))
    return out


class Warnings:
    def __init__(self) -> None:
        self.messages: list[str] = []

    def __call__(self, message: str) -> None:
        self.messages.append(message)


def test_miss_then_hit(tmp_path: Path) -> None:
    warn = Warnings()
    cache = Cache.open(tmp_path, on_warning=warn)
    assert cache is not None
    (key, art, parsed), *_ = _entries(1)
    assert cache.get(key, art) is None
    assert cache.put_many([(key, art, parsed)]) == 1
    assert cache.get(key, art) == parsed
    info = cache.info()
    assert info.entries == 1 and info.bytes > 0 and info.path == tmp_path / DB_NAME
    cache.close()
    again = Cache.open(tmp_path, on_warning=warn)
    assert again is not None and again.get(key, art) == parsed
    assert warn.messages == []


def test_same_text_elsewhere_gets_its_own_article(tmp_path: Path) -> None:
    cache = Cache.open(tmp_path)
    assert cache is not None
    a = _article(1)
    b = replace(a, id="wire-copy", origin="/y/other.txt")
    assert cache_key(a) == cache_key(b)
    cache.put_many([(cache_key(a), a, parse_article(a))])
    hit = cache.get(cache_key(b), b)
    assert hit is not None and hit.article is b and hit == parse_article(b)


def test_key_depends_on_what_parsing_depends_on() -> None:
    a = _article(1)
    keys = {
        cache_key(a),
        cache_key(replace(a, text=a.text + " ")),
        cache_key(replace(a, published=date(2016, 9, 24))),
        cache_key(replace(a, published_source=PublishedSource.ASSUMED)),
        cache_key(replace(a, title=None)),
        cache_key(a, published=date(2017, 1, 1)),
        cache_key(a, dictionary_hash="abc"),
    }
    assert len(keys) == 7
    assert cache_key(replace(a, id="other", origin="elsewhere")) == cache_key(a)


def test_dictionary_fingerprint_is_stable() -> None:
    d1 = ActorDictionary((Actor("John Kerry", ActorKind.PERSON, ("Kerry",)),))
    d2 = ActorDictionary((Actor("John Kerry", ActorKind.PERSON, ("Kerry",)),))
    d3 = ActorDictionary((Actor("John Kerry", ActorKind.PERSON, ("Mr Kerry",)),))
    assert fingerprint(d1) == fingerprint(d2) != fingerprint(d3)


def test_other_parser_version_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = Cache.open(tmp_path)
    assert cache is not None
    (key, art, parsed), *_ = _entries(1)
    cache.put_many([(key, art, parsed)])
    cache.close()
    monkeypatch.setattr(store, "PARSER_VERSION", "999-test")
    assert cache_key(art) != key
    warn = Warnings()
    newer = Cache.open(tmp_path, on_warning=warn)
    assert newer is not None
    assert newer.get(cache_key(art), art) is None
    # Even under the old key, an old entry is never read.
    assert newer.get(key, art) is None and newer.contains([key]) == set()
    assert newer.info().entries == 0
    assert warn.messages == []
    newer.close()
    assert _all_rows(tmp_path) == 1  # kept a while: another process may still use it
    # Entries of other versions not written for a week are dropped on open.
    monkeypatch.setattr(store, "STALE_AFTER_S", -1.0)
    monkeypatch.setattr(store, "PARSER_VERSION", "1000-test")
    assert Cache.open(tmp_path) is not None
    assert _all_rows(tmp_path) == 0


def _all_rows(directory: Path) -> int:
    """Entries of every parser version (subprocesses may compute another version while
    the parser files are being edited)."""
    conn = sqlite3.connect(directory / DB_NAME)
    try:
        return int(conn.execute("SELECT count(*) FROM parsed").fetchone()[0])
    finally:
        conn.close()


def test_undecodable_payload_is_a_miss(tmp_path: Path) -> None:
    cache = Cache.open(tmp_path)
    assert cache is not None
    art = _article(1)
    cache.put_encoded([(cache_key(art), b"not zlib")])
    assert cache.get(cache_key(art), art) is None


@pytest.mark.parametrize("garbage", [b"this is not a database" * 100, b"\x00" * 10])
def test_corrupt_file_is_set_aside_and_rebuilt(tmp_path: Path, garbage: bytes) -> None:
    (tmp_path / DB_NAME).write_bytes(garbage)
    warn = Warnings()
    cache = Cache.open(tmp_path, on_warning=warn)
    if garbage.startswith(b"\x00"):
        # SQLite treats an all-zero header as an empty database: fine either way.
        assert cache is not None
        return
    assert cache is not None
    assert len(warn.messages) == 1 and "corrupt-" in warn.messages[0]
    aside = list(tmp_path.glob(f"{DB_NAME}.corrupt-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == garbage
    (key, art, parsed), *_ = _entries(1)
    cache.put_many([(key, art, parsed)])
    assert cache.get(key, art) == parsed


def test_foreign_database_is_set_aside(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / DB_NAME)
    conn.execute("CREATE TABLE something (x)")
    conn.commit()
    conn.close()
    warn = Warnings()
    cache = Cache.open(tmp_path, on_warning=warn)
    assert cache is not None and cache.info().entries == 0
    assert len(warn.messages) == 1
    assert list(tmp_path.glob(f"{DB_NAME}.corrupt-*"))


def test_unwritable_dir_runs_without_cache_and_says_so_once(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    warn = Warnings()
    assert Cache.open(blocker / "cache", on_warning=warn) is None
    assert len(warn.messages) == 1 and "off" in warn.messages[0]


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_dir(tmp_path: Path) -> None:
    Cache.open(tmp_path)  # create it
    tmp_path.chmod(0o500)
    try:
        warn = Warnings()
        cache = Cache.open(tmp_path, on_warning=warn)
        if cache is not None:
            cache.put_many(_entries(1))
        assert len(warn.messages) == 1
    finally:
        tmp_path.chmod(0o700)


def test_default_warning_is_a_python_warning(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.warns(store.CacheWarning):
        assert Cache.open(blocker) is None


def test_env_var_sets_the_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(store.ENV_CACHE_DIR, str(tmp_path / "c"))
    cache = Cache.open()
    assert cache is not None and cache.path == tmp_path / "c" / DB_NAME


def test_full_disk_turns_the_cache_off_once(tmp_path: Path) -> None:
    warn = Warnings()
    cache = Cache.open(tmp_path, on_warning=warn)
    assert cache is not None and cache._conn is not None
    pages = cache._conn.execute("PRAGMA page_count").fetchone()[0]
    cache._conn.execute(f"PRAGMA max_page_count = {pages}")  # "the disk is full"
    big = [(f"k{i}", b"x" * 50_000) for i in range(5)]
    assert cache.put_encoded(big) == 0
    assert cache.put_encoded(big) == 0
    assert not cache.usable
    assert len(warn.messages) == 1 and "full" in warn.messages[0]
    (key, art, _), *_ = _entries(1)
    assert cache.get(key, art) is None


def test_interrupted_write_leaves_cache_consistent(tmp_path: Path) -> None:
    cache = Cache.open(tmp_path)
    assert cache is not None
    cache.put_many(_entries(3))

    def interrupted() -> Iterator[tuple[str, bytes]]:
        yield "k-new-1", b"x"
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        cache.put_encoded(interrupted())
    assert cache.info().entries == 3
    cache.put_many(_entries(2, start=10))
    assert cache.info().entries == 5


_WRITER = textwrap.dedent(
    """
    import sys
    from datetime import date
    from explorer.model import Article, PublishedSource
    from explorer.parse.pipeline import parse_article
    from explorer.store import Cache, cache_key

    path, start, n, per = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    msgs = []
    cache = Cache.open(path, on_warning=msgs.append)
    assert cache is not None
    for lo in range(start, start + n, per):
        batch = []
        for i in range(lo, lo + per):
            a = Article(f"a{i}", f"Text {i}. More text.", None, date(2020, 1, 1),
                        PublishedSource.METADATA, f"a{i}.txt")
            batch.append((cache_key(a), a, parse_article(a)))
        assert cache.put_many(batch) == per, msgs
        got = cache.get_many([(k, a) for k, a, _ in batch])
        assert all(g is not None for g in got), msgs
    assert not msgs, msgs
    print("ok", flush=True)
    """
)


def test_two_processes_at_once(tmp_path: Path) -> None:
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(tmp_path), str(start), "200", "5"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for start in (0, 1000)
    ]
    for p in procs:
        out, err = p.communicate(timeout=60)
        assert p.returncode == 0, err
        assert out.strip() == "ok"
    assert _all_rows(tmp_path) == 400


def test_killed_writer_leaves_cache_consistent(tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(tmp_path), "0", "100000", "50"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    db = tmp_path / DB_NAME
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if db.exists():
            try:
                if _all_rows(tmp_path) >= 100:
                    break
            except sqlite3.OperationalError:
                pass  # not created yet
        time.sleep(0.05)
    proc.kill()
    proc.wait()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert Cache.open(tmp_path) is not None
    n = _all_rows(tmp_path)
    assert n >= 100 and n % 50 == 0  # whole transactions only


def test_read_only_database_is_not_set_aside(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Cache.open(tmp_path)

    def read_only(db: Path) -> sqlite3.Connection:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(store, "_connect", read_only)
    warn = Warnings()
    assert Cache.open(tmp_path, on_warning=warn) is None
    assert len(warn.messages) == 1 and "readonly" in warn.messages[0]
    assert not list(tmp_path.glob("*.corrupt-*"))


def test_many_processes_opening_a_new_cache_at_once(tmp_path: Path) -> None:
    """Creating the database locks it for a moment: the others wait, none gives up."""
    opener = (
        "import sys\nfrom explorer.store import Cache\n"
        "msgs = []\nc = Cache.open(sys.argv[1], on_warning=msgs.append)\n"
        "assert c is not None and not msgs, msgs\nprint('ok')\n"
    )
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", opener, str(tmp_path / "fresh")],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(6)
    ]
    for p in procs:
        out, err = p.communicate(timeout=60)
        assert p.returncode == 0, err
        assert out.strip() == "ok"


def test_the_cache_version_covers_every_module_that_dates_events() -> None:
    """A change to how events are dated must make the cache parse again: every module of
    the dating package and the timeline feeds the parser's version, with the parser's own."""
    import explorer
    from explorer.parse.pipeline import parser_files

    base = Path(explorer.__file__).parent
    names = {p.relative_to(base).as_posix() for p in parser_files()}
    dating = {p.relative_to(base).as_posix() for p in (base / "dating").glob("*.py")}
    assert dating and dating <= names
    assert {"timeline.py", "parse/pipeline.py", "parse/timex/__init__.py"} <= names
    assert any(n.startswith("parse/actors/data/") for n in names)  # (data files too)
