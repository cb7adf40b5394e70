"""Time expressions from QA round 10 (tests/fixtures/dates_unseen10/FINDINGS.md): invented
sentences for each general rule fixed that round."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.parse.segment import segment
from explorer.parse.timex import find_timexes

WED = date(2026, 11, 18)  # a Wednesday
WED_FEB = date(2027, 2, 24)  # a Wednesday in February, in the winter that began in December


def found(text: str, published: date) -> list[tuple[str, str]]:
    """(text, value) of each time expression."""
    return [(t.text, t.value) for t in find_timexes(text, published, segment(text).sentences)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a deadline in what someone was ordered or asked to do is still to come
        ("The judge ordered him to leave the country by Friday.", [("Friday", "2026-11-20")]),
        ("Police asked residents not to return before Friday.", [("Friday", "2026-11-20")]),
        ("The mayor told shop owners they had to reopen by Friday morning.",
         [("Friday morning", "2026-11-20TMO")]),
        # ... after the day of the telling, when the sentence names it
        ("The court on Monday told the firm to pay by Tuesday.",
         [("Monday", "2026-11-16"), ("Tuesday", "2026-11-17")]),
        # not a day the act itself happened on, nor a clause of its own
        ("The court ordered him to pay the fine on Friday.", [("Friday", "2026-11-13")]),
        ("Police told him to leave, and he had gone by Friday.", [("Friday", "2026-11-13")]),
        ("Officials said the rain stopped by Friday.", [("Friday", "2026-11-13")]),
    ],
)  # fmt: skip
def test_a_deadline_someone_was_given_is_to_come(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the following Monday" is the one after the day named last, not after publication
        ("The first payment arrives on March 15. The following Monday is a holiday.",
         [("March 15", "2027-03-15"), ("The following Monday", "2027-03-22")]),
        ("The strike began on Sunday, Nov. 12, 1989. The following Tuesday the yard was "
         "occupied.", [("Sunday, Nov. 12, 1989", "1989-11-12"),
                       ("The following Tuesday", "1989-11-14")]),
        ("The rebate opened on Dec. 1. The previous Friday, the minister resigned.",
         [("Dec. 1", "2026-12-01"), ("The previous Friday", "2026-11-27")]),
        # with no day named before it: after publication, as before
        ("He will visit the following Monday.", [("the following Monday", "2027-03-01")]),
    ],
)  # fmt: skip
def test_the_following_weekday_counts_from_the_day_named(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, WED_FEB) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # in January or February the winter under way opened last December (YYYY-WI is the
        # winter whose December is in YYYY)
        ("Heating bills soared this winter.", WED_FEB, [("this winter", "2026-WI")]),
        ("Bills were lower last winter.", WED_FEB, [("last winter", "2025-WI")]),
        ("The scheme may return next winter.", WED_FEB, [("next winter", "2027-WI")]),
        ("Heating bills soared this winter.", date(2027, 1, 10), [("this winter", "2026-WI")]),
        # in December and in the rest of the year, as before
        ("Heating bills soared this winter.", date(2026, 12, 10), [("this winter", "2026-WI")]),
        ("Bills were lower last winter.", date(2026, 12, 10), [("last winter", "2025-WI")]),
        ("The scheme may return next winter.", WED, [("next winter", "2026-WI")]),
    ],
)  # fmt: skip
def test_the_winter_under_way_in_february_began_last_year(
    text: str, published: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday in a sentence that opens in a past year is a day of that year, not this
        # week's
        ("Born in 1931 in a mining town, she was singing at Sunday services by the age of 9.",
         [("1931", "1931"), ("Sunday", "XXXX-WXX-7")]),
        ("In 1998 he was arrested on Friday night at a rally.",
         [("1998", "1998"), ("Friday night", "XXXX-WXX-5TNI")]),
        # ... not one in a sentence where the year is only a noun's, or is this year
        ("The club was founded in 2019 and held its first meeting on Sunday.",
         [("2019", "2019"), ("Sunday", "2026-11-15")]),
        ("In 2026 the fair opens on Sunday.", [("2026", "2026"), ("Sunday", "2026-11-22")]),
    ],
)  # fmt: skip
def test_a_weekday_in_a_past_year_is_no_day_of_this_week(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # months of something done every year are no one year's
        ("The regulator reviews its fees twice a year, in March and September.",
         [("twice a year", "P1Y"), ("March", "XXXX-03"), ("September", "XXXX-09")]),
        ("The fair is held in June every year.", [("June", "XXXX-06"), ("every year", "P1Y")]),
        # ... but a rate per year, or a yearly habit in another sentence, leaves them be
        ("Prices rose 3% a year in March.", [("a year", "P1Y"), ("March", "2026-03")]),
        ("He visited twice a year. In March he fell ill.",
         [("twice a year", "P1Y"), ("March", "2026-03")]),
        ("The regulator reviews its fees in March.", [("March", "2027-03")]),
    ],
)  # fmt: skip
def test_a_month_of_a_yearly_round_has_no_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, WED_FEB) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an order or a plea is about what is to come
        ("Give us the weekend.", [("the weekend", "2026-W47-WE")]),
        ("Stay indoors until Friday, police said.", [("Friday", "2026-11-20")]),
        ("Please do not come back before Monday.", [("Monday", "2026-11-23")]),
        ('The mayor said: "Keep your children home on Friday."', [("Friday", "2026-11-20")]),
        # a noun opening a sentence is no order, and a past in its own clause stays past
        ("Leave was cancelled on Friday.", [("Friday", "2026-11-13")]),
        ("Return flights were full on Sunday.", [("Sunday", "2026-11-15")]),
        ("Keep the change, he said on Friday.", [("Friday", "2026-11-13")]),
        ("We needed the weekend.", [("the weekend", "2026-W46-WE")]),
    ],
)  # fmt: skip
def test_an_order_names_a_day_to_come(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the prior quarter" is "the previous quarter": the one before the quarter named
        ("Profit rose in the third quarter, up 2% from the prior quarter.",
         [("the third quarter", "2026-Q3"), ("the prior quarter", "2026-Q2")]),
        ("Revenue grew in the July-September quarter. Margins were wider than in the prior "
         "period.", [("the July-September quarter", "2026-Q3"), ("the prior period", "2026-Q2")]),
        # ... or, with none named, the one before publication's
        ("Orders were up 2% from the prior quarter.", [("the prior quarter", "2026-Q3")]),
    ],
)  # fmt: skip
def test_the_prior_quarter_is_the_one_before(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, date(2026, 10, 29)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what is forecast or expected by a weekday comes by then, in a headline too
        ("Floods ease; more rain forecast by Thursday night",
         [("Thursday night", "2026-11-19TNI")]),
        ("More snow is forecast by Friday.", [("Friday", "2026-11-20")]),
        ("A ruling expected by Monday", [("Monday", "2026-11-23")]),
        # ... after the day of the forecast, when the sentence names it
        ("Forecasters on Monday predicted rain by Tuesday.",
         [("Monday", "2026-11-16"), ("Tuesday", "2026-11-17")]),
        # "by" an agent is no deadline
        ("The result was expected by analysts on Monday.", [("Monday", "2026-11-16")]),
    ],
)  # fmt: skip
def test_what_is_forecast_by_a_weekday_is_to_come(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the night before" is the night of the day before the day named last
        ("Shelters took in 900 people on Monday night, down from 1,200 the night before.",
         [("Monday night", "2026-11-16TNI"), ("the night before", "2026-11-15TNI")]),
        ("The fire broke out on Sunday. The wing had been cleared the evening before.",
         [("Sunday", "2026-11-15"), ("the evening before", "2026-11-14TEV")]),
        # ... not a night before an event, nor "the morning after"
        ("The night before the vote, he slept badly.", []),
        ("They met on Monday and again the morning after.", [("Monday", "2026-11-16")]),
    ],
)  # fmt: skip
def test_the_night_before_is_the_day_befores_night(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # every weekend is each week's weekend, not a two-day length
        ("Every weekend is a cup final.", [("Every weekend", "XXXX-WXX-WE")]),
        ("The market opens each weekend.", [("each weekend", "XXXX-WXX-WE")]),
        ("He sees his children every other weekend.", [("every other weekend", "P2W")]),
        ("Every week is hard.", [("Every week", "P1W")]),
    ],
)  # fmt: skip
def test_every_weekend_is_a_weekly_set(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "March", "May" after "of" and a part of time are the months, whatever follows
        ("The first week of May will be busy.", [("The first week of May", "2027-W18")]),
        ("The month of March is the wettest.", [("March", "2027-03")]),
        # ... not after other nouns, nor the noun "march"
        ("Supporters of May will vote for her.", []),
        ("They planned the march of thousands.", []),
    ],
)  # fmt: skip
def test_march_and_may_after_a_part_of_time_are_months(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, WED_FEB) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the end of a range of clock times earlier than its start is the next morning's
        ("A curfew from 9 p.m. to 5 a.m. remains in force.",
         [("9 p.m.", "2026-11-18T21:00"), ("5 a.m.", "2026-11-19T05:00")]),
        ("Bars must close between 11 p.m. and 6 a.m.",
         [("11 p.m.", "2026-11-18T23:00"), ("6 a.m.", "2026-11-19T06:00")]),
        ("The talks ran from 10 p.m. on Monday to 3 a.m.",
         [("10 p.m.", "2026-11-16T22:00"), ("Monday", "2026-11-16"),
          ("3 a.m.", "2026-11-17T03:00")]),
        # ... not a day's range, two times, or an end with its own day
        ("Shops open from 9 a.m. to 5 p.m.",
         [("9 a.m.", "2026-11-18T09:00"), ("5 p.m.", "2026-11-18T17:00")]),
        ("Shots were heard at 10 p.m. and 3 a.m.",
         [("10 p.m.", "2026-11-18T22:00"), ("3 a.m.", "2026-11-18T03:00")]),
    ],
)  # fmt: skip
def test_a_range_through_the_night_ends_next_morning(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the last Saturday of May" is one day of that month, not this week's Saturday
        ("The final is on the last Saturday of May.", [("the last Saturday of May", "2027-05-29")]),
        ("The race is run on the second Sunday of May.",
         [("the second Sunday of May", "2027-05-09")]),
        ("The vote was held on the last Sunday of October.",
         [("the last Sunday of October", "2026-10-25")]),
        ("The fair opens on the third Friday in June 2028.",
         [("the third Friday in June 2028", "2028-06-16")]),
        ("In 1998 the race was run on the first Saturday of June.",
         [("1998", "1998"), ("the first Saturday of June", "1998-06-06")]),
    ],
)  # fmt: skip
def test_the_nth_weekday_of_a_month_is_that_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the weekend of Nov. 21-22" is the weekend by that day, one expression
        ("The league resumes on the weekend of Nov. 28-29.",
         [("the weekend of Nov. 28-29", "2026-W48-WE")]),
        ("The concert is on the weekend of Dec. 4.", [("the weekend of Dec. 4", "2026-W49-WE")]),
        ("Fans gathered on the weekend of Oct. 3, 2020.",
         [("the weekend of Oct. 3, 2020", "2020-W40-WE")]),
        # "the week of" as before
        ("The week of March 6 was busy.", [("The week of March 6", "2026-W10")]),
    ],
)  # fmt: skip
def test_the_weekend_of_a_day_is_that_weekend(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # every summer, each winter: each year's season, a SET
        ("He toured every summer until 1999.", [("every summer", "XXXX-SU"), ("1999", "1999")]),
        ("Each winter the lake freezes.", [("Each winter", "XXXX-WI")]),
    ],
)  # fmt: skip
def test_every_season_is_a_yearly_set(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the last day of March" is the month's end, not a past
        ("Forms must be sent by the last day of March.",
         [("the last day of March", "2027-03")]),
        ("Bids must be in by the last working day of March.",
         [("the last working day of March", "2027-03")]),
        ("The talks failed on the last day of March.", [("the last day of March", "2026-03")]),
    ],
)  # fmt: skip
def test_the_last_day_of_a_month_is_its_end(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, WED_FEB) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the week beginning March 8" is that week, as "the week of March 8" is
        ("Results will be published in the week beginning March 8.",
         [("the week beginning March 8", "2027-W10")]),
        ("In the week starting Feb. 1, sales rose.", [("the week starting Feb. 1", "2027-W05")]),
    ],
)  # fmt: skip
def test_the_week_beginning_a_day_is_that_week(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, WED_FEB) == expected
