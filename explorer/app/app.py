"""ExplorerApp: the keyboard-driven timeline. Parsing happens in a worker via explorer.corpus."""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import ClassVar

from textual import on, work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Input, ProgressBar
from textual.worker import Worker, WorkerState, get_current_worker

from explorer.app.actor_filter import ActorFilterScreen
from explorer.app.commands import ActorCommands
from explorer.app.confirm_dialog import ConfirmDialog
from explorer.app.date_dialog import DateDialog
from explorer.app.export_view import DEFAULT_EXPORT_PATH, ExportDialog, write_view
from explorer.app.help_screen import HelpScreen
from explorer.app.keys_footer import KeysFooter
from explorer.app.messages import (
    EventHighlighted,
    EventKey,
    LoadFailed,
    LoadProblem,
    LoadProgress,
    SearchChanged,
    TimelineReady,
)
from explorer.app.quote_pane import QuotePane
from explorer.app.search_bar import SearchBar
from explorer.app.status_header import StatusHeader
from explorer.app.text import inline
from explorer.app.timeline_view import TimelineView
from explorer.labels import day_label
from explorer.model import Event, PublishedSource
from explorer.parse.actors import ActorDictionary
from explorer.timeline import EventFilter, Timeline, TimelineBuilder, Undated

WIDE_FOOTER = 110  # narrower, an active search shows "esc Clear" in place of "/ Search"


def start_resource_tracker() -> None:
    """Start multiprocessing's resource tracker now, while ``sys.stderr`` is real.

    Parsing in worker processes starts the tracker on first use and passes it
    ``sys.stderr.fileno()``; inside a running Textual app stderr is a capture object whose
    fileno() is -1, and starting processes then fails ("bad value(s) in fds_to_keep").
    """
    import contextlib
    from multiprocessing import resource_tracker

    # no tracker on this platform: the engine falls back on its own
    with contextlib.suppress(Exception):
        resource_tracker.ensure_running()


def event_key(event: Event) -> EventKey:
    return (
        event.article_id,
        event.sentence_index,
        event.timex_index,
        event.dated_by,
        event.range,
    )


def find_event(timeline: Timeline, key: EventKey) -> int | None:
    """Index of the event with this identity; else (the dates re-resolved) of the one most
    like it: of the same sentence, time expression and way of dating, then of the same
    sentence and time expression, then of the same sentence."""
    best: int | None = None
    best_score = 0
    for i, e in enumerate(timeline.events):
        if e.article_id == key[0] and e.sentence_index == key[1]:
            score = 1
            if e.timex_index == key[2]:
                score = 2
                if e.dated_by is key[3]:
                    score = 4 if e.range == key[4] else 3
            if score == 4:
                return i
            if score > best_score:
                best, best_score = i, score
    return best


