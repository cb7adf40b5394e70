"""Time expressions from QA round 6: four wire stories nobody had run the engine on before
(tests/fixtures/dates_unseen6: an earthquake, peace talks, shelling in a truce, floods),
each read by hand. The tables pin what a careful reader gives each expression; the words
that only look like dates must stay words.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from article_checks import date_table_tests

from explorer.model import Article, DatedBy, PublishedSource
from explorer.parse.pipeline import parse_article
from explorer.parse.segment import segment
from explorer.parse.timex import find_timexes
from explorer.timeline import Undated, article_events

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "dates_unseen6"


READINGS: dict[str, list[tuple[str, str]]] = {
    # Thursday 14 May 2026
    "tarsen_quake": [
        ("May 14", "2026-05-14"),
        ("Thursday", "2026-05-14"),
        ("late on Tuesday", "2026-05-12"),
        ("11:42 p.m.", "2026-05-12T23:42"),
        ("hours", "PTXH"),  # "hours later": TimeML's vague length
        ("overnight", "2026-05-12TNI"),  # after the 11:42 p.m. quake: Tuesday's night
        ("Wednesday", "2026-05-13"),  # "Wednesday's toll"
        ("the coming days", "FUTURE_REF"),
        ("Tuesday night", "2026-05-12TNI"),
        ("later this week", "2026-W20"),
        ("Monday", "2026-05-11"),
        ("two days", "P2D"),
        ("a year ago", "2025"),
        ("October 2009", "2009-10"),
        ("the past 48 hours", "PT48H"),
        ("1997", "1997"),
        ("Tuesday", "2026-05-12"),  # "The Sun had barely set on Tuesday"
        ("this weekend", "2026-W20-WE"),
        ("next month", "2026-06"),
        ("last week", "2026-W19"),
        ("three days", "P3D"),
    ],
    # Friday 21 November 2025
    "valdera_talks": [
        ("six-year-old", "P6Y"),
        ("Friday", "2025-11-21"),
        ("late on Thursday", "2025-11-20"),
        ("Thursday", "2025-11-20"),  # "Thursday's shelling"
        ("Sept. 9", "2025-09-09"),
        ("Monday", "2025-11-24"),  # "would meet both delegations again on Monday"
        ("the coming days", "FUTURE_REF"),
        ("March 2019", "2019-03"),
        ("2020", "2020"),
        ("next week", "2025-W48"),
        ("last month", "2025-10"),
        ("Earlier this month", "2025-11"),
        ("six-year", "P6Y"),
        ("overnight", "2025-11-20TNI"),  # "said in a statement overnight that ..."
        ("Nov. 12", "2025-11-12"),
        ("a year ago", "2024"),
        ("Two weeks earlier", "2024"),  # two weeks before the truce of a year ago
        ("Wednesday", "2025-11-19"),
        ("later this week", "2025-W47"),
        ("Nov. 17", "2025-11-17"),
        ("three-month", "P3M"),
        ("January", "2026-01"),
    ],
    # Tuesday 3 February 2026
    "kessim_shelling": [
        ("Tuesday", "2026-02-03"),
        ("Jan. 20", "2026-01-20"),
        ("Monday", "2026-02-02"),  # "Monday's attack"
        ("dawn on Tuesday", "2026-02-03TMO"),
        ("late on Sunday", "2026-02-01"),
        ("Saturday", "2026-01-31"),
        ("Today", "2026-02-03"),
        ("earlier this month", "2026-02"),
        ("30 days", "P30D"),  # "meant to last 30 days": a length, not the last 30 days
        ("the past 72 hours", "PT72H"),
        ("March 2011", "2011-03"),
        ("later this week", "2026-W06"),
        ("Thursday", "2026-02-05"),
        ("Feb. 15", "2026-02-15"),
        ("Sunday", "2026-02-01"),  # "Sunday's assault"
        ("December", "2025-12"),
        ("two weeks", "P2W"),
        ("A month earlier", "2025-11"),  # a month before December's flare-up
        ("last week", "2026-W05"),
        ("next month", "2026-03"),
        ("Jan. 29", "2026-01-29"),
        ("two months", "P2M"),
        ("this weekend", "2026-W06-WE"),
    ],
    # Sunday 27 July 2025
    "morava_floods": [
        ("July 27", "2025-07-27"),
        ("Sunday", "2025-07-27"),
        ("overnight on Friday", "2025-07-25TNI"),
        ("dawn on Saturday", "2025-07-26TMO"),
        ("Saturday", "2025-07-26"),
        ("Sunday morning", "2025-07-27TMO"),
        ("late on Saturday", "2025-07-26"),
        ("the coming days", "FUTURE_REF"),
        ("the past 48 hours", "PT48H"),
        ("two months", "P2M"),
        ("May 2014", "2014-05"),
        ("Three years ago", "2022"),
        ("Monday", "2025-07-28"),  # "due to arrive on Monday"
        ("Tuesday", "2025-07-29"),  # "forecast more heavy rain for Monday and Tuesday"
        ("next week", "2025-W31"),
        ("Friday afternoon", "2025-07-25TAF"),
        ("two days", "P2D"),
        ("A week earlier", "2025-07-18"),  # a week before Friday's alert, a day
        ("Last year", "2024"),
        ("2027", "2027"),
        ("earlier this month", "2025-07"),
        ("this week", "2025-W30"),
        ("later this week", "2025-W30"),
        ("September", "2025-09"),
    ],
}


# Words that only look like dates, by article: no time expression may contain them.
NOT_DATES: dict[str, list[str]] = {
    "tarsen_quake": ["May Haddad", "second floor", "would March", "The Sun"],
    "valdera_talks": ["second round", "third round"],
    "kessim_shelling": ["first week", "Human Rights"],
    "morava_floods": ["May Lindqvist"],
}


# name -> (sentence start, its events: the value of the date (a timex's, or the day worked
# out for the sentence) and how each was found)
EVENTS: dict[str, list[tuple[str, list[tuple[str, DatedBy]]]]] = {
    "kessim_shelling": [
        # troops that "responded hours later with artillery" said nothing: Sunday's night
        ("Government troops responded", [("2026-02-01", DatedBy.CONTEXT)]),
        # a length the truce was meant to last puts nothing on the timeline
        ("The truce, brokered", [("2026-02", DatedBy.EXPLICIT)]),
    ],
    "valdera_talks": [
        ("He accused them", [("2025-11-19", DatedBy.CONTEXT)]),
    ],
}  # fmt: skip


(
    test_what_a_reader_gives_each_expression,
    test_words_that_only_look_like_dates,
    test_where_sentences_land_on_the_timeline,
    _,
) = date_table_tests(FIXTURES, READINGS, NOT_DATES, EVENTS, {})


# -- invented sentences for the fixes of this round ----------------------------------------

OCT = date(2026, 10, 14)  # a Wednesday


def found(text: str, published: date = OCT) -> list[tuple[str, str, bool]]:
    """(text, value, on the timeline) of each time expression."""
    return [
        (t.text, t.value, t.range is not None)
        for t in find_timexes(text, published, segment(text).sentences)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ceasefire is meant to last 30 days.", [("30 days", "P30D", False)]),
        ("Officials said the closure will last three weeks.", [("three weeks", "P3W", False)]),
        ("The strike could last months, unions warned.", [("months", "PXM", False)]),
        ("The drought may last two more years.", [("two more years", "P2Y", False)]),
        # "the last ..." and "in the last ..." stay the stretch up to publication
        ("Prices rose 4% in the last 30 days.", [("the last 30 days", "P30D", True)]),
        ("Rain fell on 12 of the last 14 days.", [("the last 14 days", "P14D", True)]),
        ("The truce lasted 30 days.", [("30 days", "P30D", False)]),
    ],
)  # fmt: skip
def test_last_as_a_verb_is_a_length(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Meteorologists forecast heavy rain for Saturday.", [("Saturday", "2026-10-17", True)]),
        ("Forecasters predicted snow for Friday and Saturday.",
         [("Friday", "2026-10-16", True), ("Saturday", "2026-10-17", True)]),
        ("The weather service forecasts highs of 35C for Thursday.",
         [("Thursday", "2026-10-15", True)]),
        ("The judge set the hearings for Monday and Tuesday.",
         [("Monday", "2026-10-19", True), ("Tuesday", "2026-10-20", True)]),
        # the day of the forecast itself, and other past days, stay past
        ("Forecasters predicted on Monday that snow would fall.",
         [("Monday", "2026-10-12", True)]),
        ("Heavy rain fell on Monday and Tuesday.",
         [("Monday", "2026-10-12", True), ("Tuesday", "2026-10-13", True)]),
    ],
)  # fmt: skip
def test_the_day_a_forecast_is_for_is_to_come(
    text: str, expected: list[tuple[str, str, bool]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a night just named: "overnight" is that night
        ("The blast came at 11:20 p.m. on Sunday. Fires burned overnight.",
         [("11:20 p.m.", "2026-10-11T23:20", True), ("Sunday", "2026-10-11", True),
          ("overnight", "2026-10-11TNI", True)]),
        ("Protesters gathered late on Monday. Police fired tear gas overnight.",
         [("late on Monday", "2026-10-12", True), ("overnight", "2026-10-12TNI", True)]),
        ("Storms hit on Sunday night. Rivers rose overnight, flooding two towns.",
         [("Sunday night", "2026-10-11TNI", True), ("overnight", "2026-10-11TNI", True)]),
        # a day named by day: still the night before publication
        ("Protesters gathered on Monday. Police fired tear gas overnight.",
         [("Monday", "2026-10-12", True), ("overnight", "2026-10-13TNI", True)]),
        # "overnight that ...": the night the statement came
        ("The army said overnight that two soldiers were killed.",
         [("overnight", "2026-10-13TNI", True)]),
        ("Rebels said in a statement overnight that talks were over.",
         [("overnight", "2026-10-13TNI", True)]),
        ("She booked an overnight that cost $90.", []),
    ],
)  # fmt: skip
def test_overnight_is_the_night_just_named(
    text: str, expected: list[tuple[str, str, bool]]
) -> None:
    assert found(text) == expected


def sentence_dates(text: str) -> dict[str, tuple[str, DatedBy, str | None]]:
    """sentence start -> (its day, how found, speaker) for sentences with no date."""
    p = parse_article(Article("t", text, "T", OCT, PublishedSource.METADATA, "t"))
    return {
        p.sentences[e.sentence_index].text[:24]: (e.range.iso(), e.dated_by, e.speaker_id)
        for e in article_events(p, Undated.CONTEXT)
        if e.timex_index is None
    }


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ("Government troops responded hours later with artillery.",
         ("2026-10-11", DatedBy.CONTEXT, None)),
        ("The army replied with air strikes on the old city.",
         ("2026-10-11", DatedBy.CONTEXT, None)),
        # a reply in words is a statement: the news day
        ("The army responded with a statement denying the raid.",
         ("2026-10-14", DatedBy.NEWS_DAY, "the army")),
        ("The army replied that it had only returned fire.",
         ("2026-10-14", DatedBy.NEWS_DAY, "the army")),
    ],
)  # fmt: skip
def test_a_reply_in_deeds_is_narration(
    reply: str, expected: tuple[str, DatedBy, str | None]
) -> None:
    text = (
        "Shelling hits port city\n\nODESA (Reuters) - Shelling hit the port on Wednesday, "
        "officials said.\n\nFighting erupted late on Sunday when rebels stormed a checkpoint. "
        + reply
        + "\n"
    )
    assert sentence_dates(text)[reply[:24]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The new rules take effect on Friday.", [("Friday", "2026-10-16", True)]),
        ("The ceasefire comes into force on Monday, officials said.",
         [("Monday", "2026-10-19", True)]),
        ("The law, which takes effect Saturday, bans smoking in bars.",
         [("Saturday", "2026-10-17", True)]),
        ("The treaty enters into force on Tuesday.", [("Tuesday", "2026-10-20", True)]),
        # past and past perfect stay past
        ("The rules took effect on Monday.", [("Monday", "2026-10-12", True)]),
        ("The truce had been due to take effect on Monday.", [("Monday", "2026-10-12", True)]),
        ("The rules failed to take effect on Monday.", [("Monday", "2026-10-12", True)]),
    ],
)  # fmt: skip
def test_a_rule_that_takes_effect_on_a_day_is_to_come(
    text: str, expected: list[tuple[str, str, bool]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("A truce was agreed in 2019. Two weeks earlier, both sides had met.",
         "Two weeks earlier", "2019"),
        ("The plant closed a year ago. Three days later, the owner fled abroad.",
         "Three days later", "2025"),
        ("The dam failed in 2003. Ten days later, the river fell.", "Ten days later", "2003"),
        # a day named, a month named, or too long an offset: as before
        ("The war began on May 3, 2019. Two days later, shares fell.", "Two days later",
         "2019-05-05"),
        ("A truce was agreed in March 2019. Two weeks earlier, both sides had met.",
         "Two weeks earlier", "2019-03"),
        ("The dam burst in 2003. Two years later, the river fell.", "Two years later", "2005"),
    ],
)  # fmt: skip
def test_days_or_weeks_from_a_year_stay_in_it(text: str, surface: str, expected: str) -> None:
    assert {t: v for t, v, _ in found(text)}[surface] == expected
