"""CSV and Markdown views of a timeline (text made safe: no control or escape codes)."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

from explorer.model import Event
from explorer.sanitize import export_text
from explorer.timeline import Timeline

CSV_COLUMNS = (
    "date",
    "date_end",
    "precision",
    "dated_by",
    "time_expression",
    "value",
    "speaker",
    "actors",
    "sentence",
    "article",
    "title",
    "published",
    "explanation",
)


def _row(timeline: Timeline, e: Event) -> dict[str, str]:
    parsed = timeline.articles[e.article_id]
    timex = parsed.timexes[e.timex_index] if e.timex_index is not None else None
    art = parsed.article
    return {
        "date": e.range.iso(),
        "date_end": "" if e.range.open_end else e.range.end_iso(),
        "precision": e.range.precision.name.lower(),
        "dated_by": e.dated_by.value,
        "time_expression": export_text(timex.text) if timex else "",
        "value": timex.value if timex else "",
        "speaker": "; ".join((e.speaker_id, *e.co_speaker_ids)) if e.speaker_id else "",
        "actors": "; ".join(e.actor_ids),
        "sentence": export_text(parsed.sentences[e.sentence_index].text),
        "article": art.id,
        "title": export_text(art.title or ""),
        "published": art.published.isoformat(),
        "explanation": timex.explanation if timex else "",
    }


def write_csv(timeline: Timeline, out: TextIO, events: Iterable[Event] | None = None) -> None:
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for e in timeline.events if events is None else events:
        writer.writerow(_row(timeline, e))


def _md_cell(s: str) -> str:
    return " ".join(s.replace("|", "\\|").split())


def write_markdown(timeline: Timeline, out: TextIO, events: Iterable[Event] | None = None) -> None:
    out.write("| Date | Dated by | Who | Statement | Source |\n|---|---|---|---|---|\n")
    for e in timeline.events if events is None else events:
        r = _row(timeline, e)
        who = r["speaker"] or ", ".join(e.actor_ids[:3])
        source = f"{r['title'] or r['article']} ({r['published']})"
        cells = (r["date"], r["dated_by"], who, r["sentence"], source)
        out.write("| " + " | ".join(_md_cell(c) for c in cells) + " |\n")
