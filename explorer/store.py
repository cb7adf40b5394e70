"""A persistent cache of parsed articles: SQLite (WAL) in the user's cache directory.

Keys are content hashes (``cache_key``) that include everything parsing depends on and
the parser version; payloads are zlib-compressed codec JSON *without* the article text,
which the caller passes back in (it is part of the key, so it is the same text).

The cache never raises at its users: a corrupt or foreign file is set aside
(``*.corrupt-<timestamp>``) and rebuilt; an unwritable directory or a full disk turns
the cache off, said once through ``on_warning``. Several processes may share it
(WAL, busy timeout); every write is one transaction, so an interrupted run leaves it
consistent.
"""

from __future__ import annotations

import contextlib
import dataclasses
import enum
import hashlib
import json
import os
import sqlite3
import time
import warnings
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from explorer.codec import (
    CODEC_VERSION,
    CodecError,
    article_to_dict,
    events_from_list,
    events_to_list,
    parsed_from_dict,
)
from explorer.codec import parsed_to_dict as _parsed_to_dict
from explorer.model import Article, ParsedArticle
from explorer.parse.pipeline import PARSER_VERSION

APP_ID = "explorer-parse-cache"
SCHEMA_VERSION = 1
DB_NAME = "parsed.sqlite3"
ENV_CACHE_DIR = "EXPLORER_CACHE_DIR"
BUSY_TIMEOUT_S = 30.0
STALE_AFTER_S = 7 * 24 * 3600.0  # entries of other parser versions kept this long
_SQL_VARS = 500  # keys per IN (...) query, under SQLite's variable limit

WarningHandler = Callable[[str], None]


class CacheWarning(UserWarning):
    """Emitted (when no handler is given) when the cache is set aside or turned off."""


def default_cache_dir() -> Path:
    """$EXPLORER_CACHE_DIR, else the platform's user cache dir for "explorer"."""
    env = os.environ.get(ENV_CACHE_DIR)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("explorer"))


# Keys ----------------------------------------------------------------------------------


def _canonical(obj: Any) -> Any:
    """A JSON-able, deterministic image of plain data (dataclasses, enums, collections)."""
    if isinstance(obj, enum.Enum):
        return _canonical(obj.value)
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {
            "__": type(obj).__name__,
            **{f.name: _canonical(getattr(obj, f.name)) for f in dataclasses.fields(obj)},
        }
    if isinstance(obj, dict):
        return {str(k): _canonical(v) for k, v in sorted(obj.items(), key=lambda kv: str(kv[0]))}
    if isinstance(obj, list | tuple):
        return [_canonical(v) for v in obj]
    if isinstance(obj, set | frozenset):
        return sorted((_canonical(v) for v in obj), key=repr)
    if isinstance(obj, date):
        return obj.isoformat()
    if obj is None or isinstance(obj, bool | int | float | str):
        return obj
    return repr(obj)


def fingerprint(obj: object) -> str:
    """A stable sha256 of plain data, e.g. an ActorDictionary (same data -> same hash)."""
    blob = json.dumps(_canonical(obj), sort_keys=True, ensure_ascii=True, separators=(",", ":"))
    return hashlib.sha256(blob.encode()).hexdigest()


