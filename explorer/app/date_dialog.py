"""A small modal asking for a publication date (YYYY-MM-DD)."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from explorer.app.text import inline


class DateDialog(ModalScreen[date | None]):
    """Returns the date entered, or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, title: str, current: date) -> None:
        super().__init__()
        self._title = title
        self._current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(Text("Publication date of " + inline(self._title)), id="dialog-title")
            yield Input(value=self._current.isoformat(), placeholder="YYYY-MM-DD", id="date-input")
            yield Label(
                "Enter sets the date and re-resolves the article · Esc cancels", id="dialog-help"
            )

    @on(Input.Submitted)
    def _submit(self, event: Input.Submitted) -> None:
        event.stop()
        try:
            value = date.fromisoformat(event.value.strip())
        except ValueError:
            self.query_one("#dialog-help", Label).update(
                Text("Not a date: use YYYY-MM-DD (e.g. 2016-09-23)", style="bold red")
            )
            return
        self.dismiss(value)

    def action_cancel(self) -> None:
        self.dismiss(None)
