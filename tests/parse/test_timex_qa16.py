"""Time expressions from QA round 16 (tests/fixtures/dates_unseen16/FINDINGS.md): invented
sentences for each general rule fixed that round."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.parse.segment import segment
from explorer.parse.timex import find_timexes

TUE_DEC = date(2026, 12, 29)  # a Tuesday, between Christmas and New Year
WED = date(2026, 6, 10)  # a Wednesday
SUN = date(2026, 10, 18)  # a Sunday
WED_DEC = date(2026, 12, 23)  # a Wednesday, two days before Christmas


def found(text: str, published: date) -> list[tuple[str, str]]:
    """(text, value) of each time expression."""
    return [(t.text, t.value) for t in find_timexes(text, published, segment(text).sentences)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month opening its clause is its past verb's, however long the subject between
        ("In January, the national competition authority blocked the merger.",
         [("January", "2026-01")]),
        ("Rates rose in March, and in February the central bank of the republic raised them.",
         [("March", "2026-03"), ("February", "2026-02")]),
        # ... a month after a past verb of intent, with an infinitive between, still looks
        # ahead ("agreed to buy the unit in January", late in December: the coming one)
        ("The group agreed on Monday to buy the loss-making unit in January.",
         [("Monday", "2026-12-28"), ("January", "2027-01")]),
    ],
)  # fmt: skip
def test_a_month_opening_a_past_clause_is_gone(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, TUE_DEC) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clock time after a month-day is on the day that date was read as, whatever
        # past verb comes after it
        ("The judge set the hearing for Sept. 14 at 10 a.m. and released him on bail.",
         [("Sept. 14", "2026-09-14"), ("10 a.m.", "2026-09-14T10:00")]),
        ("The judge set the hearing for Sept. 14 at 10 a.m.",
         [("Sept. 14", "2026-09-14"), ("10 a.m.", "2026-09-14T10:00")]),
    ],
)  # fmt: skip
def test_a_clock_time_takes_its_dates_reading(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, WED) == expected


CHRONOLOGY = """Timeline: a long dispute

2014 - Miners strike in March over pay.

Aug. 9, 2015 - The company closes two pits, which had flooded in March. Talks resume in
September.

2019

May 2 - A new union leader is elected. She takes office on June 1.

Dec. 20 - Both sides agree to meet in January.

2020

Feb. 3 - Talks collapse. Fighting goes on into the summer.

