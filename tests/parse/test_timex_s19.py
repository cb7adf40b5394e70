"""Session 19's date probes, on invented sentences."""

from __future__ import annotations

from datetime import date

from explorer.parse.segment import segment
from explorer.parse.timex import find_timexes


def _values(text: str, published: date) -> dict[str, str]:
    return {
        text[t.start : t.end]: t.value
        for t in find_timexes(text, published, segment(text).sentences)
    }


def test_a_markets_reference_close_is_no_day_a_clock_time_is_on() -> None:
    # "a premium to Tuesday's closing price ... by 1130 GMT": the news day's 11:30, not
    # Tuesday's
    values = _values(
        "The offer is a 28% premium to Tuesday's closing price. Shares rose 2.4% in "
        "Amsterdam by 1130 GMT.",
        date(2026, 3, 5),
    )
    assert values["Tuesday"] == "2026-03-03"
    assert values["1130 GMT"] == "2026-03-05T11:30"
    # a day things happened on still times the clock after it
    values = _values(
        "The fire broke out on Monday. It was brought under control at 4 p.m.",
        date(2026, 3, 5),
    )
    assert values["4 p.m."] == "2026-03-02T16:00"


def test_a_year_inside_a_relative_clause_is_not_the_sentences_year() -> None:
    # the main clause's month is the publication year's (AP style leaves out the current
    # year), not the year of the clause about the past
    values = _values(
        "Keel, who served as treasurer from 2011 until his arrest in February 2024, pleaded "
        "guilty in June to wire fraud.",
        date(2025, 10, 17),
    )
    assert values["June"] == "2025-06"
    # a year of the sentence's own clause still carries: "the March after"
    values = _values("He was arrested in November 2024 and charged in March.", date(2025, 10, 17))
    assert values["March"] == "2025-03"
    values = _values("He was arrested in June 2024 and charged in August.", date(2025, 10, 17))
    assert values["August"] == "2024-08"


def test_a_sides_next_game_or_trip_in_the_present_is_ahead() -> None:
    published = date(2025, 2, 22)  # a Saturday
    assert _values('"We go again on Wednesday," he said.', published)["Wednesday"] == "2025-02-26"
    assert _values("The team flies to Madrid on Wednesday.", published)["Wednesday"] == "2025-02-26"
    # "play" is as often the noun: the day rain delayed it is gone
    values = _values("Rain delayed play for two hours on Saturday afternoon.", published)
    assert values["Saturday afternoon"] == "2025-02-22TAF"
    assert _values("The team played on Wednesday.", published)["Wednesday"] == "2025-02-19"


def test_what_markets_bet_on_is_ahead() -> None:
    published = date(2025, 2, 11)
    text = "Investors trimmed bets on a cut in March after the testimony."
    assert _values(text, published)["March"] == "2025-03"
    text = "Futures markets raised bets on a cut in October to about 85%."
    assert _values(text, date(2025, 9, 18))["October"] == "2025-10"
    # a month things happened in, with bets after it, stays gone
    text = "Shares fell in March after bets on the deal soured."
    assert _values(text, published)["March"] == "2024-03"
