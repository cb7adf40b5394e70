"""Time expressions from QA round 7 (tests/fixtures/dates_unseen7/FINDINGS.md): invented
sentences for each general rule fixed that round."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.parse.segment import segment
from explorer.parse.timex import find_timexes

MON = date(2025, 12, 22)  # a Monday
WED = date(2026, 1, 7)  # a Wednesday
LATE_JAN = date(2026, 1, 29)  # a Thursday


def found(text: str, published: date) -> list[tuple[str, str]]:
    """(text, value) of each time expression."""
    return [(t.text, t.value) for t in find_timexes(text, published, segment(text).sentences)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wednesday's vote would have been lost, officials said.", [("Wednesday", "2025-12-17")]),
        ("The plane could have landed on Friday, investigators said.", [("Friday", "2025-12-19")]),
        ("The talks might have collapsed on Thursday without him.", [("Thursday", "2025-12-18")]),
        # a modal without a perfect, or "would have to", still looks ahead
        ("The vote on Wednesday would fail, officials said.", [("Wednesday", "2025-12-24")]),
        ("He would have to pay on Friday.", [("Friday", "2025-12-26")]),
    ],
)  # fmt: skip
def test_a_modal_perfect_is_a_past(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, MON) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Protesters gathered on Sunday. \"We have been here since 5 o'clock this morning,\" "
         "she said.",
         [("Sunday", "2026-01-04"), ("5 o'clock", "2026-01-07T05:00"),
          ("this morning", "2026-01-07TMO")]),
        ("Rain fell on Monday. The river burst its banks at 4 p.m. this afternoon.",
         [("Monday", "2026-01-05"), ("4 p.m.", "2026-01-07T16:00"),
          ("this afternoon", "2026-01-07TAF")]),
        ("Shots were fired on Sunday. Police were called at 11:30 p.m. last night.",
         [("Sunday", "2026-01-04"), ("11:30 p.m.", "2026-01-06T23:30"),
          ("last night", "2026-01-06TNI")]),
        # with nothing by it, a clock time still takes the day just named
        ("Fighting began on Sunday. At 4 a.m. the shelling stopped.",
         [("Sunday", "2026-01-04"), ("4 a.m.", "2026-01-04T04:00")]),
    ],
)  # fmt: skip
def test_a_clock_time_this_morning_is_today(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The economy grew 0.3% in the third quarter, after contracting in the previous "
         "quarter.", [("the third quarter", "2025-Q3"), ("the previous quarter", "2025-Q2")]),
        ("Sales rose in the first quarter of 2024 after falling in the previous quarter.",
         [("the first quarter of 2024", "2024-Q1"), ("the previous quarter", "2023-Q4")]),
        # none named: the quarter before publication's; "last quarter" always is
        ("Profit fell in the previous quarter.", [("the previous quarter", "2025-Q3")]),
        ("The economy grew in the second quarter. Profit fell last quarter.",
         [("the second quarter", "2025-Q2"), ("last quarter", "2025-Q3")]),
    ],
)  # fmt: skip
def test_the_previous_quarter_is_before_the_one_named(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, MON) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fund said on Tuesday it would push for a vote at the annual meeting on Nov. 12.",
         [("Tuesday", "2026-01-27"), ("Nov. 12", "2026-11-12")]),
        ("The company will hold its annual meeting on Oct. 30.", [("Oct. 30", "2026-10-30")]),
        # a schedule reported a few weeks late is still the date just gone
        ("The ministry had said the road would reopen on Jan. 5.", [("Jan. 5", "2026-01-05")]),
        ("Officials said the border would reopen on Jan. 12.", [("Jan. 12", "2026-01-12")]),
    ],
)  # fmt: skip
def test_a_future_date_months_before_publication_is_next_year(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, LATE_JAN) == expected


FRI = date(2026, 1, 2)  # a Friday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Forecasters said the weekend would bring more snow.", [("the weekend", "2026-W02-WE")]),
        ("He said Friday would be a holiday.", [("Friday", "2026-01-09")]),
        # the saying's own day, and a subject in the past, stay past
        ("He said Friday was a holiday.", [("Friday", "2026-01-02")]),
        ("He said Friday that talks would resume.", [("Friday", "2026-01-02")]),
        ("He said on Friday the talks would resume.", [("Friday", "2026-01-02")]),
        ("He said the weekend was quiet.", [("the weekend", "2026-W01-WE")]),
    ],
)  # fmt: skip
def test_the_subject_of_what_was_said_takes_its_verb(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bureau said last month that spring 2025 was the second-warmest on record.",
         [("last month", "2025-12"), ("spring 2025", "2025-SP")]),
        ("Farmers recalled that winter of 1996 well.", [("winter of 1996", "1996-WI")]),
        ("This summer 2,000 people came.", [("This summer", "2026-SU")]),
        # without a year "that" still points back
        ("The river rose in 2019. That spring, the dam failed.",
         [("2019", "2019"), ("That spring", "2019-SP")]),
    ],
)  # fmt: skip
def test_a_season_with_its_year_is_one_expression(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, FRI) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fire season began unusually early this year.", [("this year", "2026")]),
        ("The invoice arrived too late this week.", [("this week", "2026-W01")]),
        # no adverb of degree: a part of the period
        ("Sales rose early this year.", [("early this year", "2026")]),
    ],
)  # fmt: skip
def test_how_early_is_no_part_of_the_period(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, FRI) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Profit fell in its second quarter, the three months to Dec. 31. Revenue dropped. "
         "Shares fell 5% by 0830 GMT.", "2026-01-29T08:30"),
        ("The company, whose fiscal year ends on June 30, cut jobs. Shares fell 2% by 0900 GMT.",
         "2026-01-29T09:00"),
        # a day something happened still gives a later clock time its day
        ("Talks ended on Dec. 31. Shares fell 5% by 0830 GMT.", "2025-12-31T08:30"),
    ],
)  # fmt: skip
def test_a_period_end_gives_no_clock_time_its_day(text: str, expected: str) -> None:
    assert [v for _, v in found(text, LATE_JAN) if "T" in v] == [expected]


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # a day named in passing since the clock time does not move "an hour later"
        ("The decision, announced at 10:00 a.m., had been widely expected by economists after "
         "figures published on Tuesday. The governor spoke to reporters an hour later.",
         "an hour later",
         "2026-01-02"),
        # counted in hours from the time: past midnight is the next day
        ("The blast came at 11 p.m. on Sunday. Two hours later, police arrived.",
         "Two hours later", "2025-12-29"),
        ("The blast came at 11 p.m. on Sunday. Three hours earlier, crowds gathered.",
         "Three hours earlier", "2025-12-28"),
        # days still count from the last day named
        ("The vote came at 10 a.m. on Tuesday. Two days later, he quit.", "Two days later",
         "2026-01-01"),
    ],
)  # fmt: skip
def test_hours_later_count_from_the_clock_time(text: str, surface: str, expected: str) -> None:
    assert dict(found(text, FRI))[surface] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police issued a warning at 4:15 a.m. (1715 GMT Thursday), urging residents to leave.",
         [("4:15 a.m.", "2026-01-02T04:15"), ("1715 GMT", "2026-01-01T17:15"),
          ("Thursday", "2026-01-01")]),
        # the local day from the universal one, not from a day named before
        ("The fire started on Dec. 24. Police issued a warning at 4:15 a.m. (1715 GMT "
         "Thursday).",
         [("Dec. 24", "2025-12-24"), ("4:15 a.m.", "2026-01-02T04:15"),
          ("1715 GMT", "2026-01-01T17:15"), ("Thursday", "2026-01-01")]),
        ("Polls closed at 7 p.m. (0000 GMT Wednesday).",
         [("7 p.m.", "2025-12-30T19:00"), ("0000 GMT", "2025-12-31T00:00"),
          ("Wednesday", "2025-12-31")]),
        ("Polls closed at 7 p.m. (0000 GMT) on Tuesday.",
         [("7 p.m.", "2025-12-30T19:00"), ("0000 GMT", "2025-12-31T00:00"),
          ("Tuesday", "2025-12-30")]),
        ("The rate decision, announced at 10:00 a.m. (0900 GMT), had been widely expected "
         "by economists after figures published on Tuesday.",
         [("10:00 a.m.", "2026-01-02T10:00"), ("0900 GMT", "2026-01-02T09:00"),
          ("Tuesday", "2025-12-30")]),
        ("The quake struck at 10:35 a.m. (0735 GMT) Friday.",
         [("10:35 a.m.", "2026-01-02T10:35"), ("0735 GMT", "2026-01-02T07:35"),
          ("Friday", "2026-01-02")]),
    ],
)  # fmt: skip
def test_universal_time_in_brackets_keeps_the_local_day(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, FRI) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The group threatened on Sunday to publish the records if the ransom was not paid by "
         "Friday.", [("Sunday", "2026-01-04"), ("Friday", "2026-01-09")]),
        ("On Tuesday, the court gave him until Monday to appeal.",
         [("Tuesday", "2026-01-06"), ("Monday", "2026-01-12")]),
        # a deadline already after its day, or with no day named before it, stays
        ("He was told on Dec. 30 to leave by Friday.",
         [("Dec. 30", "2025-12-30"), ("Friday", "2026-01-02")]),
        ("The ransom was paid by Friday.", [("Friday", "2026-01-02")]),
        ("The group threatened on Sunday. The ransom was paid by Friday.",
         [("Sunday", "2026-01-04"), ("Friday", "2026-01-02")]),
    ],
)  # fmt: skip
def test_a_deadline_comes_after_the_day_it_was_set(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, WED) == expected


def test_a_count_by_a_day_before_a_vote_to_come_is_no_deadline() -> None:
    text = "Voters will go to the polls on Tuesday, and 40 million had voted by Saturday morning."
    assert found(text, date(2022, 11, 7)) == [
        ("Tuesday", "2022-11-08"),
        ("Saturday morning", "2022-11-05TMO"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the months the quarter covers say which calendar quarter it is
        ("Profit fell in its second quarter, the three months to Dec. 31, from a year "
         "earlier. It is due to report third-quarter production figures on April 23.",
         [("second quarter", "2025-Q4"), ("the three months", "P3M"), ("Dec. 31", "2025-12-31"),
          ("a year earlier", "2024-Q4"), ("third-quarter", "2026-Q1"),
          ("April 23", "2026-04-23")]),
        # so does the day its fiscal year ends, which is no day on the timeline
        ("The company, whose fiscal year ends on June 30, said profit in the second quarter "
         "fell.", [("June 30", "XXXX-06-30"), ("the second quarter", "2025-Q4")]),
        # ... but the day a past fiscal year ended is that day
        ("In the fiscal year ended Jan. 31, sales rose.",
         [("the fiscal year", "P1Y"), ("Jan. 31", "2026-01-31")]),
        # a calendar quarter stays one
        ("Sales rose in the second quarter, the three months to June 30.",
         [("the second quarter", "2025-Q2"), ("the three months", "P3M"),
          ("June 30", "2025-06-30")]),
        ("The deal closed on June 30, and profit in the second quarter fell.",
         [("June 30", "2025-06-30"), ("the second quarter", "2025-Q2")]),
    ],
)  # fmt: skip
def test_a_fiscal_calendar_from_its_months(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, LATE_JAN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Most economists expect the bank to cut rates in March, analysts said.",
         [("March", "2026-03")]),
        ("We expect a cut in March, he said.", [("March", "2026-03")]),
        # an expectation denied or gone stays past
        ("Economists did not expect a cut in March.", [("March", "2025-03")]),
        ("Investors had not expected the cut in March.", [("March", "2025-03")]),
    ],
)  # fmt: skip
def test_what_people_expect_is_to_come(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, date(2025, 12, 18)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The decision, announced at 10:00 a.m., followed figures published on Tuesday.",
         [("10:00 a.m.", "2026-01-02T10:00"), ("Tuesday", "2025-12-30")]),
        ("Polls opened at 7 a.m. and closed on Tuesday.",
         [("7 a.m.", "2026-01-02T07:00"), ("Tuesday", "2025-12-30")]),
        # no other verb between: the time's own day
        ("He was arrested at 6 a.m. at his home in a northern suburb on Tuesday.",
         [("6 a.m.", "2025-12-30T06:00"), ("Tuesday", "2025-12-30")]),
        ("The quake struck at 10:35 a.m. local time on Wednesday.",
         [("10:35 a.m.", "2025-12-31T10:35"), ("Wednesday", "2025-12-31")]),
    ],
)  # fmt: skip
def test_a_day_after_another_verb_is_not_the_clock_times(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, FRI) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what they said they expected is to come
        ("Economists said they expected the first cut in June.", [("June", "2026-06")]),
        # so is what people see coming, written in January: March is this March
        ("Most now see a first cut in March.", [("now", "PRESENT_REF"), ("March", "2026-03")]),
        # "than expected" compares with the past
        ("Sales rose more than expected in January.", [("January", "2026-01")]),
    ],
)  # fmt: skip
def test_what_was_expected_is_to_come(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, LATE_JAN) == expected
