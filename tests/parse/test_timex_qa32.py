"""Time expressions from QA round 30 (helper qa32d): the lead's open items and the general
defects the round's three stories (tests/fixtures/dates_unseen30) showed, each on invented
sentences."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.parse.segment import segment
from explorer.parse.timex import find_timexes

SUN_DEC = date(2026, 12, 20)  # a Sunday
MON_NOV = date(2026, 11, 30)  # a Monday


def found(text: str, published: date) -> list[tuple[str, str]]:
    """(text, value) of each time expression."""
    return [(t.text, t.value) for t in find_timexes(text, published, segment(text).sentences)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a counterfactual would have done after the event is not pushed into the past:
        # this Christmas, days ahead (was last year's)
        ("Senators approved the funding hours before a deadline that would have triggered a "
         "partial shutdown over the Christmas holiday.",
         [("hours", "PTXH"), ("Christmas", "2026-12-25")]),
        ("The deal averted a strike that would have closed schools on Dec. 22.",
         [("Dec. 22", "2026-12-22")]),
        # ... a counterfactual told of a day before it is still that day gone
        ("Wednesday's vote would have been lost, aides said.", [("Wednesday", "2026-12-16")]),
        ("The ferry could have docked on Friday, the inquiry heard.",
         [("Friday", "2026-12-18")]),
    ],
)  # fmt: skip
def test_a_counterfactual_keeps_its_time(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, SUN_DEC) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a deadline something was done before ends the story's day, not the night before
        ("The union signed the offer minutes before a midnight deadline.",
         [("minutes", "PTXM"), ("midnight", "2026-12-20T24:00")]),
        ("Lawmakers sent the bill to the governor just ahead of the midnight deadline.",
         [("midnight", "2026-12-20T24:00")]),
        # ... a midnight gone, with no deadline, stays the last one
        ("Neighbours said they heard shots shortly before midnight.",
         [("midnight", "2026-12-19T24:00")]),
    ],
)  # fmt: skip
def test_a_midnight_deadline_beaten_ends_the_day(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, SUN_DEC) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence about a thing of a year to come, in the present: a day gone this year
        # is that year's (was this year's, already past)
        ("The budget for 2027 raises school funding by a tenth and cuts the tax on diesel "
         "from July 1.",
         [("2027", "2027"), ("July 1", "2027-07-01")]),
        ("The 2027 season's opening race is on March 14.",
         [("2027", "2027"), ("March 14", "2027-03-14")]),
        # ... told in the past, or of a day still ahead this year, the usual reading
        ("The 2027 budget was approved on Nov. 3.", [("2027", "2027"), ("Nov. 3", "2026-11-03")]),
        ("The 2027 budget debate begins on Dec. 2.", [("2027", "2027"), ("Dec. 2", "2026-12-02")]),
    ],
)  # fmt: skip
def test_a_day_of_a_thing_of_a_year_to_come(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, MON_NOV) == expected


def test_a_friday_in_late_october_is_no_day_near_publication() -> None:
    # an unnamed Friday of last October: no particular weekday, the month October's
    got = found("The single, released on a Friday in late October, topped the chart.", MON_NOV)
    assert got == [("Friday", "XXXX-WXX-5"), ("late October", "2026-10")]


THU_DEC = date(2026, 12, 31)  # a Thursday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the end of a range from a month, later that year, is in the start's year, though
        # "until" looks ahead (was next September)
        ("A dry spell left the river too low for barges from June until late August.",
         [("June", "2026-06"), ("late August", "2026-08")]),
        ("The museum was shut from May until October.",
         [("May", "2026-05"), ("October", "2026-10")]),
        # ... a range across a new year is read from its end, as before
        ("The road will be closed from November until March.",
         [("November", "2026-11"), ("March", "2027-03")]),
    ],
)  # fmt: skip
def test_a_range_of_months_ends_in_its_start_year(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, THU_DEC) == expected


TUE_JAN = date(2027, 1, 5)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what was expected, told back under a reporting verb, is still to come (was the
        # days gone)
        ("Forecasters said on Tuesday that heavy rain was expected on Friday and over the "
         "weekend.",
         [("Tuesday", "2027-01-05"), ("Friday", "2027-01-08"), ("the weekend", "2027-W01-WE")]),
        ("The agency said more delays were expected on Thursday.",
         [("Thursday", "2027-01-07")]),
        # ... with no saying, what was expected may be gone
        ("The shipment was expected on Friday but never arrived.", [("Friday", "2027-01-01")]),
    ],
)  # fmt: skip
def test_what_was_expected_told_back_is_to_come(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, TUE_JAN) == expected


FRI_DEC = date(2026, 12, 18)  # a Friday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clock time of "every <weekday> in <month>" recurs on that weekday (was the
        # coming Tuesday's)
        ("The council will run drop-in sessions every Tuesday in March, at 6 p.m.",
         [("every Tuesday", "XXXX-WXX-2"), ("March", "2027-03"), ("6 p.m.", "XXXX-WXX-2T18:00")]),
        ("Guided walks will leave on Saturdays in May at 9 a.m.",
         [("Saturdays", "XXXX-WXX-6"), ("May", "2027-05"), ("9 a.m.", "XXXX-WXX-6T09:00")]),
    ],
)  # fmt: skip
def test_a_clock_time_of_a_weekly_habit_in_a_month_recurs(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, FRI_DEC) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "overnight" after a day its sentence named with "on" is that day's night (was the
        # night before publication), the night before it after a small-hours clock time;
        # "that morning" then stays on the day
        ("The dam burst shortly after 2 a.m. on Dec. 5, flooding the valley overnight. Troops "
         "arrived that morning.",
         [("2 a.m.", "2026-12-05T02:00"), ("Dec. 5", "2026-12-05"),
          ("overnight", "2026-12-04TNI"), ("that morning", "2026-12-05TMO")]),
        ("On Monday, gales battered the coast, cutting power to 9,000 homes overnight.",
         [("Monday", "2026-12-28"), ("overnight", "2026-12-28TNI")]),
        # ... not a day after "since", nor the day of a saying
        ("The fire, burning since Christmas Eve, jumped the river overnight.",
         [("Christmas Eve", "2026-12-24"), ("overnight", "2026-12-30TNI")]),
    ],
)  # fmt: skip
def test_overnight_after_a_day_named_is_its_night(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, THU_DEC) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the week after next" and "the <weekday> after next" (were not found, and the
        # coming Monday)
        ("A ruling is expected in the week after next.", [("the week after next", "2027-W02")]),
        ("She will fly home the Monday after next.", [("Monday after next", "2027-01-11")]),
        ("The board meets on Thursday after next.", [("Thursday after next", "2027-01-14")]),
    ],
)  # fmt: skip
def test_after_next(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, THU_DEC) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "for <length> from <day>" is a length and its start (was one date three weeks on)
        ("The bridge will close for three weeks from Feb. 1.",
         [("three weeks", "P3W"), ("Feb. 1", "2027-02-01")]),
        # ... "three weeks from Friday" is still one date
        ("The vote is three weeks from Friday.", [("three weeks from Friday", "2027-01-22")]),
    ],
)  # fmt: skip
def test_a_length_from_a_day_after_for(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, THU_DEC) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a later month coordinated with a month told ahead is that month's year (was this
        # October, gone)
        ("Farmers asked for the payment to be made in two parts, one in March and one in "
         "September.",
         [("March", "2027-03"), ("September", "2027-09")]),
        # ... both months gone stay gone
        ("Sales fell in March and again in November.",
         [("March", "2026-03"), ("November", "2026-11")]),
    ],
)  # fmt: skip
def test_a_later_month_paired_with_one_ahead(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, FRI_DEC) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday of a month told as a yearly habit is no one year's day (was the last
        # such day, or this year's gone)
        ("The town's regatta, held on the first Sunday of July since 1921, will go ahead.",
         [("the first Sunday of July", "XXXX-07"), ("1921", "1921")]),
        ("Ferries normally return to the island on the second Saturday of March.",
         [("the second Saturday of March", "XXXX-03")]),
        # ... a day told once keeps its year
        ("The board met on the second Tuesday of October.",
         [("the second Tuesday of October", "2026-10-13")]),
    ],
)  # fmt: skip
def test_a_weekday_of_a_month_told_as_a_yearly_habit(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, THU_DEC) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pair of weekday evenings in a sentence that names the months the habit runs
        # for recurs (was the coming Wednesday and every Friday evening)
        ("Late-night swims will run on Wednesday and Friday evenings until the end of March.",
         [("Wednesday", "XXXX-WXX-3TEV"), ("Friday evenings", "XXXX-WXX-5TEV"),
          ("the end of March", "2027-03")]),
        # ... a pair told once, with a day as its end, stays two nights
        ("Gales will hit the coast on Saturday and Sunday nights, until Jan. 11.",
         [("Saturday", "2027-01-09"), ("Sunday nights", "2027-01-10TNI"),
          ("Jan. 11", "2027-01-11")]),
    ],
)  # fmt: skip
def test_a_pair_of_weekday_evenings_for_months_recurs(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, TUE_JAN) == expected


def test_a_length_of_straight_or_consecutive_units() -> None:
    # "three straight years", "two consecutive months", "four successive weeks" are lengths
    # (were not found)
    got = found(
        "Rents outpaced wages for three straight years and fell for two consecutive months "
        "after four successive weeks of protests.",
        FRI_DEC,
    )
    assert got == [
        ("three straight years", "P3Y"),
        ("two consecutive months", "P2M"),
        ("four successive weeks", "P4W"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month in a "when" clause after a season of a year is of that season (was
        # publication's year); a winter's January is the year after its December
        ("The pass was shut for 30 days in the winter of 2018-19, when avalanches struck in "
         "February.",
         [("30 days", "P30D"), ("the winter of 2018", "2018-WI"), ("February", "2019-02")]),
        ("The worst was the summer of 2015, when the lake dried out in August.",
         [("the summer of 2015", "2015-SU"), ("August", "2015-08")]),
    ],
)  # fmt: skip
def test_a_month_when_a_season_of_a_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, TUE_JAN) == expected


def test_clock_times_of_days_a_week_recur() -> None:
    # "six days a week, from 7 a.m. to 7 p.m." are daily hours (were the last day named's)
    got = found(
        "Crews will start on Monday, Jan. 4, and work six days a week, from 6 a.m. to 8 p.m.",
        THU_DEC,
    )
    assert ("6 a.m.", "XXXX-XX-XXT06:00") in got
    assert ("8 p.m.", "XXXX-XX-XXT20:00") in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the first <weekday> of <a period that is no month>" is no day near publication
        # (was the last or coming such weekday)
        ("Crowds were half those on the first Saturday of last season.",
         [("Saturday", "XXXX-WXX-6"), ("last season", "2025")]),
        ("Students will walk out on the first Friday of term.", [("Friday", "XXXX-WXX-5")]),
        # ... of a month it is that day
        ("The final is on the last Saturday of May.",
         [("the last Saturday of May", "2027-05-29")]),
    ],
)  # fmt: skip
def test_a_weekday_of_a_period(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, TUE_JAN) == expected
