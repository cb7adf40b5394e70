"""Time expressions from QA round 11 (tests/fixtures/dates_unseen11/FINDINGS.md): invented
sentences for each general rule fixed that round."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.parse.segment import segment
from explorer.parse.timex import find_timexes

WED = date(2026, 11, 18)  # a Wednesday
SAT = date(2026, 3, 14)  # a Saturday
FRI = date(2026, 11, 27)  # a Friday


def found(text: str, published: date) -> list[tuple[str, str]]:
    """(text, value) of each time expression."""
    return [(t.text, t.value) for t in find_timexes(text, published, segment(text).sentences)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive of a reporting verb after "be" takes the modal's tense: still to come
        ("The winner will be announced on Thursday.", [("Thursday", "2026-11-19")]),
        ("The board said the new chief would be named by Friday.", [("Friday", "2026-11-20")]),
        ("Officials said the figures are to be reported on Monday.",
         [("Monday", "2026-11-23")]),
        # a reporting verb in the past, as before
        ("The deal was announced on Thursday.", [("Thursday", "2026-11-12")]),
        ("The agency reported on Monday that sales fell.", [("Monday", "2026-11-16")]),
    ],
)  # fmt: skip
def test_what_will_be_announced_is_to_come(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a local clock time with its zone named before the universal time in brackets:
        # the bracket's day is the universal time's
        ("The blast came at 1:30 a.m. local time (1730 GMT Friday), police said.",
         [("1:30 a.m.", "2026-03-14T01:30"), ("1730 GMT", "2026-03-13T17:30"),
          ("Friday", "2026-03-13")]),
        ("The ship sank at 11 p.m. Manila time (1500 GMT) on Friday.",
         [("11 p.m.", "2026-03-13T23:00"), ("1500 GMT", "2026-03-13T15:00"),
          ("Friday", "2026-03-13")]),
        # seconds are part of the clock time
        ("The first shock was recorded at 21:07:33 UTC on Thursday.",
         [("21:07:33 UTC", "2026-03-12T21:07:33"), ("Thursday", "2026-03-12")]),
    ],
)  # fmt: skip
def test_a_local_time_and_its_universal_time(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, SAT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an obligation is still to come, as "must" is
        ("Lenders have to settle the trades before Monday.", [("Monday", "2026-11-30")]),
        ("The club needs to register its players by Tuesday.", [("Tuesday", "2026-12-01")]),
        ("He had to leave on Monday.", [("Monday", "2026-11-23")]),
        # what a past is "ahead of", with its day after it, is still to come
        ("Copper slipped ahead of a meeting of central bankers on Sunday.",
         [("Sunday", "2026-11-29")]),
        ("Traders were cautious ahead of the vote on Monday.", [("Monday", "2026-11-30")]),
        ("Shares rose on Wednesday ahead of results on Thursday.",
         [("Wednesday", "2026-11-25"), ("Thursday", "2026-11-26")]),
        # "the week ending" a day is that week
        ("Claims fell in the week ending Nov. 14.", [("the week ending Nov. 14", "2026-W46")]),
    ],
)  # fmt: skip
def test_a_day_that_is_still_to_come(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, FRI) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what is done for a holiday in the weeks before it is for the one ahead
        ("Millions of families travelled for Thanksgiving.", [("Thanksgiving", "2026-11-26")]),
        ("Orders for Christmas Eve deliveries are up on last year.",
         [("Christmas Eve", "2026-12-24"), ("last year", "2025")]),
        ("Shops stocked up ahead of Christmas.", [("Christmas", "2026-12-25")]),
        # not a day it happened on, nor a holiday months ahead
        ("The store was closed on Thanksgiving.", [("Thanksgiving", "2025-11-27")]),
        ("Sales fell for Easter.", [("Easter", "2026-04-05")]),
        # a holiday with its year word is that year's
        ("She flew home on Easter Monday last year.", [("Easter Monday last year", "2025-04-21")]),
        ("The parade returns on Thanksgiving next year.",
         [("Thanksgiving next year", "2027-11-25")]),
    ],
)  # fmt: skip
def test_a_holiday_ahead_or_of_a_year_named(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, date(2026, 11, 24)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month with "that year", "the following year" is of the year the story is at
        ("She was born in 1988. In June that year, her family moved to Oslo.",
         [("1988", "1988"), ("June that year", "1988-06")]),
        ("The strike began in the summer of 2019. Hundreds were arrested in October and November "
         "that year.", [("the summer of 2019", "2019-SU"), ("October", "2019-10"),
                        ("November that year", "2019-11")]),
        ("The mine opened in 1990. It closed in March of the following year.",
         [("1990", "1990"), ("March of the following year", "1991-03")]),
        # a year alone, as before
        ("The mine opened in 1990. It closed that year.",
         [("1990", "1990"), ("that year", "1990")]),
    ],
)  # fmt: skip
def test_a_month_of_that_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, SAT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year after "since" with a clause of what happened then is the story's time
        ("Crews will work until Friday. It was the worst flood since 1998, when the river "
         "rose six metres. A new dam was finished two years later.",
         [("Friday", "2026-03-20"), ("1998", "1998"), ("two years later", "2000")]),
        # "since" alone only describes: the offset counts from the day named before
        ("Crews will work until Friday. It was the worst flood since 1998. The dam will be "
         "finished two years later.",
         [("Friday", "2026-03-20"), ("1998", "1998"), ("two years later", "2028")]),
    ],
)  # fmt: skip
def test_since_a_year_when(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, SAT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month or a date after "the" before a group's, place's or event's noun is a name
        ("The concert ended with the October Singers.", []),
        ("Flowers were laid by the Fifth of June Foundation.", []),
        ("Traffic was stopped on the Sixth of October Bridge.", []),
        ("The band Black Friday played in a bar.", []),
        # ... and counts from nothing after it: "two days later" is from the day before
        ("Rain fell on Monday. The First of May Committee met two days later.",
         [("Monday", "2026-11-16"), ("two days later", "2026-11-18")]),
        # not a month before another noun
        ("The December Fed meeting is key.", [("December", "2026-12")]),
    ],
)  # fmt: skip
def test_a_date_that_names_a_thing(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "to the day" says the count is exact: no day of its own
        ("Crowds gathered on Monday, ten years to the day after the crash.",
         [("Monday", "2026-11-16"), ("ten years", "P10Y")]),
        # "the day after" an event counts from it, as before
        ("The crash was on Sunday. The day after the crash, the airline apologised.",
         [("Sunday", "2026-11-15"), ("The day", "2026-11-16")]),
    ],
)  # fmt: skip
def test_to_the_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a holiday as the break something comes after is no day a clock time is on
        ("Trading resumed on Friday after the Thanksgiving holiday. Volumes were thin at "
         "noon.", [("Friday", "2026-11-27"), ("Thanksgiving", "2026-11-26"),
                   ("noon", "2026-11-27T12:00")]),
        ("Shops reopened after the Christmas break. Queues formed by 9 a.m.",
         [("Christmas", "2025-12-25"), ("9 a.m.", "2026-11-27T09:00")]),
        # the holiday itself, as before
        ("The plant closed on Christmas Eve. It reopened at 6 a.m.",
         [("Christmas Eve", "2025-12-24"), ("6 a.m.", "2025-12-24T06:00")]),
    ],
)  # fmt: skip
def test_a_holiday_break_is_no_day_of_a_clock(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, FRI) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Friday, Saturday or Sunday after "this weekend" in its sentence is of that weekend
        ("Organisers cancelled this weekend's races, including Sunday's marathon.",
         [("this weekend", "2026-W11-WE"), ("Sunday", "2026-03-15")]),
        ("All of this weekend's concerts were called off, among them Saturday's gala.",
         [("this weekend", "2026-W11-WE"), ("Saturday", "2026-03-14")]),
        # without it, as before
        ("Organisers cancelled Sunday's marathon.", [("Sunday", "2026-03-08")]),
    ],
)  # fmt: skip
def test_a_day_of_this_weekend(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, SAT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the Sunday after Thanksgiving" is one day by the holiday
        ("Last year the busiest day was the Sunday after Thanksgiving.",
         [("Last year", "2025"), ("the Sunday after Thanksgiving", "2025-11-30")]),
        ("Airlines expect their busiest day to be the Sunday after Thanksgiving.",
         [("the Sunday after Thanksgiving", "2026-11-29")]),
        ("Shops stay open late on the Friday before Christmas.",
         [("the Friday before Christmas", "2026-12-18")]),
        # not a weekday without "the"
        ("He flew home on Sunday after Christmas dinner.",
         [("Sunday", "2026-11-22"), ("Christmas", "2025-12-25")]),
    ],
)  # fmt: skip
def test_a_weekday_by_a_holiday(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, date(2026, 11, 25)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the first day of a range takes the week named after the last
        ("Workers struck Monday through Friday last week.",
         [("Monday", "2026-11-09"), ("Friday last week", "2026-11-13")]),
        ("The museum is shut from Tuesday to Thursday next week.",
         [("Tuesday", "2026-11-24"), ("Thursday next week", "2026-11-26")]),
        # not a day of its own clause
        ("On Monday he said Friday last week was the worst.",
         [("Monday", "2026-11-16"), ("Friday last week", "2026-11-13")]),
    ],
)  # fmt: skip
def test_a_range_of_days_in_a_week_named(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # part of every year, in a present of what is always so: no one year
        ("The pass is closed for most of the year.", [("the year", "XXXX")]),
        ("In summer we fish, and the rest of the year we stay indoors.",
         [("the year", "XXXX")]),
        # ... but this year's in a past, a perfect or a future
        ("Prices rose for most of the year.", [("the year", "2026")]),
        ("Inflation is high and has been for most of the year.", [("the year", "2026")]),
        ("The pass will stay closed for the rest of the year.", [("the year", "2026")]),
    ],
)  # fmt: skip
def test_part_of_every_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, date(2026, 5, 20)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Election Day" is the day of the election the story named
        ("Voters queued in Sunday's general election. Over a million had voted "
         "before Election Day.", [("Sunday", "2026-11-29"), ("Election Day", "2026-11-29")]),
        ("The vote is on Dec. 6. Shops must close on Election Day.",
         [("Dec. 6", "2026-12-06"), ("Election Day", "2026-12-06")]),
        # else the U.S. one, as before
        ("Early voting closed before Election Day.", [("Election Day", "2026-11-03")]),
    ],
)  # fmt: skip
def test_election_day_of_the_story(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, date(2026, 11, 30)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "this day in 1989" is publication's day of the year in that year
        ("On this day in 1989, crowds tore down the gates.", [("this day in 1989", "1989-11-18")]),
        ("It was on this date in 2004 that the mine closed.",
         [("this date in 2004", "2004-11-18")]),
        # a year alone, as before
        ("In 1989 crowds tore down the gates.", [("1989", "1989")]),
    ],
)  # fmt: skip
def test_this_day_in_a_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, WED) == expected
