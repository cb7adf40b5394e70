"""Read one input (text, Markdown, a web page, TimeML, JSON, JSON Lines, stdin) into
Articles."""

from __future__ import annotations

import json
import os
import re
import stat
import sys
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from explorer.model import Article, PublishedSource
from explorer.sources.dateline import find_dateline
from explorer.sources.decode import BinaryInput, decode_bytes, normalise_newlines
from explorer.sources.html import looks_like_html, parse_html
from explorer.sources.metadata import Metadata, find_sidecar, metadata_date, read_sidecar
from explorer.sources.timeml import TimeMLError, parse_timeml
from explorer.sources.types import InputFile, InputKind, LoadProblem

__all__ = ["MAX_INPUT_BYTES", "Options", "read_input"]

MAX_INPUT_BYTES = 200 * 1024 * 1024
_SURROGATE = re.compile(r"[\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class Options:
    published: date | None  # --published: beats everything
    today: date  # the assumed date when nothing else is known
    max_bytes: int = MAX_INPUT_BYTES


class _Refused(Exception):
    pass


def _mib(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB"


def _read_file(path: Path, limit: int) -> bytes:
    """Read a file once, read-only, refusing anything over ``limit`` bytes."""
    with path.open("rb") as f:
        st = os.fstat(f.fileno())
        if stat.S_ISDIR(st.st_mode):
            raise _Refused("is a directory")
        if stat.S_ISREG(st.st_mode) and st.st_size > limit:
            raise _Refused(f"file too large ({_mib(st.st_size)}; limit {_mib(limit)}); skipped")
        data = f.read(limit + 1)
    if len(data) > limit:
        raise _Refused(f"input too large (over {_mib(limit)}); skipped")
    return data


def _resolve_date(
    text: str, meta: date | None, opts: Options
) -> tuple[date, PublishedSource, tuple[str, ...]]:
    if opts.published is not None:
        return opts.published, PublishedSource.OPTION, ()
    if meta is not None:
        return meta, PublishedSource.METADATA, ()
    found = find_dateline(text)
    if found is not None:
        return found.date, PublishedSource.DATELINE, ()
    return (
        opts.today,
        PublishedSource.ASSUMED,
        (f"no publication date found; assuming today {opts.today.isoformat()}",),
    )


def _clean_text(text: str) -> tuple[str, list[str]]:
    """For text that did not come through decode_bytes (JSON strings, text stdin)."""
    warnings: list[str] = []
    text = normalise_newlines(text)
    if "\x00" in text:
        warnings.append(f"removed {text.count(chr(0))} NUL character(s)")
        text = text.replace("\x00", "")
    if _SURROGATE.search(text):
        warnings.append("lone surrogate code points replaced with U+FFFD")
        text = _SURROGATE.sub("\ufffd", text)
    return text, warnings


def _empty(text: str) -> str | None:
    if not text:
        return "empty"
    if not text.strip():
        return "empty (whitespace only)"
    return None


def _article(
    *,
    id: str,
    text: str,
    origin: str,
    fmt: str,
    meta: Metadata,
    meta_date: date | None,
    opts: Options,
    warnings: list[str],
    markup_before: str = "",
    markup_after: str = "",
) -> Article:
    published, source, more = _resolve_date(text, meta_date, opts)
    return Article(
        id=id,
        text=text,
        title=meta.title,
        published=published,
        published_source=source,
        origin=origin,
        format=fmt,
        url=meta.url,
        source=meta.source,
        markup_before=markup_before,
        markup_after=markup_after,
        warnings=(*warnings, *more),
    )


def _sidecar(path: Path) -> Metadata:
    found = find_sidecar(path)
    return read_sidecar(found) if found is not None else Metadata()


def _read_text(item: InputFile, text: str, warnings: list[str], opts: Options) -> Article:
    assert item.path is not None
    meta = _sidecar(item.path)
    fmt = "markdown" if item.kind is InputKind.MARKDOWN else "text"
    return _article(
        id=item.id,
        text=text,
        origin=item.origin,
        fmt=fmt,
        meta=meta,
        meta_date=meta.published,
        opts=opts,
        warnings=[*warnings, *meta.warnings],
    )


def _read_html(
    id: str, origin: str, raw: str, meta: Metadata, warnings: list[str], opts: Options
) -> Article | LoadProblem:
    """A saved web page: its readable text; ``meta`` (the sidecar's) beats the page's."""
    page = parse_html(raw)
    if not page.text.strip():
        return LoadProblem(origin, "web page without readable text")
    return _article(
        id=id,
        text=page.text,
        origin=origin,
        fmt="html",
        meta=Metadata(
            meta.title or page.title,
            meta.published,
            meta.url or page.url,
            meta.source or page.source,
        ),
        meta_date=meta.published or page.published,
        opts=opts,
        warnings=[*warnings, *meta.warnings],
    )


def _read_timeml(
    item: InputFile, raw: str, warnings: list[str], opts: Options
) -> Iterator[Article | LoadProblem]:
    assert item.path is not None
    if item.path.suffix.lower() == ".xml" and "<TimeML" not in raw:
        yield LoadProblem(item.origin, "XML without a <TimeML> element; not supported")
        return
    try:
        doc = parse_timeml(raw)
    except TimeMLError as e:
        yield LoadProblem(item.origin, f"malformed TimeML: {e}")
        return
    empty = _empty(doc.text)
    if empty:
        yield LoadProblem(item.origin, f"<TEXT> is {empty}")
        return
    meta = _sidecar(item.path)
    title = meta.title or doc.title
    yield _article(
        id=item.id,
        text=doc.text,
        origin=item.origin,
        fmt="timeml",
        meta=Metadata(title, meta.published, meta.url, meta.source),
        meta_date=meta.published or doc.dct,
        opts=opts,
        warnings=[*warnings, *doc.warnings, *meta.warnings],
        markup_before=doc.markup_before,
        markup_after=doc.markup_after,
    )


# The names scrapers give an article's fields (news-please, newspaper3k, feeds, CMS
# exports), after ours: the first one present is read.
_FIELD_NAMES = {
    "text": ("text", "maintext", "content", "body", "article_text", "article"),
    "published": (
        "published", "date_publish", "published_at", "publish_date", "pubDate",
        "datePublished", "date",
    ),
    "title": ("title", "headline"),
    "url": ("url", "link"),
    "source": ("source", "source_domain", "outlet", "publisher"),
}  # fmt: skip


def _field(obj: dict[str, object], name: str) -> tuple[str, object]:
    """The key and value of an article's field ``name`` (None: none of its names)."""
    for key in _FIELD_NAMES[name]:
        if obj.get(key) is not None:
            return key, obj[key]
    return name, None


def _jsonl_line(
    obj: object, line_no: int, origin: str, id_base: str, opts: Options, unit: str = "line"
) -> Article | LoadProblem:
    """One article of a JSON Lines line or of a JSON file's list (``unit`` "item")."""
    where = f"{origin}:{line_no}"
    if not isinstance(obj, dict):
        return LoadProblem(where, f"{unit} {line_no}: not a JSON object", fatal_for_input=False)
    text_key, text_value = _field(obj, "text")
    if not isinstance(text_value, str):
        what = "missing" if text_value is None else "not a string"
        return LoadProblem(where, f"{unit} {line_no}: '{text_key}' {what}", fatal_for_input=False)
    text, warnings = _clean_text(text_value)
    empty = _empty(text)
    if empty:
        return LoadProblem(where, f"{unit} {line_no}: {empty} text", fatal_for_input=False)
    fields: dict[str, str | None] = {}
    for name in ("title", "url", "source"):
        key, value = _field(obj, name)
        if value is not None and not isinstance(value, str):
            warnings.append(f"{unit} {line_no}: '{key}' should be a string; ignored")
            value = None
        fields[name] = (_SURROGATE.sub("\ufffd", value).strip() or None) if value else None
    raw_id = obj.get("id")
    article_id = f"{id_base}:{line_no}"
    if isinstance(raw_id, str | int) and not isinstance(raw_id, bool) and str(raw_id).strip():
        article_id = _SURROGATE.sub("\ufffd", str(raw_id).strip())
    elif raw_id is not None:
        warnings.append(f"{unit} {line_no}: 'id' should be a string or integer; ignored")
    meta_date: date | None = None
    _, published = _field(obj, "published")
    if published is not None:
        meta_date, warning = metadata_date(published, f"{unit} {line_no}")
        if warning:
            warnings.append(warning)
    meta = Metadata(fields["title"], meta_date, fields["url"], fields["source"])
    return _article(
        id=article_id,
        text=text,
        origin=where,
        fmt="jsonl",
        meta=meta,
        meta_date=meta_date,
        opts=opts,
        warnings=warnings,
    )


def _with_warnings(article: Article, warnings: list[str]) -> Article:
    if not warnings:
        return article
    return replace(article, warnings=(*warnings, *article.warnings))


def _read_jsonl(
    text: str, origin: str, id_base: str, opts: Options, warnings: list[str]
) -> Iterator[Article | LoadProblem]:
    """One article per line; file-level (decoding) ``warnings`` go on every article."""
    loaded = 0
    lines = 0
    # Split on \n only: str.splitlines() would also split on U+2028 inside strings.
    for line_no, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        lines += 1
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield LoadProblem(
                f"{origin}:{line_no}",
                f"line {line_no}: invalid JSON ({e.msg}, column {e.colno})",
                fatal_for_input=False,
            )
            continue
        except RecursionError:
            yield LoadProblem(
                f"{origin}:{line_no}", f"line {line_no}: JSON nested too deeply", False
            )
            continue
        result = _jsonl_line(obj, line_no, origin, id_base, opts)
        if isinstance(result, Article):
            loaded += 1
            result = _with_warnings(result, warnings)
        yield result
    if loaded == 0:
        yield LoadProblem(origin, "empty" if lines == 0 else "no article could be loaded")


# Keys under which a JSON file may hold its list of articles.
_LIST_KEYS = ("articles", "items", "data", "results", "documents")


def _read_json(
    text: str, origin: str, id_base: str, opts: Options, warnings: list[str]
) -> Iterator[Article | LoadProblem]:
    """A JSON file: a list of articles, an object holding one (``_LIST_KEYS``), or one
    article; each read as a JSON Lines line is, numbered by its place in the list."""
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as e:
        yield LoadProblem(origin, f"invalid JSON ({e.msg}, line {e.lineno} column {e.colno})")
        return
    except RecursionError:
        yield LoadProblem(origin, "JSON nested too deeply")
        return
    items: object = doc
    if isinstance(doc, dict):
        found = next((doc[k] for k in _LIST_KEYS if isinstance(doc.get(k), list)), None)
        items = found if found is not None else [doc]
    if not isinstance(items, list):
        yield LoadProblem(origin, "JSON is neither an article, nor a list of articles")
        return
    loaded = 0
    for n, obj in enumerate(items, start=1):
        result = _jsonl_line(obj, n, origin, id_base, opts, unit="item")
        if isinstance(result, Article):
            loaded += 1
            result = _with_warnings(result, warnings)
        yield result
    if loaded == 0:
        yield LoadProblem(origin, "no article could be loaded" if items else "empty list")


def _looks_like_jsonl(text: str) -> bool:
    for line in text.split("\n"):
        if line.strip():
            if not line.lstrip().startswith("{"):
                return False
            try:
                return isinstance(json.loads(line), dict)
            except (json.JSONDecodeError, RecursionError):
                return False
    return False


def _read_stdin(item: InputFile, opts: Options) -> Iterator[Article | LoadProblem]:
    stream = sys.stdin
    if stream is None:
        yield LoadProblem(item.origin, "no standard input")
        return
    buffer = getattr(stream, "buffer", None)
    try:
        if buffer is not None:
            data = buffer.read(opts.max_bytes + 1)
            if len(data) > opts.max_bytes:
                yield LoadProblem(item.origin, f"input too large (over {_mib(opts.max_bytes)})")
                return
            decoded = decode_bytes(data)
            text, warnings = decoded.text, list(decoded.warnings)
        else:
            text, warnings = _clean_text(stream.read())
    except BinaryInput as e:
        yield LoadProblem(item.origin, str(e))
        return
    except OSError as e:
        yield LoadProblem(item.origin, f"cannot read: {e.strerror or e}")
        return
    empty = _empty(text)
    if empty:
        yield LoadProblem(item.origin, empty)
        return
    if _looks_like_jsonl(text):
        yield from _read_jsonl(text, item.origin, "stdin", opts, warnings)
        return
    if looks_like_html(text):
        yield _read_html(item.id, item.origin, text, Metadata(), warnings, opts)
        return
    yield _article(
        id=item.id,
        text=text,
        origin=item.origin,
        fmt="text",
        meta=Metadata(),
        meta_date=None,
        opts=opts,
        warnings=warnings,
    )


def read_input(item: InputFile, opts: Options) -> Iterator[Article | LoadProblem]:
    """Articles (and problems) from one input. Never raises for bad input."""
    if item.kind is InputKind.STDIN or item.path is None:
        yield from _read_stdin(item, opts)
        return
    try:
        data = _read_file(item.path, opts.max_bytes)
        decoded = decode_bytes(data)
    except _Refused as e:
        yield LoadProblem(item.origin, str(e))
        return
    except BinaryInput as e:
        yield LoadProblem(item.origin, str(e))
        return
    except OSError as e:
        yield LoadProblem(item.origin, e.strerror.lower() if e.strerror else str(e))
        return
    del data
    warnings = list(decoded.warnings)
    empty = _empty(decoded.text)
    if empty:
        yield LoadProblem(item.origin, empty)
        return
    if item.kind is InputKind.TIMEML:
        yield from _read_timeml(item, decoded.text, warnings, opts)
    elif item.kind is InputKind.JSONL:
        yield from _read_jsonl(decoded.text, item.origin, item.id, opts, warnings)
    elif item.kind is InputKind.JSON:
        yield from _read_json(decoded.text, item.origin, item.id, opts, warnings)
    elif item.kind is InputKind.HTML or looks_like_html(decoded.text):
        meta = _sidecar(item.path)
        yield _read_html(item.id, item.origin, decoded.text, meta, warnings, opts)
    else:
        yield _read_text(item, decoded.text, warnings, opts)
