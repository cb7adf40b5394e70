"""Time expressions from QA round 2 (obituary, feature with flashbacks, match report,
merger, Mars mission), plus invented variants of each construction: anaphoric
"N years later" / "the following spring", football halves, past months and weekdays
in business copy, years that are names, comparisons with "later than".

Each sentence is judged as a reader would read it against the publication date.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.model import Timex
from explorer.parse.segment import segment
from explorer.parse.timex import find_timexes

NOV24 = date(2026, 11, 24)  # a Tuesday
OCT12 = date(2025, 10, 12)  # a Sunday
MAR13 = date(2026, 3, 13)  # a Friday
SEP21 = date(2026, 9, 21)  # a Monday
FEB4 = date(2026, 2, 4)  # a Wednesday


def timexes(text: str, published: date) -> tuple[Timex, ...]:
    return find_timexes(text, published, segment(text).sentences)


def value(text: str, surface: str, published: date) -> str:
    found = [t for t in timexes(text, published) if t.text == surface]
    assert found, f"{surface!r} not in {[t.text for t in timexes(text, published)]}"
    return found[0].value


# -- anaphoric expressions count from the date just mentioned ---------------------------


@pytest.mark.parametrize(
    ("text", "surface", "published", "expected"),
    [
        (
            "In 1995, she moved to Stockholm. She was elected to the Royal Swedish Academy "
            "of Sciences two years later.",
            "two years later",
            NOV24,
            "1997",
        ),
        (
            "In June 2022, the river rose in a single night. Three years later, the town has "
            "rebuilt much of what it lost.",
            "Three years later",
            OCT12,
            "2025",
        ),
        (
            "The storm hit in June 2022. Three years later, it was rebuilt.",
            "Three years later",
            FEB4,
            "2025",
        ),
        ("The mill opened in 1931. A decade later it burned down.", "A decade later", FEB4, "1941"),
        (
            "He retired in 2004. Two years earlier, he had sold the farm.",
            "Two years earlier",
            FEB4,
            "2002",
        ),
        (
            "The 2022 flood took everything. Her son left for Dubai the following spring.",
            "the following spring",
            OCT12,
            "2023-SP",
        ),
        (
            "The 2022 flood took everything. That summer, after the water receded, she returned.",
            "That summer",
            OCT12,
            "2022-SU",
        ),
        (
            "The plant closed in March 2019. The previous autumn, workers had struck.",
            "The previous autumn",
            OCT12,
            "2018-FA",
        ),
        (
            "In 2010 he joined the firm. The next year he was promoted.",
            "The next year",
            OCT12,
            "2011",
        ),
        (
            "The dam was finished in 1968. The following winter it cracked.",
            "The following winter",
            OCT12,
            "1968-WI",
        ),
    ],
)
def test_anaphoric_counts_from_last_date(
    text: str, surface: str, published: date, expected: str
) -> None:
    assert value(text, surface, published) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # without an anaphoric marker, publication stays the anchor
        ("In 2010 he joined the firm. Next week he retires.", "Next week", "2026-W12"),
        ("In 2010 he joined the firm. Last year he retired.", "Last year", "2025"),
        ("In 2010 he joined the firm. Two years ago he retired.", "Two years ago", "2024"),
        ("In 2010 he joined the firm. Next summer he retires.", "Next summer", "2026-SU"),
    ],
)
def test_deictic_stays_relative_to_publication(text: str, surface: str, expected: str) -> None:
    assert value(text, surface, MAR13) == expected


def test_over_the_next_year_is_a_stretch_from_publication() -> None:
    text = "Sales fell in 2019. The firm expects to hire 500 people over the next year."
    assert value(text, "the next year", MAR13) == "P1Y"


def test_later_than_planned_is_a_comparison_not_a_date() -> None:
    text = "The samples would not reach Earth before 2035, two years later than planned."
    found = timexes(text, FEB4)
    assert [t.value for t in found if t.type.value == "DATE"] == ["2035"]
    assert "2037" not in [t.value for t in found] and "2028" not in [t.value for t in found]


# -- a half of a match is no half-year ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "River had dominated the first half and went ahead in the 27th minute.",
        "Flares were thrown onto the pitch in the second half.",
        "Boca equalised early in the second half through a header.",
        "The visitors were the better side in the first half, but the hosts won the game.",
    ],
)
def test_match_halves_are_not_dates(text: str) -> None:
    assert [t.value for t in timexes(text, SEP21) if "-H" in t.value] == []


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Profit rose in the first half of 2025.", "the first half of 2025", "2025-H1"),
        (
            "Sales will improve in the second half of the year.",
            "the second half of the year",
            "2026-H2",
        ),
        ("First-half profit rose 5%.", "First-half", "2026-H1"),
        ("Sales fell in the first half, the company said.", "the first half", "2026-H1"),
    ],
)
def test_half_years_with_a_year_or_business_context(text: str, surface: str, expected: str) -> None:
    assert value(text, surface, SEP21) == expected


# -- a past month or weekday in business copy ------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (
            "He said he had resisted several approaches before agreeing to talks in May.",
            "May",
            "2025-05",
        ),
        ("The board had rejected the offer before accepting it in April.", "April", "2025-04"),
        (
            "Kestrel will pay 4,200 yen a share, a premium of 38% to Hoshida’s closing price "
            "on Wednesday, the companies said.",
            "Wednesday",
            "2026-03-11",
        ),
        ("The offer is 20% above the stock's close on Tuesday.", "Tuesday", "2026-03-10"),
        # without a past perfect, a month just ahead in a past sentence is still to come
        ("The company agreed to buy the unit, closing in May.", "May", "2026-05"),
        ("The two leaders will meet on Wednesday.", "Wednesday", "2026-03-18"),
    ],
)
def test_past_month_and_weekday(text: str, surface: str, expected: str) -> None:
    assert value(text, surface, MAR13) == expected


# -- a year inside a name is no date ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "“Vision 2030 needs a quiet neighbourhood,” she said.",
        "The plan is part of the African Union’s Agenda 2063.",
        "Organisers of Expo 2030 said the site was ready.",
    ],
)
def test_year_in_a_name_is_not_a_date(text: str) -> None:
    assert [t.text for t in timexes(text, FEB4) if t.type.value == "DATE"] == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("In 2030, the plan ends.", "2030"),
        ("The 2022 flood took everything.", "2022"),
        ("“We will run out of money in 2031,” she said.", "2031"),
        ("Unlike 2019, the harvest was good.", "2019"),
    ],
)
def test_year_after_a_function_word_stays_a_date(text: str, surface: str) -> None:
    assert value(text, surface, FEB4) == surface


def test_dawn_in_a_flashback_is_no_publication_day() -> None:
    text = (
        "In June 2022, she woke to find the river in her kitchen, and by dawn the market "
        "was gone. Three years later, the town has rebuilt much of what it lost."
    )
    found = {t.text: t.value for t in timexes(text, OCT12)}
    assert "dawn" not in found
    assert found["Three years later"] == "2025"
