"""Dating rules from QA round 11 (tests/fixtures/dates_unseen11/FINDINGS.md): where a
sentence without a date of its own lands, on invented articles."""

from __future__ import annotations

from datetime import date

import pytest
from event_checks import sentence_days

from explorer.model import DatedBy

FRIDAY = date(2026, 11, 27)
LEAD = "Markets\n\nLONDON (Reuters) - Shares rose on Friday as bond yields fell.\n\n"


@pytest.mark.parametrize(
    ("story", "start", "expected"),
    [
        # a record measured back to a date: the date is what it is measured against, and
        # the sentence also appears at its own time (here the news day)
        ("The pound gained 0.6%, its best week since August.", "The pound gained",
         [("2026-08", DatedBy.EXPLICIT), ("2026-11-27", DatedBy.NEWS_DAY)]),
        ("Turnout was the highest at the ground since 2004.", "Turnout was",
         [("2004", DatedBy.EXPLICIT), ("2026-11-27", DatedBy.NEWS_DAY)]),
        # ... not a start
        ("The bank has raised rates four times since August.", "The bank has raised",
         [("2026-08", DatedBy.EXPLICIT)]),
    ],
)  # fmt: skip
def test_a_record_since_a_date_does_not_date_the_sentence(
    story: str, start: str, expected: list[tuple[str, DatedBy]]
) -> None:
    assert sentence_days(LEAD + story + "\n", FRIDAY, start) == expected
