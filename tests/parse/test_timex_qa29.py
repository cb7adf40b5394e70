"""Time expressions from QA round 29 (tests/fixtures/dates_unseen29/FINDINGS.md): invented
sentences for each general rule fixed that round."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.parse.segment import segment
from explorer.parse.timex import find_timexes

MON_NOV = date(2026, 11, 30)  # a Monday
THU_NOV = date(2026, 11, 26)  # a Thursday
WED_JAN = date(2027, 1, 6)  # a Wednesday
MON_OCT = date(2026, 10, 5)  # a Monday


def found(text: str, published: date) -> list[tuple[str, str]]:
    """(text, value) of each time expression."""
    return [(t.text, t.value) for t in find_timexes(text, published, segment(text).sentences)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive past right before the day: gone (was next year's, weeks ahead)
        ("The courier was arrested on Feb. 3.", [("Feb. 3", "2026-02-03")]),
        ("The two climbers were last seen Jan. 9.", [("Jan. 9", "2026-01-09")]),
        # a past verb and its pronoun object before it
        ("Customs officers stopped her on Jan. 22 at the border.",
         [("Jan. 22", "2026-01-22")]),
        # the day opening its clause before a past verb
        ("On Jan. 14, the river flooded the old town.", [("Jan. 14", "2026-01-14")]),
        ("Exports slumped all year; on Jan. 5 they rallied.", [("Jan. 5", "2026-01-05")]),
        # a relative clause tells it as gone too
        ("The driver, who was charged on Feb. 11, denies the offence.",
         [("Feb. 11", "2026-02-11")]),
    ],
)  # fmt: skip
def test_a_day_told_as_gone_is_not_weeks_ahead(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, MON_NOV) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a schedule stays ahead: a plan's participle, an extension, a future, a day
        # reported under "said" (the sequence of tenses may have shifted a present back)
        ("The hearing was scheduled on Jan. 9.", [("Jan. 9", "2027-01-09")]),
        ("The bank extended the offer to Jan. 20.", [("Jan. 20", "2027-01-20")]),
        ("On Jan. 5 the plant will reopen.", [("Jan. 5", "2027-01-05")]),
        ("Officials said the summit was held on Feb. 3 and 4.",
         [("Feb. 3", "2027-02-03"), ("4", "2027-02-04")]),
    ],
)  # fmt: skip
def test_a_schedule_in_a_past_sentence_stays_ahead(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, MON_NOV) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quoted fragment of speech opening in lower case is no title (the feast was
        # dropped as one)
        ('She said a new timetable would be ready "by Easter".', [("Easter", "2027-03-28")]),
        ('The minister promised the bridge would reopen "before Christmas".',
         [("Christmas", "2027-12-25")]),
        # (a title opens with a capital: still no time)
        ('Her film "Midnight in Paris" sold well.', []),
    ],
)  # fmt: skip
def test_a_quoted_fragment_of_speech_is_no_title(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, WED_JAN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the last weekend of <month>" is one expression, the weekend of its last Saturday
        # (was "the last weekend" before publication, and the month apart)
        ("The tournament ended on the last weekend of January.",
         [("the last weekend of January", "2026-W05-WE")]),
        # "the first weekend of <month>": its first Saturday's (was the month, START)
        ("The festival will open on the first weekend of February.",
         [("the first weekend of February", "2027-W05-WE")]),
        ("The fair is held on the final weekend of August 2027.",
         [("the final weekend of August 2027", "2027-W34-WE")]),
        # ("the last weekend" alone stays the one gone)
        ("The shop was busy on the last weekend.", [("the last weekend", "2026-W40-WE")]),
    ],
)  # fmt: skip
def test_the_first_or_last_weekend_of_a_month(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, MON_OCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "last year" after "than" is compared with, no year for the sentence's month
        ("The fair opened a week later than last year, after a row settled in late July.",
         [("a week", "P1W"), ("last year", "2025"), ("late July", "2026-07")]),
        # ("Last year, ..." still sets it)
        ("Last year, the row was settled in late July.",
         [("Last year", "2025"), ("late July", "2025-07")]),
        # a clock time stops at ", and <weekday>'s" (was the later weekday's)
        ("Saturday's races were cancelled before noon, and Sunday's final was cut short.",
         [("Saturday", "2026-10-03"), ("noon", "2026-10-03T12:00"), ("Sunday", "2026-10-04")]),
        # a month right before a street's word is the street
        ("Police searched a house on April Lane in the town.", []),
        ("The shop on June Road closed in March.", [("March", "2026-03")]),
    ],
)  # fmt: skip
def test_a_compared_year_a_clause_and_a_street(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, MON_OCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "this <season>" looking ahead, once that season is over and the next is nearer,
        # is the coming one (was the one gone)
        ("The retrial will open this spring, lawyers said.", [("this spring", "2027-SP")]),
        ("We hope the new terminal opens this spring.", [("this spring", "2027-SP")]),
        # (a season nearer gone than to come stays: "this summer", in November)
        ("The new stadium will open this summer.", [("this summer", "2026-SU")]),
        # (told in the past, or a thing's season, it is the one gone)
        ("The reservoir ran dry this summer.", [("this summer", "2026-SU")]),
        ("Shoppers will feel the effects of this summer for months.",
         [("this summer", "2026-SU"), ("months", "PXM")]),
    ],
)  # fmt: skip
def test_this_season_looking_ahead_is_the_coming_one(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, THU_NOV) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the New Year holiday" is the holiday's day (was not found)
        ("Talks paused over Christmas and the New Year holiday.",
         [("Christmas", "2026-12-25"), ("New Year holiday", "2027-01-01")]),
        # ("the New Year" alone stays no date, "the new year" the year)
        ("Crowds gathered to see in the New Year.", []),
        ("The first vote of the new year is on Jan. 21.",
         [("the new year", "2027"), ("Jan. 21", "2027-01-21")]),
    ],
)  # fmt: skip
def test_the_new_year_holiday_is_its_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, WED_JAN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the day a decision moves something to is still to come (was gone, by "agreed")
        ("The league agreed to push back the end of the season by a week, to May 15.",
         [("a week", "P1W"), ("May 15", "2027-05-15")]),
        ("The council decided to delay the opening until March 3.",
         [("March 3", "2027-03-03")]),
        # (a move told as done, no decision to move: gone)
        ("The match was postponed to Sept. 30.", [("Sept. 30", "2026-09-30")]),
    ],
)  # fmt: skip
def test_a_day_a_decision_moves_to_is_ahead(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, MON_OCT) == expected
