"""Time expressions from QA fix round 30 (open items of tests/fixtures/dates_unseen29/
FINDINGS.md): invented sentences for each general rule fixed that round."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.parse.segment import segment
from explorer.parse.timex import find_timexes

THU_OCT = date(2026, 10, 1)  # a Thursday


def found(text: str, published: date) -> list[tuple[str, str]]:
    """(text, value) of each time expression."""
    return [(t.text, t.value) for t in find_timexes(text, published, segment(text).sentences)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pair of weekdays with a plural part of day, in a sentence that names another
        # recurrence, recurs: every Monday and Thursday evening, not the coming two
        ("Extra concerts will be staged on Monday and Thursday evenings, at 8 p.m., and at "
         "2 p.m. on Sundays.",
         [("Monday", "XXXX-WXX-1TEV"), ("Thursday evenings", "XXXX-WXX-4TEV"),
          ("8 p.m.", "XXXX-WXX-4T20:00"), ("2 p.m.", "XXXX-WXX-7T14:00"),
          ("Sundays", "XXXX-WXX-7")]),
        ("The pool opens to adults on Tuesday and Friday mornings and to clubs every Saturday.",
         [("Tuesday", "XXXX-WXX-2TMO"), ("Friday mornings", "XXXX-WXX-5TMO"),
          ("every Saturday", "XXXX-WXX-6")]),
        # ... but a pair told once stays two nights, its clock time that night's
        ("Gales will hit the coast on Saturday and Sunday nights, at about 11 p.m.",
         [("Saturday", "2026-10-03"), ("Sunday nights", "2026-10-04TNI"),
          ("11 p.m.", "2026-10-04T23:00")]),
    ],
)  # fmt: skip
def test_a_pair_of_weekday_evenings_in_a_habit_recurs(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, THU_OCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clock time by a plural part of day recurs on that weekday (it was dated to the
        # last such weekday)
        ("The choir rehearses on Wednesday evenings at 7.30 p.m.",
         [("Wednesday evenings", "XXXX-WXX-3TEV"), ("7.30 p.m.", "XXXX-WXX-3T19:30")]),
        ("The market opens at 6 a.m. on Saturday mornings.",
         [("6 a.m.", "XXXX-WXX-6T06:00"), ("Saturday mornings", "XXXX-WXX-6TMO")]),
        # ... a single night keeps its day
        ("The fire started at 11 p.m. on Sunday night.",
         [("11 p.m.", "2026-09-27T23:00"), ("Sunday night", "2026-09-27TNI")]),
    ],
)  # fmt: skip
def test_a_clock_time_of_weekday_evenings_recurs(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, THU_OCT) == expected


MON_OCT = date(2026, 10, 5)  # a Monday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday's possessive, told in the present, after the story dated that weekday
        # weeks ahead, is that day (was the last such weekday gone)
        ('The vote will be held on Thursday, Nov. 12. "Thursday\'s vote is our last chance," '
         "she said.",
         [("Thursday, Nov. 12", "2026-11-12"), ("Thursday", "2026-11-12")]),
        ("The gala is set for Saturday, Dec. 5. Organisers said Saturday's gala would raise "
         "$2 million.",
         [("Saturday, Dec. 5", "2026-12-05"), ("Saturday", "2026-12-05")]),
        # ... but told in the past it is the last such weekday
        ("The vote will be held on Thursday, Nov. 12. Thursday's debate was bad-tempered.",
         [("Thursday, Nov. 12", "2026-11-12"), ("Thursday", "2026-10-01")]),
    ],
)  # fmt: skip
def test_a_weekday_the_story_dated_is_that_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, MON_OCT) == expected


MON_NOV = date(2026, 11, 30)  # a Monday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a happening no one schedules, reported under "said", weeks ahead in the calendar,
        # is the one gone (was next year's)
        ("Prosecutors said the driver was detained on Jan. 14 near the border.",
         [("Jan. 14", "2026-01-14")]),
        ("Neighbours said thieves robbed her on Feb. 2.", [("Feb. 2", "2026-02-02")]),
        # ... a schedule reported under "said" keeps the coming weeks
        ("Organisers said the fair was held on Feb. 6 and 7.",
         [("Feb. 6", "2027-02-06"), ("7", "2027-02-07")]),
    ],
)  # fmt: skip
def test_a_reported_happening_no_one_schedules_is_gone(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, MON_NOV) == expected
