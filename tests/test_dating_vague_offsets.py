"""An unspecified number of days, weeks, months or years before or after the last event,
opening a sentence ("Only days earlier, ...", "Weeks later, ..."): the sentence happens
near that event, on its side, approximately; on invented articles."""

from __future__ import annotations

from datetime import date

from event_checks import sentence_events

from explorer.labels import date_label
from explorer.model import Article, DatedBy, PublishedSource
from explorer.parse.pipeline import parse_article
from explorer.timeline import article_events

FRIDAY = date(2024, 5, 10)


def events_of(text: str, start: str) -> list[tuple[str, str, bool, DatedBy]]:
    """The events of the sentence that starts with ``start``: (start day, end day,
    approximate, how it was dated)."""
    return [
        (e.range.iso(), e.range.end_iso(), e.range.approximate, e.dated_by)
        for e in sentence_events(text, FRIDAY, start)
    ]


LEAD = "The minister resigned on Thursday, his office said.\n\n"


def test_days_earlier_is_the_week_before_the_last_day() -> None:
    got = events_of(LEAD + "Only days earlier, he had denied the reports in parliament.", "Only")
    assert got == [("2024-05-03", "2024-05-08", True, DatedBy.CONTEXT)]


def test_weeks_later_is_after_the_last_day_and_its_report_on_the_news_day() -> None:
    """The collapse happens weeks after Thursday; the analysts say so on the news day."""
    text = LEAD + "Weeks later, the party collapsed in the polls, analysts said."
    got = events_of(text, "Weeks")
    assert got[0][:3] == ("2024-05-16", "2024-07-10", True)
    assert got[1] == ("2024-05-09", "2024-05-09", False, DatedBy.NEWS_DAY)


def test_months_and_years_count_from_the_last_date_of_any_precision() -> None:
    text = (
        "The plant opened in March 2019.\n\nMonths later, it was sold. A decade before, "
        "the site was a farm.\n\nThe owners moved abroad in 2015. Years earlier, they had "
        "farmed there."
    )
    (months,) = events_of(text, "Months")
    assert months[:3] == ("2019-04", "2020-02", True)
    (years,) = events_of(text, "Years")
    assert years[:3] == ("2006", "2014", True)


def test_a_vague_offset_inside_the_sentence_dates_only_its_clause() -> None:
    """ "averting a snap election that had looked likely only days earlier": the vote is on
    its own day."""
    text = LEAD + (
        "The vote passed on Thursday, averting a snap election that had looked likely only "
        "days earlier."
    )
    assert [e[0] for e in events_of(text, "The vote")] == ["2024-05-09"]


def test_the_label_shows_the_stretch() -> None:
    parsed = parse_article(
        Article(
            "t",
            LEAD + "Days earlier, he had denied it.",
            "T",
            FRIDAY,
            PublishedSource.METADATA,
            "t.txt",
        )
    )
    (event,) = [e for e in article_events(parsed) if e.sentence_index == 1]
    assert date_label(event.range) == "≈ Fri 3–Wed 8 May 2024"
