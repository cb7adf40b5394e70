"""Export the current filtered view: a path modal and the writer (explorer.export)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from explorer.timeline import Timeline

DEFAULT_EXPORT_PATH = "./explorer-export.md"


def export_format(path: str) -> str:
    """'json' for .json files, 'markdown' otherwise."""
    return "json" if Path(path).suffix.lower() == ".json" else "markdown"


def write_view(timeline: Timeline, indexes: Sequence[int], path: str) -> int:
    """Write the events at ``indexes`` to ``path`` (format from its suffix); returns count."""
    from explorer.export.jsonout import write_json
    from explorer.export.tabular import write_markdown

    events = [timeline.events[i] for i in indexes]
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        if export_format(path) == "json":
            write_json(timeline, out, events)
        else:
            write_markdown(timeline, out, events)
    return len(events)


class ExportDialog(ModalScreen[str | None]):
    """Asks for the export path; returns it, or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, default: str = DEFAULT_EXPORT_PATH, count: int = 0) -> None:
        super().__init__()
        self._default = default
        self._count = count

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(f"Export the {self._count} events shown", id="dialog-title")
            yield Input(value=self._default, id="export-input")
            yield Label(
                ".md → Markdown table, .json → JSON · Enter writes · Esc cancels", id="dialog-help"
            )

    @on(Input.Submitted)
    def _submit(self, event: Input.Submitted) -> None:
        event.stop()
        path = event.value.strip()
        if path:
            self.dismiss(path)

    def action_cancel(self) -> None:
        self.dismiss(None)
