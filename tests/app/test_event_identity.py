"""The selection survives a rebuild of the timeline (a loading batch, a re-parse) on the
same row, also where one sentence is two rows (an event's day and, as a statement, the
day it was said)."""

from __future__ import annotations

from conftest import day, truce_article

from explorer.app.app import event_key, find_event
from explorer.model import DatedBy, Event
from explorer.timeline import Timeline


def _timeline(*events: Event) -> Timeline:
    parsed = truce_article()
    return Timeline({parsed.article.id: parsed}, list(events), {})


def test_the_second_row_of_a_sentence_stays_selected() -> None:
    on_monday = Event("truce", 3, day(2016, 9, 19), DatedBy.CONTEXT)
    published = Event("truce", 3, day(2016, 9, 23), DatedBy.PUBLISHED)
    other = Event("truce", 0, day(2016, 9, 20), DatedBy.CONTEXT)
    before = _timeline(on_monday, published)
    after = _timeline(other, on_monday, published)  # a batch added a row before them
    assert find_event(after, event_key(before.events[1])) == 2
    assert find_event(after, event_key(before.events[0])) == 1


def test_after_a_reparse_the_row_of_the_same_expression_and_kind_is_chosen() -> None:
    old_said = Event("truce", 3, day(2016, 9, 23), DatedBy.PUBLISHED)
    new_context = Event("truce", 3, day(2016, 10, 1), DatedBy.CONTEXT)
    new_said = Event("truce", 3, day(2016, 10, 3), DatedBy.PUBLISHED)
    after = _timeline(new_context, new_said)
    assert find_event(after, event_key(old_said)) == 1


def test_a_vanished_sentence_selects_nothing_of_another() -> None:
    gone = Event("truce", 5, day(2016, 9, 23), DatedBy.PUBLISHED)
    after = _timeline(Event("truce", 3, day(2016, 9, 23), DatedBy.PUBLISHED))
    assert find_event(after, event_key(gone)) is None
