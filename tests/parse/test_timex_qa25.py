"""Time expressions from QA round 25 (tests/fixtures/dates_unseen25/FINDINGS.md): invented
sentences for each general rule fixed that round."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.parse.segment import segment
from explorer.parse.timex import find_timexes

THU_FEB = date(2027, 2, 4)  # a Thursday
FRI_MAY = date(2026, 5, 15)  # a Friday


def found(text: str, published: date) -> list[tuple[str, str]]:
    """(text, value) of each time expression."""
    return [(t.text, t.value) for t in find_timexes(text, published, segment(text).sentences)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forecasts that results beat, missed or topped are the analysts' figures, no verb
        # that looks ahead: the quarter is the latest one gone
        ("Harbin Tools beats forecasts as third-quarter profit jumps",
         [("third-quarter", "2026-Q3")]),
        ("Profit topped analysts' forecasts in the third quarter.",
         [("the third quarter", "2026-Q3")]),
        ("Sales missed forecasts in the fourth quarter.", [("the fourth quarter", "2026-Q4")]),
        # ... but a forecaster that forecasts looks ahead
        ("The bank forecasts growth in the third quarter.", [("the third quarter", "2027-Q3")]),
        ("The agency forecasts rain on Friday.", [("Friday", "2027-02-05")]),
    ],
)  # fmt: skip
def test_forecasts_beaten_are_a_noun(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, THU_FEB) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # years "later" told in the past or present cannot run past publication: they
        # count from the year named before the last day
        ('"We said the same after the last sinking, in 2011," a relative said on Thursday. '
         '"Fifteen years later, nothing has changed."',
         [("2011", "2011"), ("Thursday", "2026-05-14"), ("Fifteen years later", "2026")]),
        ("The mine closed in 1990. Its owner died on Monday. Ten years later, the town had no "
         "school.",
         [("1990", "1990"), ("Monday", "2026-05-11"), ("Ten years later", "2000")]),
        # ... told ahead, they count from the last day
        ("The plant opened on Tuesday. Ten years later, it will be paid off.",
         [("Tuesday", "2026-05-12"), ("Ten years later", "2036")]),
        # ... and from the last year named when that lands no later than publication
        ("The union formed in 2011 and struck on Monday. Two years later, it merged.",
         [("2011", "2011"), ("Monday", "2026-05-11"), ("Two years later", "2013")]),
    ],
)  # fmt: skip
def test_years_later_in_the_past_stay_before_publication(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, FRI_MAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a mid-part of a day takes the day named right after it by "on"
        ("Temperatures peaked mid-afternoon on Monday.",
         [("mid-afternoon", "2026-05-11TAF"), ("Monday", "2026-05-11")]),
        ("The fire broke out mid-morning on May 2.",
         [("mid-morning", "2026-05-02TMO"), ("May 2", "2026-05-02")]),
        ("Temperatures will peak mid-afternoon on Sunday.",
         [("mid-afternoon", "2026-05-17TAF"), ("Sunday", "2026-05-17")]),
        # ... as it did written without "on"; with no day after, publication day's
        ("Temperatures peaked mid-afternoon Monday.", [("mid-afternoon Monday", "2026-05-11TAF")]),
        ("Temperatures peaked in mid-afternoon.", [("mid-afternoon", "2026-05-15TAF")]),
    ],
)  # fmt: skip
def test_a_mid_part_of_a_day_is_on_the_day_named_after_it(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, FRI_MAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what was put off "until" a month or season, told in the past, is the nearest one
        # when set lately: it was ahead when the delay was asked for
        ("Two weeks ago, the operator had asked to delay the overhaul until the autumn.",
         [("Two weeks ago", "2026-W18"), ("the autumn", "2026-FA")]),
        ("The operator had asked to delay the overhaul until October.",
         [("October", "2026-10")]),
        ("The court had agreed to adjourn the case until July.", [("July", "2026-07")]),
        # ... a past year in the sentence keeps it there
        ("In 2019, the vote was delayed until October.", [("2019", "2019"),
                                                           ("October", "2019-10")]),
        # ... and what lasted until a month or season is gone
        ("The dry weather lasted until the autumn.", [("the autumn", "2025-FA")]),
        ("The dry weather lasted until October.", [("October", "2025-10")]),
    ],
)  # fmt: skip
def test_a_delay_until_a_month_or_season_set_lately_is_the_coming_one(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, FRI_MAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a span starting on a weekday and running until a weekday to come, told apart in
        # one sentence, is less than a week long: it starts in the week it ends
        ("The government declared three days of mourning starting on Saturday, and flags "
         "will fly at half-mast until Monday night.",
         [("three days", "P3D"), ("Saturday", "2026-05-16"), ("Monday night", "2026-05-18TNI")]),
        # ... already so when its end is gone or it was under way
        ("The strike, which began on Monday, lasted until Wednesday.",
         [("Monday", "2026-05-11"), ("Wednesday", "2026-05-13")]),
        # ... and a start with no end named keeps its tense
        ("Officials imposed a curfew starting on Saturday.", [("Saturday", "2026-05-09")]),
    ],
)  # fmt: skip
def test_a_span_starts_in_the_week_it_ends(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, FRI_MAY) == expected