Under the deal signed on Sunday, the strike ends in March.
"""


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("March", "2014-03"),  # "2014 - Miners strike in March": the line's year
        ("September", "2015-09"),  # ... or the year of the day opening the line
        ("March", "2015-03"),  # ... before the line's day, told in the past: that year's
        ("May 2", "2019-05-02"),  # ... or of the year heading above the line
        ("June 1", "2019-06-01"),
        ("Dec. 20", "2019-12-20"),
        ("January", "2020-01"),  # before the line's month: the year after
        ("Feb. 3", "2020-02-03"),
        ("the summer", "2020-SU"),
    ],
)
def test_a_chronology_line_is_of_its_year(text: str, value: str) -> None:
    assert (text, value) in found(CHRONOLOGY, SUN)


def test_the_text_after_a_chronology_keeps_its_own_time() -> None:
    # the paragraph after the list is the news: "the strike ends in March" is the next March
    assert found(CHRONOLOGY, SUN)[-2:] == [("Sunday", "2026-10-18"), ("March", "2027-03")]


def test_dated_lines_without_any_year_are_no_chronology() -> None:
    text = "Program:\n\nMarch 3 - Opening.\n\nMarch 4 - Talks.\n\nMarch 5 - Closing.\n"
    assert [v for _, v in found(text, SUN)] == ["2027-03-03", "2027-03-04", "2027-03-05"]


FRI = date(2026, 4, 17)  # a Friday


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # ", a Monday" after a date is that date's weekday, not any Monday
        ("Jury selection began on April 20, a Monday, and statements followed.", WED,
         [("April 20", "2026-04-20"), ("Monday", "2026-04-20")]),
        ("Thousands marched on May 14, a Thursday, in the rain.", WED,
         [("May 14", "2026-05-14"), ("Thursday", "2026-05-14")]),
        # ... only when the date falls on it, and "a Monday" alone is still no one day
        ("It opened on May 14, a Monday.", WED, [("May 14", "2026-05-14"),
                                                 ("Monday", "XXXX-WXX-1")]),
        ("He was born on a Monday.", WED, [("Monday", "XXXX-WXX-1")]),
    ],
)  # fmt: skip
def test_a_weekday_set_beside_a_date_is_that_date(
    text: str, published: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "every second Friday" is every other Friday, no second of time
        ("He was paid in cash every second Friday.", [("every second Friday", "XXXX-WXX-5")]),
        ("The board meets every third month.", [("every third month", "P3M")]),
        ("The festival is held every second year.", [("every second year", "P2Y")]),
        ("Every second counts.", [("Every second", "PT1S")]),
    ],
)  # fmt: skip
def test_every_second_or_third_unit_is_a_recurrence(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "coming" before "twelve months ago" is the verb's ("saw that coming")
        ('"Nobody saw that coming twelve months ago."', [("twelve months ago", "2025-12")]),
        ("Rates will fall over the coming twelve months.",
         [("the coming twelve months", "P12M")]),
    ],
)  # fmt: skip
def test_coming_before_an_ago_is_no_stretch_to_come(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, TUE_DEC) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "May" or "March" before a firm's last word names the firm
        ("Shares of May Holdings fell 6 percent on Friday.", [("Friday", "2026-04-17")]),
        ("Supporters of March Capital cheered.", []),
        # ... and in a pair of months it is the month, whatever comes before it; a clause
        # after ", but" in the present is not the past of the clause before it
        ("April was better than anyone feared, but May and June are another story.",
         [("April", "2026-04"), ("May", "2026-05"), ("June", "2026-06")]),
        ("Sales rose in May.", [("May", "2025-05")]),
    ],
)  # fmt: skip
def test_may_is_a_month_in_a_pair_and_a_name_before_a_firm_word(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, FRI) == expected


THU = date(2026, 2, 12)  # a Thursday, four days before Presidents' Day
MON = date(2026, 8, 3)  # a Monday


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # places that open and close on a timetable, told in the present: days to come;
        # a clock time and a weekday set beside a holiday are the holiday's
        ("Markets close early on New Year's Eve, at 1 p.m. on Thursday, and reopen on Monday.",
         TUE_DEC, [("New Year's Eve", "2026-12-31"), ("1 p.m.", "2026-12-31T13:00"),
                   ("Thursday", "2026-12-31"), ("Monday", "2027-01-04")]),
        ("Schools reopen on Monday after the break.", TUE_DEC, [("Monday", "2027-01-04")]),
        ("Schools did not reopen on Monday.", TUE_DEC, [("Monday", "2026-12-28")]),
        # a second weekday paired with a first to come follows it
        ("More snow could fall next week, possibly on Wednesday or Thursday.", THU,
         [("next week", "2026-W08"), ("Wednesday", "2026-02-18"), ("Thursday", "2026-02-19")]),
        ("He spoke on Monday and Wednesday.", THU,
         [("Monday", "2026-02-09"), ("Wednesday", "2026-02-11")]),
        # what comes before a present-tense event to come is to come
        ("Lawmakers have asked for a briefing before Congress leaves for its recess on Friday.",
         MON, [("Friday", "2026-08-07")]),
    ],
)  # fmt: skip
def test_weekdays_of_timetables_and_pairs(
    text: str, published: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a timetable of month-days in the present is to come, its end in its start's year
        ("The March window runs from March 4 to March 10.", MON,
         [("March 4", "2027-03-04"), ("March 10", "2027-03-10")]),
        ("The festival ran from March 4 to March 10.", MON,
         [("March 4", "2026-03-04"), ("March 10", "2026-03-10")]),
        # American holidays by rule, and Whitsun by Easter
        ("Offices reopen on Tuesday, the day after Presidents' Day.", THU,
         [("Tuesday", "2026-02-17"), ("the day after Presidents' Day", "2026-02-17")]),
        ("Courts do not sit over Whitsun.", MON, [("Whitsun", "2026-05-24")]),
        # "a year-end interview" is no year long
        ("She spoke in a year-end interview on Sunday.", MON, [("Sunday", "2026-08-02")]),
        # a season told by publication brings the story back from a flashback
        ("It is the worst storm since the blizzard of January 2022, which dropped two feet "
         "of snow. The city has had little snow so far this winter, below the average for "
         "mid-February.", THU,
         [("January 2022", "2022-01"), ("this winter", "2025-WI"), ("mid-February", "2026-02")]),
    ],
)  # fmt: skip
def test_timetables_holidays_and_seasons(
    text: str, published: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a season after a preposition of time needs no "the"
        ("Consumers felt it by spring.", TUE_DEC, [("spring", "2026-SP")]),
        ("The plant will reopen in spring.", TUE_DEC, [("spring", "2027-SP")]),
        # ... not a habit in the present
        ("In summer we fish, and in winter we mend the nets.", TUE_DEC, []),
        ("He had a spring in his step.", TUE_DEC, []),
        # what is done before a season a few months ahead is before the coming one
        ("They were targeting our energy system before winter, he wrote.", date(2025, 10, 18),
         [("winter", "2025-WI")]),
        ("Agencies were urged to test farms before the spring calving season.",
         date(2025, 12, 10), [("the spring", "2026-SP")]),
    ],
)  # fmt: skip
def test_bare_seasons_and_seasons_ahead(
    text: str, published: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a holiday the text says is kept on another day is that day, every year
        ("Independence Day is celebrated on Nov. 4.", SUN,
         [("Independence Day", "XXXX-11-04"), ("Nov. 4", "2026-11-04")]),
        ("Independence Day was quiet.", SUN, [("Independence Day", "2026-07-04")]),
    ],
)  # fmt: skip
def test_a_holiday_kept_on_another_day(
    text: str, published: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, published) == expected


def test_the_days_a_forecast_covers_are_ahead() -> None:
    text = "The agency said its forecast spanned Friday to Monday."
    assert found(text, THU) == [("Friday", "2026-02-13"), ("Monday", "2026-02-16")]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a past in a condition under "would" is no past
        ('"I\'d be surprised if we got through the summer without a sell-off," she said.', FRI,
         [("the summer", "2026-SU")]),
        ("If prices fell in June, we would buy.", FRI, [("June", "2026-06")]),
        ("If prices had fallen in June, we would have bought.", FRI, [("June", "2025-06")]),
        ("Prices fell in June.", FRI, [("June", "2025-06")]),
        # "I'm going to" looks ahead; "March" before "straight" is the verb
        ("I'm going to leave on Monday.", date(2027, 1, 8), [("Monday", "2027-01-11")]),
        ('"I\'m going to March straight to the depot on Monday," she said.', date(2027, 1, 8),
         [("Monday", "2027-01-11")]),
        ("Talks were delayed to March.", date(2027, 1, 8), [("March", "2027-03")]),
    ],
)  # fmt: skip
def test_conditions_plans_and_march_the_verb(
    text: str, published: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "the weekend after that": after the day named last
        ("Rain will fall on Saturday. Sun is likely on the weekend after that.", THU,
         [("Saturday", "2026-02-14"), ("the weekend", "2026-W08-WE")]),
        # what is done on a weekday for the weekend is for the one after it
        ("The railway said on Monday it had added 12 trains for the weekend.", date(2026, 11, 24),
         [("Monday", "2026-11-23"), ("the weekend", "2026-W48-WE")]),
        ("The city was quiet over the weekend.", date(2026, 11, 24),
         [("the weekend", "2026-W47-WE")]),
        # what one is told or asked to do is ahead
        ("Staff were asked to keep the weekend free.", WED_DEC,
         [("the weekend", "2026-W52-WE")]),
        ("He spent the weekend at home.", WED_DEC, [("the weekend", "2026-W51-WE")]),
    ],
)  # fmt: skip
def test_weekends_after_a_day_and_ahead_of_a_request(
    text: str, published: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "the new year" is the year to come late in a year, the one begun early in it
        ("Inflation should ease further in the new year.", TUE_DEC, [("the new year", "2027")]),
        ("Prices rose in the first days of the new year.", date(2027, 1, 5),
         [("the new year", "2027")]),
        # ... and "the New Year" is no year
        ("Crowds gathered to see in the New Year.", TUE_DEC, []),
    ],
)  # fmt: skip
def test_the_new_year(text: str, published: date, expected: list[tuple[str, str]]) -> None:
    assert found(text, published) == expected


def test_the_new_year_of_a_wish_is_no_date() -> None:
    text = '"Nobody wants to start the new year in hospital," he said.'
    assert found(text, date(2027, 1, 2)) == []


def test_a_chronology_newest_first_turns_the_year_back() -> None:
    text = (
        "Timeline:\n\n2026\n\nOct. 14 - Commanders approve the deal.\n\n"
        "Jan. 15 - Talks open.\n\nDec. 20 - Mediators announce talks.\n\n2024\n\n"
        "May 2 - A bomb kills 31.\n"
    )
    assert [v for _, v in found(text, SUN)] == [
        "2026", "2026-10-14", "2026-01-15", "2025-12-20", "2024", "2024-05-02"
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fiscal year named by another: by publication's year, or by the year named last
        ("Spending will rise next fiscal year.", [("next fiscal year", "2027")]),
        ("Profit fell in the latest fiscal year.", [("the latest fiscal year", "2025")]),
        ("Aid rises in fiscal 2025 and again in the following fiscal year.",
         [("fiscal 2025", "2025"), ("the following fiscal year", "2026")]),
        ("Profit fell in the fiscal year.", [("the fiscal year", "2026")]),
    ],
)  # fmt: skip
def test_a_fiscal_year_named_by_another(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, WED_DEC) == expected
