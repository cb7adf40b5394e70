"""The footer: compact key hints; the ctrl+p hint only where there is room for it."""

from __future__ import annotations

from textual import events
from textual.widgets import Footer

PALETTE_HINT_WIDTH = 100  # narrower: the keys need the whole line (ctrl+p is in the help)


class KeysFooter(Footer):
    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(compact=True, show_command_palette=False, id=id)

    def on_resize(self, event: events.Resize) -> None:
        show = event.size.width >= PALETTE_HINT_WIDTH
        if show != self.show_command_palette:
            self.show_command_palette = show
            self.refresh(recompose=True)  # Footer reads it only when composing
