"""Time expressions from QA round 9 (tests/fixtures/dates_unseen9/FINDINGS.md): invented
sentences for each general rule fixed that round."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.parse.segment import segment
from explorer.parse.timex import find_timexes

SAT_JAN = date(2027, 1, 2)  # a Saturday, just after the year's turn
THU_NOV = date(2029, 11, 8)  # a Thursday


def found(text: str, published: date) -> list[tuple[str, str]]:
    """(text, value) of each time expression."""
    return [(t.text, t.value) for t in find_timexes(text, published, segment(text).sentences)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a past spelled like its base form is a past: last March, not the coming one
        ("A walkout in March shut two factories.", SAT_JAN, [("March", "2026-03")]),
        ("Flooding shut the mill in October.", SAT_JAN, [("October", "2026-10")]),
        ("The floods cost the region 40 million euros in November.", SAT_JAN,
         [("November", "2026-11")]),
        # ... but the noun, or the verb after a modal, is no past
        ("The cost in March is not yet known.", SAT_JAN, [("March", "2027-03")]),
        ("The bank will shut two branches in March.", SAT_JAN, [("March", "2027-03")]),
        # "cut" is too often a noun or a perfect of what is to come
        ("Economists expect a rate cut in March.", SAT_JAN, [("March", "2027-03")]),
        ("Two airlines have cut the city from their routes from April.", SAT_JAN,
         [("April", "2027-04")]),
        # "kept ... until" a month is how long it lasted, not a deadline to come
        ("A fire in July kept the museum closed until October.", SAT_JAN,
         [("July", "2026-07"), ("October", "2026-10")]),
        # a past verb right before "on" and a day: gone, however near ahead
        ("The coalition collapsed on Dec. 9.", THU_NOV, [("Dec. 9", "2028-12-09")]),
        ("Prices rose sharply on Nov. 20.", THU_NOV, [("Nov. 20", "2028-11-20")]),
        # a target or a state stays near publication
        ("The company extended the offer to Nov. 20.", THU_NOV, [("Nov. 20", "2029-11-20")]),
        ("He said the vote was likely on Nov. 20.", THU_NOV, [("Nov. 20", "2029-11-20")]),
    ],
)  # fmt: skip
def test_a_past_verb_keeps_its_date_behind_publication(
    text: str, published: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, published) == expected


WED = date(2026, 11, 18)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an end or a start on a timetable, in the present, is to come
        ("The offer window closes early on Friday.", [("early on Friday", "2026-11-20")]),
        ("The school holidays start on Saturday and last two weeks.",
         [("Saturday", "2026-11-21"), ("last two weeks", "P2W")]),
        ("Peace talks resume on Monday.", [("Monday", "2026-11-23")]),
        # ... not a noun, nor a past
        ("The team got off to a flying start on Friday.", [("Friday", "2026-11-13")]),
        ("A false start on Monday cost the team the race.", [("Monday", "2026-11-16")]),
        # a plural verb after a singular noun is still a verb
        ("Hotels across the region expect crowds between Friday and Sunday.",
         [("Friday", "2026-11-20"), ("Sunday", "2026-11-22")]),
        ("The season ended on Sunday.", [("Sunday", "2026-11-15")]),
        # what something is ahead of comes after the day named before it, or publication
        ("Both parties held rallies on Monday ahead of Sunday's vote.",
         [("Monday", "2026-11-16"), ("Sunday", "2026-11-22")]),
        ("Crowds are gathering ahead of Saturday's final.", [("Saturday", "2026-11-21")]),
        # in the past with no day before it, it may be gone
        ("Stocks fell ahead of Monday's jobs report.", [("Monday", "2026-11-16")]),
        ("Stocks rose on Monday ahead of Tuesday's rate decision.",
         [("Monday", "2026-11-16"), ("Tuesday", "2026-11-17")]),
    ],
)  # fmt: skip
def test_a_day_still_to_come(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, WED) == expected


MON_MAY = date(2031, 5, 12)  # a Monday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a story gone back to a month or season: a later month of that year, next sentence
        ("Unrest began in the summer of 1996, when bread prices doubled. Dockers walked out "
         "in September, and the port closed.",
         [("the summer of 1996", "1996-SU"), ("September", "1996-09")]),
        ("The siege began on March 3, 1993. The garrison surrendered on April 20.",
         [("March 3, 1993", "1993-03-03"), ("April 20", "1993-04-20")]),
        # "the" before a weekday: the one after the day the story is at
        ("The march set off on Monday, Oct. 2, 1961. By the Thursday, 40,000 had joined.",
         [("Monday, Oct. 2, 1961", "1961-10-02"), ("Thursday", "1961-10-05")]),
        # a month that would turn the year, or a story left a sentence before, is this year's
        ("The bank last cut rates in December 2019. Two members argued for a cut in "
         "October.", [("December 2019", "2019-12"), ("October", "2030-10")]),
        ("The rebels took the city on Jan. 1, 1959. The leader is now 90. His boat sank "
         "in late November.",
         [("Jan. 1, 1959", "1959-01-01"), ("now", "PRESENT_REF"), ("late November", "2030-11")]),
        # a bare year frames no month
        ("The firm was founded in 1998. It cut 200 jobs in March.",
         [("1998", "1998"), ("March", "2031-03")]),
    ],
)  # fmt: skip
def test_a_month_in_a_story_told_of_a_past_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, MON_MAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day named with a universal time in its brackets is that time's day
        ("The blast struck at 3:40 a.m. on Tuesday (1940 GMT on Monday), police said.",
         [("3:40 a.m.", "2026-11-17T03:40"), ("Tuesday", "2026-11-17"),
          ("1940 GMT", "2026-11-16T19:40"), ("Monday", "2026-11-16")]),
        ("Polls closed at 8 p.m. on Sunday (0100 GMT Monday).",
         [("8 p.m.", "2026-11-15T20:00"), ("Sunday", "2026-11-15"),
          ("0100 GMT", "2026-11-16T01:00"), ("Monday", "2026-11-16")]),
    ],
)  # fmt: skip
def test_a_universal_time_keeps_the_day_in_its_brackets(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, WED) == expected


THU_OCT = date(2026, 10, 22)  # a Thursday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a past year before the noun a sentence opens with frames its month
        ("The 2019 referendum was held in November. Turnout that year was low.",
         [("2019", "2019"), ("November", "2019-11"), ("that year", "2019")]),
        ("The 2022 flood peaked in March.", [("2022", "2022"), ("March", "2022-03")]),
        # not a year still to come
        ("The 2030 target will be reviewed in March.", [("2030", "2030"), ("March", "2027-03")]),
    ],
)  # fmt: skip
def test_a_year_before_the_subject_frames_the_month(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, THU_OCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday after a job and a given name, or "Mr", is a surname
        ("Board member Lina Friday, who chairs the audit panel, resigned on Monday.",
         [("Monday", "2026-11-16")]),
        ("The club's coach, Tomas Saturday, said the team was tired.", []),
        ("Mr Monday declined to comment.", []),
        # a holiday or weekday after a work or business is its title
        ("The station will show the war film Armistice Day on Friday.",
         [("Friday", "2026-11-20")]),
        ("Viewers spent the evening watching \u201cIndependence Day\u201d again.",
         []),
        ("A hotel owned by the restaurant chain Monday's was evacuated.", []),
        # ... while a job before the day itself is no name
        ("The council member said on Sunday that the plan had failed.",
         [("Sunday", "2026-11-15")]),
        ("The minister Sunday said talks would resume.", [("Sunday", "2026-11-15")]),
    ],
)  # fmt: skip
def test_names_and_titles_that_hold_a_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The port will stop burning oil by the end of the decade.",
         [("the end of the decade", "202")]),
        ("Prices fell at the start of the decade.", [("the start of the decade", "202")]),
        ("Sea levels could rise a metre by the end of the century.",
         [("the end of the century", "20")]),
    ],
)  # fmt: skip
def test_the_end_of_the_decade_is_the_one_under_way(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the week, month or day of publication so many years back: one expression
        ("Thirty years ago this week, the dam burst.",
         [("Thirty years ago this week", "1996-W47")]),
        ("A decade ago this month, the mine closed.", [("A decade ago this month", "2016-11")]),
        ("Five years ago today, the bridge fell.", [("Five years ago today", "2021-11-18")]),
        # a comma makes two
        ("Two years ago, this week was quiet.",
         [("Two years ago", "2024"), ("this week", "2026-W47")]),
    ],
)  # fmt: skip
def test_years_ago_this_week(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the Orthodox churches' Easter, on the Julian computus
        ("Pilgrims will arrive before Orthodox Easter.", date(2024, 3, 20),
         [("Orthodox Easter", "2024-05-05")]),
        ("Shops close for Orthodox Easter next month.", date(2028, 3, 20),
         [("Orthodox Easter", "2028-04-16"), ("next month", "2028-04")]),
        ("Orthodox Good Friday fell on April 10 last year.", date(2027, 1, 20),
         [("Orthodox Good Friday", "2026-04-10"), ("April 10 last year", "2026-04-10")]),
    ],
)  # fmt: skip
def test_orthodox_easter(text: str, published: date, expected: list[tuple[str, str]]) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "after midnight" with its day, or after the small hours of a day, begins that day
        ("The blast came shortly after midnight on Tuesday.",
         [("midnight", "2026-11-17T00:00"), ("Tuesday", "2026-11-17")]),
        ("Crews worked from 9 p.m. on Monday to 5 a.m. on Tuesday. Power failed just after "
         "midnight.",
         [("9 p.m.", "2026-11-16T21:00"), ("Monday", "2026-11-16"),
          ("5 a.m.", "2026-11-17T05:00"), ("Tuesday", "2026-11-17"),
          ("midnight", "2026-11-17T00:00")]),
        # "midnight on Friday" is its end; after a day named alone, so is "after midnight"
        ("Campaigning must stop at midnight on Friday.",
         [("midnight", "2026-11-20T24:00"), ("Friday", "2026-11-20")]),
        ("The truce began on Monday. Drones struck shortly after midnight.",
         [("Monday", "2026-11-16"), ("midnight", "2026-11-16T24:00")]),
    ],
)  # fmt: skip
def test_after_midnight(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday right after a clock time is its day, however near the one before
        ("Crews worked from 9 p.m. on Monday to 5 a.m. on Tuesday.",
         [("9 p.m.", "2026-11-16T21:00"), ("Monday", "2026-11-16"),
          ("5 a.m.", "2026-11-17T05:00"), ("Tuesday", "2026-11-17")]),
        # "until" after a past that went on, with clock times between
        ("Talks ran from 10 a.m. on Friday until 2 a.m. on Saturday.",
         [("10 a.m.", "2026-11-13T10:00"), ("Friday", "2026-11-13"),
          ("2 a.m.", "2026-11-14T02:00"), ("Saturday", "2026-11-14")]),
    ],
)  # fmt: skip
def test_a_night_told_by_its_clock_times(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, WED) == expected


TUE_MAR = date(2027, 3, 23)  # a Tuesday in spring


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # in the present, the nearer season: the summer to come in March
        ("Hotel rates for the summer are up 4%.", TUE_MAR, [("the summer", "2027-SU")]),
        # ... the one just gone in October, and the winter under way in March
        ("Hotel rates for the summer are up 4%.", date(2026, 10, 5), [("the summer", "2026-SU")]),
        ("The winter is long.", TUE_MAR, [("The winter", "2026-WI")]),
        # a past stays the last one
        ("Sales rose in the summer.", TUE_MAR, [("the summer", "2026-SU")]),
    ],
)  # fmt: skip
def test_a_season_in_the_present_is_the_nearer(
    text: str, published: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day after another past verb is that verb's, not the clock time's
        ("Aid began to arrive on Wednesday. A rescue team landed at dawn, and the EU said on "
         "Tuesday it would send money.",
         [("Wednesday", "2026-11-18"), ("dawn", "2026-11-18TMO"), ("Tuesday", "2026-11-17")]),
        ("Aid began to arrive on Wednesday. A team landed at 6 a.m., and officials told "
         "reporters on Tuesday that more would come.",
         [("Wednesday", "2026-11-18"), ("6 a.m.", "2026-11-18T06:00"),
          ("Tuesday", "2026-11-17")]),
        # its own day stays
        ("The plane landed at 6 a.m. on Tuesday.",
         [("6 a.m.", "2026-11-17T06:00"), ("Tuesday", "2026-11-17")]),
    ],
)  # fmt: skip
def test_a_clock_time_does_not_take_the_day_of_a_saying_after_it(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, WED) == expected


def test_hours_later_count_from_the_local_time_not_its_universal_one() -> None:
    text = (
        "The blast struck at 3:40 a.m. on Tuesday (1940 GMT on Monday). The road was "
        "reopened two hours later."
    )
    assert found(text, WED)[-1] == ("two hours later", "2026-11-17")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday right after a present "is" is the schedule's day
        ("The referendum is on Sunday.", [("Sunday", "2026-11-22")]),
        ("The final is Saturday, organisers said.", [("Saturday", "2026-11-21")]),
        # polls or shops opening and closing at a time
        ("Polls close at 8 p.m. on Sunday.",
         [("8 p.m.", "2026-11-22T20:00"), ("Sunday", "2026-11-22")]),
        # a past, or "open" as an adjective, stays behind
        ("The referendum was on Sunday.", [("Sunday", "2026-11-15")]),
        ("The shops remained open on Sunday.", [("Sunday", "2026-11-15")]),
        ("Polls opened at 7 a.m. on Sunday.",
         [("7 a.m.", "2026-11-15T07:00"), ("Sunday", "2026-11-15")]),
    ],
)  # fmt: skip
def test_a_schedule_in_the_present(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The months ahead will decide whether the plan works.",
         [("The months ahead", "PXM")]),
        ("Talks will resume in the weeks ahead.", [("the weeks ahead", "PXW")]),
        # "ahead of" an event is before it
        ("Tension rose in the days ahead of the vote.", []),
    ],
)  # fmt: skip
def test_the_months_ahead(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, WED) == expected


def test_a_title_in_capitals_before_a_name_and_a_day_is_no_surname() -> None:
    assert found("Defense Minister Gantz Sunday warned of war.", WED) == [("Sunday", "2026-11-15")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what one watches is a title only in quotes
        ("Millions watched Sunday's final.", [("Sunday", "2026-11-15")]),
        ("Fans watching Monday's game cheered.", [("Monday", "2026-11-16")]),
    ],
)  # fmt: skip
def test_a_day_one_watches_is_a_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a start or an end joined by a hyphen is a noun, no timetable
        ("The firm posted year-end results on Friday.", [("Friday", "2026-11-13")]),
        ("A start-up fair was held on Friday.", [("Friday", "2026-11-13")]),
    ],
)  # fmt: skip
def test_a_hyphened_end_is_no_schedule(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a moment after something told, with no clock time to count from, is no day
        ("The crowd pushed. A second later, the gates gave way.", [("A second", "PT1S")]),
        # minutes keep the day they count from ("Eleven minutes later he scored again")
        ("He scored in the 20th minute. Eleven minutes later he scored again.",
         [("Eleven minutes later", "2026-11-18")]),
    ],
)  # fmt: skip
def test_a_second_later(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, WED) == expected