class ExplorerApp(App[int]):
    """Timeline on the left, the source of the selected event on the right."""

    CSS_PATH = "app.tcss"
    TITLE = "explorer"
    ENABLE_COMMAND_PALETTE = True
    COMMANDS = App.COMMANDS | {ActorCommands}
    HORIZONTAL_BREAKPOINTS = [  # noqa: RUF012
        (0, "-narrow"),
        (110, "-wide"),
    ]

    BINDINGS: ClassVar[list[BindingType]] = [
        # priority: handled as the key arrives, so what is typed right after / or a goes to
        # the search line / the actor filter, not to the timeline (see check_action)
        Binding("question_mark", "help", "Help"),  # first: still in the footer at 60 columns
        Binding("slash", "search", "Search", priority=True),
        # Esc outside the search line clears the search, shown only while one is active; on a
        # narrow footer "esc Clear" takes the place of "/ Search" (fits 80 columns), and / is
        # then the unlisted twin below (see check_action)
        Binding("escape", "clear_search", "Clear search"),
        Binding("escape", "clear_search('narrow')", "Clear"),
        Binding("slash", "search('narrow')", "Search", show=False, priority=True),
        Binding("a", "actor_filter", "Actors", priority=True),
        Binding("A", "clear_actors", "Clear actors", show=False),
        Binding("s", "toggle_speakers", "Speakers"),
        Binding("u", "toggle_context", "Context"),
        Binding("r", "set_published", "Pub date"),
        Binding("c", "copy", "Copy"),
        Binding("e", "export", "Export"),
        Binding("q", "quit", "Quit"),
    ]

    event_filter: reactive[EventFilter] = reactive(EventFilter, init=False)

    def __init__(
        self,
        *,
        timeline: Timeline | None = None,
        paths: Sequence[str] = (),
        published: date | None = None,
        undated: Undated = Undated.CONTEXT,
        dictionary: ActorDictionary | None = None,
        use_cache: bool = True,
        jobs: int | None = None,
        group: bool = True,
    ) -> None:
        super().__init__()
        self.group = group  # wire copy repeated across articles shown as one row
        self.use_cache = use_cache
        self.jobs = jobs
        self.paths = list(paths)
        self.published = published
        self.undated = undated
        self.dictionary = dictionary
        self.timeline: Timeline = timeline if timeline is not None else Timeline.build([], undated)
        self.loading = timeline is None and bool(self.paths)
        self.problems: list[tuple[str, str]] = []
        self.shown: list[int] = []
        self._reparsing = False
        self._show_cost = 0.0  # seconds the UI took to show the last timeline posted
        if self.loading and jobs != 1:
            start_resource_tracker()

    # ------------------------------------------------------------- layout

    def compose(self) -> ComposeResult:
        yield StatusHeader(id="status")
        yield ProgressBar(total=None, show_eta=False, id="progress")
        with Horizontal(id="main"):
            yield TimelineView(id="timeline")
            yield QuotePane(id="quote")
        yield SearchBar(id="search")
        yield KeysFooter()

    @property
    def view(self) -> TimelineView:
        return self.query_one(TimelineView)

    @property
    def quote(self) -> QuotePane:
        return self.query_one(QuotePane)

    def on_mount(self) -> None:
        self.query_one("#progress").display = self.loading
        self.query_one(SearchBar).display = False
        self.view.focus()
        if self.loading:
            self.view.empty_message = "Loading…"
            self.load()
        else:
            self.view.empty_message = "No events: nothing was found in the articles."
            self.call_after_refresh(self.warm_search, self.timeline)
        self.apply_filter()

    @work(thread=True, exclusive=True, group="warm", exit_on_error=False)
    def warm_search(self, timeline: Timeline) -> None:
        """Build the timeline's search index off the UI thread, so the first search is fast
        (started after the first screen is drawn: it competes with the UI for the GIL)."""
        if timeline.events:
            timeline.search_text(0)

    def get_system_commands(self, screen: Screen[object]) -> list[SystemCommand]:  # type: ignore[override]
        commands = list(super().get_system_commands(screen))
        commands.append(SystemCommand("Help", "Show all keys", self.action_help))
        commands.append(
            SystemCommand("Clear actor filter", "Show every actor", self.action_clear_actors)
        )
        return commands

    # ------------------------------------------------------------ loading

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def load(self) -> None:
        """Parse ``paths`` in a thread, posting growing timelines as batches arrive."""
        from explorer.corpus import build_timeline, iter_parsed
        from explorer.engine import settle_long_lived

        worker = get_current_worker()

        def problem(origin: str, message: str) -> None:
            self.post_message(LoadProblem(origin, message))

        last_progress = 0.0

        def progress(done: int, total: int) -> None:
            # at most ~20 updates a second: a message per article floods the UI thread
            nonlocal last_progress
            now = time.monotonic()
            if done in (0, total) or now - last_progress > 0.05:
                last_progress = now
                self.post_message(LoadProgress(done, total))

        def warning(message: str) -> None:
            self.call_from_thread(
                self.notify, inline(message), title="Cache", severity="warning", markup=False
            )

        count = 0
        growing = TimelineBuilder(self.undated)  # shown while loading
        last_post = time.monotonic()
        interval = 0.2
        try:
            for item in iter_parsed(
                self.paths,
                published=self.published,
                dictionary=self.dictionary,
                on_problem=problem,
                on_progress=progress,
                on_warning=warning,
                use_cache=self.use_cache,
                jobs=self.jobs,
            ):
                if worker.is_cancelled:
                    return
                count += 1
                growing.add(item)
                now = time.monotonic()
                if count == 1 or now - last_post > interval:
                    t0 = time.monotonic()
                    # actors are linked across articles and wire copy grouped at the end
                    timeline = growing.timeline()
                    # showing costs more as the corpus grows (here and in the UI thread):
                    # post less often, so loading keeps most of the time
                    interval = max(0.25, 4 * (time.monotonic() - t0 + self._show_cost))
                    self.post_message(TimelineReady(timeline, loading=True, articles_seen=count))
                    last_post = time.monotonic()
            if worker.is_cancelled:
                return
            timeline = build_timeline(growing, self.undated, group=self.group)
            settle_long_lived()  # the final timeline stays: no collector walks over it
            self.post_message(TimelineReady(timeline, loading=False, articles_seen=count))
        except Exception as exc:  # shown to the user, the app stays usable
            self.post_message(LoadFailed(f"{type(exc).__name__}: {exc}"))

    @on(TimelineReady)
    def _timeline_ready(self, message: TimelineReady) -> None:
        started = time.monotonic()
        keep = message.keep
        top = False
        if keep is None:
            selected = self.selected_event
            if selected is not None and not self.view.moved_by_user:
                # the reader has not moved yet: the selection is just where the first
                # batch started, so the grown timeline opens on its first row as well
                top = True
            elif selected is not None:
                keep = event_key(selected)
        self.timeline = message.timeline
        self.loading = message.loading
        self.query_one("#progress").display = self.loading
        if not self.loading:
            self.view.empty_message = "No events: nothing was found in the articles."
            self.call_after_refresh(self.warm_search, self.timeline)
        select = find_event(self.timeline, keep) if keep is not None else None
        self.apply_filter(select=0 if top else select)  # event 0: the first row shown
        self._show_cost = time.monotonic() - started

    @on(Worker.StateChanged)
    def _worker_failed(self, event: Worker.StateChanged) -> None:
        """A loading or re-parse worker that died outside its own error handling (e.g. the
        parser failing to import) must not leave the app saying "Loading…" for ever."""
        worker = event.worker
        if event.state is WorkerState.ERROR and worker.group in ("load", "reparse"):
            self._reparsing = False
            error = worker.error
            self.post_message(LoadFailed(f"{type(error).__name__}: {error}"))

    @on(LoadProgress)
    def _load_progress(self, message: LoadProgress) -> None:
        bar = self.query_one("#progress", ProgressBar)
        bar.update(total=max(1, message.total), progress=message.done)

    @on(LoadProblem)
    def _load_problem(self, message: LoadProblem) -> None:
        self.problems.append((message.origin, message.message))
        self.notify(
            f"{inline(message.origin)}: {inline(message.message)}",
            title="Could not read",
            severity="warning",
            markup=False,
        )
        self.update_status()

    @on(LoadFailed)
    def _load_failed(self, message: LoadFailed) -> None:
        self.loading = False
        self.query_one("#progress").display = False
        self.view.empty_message = "Loading failed: " + inline(message.message)
        if not self.shown:
            self.quote.show_message("Loading failed (see the timeline pane).")
        self.notify(inline(message.message), title="Loading failed", severity="error", markup=False)
        self.update_status()

    # ------------------------------------------------------------ filters

    def apply_filter(self, *, select: int | None = None) -> None:
        """Recompute the shown events, keeping the selection (or the nearest event)."""
        if select is None:
            select = self.view.selected_event
        self.shown = self.timeline.filter(self.event_filter)
        if self.timeline.events and not self.shown:
            self.view.empty_message = (
                "No events match the filter. Esc clears the search, A the actors, s/u toggle."
            )
        self.view.show(self.timeline, self.shown, select_event=select)
        self.update_status()
        if not self.shown:
            self.quote.show_message(
                "No event selected." if self.timeline.events or not self.loading else "Loading…"
            )

    def on_resize(self) -> None:
        self.refresh_bindings()  # the footer's search keys depend on the width

    def watch_event_filter(self) -> None:
        self.apply_filter()
        self.refresh_bindings()  # Esc "Clear search" shows only while a search is active

    def filter_labels(self) -> list[str]:
        f = self.event_filter
        out = []
        if f.actor_ids:
            out.append("actors: " + " or ".join(sorted(f.actor_ids)))
        if f.speakers_only:
            out.append("speakers only")
        if not f.show_context:
            out.append("context-dated hidden")
        if f.search.strip():
            out.append(f"search: “{f.search.strip()}”")
        return out

    def update_status(self) -> None:
        assumed = sorted(
            p.article.title or p.article.id
            for p in self.timeline.articles.values()
            if p.article.published_source is PublishedSource.ASSUMED
        )
        self.query_one(StatusHeader).show_status(
            articles=len(self.timeline.articles),
            events=len(self.timeline.events),
            shown=len(self.shown),
            filters=self.filter_labels(),
            assumed=assumed,
            problems=len(self.problems),
            loading=self.loading,
            opened=opened_label(self.paths),
        )

    def set_actor_filter(self, actor_ids: frozenset[str]) -> None:
        self.event_filter = replace(self.event_filter, actor_ids=actor_ids)

    @property
    def selected_event(self) -> Event | None:
        index = self.view.selected_event
        return self.timeline.events[index] if index is not None else None

    @on(EventHighlighted)
    def _highlighted(self, message: EventHighlighted) -> None:
        if message.event_index is None and not self.shown:
            return
        self.quote.show_event(self.timeline, message.event_index)

    # ------------------------------------------------------------ actions

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        main = self.screen is self.screen_stack[0]
        if action == "clear_search":
            return main and bool(self.event_filter.search) and self._twin_for_width(parameters)
        if action in ("search", "actor_filter"):
            # priority bindings: only on the main screen, and never while typing in a box
            if action == "search" and not self._twin_for_width(parameters):
                return False  # the twin binding of this footer width handles the key
            return main and not isinstance(self.focused, Input)
        return True

    def _twin_for_width(self, parameters: tuple[object, ...]) -> bool:
        """Whether the binding with these parameters is the one for this width: the
        ``('narrow',)`` twins while a search is active on a footer below WIDE_FOOTER."""
        narrow = bool(self.event_filter.search) and self.size.width < WIDE_FOOTER
        return narrow == (parameters == ("narrow",))

    def action_switch_pane(self) -> None:
        if self.view.has_focus:
            self.quote.focus()
        else:
            self.view.focus()

    def action_search(self, _width: str = "") -> None:
        bar = self.query_one(SearchBar)
        bar.display = True
        self.screen.set_focus(bar)  # at once: the next key typed goes to the search

    def action_clear_search(self, _width: str = "") -> None:
        """Esc in the timeline (or the source pane): drop the search kept with Enter."""
        self.query_one(SearchBar).action_cancel()

    @on(SearchChanged)
    def _search_changed(self, message: SearchChanged) -> None:
        if message.text != self.event_filter.search:
            self.event_filter = replace(self.event_filter, search=message.text)
        if message.done:
            bar = self.query_one(SearchBar)
            if not message.text:
                bar.display = False
            self.view.focus()

    def action_actor_filter(self) -> None:
        def chosen(result: frozenset[str] | None) -> None:
            if result is not None:
                self.set_actor_filter(result)

        self.push_screen(
            ActorFilterScreen(
                self.timeline.actors, self.timeline.actor_counts(), self.event_filter.actor_ids
            ),
            chosen,
        )

    def action_clear_actors(self) -> None:
        self.set_actor_filter(frozenset())

    def action_toggle_speakers(self) -> None:
        f = self.event_filter
        self.event_filter = replace(f, speakers_only=not f.speakers_only)

    def action_toggle_context(self) -> None:
        f = self.event_filter
        self.event_filter = replace(f, show_context=not f.show_context)

    def action_help(self) -> None:
        self.push_screen(HelpScreen())

    def action_copy(self) -> None:
        event = self.selected_event
        if event is None:
            self.notify("Nothing selected to copy.", severity="warning")
            return
        self.copy_to_clipboard(citation(self.timeline, event))
        self.notify("Sentence copied with its citation.", title="Copied")

    def action_set_published(self) -> None:
        event = self.selected_event
        if event is None:
            self.notify("Select an event first.", severity="warning")
            return
        if self.loading or self._reparsing:
            self.notify("Wait until loading finishes.", severity="warning")
            return
        article = self.timeline.articles[event.article_id].article
        key = event_key(event)

        def chosen(new_date: date | None) -> None:
            if new_date is not None and new_date != article.published:
                self._reparsing = True
                self.reparse_article(article.id, new_date, key)

        self.push_screen(DateDialog(article.title or article.id, article.published), chosen)

    @work(thread=True, exclusive=True, group="reparse", exit_on_error=False)
    def reparse_article(self, article_id: str, new_date: date, keep: EventKey) -> None:
        """Re-resolve one article's dates against a new publication date (in a thread)."""
        from explorer.corpus import reparse

        try:
            article = self.timeline.articles[article_id].article
            parsed = reparse(article, new_date, self.dictionary)
            timeline = self.timeline.replace_article(parsed)
        except Exception as exc:
            self.post_message(LoadFailed(f"re-parse failed: {type(exc).__name__}: {exc}"))
            return
        finally:
            self._reparsing = False
        self.post_message(TimelineReady(timeline, loading=False, keep=keep))
        self.call_from_thread(
            self.notify,
            f"Dates re-resolved against {day_label(new_date)}.",
            title="Publication date",
        )

    def action_export(self) -> None:
        indexes = list(self.shown)

        def chosen(path: str | None) -> None:
            if path is None:
                return
            if os.path.exists(os.path.expanduser(path)):

                def confirmed(ok: bool | None) -> None:
                    if ok:
                        self._write_export(path, indexes)

                self.push_screen(ConfirmDialog(f"{path} exists. Overwrite it?"), confirmed)
            else:
                self._write_export(path, indexes)

        self.push_screen(ExportDialog(DEFAULT_EXPORT_PATH, len(indexes)), chosen)

    def _write_export(self, path: str, indexes: list[int]) -> None:
        path = os.path.expanduser(path)
        try:
            n = write_view(self.timeline, indexes, path)
        except OSError as exc:
            self.notify(f"Could not write {path}: {exc}", severity="error", markup=False)
            return
        self.notify(f"Wrote {n} events to {path}", title="Exported", markup=False)


