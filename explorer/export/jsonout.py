"""JSON (whole timeline) and JSON Lines (one article at a time, see ``jsonl_text``)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from explorer.export.eventlines import event_lines
from explorer.export.records import article_record, event_record
from explorer.model import Event, ParsedArticle
from explorer.preparsed import parsed_article_record
from explorer.timeline import Timeline, Undated, article_events, order_events


def timeline_document(timeline: Timeline, events: Iterable[Event] | None = None) -> dict[str, Any]:
    chosen = timeline.events if events is None else list(events)
    return {
        "articles": [article_record(p.article) for p in timeline.articles.values()],
        "events": [event_record(e, timeline.articles[e.article_id]) for e in chosen],
    }


def write_json(timeline: Timeline, out: TextIO, events: Iterable[Event] | None = None) -> None:
    json.dump(timeline_document(timeline, events), out, ensure_ascii=False, indent=2)
    out.write("\n")


# One encoder for every line: no circular check (records are trees), compact separators.
_LINE_ENCODER = json.JSONEncoder(ensure_ascii=False, check_circular=False, separators=(",", ":"))


def jsonl_lines(parsed: ParsedArticle, undated: Undated = Undated.CONTEXT) -> Iterable[str]:
    """One article's lines: the article record (with its full parse, so the file can be
    reopened without re-parsing), then its events in date order."""
    yield _LINE_ENCODER.encode(parsed_article_record(parsed))
    aid = parsed.article.id
    yield from event_lines(
        parsed, order_events(article_events(parsed, undated), {aid: parsed}, {aid: 0})
    )


def jsonl_text(parsed: ParsedArticle, undated: Undated = Undated.CONTEXT) -> str:
    """One article's JSON Lines as one string (each line ends with a newline)."""
    return "".join(line + "\n" for line in jsonl_lines(parsed, undated))
