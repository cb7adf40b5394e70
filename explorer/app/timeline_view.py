"""The timeline pane: a virtual, line-API ScrollView over the rows of a filtered timeline.

Rows are kept as data (event indexes and separator labels); a row's Strip is rendered
only when it is on screen and cached in an LRU cache keyed by what it depends on.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from explorer.app.messages import EventHighlighted
from explorer.app.text import inline
from explorer.labels import date_key, date_label, group_key, group_label
from explorer.model import DatedBy, Event
from explorer.timeline import Timeline

CONTEXT_MARK = "↳"
PUBLISHED_MARK = "•"
NEWS_DAY_MARK = "◦"


class TimelineView(ScrollView, can_focus=True):
    """One row per event in timeline order, with month/year separators."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up,k", "cursor_up", "Up", show=False),
        Binding("down,j", "cursor_down", "Down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("home,g", "first", "First", show=False),
        Binding("end,G", "last", "Last", show=False),
        Binding("right_square_bracket", "next_date", "Next date", show=False),
        Binding("left_square_bracket", "previous_date", "Prev date", show=False),
        Binding("tab", "app.switch_pane", "Pane", show=False),
        Binding("enter", "app.switch_pane", "Source", show=False),  # to read or scroll it
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "timeline--date",
        "timeline--context",
        "timeline--marker",
        "timeline--speaker",
        "timeline--actors",
        "timeline--statement",
        "timeline--separator",
        "timeline--cursor",
        "timeline--cursor-blurred",
        "timeline--empty",
    }

    empty_message: reactive[str] = reactive("No events.")

    def __init__(self, *, name: str | None = None, id: str | None = None) -> None:
        super().__init__(name=name, id=id)
        self.timeline: Timeline | None = None
        # rows[i] >= 0: index into timeline.events; rows[i] < 0: separator -rows[i]-1
        self.rows: list[int] = []
        self.separators: list[str] = []
        self.cursor_row: int = -1
        self._cache: LRUCache[tuple[object, ...], Strip] = LRUCache(2048)
        self._group_keys: list[tuple[int, int]] = []
        self._date_width = 25
        self._short_width = 17
        self._has_actors = True
        # False until the reader moves the cursor: while articles load, each new timeline
        # then opens on its first row instead of keeping the first article's first event
        self.moved_by_user = False

    # ----------------------------------------------------------------- data

    def show(
        self, timeline: Timeline, indexes: Sequence[int], *, select_event: int | None = None
    ) -> None:
        """Show ``indexes`` (event indexes in timeline order), selecting ``select_event``
        or, if it is not shown, the nearest event before it."""
        if timeline is not self.timeline:
            self.timeline = timeline
            self._group_keys = [group_key(e.range) for e in timeline.events]
            ranges = {e.range for e in timeline.events}
            self._date_width = max((cell_len(date_label(r)) for r in ranges), default=10)
            self._short_width = max(
                (cell_len(date_label(r, short=True)) for r in ranges), default=10
            )
            self._has_actors = any(e.actor_ids for e in timeline.events)
        events = timeline.events
        gkeys = self._group_keys
        rows: list[int] = []
        seps: list[str] = []
        append = rows.append
        last: tuple[int, int] | None = None
        for i in indexes:
            k = gkeys[i]
            if k != last:
                seps.append(group_label(events[i].range))
                append(-len(seps))
                last = k
            append(i)
        self.rows = rows
        self.separators = seps
        self._cache.clear()
        self.virtual_size = Size(self.size.width, len(rows))
        row = -1
        if rows:
            row = self._row_near(select_event) if select_event is not None else 1
        self._move_to(row, force=True, center=True)
        self.refresh()

    def _row_near(self, event_index: int) -> int:
        """The row showing ``event_index`` or the closest event row before it."""
        import bisect

        ev_rows = [(r, i) for i, r in enumerate(self.rows) if r >= 0]
        keys = [r for r, _ in ev_rows]
        pos = bisect.bisect_right(keys, event_index) - 1
        if pos < 0:
            return ev_rows[0][1] if ev_rows else -1
        return ev_rows[pos][1]

    @property
    def selected_event(self) -> int | None:
        if 0 <= self.cursor_row < len(self.rows):
            value = self.rows[self.cursor_row]
            return value if value >= 0 else None
        return None

    @property
    def shown_events(self) -> list[int]:
        return [r for r in self.rows if r >= 0]

    def watch_empty_message(self) -> None:
        self.refresh()

    # ----------------------------------------------------------- rendering

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(name, partial=True)

    def render_line(self, y: int) -> Strip:
        scroll_y = self.scroll_offset.y
        row = scroll_y + y
        width = self.scrollable_content_region.width
        base = self.rich_style
        if not self.rows:
            if y == 1:
                text = Text("  " + self.empty_message, style=self._style("timeline--empty"))
                return self._strip(text, width, base)
            return Strip.blank(width, base)
        if row >= len(self.rows):
            return Strip.blank(width, base)
        value = self.rows[row]
        selected = row == self.cursor_row
        key = (value, width, selected, selected and self.has_focus)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        if value < 0:
            label = self.separators[-value - 1]
            text = Text(f"── {label} ", style=self._style("timeline--separator"), end="")
            text.append(
                "─" * max(0, width - text.cell_len), style=self._style("timeline--separator")
            )
        else:
            text = self._event_text(value, width)
            if selected:
                name = "timeline--cursor" if self.has_focus else "timeline--cursor-blurred"
                text.stylize(self._style(name))
        strip = self._strip(text, width, base)
        self._cache[key] = strip
        return strip

    def _strip(self, text: Text, width: int, base: Style) -> Strip:
        text.truncate(width, overflow="ellipsis", pad=True)
        segments = list(text.render(self.app.console))
        segments = [s for s in segments if s.text != "\n"]
        return Strip(Segment.apply_style(segments, base), width).adjust_cell_length(width, base)

    def _columns(self, width: int) -> tuple[int, int, bool]:
        """Widths of the date and the who columns, and whether dates that do not fit are
        shortened (no weekday): a truncated date would lose its year."""
        if not self._has_actors:  # no actor found anywhere: no empty column
            date_w, who_w = (25 if width >= 60 else 17), 0
        elif width >= 110:
            date_w, who_w = 25, 24
        elif width >= 76:
            date_w, who_w = 25, 16
        elif width >= 60:
            date_w, who_w = 17, 12
        else:
            date_w, who_w = 15, 8
        if self._date_width <= date_w:
            return self._date_width, who_w, False
        return min(self._short_width, date_w), who_w, True

    def _event_text(self, index: int, width: int) -> Text:
        assert self.timeline is not None
        tl = self.timeline
        event: Event = tl.events[index]
        date_w, who_w, short = self._columns(width)
        context = event.dated_by is not DatedBy.EXPLICIT
        line = Text(no_wrap=True, end="")
        label = date_label(event.range)
        if short and cell_len(label) > date_w:  # only the dates that do not fit
            label = date_label(event.range, short=True)
        date = Text(label, style=self._style("timeline--date"))
        date.truncate(date_w, overflow="ellipsis", pad=True)
        line.append_text(date)
        mark = {
            DatedBy.CONTEXT: CONTEXT_MARK,
            DatedBy.NEWS_DAY: NEWS_DAY_MARK,
            DatedBy.PUBLISHED: PUBLISHED_MARK,
        }.get(event.dated_by, " ")
        line.append(f" {mark} ", style=self._style("timeline--marker"))
        if event.speaker_id is not None:
            names = ", ".join(  # ("Russia, China:" for a joint statement)
                tl.actors[a].id if a in tl.actors else a
                for a in (event.speaker_id, *event.co_speaker_ids)
            )
            who = Text(inline(names) + ":", style=self._style("timeline--speaker"))
        else:
            who = Text(inline(", ".join(event.actor_ids)), style=self._style("timeline--actors"))
        if who_w:
            who.truncate(who_w, overflow="ellipsis", pad=True)
            line.append_text(who)
            line.append(" ")
        line.append(inline(tl.sentence_text(event)), style=self._style("timeline--statement"))
        if context:
            line.stylize(self._style("timeline--context"))
        return line

    # ---------------------------------------------------------- navigation

    def _move_to(self, row: int, *, force: bool = False, center: bool = False) -> None:
        if not self.rows:
            row = -1
        else:
            row = max(0, min(row, len(self.rows) - 1))
            if self.rows[row] < 0:  # a separator: step onto the event below (or above)
                row = row + 1 if row + 1 < len(self.rows) else row - 1
        old = self.cursor_row
        if row == old and not force:
            return
        self.cursor_row = row
        if 0 <= old < len(self.rows):
            self.refresh_line(old)
        if row >= 0:
            self.refresh_line(row)
            self._scroll_to_row(row, center=center)
        self.post_message(EventHighlighted(self.selected_event))

    def _scroll_to_row(self, row: int, *, center: bool = False) -> None:
        height = self.scrollable_content_region.height
        top = int(self.scroll_offset.y)
        if height <= 0:
            return
        if center and not (top <= row < top + height):
            self.scroll_to(y=max(0, row - height // 2), animate=False, force=True)
        elif row < top + (1 if row > 0 and self.rows[row - 1] < 0 else 0):
            # keep the separator above the first row visible
            self.scroll_to(
                y=row - 1 if row > 0 and self.rows[row - 1] < 0 else row, animate=False, force=True
            )
        elif row >= top + height:
            self.scroll_to(y=row - height + 1, animate=False, force=True)

    def _step(self, row: int, direction: int) -> int:
        """The next event row from ``row`` in ``direction`` (or ``row`` if none)."""
        r = row + direction
        while 0 <= r < len(self.rows):
            if self.rows[r] >= 0:
                return r
            r += direction
        return row

    def action_cursor_down(self) -> None:
        self.moved_by_user = True
        self._move_to(self._step(self.cursor_row, 1))

    def action_cursor_up(self) -> None:
        self.moved_by_user = True
        self._move_to(self._step(self.cursor_row, -1))

    def action_page_down(self) -> None:
        self.moved_by_user = True
        height = max(1, self.scrollable_content_region.height - 1)
        target = min(len(self.rows) - 1, self.cursor_row + height)
        if target >= 0 and self.rows[target] < 0:
            target = self._step(target, 1) if self._step(target, 1) != target else target - 1
        self.scroll_to(y=self.scroll_offset.y + height, animate=False, force=True)
        self._move_to(target)

    def action_page_up(self) -> None:
        self.moved_by_user = True
        height = max(1, self.scrollable_content_region.height - 1)
        target = max(0, self.cursor_row - height)
        if self.rows and self.rows[target] < 0:
            target = self._step(target, 1)
        self.scroll_to(y=max(0, self.scroll_offset.y - height), animate=False, force=True)
        self._move_to(target)

    def action_first(self) -> None:
        self.moved_by_user = True
        self._move_to(0)
        self.scroll_to(y=0, animate=False, force=True)

    def action_last(self) -> None:
        self.moved_by_user = True
        self._move_to(len(self.rows) - 1)

    def _date_of_row(self, row: int) -> tuple[object, ...] | None:
        assert self.timeline is not None
        value = self.rows[row]
        return date_key(self.timeline.events[value].range) if value >= 0 else None

    def action_next_date(self) -> None:
        """First event with a different date after the selected one."""
        self.moved_by_user = True
        if self.cursor_row < 0 or self.timeline is None:
            return
        here = self._date_of_row(self.cursor_row)
        r = self.cursor_row + 1
        while r < len(self.rows):
            if self.rows[r] >= 0 and self._date_of_row(r) != here:
                self._move_to(r)
                return
            r += 1

    def action_previous_date(self) -> None:
        """First event of the previous date (or of this date, if not on its first)."""
        self.moved_by_user = True
        if self.cursor_row < 0 or self.timeline is None:
            return
        here = self._date_of_row(self.cursor_row)
        r = self._step(self.cursor_row, -1)
        if r == self.cursor_row:
            return
        while r > 0 and self._date_of_row(r) == here:
            nxt = self._step(r, -1)
            if nxt == r:
                break
            r = nxt
        target = self._date_of_row(r)
        while True:
            nxt = self._step(r, -1)
            if nxt == r or self._date_of_row(nxt) != target:
                break
            r = nxt
        self._move_to(r)

    # --------------------------------------------------------------- events

    async def _on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        row = int(self.scroll_offset.y) + offset.y
        if 0 <= row < len(self.rows) and self.rows[row] >= 0:
            self.focus()
            self.moved_by_user = True
            self._move_to(row)

    def _on_resize(self, event: events.Resize) -> None:
        self.virtual_size = Size(event.size.width, len(self.rows))
        self._cache.clear()
        if self.cursor_row >= 0:
            self._scroll_to_row(self.cursor_row)

    def _on_focus(self, event: events.Focus) -> None:
        if self.cursor_row >= 0:
            self.refresh_line(self.cursor_row)

    def _on_blur(self, event: events.Blur) -> None:
        if self.cursor_row >= 0:
            self.refresh_line(self.cursor_row)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._cache.clear()

    def row_region(self, row: int) -> Region:
        return Region(0, row, self.size.width, 1)
