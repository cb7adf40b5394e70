"""Time expressions from QA round 5: six articles nobody had run the engine on before
(tests/fixtures/dates_unseen5: a wire story, a feature with flashbacks, a match report, a
court story, an earnings story and a live blog), each read by hand. The tables pin what a
careful reader gives each expression; the words that only look like dates must stay words.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path

import pytest
from article_checks import date_table_tests, fixture_article

from explorer.labels import date_label
from explorer.model import Article, DatedBy
from explorer.parse.pipeline import ParsedArticle, parse_article
from explorer.parse.segment import segment
from explorer.parse.timex import find_timexes
from explorer.timeline import Undated, article_events

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "dates_unseen5"


def article(name: str) -> Article:
    return fixture_article(FIXTURES, name)


@cache
def parsed(name: str) -> ParsedArticle:
    return parse_article(article(name))


READINGS: dict[str, list[tuple[str, str]]] = {
    # Thursday 19 March 2026
    "mindoro_ferry": [
        ("March 19", "2026-03-19"),
        ("Thursday", "2026-03-19"),
        ("late Wednesday", "2026-03-18"),
        ("9:40 p.m.", "2026-03-18T21:40"),
        ("Wednesday", "2026-03-18"),
        ("about two hours later", "2026-03-18"),
        ("early Thursday", "2026-03-19"),
        ("Friday", "2026-03-20"),
        ("this weekend", "2026-W12-WE"),
        ("1 a.m. Thursday", "2026-03-19T01:00"),
        ("March 3", "2026-03-03"),
        ("this year", "2026"),
        ("January", "2026-01"),
        ("Tuesday", "2026-03-17"),
        ("the day", "2026-03-17"),  # "the day before the accident" (Wednesday night's)
        ("30 days", "P30D"),
        ("the end of April", "2026-04"),
        ("Thursday afternoon", "2026-03-19TAF"),
        ("December 1987", "1987-12"),
        ("Two decades later", "2007"),
        ("the past decade", "P10Y"),
        ("2015", "2015"),
        ("2022", "2022"),
        ("last month", "2026-02"),
        ("Thursday morning", "2026-03-19TMO"),
        ("11:15 p.m.", "2026-03-18T23:15"),  # "called her at 11:15 p.m.": the night before
        ("six hours", "PT6H"),
        ("Saturday", "2026-03-21"),
    ],
    # Wednesday 12 November 2025
    "pontyberw_bakery": [
        ("1958", "1958"),
        ("Tuesday afternoon last week", "2025-11-04TAF"),
        ("31 years", "P31Y"),
        ("the spring of 1994", "1994-SP"),
        ("Christmas", "1994-12-25"),  # "People said we'd be gone by Christmas"
        ("the 1990s", "199"),
        ("the winter of 1996", "1996-WI"),
        ("That winter", "1996-WI"),
        ("Two years later", "1998"),
        ("The following spring", "1999-SP"),
        ("nine days", "P9D"),
        ("2009", "2009"),
        ("2016", "2016"),
        ("three years later", "2019"),
        ("2012", "2012"),
        ("late last year", "2024"),
        ("five-and-a-half-year-old", "P5Y6M"),
        ("earlier this month", "2025-11"),
        ("the 14th", "2025-11-14"),
        ("two years ago", "2023"),
        ("next spring", "2026-SP"),
        ("the end of the year", "2025"),
        ("2027", "2027"),
        ("every decade", "P10Y"),
        ("1972", "1972"),
        ("1994", "1994"),
        ("the eighties", "198"),
        ("the nineties", "199"),
        ("Saturday", "XXXX-WXX-6"),  # "On a Saturday in October": no particular one
        ("October", "2025-10"),
        ("Sunday", "XXXX-WXX-7"),  # "A Sunday paper ... sent a photographer"
        ("1984", "1984"),
        ("Friday", "2025-11-14"),
    ],
    # Sunday 25 January 2026
    "ashford_harwich": [
        ("Saturday", "2026-01-24"),
        ("Nov. 29", "2025-11-29"),
        ("27 minutes", "PT27M"),
        ("August", "2025-08"),
        ("January", "XXXX-01"),  # "March is when titles are decided, not January"
        ("the 2019-20 season", "2019"),
        ("September", "2025-09"),
        ("A week later", "2025-09"),  # "met at Harwich in September ... A week later"
        ("Tuesday night", "2026-01-20TNI"),
        ("Wednesday", "2026-01-21"),
        ("two days", "P2D"),
        ("2023", "2023"),
        ("2017", "2017"),
        ("2021", "2021"),
        ("next weekend", "2026-W05-WE"),
        ("Wednesday", "2026-01-28"),  # "Wednesday's trip to Burnley", to come
        ("the summer", "2025-SU"),
        ("the autumn", "2025-FA"),
        ("December", "2025-12"),
        ("1998", "1998"),
        ("Feb. 7", "2026-02-07"),
        ("Tuesday", "2026-01-27"),  # "host ... on Tuesday"
        ("Monday", "2026-01-26"),
    ],
    # Friday 6 June 2025
    "halvorsen_verdict": [
        ("September", "2025-09"),
        ("Thursday", "2025-06-05"),
        ("3:20 p.m. Thursday", "2025-06-05T15:20"),
        ("2014", "2014"),
        ("2021", "2021"),
        ("March", "2025-03"),
        ("next month", "2025-07"),
        ("the fall of 2022", "2022-FA"),
        ("the same summer", "2022-SU"),
        ("the following year", "2023"),
        ("Sept. 18", "2025-09-18"),  # "set sentencing for Sept. 18"
        ("Oct. 14, 2022", "2022-10-14"),
        ("Two weeks later", "2022-10-28"),  # two weeks after Oct. 14, a day
        ("Monday morning", "XXXX-WXX-1TMO"),  # "on a Monday morning in April 2023"
        ("April 2023", "2023-04"),
        ("Tuesday", "2025-06-03"),
        ("the 1980s", "198"),
        ("May 2023", "2023-05"),
        ("this fall", "2025-FA"),
        ("last year", "2024"),
        ("January 2024", "2024-01"),
        ("July 1", "2025-07-01"),
        ("June 20", "2025-06-20"),
        ("Aug. 4", "2025-08-04"),
        ("May 12", "2025-05-12"),
        ("the following day", "2025-05-13"),
    ],
    # Wednesday 18 February 2026
    "halden_results": [
        ("Wednesday", "2026-02-18"),
        ("Thursday", "2026-02-19"),  # "which reports results on Thursday"
        ("fourth-quarter", "2025-Q4"),
        ("Dec. 31", "2025-12-31"),
        ("a year earlier", "2024-Q4"),
        ("the full year", "2025"),  # "For the full year, ... earned", in February
        ("2024", "2024"),
        ("fiscal 2026", "2026"),
        ("the second half", "2026-H2"),  # "would raise prices again in the second half"
        ("the first quarter", "2026-Q1"),
        ("May 2021", "2021-05"),
        ("the past 12 months", "P12M"),
        ("March 14", "2026-03-14"),
        ("Feb. 27", "2026-02-27"),
        ("late 2023", "2023"),
        ("the October-December quarter", "2025-Q4"),
        ("This quarter", "2025-Q4"),  # an analyst on the results: "This quarter it wasn't."
        ("the quarter", "2025-Q4"),
        ("the end of 2027", "2027"),
        ("March 3-5", "2026-03-03"),
        ("the end of June", "2026-06"),
        ("July 1", "2026-07-01"),
        ("last month", "2026-01"),
        ("first-half", "2026-H1"),
    ],
    # Tuesday 9 September 2025
    "crescent_ridge_live": [
        ("6:45 p.m.", "2025-09-09T18:45"),
        ("Tuesday evening", "2025-09-09TEV"),
        ("5:30 p.m.", "2025-09-09T17:30"),
        ("Wednesday morning", "2025-09-10TMO"),
        ("Thursday", "2025-09-11"),
        ("overnight", "2025-09-08TNI"),
        ("Noon", "2025-09-09T12:00"),
        ("2 a.m. Monday", "2025-09-08T02:00"),
        ("late Monday night", "2025-09-08TNI"),
        ("Wednesday", "2025-09-10"),  # "Winds are forecast to ease Wednesday"
        ("this weekend", "2025-W37-WE"),
        ("The next 48 hours", "PT48H"),
        ("2017", "2017"),
        ("dawn", "2025-09-09TMO"),
        ("7:00 a.m.", "2025-09-09T07:00"),
        ("today", "2025-09-09"),
        ("tomorrow", "2025-09-10"),
        ("June", "2025-06"),
        ("August", "2025-08"),
        ("1901", "1901"),
        ("the 1990s", "199"),
        ("2000s", "200"),
        ("Last year", "2024"),
        ("late June", "2024-06"),  # "Last year, the Darlene 3 fire ... in late June"
        ("Monday night", "2025-09-08TNI"),
        ("4 a.m.", "2025-09-09T04:00"),  # "Monday night ... by 4 a.m.": Tuesday's small hours
        ("The previous evening", "2025-09-07TEV"),
        ("7 p.m. Wednesday", "2025-09-10T19:00"),
    ],
}


# Words that only look like dates, by article: no time expression may contain them.
NOT_DATES: dict[str, list[str]] = {
    "mindoro_ferry": ["May Ramos", "second deadly", "2-year-old", "We are"],
    "pontyberw_bakery": ["March on", "the Sun", "We weren't", "Christmas market"],
    "ashford_harwich": [
        "93rd minute",
        "first half",
        "second half",
        "sit second",
        "Sheffield Wednesday",
        "a night like",
    ],
    "crescent_ridge_live": ["Maya Sun", "second shelter", "Sunriver", "Road 40"],
}


# name -> (sentence start, its events: the value of the date (a timex's, or the day worked
# out for the sentence) and how each was found)
EVENTS: dict[str, list[tuple[str, list[tuple[str, DatedBy]]]]] = {
    "ashford_harwich": [
        ("Kofi Mensah", [("2026-01-24", DatedBy.NEWS_DAY)]),
        ("Harwich manager Steve Collins", [("2026-01-24", DatedBy.NEWS_DAY)]),
        ("A week later, Ashford lost", [("2025-09", DatedBy.EXPLICIT)]),
    ],
    "mindoro_ferry": [
        ("He added that search", [
            ("2026-03-19", DatedBy.CONTEXT),
            ("2026-03-20", DatedBy.EXPLICIT),
            ("2026-W12-WE", DatedBy.EXPLICIT),
        ]),
        ("In January", [("2026-01", DatedBy.EXPLICIT)]),
    ],
    "halvorsen_verdict": [
        ("They acquitted him", [("2025-06-05T15:20", DatedBy.CONTEXT)]),
        ("Jury selection began", [
            ("2025-05-12", DatedBy.EXPLICIT),
            ("2025-05-13", DatedBy.EXPLICIT),
        ]),
    ],
    "crescent_ridge_live": [
        ("About 3,000 homes", [("2025-09-09", DatedBy.CONTEXT)]),
        ("The cause is under", [("2025-09-09", DatedBy.CONTEXT)]),
    ],
}  # fmt: skip


(
    test_what_a_reader_gives_each_expression,
    test_words_that_only_look_like_dates,
    test_where_sentences_land_on_the_timeline,
    _,
) = date_table_tests(FIXTURES, READINGS, NOT_DATES, EVENTS, {})


# -- invented sentences for the fixes of this round ----------------------------------------

APR = date(2026, 4, 8)  # a Wednesday


def values(text: str, published: date) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, published, segment(text).sentences)}


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("The dam burst in the summer of 2003. That summer, crops failed.",
         "That summer", "2003-SU"),
        ("The strike began in the autumn of 1984. The following spring it ended.",
         "The following spring", "1985-SP"),
        ("Fighting resumed in the spring of 2011. The following summer, talks began.",
         "The following summer", "2011-SU"),
        ("The firm was founded in the winter of 1979. Three years later, it went public.",
         "Three years later", "1982"),
        ("The audit started in the fall of 2019. Regulators stepped in the following year.",
         "the following year", "2020"),
        # an offset becomes the story's time in turn
        ("She arrived in 1990. Two years later, she married. The following spring, a son "
         "was born.", "The following spring", "1993-SP"),
        # ... but not a comparison
        ("Sales rose 5% in 2019, up from 3% a year earlier. A year later, they fell.",
         "A year later", "2020"),
    ],
)  # fmt: skip
def test_a_season_or_offset_becomes_the_story_time(text: str, surface: str, expected: str) -> None:
    assert values(text, APR)[surface] == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Police raided the flat on a Tuesday in May 2019.", "Tuesday", "XXXX-WXX-2"),
        ("One Friday, the owner simply did not open the shop.", "Friday", "XXXX-WXX-5"),
        ("He was born on a Sunday morning in 1961.", "Sunday morning", "XXXX-WXX-7TMO"),
        ("Any Monday is busy at the clinic.", "Monday", "XXXX-WXX-1"),
        # "a" that goes with a noun after the weekday: that weekday's event
        ("Hundreds attended a Sunday night vigil for the victims.", "Sunday night",
         "2026-04-05TNI"),
        ("The board held a Monday meeting on the merger.", "Monday", "2026-04-06"),
        ("The board met on Monday.", "Monday", "2026-04-06"),
    ],
)  # fmt: skip
def test_a_weekday_after_a_is_no_particular_day(text: str, surface: str, expected: str) -> None:
    assert values(text, APR)[surface] == expected


def test_no_particular_weekday_puts_nothing_on_the_timeline() -> None:
    text = "Agents searched the office on a Monday in April 2023."
    found = find_timexes(text, APR, segment(text).sentences)
    assert [(t.text, t.range is None) for t in found] == [("Monday", True), ("April 2023", False)]


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("The judge set the retrial for Aug. 20 and denied bail.", "Aug. 20", "2026-08-20"),
        ("The council postponed the vote to Monday after a walkout.", "Monday", "2026-04-13"),
        ("The court adjourned the hearing until July 9, lawyers said.", "July 9", "2026-07-09"),
        ("Organisers pushed back the launch to late September.", "late September", "2026-09"),
        ("The league rescheduled the match for Thursday.", "Thursday", "2026-04-09"),
        # the act's own date, and other past dates, stay past
        ("The judge set bail on Monday.", "Monday", "2026-04-06"),
        ("The company moved its headquarters in September.", "September", "2025-09"),
        ("The court adjourned on March 30.", "March 30", "2026-03-30"),
    ],
)  # fmt: skip
def test_a_date_something_is_set_for_is_to_come(text: str, surface: str, expected: str) -> None:
    assert values(text, APR)[surface] == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Temperatures are forecast to drop sharply on Friday.", "Friday", "2026-04-10"),
        ("Snow is likely to reach the capital on Saturday.", "Saturday", "2026-04-11"),
        ("Its rival, which reports earnings on Thursday, slipped 2%.", "Thursday", "2026-04-09"),
        ("The appeals court hears arguments on Monday.", "Monday", "2026-04-13"),
        ("The statistics office releases inflation figures on Friday.", "Friday", "2026-04-10"),
        ("The party holds its conference in October.", "October", "2026-10"),
        # past and perfect forms stay past
        ("Its rival reported earnings on Monday.", "Monday", "2026-04-06"),
        ("Snow had been forecast to fall on Saturday, but it rained.", "Saturday", "2026-04-04"),
    ],
)  # fmt: skip
def test_present_schedules_and_forecasts_are_to_come(
    text: str, surface: str, expected: str
) -> None:
    assert values(text, APR)[surface] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The pair met on Tuesday last week.", {"Tuesday last week": "2026-03-31"}),
        ("Talks resume on Monday next week.", {"Monday next week": "2026-04-13"}),
        ("She spoke on Friday morning last week.", {"Friday morning last week": "2026-04-03TMO"}),
        ("The report is due on Friday of this week.", {"Friday of this week": "2026-04-10"}),
        # a week of its own is still one
        ("The pair met on Tuesday, and last week's talks failed.",
         {"Tuesday": "2026-04-07", "last week": "2026-W14"}),
    ],
)  # fmt: skip
def test_a_weekday_of_last_or_next_week(text: str, expected: dict[str, str]) -> None:
    assert values(text, APR) == expected


OCT = date(2025, 10, 15)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The chain will cut prices in the second half, its finance chief said.", APR, "2026-H2"),
        ("Margins should recover in the first half, the bank said.", OCT, "2026-H1"),
        ("Exports are expected to slow in H1.", OCT, "2026-H1"),
        # the past: the latest half begun
        ("Sales fell 4% in the first half.", OCT, "2025-H1"),
        ("Profit rose in the second half.", APR, "2025-H2"),
    ],
)
def test_a_half_year_to_come_follows_the_tense(text: str, published: date, expected: str) -> None:
    found = [v for v in values(text, published).values() if "-H" in v]
    assert found == [expected]


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Last year, floods cut the rail line in early November.", "early November", "2025-11"),
        ("Next year, the festival moves to June.", "June", "2027-06"),
        ("The bank raised rates last year, first in March and again in May.", "March",
         "2025-03"),
        # not across a semicolon, nor past another date in between
        ("Sales fell last year; in March they rose.", "March", "2026-03"),
        ("Shares fell last year, and this quarter they dropped again in March.", "March",
         "2026-03"),
    ],
)  # fmt: skip
def test_a_month_takes_the_year_its_sentence_set(text: str, surface: str, expected: str) -> None:
    assert values(text, APR)[surface] == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("The ship docked on March 30. The previous evening, a fire broke out.",
         "The previous evening", "2026-03-29TEV"),
        ("Ministers met on March 30. The following afternoon, they signed.",
         "The following afternoon", "2026-03-31TAF"),
    ],
)  # fmt: skip
def test_the_previous_evening_counts_from_the_day_named(
    text: str, surface: str, expected: str
) -> None:
    assert values(text, APR)[surface] == expected


# -- round 5, part 3 -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("The sides met in October and drew. A week later, the visitors lost at home.",
         "A week later", "2025-10"),
        # a month named after a day is the later one
        ("The plant flooded on Feb. 3. In June, the owners sold it. Two weeks later, it "
         "reopened.", "Two weeks later", "2025-06"),
        ("The mine closed in March 2019. Six weeks later, it was sold.", "Six weeks later",
         "2019-04"),
        # a day named last still anchors
        ("The strike began on March 3. Three days later, talks resumed.", "Three days later",
         "2026-03-06"),
    ],
)  # fmt: skip
def test_an_offset_after_a_month_falls_about_that_month(
    text: str, surface: str, expected: str
) -> None:
    found = {t.text: t for t in find_timexes(text, APR, segment(text).sentences)}
    assert found[surface].value == expected
    assert found[surface].range is not None
    assert found[surface].range.iso() == expected


@pytest.mark.parametrize(
    ("text", "surface", "first", "last"),
    [
        ("Prices rose early this year, the bank said.", "early this year", "2026-01", "2026-04"),
        ("The plant shut in late 2024.", "late 2024", "2024-09", "2024-12"),
        ("The band formed in the early 1990s.", "the early 1990s", "1990", "1993"),
    ],
)
def test_early_or_late_names_part_of_the_period(
    text: str, surface: str, first: str, last: str
) -> None:
    found = {t.text: t for t in find_timexes(text, APR, segment(text).sentences)}
    rng = found[surface].range
    assert rng is not None
    assert (rng.iso(), rng.end_iso(), rng.approximate) == (first, last, True)


def test_a_year_without_early_or_late_and_a_part_of_a_month_stay_whole() -> None:
    text = "Prices rose this year and in 2024, and again in mid-March."
    found = find_timexes(text, APR, segment(text).sentences)
    assert [(t.range.iso(), t.range.end_iso()) for t in found if t.range] == [
        ("2026", "2026"),
        ("2024", "2024"),
        ("2026-03", "2026-03"),  # a part of a month would read as a day
    ]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Prices rose early this year.", "≈ Jan–Apr 2026"),
        ("The plant shut in late 2024.", "≈ Sep–Dec 2024"),
        ("The band formed in the early 1990s.", "≈ 1990–1993"),
        ("The band formed in May 2019.", "May 2019"),
    ],
)
def test_a_part_of_a_year_is_labelled_as_a_stretch(text: str, label: str) -> None:
    (found,) = find_timexes(text, APR, segment(text).sentences)
    assert found.range is not None
    assert date_label(found.range) == label


FEB = date(2026, 2, 18)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("For the full year, the brewer earned $310 million.", FEB, "2025"),
        ("Sales for the year rose 4% to $2.2 billion.", FEB, "2025"),
        ("For the whole year the airline carried 41 million passengers.", FEB, "2025"),
        # the year under way: a forecast, another subject, or later in the year
        ("The brewer expects profit for the full year to rise.", FEB, "2026"),
        ("The worst storm of the year hit the coast.", FEB, "2026"),
        ("For the full year, the brewer earned $310 million.", date(2026, 6, 18), "2026"),
    ],
)  # fmt: skip
def test_a_year_of_results_reported_early_in_a_year_is_the_last(
    text: str, published: date, expected: str
) -> None:
    assert [v for k, v in values(text, published).items() if "year" in k] == [expected]


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # the night runs into the next morning
        ("Saturday night, the river rose. \"We were bailing water until 3 a.m.,\" a "
         "farmer said.", "3 a.m.", "2026-04-05T03:00"),
        ("Rescuers worked through Monday night. By 5:30 a.m. they had reached the mine.",
         "5:30 a.m.", "2026-04-07T05:30"),
        # ... but not an evening hour, nor a night's small hours named with their own day
        ("Saturday night, the river rose. At 11 p.m. the levee broke.", "11 p.m.",
         "2026-04-04T23:00"),
        ("Saturday night, the river rose. At 3 a.m. Sunday the levee broke.",
         "3 a.m. Sunday", "2026-04-05T03:00"),
    ],
)  # fmt: skip
def test_small_hours_after_a_night_are_the_next_morning(
    text: str, surface: str, expected: str
) -> None:
    assert values(text, APR)[surface] == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # past, on publication day, after its morning: the evening had not come yet
        ("Families waited at the port on Wednesday morning. One man said his brother "
         "phoned at 10:40 p.m. from the deck.", "10:40 p.m.", "2026-04-07T22:40"),
        # the evening to come, and a morning time, stay on the day
        ("Families waited at the port on Wednesday morning. A vigil will start at 8 p.m.",
         "8 p.m.", "2026-04-08T20:00"),
        ("Families waited at the port on Wednesday morning. Divers arrived at 9:15 a.m.",
         "9:15 a.m.", "2026-04-08T09:15"),
    ],
)  # fmt: skip
def test_a_past_evening_after_the_morning_of_publication_is_the_day_before(
    text: str, surface: str, expected: str
) -> None:
    assert values(text, APR)[surface] == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Every morning at 5 a.m., the fishermen haul their nets.", "5 a.m.",
         "XXXX-XX-XXT05:00"),
        ("The shelter opens its doors at 7 p.m. daily.", "7 p.m.", "XXXX-XX-XXT19:00"),
        ("The choir sings on Sundays at 11 a.m.", "11 a.m.", "XXXX-WXX-7T11:00"),
        ("The ferry leaves each Friday at 6:15 p.m.", "6:15 p.m.", "XXXX-WXX-5T18:15"),
        ("The siren sounds at noon every day.", "noon", "XXXX-XX-XXT12:00"),
    ],
)  # fmt: skip
def test_a_clock_time_of_a_recurrence_is_a_recurrence(
    text: str, surface: str, expected: str
) -> None:
    found = {t.text: t for t in find_timexes(text, APR, segment(text).sentences)}
    assert (found[surface].type.name, found[surface].value) == ("SET", expected)
    assert found[surface].range is None  # no row on the timeline


def test_a_clock_time_after_a_recurrence_in_another_sentence_is_a_time() -> None:
    assert values("She woke early every day. At 4 a.m. the phone rang.", APR)["4 a.m."] == (
        "2026-04-08T04:00"
    )


def test_the_lead_of_a_recurrence_is_not_put_on_publication_day() -> None:
    p = parsed("pontyberw_bakery")
    lead = [
        (e.range.iso(), e.dated_by)
        for e in article_events(p, Undated.CONTEXT)
        if p.sentences[e.sentence_index].text.startswith("PONTYBERW")
    ]
    assert lead == [("1958", DatedBy.EXPLICIT)]


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("\"A Saturday paper ran the story,\" she said.", "Saturday", "XXXX-WXX-6"),
        ("The Sunday papers were full of the scandal.", "Sunday", "XXXX-WXX-7"),
        ("He writes a Monday column for the local weekly.", "Monday", "XXXX-WXX-1"),
        ("She works Saturday shifts at the mill.", "Saturday", "XXXX-WXX-6"),
        # a particular day's event or thing
        ("Police raided the paper on Sunday.", "Sunday", "2026-04-05"),
        ("The board held a Monday meeting on the merger.", "Monday", "2026-04-06"),
    ],
)  # fmt: skip
def test_a_weekday_before_a_weekly_thing_is_no_particular_day(
    text: str, surface: str, expected: str
) -> None:
    assert values(text, APR)[surface] == expected


NOV = date(2025, 11, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The square will host its first Christmas market on Saturday.",
         {"Saturday": "2025-11-15"}),
        ("Easter eggs sold out in March.", {"March": "2025-03"}),
        ("Shops put up their Christmas lights.", {}),
        ("The ship sailed for Christmas Island.", {}),
        # the day itself
        ("Christmas dinner was cancelled.", {"Christmas": "2024-12-25"}),
        ("The family met at Christmas.", {"Christmas": "2024-12-25"}),
    ],
)  # fmt: skip
def test_a_holiday_that_describes_a_thing_is_no_date(text: str, expected: dict[str, str]) -> None:
    assert values(text, NOV) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("When the mill shut in the autumn of 1992, few stayed. \"They told us we'd be "
         "gone by Christmas,\" she said.", "Christmas", "1992-12-25"),
        ("The dam collapsed in 2003. The village was empty by Easter.", "Easter", "2003-04-20"),
        # a later day named since, or a story close to publication: the last one
        ("The dam collapsed in 2003. On Monday, the mayor said it was rebuilt by Christmas.",
         "Christmas", "2024-12-25"),
        ("The dam collapsed in 2024. The village was empty by Christmas.", "Christmas",
         "2024-12-25"),
    ],
)  # fmt: skip
def test_a_holiday_in_a_flashback_is_of_that_time(text: str, surface: str, expected: str) -> None:
    assert values(text, NOV)[surface] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the day the story gave the event
        ("Protesters clashed with police on Tuesday, two days after Sunday's vote. The day "
         "after the vote, the opposition had called for calm.", "2026-04-06"),
        # an event the story is about: the first day of its opening
        ("A bus overturned on a mountain road on Monday, killing 12. Police said the driver "
         "had slept little the day before the crash.", "2026-04-05"),
    ],
)  # fmt: skip
def test_the_day_before_an_event_counts_from_its_day(text: str, expected: str) -> None:
    found = [
        t for t in find_timexes(text, APR, segment(text).sentences) if t.text.lower() == "the day"
    ]
    assert [t.value for t in found] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The day before the wedding, she fell ill.",  # no day for the event
        "The minister resigned on Friday. On the day after the budget, markets fell.",
    ],
)
def test_the_day_before_an_undated_event_is_no_date(text: str) -> None:
    assert [
        t.text for t in find_timexes(text, APR, segment(text).sentences) if "day" in t.text
    ] in (
        [],
        ["Friday"],
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a quarter's results: the quarter just reported
        ("The brewer's fourth-quarter profit rose 9%. \"Volumes fell for two years. This "
         "quarter they didn't,\" an analyst said.", "2025-Q4"),
        ("Profit rose in the fourth quarter. This quarter it wasn't hurt by the weather.",
         "2025-Q4"),
        # the quarter under way: a forecast, or no results under discussion
        ("Profit rose in the fourth quarter. This quarter will be weaker, it said.",
         "2026-Q1"),
        ("Snow fell heavily. This quarter, roads were closed twice.", "2026-Q1"),
    ],
)  # fmt: skip
def test_this_quarter_in_the_past_after_results_is_the_quarter_reported(
    text: str, expected: str
) -> None:
    assert values(text, FEB)["This quarter"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rovers travel to Sheffield Wednesday on Saturday.", {"Saturday": "2026-04-11"}),
        ("Sheffield Wednesday's manager was sacked.", {}),
        ("Fans stayed up for Monday Night Football.", {}),
    ],
)
def test_a_name_that_holds_a_weekday_is_no_date(text: str, expected: dict[str, str]) -> None:
    assert values(text, APR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fans had waited for a night like this.", {}),
        ("It was a day like no other for the town.", {}),
        ("He stayed a week, like his brother.", {"a week": "P1W"}),
    ],
)
def test_a_night_like_this_is_no_length(text: str, expected: dict[str, str]) -> None:
    assert values(text, APR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Finals are won in May, not February," the coach said.', "XXXX-02"),
        ("The sale will close in June, not December.", "XXXX-12"),
    ],
)
def test_a_month_denied_is_no_time(text: str, expected: str) -> None:
    found = find_timexes(text, APR, segment(text).sentences)
    denied = [t for t in found if t.value.startswith("XXXX")]
    assert [(t.value, t.range) for t in denied] == [(expected, None)]


def test_not_until_a_month_is_still_that_month() -> None:
    assert values("The plant will not reopen until December.", APR) == {"December": "2026-12"}


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # a month in a perfect, not the time the story told of: the last day still anchors
        ("Inspectors visited on March 30. The agency has found 40 cases since the first was "
         "reported in January. Two days earlier, it had warned farmers.", "Two days earlier",
         "2026-03-28"),
        # a month named far back
        ("Inspectors visited on March 30. They first raised the alarm in January. "
         + "The report runs to 300 pages and lists every farm, road and pond it covers. " * 4
         + "Two days later, the ministry replied.", "Two days later", "2026-04-01"),
    ],
)  # fmt: skip
def test_an_offset_after_a_month_in_passing_counts_from_the_day(
    text: str, surface: str, expected: str
) -> None:
    assert values(text, APR)[surface] == expected


@pytest.mark.parametrize(
    ("text", "surface", "first", "last"),
    [
        ("Prices rose earlier this year.", "earlier this year", "2025-01", "2025-11"),
        ("Sales will rise later this year.", "later this year", "2025-11", "2025-12"),
    ],
)
def test_earlier_or_later_this_period_is_before_or_after_publication(
    text: str, surface: str, first: str, last: str
) -> None:
    found = {t.text: t for t in find_timexes(text, NOV, segment(text).sentences)}
    rng = found[surface].range
    assert rng is not None
    assert (rng.iso(), rng.end_iso(), rng.approximate) == (first, last, True)
