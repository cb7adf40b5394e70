from __future__ import annotations

from datetime import date

import pytest

from explorer.sources.dateline import find_dateline, parse_date_string


@pytest.mark.parametrize(
    ("text", "expected", "line"),
    [
        ("WASHINGTON, Sept. 23, 2016 (Reuters) - The US said...", date(2016, 9, 23), 1),
        ("BEIRUT, 23 September 2016 - Syrian forces...", date(2016, 9, 23), 1),
        ("NEW YORK (AP) — March 3, 2015 — Officials said", date(2015, 3, 3), 1),
        ("Truce talks\n\nPublished: 23 September 2016\n\nBody.", date(2016, 9, 23), 3),
        ("Updated 2016-09-23 10:00\nBody text.", date(2016, 9, 23), 1),
        ("Headline\nBy Jane Doe | March 3, 2015\nBody.", date(2015, 3, 3), 2),
        ("Friday 23 September 2016 10.32 BST\nBody", date(2016, 9, 23), 1),
        ("Posted on March 3rd, 2015 at 10:00 am", date(2015, 3, 3), 1),
        ("Last modified on Sat 24 Sep 2016 09.00 EDT", date(2016, 9, 24), 1),
    ],
)
def test_datelines_found(text: str, expected: date, line: int) -> None:
    found = find_dateline(text)
    assert found is not None
    assert found.date == expected
    assert found.line == line


@pytest.mark.parametrize(
    "text",
    [
        "On March 3, 2015, rebels took the city.",
        "The figure of 2016-09-23 was released by the ministry.",
        "In Aleppo, 23 September 2016 was a bad day",
        "Date: 2016-02-30",  # not a calendar date
        "Share\n\nUS, Russia fail to revive Syrian truce\n\nRebels have held the city since 2012.",
        "",
    ],
)
def test_no_dateline(text: str) -> None:
    assert find_dateline(text) is None


def test_only_first_lines_are_considered() -> None:
    text = "\n".join(f"Paragraph {i}." for i in range(6)) + "\nPublished: 23 September 2016"
    assert find_dateline(text) is None


def test_published_beats_updated() -> None:
    found = find_dateline("Updated: 2016-09-24\nPublished: 2016-09-23\nBody")
    assert found is not None and found.date == date(2016, 9, 23)


def test_huge_first_line_is_cheap() -> None:
    assert find_dateline("x" * 5_000_000 + "\nPublished: 2016-09-23") is None


def test_parse_date_string() -> None:
    assert parse_date_string("2016-09-23T10:00:00Z") == date(2016, 9, 23)
    assert parse_date_string("23 Sept 2016") == date(2016, 9, 23)
    assert parse_date_string("Sept. 23, 2016") == date(2016, 9, 23)
    assert parse_date_string("2016-13-01") is None
    assert parse_date_string("soon") is None
