"""Session 20's date probes, on invented sentences."""

from __future__ import annotations

from datetime import date

from explorer.parse.segment import segment
from explorer.parse.timex import find_timexes

SUNDAY = date(2025, 7, 20)


def _values(text: str, published: date) -> dict[str, str]:
    return {
        text[t.start : t.end]: t.value
        for t in find_timexes(text, published, segment(text).sentences)
    }


def test_the_day_a_lasting_measure_runs_through_is_to_come() -> None:
    assert _values("The weather service issued a red flag warning through Tuesday.", SUNDAY) == {
        "Tuesday": "2025-07-22"
    }
    assert _values("The warning remains in effect through Tuesday.", SUNDAY) == {
        "Tuesday": "2025-07-22"
    }
    assert _values("Officials extended the curfew through Wednesday.", SUNDAY) == {
        "Wednesday": "2025-07-23"
    }


def test_a_day_gone_through_which_something_lasted_stays_gone() -> None:
    assert _values("He stayed in hospital through Tuesday.", SUNDAY) == {"Tuesday": "2025-07-15"}
    # (a past year's: no day of this week)
    past = _values("In 2019, officials extended the curfew through Wednesday.", SUNDAY)
    assert not past["Wednesday"].startswith("2025")


def test_a_measure_that_had_been_extended_is_past() -> None:
    assert _values("The ban had been extended until Friday.", SUNDAY) == {"Friday": "2025-07-18"}
