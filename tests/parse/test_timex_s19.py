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
