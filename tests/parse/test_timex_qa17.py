"""Time expressions from QA round 17 (tests/fixtures/dates_unseen17/FINDINGS.md): invented
sentences for each general rule fixed that round."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.parse.segment import segment
from explorer.parse.timex import find_timexes

SAT_JAN = date(2027, 1, 2)  # a Saturday, just after New Year
MON = date(2026, 9, 7)  # a Monday
WED = date(2026, 9, 23)  # a Wednesday
TUE = date(2026, 10, 27)  # a Tuesday


def found(text: str, published: date) -> list[tuple[str, str]]:
    """(text, value) of each time expression."""
    return [(t.text, t.value) for t in find_timexes(text, published, segment(text).sentences)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a count restated by the date after it is that date
        ("The upper house returns a week later, on Sept. 14, for three weeks.", MON,
         [("a week later", "2026-09-14"), ("Sept. 14", "2026-09-14"), ("three weeks", "P3W")]),
        # a holiday or weekday restated by the date after it takes that date's year or week
        ("Black Friday, on Nov. 27, was quiet, and Cyber Monday three days later set a record.",
         SAT_JAN, [("Black Friday", "2026-11-27"), ("Nov. 27", "2026-11-27"),
                   ("Cyber Monday", "2026-11-30"), ("three days later", "2026-11-30")]),
        ('"Super Saturday, on Dec. 19, alone accounted for $30 billion," she said.', SAT_JAN,
         [("Saturday", "2026-12-19"), ("Dec. 19", "2026-12-19")]),
        ("The town marked Easter on April 20 last year.", MON,
         [("Easter", "2025-04-20"), ("April 20 last year", "2025-04-20")]),
        ("The season was longer than in 2025 because Thanksgiving fell on Nov. 26.", SAT_JAN,
         [("2025", "2025"), ("Thanksgiving", "2026-11-26"), ("Nov. 26", "2026-11-26")]),
        # ... but a holiday before another day of its own year is the holiday
        ("Congress votes before it breaks for Christmas on Dec. 16.", MON,
         [("Christmas", "2026-12-25"), ("Dec. 16", "2026-12-16")]),
    ],
)  # fmt: skip
def test_a_day_restated_by_the_date_after_it(
    text: str, published: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We have seen this before," said Denise Sunday, a shelter manager. The centre will '
         "issue its advisory at 5 p.m. EDT.", [("5 p.m. EDT", "2026-09-23T17:00")]),
        ("Prices rose, the office said Sunday, a day after the vote.",
         [("Sunday", "2026-09-20"), ("a day", "P1D")]),
    ],
)  # fmt: skip
def test_a_speakers_surname_that_is_a_weekday(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"In three weeks the roof goes on," he said.', [("three weeks", "2026-W47")]),
        ("In 10 days we finish the job.", [("10 days", "2026-11-06")]),
        # a length, not a point: told in the past, or of a stretch
        ('"In two weeks we finished it," he said.', [("two weeks", "P2W")]),
        ("In two years, sales doubled.", [("two years", "P2Y")]),
        ("In three weeks of talks, nothing moves.", [("three weeks", "P3W")]),
    ],
)  # fmt: skip
def test_in_three_weeks_opening_a_sentence_is_a_point(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, TUE) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a timetable's present is of what is to come
        ("Question Time returns on Wednesday at noon.", MON,
         [("Wednesday", "2026-09-09"), ("noon", "2026-09-09T12:00")]),
        ("The museum reopens on Wednesday.", MON, [("Wednesday", "2026-09-09")]),
        # between now and a time is ahead
        ('"We have ten weeks between now and the Christmas recess," she said on Sunday.', MON,
         [("ten weeks", "P10W"), ("now", "PRESENT_REF"), ("Christmas", "2026-12-25"),
          ("Sunday", "2026-09-06")]),
        ('"There is a lot to do between now and March," she said.', MON,
         [("now", "PRESENT_REF"), ("March", "2027-03")]),
        # a headline's "X to <verb>" is to come; a headline's present verb is not
        ("Storm to strike coast late Thursday, forecasters warn\n\nMIAMI (Reuters) - Text.",
         WED, [("late Thursday", "2026-09-24")]),
        ("Shares rise to record on Tuesday\n\nNEW YORK (Reuters) - Text.", WED,
         [("Tuesday", "2026-09-22")]),
    ],
)  # fmt: skip
def test_what_is_to_come(text: str, published: date, expected: list[tuple[str, str]]) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a season named since the year of a relative clause sets the month's year
        ("The session, which began on July 17 last year, is expected to end in the spring, "
         "with a new speech in May.", MON,
         [("July 17 last year", "2025-07-17"), ("the spring", "2027-SP"), ("May", "2027-05")]),
        # a timetable's range under way at publication is this year's; one ahead, next year's
        ("It is the fourth storm of the season, which runs from June 1 to Nov. 30.", WED,
         [("June 1", "2026-06-01"), ("Nov. 30", "2026-11-30")]),
        ("The window runs from March 4 to March 10.", WED,
         [("March 4", "2027-03-04"), ("March 10", "2027-03-10")]),
    ],
)  # fmt: skip
def test_the_year_of_a_month_or_day(
    text: str, published: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"The last weekend before Christmas was the strongest," she said.',
         [("The last weekend before Christmas", "2026-W51-WE")]),
        ("Shops were busy the weekend after Thanksgiving.",
         [("the weekend after Thanksgiving", "2026-W48-WE")]),
        ("Shoppers came in the two weeks before Christmas.",
         [("the two weeks before Christmas", "P2W")]),
    ],
)  # fmt: skip
def test_a_weekend_or_stretch_by_a_holiday(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, SAT_JAN) == expected


def test_the_two_weeks_before_christmas_are_on_the_timeline() -> None:
    text = "Shoppers came in the two weeks before Christmas."
    (t,) = find_timexes(text, SAT_JAN, segment(text).sentences)
    assert t.range is not None
    assert (t.range.start.date(), t.range.end.date()) == (date(2026, 12, 11), date(2026, 12, 25))


TUE_DEC = date(2026, 12, 29)  # a Tuesday, between Christmas and New Year
THU_JUL = date(2026, 7, 16)  # a Thursday


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a plan told in the past, kept on a day of its month told after it, is that month
        ("Protesters vowed to march on the ministry in May, and thousands did so on May 14.",
         TUE_DEC, [("May", "2026-05"), ("May 14", "2026-05-14")]),
        # ... and one with no day to show it was kept is the coming one
        ("Protesters vowed to march on the ministry in May.", TUE_DEC, [("May", "2027-05")]),
        # what one wanted, hoped or aimed to do is ahead of the telling
        ('"On Monday she was still correcting a score she wanted to finish by Christmas."',
         THU_JUL, [("Monday", "2026-07-13"), ("Christmas", "2026-12-25")]),
        # a figure compared with a year earlier takes the story nowhere
        ("Sales fell on Nov. 27, to $10.4 billion, barely more than a year earlier, but Cyber "
         "Monday set a record.", SAT_JAN,
         [("Nov. 27", "2026-11-27"), ("more than a year earlier", "2025"),
          ("Cyber Monday", "2026-11-30")]),
        # ... and a holiday told with no tense, just gone, is not next year's
        ("Cyber Monday set a record.", SAT_JAN, [("Cyber Monday", "2026-11-30")]),
        ("Christmas falls on a Saturday.", SAT_JAN,
         [("Christmas", "2027-12-25"), ("Saturday", "XXXX-WXX-6")]),
    ],
)  # fmt: skip
def test_plans_and_comparisons(text: str, published: date, expected: list[tuple[str, str]]) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the second of a pair of nights after a day just read is that night
        ("Rain is likely over the weekend, with flooding possible on Saturday and Sunday nights.",
         [("the weekend", "2026-W39-WE"), ("Saturday", "2026-09-26"),
          ("Sunday nights", "2026-09-27TNI")]),
        # ... but a schedule's nights recur
        ("Flights will leave on Monday and Tuesday nights from March 30.",
         [("Monday", "2026-09-28"), ("Tuesday nights", "XXXX-WXX-2TNI"),
          ("March 30", "2027-03-30")]),
        # a weekday naming a kind of meal is no day
        ('"She still had time for Sunday lunch," he recalled.', []),
    ],
)  # fmt: skip
def test_weekdays_that_are_not_one_day_or_are(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, WED) == expected


def test_the_next_two_decades_of_a_past_story_count_from_its_time() -> None:
    text = (
        "The theme spent 11 weeks in the charts in the spring of 1965. Over the next two "
        "decades she worked with every director."
    )
    last = find_timexes(text, THU_JUL, segment(text).sentences)[-1]
    assert (last.text, last.value) == ("the next two decades", "P20Y")
    assert last.range is not None
    assert (last.range.start.year, last.range.end.year) == (1965, 1985)
    # told of what is to come, they count from publication
    text = "Over the next two decades the city will grow."
    (t,) = find_timexes(text, THU_JUL, segment(text).sentences)
    assert t.range is not None and t.range.start.year == 2026


SAT_MAR = date(2026, 3, 14)  # a Saturday in Ramadan


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a holiday, a count and the date that restates both
        ("This year Easter falls on April 5 again, and Orthodox Easter a week later, on "
         "April 12.", SAT_MAR,
         [("This year", "2026"), ("Easter", "2026-04-05"), ("April 5", "2026-04-05"),
          ("Orthodox Easter", "2026-04-12"), ("a week later", "2026-04-12"),
          ("April 12", "2026-04-12")]),
        # a day in a sentence that opens with a year's noun is of that year
        ("The 2025 season ran from Nov. 28 to Dec. 24 in its count.", SAT_JAN,
         [("2025", "2025"), ("Nov. 28", "2025-11-28"), ("Dec. 24", "2025-12-24")]),
        # ... not one named in passing ("approved in 1987")
        ("Under a plan approved in 1987, the firm had bought shares through Sept. 29.",
         date(1989, 10, 30), [("1987", "1987"), ("Sept. 29", "1989-09-29")]),
        # "the Year of the Horse" is a name
        ("The lunar new year, the Year of the Horse, began on Feb. 17.", SAT_MAR,
         [("Feb. 17", "2026-02-17")]),
    ],
)  # fmt: skip
def test_the_year_a_day_takes_from_its_sentence(
    text: str, published: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day dating a thing in the subject of a past verb with a time of its own takes
        # the year of a day the story named close to it
        ("The Games run from Feb. 5 to Feb. 21. Prices for the men's downhill on Feb. 7 were "
         "cut by a third last week.",
         [("Feb. 5", "2027-02-05"), ("Feb. 21", "2027-02-21"), ("Feb. 7", "2027-02-07"),
          ("last week", "2026-W43")]),
        # ... and with no such day it is the past verb's
        ("Shares of the firm on Feb. 7 were sold on Monday.",
         [("Feb. 7", "2026-02-07"), ("Monday", "2026-10-26")]),
    ],
)  # fmt: skip
def test_a_day_dating_a_thing(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, TUE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count restating the day just named is that day
        ("Talks ended on Tuesday, two days later.",
         [("Tuesday", "2026-09-22"), ("two days later", "2026-09-22")]),
        ("It formed on Sept. 17 and became a hurricane on Sept. 19, two days later.",
         [("Sept. 17", "2026-09-17"), ("Sept. 19", "2026-09-19"),
          ("two days later", "2026-09-19")]),
        # "In <hours>" opening a sentence keeps its length (no day to count to)
        ('"In two hours the storm will hit," he said.', [("two hours", "PT2H")]),
        # a headline's weekday after "over", "after" is of what is gone
        ("Man to face trial over Monday attack\n\nLONDON (Reuters) - Text.",
         [("Monday", "2026-09-21")]),
    ],
)  # fmt: skip
def test_counts_lengths_and_headlines(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # feasts of the Hebrew calendar, by their first full day
        ("Jews marked Yom Kippur last week and will mark Hanukkah in December.",
         [("Yom Kippur", "2026-09-21"), ("last week", "2026-W39"), ("Hanukkah", "2026-12-05"),
          ("December", "2026-12")]),
        ("Rosh Hashanah 2025 fell on a Tuesday.",
         [("Rosh Hashanah 2025", "2025-09-23"), ("Tuesday", "XXXX-WXX-2")]),
        ("The community will begin Passover next spring.",
         [("Passover", "2027-04-22"), ("next spring", "2027-SP")]),
    ],
)  # fmt: skip
def test_feasts_of_the_hebrew_calendar(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, date(2026, 10, 1)) == expected


def test_diwali_is_found() -> None:
    assert found("Hindus will celebrate Diwali next month.", date(2026, 10, 1)) == [
        ("Diwali", "2026-11-08"),
        ("next month", "2026-11"),
    ]
    # ... and what is sold for it is no day
    assert found("Diwali sales rose.", date(2026, 10, 1)) == []


def test_a_time_of_an_event_named_before_with_its_day() -> None:
    text = (
        "A clock will start on Wednesday, 100 days before the opening ceremony on Feb. 5. "
        "Prices for the downhill on Feb. 7 were cut last week. Security will be tight around "
        "the opening ceremony, which starts at 8 p.m. local time."
    )
    assert ("8 p.m.", "2027-02-05T20:00") in found(text, TUE)
    # an event the story gave no day keeps the clock time on the last day named
    other = text.replace("around the opening ceremony, which", "at the gala, which")
    assert ("8 p.m.", "2027-02-07T20:00") in found(other, TUE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year that owns a quarter or half is its year (was the latest such quarter)
        ("Revenue in 2025's third quarter rose.", [("2025's third quarter", "2025-Q3")]),
        ("Sales in 2026's second half slowed.", [("2026's second half", "2026-H2")]),
        ("Revenue in fiscal 2027's third quarter rose 8 percent.",
         [("fiscal 2027's third quarter", "2027-Q3")]),
        # ... on the story's fiscal calendar, once it gave one
        ("The firm, whose fiscal year ends on June 30, said revenue in fiscal 2027's first "
         "quarter rose.",
         [("June 30", "XXXX-06-30"), ("fiscal 2027's first quarter", "2026-Q3")]),
    ],
)  # fmt: skip
def test_a_quarter_of_a_year_that_owns_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, date(2026, 11, 12)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of lasting may join a range's two days: its end follows its start
        ("Early voting begins Monday and runs through Friday.",
         [("Monday", "2026-05-25"), ("Friday", "2026-05-29")]),
        # ... and each end told in its own tense stays as told
        ("The fair opened on Saturday and runs until Tuesday.",
         [("Saturday", "2026-05-16"), ("Tuesday", "2026-05-26")]),
    ],
)  # fmt: skip
def test_a_range_joined_by_a_verb_of_lasting(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, date(2026, 5, 20)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # so many days or weeks from a day is one date, after the coming one of a weekday
        ("Three weeks from Friday, the vote will be held.",
         [("Three weeks from Friday", "2026-06-12")]),
        ("The election is 10 days from Monday.", [("10 days from Monday", "2026-06-04")]),
        # ... not a stretch that starts on it, nor a length beside a day's thing
        ("The forecast covered the five days from Wednesday to Sunday.",
         [("the five days", "P5D"), ("Wednesday", "2026-05-20"), ("Sunday", "2026-05-24")]),
        ("He has been away three weeks from Friday's meeting.",
         [("three weeks", "P3W"), ("Friday", "2026-05-15")]),
    ],
)  # fmt: skip
def test_a_length_from_a_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, date(2026, 5, 20)) == expected
