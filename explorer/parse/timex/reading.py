"""What a rule of the time-expression engine reads and returns.

``Context`` is the text, its publication date and tense, and the discourse state the rules
keep as they read the expressions in order (the last day, period and quarter named...);
``Reading`` is one rule's answer. Every rule module imports these, so they sit apart, at
the bottom of the engine's imports.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from explorer.model import DateRange, TimexType
from explorer.parse.timex.calendar import quarter_of
from explorer.parse.timex.resolve import Tense

DATE, TIME, DURATION, SET = TimexType.DATE, TimexType.TIME, TimexType.DURATION, TimexType.SET


@dataclass(frozen=True, slots=True)
class Reading:
    type: TimexType
    value: str
    why: str  # the reason part of the explanation
    mod: str | None = None
    range: DateRange | None = None  # None: derived from value
    start: int | None = None  # extent override
    end: int | None = None
    also: Reading | None = None  # a second expression read with this one ("May 3 and 5")


_STORY_LOOKBACK = 12  # periods named: how far back the story's is looked for


@dataclass(slots=True)
class Context:
    """What a rule may look at: the text, publication date, tense, and discourse state."""

    text: str
    published: date
    tense: Callable[[int, int], Tense]
    # Characters between an expression and the verb that gave it its tense.
    verb_gap: Callable[[int, int], int] = lambda start, end: 1 << 30
    last_day: date | None = None  # the last specific date mentioned (for "two days later")
    last_quarter: tuple[int, int] | None = None  # the last quarter mentioned (year, q)
    # The last year (and month, 0 if none) a date named: anchor of "that year", "the
    # following month".
    last_period: tuple[int, int] | None = None
    # The last year a timex had as its whole value, and where that timex ends: "down from
    # $450 million the year before" counts from "last year" in its sentence.
    year_named: tuple[int, int] | None = None
    # Every year (and month) named, as (period, start, end), and whether the expression at
    # start..end is past narration ("In June 2022, she woke ..."), not a present ("three
    # years later, the town has rebuilt"), perfect ("engineers had warned in March 2019")
    # or a noun's ("the 2021 monsoon"): "that summer" in past narration counts from the
    # last period such narration named (worked out only when asked: it is rare).
    periods: list[tuple[tuple[int, int], int, int]] = field(default_factory=list)
    narrates: Callable[[int, int], bool] = lambda start, end: False

    def past_that_year(self, start: int, end: int, year: int) -> int:
        """The year "that year" at start..end names, when it would count from ``year``: a
        year after publication told in the past names the background date's year named
        after it instead ("... in late 2028. The last mission, which launched in March
        2016, is still working. It arrived in October of that year": 2016)."""
        bg = self.background
        if bg is None or year <= self.published.year or bg[0][0] > self.published.year:
            return year
        if self.periods and self.periods[-1][2] > bg[1]:
            return year
        if self.tense(start, end) is not Tense.PAST:
            return year
        return bg[0][0]

    def story_period(self) -> tuple[int, int] | None:
        """The last year (and month) past narration named (see ``periods``)."""
        for period, start, end in reversed(self.periods[-_STORY_LOOKBACK:]):
            if self.narrates(start, end):
                return period
        return None

    # The story last spoke of a part of the year longer than a quarter ("the first nine
    # months"): "a year earlier" then means that year, not the quarter.
    year_to_date: bool = False
    # The last quarter named and where its expression ends: "grew in the fourth quarter,
    # down from a year earlier" compares with that quarter, whatever the story's latest.
    quarter_named: tuple[int, tuple[int, int]] | None = None
    # ... and the last month named: "Sales in January fell 3% from a year earlier" compares
    # with January of the year before.
    month_named: tuple[int, tuple[int, int]] | None = None
    # ... and the last half-year named: "Second-half profit rose 22% from the same period a
    # year earlier" compares with that half a year before.
    half_named: tuple[int, tuple[int, int]] | None = None
    # Quarters from a fiscal quarter's number to its calendar quarter, once the story has
    # said which months a fiscal quarter is ("the October-December quarter, the third
    # quarter of its fiscal year": 1); 0 until then.
    fiscal_shift: int = 0
    # The month the fiscal year ends in, when the story gave it ("the second quarter ended
    # Nov. 30": May); 0 when only the quarters are known.
    fiscal_end_month: int = 0
    # The capitalized names of the sentence that gave that calendar ("Meridian Foods"):
    # whose it is (see ``fiscal_owner`` module).
    fiscal_owner: frozenset[str] = frozenset()
    # The last clock time named: where it starts and its day. "an hour later" counts from
    # it, not from a day named since in passing ("announced at 10 a.m., after figures
    # published on Tuesday ... told a news conference an hour later").
    last_clock: tuple[int, int, datetime] | None = None  # (start, end, the time)
    # A year after "since" with a clause of what happened then ("since 2009, when a tremor
    # killed 300"), and where it starts: "two years later" after it counts from it.
    when_year: tuple[int, int] | None = None
    # The last period a date in the background named (", which launched in March 2016,")
    # and where that date ends: not what "that year" counts from, unless the period named
    # last is still to come and "that year" is told in the past (see ``past_that_year``).
    background: tuple[tuple[int, int], int] | None = None
    # The last weekend named ("this weekend": "2026-W51-WE"): what "the weekend shows" after
    # it are on.
    weekend_named: str | None = None
    # Where the expression that set ``last_day`` starts (-1: none yet).
    day_at: int = -1
    # ``last_day`` is only the day something was said ("an official said on Wednesday"):
    # the day of speaking, not of the events around it.
    day_reported: bool = False
    # The last day named that was not only a day of saying, and where it starts: what a
    # clock time after "struck late on Sunday, officials said on Monday" is on.
    event_day: tuple[int, date] | None = None
    # The part of ``last_day`` named with it ("Monday night": "NI"), else "".
    day_part: str = ""
    # ``last_day`` was named as a night or late in it ("Tuesday night", "late on Tuesday",
    # "11:42 p.m."): what "overnight" right after it means.
    day_night: bool = False
    # Every day named, as (where its expression starts, the day): what "the day before the
    # accident" may count from.
    days: list[tuple[int, date]] = field(default_factory=list)
    # The dated lines of a chronology factbox, as (start, end, year, month), once asked
    # (see ``chronology`` module).
    chronology: tuple[tuple[int, int, int, int], ...] | None = None

    def note_day(self, d: date) -> None:
        self.last_day = d
        self.last_period = (d.year, d.month)

    def note_quarter(self, yq: tuple[int, int], ended: bool = False) -> None:
        """Remember a quarter as the one under discussion, if it has already ended.

        Earnings stories report a finished quarter and compare it "a year ago"; a quarter
        still running or to come ("expects fourth-quarter profit to fall") is a forecast,
        not the reference for "the latest quarter". A fiscal quarter whose end day the story
        gave, gone by publication (``ended``: "the second quarter ended Nov. 30", told on
        Dec. 17), has ended though its calendar quarter (Q4) runs on.
        """
        pub = self.published
        q = quarter_of(pub)
        prev = (pub.year - 1, 4) if q == 1 else (pub.year, q - 1)
        if (yq <= prev or (ended and yq <= (pub.year, q))) and (
            self.last_quarter is None or yq >= self.last_quarter
        ):
            # A story reports its latest finished quarter; an earlier one it names is
            # a comparison ("after a flat second quarter"), not the one under discussion.
            self.last_quarter = yq
            self.year_to_date = False


Rule = Callable[[re.Match[str], Context], Reading | None]


def month_named_since(ctx: Context) -> tuple[int, int] | None:
    """The month named after the last day, when it is later than that day's month ("Sept.
    12 ... Two months later": 2018-11); else None."""
    named, last = ctx.month_named, ctx.last_day
    if named is None or last is None or named[0] <= ctx.day_at:
        return None
    return named[1] if named[1] > (last.year, last.month) else None
