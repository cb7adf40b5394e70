"""Time expressions from QA round 27 (tests/fixtures/dates_unseen27/FINDINGS.md): invented
sentences for each general rule fixed that round."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.parse.segment import segment
from explorer.parse.timex import find_timexes

FRI_OCT = date(2026, 10, 2)  # a Friday
WED_DEC = date(2026, 12, 16)  # a Wednesday
MON_JAN = date(2027, 1, 4)  # a Monday


def found(text: str, published: date) -> list[tuple[str, str]]:
    """(text, value) of each time expression."""
    return [(t.text, t.value) for t in find_timexes(text, published, segment(text).sentences)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the following week" / "the week after" right after a month named since the last
        # day count from that month (they counted from the day named before it)
        ("Inspectors came on Sept. 9. The panel will meet at the end of June. If it approves "
         "the plan, building would start the following week.",
         [("Sept. 9", "2026-09-09"), ("the end of June", "2027-06"),
          ("the following week", "2027-W26")]),
        ("Inspectors visit on Nov. 3. The repairs are set for the first half of December, "
         "with a safety check the week after.",
         [("Nov. 3", "2026-11-03"), ("the first half of December", "2026-12"),
          ("the week after", "2026-12")]),
        # after a day, still the week after that day
        ("He was arrested on Feb. 3 and charged the following week.",
         [("Feb. 3", "2026-02-03"), ("the following week", "2026-W07")]),
    ],
)  # fmt: skip
def test_the_following_week_counts_from_the_month_just_named(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, FRI_OCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the nth/last week of <month>": that calendar week (was the month)
        ("The festival takes place in the third week of June.",
         [("the third week of June", "2026-W25")]),
        ("Enrolment closed in the last week of January.",
         [("the last week of January", "2026-W05")]),
        ("The firm was founded in the first week of March 2025.",
         [("the first week of March 2025", "2025-W10")]),
        # "the first/second half of <month>" is part of the month, no half-year
        ("Sales slowed in the first half of June, the chain said.",
         [("the first half of June", "2026-06")]),
        ("Its fiscal year runs from July 1 to June 30. Planting begins in the second half of "
         "November.", [("July 1", "XXXX-07-01"), ("June 30", "XXXX-06-30"),
                       ("the second half of November", "2026-11")]),
    ],
)  # fmt: skip
def test_a_week_or_half_of_a_month(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, FRI_OCT) == expected


def test_half_of_a_month_keeps_its_modifier() -> None:
    text = "Talks resume in the second half of October."
    (t,) = find_timexes(text, FRI_OCT, segment(text).sentences)
    assert (t.value, t.mod) == ("2026-10", "END")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # both days of "runs from <month day> to <month day>" are every year's (the end was
        # a day two years on)
        ("The charity's financial year runs from April 1 to March 31.",
         [("April 1", "XXXX-04-01"), ("March 31", "XXXX-03-31")]),
        # a futures contract's month is still to come, whatever the tense
        ("Copper for December delivery rose to a record.", [("December", "2026-12")]),
        ("Cocoa for March delivery fell 3 percent on Tuesday.",
         [("March", "2027-03"), ("Tuesday", "2026-09-29")]),
        # ... and the verb "march" stays a verb
        ("Troops will march on the capital.", []),
    ],
)  # fmt: skip
def test_fiscal_days_and_contract_months(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, FRI_OCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clock time after "the following morning" is of that morning's day
        ("The jury retired on Monday afternoon. It returned the following morning and gave "
         "its verdict at 11:40 a.m.",
         [("Monday afternoon", "2026-09-28TAF"), ("the following morning", "2026-09-29TMO"),
          ("11:40 a.m.", "2026-09-29T11:40")]),
        # weeks after "early"/"late" in a month count from then, not from mid-month
        ("In early July, the ferry broke down. It was back in service two weeks later.",
         [("early July", "2026-07"), ("two weeks later", "2026-07")]),
        ("In late August, the ferry broke down. It was back in service two weeks later.",
         [("late August", "2026-08"), ("two weeks later", "2026-09")]),
    ],
)  # fmt: skip
def test_days_counted_on_from_a_part_of_a_day_or_month(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, FRI_OCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "on weekdays" makes the clock times by it recur; "each weekday" is a recurrence
        ("The museum is open from 10 a.m. to 5 p.m. on weekdays.",
         [("10 a.m.", "XXXX-XX-XXT10:00"), ("5 p.m.", "XXXX-XX-XXT17:00")]),
        ("Long queues form at the border each weekday.", [("each weekday", "P1D")]),
        # the nth weekday of every month is a recurrence, not last or next week's day
        ("The council meets on the last Thursday of every month.",
         [("the last Thursday of every month", "XXXX-WXX-4")]),
        ("The index is published every month on the first Friday.",
         [("every month", "P1M"), ("the first Friday", "XXXX-WXX-5")]),
    ],
)  # fmt: skip
def test_recurrences_by_weekdays(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, FRI_OCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the week before/after <holiday>": the Monday-to-Sunday week that ends by it or
        # starts after it (was the holiday's day)
        ("Shops stay open late in the week before Christmas.",
         [("the week before Christmas", "2026-W51")]),
        ("Flights were full the week after Thanksgiving.",
         [("the week after Thanksgiving", "2026-W49")]),
        # (a Sunday feast's week before is the one ending on it: Holy Week)
        ("Traffic peaked in the week before Easter.", [("the week before Easter", "2026-W14")]),
        # a weekday in a quoted title after the work's noun is no day
        ('She is best known for the song "Monday Morning Blues", released in 2011.',
         [("2011", "2011")]),
        # ... but a quoted notice keeps its day
        ('The notice on the door read "Closed Saturday" on Tuesday.',
         [("Saturday", "2026-12-12"), ("Tuesday", "2026-12-15")]),
    ],
)  # fmt: skip
def test_weeks_by_holidays_and_titles(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, WED_DEC) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clock time after a frequency adverb ("usually opens at") is a habit, every day's
        ("The store normally closes at 9 p.m., but on Thursday it closed at 6 p.m.",
         [("9 p.m.", "XXXX-XX-XXT21:00"), ("Thursday", "2026-10-01"),
          ("6 p.m.", "2026-10-01T18:00")]),
        ("The guards always changed shifts at 3 a.m., police said.",
         [("3 a.m.", "XXXX-XX-XXT03:00")]),
        # ... and without one, a clock time of a day still
        ("The guards changed shifts at 3 a.m. on Tuesday.",
         [("3 a.m.", "2026-09-29T03:00"), ("Tuesday", "2026-09-29")]),
    ],
)  # fmt: skip
def test_a_clock_time_told_as_a_habit_recurs(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, FRI_OCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the same day a year earlier" (or "last year") is the day named, a year back
        ("Takings on Saturday were down by a fifth on the same day a year earlier.",
         [("Saturday", "2026-09-26"), ("the same day a year earlier", "2025-09-26")]),
        ("The strike began on Sept. 3 and ended the same day.",
         [("Sept. 3", "2026-09-03"), ("the same day", "2026-09-03")]),
        # "the weekend shows" after "this weekend" are that weekend's
        ("She will play two nights at the arena this weekend. Fans who had travelled for the "
         "weekend shows were disappointed.",
         [("two nights", "P2D"), ("this weekend", "2026-W40-WE"),
          ("the weekend", "2026-W40-WE")]),
    ],
)  # fmt: skip
def test_the_same_day_a_year_back_and_the_weekend_named(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, FRI_OCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "a weekend <noun>" after "during", "after" ... in the past is the weekend gone
        ("Inspectors found cracks during a weekend survey.", [("a weekend", "2026-W53-WE")]),
        # ... not a plan, nor "a weekend of ..." (still a length)
        ("They are planning a weekend trip to the coast.", [("a weekend", "P2D")]),
        ("Talks ran for a weekend of negotiations.", [("a weekend", "P2D")]),
        # "the nth <weekday> of the month": this month's, or the next one's when gone
        ("Its next report is due on the second Tuesday of the month.",
         [("the second Tuesday of the month", "2027-01-12")]),
        ("The board will meet on the first Monday of the month.",
         [("the first Monday of the month", "2027-01-04")]),
        ("The board will meet on the first Friday of the month.",
         [("the first Friday of the month", "2027-02-05")]),
    ],
)  # fmt: skip
def test_a_weekend_of_a_thing_and_a_weekday_of_the_month(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, MON_JAN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the same night" (morning, evening) is the part of the last day named
        ("She cancelled the show on Tuesday and flew home the same night.",
         [("Tuesday", "2026-12-15"), ("the same night", "2026-12-15TNI")]),
        # ... not "the same morning talk", a kind of talk
        ("She gives the same morning talk every day.", [("every day", "P1D")]),
    ],
)  # fmt: skip
def test_the_same_night(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, WED_DEC) == expected
