"""Time expressions from fix round 13 (the items still open in
tests/fixtures/dates_unseen11/ and dates_unseen12/FINDINGS.md): invented sentences for each
general rule fixed."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.parse.segment import segment
from explorer.parse.timex import find_timexes

TUE = date(2026, 12, 15)  # a Tuesday


def found(text: str, published: date) -> list[tuple[str, str]]:
    """(text, value) of each time expression."""
    return [(t.text, t.value) for t in find_timexes(text, published, segment(text).sentences)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a past range of weekdays is less than a week long: both ends gone
        ("The bridge was closed from Friday until Monday after a crash.",
         [("Friday", "2026-12-11"), ("Monday", "2026-12-14")]),
        ("Flood alerts were in force from 9 a.m. Saturday until 5 p.m. Sunday. Crews "
         "cleared the drains.",
         [("9 a.m. Saturday", "2026-12-12T09:00"), ("5 p.m. Sunday", "2026-12-13T17:00")]),
        # ... both to come when the text around it is a forecast
        ("Gale warnings were in force from 6 a.m. Thursday until midnight Friday. "
         "Forecasters said gusts would reach 70 mph.",
         [("6 a.m. Thursday", "2026-12-17T06:00"), ("midnight Friday", "2026-12-18T24:00")]),
    ],
)  # fmt: skip
def test_a_weekday_range_is_read_as_one(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, TUE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time clause under "would" is past only by the sequence of tenses
        ("Officials said the front would weaken as it reached the coast on Thursday.",
         [("Thursday", "2026-12-17")]),
        ("The agency said the river would crest when the rain stopped on Friday.",
         [("Friday", "2026-12-18")]),
        # ... not a past time clause without "would"
        ("The river crested when the rain stopped on Friday.", [("Friday", "2026-12-11")]),
        # a forecast reported: "were possible", "was likely"
        ("Power cuts were possible in the early hours of Thursday.",
         [("Thursday", "2026-12-17")]),
        ("Snow was likely on Saturday, the agency said.", [("Saturday", "2026-12-19")]),
        # ... a weak cue: not what was possible before a past perfect
        ("Rescue was possible on Sunday only by boat, because the roads had flooded.",
         [("Sunday", "2026-12-13")]),
    ],
)  # fmt: skip
def test_a_reported_forecast_is_to_come(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, TUE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a future told in the past counts from the day of the telling
        ("The mayor said on Thursday that talks were going well. Asked whether a deal "
         "was possible by Friday, she said she hoped so.",
         [("Thursday", "2026-12-10"), ("Friday", "2026-12-11")]),
        ("The union said on Wednesday that it would strike on Saturday.",
         [("Wednesday", "2026-12-09"), ("Saturday", "2026-12-12")]),
        # ... not a future told now ("will"), nor one whose day is still to come anyway
        ("The union said on Wednesday that it will strike on Saturday.",
         [("Wednesday", "2026-12-09"), ("Saturday", "2026-12-19")]),
        ("The union said on Sunday that it would strike on Thursday.",
         [("Sunday", "2026-12-13"), ("Thursday", "2026-12-17")]),
    ],
)  # fmt: skip
def test_a_future_told_in_the_past_counts_from_the_telling(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, TUE) == expected


MON = date(2026, 11, 23)  # a Monday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare clock time after an event's day and the day it was told on is the event's
        ("A landslide buried a village late on Sunday, the army said on Monday. It struck at "
         "11:20 p.m. as people slept.",
         [("late on Sunday", "2026-11-22"), ("Monday", "2026-11-23"),
          ("11:20 p.m.", "2026-11-22T23:20")]),
        # ... not in a paragraph of its own, nor with no event day before the telling
        ("A landslide buried a village late on Sunday, the army said on Monday.\n\nRoads "
         "reopened at 9 a.m.",
         [("late on Sunday", "2026-11-22"), ("Monday", "2026-11-23"),
          ("9 a.m.", "2026-11-23T09:00")]),
        ("The army said on Monday that roads were clear. They reopened at 9 a.m.",
         [("Monday", "2026-11-23"), ("9 a.m.", "2026-11-23T09:00")]),
    ],
)  # fmt: skip
def test_a_clock_time_is_on_the_day_of_its_event(
    text: str, expected: list[tuple[str, str]]
) -> None:
    got = found(text, MON)
    assert [(t, v[: len(e)]) for (t, v), (_, e) in zip(got, expected, strict=True)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day after "through"/"until", in a clause of its own, is no day of a later time
        ("The council voted on Friday to keep the shelter open through Jan. 15, hours "
         "before a midnight deadline.",
         [("Friday", "2026-11-20"), ("Jan. 15", "2027-01-15"), ("hours", "PTXH"),
          ("midnight", "2026-11-20T24:00")]),
        # ... but a time right after it is that day's
        ("The bridge will stay closed until Dec. 20 at 6 a.m., officials said.",
         [("Dec. 20", "2026-12-20"), ("6 a.m.", "2026-12-20T06:00")]),
    ],
)  # fmt: skip
def test_a_day_a_state_lasts_to_is_no_anchor(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, MON) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the last Saturday before Christmas" is one day, and in apposition to a day just
        # named it is that day's holiday
        ("Toy shops, banking on Super Saturday, the last Saturday before Christmas, said "
         "sales were slow.",
         [("Saturday", "2026-12-19"), ("the last Saturday before Christmas", "2026-12-19")]),
        ("Queues formed on the first Sunday after Christmas last year.",
         [("the first Sunday after Christmas last year", "2025-12-28")]),
        # ... alone, by the tense: the past one
        ("Shops were busy on the last Saturday before Christmas.",
         [("the last Saturday before Christmas", "2025-12-20")]),
        # what one counts on or braces for is ahead
        ("The city was bracing for Thursday, when the river peaks.",
         [("Thursday", "2026-12-17")]),
    ],
)  # fmt: skip
def test_a_weekday_before_a_holiday(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, TUE) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Around the turn of the millennium, the mill closed.", TUE,
         [("the turn of the millennium", "2000", "APPROX")]),
        ("A generation ago, the valley had six farms.", TUE,
         [("A generation ago", "1996", "APPROX")]),
        ("By midweek the river will be back in its banks.", TUE,
         [("midweek", "2026-W51", "MID")]),
        # ... after Wednesday, a forecast's midweek is next week's
        ("By midweek the river will be back in its banks.", date(2026, 12, 18),
         [("midweek", "2026-W52", "MID")]),
        # ... and an adjective is no date
        ("The club lost a midweek game at home.", TUE, []),
    ],
)  # fmt: skip
def test_vague_periods_are_found(
    text: str, published: date, expected: list[tuple[str, str, str]]
) -> None:
    got = [
        (t.text, t.value, t.mod or "")
        for t in find_timexes(text, published, segment(text).sentences)
    ]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the next day" after a month the story moved on to is a day of that month
        ("The bank opened on May 4, 2019. Three months later, it cut its forecast. Its "
         "shares fell the next day.",
         [("May 4, 2019", "2019-05-04"), ("Three months later", "2019-08"),
          ("the next day", "2019-08")]),
        # ... and after the day itself, the day after it
        ("The bank opened on May 4, 2019. Its shares rose the next day.",
         [("May 4, 2019", "2019-05-04"), ("the next day", "2019-05-05")]),
    ],
)  # fmt: skip
def test_the_next_day_after_a_later_month(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, TUE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month's forecast compared with is already issued: the last such month
        ("The firm now expects sales of $9 billion, up from its October forecast.",
         [("now", "PRESENT_REF"), ("October", "2025-10")]),
        ("Profit will be lower than the bank's August estimate.", [("August", "2026-08")]),
        # ... not one still to be issued
        ("The bank will publish its December forecast soon.", [("December", "2026-12")]),
    ],
)  # fmt: skip
def test_a_forecast_compared_with_is_issued(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, date(2026, 9, 4)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the eve of" an event the story dates: the day before it
        ("The referendum was held on Sunday. Riots broke out on the eve of the referendum.",
         [("Sunday", "2026-12-13"), ("the eve", "2026-12-12")]),
        # ... and none for an event it does not date
        ("He flew home on the eve of the tournament.", []),
    ],
)  # fmt: skip
def test_the_eve_of_an_event(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, TUE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "that day" in a past perfect after a saying is the event's day
        ("The walkout on Monday shut 30 schools. The council said on Tuesday that it had "
         "kept 12 open that day.",
         [("Monday", "2026-12-14"), ("Tuesday", "2026-12-15"), ("that day", "2026-12-14")]),
        # ... not without one
        ("The walkout on Monday shut 30 schools. The council said on Tuesday that it "
         "reopened them all that day.",
         [("Monday", "2026-12-14"), ("Tuesday", "2026-12-15"), ("that day", "2026-12-15")]),
    ],
)  # fmt: skip
def test_that_day_in_a_past_perfect(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, TUE) == expected
