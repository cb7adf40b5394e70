"""Time expressions from QA round 14 (tests/fixtures/dates_unseen14/FINDINGS.md): invented
sentences for each general rule fixed that round."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.parse.segment import segment
from explorer.parse.timex import find_timexes

TUE = date(2026, 11, 24)  # a Tuesday, two days before Thanksgiving
WED = date(2026, 12, 23)  # a Wednesday, two days before Christmas
FRI = date(2027, 1, 8)  # a Friday
SAT = date(2026, 3, 21)  # a Saturday


def found(text: str, published: date) -> list[tuple[str, str]]:
    """(text, value) of each time expression."""
    return [(t.text, t.value) for t in find_timexes(text, published, segment(text).sentences)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "between Monday and Wednesday" is a range: it ends after it starts
        ("The shop will close between Friday and Monday for repairs.",
         [("Friday", "2026-11-27"), ("Monday", "2026-11-30")]),
        # ... and told as gone, both ends are gone (the Wednesday was not tomorrow's)
        ("Monitors counted 120 bombs between Monday and Wednesday.",
         [("Monday", "2026-11-16"), ("Wednesday", "2026-11-18")]),
        ("The shop was shut from Monday to Wednesday.",
         [("Monday", "2026-11-16"), ("Wednesday", "2026-11-18")]),
        ("The shop will be shut from Monday to Wednesday.",
         [("Monday", "2026-11-30"), ("Wednesday", "2026-12-02")]),
        # ... "and" joins a range only after "between"
        ("He spoke on Monday and Wednesday.",
         [("Monday", "2026-11-23"), ("Wednesday", "2026-11-18")]),
    ],
)  # fmt: skip
def test_a_range_of_weekdays_is_less_than_a_week_in_order(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, TUE) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a holiday a few days ahead, subject or complement of its own present, is this one
        ('"The day after tomorrow is Christmas Eve, and we saw the plan on Monday."', WED,
         [("The day after tomorrow", "2026-12-25"), ("Christmas Eve", "2026-12-24"),
          ("Monday", "2026-12-21")]),
        ("Sales began in October, and Cyber Monday, Nov. 30, is expected to set a record.", TUE,
         [("October", "2026-10"), ("Cyber Monday", "2026-11-30"), ("Nov. 30", "2026-11-30")]),
        # ... not one told of in the past
        ("Sales on Cyber Monday rose 5%.", TUE, [("Cyber Monday", "2025-12-01")]),
        ("Christmas Eve was quiet.", WED, [("Christmas Eve", "2025-12-24")]),
        # "Dec. 28, the Monday after Christmas": the Monday of that Dec. 28
        ("He said they would return on Dec. 28, the Monday after Christmas.", WED,
         [("Dec. 28", "2026-12-28"), ("the Monday after Christmas", "2026-12-28")]),
    ],
)  # fmt: skip
def test_a_holiday_just_ahead_told_in_the_present(
    text: str, published: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the last week of January" is one expression: the month's end (round 27: that week)
        ("The union has scheduled a vote for the last week of January.",
         [("the last week of January", "2027-W04")]),
        ("He will propose a budget by the first week of February.",
         [("the first week of February", "2027-W05")]),
        ("The talks were held in the final week of March 2019.",
         [("the final week of March 2019", "2019-W13")]),
        # ... not a last week of something else
        ("The last week of the campaign was hard.", [("The last week", "P1W")]),
    ],
)  # fmt: skip
def test_a_week_of_a_month(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, FRI) == expected


def test_a_week_of_a_month_is_that_week() -> None:
    # (was the month with START or END; since round 27 the calendar week)
    (first,) = find_timexes(
        "by the first week of May", FRI, segment("by the first week of May").sentences
    )
    (last,) = find_timexes(
        "in the last week of May", FRI, segment("in the last week of May").sentences
    )
    assert (first.value, last.value) == ("2027-W18", "2027-W21")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday range told as gone ends before publication (a Saturday), "until" or not
        ("The plant ran from Friday until Monday.",
         [("Friday", "2026-03-13"), ("Monday", "2026-03-16")]),
        ("The unit had run normally from Friday until Monday, when a pump failed.",
         [("Friday", "2026-03-13"), ("Monday", "2026-03-16")]),
        # ... not one to come, nor what was under way when told
        ("The plant will run from Friday until Monday.",
         [("Friday", "2026-03-27"), ("Monday", "2026-03-30")]),
        ("He said he was staying from Friday until Monday.",
         [("Friday", "2026-03-20"), ("Monday", "2026-03-23")]),
        ("Police said the road was shut from Friday until Monday and would reopen on Tuesday.",
         [("Friday", "2026-03-20"), ("Monday", "2026-03-23"), ("Tuesday", "2026-03-24")]),
    ],
)  # fmt: skip
def test_a_weekday_range_told_as_gone(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, SAT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plan told on a day gone counts from that day (published on a Saturday)
        ("The company said on Thursday it planned to restart the unit on Friday.",
         [("Thursday", "2026-03-19"), ("Friday", "2026-03-20")]),
        ("The union said on Tuesday it was planning to strike on Friday.",
         [("Tuesday", "2026-03-17"), ("Friday", "2026-03-20")]),
        # ... not one told in the present
        ("The company says it plans to restart the unit on Friday.",
         [("Friday", "2026-03-27")]),
    ],
)  # fmt: skip
def test_a_plan_told_on_a_day_gone(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, SAT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "next Sunday" after a day to come named before it in the sentence: after that day
        ("We expect to restart on Wednesday and to be back at full rates by next Sunday.",
         [("Wednesday", "2026-03-25"), ("next Sunday", "2026-03-29")]),
        # ... alone, the first after publication
        ("The vote is next Sunday.", [("next Sunday", "2026-03-22")]),
    ],
)  # fmt: skip
def test_next_weekday_after_a_day_named_before_it(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, SAT) == expected


MON = date(2026, 9, 14)  # a Monday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # day words quoted count from the day the quotation was spoken on
        ('"The day before yesterday we buried my cousin," said Omar, reached by phone on '
         'Sunday. "Yesterday it was the neighbours. Today nobody goes out."',
         [("The day before yesterday", "2026-09-11"), ("Sunday", "2026-09-13"),
          ("Yesterday", "2026-09-12"), ("Today", "2026-09-13")]),
        ('"We met them yesterday," he told reporters on Friday evening.',
         [("yesterday", "2026-09-10"), ("Friday evening", "2026-09-11TEV")]),
        # ... with no day of the telling, or outside the quotation, from publication
        ('"We met them yesterday," he said.', [("yesterday", "2026-09-13")]),
        ('He said on Friday. Talks resumed yesterday.',
         [("Friday", "2026-09-11"), ("yesterday", "2026-09-13")]),
        # ... and with two days of telling, neither
        ('"We met yesterday," he said on Friday, and she said on Saturday.',
         [("yesterday", "2026-09-13"), ("Friday", "2026-09-11"), ("Saturday", "2026-09-12")]),
    ],
)  # fmt: skip
def test_day_words_in_a_quotation_count_from_its_day(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, MON) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month in the "when" clause of "since YEAR" is of that year
        ("It was the first strike since 1998, when drivers stayed out in March.",
         [("1998", "1998"), ("March", "1998-03")]),
        # ... in the background, as the year is: the story does not go back to 1998
        ("It was the first strike since 1998, when drivers stayed out in March. Talks had "
         "broken down on Dec. 16.",
         [("1998", "1998"), ("March", "1998-03"), ("Dec. 16", "2026-12-16")]),
        # ... not a month of another sentence, nor one to come
        ("It was the worst since 2009, when a tremor killed 300. It reopens in March.",
         [("2009", "2009"), ("March", "2027-03")]),
        ("Prices are the highest since 2009, when oil peaked, and will rise again in March.",
         [("2009", "2009"), ("March", "2027-03")]),
    ],
)  # fmt: skip
def test_a_month_in_the_when_clause_of_since_a_year(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, FRI) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun's day with the noun's own past verb right after it is gone, whatever comes
        ("The refinery will stay shut through next week after a fire late on Thursday "
         "damaged its main unit.",
         [("next week", "2026-W13"), ("late on Thursday", "2026-03-19")]),
        # ... not a noun whose verb is to come
        ("The vote on Thursday will decide it.", [("Thursday", "2026-03-26")]),
    ],
)  # fmt: skip
def test_a_day_of_a_noun_with_its_past_verb(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, SAT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a journey or fixture told in the present with its day is to come, and so is a
        # clock time on that day
        ('"I fly out on Wednesday at 6 a.m. and I am nervous," said Tom.',
         [("Wednesday", "2026-11-25"), ("6 a.m.", "2026-11-25T06:00")]),
        ("We leave on Friday.", [("Friday", "2026-11-27")]),
        ("They play Leeds on Sunday.", [("Sunday", "2026-11-29")]),
        # ... not in the past, nor a noun's present
        ("We left on Friday.", [("Friday", "2026-11-20")]),
        ("Flights that leave on Friday were full.", [("Friday", "2026-11-20")]),
    ],
)  # fmt: skip
def test_a_journey_told_in_the_present(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, TUE) == expected


WED_MAR = date(2026, 3, 18)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday range told in the present is the one under way at publication
        ("The festival runs from Tuesday to Monday.",
         [("Tuesday", "2026-03-17"), ("Monday", "2026-03-23")]),
        ("Voting runs from Monday to Thursday.",
         [("Monday", "2026-03-16"), ("Thursday", "2026-03-19")]),
        # ... or, with none under way, the coming one
        ("The fair runs Thursday to Sunday.",
         [("Thursday", "2026-03-19"), ("Sunday", "2026-03-22")]),
        # ... and told as gone or to come, not
        ("Sales were strong from Friday to Monday.",
         [("Friday", "2026-03-13"), ("Monday", "2026-03-16")]),
        ("The port will be closed from Tuesday to Monday.",
         [("Tuesday", "2026-03-24"), ("Monday", "2026-03-30")]),
    ],
)  # fmt: skip
def test_a_weekday_range_told_in_the_present(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, WED_MAR) == expected


TUE_DEC = date(2026, 12, 29)  # a Tuesday, three days before New Year's Day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # in late December, the New Year's Day just ahead is next year's, and a day "closed"
        # or "open" in the present is a notice of a day to come
        ("Markets are closed on Friday for New Year's Day.",
         [("Friday", "2027-01-01"), ("New Year's Day", "2027-01-01")]),
        ("New Year's Day falls on a Friday.",
         [("New Year's Day", "2027-01-01"), ("Friday", "XXXX-WXX-5")]),
        # ... not one told of as gone
        ("Revellers celebrated New Year's Eve in the rain.", [("New Year's Eve", "2025-12-31")]),
        ("The shop was closed on Monday.", [("Monday", "2026-12-28")]),
    ],
)  # fmt: skip
def test_new_years_day_from_late_december(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, TUE_DEC) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a British clock time, a full stop before the minutes
        ("The attack happened at 2.30pm local time on Friday.",
         [("2.30pm", "2026-03-20T14:30"), ("Friday", "2026-03-20")]),
        ("Police were called at 10.45 p.m. on Thursday.",
         [("10.45 p.m.", "2026-03-19T22:45"), ("Thursday", "2026-03-19")]),
        # ... not a price or a figure
        ("It cost £2.30 pm.", []),
        ("The index rose 2.30 points.", []),
    ],
)  # fmt: skip
def test_a_british_clock_time(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, SAT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day counted from a holiday is one expression
        ("The day before Thanksgiving is always the worst.",
         [("The day before Thanksgiving", "2026-11-25")]),
        ("Two days before Christmas, he resigned.", [("Two days before Christmas", "2025-12-23")]),
        # ... "the day before the vote" after a day just named describes that day
        ("We saw problems on Saturday, the day before the vote, when ballots arrived late.",
         [("Saturday", "2026-11-21"), ("the day", "2026-11-21")]),
        ("On Nov. 2, the day after the vote, he resigned.",
         [("Nov. 2", "2026-11-02"), ("the day", "2026-11-02")]),
    ],
)  # fmt: skip
def test_a_day_counted_from_a_holiday_or_describing_a_day(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, TUE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a holiday or a day in a likeness is no one day, nor what a clock time is on
        ('"It was like the Fourth of July," said Mike. "I was up at 5 a.m."',
         [("the Fourth of July", "XXXX-07-04"), ("5 a.m.", "2026-03-21T05:00")]),
        ("It felt like Christmas.", [("Christmas", "XXXX-12-25")]),
        # a midnight told as gone is the last one before publication's day ends
        ("Residents said they heard a loud bang shortly before midnight.",
         [("midnight", "2026-03-20T24:00")]),
        ("The bill passed after a session that ran past midnight.",
         [("midnight", "2026-03-20T24:00")]),
        # ... a midnight to come is publication day's
        ("The deadline expires at midnight.", [("midnight", "2026-03-21T24:00")]),
    ],
)  # fmt: skip
def test_a_likeness_and_a_midnight_gone(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, SAT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "from today" counts from publication, as "from now" does
        ("A week from today, the polls open.", [("A week from today", "2026-W13")]),
        ("Three days from today he leaves.", [("Three days from today", "2026-03-24")]),
    ],
)  # fmt: skip
def test_from_today(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, SAT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what is threatened or vowed is to come
        ("A storm threatened to snarl flights in the Midwest on Wednesday.",
         [("Wednesday", "2026-11-25")]),
        ("The union threatened to strike on Friday.", [("Friday", "2026-11-27")]),
        # ... not a threat told of in a clause of its own
        ("Police said the man, who had threatened to kill her, was arrested on Sunday.",
         [("Sunday", "2026-11-22")]),
    ],
)  # fmt: skip
def test_a_threat_is_of_what_is_to_come(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, TUE) == expected