def opened_label(paths: Sequence[str]) -> str:
    """What is open, for the header: 'seeds/', 'a.txt', 'a.txt +2', 'stdin'."""
    if not paths:
        return ""

    def name(path: str) -> str:
        if path == "-":
            return "stdin"
        base = os.path.basename(os.path.normpath(path)) or path
        return base + "/" if os.path.isdir(path) else base

    more = f" +{len(paths) - 1}" if len(paths) > 1 else ""
    return name(paths[0]) + more


def citation(timeline: Timeline, event: Event) -> str:
    """The sentence and where it comes from, one paragraph of plain text."""
    parsed = timeline.articles[event.article_id]
    art = parsed.article
    sent = parsed.sentences[event.sentence_index]
    title = inline(art.title or art.id)
    source = f", {inline(art.source)}" if art.source else ""
    return (
        f"“{inline(sent.text)}” — {title}{source}, {art.published.isoformat()}, "
        f"{inline(art.place_of(sent.start))}"
    )


def run_app(
    paths: Sequence[str],
    *,
    published: date | None = None,
    undated: Undated = Undated.CONTEXT,
    dictionary: ActorDictionary | None = None,
    use_cache: bool = True,
    jobs: int | None = None,
    group: bool = True,
) -> int:
    """Open the interactive timeline of the articles under ``paths``; returns an exit code.

    Parsing runs in a worker thread through ``explorer.corpus.iter_parsed`` (``use_cache``
    and ``jobs`` are passed to it); the first articles show while the rest load.
    """
    app = ExplorerApp(
        paths=paths,
        published=published,
        undated=undated,
        dictionary=dictionary,
        use_cache=use_cache,
        jobs=jobs,
        group=group,
    )
    result = app.run()
    if app.return_code not in (None, 0):
        return app.return_code or 1
    return result or 0
