"""Time expressions from QA round 24 (tests/fixtures/dates_unseen24/FINDINGS.md): invented
sentences for each general rule fixed that round."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.parse.segment import segment
from explorer.parse.timex import find_timexes

WED_NOV = date(2026, 11, 18)  # a Wednesday
THU_FEB = date(2027, 2, 4)  # a Thursday
SUN_APR = date(2026, 4, 26)  # a Sunday
MON_MAR = date(2027, 3, 1)  # a Monday


def found(text: str, published: date) -> list[tuple[str, str]]:
    """(text, value) of each time expression."""
    return [(t.text, t.value) for t in find_timexes(text, published, segment(text).sentences)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure compared back to: its date is gone, whatever the sentence looks ahead to
        ("The firm expects a profit of $5.80, up from the $5.50 it forecast in November.",
         [("November", "2026-11")]),
        ("Forecasters gave a 70 percent chance of good weather, down from 80 percent on "
         "Tuesday.", [("Tuesday", "2026-11-17")]),
        ("Sales will reach $2.1 billion, compared with $1.9 billion in October.",
         [("October", "2026-10")]),
        # no figure compared back: the tense decides
        ("The firm expects to report a profit in November.", [("November", "2027-11")]),
        ("Rain will move in on Tuesday.", [("Tuesday", "2026-11-24")]),
    ],
)  # fmt: skip
def test_a_figure_compared_back_is_dated_before_publication(
    text: str, expected: list[tuple[str, str]]
) -> None:
    published = THU_FEB if "November" in text else WED_NOV
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day named between a dateline's month-day and the clock time is the time's day
        ("DALTON, April 26 (Newswire) - On this day in 1976, a little after 11 p.m., the dam "
         "gave way.",
         [("April 26", "2026-04-26"), ("this day in 1976", "1976-04-26"),
          ("11 p.m.", "1976-04-26T23:00")]),
        # ... and the count after it counts from that day
        ("On this day in 1976, at 11 p.m., the dam gave way. Fifty years later, survivors "
         "gathered.",
         [("this day in 1976", "1976-04-26"), ("11 p.m.", "1976-04-26T23:00"),
          ("Fifty years later", "2026")]),
        # no other day between: the month-day is the time's
        ("DALTON, April 24 (Newswire) - The dam gave way at 11 p.m., officials said.",
         [("April 24", "2026-04-24"), ("11 p.m.", "2026-04-24T23:00")]),
    ],
)  # fmt: skip
def test_a_clock_time_is_on_the_nearest_day_named_before_it(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, SUN_APR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count of years restated by the year right after it
        ("The inquiry reported in 1978. A quarter-century later, in 2001, the town unveiled "
         "a plaque.",
         [("1978", "1978"), ("A quarter-century later", "2001"), ("2001", "2001")]),
        ("He left in 1990. Two years later, in March 1993, he came back.",
         [("1990", "1990"), ("Two years later", "1993-03"), ("March 1993", "1993-03")]),
        # no date right after: counted
        ("He left in 1990. Two years later he came back.",
         [("1990", "1990"), ("Two years later", "1992")]),
    ],
)  # fmt: skip
def test_a_count_of_years_restated_by_the_date_after_it(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, SUN_APR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the earliest a thing can happen is a day to come
        ("Engineers scrubbed the launch on Wednesday, and the company said it would try "
         "again no earlier than Friday.",
         [("Wednesday", "2026-11-18"), ("Friday", "2026-11-20")]),
        ("The flight was pushed back to no earlier than Saturday.",
         [("Saturday", "2026-11-21")]),
        # not in a sentence of a past year
        ("In 2019 the flight slipped to no earlier than Friday.",
         [("2019", "2019"), ("Friday", "XXXX-WXX-5")]),
        # without "no earlier than": the past tense
        ("The company said it tried again on Friday.", [("Friday", "2026-11-13")]),
    ],
)  # fmt: skip
def test_a_day_no_earlier_than_which_is_to_come(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, WED_NOV) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a compared figure's day is no day of the story: a clock time after it is today's
        ("Forecasters gave a 70 percent chance, down from 80 percent on Tuesday. The director "
         "spoke shortly after 1 a.m.",
         [("Tuesday", "2026-11-17"), ("1 a.m.", "2026-11-18T01:00")]),
        # a day the story tells of is
        ("Crews replaced the valve on Tuesday. They finished at 1 a.m.",
         [("Tuesday", "2026-11-17"), ("1 a.m.", "2026-11-17T01:00")]),
    ],
)  # fmt: skip
def test_a_compared_figures_day_does_not_date_what_follows(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, WED_NOV) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # every day's hours from sun-up to sun-down: no day
        ("The memorial will stay open from dawn to dusk.", []),
        ("Park gates are open from sunrise until sunset, officials said on Friday.",
         [("Friday", "2026-04-24")]),
        # a dawn of a day stays
        ("Troops moved in at dawn on Friday.", [("dawn on Friday", "2026-04-24TMO")]),
    ],
)  # fmt: skip
def test_from_dawn_to_dusk_is_no_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, SUN_APR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # quarters later count from the month named last ("Six months ago"), not from a
        # day named before it
        ("Shareholders of record on Feb. 27 get the dividend. Six months ago the company "
         "looked stuck. Two quarters later, it is growing again.",
         [("Feb. 27", "2027-02-27"), ("Six months ago", "2026-08"),
          ("Two quarters later", "2027-Q1")]),
        ("Sales peaked in March. Two quarters later, they slumped.",
         [("March", "2026-03"), ("Two quarters later", "2026-Q3")]),
        # a day named last: from that day
        ("The plant opened on May 3. Two quarters later, it closed.",
         [("May 3", "2026-05-03"), ("Two quarters later", "2026-Q4")]),
    ],
)  # fmt: skip
def test_quarters_later_count_from_the_month_named_last(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, THU_FEB) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # days after a week named in the sentence or the one before: around that week
        ("Talks collapsed last week. Three days later, the rebels attacked.",
         [("last week", "2027-W08"), ("Three days later", "2027-W08")]),
        ("Last week talks collapsed, and three days later the rebels attacked.",
         [("Last week", "2027-W08"), ("three days later", "2027-W08")]),
        ("Talks resume next week. Ten days later, a vote follows.",
         [("next week", "2027-W10"), ("Ten days later", "2027-W11")]),
        # a day of that week named: from that day
        ("Talks collapsed on Tuesday last week. Three days later, the rebels attacked.",
         [("Tuesday last week", "2027-02-23"), ("Three days later", "2027-02-26")]),
        # no week named: from the last day (or publication)
        ("Talks collapsed on Tuesday. Three days later, the rebels attacked.",
         [("Tuesday", "2027-02-23"), ("Three days later", "2027-02-26")]),
    ],
)  # fmt: skip
def test_days_later_after_a_week_count_from_that_week(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, MON_MAR) == expected
