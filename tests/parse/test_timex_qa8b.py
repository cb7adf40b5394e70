"""Time expressions from QA round 8, second pass (tests/fixtures/dates_unseen8/FINDINGS.md,
items marked session 8): invented sentences for each general rule fixed."""

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
        # what an "after ...-ing" clause tells came before its main clause's day
        ("Striker Joe Lane will miss Saturday's match after picking up a red card in the "
         "defeat on Sunday.", [("Saturday", "2026-11-21"), ("Sunday", "2026-11-15")]),
        ("The goalkeeper will be banned for Friday's derby after being sent off on Sunday.",
         [("Friday", "2026-11-20"), ("Sunday", "2026-11-15")]),
        # an order that fits stays ahead
        ("The team will travel on Sunday after training on Saturday.",
         [("Sunday", "2026-11-22"), ("Saturday", "2026-11-21")]),
        ("The squad will fly out on Saturday after resting on Thursday.",
         [("Saturday", "2026-11-21"), ("Thursday", "2026-11-19")]),
    ],
)  # fmt: skip
def test_an_after_clause_comes_before_its_main_clause(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("First-half profit rose 22% from the same period a year earlier.", WED,
         [("First-half", "2026-H1"), ("the same period a year earlier", "2025-H1")]),
        ("Sales in the second half rose 4% from a year earlier.", date(2027, 2, 10),
         [("the second half", "2026-H2"), ("a year earlier", "2025-H2")]),
        # a quarter named after the half is what is compared
        ("Profit in the first half of 2025 rose, while third-quarter sales fell 2% from a "
         "year earlier.", WED,
         [("the first half of 2025", "2025-H1"), ("third-quarter", "2026-Q3"),
          ("a year earlier", "2025-Q3")]),
    ],
)  # fmt: skip
def test_a_year_earlier_after_a_half_is_that_half(
    text: str, published: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, published) == expected


def test_the_year_ahead_is_the_twelve_months_from_publication() -> None:
    text = "The chief executive said she was confident about the year ahead."
    (t,) = find_timexes(text, WED, segment(text).sentences)
    assert t.range is not None
    assert (t.text, t.type.value, t.value) == ("the year ahead", "DURATION", "P1Y")
    assert (t.range.start.date(), t.range.end.date()) == (WED, date(2027, 11, 18))


def test_the_year_ahead_of_an_event_stays_the_year() -> None:
    assert found("He resigned the year ahead of the election.", WED) == [("the year", "2026")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a clock time's "p.m.", a title and a name open a new sentence
        ("The verdicts were read shortly after 4:15 p.m. Judge Lee Park set sentencing for "
         "Dec. 3.", ["The verdicts were read shortly after 4:15 p.m.",
                     "Judge Lee Park set sentencing for Dec. 3."]),
        ("The vote ended at 7 p.m. Mayor Jo Hale said she was pleased.",
         ["The vote ended at 7 p.m.", "Mayor Jo Hale said she was pleased."]),
        # a place's time or a day after the clock time goes on
        ("Trading opens at 9 a.m. New York time on Monday.",
         ["Trading opens at 9 a.m. New York time on Monday."]),
        ("It ended at 5 p.m. Eastern Time on Tuesday.",
         ["It ended at 5 p.m. Eastern Time on Tuesday."]),
    ],
)  # fmt: skip
def test_a_title_and_name_after_a_clock_time_open_a_sentence(
    text: str, expected: list[str]
) -> None:
    assert [s.text for s in segment(text).sentences] == expected
