"""Time expressions from QA round 21 (tests/fixtures/dates_unseen21/FINDINGS.md): invented
sentences for each general rule fixed that round."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.parse.segment import segment
from explorer.parse.timex import find_timexes

FRI_JUL = date(2026, 7, 31)  # a Friday, the last day of a month
MON_MAR = date(2026, 3, 2)  # a Monday, two days into a month
SUN_JAN = date(2027, 1, 3)  # a Sunday, three days into a year


def found(text: str, published: date) -> list[tuple[str, str]]:
    """(text, value) of each time expression."""
    return [(t.text, t.value) for t in find_timexes(text, published, segment(text).sentences)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a speech has one day: a weekday before its verb, with another day after it, ends
        # a name
        ("Speaker Dana Monday said on Thursday that talks would go on.",
         [("Thursday", "2026-07-30")]),
        ("Coach Lena Friday told reporters on July 20 that she would stay.",
         [("July 20", "2026-07-20")]),
        # a weekday closing an apposition, the speech verb right after its comma
        ("Its sponsor, Rep. Luis Friday, said the ban was overdue.", []),
        # still days: a place before the weekday, or no second day
        ("The minister, speaking in Kyiv Friday, said talks would resume.",
         [("Friday", "2026-07-31")]),
        ("Prime Minister Gantz Sunday said the talks had failed.", [("Sunday", "2026-07-26")]),
        ("Officials said Monday that the road had reopened.", [("Monday", "2026-07-27")]),
    ],
)  # fmt: skip
def test_a_weekday_that_ends_a_speakers_name_is_no_date(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, FRI_JUL) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the last" of a list is no past: the dates of a calendar to come are to come
        ("The calendar for the autumn has 24 sitting days, the first on Sept. 8 and the last "
         "on Dec. 17.",
         [("the autumn", "2026-FA"), ("Sept. 8", "2026-09-08"), ("Dec. 17", "2026-12-17")]),
        # what is left for a season is to come
        ("The budget is not the only business left for the autumn.", [("the autumn", "2026-FA")]),
        ("With ten days left before the autumn, the plan is ready.",
         [("ten days", "P10D"), ("the autumn", "2026-FA")]),
        # still past: a verb "left", "the last" as an adverb of time
        ("The minister left for the coast in May.", [("May", "2026-05")]),
        ("The river last flooded in December.", [("December", "2025-12")]),
    ],
)  # fmt: skip
def test_the_last_of_a_list_and_what_is_left_are_no_past(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, FRI_JUL) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "that year" after a period named earlier in its sentence is that period's year,
        # not the story's (a day in February, named in the sentence before)
        ("The judge ruled on Feb. 11. His wife said they had separated in the summer of "
         "2022 and had not spoken since that year.",
         [("Feb. 11", "2026-02-11"), ("the summer of 2022", "2022-SU"), ("that year", "2022")]),
        # a holiday with "that year", "the following year" after it is one expression, of
        # the year they point back at
        ("The judge ruled on Feb. 11. His wife said they had separated in the summer of "
         "2022 and had not spoken since Christmas that year.",
         [("Feb. 11", "2026-02-11"), ("the summer of 2022", "2022-SU"),
          ("Christmas that year", "2022-12-25")]),
        ("The bridge opened in 2019 and closed at Easter the following year.",
         [("2019", "2019"), ("Easter the following year", "2020-04-12")]),
        # Remembrance Sunday is a feast (the second Sunday of November), not a weekday
        ("Veterans will march on Remembrance Sunday.", [("Remembrance Sunday", "2026-11-08")]),
        # still: "that year" with no period named in its sentence counts from the story's
        ("The plant closed in March 2019. Workers say the town has not recovered. Sales fell "
         "that year.",
         [("March 2019", "2019-03"), ("that year", "2019")]),
    ],
)  # fmt: skip
def test_that_year_counts_from_the_period_its_sentence_named(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, MON_MAR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the night of the killing" is the night the story gave it, and what is counted
        # after it follows (not the trial's day, named last)
        ("A man killed his neighbour on the night of Oct. 3, 2023. The trial opened on Feb. "
         "18. On the night of the killing, a witness heard shouts at 11:40 p.m. He was "
         "arrested three days later.",
         [("Oct. 3, 2023", "2023-10-03"), ("Feb. 18", "2026-02-18"),
          ("the night", "2023-10-03TNI"), ("11:40 p.m.", "2023-10-03T23:40"),
          ("three days later", "2023-10-06")]),
        # ... or the day named with the event's noun, or the story's opening day
        ("The fire broke out on Jan. 4 in the old mill. On the night of the fire, winds "
         "were strong.",
         [("Jan. 4", "2026-01-04"), ("the night", "2026-01-04TNI")]),
        ("Voters went to the polls on Sunday. On the morning of the vote, queues formed at "
         "7 a.m.",
         [("Sunday", "2026-03-01"), ("the morning", "2026-03-01TMO"),
          ("7 a.m.", "2026-03-01T07:00")]),
        # no event the story dated: nothing
        ("The team played on Saturday. It was the day of the week he liked best.",
         [("Saturday", "2026-02-28")]),
    ],
)  # fmt: skip
def test_the_night_of_an_event_is_the_events_night(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, MON_MAR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a deadline a noun is given, in speech reported in the past, is still to come
        ("The Senate leader said a vote by the end of September was realistic.",
         [("the end of September", "2026-09")]),
        ("He said a deal by October was unlikely.", [("October", "2026-10")]),
        # still past: a verb's own "by", a month gone this year
        ("The plant was finished by September.", [("September", "2025-09")]),
        ("He said a deal by March had been impossible.", [("March", "2026-03")]),
        # "took until" is a past that lasted, in the year its clause named
        ("Last year it passed on Aug. 14, and in 2024 it took until the first week of "
         "October.",
         [("Last year", "2025"), ("Aug. 14", "2025-08-14"), ("2024", "2024"),
          ("the first week of October", "2024-W40")]),
        ("In 2024 the count took until October.", [("2024", "2024"), ("October", "2024-10")]),
        # a sport's season is what a count of years after it counts from (its last year)
        ("Rovers won the league in the 1994-95 season and the cup two years later.",
         [("the 1994-95 season", "1994"), ("two years later", "1997")]),
    ],
)  # fmt: skip
def test_deadlines_and_lasting_pasts_keep_their_year(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, FRI_JUL) == expected


WED_APR = date(2026, 4, 1)  # a Wednesday, four days before Easter


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # what is booked "for" a weekday is the day to come, whatever the tense
        ("Ferry firms said sailings to Ireland for Saturday were fully booked within days.",
         WED_APR, [("Saturday", "2026-04-04"), ("days", "PXD")]),
        ("Trains for Friday are full, the operator said.", WED_APR, [("Friday", "2026-04-03")]),
        # still the day gone: cancelled flights, a concert that was sold out
        ("Flights for Tuesday evening were also cancelled.", WED_APR,
         [("Tuesday evening", "2026-03-31TEV")]),
        ("The concert on Friday was sold out.", WED_APR, [("Friday", "2026-03-27")]),
        # a feast in a headline with no past is the one nearest publication
        ("Pilots strike over Easter weekend\n\nLONDON - The airline cancelled flights.", WED_APR,
         [("Easter", "2026-04-05")]),
        ("Council to keep markets open over Easter\n\nThe vote was 31-18.", date(2026, 12, 12),
         [("Easter", "2027-03-28")]),
        ("City ends record year with quiet New Year's Eve\n\nCrowds stayed home.",
         date(2027, 1, 2), [("New Year's Eve", "2026-12-31")]),
        # a past in the headline keeps the tense's
        ("Markets stayed open over Easter\n\nThe vote was 31-18.", date(2026, 12, 12),
         [("Easter", "2026-04-05")]),
    ],
)  # fmt: skip
def test_what_is_booked_for_a_day_and_a_headlines_feast_are_the_coming_ones(
    text: str, published: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fiscal quarter whose fiscal year is given only in the next sentence: on it
        ("It reported a loss in its fiscal third quarter on Tuesday. The company's fiscal "
         "year ends in June.",
         [("fiscal third quarter", "2026-Q1"), ("Tuesday", "2026-03-31"), ("June", "XXXX-06")]),
        # ... or by its end, in an aside after it
        ("It reported a loss in its fiscal third quarter, to the end of March, on Tuesday.",
         [("fiscal third quarter", "2026-Q1"), ("the end of March", "2026-03"),
          ("Tuesday", "2026-03-31")]),
        # no calendar given: the calendar quarter, as before
        ("It reported a loss in its fiscal third quarter on Tuesday.",
         [("fiscal third quarter", "2025-Q3"), ("Tuesday", "2026-03-31")]),
    ],
)  # fmt: skip
def test_a_fiscal_quarter_takes_the_fiscal_year_told_after_it(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, WED_APR) == expected


def test_overnight_into_an_indefinite_day_is_no_date() -> None:
    text = "The 2019 strike ended after talks that ran overnight into a Sunday morning."
    assert found(text, WED_APR) == [("2019", "2019"), ("Sunday morning", "XXXX-WXX-7TMO")]
    # a named day still gives the night before it
    assert found("Snow fell overnight into Thursday.", WED_APR) == [
        ("overnight", "2026-03-25TNI"),
        ("Thursday", "2026-03-26"),
    ]


THU_APR = date(2026, 4, 2)  # a Thursday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the day travel is cancelled "for" is the nearer of the one gone and the coming one
        ("The airline has cancelled all flights for Saturday.", [("Saturday", "2026-04-04")]),
        ("Skyline cancelled 340 flights for Wednesday.", [("Wednesday", "2026-04-01")]),
        ("Flights for Tuesday evening were also cancelled.",
         [("Tuesday evening", "2026-03-31TEV")]),
        # publication's own weekday is that day
        ("Rail firms cancelled trains for Thursday.", [("Thursday", "2026-04-02")]),
        # not in a sentence of a past year
        ("In the summer of 2019, the airline cancelled all flights for Saturday.",
         [("the summer of 2019", "2019-SU"), ("Saturday", "2026-03-28")]),
    ],
)  # fmt: skip
def test_the_day_travel_is_cancelled_for_is_the_nearest(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, THU_APR) == expected


def test_a_relative_clause_ending_in_a_day_closes_before_a_month() -> None:
    text = "Veltra reports results for the quarter, which ended on Dec. 26, in late January."
    assert found(text, date(2026, 12, 29))[-1] == ("late January", "2027-01")
    # a place after the comma still goes on with the clause
    text = "The summit, which opened in Belem on Nov. 10, in Brazil, collapsed in March."
    assert found(text, date(2026, 12, 29)) == [("Nov. 10", "2026-11-10"), ("March", "2026-03")]


def test_a_participle_aside_gives_its_past_to_no_one_else() -> None:
    # ", introduced in 2022," is an aside: the present of "allows" rules the rest (May 27)
    text = (
        "The exams begin on June 3. The rule, introduced in 2022, allows a second sitting "
        "in the autumn, typically in late September or October."
    )
    assert found(text, date(2026, 5, 27)) == [
        ("June 3", "2026-06-03"),
        ("2022", "2022"),
        ("the autumn", "2026-FA"),
        ("late September", "2026-09"),
        ("October", "2026-10"),
    ]
    # a past verb of the main clause still rules
    assert found("The bridge, opened in 2019, was closed in November.", date(2026, 5, 27)) == [
        ("2019", "2019"),
        ("November", "2025-11"),
    ]
