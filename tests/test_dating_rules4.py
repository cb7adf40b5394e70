"""A sentence shows at its own time, not only at the dates of what it tells of: a statement
whose dates are in a relative clause, a participle phrase, another event an offset counts
from, or what it reports also appears on the day it was made. Invented articles through the
real parser, plus the unseen fixture articles where the defects were found."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from explorer.model import Article, DatedBy, PublishedSource
from explorer.parse.pipeline import parse_article
from explorer.sources import load_articles
from explorer.timeline import Undated, article_events

THURSDAY = date(2025, 9, 18)
NEWS = ("2025-09-18", DatedBy.NEWS_DAY)
UNSEEN3 = Path(__file__).parent / "fixtures" / "actors_unseen3"

Rows = dict[str, list[tuple[str, DatedBy]]]


def rows(text: str, published: date = THURSDAY, undated: Undated = Undated.CONTEXT) -> Rows:
    """Sentence -> its events as (date, how it was dated), in order."""
    parsed = parse_article(Article("t", text, "T", published, PublishedSource.METADATA, "t.txt"))
    out: Rows = {}
    for e in article_events(parsed, undated):
        sentence = parsed.sentences[e.sentence_index].text
        out.setdefault(sentence, []).append((e.range.iso(), e.dated_by))
    return out


def of(got: Rows, start: str) -> list[tuple[str, DatedBy]]:
    (found,) = [v for k, v in got.items() if k.startswith(start)]
    return found


def explicit(*values: str) -> list[tuple[str, DatedBy]]:
    return [(v, DatedBy.EXPLICIT) for v in values]


LEAD = "HARARE — Zimbabwe's electoral body certified the results on Thursday.\n\n"


def test_a_date_in_a_relative_clause_leaves_the_statement_on_its_day() -> None:
    got = rows(
        LEAD + "Commissioner Ruth Moyo praised the “calm” count across the province’s "
        "districts, where voters cast ballots on Sept. 6 and Sept. 13.\n\n"
        "The finance ministry urged both lenders to honour the accord signed in 2023, under "
        "which the merger closes on March 3, 2026."
    )
    praise = of(got, "Commissioner Ruth Moyo")
    assert praise == [*explicit("2025-09-06", "2025-09-13"), NEWS]
    urged = of(got, "The finance ministry urged")
    assert urged == [*explicit("2023", "2026-03-03"), NEWS]
    # narration too: the queueing is today's, the opening of the polls was the 6th
    got = rows(LEAD + "Voters queued for hours in Bulawayo, where polls opened on Sept. 6.")
    assert of(got, "Voters queued for hours") == [*explicit("2025-09-06"), NEWS]
    got = rows(LEAD + "Voters queued for hours in the town the storm hit on Sept. 6.")
    assert of(got, "Voters queued for hours") == explicit("2025-09-06")  # no clause to tell


def test_a_participle_phrase_dates_its_noun_not_the_sentence() -> None:
    got = rows(
        LEAD + "Korvex, founded in 2017, says it serves three million customers.\n\n"
        "Founded in 1994, the Harare Bar Association says the rules are unfair."
    )
    assert of(got, "Korvex, founded in 2017") == [*explicit("2017"), NEWS]
    assert of(got, "Founded in 1994") == [*explicit("1994"), NEWS]


def test_a_main_verb_after_an_aside_is_not_a_participle() -> None:
    got = rows(
        LEAD + "Tomas Ruiz, of Mutare, made his first court appearance on Wednesday afternoon "
        "before Judge Amy Lee, who set bail at $500.\n\n"
        "The talks, which began in Gweru, ended on Tuesday, officials said."
    )
    assert of(got, "Tomas Ruiz, of Mutare") == explicit("2025-09-17")  # the afternoon
    # "ended on Tuesday" is the sentence's own; officials said it later: both
    assert of(got, "The talks, which began")[0] == ("2025-09-16", DatedBy.EXPLICIT)


def test_what_a_statement_reports_does_not_replace_the_day_it_was_made() -> None:
    got = rows(
        LEAD + "Opposition leader Tendai Dube said his party would file a challenge next week.\n\n"
        "The fire started on Tuesday, a fire brigade spokesman said.\n\n"
        "Officials said on Wednesday that the count was complete."
    )
    assert of(got, "Opposition leader Tendai") == [*explicit("2025-09-22"), NEWS]
    assert of(got, "The fire started") == [*explicit("2025-09-16"), NEWS]
    # the speech verb carries its own day: that is the statement's, nothing to add
    assert of(got, "Officials said on Wednes") == explicit("2025-09-17")


def test_an_opening_date_of_the_statement_is_its_own() -> None:
    got = rows(LEAD + "On Wednesday, the minister said he would resign by the end of the year.")
    assert of(got, "On Wednesday, the minist") == explicit("2025-09-17", "2025")


def test_a_statement_is_not_put_before_the_past_day_it_reports() -> None:
    # the news day is Monday, but what the agency reports happened on Wednesday
    got = rows(
        "ATHENS — Greek coastguards found wreckage on Monday.\n\n"
        "The agency said a second boat sank on Wednesday."
    )
    assert of(got, "The agency said a second") == explicit("2025-09-17")


def test_no_second_event_on_the_same_day() -> None:
    got = rows(LEAD + "Police said the suspect was arrested on Thursday.")
    assert of(got, "Police said the suspect") == explicit("2025-09-18")


def test_the_event_an_offset_counts_from_does_not_date_the_sentence() -> None:
    got = rows(
        LEAD + "The attack came two days after envoys met in Doha and agreed to resume talks "
        "by the end of the year."
    )
    assert of(got, "The attack came two days") == [*explicit("2025"), NEWS]


def test_publication_dating_adds_the_publication_day() -> None:
    got = rows(
        LEAD + "Korvex, founded in 2017, says it serves three million customers.",
        undated=Undated.PUBLISHED,
    )
    assert of(got, "Korvex") == [*explicit("2017"), ("2025-09-18", DatedBy.PUBLISHED)]
    got = rows(LEAD + "Korvex, founded in 2017, says it serves customers.", undated=Undated.HIDE)
    assert of(got, "Korvex") == explicit("2017")


# ------------------------------------------------------------- the unseen articles


def fixture_rows(name: str) -> Rows:
    (a,) = load_articles([str(UNSEEN3 / f"{name}.txt")])
    parsed = parse_article(a)
    out: Rows = {}
    for e in article_events(parsed, Undated.CONTEXT):
        sentence = parsed.sentences[e.sentence_index].text
        out.setdefault(sentence, []).append((e.range.iso(), e.dated_by))
    return out


@pytest.mark.parametrize(
    ("name", "start", "day"),
    [
        ("bihar_poll", "Chief Election Commissioner", "2025-11-16"),  # not only Nov 6 / 11
        ("berlin_paris_migration", "In Brussels, the European", "2025-09-22"),  # not 2024/2026
        ("lagos_fintech", "Paylink, founded in 2019", "2025-10-07"),  # not only 2019
        ("kharkiv_strikes", "The strike came three days", "2025-10-18"),  # not only 2025
    ],
)
def test_unseen_statements_appear_on_their_day(name: str, start: str, day: str) -> None:
    days = [d for d, by in of(fixture_rows(name), start) if by is not DatedBy.EXPLICIT]
    assert days == [day]


# ------------------------------------------------- offsets counted from another event


def test_an_offset_from_a_dated_event_is_counted_from_its_date() -> None:
    got = rows(LEAD + "Protests began three days after the runoff on Sept. 7.")
    assert of(got, "Protests began three day") == [
        *explicit("2025-09-07"),
        ("2025-09-10", DatedBy.CONTEXT),
    ]


def test_an_offset_from_an_event_named_earlier_is_counted_from_its_day() -> None:
    got = rows(
        LEAD + "Regional envoys met in Lusaka on Monday.\n\n"
        "The ambush came two days after the envoys met.\n\n"
        "The vote is set for Sept. 28. Campaigning began two weeks before the vote."
    )
    assert of(got, "The ambush came two days") == [("2025-09-17", DatedBy.CONTEXT)]
    assert of(got, "Campaigning began two we") == [("2025-09-14", DatedBy.CONTEXT)]


def test_an_offset_from_an_undated_event_is_no_date_of_the_paragraph() -> None:
    # Monday is the envoys' meeting, not the ambush two days after the summit: the ambush
    # is left to the news, not put on the meeting's day
    got = rows(
        LEAD + "Regional envoys met in Lusaka on Monday. The ambush came two days after the "
        "summit.\n\n"
        "The strike came three days after NATO defence ministers met in Brussels."
    )
    assert of(got, "The ambush came two days") == [NEWS]
    assert of(got, "The strike came three da") == [NEWS]


def test_an_offset_from_another_named_actors_event_is_not_counted_from_a_like_one() -> None:
    # the earlier sentence shares "unveiled" and "chip", but not the rival who unveiled it
    got = rows(
        LEAD + "Shares in Nordlys rose on Monday after the company unveiled a new chip.\n\n"
        "The launch came a day after rival Veltro unveiled its own chip.\n\n"
        "The recall came two days after Nordlys unveiled the chip."
    )
    assert of(got, "The launch came a day") == [NEWS]
    assert of(got, "The recall came two days") == [("2025-09-17", DatedBy.CONTEXT)]


# --------------------------------------------------------------------- flashbacks


FLASHBACK = (
    "TURIN — The bakery Forno Sole closed on Thursday.\n\n"
    "In 2019, its founder Marta Neri had moved to Turin from Naples. "
    "She had rented a small shop near the station.\n\n"
    "She had then hired four bakers. Customers queued around the block.\n\n"
    "Neri had sold her first loaf in 2012. She had then borrowed money from her uncle. "
    "Her uncle said the loan was repaid.\n\n"
    "Shares of the chain fell 3%. "
    "The city had granted the bakery a licence in 2020. Sales rose."
)


def test_a_flashback_in_the_past_perfect_goes_on_in_the_next_paragraph() -> None:
    got = rows(FLASHBACK)
    assert of(got, "She had rented a small s") == [("2019", DatedBy.CONTEXT)]
    assert of(got, "She had then hired four ") == [("2019", DatedBy.CONTEXT)]  # new paragraph
    # only the past perfect goes on with it: the rest is back to the news
    assert of(got, "Customers queued around ") == [NEWS]


def test_a_year_in_the_past_perfect_opens_a_flashback_for_the_past_perfect() -> None:
    got = rows(FLASHBACK)
    assert of(got, "She had then borrowed mo") == [("2012", DatedBy.CONTEXT)]
    assert of(got, "Her uncle said the loan ") == [NEWS]  # a statement ends it
    assert of(got, "Shares of the chain fell") == [NEWS]  # no past perfect: no flashback
    assert of(got, "Sales rose.") == [NEWS]  # the simple past after it is the news


def test_no_second_time_where_a_date_is_the_sentences_own() -> None:
    got = rows(
        LEAD + "A ruling on the appeal is expected next month.\n\n"
        "The offer is a premium of 30% to Monday’s closing price.\n\n"
        "The offer is a premium of 30% to Monday’s closing price, the companies said."
    )
    assert of(got, "A ruling on the appeal i") == explicit("2025-10")  # "is expected": a verb
    # in narration a noun's date stays the sentence's; in a statement it is what is told
    assert of(got, "The offer is a premium of 30% to Monday’s closing price.") == explicit(
        "2025-09-15"
    )
    assert of(got, "The offer is a premium of 30% to Monday’s closing price, the") == [
        *explicit("2025-09-15"),
        NEWS,
    ]


# ------------------------------------------- "that summer" counts from the story's year


def values(text: str) -> dict[str, str]:
    """Time expression -> TIMEX3 value (the last one of that wording)."""
    parsed = parse_article(Article("t", text, "T", THURSDAY, PublishedSource.METADATA, "t"))
    return {t.text: t.value for t in parsed.timexes}


def test_that_summer_counts_from_the_flashback_year_not_a_describing_one() -> None:
    got = values(
        "DHAKA — The river rose again on Thursday.\n\n"
        "In June 2022, the floods came. The school, built in 1998, was destroyed. "
        "That summer, the families camped on the embankment."
    )
    assert got["That summer"] == "2022-SU"  # not 1998's
    got = values(
        "In 2019, she moved to Turin, the city where her father had worked since 1975. "
        "That summer, she opened a bakery. A year later, it closed."
    )
    assert (got["That summer"], got["A year later"]) == ("2019-SU", "2020")
    got = values(
        "In 2019, she moved to Turin. She had left Rome, which she had first visited in 2001. "
        "That year she opened a bakery."
    )
    assert got["That year"] == "2019"


def test_a_year_of_the_story_still_sets_that_year() -> None:
    got = values(
        "In 2019, she moved to Turin. She opened a bakery in 2021. That summer, it burned."
    )
    assert got["That summer"] == "2021-SU"


def test_the_flashback_narration_after_that_summer_keeps_its_year() -> None:
    got = rows(
        "DHAKA — The river rose again on Thursday.\n\n"
        "In June 2022, the floods came. The school, built in 1998, was destroyed. "
        "That summer, the families camped on the embankment. Many fell ill."
    )
    assert of(got, "The school, built in 199") == [*explicit("1998"), ("2022-06", DatedBy.CONTEXT)]
    assert of(got, "Many fell ill.") == [("2022-06", DatedBy.CONTEXT)]  # the summer of 2022


def test_how_long_before_is_no_offset() -> None:
    got = rows(
        LEAD + "Jurors deliberated for five days before returning their verdicts shortly after "
        "3 p.m. They acquitted him on two counts."
    )
    assert of(got, "Jurors deliberated for f") == explicit("2025-09-18T15:00")
    assert of(got, "They acquitted him on tw") == [("2025-09-18T15:00", DatedBy.CONTEXT)]


def test_a_noun_that_looks_like_a_speech_verb_reports_nothing() -> None:
    got = rows(LEAD + "Banda had been arrested in several states since 1990 for fraud.")
    assert len(of(got, "Banda had been arrested")) == 1  # its date only: no statement


def test_that_summer_in_past_narration_counts_from_the_storys_year() -> None:
    # the last years named are the present's, a perfect's and a noun's, not the story's
    got = values(
        "LIMA — The river rose again on Thursday.\n\n"
        "In June 2019, Rosa Quispe woke to find the river in her kitchen, and the "
        "market where she had sold bread was gone.\n\n"
        "Four years later, the town has rebuilt its bridges. The ministry has spent $90 "
        "million since March.\n\n"
        "In May 2016, engineers had warned that the levees were too low. Their report "
        "urged repairs before the 2017 rains.\n\n"
        "That summer, after the water fell, Ms. Quispe returned to her stall. Her daughter "
        "left for Santiago the following spring."
    )
    assert got["That summer"] == "2019-SU"
    assert got["the following spring"] == "2020-SP"
    # in the present, "that year" is still the last year named
    got = values("Profit fell in 2021. In 2023 the company expects to recover; that year is key.")
    assert got["that year"] == "2023"


def test_unseen_feature_that_summer_is_the_floods() -> None:
    (a,) = load_articles([str(UNSEEN3.parent / "actors_unseen2" / "feature_river_town.txt")])
    got = {t.text: t.value for t in parse_article(a).timexes}
    assert (got["That summer"], got["the following spring"]) == ("2022-SU", "2023-SP")
