"""Time expressions from QA round 12 (tests/fixtures/dates_unseen12/FINDINGS.md): invented
sentences for each general rule fixed that round."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.parse.segment import segment
from explorer.parse.timex import find_timexes

TUE = date(2026, 12, 15)  # a Tuesday
SAT = date(2026, 10, 17)  # a Saturday
FRI = date(2026, 5, 29)  # a Friday


def found(text: str, published: date) -> list[tuple[str, str]]:
    """(text, value) of each time expression."""
    return [(t.text, t.value) for t in find_timexes(text, published, segment(text).sentences)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "close" after a modal or a subject is the verb of what is to come
        ("The museum will close on Thursday for repairs.", [("Thursday", "2026-12-17")]),
        ("The county said its offices would close on Friday.", [("Friday", "2026-12-18")]),
        # ... the noun after a determiner or a possessive is a price already known
        ("The bid is 30% above the shares' close on Monday.", [("Monday", "2026-12-14")]),
        ("The bid values the firm at a premium to its close on Friday.",
         [("Friday", "2026-12-11")]),
    ],
)  # fmt: skip
def test_close_after_a_modal_is_a_verb_to_come(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, TUE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month-day with "last/next/this year" after it is one day of that year
        ("The festival returns on Sept. 12 next year.", [("Sept. 12 next year", "2027-09-12")]),
        ("The bridge opened on Nov. 2 last year.", [("Nov. 2 last year", "2025-11-02")]),
        # ... and with "that year" or "the following year", of the year named last
        ("Rationing began in March 1951, and the strike of Aug. 9 that year ended it.",
         [("March 1951", "1951-03"), ("Aug. 9 that year", "1951-08-09")]),
        ("The plant shut in 1988; it reopened on June 4 the following year.",
         [("1988", "1988"), ("June 4 the following year", "1989-06-04")]),
        # ... not a year word that begins a phrase of its own
        ("Sales peaked on Oct. 3, last year's high point.",
         [("Oct. 3", "2026-10-03"), ("last year", "2025")]),
    ],
)  # fmt: skip
def test_a_month_day_takes_the_year_word_after_it(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, SAT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quarter or half joined to a word that makes it a thing is no period
        ("They meet Lyon in the quarter-final on Sunday.", [("Sunday", "2026-10-18")]),
        ("The first quarter-finals were played in Leeds.", []),
        ("She made a first half-century at the Oval.", []),
        # ... the periods themselves still are
        ("Sales rose in the first quarter, and first-half profit doubled.",
         [("the first quarter", "2026-Q1"), ("first-half", "2026-H1")]),
    ],
)  # fmt: skip
def test_a_quarter_final_is_no_quarter(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, SAT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # British usage: "Tuesday week", "a week on Friday" are a week after the coming day
        ("Nurses will strike on Wednesday week.", [("Wednesday week", "2026-06-10")]),
        ("The inquiry reopens a week on Monday.", [("a week on Monday", "2026-06-08")]),
        # (said on a Friday: a week today)
        ("Talks resume a week on Friday, the union said on Friday.",
         [("a week on Friday", "2026-06-05"), ("Friday", "2026-05-29")]),
        ("The fare rise takes effect a week from Thursday.",
         [("a week from Thursday", "2026-06-11")]),
        # ... not a weekend or a numbered week
        ("Staff swapped the Tuesday weekend shifts.", [("Tuesday", "2026-05-26")]),
        # a fortnight back is a week, as two weeks are
        ("The plan was agreed a fortnight ago.", [("a fortnight ago", "2026-W20")]),
    ],
)  # fmt: skip
def test_a_weekday_a_week_on(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, FRI) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a range of clock times with its day after the second: the first is of it too
        ("Gusts will peak between 3 a.m. and 8 a.m. Wednesday.",
         [("3 a.m.", "2026-12-16T03:00"), ("8 a.m. Wednesday", "2026-12-16T08:00")]),
        # ... and the evening before, when it starts later in the day than it ends
        ("The line will be shut from 11 p.m. until 6 a.m. Sunday.",
         [("11 p.m.", "2026-12-19T23:00"), ("6 a.m. Sunday", "2026-12-20T06:00")]),
        # ... not a range that runs within the day
        ("Polls will open from 7 a.m. to 8 p.m. Sunday.",
         [("7 a.m.", "2026-12-20T07:00"), ("8 p.m. Sunday", "2026-12-20T20:00")]),
    ],
)  # fmt: skip
def test_a_clock_range_takes_the_day_after_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, TUE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the second of two days a thing is set for is a target too, however long the first
        # day's name
        ("Rail firms had already axed trains scheduled for Wednesday and Thursday.",
         [("Wednesday", "2026-12-16"), ("Thursday", "2026-12-17")]),
        ("The hearing was adjourned until Wednesday or Thursday.",
         [("Wednesday", "2026-12-16"), ("Thursday", "2026-12-17")]),
    ],
)  # fmt: skip
def test_two_days_set_for_are_both_to_come(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, TUE) == expected


WED = date(2026, 11, 4)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the three months to a day, then the quarter in apposition: the quarter those
        # months are, and the story's fiscal calendar from there on
        ("Vantor Labs posted a loss for the three months to Sept. 30, its fiscal first "
         "quarter. Revenue fell 4% from the year-ago quarter.",
         [("the three months", "P3M"), ("Sept. 30", "2026-09-30"),
          ("fiscal first quarter", "2026-Q3"),
          ("the year-ago quarter", "2025-Q3")]),
        # a numbered quarter of a fiscal year named, on that calendar: its months' year
        ("Vantor Labs, whose fiscal year runs from July to June, said sales fell in the "
         "third quarter of fiscal 2026.",
         [("July", "XXXX-07"), ("June", "XXXX-06"),
          ("the third quarter of fiscal 2026", "2026-Q1")]),
        # a quarter ending on a day still to come is the one under way
        ("Vantor Labs said profit fell in the third quarter. It reports again in January, "
         "for the quarter ending Dec. 31.",
         [("the third quarter", "2026-Q3"), ("January", "2027-01"),
          ("the quarter", "2026-Q4"), ("Dec. 31", "2026-12-31")]),
    ],
)  # fmt: skip
def test_fiscal_quarters_named_by_their_months(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, WED) == expected


THU = date(2026, 2, 12)  # a Thursday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday with "N weeks ago" after it is that day of the week so far back
        ("The panel first met on Tuesday morning two weeks ago.",
         [("Tuesday morning two weeks ago", "2026-01-27TMO")]),
        ("She resigned on Monday three weeks ago.", [("Monday three weeks ago", "2026-01-19")]),
        # ... "N weeks ago" on its own is still a week
        ("Two weeks ago, the plant shut.", [("Two weeks ago", "2026-W05")]),
    ],
)  # fmt: skip
def test_a_weekday_n_weeks_ago(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, THU) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "overnight into <day>" is the night that ends on that day
        ("Heavy rain will move in overnight into Friday, forecasters said.",
         [("overnight", "2026-12-17TNI"), ("Friday", "2026-12-18")]),
        ("Snow fell overnight into Sunday, closing roads.",
         [("overnight", "2026-12-12TNI"), ("Sunday", "2026-12-13")]),
        # ... "overnight" alone, as before
        ("Snow fell overnight in the hills.", [("overnight", "2026-12-14TNI")]),
    ],
)  # fmt: skip
def test_overnight_into_a_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, TUE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the same day as" another's event is no day named before (nor does it set the
        # story's time for what follows)
        ("The mill closed on Jan. 8, 2019. Her partner admitted the charge last year and "
         "will be sentenced on the same day as her brother. A cousin was cleared in "
         "December.",
         [("Jan. 8, 2019", "2019-01-08"), ("last year", "2025"),
          ("the same day", "XXXX-XX-XX"), ("December", "2025-12")]),
        # ... "the same day" alone is still the day named last
        ("The mill closed on Jan. 8. Staff were told the same day.",
         [("Jan. 8", "2026-01-08"), ("the same day", "2026-01-08")]),
    ],
)  # fmt: skip
def test_the_same_day_as_another_event(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, THU) == expected


def test_the_turn_of_the_year_is_its_start() -> None:
    text = "Exports have risen since the turn of the year. The turn of the century was calmer."
    found_ = find_timexes(text, SAT, segment(text).sentences)
    assert [(t.text, t.value, t.mod) for t in found_] == [
        ("the turn of the year", "2026", "START"),
        ("The turn of the century", "20", "START"),
    ]
