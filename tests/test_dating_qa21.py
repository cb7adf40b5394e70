"""Dating rules from QA round 21 (tests/fixtures/dates_unseen21/FINDINGS.md): where a
statement lands, on invented articles."""

from __future__ import annotations

from datetime import date

from event_checks import sentence_days

from explorer.model import DatedBy

WEDNESDAY = date(2026, 4, 1)
STORY = (
    "Airline strike goes on\n\nLONDON, April 1 - Skyline Air cancelled 340 flights on "
    "Wednesday.\n\n"
    "Its chief executive, Olivia Lane, said the company had offered 5.5 percent at a "
    "meeting on March 20. She said the airline was ready to talk at any time.\n\n"
    "The board met on March 25. Its chairman said the offer was final.\n"
)


def test_a_reported_past_meeting_is_no_occasion_of_the_saying() -> None:
    # the meeting was what she reported (past perfect), not where she spoke: her next
    # statement is of the news day
    assert sentence_days(STORY, WEDNESDAY, "She said the airline") == [
        ("2026-04-01", DatedBy.NEWS_DAY)
    ]


def test_a_meeting_narrated_is_still_the_occasion() -> None:
    assert sentence_days(STORY, WEDNESDAY, "Its chairman said") == [("2026-03-25", DatedBy.CONTEXT)]
