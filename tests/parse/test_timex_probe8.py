"""Time expressions from session 8's probe stories, on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.parse.segment import segment
from explorer.parse.timex import find_timexes

MARCH = date(2024, 3, 14)


def found(text: str, published: date) -> list[tuple[str, str]]:
    """(text, value) of each time expression."""
    return [(t.text, t.value) for t in find_timexes(text, published, segment(text).sentences)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a company or a person said it expected of a figure is to come
        (
            "Its finance chief said the group expected sales to stabilise in the second half.",
            [("the second half", "2024-H2")],
        ),
        ("She said it expected profit to recover in June.", [("June", "2024-06")]),
        # "as expected" is no forecast
        ("As expected, the bank cut rates in March.", [("March", "2024-03")]),
        ("Sales fell in the second half, the group said.", [("the second half", "2023-H2")]),
    ],
)
def test_an_expectation_of_a_figure_looks_ahead(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, MARCH) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quarter of no results, in the future tense, is the one under way or to come
        (
            "The company will close the deal in the fourth quarter.",
            [("the fourth quarter", "2024-Q4")],
        ),
        ("He expects the plant to open in the third quarter.", [("the third quarter", "2024-Q3")]),
        # results to come may be of a quarter just ended
        (
            "It expects to report a charge for the fourth quarter.",
            [("the fourth quarter", "2023-Q4")],
        ),
    ],
)
def test_a_quarter_to_come_follows_the_tense(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, MARCH) == expected


WED = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a mishap that keeps someone out has happened, whatever the main clause's tense
        (
            "Lane will miss the cup tie on Tuesday after injuring his ankle on Saturday.",
            [("Tuesday", "2026-12-01"), ("Saturday", "2026-11-21")],
        ),
        (
            "Lane will be out for two weeks after injuring his knee on Monday.",
            [("two weeks", "P2W"), ("Monday", "2026-11-23")],
        ),
        ("He will be suspended after being sent off on Sunday.", [("Sunday", "2026-11-22")]),
        # what the team does before it travels is still to come
        (
            "The team will travel on Sunday after training on Saturday.",
            [("Sunday", "2026-11-29"), ("Saturday", "2026-11-28")],
        ),
    ],
)
def test_a_mishap_after_a_future_verb_has_happened(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, WED) == expected
