"""Time expressions from QA round 19 (tests/fixtures/dates_unseen19/FINDINGS.md): invented
sentences for each general rule fixed that round."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.parse.segment import segment
from explorer.parse.timex import find_timexes

TUE_DEC = date(2026, 12, 1)  # a Tuesday, the first of a month
THU_JUL = date(2026, 7, 9)  # a Thursday
SAT_AUG = date(2026, 8, 1)  # a Saturday, the first of a month


def found(text: str, published: date) -> list[tuple[str, str]]:
    """(text, value) of each time expression."""
    return [(t.text, t.value) for t in find_timexes(text, published, segment(text).sentences)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb right after ", said" opens what was said: its tense is that verb's, not
        # the "would" of a later clause
        ("Halvard, whose term ends in April 2028, said wage growth was still too high in the "
         "three months to September, and that the bank would watch pay closely.",
         [("April 2028", "2028-04"), ("the three months", "P3M"), ("September", "2026-09")]),
        ("Lund, the governor, said inflation was high in September, and that rates would fall.",
         [("September", "2026-09")]),
        # an attribution tail is still one
        ("Prices will rise in May, said Tuesday's report.",
         [("May", "2027-05"), ("Tuesday", "2026-12-01")]),
    ],
)  # fmt: skip
def test_what_was_said_takes_its_own_verb(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, TUE_DEC) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It warned that the coming fortnight would be very warm.",
         [("the coming fortnight", "P2W")]),
        ("Prices rose over the past fortnight.", [("the past fortnight", "P2W")]),
        ("The team played twice in the following fortnight.",
         [("the following fortnight", "P2W")]),
    ],
)  # fmt: skip
def test_a_fortnight_is_two_weeks_not_a_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, THU_JUL) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clock time is not the day of a participle clause after it
        ("The heat peaked on June 24, when it reached 39 degrees at 3:40 p.m., beating the "
         "record set on July 19, 2022.",
         [("June 24", "2026-06-24"), ("3:40 p.m.", "2026-06-24T15:40"),
          ("July 19, 2022", "2022-07-19")]),
        # ... but is the day right after it
        ("The vote is at 3 p.m. on July 19.", [("3 p.m.", "2026-07-19T15:00"),
                                               ("July 19", "2026-07-19")]),
    ],
)  # fmt: skip
def test_a_clock_time_and_a_later_clause(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, THU_JUL) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday restated by a date after it: the clock time is on that date
        ("The decision will be announced at 2 p.m. on Friday, Dec. 18, with a news "
         "conference half an hour later.",
         [("2 p.m.", "2026-12-18T14:00"), ("Friday, Dec. 18", "2026-12-18"),
          ("half an hour later", "2026-12-18")]),
        ("The decision will be announced at 2 p.m. on the Friday, Dec. 18.",
         [("2 p.m.", "2026-12-18T14:00"), ("Friday, Dec. 18", "2026-12-18")]),
        # a date that is no such weekday restates nothing: the coming Friday, as before
        ("The decision will be announced at 2 p.m. on Friday, Dec. 19.",
         [("2 p.m.", "2026-12-04T14:00"), ("Friday, Dec. 19", "2026-12-19")]),
    ],
)  # fmt: skip
def test_a_clock_time_on_a_weekday_and_its_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, TUE_DEC) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a schedule lists its days in order: the later ones keep the first one's year
        ("The calendar, published last week, sets meetings for Jan. 27-28, March 17-18 and "
         "May 5-6.",
         [("last week", "2026-W48"), ("Jan. 27-28", "2027-01-27"),
          ("March 17-18", "2027-03-17"), ("May 5-6", "2027-05-05")]),
        ("Meetings will be held on Dec. 17, Feb. 3 and March 9.",
         [("Dec. 17", "2026-12-17"), ("Feb. 3", "2027-02-03"), ("March 9", "2027-03-09")]),
        # a list told in the past is read day by day, by its verb
        ("The company reported results on Jan. 27, March 17 and May 5.",
         [("Jan. 27", "2027-01-27"), ("March 17", "2026-03-17"), ("May 5", "2026-05-05")]),
    ],
)  # fmt: skip
def test_a_list_of_days_keeps_its_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, TUE_DEC) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "a few weeks earlier" counts back from a time to come: no past for the month
        ("A Chinese orbiter launched on July 28 and is due to arrive a few weeks earlier, in "
         "February.",
         [("July 28", "2026-07-28"), ("a few weeks earlier", "PAST_REF"),
          ("February", "2027-02")]),
        # ... in past narration it is still the past
        ("Two weeks earlier, in February, the team met.",
         [("Two weeks earlier", "2026-W29"), ("February", "2026-02")]),
    ],
)  # fmt: skip
def test_earlier_than_a_time_to_come(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, SAT_AUG) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Harvest began in the first week of the month.",
         [("the first week of the month", "2026-07")]),
        ("The heatwave could last into the last week of the month.",
         [("the last week of the month", "2026-07")]),
        ("Prices rose in the first half of the month.",
         [("the first half of the month", "2026-07")]),
        ("Prices rose in the second half of the year.",
         [("the second half of the year", "2026-H2")]),
    ],
)  # fmt: skip
def test_a_part_of_the_month(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, THU_JUL) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The panels unfolded about an hour and a half after launch.",
         [("about an hour and a half", "PT1H30M")]),
        ("He served a year and a half in prison.", [("a year and a half", "P1Y6M")]),
        ("A year and a half ago, the plant closed.", [("A year and a half ago", "2025-02")]),
        # TimeBank's "a minute and a half later": the length, as "two minutes later" is
        ("But a minute and a half later, a pilot calls in.",
         [("a minute and a half", "PT1M30S")]),
        # a rate is the unit alone
        ("He earns $2 million a year and a half of it goes to tax.", [("a year", "P1Y")]),
    ],
)  # fmt: skip
def test_a_unit_and_a_half(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, SAT_AUG) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the year before" counts from the year the sentence before named, relative or not
        ("Last year sales rose. The year before, they fell.",
         [("Last year", "2025"), ("The year before", "2024")]),
        ("Next year sales will rise. The year after, they will fall.",
         [("Next year", "2027"), ("The year after", "2028")]),
        ("In 2024 sales rose. The year before, they fell.",
         [("2024", "2024"), ("The year before", "2023")]),
    ],
)  # fmt: skip
def test_the_year_before_the_last_year_named(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, SAT_AUG) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # told in the past, "that year" is not the year to come named before, but the
        # year of the relative clause named since
        ("The window opens in late 2028. The last mission, which launched in March 2016, is "
         "still working. It arrived in October of that year.",
         [("late 2028", "2028"), ("March 2016", "2016-03"),
          ("October of that year", "2016-10")]),
        ("The window opens in late 2028. The last mission, which launched in March 2016, is "
         "still working. That year it also mapped the poles.",
         [("late 2028", "2028"), ("March 2016", "2016-03"), ("That year", "2016")]),
        # ... told of what is to come, the year to come
        ("The window opens in late 2028. The last mission, which launched in March 2016, is "
         "still working. It will arrive in October of that year.",
         [("late 2028", "2028"), ("March 2016", "2016-03"),
          ("October of that year", "2028-10")]),
        # ... and a background year never outranks a past main line ("That summer")
        ("Rain fell in 2019. The plant, which opened in 2001, closed. That year it also "
         "flooded.",
         [("2019", "2019"), ("2001", "2001"), ("That year", "2019")]),
    ],
)  # fmt: skip
def test_that_year_told_in_the_past(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, SAT_AUG) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Holi, by India's list of holidays (round 17's open item): the day of colours
        ("Crowds threw coloured powder at Holi last week.", date(2026, 3, 10),
         [("Holi", "2026-03-04"), ("last week", "2026-W10")]),
        ("Holi will be celebrated across India.", date(2027, 1, 15), [("Holi", "2027-03-22")]),
        ("The Holiday Inn was full over the holidays.", date(2026, 3, 10), []),
    ],
)  # fmt: skip
def test_holi(text: str, published: date, expected: list[tuple[str, str]]) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the month a figure is compared with is not what "a year earlier" compares with
        ("Consumer prices rose 0.1 percent in November from October, the office said, and "
         "2.1 percent from a year earlier.",
         [("November", "2026-11"), ("October", "2026-10"), ("a year earlier", "2025-11")]),
        ("Exports fell in October and rose 5 percent from a year earlier.",
         [("October", "2026-10"), ("a year earlier", "2025-10")]),
    ],
)  # fmt: skip
def test_a_year_before_the_month_of_the_figure(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, TUE_DEC) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the last year to ..." is the most recent year something happened in: no date
        ("The last year to come in below the average was 2010.", [("2010", "2010")]),
        ("The last month in which prices fell was March 2024.", [("March 2024", "2024-03")]),
        # ... "the last year" alone is the past year, as before
        ("Prices rose 5% over the last year.", [("the last year", "2025")]),
    ],
)  # fmt: skip
def test_the_last_year_to_do_something(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, THU_JUL) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A quarter-century ago, the plant closed.", [("A quarter-century ago", "2001")]),
        ("Half a century ago, the dam broke.", [("Half a century ago", "1976")]),
        ("It was not until 2001, a quarter-century after the flood, that they apologised.",
         [("2001", "2001"), ("a quarter-century", "P25Y")]),
        ("It took less than a quarter of an hour.",
         [("less than a quarter of an hour", "PT15M")]),
        # "a quarter" alone is still three months
        ("Sales fell from a quarter earlier.", [("a quarter earlier", "2025-Q4")]),
    ],
)  # fmt: skip
def test_a_quarter_of_a_unit(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, date(2026, 3, 15)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day in a bracket of universal time is that time's, not the story's
        ("Polls close at 8 p.m. local time (0100 GMT Wednesday), and results are expected by "
         "midnight.",
         [("8 p.m.", "2026-11-03T20:00"), ("0100 GMT", "2026-11-04T01:00"),
          ("Wednesday", "2026-11-04"), ("midnight", "2026-11-03T24:00")]),
        ("The quake struck at 4:15 a.m. (1715 GMT Thursday) and a second tremor followed at "
         "5 a.m.",
         [("4:15 a.m.", "2026-10-30T04:15"), ("1715 GMT", "2026-10-29T17:15"),
          ("Thursday", "2026-10-29"), ("5 a.m.", "2026-10-30T05:00")]),
    ],
)  # fmt: skip
def test_the_day_of_a_universal_time_in_brackets(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, date(2026, 11, 3)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "March" and "May" after "the" and before a noun of what a month holds
        ("Officials will publish projections at the March meeting.", [("March", "2027-03")]),
        ("Turnout in the May elections was low.", [("May", "2026-05")]),
        ("The May government fell.", []),
        ("Protesters will march on the capital.", []),
        # ... and what was said of it takes its own verb's tense
        ("He said the June meeting would decide.", [("June", "2027-06")]),
        ("He said the June figures showed a rise.", [("June", "2026-06")]),
    ],
)  # fmt: skip
def test_the_march_meeting(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, date(2026, 9, 14)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day kept every year is every year's, and so is its clock time
        ("Every year on Aug. 6 at 8:15 a.m., the city falls silent.",
         [("Every year", "P1Y"), ("Aug. 6", "XXXX-08-06"), ("8:15 a.m.", "XXXX-08-06T08:15")]),
        ("Survivors have met on March 16 each year since 1977.",
         [("March 16", "XXXX-03-16"), ("each year", "P1Y"), ("1977", "1977")]),
        # ... one day told alone is still that year's
        ("On Aug. 6, the city fell silent.", [("Aug. 6", "2026-08-06")]),
    ],
)  # fmt: skip
def test_a_day_kept_every_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, date(2026, 8, 6)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the winter before" counts back from the winter named before it
        ("Last winter, 3,100 people were admitted. The winter before, the figures were 2,600.",
         [("Last winter", "2024-WI"), ("The winter before", "2023-WI")]),
        ("Last summer was hot. The summer before was wet.",
         [("Last summer", "2025-SU"), ("The summer before", "2024-SU")]),
        ("In the summer of 2019 it flooded. The summer after, it burned.",
         [("the summer of 2019", "2019-SU"), ("The summer after", "2020-SU")]),
        # ... not "the winter before the election"
        ("The winter before the election was hard.", [("The winter", "2024-WI")]),
    ],
)  # fmt: skip
def test_the_season_before(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, date(2025, 10, 5)) == expected
