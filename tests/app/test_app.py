"""Pilot tests: every binding of the app on a fixed fixture timeline."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import fixture_articles, fixture_timeline, hostile_article
from rich.text import Text
from textual import events
from textual.geometry import Region
from textual.widgets import Input, Label, Static

from explorer.app import ExplorerApp
from explorer.app.actor_filter import ActorFilterScreen, ActorList
from explorer.app.confirm_dialog import ConfirmDialog
from explorer.app.date_dialog import DateDialog
from explorer.app.export_view import ExportDialog
from explorer.app.help_screen import HelpScreen
from explorer.app.messages import LoadFailed, TimelineReady
from explorer.app.quote_pane import QuotePane
from explorer.app.search_bar import SearchBar
from explorer.app.status_header import StatusHeader
from explorer.app.timeline_view import TimelineView
from explorer.model import Article, DatedBy, PublishedSource
from explorer.parse.pipeline import parse_article
from explorer.timeline import EventFilter, Timeline

SIZE = (120, 40)


def app_for(timeline: Timeline | None = None) -> ExplorerApp:
    return ExplorerApp(timeline=timeline if timeline is not None else fixture_timeline())


def sentence(app: ExplorerApp) -> str:
    event = app.selected_event
    assert event is not None
    return app.timeline.sentence_text(event)


def shown_sentences(app: ExplorerApp) -> list[str]:
    return [app.timeline.sentence_text(app.timeline.events[i]) for i in app.shown]


def widget_lines(widget: TimelineView | Static | StatusHeader) -> list[str]:
    strips = widget.render_lines(Region(0, 0, widget.size.width, widget.size.height))
    return ["".join(seg.text for seg in strip) for strip in strips]


def quote_text(app: ExplorerApp) -> str:
    return "\n".join(widget_lines(app.query_one("#quote-body", Static)))


def header_text(app: ExplorerApp) -> str:
    return "\n".join(widget_lines(app.query_one(StatusHeader)))


async def test_startup_shows_first_event_and_header() -> None:
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.view.has_focus
        assert sentence(app) == "Protests began in about March 2011."
        header = header_text(app)
        assert "3 articles" in header
        assert f"{len(app.timeline.events)} events" in header
        assert "date assumed" in header  # the ASSUMED article is listed
        q = quote_text(app)
        assert "How the war began" in q
        assert "≈ Mar 2011" in q
        assert "articles/history.txt:1" in q


async def test_up_down_j_k() -> None:
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        first = app.selected_event
        await pilot.press("down")
        second = app.selected_event
        assert second is not None and second != first
        await pilot.press("j")
        third = app.selected_event
        assert third is not None and third not in (first, second)
        await pilot.press("k")
        assert app.selected_event == second
        await pilot.press("up")
        assert app.selected_event == first
        await pilot.press("up")  # stays on the first event
        assert app.selected_event == first


async def test_home_end_g_G_and_pages() -> None:
    app = app_for()
    async with app.run_test(size=(120, 12)) as pilot:
        events = app.timeline.events
        await pilot.press("end")
        assert app.selected_event == events[-1]
        await pilot.press("home")
        assert app.selected_event == events[0]
        await pilot.press("G")
        assert app.selected_event == events[-1]
        await pilot.press("g")
        assert app.selected_event == events[0]
        await pilot.press("pagedown")
        down = app.view.selected_event
        assert down is not None and down > 2
        await pilot.press("pageup")
        assert app.view.selected_event is not None and app.view.selected_event < down


async def test_next_and_previous_date() -> None:
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("right_square_bracket")
        e1 = app.selected_event
        assert e1 is not None and e1.range.start.year == 2012
        await pilot.press("right_square_bracket")
        e2 = app.selected_event
        assert e2 is not None and e2.range.start.year == 2015
        # ] skips the context-dated event with the same date as the 2012 one
        await pilot.press("left_square_bracket")
        assert app.selected_event == e1
        await pilot.press("left_square_bracket")
        assert app.selected_event == app.timeline.events[0]


async def test_click_selects_row() -> None:
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        view = app.view
        row = next(i for i, r in enumerate(view.rows) if r >= 0 and i > 4)
        await pilot.click(TimelineView, offset=(5, row))
        assert view.cursor_row == row
        assert app.selected_event == app.timeline.events[view.rows[row]]


async def test_tab_switches_pane() -> None:
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        assert app.view.has_focus
        await pilot.press("tab")
        assert app.query_one(QuotePane).has_focus
        await pilot.press("tab")
        assert app.view.has_focus


async def test_enter_on_a_row_goes_to_its_source_and_escape_comes_back() -> None:
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("down")
        chosen = app.selected_event
        await pilot.press("enter")
        assert app.query_one(QuotePane).has_focus
        await pilot.press("escape")
        assert app.view.has_focus
        assert app.selected_event is chosen
        await pilot.press("slash", *"kerry", "enter", "enter", "escape")
        assert app.view.has_focus
        assert app.event_filter.search == "kerry"  # the first Esc only came back
        await pilot.press("escape")
        assert app.event_filter.search == ""


async def test_search_incremental_enter_keeps_escape_clears() -> None:
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        total = len(app.shown)
        await pilot.press("slash")
        assert app.query_one(SearchBar).has_focus
        await pilot.press("c", "e", "a")
        # "cea": ceasefire sentences only (incremental, before Enter)
        assert shown_sentences(app) == ["A ceasefire started on 12 September 2016."]
        await pilot.press("backspace", "backspace", "backspace", *"kerry")
        assert len(app.shown) == 1  # the sentence and its actor "John Kerry"
        await pilot.press("enter")
        assert app.view.has_focus
        assert app.event_filter.search == "kerry"
        assert "search" in header_text(app)
        await pilot.press("down")  # keys go back to the timeline, search kept
        assert len(app.shown) == 1
        await pilot.press("slash", "escape")
        assert app.event_filter.search == ""
        assert len(app.shown) == total
        assert not app.query_one(SearchBar).display
        assert app.view.has_focus


def footer_keys(app: ExplorerApp) -> list[str]:
    # (stripped: a footer recomposed a moment ago may not have its compact style yet)
    return [k.render().plain.strip() for k in app.query("FooterKey")]  # type: ignore[attr-defined]


async def test_escape_in_the_timeline_clears_a_kept_search() -> None:
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        total = len(app.shown)
        assert not any("esc" in key for key in footer_keys(app))  # nothing to clear yet
        await pilot.press("escape")
        assert len(app.shown) == total
        await pilot.press("slash", *"kerry", "enter", "down")
        assert app.view.has_focus
        assert len(app.shown) == 1
        assert "esc Clear search" in footer_keys(app)
        await pilot.press("escape")  # in the timeline, without going back to the search
        assert app.event_filter.search == ""
        assert len(app.shown) == total
        assert sentence(app).startswith("Kerry said")  # the selection stays where it was
        assert not app.query_one(SearchBar).display
        assert "search" not in header_text(app)
        assert not any("esc" in key for key in footer_keys(app))


async def test_escape_clears_only_the_search_not_the_actor_filter() -> None:
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        app.set_actor_filter(frozenset({"Russia"}))
        await pilot.press("slash", *"moscow", "enter")
        assert len(app.shown) == 1
        await pilot.press("escape", "escape")  # a second Esc does not drop the actors
        assert app.event_filter.search == ""
        assert app.event_filter.actor_ids == frozenset({"Russia"})
        assert len(app.shown) > 1


async def test_narrow_footer_shows_escape_while_searching() -> None:
    app = app_for()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash", *"kerry", "enter")
        keys = list(app.query("FooterKey"))
        assert "esc Clear" in footer_keys(app)
        assert "q Quit" in footer_keys(app)
        assert max(k.region.right for k in keys) <= 80
        await pilot.press("slash")  # not listed at this width, / still edits the search
        bar = app.query_one(SearchBar)
        assert bar.has_focus and bar.value == "kerry"
        await pilot.press("backspace", "escape")
        await pilot.pause()
        assert app.event_filter.search == ""
        assert "/ Search" in footer_keys(app)


async def test_search_matches_actor_names() -> None:
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"white helmets", "enter")
        assert len(app.shown) == 1
        assert app.timeline.events[app.shown[0]].speaker_id == "White Helmets"


async def test_empty_result_shows_message() -> None:
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"zzzz", "enter")
        assert app.shown == []
        assert app.selected_event is None
        lines = widget_lines(app.view)
        assert any("No events match" in line for line in lines)
        assert "No event selected" in quote_text(app)
        await pilot.press("down", "end", "c", "right_square_bracket")  # nothing crashes
        await pilot.press("slash", "escape")
        assert app.shown


async def test_actor_filter_modal_alias_aware_and_clear() -> None:
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a")
        assert isinstance(app.screen, ActorFilterScreen)
        screen = app.screen
        await pilot.press(*"moscow")  # an alias of Russia
        listing = screen.query_one("#actor-list")
        assert [o.value for o in listing._options] == ["Russia"]  # type: ignore[attr-defined]
        await pilot.press("down", "space", "enter")
        assert not isinstance(app.screen, ActorFilterScreen)
        assert app.event_filter.actor_ids == frozenset({"Russia"})
        wanted = {"Russia", "Vitaly Churkin"}  # Churkin is affiliated to Russia
        assert all(wanted & set(app.timeline.events[i].actor_ids) for i in app.shown)
        assert "actors: Russia" in header_text(app)
        await pilot.press("A")
        assert app.event_filter.actor_ids == frozenset()
        assert len(app.shown) == len(app.timeline.events)


async def test_actor_filter_several_actors_is_any_of_them() -> None:
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", *"churkin", "down", "space")
        await pilot.press(*["backspace"] * 7, *"power", "down", "space", "enter")
        assert app.event_filter.actor_ids == frozenset({"Vitaly Churkin", "Samantha Power"})
        speakers = {app.timeline.events[i].speaker_id for i in app.shown}
        assert speakers == {"Vitaly Churkin", "Samantha Power"}


async def test_actor_filter_enter_after_a_name_applies_the_highlighted_actor() -> None:
    # typing a name and pressing Enter used to apply nothing (no actor toggled)
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", *"kerry", "enter")
        assert not isinstance(app.screen, ActorFilterScreen)
        assert app.event_filter.actor_ids == frozenset({"John Kerry"})
        assert "actors: John Kerry" in header_text(app)
        await pilot.press("a", *"power", "down", "enter")  # highlighted in the list
        assert app.event_filter.actor_ids == frozenset({"Samantha Power"})
        await pilot.press("a", *"power", "down", "space", "enter")
        assert app.event_filter.actor_ids == frozenset()  # unchecked on purpose: cleared


async def test_actor_filter_escape_cancels() -> None:
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", *"kerry", "down", "space", "escape")
        assert not isinstance(app.screen, ActorFilterScreen)
        assert app.event_filter.actor_ids == frozenset()


async def test_actor_filter_country_includes_affiliated_people() -> None:
    app = app_for()
    async with app.run_test(size=SIZE):
        app.set_actor_filter(frozenset({"Russia"}))
        speakers = {app.timeline.events[i].speaker_id for i in app.shown}
        assert "Vitaly Churkin" in speakers  # affiliated to Russia


async def test_command_palette_filter_by_actor() -> None:
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"filter by actor: kerry")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert app.event_filter.actor_ids == frozenset({"John Kerry"})


async def test_speakers_only_and_context_toggle() -> None:
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s")
        assert app.event_filter.speakers_only
        assert all(app.timeline.events[i].speaker_id is not None for i in app.shown)
        assert "speakers only" in header_text(app)
        await pilot.press("s", "u")
        assert not app.event_filter.show_context
        assert all(app.timeline.events[i].dated_by is DatedBy.EXPLICIT for i in app.shown)
        await pilot.press("u")
        assert len(app.shown) == len(app.timeline.events)


async def test_context_rows_are_marked() -> None:
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        lines = widget_lines(app.view)
        ctx = [line for line in lines if "It collapsed within a week." in line]
        assert ctx and "↳" in ctx[0]
        assert "12 Sep 2016" in ctx[0]
        news = [line for line in lines if "The siege has shaped the war." in line]
        assert news and "◦" in news[0]
        for _ in range(len(app.shown)):
            if sentence(app) == "The siege has shaped the war.":
                break
            await pilot.press("down")
        assert "news day: “Wednesday”" in " ".join(quote_text(app).split())


async def test_filter_keeps_selection_near() -> None:
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("end")
        last = app.selected_event
        await pilot.press("u")
        assert app.selected_event == last  # explicit event: still selected


async def test_copy_sentence_with_citation() -> None:
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("c")
        assert "Protests began in about March 2011." in app.clipboard
        assert "How the war began" in app.clipboard
        assert "2016-09-20" in app.clipboard
        assert "articles/history.txt:1" in app.clipboard


async def test_help_screen() -> None:
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_quit() -> None:
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


async def test_export_writes_and_asks_before_overwrite(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s")  # export what is shown
        await pilot.press("e")
        assert isinstance(app.screen, ExportDialog)
        await pilot.press("enter")
        await pilot.pause()
        out = tmp_path / "explorer-export.md"
        text = out.read_text(encoding="utf-8")
        assert "Vitaly Churkin" in text
        assert "The siege has shaped the war." not in text  # filtered out (no speaker)
        out.write_text("keep me", encoding="utf-8")
        await pilot.press("e", "enter")
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        assert out.read_text(encoding="utf-8") == "keep me"
        await pilot.press("e", "enter", "y")
        await pilot.pause()
        assert "Vitaly Churkin" in out.read_text(encoding="utf-8")


async def test_export_json(tmp_path: Path) -> None:
    import json

    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        target = tmp_path / "view.json"
        dialog.query_one("#export-input").value = str(target)  # type: ignore[attr-defined]
        await pilot.press("enter")
        await pilot.pause()
        data = json.loads(target.read_text(encoding="utf-8"))
        assert len(data["events"]) == len(app.timeline.events)


async def test_set_publication_date_fixture_article() -> None:
    """The dialog validates; a new date re-parses the article through explorer.corpus."""
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("r")
        assert isinstance(app.screen, DateDialog)
        await pilot.press("escape")
        assert not isinstance(app.screen, DateDialog)
        assert app.timeline.articles["history"].article.published.isoformat() == "2016-09-20"


async def test_set_publication_date_reparses_seed_article() -> None:
    from explorer.corpus import iter_parsed

    parsed = list(iter_parsed(["seeds"]))
    assert parsed
    app = app_for(Timeline.build(parsed))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        event = app.selected_event
        assert event is not None
        before = app.timeline.articles[event.article_id].article.published
        await pilot.press("r")
        assert isinstance(app.screen, DateDialog)
        await pilot.press(*["backspace"] * 10, *"2019-0x-01", "enter")
        assert isinstance(app.screen, DateDialog)  # not a date: the dialog stays
        await pilot.press(*["backspace"] * 10, *"2019-03-01", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        article = app.timeline.articles[event.article_id].article
        assert article.published.isoformat() == "2019-03-01" != before.isoformat()
        assert "Fri 1 Mar 2019" in quote_text(app)
        assert app.selected_event is not None
        assert app.selected_event.sentence_index == event.sentence_index


async def test_hostile_text_is_inert() -> None:
    app = app_for(Timeline.build([hostile_article()]))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        view_lines = widget_lines(app.view)
        quote_lines = quote_text(app)
        everything = "\n".join(view_lines) + quote_lines + header_text(app)
        assert "\x1b" not in everything
        assert "\x07" not in everything
        assert "[bold]loud[/]" in quote_lines
        assert "[bold]Evil[/] title" in quote_lines
        assert "pwned" not in everything
        assert any("[bold]loud[/]" in line for line in view_lines)
        # the highlighted time expression still lands on its own characters
        pane = app.query_one(QuotePane)
        event = app.selected_event
        assert event is not None
        rich_text: Text = pane.paragraph_text(app.timeline.articles["hostile"], event)
        timex_style = pane.get_component_rich_style("quote--timex", partial=True)
        styled = [
            rich_text.plain[s.start : s.end] for s in rich_text.spans if s.style == timex_style
        ]
        assert styled == ["1 May 2016"]
        await pilot.press("c")
        assert "\x1b" not in app.clipboard


async def test_wide_characters_keep_columns() -> None:
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        view = app.view
        width = view.scrollable_content_region.width
        strips = view.render_lines(Region(0, 0, view.size.width, view.size.height))
        wide = [s for s in strips if "東京" in s.text]
        assert wide
        assert all(s.cell_length == width for s in strips)
        plain = next(s for s in strips if "Officials met" in s.text)

        # the statement column starts at the same cell on both rows
        def column(strip_text: str, needle: str) -> int:
            from rich.cells import cell_len

            return cell_len(strip_text[: strip_text.index(needle)])

        assert column(wide[0].text, "東京") == column(plain.text, "Officials")


async def test_narrow_screen_stacks_panes() -> None:
    app = app_for()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        view = app.view.region
        quote = app.query_one(QuotePane).region
        assert quote.y >= view.bottom - 1
    app = app_for()
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        assert app.query_one(QuotePane).region.x >= app.view.region.right - 1


async def test_loading_seeds_in_a_worker() -> None:
    app = ExplorerApp(paths=["seeds"])
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not app.loading
        assert len(app.timeline.articles) >= 1
        assert app.timeline.events
        assert app.selected_event is not None
        assert "article" in header_text(app)


async def test_loading_reports_problems(tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.txt")
    app = ExplorerApp(paths=[missing, "seeds"])
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.problems
        assert "problem" in header_text(app)
        assert app.timeline.events  # the readable articles still show


def test_fixture_builder_spans_are_consistent() -> None:
    for parsed in [*fixture_articles(), hostile_article()]:
        text = parsed.article.text
        for s in parsed.sentences:
            assert text[s.start : s.end] == s.text
        for t in parsed.timexes:
            assert text[t.start : t.end] == t.text
        for m in parsed.mentions:
            assert text[m.start : m.end] == m.text
        for q in parsed.quotes:
            assert text[q.start : q.end] == q.text


async def test_loading_in_worker_processes(tmp_path: Path) -> None:
    # enough articles for the process pool: inside the running app sys.stderr has no
    # file descriptor, which used to make starting the workers fail ("fds_to_keep")
    for i in range(12):
        (tmp_path / f"a{i:02}.txt").write_text(
            f"Officials met on {i + 1} May 2016, a spokesman said.\n", encoding="utf-8"
        )
    app = ExplorerApp(paths=[str(tmp_path)], use_cache=False, jobs=2)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not app.loading
        assert "failed" not in app.view.empty_message
        assert len(app.timeline.articles) == 12


async def test_load_failure_is_shown_in_both_panes() -> None:
    app = ExplorerApp(paths=["/nonexistent-for-test"])
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        app.post_message(LoadFailed("boom"))
        await pilot.pause()
        assert any("Loading failed: boom" in line for line in widget_lines(app.view))
        assert "Loading failed" in quote_text(app)


def type_fast(app: ExplorerApp, keys: str) -> None:
    """Queue key presses without waiting in between, as a fast typist (or tmux) sends them."""
    for ch in keys:
        key = {"/": "slash", " ": "space"}.get(ch, ch)
        event = events.Key(key, ch)
        event.set_sender(app)
        app.post_message(event)


async def test_keys_typed_right_after_slash_go_to_the_search() -> None:
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        type_fast(app, "/strike")
        await pilot.pause()
        assert app.query_one(SearchBar).value == "strike"
        assert app.event_filter.search == "strike"
        assert not app.event_filter.speakers_only  # "s" did not reach the timeline
        assert isinstance(app.screen.focused, SearchBar)


def actor_rows(screen: ActorFilterScreen) -> str:
    return "\n".join(widget_lines(screen.query_one("#actor-list", ActorList)))


async def test_actor_filter_search_takes_spaces_and_list_shows_checkboxes() -> None:
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", *"john k")  # a space narrows, it does not toggle
        screen = app.screen
        assert isinstance(screen, ActorFilterScreen)
        assert screen.query_one("#actor-search", Input).value == "john k"
        assert screen.shown == ["John Kerry"]
        assert not screen.chosen
        assert "[ ] John Kerry" in actor_rows(screen)
        await pilot.press("down", "space")  # into the list, then toggle
        assert screen.chosen == {"John Kerry"}
        assert "[x] John Kerry" in actor_rows(screen)
        assert "1 chosen" in "".join(widget_lines(screen.query_one("#actor-count", Static)))
        await pilot.press("backspace", "backspace")  # typing goes back to the search box
        assert screen.query_one("#actor-search", Input).has_focus
        assert screen.query_one("#actor-search", Input).value == "john"
        await pilot.press("enter")
        assert app.event_filter.actor_ids == frozenset({"John Kerry"})


async def test_actor_filter_keys_typed_right_after_a() -> None:
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        type_fast(app, "apower")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ActorFilterScreen)
        assert screen.query_one("#actor-search", Input).value == "power"
        assert screen.shown == ["Samantha Power"]
        assert app.event_filter == type(app.event_filter)()  # nothing reached the timeline


async def test_actor_filter_fits_a_small_terminal() -> None:
    app = app_for()
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.press("a")
        screen = app.screen
        assert isinstance(screen, ActorFilterScreen)
        help_line = screen.query_one("#dialog-help", Label)
        assert help_line.region.height >= 1
        assert help_line.region.bottom <= 20
        assert screen.query_one("#actor-list").region.height >= 3


async def test_loading_worker_crash_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "explorer.corpus", None)  # the import itself fails
    app = ExplorerApp(paths=["seeds"])
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.pause()
        assert not app.loading
        assert any("Loading failed" in line for line in widget_lines(app.view))
        assert "loading" not in header_text(app)


def footer_text(app: ExplorerApp) -> str:
    from explorer.app.keys_footer import KeysFooter

    footer = app.query_one(KeysFooter)
    return " ".join(
        "".join(seg.text for seg in strip)
        for strip in footer.render_lines(Region(0, 0, footer.size.width, footer.size.height))
    )


async def test_footer_fits_80_columns() -> None:
    app = app_for()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        text = " ".join(w.render().plain for w in app.query("FooterKey"))  # type: ignore[attr-defined]
        for label in ("Help", "Search", "Actors", "Copy", "Export", "Quit"):
            assert label in text
        keys = list(app.query("FooterKey"))
        assert keys and max(k.region.right for k in keys) <= 80
        assert not app.query("FooterKey.-command-palette")  # ctrl+p: in the help instead


async def test_narrow_timeline_keeps_the_year() -> None:
    app = app_for()
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        view = app.view
        for y, line in enumerate(widget_lines(view)):
            row = view.scroll_offset.y + y
            if row < len(view.rows) and view.rows[row] >= 0:
                date_cell = line[:16]
                assert any(str(yr) in date_cell for yr in (2011, 2012, 2015, 2016)), line


async def test_header_says_what_is_open() -> None:
    app = ExplorerApp(paths=["seeds"])
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert header_text(app).startswith(" explorer seeds/ ·") or "seeds/" in header_text(app)


async def test_quote_and_mention_styles_differ() -> None:
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        pane = app.query_one(QuotePane)
        quote = pane.get_component_rich_style("quote--quote", partial=True)
        mention = pane.get_component_rich_style("quote--mention", partial=True)
        timex = pane.get_component_rich_style("quote--timex", partial=True)
        assert len({quote.color, mention.color, timex.color}) == 3


async def test_focused_source_pane_is_marked() -> None:
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        pane = app.query_one(QuotePane)
        blurred = pane.styles.border_left
        await pilot.press("tab")
        assert pane.has_focus
        assert pane.styles.border_left != blurred


async def test_export_expands_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        dialog.query_one(Input).value = "~/out.md"
        await pilot.press("enter")
        await pilot.pause()
        assert (tmp_path / "out.md").exists()


def write_articles(folder: Path) -> None:
    """Three small articles; the one read first does not hold the earliest date."""
    articles = {
        "a_summit.txt": (
            "Leaders meet in Geneva",
            "2024-05-03",
            "Leaders met in Geneva on Friday, officials said.\n\n"
            "The talks began in March 2019, a spokesman said.\n",
        ),
        "b_history.txt": (
            "A short history",
            "2024-04-01",
            "The treaty was signed in 1990.\n\nIt was revised in 2005, diplomats said.\n",
        ),
        "c_vote.txt": (
            "Parliament votes",
            "2024-04-20",
            "Parliament voted on 18 April 2024, the speaker said.\n",
        ),
    }
    for name, (title, published, text) in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
        (folder / f"{name}.meta.toml").write_text(
            f'title = "{title}"\npublished = {published}\n', encoding="utf-8"
        )


async def test_loading_a_folder_opens_on_the_first_row(tmp_path: Path) -> None:
    # the first article read used to keep its own first event selected as the others
    # arrived, leaving the cursor mid-screen on an arbitrary row
    write_articles(tmp_path)
    app = ExplorerApp(paths=[str(tmp_path)], use_cache=False, jobs=1)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert len(app.timeline.articles) == 3
        view = app.view
        first_row = next(r for r, value in enumerate(view.rows) if value >= 0)
        assert view.cursor_row == first_row
        assert app.selected_event is app.timeline.events[app.shown[0]]
        assert sentence(app) == "The treaty was signed in 1990."
        assert view.scroll_offset.y == 0  # the first row (and its year above) on screen
        assert "1990" in widget_lines(view)[0] and "treaty" in widget_lines(view)[1]
        assert "A short history" in quote_text(app)


async def test_loading_keeps_a_row_the_reader_chose(tmp_path: Path) -> None:
    write_articles(tmp_path)
    app = ExplorerApp(paths=[str(tmp_path)], use_cache=False, jobs=1)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("G")
        chosen = app.selected_event
        app.post_message(TimelineReady(app.timeline, loading=False))
        await pilot.pause()
        assert app.selected_event is chosen


async def test_a_joint_statement_names_every_speaker() -> None:
    """ "Russia and China said in a joint statement": the row and the source pane name both
    speakers, and filtering to China's statements keeps it."""
    text = (
        "Joint statement\n\nMOSCOW (Reuters) - Russia and China said in a joint statement on "
        "Tuesday that the plan was unfair.\n"
    )
    art = Article("j", text, "Joint statement", date(2025, 7, 23), PublishedSource.METADATA, "j")
    app = app_for(Timeline.build([parse_article(art)]))
    async with app.run_test(size=SIZE) as pilot:
        app.event_filter = EventFilter(actor_ids=frozenset({"China"}), speakers_only=True)
        await pilot.pause()
        assert shown_sentences(app) == [
            "MOSCOW (Reuters) - Russia and China said in a joint statement on Tuesday that the "
            "plan was unfair."
        ]
        # (the speaker column is narrow: the names truncated)
        assert any("Russia, Chi" in line for line in widget_lines(app.view))
        assert "speakers Russia, China" in " ".join(quote_text(app).split())
