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


# Widths (in cells) from which the table has room for more columns: the time expression
# and the "dated by" mark in columns of their own, then the article's id.
WIDE = 110
WIDER = 140


def timeline_table(
    timeline: Timeline, events: Iterable[Event] | None = None, width: int = WIDER
) -> Table:
    """The events as a table ``width`` cells wide. Narrower than ``WIDE`` (a pipe's 80
    columns), the statement keeps its room: the mark joins the date, the time expression
    and the article's id (if several) go, the article's id then after the statement."""
    wide = width >= WIDE
    several = len(timeline.articles) > 1
    article_column = several and width >= WIDER
    table = Table(show_lines=False, expand=True, header_style="bold")
    table.add_column("Date", no_wrap=True)
    if wide:
        table.add_column("By", no_wrap=True, style="dim")
        table.add_column("Time expression", max_width=24)
    table.add_column("Who", max_width=28 if wide else 18)
    table.add_column("Statement", ratio=1, min_width=24)
    if article_column:
        table.add_column("Article", max_width=24, overflow="fold")
    for e in timeline.events if events is None else events:
        parsed = timeline.articles[e.article_id]
        named = (e.speaker_id, *e.co_speaker_ids) if e.speaker_id else e.actor_ids[:3]
        who = Text(display_text(", ".join(named)), style="green")
        statement = Text(display_text(parsed.sentences[e.sentence_index].text))
        date = _date_cell(e)
        if wide:
            timex = parsed.timexes[e.timex_index].text if e.timex_index is not None else ""
            cells = [date, Text(DATED_BY_MARK[e.dated_by]), Text(display_text(timex), style="cyan")]
        else:
            if DATED_BY_MARK[e.dated_by]:
                date.append(" " + DATED_BY_MARK[e.dated_by], style="dim")
            cells = [date]
        if several and not article_column:
            statement.append(" — " + display_text(e.article_id), style="dim")
        cells += [who, statement]
        if article_column:
            cells.append(Text(display_text(e.article_id)))
        table.add_row(*cells)
    return table
