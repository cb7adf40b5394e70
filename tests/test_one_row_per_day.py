"""A sentence that names the same day twice is one row on the timeline."""

from __future__ import annotations

from datetime import date

from explorer.model import Article, PublishedSource
from explorer.parse.pipeline import parse_article
from explorer.timeline import Undated, article_events


def test_a_dateline_and_a_weekday_of_the_same_day_are_one_row() -> None:
    """ "NAIROBI, June 25 (Reuters) - Police fired tear gas on Wednesday" (a Wednesday):
    one row, dated by the sentence's own "Wednesday"; two days are two rows."""
    text = (
        "NAIROBI, June 25 (Reuters) - Police fired tear gas at protesters on Wednesday, "
        "a day after talks failed on Tuesday.\n"
    )
    art = Article("a", text, None, date(2025, 6, 25), PublishedSource.METADATA, "a.txt")
    p = parse_article(art)
    rows = [
        (e.range.iso(), p.timexes[e.timex_index].text)
        for e in article_events(p, Undated.CONTEXT)
        if e.timex_index is not None
    ]
    assert rows == [("2025-06-25", "Wednesday"), ("2025-06-24", "Tuesday")]
