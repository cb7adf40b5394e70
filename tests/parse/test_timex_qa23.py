"""Time expressions from QA round 23 (tests/fixtures/dates_unseen23/FINDINGS.md): invented
sentences for each general rule fixed that round."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.parse.segment import segment
from explorer.parse.timex import find_timexes

THU_SEP = date(2026, 9, 24)  # a Thursday
SAT_OCT = date(2026, 10, 24)  # a Saturday
MON_MAR = date(2027, 3, 1)  # a Monday, a month's first
TUE_DEC = date(2026, 12, 29)  # a Tuesday, the year's last week


def found(text: str, published: date) -> list[tuple[str, str]]:
    """(text, value) of each time expression."""
    return [(t.text, t.value) for t in find_timexes(text, published, segment(text).sentences)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the speaker right after a quote's speech verb, ending the sentence: a name
        ('"I ran my first race in 1999," said Sunday.', [("1999", "1999")]),
        ('"It was a good week," said Friday. Talks resume on Friday.',
         [("Friday", "2026-09-25")]),
        # a speaker before the verb: the day of the saying
        ('"We will win," the minister said Sunday.', [("Sunday", "2026-09-20")]),
    ],
)  # fmt: skip
def test_said_and_a_weekday_after_a_quote_is_a_name(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, THU_SEP) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Parts will ship within six to eight weeks.", [("six to eight weeks", "P8W")]),
        ("Repairs take 6-8 weeks.", [("6-8 weeks", "P8W")]),
        ("The storm could last two or three days.", [("two or three days", "P3D")]),
        ("Sentences have been between four and seven years.",
         [("between four and seven years", "P7Y")]),
        # no range: "a day or two" keeps its length, "and" without "between" is two lengths
        ("He served five years and then seven years more.", [("five years", "P5Y"),
                                                             ("seven years", "P7Y")]),
    ],
)  # fmt: skip
def test_a_range_of_lengths_is_one_expression(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, THU_SEP) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence opening "At 2 a.m." is no time stamp: the day named before
        ("Clocks in Britain will go back one hour at 2 a.m. on Sunday.\n\n"
         "At 2 a.m. the clocks will turn back to 1 a.m.",
         [("one hour", "PT1H"), ("2 a.m.", "2026-10-25T02:00"), ("Sunday", "2026-10-25"),
          ("2 a.m.", "2026-10-25T02:00"), ("1 a.m.", "2026-10-25T01:00")]),
    ],
)  # fmt: skip
def test_a_sentence_opening_at_a_clock_time_keeps_the_day_named(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, SAT_OCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time to come after a day to come, and since then only the day of the telling
        ("Runners will line up on Sunday, organisers warned on Thursday.\n\n"
         "The elite women are due to start at 7:35 a.m. The course closes at 4 p.m.",
         [("Sunday", "2026-09-27"), ("Thursday", "2026-09-24"),
          ("7:35 a.m.", "2026-09-27T07:35"), ("4 p.m.", "2026-09-27T16:00")]),
        # a past clock time stays publication's
        ("Runners will line up on Sunday, organisers said on Thursday. They met at 9 a.m.",
         [("Sunday", "2026-09-27"), ("Thursday", "2026-09-24"),
          ("9 a.m.", "2026-09-24T09:00")]),
        # so does a present that is no timetable's
        ("The company will report results on Sunday, it said on Thursday. Shares are up 2% "
         "at 10 a.m.",
         [("Sunday", "2026-09-27"), ("Thursday", "2026-09-24"),
          ("10 a.m.", "2026-09-24T10:00")]),
    ],
)  # fmt: skip
def test_a_clock_time_to_come_takes_the_day_to_come_named(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, THU_SEP) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year after "in" in the clock's own sentence: a day of that year, unknown
        ("In 2023, when it hit 29 degrees, the race was stopped at 1 p.m.",
         [("2023", "2023"), ("1 p.m.", "XXXX-XX-XXT13:00")]),
        # a year as a noun's modifier is no date of the clock time
        ("Lawmakers approved the 2027 budget shortly after 7 p.m.",
         [("2027", "2027"), ("7 p.m.", "2026-09-24T19:00")]),
    ],
)  # fmt: skip
def test_a_clock_time_in_a_sentence_of_another_year(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, THU_SEP) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She won in 2:19:04.", [("2:19:04", "PT2H19M4S")]),
        ("He set the course record of 2:05:12 two years ago.",
         [("2:05:12", "PT2H5M12S"), ("two years ago", "2024")]),
        # clock times: "at", a zone, a leading zero
        ("The quake struck at 2:05:12 on Tuesday.", [("2:05:12", "2026-09-22T02:05:12"),
                                                     ("Tuesday", "2026-09-22")]),
        ("The quake struck at 18:14:52 UTC.", [("18:14:52 UTC", "2026-09-24T18:14:52")]),
    ],
)  # fmt: skip
def test_a_finishing_time_is_a_length(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, THU_SEP) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what is called, declared or set "for" a weekday is the day to come
        ("The government has declared a day of mourning for Wednesday.",
         [("a day", "P1D"), ("Wednesday", "2027-03-03")]),
        ("The union called a general strike for Friday.", [("Friday", "2027-03-05")]),
        # a plan of the past, a deed of a past day, a past year's sentence
        ("The union had called a strike for Friday, but it was cancelled.",
         [("Friday", "2027-02-26")]),
        ("He was arrested for Friday's attack.", [("Friday", "2027-02-26")]),
        ("In 2019, the union called a strike for Friday.",
         [("2019", "2019"), ("Friday", "XXXX-WXX-5")]),
    ],
)  # fmt: skip
def test_a_weekday_something_is_called_for_is_to_come(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, MON_MAR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Next year's race is set for Sept. 26, and the ballot opens on Monday.",
         [("Next year", "2027"), ("Sept. 26", "2027-09-26"), ("Monday", "2026-09-28")]),
        ("Last year's festival opened on June 5.", [("Last year", "2025"),
                                                   ("June 5", "2025-06-05")]),
        # another date between: its own year
        ("Next year's race, like the one in 2019, is set for Sept. 26.",
         [("Next year", "2027"), ("2019", "2019"), ("Sept. 26", "2026-09-26")]),
    ],
)  # fmt: skip
def test_a_day_in_a_sentence_of_next_years_thing(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, THU_SEP) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the end of a range takes its start's day, not a day named after it
        ("The expo opens on Friday from 10 a.m. to 8 p.m. and on Saturday from 9 a.m. to 5 "
         "p.m.",
         [("Friday", "2027-03-05"), ("10 a.m.", "2027-03-05T10:00"),
          ("8 p.m.", "2027-03-05T20:00"), ("Saturday", "2027-03-06"),
          ("9 a.m.", "2027-03-06T09:00"), ("5 p.m.", "2027-03-06T17:00")]),
        # its own day right after it stays
        ("The bridge will close from 10 p.m. on Saturday until 3 p.m. on Sunday.",
         [("10 p.m.", "2027-03-06T22:00"), ("Saturday", "2027-03-06"),
          ("3 p.m.", "2027-03-07T15:00"), ("Sunday", "2027-03-07")]),
    ],
)  # fmt: skip
def test_a_clock_range_ends_on_its_start_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, MON_MAR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an "-ing" participle after a noun, a modal right after the day: to come
        ("Rail operators said trains running at 1 a.m. on Sunday would wait.",
         [("1 a.m.", "2026-10-25T01:00"), ("Sunday", "2026-10-25")]),
        ("Passengers flying on Friday should check with their airline, the company said.",
         [("Friday", "2026-10-30")]),
        # a passive participle, a past verb, an opening participle: past
        ("The man arrested on Sunday will appear in court.", [("Sunday", "2026-10-18")]),
        ("Workers striking on Monday lost pay.", [("Monday", "2026-10-19")]),
        ("Speaking on Sunday, he said it would fail.", [("Sunday", "2026-10-18")]),
    ],
)  # fmt: skip
def test_a_participles_day_before_a_modal_is_to_come(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, SAT_OCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # opening hours moved by a length: no time, and the days after it still to come
        ("One chain said it would open its stores an hour earlier from Monday through "
         "Christmas Eve.",
         [("an hour", "PT1H"), ("Monday", "2026-10-26"), ("Christmas Eve", "2026-12-24")]),
        ("Shops will close two hours later on weekdays.", [("two hours", "PT2H")]),
        # an hour after a clock time stays a time
        ("The polls opened at 7 a.m. and closed 13 hours later.",
         [("7 a.m.", "2026-10-24T07:00"), ("13 hours later", "2026-10-24")]),
    ],
)  # fmt: skip
def test_a_timetable_moved_by_an_hour_is_no_time(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, SAT_OCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a past range across a new year that would end after publication: the last one
        ("Regulators said they had received 41 reports, all between November and February.",
         [("November", "2025-11"), ("February", "2026-02")]),
        ("Sales fell between June and February.", [("June", "2025-06"),
                                                   ("February", "2026-02")]),
        # a range to come, or within one year, stays
        ("Sales will rise between November and February.", [("November", "2026-11"),
                                                            ("February", "2027-02")]),
        ("Sales fell between January and March.", [("January", "2026-01"),
                                                   ("March", "2026-03")]),
    ],
)  # fmt: skip
def test_a_past_range_of_months_across_new_year_is_gone(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, TUE_DEC) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # whole weeks after a week named earlier in the sentence: that many weeks on
        ("In January 2026 the council renewed it. A deal could be signed as early as next "
         "week, with a ceasefire to take effect seven days later.",
         [("January 2026", "2026-01"), ("next week", "2027-W10"),
          ("seven days later", "2027-W11")]),
        ("Talks resume next week and a vote follows two weeks later.",
         [("next week", "2027-W10"), ("two weeks later", "2027-W12")]),
        # a day named since: from that day
        ("The vote is next week. On Feb. 3 they met, and a week later they left.",
         [("next week", "2027-W10"), ("Feb. 3", "2027-02-03"),
          ("a week later", "2027-02-10")]),
    ],
)  # fmt: skip
def test_weeks_later_count_from_a_week_named_before(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, MON_MAR) == expected
