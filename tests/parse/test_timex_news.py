"""Whole news articles, annotated by hand: the engine must find every time expression a
careful reader would date, with the TIMEX3 type and value TimeML/TimeBank conventions give,
and nothing else.

The articles (tests/fixtures/news/*.txt, publication date in the .meta.toml sidecar) are
invented and written in different news styles: a wire story with a dateline, a political
analysis, an earnings report, a court case, a sports report, a disaster report, a feature
with historical background and a live blog with clock times.

Annotation decisions (TimeML/TimeBank conventions unless noted):
- Weekdays and month-days without a year: the most recent on or before publication unless
  the governing verb is future (or a scheduled present: "starts Thursday").
- Clock times without a day take the day named close by, else the last date mentioned
  ("At 5:10 a.m. on Nov. 11, 1918 ... until 11 a.m."), else publication day.
- "the summer", "the winter" without a year: the latest such season begun by publication.
- "Earlier this week": the week, mod START (TimeBank "Earlier this month").
- "every April", "Monday mornings", "Every Nov. 11": SET (XXXX-04, XXXX-WXX-1TMO,
  XXXX-11-11).
- "on the night of Dec. 12, 2016": only the date is tagged (TimeBank "the night of
  [Oct. 23]"); "a quarterly dividend" is an adjective, not tagged (as in TimeBank).
- Not dated: "this moment", "the day" (as in "began the day one shot behind"),
  "a second time", ages ("the 31-year-old"), "Theresa May", "May is expected".
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from explorer.model import Timex, TimexType
from explorer.parse.segment import segment
from explorer.parse.timex import find_timexes

NEWS = Path(__file__).resolve().parents[1] / "fixtures" / "news"
D, T, U, S = TimexType.DATE, TimexType.TIME, TimexType.DURATION, TimexType.SET


@dataclass(frozen=True, slots=True)
class G:
    """One gold time expression: its extent (the next occurrence in the text), type, value."""

    text: str
    type: TimexType
    value: str
    mod: str | None = None


GOLD: dict[str, tuple[G, ...]] = {
    # Thursday 14 March 2019 (ISO week 11)
    "wire_brexit_delay": (
        G("March 14", D, "2019-03-14"),
        G("Monday", D, "2019-03-18"),
        G("Thursday", D, "2019-03-14"),
        G("Tuesday", D, "2019-03-12"),
        G("Tuesday evening", T, "2019-03-12TEV"),
        G("two months", U, "P2M"),
        G("Jan. 15", D, "2019-01-15"),
        G("March 21-22", D, "2019-03-21"),
        G("several days", U, "PXD"),
        G("11 p.m.", T, "2019-03-29T23:00"),
        G("March 29", D, "2019-03-29"),
        G("nearly three years", U, "P3Y", "LESS_THAN"),
        G("June 2016", D, "2016-06"),
        G("late on Wednesday", D, "2019-03-13", "END"),
        G("Now", D, "PRESENT_REF"),
        G("up to 12 weeks", U, "P12W", "EQUAL_OR_LESS"),
        G("a year", U, "P1Y"),
        G("1530 GMT", T, "2019-03-14T15:30"),
        G("Earlier this week", D, "2019-W11", "START"),
        G("June 2018", D, "2018-06"),
        G("March 20", D, "2019-03-20"),
        G("next week", D, "2019-W12"),
        G("Tuesday", D, "2019-03-19"),
        G("Wednesday", D, "2019-03-13"),
        G("months", U, "PXM"),
        G("decades", U, "PXY"),
        G("a week", U, "P1W"),
        G("January", D, "2019-01"),
        G("the autumn", D, "2018-FA"),
        G("Every day", S, "P1D"),
    ),
    # Sunday 6 November 2022 (ISO week 44)
    "analysis_midterms": (
        G("the past year", D, "2021"),
        G("the summer", D, "2022-SU"),
        G("this week", D, "2022-W44"),
        G("early October", D, "2022-10", "START"),
        G("Tuesday", D, "2022-11-08"),
        G("Saturday morning", T, "2022-11-05TMO"),
        G("2006", D, "2006"),
        G("2010", D, "2010"),
        G("2010", D, "2010"),
        G("August", D, "2010-08"),
        G("June", D, "2022-06"),
        G("the summer", D, "2022-SU"),
        G("July", D, "2022-07"),
        G("Aug. 2", D, "2022-08-02"),
        G("the 12 months", U, "P12M"),
        G("September", D, "2022-09"),
        G("last month", D, "2022-10"),
        G("the last two weeks", U, "P2W"),
        G("Saturday", D, "2022-11-05"),
        G("Monday", D, "2022-11-07"),
        G("Saturday night", T, "2022-11-05TNI"),
        G("2024", D, "2024"),
        G("days", U, "PXD"),
        G("Dec. 6", D, "2022-12-06"),
        G("January 2021", D, "2021-01"),
        G("2020", D, "2020"),
        G("nearly a week", U, "P1W", "LESS_THAN"),
        G("the summer", D, "2022-SU"),
        G("Wednesday morning", T, "2022-11-09TMO"),
    ),
    # Wednesday 25 October 2023
    "earnings_northwind": (
        G("Tuesday", D, "2023-10-24"),
        G("the third quarter", D, "2023-Q3"),
        G("next year", D, "2024"),
        G("Wednesday", D, "2023-10-25"),
        G("the quarter", D, "2023-Q3"),
        G("Sept. 30", D, "2023-09-30"),
        G("a year earlier", D, "2022-Q3"),
        G("the year-ago quarter", D, "2022-Q3"),
        G("the first nine months", U, "P9M"),
        G("the year", D, "2023"),
        G("2022", D, "2022"),
        G("now", D, "PRESENT_REF"),
        G("fiscal 2024", D, "2024"),
        G("July", D, "2023-07"),
        G("recent weeks", U, "PXW"),
        G("2019", D, "2019"),
        G("The fourth quarter", D, "2023-Q4"),
        G("the end of the year", D, "2023", "END"),
        G("the next 18 months", U, "P18M"),
        G("Dec. 15", D, "2023-12-15"),
        G("Nov. 30", D, "2023-11-30"),
        G("six months", U, "P6M"),
        G("January", D, "2023-01"),
        G("1987", D, "1987"),
        G("fourth-quarter", D, "2023-Q4"),
        G("February", D, "2024-02"),
    ),
    # Friday 18 June 2021
    "court_delgado": (
        G("Thursday", D, "2021-06-17"),
        G("early May", D, "2021-05", "START"),
        G("five days", U, "P5D"),
        G("3 p.m.", T, "2021-06-17T15:00"),
        G("Sept. 23", D, "2021-09-23"),
        G("up to 20 years", U, "P20Y", "EQUAL_OR_LESS"),
        G("about six years", U, "P6Y", "APPROX"),
        G("four-year", U, "P4Y"),
        G("2014", D, "2014"),
        G("the spring of 2018", D, "2018-SP"),
        G("April 11, 2018", D, "2018-04-11"),
        G("two weeks later", D, "2018-04-25"),  # two weeks after April 11, a day
        G("October 2019", D, "2019-10"),
        G("January", D, "2021-01"),
        G("May 3", D, "2021-05-03"),
        G("Friday", D, "2021-06-18"),
        G("Thursday evening", T, "2021-06-17TEV"),
        G("Wednesday", D, "2021-06-16"),
        G("Dec. 12, 2016", D, "2016-12-12"),
        G("last year", D, "2020"),
        G("next month", D, "2021-07"),
        G("2010", D, "2010"),
        G("2018", D, "2018"),
    ),
    # Monday 15 April 2024
    "sports_masters": (
        G("14 years", U, "P14Y"),
        G("Sunday evening", T, "2024-04-14TEV"),
        G("1978", D, "1978"),
        G("6 p.m.", T, "2024-04-14T18:00"),
        G("every April", S, "XXXX-04"),
        G("Monday mornings", S, "XXXX-WXX-1TMO"),
        G("Thursday", D, "2024-04-11"),
        G("Friday night", T, "2024-04-12TNI"),
        G("nearly two hours", U, "PT2H", "LESS_THAN"),
        G("Saturday afternoon", T, "2024-04-13TAF"),
        G("8:15 a.m. Sunday", T, "2024-04-14T08:15"),
        G("less than 90 minutes", U, "PT90M", "LESS_THAN"),
        G("2010", D, "2010"),
        G("last year", D, "2023"),
        G("a year ago", D, "2023"),
        G("the winter", D, "2023-WI"),
        G("Thursday", D, "2024-04-18"),
        G("next month", D, "2024-05"),
        G("May 16", D, "2024-05-16"),
    ),
    # Saturday 11 February 2023 (ISO week 6)
    "disaster_valdera": (
        G("early Saturday", D, "2023-02-11", "START"),
        G("more than 100 hours", U, "PT100H", "MORE_THAN"),
        G("4:17 a.m.", T, "2023-02-07T04:17"),
        G("Tuesday", D, "2023-02-07"),
        G("the next two days", U, "P2D"),
        G("four and a half days", U, "P4DT12H"),
        G("Wednesday afternoon", T, "2023-02-08TAF"),
        G("Friday", D, "2023-02-10"),
        G("Every hour", S, "PT1H"),
        G("Wednesday night", T, "2023-02-08TNI"),
        G("72 hours", U, "PT72H"),
        G("Friday", D, "2023-02-10"),
        G("overnight", T, "2023-02-10TNI"),
        G("Sunday", D, "2023-02-12"),
        G("Monday", D, "2023-02-13"),
        G("30 days", U, "P30D"),
        G("Feb. 20", D, "2023-02-20"),
        G("Thursday", D, "2023-02-09"),
        G("six months", U, "P6M"),
        G("March 1987", D, "1987-03"),
        G("1994", D, "1994"),
        G("this week", D, "2023-W06"),
        G("the 1970s", D, "197"),
        G("next month", D, "2023-03"),
    ),
    # Sunday 11 November 2018
    "feature_armistice": (
        G("Sunday morning", T, "2018-11-11TMO"),
        G("100 years", U, "P100Y"),
        G("5:10 a.m.", T, "1918-11-11T05:10"),
        G("Nov. 11, 1918", D, "1918-11-11"),
        G("11 a.m.", T, "1918-11-11T11:00"),
        G("last six hours", U, "PT6H"),
        G("about 90 minutes", U, "PT90M", "APPROX"),
        G("August 1914", D, "1914-08"),
        G("10:58 a.m.", T, "1918-11-11T10:58"),
        G("two minutes", U, "PT2M"),
        G("decades", U, "PXY"),
        G("the 1990s", D, "199"),
        G("the winter of 1917", D, "1917-WI"),
        G("the early 2000s", D, "200", "START"),
        G("Every Nov. 11", S, "XXXX-11-11"),
        G("Saturday", D, "2018-11-10"),
        G("This year", D, "2018"),
        G("three hours", U, "PT3H"),
        G("Sunday", D, "2018-11-11"),
        G("the 1930s", D, "193"),
        G("1917", D, "1917"),
        G("a year", S, "P1Y"),
        G("The 20th century", D, "19"),
        G("The next hundred years", U, "P100Y"),
    ),
    # Wednesday 17 September 2025
    "liveblog_leona": (
        G("11:42 p.m. EDT", T, "2025-09-17T23:42"),
        G("11:40 p.m.", T, "2025-09-17T23:40"),
        G("10:55 p.m.", T, "2025-09-17T22:55"),
        G("the next six hours", U, "PT6H"),
        G("Thursday afternoon", T, "2025-09-18TAF"),
        G("10:15 p.m.", T, "2025-09-17T22:15"),
        G("the past hour", U, "PT1H"),
        G("9:30 p.m.", T, "2025-09-17T21:30"),
        G("Tonight", T, "2025-09-17TNI"),
        G("Thursday", D, "2025-09-18"),
        G("Friday", D, "2025-09-19"),
        G("8:05 p.m.", T, "2025-09-17T20:05"),
        G("8:45 p.m.", T, "2025-09-17T20:45"),
        G("the next 24 hours", U, "PT24H"),
        G("7:20 p.m.", T, "2025-09-17T19:20"),
        G("now", D, "PRESENT_REF"),
        G("Friday morning", T, "2025-09-19TMO"),
        G("6:00 p.m.", T, "2025-09-17T18:00"),
        G("Tuesday", D, "2025-09-16"),
        G("24 hours", U, "PT24H"),
        G("earlier today", D, "2025-09-17"),
        G("7 a.m.", T, "2025-09-17T07:00"),
        G("this morning", T, "2025-09-17TMO"),
        G("noon", T, "2025-09-17T12:00"),
        G("Thursday", D, "2025-09-18"),
        G("2025", D, "2025"),
        G("August", D, "2025-08"),
        G("Nov. 30", D, "2025-11-30"),
    ),
}


def load(name: str) -> tuple[str, date]:
    text = (NEWS / f"{name}.txt").read_text(encoding="utf-8")
    meta = tomllib.loads((NEWS / f"{name}.txt.meta.toml").read_text(encoding="utf-8"))
    published = meta["published"]
    assert isinstance(published, date)
    return text, published


def gold_spans(text: str, gold: tuple[G, ...]) -> list[tuple[int, int, G]]:
    """Each gold expression at its next occurrence (whole words) after the previous one."""
    out: list[tuple[int, int, G]] = []
    pos = 0
    for g in gold:
        at = pos
        while True:
            at = text.index(g.text, at)
            end = at + len(g.text)
            left = at == 0 or not text[at - 1].isalnum()
            right = end == len(text) or not text[end].isalnum()
            if left and right:
                break
            at += 1
        out.append((at, end, g))
        pos = at + 1
    return out


def compare(name: str) -> list[str]:
    """Problems of the engine on one article: misses, false positives, wrong readings."""
    text, published = load(name)
    found = find_timexes(text, published, segment(text).sentences)
    by_span: dict[tuple[int, int], Timex] = {(t.start, t.end): t for t in found}
    problems: list[str] = []
    gold = gold_spans(text, GOLD[name])
    for start, end, g in gold:
        t = by_span.pop((start, end), None)
        if t is None:
            near = [x for x in found if x.start < end and start < x.end]
            what = f"extent {[x.text for x in near]}" if near else "miss"
            problems.append(f"{what}: {g.text!r} @{start} want {g.type.value} {g.value}")
            for x in near:
                by_span.pop((x.start, x.end), None)
            continue
        if (t.type, t.value, t.mod) != (g.type, g.value, g.mod):
            problems.append(
                f"wrong: {g.text!r} @{start} want {g.type.value} {g.value} {g.mod or ''}"
                f" got {t.type.value} {t.value} {t.mod or ''} ({t.explanation})"
            )
    for t in by_span.values():
        problems.append(f"false positive: {t.text!r} @{t.start} {t.type.value} {t.value}")
    return problems


@pytest.mark.parametrize("name", sorted(GOLD))
def test_article(name: str) -> None:
    problems = compare(name)
    assert not problems, "\n".join(problems)


def test_articles_have_metadata_and_length() -> None:
    names = sorted(p.name.removesuffix(".txt") for p in NEWS.glob("*.txt"))
    assert names == sorted(GOLD)
    for name in names:
        text, _ = load(name)
        assert 300 <= len(text.split()) <= 600
        assert len(GOLD[name]) >= 15


if __name__ == "__main__":  # a quick report: python tests/parse/test_timex_news.py
    for article in sorted(GOLD):
        for line in compare(article):
            print(f"{article}: {line}")
