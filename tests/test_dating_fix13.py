"""Dating rules from fix round 13 (items still open in tests/fixtures/dates_unseen12/
FINDINGS.md): where a sentence without a date of its own lands, on invented articles."""

from __future__ import annotations

from datetime import date

from event_checks import sentence_days, sentence_events

from explorer.labels import date_label
from explorer.model import DatedBy

SATURDAY = date(2026, 10, 17)
STORY = (
    "Grain stocks\n\nROME (Reuters) - World grain stocks will fall for a third year, the "
    "FAO said on Saturday.\n\n"
    '"Harvests are shrinking everywhere," said Ana Ruiz, the agency\'s chief economist, at '
    'a briefing in Geneva on Thursday. "The trend is clear."\n\n'
    "The agency's members hold reserves equal to 60 days of demand. They have released "
    "them three times.\n\n"
    '"We said never again," said Tom Hale, a former trade minister. "We forgot."\n\n'
    '"The trend will turn," Ruiz said.\n'
)


def test_another_speaker_after_narration_is_not_at_the_occasion() -> None:
    thursday = [("2026-10-15", DatedBy.CONTEXT)]
    assert sentence_days(STORY, SATURDAY, '"The trend is clear') == thursday
    news = [("2026-10-17", DatedBy.NEWS_DAY)]
    assert sentence_days(STORY, SATURDAY, '"We said never') == news
    assert sentence_days(STORY, SATURDAY, '"We forgot') == news
    # ... the one who spoke at it goes on at it
    assert sentence_days(STORY, SATURDAY, '"The trend will turn') == thursday


def test_other_speakers_right_after_the_occasion_are_at_it() -> None:
    story = STORY.replace(
        "The agency's members hold reserves equal to 60 days of demand. They have released "
        "them three times.",
        '"Prices will rise," said Li Wen, the deputy director.',
    )
    thursday = [("2026-10-15", DatedBy.CONTEXT)]
    assert sentence_days(story, SATURDAY, '"Prices will rise') == thursday
    assert sentence_days(story, SATURDAY, '"We said never') == thursday


def test_a_range_of_two_dates_is_one_row() -> None:
    story = (
        "Exports\n\nExports rose between 2015 and 2016, the ministry said on Saturday. "
        "Imports fell from March to May.\n\nThe plant was shut from Monday to Wednesday."
    )
    assert [
        (e.range.iso(), e.range.end_iso())
        for e in sentence_events(story, SATURDAY, "Exports rose")
        if e.dated_by is DatedBy.EXPLICIT
    ] == [("2015", "2016"), ("2026-10-17", "2026-10-17")]
    assert [
        (e.range.iso(), e.range.end_iso()) for e in sentence_events(story, SATURDAY, "Imports fell")
    ] == [("2026-03", "2026-05")]
    assert [
        (e.range.iso(), e.range.end_iso())
        for e in sentence_events(story, SATURDAY, "The plant was shut")
    ] == [("2026-10-12", "2026-10-14")]
    assert date_label(sentence_events(story, SATURDAY, "Imports fell")[0].range) == ("Mar–May 2026")
