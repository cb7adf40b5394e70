"""Time expressions from QA round 4 (UN session, earnings, match report, study, relief
story), with invented sentences: a verb whose past is its base form ("put", "hit") after a
modal is no past, and ranges of months whose first month is also a verb ("March", "May")."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.model import Timex
from explorer.parse.segment import segment
from explorer.parse.timex import find_timexes

THU = date(2025, 3, 6)  # a Thursday
OCT = date(2025, 10, 15)  # a Wednesday


def timexes(text: str, published: date) -> dict[str, str]:
    found: tuple[Timex, ...] = find_timexes(text, published, segment(text).sentences)
    return {t.text: t.value for t in found}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministry will put the plan to parliament on Friday.", "2025-03-07"),
        ("Diplomats said Britain could put the text to a vote as early as Friday.", "2025-03-07"),
        ("Forecasters said the cyclone would likely hit the coast on Friday.", "2025-03-07"),
        ("The board is expected to put the offer to shareholders on Friday.", "2025-03-07"),
        # the past stays past
        ("The cyclone hit the coast on Friday.", "2025-02-28"),
        ("The chair put the text to a vote on Friday, and it failed.", "2025-02-28"),
        ("They did not put it to a vote on Friday.", "2025-02-28"),
    ],
)
def test_base_form_verb_after_a_modal_is_not_past(text: str, expected: str) -> None:
    assert timexes(text, THU)["Friday"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # past ranges: the first month is in the range's year, before its last month
        ("Cases rose between March and August.", {"March": "2025-03", "August": "2025-08"}),
        ("Exports fell from May to July.", {"May": "2025-05", "July": "2025-07"}),
        ("Sales slumped from May to September.", {"May": "2025-05", "September": "2025-09"}),
        ("The survey ran from March to May last year.", {"March": "2024-03"}),
        ("Prices rose from November to February.", {"November": "2024-11"}),
        # future
        ("The festival will run from May to July.", {"May": "2026-05", "July": "2026-07"}),
    ],
)
def test_month_ranges_whose_first_month_is_also_a_verb(text: str, expected: dict[str, str]) -> None:
    found = timexes(text, OCT)
    for surface, value in expected.items():
        assert found.get(surface) == value, found


def test_march_and_may_as_verbs_stay_words() -> None:
    assert timexes("Supporters will march and sing in the square.", OCT) == {}
    assert timexes("Protesters march to the palace on Sunday.", OCT).keys() == {"Sunday"}
    assert "May" not in timexes("Officials may to some extent relent.", OCT)


FEB = date(2026, 2, 5)


def test_a_fiscal_quarter_the_story_ties_to_months_sets_later_quarters() -> None:
    text = (
        "The carmaker said profit fell in the October-December quarter, the third quarter "
        "of its fiscal year. Analysts said Q3 was weak. It expects profit to rebound in the "
        "fourth quarter. A plant sale is expected to close in the second quarter."
    )
    found = timexes(text, FEB)
    assert found["the third quarter"] == "2025-Q4"
    assert found["Q3"] == "2025-Q4"
    assert found["the fourth quarter"] == "2026-Q1"  # January-March: its fiscal year's last
    # a quarter of no results keeps the calendar
    assert found["the second quarter"] == "2026-Q2"


def test_a_fiscal_quarter_ended_on_a_date() -> None:
    text = (
        "The software maker said revenue rose in its fiscal second quarter ended Dec. 31. "
        "It forecast slower growth in the third quarter."
    )
    found = timexes(text, FEB)
    assert found["fiscal second quarter"] == "2025-Q4"
    assert found["the third quarter"] == "2026-Q1"


def test_calendar_quarters_stay_calendar_without_a_fiscal_year() -> None:
    text = "Profit fell in the October-December quarter. In the third quarter it had risen."
    assert timexes(text, FEB)["the third quarter"] == "2025-Q3"


def test_a_past_offset_after_a_date_still_to_come_counts_from_publication() -> None:
    text = (
        "The court has until May 15 to rule on the appeals. Its president said two days "
        "earlier that the count was clean."
    )
    assert timexes(text, FEB)["two days earlier"] == "2026-02-03"
    # a past date still anchors, and so does a future one for a future verb
    past = "The storm hit on Jan. 20. Two days earlier, officials had warned residents."
    assert timexes(past, FEB)["Two days earlier"] == "2026-01-18"
    future = "The vote is on March 20. Two days earlier, the polls will close."
    assert timexes(future, FEB)["Two days earlier"] == "2026-03-18"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fixtures in the present tense are still to come (published on a Wednesday)
        ("United host Rovers in the second leg on Tuesday.", "2025-10-21"),
        ("The two sides meet again on Sunday.", "2025-10-19"),
        ("City face Athletic on Saturday.", "2025-10-18"),
        # the same words as nouns or after "to"/"did" are no schedule
        ("The leaders failed to meet on Friday.", "2025-10-10"),
        ("His visit on Monday drew protests.", "2025-10-13"),
        ("The envoys did not meet on Friday.", "2025-10-10"),
    ],
)
def test_present_tense_fixtures_are_to_come(text: str, expected: str) -> None:
    days = [v for v in timexes(text, OCT).values() if len(v) == 10]
    assert days == [expected]


def test_a_month_before_a_quarter_or_season_is_no_range() -> None:
    # (found by bench/fuzz_parse.py: a quarter's value is no month)
    found = timexes("Sales fell from February to Q3, and from January to summer.", FEB)
    assert found["Q3"] == "2025-Q3"
    assert found["February"] == "2026-02"
