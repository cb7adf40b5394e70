"""The search line: incremental search over statements and actors."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.binding import Binding, BindingType
from textual.widgets import Input

from explorer.app.messages import SearchChanged


class SearchBar(Input):
    """Typing filters at once; Enter keeps the search, Esc clears it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Clear search"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(placeholder="Search statements and actors…", id=id)

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(SearchChanged(event.value))

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(SearchChanged(event.value, done=True))

    def action_cancel(self) -> None:
        with self.prevent(Input.Changed):
            self.value = ""
        self.post_message(SearchChanged("", done=True))
