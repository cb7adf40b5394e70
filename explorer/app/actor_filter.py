"""The actor filter: a modal list of every actor with kind and counts.

A search box on top narrows the list as you type (names and aliases, spaces included);
↓ moves into the list, where space toggles an actor ([x] chosen, [ ] not) and typing goes
back to the search box. Enter applies the chosen actors (any of them) or, if none was
toggled after typing a name, the highlighted one; Esc cancels.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.strip import Strip
from textual.widgets import Input, Label, OptionList, SelectionList
from textual.widgets.option_list import OptionDoesNotExist
from textual.widgets.selection_list import Selection

from explorer.app.text import inline
from explorer.model import Actor, ActorKind

CHOSEN_MARK = "[x] "
UNCHOSEN_MARK = "[ ] "


class ActorSearch(Input):
    """The narrowing box: ↓ / PgDn / Tab move into the list."""

    class ToList(Message):
        pass

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,pagedown,tab", "to_list", "To the list", show=False),
    ]

    def action_to_list(self) -> None:
        self.post_message(self.ToList())


class ActorList(SelectionList[str]):
    """Space toggles; each row starts with [x] or [ ]. Typing goes back to the search box."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"actor-list--chosen", "actor-list--unchosen"}

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "screen.apply", "Apply", show=False),
        Binding("shift+tab", "to_search", "Search", show=False),
    ]

    class Typed(Message):
        """A key meant for the search box (a character, backspace, or ↑ from the top)."""

        def __init__(self, key: str, character: str | None) -> None:
            super().__init__()
            self.key = key
            self.character = character

    def on_key(self, event: events.Key) -> None:
        to_search = event.key in ("backspace", "ctrl+u") or (
            event.is_printable and event.character not in (None, " ")
        )
        if event.key == "up" and not self.highlighted:
            to_search = True
        if to_search:
            event.stop()
            event.prevent_default()
            self.post_message(self.Typed(event.key, event.character))

    def action_to_search(self) -> None:
        self.post_message(self.Typed("up", None))

    def render_line(self, y: int) -> Strip:
        # the prompt as OptionList draws it, then "[x] " / "[ ] " instead of the toggle
        # button, whose state only shows as a colour
        line = OptionList.render_line(self, y)
        index = self.scroll_offset.y + y
        try:
            selection = self.get_option_at_index(index)
        except OptionDoesNotExist:
            return line
        chosen = selection.value in self.selected
        base = next(iter(line)).style or self.rich_style
        mark = self.get_component_rich_style(
            "actor-list--chosen" if chosen else "actor-list--unchosen", partial=True
        )
        style = base + mark + Style(meta={"option": index})
        return Strip([Segment(CHOSEN_MARK if chosen else UNCHOSEN_MARK, style), *line])

    def _get_left_gutter_width(self) -> int:
        return len(CHOSEN_MARK)


def actor_matches(actor: Actor, needle: str) -> bool:
    """True when the needle is in the actor's canonical name or one of its aliases."""
    if not needle:
        return True
    return any(needle in name.casefold() for name in (actor.id, *actor.aliases))


class ActorFilterScreen(ModalScreen[frozenset[str] | None]):
    """Returns the chosen actor ids (empty: no actor filter), or None when cancelled."""

    AUTO_FOCUS = "#actor-search"

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
        self.toggled = False  # space pressed in this dialog
        self.shown: list[str] = []
        ids = set(self.actors) | set(self.counts)
        self.order = sorted(ids, key=lambda a: (-self.counts.get(a, (0, 0))[0], a.casefold()))

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label("Filter by actor", id="dialog-title")
            yield ActorSearch(
                placeholder="type to narrow: names and aliases",
                select_on_focus=False,  # coming back from the list keeps what was typed
                id="actor-search",
            )
            yield ActorList(id="actor-list")
            yield Label(self._count_label(), id="actor-count")
            yield Label(
                Text(
                    "↓ list · space toggles [x] · Enter: the [x] or the highlighted · Esc cancels"
                ),
                id="dialog-help",
            )

    def on_mount(self) -> None:
        self._refill()

    def _count_label(self) -> Text:
        t = Text(f"{len(self.chosen)} chosen", style="bold" if self.chosen else "dim")
        t.append(f" · {len(self.shown)} of {len(self.order)} actors shown", style="dim")
        return t

    def _prompt(self, actor_id: str) -> Text:
        actor = self.actors.get(actor_id)
        kind = actor.kind.value if actor is not None else "?"
        n, s = self.counts.get(actor_id, (0, 0))
        # the dialog is 80% of the screen: on a narrow one the name gives way to the counts
        width = max(12, min(30, int(self.app.size.width * 0.8) - 40))
        name = Text(inline(actor_id), no_wrap=True)
        name.truncate(width, overflow="ellipsis", pad=True)
        t = Text(end="", no_wrap=True, overflow="ellipsis")
        t.append_text(name)
        t.append(f" {kind:<12}", style="dim")
        t.append(f"{n:>6} event{'' if n == 1 else 's'}")
        if s:
            t.append(f" · speaks {s}", style="dim")
        return t

    def _refill(self) -> None:
        listing = self.query_one(ActorList)
        needle = self.needle.casefold().strip()
        self.shown = [
            a
            for a in self.order
            if actor_matches(self.actors.get(a) or Actor(a, ActorKind.GROUP), needle)
        ]
        listing.clear_options()
        listing.add_options([Selection(self._prompt(a), a, a in self.chosen) for a in self.shown])
        if self.shown:
            listing.highlighted = 0
        self.query_one("#actor-count", Label).update(self._count_label())

    # ------------------------------------------------------------- events

    @on(Input.Changed, "#actor-search")
    def _narrow(self, event: Input.Changed) -> None:
        event.stop()
        self.needle = event.value
        self._refill()

    @on(Input.Submitted, "#actor-search")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_apply()

    @on(ActorSearch.ToList)
    def _to_list(self) -> None:
        listing = self.query_one(ActorList)
        if self.shown:
            self.set_focus(listing)

    @on(SelectionList.SelectionToggled)
    def _toggled(self, event: SelectionList.SelectionToggled[str]) -> None:
        value = event.selection.value
        self.toggled = True
        if value in self.chosen:
            self.chosen.discard(value)
        else:
            self.chosen.add(value)
        self.query_one("#actor-count", Label).update(self._count_label())

    @on(ActorList.Typed)
    def _typed(self, event: ActorList.Typed) -> None:
        search = self.query_one(ActorSearch)
        self.set_focus(search)
        if event.key == "backspace":
            search.value = search.value[:-1]
        elif event.key == "ctrl+u":
            search.value = ""
        elif event.character and event.key != "up":
            search.insert_text_at_cursor(event.character)
        search.cursor_position = len(search.value)

    def on_key(self, event: events.Key) -> None:
        # keys typed right after "a", before the search box has focus, reach the screen
        if self.focused is None and event.is_printable and event.character:
            event.stop()
            search = self.query_one(ActorSearch)
            search.insert_text_at_cursor(event.character)
            self.set_focus(search)

    def action_apply(self) -> None:
        listing = self.query_one(ActorList)
        if not self.toggled and self.needle.strip() and listing.highlighted is not None:
            # a name typed, then Enter: that actor (nothing toggled would clear the filter)
            self.dismiss(frozenset({self.shown[listing.highlighted]}))
            return
        self.dismiss(frozenset(self.chosen))

    def action_cancel(self) -> None:
        self.dismiss(None)
