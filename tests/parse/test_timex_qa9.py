"""Time expressions from QA round 9 (tests/fixtures/dates_unseen9/FINDINGS.md): invented
sentences for each general rule fixed that round."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.parse.segment import segment
from explorer.parse.timex import find_timexes

SAT_JAN = date(2027, 1, 2)  # a Saturday, just after the year's turn
THU_NOV = date(2029, 11, 8)  # a Thursday


def found(text: str, published: date) -> list[tuple[str, str]]:
    """(text, value) of each time expression."""
    return [(t.text, t.value) for t in find_timexes(text, published, segment(text).sentences)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a past spelled like its base form is a past: last March, not the coming one
        ("A walkout in March shut two factories.", SAT_JAN, [("March", "2026-03")]),
        ("The mill cut 300 jobs in October.", SAT_JAN, [("October", "2026-10")]),
        ("The floods cost the region 40 million euros in November.", SAT_JAN,
         [("November", "2026-11")]),
        # ... but the noun, or the verb after a modal, is no past
        ("Economists expect a rate cut in March.", SAT_JAN, [("March", "2027-03")]),
        ("The bank will cut rates in March.", SAT_JAN, [("March", "2027-03")]),
        # "kept ... until" a month is how long it lasted, not a deadline to come
        ("A fire in July kept the museum closed until October.", SAT_JAN,
         [("July", "2026-07"), ("October", "2026-10")]),
        # a past verb right before "on" and a day: gone, however near ahead
        ("The coalition collapsed on Dec. 9.", THU_NOV, [("Dec. 9", "2028-12-09")]),
        ("Prices rose sharply on Nov. 20.", THU_NOV, [("Nov. 20", "2028-11-20")]),
        # a target or a state stays near publication
        ("The company extended the offer to Nov. 20.", THU_NOV, [("Nov. 20", "2029-11-20")]),
        ("He said the vote was likely on Nov. 20.", THU_NOV, [("Nov. 20", "2029-11-20")]),
    ],
)  # fmt: skip
def test_a_past_verb_keeps_its_date_behind_publication(
    text: str, published: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, published) == expected


WED = date(2026, 11, 18)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an end or a start on a timetable, in the present, is to come
        ("The offer window closes early on Friday.", [("early on Friday", "2026-11-20")]),
        ("The school holidays start on Saturday and last two weeks.",
         [("Saturday", "2026-11-21"), ("last two weeks", "P2W")]),
        ("Peace talks resume on Monday.", [("Monday", "2026-11-23")]),
        # ... not a noun, nor a past
        ("The team got off to a flying start on Friday.", [("Friday", "2026-11-13")]),
        ("His state visit on Monday was cancelled.", [("Monday", "2026-11-16")]),
        ("The season ended on Sunday.", [("Sunday", "2026-11-15")]),
        # what something is ahead of comes after the day named before it, or publication
        ("Both parties held rallies on Monday ahead of Sunday's vote.",
         [("Monday", "2026-11-16"), ("Sunday", "2026-11-22")]),
        ("Crowds gathered ahead of Saturday's final.", [("Saturday", "2026-11-21")]),
        ("Stocks rose on Monday ahead of Tuesday's rate decision.",
         [("Monday", "2026-11-16"), ("Tuesday", "2026-11-17")]),
    ],
)  # fmt: skip
def test_a_day_still_to_come(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, WED) == expected
