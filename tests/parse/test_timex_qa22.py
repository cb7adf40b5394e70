"""Time expressions from QA round 22 (tests/fixtures/dates_unseen22/FINDINGS.md): invented
sentences for each general rule fixed that round."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.parse.segment import segment
from explorer.parse.timex import find_timexes

SUN_AUG = date(2026, 8, 30)  # a Sunday, the day before a month's last
TUE_FEB = date(2027, 2, 9)  # a Tuesday
THU_APR = date(2026, 4, 9)  # a Thursday, early in a quarter
WED_DEC = date(2026, 12, 30)  # a Wednesday, the year's last but one


def found(text: str, published: date) -> list[tuple[str, str]]:
    """(text, value) of each time expression."""
    return [(t.text, t.value) for t in find_timexes(text, published, segment(text).sentences)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count before the plural noun is no schedule's verb: the day gone
        ("The systems handled 3.1 million returns on Monday alone.", [("Monday", "2026-04-06")]),
        ("He scored 212 runs on Friday.", [("Friday", "2026-04-03")]),
        ("Clerks processed 40 tax returns on Monday.", [("Monday", "2026-04-06")]),
        # still a schedule: the verb after its subject
        ("Question Time returns on Wednesday.", [("Wednesday", "2026-04-15")]),
        ("The festival runs Thursday to Sunday.", [("Thursday", "2026-04-09"),
                                                    ("Sunday", "2026-04-12")]),
    ],
)  # fmt: skip
def test_a_plural_noun_after_a_count_is_no_schedule(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, THU_APR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what shuts, closes or ends after "before" in the present is still to come, past
        # narration around it or not
        ("Talks went on, with two days left before the summer transfer window shuts on "
         "Monday at 11pm.",
         [("two days", "P2D"), ("the summer", "2026-SU"), ("Monday", "2026-08-31"),
          ("11pm", "2026-08-31T23:00")]),
        ("Traders rushed to sell before the market closes on Friday.",
         [("Friday", "2026-09-04")]),
        # a past verb stays past
        ("Talks ended before the market opened on Monday.", [("Monday", "2026-08-24")]),
    ],
)  # fmt: skip
def test_a_window_that_shuts_on_a_weekday_is_to_come(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, SUN_AUG) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a speaker described, then named at the sentence's end
        ('"We waited a long time for this," said his solicitor, Grace Sunday.', []),
        ("The plan is sound, according to the club's lawyer, Mia Friday.", []),
        # once the story named the person, the surname again is no day
        ("The club want to sell the winger Danny Friday, who fell out with the manager. "
         "Friday's agent said the player would wait.", []),
        ("Council member Ada Sunday backed the plan. Sunday said it was overdue.", []),
        # days: no name before, or the name never given
        ("The ministry said it would reply on Sunday.", [("Sunday", "2027-02-14")]),
        ("Officials met on Sunday. Friday's agenda was cut.", [("Sunday", "2027-02-07"),
                                                              ("Friday", "2027-02-05")]),
        ("He was elected on Sunday. The match is on Friday. Friday's game was cancelled.",
         [("Sunday", "2027-02-07"), ("Friday", "2027-02-12"), ("Friday", "2027-02-05")]),
    ],
)  # fmt: skip
def test_a_weekday_that_is_a_named_persons_surname_is_no_date(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, TUE_FEB) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "March" the verb, with its particle
        ('"We are not going to March into a season with a thin squad," he said.', []),
        ("Protesters will March past the palace.", []),
        # months: a range, after a preposition of time
        ("Prices rose from March into the summer.", [("March", "2026-03"),
                                                     ("the summer", "2026-SU")]),
        ("Rents rose in March into April.", [("March", "2026-03"), ("April", "2026-04")]),
    ],
)  # fmt: skip
def test_march_with_a_particle_is_the_verb(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, SUN_AUG) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title in quotes set off by commas: the verb after it is the main one, and its
        # year what "the following year" counts from
        ('Her son died in the winter of 1990. Her memoir, "A Second Life", appeared in 2009, '
         "when she was 71. It won a prize the following year.",
         [("the winter of 1990", "1990-WI"), ("2009", "2009"),
          ("the following year", "2010")]),
        # a participle aside still is one
        ("The plant was built in 1990. The rule, introduced in 2009, went unused. It was "
         "dropped the following year.",
         [("1990", "1990"), ("2009", "2009"), ("the following year", "1991")]),
    ],
)  # fmt: skip
def test_a_verb_after_a_quoted_title_is_the_main_verb(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, WED_DEC) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a season within a calendar year, no league in the story: this year's
        ("The filing season opened in January. Refunds have averaged $3,167 so far this "
         "season.", [("January", "2026-01"), ("this season", "2026")]),
        ("The hurricane season is busy. Six storms have formed this season.",
         [("this season", "2026")]),
        # a league's season spans two years
        ("The club has won 20 games this season.", [("this season", "2025")]),
        ("The league's tourist season crowds filled the club's ground this season.",
         [("this season", "2025")]),
    ],
)  # fmt: skip
def test_this_season_of_a_calendar_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, THU_APR) == expected


def test_the_next_day_counts_from_the_day_of_its_own_sentence() -> None:
    text = (
        "Figures released on Wednesday showed a rise. Any tax owed is still due on April 15, "
        "and interest runs from the next day."
    )
    assert found(text, THU_APR) == [
        ("Wednesday", "2026-04-08"),
        ("April 15", "2026-04-15"),
        ("the next day", "2026-04-16"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no quarter named before, its end still to come: the quarter under way
        ("The agency plans to hire 5,000 temporary staff before the end of the quarter.",
         [("the quarter", "2026-Q2")]),
        ("The firm hopes to close the deal by the end of the quarter.",
         [("the quarter", "2026-Q2")]),
        # past, or results: the last quarter
        ("The company sold its unit before the end of the quarter.",
         [("the quarter", "2026-Q1")]),
        ("Profit rose 5% in the quarter.", [("the quarter", "2026-Q1")]),
    ],
)  # fmt: skip
def test_the_end_of_the_quarter_still_to_come(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, THU_APR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the fiscal year that ended in September it opened 2,600 fraud cases.",
         [("the fiscal year", "2025"), ("September", "2025-09")]),
        ("In the year that ended in March, sales rose 4%.",
         [("the year", "2026"), ("March", "2026-03")]),
        # a day given: a length named by its last day, as before
        ("In the year that ended Sept. 30 it opened 2,600 cases.",
         [("the year", "P1Y"), ("Sept. 30", "2025-09-30")]),
    ],
)  # fmt: skip
def test_the_year_that_ended_in_a_month(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, THU_APR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The emails date from the spring of 2022. The auditors knew of the problems by the "
         "summer of that year.",
         [("the spring of 2022", "2022-SP"), ("the summer of that year", "2022-SU")]),
        ("He arrived in 2019 and left in the winter of the following year.",
         [("2019", "2019"), ("the winter of the following year", "2020-WI")]),
    ],
)  # fmt: skip
def test_a_season_of_that_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, TUE_FEB) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what is judged in the present to come before a feast: the coming one
        ("A ruling before the Easter vacation, which begins on April 1, is unlikely, lawyers "
         "said.", [("Easter", "2027-03-28"), ("April 1", "2027-04-01")]),
        ("A deal by Christmas is possible, officials said.", [("Christmas", "2027-12-25")]),
        # what came before it: the last one
        ("A ruling came before Easter, lawyers said.", [("Easter", "2026-04-05")]),
    ],
)  # fmt: skip
def test_an_outlook_before_a_feast_is_before_the_coming_one(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, TUE_FEB) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month-day said of with a past copula, a past year after it in its clause
        ("May 17 was the deadline in 2021, when the agency pushed it back.",
         [("May 17", "2021-05-17"), ("2021", "2021")]),
        ("The deadline was May 17 in 2021.", [("May 17", "2021-05-17"), ("2021", "2021")]),
        # the year of another clause or noun: not the day's
        ("He said on May 17 that prices in 2021 were higher.",
         [("May 17", "2026-05-17"), ("2021", "2021")]),
        ("The plant closed on March 3 and reopened in 2021.",
         [("March 3", "2026-03-03"), ("2021", "2021")]),
    ],
)  # fmt: skip
def test_a_past_year_after_a_month_day_said_of_with_a_copula(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, THU_APR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Sundays of Advent: the fourth Sunday before Christmas, and those after it
        ("The choir sang on the first Sunday of Advent.",
         [("the first Sunday of Advent", "2026-11-29")]),
        ("The market opens on the fourth Sunday of Advent.",
         [("the fourth Sunday of Advent", "2026-12-20")]),
        ("Markets will open on the first Sunday of Advent next year, Nov. 28.",
         [("the first Sunday of Advent next year", "2027-11-28"), ("Nov. 28", "2027-11-28")]),
        # a month's nth weekday with a year word after it
        ("The fair was on the second Sunday of May last year.",
         [("the second Sunday of May last year", "2025-05-11")]),
        # no fifth Sunday of Advent: no day
        ("They met on the fifth Sunday of Advent.", []),
    ],
)  # fmt: skip
def test_the_sundays_of_advent(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, date(2026, 12, 12)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "on the Tuesday" after "the week of <date>": that week's Tuesday
        ("The court set a hearing for the week of March 15. It will start at 10:30 a.m. on "
         "the Tuesday.",
         [("the week of March 15", "2027-W11"), ("10:30 a.m.", "2027-03-16T10:30"),
          ("Tuesday", "2027-03-16")]),
        # no "the": this week's
        ("The court set a hearing for the week of March 15. Lawyers met on Tuesday.",
         [("the week of March 15", "2027-W11"), ("Tuesday", "2027-02-09")]),
        # no week named: as before
        ("The court met on the Tuesday.", [("Tuesday", "2027-02-09")]),
    ],
)  # fmt: skip
def test_the_weekday_of_a_week_named_before(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, TUE_FEB) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the idiom: no time
        ('The player would "wait until the last minute", his agent said.', []),
        ("The EU was moving the goalposts at the last minute.", []),
        # a minute of something: a length
        ("He scored in the last minute of the game.", [("the last minute", "PT1M")]),
    ],
)  # fmt: skip
def test_the_last_minute_idiom_is_no_time(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, SUN_AUG) == expected
