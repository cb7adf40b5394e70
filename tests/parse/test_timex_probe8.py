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
