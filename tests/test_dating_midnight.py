"""Midnight after a day ("at midnight on Friday", "shortly before midnight", TIMEX3
T24:00) ends that day: its row is on that day, labelled 24:00, not on the next at 00:00."""

from __future__ import annotations

from datetime import date

from event_checks import sentence_events

from explorer.labels import date_label
from explorer.model import Event, Precision

WEDNESDAY = date(2026, 10, 21)


def _clock(events: list[Event]) -> Event:
    (event,) = [e for e in events if e.range.precision >= Precision.HOUR]
    return event


LEAD = "Runoff nears\n\nTERAVIA (Reuters) - Candidates held final rallies on Wednesday.\n\n"


def test_midnight_on_a_day_is_the_end_of_that_day() -> None:
    text = LEAD + "Campaigning must end at midnight on Friday, under electoral law.\n"
    event = _clock(sentence_events(text, WEDNESDAY, "Campaigning must"))
    assert event.range.start.date() == date(2026, 10, 23)
    assert date_label(event.range) == "Fri 23 Oct 2026 24:00"


def test_just_after_midnight_stays_the_next_mornings() -> None:
    text = LEAD + "Polls will open shortly after midnight on Friday in the capital.\n"
    event = _clock(sentence_events(text, WEDNESDAY, "Polls will"))
    assert date_label(event.range) == "Fri 23 Oct 2026 00:00"
