"""Time expressions from QA round 20 (tests/fixtures/dates_unseen20/FINDINGS.md): invented
sentences for each general rule fixed that round."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.parse.segment import segment
from explorer.parse.timex import find_timexes

SAT_DEC = date(2026, 12, 12)  # a Saturday
TUE_DEC = date(2026, 12, 29)  # a Tuesday, two days before the year ends
THU_SEP = date(2026, 9, 3)  # a Thursday


def found(text: str, published: date) -> list[tuple[str, str]]:
    """(text, value) of each time expression."""
    return [(t.text, t.value) for t in find_timexes(text, published, segment(text).sentences)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a clock time with "on" and a feast after it is that feast's, not the day named
        # before it nor publication day
        ("An update ships on Jan. 12. Shops will stay open until 9 p.m. on New Year's Eve.",
         TUE_DEC,
         [("Jan. 12", "2027-01-12"), ("9 p.m.", "2026-12-31T21:00"),
          ("New Year's Eve", "2026-12-31")]),
        ("Markets close at 6 p.m. on Good Friday, March 26, and open at noon on Easter Monday.",
         SAT_DEC,
         [("6 p.m.", "2027-03-26T18:00"), ("Good Friday", "2027-03-26"),
          ("March 26", "2027-03-26"), ("noon", "2027-03-29T12:00"),
          ("Easter Monday", "2027-03-29")]),
        ("The stalls will close from 3 p.m. on Christmas Eve until Dec. 27.", SAT_DEC,
         [("3 p.m.", "2026-12-24T15:00"), ("Christmas Eve", "2026-12-24"),
          ("Dec. 27", "2026-12-27")]),
        # a weekday or month-day after "on" was already the clock time's day
        ("Kickoff is at 1 p.m. ET on Sunday, Sept. 13.", THU_SEP,
         [("1 p.m.", "2026-09-13T13:00"), ("Sunday, Sept. 13", "2026-09-13")]),
        # a feast not right after the clock time gives it nothing
        ("The doors opened at 9 a.m. on Saturday, and Christmas Eve will be busy.", SAT_DEC,
         [("9 a.m.", "2026-12-12T09:00"), ("Saturday", "2026-12-12"),
          ("Christmas Eve", "2026-12-24")]),
    ],
)  # fmt: skip
def test_a_clock_time_on_a_feast_is_that_feasts(
    text: str, published: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Capitalised name and a weekday with ", who" after them: a person
        ("The club fired its coach in January and hired Mark Friday, who spent a decade "
         "in Ardmore.", [("January", "2026-01"), ("a decade", "P10Y")]),
        ("Councillor Anna Sunday, who proposed the change, said the stalls would close.", []),
        ("Mark Friday, who coached the team, left in May.", [("May", "2026-05")]),
        # the speaker of a quote, right after it
        ('"We were soft," Friday said at his first news conference, on Jan. 22.',
         [("Jan. 22", "2026-01-22")]),
        ('"Is it over?" Tuesday asked.', []),
        # still days
        ("The vote was held on Friday, who knows why.", [("Friday", "2026-08-28")]),
        ('"We were soft," he said Friday.', [("Friday", "2026-08-28")]),
        ("Fans met on Sunday, when the club unveiled its kit.", [("Sunday", "2026-08-30")]),
    ],
)  # fmt: skip
def test_a_weekday_that_ends_a_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, THU_SEP) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the following <month>" after a period told in the past: the first such month
        # after it, not after publication; an offset after it counts from it
        ("The last delay came in 2023, when a watch was cancelled the following January. "
         "The company cut 800 jobs three months later.",
         [("2023", "2023"), ("the following January", "2024-01"),
          ("three months later", "2024-04")]),
        ("The dam broke in March 1976. The inquiry reported the following June.",
         [("March 1976", "1976-03"), ("the following June", "1976-06")]),
        ("The dam broke in March 1976. Engineers had been warned the previous January.",
         [("March 1976", "1976-03"), ("the previous January", "1976-01")]),
        ("The plant closed in 2019. It reopened the following March.",
         [("2019", "2019"), ("the following March", "2020-03")]),
        # with no period named before, still counted from publication
        ("Shares will list the following March.", [("the following March", "2027-03")]),
    ],
)  # fmt: skip
def test_the_following_month_counts_from_the_period_named(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, TUE_DEC) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a zone after "p.m." does not open a new sentence: the weekday after it is the
        # clock time's day
        ("Kickoff is at 1 p.m. ET on Sunday.", [("1 p.m.", "2026-09-06T13:00"),
                                                 ("Sunday", "2026-09-06")]),
        # (a schedule's "is" with its time after the weekday too)
        ("Kickoff on Sunday is at 1 p.m. (1700 GMT).",
         [("Sunday", "2026-09-06"), ("1 p.m.", "2026-09-06T13:00"),
          ("1700 GMT", "2026-09-06T17:00")]),
        ("The damage on Sunday is at least $5 million.", [("Sunday", "2026-08-30")]),
        ("The protest on Sunday was at noon.", [("Sunday", "2026-08-30"),
                                                 ("noon", "2026-08-30T12:00")]),
        ("Shares were down 2% at 11:15 a.m. PT on Tuesday.", [("11:15 a.m.", "2026-09-01T11:15"),
                                                               ("Tuesday", "2026-09-01")]),
    ],
)  # fmt: skip
def test_a_zone_after_a_clock_time_keeps_its_day(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, THU_SEP) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a deadline to come is never a quarter just ended, results or not
        ("A supplier said it would reach full output by the third quarter.", TUE_DEC,
         [("the third quarter", "2027-Q3")]),
        ("The company expects output to recover by the third quarter.", date(2026, 10, 20),
         [("the third quarter", "2027-Q3")]),
        # results of a quarter just ended, and a deadline gone, stay
        ("The company will report output for the third quarter.", date(2026, 10, 20),
         [("the third quarter", "2026-Q3")]),
        ("Sales had recovered by the third quarter.", TUE_DEC,
         [("the third quarter", "2026-Q3")]),
    ],
)  # fmt: skip
def test_a_quarter_by_which_something_will_happen_is_to_come(
    text: str, published: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month set beside "N years ago" by a comma is of that year
        ("Their last home win came five years ago, on a snowy December afternoon.",
         [("five years ago", "2021"), ("December", "2021-12")]),
        ("Two years ago, in July, the river flooded.",
         [("Two years ago", "2024"), ("July", "2024-07")]),
        # not across a new sentence
        ("It opened two years ago. In March it closed.",
         [("two years ago", "2024"), ("March", "2026-03")]),
    ],
)  # fmt: skip
def test_a_month_beside_years_ago_is_of_that_year(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, THU_SEP) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday, where or in which round it falls, then the date that restates it
        ("The Gulls play on Monday night in Week 3, on Sept. 21, before their bye week.",
         [("Monday night", "2026-09-21TNI"), ("Sept. 21", "2026-09-21")]),
        ("They face Ardmore on Friday at Wembley, on Sept. 18.",
         [("Friday", "2026-09-18"), ("Sept. 18", "2026-09-18")]),
        # a date of another weekday is another day
        ("They face Ardmore on Friday at Wembley, on Sept. 19.",
         [("Friday", "2026-09-04"), ("Sept. 19", "2026-09-19")]),
    ],
)  # fmt: skip
def test_a_weekday_placed_then_restated_by_its_date(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, THU_SEP) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day told in the future takes "next year" named before it in its sentence
        ("The fair opens next year, on Nov. 28.",
         [("next year", "2027"), ("Nov. 28", "2027-11-28")]),
        ("Next year, the fair opens on Nov. 28.",
         [("Next year", "2027"), ("Nov. 28", "2027-11-28")]),
        ("This year, the markets will close on Dec. 24.",
         [("This year", "2026"), ("Dec. 24", "2026-12-24")]),
        # "last year" before a day to come sets nothing
        ("Last year the fair drew 9,000; it opens again on Jan. 9.",
         [("Last year", "2025"), ("Jan. 9", "2027-01-09")]),
    ],
)  # fmt: skip
def test_a_day_to_come_takes_next_year_named_before_it(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, SAT_DEC) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month before its noun and that noun's year: the month of that year
        ("The commission said it hoped to return to a mid-August date in 2027.",
         [("mid-August", "2027-08"), ("2027", "2027")]),
        ("Officials will decide at the March meeting in 2028.",
         [("March", "2028-03"), ("2028", "2028")]),
        # a year after another clause's verb is not the month's
        ("It was published in March and changed in 2024.",
         [("March", "2026-03"), ("2024", "2024")]),
    ],
)  # fmt: skip
def test_a_month_before_its_noun_and_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, date(2026, 5, 27)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named day that "falls" or "comes" a count later is placed by it: the count is
        # its day, not so many days after it
        ("Rosh Hashanah begins at sundown on Oct. 1 next year, and Yom Kippur falls ten days "
         "later.",
         [("Rosh Hashanah", "2027-10-02"), ("sundown", "2027-10-01TEV"),
          ("Oct. 1 next year", "2027-10-01"), ("Yom Kippur", "2027-10-11"),
          ("ten days later", "2027-10-11")]),
        # another verb between: counted as before
        ("The talks began on Monday and ended two days later.",
         [("Monday", "2026-12-07"), ("two days later", "2026-12-09")]),
    ],
)  # fmt: skip
def test_a_day_placed_by_a_count(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, SAT_DEC) == expected
