"""Challenge set: time expressions that real news uses, beyond the development corpus.

Every sentence is invented. Publication is Friday 23 September 2016 unless a case says
otherwise. Each row gives the extent the engine must find, its TIMEX3 type and value and,
where the calendar reading matters, the DateRange it must cover ("start" or
"start/inclusive end", at the range's own precision).

Decisions where news usage is ambiguous (TimeML/TimeBank conventions unless noted):
- "23.09.2016": dotted numeric dates are day.month.year (European order); US copy writes
  month/day/year with slashes, which stays month-first.
- "Sept. 23-25": one DATE whose value is the first day and whose range covers all days.
- "March 3 and 5": two DATEs, the bare day taking the month just named.
- "2012-13", "1998-99": one DATE valued as the first year, its range covering both.
- "the 1800s" (a hundred-year multiple that has ended) is a century; "the 2000s" a decade.
- "the early hours of Sunday": TimeBank tags only "Sunday".
- "the coming weeks": FUTURE_REF (TimeBank tags "coming months" so); "the past decade":
  DURATION P10Y (TimeBank "past decade").
- "Hours later", "Days later", "years earlier": the vague length is the timex (DURATION
  PTXH, PXD, PXY), "later" a signal, as TimeBank does for "a month after the strike"
  (days and longer units only before "later"/"earlier": "the days before the vote" is
  anchored on the event).
- "this time last year": the same date a year before publication.
- "a five-year-old war": DURATION P5Y starting about five years back; a person's age
  ("a five-year-old boy") is no timex.
- Ramadan, Eid al-Fitr, Eid al-Adha and Lunar New Year are tagged from tables for
  2000-2040 (explorer/parse/timex/lunar.py); other lunar feasts are not.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from explorer.model import Timex, TimexType
from explorer.parse.segment import segment
from explorer.parse.timex import find_timexes

FRI = date(2016, 9, 23)  # a Friday
JAN = date(2016, 1, 15)
OCT = date(2016, 10, 20)
D, T, U, S = TimexType.DATE, TimexType.TIME, TimexType.DURATION, TimexType.SET


@dataclass(frozen=True, slots=True)
class Case:
    text: str
    extent: str
    type: TimexType
    value: str
    range: str | None = None  # "start" or "start/end" (inclusive), DateRange.iso() form
    published: date = FRI
    mod: str | None = None


def _timexes(text: str, published: date) -> tuple[Timex, ...]:
    return find_timexes(text, published, segment(text).sentences)


CASES: dict[str, Case] = {
    # -- absolute dates in news formats ---------------------------------------------------
    "month-abbr-day-year": Case(
        "The treaty was signed on Sept. 23, 2016.", "Sept. 23, 2016", D, "2016-09-23", "2016-09-23"
    ),
    "day-month-year": Case(
        "The treaty was signed on 23 September 2016.", "23 September 2016", D, "2016-09-23"
    ),
    "month-ordinal-day": Case(
        "Talks resumed on September 23rd.", "September 23rd", D, "2016-09-23"
    ),
    "weekday-month-day-year": Case(
        "He was sworn in on Friday, September 23, 2016.",
        "Friday, September 23, 2016",
        D,
        "2016-09-23",
    ),
    "the-nth-past": Case("The ceasefire began on the 19th.", "the 19th", D, "2016-09-19"),
    "the-nth-after-pub-past-is-last-month": Case(
        "The ceasefire collapsed on the 28th, officials said.", "the 28th", D, "2016-08-28"
    ),
    "the-nth-future": Case(
        "Voting will start on the 2nd and end a week later.", "the 2nd", D, "2016-10-02"
    ),
    "iso-date": Case(
        "The filing, dated 2016-09-23, was made public.", "2016-09-23", D, "2016-09-23"
    ),
    "iso-datetime": Case(
        "The log shows 2016-09-23T15:40 as the last entry.",
        "2016-09-23T15:40",
        T,
        "2016-09-23T15:40",
    ),
    "us-slash-date": Case("A notice dated 9/23/2016 was posted.", "9/23/2016", D, "2016-09-23"),
    "us-slash-date-2digit-year": Case(
        "The memo, dated 9/20/16, was leaked.", "9/20/16", D, "2016-09-20"
    ),
    "dotted-day-month-year": Case(
        "The decree of 23.09.2016 took effect.", "23.09.2016", D, "2016-09-23"
    ),
    "dotted-day-first-unambiguous": Case(
        "The ruling of 05.04.2015 was overturned.", "05.04.2015", D, "2015-04-05"
    ),
    "reuters-dateline-no-dot": Case(
        "LONDON, Sept 23 (Reuters) - Oil prices rose.", "Sept 23", D, "2016-09-23"
    ),
    "abbr-no-dot-with-day": Case("The deal closed on Jan 5.", "Jan 5", D, "2016-01-05"),
    "day-range-dash": Case(
        "The summit runs Sept. 27-29 in Geneva.",
        "Sept. 27-29",
        D,
        "2016-09-27",
        "2016-09-27/2016-09-29",
    ),
    "day-range-with-year": Case(
        "The fair ran Aug. 1-3, 2015, in Ohio.",
        "Aug. 1-3, 2015",
        D,
        "2015-08-01",
        "2015-08-01/2015-08-03",
    ),
    "between-day-and-day-first": Case(
        "Voting will take place between Oct. 3 and 5.", "Oct. 3", D, "2016-10-03"
    ),
    "between-day-and-day-second": Case(
        "Voting will take place between Oct. 3 and 5.", "5", D, "2016-10-05"
    ),
    "ordinal-word-of-month": Case(
        "Crowds gathered on the Fourth of July.", "the Fourth of July", D, "2016-07-04"
    ),
    "ordinal-digit-of-month": Case(
        "The law took effect on the 1st of August.", "the 1st of August", D, "2016-08-01"
    ),
    "month-year": Case("Prices rose in March 2015.", "March 2015", D, "2015-03"),
    "month-past": Case("Prices rose in March.", "March", D, "2016-03"),
    "mid-month": Case("Talks will resume in mid-October.", "mid-October", D, "2016-10", mod="MID"),
    "month-day-future": Case("The vote will be held on Oct. 5.", "Oct. 5", D, "2016-10-05"),
    "month-day-past-after-pub": Case("The army withdrew on Dec. 28.", "Dec. 28", D, "2015-12-28"),
    "week-of": Case(
        "The plant was built in the week of March 6.", "the week of March 6", D, "2016-W09"
    ),
    "nine-eleven-full": Case(
        "The attacks of Sept. 11, 2001, changed everything.", "Sept. 11, 2001", D, "2001-09-11"
    ),
    # -- years, decades, centuries --------------------------------------------------------
    "year": Case("The company was founded in 2012.", "2012", D, "2012", "2012"),
    "since-year-open-range": Case("The firm has grown since 2012.", "2012", D, "2012", "2012/2016"),
    "year-span-two-digit": Case("Revenue rose in 2012-13.", "2012-13", D, "2012", "2012/2013"),
    "season-span": Case(
        "He starred in the 1998-99 season.", "the 1998-99 season", D, "1998", "1998/1999"
    ),
    "fiscal-year": Case("Sales grew in fiscal 2017.", "fiscal 2017", D, "2017"),
    "fy-year": Case("Profit for FY2017 rose 4 percent.", "FY2017", D, "2017"),
    "fy-two-digit": Case("The FY17 budget was cut.", "FY17", D, "2017"),
    "decade": Case("Inflation soared in the 1990s.", "the 1990s", D, "199", "1990/1999"),
    "decade-apostrophe": Case("Housing boomed in the '90s.", "the '90s", D, "199"),
    "mid-decade": Case("The firm was sold in the mid-1990s.", "the mid-1990s", D, "199", mod="MID"),
    "late-decade": Case(
        "He lived in Paris in the late 1980s.", "the late 1980s", D, "198", mod="END"
    ),
    "early-2000s-is-decade": Case(
        "Prices fell in the early 2000s.", "the early 2000s", D, "200", mod="START"
    ),
    "hundreds-are-century": Case(
        "The mill was built in the 1800s.", "the 1800s", D, "18", "1800/1899"
    ),
    "ordinal-century": Case(
        "It is the defining problem of the 21st century.", "the 21st century", D, "20"
    ),
    "past-decade": Case(
        "Prices have doubled over the past decade.",
        "the past decade",
        U,
        "P10Y",
        "2006-09-23/2016-09-23",
    ),
    "decade-ago": Case("The plant closed a decade ago.", "a decade ago", D, "2006"),
    "years-ago": Case("He died three years ago.", "three years ago", D, "2013"),
    "mid-year": Case("Sales should recover by mid-2017.", "mid-2017", D, "2017", mod="MID"),
    "late-year": Case("Sales fell in late 2015.", "late 2015", D, "2015", mod="END"),
    "by-year": Case("Emissions will be cut by 2030.", "2030", D, "2030"),
    "spelled-year": Case("He left in nineteen ninety-seven.", "nineteen ninety-seven", D, "1997"),
    "year-possessive": Case("2015's harvest was poor.", "2015", D, "2015"),
    # -- weekdays and relative days -------------------------------------------------------
    "last-weekday": Case("Police arrested him last Tuesday.", "last Tuesday", D, "2016-09-20"),
    "this-weekday-future": Case(
        "The council will meet this Tuesday.", "this Tuesday", D, "2016-09-27"
    ),
    "weekday-past": Case("The envoys met on Tuesday.", "Tuesday", D, "2016-09-20"),
    "weekday-future": Case("The envoys will meet on Tuesday.", "Tuesday", D, "2016-09-27"),
    "weekday-night": Case(
        "Protesters gathered Tuesday night.", "Tuesday night", T, "2016-09-20TNI"
    ),
    "weekday-possessive": Case("Tuesday's vote was close.", "Tuesday", D, "2016-09-20"),
    "weekday-month-day": Case(
        "The deal was struck on Tuesday, Sept. 20.", "Tuesday, Sept. 20", D, "2016-09-20"
    ),
    "publication-weekday-morning": Case(
        "Strikes hit the city on Friday morning.", "Friday morning", T, "2016-09-23TMO"
    ),
    "late-on-weekday": Case(
        "The vote ended late on Friday.", "late on Friday", D, "2016-09-23", mod="END"
    ),
    "early-weekday": Case(
        "Rebels attacked early Saturday.", "early Saturday", D, "2016-09-17", mod="START"
    ),
    "early-hours-of-weekday": Case(
        "The blast came in the early hours of Sunday.", "Sunday", D, "2016-09-18"
    ),
    "the-day-before-discourse": Case(
        "He reached Paris on Sept. 12. The day before, he was in Rome.",
        "The day before",
        D,
        "2016-09-11",
    ),
    "the-previous-day": Case(
        "He reached Paris on Sept. 12. He had left Rome the previous day.",
        "the previous day",
        D,
        "2016-09-11",
    ),
    "the-next-day": Case(
        "He reached Paris on Sept. 12. He left the next day.", "the next day", D, "2016-09-13"
    ),
    "the-following-day": Case(
        "The bomb went off on Sept. 4. Police made arrests the following day.",
        "the following day",
        D,
        "2016-09-05",
    ),
    "the-same-day": Case(
        "The bomb went off on Sept. 4. A second bomb exploded the same day.",
        "the same day",
        D,
        "2016-09-04",
    ),
    "days-later-discourse": Case(
        "The bomb exploded on Sept. 12. Two days later, police came.",
        "Two days later",
        D,
        "2016-09-14",
    ),
    "days-ago": Case("He died two days ago.", "two days ago", D, "2016-09-21"),
    "yesterday": Case("It rained yesterday.", "yesterday", D, "2016-09-22"),
    "yesterday-afternoon": Case(
        "He spoke yesterday afternoon.", "yesterday afternoon", T, "2016-09-22TAF"
    ),
    "tomorrow-morning": Case("He speaks tomorrow morning.", "tomorrow morning", T, "2016-09-24TMO"),
    "tonight": Case("He speaks tonight.", "tonight", T, "2016-09-23TNI"),
    "last-night": Case("Shelling resumed last night.", "last night", T, "2016-09-22TNI"),
    "this-morning": Case("The minister resigned this morning.", "this morning", T, "2016-09-23TMO"),
    "earlier-today": Case("The minister spoke earlier today.", "earlier today", D, "2016-09-23"),
    "late-yesterday": Case("The bill passed late yesterday.", "late yesterday", D, "2016-09-22"),
    "overnight-past": Case(
        "Fighting raged overnight in the north.", "overnight", T, "2016-09-22TNI"
    ),
    "overnight-future": Case(
        "The bridge will be closed overnight.", "overnight", T, "2016-09-23TNI"
    ),
    # -- weeks, months, years relative to publication -------------------------------------
    "earlier-this-week": Case(
        "Officials said earlier this week that prices rose.", "earlier this week", D, "2016-W38"
    ),
    "later-this-month": Case("Rates will rise later this month.", "later this month", D, "2016-09"),
    "end-of-the-month": Case(
        "Rent is due at the end of the month.", "the end of the month", D, "2016-09", mod="END"
    ),
    "end-of-the-year": Case(
        "Troops will leave by the end of the year.", "the end of the year", D, "2016", mod="END"
    ),
    "end-of-next-year": Case(
        "The plant will close by the end of next year.",
        "the end of next year",
        D,
        "2017",
        mod="END",
    ),
    "early-next-year": Case(
        "Sales will rise early next year.", "early next year", D, "2017", mod="START"
    ),
    "last-week": Case("They met last week.", "last week", D, "2016-W37"),
    "next-month": Case("Prices rise next month.", "next month", D, "2016-10"),
    "last-year": Case("Prices fell last year.", "last year", D, "2015"),
    "the-previous-week": Case("He left the previous week.", "the previous week", D, "2016-W37"),
    "a-week-earlier": Case(
        "The bomb exploded on Sept. 12. A week earlier, the army left.",
        "A week earlier",
        D,
        "2016-09-05",  # a week before the day named, a day
    ),
    "coming-weeks": Case(
        "Talks will resume in the coming weeks.", "the coming weeks", D, "FUTURE_REF"
    ),
    "coming-days": Case(
        "A decision is expected in the coming days.", "the coming days", D, "FUTURE_REF"
    ),
    "within-two-weeks": Case("Troops will leave within two weeks.", "two weeks", U, "P2W"),
    "weeks-from-now": Case("The vote is two weeks from now.", "two weeks from now", D, "2016-W40"),
    "years-time": Case(
        "The dam will be finished in two years' time.", "two years' time", D, "2018"
    ),
    "a-weeks-time": Case(
        "The result will be known in a week's time.", "a week's time", D, "2016-W39"
    ),
    "a-year-from-now": Case("A year from now prices will be higher.", "A year from now", D, "2017"),
    "this-time-last-year": Case(
        "Prices are higher than this time last year.", "this time last year", D, "2015-09-23"
    ),
    "over-the-weekend": Case(
        "Fighting raged over the weekend.", "the weekend", D, "2016-W37-WE", "2016-09-17/2016-09-18"
    ),
    "last-weekend": Case("He spoke last weekend.", "last weekend", D, "2016-W37-WE"),
    "the-weekend-future": Case(
        "A rally is planned for the weekend.", "the weekend", D, "2016-W38-WE"
    ),
    # -- clock times ----------------------------------------------------------------------
    "pm-dotted": Case("The meeting began at 3 p.m.", "3 p.m.", T, "2016-09-23T15:00"),
    "pm-compact": Case("The meeting ended at 5pm.", "5pm", T, "2016-09-23T17:00"),
    "24h-zone": Case("The market opened at 15:00 GMT.", "15:00 GMT", T, "2016-09-23T15:00"),
    "am-zone": Case("The session opened at 9:30 a.m. EDT.", "9:30 a.m. EDT", T, "2016-09-23T09:30"),
    "noon-weekday": Case("They met at noon Friday.", "noon Friday", T, "2016-09-23T12:00"),
    # (a midnight gone: the one that ended the day before publication; publication day's
    # own is still ahead)
    "midnight": Case("The curfew ended at midnight.", "midnight", T, "2016-09-22T24:00"),
    "midnight-ahead": Case("The curfew ends at midnight.", "midnight", T, "2016-09-23T24:00"),
    "dawn": Case("Troops attacked at dawn.", "dawn", T, "2016-09-23TMO"),
    "dusk-weekday": Case(
        "The shelling stopped before dusk on Thursday.", "dusk on Thursday", T, "2016-09-22TEV"
    ),
    "local-time": Case(
        "The blast hit at around 10:30 local time (0730 GMT).", "10:30", T, "2016-09-23T10:30"
    ),
    "military-gmt": Case(
        "The blast hit at around 10:30 local time (0730 GMT).", "0730 GMT", T, "2016-09-23T07:30"
    ),
    "pm-weekday": Case("It began at 1 p.m. Thursday.", "1 p.m. Thursday", T, "2016-09-22T13:00"),
    "oclock": Case("He left at 9 o'clock.", "9 o'clock", T, "2016-09-23T09:00"),
    # -- holidays -------------------------------------------------------------------------
    "christmas-past": Case("Shops were busy before Christmas.", "Christmas", D, "2015-12-25"),
    "christmas-eve": Case("He spent Christmas Eve at home.", "Christmas Eve", D, "2015-12-24"),
    "new-years-day": Case("New Year's Day was quiet.", "New Year's Day", D, "2016-01-01"),
    "easter-past": Case("Churches were full at Easter.", "Easter", D, "2016-03-27"),
    "good-friday-future": Case(
        "The strike will end before Good Friday.", "Good Friday", D, "2016-03-25", published=JAN
    ),
    "thanksgiving-future": Case(
        "The store will open on Thanksgiving.", "Thanksgiving", D, "2016-11-24"
    ),
    "independence-day": Case(
        "Fireworks lit up the sky on Independence Day.", "Independence Day", D, "2016-07-04"
    ),
    "election-day": Case(
        "Voters go to the polls on Election Day.", "Election Day", D, "2016-11-08"
    ),
    "easter-week": Case("Pilgrims arrived as Easter week began.", "Easter week", D, "2016-W12"),
    # -- seasons, quarters, halves --------------------------------------------------------
    "last-summer": Case("It rained a lot last summer.", "last summer", D, "2015-SU", published=JAN),
    "this-spring": Case("Sales will rise this spring.", "this spring", D, "2016-SP"),
    "season-of-year": Case(
        "Prices rose in the spring of 2015.", "the spring of 2015", D, "2015-SP"
    ),
    "season-year": Case("Prices rose in summer 2015.", "summer 2015", D, "2015-SU"),
    "third-quarter": Case(
        "Sales fell in the third quarter.", "the third quarter", D, "2016-Q3", published=OCT
    ),
    "quarter-of-year": Case(
        "Sales fell in the first quarter of 2017.", "the first quarter of 2017", D, "2017-Q1"
    ),
    "q3": Case("Profit rose 4 percent in Q3.", "Q3", D, "2016-Q3", published=OCT),
    "q3-year": Case("Profit rose in Q3 2015.", "Q3 2015", D, "2015-Q3"),
    "2q": Case("Acme posted a 2Q loss.", "2Q", D, "2016-Q2", published=OCT),
    "first-half-of-year": Case(
        "Sales will double in the first half of 2017.", "the first half of 2017", D, "2017-H1"
    ),
    "h1": Case("Profit rose in H1.", "H1", D, "2016-H1", published=OCT),
    "h2-year": Case("Deliveries resume in H2 2017.", "H2 2017", D, "2017-H2"),
    # -- durations ------------------------------------------------------------------------
    "for-years-number": Case("He ruled for three years.", "three years", U, "P3Y"),
    "past-n-months": Case(
        "Over the past 18 months prices rose.",
        "the past 18 months",
        U,
        "P18M",
        "2015-03-23/2016-09-23",
    ),
    "and-a-half-hours": Case(
        "The hearing lasted two-and-a-half hours.", "two-and-a-half hours", U, "PT2H30M"
    ),
    "n-year-old-war": Case(
        "The five-year-old war shows no sign of ending.",
        "five-year-old",
        U,
        "P5Y",
        "2011-09/2016-09",
    ),
    "n-year-old-adjective-war": Case("It is a 15-year-old civil war.", "15-year-old", U, "P15Y"),
    "more-than-a-decade": Case(
        "It took more than a decade.", "more than a decade", U, "P10Y", mod="MORE_THAN"
    ),
    "nearly-two-weeks": Case(
        "It lasted nearly two weeks.", "nearly two weeks", U, "P2W", mod="LESS_THAN"
    ),
    "n-day-truce": Case("They agreed a 10-day truce.", "10-day", U, "P10D"),
    "24-hours": Case("The search took 24 hours.", "24 hours", U, "PT24H"),
    "the-last-24-hours": Case("Rain fell in the last 24 hours.", "the last 24 hours", U, "PT24H"),
    "two-decades": Case("Prices doubled in two decades.", "two decades", U, "P20Y"),
    "next-n-years": Case(
        "Sales will rise in the next five years.", "the next five years", U, "P5Y"
    ),
    "for-a-decade": Case("He has lived there for a decade.", "a decade", U, "P10Y"),
    "for-years-bare": Case("They fought for years.", "years", U, "PXY"),
    "for-days-bare": Case("The siege lasted for days.", "days", U, "PXD"),
    "last-few-years": Case("Sales fell in the last few years.", "the last few years", U, "PXY"),
    "hours-later": Case("Hours later, the building collapsed.", "Hours", U, "PTXH"),
    "minutes-after": Case("Minutes after the blast, police arrived.", "Minutes", U, "PTXM"),
    "days-later-bare": Case("Days later, the rebels left.", "Days", U, "PXD"),
    "weeks-later-bare": Case("The ceasefire collapsed weeks later.", "weeks", U, "PXW"),
    "years-earlier-bare": Case("Years earlier, she had resigned.", "Years", U, "PXY"),
    # -- sets -----------------------------------------------------------------------------
    "every-weekday": Case("They meet every Friday.", "every Friday", S, "XXXX-WXX-5"),
    "each-year": Case("They meet each year.", "each year", S, "P1Y"),
    "weekly": Case("The magazine is published weekly.", "weekly", S, "P1W"),
    "annually": Case("The festival is held annually.", "annually", S, "P1Y"),
    "twice-a-week": Case("They meet twice a week.", "twice a week", S, "P1W"),
    "every-n-years": Case("The games are held every two years.", "every two years", S, "P2Y"),
    "every-other-year": Case("The summit meets every other year.", "every other year", S, "P2Y"),
    "daily": Case("The paper is published daily.", "daily", S, "P1D"),
    "once-a-month": Case("They meet once a month.", "once a month", S, "P1M"),
    "rate-a-year": Case("It costs $2 million a year.", "a year", S, "P1Y"),
    # -- vague references -----------------------------------------------------------------
    "now": Case("Prices are now higher.", "now", D, "PRESENT_REF"),
    "currently": Case("Prices are currently high.", "currently", D, "PRESENT_REF"),
    "recently": Case("Prices recently rose.", "recently", D, "PAST_REF"),
    "the-past": Case("In the past, prices were low.", "the past", D, "PAST_REF"),
    "the-future": Case("In the future, prices will rise.", "the future", D, "FUTURE_REF"),
    "these-days": Case("These days prices are high.", "These days", D, "PRESENT_REF"),
    "nowadays": Case("Nowadays prices are high.", "Nowadays", D, "PRESENT_REF"),
    "recent-years": Case("Crime has fallen in recent years.", "in recent years", D, "PAST_REF"),
}


@pytest.mark.parametrize("case", list(CASES.values()), ids=list(CASES))
def test_challenge(case: Case) -> None:
    found = _timexes(case.text, case.published)
    hits = [t for t in found if t.text == case.extent]
    assert hits, f"{case.extent!r} not found in {[(t.text, t.value) for t in found]}"
    t = hits[0]
    assert (t.type, t.value) == (case.type, case.value), t.explanation
    assert t.explanation.startswith(case.extent)
    if case.mod is not None:
        assert t.mod == case.mod
    if case.range is not None:
        assert t.range is not None
        got = t.range.iso() if "/" not in case.range else f"{t.range.iso()}/{t.range.end_iso()}"
        assert got == case.range


# Phrases that hold a time word but are no time expression: (sentence, the word).
NOT_TIMES: dict[str, tuple[str, str]] = {
    "pronoun-we": ('"We will win," he said.', "We"),
    "modal-may": ("Prices may rise next month.", "may"),
    "name-may": ("Theresa May said the talks failed.", "May"),
    "verb-march": ("Protesters plan to march on the capital.", "march"),
    "noun-march": ("Thousands joined a march in the city.", "march"),
    "march-on": ("Workers March on Washington.", "March"),
    "second-place": ("She finished in second place.", "second"),
    "the-sun": ("The Sun reported the story.", "Sun"),
    "sat-down": ("Sat down, he began to speak.", "Sat"),
    "name-mon": ("Mon Ahmed spoke to reporters.", "Mon"),
    "verb-fall": ("Prices could fall sharply.", "fall"),
    "verb-spring": ("Shares will spring back.", "spring"),
    "adjective-august": ("An august body met in Rome.", "august"),
    "fed": ("The Fed raised rates.", "Fed"),
    "name-jan": ("Jan Kowalski said the vote was fair.", "Jan"),
    "sunday-times": ("The Sunday Times reported the deal.", "Sunday"),
    "mail-on-sunday": ("The Mail on Sunday reported it.", "Sunday"),
    "good-friday-agreement": ("The Good Friday Agreement was signed.", "Friday"),
    "saturday-night-live": ("He starred on Saturday Night Live.", "Saturday"),
    "route-66": ("He drove down Route 66.", "66"),
    "covid-19": ("COVID-19 spread quickly.", "19"),
    "g20": ("The G20 met in Hangzhou.", "G20"),
    "f-16": ("An F-16 crashed in the desert.", "16"),
    "phone-number": ("Call 555-2016 for tickets.", "2016"),
    "money": ("The house cost $2,016.", "2,016"),
    "percentage": ("Prices rose 20.16%.", "20.16"),
    "count": ("About 1,000 people came.", "1,000"),
    "count-year-like": ("Some 2000 people marched.", "2000"),
    "boeing-747": ("A Boeing 747 landed.", "747"),
    "the-747": ("The 747 landed safely.", "747"),
    "score": ("The team won 3-2.", "3-2"),
    "label-room": ("Room 1999 was booked.", "1999"),
    "label-windows": ("Windows 2000 crashed.", "2000"),
    "person-age": ("A five-year-old boy died.", "five-year-old"),
    "person-age-name": ("The 39-year-old Miami businessman spoke.", "39-year-old"),
    "dawn-of-era": ("It marked the dawn of a new era.", "dawn"),
    "overnight-adjective": ("She became an overnight sensation.", "overnight"),
    "nth-floor": ("He lives on the 11th floor.", "11th"),
    "nth-anniversary": ("They marked the 25th anniversary.", "25th"),
    "the-days-later": ("In the days later described as chaotic, few slept.", "days"),
}


@pytest.mark.parametrize(("text", "word"), list(NOT_TIMES.values()), ids=list(NOT_TIMES))
def test_not_a_time(text: str, word: str) -> None:
    at = text.index(word)
    end = at + len(word)
    found = _timexes(text, FRI)
    clash = [t.text for t in found if t.start < end and at < t.end]
    assert not clash, f"{word!r} read as a time: {clash}"


def test_challenge_set_is_large() -> None:
    assert len(CASES) >= 120
