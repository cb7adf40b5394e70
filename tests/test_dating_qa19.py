"""Dating rules from QA round 19 (tests/fixtures/dates_unseen19/FINDINGS.md): where a
statement lands, on invented articles."""

from __future__ import annotations

from datetime import date

from event_checks import sentence_days, sentence_events

from explorer.model import DatedBy

TUESDAY = date(2026, 12, 1)
STORY = (
    "Bank signals cut\n\nLINDHOLM, Dec. 1 - The central bank will cut rates this month, "
    "its governor said on Tuesday.\n\n"
    "Board member Piet Lund, speaking on Nov. 20, said he saw no need to rush. "
    "Lund, who joined the board in 2019, said rates would fall.\n"
)


def test_the_day_of_the_speaking_is_the_sayings() -> None:
    assert sentence_days(STORY, TUESDAY, "Board member") == [("2026-11-20", DatedBy.EXPLICIT)]


def test_a_date_of_the_speakers_past_is_not() -> None:
    days = sentence_days(STORY, TUESDAY, "Lund, who joined")
    assert ("2019", DatedBy.EXPLICIT) in days
    assert len(days) == 2  # and the saying, by context


def test_two_years_joined_by_a_dash_are_one_row() -> None:
    story = (
        "June record\n\nLINDHOLM, July 9 - June was 2.9 degrees above the 1991-2020 average, "
        "the weather service said on Wednesday.\n"
    )
    events = sentence_events(story, date(2026, 7, 9), "LINDHOLM")
    spans = sorted((e.range.start.year, e.range.end.year) for e in events)
    assert (1991, 2021) in spans  # one row from 1991 through 2020
    assert not any(s == (2020, 2021) for s in spans)  # and none for 2020 alone
