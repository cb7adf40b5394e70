"""Time expressions from session 10's probes, on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.parse.segment import segment
from explorer.parse.timex import find_timexes

MONDAY = date(2027, 3, 22)


def found(text: str, published: date = MONDAY) -> list[tuple[str, str]]:
    """(text, value) of each time expression."""
    return [(t.text, t.value) for t in find_timexes(text, published, segment(text).sentences)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # sold out or booked up now, or already: a day still to come, even when reported
        (
            "Operators said trains on Thursday evening were already sold out.",
            [("Thursday evening", "2027-03-25TEV")],
        ),
        (
            "Seats on Friday's flights are fully booked, the airline said.",
            [("Friday", "2027-03-26")],
        ),
        ("Hotels for Saturday night had already sold out.", [("Saturday night", "2027-03-27TNI")]),
        # sold out, no more: it may be the concert gone
        ("The concert on Friday was sold out.", [("Friday", "2027-03-19")]),
        ("Trains on Thursday were delayed, operators said.", [("Thursday", "2027-03-18")]),
    ],
)
def test_probe_sentences(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a deadline set in a past the sentence names is that past's
        (
            "In 2025 the launch was delayed until the autumn.",
            [("2025", "2025"), ("the autumn", "2025-FA")],
        ),
        (
            "In 2024 the vote was postponed to October.",
            [("2024", "2024"), ("October", "2024-10")],
        ),
        (
            "In November 2025 the launch was delayed until March.",
            [("November 2025", "2025-11"), ("March", "2026-03")],
        ),
        # none named: the one to come
        ("The launch was delayed until the autumn, officials said.", [("the autumn", "2027-FA")]),
    ],
)
def test_a_past_deadline_belongs_to_the_past_named(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a present verb in a clause of time: a day still to come, even when reported
        (
            "Firefighters said they had little hope of containing it before the winds ease "
            "on Wednesday.",
            [("Wednesday", "2027-03-24")],
        ),
        (
            "Officials said the road was shut until the waters recede on Thursday.",
            [("Thursday", "2027-03-25")],
        ),
        # a noun there: the day gone, as before
        ("They met before the vote on Sunday.", [("Sunday", "2027-03-21")]),
    ],
)
def test_a_clause_of_time_in_the_present_is_to_come(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


def test_past_before_a_date_is_beyond_it() -> None:
    """ "If the next attempt slips past Feb. 19": the date to come (it was read "the past
    Feb. 19", a year back); "last Oct. 23" is still the one before."""
    feb = date(2026, 2, 10)
    assert found("If the next attempt slips past Feb. 19, the window closes.", feb) == [
        ("Feb. 19", "2026-02-19")
    ]
    assert found("It rained last Oct. 23.", feb) == [("last Oct. 23", "2025-10-23")]


def test_a_range_of_weekdays_ends_after_it_starts() -> None:
    """ "will be shut from Monday to Wednesday", on a Wednesday: the coming Monday and the
    Wednesday after it (the Wednesday was publication's, before the Monday)."""
    wednesday = date(2027, 3, 24)
    assert found("The shop will be shut from Monday to Wednesday.", wednesday) == [
        ("Monday", "2027-03-29"),
        ("Wednesday", "2027-03-31"),
    ]
    assert found("The shop was shut from Monday to Wednesday.", wednesday) == [
        ("Monday", "2027-03-22"),
        ("Wednesday", "2027-03-24"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a schedule's present before a weekday: still to come, even when reported
        (
            "The festival runs Thursday to Sunday.",
            [("Thursday", "2027-03-25"), ("Sunday", "2027-03-28")],
        ),
        ("Voting starts on Monday, officials said.", [("Monday", "2027-03-29")]),
        # a past: the day gone
        ("The strike ended Friday.", [("Friday", "2027-03-19")]),
    ],
)
def test_a_schedule_in_the_present_is_to_come(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, date(2027, 3, 24)) == expected
