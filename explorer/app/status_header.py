"""The header line: what is open, active filters, assumed publication dates, problems."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.widgets import Static

from explorer.app.text import inline


class StatusHeader(Static):
    COMPONENT_CLASSES: ClassVar[set[str]] = {"status--name", "status--filter", "status--warn"}

    def show_status(
        self,
        *,
        articles: int,
        events: int,
        shown: int,
        filters: list[str],
        assumed: list[str],
        problems: int,
        loading: bool,
        opened: str = "",
    ) -> None:
        name = self.get_component_rich_style("status--name", partial=True)
        filt = self.get_component_rich_style("status--filter", partial=True)
        warn = self.get_component_rich_style("status--warn", partial=True)
        t = Text(no_wrap=True, overflow="ellipsis", end="")
        t.append("explorer ", style=name)
        if opened:
            t.append(inline(opened) + " · ", style=name)
        t.append(f"{_count(articles, 'article')} · {_count(events, 'event')}")
        if loading:
            t.append(" (loading…)")
        if filters:
            t.append(f" · showing {shown} · ")
            t.append(" | ".join(inline(f) for f in filters), style=filt)
        if problems:
            t.append(f" · {problems} problem{'s' if problems != 1 else ''}", style=warn)
        if assumed:
            listed = ", ".join(inline(a) for a in assumed[:3])
            more = f" +{len(assumed) - 3}" if len(assumed) > 3 else ""
            t.append(f" · date assumed: {listed}{more}", style=warn)
        self.update(t)


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"
