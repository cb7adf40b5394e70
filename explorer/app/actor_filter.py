"""The actor filter: a modal list of every actor with kind and counts.

Type to narrow (names and aliases), space toggles, Enter applies, Esc cancels.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Label, SelectionList
from textual.widgets.selection_list import Selection

from explorer.app.text import inline
from explorer.model import Actor, ActorKind


class ActorList(SelectionList[str]):
    """A selection list that turns typed characters into narrowing requests."""

    class Typed(Message):
        def __init__(self, key: str, character: str | None) -> None:
            super().__init__()
            self.key = key
            self.character = character

    def on_key(self, event: events.Key) -> None:
        if event.key in ("enter", "escape", "backspace", "ctrl+u") or (
            event.is_printable and event.character not in (None, " ")
        ):
            event.stop()
            event.prevent_default()
            self.post_message(self.Typed(event.key, event.character))


def actor_matches(actor: Actor, needle: str) -> bool:
    """True when the needle is in the actor's canonical name or one of its aliases."""
    if not needle:
        return True
    return any(needle in name.casefold() for name in (actor.id, *actor.aliases))


class ActorFilterScreen(ModalScreen[frozenset[str] | None]):
    """Returns the chosen actor ids (empty: no actor filter), or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel"),
        Binding("enter", "apply", "Apply"),
    ]

    def __init__(
        self,
        actors: Mapping[str, Actor],
        counts: Mapping[str, tuple[int, int]],
        chosen: frozenset[str],
    ) -> None:
        super().__init__()
        self.actors = dict(actors)
        self.counts = dict(counts)
        self.chosen: set[str] = set(chosen)
        self.needle = ""
        ids = set(self.actors) | set(self.counts)
        self.order = sorted(ids, key=lambda a: (-self.counts.get(a, (0, 0))[0], a.casefold()))

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label("Filter by actor", id="dialog-title")
            yield Label(self._narrow_label(), id="actor-narrow")
            yield ActorList(id="actor-list")
            yield Label(
                "type to narrow · space toggles · Enter applies (any of them) · Esc cancels",
                id="dialog-help",
            )

    def on_mount(self) -> None:
        self._refill()

    def _narrow_label(self) -> Text:
        t = Text("Narrow: ", style="dim")
        t.append(inline(self.needle) or "(all)")
        t.append(f"   {len(self.chosen)} chosen", style="dim")
        return t

    def _prompt(self, actor_id: str) -> Text:
        actor = self.actors.get(actor_id)
        kind = actor.kind.value if actor is not None else "?"
        n, s = self.counts.get(actor_id, (0, 0))
        name = Text(inline(actor_id), no_wrap=True)
        name.truncate(30, overflow="ellipsis", pad=True)
        t = Text(end="")
        t.append_text(name)
        t.append(f" {kind:<12}", style="dim")
        t.append(f"{n:>6} event{'' if n == 1 else 's'}")
        if s:
            t.append(f" · speaks {s}", style="dim")
        return t

    def _refill(self) -> None:
        listing = self.query_one(ActorList)
        needle = self.needle.casefold()
        shown = [
            a
            for a in self.order
            if actor_matches(self.actors.get(a) or Actor(a, ActorKind.GROUP), needle)
        ]
        listing.clear_options()
        listing.add_options([Selection(self._prompt(a), a, a in self.chosen) for a in shown])
        if shown:
            listing.highlighted = 0
        self.query_one("#actor-narrow", Label).update(self._narrow_label())

    @on(SelectionList.SelectionToggled)
    def _toggled(self, event: SelectionList.SelectionToggled[str]) -> None:
        value = event.selection.value
        if value in self.chosen:
            self.chosen.discard(value)
        else:
            self.chosen.add(value)
        self.query_one("#actor-narrow", Label).update(self._narrow_label())

    @on(ActorList.Typed)
    def _typed(self, event: ActorList.Typed) -> None:
        if event.key == "enter":
            self.action_apply()
        elif event.key == "escape":
            self.action_cancel()
        elif event.key == "backspace":
            self.needle = self.needle[:-1]
            self._refill()
        elif event.key == "ctrl+u":
            self.needle = ""
            self._refill()
        elif event.character:
            self.needle += event.character
            self._refill()

    def action_apply(self) -> None:
        self.dismiss(frozenset(self.chosen))

    def action_cancel(self) -> None:
        self.dismiss(None)
