"""Messages the app's workers and widgets post (no widget reaches into a sibling)."""

from __future__ import annotations

from textual.message import Message

from explorer.model import DatedBy, DateRange
from explorer.timeline import Timeline

# An event's identity across timeline rebuilds: (article id, sentence index, timex index,
# how it was dated, its date). A sentence may be two rows: "said on Monday that talks open
# Friday" is on Friday and, as a statement, on Monday.
EventKey = tuple[str, int, int | None, DatedBy, DateRange]


class TimelineReady(Message):
    """A (new) timeline to show: a loading batch, the final load, or a re-parse."""

    def __init__(
        self,
        timeline: Timeline,
        *,
        loading: bool,
        articles_seen: int = 0,
        keep: EventKey | None = None,
    ) -> None:
        super().__init__()
        self.timeline = timeline
        self.loading = loading
        self.articles_seen = articles_seen
        self.keep = keep


class LoadProblem(Message):
    """A file that could not be read or parsed."""

    def __init__(self, origin: str, message: str) -> None:
        super().__init__()
        self.origin = origin
        self.message = message


class LoadFailed(Message):
    """Loading stopped with an error."""

    def __init__(self, message: str) -> None:
        super().__init__()
        self.message = message


class EventHighlighted(Message):
    """The timeline cursor moved to an event (None: nothing to show)."""

    def __init__(self, event_index: int | None) -> None:
        super().__init__()
        self.event_index = event_index


class SearchChanged(Message):
    """The search text changed (incremental) or was committed / cleared."""

    def __init__(self, text: str, *, done: bool = False) -> None:
        super().__init__()
        self.text = text
        self.done = done


class LoadProgress(Message):
    """How many articles are parsed out of how many were found."""

    def __init__(self, done: int, total: int) -> None:
        super().__init__()
        self.done = done
        self.total = total
