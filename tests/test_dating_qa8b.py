"""Dating rules from QA round 8, second pass (tests/fixtures/dates_unseen8/FINDINGS.md,
items marked session 8): where a sentence lands, on invented articles."""

from __future__ import annotations

from datetime import date

import pytest
from event_checks import sentence_events

from explorer.model import DatedBy

TUESDAY = date(2026, 11, 17)
LEAD = "Town floods\n\nBRIMLEY (AP) - Floods hit the town on Tuesday.\n\n"


def events_of(text: str, start: str) -> list[tuple[str, DatedBy]]:
    """The events of the sentence that starts with ``start``: (when, how it was dated)."""
    return [(e.range.iso(), e.dated_by) for e in sentence_events(text, TUESDAY, start)]


@pytest.mark.parametrize(
    ("story", "start", "expected"),
    [
        # a decade before a noun says what the noun is like, not when the sentence happens
        ("A benefit concert by the 1990s band Blue Harbour raised 20,000 euros on Saturday "
         "night.", "A benefit", [("2026-11-14", DatedBy.EXPLICIT)]),
        ("Volunteers cleared the square on Monday. Fans of the 1980s sitcom joined them.",
         "Fans", [("2026-11-16", DatedBy.CONTEXT)]),
        ("He sang in a 1970s rock group before he became mayor in 2004.", "He sang",
         [("2004", DatedBy.EXPLICIT)]),
        ("The 1990s-era mill closed in 2001.", "The 1990s-era", [("2001", DatedBy.EXPLICIT)]),
        # a decade as a time stays one
        ("The mill closed in the 1990s.", "The mill", [("1990", DatedBy.EXPLICIT)]),
        ("In the 1990s the mill closed.", "In the", [("1990", DatedBy.EXPLICIT)]),
        ("The 1990s were hard for the town.", "The 1990s", [("1990", DatedBy.EXPLICIT)]),
        ("The 1980s saw a boom.", "The 1980s", [("1980", DatedBy.EXPLICIT)]),
    ],
)  # fmt: skip
def test_a_decade_describing_a_noun_dates_nothing(
    story: str, start: str, expected: list[tuple[str, DatedBy]]
) -> None:
    assert events_of(LEAD + story + "\n", start) == expected


OBIT = "Architect dies\n\nLINDAU (Reuters) - The architect died on Friday.\n\n"


@pytest.mark.parametrize(
    ("story", "start", "expected"),
    [
        # a rejection of no statement is a deed: the flashback goes on
        ("In 1972 he won a design contest for a bridge. The regional government rejected it "
         "at first.", "The regional", [("1972", DatedBy.CONTEXT)]),
        ("In 1972 he won a design contest for a bridge. The assembly rejected the design, "
         "and the town later approved a smaller version.", "The assembly",
         [("1972", DatedBy.CONTEXT)]),
        # and the narration after it stays there too
        ("In 1972 he won a design contest for a bridge. The assembly dismissed the design. "
         "The town later approved a smaller version.", "The town",
         [("1972", DatedBy.CONTEXT)]),
        # rejecting what was said is a statement: its day is the news day
        ("In 1972 he won a design contest for a bridge. Critics dismissed the claim that it "
         "was copied.", "Critics", [("2026-11-13", DatedBy.NEWS_DAY)]),
    ],
)  # fmt: skip
def test_a_vote_in_a_flashback_stays_narration(
    story: str, start: str, expected: list[tuple[str, DatedBy]]
) -> None:
    assert events_of(OBIT + story + "\n", start) == expected


def test_a_refusal_is_a_deed_and_keeps_a_flashback() -> None:
    """ "The ministry denied the permit" refuses (no statement): the flashback of 1972 goes
    on; "denied the allegations" stays a statement."""
    text = "In 1972 he won a design contest in Oslo. The ministry denied the permit at first."
    assert events_of(text, "The ministry") == [("1972", DatedBy.CONTEXT)]
