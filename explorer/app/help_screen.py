"""The help screen: every key of the app."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label, Static

KEYS: tuple[tuple[str, str], ...] = (
    ("↑ ↓  j k", "previous / next event"),
    ("PgUp PgDn", "page up / down"),
    ("Home End  g G", "first / last event"),
    ("] [", "next / previous date"),
    ("Tab  Enter", "switch pane: timeline / source (Esc: back)"),
    ("/", "search statements and actors as you type; Enter keeps it"),
    ("Esc", "clear the search (also after Enter, from the timeline)"),
    ("a", "actor filter (type to narrow; space toggles, Enter applies)"),
    ("A", "clear the actor filter"),
    ("s", "speakers only (events where a chosen actor speaks)"),
    ("u", "hide / show events without a date of their own (↳ ◦ •)"),
    ("r", "set the publication date of the selected article"),
    ("c", "copy the sentence with a citation"),
    ("e", "export the current view (Markdown or JSON)"),
    ("ctrl+p", "command palette (Filter by actor: …)"),
    ("?", "this help"),
    ("q", "quit"),
)

LEGEND: tuple[tuple[str, str], ...] = (
    ("↳ (dim)", "dated by context: an earlier date about the same time"),
    ("◦", "dated by the news day: the date of the article's lead"),
    ("•", "dated by the article's publication date"),
    ("≈", "approximate date"),
    ("2012→", "since 2012 (dates are shortened on narrow screens)"),
)


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "close", "Close"),
    ]

    def compose(self) -> ComposeResult:
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold")
        table.add_column()
        for key, what in KEYS:
            table.add_row(key, what)
        table.add_row("", "")
        for key, what in LEGEND:
            table.add_row(key, what)
        with VerticalScroll(id="dialog"):
            yield Label("explorer — keys", id="dialog-title")
            yield Static(table)
            yield Label("Esc, q or ? closes", id="dialog-help")

    def action_close(self) -> None:
        self.dismiss(None)
