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
