"""Time expressions from session 17's probe stories (a basketball game report, a disaster
anniversary, quarterly results): invented sentences for each general rule."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.parse.segment import segment
from explorer.parse.timex import find_timexes

FRI_DEC = date(2024, 12, 20)  # a Friday, eleven days before the year ends
SUN_DEC = date(2024, 12, 29)  # a Sunday
WED_DEC = date(2026, 12, 9)  # a Wednesday


def found(text: str, published: date) -> list[tuple[str, str]]:
    """(text, value) of each time expression."""
    return [(t.text, t.value) for t in find_timexes(text, published, segment(text).sentences)]


GAME = (
    "The Hawks beat the Nets 101-99 in overtime on Tuesday. Atlanta trailed by nine at halftime. "
)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a quarter of a game is no quarter of the year: a match word in its sentence, or
        # two different game words in the story
        ("Brooklyn led by 12 early in the fourth quarter but lost the game.", WED_DEC, []),
        (
            GAME + "The Nets led by 12 early in the fourth quarter.",
            WED_DEC,
            [("Tuesday", "2026-12-08")],
        ),
        ("He scored 14 points in the third quarter.", WED_DEC, []),
        # a quarter of results stays one, in a game report too (a word of money)
        (
            GAME + "The league's revenue rose 8% in the fourth quarter.",
            WED_DEC,
            [("Tuesday", "2026-12-08"), ("the fourth quarter", "2026-Q4")],
        ),
        # one game word alone is no game: "overtime" may be pay
        (
            "Workers were paid overtime. Output slowed in the third quarter.",
            WED_DEC,
            [("the third quarter", "2026-Q3")],
        ),
    ],
)
def test_quarters_of_a_game(text: str, published: date, expected: list[tuple[str, str]]) -> None:
    got = [x for x in found(text, published) if x[0] != "overtime"]
    assert [x for x in got if x[0] not in ("halftime",)] == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "since" a month-day: a start already past, whatever the sentence's tense
        ("He has lived in a school gym since Jan. 1.", FRI_DEC, [("Jan. 1", "2024-01-01")]),
        (
            "She has slept in her car since the night of Jan. 2.",
            FRI_DEC,
            [("Jan. 2", "2024-01-02")],
        ),
        # a compared figure's month or day was measured then: the last such one
        (
            "It closed at $77 on Thursday, down from a high of $123 in January.",
            FRI_DEC,
            [("Thursday", "2024-12-19"), ("January", "2024-01")],
        ),
        ("Shares are down from a record high in January.", FRI_DEC, [("January", "2024-01")]),
        ("Claims are down from 240,000 on Jan. 3.", FRI_DEC, [("Jan. 3", "2024-01-03")]),
        # ... but a deal's month after "from" a seller is still the coming one
        (
            "The firm agreed to buy the unit from Siemens in January.",
            FRI_DEC,
            [("January", "2025-01")],
        ),
        # ... and a forecast's path stays ahead
        (
            "Prices will rise from $80 in January to $95 by March.",
            FRI_DEC,
            [("January", "2025-01"), ("March", "2025-03")],
        ),
    ],
)
def test_points_already_past(text: str, published: date, expected: list[tuple[str, str]]) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # counting back from a day to come that reaches the past: from that day
        (
            "Residents will hold a memorial on Wednesday, the day the quake struck a year earlier.",
            SUN_DEC,
            [("Wednesday", "2025-01-01"), ("a year earlier", "2024")],
        ),
        # ... but what was said "two days earlier" than a deadline still ahead is counted
        # from publication
        (
            "The court has until Jan. 15 to rule. Lawyers had asked for a delay two days earlier.",
            SUN_DEC,
            [("Jan. 15", "2025-01-15"), ("two days earlier", "2024-12-27")],
        ),
    ],
)
def test_back_from_a_day_to_come(
    text: str, published: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, published) == expected


def test_a_whose_clause_does_not_give_the_sentence_its_tense() -> None:
    # "ends" in the relative clause is the fiscal year's, not the forecast's: Thursday is
    # the one before publication (was the next one, read as future)
    text = "Nike, whose fiscal year ends in May, forecast a drop in sales on Thursday."
    assert ("Thursday", "2024-12-19") in found(text, FRI_DEC)
    text = "The governor, whose term ends in January, will sign the bill on Thursday."
    assert ("Thursday", "2024-12-26") in found(text, FRI_DEC)


def test_a_nouns_year_does_not_date_the_sentence() -> None:
    # "budget for next year" is the budget's year; the approval is by this Dec. 15
    text = "The city's budget for next year, due to be approved by Dec. 15, is the first test."
    assert ("Dec. 15", "2024-12-15") in found(text, date(2024, 10, 28))
    # ... but "scheduled for next year" is when the fair is
    text = "The fair is scheduled for next year, on Nov. 28."
    assert ("Nov. 28", "2025-11-28") in found(text, date(2024, 12, 10))


SUN_JAN = date(2025, 1, 26)  # a Sunday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "could" right after the day looks ahead; after "that ..." or negated it does not
        ("Lows on Saturday could drop to minus 5.", ("Saturday", "2025-02-01")),
        ("Officials on Friday could not say how many had died.", ("Friday", "2025-01-24")),
        # advice is for later: "urged residents to stay off the roads from midnight Tuesday"
        (
            "The governor urged residents to stay off the roads from midnight Tuesday.",
            ("midnight Tuesday", "2025-01-28T24:00"),
        ),
        # "over the weekend" after a weekday to come is the weekend after it
        (
            "Snow will taper off by Thursday evening, with frigid air over the weekend.",
            ("the weekend", "2025-W05-WE"),
        ),
    ],
)
def test_forecasts_told_on_a_sunday(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text, SUN_JAN)


FRI_NOV = date(2024, 11, 29)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the following year" counts from the year its own sentence named, even in an aside
        (
            "She joined in 1961. Her series, published in 1963, won a prize the following year.",
            ("the following year", "1964"),
        ),
        # "that June" is June of the period named last
        (
            "She fled in the spring of 1953, weeks before the uprising that June.",
            ("that June", "1953-06"),
        ),
        ("He left in 1990. The war began that August.", ("that August", "1990-08")),
        # "1961, the year the wall went up": the year in apposition
        ("She joined Stern in 1961, the year the wall went up.", ("the year", "1961")),
    ],
)
def test_a_life_told_in_years(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text, FRI_NOV)


def test_what_happened_does_not_follow_a_day_still_to_come() -> None:
    # the vigil (told in the past) followed the killing, not the court date ahead
    text = (
        "He was shot on Nov. 30. A suspect was arrested on Tuesday and is due in court on "
        "Jan. 6. Hundreds attended a vigil the following weekend."
    )
    assert ("the following weekend", "2024-W49-WE") in found(text, FRI_DEC)
    # ... told of the future, it still follows the day to come
    text = "He is due in court on Jan. 6. A vigil will be held the following weekend."
    assert ("the following weekend", "2025-W02-WE") in found(text, FRI_DEC)


def test_a_holidays_year_in_the_clause_after_it() -> None:
    text = "Easter, which comes late next year, is drawing demand."
    assert ("Easter", "2025-04-20") in found(text, date(2024, 12, 10))


def test_two_weekdays_by_one_holiday() -> None:
    text = "The busiest days will be the Friday and Sunday before Christmas."
    got = found(text, date(2024, 12, 10))
    assert ("the Friday", "2024-12-20") in got
    assert ("Sunday before Christmas", "2024-12-22") in got
    text = "Stores open late on the Friday or Saturday after Thanksgiving."
    assert ("Saturday after Thanksgiving", "2024-11-30") in found(text, date(2024, 11, 20))


def test_the_weekday_nearest_a_day() -> None:
    # 2025-06-30 is a Monday: the nearest Friday is June 27
    text = "The vote will be held on the Friday nearest June 30."
    assert found(text, date(2025, 1, 15)) == [("the Friday nearest June 30", "2025-06-27")]
    # a fiscal year's end is every year's, on no timeline (was the coming Saturday)
    text = "Its fiscal year ends on the Saturday closest to Jan. 31."
    assert [v for _, v in found(text, date(2025, 1, 15))] == ["XXXX-02-01"]


def test_a_start_told_in_the_past() -> None:
    # "took effect on Jan. 1", told in December: this year's Jan. 1 (was next year's, as
    # a day a few weeks ahead)
    text = "The 22% quota, which took effect on Jan. 1, rises next year."
    assert ("Jan. 1", "2024-01-01") in found(text, date(2024, 12, 17))
    text = "The new president took office on Jan. 20."
    assert ("Jan. 20", "2024-01-20") in found(text, date(2024, 12, 17))


@pytest.mark.parametrize(
    "text",
    [
        "Martin Luther King Day rallies drew thousands.",
        "Rallies on Martin Luther King Jr. Day drew thousands.",
        "On MLK Day, rallies drew thousands.",
    ],
)
def test_martin_luther_king_day(text: str) -> None:
    # the third Monday of January (was not found: "MLK Day" was listed, but not as written)
    assert [v for _, v in found(text, date(2024, 12, 4))] == ["2024-01-15"]


def test_a_fiscal_quarter_by_the_month_it_begins() -> None:
    # "which begins in February", told in December: February to April, 2026-Q1 (was the
    # calendar third quarter gone)
    text = "It expects revenue from the chip in its fiscal third quarter, which begins in February."
    assert ("fiscal third quarter", "2026-Q1") in found(text, date(2025, 12, 5))


def test_last_after_and_joined_to_a_verb_to_come() -> None:
    # "due to begin on Sunday and last six weeks": "last" is the verb, a length alone
    text = "The first phase is due to begin on Sunday and last six weeks."
    assert ("six weeks", "P6W") in found(text, date(2025, 1, 16))
    # ... but not after a comma's new clause: "and last six weeks were bad" looks back
    text = "Prices will rise, he said, and last six weeks were bad."
    assert ("last six weeks", "P6W") in found(text, date(2025, 1, 16))


MON_DEC = date(2026, 12, 7)  # a Monday


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a notice in the present with "from" is of days to come
        ("Hotels in the city are fully booked from Thursday.", "2026-12-10"),
        ("Tickets go on sale from Thursday.", "2026-12-10"),
        # ... not a past, nor "since"
        ("Tickets went on sale on Thursday.", "2026-12-03"),
        ("The museum has been closed since Thursday.", "2026-12-03"),
    ],
)
def test_notices_from_a_weekday(text: str, value: str) -> None:
    assert [v for _, v in found(text, MON_DEC)] == [value]
