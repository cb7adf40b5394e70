"""Dating rules from QA round 14 (tests/fixtures/dates_unseen14/FINDINGS.md): where a
sentence without a date of its own lands, on invented articles."""

from __future__ import annotations

from datetime import date

from event_checks import sentence_days

from explorer.model import DatedBy

FRIDAY = date(2027, 1, 8)
STORY = (
    "Strike ends\n\nHARLOW, Jan. 8 (Reuters) - Bus drivers will return to work on Monday, "
    "their union said on Friday.\n\n"
    "The city council approved the deal at an emergency session on Wednesday evening.\n\n"
    '"We have been out for 22 days," union chief Dana Cole told reporters outside the depot. '
    '"Nobody thought we would settle."\n\n'
    '"It is a fair deal," said council leader Tom Hale. "We are pleased."\n'
)


def test_a_speaker_somewhere_of_their_own_is_not_at_the_occasion() -> None:
    news = [("2027-01-08", DatedBy.NEWS_DAY)]
    assert sentence_days(STORY, FRIDAY, '"We have been out') == news
    assert sentence_days(STORY, FRIDAY, '"Nobody thought') == news


def test_a_speaker_with_no_setting_of_their_own_is_at_the_occasion() -> None:
    wednesday = [("2027-01-06", DatedBy.CONTEXT)]
    story = STORY.replace(" outside the depot", "")
    assert sentence_days(story, FRIDAY, '"We have been out') == wednesday


MONDAY = date(2025, 9, 15)
INQUEST = (
    "Inquest\n\nA teenager died after waiting two hours for an ambulance, an inquest heard "
    "on Monday.\n\nShe collapsed on the evening of 14 February.\n\n"
    "The inquest heard that the police watchdog had reviewed the actions of two officers who "
    "arrived at the scene at 9.20pm. The watchdog found no case to answer.\n"
)


def test_a_time_in_a_who_clause_describes_the_noun() -> None:
    # the officers' arrival is that night's; the review and its finding are not
    assert ("2025-02-14", DatedBy.EXPLICIT) in sentence_days(INQUEST, MONDAY, "The inquest heard")
    news = [("2025-09-15", DatedBy.NEWS_DAY)]
    assert sentence_days(INQUEST, MONDAY, "The watchdog found") == news
