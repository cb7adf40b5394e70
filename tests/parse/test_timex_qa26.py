"""Time expressions from QA round 26 (tests/fixtures/dates_unseen26/FINDINGS.md): invented
sentences for each general rule fixed that round."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.parse.segment import segment
from explorer.parse.timex import find_timexes

WED_NOV = date(2026, 11, 25)  # a Wednesday
SUN_MAR = date(2026, 3, 1)  # a Sunday


def found(text: str, published: date) -> list[tuple[str, str]]:
    """(text, value) of each time expression."""
    return [(t.text, t.value) for t in find_timexes(text, published, segment(text).sentences)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the week before" / "the month before" after a week or month its sentence named
        # counts from that one, not from publication (which gave the same week or month)
        ("Last week alone brought 38 new cases, up from 22 the week before.",
         [("Last week", "2026-W47"), ("the week before", "2026-W46")]),
        ("Cases rose in October. Last week brought 38 cases, up from 22 the week before.",
         [("October", "2026-10"), ("Last week", "2026-W47"), ("the week before", "2026-W46")]),
        ("Sales rose 5 percent last month, after a 3 percent fall the month before.",
         [("last month", "2026-10"), ("the month before", "2026-09")]),
        ("Exports fell in August, after a rise the month before.",
         [("August", "2026-08"), ("the month before", "2026-07")]),
        ("Talks are due next week and a vote the week after.",
         [("next week", "2026-W49"), ("the week after", "2026-W50")]),
        # with no week or month named in its sentence, still from publication
        ("Prices were lower the week before.", [("the week before", "2026-W47")]),
    ],
)  # fmt: skip
def test_the_week_before_counts_from_the_week_named(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, WED_NOV) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the second half of the year" in a past sentence that wrote a year before it is
        # that year's half
        ("The airline posted a loss for 2025 after fuel costs rose in the second half of the "
         "year.", [("2025", "2025"), ("the second half of the year", "2025-H2")]),
        ("In 2019 the plant closed in the first half of the year.",
         [("2019", "2019"), ("the first half of the year", "2019-H1")]),
        # ... but not when the sentence looks ahead, or names no year
        ("Profit in 2025 rose 4 percent, and it expects growth in the second half of the year.",
         [("2025", "2025"), ("the second half of the year", "2026-H2")]),
        ("Sales fell in the first half of the year.", [("the first half of the year", "2026-H1")]),
    ],
)  # fmt: skip
def test_half_of_the_year_named_in_a_past_sentence(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, SUN_MAR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an "according to" aside lends no tense to the clause after it
        ("The outbreak is expected to peak before Christmas, according to modelling published "
         "on Monday by the Velmar Institute, and to end by mid-February if vaccination keeps "
         "pace.",
         [("Christmas", "2026-12-25"), ("Monday", "2026-11-23"), ("mid-February", "2027-02")]),
        # ... while a past verb of the sentence's own still dates it
        ("Prices rose in March, according to figures published on Monday.",
         [("March", "2026-03"), ("Monday", "2026-11-23")]),
    ],
)  # fmt: skip
def test_according_to_aside_lends_no_tense(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, WED_NOV) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Until <day>," opening a sentence whose next verb is past tells of a time gone by
        ('"Until Friday afternoon, I believed we would make it."',
         [("Friday afternoon", "2026-02-27TAF")]),
        ("Until Friday, the company believed it could survive.", [("Friday", "2026-02-27")]),
        # ... a future verb keeps the day ahead
        ("Until Friday, the roads will stay closed.", [("Friday", "2026-03-06")]),
        ("The roads will stay closed until Friday, police said.", [("Friday", "2026-03-06")]),
    ],
)  # fmt: skip
def test_opening_until_with_a_past_verb(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, SUN_MAR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # both ends of a range of clock times recur with the recurrence by either end
        ("Supplies will be shut off from 10 p.m. to 6 a.m. every night.",
         [("10 p.m.", "XXXX-XX-XXT22:00"), ("6 a.m.", "XXXX-XX-XXT06:00"),
          ("every night", "XXXX-XX-XXTNI")]),
        ("Clinics open from 8 a.m. to 8 p.m. daily.",
         [("8 a.m.", "XXXX-XX-XXT08:00"), ("8 p.m.", "XXXX-XX-XXT20:00"), ("daily", "P1D")]),
        ("Clinics will open every day from 8 a.m. to 8 p.m.",
         [("every day", "P1D"), ("8 a.m.", "XXXX-XX-XXT08:00"), ("8 p.m.", "XXXX-XX-XXT20:00")]),
        # ... a range on one day, or a recurrence of another clause, stays times of a day
        ("The clinic opened from 8 a.m. to 8 p.m. on Monday.",
         [("8 a.m.", "2026-11-23T08:00"), ("8 p.m.", "2026-11-23T20:00"),
          ("Monday", "2026-11-23")]),
        ("The strike runs from 6 a.m. to 10 p.m., and talks continue every day.",
         [("6 a.m.", "2026-11-25T06:00"), ("10 p.m.", "2026-11-25T22:00"),
          ("every day", "P1D")]),
    ],
)  # fmt: skip
def test_range_of_clock_times_recurs_as_a_whole(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, WED_NOV) == expected


THU_APR = date(2026, 4, 9)  # a Thursday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "that night/day" after a year told of in the past, written in a sentence after the
        # last day named, is of that year (not the night of the day named before it)
        ("The museum will reopen on April 18. In 1972, two men stole a chalice. That night, "
         "nobody noticed.",
         [("April 18", "2026-04-18"), ("1972", "1972"), ("That night", "1972")]),
        ("In March 2019 a fire broke out. That day, crews fought it.",
         [("March 2019", "2019-03"), ("That day", "2019-03")]),
        # ... a day named since, a year in the day's own sentence, or a year that is a
        # noun's keep the last day
        ("The plant closed in 2019. On Monday it reopened. That night, workers celebrated.",
         [("2019", "2019"), ("Monday", "2026-04-06"), ("That night", "2026-04-06TNI")]),
        ("The plant reopened on Monday, after closing in 2019 for repairs. That night, "
         "workers celebrated.",
         [("Monday", "2026-04-06"), ("2019", "2019"), ("That night", "2026-04-06TNI")]),
        ("Profit rose in 2025. It said on Monday that the 2025 figures were final. That day, "
         "shares rose.",
         [("2025", "2025"), ("Monday", "2026-04-06"), ("2025", "2025"),
          ("That day", "2026-04-06")]),
    ],
)  # fmt: skip
def test_that_night_after_a_year_told_of(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, THU_APR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an irregular participle between an article and a noun is an adjective, no past
        ("It hopes to fill the lost slots in November.", [("November", "2026-11")]),
        ("It hopes to fill the lost slots by the start of the summer schedule, on March 29.",
         [("the start of the summer", "2026-SU"), ("March 29", "2026-03-29")]),
        # ... the verb stays a past
        ("The airline lost its licence in November.", [("November", "2025-11")]),
        ("The money the airline lost in November was repaid.", [("November", "2025-11")]),
    ],
)  # fmt: skip
def test_participle_before_a_noun_is_no_past(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, SUN_MAR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time word in a quoted title is no time
        ('The works include "Harbour at Dusk", painted in 1889.', [("1889", "1889")]),
        ('Her novel "Midnight in Paris" sold well.', []),
        # ... speech, or a weekday (capitalized anyway), stays a time
        ('"Tonight," he said, "we celebrate."', [("Tonight", "2026-04-09TNI")]),
        ('The sign read "Closed Monday".', [("Monday", "2026-04-06")]),
    ],
)  # fmt: skip
def test_time_word_in_a_quoted_title(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, THU_APR) == expected
