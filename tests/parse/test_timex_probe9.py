"""Time expressions from session 9's probe stories, on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.parse.segment import segment
from explorer.parse.timex import find_timexes

TUESDAY = date(2025, 11, 4)  # a Tuesday in November


def found(text: str, published: date = TUESDAY) -> list[tuple[str, str]]:
    """(text, value) of each time expression."""
    return [(t.text, t.value) for t in find_timexes(text, published, segment(text).sentences)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a deadline some days after the day named before it is to come
        (
            "The bill stalled on Tuesday, days before a Friday deadline.",
            [("Tuesday", "2025-11-04"), ("Friday", "2025-11-07")],
        ),
        # the idiom names no day
        ('She accused them of "spending like there is no tomorrow".', []),
        ("The vote is tomorrow.", [("tomorrow", "2025-11-05")]),
        # a participle after a present copula is a state now: the nearer month
        ("The door to a cut in February is all but closed.", [("February", "2026-02")]),
        ("The plant was closed in February.", [("February", "2025-02")]),
    ],
)
def test_probe_sentences(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected
