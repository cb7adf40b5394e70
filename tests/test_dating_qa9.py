"""Dating rules from QA round 9 (tests/fixtures/dates_unseen9/FINDINGS.md): where a
sentence without a date of its own lands, on invented articles."""

from __future__ import annotations

from datetime import date

import pytest
from event_checks import sentence_days

from explorer.model import DatedBy

THURSDAY = date(2026, 10, 22)


def day_of(text: str, start: str) -> list[tuple[str, DatedBy]]:
    return sentence_days(text, THURSDAY, start)


LEAD = "Vote nears\n\nPORT ALDIN (AP) - The candidates held final rallies on Thursday.\n\n"


@pytest.mark.parametrize(
    ("story", "start", "expected"),
    [
        # a sentence in the future right after a day still to come goes on on that day
        ("The mayor will open the polls at 7 a.m. on Sunday. He will then vote in his "
         "village.", "He will then vote", [("2026-10-25", DatedBy.CONTEXT)]),
        ("The new fares take effect on Nov. 1. A single ticket will cost 3.40 crowns.",
         "A single ticket", [("2026-11-01", DatedBy.CONTEXT)]),
        # the first such day of the sentence, not a far one a noun carries
        ("The utility will redeem on Nov. 2 its bonds due March 1, 2031. It will pay "
         "$1,059 for each bond.", "It will pay", [("2026-11-02", DatedBy.CONTEXT)]),
        # not a statement, nor a sentence in the past or present
        ("The mayor will open the polls at 7 a.m. on Sunday. Analysts said turnout would "
         "be low.", "Analysts said", [("2026-10-22", DatedBy.NEWS_DAY)]),
        ("The mayor will open the polls at 7 a.m. on Sunday. Turnout was low in 2021.",
         "Turnout was low", [("2021", DatedBy.EXPLICIT)]),
    ],
)  # fmt: skip
def test_the_future_goes_on_on_the_day_still_to_come(
    story: str, start: str, expected: list[tuple[str, DatedBy]]
) -> None:
    assert day_of(LEAD + story + "\n", start) == expected


def test_a_future_sentence_in_a_new_paragraph_is_the_news_day() -> None:
    story = "The mayor will open the polls at 7 a.m. on Sunday.\n\nHe will vote in his village."
    assert day_of(LEAD + story + "\n", "He will vote") == [("2026-10-22", DatedBy.NEWS_DAY)]
