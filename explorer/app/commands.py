"""Command palette entries: "Filter by actor: <name>" for every actor."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from explorer.app.text import inline

if TYPE_CHECKING:
    from explorer.app.app import ExplorerApp


class ActorCommands(Provider):
    """Filter the timeline by one actor from the command palette."""

    def _entries(self) -> list[tuple[str, str, str]]:
        """(command text, actor id, help) for every actor, most frequent first."""
        app = cast("ExplorerApp", self.app)
        timeline = app.timeline
        counts = timeline.actor_counts()
        ids = sorted(counts, key=lambda a: (-counts[a][0], a.casefold()))
        out = []
        for actor_id in ids:
            actor = timeline.actors.get(actor_id)
            kind = actor.kind.value if actor is not None else "actor"
            n, s = counts[actor_id]
            out.append(
                (
                    f"Filter by actor: {inline(actor_id)}",
                    actor_id,
                    f"{kind} · {n} events" + (f" · speaks {s}" if s else ""),
                )
            )
        return out

    async def discover(self) -> Hits:
        app = cast("ExplorerApp", self.app)
        for command, actor_id, help_text in self._entries()[:20]:
            yield DiscoveryHit(
                Content(command),
                partial(app.set_actor_filter, frozenset({actor_id})),
                help=help_text,
            )

    async def search(self, query: str) -> Hits:
        app = cast("ExplorerApp", self.app)
        matcher = self.matcher(query)
        for command, actor_id, help_text in self._entries():
            score = matcher.match(command)
            if score > 0:
                # Content(...) never parses markup: actor names are shown as text.
                yield Hit(
                    score,
                    Content(command),
                    partial(app.set_actor_filter, frozenset({actor_id})),
                    help=help_text,
                )
