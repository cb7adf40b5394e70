"""Time expressions from QA round 18 (tests/fixtures/dates_unseen18/FINDINGS.md): invented
sentences for each general rule fixed that round."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.parse.segment import segment
from explorer.parse.timex import find_timexes

TUE = date(2026, 6, 9)  # a Tuesday
SUN = date(2026, 7, 5)  # a Sunday
THU_DEC = date(2026, 12, 17)  # a Thursday, in a calendar quarter still running
WED_DEC = date(2026, 12, 30)  # a Wednesday, the day before New Year's Eve


def found(text: str, published: date) -> list[tuple[str, str]]:
    """(text, value) of each time expression."""
    return [(t.text, t.value) for t in find_timexes(text, published, segment(text).sentences)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fiscal quarter ended on a day gone is the quarter under discussion, though the
        # calendar quarter it falls in (Q4) is still running
        ("Acme reported higher revenue for the second quarter ended Nov. 30. Revenue in the "
         "quarter rose to $2 billion from $1.8 billion a year earlier.",
         [("the second quarter", "2026-Q4"), ("Nov. 30", "2026-11-30"),
          ("the quarter", "2026-Q4"), ("a year earlier", "2025-Q4")]),
        # ... not one whose end is still to come
        ("Acme expects revenue in the quarter ending Dec. 31 to rise. Revenue in the quarter "
         "rose.",
         [("the quarter", "2026-Q4"), ("Dec. 31", "2026-12-31"), ("the quarter", "2026-Q3")]),
        # "the second quarter in a row" counts quarters; it names none
        ("This is the second quarter in a row they have beaten forecasts, and sales fell for "
         "a third quarter running.", []),
        ("Profit rose in the second quarter.", [("the second quarter", "2026-Q2")]),
    ],
)  # fmt: skip
def test_the_quarter_just_reported(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, THU_DEC) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day counted from another, restated by its weekday, is that weekday
        ("The assault began on Friday. The previous day, Thursday, drones struck a depot.",
         [("Friday", "2026-06-05"), ("The previous day", "2026-06-04"),
          ("Thursday", "2026-06-04")]),
        ("Drones struck on Monday. The following morning, Saturday, the bridge fell.",
         [("Monday", "2026-06-08"), ("The following morning", "2026-06-06TMO"),
          ("Saturday", "2026-06-06")]),
        # a count from a weekday restating the date before it counts from that weekday
        ("Talks resume in Vienna on June 22, two weeks from Monday, the ministry said.",
         [("June 22", "2026-06-22"), ("two weeks from Monday", "2026-06-22")]),
        # ... with no date before it, from the coming one, as before
        ("Talks resume three weeks from Monday.", [("three weeks from Monday", "2026-07-06")]),
    ],
)  # fmt: skip
def test_a_day_restated_next_to_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, TUE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The round of 16 is on Saturday week and the Sunday after it.",
         [("Saturday week", "2026-07-18"), ("Sunday", "2026-07-19")]),
        ("The vote is on Nov. 3 and the count the Friday after that.",
         [("Nov. 3", "2026-11-03"), ("Friday", "2026-11-06")]),
        ("The fair opens on Friday, July 24, with a preview the Wednesday before.",
         [("Friday, July 24", "2026-07-24"), ("Wednesday", "2026-07-22")]),
        # not "the Sunday after the election", an event with no date, nor "after next"
        ("He left on Friday and came back the Sunday after the election.",
         [("Friday", "2026-07-03"), ("Sunday", "2026-07-05")]),
    ],
)  # fmt: skip
def test_the_weekday_after_a_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, SUN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"It is the hottest June I can remember," said referee Dana Friday, who has '
         "refereed here since 2009.", [("June", "2026-06"), ("2009", "2009")]),
        ("The umpire, Jo Sunday, said the match would go ahead.", []),
        # a title in capitals stays a title and a day: "Defense Minister Gantz Sunday warned"
        ("Defense Minister Gantz Sunday warned of war.", [("Sunday", "2026-07-05")]),
    ],
)  # fmt: skip
def test_a_surname_after_a_job(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, SUN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a condition under "would" is in the past only by the sequence of tenses
        ("The union said it would ballot members again if the remaining disputes were not "
         "resolved by the end of January.", [("the end of January", "2027-01")]),
        ("He said he would resign if the board voted against him in March.",
         [("March", "2027-03")]),
        # ... a condition of the past stays past
        ("If the talks failed in March, prices rose.", [("March", "2026-03")]),
    ],
)  # fmt: skip
def test_a_condition_under_would_looks_ahead(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, WED_DEC) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # told early in a week of what was done, "this weekend" is the one just gone
        ('"We held the town this weekend and we will hold it next weekend," he said.', TUE,
         [("this weekend", "2026-W23-WE"), ("next weekend", "2026-W24-WE")]),
        ("Rain will fall this weekend.", TUE, [("this weekend", "2026-W24-WE")]),
        # ... late in the week, the week's own
        ("Protesters marched this weekend.", date(2026, 6, 12),
         [("this weekend", "2026-W24-WE")]),
    ],
)  # fmt: skip
def test_this_weekend_told_in_the_past(
    text: str, published: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the month a fiscal quarter ended says the month the fiscal year ends
        ("Acme reported higher revenue for the second quarter ended Nov. 30. It will sell "
         "the unit by the end of the fiscal year.",
         [("the second quarter", "2026-Q4"), ("Nov. 30", "2026-11-30"),
          ("the end of the fiscal year", "2027-05")]),
        ("Acme, whose fiscal year ends on May 31, will sell the unit by the end of the fiscal "
         "year.", [("May 31", "XXXX-05-31"), ("the end of the fiscal year", "2027-05")]),
        ("Acme, whose fiscal year runs from July to June, will sell the unit by the end of "
         "the fiscal year.", [("July", "XXXX-07"), ("June", "XXXX-06"),
                              ("the end of the fiscal year", "2027-06")]),
    ],
)  # fmt: skip
def test_the_end_of_the_fiscal_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, THU_DEC) == expected


def test_a_count_after_the_weekday_after_a_day() -> None:
    text = (
        "The round of 16 is on Saturday week and the Sunday after it, with the "
        "quarter-finals a fortnight later."
    )
    assert found(text, SUN)[-1] == ("a fortnight later", "2026-W31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of a moment before "in" and a length ending its clause: that far ahead
        ("The Games open in 100 days.", [("100 days", "2027-02-04")]),
        ("Talks resume in two weeks, officials said.", [("two weeks", "2026-W46")]),
        # ... a verb of something that takes so long, or a past, keeps the length
        ("The plant will be built in 100 days.", [("100 days", "P100D")]),
        ("The shop opened in two weeks.", [("two weeks", "P2W")]),
        ("Talks resume in two weeks of quiet.", [("two weeks", "P2W")]),
    ],
)  # fmt: skip
def test_a_moment_so_long_ahead(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, date(2026, 10, 27)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the start of a clock range whose end recurs recurs on the same day
        ("The library opens from 9 a.m. to 1 p.m. on Saturdays.",
         [("9 a.m.", "XXXX-WXX-6T09:00"), ("1 p.m.", "XXXX-WXX-6T13:00"),
          ("Saturdays", "XXXX-WXX-6")]),
        # ... a range on one day keeps that day
        ("The polls opened from 7 a.m. to 8 p.m. on Thursday.",
         [("7 a.m.", "2026-12-24T07:00"), ("8 p.m.", "2026-12-24T20:00"),
          ("Thursday", "2026-12-24")]),
    ],
)  # fmt: skip
def test_a_clock_range_that_recurs(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, WED_DEC) == expected
