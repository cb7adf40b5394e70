"""Behaviour of the time-expression engine: detection, TIMEX3 values, news anchoring."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from explorer.model import Precision, Timex, TimexType
from explorer.parse.segment import segment
from explorer.parse.timex import find_timexes

FRI = date(2016, 9, 23)  # a Friday
SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_24064f7563997bfd.txt"


def timexes(text: str, published: date = FRI) -> tuple[Timex, ...]:
    return find_timexes(text, published, segment(text).sentences)


def one(text: str, surface: str, published: date = FRI) -> Timex:
    found = [t for t in timexes(text, published) if t.text == surface]
    assert found, f"{surface!r} not found in {[t.text for t in timexes(text, published)]}"
    return found[0]


def values(text: str, published: date = FRI) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in timexes(text, published)]


# -- weekdays -------------------------------------------------------------------------


def test_weekday_in_past_sentence_is_on_or_before_publication() -> None:
    assert one("The envoys met on Tuesday.", "Tuesday").value == "2016-09-20"
    assert one("The envoys met on Friday.", "Friday").value == "2016-09-23"


def test_weekday_in_future_sentence_is_on_or_after_publication() -> None:
    assert one("The envoys will meet on Tuesday.", "Tuesday").value == "2016-09-27"
    assert one("The vote is due to take place on Monday.", "Monday").value == "2016-09-26"


def test_last_and_next_weekday_skip_publication_day() -> None:
    assert one("He spoke last Friday.", "last Friday").value == "2016-09-16"
    assert one("He speaks next Friday.", "next Friday").value == "2016-09-30"


def test_weekday_explanation_names_the_rule() -> None:
    t = one("The envoys met on Tuesday.", "Tuesday")
    assert "Tue 20 Sep 2016" in t.explanation
    assert "on or before publication" in t.explanation


def test_weekday_part_of_day_is_a_time_with_part_of_day_range() -> None:
    t = one("Strikes hit the city on Friday morning.", "Friday morning")
    assert (t.type, t.value) == (TimexType.TIME, "2016-09-23TMO")
    assert t.range is not None
    assert t.range.precision == Precision.PART_OF_DAY and t.range.part_of_day == "MO"


def test_possessive_weekday_with_curly_apostrophe() -> None:
    t = one("Wednesday’s toll was higher.", "Wednesday")
    assert t.value == "2016-09-21"
    assert one("Wednesday's toll was higher.", "Wednesday").value == "2016-09-21"


# -- relative days, weeks, months, years ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("It rained yesterday.", "yesterday", "2016-09-22"),
        ("It rains today.", "today", "2016-09-23"),
        ("It will rain tomorrow.", "tomorrow", "2016-09-24"),
        ("They met last week.", "last week", "2016-W37"),
        ("They meet next week.", "next week", "2016-W39"),
        ("Prices fell last month.", "last month", "2016-08"),
        ("Prices fell last year.", "last year", "2015"),
        ("Prices will rise next year.", "next year", "2017"),
        ("It opened earlier this month.", "earlier this month", "2016-09"),
        ("It left two days ago.", "two days ago", "2016-09-21"),
        ("The ban ended three years ago.", "three years ago", "2013"),
    ],
)
def test_relative_expressions(text: str, surface: str, value: str) -> None:
    assert one(text, surface).value == value


def test_early_next_year_carries_start_mod() -> None:
    t = one("Talks resume early next year.", "early next year")
    assert (t.value, t.mod) == ("2017", "START")


def test_earlier_and_later_anchor_on_last_date_mentioned() -> None:
    text = "The deal was signed on Sept. 5. Two days later, it collapsed."
    assert one(text, "Two days later").value == "2016-09-07"


def test_tonight_is_night_of_publication() -> None:
    assert one("He speaks tonight.", "tonight").value == "2016-09-23TNI"


# -- month-days and months --------------------------------------------------------------


def test_month_day_takes_publication_year() -> None:
    assert one("The truce went into effect September 12.", "September 12").value == "2016-09-12"


def test_past_month_day_after_publication_moves_to_previous_year() -> None:
    pub = date(2017, 1, 5)
    assert one("The truce went into effect December 20.", "December 20", pub).value == "2016-12-20"


def test_future_month_day_before_publication_moves_to_next_year() -> None:
    pub = date(2016, 12, 20)
    assert one("The talks will open on January 10.", "January 10", pub).value == "2017-01-10"


def test_month_alone_is_shifted_by_tense() -> None:
    pub = date(2017, 2, 1)
    assert one("Fighting broke out in November.", "November", pub).value == "2016-11"
    assert (
        one("Elections will be held in January.", "January", date(2016, 11, 1)).value == "2017-01"
    )


def test_full_dates_and_abbreviations() -> None:
    assert one("It happened on Aug. 7, 1998, in Nairobi.", "Aug. 7, 1998").value == "1998-08-07"
    assert one("It ended on 12 September 2016.", "12 September 2016").value == "2016-09-12"
    assert one("Sales rose in July 1997.", "July 1997").value == "1997-07"


# -- years, decades, quarters, since ----------------------------------------------------


def test_since_year_is_an_open_range_up_to_publication() -> None:
    t = one("Rebels have held the city since 2012.", "2012")
    assert t.value == "2012" and t.range is not None
    assert t.range.open_end
    assert t.range.start == datetime(2012, 1, 1)
    assert t.range.end == datetime(2016, 9, 24)
    assert "since" in t.explanation


def test_year_without_since_is_a_closed_year() -> None:
    t = one("The war began in 2011.", "2011")
    assert t.range is not None and not t.range.open_end
    assert t.range.end == datetime(2012, 1, 1)


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Prices soared in the 1990s.", "the 1990s", "199"),
        ("Prices soared in the mid-1990s.", "the mid-1990s", "199"),
        ("Profit rose in the third quarter.", "the third quarter", "2016-Q3"),
        ("Profit rose in fiscal 1998.", "fiscal 1998", "1998"),
        ("It was built in late 1997.", "late 1997", "1997"),
        ("They met in the fall of 1998.", "the fall of 1998", "1998-FA"),
    ],
)
def test_years_decades_quarters(text: str, surface: str, value: str) -> None:
    assert one(text, surface).value == value


def test_year_range_gives_two_years() -> None:
    assert [v for _, v in values("The drought of 1998-1999 was long.")] == ["1998", "1999"]


# -- durations --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("After three days of talks.", "three days", "P3D"),
        ("It took a week.", "a week", "P1W"),
        ("In the last twenty four hours, stocks fell.", "the last twenty four hours", "PT24H"),
        ("It was a twenty-four hour strike.", "twenty-four hour", "PT24H"),
        ("He served 10 years in jail.", "10 years", "P10Y"),
        ("Stocks hit a five year low.", "five year", "P5Y"),
        ("They waited for several months.", "several months", "PXM"),
    ],
)
def test_durations(text: str, surface: str, value: str) -> None:
    t = one(text, surface)
    assert (t.type, t.value) == (TimexType.DURATION, value)


def test_unanchored_duration_has_no_calendar_range() -> None:
    assert one("After three days of talks.", "three days").range is None


def test_the_past_three_years_is_anchored_to_publication() -> None:
    t = one("Prices rose over the past three years.", "the past three years")
    assert (t.type, t.value) == (TimexType.DURATION, "P3Y")
    assert t.range is not None and t.range.start == datetime(2013, 9, 23)


def test_age_of_war_gives_approximate_start() -> None:
    t = one("It prolonged the five-and-a-half year old war.", "five-and-a-half year")
    # TimeML writes the half year in months
    assert (t.type, t.value) == (TimexType.DURATION, "P5Y6M")
    assert t.range is not None and t.range.approximate
    assert (t.range.start.year, t.range.start.month) == (2011, 3)
    assert "Mar 2011" in t.explanation


def test_person_age_is_not_a_duration() -> None:
    assert values("The 6-year-old boy was rescued.") == []


# -- times, sets, vague references ---------------------------------------------------------


def test_clock_times() -> None:
    assert one("The blast came at 10:30 a.m. on Friday.", "10:30 a.m.").value == "2016-09-23T10:30"
    assert one("They met at noon.", "noon").value == "2016-09-23T12:00"
    assert one("The curfew starts at midnight.", "midnight").type is TimexType.TIME


def test_sets_and_vague_references() -> None:
    assert one("Convoys cross daily.", "daily").type is TimexType.SET
    assert one("He is now in Geneva.", "now").value == "PRESENT_REF"


# -- false friends ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We may go home.",
        "The protesters will March on the capital.",
        "They joined a march to the square.",
        "She came second in the race.",
        "The Sun reported the story.",
        "Prices may fall further.",
        "Mar Thoma church held a service.",
        "It won a quarter of the vote.",
    ],
)
def test_words_that_only_look_like_dates(text: str) -> None:
    assert values(text) == []


def test_may_as_a_month_is_found() -> None:
    assert one("The vote was held in May.", "May").value == "2016-05"
    assert one("The vote was held on May 5.", "May 5").value == "2016-05-05"


# -- robustness -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "the year 99999",
        "February 30",
        "0000-00-00",
        "in 10,000 years",
        "10,000 years ago",
        "on February 30, 2016",
        "99999999999999999999 days ago",
        "the 20th century and the 9990s",
    ],
)
def test_odd_input_never_raises(text: str) -> None:
    for t in timexes(text):
        assert text[t.start : t.end] == t.text
        assert t.explanation


def test_impossible_day_is_kept_without_range() -> None:
    t = one("It happened on February 30, 2016.", "February 30, 2016")
    assert t.range is None and "no such day" in t.explanation


def test_extreme_publication_dates() -> None:
    for pub in (date(1, 1, 1), date(9999, 12, 31)):
        found = timexes("Yesterday, last year, next week and Friday, three days ago.", pub)
        assert found


# -- the seed article -------------------------------------------------------------------


def _seed(published: date) -> dict[str, list[Timex]]:
    text = SEED.read_text(encoding="utf-8")
    out: dict[str, list[Timex]] = {}
    for t in timexes(text, published):
        out.setdefault(t.text, []).append(t)
    return out


def test_seed_article_published_2016_09_23() -> None:
    found = _seed(date(2016, 9, 23))
    since = found["2012"][0]
    assert since.range is not None and since.range.open_end
    assert found["September 12"][0].value == "2016-09-12"
    assert found["Saturday"][0].value == "2016-09-17"
    assert found["Wednesday"][0].value == "2016-09-21"
    assert [t.value for t in found["Thursday"]] == ["2016-09-22", "2016-09-22"]
    assert found["Friday morning"][0].value == "2016-09-23TMO"
    assert found["three days"][0].type is TimexType.DURATION
    assert found["a week"][0].type is TimexType.DURATION
    war = found["five-and-a-half year"][0]
    assert war.type is TimexType.DURATION and war.range is not None
    assert war.range.approximate and war.range.start.year == 2011


def test_seed_article_published_2017_03_01() -> None:
    found = _seed(date(2017, 3, 1))
    assert found["September 12"][0].value == "2016-09-12"
    assert found["Saturday"][0].value == "2017-02-25"
    assert found["Wednesday"][0].value == "2017-03-01"
    assert [t.value for t in found["Thursday"]] == ["2017-02-23", "2017-02-23"]
    assert found["Friday morning"][0].value == "2017-02-24TMO"
    since = found["2012"][0]
    assert since.range is not None and since.range.end == datetime(2017, 3, 2)
    war = found["five-and-a-half year"][0]
    assert war.range is not None and (war.range.start.year, war.range.start.month) == (2011, 9)
