"""A speech verb with a noun for object ("announced 10.6 billion euros in aid on Tuesday"):
the day after the object is when it was said, so the statement is one event on that day,
not also one on the news day."""

from __future__ import annotations

from datetime import date

import pytest
from event_checks import sentence_days

from explorer.model import DatedBy

SUNDAY = date(2024, 11, 3)
LEAD = "Aid for flood towns\n\nMADRID (AP) — Residents spent Sunday clearing mud.\n\n"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a noun phrase between the verb and a day: the announcing's day only
        ("Sánchez announced 10.6 billion euros in aid on Tuesday.",
         [("2024-10-29", DatedBy.EXPLICIT)]),
        ("The ministry unveiled new flood maps on Friday.",
         [("2024-11-01", DatedBy.EXPLICIT)]),
        ("The regional government announced the plan Oct. 30.",
         [("2024-10-30", DatedBy.EXPLICIT)]),
        # a clause after the verb: its date is what was said; the statement is today's
        ("The mayor said the water reached the square on Tuesday.",
         [("2024-10-29", DatedBy.EXPLICIT), ("2024-11-03", DatedBy.NEWS_DAY)]),
        ("The insurer announced it would pay claims on Friday.",
         [("2024-11-08", DatedBy.EXPLICIT), ("2024-11-03", DatedBy.NEWS_DAY)]),
        # a period the object is measured over is no day of speaking
        ("The insurer reported a third-quarter loss.",
         [("2024-07", DatedBy.EXPLICIT), ("2024-11-03", DatedBy.NEWS_DAY)]),
    ],
)  # fmt: skip
def test_a_day_after_a_noun_object_dates_the_speech(
    sentence: str, expected: list[tuple[str, DatedBy]]
) -> None:
    got = sentence_days(LEAD + sentence + "\n", SUNDAY, sentence[:12])
    assert [(day[:10], by) for day, by in got] == expected


def test_a_day_in_a_relative_clause_stays_the_clauses() -> None:
    """ "Corwin, which reports results on Thursday, rose 2%": the shares rose today."""
    text = LEAD + "Shares of Corwin, which reports results on Thursday, rose 2%.\n"
    days = sentence_days(text, SUNDAY, "Shares of Corwin")
    assert ("2024-11-03", DatedBy.NEWS_DAY) in [(d[:10], by) for d, by in days]
