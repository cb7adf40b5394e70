"""Time expressions from QA round 14 (tests/fixtures/dates_unseen14/FINDINGS.md): invented
sentences for each general rule fixed that round."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.parse.segment import segment
from explorer.parse.timex import find_timexes

TUE = date(2026, 11, 24)  # a Tuesday, two days before Thanksgiving
WED = date(2026, 12, 23)  # a Wednesday, two days before Christmas
FRI = date(2027, 1, 8)  # a Friday
SAT = date(2026, 3, 21)  # a Saturday


def found(text: str, published: date) -> list[tuple[str, str]]:
    """(text, value) of each time expression."""
    return [(t.text, t.value) for t in find_timexes(text, published, segment(text).sentences)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "between Monday and Wednesday" is a range: it ends after it starts
        ("The shop will close between Friday and Monday for repairs.",
         [("Friday", "2026-11-27"), ("Monday", "2026-11-30")]),
        # ... and told as gone, both ends are gone (the Wednesday was not tomorrow's)
        ("Monitors counted 120 bombs between Monday and Wednesday.",
         [("Monday", "2026-11-16"), ("Wednesday", "2026-11-18")]),
        ("The shop was shut from Monday to Wednesday.",
         [("Monday", "2026-11-16"), ("Wednesday", "2026-11-18")]),
        ("The shop will be shut from Monday to Wednesday.",
         [("Monday", "2026-11-30"), ("Wednesday", "2026-12-02")]),
        # ... "and" joins a range only after "between"
        ("He spoke on Monday and Wednesday.",
         [("Monday", "2026-11-23"), ("Wednesday", "2026-11-18")]),
    ],
)  # fmt: skip
def test_a_range_of_weekdays_is_less_than_a_week_in_order(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, TUE) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a holiday a few days ahead, subject or complement of its own present, is this one
        ('"The day after tomorrow is Christmas Eve, and we saw the plan on Monday."', WED,
         [("The day after tomorrow", "2026-12-25"), ("Christmas Eve", "2026-12-24"),
          ("Monday", "2026-12-21")]),
        ("Sales began in October, and Cyber Monday, Nov. 30, is expected to set a record.", TUE,
         [("October", "2026-10"), ("Cyber Monday", "2026-11-30"), ("Nov. 30", "2026-11-30")]),
        # ... not one told of in the past
        ("Sales on Cyber Monday rose 5%.", TUE, [("Cyber Monday", "2025-12-01")]),
        ("Christmas Eve was quiet.", WED, [("Christmas Eve", "2025-12-24")]),
        # "Dec. 28, the Monday after Christmas": the Monday of that Dec. 28
        ("He said they would return on Dec. 28, the Monday after Christmas.", WED,
         [("Dec. 28", "2026-12-28"), ("the Monday after Christmas", "2026-12-28")]),
    ],
)  # fmt: skip
def test_a_holiday_just_ahead_told_in_the_present(
    text: str, published: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the last week of January" is one expression: the month's end
        ("The union has scheduled a vote for the last week of January.",
         [("the last week of January", "2027-01")]),
        ("He will propose a budget by the first week of February.",
         [("the first week of February", "2027-02")]),
        ("The talks were held in the final week of March 2019.",
         [("the final week of March 2019", "2019-03")]),
        # ... not a last week of something else
        ("The last week of the campaign was hard.", [("The last week", "P1W")]),
    ],
)  # fmt: skip
def test_a_week_of_a_month(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, FRI) == expected


def test_a_week_of_a_month_is_its_start_or_end() -> None:
    (first,) = find_timexes(
        "by the first week of May", FRI, segment("by the first week of May").sentences
    )
    (last,) = find_timexes(
        "in the last week of May", FRI, segment("in the last week of May").sentences
    )
    assert (first.mod, last.mod) == ("START", "END")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday range told as gone ends before publication (a Saturday), "until" or not
        ("The plant ran from Friday until Monday.",
         [("Friday", "2026-03-13"), ("Monday", "2026-03-16")]),
        ("The unit had run normally from Friday until Monday, when a pump failed.",
         [("Friday", "2026-03-13"), ("Monday", "2026-03-16")]),
        # ... not one to come, nor what was under way when told
        ("The plant will run from Friday until Monday.",
         [("Friday", "2026-03-27"), ("Monday", "2026-03-30")]),
        ("He said he was staying from Friday until Monday.",
         [("Friday", "2026-03-20"), ("Monday", "2026-03-23")]),
        ("Police said the road was shut from Friday until Monday and would reopen on Tuesday.",
         [("Friday", "2026-03-20"), ("Monday", "2026-03-23"), ("Tuesday", "2026-03-24")]),
    ],
)  # fmt: skip
def test_a_weekday_range_told_as_gone(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, SAT) == expected