def cache_key(
    article: Article, *, published: date | None = None, dictionary_hash: str | None = None
) -> str:
    """sha256 of what parsing depends on: the text, the publication date and where it came
    from, the title and format, the parser version, the publication-date override and the
    actor dictionary's fingerprint."""
    h = hashlib.sha256()
    for part in (
        f"explorer-cache/{SCHEMA_VERSION}/{CODEC_VERSION}",
        PARSER_VERSION,
        article.published.isoformat(),
        article.published_source.value,
        "" if article.title is None else "t:" + article.title,
        article.format,
        "" if published is None else published.isoformat(),
        dictionary_hash or "",
    ):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    h.update(article.text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


# Payloads ------------------------------------------------------------------------------


def encode_entry(article: Article, parsed: ParsedArticle) -> bytes:
    """The stored form of ``parsed`` (parsed from ``article``): zlib of compact JSON.
    The article is left out when parsing returned it unchanged (the usual case)."""
    d = _parsed_to_dict(parsed, with_article=False)
    if parsed.events is not None:
        d["ev"] = events_to_list(parsed, parsed.events)
    if parsed.article != article:
        d["a"] = article_to_dict(parsed.article)
    blob = json.dumps(d, ensure_ascii=False, separators=(",", ":"))
    return zlib.compress(blob.encode("utf-8", "surrogatepass"), 6)


def decode_entry(payload: bytes, article: Article) -> ParsedArticle | None:
    """The ParsedArticle of a stored payload for ``article``; None if it does not fit."""
    try:
        d = json.loads(zlib.decompress(payload).decode("utf-8", "surrogatepass"))
        parsed = parsed_from_dict(d, article)
        if "ev" in d:
            parsed = dataclasses.replace(parsed, events=events_from_list(parsed, d["ev"]))
    except (zlib.error, UnicodeDecodeError, ValueError, CodecError):
        return None
    if "a" in d and (parsed.article.id, parsed.article.origin) != (article.id, article.origin):
        return None  # parsing changed the article, and that was another one's
    return parsed


# The cache -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CacheInfo:
    path: Path
    entries: int  # of this parser version
    bytes: int  # database file plus its WAL (all versions)
    older: int = 0  # entries of other parser versions (dropped after STALE_AFTER_S)


_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS parsed (
    key TEXT PRIMARY KEY,
    parser TEXT NOT NULL,
    payload BLOB NOT NULL,
    created REAL NOT NULL
) WITHOUT ROWID;
"""


class _Foreign(Exception):
    """The file is an SQLite database, but not one of ours (or of another layout)."""


class Cache:
    """Parsed articles by ``cache_key``. Open with ``Cache.open``; never raises at use."""

    def __init__(self, path: Path, conn: sqlite3.Connection, warn: WarningHandler) -> None:
        self.path = path
        self._conn: sqlite3.Connection | None = conn
        self._warn = warn

    # Opening ---------------------------------------------------------------------------

    @classmethod
    def open(
        cls, path: str | os.PathLike[str] | None = None, *, on_warning: WarningHandler | None = None
    ) -> Cache | None:
        """The cache in directory ``path`` (default: ``default_cache_dir()``), or None,
        said through ``on_warning``, when it cannot be used."""
        warn = on_warning or _warn_default
        directory = Path(path) if path is not None else default_cache_dir()
        db = directory / DB_NAME
        try:
            directory.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            warn(f"parse cache off: cannot create {directory}: {exc.strerror or exc}")
            return None
        for attempt in (1, 2):
            try:
                return cls(db, _connect_when_free(db), warn)
            except (_Foreign, sqlite3.DatabaseError) as exc:
                if isinstance(exc, sqlite3.OperationalError) and not _looks_corrupt(exc):
                    warn(f"parse cache off: cannot use {db}: {exc}")
                    return None
                if attempt == 2:
                    warn(f"parse cache off: {db} is still unusable after a rebuild: {exc}")
                    return None
                aside = _set_aside(db)
                if aside is None:
                    warn(f"parse cache off: {db} is unusable ({exc}) and cannot be moved")
                    return None
                warn(f"parse cache {db} was unusable ({exc}); moved to {aside.name}, rebuilding")
            except OSError as exc:
                warn(f"parse cache off: cannot use {db}: {exc}")
                return None
        return None  # pragma: no cover

    # Reading ---------------------------------------------------------------------------

    def get(self, key: str, article: Article) -> ParsedArticle | None:
        """The cached parse of ``article`` under ``key``, or None."""
        return self.get_many([(key, article)])[0]

    def get_many(self, items: Sequence[tuple[str, Article]]) -> list[ParsedArticle | None]:
        """``get`` for several (key, article) pairs at once, in order."""
        payloads = self._payloads([k for k, _ in items])
        out: list[ParsedArticle | None] = []
        for key, article in items:
            payload = payloads.get(key)
            out.append(None if payload is None else decode_entry(payload, article))
        return out

    def contains(self, keys: Iterable[str]) -> set[str]:
        """Which of ``keys`` are in the cache."""
        return set(
            self._query_keys(
                "SELECT key FROM parsed WHERE parser = ? AND key IN ({})",
                list(keys),
                PARSER_VERSION,
            )
        )

    def payloads(self, keys: Sequence[str]) -> dict[str, bytes]:
        """The stored payloads (see ``decode_entry``) of those ``keys`` that are cached."""
        return self._payloads(keys)

    def _payloads(self, keys: Sequence[str]) -> dict[str, bytes]:
        rows = self._query_rows(
            "SELECT key, payload FROM parsed WHERE parser = ? AND key IN ({})", keys, PARSER_VERSION
        )
        return {str(k): bytes(p) for k, p in rows}

    def _query_keys(self, sql: str, keys: Sequence[str], *params: str) -> list[str]:
        return [str(r[0]) for r in self._query_rows(sql, keys, *params)]

    def _query_rows(self, sql: str, keys: Sequence[str], *params: str) -> list[tuple[Any, ...]]:
        conn = self._conn
        if conn is None or not keys:
            return []
        rows: list[tuple[Any, ...]] = []
        try:
            for i in range(0, len(keys), _SQL_VARS):
                chunk = list(keys[i : i + _SQL_VARS])
                q = sql.format(",".join("?" * len(chunk)))
                rows.extend(conn.execute(q, [*params, *chunk]).fetchall())
        except sqlite3.Error as exc:
            self._turn_off(f"cannot read: {exc}")
            return []
        return rows

    # Writing ---------------------------------------------------------------------------

    def put_many(self, items: Iterable[tuple[str, Article, ParsedArticle]]) -> int:
        """Store (key, article, parsed) triples in one transaction; how many were stored.
        Nothing is stored if the transaction does not complete (e.g. KeyboardInterrupt)."""
        return self.put_encoded((key, encode_entry(a, p)) for key, a, p in items)

    def put_encoded(self, items: Iterable[tuple[str, bytes]]) -> int:
        """Store (key, payload from ``encode_entry``) pairs in one transaction."""
        conn = self._conn
        if conn is None:
            return 0
        now = time.time()
        n = 0
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                for key, payload in items:
                    conn.execute(
                        "INSERT OR REPLACE INTO parsed (key, parser, payload, created)"
                        " VALUES (?, ?, ?, ?)",
                        (key, PARSER_VERSION, payload, now),
                    )
                    n += 1
                conn.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            self._turn_off(f"cannot write: {exc}")
            return 0
        return n

    def clear(self) -> None:
        """Remove every entry (and give the space back)."""
        conn = self._conn
        if conn is None:
            return
        try:
            conn.execute("DELETE FROM parsed")
            conn.execute("VACUUM")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error as exc:
            self._turn_off(f"cannot clear: {exc}")

    # Other -----------------------------------------------------------------------------

    @property
    def usable(self) -> bool:
        return self._conn is not None

    def info(self) -> CacheInfo:
        entries = older = 0
        if self._conn is not None:
            try:
                row = self._conn.execute(
                    "SELECT count(*), coalesce(sum(parser = ?), 0) FROM parsed",
                    (PARSER_VERSION,),
                ).fetchone()
                entries, older = int(row[1]), int(row[0]) - int(row[1])
            except sqlite3.Error:
                entries = older = 0
        size = 0
        for suffix in ("", "-wal"):
            with contextlib.suppress(OSError):
                size += Path(str(self.path) + suffix).stat().st_size
        return CacheInfo(self.path, entries, size, older)

    def close(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(sqlite3.Error):
                self._conn.close()
            self._conn = None

    def __enter__(self) -> Cache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _turn_off(self, why: str) -> None:
        """Stop using the cache for the rest of this run, and say so (once)."""
        if self._conn is None:
            return
        self.close()
        self._warn(f"parse cache off for this run: {self.path}: {why}")


def _warn_default(message: str) -> None:
    warnings.warn(message, CacheWarning, stacklevel=3)


def _looks_corrupt(exc: sqlite3.OperationalError) -> bool:
    msg = str(exc).lower()
    return "malformed" in msg or "not a database" in msg or "no such table" in msg


def _connect_when_free(db: Path) -> sqlite3.Connection:
    """``_connect``, waiting while another process holds the database: a process that
    creates it (or switches it to WAL) locks it for a moment, and some of these steps do
    not wait by themselves."""
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    delay = 0.01
    while True:
        try:
            return _connect(db)
        except sqlite3.OperationalError as exc:
            text = str(exc).lower()
            if ("locked" not in text and "busy" not in text) or time.monotonic() > deadline:
                raise
        time.sleep(delay)
        delay = min(0.2, delay * 2)


def _connect(db: Path) -> sqlite3.Connection:
    """Open (creating if new) and check the database; raise _Foreign/DatabaseError."""
    conn = sqlite3.connect(db, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        # Reading the schema fails with "file is not a database" on garbage.
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if tables and "meta" not in tables:
            raise _Foreign("not an explorer cache")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise sqlite3.OperationalError(f"cannot switch to WAL (journal mode {mode})")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("BEGIN IMMEDIATE")
        try:
            for stmt in _SCHEMA.split(";"):
                if stmt.strip():
                    conn.execute(stmt)
            meta = dict(conn.execute("SELECT name, value FROM meta").fetchall())
            if not meta:
                conn.executemany(
                    "INSERT INTO meta (name, value) VALUES (?, ?)",
                    [("app", APP_ID), ("schema", str(SCHEMA_VERSION)), ("parser", PARSER_VERSION)],
                )
            elif meta.get("app") != APP_ID or meta.get("schema") != str(SCHEMA_VERSION):
                raise _Foreign(f"not an explorer cache of schema {SCHEMA_VERSION}")
            elif meta.get("parser") != PARSER_VERSION:
                # Entries of another parser version never match a key (nor are read: the
                # query checks the version too). Another process may still use them (an
                # older install, a run started before the parser changed), so only those
                # not written for a while are dropped.
                conn.execute(
                    "DELETE FROM parsed WHERE parser != ? AND created < ?",
                    (PARSER_VERSION, time.time() - STALE_AFTER_S),
                )
                conn.execute("UPDATE meta SET value = ? WHERE name = 'parser'", (PARSER_VERSION,))
            conn.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
            raise
    except BaseException:
        conn.close()
        raise
    return conn


def _set_aside(db: Path) -> Path | None:
    """Rename an unusable database (and its WAL/SHM files) out of the way."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = db.with_name(f"{db.name}.corrupt-{stamp}")
    try:
        if db.exists():
            db.rename(target)
        for suffix in ("-wal", "-shm"):
            side = Path(str(db) + suffix)
            if side.exists():
                side.rename(Path(str(target) + suffix))
    except OSError:
        return None
    return target
