"""Time expressions from QA round 28 (tests/fixtures/dates_unseen28/FINDINGS.md): invented
sentences for each general rule fixed that round."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.parse.segment import segment
from explorer.parse.timex import find_timexes

MON_NOV = date(2026, 11, 30)  # a Monday
THU_MAR = date(2026, 3, 5)  # a Thursday


def found(text: str, published: date) -> list[tuple[str, str]]:
    """(text, value) of each time expression."""
    return [(t.text, t.value) for t in find_timexes(text, published, segment(text).sentences)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month-day in a sentence opened by "In <year>," is that year's (was the last
        # such day before publication, or publication year's)
        ("In 2019, the mill closed on Dec. 3.",
         [("2019", "2019"), ("Dec. 3", "2019-12-03")]),
        ("In 2020, the spring term ended on June 12.",
         [("2020", "2020"), ("the spring", "2020-SP"), ("June 12", "2020-06-12")]),
        # ... and a day that comes earlier in the calendar than one the scene named is
        # the next year's
        ("In 2018, the line shut on Nov. 20 and reopened on Feb. 6.",
         [("2018", "2018"), ("Nov. 20", "2018-11-20"), ("Feb. 6", "2019-02-06")]),
        # "<n> years later," right before the day sets its year
        ("In 2017, the festival ended on Aug. 9; three years later, it ran until Aug. 30.",
         [("2017", "2017"), ("Aug. 9", "2017-08-09"), ("three years later", "2020"),
          ("Aug. 30", "2020-08-30")]),
        # a day told in the future keeps its own year
        ("In 2019, the council approved a tunnel that will open on May 1.",
         [("2019", "2019"), ("May 1", "2027-05-01")]),
    ],
)  # fmt: skip
def test_a_day_takes_the_year_its_sentence_opens_with(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, MON_NOV) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ", a <weekday>" after a date with its year is that date (was "a weekday, but no
        # particular one"), and a time of day in the sentence falls on it
        ("The climber left on Oct. 7, 2022, a Friday, and promised to be back by nightfall.",
         [("Oct. 7, 2022", "2022-10-07"), ("Friday", "2022-10-07"),
          ("nightfall", "2022-10-07TEV")]),
        # a later day of the month the flashback named is that month's (was last year's)
        ("The ferry sank on Oct. 7, 2022. Divers searched the wreck until Oct. 19.",
         [("Oct. 7, 2022", "2022-10-07"), ("Oct. 19", "2022-10-19")]),
        # (an earlier day of that month is no day after it: the year by the tense)
        ("The ferry sank on Oct. 7, 2022. Its owner bought it on Oct. 2.",
         [("Oct. 7, 2022", "2022-10-07"), ("Oct. 2", "2025-10-02")]),
    ],
)  # fmt: skip
def test_a_flashback_keeps_its_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, THU_MAR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # weekdays listed after "every <weekday>" recur too (the last one was one day)
        ("The market opens every Monday and Thursday during the winter.",
         [("every Monday", "XXXX-WXX-1"), ("Thursday", "XXXX-WXX-4"),
          ("the winter", "2026-WI")]),
        ("Buses run each Tuesday, Wednesday and Saturday.",
         [("each Tuesday", "XXXX-WXX-2"), ("Wednesday", "XXXX-WXX-3"),
          ("Saturday", "XXXX-WXX-6")]),
        # ("every day and on Thursday" is a day)
        ("He called every day and on Thursday he came.",
         [("every day", "P1D"), ("Thursday", "2026-11-26")]),
    ],
)  # fmt: skip
def test_weekdays_listed_after_every_recur(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, MON_NOV) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the week before/after" a day is a week (was a day seven days off)
        ("On Friday the union walked out. The week before, it had rejected an offer.",
         [("Friday", "2026-11-27"), ("The week before", "2026-W47")]),
        # ... and after "last week" the week before that (was last week itself)
        ("Talks dragged on all last week. The week before, the two sides had met twice.",
         [("last week", "2026-W48"), ("The week before", "2026-W47")]),
        # ("A week later" after a day stays that day)
        ("The rally was on Nov. 14. A week later, police made arrests.",
         [("Nov. 14", "2026-11-14"), ("A week later", "2026-11-21")]),
    ],
)  # fmt: skip
def test_the_week_before_is_a_week(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, MON_NOV) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the nth <weekday> of <month>" right after a past verb, still to come this year,
        # is last year's (was this year's, days ahead: round 27's open item)
        ("The trustees met on the second Tuesday of October.",
         [("the second Tuesday of October", "2025-10-14")]),
        # (told in the future, or already gone this year, it stays this year's)
        ("The trustees will meet on the second Tuesday of October.",
         [("the second Tuesday of October", "2026-10-13")]),
        ("The final was played on the last Saturday of May.",
         [("the last Saturday of May", "2026-05-30")]),
    ],
)  # fmt: skip
def test_the_nth_weekday_of_a_month_told_in_the_past(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, date(2026, 10, 2)) == expected
