"""Session 14's probes of unseen stories: time expressions a reader resolves otherwise."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.parse.segment import segment
from explorer.parse.timex import find_timexes

WED_SEP_17_2025 = date(2025, 9, 17)
MON_NOV_10_2025 = date(2025, 11, 10)


def _values(text: str, published: date) -> list[tuple[str, str]]:
    return [
        (text[t.start : t.end], t.value)
        for t in find_timexes(text, published, segment(text).sentences)
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a bill that keeps the government open through a day: the coming one
        (
            "The House passed a bill Wednesday to keep the government open through Jan. 30.",
            "2026-01-30",
        ),
        ("The ministry extended the deadline until March 3.", "2026-03-03"),
        # a past state that lasted until a day: gone
        ("The strike lasted until Jan. 30.", "2025-01-30"),
    ],
)
def test_a_day_an_extension_reaches_is_to_come(text: str, value: str) -> None:
    days = [v for phrase, v in _values(text, WED_SEP_17_2025) if phrase[0].isupper()]
    assert days[-1] == value


def test_a_deadline_in_a_clause_of_what_is_to_come_is_the_coming_day() -> None:
    text = (
        "Johnson said the bill was clean and urged senators to pass it before funding "
        "lapses at midnight Friday."
    )
    assert ("midnight Friday", "2025-09-19T24:00") in _values(text, WED_SEP_17_2025)


def test_a_midnight_gone_stays_gone() -> None:
    text = "Residents said they heard a bang before midnight Friday."
    assert ("midnight Friday", "2025-09-12T24:00") in _values(text, WED_SEP_17_2025)


def test_a_weekday_range_with_clock_times_runs_forward() -> None:
    # published on a Monday: the strike from Friday to the Wednesday after it
    text = (
        "Resident doctors will walk out for five days. The strike, from 7am on Friday until "
        "7am on Wednesday, is the 13th."
    )
    assert _values(text, MON_NOV_10_2025) == [
        ("five days", "P5D"),
        ("7am", "2025-11-14T07:00"),
        ("Friday", "2025-11-14"),
        ("7am", "2025-11-19T07:00"),
        ("Wednesday", "2025-11-19"),
    ]


def test_a_weekday_range_with_clock_times_told_as_gone() -> None:
    text = "The plant was shut from 6 p.m. on Friday until 6 a.m. on Monday."
    assert _values(text, MON_NOV_10_2025) == [
        ("6 p.m.", "2025-11-07T18:00"),
        ("Friday", "2025-11-07"),
        ("6 a.m.", "2025-11-10T06:00"),
        ("Monday", "2025-11-10"),
    ]


def test_a_month_decided_on_is_the_coming_one() -> None:
    # published in September: the December session to come
    text = (
        "The justices agreed to hear the case, Trump v. Slaughter, in their December "
        "argument session."
    )
    assert _values(text, date(2025, 9, 22)) == [("December", "2025-12")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a month the act happened in, gone
        ("He returned to work in December.", "2024-12"),
        # a year opening the sentence sets its scene
        ("In 2019, the board agreed to sell the unit in December.", "2019-12"),
        ("In 2019, the board sold the unit in December.", "2019-12"),
    ],
)
def test_a_month_of_a_past_act_stays_gone(text: str, value: str) -> None:
    assert _values(text, date(2025, 9, 22))[-1] == ("December", value)


def test_a_year_in_a_coordinated_clause_is_no_scene() -> None:
    text = "In 2024, and again in March, prices fell."
    assert ("March", "2025-03") in _values(text, date(2025, 9, 22))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # planned months: the nearest, whatever the tense of the planning (in December)
        ("The 10-day flight had been targeted for February.", "2026-02"),
        ("The vote was scheduled for March but was postponed.", "2026-03"),
        # ... unless a year of the sentence sets the scene
        ("In 2019 the vote was scheduled for March.", "2019-03"),
    ],
)
def test_a_month_planned_for(text: str, value: str) -> None:
    assert _values(text, date(2025, 12, 4))[-1][1] == value


def test_not_a_day_before_is_no_day() -> None:
    text = '"We will fly when we are ready, and not a day before," he said.'
    assert _values(text, date(2025, 12, 4)) == []
