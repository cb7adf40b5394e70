"""Time expressions fixed after QA round 10 (tests/fixtures/dates_unseen10/FINDINGS.md,
items 11-15): invented sentences for each general rule."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.parse.segment import segment
from explorer.parse.timex import find_timexes

TUE = date(2026, 11, 24)  # a Tuesday


def found(text: str, published: date = TUE) -> list[tuple[str, str]]:
    """(text, value) of each time expression."""
    return [(t.text, t.value) for t in find_timexes(text, published, segment(text).sentences)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # whole weeks from a day named land on a day, as "two days later" does
        ("The bridge reopened on June 2. A week later, traffic was back.",
         [("June 2", "2026-06-02"), ("A week later", "2026-06-09")]),
        ("He was hurt on Friday. Two weeks later he played again.",
         [("Friday", "2026-11-20"), ("Two weeks later", "2026-12-04")]),
        ("The vote is on March 3. A week later the count ends.",
         [("March 3", "2027-03-03"), ("A week later", "2027-03-10")]),
        ("The deal closed on Aug. 14. Three weeks earlier, talks had stalled.",
         [("Aug. 14", "2026-08-14"), ("Three weeks earlier", "2026-07-24")]),
        # the next offset counts from that day in turn
        ("The deal closed on Aug. 14. A week later it fell apart, and a day later he quit.",
         [("Aug. 14", "2026-08-14"), ("A week later", "2026-08-21"),
          ("a day later", "2026-08-22")]),
        # after a month, or with nothing named, it stays about the month or the week
        ("They met in September. A week later, they married.",
         [("September", "2026-09"), ("A week later", "2026-09")]),
        ("A week later, the talks resumed.", [("A week later", "2026-W49")]),
    ],
)  # fmt: skip
def test_weeks_after_a_named_day_are_a_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected
