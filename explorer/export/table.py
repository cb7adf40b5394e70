"""The CLI's rich table: every cell built from inert Text, never from markup."""

from __future__ import annotations

from collections.abc import Iterable

from rich.table import Table
from rich.text import Text

from explorer.labels import date_label
from explorer.model import DatedBy, Event
from explorer.sanitize import display_text
from explorer.timeline import Timeline

DATED_BY_MARK: dict[DatedBy, str] = {
    DatedBy.EXPLICIT: "",
    DatedBy.CONTEXT: "~ctx",
    DatedBy.NEWS_DAY: "~news",
    DatedBy.PUBLISHED: "~pub",
}


def _date_cell(e: Event) -> Text:
    style = "dim" if e.dated_by is not DatedBy.EXPLICIT else "bold"
    return Text(date_label(e.range), style=style)


def timeline_table(timeline: Timeline, events: Iterable[Event] | None = None) -> Table:
    table = Table(show_lines=False, expand=True, header_style="bold")
    table.add_column("Date", no_wrap=True)
    table.add_column("By", no_wrap=True, style="dim")
    table.add_column("Time expression", max_width=24)
    table.add_column("Who", max_width=28)
    table.add_column("Statement", ratio=1)
    table.add_column("Article", max_width=24, overflow="fold")
    for e in timeline.events if events is None else events:
        parsed = timeline.articles[e.article_id]
        timex = parsed.timexes[e.timex_index].text if e.timex_index is not None else ""
        who = e.speaker_id or ", ".join(e.actor_ids[:3])
        table.add_row(
            _date_cell(e),
            Text(DATED_BY_MARK[e.dated_by]),
            Text(display_text(timex), style="cyan"),
            Text(display_text(who), style="green"),
            Text(display_text(parsed.sentences[e.sentence_index].text)),
            Text(display_text(e.article_id)),
        )
    return table
