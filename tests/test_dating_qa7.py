"""Dating rules from QA round 7 (tests/fixtures/dates_unseen7/FINDINGS.md): where a
sentence without a date of its own lands, on invented articles."""

from __future__ import annotations

from datetime import date

import pytest
from event_checks import sentence_days

from explorer.model import Article, DatedBy, PublishedSource
from explorer.parse.pipeline import parse_article
from explorer.timeline import Undated, article_events

MONDAY = date(2025, 12, 22)


def day_of(text: str, start: str) -> list[tuple[str, DatedBy]]:
    return sentence_days(text, MONDAY, start)


LEAD = "Budget passes\n\nOSLO (Reuters) - Parliament passed the budget on Monday.\n\n"


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        # a day in a relative clause on a noun is background for the narration after it
        ("Lawmakers voted 88-87 shortly after 7 p.m., after a three-day debate that ran late "
         "into the night on Saturday and Sunday. One opposition lawmaker abstained.",
         "2025-12-22"),
        ("The bill passed on Monday, replacing an earlier plan, which the cabinet had drawn "
         "up on Friday. Two members walked out.", "2025-12-22"),
        # days of the sentence's own clauses: the last goes on
        ("Fighting erupted on Saturday and spread to the capital on Sunday. Rebels fled.",
         "2025-12-21"),
        ("Police said on Monday that the attack happened on Saturday. The gunmen fled.",
         "2025-12-20"),
    ],
)  # fmt: skip
def test_narration_goes_on_from_the_main_clause_day(story: str, expected: str) -> None:
    last = story.rsplit(". ", 1)[1]
    assert day_of(LEAD + story + "\n", last[:12]) == [(expected, DatedBy.CONTEXT)]


STRIKE = (
    "Pilots strike\n\nVALSBURG (AP) - Pilots walked off the job on Monday.\n\n"
    "Mediation broke down on Saturday. "
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # how things stand now: the news day, not the day the paragraph told
        ("The union, which represents 1,900 pilots, is seeking a 15% pay rise.",
         ("2025-12-22", DatedBy.NEWS_DAY)),
        ("The airline has offered 8%.", ("2025-12-22", DatedBy.NEWS_DAY)),
        ("The government has not ruled out emergency legislation.",
         ("2025-12-22", DatedBy.NEWS_DAY)),
        # narration goes on from the paragraph's day
        ("The union walked out of the talks.", ("2025-12-20", DatedBy.CONTEXT)),
        ("The union, which is seeking 15%, walked out of the talks.",
         ("2025-12-20", DatedBy.CONTEXT)),
        ("The airline had offered 8%.", ("2025-12-20", DatedBy.CONTEXT)),
    ],
)  # fmt: skip
def test_the_present_is_the_news_day(sentence: str, expected: tuple[str, DatedBy]) -> None:
    assert day_of(STRIKE + sentence + "\n", sentence[:16]) == [expected]


def test_a_universal_time_in_brackets_is_no_day_for_the_narration() -> None:
    story = LEAD + "Lawmakers voted shortly after 7 p.m. (1800 GMT). One lawmaker abstained.\n"
    parsed = parse_article(Article("t", story, "T", MONDAY, PublishedSource.METADATA, "t.txt"))
    got = [
        (e.range.iso(), e.dated_by)
        for e in article_events(parsed, Undated.CONTEXT)
        if parsed.sentences[e.sentence_index].text.startswith("One lawmaker")
    ]
    assert got == [("2025-12-22T19:00", DatedBy.CONTEXT)]
