"""The end of a day in the lead ("struck late on Sunday") is like a night: the news is the
next morning's when the lead says so ("..., officials said on Monday"), and undated
statements are that day's."""

from __future__ import annotations

from datetime import date

from event_checks import sentence_days

from explorer.model import DatedBy

MONDAY = date(2025, 9, 1)


def _story(lead: str) -> str:
    return (
        "Quake kills dozens\n\nKABUL (Reuters) - " + lead + "\n\n"
        "A spokesman said the toll was likely to rise.\n"
    )


def test_late_on_a_day_gives_way_to_the_day_the_lead_reports() -> None:
    text = _story(
        "A strong earthquake struck late on Sunday, killing at least 60 people, "
        "officials said on Monday."
    )
    assert sentence_days(text, MONDAY, "A spokesman") == [("2025-09-01", DatedBy.NEWS_DAY)]


def test_a_day_without_late_stays_the_news() -> None:
    text = _story(
        "A strong earthquake struck on Sunday, killing at least 60 people, "
        "officials said on Monday."
    )
    assert sentence_days(text, MONDAY, "A spokesman") == [("2025-08-31", DatedBy.NEWS_DAY)]


def test_late_on_the_only_day_of_the_lead_is_the_news() -> None:
    text = _story("A strong earthquake struck late on Sunday, killing at least 60 people.")
    assert sentence_days(text, MONDAY, "A spokesman") == [("2025-08-31", DatedBy.NEWS_DAY)]
