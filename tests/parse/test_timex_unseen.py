"""Time expressions in wire copy the rules were not tuned on (QA of eight unseen stories,
plus invented variants of each construction): the verb that governs an expression, dates
anchored on the last date mentioned, month ranges that name a quarter.

Every sentence is judged as a news reader would read it against the publication date.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.model import Timex
from explorer.parse.segment import segment
from explorer.parse.timex import find_timexes

THU = date(2025, 11, 6)  # a Thursday
FEB12 = date(2026, 2, 12)  # a Thursday
JUN20 = date(2025, 6, 20)  # a Friday
APR9 = date(2026, 4, 9)  # a Thursday


def timexes(text: str, published: date) -> tuple[Timex, ...]:
    return find_timexes(text, published, segment(text).sentences)


def value(text: str, surface: str, published: date) -> str:
    found = [t for t in timexes(text, published) if t.text == surface]
    assert found, f"{surface!r} not in {[t.text for t in timexes(text, published)]}"
    return found[0].value


# -- the tense comes from the verb of the expression's own clause ------------------------


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # an attribution tail does not decide the tense of the clause before it
        (
            "President Eduardo Villanueva will discuss the incident with his security "
            "cabinet on Friday, his office said.",
            "Friday",
            "2025-11-07",
        ),
        ("“We will meet the envoy on Friday,” the minister said.", "Friday", "2025-11-07"),
        ("The court will hear the appeal on Monday, the lawyers said.", "Monday", "2025-11-10"),
        (
            "The ministers will meet again on Monday, said a spokeswoman for the council.",
            "Monday",
            "2025-11-10",
        ),
        (
            "The firm will publish its quarterly results on Tuesday, according to a filing "
            "it released.",
            "Tuesday",
            "2025-11-11",
        ),
    ],
)
def test_attribution_tail_is_its_own_clause(text: str, surface: str, expected: str) -> None:
    assert value(text, surface, THU) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (
            "Japan’s Chief Cabinet Secretary Kenji Morita told a news conference in Tokyo on "
            "Wednesday that disputes should be settled peacefully.",
            "Wednesday",
            "2025-11-05",
        ),
        (
            "The minister told reporters in Paris on Monday that it must pass.",
            "Monday",
            "2025-11-03",
        ),
        (
            "The finance minister said in a speech in Lagos on Tuesday that it would pass.",
            "Tuesday",
            "2025-11-04",
        ),
    ],
)
def test_reported_clause_does_not_decide_the_reporting_verb(
    text: str, surface: str, expected: str
) -> None:
    assert value(text, surface, THU) == expected


def test_relative_clause_running_to_the_end_keeps_its_own_tense() -> None:
    text = (
        "The walkout came hours before the closing session of the negotiations, which are "
        "meant to prepare the ground for the COP30 summit in Belém, Brazil, in November."
    )
    assert value(text, "November", JUN20) == "2025-11"
    text = "Delegates left the talks, which resume in Geneva, Switzerland, in October."
    assert value(text, "October", JUN20) == "2025-10"


def test_relative_clause_closed_after_a_place_does_not_govern_the_main_clause() -> None:
    text = "The delegates, who arrived in Geneva, Switzerland, on Tuesday, will vote on Friday."
    assert value(text, "Tuesday", THU) == "2025-11-04"
    assert value(text, "Friday", THU) == "2025-11-07"


@pytest.mark.parametrize(
    ("text", "surface", "published", "expected"),
    [
        (
            "That outbreak was declared over in April after 42 days without a new case.",
            "April",
            FEB12,
            "2025-04",
        ),
        ("The outbreak was declared over in April.", "April", FEB12, "2025-04"),
        ("The ceasefire was agreed in December.", "December", THU, "2024-12"),
        ("The factory reopened in January after the strike.", "January", THU, "2025-01"),
    ],
)
def test_past_verb_right_before_a_month_puts_it_before_publication(
    text: str, surface: str, published: date, expected: str
) -> None:
    assert value(text, surface, published) == expected


# -- a span of months names a quarter -----------------------------------------------------


def test_month_range_quarter_is_the_quarter_and_anchors_a_year_earlier() -> None:
    text = "The economy grew 6.2% in the October-December quarter, down from 8.2% a year earlier."
    found = {t.text: t.value for t in timexes(text, APR9)}
    assert found["the October-December quarter"] == "2025-Q4"
    assert found["a year earlier"] == "2024-Q4"
    assert "December" not in found


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (
            "Growth in the January-March quarter is expected to slow.",
            "the January-March quarter",
            "2026-Q1",
        ),
        ("Exports rose 4% in July-September, the ministry said.", "July-September", "2025-Q3"),
        ("Output in the April-June 2024 quarter fell.", "the April-June 2024 quarter", "2024-Q2"),
        ("Sales in the July-December period rose.", "the July-December period", "2025-H2"),
    ],
)
def test_month_range_names_a_quarter_or_half(text: str, surface: str, expected: str) -> None:
    assert value(text, surface, APR9) == expected


def test_other_month_range_is_a_range_from_the_first_month() -> None:
    found = [t for t in timexes("Sales fell in the November-January period.", APR9)]
    assert [t.text for t in found] == ["the November-January period"]
    assert found[0].value == "2025-11"
    assert found[0].range is not None
    assert (found[0].range.start.month, found[0].range.end.month) == (11, 2)


# -- "the following week" counts from the last date named --------------------------------


def test_the_following_week_is_the_week_after_the_last_date_named() -> None:
    text = (
        "The woman fell ill on Jan. 28 and died six days later. Three members of her family "
        "died in the following week."
    )
    assert value(text, "six days later", FEB12) == "2026-02-03"
    assert value(text, "the following week", FEB12) == "2026-W07"
    text = "The dam broke on Jan. 5. The previous week, engineers had warned of cracks."
    assert value(text, "The previous week", FEB12) == "2026-W01"


def test_the_following_weekend_is_the_first_weekend_after_the_last_date_named() -> None:
    text = "The strike began on Monday, Jan. 5, and ended the following weekend."
    assert value(text, "the following weekend", FEB12) == "2026-W02-WE"


# -- day words in rhetoric name no day ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (
            "“We will defend our waters today, tomorrow and every day after that,” he said.",
            "tomorrow",
            "FUTURE_REF",
        ),
        ("The party stands for yesterday, today and tomorrow.", "tomorrow", "FUTURE_REF"),
        ("The party stands for yesterday, today and tomorrow.", "yesterday", "PAST_REF"),
        ("We stand with them today, tomorrow and always.", "today", "PRESENT_REF"),
    ],
)
def test_day_words_in_a_rhetorical_list_name_no_day(text: str, surface: str, expected: str) -> None:
    assert value(text, surface, THU) == expected


def test_day_words_in_a_plain_list_are_days() -> None:
    text = "Talks continue today and tomorrow. She vowed to fight “today, tomorrow and always.”"
    values = [t.value for t in timexes(text, THU)]
    assert values == ["2025-11-06", "2025-11-07", "PRESENT_REF", "FUTURE_REF"]


def test_a_year_earlier_compares_with_the_quarter_just_named() -> None:
    text = (
        "Third-quarter profit rose 5%. Second-quarter sales had fallen 2% from a year "
        "earlier. Third-quarter sales were flat from a year earlier."
    )
    found = [t.value for t in timexes(text, date(1995, 10, 30))]
    assert found == ["1995-Q3", "1995-Q2", "1994-Q2", "1995-Q3", "1994-Q3"]
