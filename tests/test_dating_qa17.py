"""Dating rules from QA round 17 (tests/fixtures/dates_unseen17/FINDINGS.md): where a
sentence without a date of its own lands, on invented articles."""

from __future__ import annotations

from datetime import date

from event_checks import sentence_events

from explorer.model import DatedBy

SATURDAY = date(2027, 1, 2)
STORY = (
    "Season ends\n\nNEW YORK, Jan 2 (Reuters) - Shops had a strong season, a trade group "
    "said on Saturday.\n\n"
    "Sales between Nov. 1 and Dec. 31 reached $1.02 trillion, the group said. Online sales "
    "rose 9 percent, while store sales were flat.\n"
)


def test_a_sentence_after_a_range_is_on_the_range() -> None:
    (e,) = sentence_events(STORY, SATURDAY, "Online sales rose")
    assert e.dated_by is DatedBy.CONTEXT
    assert (e.range.start.date(), e.range.end.date()) == (date(2026, 11, 1), date(2027, 1, 1))


def test_a_sentence_after_one_day_is_on_that_day() -> None:
    story = STORY.replace("between Nov. 1 and Dec. 31", "on Dec. 31")
    (e,) = sentence_events(story, SATURDAY, "Online sales rose")
    assert (e.range.start.date(), e.range.end.date()) == (date(2026, 12, 31), date(2027, 1, 1))
