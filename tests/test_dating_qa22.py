"""Dating rules from QA round 22 (tests/fixtures/dates_unseen22/FINDINGS.md): the years of
ages told in a life story, on invented articles."""

from __future__ import annotations

from datetime import date

from event_checks import sentence_days

from explorer.model import DatedBy

WEDNESDAY = date(2026, 12, 30)
OBIT = (
    "Novelist dies at 88\n\nYORK, Dec. 30 - Edith Carrow, a novelist, died on Monday. She was "
    "88.\n\n"
    "Carrow was born in Halsworth in March 1938. She left school at 15 and worked in a mill. "
    "She began writing in her late 30s, before school.\n\n"
    'In her 80s she still taught classes. "I felt old at 20," she once said. She '
    "married at 22, a friend said.\n"
)


def test_an_age_is_the_year_counted_from_the_birth() -> None:
    assert sentence_days(OBIT, WEDNESDAY, "She left school at 15") == [("1953", DatedBy.CONTEXT)]
    assert sentence_days(OBIT, WEDNESDAY, "She began writing") == [("1975", DatedBy.CONTEXT)]
    # a decade of life reaching publication ends there
    assert sentence_days(OBIT, WEDNESDAY, "In her 80s") == [("2018", DatedBy.CONTEXT)]
    # an age outside quotes, whoever tells it
    assert sentence_days(OBIT, WEDNESDAY, "She married at 22") == [("1960", DatedBy.CONTEXT)]


def test_an_age_in_quotes_or_the_age_at_death_is_no_year() -> None:
    assert sentence_days(OBIT, WEDNESDAY, '"I felt old at 20,"') == [
        ("2026-12-28", DatedBy.NEWS_DAY)
    ]
    assert sentence_days(OBIT, WEDNESDAY, "She was 88.") == [("2026-12-28", DatedBy.CONTEXT)]


def test_no_birth_year_no_age_dating() -> None:
    text = (
        "Novelist dies\n\nYORK, Dec. 30 - Edith Carrow, a novelist, died on Monday.\n\n"
        "She left school at 15 and worked in a mill.\n"
    )
    assert sentence_days(text, WEDNESDAY, "She left school") == [("2026-12-28", DatedBy.NEWS_DAY)]


def test_two_births_give_no_one_subject() -> None:
    text = (
        "Twins die\n\nYORK, Dec. 30 - Two sisters died on Monday.\n\n"
        "Ann was born in 1938. Her sister was born in 1941. She left school at 15 and "
        "worked in a mill.\n"
    )
    assert sentence_days(text, WEDNESDAY, "She left school") == [("2026-12-28", DatedBy.NEWS_DAY)]
