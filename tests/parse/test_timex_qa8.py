"""Time expressions from QA round 8 (tests/fixtures/dates_unseen8/FINDINGS.md): invented
sentences for each general rule fixed that round."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.parse.segment import segment
from explorer.parse.timex import find_timexes

WED = date(2026, 11, 18)  # a Wednesday


def found(text: str, published: date) -> list[tuple[str, str]]:
    """(text, value) of each time expression."""
    return [(t.text, t.value) for t in find_timexes(text, published, segment(text).sentences)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "p.m." ends the sentence: the day after it is the next sentence's
        ("The votes were counted at 9 p.m. Officials then set the recount for Nov. 30.",
         [("9 p.m.", "2026-11-18T21:00"), ("Nov. 30", "2026-11-30")]),
        ("The jury returned at 4 p.m. Judge Hale set sentencing for Friday.",
         [("4 p.m.", "2026-11-18T16:00"), ("Friday", "2026-11-20")]),
        # a day still to come is no day a past clock time happened on
        ("The firm will pay a dividend on Dec. 10. Shares fell 3% by 10:15 a.m.",
         [("Dec. 10", "2026-12-10"), ("10:15 a.m.", "2026-11-18T10:15")]),
        # a weekday right after the time is its day; a future time may take a future day
        ("The market closed at 4 p.m. Friday.", [("4 p.m. Friday", "2026-11-13T16:00")]),
        ("The firm will pay a dividend on Dec. 10. Payment will be made at 10 a.m.",
         [("Dec. 10", "2026-12-10"), ("10 a.m.", "2026-12-10T10:00")]),
    ],
)  # fmt: skip
def test_a_clock_time_keeps_its_own_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The snow began on Sunday and barely stopped until Tuesday.",
         [("Sunday", "2026-11-15"), ("Tuesday", "2026-11-17")]),
        ("The hearing ran until after 11 p.m. on Monday and resumed on Tuesday.",
         [("11 p.m.", "2026-11-16T23:00"), ("Monday", "2026-11-16"), ("Tuesday", "2026-11-17")]),
        ("Fighting raged until Saturday, residents said.", [("Saturday", "2026-11-14")]),
        ("Talks continued late into the night until Sunday.", [("Sunday", "2026-11-15")]),
        # a deadline or an extension still looks ahead
        ("The ceasefire was extended until Friday.", [("Friday", "2026-11-20")]),
        ("Schools will stay closed until Friday.", [("Friday", "2026-11-20")]),
        ("The offer runs until Friday.", [("Friday", "2026-11-20")]),
    ],
)  # fmt: skip
def test_until_after_a_past_that_went_on_is_the_day_it_ended(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, WED) == expected


MON_APR = date(2026, 4, 20)  # a Monday


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the day after Thanksgiving (Nov 27, 2025), not the last Friday
        ("Its Black Friday offer sold 8,000 tickets.", MON_APR,
         [("Black Friday", "2025-11-28")]),
        ("Online sales on Cyber Monday rose 5%.", date(2026, 12, 5),
         [("Cyber Monday", "2026-11-30")]),
        # a Capitalised ordinal before a weekday is a name
        ("A concert by the band Second Sunday raised money on Saturday.", MON_APR,
         [("Saturday", "2026-04-18")]),
        ("The Third Thursday market returns next week.", MON_APR, [("next week", "2026-W18")]),
        ("Last Sunday the vote was held.", MON_APR, [("Last Sunday", "2026-04-19")]),
    ],
)  # fmt: skip
def test_names_with_a_weekday(text: str, published: date, expected: list[tuple[str, str]]) -> None:
    assert found(text, published) == expected


LATE_AUG = date(2026, 8, 27)  # a Thursday


def typed(text: str, published: date) -> list[tuple[str, str, str]]:
    """(text, type, value) of each time expression."""
    return [
        (t.text, t.type.value, t.value)
        for t in find_timexes(text, published, segment(text).sentences)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year named by the month it ends in is a length; the month is read on its own
        ("Net income for the year to June 30 rose 12%.",
         [("the year", "DURATION", "P1Y"), ("June 30", "DATE", "2026-06-30")]),
        ("Exports will slow in the year to March 2027.",
         [("the year", "DURATION", "P1Y"), ("March 2027", "DATE", "2027-03")]),
        # a quarter named by its last month
        ("Wages rose 1.1% in the June quarter.", [("the June quarter", "DATE", "2026-Q2")]),
        ("Drilling is due to start in the March quarter.",
         [("the March quarter", "DATE", "2027-Q1")]),
        ("The miner will report output for the December quarter in January.",
         [("the December quarter", "DATE", "2026-Q4"), ("January", "DATE", "2027-01")]),
    ],
)  # fmt: skip
def test_periods_named_by_the_month_they_end(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, LATE_AUG) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the months a fiscal year runs are every year's, not dates
        ("The retailer, whose financial year runs from July to June, cut its dividend.",
         [("July", "XXXX-07"), ("June", "XXXX-06")]),
        ("Its fiscal year ends in December, the bank said.", [("December", "XXXX-12")]),
        ("Sales rose from July to June.", [("July", "2025-07"), ("June", "2026-06")]),
        # ... and its halves are the calendar halves they cover
        ("The retailer, whose financial year runs from July to June, said H1 profit, "
         "reported in February, rose 4%. Second-half sales rose 9%.",
         [("July", "XXXX-07"), ("June", "XXXX-06"), ("H1", "2025-H2"),
          ("February", "2026-02"), ("Second-half", "2026-H1")]),
        ("The retailer's fiscal year runs from July. It expects sales to fall in the first half "
         "of fiscal 2027.", [("July", "XXXX-07"), ("the first half of fiscal 2027", "2026-H2")]),
        # a calendar-year company's halves stay calendar halves
        ("The bank said first-half profit rose 14%.", [("first-half", "2026-H1")]),
    ],
)  # fmt: skip
def test_a_fiscal_year_from_july(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, LATE_AUG) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a condition in the present is still to come
        ("If second-placed Lund lose on Saturday, the title could be decided.", WED,
         [("Saturday", "2026-11-21")]),
        ("Unless talks resume on Monday, the strike goes ahead.", WED,
         [("Monday", "2026-11-23")]),
        ("If he was there on Friday, nobody saw him.", WED, [("Friday", "2026-11-13")]),
        # an adjective joined by a hyphen is no past verb
        ("The state-owned firm meets creditors on Monday.", WED, [("Monday", "2026-11-23")]),
        # early in a week, "next weekend" is the coming one (as "next Sunday" is)
        ("They could clinch it next weekend, away on Saturday.", date(2026, 4, 20),
         [("next weekend", "2026-W17-WE"), ("Saturday", "2026-04-25")]),
        ("They could clinch it next weekend.", date(2026, 4, 23),
         [("next weekend", "2026-W18-WE")]),
    ],
)  # fmt: skip
def test_what_is_still_to_come(text: str, published: date, expected: list[tuple[str, str]]) -> None:
    assert found(text, published) == expected


MID_SEPT = date(2026, 9, 17)  # a Thursday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plan given up or overtaken names a date already gone
        ("It was first due to open in April, but was postponed after a fire.",
         [("April", "2026-04")]),
        ("The summit, originally planned for June, was called off.", [("June", "2026-06")]),
        ("The launch had been scheduled for Monday.", [("Monday", "2026-09-14")]),
        ("The hearing is now set for Oct. 3.", [("now", "PRESENT_REF"), ("Oct. 3", "2026-10-03")]),
    ],
)  # fmt: skip
def test_a_plan_given_up_names_a_date_gone(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, MID_SEPT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month after a month and year named earlier in the sentence is the first after it
        ("She was detained in January 2025, weeks after the raid, and was charged in March.",
         [("January 2025", "2025-01"), ("March", "2025-03")]),
        ("He was arrested in November 2024 and was indicted in February.",
         [("November 2024", "2024-11"), ("February", "2025-02")]),
        ("The plant opened in May 2019, and production began in October.",
         [("May 2019", "2019-05"), ("October", "2019-10")]),
        # a counted year with the year itself in apposition is that year
        ("Her book came out in 1989. A decade later, in 1996, she won the prize.",
         [("1989", "1989"), ("A decade later", "1996"), ("1996", "1996")]),
        # a bare season after a season with its year in the same sentence
        ("When fares rose in the spring of 2019, riders left for months before returning in "
         "the autumn.", [("the spring of 2019", "2019-SP"), ("months", "PXM"),
                         ("the autumn", "2019-FA")]),
        ("The winter of 2019 was harsh, and crops only recovered in the spring.",
         [("The winter of 2019", "2019-WI"), ("the spring", "2020-SP")]),
        ("Fares rose in the spring.", [("the spring", "2026-SP")]),
    ],
)  # fmt: skip
def test_the_time_a_sentence_is_in(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, MID_SEPT) == expected


def ranged(text: str, published: date) -> list[tuple[str, str, str | None]]:
    """(text, value, first month or day of its range) of each time expression."""
    return [
        (t.text, t.value, t.range.iso() if t.range else None)
        for t in find_timexes(text, published, segment(text).sentences)
    ]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a part of a year named after the length: the length, placed in that year
        ("The bank lost $6 million in the last three months of 2027.", date(2028, 2, 29),
         [("the last three months", "P3M", "2027-10"), ("2027", "2027", "2027")]),
        ("Imports rose 8% in the first seven months of the calendar year.", LATE_AUG,
         [("the first seven months", "P7M", "2026-01"), ("the calendar year", "2026", "2026")]),
        ("Sales rose in the first nine months of last year.", LATE_AUG,
         [("the first nine months", "P9M", "2025-01"), ("last year", "2025", "2025")]),
        # without a year: up to publication, or no place at all
        ("Prices rose 5% in the last three months.", LATE_AUG,
         [("the last three months", "P3M", "2026-05-27")]),
        ("Sales rose in the first nine months.", LATE_AUG,
         [("the first nine months", "P9M", None)]),
    ],
)  # fmt: skip
def test_the_first_or_last_months_of_a_year(
    text: str, published: date, expected: list[tuple[str, str, str | None]]
) -> None:
    assert ranged(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a past perfect of another clause sets no deadline back
        ("The agency said on Saturday it had sent 40 pumps, and a team of engineers was due "
         "to arrive on Tuesday.", [("Saturday", "2026-02-28"), ("Tuesday", "2026-03-03")]),
        ("The permit had been due to expire Friday.", [("Friday", "2026-02-27")]),
    ],
)  # fmt: skip
def test_a_past_perfect_of_another_clause(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, date(2026, 3, 2)) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The buyback will be completed by the end of the calendar year.", LATE_AUG,
         [("the end of the calendar year", "2026", "END")]),
        # on a fiscal year the story gave: the month the fiscal year under way ends
        ("The miner, whose fiscal year runs from July to June, will review its coal assets by "
         "the end of the financial year.", LATE_AUG,
         [("July", "XXXX-07", None), ("June", "XXXX-06", None),
          ("the end of the financial year", "2027-06", None)]),
        ("The retailer, whose fiscal year ends in March, expects a loss by the end of the "
         "fiscal year.", date(2026, 11, 5),
         [("March", "XXXX-03", None), ("the end of the fiscal year", "2027-03", None)]),
    ],
)  # fmt: skip
def test_the_end_of_a_calendar_or_fiscal_year(
    text: str, published: date, expected: list[tuple[str, str, str | None]]
) -> None:
    got = [(t.text, t.value, t.mod) for t in find_timexes(text, published, segment(text).sentences)]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year inside one clause frames only that clause
        ("As recently as last year she spoke at a hearing, and in March she gave her final "
         "interview.", [("recently", "PAST_REF"), ("last year", "2025"), ("March", "2026-03")]),
        # ... a year opening the sentence with a comma frames all of it
        ("Last year, floods hit the valley, and in November the bridge fell.",
         [("Last year", "2025"), ("November", "2025-11")]),
        ("Last year the fire burned 3,900 acres in late June.",
         [("Last year", "2025"), ("late June", "2025-06")]),
    ],
)  # fmt: skip
def test_a_year_frames_its_own_clause(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, date(2026, 6, 14)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # on the fiscal calendar the story gave, a fiscal year's months
        ("The miner, whose fiscal year runs from July to June, paid $1.70 for fiscal 2026 and "
         "expects flat output in FY28.",
         [("July", "XXXX-07", None), ("June", "XXXX-06", None),
          ("fiscal 2026", "2026", "2025-07"), ("FY28", "2028", "2027-07")]),
        # without one, the calendar year
        ("Dividends for fiscal 2026 rose.", [("fiscal 2026", "2026", "2026")]),
    ],
)  # fmt: skip
def test_a_fiscal_year_on_the_story_calendar(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert ranged(text, LATE_AUG) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "a year earlier" right after a month compares with that month a year before
        ("Sales in January fell 3% from a year earlier.",
         [("January", "2028-01"), ("a year earlier", "2027-01")]),
        # ... as after a quarter
        ("Profit in the fourth quarter rose from a year earlier.",
         [("the fourth quarter", "2027-Q4"), ("a year earlier", "2026-Q4")]),
    ],
)  # fmt: skip
def test_a_year_earlier_than_a_month(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, date(2028, 2, 29)) == expected
