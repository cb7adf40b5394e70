"""Session 13's probes of unseen stories: time expressions a reader resolves otherwise."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.parse.segment import segment
from explorer.parse.timex import find_timexes

FEB_26_2025 = date(2025, 2, 26)


def _value(text: str, phrase: str, published: date = FEB_26_2025) -> str | None:
    for t in find_timexes(text, published, segment(text).sentences):
        if text[t.start : t.end] == phrase:
            return t.value
    return None


@pytest.mark.parametrize(
    ("text", "quarter"),
    [
        # a fiscal quarter ending in April: mostly February and March
        (
            "Nvidia forecast first-quarter revenue above estimates. The company expects "
            "revenue of $43 billion for the quarter ending in April.",
            "2025-Q1",
        ),
        ("The company expects revenue of $43 billion for the quarter ending in April.", "2025-Q1"),
        ("Revenue for the quarter ending in September will rise.", "2025-Q3"),
        ("Revenue for the quarter ending in September rose 4%.", "2024-Q3"),
        ("Revenue for the quarter ended in January rose.", "2024-Q4"),
        ("Revenue in the quarter ended Jan. 26 rose 78%.", "2024-Q4"),
    ],
)
def test_a_quarter_named_by_the_month_it_ends_in(text: str, quarter: str) -> None:
    assert _value(text, "the quarter") == quarter


@pytest.mark.parametrize(
    "text",
    [
        '"We will not vote for it," Maskell told BBC Radio 4\'s Today programme.',
        "She told NBC's Today show that it was over.",
        "He wrote in USA Today that it was over.",
    ],
)
def test_today_as_a_programmes_or_papers_title_is_no_day(text: str) -> None:
    assert _value(text, "Today", date(2025, 3, 19)) is None


def test_today_opening_a_sentence_is_still_the_day() -> None:
    assert _value("Today the minister said it was over.", "Today", date(2025, 3, 19)) == (
        "2025-03-19"
    )


_LEAD = (
    "Storm tears across Jamaica\n\n"
    "KINGSTON, Oct 29 (AP) - Hurricane Melissa tore across western Jamaica on Tuesday, "
    "leaving at least seven people dead, officials said on Wednesday.\n\n"
)


def test_a_clock_time_in_the_paragraph_after_the_lead_is_the_events_day() -> None:
    text = _LEAD + "The storm made landfall near New Hope at about 1 p.m. local time."
    assert _value(text, "1 p.m.", date(2025, 10, 29)) == "2025-10-28T13:00"


def test_a_clock_time_of_a_saying_after_the_lead_is_the_news_day() -> None:
    text = _LEAD + "The prime minister told reporters at 10 a.m. that help was coming."
    assert _value(text, "10 a.m.", date(2025, 10, 29)) == "2025-10-29T10:00"


def test_a_clock_time_two_paragraphs_after_the_lead_is_not_the_events_day() -> None:
    text = _LEAD + "Roads were shut.\n\nPower was restored at 6 p.m. in the capital."
    assert _value(text, "6 p.m.", date(2025, 10, 29)) != "2025-10-28T18:00"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "He was awarded the Victoria Cross in 2011 for his actions in the battle of "
            "Tizak the year before.",
            "the year before",
            "2010",
        ),
        (
            "Revenues dropped to $300 million last year, down from $450 million the year before.",
            "the year before",
            "2023",
        ),
        (
            "Sales rose 5% in March, after falling 2% the month before.",
            "the month before",
            "2025-02",
        ),
    ],
)
def test_the_unit_before_ending_a_clause_is_one_unit_back(
    text: str, phrase: str, value: str
) -> None:
    assert _value(text, phrase, date(2025, 9, 4)) == value


def test_the_year_before_an_event_is_not_read_so() -> None:
    assert _value("The year before the war, he left.", "the year before", date(2025, 9, 4)) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Inflation slowed to 2.2% in January, INDEC said on Thursday, handing Milei a "
            "boost ahead of October's midterm elections.",
            "2025-10",
        ),
        ("Parties are campaigning ahead of the October elections.", "2025-10"),
        # a month just gone, told in the past: that one
        ("Shares fell ahead of January's data, which showed a rise.", "2025-01"),
    ],
)
def test_a_month_something_is_ahead_of_is_to_come(text: str, value: str) -> None:
    month = "October" if "October" in text else "January"
    assert _value(text, month, date(2025, 2, 13)) == value


def test_a_day_before_a_vow_is_the_vows_day_gone() -> None:
    text = (
        "Burhan, speaking to troops in Omdurman on Wednesday, vowed to fight until the last "
        "rebel is driven out."
    )
    assert _value(text, "Wednesday", date(2025, 11, 14)) == "2025-11-12"
    text = "The union vowed to strike on Wednesday."
    assert _value(text, "Wednesday", date(2025, 11, 14)) == "2025-11-19"
