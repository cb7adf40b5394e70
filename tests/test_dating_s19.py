"""Session 19's event-dating probes, on invented articles."""

from __future__ import annotations

from datetime import date

from event_checks import sentence_days

from explorer.model import DatedBy

FRIDAY = date(2024, 10, 4)


def test_a_day_in_an_after_clause_does_not_date_the_sentences_after() -> None:
    # the strike began on Tuesday, after the contract expired on Monday: the walkout
    # told next is Tuesday's
    text = (
        "Dockworkers end strike\n\nNEW YORK, Oct 4 - Dockworkers returned to work on Friday.\n\n"
        "The strike began at 12:01 a.m. on Tuesday after the previous contract expired on "
        "Monday. About 45,000 workers walked off the job at 36 ports.\n"
    )
    assert sentence_days(text, FRIDAY, "About 45,000 workers") == [("2024-10-01", DatedBy.CONTEXT)]
    # a day after the phrase has closed still moves the story on
    text = (
        "Dockworkers end strike\n\nNEW YORK, Oct 4 - Dockworkers returned to work on Friday.\n\n"
        "The strike began on Tuesday after a long dispute, and the ports shut on Wednesday. "
        "About 45,000 workers stayed home.\n"
    )
    assert sentence_days(text, FRIDAY, "About 45,000 workers") == [("2024-10-02", DatedBy.CONTEXT)]
