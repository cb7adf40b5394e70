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
