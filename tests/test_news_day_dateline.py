"""The news day of an article whose first line is a wire dateline: the dateline's date is
when the story was filed, and the day its lead names is the day of the news."""

from __future__ import annotations

from datetime import date

from explorer.model import Article, PublishedSource
from explorer.parse.pipeline import parse_article
from explorer.timeline import news_day

FRI = date(2025, 3, 7)


def day_of(text: str, published: date = FRI) -> date:
    parsed = parse_article(Article("t", text, "T", published, PublishedSource.METADATA, "t"))
    return news_day(parsed)[0].start.date()


def test_the_leads_weekday_beats_the_datelines_date() -> None:
    text = (
        "GENEVA, March 7 (Reuters) - Negotiators ended talks on Thursday without a deal, "
        "officials said.\n\nThe envoys will meet again next month."
    )
    assert day_of(text) == date(2025, 3, 6)


def test_a_later_day_of_the_lead_that_is_the_datelines_is_the_news() -> None:
    # the quake is Thursday's; the toll the story reports was given on Friday, the day filed
    text = (
        "KABUL, March 7 (Reuters) - The death toll from earthquakes that struck on Thursday "
        "has risen to 2,000, a spokesman said on Friday.\n\nRescuers dug through rubble."
    )
    assert day_of(text) == date(2025, 3, 7)
    # without the dateline too: the quake's day, in a relative clause on a noun, is
    # background to the toll given on Friday
    assert day_of(text.replace("KABUL, March 7 (Reuters) - ", "")) == date(2025, 3, 7)
    # the first day of the lead's own clause stays the news, with or without a dateline
    own = (
        "KABUL, March 5 (Reuters) - The death toll rose to 2,000 on Thursday, a spokesman "
        "said on Friday.\n\nRescuers dug through rubble."
    )
    assert day_of(own) == date(2025, 3, 6)
    assert day_of(own.replace("KABUL, March 5 (Reuters) - ", "")) == date(2025, 3, 6)


def test_a_day_in_a_relative_clause_is_the_news_only_if_the_lead_has_no_other() -> None:
    """ "Protesters who gathered on Wednesday ... police said on Thursday": Thursday; "the
    talks, which began on Wednesday, ..." with no other day: Wednesday."""
    assert day_of(
        "Protesters who gathered outside parliament on Wednesday were dispersed, police "
        "said on Thursday.\n\nSeveral were arrested."
    ) == date(2025, 3, 6)
    assert day_of(
        "The talks, which began in Geneva on Wednesday, made little progress, diplomats "
        "said.\n\nBoth sides blamed each other."
    ) == date(2025, 3, 5)
    # a clause after a speech verb is what is said, no relative clause
    assert day_of(
        "Officials said that the dam burst on Wednesday, flooding villages, a report "
        "said on Thursday."
    ) == date(2025, 3, 5)


def test_dateline_with_country_and_dash() -> None:
    text = "PORTO ALEGRE, Brazil, March 7 — Floodwaters rose on Wednesday, the mayor said."
    assert day_of(text) == date(2025, 3, 5)


def test_a_dateline_alone_gives_its_day() -> None:
    text = "GENEVA, March 6 (Reuters) - Negotiators ended talks without a deal."
    assert day_of(text) == date(2025, 3, 6)


def test_a_date_in_the_lead_that_is_no_dateline_still_counts() -> None:
    text = "Negotiators met in Geneva on March 5, officials said on Friday."
    assert day_of(text) == date(2025, 3, 5)


def test_the_wire_lead_beats_the_headline_and_dek_before_it() -> None:
    text = (
        "Ferry talks stall as strike spreads\n\n"
        "Dock workers walked out on Tuesday evening.\n\n"
        "OSLO (Reuters) - Talks to end a ferry strike in Norway stalled on Thursday as "
        "workers at two more ports joined the walkout, the union said.\n\n"
        "The strike began last week."
    )
    assert day_of(text) == date(2025, 3, 6)


def test_without_a_wire_lead_the_first_sentences_decide() -> None:
    text = (
        "Dock workers walked out on Tuesday evening.\n\n"
        "Talks stalled on Thursday as workers at two more ports joined the walkout."
    )
    assert day_of(text) == date(2025, 3, 4)
