"""Dating rules from QA round 10 (tests/fixtures/dates_unseen10/FINDINGS.md): where a
sentence without a date of its own lands, on invented articles."""

from __future__ import annotations

from datetime import date

import pytest
from event_checks import sentence_days

from explorer.model import DatedBy

MONDAY = date(2026, 11, 9)
LEAD = "Cup exit\n\nDALBY (Reuters) - The coach said on Monday the season was not over.\n\n"
MATCH = "The keeper was sent off in the cup tie on Saturday. "


@pytest.mark.parametrize(
    ("story", "start", "expected"),
    [
        # a present state told in a participle is how things stand now: the news day
        (MATCH + "Berg is suspended for the next league game.", "Berg is suspended",
         [("2026-11-09", DatedBy.NEWS_DAY)]),
        (MATCH + "The north stand is closed for repairs.", "The north stand",
         [("2026-11-09", DatedBy.NEWS_DAY)]),
        (MATCH + "Two roads remain blocked by fans' cars.", "Two roads",
         [("2026-11-09", DatedBy.NEWS_DAY)]),
        # a past goes on with the day of its paragraph
        (MATCH + "Berg was booked in the first half.", "Berg was booked",
         [("2026-11-07", DatedBy.CONTEXT)]),
        (MATCH + "Two fans are missing, and three were injured.", "Two fans",
         [("2026-11-07", DatedBy.CONTEXT)]),
    ],
)  # fmt: skip
def test_a_present_state_is_the_news_day(
    story: str, start: str, expected: list[tuple[str, DatedBy]]
) -> None:
    assert sentence_days(LEAD + story + "\n", MONDAY, start) == expected


THURSDAY = date(2026, 10, 29)
RESULTS = "Results\n\nOSLO (Reuters) - The group said on Thursday third-quarter profit rose.\n\n"


@pytest.mark.parametrize(
    ("story", "start", "expected"),
    [
        # what a figure is compared with is no time of the sentence: it also appears at its
        # own time (here the news day)
        ("Orders grew 4% to 1.2 billion crowns, up 3% from the prior quarter.", "Orders grew",
         [("2026-04", DatedBy.EXPLICIT), ("2026-10-29", DatedBy.NEWS_DAY)]),
        ("Margins rose 2% from a year earlier.", "Margins rose",
         [("2025-07", DatedBy.EXPLICIT), ("2026-10-29", DatedBy.NEWS_DAY)]),
        ("The party won 11 seats, down from 19 in 2022.", "The party won",
         [("2022", DatedBy.EXPLICIT), ("2026-10-29", DatedBy.NEWS_DAY)]),
        # ... but a start or a move is when it happens
        ("The ban covers 40 new homes from 2027.", "The ban covers", [("2027", DatedBy.EXPLICIT)]),
        ("The firm moved from Oslo in 2019.", "The firm moved", [("2019", DatedBy.EXPLICIT)]),
    ],
)  # fmt: skip
def test_a_comparison_base_does_not_date_the_sentence(
    story: str, start: str, expected: list[tuple[str, DatedBy]]
) -> None:
    assert sentence_days(RESULTS + story + "\n", THURSDAY, start) == expected
