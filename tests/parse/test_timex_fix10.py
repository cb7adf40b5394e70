"""Time expressions fixed after QA round 10 (tests/fixtures/dates_unseen10/FINDINGS.md,
items 11-15): invented sentences for each general rule."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.labels import date_label
from explorer.parse.segment import segment
from explorer.parse.timex import find_timexes

TUE = date(2026, 11, 24)  # a Tuesday


def found(text: str, published: date = TUE) -> list[tuple[str, str]]:
    """(text, value) of each time expression."""
    return [(t.text, t.value) for t in find_timexes(text, published, segment(text).sentences)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # whole weeks from a day named land on a day, as "two days later" does
        ("The bridge reopened on June 2. A week later, traffic was back.",
         [("June 2", "2026-06-02"), ("A week later", "2026-06-09")]),
        ("He was hurt on Friday. Two weeks later he played again.",
         [("Friday", "2026-11-20"), ("Two weeks later", "2026-12-04")]),
        ("The vote is on March 3. A week later the count ends.",
         [("March 3", "2027-03-03"), ("A week later", "2027-03-10")]),
        ("The deal closed on Aug. 14. Three weeks earlier, talks had stalled.",
         [("Aug. 14", "2026-08-14"), ("Three weeks earlier", "2026-07-24")]),
        # the next offset counts from that day in turn
        ("The deal closed on Aug. 14. A week later it fell apart, and a day later he quit.",
         [("Aug. 14", "2026-08-14"), ("A week later", "2026-08-21"),
          ("a day later", "2026-08-22")]),
        # after a month, or with nothing named, it stays about the month or the week
        ("They met in September. A week later, they married.",
         [("September", "2026-09"), ("A week later", "2026-09")]),
        ("A week later, the talks resumed.", [("A week later", "2026-W49")]),
    ],
)  # fmt: skip
def test_weeks_after_a_named_day_are_a_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


MAR = date(2027, 3, 2)  # in the second half of a season that began in the summer of 2026


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a season of a sport spans two years from the summer; valued by its first year
        ("Last season the team finished third.", TUE, [("Last season", "2025")]),
        ("This season's top scorer has 14 goals.", TUE, [("This season", "2026")]),
        ("Tickets for next season go on sale soon.", TUE, [("next season", "2027")]),
        ("Last season the team finished third.", MAR, [("Last season", "2025")]),
        ("He wants to stay for the coming season.", MAR, [("the coming season", "2027")]),
        ("The 2024-25 season was his best.", TUE, [("The 2024-25 season", "2024")]),
        ("He scored 30 goals in the 1999/2000 season.", TUE,
         [("the 1999/2000 season", "1999")]),
        # a final season, or one of a show, is no date
        ("It will be his last season at the club.", TUE, []),
        ("The last season of the show aired in May.", TUE, [("May", "2026-05")]),
    ],
)  # fmt: skip
def test_a_season_of_a_sport(text: str, published: date, expected: list[tuple[str, str]]) -> None:
    assert found(text, published) == expected


def test_a_season_spans_two_years_on_the_timeline() -> None:
    (t,) = find_timexes(
        "Next season starts soon.", TUE, segment("Next season starts soon.").sentences
    )
    assert t.range is not None
    assert date_label(t.range) == "≈ 2027–2028"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day opening a sentence after "After", "From", "Starting" in the present is to come
        ('"After Thursday the offer goes back to the bank," she said.',
         [("Thursday", "2026-11-26")]),
        ("From Monday, the bridge carries only buses, the city said.",
         [("Monday", "2026-11-30")]),
        ("Starting Friday, the museum opens at weekends only.", [("Friday", "2026-11-27")]),
        # a past in its own clause, a possessive or a range keep the day gone
        ("After Friday, the team went home, he said.", [("Friday", "2026-11-20")]),
        ("After Friday's storm, the town cleans up, officials said.",
         [("Friday", "2026-11-20")]),
        ("After Friday the ferry stopped running.", [("Friday", "2026-11-20")]),
        # ... and a weekday not opening its sentence is read as before
        ("She said the offer goes back to the bank after Friday.", [("Friday", "2026-11-20")]),
    ],
)  # fmt: skip
def test_a_present_after_an_opening_day_is_to_come(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekend entered ("for the weekend") before a clause still to come: the coming one
        ("The jury was sent home for the weekend and will resume deliberations on Monday.",
         [("the weekend", "2026-W48-WE"), ("Monday", "2026-11-30")]),
        ("Talks broke off for the weekend and are due to resume on Monday.",
         [("the weekend", "2026-W48-WE"), ("Monday", "2026-11-30")]),
        # what happened over it, or a weekend with no clause to come, is the one gone
        ("Protests grew over the weekend and will continue on Monday.",
         [("the weekend", "2026-W47-WE"), ("Monday", "2026-11-30")]),
        ("The museum closed for the weekend and reopened on Monday.",
         [("the weekend", "2026-W47-WE"), ("Monday", "2026-11-23")]),
    ],
)  # fmt: skip
def test_a_weekend_before_a_clause_to_come(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fiscal half the story gives the months of is those months
        ("In the first half of the fiscal year, the six months to Sept. 30, profit fell.",
         [("the first half of the fiscal year", "2026-04"), ("the six months", "P6M"),
          ("Sept. 30", "2026-09-30")]),
        # ... a calendar half when they are one
        ("In the second half of its fiscal year, the six months ended June 30, sales rose.",
         [("the second half of its fiscal year", "2026-H1"), ("the six months", "P6M"),
          ("June 30", "2026-06-30")]),
        # the year so far
        ("Year-to-date sales are up 4%.", [("Year-to-date", "2026")]),
        ("Shares have lost 12% year to date.", [("year to date", "2026")]),
    ],
)  # fmt: skip
def test_fiscal_halves_and_the_year_so_far(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_a_fiscal_half_spans_its_months_on_the_timeline() -> None:
    text = "In the first half of the fiscal year, the six months to Sept. 30, profit fell."
    t = find_timexes(text, TUE, segment(text).sentences)[0]
    assert t.range is not None
    assert date_label(t.range) == "≈ Apr–Sep 2026"
