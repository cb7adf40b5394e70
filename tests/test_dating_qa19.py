"""Dating rules from QA round 19 (tests/fixtures/dates_unseen19/FINDINGS.md): where a
statement lands, on invented articles."""

from __future__ import annotations

from datetime import date

from event_checks import sentence_days

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
