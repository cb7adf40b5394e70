"""Session 13: whose statement a sentence with a speech verb and an "according to" is."""

from __future__ import annotations

from datetime import date

from event_checks import sentence_events


def test_a_speech_verb_beats_an_according_to_after_it() -> None:
    text = (
        "The Palestinian health ministry in Gaza said at least 29,878 Palestinians had been "
        "killed since Oct. 7, when gunmen attacked southern Israel, killing 1,200 people, "
        "according to Israeli tallies."
    )
    events = sentence_events(text, date(2024, 2, 27), "The Palestinian")
    assert events
    assert all(e.speaker_id not in (None, "Israel") for e in events)


def test_an_according_to_alone_still_speaks() -> None:
    text = "Prices rose 5% in January, according to the World Bank."
    events = sentence_events(text, date(2024, 2, 27), "Prices rose")
    assert events and all(e.speaker_id == "World Bank" for e in events)
