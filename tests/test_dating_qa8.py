"""Dating rules from QA round 8 (tests/fixtures/dates_unseen8/FINDINGS.md): where a
sentence without a date of its own lands, on invented articles."""

from __future__ import annotations

from datetime import date

import pytest
from event_checks import sentence_days

from explorer.model import DatedBy

TUESDAY = date(2026, 11, 17)


def day_of(text: str, start: str) -> list[tuple[str, DatedBy]]:
    return sentence_days(text, TUESDAY, start)


LEAD = "Council rejects plan\n\nBRIMLEY (AP) - The city council rejected the plan on Tuesday.\n\n"


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        # an occasion followed over two days: speakers after it speak on its last day
        ("Members voted 12-9 at a session that ran until 11 p.m. on Monday and resumed at "
         "9 a.m. on Tuesday. \u201cWe tried,\u201d the mayor told reporters.", "2026-11-17"),
        ("Lawyers argued at a hearing that began on Friday and resumed on Monday. The judge "
         "said she would rule soon.", "2026-11-16"),
        # one day named: that day
        ("The council met in a special session on Monday. The mayor said the plan was dead.",
         "2026-11-16"),
    ],
)  # fmt: skip
def test_an_occasion_over_days_ends_on_its_last(story: str, expected: str) -> None:
    last = story.rsplit(". ", 1)[1]
    assert day_of(LEAD + story + "\n", last[:12]) == [(expected, DatedBy.CONTEXT)]


OBIT = "Architect dies\n\nLINDAU (Reuters) - The architect died on Friday.\n\n"


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        # a present in a relative clause leaves the narration in the flashback
        ("In 1996 she won the prize. She used the money to set up a fund, which has since "
         "given grants to 400 students.", [("1996", DatedBy.CONTEXT)]),
        ("In 1996 she won the prize. She joined a studio, whose founder is her cousin.",
         [("1996", DatedBy.CONTEXT)]),
        # a present of the sentence itself is about now
        ("In 1996 she won the prize. The fund has since given grants to 400 students.",
         [("2026-11-13", DatedBy.NEWS_DAY)]),
    ],
)  # fmt: skip
def test_a_relative_clause_in_the_present_keeps_a_flashback(
    story: str, expected: list[tuple[str, DatedBy]]
) -> None:
    last = story.split(". ", 1)[1]
    assert day_of(OBIT + story + "\n", last[:12]) == expected
