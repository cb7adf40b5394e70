"""The speaker of a sentence with two speech verbs: the main clause's, not a verb with an
infinitive after it that happens to end the sentence ("the regions Moscow claims to have
annexed")."""

from __future__ import annotations

from datetime import date

from event_checks import sentence_events

LEAD = "Talks resume\n\nISTANBUL (Reuters) - Negotiators met on Wednesday.\n\n"


def test_a_verb_before_an_infinitive_does_not_close_the_sentence() -> None:
    text = (
        LEAD + "The Kremlin said its delegation would not discuss the regions Moscow "
        "claims to have annexed.\n"
    )
    events = sentence_events(text, date(2025, 7, 23), "The Kremlin said")
    assert [e.speaker_id for e in events] == ["Kremlin"]


def test_a_speech_verb_closing_the_sentence_still_speaks() -> None:
    text = LEAD + "The delegation will not discuss the regions, the Kremlin said to reporters.\n"
    events = sentence_events(text, date(2025, 7, 23), "The delegation")
    assert [e.speaker_id for e in events] == ["Kremlin"]
